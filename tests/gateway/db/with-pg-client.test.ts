import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { makeGatewayPool, poolStatements } from "../../../server/db/gateway-pool.ts";
import { makeWithPgClient, preparedPerConnection } from "../../../server/db/with-pg-client.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

/**
 * server/db/with-pg-client.ts: a request's settings travel with its statement in one round trip,
 * apply to exactly that statement, and never outlive it on the pooled connection.
 */
describe("withPgClient: settings and statement in one round trip", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const withPgClient = () => makeWithPgClient(pool);
  const AGENT = "00000000-0000-4000-8000-0000000000aa";
  const settings = { role: "authenticated", "request.jwt.claim.sub": AGENT, statement_timeout: "5000" };
  const WHO = "select current_user::text as role, coalesce(current_setting('request.jwt.claim.sub', true), '') as sub, current_setting('statement_timeout') as timeout";

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
    // One connection: every call below reuses the connection the one before it left behind.
    pool = makeGatewayPool(db.url, { deadlineMs: 10_000, max: 1, connectionTimeoutMillis: 5_000 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  /** Round trips a call makes, counted as the server's ReadyForQuery messages on the connection. */
  async function roundTrips<T>(fn: () => Promise<T>): Promise<{ value: T; trips: number }> {
    const c = await pool.connect();
    const connection = (c as unknown as { connection: NodeJS.EventEmitter }).connection;
    c.release();
    let trips = 0;
    const count = () => void trips++;
    connection.on("readyForQuery", count);
    try {
      return { value: await fn(), trips };
    } finally {
      connection.off("readyForQuery", count);
    }
  }

  test("the statement runs as the caller, in one round trip of two statements, and the settings are gone after it", async () => {
    const w = withPgClient();
    await w(settings, (c) => c.query({ text: "select 1" })); // the connection's one-time set-up
    const before = poolStatements(pool);
    const { value, trips } = await roundTrips(() => w(settings, (c) => c.query<{ role: string; sub: string; timeout: string }>({ text: WHO })));
    assert.deepEqual(value.rows, [{ role: "authenticated", sub: AGENT, timeout: "5s" }]);
    assert.equal(trips, 1);
    assert.equal(poolStatements(pool) - before, 2);
    // The same connection, used without settings: nothing of the caller is left on it.
    const after = (await pool.query(WHO)).rows[0];
    assert.notEqual(after.role, "authenticated");
    assert.equal(after.sub, "");
    assert.equal(after.timeout, "0");
  });

  test("each statement is its own transaction: no transaction is left open between them", async () => {
    const w = withPgClient();
    const xids = await w(settings, async (c) => [
      (await c.query<{ x: string }>({ text: "select pg_current_xact_id()::text as x" })).rows[0]!.x,
      (await c.query<{ x: string }>({ text: "select pg_current_xact_id()::text as x" })).rows[0]!.x,
    ]);
    assert.notEqual(xids[0], xids[1]);
    const c = await pool.connect();
    try {
      assert.equal((c as unknown as { _txStatus: string })._txStatus, "I"); // idle, not in a transaction
    } finally {
      c.release();
    }
  });

  test("named statements are prepared once per connection and answer with their own rows, in array mode too", async () => {
    const w = withPgClient();
    const q = { text: "select $1::int + 1 as n, current_user::text as role", name: "with_pg_client_test_add" };
    const first = await w(settings, (c) => c.query<{ n: number }>({ ...q, values: [1] }));
    const { value: second, trips } = await roundTrips(() => w(settings, (c) => c.query<unknown[]>({ ...q, values: [41], arrayMode: true })));
    assert.deepEqual(first.rows, [{ n: 2, role: "authenticated" }]);
    assert.deepEqual([...second.rows.map((r) => [...r])], [[42, "authenticated"]]);
    assert.equal(trips, 1);
    const prepared = (await pool.query("select count(*)::int as n from pg_prepared_statements where name = $1", [q.name])).rows[0].n;
    assert.equal(prepared, 1);
  });

  test("a statement that fails rolls its settings back with it, and the connection serves the next caller", async () => {
    const w = withPgClient();
    await assert.rejects(
      w(settings, (c) => c.query({ text: "select 1 / 0" })),
      (e: Error & { code?: string }) => e.code === "22012",
    );
    await assert.rejects(
      w({ ...settings, role: "no_such_role" }, (c) => c.query({ text: "select 1" })),
      (e: Error & { code?: string }) => e.code === "22023",
    );
    const next = await w({ ...settings, "request.jwt.claim.sub": "someone-else" }, (c) => c.query<{ sub: string }>({ text: WHO }));
    assert.equal(next.rows[0]!.sub, "someone-else");
    assert.notEqual((await pool.query(WHO)).rows[0].role, "authenticated");
  });

  test("withTransaction opens a real transaction with the settings applied once, and commits or rolls back", async () => {
    const w = withPgClient();
    await pool.query("create table if not exists with_pg_client_probe (n int)");
    await pool.query("grant insert, select on with_pg_client_probe to authenticated");
    const seen = await w(settings, (c) =>
      c.withTransaction(async (tx) => {
        await tx.query({ text: "insert into with_pg_client_probe values (1)" });
        const a = (await tx.query<{ x: string; role: string; sub: string }>({ text: `select pg_current_xact_id()::text as x, r.role, r.sub from (${WHO}) r` })).rows[0]!;
        const b = (await tx.query<{ x: string }>({ text: "select pg_current_xact_id()::text as x" })).rows[0]!;
        return { a, b };
      }),
    );
    assert.equal(seen.a.x, seen.b.x);
    assert.equal(seen.a.role, "authenticated");
    assert.equal(seen.a.sub, AGENT);
    await assert.rejects(
      w(settings, (c) =>
        c.withTransaction(async (tx) => {
          await tx.query({ text: "insert into with_pg_client_probe values (2)" });
          throw new Error("changed my mind");
        }),
      ),
      /changed my mind/,
    );
    assert.deepEqual((await pool.query("select n from with_pg_client_probe order by n")).rows, [{ n: 1 }]);
    assert.notEqual((await pool.query(WHO)).rows[0].role, "authenticated");
  });

  test("past 100 named statements on a connection the least recently used are deallocated", async () => {
    const w = withPgClient();
    for (let i = 0; i < 120; i++) await w(settings, (c) => c.query({ text: `select ${i} as n`, name: `with_pg_client_lru_${i}` }));
    await new Promise((r) => setTimeout(r, 50)); // deallocations are sent behind the statements
    const left = (await pool.query("select name from pg_prepared_statements where name like 'with_pg_client_lru_%'")).rows.map((r) => r.name as string);
    assert.ok(left.length <= 100, `${left.length} kept`);
    assert.ok(left.includes("with_pg_client_lru_119"));
    assert.ok(!left.includes("with_pg_client_lru_0"));
    // A deallocated statement is prepared again when it comes back.
    const again = await w(settings, (c) => c.query<{ n: number }>({ text: "select 0 as n", name: "with_pg_client_lru_0" }));
    assert.deepEqual(again.rows, [{ n: 0 }]);
  });

  test("with prepared statements off (a transaction-mode pooler), nothing is prepared and it is still one round trip", async () => {
    assert.equal(preparedPerConnection({ DATAPLAN_PG_PREPARED_STATEMENT_CACHE_SIZE: "0" }), 0);
    assert.equal(preparedPerConnection({}), 100);
    const own = makeGatewayPool(db.url, { deadlineMs: 10_000, max: 1, connectionTimeoutMillis: 5_000 });
    try {
      const w = makeWithPgClient(own, 0);
      await w(settings, (c) => c.query({ text: "select 1" }));
      const c = await own.connect();
      const connection = (c as unknown as { connection: NodeJS.EventEmitter }).connection;
      c.release();
      let trips = 0;
      const count = () => void trips++;
      connection.on("readyForQuery", count);
      const r = await w(settings, (cl) => cl.query<{ role: string; sub: string }>({ text: WHO, name: "would_be_prepared" }));
      connection.off("readyForQuery", count);
      assert.equal(trips, 1);
      assert.equal(r.rows[0]!.role, "authenticated");
      assert.equal(r.rows[0]!.sub, AGENT);
      const tx = await w(settings, (cl) => cl.withTransaction((t) => t.query<{ sub: string }>({ text: WHO, name: "would_be_prepared" })));
      assert.equal(tx.rows[0]!.sub, AGENT);
      assert.deepEqual((await own.query("select name from pg_prepared_statements")).rows, []);
    } finally {
      await own.end();
    }
  });
});
