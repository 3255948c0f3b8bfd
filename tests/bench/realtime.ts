/**
 * Benchmark: realtime at scale. One gateway process (a child, so its memory is its own) with N
 * connected graphql-ws subscribers (default 1,000: one subscription per connection), a mix of
 * leadChanged, myLeadsFeed, supportThreadChanged and supportQueue across agents, managers and
 * team leads, support staff and customers; commits driven by SQL at a fixed rate (lead updates,
 * lead events, support messages, thread updates, in turn). Prints commit-to-receipt p50/p95/p99,
 * events delivered per second, memory per connection (gateway RSS delta / connections) and the
 * SQL statements the gateway ran per committed event (who hears it, and the payloads).
 *
 *   npx tsx tests/bench/realtime.ts [subscribers = 1000] [commits per second = 20] [seconds = 15] [seed scale = 1]
 *
 * The per-user subscription cap (MAX_SUBSCRIPTIONS_PER_USER, 20 by default) is raised to 1000
 * for the run: the seed has fewer users than there are subscribers, so users hold several.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { mintToken } from "../../server/auth/mint.ts";
import { ROOT } from "../../server/paths.ts";

const SECRET = "bench-secret-0123456789abcdefghijklmnopqrstuvwxyz";
/** CPU seconds (user + system) a process has used. */
const cpuSeconds = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) / 100;
};

interface GatewayStats {
  heapKb: number;
  rssKb: number;
  statements: number;
  shared: number;
  realtime: { events: number; statements: number; deliveries: number };
  open: number;
  topics: number;
}

if (process.argv[2] === "--gateway") {
  // The child: one gateway process, answering "stats" over IPC.
  const { loadConfig } = await import("../../server/config.ts");
  const { startGateway } = await import("../../server/app.ts");
  const { makeLogger } = await import("../../server/http/logger.ts");
  const config = loadConfig(process.env);
  const gw = await startGateway(config, process.env.GATEWAY_DATABASE_URL!, { port: 0, host: "127.0.0.1", log: makeLogger("warn") });
  process.on("message", (m) => {
    if (m === "stats") {
      (globalThis as { gc?: () => void }).gc?.(); // so RSS is live memory, not garbage
      const s: GatewayStats = { heapKb: process.memoryUsage().heapUsed / 1024, rssKb: process.memoryUsage().rss / 1024, statements: gw.statements(), shared: gw.realtime.sharedReads.shared, realtime: { ...gw.realtime.stats }, open: gw.realtime.openSubscriptions(), topics: gw.realtime.topics };
      process.send!(s);
    }
  });
  process.on("SIGTERM", () => void gw.close().finally(() => process.exit(0)));
  process.send!({ url: gw.url });
} else {
  await main();
}

async function main() {
  const [subscribers = 1000, rate = 20, seconds = 15, scale = 1] = process.argv.slice(2).map(Number);
  const { startTestCluster } = await import("../helpers/cluster.ts");
  const { buildDatabase } = await import("../helpers/database.ts");
  const cluster = await startTestCluster();
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const dbName = `salemate_bench_rt_${process.pid}`;
  await admin.query(`create database ${dbName}`);
  const u = new URL(cluster.adminUrl);
  u.pathname = `/${dbName}`;
  const ownerUrl = u.toString();
  let child: ChildProcess | undefined;
  const clients: Client[] = [];
  const db = new pg.Client({ connectionString: ownerUrl });

  try {
    await buildDatabase(ownerUrl, { stage: "migrated", seedScale: scale });
    await db.connect();
    await db.query("alter role authenticator with login password 'authenticator-bench'");
    const gatewayDb = new URL(ownerUrl);
    gatewayDb.username = "authenticator";
    gatewayDb.password = "authenticator-bench";

    // What gets changed, and who follows it (people the data says may see it).
    const leads = (await db.query("select id, owner_id, assigned_to_id from leads where assigned_to_id is not null and owner_id is not null order by id limit 40")).rows;
    const threads = (await db.query("select thread_id, created_by from support_threads where created_by is not null and status not in ('closed') order by thread_id limit 30")).rows;
    const staff = (await db.query("select id from profiles where role::text in ('support', 'admin') order by id")).rows.map((r) => r.id as string);
    const managers = (await db.query("select distinct profile_id as id from team_memberships where role in ('manager', 'team_lead') and status = 'active' order by 1")).rows.map((r) => r.id as string);
    const buyers = (await db.query("select distinct buyer_user_id as id from leads where buyer_user_id is not null order by 1 limit 20")).rows.map((r) => r.id as string);
    const workers = [...new Set(leads.flatMap((l) => [l.assigned_to_id as string, l.owner_id as string]))];
    const emails = new Map((await db.query("select id, email from profiles")).rows.map((r) => [r.id as string, r.email as string]));

    type Sub = { user: string; kind: string; query: string; variables?: Record<string, unknown> };
    const subs: Sub[] = [];
    const LEAD = `subscription ($id: UUID!) { leadChanged(leadId: $id) { kind lead { clientName } event { payload } } }`;
    const FEED = `subscription { myLeadsFeed { kind leadId lead { id stage clientName } event { payload } } }`;
    const THREAD = `subscription ($id: UUID!) { supportThreadChanged(threadId: $id) { kind thread { subject status } message { body } } }`;
    const QUEUE = `subscription { supportQueue { kind thread { subject status } } }`;
    for (let i = 0; subs.length < subscribers; i++) {
      const slot = i % 20; // 7 lead, 6 feed, 4 thread, 3 queue in every 20
      if (slot < 7) {
        const l = leads[i % leads.length]!;
        subs.push({ user: i % 2 ? l.owner_id : l.assigned_to_id, kind: "leadChanged", query: LEAD, variables: { id: l.id } });
      } else if (slot < 13) {
        const pool = [...workers, ...managers, ...buyers];
        subs.push({ user: pool[i % pool.length]!, kind: "myLeadsFeed", query: FEED });
      } else if (slot < 17) {
        const t = threads[i % threads.length]!;
        subs.push({ user: i % 2 ? t.created_by : staff[i % staff.length]!, kind: "supportThreadChanged", query: THREAD, variables: { id: t.thread_id } });
      } else {
        subs.push({ user: staff[i % staff.length]!, kind: "supportQueue", query: QUEUE });
      }
    }
    const users = new Set(subs.map((s) => s.user));

    child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--gateway"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      env: {
        ...process.env,
        NODE_ENV: "development",
        GRAPHILE_ENV: "production",
        DATABASE_URL: ownerUrl,
        GATEWAY_DATABASE_URL: gatewayDb.toString(),
        JWT_SECRET: SECRET,
        LOG_LEVEL: "warn",
        MAX_SUBSCRIPTIONS_PER_USER: "1000",
      },
    });
    const fromChild = <T>() => new Promise<T>((resolve) => child!.once("message", (m) => resolve(m as T)));
    const { url } = await fromChild<{ url: string }>();
    const stats = async () => {
      const p = fromChild<GatewayStats>();
      child!.send("stats");
      return p;
    };

    // Receipts: commit number -> commit time; every receipt's latency against it.
    const committedAt = new Map<number, number>();
    const latencies: number[] = [];
    let received = 0;
    let unmatched = 0;
    let refused = 0;
    const problems = new Map<string, number>();
    const problem = (what: string) => problems.set(what, (problems.get(what) ?? 0) + 1);
    const byKind = new Map<string, number>();
    const marker = (d: any): number | null => {
      const m = /^bench:(\d+)$/.exec(d?.lead?.clientName ?? d?.thread?.subject ?? d?.message?.body ?? "");
      if (d?.kind === "EVENT_ADDED" && d?.event?.payload?.bench != null) return Number(d.event.payload.bench);
      if (d?.kind === "MESSAGE_ADDED") return /^bench:(\d+)$/.test(d?.message?.body ?? "") ? Number(d.message.body.slice(6)) : null;
      if (d?.kind === "LEAD_UPDATED" || d?.kind === "THREAD_UPDATED") return m ? Number(m[1]) : null;
      return null;
    };
    let live = 0;
    let onAllLive!: () => void;
    const allLive = new Promise<void>((r) => (onAllLive = r));

    const tokens = new Map<string, string>();
    for (const user of users) tokens.set(user, await mintToken(SECRET, { role: "authenticated", sub: user, email: emails.get(user) }, 7200));
    const idle = await stats(); // collects garbage first
    const rssIdle = idle.rssKb;

    for (const s of subs) {
      const client = createClient({
        url: url.replace(/^http/, "ws") + "/graphql",
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${tokens.get(s.user)}` },
      });
      clients.push(client);
      let greeted = false;
      client.subscribe(
        { query: s.query, variables: s.variables },
        {
          next: (v: any) => {
            const t = performance.now();
            const d = v.data && Object.values(v.data)[0];
            if (v.errors) problem(`${s.kind}: ${v.errors[0]?.extensions?.code ?? ""} ${v.errors[0]?.message}`);
            if (!greeted) {
              greeted = true;
              if (!d) refused++;
              if (++live === subs.length) onAllLive();
              return;
            }
            if (!d) return;
            received++;
            byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
            const n = marker(d);
            const at = n == null ? undefined : committedAt.get(n);
            if (at === undefined) {
              unmatched++;
              if (unmatched < 4 && process.env.BENCH_DEBUG) console.log("unmatched", s.kind, JSON.stringify(d));
            }
            else latencies.push(t - at);
          },
          error: (e: any) => {
            problem(`${s.kind}: closed ${e?.code ?? ""} ${e?.reason ?? e?.message ?? (Array.isArray(e) ? e[0]?.message : e)}`);
            if (!greeted) {
              greeted = true;
              refused++;
              if (++live === subs.length) onAllLive();
            }
          },
          complete: () => {},
        },
      );
      // Ramp up in batches of 50: each batch live (or refused) before the next opens.
      for (let w = 0; clients.length % 50 === 0 && live < clients.length && w < 600; w++) await new Promise((r) => setTimeout(r, 50));
    }
    await allLive;
    await new Promise((r) => setTimeout(r, 1000));
    const s0 = await stats();
    const rssLive = s0.rssKb;
    const cpu0 = [cpuSeconds(child.pid!), cpuSeconds(process.pid)];

    // Drive commits at a fixed rate, one statement each (autocommit), in turn.
    let n = 0;
    const t0 = performance.now();
    const total = rate * seconds;
    let next = t0;
    while (n < total) {
      const k = n++;
      const kind = k % 4;
      if (kind === 0) {
        const l = leads[Math.floor(k / 4) % leads.length]!;
        await db.query("update leads set client_name = $2 where id = $1", [l.id, `bench:${k}`]);
      } else if (kind === 1) {
        const l = leads[Math.floor(k / 4) % leads.length]!;
        await db.query("insert into lead_events (lead_id, event_type, payload) values ($1, 'note', $2)", [l.id, JSON.stringify({ bench: k })]);
      } else if (kind === 2) {
        const t = threads[Math.floor(k / 4) % threads.length]!;
        await db.query("insert into support_messages (thread_id, author_id, body) values ($1, $2, $3)", [t.thread_id, t.created_by, `bench:${k}`]);
      } else {
        const t = threads[Math.floor(k / 4) % threads.length]!;
        await db.query("update support_threads set subject = $2 where thread_id = $1", [t.thread_id, `bench:${k}`]);
      }
      committedAt.set(k, performance.now());
      next += 1000 / rate;
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    const driven = performance.now() - t0;
    // Drain: wait until nothing has arrived for a second.
    for (let last = -1; last !== received; ) {
      last = received;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const elapsed = performance.now() - t0;
    const cpu1 = [cpuSeconds(child.pid!), cpuSeconds(process.pid)];
    const s1 = await stats();
    const rssAfter = s1.rssKb;

    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
    const events = s1.realtime.events - s0.realtime.events;
    const decided = s1.realtime.statements - s0.realtime.statements;
    const deliveries = s1.realtime.deliveries - s0.realtime.deliveries;
    const statements = s1.statements - s0.statements;
    const mix = [...new Set(subs.map((s) => s.kind))].map((k) => `${k} ${subs.filter((s) => s.kind === k).length}`).join(", ");
    console.log(`cluster: ${cluster.description}; data: seed scale ${scale}; ${subs.length} subscribers (${mix}) over ${users.size} users, one graphql-ws connection each; ${refused} refused`);
    if (problems.size) console.log(`errors: ${[...problems].map(([k, v]) => `${v}× ${k}`).join("; ")}`);
    console.log(`gateway: ${s0.open} open subscriptions on ${s0.topics} topics (one LISTEN each)`);
    console.log(`commits: ${total} in ${(driven / 1000).toFixed(1)} s (target ${rate}/s; lead update, lead event, support message, thread update in turn)`);
    console.log(
      `commit-to-receipt: p50 ${q(0.5).toFixed(1)} ms  p95 ${q(0.95).toFixed(1)} ms  p99 ${q(0.99).toFixed(1)} ms  max ${q(1).toFixed(1)} ms  (${latencies.length} marked receipts; target p95 < 100 ms)`,
    );
    console.log(
      `delivered: ${received} events (${[...byKind].map(([k, v]) => `${k} ${v}`).join(", ")}; ${unmatched} without a marker, e.g. thread bumps), ${(received / (elapsed / 1000)).toFixed(0)} events/s over ${(elapsed / 1000).toFixed(1)} s`,
    );
    console.log(
      `CPU: gateway ${(cpu1[0]! - cpu0[0]!).toFixed(1)} s (${((1000 * (cpu1[0]! - cpu0[0]!)) / Math.max(1, received)).toFixed(2)} ms per delivered event), the subscribers' process ${(cpu1[1]! - cpu0[1]!).toFixed(1)} s, over ${(elapsed / 1000).toFixed(1)} s; machine load average ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]} on ${(await import("node:os")).availableParallelism()} cores`,
    );
    console.log(
      `memory: gateway RSS ${(rssIdle / 1024).toFixed(0)} MiB idle → ${(rssLive / 1024).toFixed(0)} MiB with ${subs.length} connections → ${(rssAfter / 1024).toFixed(0)} MiB after the run; ${((rssLive - rssIdle) / subs.length).toFixed(1)} KiB per connection; V8 heap in use ${(idle.heapKb / 1024).toFixed(0)} → ${(s0.heapKb / 1024).toFixed(0)} MiB, ${((s0.heapKb - idle.heapKb) / subs.length).toFixed(1)} KiB per connection`,
    );
    console.log(
      `SQL: ${events} topic events from ${total} commits; who-hears decisions ${decided} statements (${(decided / events).toFixed(2)} per topic event, ${(decided / total).toFixed(2)} per commit); ` +
        `${deliveries} deliveries (${s1.shared - s0.shared} payload reads shared within a persona); gateway pool statements ${statements} = ${(statements / total).toFixed(1)} per commit, ${((statements - decided) / Math.max(1, deliveries)).toFixed(2)} per delivered payload`,
    );
  } finally {
    for (const c of clients) await c.dispose();
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    await db.end().catch(() => {});
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
    await cluster.stop();
  }
}
