/**
 * Benchmark: the gateway against two minimal Node handlers for the same three operations, side
 * by side in one process tree on one database:
 * - the floor (tests/bench/floor-server.ts): the best SQL for the same rows and the same user with
 *   the visibility rule written as an explicit predicate, no RLS; before the load the bench checks
 *   that it returns exactly what the gateway returns (so the floor is honest);
 * - the same-RLS baseline (tests/bench/baseline-server.ts): one statement under the same role,
 *   claims and policies as the gateway.
 * Per operation: requests per second, p50/p95/p99 latency, gateway/floor and gateway/baseline
 * throughput ratios, SQL statements per operation (from the gateway's explain output), the
 * gateway's memory, and CPU per request of each handler process and of the database backends
 * serving it (read from /proc: on a shared 2-core machine, CPU per request is what bounds
 * throughput, and it does not move with the machine's other load the way req/s does).
 *
 *   npx tsx tests/bench/gateway.ts [seconds per run = 8] [concurrency = 16] [seed scale = 5]
 *
 * The gateway runs as the production build (NODE_ENV=production, trusted documents off so the
 * bench's ad hoc operations are accepted); BENCH_GATEWAY_ENV=development runs the development build.
 * BENCH_OPS=LeadBoard,Dashboard runs only those operations; BENCH_GATEWAY_NODE_OPTIONS is given to
 * the gateway's process (for example `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import assert from "node:assert/strict";
import pg from "pg";
import { mintToken } from "../../server/auth/mint.ts";
import { ROOT } from "../../server/paths.ts";
import { freePort, startTestCluster } from "../helpers/cluster.ts";
import { buildDatabase } from "../helpers/database.ts";
import { SQL as FLOOR_SQL } from "./floor-server.ts";
import { pgSettingsFor } from "../../server/auth/pg-settings.ts";

const [seconds = 8, concurrency = 16, scale = 5] = process.argv.slice(2).map(Number);
const SECRET = "bench-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const cluster = await startTestCluster();
const admin = new pg.Client({ connectionString: cluster.adminUrl });
await admin.connect();
const dbName = `salemate_bench_gw_${process.pid}`;
await admin.query(`create database ${dbName}`);
const u = new URL(cluster.adminUrl);
u.pathname = `/${dbName}`;
const ownerUrl = u.toString();
const children: ChildProcess[] = [];

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : 0;
}

/** CPU time (user + system) of these processes in milliseconds; processes gone count 0. */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      /* exited */
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** The database backends serving the bench database now (their CPU is the database's share). */
async function backendPids(): Promise<number[]> {
  const r = await admin.query("select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [dbName]);
  return r.rows.map((x) => x.pid as number);
}

/** Runs the load and reports the handler's and the database's CPU per request, in ms. */
async function measured(handler: number, send: () => Promise<Response>, ms: number): Promise<Result & { cpu: number; dbCpu: number }> {
  const start = new Map((await backendPids()).map((pid) => [pid, cpuMs([pid])]));
  const h0 = cpuMs([handler]);
  const r = await load(send, ms);
  const h1 = cpuMs([handler]);
  // Backends still there at the end: what they spent since the start (from zero if they are new).
  let db = 0;
  for (const pid of await backendPids()) db += cpuMs([pid]) - (start.get(pid) ?? 0);
  const n = r.rps * (ms / 1000);
  return { ...r, cpu: (h1 - h0) / n, dbCpu: db / n };
}

async function waitFor(url: string) {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

function start(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  return child;
}

interface Result {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Median of 100 timed runs on one owner connection (the run returns its own time). */
async function medianMs(run: (c: pg.Client) => Promise<number>): Promise<number> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    for (let i = 0; i < 10; i++) await run(c); // warm up plans and caches
    const times: number[] = [];
    for (let i = 0; i < 100; i++) times.push(await run(c));
    times.sort((a, b) => a - b);
    return times[50]!;
  } finally {
    await c.end();
  }
}

async function load(send: () => Promise<Response>, ms: number): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const r = await send().catch(() => null);
        const body = r ? await r.text() : "";
        if (!r || r.status !== 200 || body.includes('"errors"')) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / (ms / 1000), p50: latencies[Math.floor(latencies.length * 0.5)]!, p95: latencies[Math.floor(latencies.length * 0.95)]!, p99: latencies[Math.floor(latencies.length * 0.99)]!, errors };
}

try {
  await buildDatabase(ownerUrl, { stage: "migrated", seedScale: scale });
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  await c.query("alter role authenticator with login password 'authenticator-bench'");
  const manager = (await c.query("select id, email from profiles where email = 'manager@salemate.test'")).rows[0];
  const customer = (await c.query("select id, email from profiles where email = 'customer@salemate.test'")).rows[0];
  const thread = (await c.query("select thread_id from support_threads where created_by = $1 order by created_at limit 1", [customer.id])).rows[0].thread_id;
  const counts = (await c.query("select (select count(*) from leads)::int as leads, (select count(*) from support_messages where thread_id = $1)::int as messages", [thread])).rows[0];
  await c.end();
  const gatewayDb = new URL(ownerUrl);
  gatewayDb.username = "authenticator";
  gatewayDb.password = "authenticator-bench";

  const [gwPort, basePort, floorPort] = [await freePort(), await freePort(), await freePort()];
  const gw = start([path.join(ROOT, "server/bin/salemate.mjs"), "serve"], {
    // The production build as deployed, ad hoc operations allowed (trusted documents off);
    // BENCH_GATEWAY_ENV=development measures the development build instead.
    ...(process.env.BENCH_GATEWAY_ENV === "development" ? { NODE_ENV: "development" } : { NODE_ENV: "production", TRUSTED_DOCUMENTS: "off" }),
    GRAPHILE_ENV: "production", DATABASE_URL: ownerUrl, GATEWAY_DATABASE_URL: gatewayDb.toString(),
    JWT_SECRET: SECRET, PORT: String(gwPort), LOG_LEVEL: "warn", MAX_PAGE_SIZE: "100", JOBS: "off",
    NODE_OPTIONS: process.env.BENCH_GATEWAY_NODE_OPTIONS ?? "",
  });
  const baseline = start(["--import", "tsx", path.join(ROOT, "tests/bench/baseline-server.ts")], { DATABASE_URL: gatewayDb.toString(), JWT_SECRET: SECRET, PORT: String(basePort) });
  // The floor reads as the owner: no RLS, visibility written out in its statements.
  const floorServer = start(["--import", "tsx", path.join(ROOT, "tests/bench/floor-server.ts")], { DATABASE_URL: ownerUrl, JWT_SECRET: SECRET, PORT: String(floorPort) });
  await waitFor(`http://127.0.0.1:${gwPort}/healthz`);
  await waitFor(`http://127.0.0.1:${basePort}/none`);
  await waitFor(`http://127.0.0.1:${floorPort}/none`);

  const managerToken = await mintToken(SECRET, { role: "authenticated", sub: manager.id, email: manager.email }, 7200);
  const customerToken = await mintToken(SECRET, { role: "authenticated", sub: customer.id, email: customer.email }, 7200);
  const ops = [
    {
      name: "LeadBoard",
      token: managerToken,
      query: `query LeadBoard { leads(first: 20, orderBy: CREATED_AT_DESC) { nodes { id clientName stage createdAt owner { name }
        leadLabels { nodes { label } } leadEvents(first: 3, orderBy: CREATED_AT_DESC) { nodes { eventType createdAt } } } } }`,
      variables: {},
      base: `LeadBoard`,
      who: manager,
      params: [] as unknown[],
    },
    {
      name: "SupportThread",
      token: customerToken,
      query: `query SupportThread($id: UUID!) { supportThread(id: $id) { subject status messages(orderBy: CREATED_AT_ASC) { nodes { body messageType createdAt } } } }`,
      variables: { id: thread },
      base: `SupportThread?id=${thread}`,
      who: customer,
      params: [thread] as unknown[],
    },
    {
      name: "Dashboard",
      token: managerToken,
      query: `query Dashboard { leads { groupedAggregates(groupBy: STAGE) { keys distinctCount { id } } } }`,
      variables: {},
      base: `Dashboard`,
      who: manager,
      params: [] as unknown[],
    },
  ];

  console.log(`cluster: ${cluster.description}; data: scale ${scale} (${counts.leads} leads; thread of ${counts.messages} messages); ${concurrency} concurrent clients, ${seconds} s per run`);
  const gql = (op: (typeof ops)[number], extra: Record<string, string> = {}, port = gwPort) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${op.token}`, ...extra },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
  // The SQL each operation runs: production never explains, so a development gateway on the same
  // database answers with it (x-graphql-explain), and stops before any load.
  const capturedSql = new Map<string, string[]>();
  {
    const explainPort = await freePort();
    const explainer = start([path.join(ROOT, "server/bin/salemate.mjs"), "serve"], {
      NODE_ENV: "development", GRAPHILE_ENV: "production", DATABASE_URL: ownerUrl, GATEWAY_DATABASE_URL: gatewayDb.toString(),
      JWT_SECRET: SECRET, PORT: String(explainPort), LOG_LEVEL: "warn", GRAPHQL_EXPLAIN: "true", MAX_PAGE_SIZE: "100", JOBS: "off",
    });
    await waitFor(`http://127.0.0.1:${explainPort}/healthz`);
    for (const op of ops) {
      const explained = (await (await gql(op, { "x-graphql-explain": "sql" }, explainPort)).json()) as any;
      capturedSql.set(op.name, (explained.extensions?.explain?.operations ?? []).filter((o: any) => o.type === "sql").map((o: any) => o.query));
    }
    const exited = new Promise((r) => explainer.once("exit", r));
    explainer.kill("SIGTERM");
    await exited;
  }
  const floor = (op: (typeof ops)[number]) => fetch(`http://127.0.0.1:${floorPort}/${op.base}`, { headers: { authorization: `Bearer ${op.token}` } });
  const base = (op: (typeof ops)[number]) => fetch(`http://127.0.0.1:${basePort}/${op.base}`, { headers: { authorization: `Bearer ${op.token}` } });
  // Grouped aggregates come in no particular order.
  const canonical = (data: any) =>
    data?.leads?.groupedAggregates ? { leads: { groupedAggregates: [...data.leads.groupedAggregates].sort((a: any, b: any) => String(a.keys).localeCompare(String(b.keys))) } } : data;
  const ms = (n: number) => `${n.toFixed(1)}`;
  const only = process.env.BENCH_OPS?.split(",");
  for (const op of ops.filter((o) => !only || only.includes(o.name))) {
    // The floor must return what the gateway returns, for the same user.
    const fromGateway = (await (await gql(op)).json()) as any;
    const fromFloor = (await (await floor(op)).json()) as any;
    assert.equal(fromGateway.errors, undefined, `${op.name}: the gateway answered with errors ${JSON.stringify(fromGateway.errors)}`);
    assert.deepEqual(canonical(fromFloor.data), canonical(fromGateway.data), `${op.name}: the floor and the gateway disagree`);
    const rows = JSON.stringify(fromGateway.data).length;
    // How many SQL statements the gateway ran for this operation.
    const captured = capturedSql.get(op.name)!;
    const statements = captured.length;
    assert.ok(statements > 0, `${op.name}: no SQL captured`);
    // The database's share alone, one statement at a time: the gateway's statements under the
    // persona's RLS against the floor's statement as the owner (median of 100 runs each).
    const sqlGateway = await medianMs(async (c) => {
      const settings = pgSettingsFor({ role: "authenticated", sub: op.who.id, email: op.who.email } as any);
      const keys = Object.keys(settings).filter((k) => k !== "role");
      await c.query("begin");
      await c.query(`select ${keys.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, keys.flatMap((k) => [k, settings[k]!]));
      await c.query("set local role authenticated");
      const t0 = performance.now();
      for (const sql of captured) await c.query(sql, /\$1\b/.test(sql) ? op.params : []);
      const t = performance.now() - t0;
      await c.query("rollback");
      return t;
    });
    const sqlFloor = await medianMs(async (c) => {
      const t0 = performance.now();
      await c.query({ name: `floor_${op.name}`, text: FLOOR_SQL[op.name]!, values: [op.who.id, ...op.params] });
      return performance.now() - t0;
    });
    // Warm up every side under the same load (JIT, plans, pools) before measuring it.
    await load(() => gql(op), 3000);
    await load(() => base(op), 3000);
    await load(() => floor(op), 3000);
    const memBefore = rssKb(gw.pid!);
    const g = await measured(gw.pid!, () => gql(op), seconds * 1000);
    const memAfter = rssKb(gw.pid!);
    const b = await measured(baseline.pid!, () => base(op), seconds * 1000);
    const f = await measured(floorServer.pid!, () => floor(op), seconds * 1000);
    const line = (label: string, r: Result & { cpu: number; dbCpu: number }) =>
      `${label} ${r.rps.toFixed(0).padStart(5)} req/s p50 ${ms(r.p50)} p95 ${ms(r.p95)} p99 ${ms(r.p99)} ms, CPU/request ${r.cpu.toFixed(2)} ms + database ${r.dbCpu.toFixed(2)} ms${r.errors ? ` (${r.errors} errors)` : ""}`;
    console.log(
      `${op.name.padEnd(14)} gateway/floor ${(g.rps / f.rps).toFixed(2)} | gateway/baseline ${(g.rps / b.rps).toFixed(2)} | ` +
        `${line("gateway", g)} | ${line("floor", f)} | ${line("same-RLS baseline", b)} | ` +
        `SQL statements ${statements}, alone ${ms(sqlGateway)} ms vs floor ${ms(sqlFloor)} ms | response ${rows} B (same as floor) | gateway RSS ${(memBefore / 1024).toFixed(0)} → ${(memAfter / 1024).toFixed(0)} MiB`,
    );
  }
} finally {
  for (const ch of children) ch.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
  await admin.end();
  await cluster.stop();
}
