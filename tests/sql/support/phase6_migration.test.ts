import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { applyFileAgain, checksums, migrationFile, migrationsFailingIn, schemaFingerprint } from "../../helpers/migration-kit.ts";

const TABLES = [
  "public.support_threads", "public.support_messages", "public.support_activity", "public.support_cases", "public.support_case_replies",
  "(select legacy_table, legacy_id, target_table, reason, row_data from salemate.migration_rejects where phase = 6)",
  "(select subject, note from salemate.migration_notes where phase = 6)",
];

describe("phase 6 migration file", () => {
  let db: TestDatabase;
  let c: pg.PoolClient;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", migrateTo: "phase5" });
    c = await db.pool.connect();
  });
  afterAll(async () => {
    c?.release();
    await db?.drop();
  });

  test("failing half-way (after the backfills) leaves the database as it was, and a re-run succeeds", async () => {
    const before = await checksums(c, ["public.support_cases", "public.support_case_replies", "salemate.migration_rejects"]);
    const failing = migrationsFailingIn(migrationFile(6), "-- Indexes (after the bulk inserts)");
    try {
      await assert.rejects(migrate(c, { dir: failing.dir }), /forced failure half-way/);
    } finally {
      failing.cleanup();
    }
    const gone = await c.query("select to_regclass('public.support_threads') as threads, to_regclass('public.support_messages') as messages");
    assert.deepEqual(gone.rows[0], { threads: null, messages: null });
    const passThrough = await c.query(
      `select exists (select 1 from pg_depend d join pg_rewrite r on r.oid = d.objid
                      where r.ev_class = 'public.support_cases'::regclass and d.refobjid = 'legacy_archive.support_cases'::regclass) as ok`,
    );
    assert.ok(passThrough.rows[0].ok, "support_cases is still phase 1's pass-through view");
    assert.deepEqual(await checksums(c, ["public.support_cases", "public.support_case_replies", "salemate.migration_rejects"]), before);

    await migrate(c, { dir: MIGRATIONS_DIR, to: "phase6" });
    const n = await c.query(
      `select (select count(*) from legacy_archive.support_cases)::int as legacy,
              (select count(*) from public.support_threads)::int + (select count(*) from salemate.migration_rejects
                 where legacy_table = 'support_cases' and target_table = 'support_threads')::int as accounted`,
    );
    assert.equal(n.rows[0].accounted, n.rows[0].legacy);
  });

  test("applying the file again changes nothing", async () => {
    await c.query("begin");
    try {
      const sums = await checksums(c, TABLES);
      const schema = await schemaFingerprint(c);
      await applyFileAgain(c, migrationFile(6));
      await applyFileAgain(c, migrationFile(6));
      assert.deepEqual(await checksums(c, TABLES), sums);
      assert.deepEqual(await schemaFingerprint(c), schema);
    } finally {
      await c.query("rollback");
    }
  });
});
