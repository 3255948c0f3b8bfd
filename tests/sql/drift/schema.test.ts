import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate, retryTransient } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { preflight, renderPreflight, type Difference, type PreflightReport } from "../../../server/preflight/preflight.ts";
import { runVerification, type Verification } from "../../../server/verify/run.ts";
import type { TestDatabase } from "../../helpers/database.ts";
import { SCHEMA_VARIANTS, schemaDriftedDatabase, type SchemaChange, type SchemaVariant } from "../../helpers/drift-schema.ts";
import { applyFileAgain, checksums, schemaFingerprint } from "../../helpers/migration-kit.ts";

/**
 * Schema drift (tests/helpers/drift-schema.ts): legacy databases with columns missing, extra or
 * of another type and tables missing, each derived from the baseline, plus the database
 * SaleMate's public migration record builds. For each: preflight reports every difference before
 * anything changes and nothing blocks; migrate completes; verify is ok, every legacy row carried
 * or rejected; a value that does not convert is rejected naming its table and column.
 */

const MIGRATION_FILES = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".sql")).sort();

/** The preflight difference a change must show up as. */
function expectedDifference(ch: SchemaChange): { kind: Difference["kind"]; object: string } {
  switch (ch.kind) {
    case "drop table":
      return { kind: "table", object: ch.table };
    case "drop column":
    case "add column":
      return { kind: "column", object: `${ch.table}.${ch.column}` };
    case "retype column":
      return { kind: "type", object: `${ch.table}.${ch.column}` };
    case "unknown table":
      return { kind: "unknown table", object: ch.table };
  }
}

interface Outcome {
  db: TestDatabase;
  variant: SchemaVariant;
  report: PreflightReport;
  migrateError: Error | null;
  verification: Verification | null;
}

async function run(spec: (typeof SCHEMA_VARIANTS)[number]): Promise<Outcome> {
  const { db, variant } = await schemaDriftedDatabase(spec);
  const c = await db.pool.connect();
  try {
    const report = await preflight(c);
    let migrateError: Error | null = null;
    try {
      await migrate(c, { dir: MIGRATIONS_DIR });
    } catch (err) {
      migrateError = err as Error;
    }
    const verification = migrateError ? null : await runVerification(c);
    return { db, variant, report, migrateError, verification };
  } finally {
    c.release();
  }
}

/** Applies every migration file again, one transaction each, and says whether anything changed. */
async function againChangesNothing(db: TestDatabase): Promise<void> {
  const c = await db.pool.connect();
  try {
    const watched = ["salemate.migration_rejects", "(select subject, note from salemate.migration_notes)", "(select table_name, columns, types from salemate.legacy_shapes)",
                     "public.lead_transactions", "public.lead_events", "public.support_threads", "public.support_messages", "public.lead_batches", "public.leads",
                     "public.profiles", "public.profile_wallet_ledger", "public.inventory_items", "public.activity_notifications"];
    // (the order of a grant list follows the order of grants; what is granted is what counts)
    const fingerprint = async () => (await schemaFingerprint(c)).map((x) => x.replace(/acl=\{([^}]*)\}/g, (_all, l: string) => `acl={${l.split(",").sort().join(",")}}`));
    const before = { schema: await fingerprint(), rows: await checksums(c, watched) };
    for (const f of MIGRATION_FILES) {
      // (retried like the migrator retries a file: autovacuum analysing a table a file alters can
      // deadlock with it, e.g. 980's drop policy; that says nothing about the file)
      await retryTransient(async () => {
        await c.query("begin");
        try {
          await applyFileAgain(c, path.join(MIGRATIONS_DIR, f));
          await c.query("commit");
        } catch (err) {
          await c.query("rollback");
          throw err;
        }
      }).catch((err: Error) => {
        throw new Error(`${f} again: ${err.message}`);
      });
    }
    assert.deepEqual(await checksums(c, watched), before.rows);
    assert.deepEqual(await fingerprint(), before.schema);
  } finally {
    c.release();
  }
}

describe.each(SCHEMA_VARIANTS.map((s) => [s.name, s] as const))("a legacy database with %s", (_name, spec) => {
  let o: Outcome;
  beforeAll(async () => {
    o = await run(spec);
  }, 180_000);
  afterAll(async () => {
    await o?.db.drop();
  });

  test("preflight reports every difference before migrating, and none blocks", () => {
    assert.ok(o.variant.changes.length > 0, "the variant changes nothing");
    for (const ch of o.variant.changes) {
      const want = expectedDifference(ch);
      const d = o.report.differences.find((x) => x.kind === want.kind && x.object === want.object);
      assert.ok(d, `preflight does not report ${want.kind} ${want.object} (${ch.kind})`);
      assert.notEqual(d.class, "blocking", `${want.kind} ${want.object}: ${d.remedy}`);
      assert.ok(d.how || d.setting, `${want.kind} ${want.object} says neither how it is handled nor what decides it`);
    }
    assert.equal(o.report.counts.blocking, 0, renderPreflight(o.report));
  });

  test("migrate completes", () => {
    assert.equal(o.migrateError, null, o.migrateError?.message);
  });

  test("verify is ok: every legacy row is carried or rejected, absent tables are reported absent", () => {
    assert.ok(o.verification, "not verified: migrate failed");
    const v = o.verification;
    for (const m of v.mappings) {
      assert.ok(m.ok, `${m.legacy} -> ${m.target}: ${m.problem}`);
      assert.equal(m.carried + m.rejected, m.legacyRows, `${m.legacy} -> ${m.target}`);
    }
    assert.deepEqual(v.schema.filter((s) => !s.ok), []);
    assert.ok(v.ok);
    const dropped = new Set(o.variant.changes.filter((ch) => ch.kind === "drop table").map((ch) => ch.table));
    for (const m of v.mappings.filter((x) => dropped.has(x.legacy))) {
      assert.match(m.problem ?? "", /^absent: /, `${m.legacy}: ${m.problem}`);
    }
  });

  test("every migration file runs again without changing anything", async () => {
    assert.equal(o.migrateError, null, o.migrateError?.message);
    await againChangesNothing(o.db);
  }, 120_000);

  test("a value that does not convert is rejected with its row (set aside, in a table kept in place), naming the table and column", async () => {
    for (const p of o.variant.planted) {
      const { rows } = await o.db.query<{ reason: string; target_table: string }>(
        "select reason, target_table from salemate.migration_rejects where legacy_table = $1 and legacy_id = $2",
        [p.table, p.id],
      );
      assert.ok(rows.length > 0, `${p.table} ${p.id} (${p.column} = ${p.value}) was neither carried nor rejected`);
      assert.ok(rows.some((r) => r.reason.includes(`${p.table}.${p.column}`) && r.reason.includes(p.value)), JSON.stringify(rows));
    }
  });
});

describe("extra legacy columns", () => {
  let o: Outcome;
  beforeAll(async () => {
    o = await run(SCHEMA_VARIANTS.find((s) => s.name === "extra columns")!);
  }, 180_000);
  afterAll(async () => {
    await o?.db.drop();
  });

  test("are carried in legacy_data where the target has one, and stay where a table is kept in place", async () => {
    for (const [target, legacyTable] of [["lead_transactions", "orders"], ["lead_events", "case_feedback"], ["lead_tasks", "case_actions"], ["lead_labels", "lead_tags"]]) {
      const { rows: [r] } = await o.db.query(
        `select count(*)::int as n, count(*) filter (where legacy_data->'extra_columns' = '{"crm_ref": "ext-ref", "import_score": 7}')::int as with_extras
         from public.${target} where legacy_id is not null and ${target === "lead_labels" ? "true" : `legacy_table = '${legacyTable}'`}`,
      );
      assert.ok(r.n > 0, `${target}: nothing carried from ${legacyTable}`);
      assert.equal(r.with_extras, r.n, `${target}: rows from ${legacyTable} without their extra columns`);
    }
    const { rows: [ledger] } = await o.db.query(
      "select count(*) filter (where metadata->'legacy'->'extra_columns'->>'crm_ref' = 'ext-ref')::int as n, count(*)::int as total from public.profile_wallet_ledger where legacy_table = 'wallet_transactions'");
    assert.equal(ledger.n, ledger.total);
    const { rows: [kept] } = await o.db.query("select count(*) filter (where crm_ref = 'ext-ref')::int as n, count(*)::int as total from public.leads");
    assert.equal(kept.n, kept.total);
  });

  test("a clean migration carries no legacy_data for them", async () => {
    const { rows: [r] } = await o.db.query("select count(*)::int as n from public.lead_transactions where legacy_data ? 'extra_columns' and legacy_table is null");
    assert.equal(r.n, 0);
  });
});

describe("the database SaleMate's public migration record builds (salemate-record)", () => {
  let o: Outcome;
  beforeAll(async () => {
    o = await run(SCHEMA_VARIANTS.find((s) => s.name === "salemate-record")!);
  }, 180_000);
  afterAll(async () => {
    await o?.db.drop();
  });

  test("what failed before is handled: lead_batches made empty, orders without updated_at, ad_integrations reshaped, uuid support people, replies without attachments", async () => {
    assert.equal(o.migrateError, null, o.migrateError?.message);
    const how = (kind: Difference["kind"], object: string) => o.report.differences.find((d) => d.kind === kind && d.object === object)?.how ?? "";
    assert.match(how("table", "lead_batches"), /created empty by 20251201000400_phase4_leads_consolidation\.sql/);
    assert.match(how("type", "support_cases.created_by"), /read as text/);
    assert.match(how("table", "otp_challenges"), /skipped/);

    const notes = new Map((await o.db.query<{ subject: string; note: string }>("select subject, note from salemate.migration_notes")).rows.map((r) => [r.subject, r.note]));
    assert.match(notes.get("lead_batches") ?? "", /created empty/);
    assert.match(notes.get("ad_integrations.platform") ?? "", /had no column platform/);
    assert.match(notes.get("support_cases (shape)") ?? "", /created_by \(uuid, read as text\)/);
    assert.match(notes.get("support_case_replies (shape)") ?? "", /no column\(s\) attachments/);

    const { rows: [r] } = await o.db.query(`select
      (select count(*)::int from public.lead_batches) as batches,
      (select count(*)::int from public.lead_transactions where legacy_table = 'orders') as orders,
      (select count(*)::int from legacy_archive.orders) as legacy_orders,
      (select count(*)::int from public.support_threads) as threads,
      (select count(*)::int from public.support_messages where legacy_table = 'support_case_replies' and attachments = '[]') as replies,
      (select count(*)::int from legacy_archive.support_case_replies) as legacy_replies,
      (select count(*)::int from public.ad_integrations where type is not null and platform is null) as integrations`);
    assert.equal(r.batches, 0);
    assert.ok(r.orders > 0 && r.orders <= r.legacy_orders);
    assert.ok(r.threads > 0);
    assert.ok(r.replies > 0);
    assert.ok(r.integrations > 0, "ad_integrations keeps its own columns and gains the consolidated ones");
  });

  test("verify reports the OTP tables the record never had as absent, not missing", () => {
    const otp = o.verification!.schema.filter((s) => /otp_(challenges|attempts) exists/.test(s.check));
    assert.equal(otp.length, 2);
    for (const s of otp) {
      assert.equal(s.ok, true);
      assert.match(s.detail ?? "", /^absent/);
    }
  });
});
