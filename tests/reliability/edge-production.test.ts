import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { SignJWT } from "jose";
import WebSocket from "ws";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { authenticatorUrl, TEST_JWT_SECRET, tokenFor } from "../helpers/gateway.ts";
import { freePort } from "../helpers/cluster.ts";
import { HOSTILE_REQUESTS, makeFixture, sendHostile, type Fixture, type HostileRequest } from "./corpus.ts";
import { generatedCases, type GeneratedCase } from "./generated.ts";
import { postGraphQL, sleep, startServeProcess, type ServeProcess } from "./serve-process.ts";

/**
 * The gateway's edge against the production build (`salemate serve` with NODE_ENV=production,
 * trusted documents off so that ad-hoc operations reach the parser): the fixed corpus, generated
 * requests (random and extreme variables, odd unicode, deep nesting, many aliases), websocket
 * bounds and malformed frames, /metrics and the banner. Every answer is a 4xx or a clear field
 * error, never a 5xx or INTERNAL, and the process's resident memory stays bounded throughout.
 */

const METRICS_TOKEN = "metrics-token-0123456789abcdef";
/** Growth of the gateway's resident memory allowed over the whole file (it was +650 MB for one 90 MB connection_init). */
const MAX_RSS_GROWTH_MB = 150;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** A raw graphql-transport-ws socket: what a hostile client sends, frame by frame. */
function rawSocket(url: string, opts: WebSocket.ClientOptions = {}) {
  const ws = new WebSocket(url.replace(/^http/, "ws") + "/graphql", "graphql-transport-ws", opts);
  const messages: any[] = [];
  ws.on("message", (d) => messages.push(JSON.parse(d.toString())));
  ws.on("error", () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const closed = new Promise<{ code: number; reason: string; ms: number }>((resolve) => {
    const t0 = performance.now();
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString(), ms: performance.now() - t0 }));
  });
  const next = async (type: string, ms = 5_000) => {
    for (let t = 0; t < ms; t += 20) {
      const m = messages.find((x) => x.type === type);
      if (m) return m;
      await sleep(20);
    }
    throw new Error(`no ${type} message within ${ms} ms: ${JSON.stringify(messages)}`);
  };
  return { ws, opened, closed, messages, next };
}

const withinTime = <T>(p: Promise<T>, ms: number) => Promise.race([p, sleep(ms).then(() => null)]);

describe("the edge of the production build", () => {
  let db: TestDatabase;
  let gw: ServeProcess;
  let fixture: Fixture;
  let baselineRss = 0;
  let peakRss = 0;
  let sampler: NodeJS.Timeout;
  const sample = () => {
    if (gw?.child.pid) peakRss = Math.max(peakRss, rssMb(gw.child.pid));
  };

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startServeProcess(
      { ownerUrl: db.url, gatewayUrl: await authenticatorUrl(db) },
      {
        NODE_ENV: "production",
        TRUSTED_DOCUMENTS: "off",
        METRICS_TOKEN,
        MAX_SUBSCRIPTIONS_PER_CONNECTION: "3",
        WS_INIT_TIMEOUT_MS: "1000",
        WS_KEEPALIVE_MS: "1500",
        LOG_LEVEL: "error",
      },
      { startupMs: 240_000 },
    );
    const agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    fixture = await makeFixture(agent);
    // Warm up (schema, plans, pools) before taking the baseline.
    for (let i = 0; i < 5; i++) await postGraphQL(gw.url, "{ leads(first: 5) { nodes { id } } }", { token: fixture.agentToken });
    baselineRss = rssMb(gw.child.pid!);
    peakRss = baselineRss;
    sampler = setInterval(sample, 100);
  }, 300_000);
  afterAll(async () => {
    clearInterval(sampler);
    await gw?.stop();
    await db?.drop();
  });

  const send = (r: HostileRequest) => sendHostile(gw.url, r);


  test("the banner states what is served: no GraphiQL address in production, /metrics behind the token", async () => {
    const out = gw.output();
    assert.match(out, /SaleMate gateway on http:\/\/localhost:\d+\/graphql/);
    assert.doesNotMatch(out, /graphiql/i);
    assert.match(out, /metrics\s+http:\/\/localhost:\d+\/metrics\s+\(Authorization: Bearer \$METRICS_TOKEN\)/);
    assert.equal((await fetch(`${gw.url}/graphiql`, { headers: { accept: "text/html" } })).status, 404);
  });

  test("/metrics answers only with the bearer token", async () => {
    const none = await fetch(`${gw.url}/metrics`);
    assert.equal(none.status, 401);
    assert.doesNotMatch(await none.text(), /salemate_http_requests_total/);
    const wrong = await fetch(`${gw.url}/metrics`, { headers: { authorization: "Bearer metrics-token-0123456789abcdeX" } });
    assert.equal(wrong.status, 401);
    const right = await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    assert.equal(right.status, 200);
    assert.match(await right.text(), /salemate_http_requests_total/);
  });

  test("every case of the fixed corpus gets its answer from the production build", async () => {
    const wrong: string[] = [];
    for (const c of HOSTILE_REQUESTS) {
      const r = await send(c.request(fixture));
      const first = r.body?.errors?.[0];
      const shown = JSON.stringify(r.body).slice(0, 200);
      if (r.status !== c.expect.status) wrong.push(`${c.name}: status ${r.status}, expected ${c.expect.status}: ${shown}`);
      else if (c.expect.code && first?.extensions?.code !== c.expect.code) wrong.push(`${c.name}: code ${first?.extensions?.code}, expected ${c.expect.code}: ${shown}`);
      else if (first?.extensions?.code === "INTERNAL") wrong.push(`${c.name}: INTERNAL`);
    }
    assert.deepEqual(wrong, []);
  });

  test("generated requests (random and extreme variables, odd unicode, deep nesting, many aliases): never 5xx, never INTERNAL", async () => {
    const cases: GeneratedCase[] = generatedCases(20251205, 400);
    const bad: string[] = [];
    const statuses = new Map<number, number>();
    for (const c of cases) {
      const r = await postGraphQL(gw.url, c.query, { variables: c.variables, token: fixture.agentToken });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const codes = (r.body?.errors ?? []).map((e: any) => e.extensions?.code);
      if (r.status === 0 || r.status >= 500 || codes.includes("INTERNAL")) bad.push(`${c.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
      else if (c.expectCode && !codes.includes(c.expectCode)) bad.push(`${c.name}: expected ${c.expectCode}, got ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    assert.deepEqual(bad, []);
    assert.ok((statuses.get(400) ?? 0) > 50 && (statuses.get(200) ?? 0) > 50, `both refusals and answers: ${JSON.stringify([...statuses])}`);
  });

  test("a persisted-document-sized request with a huge page size in a variable default is refused like any other", async () => {
    const r = await postGraphQL(gw.url, "query Board($n: Int = 5000) { leads(first: $n) { nodes { id } } }", { token: fixture.agentToken });
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].extensions.code, "PAGE_SIZE_OUT_OF_RANGE");
    assert.equal(r.body.errors[0].extensions.value, 5000);
    assert.equal(r.body.errors[0].extensions.max, 100);
  });

  describe("websockets", () => {
    test("a 2 MB frame closes the socket with 1009", async () => {
      const s = rawSocket(gw.url);
      await s.opened;
      s.ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: "x".repeat(2_000_000) } }));
      const closed = await withinTime(s.closed, 5_000);
      assert.equal(closed?.code, 1009);
    });

    test("a 90 MB connection_init is cut off before it is read: the gateway's memory does not grow by it", async () => {
      // Built as bytes up front and sent with an all-zero mask (which `ws` skips): otherwise the client
      // spends seconds converting and masking 90 MB before the frame's header leaves, and on a slow
      // machine the gateway's 1 s connection_init timeout (4408) fires before the frame arrives.
      const frame = Buffer.from(JSON.stringify({ type: "connection_init", payload: { authorization: "x".repeat(90 * 1024 * 1024) } }));
      const before = rssMb(gw.child.pid!);
      const s = rawSocket(gw.url, { generateMask: (mask) => mask.fill(0) });
      await s.opened;
      s.ws.send(frame, { binary: false });
      const closed = await withinTime(s.closed, 10_000);
      // The server sends 1009 and drops the connection as soon as the frame's header announces its
      // length; a client still busy writing the frame may never read that close frame (1006).
      assert.ok(closed && [1009, 1006].includes(closed.code), `closed: ${JSON.stringify(closed)}`);
      // Nor does it read the rest of the frame: it stops reading once the header is refused (+0.2 MB
      // here; +27 to +52 MB when it drained the 90 MB until the socket closed).
      assert.ok(rssMb(gw.child.pid!) - before < 15, `RSS ${Math.round(before)} → ${Math.round(rssMb(gw.child.pid!))} MB`);
    });

    test("a 50 KB connection_init (under the frame limit) closes with 1009 and names the limit", async () => {
      const s = rawSocket(gw.url);
      await s.opened;
      s.ws.send(JSON.stringify({ type: "connection_init", payload: { junk: "x".repeat(50_000) } }));
      const closed = await withinTime(s.closed, 5_000);
      assert.equal(closed?.code, 1009);
      assert.match(closed!.reason, /MAX_WS_INIT_BYTES/);
    });

    test("no connection_init within WS_INIT_TIMEOUT_MS closes with 4408", async () => {
      const s = rawSocket(gw.url);
      await s.opened;
      const closed = await withinTime(s.closed, 5_000);
      assert.equal(closed?.code, 4408);
      assert.ok(closed!.ms < 3_000, `closed after ${Math.round(closed!.ms)} ms`);
    });

    const malformed: Array<[string, (ws: WebSocket) => void, number]> = [
      ["not JSON", (ws) => ws.send("{ not json"), 4400],
      ["a binary frame", (ws) => ws.send(Buffer.from([0, 1, 2, 3])), 4400],
      ["a JSON array", (ws) => ws.send("[1,2,3]"), 4400],
      ["subscribe before connection_init", (ws) => ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ __typename }" } })), 4401],
    ];
    for (const [name, act, code] of malformed) {
      test(`malformed: ${name} closes with ${code}`, async () => {
        const s = rawSocket(gw.url);
        await s.opened;
        act(s.ws);
        const closed = await withinTime(s.closed, 5_000);
        assert.equal(closed?.code, code, JSON.stringify(closed));
      });
    }

    test("malformed after the handshake: an unknown type closes with 4400, a second connection_init with 4429", async () => {
      const a = rawSocket(gw.url);
      await a.opened;
      a.ws.send(JSON.stringify({ type: "connection_init", payload: {} }));
      await a.next("connection_ack");
      a.ws.send(JSON.stringify({ type: "graphql_ws_nonsense", id: "x" }));
      assert.equal((await withinTime(a.closed, 5_000))?.code, 4400);
      const b = rawSocket(gw.url);
      await b.opened;
      b.ws.send(JSON.stringify({ type: "connection_init", payload: {} }));
      await b.next("connection_ack");
      b.ws.send(JSON.stringify({ type: "connection_init", payload: {} }));
      assert.equal((await withinTime(b.closed, 5_000))?.code, 4429);
    });

    test("more operations on one connection than MAX_SUBSCRIPTIONS_PER_CONNECTION closes with 4429 and the reason", async () => {
      const s = rawSocket(gw.url);
      await s.opened;
      s.ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${fixture.agentToken}` } }));
      await s.next("connection_ack");
      const lead = (await db.query("select id from leads where assigned_to_id = $1 limit 1", [fixture.agentId])).rows[0].id;
      for (let i = 1; i <= 3; i++) {
        s.ws.send(JSON.stringify({ id: String(i), type: "subscribe", payload: { query: "subscription ($id: UUID!) { leadChanged(leadId: $id) { kind } }", variables: { id: lead } } }));
      }
      for (let t = 0; t < 100 && s.messages.filter((m) => m.type === "next").length < 3; t++) await sleep(50);
      assert.equal(s.messages.filter((m) => m.type === "next").length, 3, JSON.stringify(s.messages));
      assert.equal(s.ws.readyState, WebSocket.OPEN, "three are allowed");
      s.ws.send(JSON.stringify({ id: "4", type: "subscribe", payload: { query: "subscription ($id: UUID!) { leadChanged(leadId: $id) { kind } }", variables: { id: lead } } }));
      const closed = await withinTime(s.closed, 5_000);
      assert.equal(closed?.code, 4429);
      assert.match(closed!.reason, /More than 3 operations on one connection \(MAX_SUBSCRIPTIONS_PER_CONNECTION\)/);
    });

    test("limits apply over websockets too: a page size from a variable default gets the error with its code", async () => {
      const s = rawSocket(gw.url);
      await s.opened;
      s.ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${fixture.agentToken}` } }));
      await s.next("connection_ack");
      s.ws.send(JSON.stringify({ id: "q", type: "subscribe", payload: { query: "query ($n: Int = 5000) { leads(first: $n) { totalCount } }" } }));
      const err = await s.next("error");
      assert.equal(err.payload[0].extensions.code, "PAGE_SIZE_OUT_OF_RANGE", JSON.stringify(err));
      s.ws.send(JSON.stringify({ id: "n", type: "subscribe", payload: { query: "query ($s: String!) { inventoryItems(filter: { compound: { equalTo: $s } }) { totalCount } }", variables: { s: "a\u0000b" } } }));
      for (let t = 0; t < 100 && !s.messages.some((m) => m.id === "n"); t++) await sleep(50);
      const nul = s.messages.find((m) => m.id === "n");
      assert.equal(nul?.type, "error", JSON.stringify(nul));
      assert.equal(nul.payload[0].extensions.code, "INVALID_TEXT");
      assert.equal(s.ws.readyState, WebSocket.OPEN, "an operation error does not end the connection");
      s.ws.close();
    });

    test("a client that does not answer pings is dropped (keep-alive)", async () => {
      const s = rawSocket(gw.url, { autoPong: false });
      await s.opened;
      s.ws.send(JSON.stringify({ type: "connection_init", payload: {} }));
      await s.next("connection_ack");
      const closed = await withinTime(s.closed, 8_000);
      assert.ok(closed, "the server terminated the silent socket");
      assert.ok(closed.ms >= 1_500, `not before the first ping went unanswered (${Math.round(closed.ms)} ms)`);
      assert.equal(closed.code, 1006, "terminated without a close frame");
    });

    test("200 sockets each sending a 90 KB connection_init: refused, memory bounded", async () => {
      const sockets = Array.from({ length: 200 }, () => rawSocket(gw.url));
      await Promise.all(sockets.map((s) => s.opened));
      for (const s of sockets) s.ws.send(JSON.stringify({ type: "connection_init", payload: { junk: "x".repeat(90_000) } }));
      const closed = await Promise.all(sockets.map((s) => withinTime(s.closed, 10_000)));
      assert.deepEqual([...new Set(closed.map((c) => c?.code))], [1009]);
      assert.equal(sockets.filter((s) => s.messages.some((m) => m.type === "connection_ack")).length, 0, "none was accepted");
    });
  });

  test("anonymous Supabase users (is_anonymous: true) get the anon rights by default", async () => {
    const now = Math.floor(Date.now() / 1000);
    const anonymousSignIn = await new SignJWT({ role: "authenticated", aud: "authenticated", sub: fixture.agentId, is_anonymous: true, iat: now, exp: now + 600 })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const q = "{ leads(first: 1) { totalCount } profiles(first: 1) { totalCount } }";
    const asAnonymous = await postGraphQL(gw.url, q, { token: anonymousSignIn });
    const noToken = await postGraphQL(gw.url, q);
    const signedUp = await postGraphQL(gw.url, q, { token: await tokenFor(fixture.agentId) });
    assert.equal(asAnonymous.status, noToken.status);
    assert.deepEqual(asAnonymous.body, noToken.body);
    assert.equal(signedUp.status, 200);
    assert.notDeepEqual(asAnonymous.body, signedUp.body, "the same sub without is_anonymous sees more");
  });

  test("afterwards: the process is alive, serves, and its memory stayed bounded", async () => {
    sample();
    assert.equal(gw.child.exitCode, null, gw.output());
    const r = await postGraphQL(gw.url, "{ leads(first: 1) { totalCount } }", { token: fixture.agentToken });
    assert.equal(r.status, 200);
    assert.equal(r.body.errors, undefined);
    assert.ok(peakRss - baselineRss < MAX_RSS_GROWTH_MB, `RSS ${Math.round(baselineRss)} MB → peak ${Math.round(peakRss)} MB (at most +${MAX_RSS_GROWTH_MB} MB)`);
    assert.doesNotMatch(gw.output(), /unexpected GraphQL error|INTERNAL/);
  });
});

describe("/metrics on its own localhost port", () => {
  let db: TestDatabase;
  let gw: ServeProcess;
  let metricsPort: number;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
    metricsPort = await freePort();
    gw = await startServeProcess({ ownerUrl: db.url, gatewayUrl: await authenticatorUrl(db) }, { NODE_ENV: "production", METRICS_PORT: String(metricsPort) }, { startupMs: 240_000 });
  }, 300_000);
  afterAll(async () => {
    await gw?.stop();
    await db?.drop();
  });

  test("served on 127.0.0.1:METRICS_PORT only; the public port answers 404; the banner says where", async () => {
    assert.equal((await fetch(`${gw.url}/metrics`)).status, 404);
    const m = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    assert.equal(m.status, 200);
    assert.match(await m.text(), /salemate_db_pool_connections/);
    assert.match(gw.output(), new RegExp(`metrics\\s+http://127\\.0\\.0\\.1:${metricsPort}/metrics`));
    assert.doesNotMatch(gw.output(), /graphiql/i);
  });
});
