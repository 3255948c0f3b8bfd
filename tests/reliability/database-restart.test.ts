import assert from "node:assert/strict";
import { afterAll, beforeAll, beforeEach, describe, test } from "@jest/globals";
import pg from "pg";
import { tokenFor } from "../helpers/gateway.ts";
import { wsClient } from "../helpers/subscriptions.ts";
import { startRestartableDatabase, type RestartableDatabase } from "./restartable-database.ts";
import { postGraphQL, sleep, startServeProcess, type ServeProcess } from "./serve-process.ts";

/**
 * The gateway (`salemate serve`, its own process) while its PostgreSQL goes away: stopped
 * cleanly, crashed, frozen, or every connection taken. The gateway must stay up and keep
 * answering: while the database is away, 503 with Retry-After and a clear error code (never
 * "unexpected error", never a dropped connection), /readyz not ready, /healthz fine; once the
 * database is back it serves again by itself, and subscribers can resubscribe and carry on.
 */

const STATEMENT_TIMEOUT_MS = 6_000;
const READ = "query Board { leads(first: 5, orderBy: CREATED_AT_DESC) { totalCount nodes { id stage } } }";
const TOPUP = `mutation Topup { requestWalletTopup(input: { amount: "100", paymentMethod: "Instapay" }) { result { id status } } }`;
const RETRYABLE = new Set(["DATABASE_UNAVAILABLE", "DATABASE_BUSY"]);

interface Answer {
  at: number;
  status: number;
  retryAfter: string | null;
  codes: string[];
  body: unknown;
}

describe("the gateway while PostgreSQL stops, crashes, freezes or runs out of connections", () => {
  let db: RestartableDatabase;
  let gw: ServeProcess;
  let owner: pg.Pool;
  let agent: { id: string; email: string; token: string };
  let customerToken: string;

  beforeAll(async () => {
    db = await startRestartableDatabase();
    gw = await startServeProcess(db, { STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) });
    owner = new pg.Pool({ connectionString: db.ownerUrl, max: 3 });
    owner.on("error", () => {}); // its idle connections die with each restart
    const people = (await owner.query("select id, email from profiles where email in ('agent@salemate.test', 'customer@salemate.test') order by email")).rows;
    agent = { ...people[0], token: await tokenFor(people[0].id, people[0].email) };
    customerToken = await tokenFor(people[1].id, people[1].email);
  });
  // A test that fails half-way (the gateway killed, the database left stopped) must not take the
  // next tests with it: each starts with both running.
  beforeEach(async () => {
    await db.start(); // no-op when it is running
    if (gw.child.exitCode !== null || gw.child.signalCode !== null) {
      gw = await startServeProcess(db, { STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) });
    }
  });
  afterAll(async () => {
    await gw?.stop();
    await owner?.end().catch(() => {});
    await db?.destroy();
  });

  function assertAlive() {
    assert.equal(gw.child.exitCode, null, `the gateway process exited:\n${gw.output()}`);
    assert.equal(gw.child.signalCode, null, `the gateway process was killed:\n${gw.output()}`);
  }

  async function ask(query: string, token: string): Promise<Answer> {
    const r = await postGraphQL(gw.url, query, { token });
    const codes = typeof r.body === "object" && r.body ? (r.body.errors ?? []).map((e: any) => String(e.extensions?.code ?? e.message)) : [];
    return { at: Date.now(), status: r.status, retryAfter: r.headers.get("retry-after"), codes, body: r.body };
  }

  /** Every answer is a success, or a 503 with Retry-After whose errors all say "retry later". */
  function assertClear(answers: Answer[]) {
    for (const a of answers) {
      assert.notEqual(a.status, 0, `the gateway dropped a request: ${JSON.stringify(a.body)}`);
      if (a.status === 200 && a.codes.length === 0) continue;
      assert.equal(a.status, 503, `expected success or 503, got ${a.status}: ${JSON.stringify(a.body)}`);
      assert.ok(a.retryAfter && Number(a.retryAfter) > 0, "a 503 says when to retry");
      assert.ok(a.codes.length > 0 && a.codes.every((c) => RETRYABLE.has(c)), `a clear error, not ${JSON.stringify(a.body)}`);
    }
  }

  test("under load, stopped then crashed: 503 + Retry-After while away, /readyz not ready, /healthz up, back by itself", async () => {
    const answers: Answer[] = [];
    const probes: Array<{ at: number; healthz: number; readyz: number; readyRetryAfter: string | null }> = [];
    let running = true;
    const workers = Array.from({ length: 6 }, async (_, i) => {
      while (running) {
        const a = await ask(i % 3 === 2 ? TOPUP : READ, i % 3 === 2 ? customerToken : agent.token);
        answers.push(a);
        if (a.status === 0) await sleep(100); // the gateway is gone: the test will say so
      }
    });
    const prober = (async () => {
      while (running) {
        const at = Date.now();
        const probe = (path: string) => fetch(`${gw.url}${path}`).then(async (r) => (await r.arrayBuffer(), r), () => null);
        const [h, r] = await Promise.all([probe("/healthz"), probe("/readyz")]);
        probes.push({ at, healthz: h?.status ?? 0, readyz: r?.status ?? 0, readyRetryAfter: r?.headers.get("retry-after") ?? null });
        await sleep(100);
      }
    })();

    const windows: Array<{ how: string; down: number; up: number; firstSuccess?: number; lastSuccess?: number }> = [];
    try {
      for (const how of ["stop", "crash"] as const) {
        await sleep(800);
        await (how === "stop" ? db.stop() : db.crash());
        const down = Date.now(); // the server is gone from here on
        await sleep(1_500);
        await db.start();
        windows.push({ how, down, up: Date.now() });
        await sleep(1_500);
      }
    } finally {
      running = false;
      await Promise.all([...workers, prober]);
    }

    assertAlive();
    assertClear(answers);
    for (const w of windows) {
      const away = answers.filter((a) => a.at > w.down + 200 && a.at < w.up - 200);
      assert.ok(away.length > 0 && away.every((a) => a.status === 503), `while the database was away (${w.how}) every request got a 503`);
      const awayProbes = probes.filter((p) => p.at > w.down + 200 && p.at < w.up - 200);
      assert.ok(awayProbes.length > 0);
      for (const p of awayProbes) {
        assert.equal(p.healthz, 200, "/healthz: the process is up");
        assert.equal(p.readyz, 503, "/readyz: not ready while the database is away");
        assert.ok(p.readyRetryAfter, "/readyz says when to retry");
      }
      w.firstSuccess = answers.find((a) => a.at > w.up && a.status === 200 && a.codes.length === 0)?.at;
      w.lastSuccess = answers.findLast((a) => a.at < w.down && a.status === 200)?.at;
      assert.ok(w.firstSuccess && w.firstSuccess - w.up < 5_000, `serving again within 5 s of the database's return (${w.how})`);
    }
    assert.ok(probes.every((p) => p.healthz === 200));
    assert.equal(probes.at(-1)!.readyz, 200, "ready again at the end");
    // And afterwards nothing is left broken: a burst of requests all succeed.
    const burst = await Promise.all(Array.from({ length: 30 }, () => ask(READ, agent.token)));
    assert.deepEqual(burst.map((a) => a.status), burst.map(() => 200), JSON.stringify(burst.find((a) => a.status !== 200)?.body));
    const figures = {
      requests: answers.length,
      succeeded: answers.filter((a) => a.status === 200).length,
      unavailable503: answers.filter((a) => a.status === 503).length,
      // The database away (stopped or crashed, until it accepted connections again), the gap
      // clients saw between the last answer before and the first after, and the gateway's own
      // share: from the database's return to its first successful answer.
      databaseAwayMs: windows.map((w) => ({ [w.how]: w.up - w.down })),
      clientOutageMs: windows.map((w) => ({ [w.how]: w.firstSuccess! - (w.lastSuccess ?? w.down) })),
      recoveryMs: windows.map((w) => ({ [w.how]: w.firstSuccess! - w.up })),
    };
    console.log(`database restart under load: ${JSON.stringify(figures)}`);
  }, 40_000);

  test("subscriptions: the restart ends them with a clear error; the client resubscribes once the database is back and receives later events", async () => {
    const lead = (await owner.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent.id])).rows[0].id as string;
    const ws = wsClient(gw.url, () => agent.token);
    const LEAD_CHANGED = `subscription ($id: UUID!) { leadChanged(leadId: $id) { kind lead { stage } } }`;
    try {
      const first = ws.subscribe(LEAD_CHANGED, { id: lead });
      await first.waitFor(1);
      assert.equal(first.events[0].data.leadChanged.kind, "SUBSCRIBED");

      await db.stop();
      for (let i = 0; i < 50 && !first.completed && first.errors.length === 0 && first.events.length < 2; i++) await sleep(100);
      const ending = first.events[1]?.errors?.[0] ?? (first.errors[0] as any)?.[0] ?? first.errors[0];
      assert.ok(ending, `the subscription was told it ended: ${JSON.stringify({ events: first.events, errors: first.errors, completed: first.completed })}`);
      assert.equal(ending.extensions?.code, "REALTIME_INTERRUPTED", JSON.stringify(ending));
      assert.match(ending.message, /subscribe again/);

      // While the database is away a new subscription is refused with a clear error.
      const early = ws.subscribe(LEAD_CHANGED, { id: lead });
      await early.waitFor(1).catch(() => {});
      const refused = early.events[0]?.errors?.[0] ?? (early.errors[0] as any)?.[0] ?? early.errors[0];
      assert.ok(refused, "refused, not left hanging");
      assert.ok(["REALTIME_UNAVAILABLE", "DATABASE_UNAVAILABLE"].includes(refused.extensions?.code), JSON.stringify(refused));

      await db.start();
      // What a client does: resubscribe (with a pause) until SUBSCRIBED comes.
      let again: ReturnType<typeof ws.subscribe> | undefined;
      for (let attempt = 0; attempt < 20; attempt++) {
        const s = ws.subscribe(LEAD_CHANGED, { id: lead });
        await s.waitFor(1).catch(() => {});
        if (s.events[0]?.data?.leadChanged?.kind === "SUBSCRIBED") {
          again = s;
          break;
        }
        s.stop();
        await sleep(250);
      }
      assert.ok(again, "resubscribed once the database was back");
      await owner.query("update leads set stage = 'Call Back' where id = $1", [lead]);
      const events = await again.waitFor(2);
      assert.equal(events[1].data.leadChanged.kind, "STAGE_CHANGED");
      assert.equal(events[1].data.leadChanged.lead.stage, "CALL_BACK");
      assertAlive();
    } finally {
      await ws.dispose();
    }
  }, 40_000);

  test("more slow requests than connections: each ends with TIMEOUT or DATABASE_BUSY (503) in bounded time, none hangs", async () => {
    // 30 requests on a pool of 20: the table they read is locked, so the first 20 wait on the
    // lock until statement_timeout, and the other 10 wait for a connection until the pool's
    // connectionTimeoutMillis (5 s).
    const locker = await owner.connect();
    try {
      await locker.query("begin");
      await locker.query("lock table leads in access exclusive mode");
      const t0 = Date.now();
      const healthz = (async () => {
        await sleep(1_000);
        const t = Date.now();
        const r = await fetch(`${gw.url}/healthz`);
        return { status: r.status, ms: Date.now() - t };
      })();
      const answers = await Promise.all(Array.from({ length: 30 }, () => ask(READ, agent.token)));
      const elapsed = Date.now() - t0;
      await locker.query("rollback");

      const h = await healthz;
      assert.equal(h.status, 200);
      assert.ok(h.ms < 500, "the process stays responsive while its pool is exhausted");
      const timeouts = answers.filter((a) => a.codes.includes("TIMEOUT"));
      const busy = answers.filter((a) => a.codes.includes("DATABASE_BUSY"));
      for (const a of timeouts) assert.equal(a.status, 200, "a statement timeout is the operation's error (GraphQL), not the service's");
      assertClear(answers.filter((a) => !a.codes.includes("TIMEOUT")));
      assert.equal(timeouts.length + busy.length, 30, `every request ended in TIMEOUT or DATABASE_BUSY: ${JSON.stringify(answers.map((a) => [a.status, a.codes]))}`);
      assert.ok(busy.length >= 1 && busy.every((a) => a.status === 503 && a.retryAfter));
      assert.ok(elapsed < STATEMENT_TIMEOUT_MS + 4_000, `all answered in ${elapsed} ms`);
      console.log(`pool exhaustion: ${JSON.stringify({ requests: 30, timeouts: timeouts.length, busy503: busy.length, ms: elapsed })}`);
    } finally {
      await locker.query("rollback").catch(() => {});
      locker.release();
    }
    const after = await ask(READ, agent.token);
    assert.equal(after.status, 200);
    assertAlive();
  }, 40_000);

  test("a frozen database (connections open, nothing answers): requests end with 503 after statement timeout + 5 s, not never", async () => {
    // Connections in the pool first, so some requests are sent on them and wait for answers.
    await Promise.all(Array.from({ length: 8 }, () => ask(READ, agent.token)));
    const t0 = Date.now();
    db.freeze();
    let answers: Array<Answer | null>;
    try {
      answers = await Promise.all(
        Array.from({ length: 6 }, () => Promise.race([ask(READ, agent.token), sleep(STATEMENT_TIMEOUT_MS + 10_000).then(() => null)])),
      );
    } finally {
      db.thaw();
    }
    const elapsed = Date.now() - t0;
    assert.ok(answers.every((a) => a !== null), `every request was answered (after ${elapsed} ms: ${answers.filter((a) => a === null).length} of 6 still waiting)`);
    assertClear(answers as Answer[]);
    assert.ok((answers as Answer[]).every((a) => a.status === 503));
    await sleep(300);
    const after = await Promise.all(Array.from({ length: 10 }, () => ask(READ, agent.token)));
    assert.ok(after.every((a) => a.status === 200), "serving again once it answers");
    assertAlive();
  }, 40_000);
});
