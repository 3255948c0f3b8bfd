import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { makeGatewayPool } from "../../server/db/gateway-pool.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";

describe("the gateway's connection pool", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
  });
  afterAll(() => db?.drop());

  test("a query unanswered past the deadline fails as a dropped connection, and the pool then serves the next query on a fresh one", async () => {
    const pool = makeGatewayPool(db.url, { max: 1, connectionTimeoutMillis: 5_000, deadlineMs: 1_000 });
    try {
      // A new backend's first answer can itself take a while on a busy machine: the deadline is
      // meant for the pg_sleep below, so the first query may try again.
      let first: { rows: Array<{ pid: number }> } | undefined;
      for (let i = 0; i < 5 && !first; i++) first = await pool.query("select pg_backend_pid() as pid").catch(() => undefined);
      assert.ok(first, "the database answered a trivial query within 1 s in one of 5 tries");
      const t0 = Date.now();
      await assert.rejects(pool.query("select pg_sleep(5)"), (err: Error & { code?: string }) => {
        assert.ok(err.code === "ETIMEDOUT" || /Connection terminated/.test(err.message), `${err.code}: ${err.message}`);
        return true;
      });
      const waited = Date.now() - t0;
      assert.ok(waited >= 1_000 && waited < 4_000, `failed after ${waited} ms`);
      const next = await pool.query("select pg_backend_pid() as pid, 1 as ok");
      assert.equal(next.rows[0].ok, 1);
      assert.notEqual(next.rows[0].pid, first!.rows[0]!.pid, "the broken connection was not reused");
    } finally {
      await pool.end();
    }
  });

  test("queries within the deadline are untouched, and a connection killed by the server does not crash the process", async () => {
    const pool = makeGatewayPool(db.url, { max: 2, connectionTimeoutMillis: 5_000, deadlineMs: 2_000 });
    try {
      const c = await pool.connect();
      const pid = (await c.query("select pg_backend_pid() as pid")).rows[0].pid;
      await db.query("select pg_terminate_backend($1)", [pid]);
      await assert.rejects(c.query("select 1"));
      c.release(true);
      const r = await pool.query("select pg_sleep(0.2), 2 as ok");
      assert.equal(r.rows[0].ok, 2);
    } finally {
      await pool.end();
    }
  });
});
