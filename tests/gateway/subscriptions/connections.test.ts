import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { ApolloClient, gql, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { SignJWT } from "jose";
import { ROOT } from "../../../server/paths.ts";
import { freePort } from "../../helpers/cluster.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { authenticatorUrl, startTestGateway, TEST_JWT_SECRET, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { sleep, wsClient } from "../../helpers/subscriptions.ts";

const LEAD_CHANGED = `subscription ($id: UUID!) { leadChanged(leadId: $id) { kind lead { stage } } }`;

describe("subscription connections", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let agent: { id: string; email: string };
  let lead: string;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    lead = (await db.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent.id])).rows[0].id;
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  test("when the token expires the server closes the socket (4401, with the reason); a client reconnecting with a fresh token carries on", async () => {
    let ttl = 2;
    const tokens: string[] = [];
    const c = wsClient(gw.url, async () => {
      const t = await tokenFor(agent.id, agent.email, ttl);
      tokens.push(t);
      return t;
    });
    const s = c.subscribe(LEAD_CHANGED, { id: lead });
    await s.waitFor(1);
    const closed = await Promise.race([c.closed, sleep(5000).then(() => null)]);
    assert.ok(closed, "the socket should close when the token expires");
    assert.equal(closed.code, 4401);
    assert.match(closed.reason, /token has expired/);
    await c.dispose();

    // Reconnect with a fresh, longer-lived token: events flow again.
    ttl = 3600;
    const again = wsClient(gw.url, () => tokenFor(agent.id, agent.email, ttl));
    const s2 = again.subscribe(LEAD_CHANGED, { id: lead });
    await s2.waitFor(1);
    await db.query("update leads set stage = 'Call Back' where id = $1", [lead]);
    const events = await s2.waitFor(2);
    assert.equal(events[1].data.leadChanged.kind, "STAGE_CHANGED");
    await again.dispose();
  });

  test("an invalid token in connectionParams closes the socket with 4401 and says why", async () => {
    const c = wsClient(gw.url, () => "not-a-token");
    c.subscribe(LEAD_CHANGED, { id: lead });
    const closed = await Promise.race([c.closed, sleep(5000).then(() => null)]);
    assert.ok(closed);
    assert.equal(closed.code, 4401);
    assert.match(closed.reason, /not a JWT/);
    await c.dispose();
  });

  test("a bad token in connection_init is refused at once: 4401 with the reason, no connection_ack, no subscribe needed", async () => {
    const refusedWith = async (authorization: string) => {
      const ws = new WebSocket(gw.url.replace("http", "ws") + "/graphql", "graphql-transport-ws");
      const messages: string[] = [];
      ws.on("message", (m) => messages.push(m.toString()));
      await new Promise((resolve) => ws.once("open", resolve));
      ws.send(JSON.stringify({ type: "connection_init", payload: { authorization } }));
      const closed = await Promise.race([
        new Promise<{ code: number; reason: string }>((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() }))),
        sleep(3000).then(() => null),
      ]);
      return { closed, messages };
    };
    const garbage = await refusedWith("Bearer not-a-token");
    assert.equal(garbage.closed?.code, 4401);
    assert.match(garbage.closed!.reason, /not a JWT/);
    assert.deepEqual(garbage.messages, [], "no connection_ack");
    const noExp = await refusedWith(`Bearer ${await new SignJWT({ role: "authenticated", aud: "authenticated", sub: agent.id }).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(TEST_JWT_SECRET))}`);
    assert.equal(noExp.closed?.code, 4401);
    assert.match(noExp.closed!.reason, /must expire/);
    assert.deepEqual(noExp.messages, []);
  });

  test("Apollo Client with GraphQLWsLink receives the events", async () => {
    const token = await tokenFor(agent.id, agent.email);
    const wsc = createClient({ url: gw.url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
    const apollo = new ApolloClient({ link: new GraphQLWsLink(wsc), cache: new InMemoryCache() });
    const received: any[] = [];
    const sub = apollo.subscribe({ query: gql(LEAD_CHANGED), variables: { id: lead } }).subscribe({ next: (r) => received.push(r.data) });
    for (let i = 0; i < 50 && received.length < 1; i++) await sleep(100);
    assert.equal(received[0]?.leadChanged.kind, "SUBSCRIBED");
    await db.query("update leads set stage = 'Whatsapp' where id = $1", [lead]);
    for (let i = 0; i < 50 && received.length < 2; i++) await sleep(100);
    assert.equal(received[1]?.leadChanged.kind, "STAGE_CHANGED");
    assert.equal(received[1]?.leadChanged.lead.stage, "WHATSAPP");
    sub.unsubscribe();
    await wsc.dispose();
  });
});

describe("several gateway processes", () => {
  let db: TestDatabase;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
  });
  afterAll(async () => {
    for (const c of children) c.kill("SIGTERM");
    await sleep(300);
    await db?.drop();
  });

  async function startProcess(): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), "serve"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "test",
        DATABASE_URL: db.url,
        GATEWAY_DATABASE_URL: await authenticatorUrl(db),
        JWT_SECRET: TEST_JWT_SECRET,
        PORT: String(port),
        LOG_LEVEL: "silent",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    // Each process compiles the TypeScript and builds the schema before it listens: allow a minute on a busy machine.
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${url}/healthz`)).ok) return url;
      } catch {
        /* starting */
      }
      if (child.exitCode !== null) break;
      await sleep(100);
    }
    throw new Error(`gateway process did not start:\n${out}`);
  }

  test("two gateway processes both deliver an event committed once", async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    const lead = (await db.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent.id])).rows[0].id;
    const token = await tokenFor(agent.id, agent.email);
    const ca = wsClient(a, () => token);
    const cb = wsClient(b, () => token);
    const sa = ca.subscribe(LEAD_CHANGED, { id: lead });
    const sb = cb.subscribe(LEAD_CHANGED, { id: lead });
    await Promise.all([sa.waitFor(1), sb.waitFor(1)]);
    await db.query("update leads set stage = 'Potential' where id = $1", [lead]);
    const [ea, eb] = await Promise.all([sa.waitFor(2), sb.waitFor(2)]);
    assert.equal(ea[1].data.leadChanged.kind, "STAGE_CHANGED");
    assert.equal(eb[1].data.leadChanged.kind, "STAGE_CHANGED");
    assert.equal(ea[1].data.leadChanged.lead.stage, "POTENTIAL");
    await sleep(300);
    assert.equal(sa.events.length, 2, "exactly one event each");
    assert.equal(sb.events.length, 2, "exactly one event each");
    await ca.dispose();
    await cb.dispose();
  });
});
