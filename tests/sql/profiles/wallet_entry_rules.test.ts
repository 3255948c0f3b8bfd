import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { migratedWithFixture } from "../../helpers/migration-kit.ts";

/**
 * Phase 2 reads the legacy ledger set-based, with salemate.normalise_wallet_entry's rules spelled
 * out in the copy (a function call per row was most of the backfill's time); the function stays
 * for the compatibility view's writes. Both must read every legacy row alike: every type
 * spelling the function knows (and some it does not) against every shape of amount.
 */
const TYPES = [
  "deposit", "credit", "topup", "top_up", "Top-Up", " TOPUP ", "refund", "withdrawal", "withdraw", "debit",
  "purchase", "adjustment", "Adjustment!", "bonus", "", "---", null,
];
// amount, credit, debit
const AMOUNTS: Array<[string | null, string | null, string | null]> = [
  ["10", null, null], ["-10", null, null], ["0", null, null], ["12.345", null, null], ["-0.004", null, null],
  ["1000000000000", null, null], [null, "5", null], [null, null, "5"], [null, "5", "3"], [null, "3", "5"],
  [null, "-5", null], [null, null, "-5"], [null, "0", "0"], [null, null, null], ["7", "5", null],
];
const lit = (v: string | null) => (v === null ? "null" : `'${v.replace(/'/g, "''")}'`);
const FIXTURE = `
  insert into wallet_transactions (id, user_id, type, amount, credit, debit, status, description, created_at)
  select gen_random_uuid(), (select id from profiles order by id limit 1), x.type, x.amount::numeric, x.credit::numeric, x.debit::numeric,
         'completed', 'rules fixture', '2024-06-01'
  from (values ${TYPES.flatMap((t) => AMOUNTS.map(([a, c, d]) => `(${lit(t)}, ${lit(a)}, ${lit(c)}, ${lit(d)})`)).join(", ")}) x(type, amount, credit, debit);`;

describe("wallet entry rules", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE, "20251201000210");
  });
  afterAll(() => db?.drop());

  test("the backfill carries or rejects each legacy ledger row exactly as salemate.normalise_wallet_entry reads it", async () => {
    const { rows } = await db.query(`
      select s.id, s.type, s.amount as a, s.credit as c, s.debit as d, n.entry_type, n.amount, n.variant, n.reject_reason,
             l.entry_type as carried_type, l.amount as carried_amount, l.metadata -> 'legacy' ->> 'variant' as carried_variant,
             (select r.reason from salemate.migration_rejects r
               where r.legacy_table = 'wallet_transactions' and r.legacy_id = s.id::text and r.target_table = 'profile_wallet_ledger') as rejected
      from legacy_archive.wallet_transactions s
      cross join lateral salemate.normalise_wallet_entry(s.type, s.amount, s.credit, s.debit) n
      left join public.profile_wallet_ledger l on l.legacy_table = 'wallet_transactions' and l.legacy_id = s.id::text
      where s.description = 'rules fixture'`);
    assert.equal(rows.length, TYPES.length * AMOUNTS.length);
    const wrong: string[] = [];
    let rejects = 0;
    for (const r of rows) {
      const what = `${JSON.stringify(r.type)} amount ${r.a} credit ${r.c} debit ${r.d}`;
      if (r.reject_reason) {
        rejects++;
        if (r.carried_type !== null || r.rejected !== r.reject_reason) wrong.push(`${what}: function rejects (${r.reject_reason}), backfill ${r.carried_type ?? r.rejected}`);
      } else if (r.carried_type !== r.entry_type || Number(r.carried_amount) !== Number(r.amount) || r.carried_variant !== r.variant) {
        wrong.push(`${what}: function ${r.entry_type} ${r.amount} (${r.variant}), backfill ${r.carried_type} ${r.carried_amount} (${r.carried_variant}) ${r.rejected ?? ""}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(rejects > 20 && rejects < rows.length / 2, `${rejects} rejected`);
  });
});
