// One migrate run at a time per database (two replicas starting together): the second waits
// for the first, then reads the history again and finds nothing to do.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { applySupabaseLayer } from "../../../server/db/bootstrap.ts";
import { migrate, MIGRATION_LOCK } from "../../../server/db/migrator.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { scratchMigrations } from "./scratch-migrations.ts";

describe("the migration lock", () => {
  let db: TestDatabase;
  const scratch = scratchMigrations();

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
  });
  afterAll(async () => {
    await db.drop();
    scratch.cleanup();
  });

  test("two migrate runs started together: one applies every file, the other waits and applies none", async () => {
    const d = scratch.dir({
      // Slow enough that the second run certainly asks for the lock while the first holds it.
      "20250501000000_slow.sql": "create table runs (file text);\nselect pg_sleep(0.5);\ninsert into runs values ('slow');",
      "20250502000000_after.sql": "insert into runs values ('after');",
    });
    const [a, b] = [await db.pool.connect(), await db.pool.connect()];
    try {
      const pids = [(await a.query("select pg_backend_pid() as pid")).rows[0].pid, (await b.query("select pg_backend_pid() as pid")).rows[0].pid];
      const logs: string[][] = [[], []];
      const results = await Promise.all([a, b].map((c, i) => migrate(c, { dir: d, log: (l) => logs[i]!.push(l) })));

      const winner = results.findIndex((r) => r.applied.length > 0);
      assert.ok(winner >= 0, "one run applied the files");
      const waiter = 1 - winner;
      assert.deepEqual(results[winner]!.applied, ["20250501000000_slow.sql", "20250502000000_after.sql"]);
      assert.equal(results[winner]!.waitedForLock, false);
      assert.deepEqual(results[waiter]!.applied, []);
      assert.deepEqual(results[waiter]!.alreadyApplied, ["20250501000000_slow.sql", "20250502000000_after.sql"]);
      assert.equal(results[waiter]!.waitedForLock, true);
      assert.deepEqual(logs[waiter], [
        `waiting for another migrate run to finish (backend pid ${pids[winner]} holds the migration lock)`,
        "database is up to date (after waiting for another migrate run to finish)",
      ]);

      const history = await db.query("select version, count(*)::int as n from supabase_migrations.schema_migrations group by version order by version");
      assert.deepEqual(history.rows, [
        { version: "20250501000000", n: 1 },
        { version: "20250502000000", n: 1 },
      ]);
      const runs = await db.query("select file from runs order by file");
      assert.deepEqual(runs.rows, [{ file: "after" }, { file: "slow" }], "each file's statements ran once");
      const held = await db.query(
        "select count(*)::int as n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())",
      );
      assert.equal(held.rows[0].n, 0, "both runs released the lock");
    } finally {
      a.release();
      b.release();
    }
  });

  test("a dry run does not wait for a run under way, and says one is", async () => {
    const d = scratch.dir({ "20250601000000_pending.sql": "create table pending_one (id int);" });
    const holder = await db.pool.connect();
    const c = await db.pool.connect();
    try {
      await holder.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      const lines: string[] = [];
      const r = await migrate(c, { dir: d, dryRun: true, log: (l) => lines.push(l) });
      assert.deepEqual(r.pending, ["20250601000000_pending.sql"]);
      assert.deepEqual(lines, [
        "another migrate run is under way: some of the files below may be applied by the time you read this",
        "would apply 20250601000000_pending.sql (1 statements)",
      ]);
    } finally {
      await holder.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      holder.release();
      c.release();
    }
  });

  test("the Supabase layer, which `salemate migrate` applies first, waits for a run under way too", async () => {
    const holder = await db.pool.connect();
    const c = await db.pool.connect();
    try {
      await holder.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      const pid = (await c.query("select pg_backend_pid() as pid")).rows[0].pid;
      let done = false;
      const lines: string[] = [];
      const layer = applySupabaseLayer(c, { log: (l) => lines.push(l) }).then(() => (done = true));
      let waiting = false;
      for (let i = 0; i < 100 && !waiting; i++) {
        const r = await db.query("select wait_event_type = 'Lock' and wait_event = 'advisory' as waiting from pg_stat_activity where pid = $1", [pid]);
        waiting = r.rows[0]?.waiting === true;
        if (!waiting) await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(waiting, "applySupabaseLayer waits on the migration lock");
      assert.equal(done, false);
      const holderPid = (await holder.query("select pg_backend_pid() as pid")).rows[0].pid;
      assert.deepEqual(lines, [`waiting for another migrate run to finish (backend pid ${holderPid} holds the migration lock)`]);
      await holder.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      await layer;
      assert.equal(done, true);
    } finally {
      await holder.query("select pg_advisory_unlock_all()");
      holder.release();
      c.release();
    }
  });
});
