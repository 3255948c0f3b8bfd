import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { legacyObjects, loadMigrationMap } from "../../../server/migration-map.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

/** The legacy baseline is only useful if it is the schema the plan describes. */
describe("legacy baseline (sql/legacy)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "legacy", seedScale: 0 });
  });
  afterAll(() => db.drop());

  test("every legacy table and view the map lists exists, and the map lists every legacy object", async () => {
    const expected = legacyObjects();
    const { rows } = await db.query<{ name: string; kind: string }>(
      `select c.relname as name, c.relkind::text as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'p') order by 1`,
    );
    const actual = rows.map((r) => r.name);
    assert.deepEqual(expected.filter((n) => !actual.includes(n)), [], "named in sql/map but missing from the baseline");
    assert.deepEqual(actual.filter((n) => !expected.includes(n)), [], "in the baseline but missing from sql/map");
    // The plan's "Current Schema Overview" names 43 legacy tables and views in six groups.
    assert.equal(expected.length, 43);
    const groups = new Set(loadMigrationMap().map((m) => m.group));
    assert.equal(groups.size, 6);
    assert.equal(rows.find((r) => r.name === "lead_analytics_mv")?.kind, "m");
  });

  test("the awkward parts are there", async () => {
    const one = async (sql: string) => (await db.query(sql)).rows[0];
    assert.ok(await one("select 1 from information_schema.columns where table_name = 'profiles' and column_name = 'manager_id'"));
    assert.ok(await one("select 1 from information_schema.columns where table_name = 'profiles' and column_name = 'wallet_balance'"));
    assert.ok(await one("select 1 from information_schema.columns where table_name = 'user_wallets' and column_name = 'balance'"));
    for (const col of ["type", "amount", "credit", "debit", "status"]) {
      assert.ok(await one(`select 1 from information_schema.columns where table_name = 'wallet_transactions' and column_name = '${col}'`), col);
    }
    assert.ok(await one(`select 1 from pg_class where relname = 'salemate-inventory' and relkind = 'r'`));
    assert.equal((await one("select data_type from information_schema.columns where table_name = 'support_cases' and column_name = 'created_by'")).data_type, "text");
    const enums = await db.query("select t.typname, array_agg(e.enumlabel::text order by e.enumsortorder) as labels from pg_type t join pg_enum e on e.enumtypid = t.oid group by 1 order by 1");
    assert.deepEqual(
      enums.rows.find((r) => r.typname === "lead_stage")?.labels,
      ["New Lead", "Potential", "Hot Case", "Meeting Done", "No Answer", "Call Back", "Whatsapp", "Wrong Number", "Non Potential"],
    );
    assert.deepEqual(enums.rows.find((r) => r.typname === "payment_method_type")?.labels, ["Instapay", "VodafoneCash", "BankTransfer"]);
  });

  test("legacy RLS is on everywhere and shaped like SaleMate's policies", async () => {
    const noRls = await db.query("select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and relkind = 'r' and not relrowsecurity");
    assert.deepEqual(noRls.rows, []);
    const p = await db.query("select tablename, policyname, cmd, roles::text[] as roles from pg_policies where schemaname = 'public'");
    const has = (table: string, name: string) => p.rows.some((r) => r.tablename === table && r.policyname === name);
    assert.ok(has("leads", "Users can view their own purchased leads"));
    assert.ok(has("salemate-inventory", "Anyone can view inventory"));
    assert.deepEqual(p.rows.find((r) => r.policyname === "Service role manage otp challenges")?.roles, ["service_role"]);
    assert.ok(p.rows.length >= 69, `${p.rows.length} policies`);
  });
});
