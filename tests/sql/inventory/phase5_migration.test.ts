import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { applyFileAgain, checksums, migrationFile, migrationsFailingIn, schemaFingerprint } from "../../helpers/migration-kit.ts";

const TABLES = [
  "public.inventory_projects", "public.inventory_items", "public.inventory_partners", "public.inventory_partner_commissions",
  "public.lead_analytics_mv", `public."salemate-inventory"`, "public.projects", "public.partners", "public.project_partner_commissions",
  "(select legacy_table, legacy_id, target_table, reason, row_data from salemate.migration_rejects where phase = 5)",
  "(select subject, note from salemate.migration_notes where phase = 5)",
];

describe("phase 5 migration file", () => {
  let db: TestDatabase;
  let c: pg.PoolClient;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", migrateTo: "phase4" });
    c = await db.pool.connect();
  });
  afterAll(async () => {
    c?.release();
    await db?.drop();
  });

  test("failing half-way (after the backfills) leaves the database as it was, and a re-run succeeds", async () => {
    const legacy = (await c.query(`select count(*)::int as n from legacy_archive."salemate-inventory"`)).rows[0].n;
    const before = await checksums(c, [`public."salemate-inventory"`, "public.projects", "public.leads", "salemate.migration_rejects"]);
    const fkBefore = await leadsProjectFk(c);
    assert.equal(fkBefore, "legacy_archive.projects");

    const failing = migrationsFailingIn(migrationFile(5), "-- Row-level security");
    try {
      await assert.rejects(migrate(c, { dir: failing.dir }), /forced failure half-way/);
    } finally {
      failing.cleanup();
    }
    const gone = await c.query(
      "select to_regclass('public.inventory_items') as items, to_regclass('public.inventory_projects') as projects, to_regprocedure('salemate.inventory_project_for(text,text)') as fn",
    );
    assert.deepEqual(gone.rows[0], { items: null, projects: null, fn: null });
    assert.equal(await leadsProjectFk(c), "legacy_archive.projects", "the foreign key re-pointing was rolled back");
    assert.deepEqual(await checksums(c, [`public."salemate-inventory"`, "public.projects", "public.leads", "salemate.migration_rejects"]), before);
    const recorded = await c.query("select count(*)::int as n from supabase_migrations.schema_migrations where name like 'phase5%'");
    assert.equal(recorded.rows[0].n, 0);

    const r = await migrate(c, { dir: MIGRATIONS_DIR, to: "phase5" });
    assert.deepEqual(r.applied, [migrationFile(5).split("/").pop()]);
    assert.equal(await leadsProjectFk(c), "inventory_projects");
    const carried = await c.query(
      `select (select count(*) from public.inventory_items)::int + (select count(*) from salemate.migration_rejects where legacy_table = 'salemate-inventory')::int as n`,
    );
    assert.equal(carried.rows[0].n, legacy);
  });

  test("applying the file again changes nothing", async () => {
    await c.query("begin");
    try {
      const sums = await checksums(c, TABLES);
      const schema = await schemaFingerprint(c);
      await applyFileAgain(c, migrationFile(5));
      assert.deepEqual(await checksums(c, TABLES), sums);
      assert.deepEqual(await schemaFingerprint(c), schema);
      // Twice in one transaction too (the backfills' scratch tables are dropped and remade).
      await applyFileAgain(c, migrationFile(5));
      assert.deepEqual(await checksums(c, TABLES), sums);
    } finally {
      await c.query("rollback");
    }
  });
});

async function leadsProjectFk(c: pg.ClientBase): Promise<string> {
  const { rows } = await c.query(
    `select confrelid::regclass::text as ref from pg_constraint where contype = 'f' and conrelid = 'public.leads'::regclass
       and conkey = array[(select attnum from pg_attribute where attrelid = 'public.leads'::regclass and attname = 'project_id')]`,
  );
  return rows.map((r) => r.ref).join(",");
}
