// Phase 4 as a migration: running its files again changes nothing; a file that fails half-way
// leaves the database as it was (the runner's one transaction per file) and the next run
// succeeds; a legacy table or column missing from a real database is noted, not an error.

import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, test } from "@jest/globals";
import { MigrationError, migrate } from "../../../server/db/migrator.ts";
import { splitSqlStatements } from "../../../server/db/sql-statements.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { loadMigrationMap, type Mapping, type VerifySpec } from "../../../server/migration-map.ts";
import { checkMapping } from "../../../server/verify/mappings.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { PHASE4_STATE_SQL, addLegacyFixtures, migratedWithFixtures, phase4Files, readSql } from "./fixtures.ts";

const dbs: TestDatabase[] = [];
const tmpDirs: string[] = [];
afterAll(async () => {
  for (const d of dbs) await d.drop();
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

async function legacyWithFixtures(): Promise<TestDatabase> {
  const db = await createTestDatabase({ stage: "legacy", seedScale: 1 });
  dbs.push(db);
  const c = await db.pool.connect();
  try {
    await c.query("begin");
    await addLegacyFixtures(c);
    await c.query("commit");
  } finally {
    c.release();
  }
  return db;
}

const phase4Mappings = () => loadMigrationMap().filter((m) => m.phase === 4 && m.verify) as Array<Mapping & { verify: VerifySpec }>;

describe("running phase 4 again", () => {
  test("changes no row of its tables, rejects or notes", async () => {
    const db = await migratedWithFixtures();
    dbs.push(db);
    const before = (await db.query(PHASE4_STATE_SQL)).rows;
    assert.ok(before.every((r) => Number(r.n) > 0), "every table has rows to compare");

    const c = await db.pool.connect();
    try {
      await c.query("begin");
      for (const file of phase4Files()) {
        for (const s of splitSqlStatements(readSql(file))) await c.query(s.text);
      }
      const again = (await c.query(PHASE4_STATE_SQL)).rows;
      await c.query("commit");
      assert.deepEqual(again, before);
    } finally {
      c.release();
    }
    const still = (await db.query(PHASE4_STATE_SQL)).rows;
    assert.deepEqual(still, before);
  });
});

describe("a phase 4 file failing half-way", () => {
  test("is rolled back whole, leaves the legacy name working, and the next run succeeds", async () => {
    const db = await legacyWithFixtures();
    const { rows: [{ n: legacyFeedback }] } = await db.query("select count(*)::int as n from public.feedback_history");

    // A copy of the migrations in which lead_events' file raises right after its backfill.
    const dir = mkdtempSync(path.join(tmpdir(), "salemate-phase4-"));
    tmpDirs.push(dir);
    for (const f of readdirSync(MIGRATIONS_DIR)) copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
    const eventsFile = readdirSync(dir).find((f) => /_phase4_lead_events\.sql$/.test(f))!;
    const sql = readFileSync(path.join(dir, eventsFile), "utf8");
    const marker = "-- Keys and indexes, built once over the carried rows";
    assert.ok(sql.includes(marker));
    writeFileSync(path.join(dir, eventsFile),
      sql.replace(marker, () => "do $$ begin raise exception 'forced failure after the backfill'; end $$;\n\n" + marker));

    const c = await db.pool.connect();
    try {
      await assert.rejects(migrate(c, { dir, to: "phase4" }), (err: unknown) =>
        err instanceof MigrationError && /forced failure after the backfill/.test(err.message) && err.file.endsWith(eventsFile));

      const applied = (await c.query("select name from supabase_migrations.schema_migrations order by version")).rows.map((r) => r.name);
      assert.ok(applied.includes("phase4_leads_consolidation"), "the file before it stays applied");
      assert.ok(!applied.includes("phase4_lead_events"));
      const { rows: [state] } = await c.query(
        `select to_regclass('public.lead_events') as events,
                (select count(*)::int from public.feedback_history) as feedback,
                (select count(*)::int from salemate.migration_rejects where legacy_table in ('feedback_history', 'case_feedback', 'lead_activities')) as rejects,
                exists (select 1 from pg_depend d join pg_rewrite r on r.oid = d.objid
                        where r.ev_class = 'public.feedback_history'::regclass and d.refobjid = 'legacy_archive.feedback_history'::regclass) as reads_archive`);
      assert.deepEqual(state, { events: null, feedback: legacyFeedback, rejects: 0, reads_archive: true },
        "no lead_events, no rejects, feedback_history still phase 1's view over the archive");

      const rerun = await migrate(c, { dir: MIGRATIONS_DIR, to: "phase4" });
      assert.ok(rerun.applied.some((f) => f.includes("phase4_lead_events")));
      for (const m of phase4Mappings()) {
        const r = await checkMapping(c, m);
        assert.ok(r.ok, `${m.legacy}: ${r.problem}`);
      }
    } finally {
      c.release();
    }
  });
});

describe("a legacy database that differs", () => {
  test("a missing legacy table and a missing column are noted and skipped, not an error", async () => {
    const db = await legacyWithFixtures();
    await db.query("drop table public.case_faces");
    await db.query("alter table public.lead_purchase_requests drop column batch_id");
    const { rows: [{ n: purchases }] } = await db.query("select count(*)::int as n from public.lead_purchase_requests");
    const c = await db.pool.connect();
    try {
      await migrate(c, { dir: MIGRATIONS_DIR, to: "phase4" });
    } finally {
      c.release();
    }
    const { rows: notes } = await db.query("select subject, note from salemate.migration_notes where phase = 4 and subject in ('case_faces', 'lead_purchase_requests.batch_id') order by subject");
    assert.equal(notes.length, 2);
    assert.match(notes[0].note, /case_faces is absent/);
    assert.match(notes[1].note, /no column batch_id/);
    const { rows: [r] } = await db.query(
      `select (select count(*)::int from public.lead_transfers) as transfers, (select count(*)::int from public.case_faces) as faces,
              (select count(*)::int from public.lead_transactions where legacy_table = 'lead_purchase_requests') +
              (select count(*)::int from salemate.migration_rejects where legacy_table = 'lead_purchase_requests') as purchases,
              (select count(*)::int from public.lead_transactions where legacy_table = 'lead_purchase_requests' and batch_id is not null) as with_batch`);
    assert.deepEqual(r, { transfers: 0, faces: 0, purchases, with_batch: 0 });
  });
});
