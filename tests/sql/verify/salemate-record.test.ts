import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { migrate } from "../../../server/db/migrator.ts";
import { loadMigrationMap } from "../../../server/migration-map.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { runVerification, type Verification } from "../../../server/verify/run.ts";
import { type CliResult, runSalemateOn } from "../../helpers/cli.ts";
import type { TestDatabase } from "../../helpers/database.ts";
import { SCHEMA_VARIANTS, schemaDriftedDatabase } from "../../helpers/drift-schema.ts";

/**
 * The database SaleMate's public migration record builds (the "salemate-record" drift variant),
 * with the record's 15 orphan leads (owners with no profile): verify counts every legacy table's
 * rows as that database had them before the migration, says "absent" for the tables it never had
 * (and exits 0), and reports the orphan leads per reference.
 */

const ORPHAN_LEADS = 15;
let db: TestDatabase;
/** Rows per legacy table in the drifted database before migrating; null when it has no such table. */
const before = new Map<string, number | null>();
/** Leads naming a batch: the record has no lead_batches (the phases make it empty), so each points nowhere. */
let leadsWithBatch: number;
let v: Verification;
let cli: CliResult;

beforeAll(async () => {
  ({ db } = await schemaDriftedDatabase(SCHEMA_VARIANTS.find((s) => s.name === "salemate-record")!));
  await db.query(`alter table public.leads drop constraint if exists leads_owner_id_fkey;
                  update public.leads set owner_id = gen_random_uuid() where id in (select id from public.leads order by id limit ${ORPHAN_LEADS})`);
  leadsWithBatch = Number((await db.query("select count(*) as n from public.leads where batch_id is not null")).rows[0].n);
  for (const name of new Set(loadMigrationMap().map((m) => m.legacy).filter((n) => !n.includes(".")))) {
    const { rows: [r] } = await db.query<{ kind: string | null }>("select (select relkind::text from pg_class where oid = to_regclass($1)) as kind", [`public."${name}"`]);
    before.set(name, r!.kind ? Number((await db.query(`select count(*) as n from public."${name}"`)).rows[0].n) : null);
  }
  const c = await db.pool.connect();
  try {
    await migrate(c, { dir: MIGRATIONS_DIR });
    v = await runVerification(c);
  } finally {
    c.release();
  }
  cli = await runSalemateOn(db.url, ["verify"]);
}, 180_000);
afterAll(() => db?.drop());

describe("verify on the database SaleMate's public migration record builds", () => {
  test("every legacy table is verified with its true row count, each row carried or rejected; verify exits 0", () => {
    const wrong = v.mappings.filter((m) => m.status !== "absent" && before.has(m.legacy) && m.legacyRows !== before.get(m.legacy));
    assert.deepEqual(wrong.map((m) => `${m.legacy}: ${m.legacyRows} verified, ${before.get(m.legacy)} in the database`), []);
    for (const m of v.mappings) {
      assert.ok(m.ok, `${m.legacy} -> ${m.target}: ${m.problem}`);
      assert.equal(m.carried + m.rejected, m.legacyRows, `${m.legacy} -> ${m.target}`);
    }
    const checked = new Set([...v.mappings.map((m) => m.legacy), ...v.derived.map((d) => d.legacy)]);
    assert.deepEqual(v.derived.map((d) => `${d.legacy} ${d.phaseOneRows}`), [`lead_analytics_mv ${before.get("lead_analytics_mv")}`]);
    assert.deepEqual([...before.keys()].filter((t) => !checked.has(t)), [], "every legacy table of the map is verified");
    assert.equal(v.mappings.find((m) => m.legacy === "leads")!.legacyRows, before.get("leads"));
    assert.equal(v.mappings.find((m) => m.legacy === "profiles")!.legacyRows, before.get("profiles"));
    assert.equal(v.ok, true);
    assert.equal(cli.code, 0, cli.stdout + cli.stderr);
    assert.match(cli.stdout, new RegExp(`leads\\s+leads\\s+${before.get("leads")}\\s+${before.get("leads")}\\s+0\\s`));
    assert.match(cli.stdout, /verify: OK, nothing lost/);
  });

  test("the tables the record never had say absent, not ok 0/0", () => {
    const absent = [...before].filter(([, n]) => n === null).map(([t]) => t).sort();
    assert.deepEqual(absent, ["lead_batches", "otp_attempts", "otp_challenges"]);
    for (const t of absent) {
      const m = v.mappings.find((x) => x.legacy === t)!;
      assert.equal(m.status, "absent", `${t}: ${m.status}`);
      assert.equal(m.ok, true);
      assert.match(m.problem ?? "", /^absent: /);
      assert.match(cli.stdout, new RegExp(`\\n${t}\\s+${t}\\s+-\\s+-\\s+-\\s+-\\s+absent: ${t} was not in this database \\(phase 1 noted it\\)`));
    }
    assert.equal(v.summary.absent, 3);
  });

  test("the orphan leads are counted and reported, per reference (owners with no profile; batches of a table the record never had)", () => {
    assert.ok(leadsWithBatch > 0);
    const leads = v.mappings.find((m) => m.legacy === "leads")!;
    assert.deepEqual(leads.orphans.filter((o) => o.rows > 0).map((o) => `${o.column}->${o.references} ${o.rows}`),
                     [`batch_id->public.lead_batches ${leadsWithBatch}`, `owner_id->public.profiles ${ORPHAN_LEADS}`]);
    assert.equal(leads.ok, true, "orphans are reported, not a loss");
    assert.match(cli.stdout, new RegExp(`\\nleads\\s+leads\\s+[^\\n]*ok; orphans: batch_id→lead_batches ${leadsWithBatch}, owner_id→profiles ${ORPHAN_LEADS}`));
  });
});
