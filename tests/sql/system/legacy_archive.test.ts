import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { verifyPhase } from "../../helpers/migration-kit.ts";

/** legacy_archive goes only when salemate.settings says so, and only when nothing reads it. */
describe("dropping legacy_archive (phase 7)", () => {
  describe("by default", () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase({ stage: "migrated", migrateTo: "phase7" });
    });
    afterAll(() => db?.drop());

    test("the archive and the retired names' compatibility views stay", async () => {
      const { rows } = await db.query(
        `select (select value from salemate.settings where key = 'drop_legacy_archive') as flag,
                to_regnamespace('legacy_archive') is not null as archive,
                (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'legacy_archive' and c.relkind = 'r') as tables,
                to_regclass('public.cms_pages') is not null as cms_pages, to_regclass('public.cms_media') is not null as cms_media`,
      );
      assert.deepEqual(rows[0], { flag: false, archive: true, tables: rows[0].tables, cms_pages: true, cms_media: true });
      assert.ok(rows[0].tables >= 27);
      const note = await db.query("select note from salemate.migration_notes where phase = 7 and subject = 'legacy_archive'");
      assert.match(note.rows[0].note, /^legacy_archive kept/);
    });
  });

  describe("when drop_legacy_archive is true", () => {
    let db: TestDatabase;
    let c: pg.PoolClient;
    beforeAll(async () => {
      db = await createTestDatabase({ stage: "migrated", migrateTo: "phase6" });
      c = await db.pool.connect();
      await c.query("update salemate.settings set value = 'true' where key = 'drop_legacy_archive'");
    });
    afterAll(async () => {
      c?.release();
      await db?.drop();
    });

    test("something outside the archive still reading it stops phase 7, which then changes nothing", async () => {
      await c.query("create view public.still_reads_archive with (security_invoker = true) as select id from legacy_archive.cms_pages");
      await assert.rejects(migrate(c, { dir: MIGRATIONS_DIR, to: "phase7" }), /legacy_archive not dropped: .*view public\.still_reads_archive -> legacy_archive\.cms_pages/s);
      const { rows } = await c.query(
        `select to_regnamespace('legacy_archive') is not null as archive, to_regclass('public.communication_templates') as templates,
                (select count(*)::int from supabase_migrations.schema_migrations where name like 'phase7%') as recorded`,
      );
      assert.deepEqual(rows[0], { archive: true, templates: null, recorded: 0 });
      await c.query("drop view public.still_reads_archive");
    });

    test("with nothing depending on it, phase 7 carries the data, then drops the archive and the retired views", async () => {
      // Phases that are not in this tree yet leave phase 1's pass-through views (and keys) on
      // the archive; they stand in for those phases here. With every phase present, none are left.
      const leftovers = await c.query(`
        select distinct format('drop view public.%I', v.relname) as sql from pg_depend d
        join pg_rewrite r on r.oid = d.objid join pg_class v on v.oid = r.ev_class join pg_namespace vn on vn.oid = v.relnamespace
        join pg_class a on a.oid = d.refobjid join pg_namespace an on an.oid = a.relnamespace
        where an.nspname = 'legacy_archive' and vn.nspname = 'public'
          and v.relname not in ('templates_email', 'templates_sms', 'cms_pages', 'cms_media', 'notifications')
        union all
        select format('alter table %s drop constraint %I', k.conrelid::regclass, k.conname) from pg_constraint k
        join pg_class a on a.oid = k.confrelid join pg_namespace an on an.oid = a.relnamespace
        join pg_class r on r.oid = k.conrelid join pg_namespace rn on rn.oid = r.relnamespace
        where k.contype = 'f' and an.nspname = 'legacy_archive' and rn.nspname <> 'legacy_archive'`);
      if (leftovers.rowCount) console.info(`standing in for missing phases: ${leftovers.rows.map((r) => r.sql).join("; ")}`);
      for (const r of leftovers.rows) await c.query(r.sql);
      const legacyTemplates = (await c.query("select (select count(*) from legacy_archive.templates_email) + (select count(*) from legacy_archive.templates_sms) as n")).rows[0].n;

      await migrate(c, { dir: MIGRATIONS_DIR, to: "phase7" });
      const { rows } = await c.query(
        `select to_regnamespace('legacy_archive') is null as archive_gone,
                to_regclass('public.cms_pages') is null and to_regclass('public.cms_media') is null and to_regclass('public.purchase_requests') is null as retired_gone,
                (select count(*) from public.templates_email) + (select count(*) from public.templates_sms) as via_compat,
                (select count(*) from public.communication_templates) as templates,
                (select count(*)::int from salemate.legacy_snapshot) as snapshots`,
      );
      assert.equal(rows[0].archive_gone, true);
      assert.equal(rows[0].retired_gone, true);
      assert.equal(rows[0].templates, legacyTemplates, "backfilled before the drop");
      assert.equal(rows[0].via_compat, legacyTemplates, "the kept compatibility views still work");
      assert.ok(rows[0].snapshots >= 40, "row counts and checksums of the legacy tables stay");
      const note = await c.query("select note from salemate.migration_notes where phase = 7 and subject = 'legacy_archive'");
      assert.match(note.rows[0].note, /^legacy_archive dropped on request .*Retired compatibility views dropped: .*cms_pages/);
      for (const m of await verifyPhase(c, 7)) assert.ok(m.ok && /source .* absent/.test(m.problem ?? ""), `${m.legacy}: ${m.problem}`);
    });
  });
});
