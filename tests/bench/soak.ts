/**
 * Benchmark: a soak. Mixed load against one `salemate serve` for a long stretch (ten minutes by
 * default): the lead board, a support thread and the dashboard aggregates; wallet top-ups
 * requested and approved; lead purchases (stock replenished as it sells); refused operations;
 * and websocket subscribers coming and going while the rows they watch change. Every 30 s it
 * prints throughput, latency, failures, the gateway's resident memory and V8 heap, its pool,
 * and the realtime subscriptions open; at the end, whether memory stayed flat once warm.
 *
 *   npx tsx tests/bench/soak.ts [seconds = 600] [concurrency = 8] [seed scale = 2]
 *
 * "Flat": after the first minute (warm-up) the live heap (the lowest heap-used of each 30 s) in the
 * last third of the run is within 15% (+10 MiB) of the first third, and RSS is no longer climbing in
 * the last third (least-squares slope under 2 MiB per minute). V8 grows its heap to the load in
 * steps (and after bursts) and keeps it; that alone is not a leak. Exits 1 if not flat.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { mintToken } from "../../server/auth/mint.ts";
import { TEST_JWT_SECRET } from "../helpers/gateway.ts";
import { wsClient, type WsClient } from "../helpers/subscriptions.ts";
import { percentile, rssMiB, startBenchDatabase } from "../reliability/bench-database.ts";
import { postGraphQL, sleep, startServeProcess } from "../reliability/serve-process.ts";

const [seconds = 600, concurrency = 8, scale = 2] = process.argv.slice(2).map(Number);
const WARM_UP_S = Math.min(60, seconds / 5);

const bench = await startBenchDatabase("soak", scale);
const owner = new pg.Pool({ connectionString: bench.ownerUrl, max: 2 });
const who = async (email: string) => (await owner.query("select id, email from profiles where email = $1", [email])).rows[0] as { id: string; email: string };
const token = (p: { id: string; email: string }) => mintToken(TEST_JWT_SECRET, { role: "authenticated", sub: p.id, email: p.email }, 4 * 3600);
const [manager, customer, finance, admin, agent] = await Promise.all(
  ["manager", "customer", "finance", "admin", "agent"].map((r) => who(`${r}@salemate.test`)),
);
const tokens = { manager: await token(manager!), customer: await token(customer!), finance: await token(finance!), admin: await token(admin!), agent: await token(agent!) };
const thread = (await owner.query("select thread_id from support_threads where created_by = $1 order by created_at limit 1", [customer!.id])).rows[0].thread_id as string;
const watchedLeads = (await owner.query("select id from leads where assigned_to_id = $1 order by id limit 5", [agent!.id])).rows.map((r) => r.id as string);
const buyer = { id: randomUUID() };
await owner.query("insert into auth.users (id, email) values ($1, 'soak-buyer@bench.test')", [buyer.id]);
await owner.query("insert into profiles (id, email, name) values ($1, 'soak-buyer@bench.test', 'Soak buyer')", [buyer.id]);
await owner.query("insert into profile_wallet_ledger (profile_id, entry_type, amount, source, status) values ($1, 'deposit', 100000000, 'admin', 'completed')", [buyer.id]);
const buyerToken = await token({ id: buyer.id, email: "soak-buyer@bench.test" });
const projectId = (await owner.query("insert into inventory_projects (name, developer, region, price_per_lead) values ('Soak', 'Dev', 'Zayed', 10) returning id")).rows[0].id as string;

const gw = await startServeProcess(bench, { LOG_LEVEL: "warn", GRAPHILE_ENV: "production" });
const gql = (query: string, tok: string | undefined, variables?: Record<string, unknown>) => postGraphQL(gw.url, query, { token: tok, variables });

let batchNo = 0;
async function restock() {
  const leads = Array.from({ length: 200 }, (_, i) => ({ client_name: `Soak ${batchNo}-${i}`, client_phone: `+2010${String(batchNo * 1000 + i).padStart(8, "0")}` }));
  batchNo++;
  await gql(`mutation ($input: IngestLeadBatchInput!) { ingestLeadBatch(input: $input) { result { id } } }`, tokens.admin, { input: { projectId, batchName: `Soak ${batchNo}`, leads } });
}
await restock();

const pendingTopups: string[] = [];
type Op = { name: string; weight: number; run: () => Promise<{ ok: boolean }> };
const ops: Op[] = [
  { name: "LeadBoard", weight: 40, run: async () => okOf(await gql(`query SoakLeadBoard { leads(first: 20, orderBy: CREATED_AT_DESC) { nodes { id clientName stage owner { name } leadLabels { nodes { label } } leadEvents(first: 3) { nodes { eventType } } } } }`, tokens.manager)) },
  { name: "SupportThread", weight: 15, run: async () => okOf(await gql(`query SoakThread($id: UUID!) { supportThread(id: $id) { subject status messages { nodes { body createdAt } } } }`, tokens.customer, { id: thread })) },
  { name: "Dashboard", weight: 10, run: async () => okOf(await gql(`query SoakDashboard { leads { groupedAggregates(groupBy: STAGE) { keys distinctCount { id } } } }`, tokens.manager)) },
  {
    name: "RequestTopup",
    weight: 10,
    run: async () => {
      const r = await gql(`mutation SoakTopup { requestWalletTopup(input: { amount: "100", paymentMethod: "Instapay" }) { result { id } } }`, tokens.customer);
      const id = r.body?.data?.requestWalletTopup?.result?.id;
      if (id) pendingTopups.push(id);
      return okOf(r);
    },
  },
  {
    name: "ApproveTopup",
    weight: 8,
    run: async () => {
      const id = pendingTopups.shift();
      if (!id) return { ok: true };
      return okOf(await gql(`mutation SoakApprove($id: UUID!) { approveWalletTopup(input: { requestId: $id }) { result { status } } }`, tokens.finance, { id }));
    },
  },
  {
    name: "Purchase",
    weight: 7,
    run: async () => {
      const r = await gql(`mutation SoakPurchase($p: UUID!) { purchaseLeads(input: { projectId: $p, quantity: 2 }) { result { id } } }`, buyerToken, { p: projectId });
      if (/No leads|Only \d+/.test(r.body?.errors?.[0]?.message ?? "")) {
        await restock();
        return { ok: true };
      }
      return okOf(r);
    },
  },
  // Refused on purpose: a 400 and a business error, so the error paths soak too.
  { name: "Invalid", weight: 5, run: async () => ({ ok: (await gql(`query SoakInvalid { leads { noSuchField } }`, tokens.agent)).status === 400 }) },
  { name: "Refused", weight: 5, run: async () => ({ ok: (await gql(`mutation SoakRefused { requestWalletTopup(input: { amount: "1", paymentMethod: "Instapay" }) { result { id } } }`, tokens.customer)).body?.errors?.[0]?.extensions?.code === "BUSINESS_RULE" }) },
];
const totalWeight = ops.reduce((s, o) => s + o.weight, 0);
function okOf(r: { status: number; body: any }, name = "") {
  const ok = r.status === 200 && !r.body?.errors;
  if (!ok && process.env.SOAK_DEBUG) console.log(`  failed: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return { ok };
}
function pickOp(): Op {
  let x = Math.random() * totalWeight;
  for (const o of ops) if ((x -= o.weight) < 0) return o;
  return ops[0]!;
}

interface Window {
  latencies: number[];
  byOp: Map<string, number[]>;
  failures: number;
  failedOps: Map<string, number>;
}
const newWindow = (): Window => ({ latencies: [], byOp: new Map(), failures: 0, failedOps: new Map() });
let window = newWindow();
const firstFailure = new Map<string, string>();
const samples: Array<{ t: number; rss: number; heap: number; heapTotal: number }> = [];
let subscriptionsOpened = 0;
let eventsReceived = 0;
let running = true;
const t0 = Date.now();

const httpWorkers = Array.from({ length: concurrency }, async () => {
  while (running) {
    const op = pickOp();
    const start = performance.now();
    const { ok } = await op.run().catch(() => ({ ok: false }));
    const ms = performance.now() - start;
    window.latencies.push(ms);
    window.byOp.set(op.name, [...(window.byOp.get(op.name) ?? []), ms]);
    if (!ok) {
      window.failures++;
      window.failedOps.set(op.name, (window.failedOps.get(op.name) ?? 0) + 1);
    }
  }
});

// Subscribers come and go; the rows they watch change.
const subscribers = (async () => {
  const open: Array<{ c: WsClient; until: number }> = [];
  while (running) {
    const c = wsClient(gw.url, () => tokens.agent);
    const s = c.subscribe(`subscription SoakLead($id: UUID!) { leadChanged(leadId: $id) { kind lead { stage } } }`, { id: watchedLeads[subscriptionsOpened % watchedLeads.length] });
    c.subscribe(`subscription SoakFeed { myLeadsFeed { kind } }`);
    subscriptionsOpened += 2;
    const counted = s.events;
    open.push({ c, until: Date.now() + 5_000 + Math.random() * 10_000 });
    await owner.query("update leads set stage = (array['Potential', 'Call Back', 'Whatsapp'])[1 + floor(random() * 3)::int] where id = any ($1)", [watchedLeads]).catch(() => {});
    await sleep(1_000);
    eventsReceived += counted.length;
    for (const o of open.filter((o) => o.until < Date.now())) {
      await o.c.dispose().catch(() => {});
      open.splice(open.indexOf(o), 1);
    }
  }
  for (const o of open) await o.c.dispose().catch(() => {});
})();

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${gw.url}/metrics`)).text();
  const m = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(text);
  return m ? Number(m[1]) : NaN;
}

console.log(`soak: ${seconds} s, ${concurrency} HTTP clients + websocket subscribers, ${bench.description}`);
console.log("   t    req/s   p50 ms   p95 ms  failures        RSS MiB  heap used/total MiB  pool  subs opened/events");
const sampler = (async () => {
  let nextReport = t0 + 30_000;
  while (running) {
    await sleep(2_000);
    const t = (Date.now() - t0) / 1000;
    samples.push({
      t,
      rss: await rssMiB(gw.child.pid!),
      heap: (await metric("salemate_nodejs_heap_size_used_bytes")) / 2 ** 20,
      heapTotal: (await metric("salemate_nodejs_heap_size_total_bytes")) / 2 ** 20,
    });
    if (Date.now() >= nextReport) {
      nextReport += 30_000;
      const w = window;
      window = newWindow();
      const sorted = w.latencies.sort((a, b) => a - b);
      const s = samples.at(-1)!;
      const pool = await metric('salemate_db_pool_connections\\{state="total"\\}').catch(() => NaN);
      const failed = w.failures ? `${w.failures} (${[...w.failedOps].map(([k, v]) => `${k} ${v}`).join(", ")})` : "0";
      console.log(
        (process.env.SOAK_DEBUG ? `  slowest p95: ${[...w.byOp].map(([k, v]) => [k, percentile(v.sort((a, b) => a - b), 0.95)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}\n` : "") +
        `${String(Math.round(t)).padStart(4)}  ${(sorted.length / 30).toFixed(0).padStart(6)}  ${percentile(sorted, 0.5).toFixed(1).padStart(7)}  ${percentile(sorted, 0.95).toFixed(1).padStart(7)}  ${failed.padEnd(14)}  ${s.rss.toFixed(0).padStart(7)}  ${`${s.heap.toFixed(0)}/${s.heapTotal.toFixed(0)}`.padStart(19)}  ${String(pool).padStart(4)}  ${subscriptionsOpened}/${eventsReceived}`,
      );
    }
  }
})();

await sleep(seconds * 1000);
running = false;
await Promise.all([...httpWorkers, subscribers, sampler]);
const alive = gw.child.exitCode === null;
await gw.stop();
await owner.end();
await bench.stop();

// V8 grows its heap to fit the load (after a burst, too) and keeps what it grew, so RSS rises in
// steps and is not itself a leak. The leak signs: the live heap (the lowest heap-used of each
// 30 s, just after a collection) creeping up, or RSS still climbing in the last third of the run.
const windows = Math.floor(seconds / 30);
const lows = Array.from({ length: windows }, (_, i) => samples.filter((x) => x.t >= i * 30 && x.t < (i + 1) * 30).map((x) => x.heap))
  .map((hs, i) => ({ t: (i + 1) * 30, low: Math.min(...hs) }))
  .filter((w) => w.t > WARM_UP_S && Number.isFinite(w.low));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const third = Math.max(1, Math.floor(lows.length / 3));
const liveEarly = median(lows.slice(0, third).map((w) => w.low));
const liveLate = median(lows.slice(-third).map((w) => w.low));
const lastThird = samples.filter((x) => x.t >= (seconds * 2) / 3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mt = mean(lastThird.map((x) => x.t));
const mr = mean(lastThird.map((x) => x.rss));
const rssSlope = (lastThird.reduce((a, x) => a + (x.t - mt) * (x.rss - mr), 0) / lastThird.reduce((a, x) => a + (x.t - mt) ** 2, 0)) * 60;
const rssPeak = Math.max(...samples.map((x) => x.rss));
const flat = alive && liveLate <= liveEarly * 1.15 + 10 && rssSlope < 2;
console.log(
  `\nlive heap (lowest heap-used per 30 s) after ${WARM_UP_S} s warm-up: ${liveEarly.toFixed(0)} → ${liveLate.toFixed(0)} MiB; ` +
    `RSS peak ${rssPeak.toFixed(0)} MiB, last-third slope ${rssSlope.toFixed(2)} MiB/min; gateway ${alive ? "alive" : "DIED"}; ${flat ? "FLAT" : "NOT FLAT"}`,
);
process.exit(flat ? 0 : 1);
