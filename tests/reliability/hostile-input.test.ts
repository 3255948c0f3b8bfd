import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, type TestGateway } from "../helpers/gateway.ts";
import { HOSTILE_REQUESTS, makeFixture, sendHostile, type Fixture, type HostileCase } from "./corpus.ts";

/**
 * The fixed corpus of hostile requests (tests/reliability/corpus.ts): each gets its expected
 * clear answer, quickly; afterwards the gateway is unharmed: it serves the same data, logged no
 * unexpected error, holds no subscription or metrics series the requests left behind, and the
 * data is unchanged. The generated fuzz run is a benchmark: tests/bench/fuzz.ts.
 */

const MAX_MS = 3_000;

describe("hostile input", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let fixture: Fixture;
  const logLines: any[] = [];
  let dataBefore: unknown;

  const snapshot = async () =>
    (
      await db.query(
        `select (select count(*) from inventory_items)::int as items, (select count(*) from leads)::int as leads,
                (select sum(balance)::text from profile_wallets) as balances, (select count(*) from wallet_topup_requests)::int as topups,
                (select count(*) from lead_transactions)::int as transactions`,
      )
    ).rows[0];

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    const sink = new Writable({
      write(chunk, _enc, cb) {
        for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
        cb();
      },
    });
    gw = await startTestGateway(db, {}, pino({ level: "warn" }, sink));
    const agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    fixture = await makeFixture(agent);
    dataBefore = await snapshot();
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const send = (c: HostileCase) => sendHostile(gw.url, c.request(fixture));


  for (const c of HOSTILE_REQUESTS) {
    test(`${c.category}: ${c.name} → ${c.expect.status}${c.expect.code ? ` ${c.expect.code}` : ""}`, async () => {
      const r = await send(c);
      const shown = JSON.stringify(r.body).slice(0, 400);
      assert.equal(r.status, c.expect.status, shown);
      assert.ok(r.status < 500, shown);
      assert.ok(r.ms < MAX_MS, `answered in ${Math.round(r.ms)} ms (at most ${MAX_MS})`);
      const first = r.body?.errors?.[0];
      if (c.expect.status !== 200 || c.expect.code || c.expect.message) {
        if (r.status !== 431) assert.ok(first && typeof first.message === "string" && first.message.length > 0, `a clear error message: ${shown}`);
      }
      if (first) assert.notEqual(first.extensions?.code, "INTERNAL", `not an unexpected error: ${shown}`);
      if (c.expect.code) assert.equal(first?.extensions?.code, c.expect.code, shown);
      if (c.expect.message) assert.match(first?.message ?? "", c.expect.message, shown);
      if (c.expect.data !== undefined) {
        assert.equal(r.body.errors, undefined, shown);
        assert.deepEqual(r.body.data, c.expect.data);
      }
    });
  }

  test("client-chosen operation names cannot grow the metrics without bound", async () => {
    for (let i = 0; i < 300; i++) {
      await fetch(`${gw.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `query Probe${i}x${Math.random().toString(36).slice(2, 8)} { __typename }` }),
      }).then((r) => r.arrayBuffer());
    }
    const text = await (await fetch(`${gw.url}/metrics`)).text();
    const operations = new Set([...text.matchAll(/salemate_http_requests_total\{route="\/graphql",operation="([^"]*)"/g)].map((m) => m[1]));
    assert.ok(operations.size <= 250, `${operations.size} distinct operation labels after 300 made-up names`);
  });

  test("afterwards the gateway is unharmed: same answers, no unexpected error logged, nothing left open, data unchanged", async () => {
    assert.equal((await fetch(`${gw.url}/healthz`)).status, 200);
    const r = await gw.graphql("{ leads { totalCount } inventoryItems { totalCount } }", { token: fixture.agentToken });
    assert.equal(r.status, 200);
    assert.equal(r.body.errors, undefined);
    assert.deepEqual(await snapshot(), dataBefore, "no hostile request changed any data");
    assert.equal(({} as Record<string, unknown>).polluted, undefined, "Object.prototype is untouched");
    const unexpected = logLines.filter((l) => l.level >= 50);
    assert.deepEqual(unexpected.map((l) => l.err?.message ?? l.msg), [], "no unexpected error was logged");
    assert.equal(gw.listener.size, 0, "no subscription was left open by an HTTP request");
  });
});
