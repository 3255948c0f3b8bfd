// A migration file PostgreSQL fails to break a deadlock (autovacuum or another session holding a
// table the file needs) was rolled back whole: the runner runs it again, and says so.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { scratchMigrations } from "./scratch-migrations.ts";

describe("a migration file that loses a deadlock", () => {
  let db: TestDatabase;
  const scratch = scratchMigrations();

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
    await db.query("create table first_table (id int); create table second_table (id int)");
  });
  afterAll(async () => {
    await db.drop();
    scratch.cleanup();
  });

  test("is rolled back by PostgreSQL (40P01), run again once the other session is done, and recorded once", async () => {
    // The file locks first_table, then waits for second_table, which another session holds; that
    // session then asks for first_table. The file waited first, so its deadlock check fires first
    // and PostgreSQL fails it; the other session then gets its lock and commits.
    const d = scratch.dir({
      "20250801000000_locks.sql": "lock table first_table in access exclusive mode;\nlock table second_table in access exclusive mode;\ninsert into first_table values (1);\n",
    });
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    const runner = new pg.Client({ connectionString: db.url });
    await runner.connect();
    const lines: string[] = [];
    try {
      await other.query("begin; lock table second_table in access exclusive mode");
      const run = migrate(runner, { dir: d, log: (l: string) => lines.push(l) });
      // Let the file take first_table and start waiting for second_table.
      for (let i = 0; i < 100; i++) {
        const { rows } = await db.query("select count(*)::int as n from pg_locks where not granted and relation = 'second_table'::regclass");
        if (rows[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const otherDone = other.query("lock table first_table in access exclusive mode").then(() => other.query("commit"));
      const result = await run;
      await otherDone;
      assert.deepEqual(result.applied, ["20250801000000_locks.sql"]);
      assert.ok(
        lines.some((l) => /20250801000000_locks\.sql: deadlock with another session; rolled back, running it again \(attempt 2 of 4\)/.test(l)),
        lines.join("\n"),
      );
      const { rows } = await db.query("select (select count(*)::int from first_table) as rows, (select count(*)::int from supabase_migrations.schema_migrations where version = '20250801000000') as recorded");
      assert.deepEqual(rows[0], { rows: 1, recorded: 1 });
    } finally {
      await other.end().catch(() => {});
      await runner.end().catch(() => {});
    }
  });
});
