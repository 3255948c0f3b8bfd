/**
 * Benchmark: the gateway as replicas. Two `salemate serve` processes on one database, behind a
 * round-robin balancer (in this process, as an L7 load balancer would spread requests), against
 * one process taking the same load: requests per second, p50/p95 latency, errors, the CPU each
 * gateway process used and how busy the whole machine was. Then the balancer loses a replica in
 * the middle of a run (SIGTERM: it drains and goes), retrying a refused connection on the other
 * replica as load balancers do: the clients should see no error, because no request depends on
 * which replica served the one before.
 *
 *   npx tsx tests/bench/replicas.ts [seconds per run = 8] [concurrency = 16] [seed scale = 5]
 *
 * The same three operations as tests/bench/gateway.ts. On a machine with few cores the gateway
 * processes, PostgreSQL and this load generator share the CPU: read the machine's busy share
 * next to the throughput.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { mintToken } from "../../server/auth/mint.ts";
import { TEST_JWT_SECRET } from "../helpers/gateway.ts";
import { percentile, rssMiB, startBenchDatabase } from "../reliability/bench-database.ts";
import { postGraphQL, sleep, startServeProcess, type ServeProcess } from "../reliability/serve-process.ts";

const [seconds = 8, concurrency = 16, scale = 5] = process.argv.slice(2).map(Number);

const bench = await startBenchDatabase("replicas", scale);
const owner = new pg.Client({ connectionString: bench.ownerUrl });
await owner.connect();
const manager = (await owner.query("select id, email from profiles where email = 'manager@salemate.test'")).rows[0];
const customer = (await owner.query("select id, email from profiles where email = 'customer@salemate.test'")).rows[0];
const thread = (await owner.query("select thread_id from support_threads where created_by = $1 order by created_at limit 1", [customer.id])).rows[0].thread_id;
const leads = (await owner.query("select count(*)::int as n from leads")).rows[0].n;
await owner.end();
const managerToken = await mintToken(TEST_JWT_SECRET, { role: "authenticated", sub: manager.id, email: manager.email }, 7200);
const customerToken = await mintToken(TEST_JWT_SECRET, { role: "authenticated", sub: customer.id, email: customer.email }, 7200);

const OPS = [
  {
    name: "LeadBoard",
    token: managerToken,
    query: `query LeadBoard { leads(first: 20, orderBy: CREATED_AT_DESC) { nodes { id clientName stage createdAt owner { name }
      leadLabels { nodes { label } } leadEvents(first: 3, orderBy: CREATED_AT_DESC) { nodes { eventType createdAt } } } } }`,
    variables: {},
  },
  {
    name: "SupportThread",
    token: customerToken,
    query: `query SupportThread($id: UUID!) { supportThread(id: $id) { subject status messages(orderBy: CREATED_AT_ASC) { nodes { body messageType createdAt } } } }`,
    variables: { id: thread },
  },
  { name: "Dashboard", token: managerToken, query: `query Dashboard { leads { groupedAggregates(groupBy: STAGE) { keys distinctCount { id } } } }`, variables: {} },
];

// No SQL at all: token check, parse, validate, plan cache, JSON. Where the gateway itself is the bottleneck.
const PING = { name: "Ping (no SQL)", token: managerToken, query: "query Ping { __typename }", variables: {} };

const env = { NODE_ENV: "development", GRAPHILE_ENV: "production", LOG_LEVEL: "warn" };
const replicas: ServeProcess[] = await Promise.all([startServeProcess(bench, env), startServeProcess(bench, env)]);

/** CPU seconds a process has used (user + system; with `reaped`, also its children that have exited); 0 once it is gone. */
function cpuSeconds(pid: number, reaped = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0)) / 100;
  } catch {
    return 0;
  }
}
// PostgreSQL's share: the postmaster listening on the bench database's port, and its children.
const pgPort = new URL(bench.ownerUrl).port;
const postmaster = readdirSync("/proc")
  .filter((d) => /^\d+$/.test(d))
  .find((d) => {
    try {
      const argv = readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0");
      return argv[0]!.endsWith("postgres") && argv[argv.indexOf("-p") + 1] === pgPort;
    } catch {
      return false;
    }
  });
function postgresCpuSeconds(): number {
  if (!postmaster) return NaN;
  const children = execFileSync("pgrep", ["-P", postmaster], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  // Backends that have exited (a replica's connections) count in the postmaster's reaped children.
  return cpuSeconds(Number(postmaster), true) + children.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
}
/** The machine's busy and total jiffies. */
function machine(): { busy: number; total: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.split(/\s+/).slice(1).map(Number);
  const idle = cpu[3]! + cpu[4]!;
  const total = cpu.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

interface Run {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  retried: number;
  cpu: number[];
  postgresCpu: number;
  clientCpu: number;
  machineBusy: number;
}

/** Load for `ms` against the given replicas, round-robin; a refused connection is retried once on the next replica. */
async function load(targets: ServeProcess[], op: (typeof OPS)[number] | "mixed", ms: number, during?: (elapsed: () => number) => Promise<void>): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let retried = 0;
  let turn = 0;
  const live = new Set(targets);
  const cpu0 = targets.map((t) => cpuSeconds(t.child.pid!));
  const pg0 = postgresCpuSeconds();
  const me0 = process.cpuUsage();
  const m0 = machine();
  const t0 = Date.now();
  const end = t0 + ms;
  const side = during?.(() => Date.now() - t0);
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; Date.now() < end; i++) {
        const o = op === "mixed" ? OPS[(worker + i) % OPS.length]! : op;
        const start = performance.now();
        let r: Awaited<ReturnType<typeof postGraphQL>> | undefined;
        for (let attempt = 0; attempt < 2 && live.size; attempt++) {
          const pool = [...live];
          const target = pool[turn++ % pool.length]!;
          r = await postGraphQL(target.url, o.query, { token: o.token, variables: o.variables });
          if (r.status !== 0) break;
          live.delete(target); // connection refused or reset: the balancer takes it out and tries the next one
          retried++;
        }
        latencies.push(performance.now() - start);
        if (!r || r.status !== 200 || r.body?.errors) errors++;
      }
    }),
  );
  await side;
  const wall = (Date.now() - t0) / 1000;
  const m1 = machine();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / wall,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    errors,
    retried,
    cpu: targets.map((t, i) => (t.child.exitCode === null ? (cpuSeconds(t.child.pid!) - cpu0[i]!) / wall : NaN)),
    postgresCpu: (postgresCpuSeconds() - pg0) / wall,
    clientCpu: ((u) => (u.user + u.system) / 1e6 / wall)(process.cpuUsage(me0)),
    machineBusy: (m1.busy - m0.busy) / (m1.total - m0.total),
  };
}

const show = (r: Run): string =>
  `${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  errors ${r.errors}` +
  `  CPU: gateway ${r.cpu.map((c) => (Number.isNaN(c) ? "gone" : `${(c * 100).toFixed(0)}%`)).join(" + ")}, postgres ${(r.postgresCpu * 100).toFixed(0)}%, load generator ${(r.clientCpu * 100).toFixed(0)}%` +
  ` (of ${os.cpus().length * 100}%; machine busy ${(r.machineBusy * 100).toFixed(0)}%)`;

try {
  console.log(`replicas: ${bench.description} (${leads} leads), ${concurrency} concurrent clients, ${seconds} s per run, ${os.cpus().length} CPU cores`);
  for (const o of OPS) for (const r of replicas) for (let i = 0; i < 30; i++) await postGraphQL(r.url, o.query, { token: o.token, variables: o.variables }); // warm up
  for (const op of [...OPS, "mixed" as const, PING]) {
    const name = op === "mixed" ? "mixed" : op.name;
    const one = await load([replicas[0]!], op, seconds * 1000);
    const two = await load(replicas, op, seconds * 1000);
    console.log(`${name.padEnd(14)} 1 process : ${show(one)}`);
    console.log(`${"".padEnd(14)} 2 processes: ${show(two)}  (x${(two.rps / one.rps).toFixed(2)})`);
  }
  const rss = await Promise.all(replicas.map((r) => rssMiB(r.child.pid!)));
  console.log(`gateway RSS after the runs: ${rss.map((m) => `${m.toFixed(0)} MiB`).join(", ")}`);

  // A replica goes away mid-run (a deploy, a crash): the balancer moves its traffic to the other.
  const lost = await load(replicas, "mixed", seconds * 1000, async (elapsed) => {
    while (elapsed() < (seconds * 1000) / 2) await sleep(50);
    replicas[1]!.child.kill("SIGTERM");
  });
  console.log(`replica lost   mixed, SIGTERM to one of 2 half-way: ${show(lost)}; ${lost.retried} connection(s) retried on the other replica`);
} finally {
  await Promise.all(replicas.map((r) => r.stop()));
  await bench.stop();
}
