import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { applyFileAgain, checksums, migrationFile, migrationsFailingIn, schemaFingerprint } from "../../helpers/migration-kit.ts";

const TABLES = [
  "public.communication_templates", "public.cms_content", "public.activity_notifications",
  "public.system_settings", "public.feature_flags", "public.audit_logs",
  "public.templates_email", "public.templates_sms", "public.cms_pages", "public.cms_media", "public.notifications",
  "(select legacy_table, legacy_id, target_table, reason, row_data from salemate.migration_rejects where phase = 7)",
  "(select subject, note from salemate.migration_notes where phase = 7)",
];

describe("phase 7 migration file", () => {
  let db: TestDatabase;
  let c: pg.PoolClient;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", migrateTo: "phase6" });
    c = await db.pool.connect();
  });
  afterAll(async () => {
    c?.release();
    await db?.drop();
  });

  test("failing half-way (after the backfills) leaves the database as it was, and a re-run succeeds", async () => {
    const legacyNames = ["public.templates_email", "public.templates_sms", "public.cms_pages", "public.cms_media", "public.notifications", "salemate.migration_rejects"];
    const before = await checksums(c, legacyNames);
    const policiesBefore = await c.query("select policyname from pg_policies where tablename = 'system_settings' order by 1");
    const failing = migrationsFailingIn(migrationFile(7), "-- Notifications from support replies and lead handovers");
    try {
      await assert.rejects(migrate(c, { dir: failing.dir }), /forced failure half-way/);
    } finally {
      failing.cleanup();
    }
    const gone = await c.query(
      `select to_regclass('public.communication_templates') as t, to_regclass('public.cms_content') as cms, to_regclass('public.activity_notifications') as n`,
    );
    assert.deepEqual(gone.rows[0], { t: null, cms: null, n: null });
    assert.deepEqual(await checksums(c, legacyNames), before);
    assert.deepEqual((await c.query("select policyname from pg_policies where tablename = 'system_settings' order by 1")).rows, policiesBefore.rows);

    await migrate(c, { dir: MIGRATIONS_DIR, to: "phase7" });
    const n = await c.query(
      `select (select count(*) from legacy_archive.notifications)::int as legacy,
              (select count(*) from public.activity_notifications)::int
              + (select count(*) from salemate.migration_rejects where legacy_table = 'notifications')::int as accounted`,
    );
    assert.equal(n.rows[0].accounted, n.rows[0].legacy);
  });

  test("applying the file again changes nothing", async () => {
    await c.query("begin");
    try {
      const sums = await checksums(c, TABLES);
      const schema = await schemaFingerprint(c);
      await applyFileAgain(c, migrationFile(7));
      await applyFileAgain(c, migrationFile(7));
      assert.deepEqual(await checksums(c, TABLES), sums);
      assert.deepEqual(await schemaFingerprint(c), schema);
    } finally {
      await c.query("rollback");
    }
  });
});
