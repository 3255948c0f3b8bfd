import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { migratedWithFixture } from "../../helpers/migration-kit.ts";

/**
 * Phase 2 writes a carried ledger row's metadata.legacy as JSON text read once, not with
 * jsonb_strip_nulls(jsonb_build_object(...)) (which looked up each value's type per row and
 * rebuilt the object: most of the ledger insert). The two must give the same JSON for every
 * legacy row: strings that need quoting, numbers jsonb keeps as strings (NaN, Infinity), scale,
 * every null, each shape of legacy metadata, and extra legacy columns with nulls inside.
 */
const ODD = ["we\"ird", "back\\slash", "tab\there", "line\nbreak", "ctrl\u0001", "ünï€😀", "", " ", "null", "{}"];
const lit = (v: string | null) => (v === null ? "null" : `E'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\u0001/g, "\\x01")}'`);
// type, amount, credit, debit, status, metadata
const ROWS: Array<[string | null, string | null, string | null, string | null, string | null, string | null]> = [
  ...ODD.map((t): [string | null, string | null, string | null, string | null, string | null, string | null] => [t, "10.50", null, null, t, null]),
  ["deposit", "10", "NaN", "Infinity", "completed", null],
  ["deposit", "10", "-Infinity", "0.000", "paid", `'{"a": 1}'`],
  ["purchase", "1.10", null, null, "Pending ", `'{"legacy": "kept?"}'`],
  [null, "-3.000", null, null, null, `'[1, null]'`],
  [null, null, "5.5", "2.25", "refunded?", `'"text"'`],
  [null, null, "0", "0", "done", `'null'`],
  ["adjustment", "-12345678901.999", "1e-20", null, "COMPLETED", `'{"x": null, "y": {"z": null}}'`],
];

const FIXTURE = `
  alter table wallet_transactions add column note jsonb;
  alter table wallet_transactions add column channel text;
  insert into wallet_transactions (id, user_id, wallet_id, type, amount, credit, debit, status, metadata, note, channel, description, created_at)
  select gen_random_uuid(), (select id from profiles order by id limit 1), case when x.n % 2 = 0 then gen_random_uuid() end,
         x.type, x.amount::numeric, x.credit::numeric, x.debit::numeric, x.status, x.metadata::jsonb,
         case x.n % 3 when 0 then '{"a": null, "b": {"c": null, "d": 1.50}, "e": [null]}'::jsonb when 1 then 'null'::jsonb end,
         case when x.n % 4 = 0 then 'web' end,
         'metadata fixture', '2024-06-01'
  from (values ${ROWS.map(([t, a, c, d, s, m], i) => `(${i}, ${lit(t)}, ${lit(a)}, ${lit(c)}, ${lit(d)}, ${lit(s)}, ${m ?? "null"})`).join(", ")})
    x(n, type, amount, credit, debit, status, metadata);`;

describe("wallet ledger metadata", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE, "20251201000210");
  });
  afterAll(() => db?.drop());

  test("each carried row's metadata is the legacy metadata plus jsonb_strip_nulls(jsonb_build_object(...)) of its legacy columns", async () => {
    const { rows } = await db.query(`
      select s.id, l.metadata::text as carried,
             (case when s.metadata is null then '{}'::jsonb
                   when jsonb_typeof(s.metadata) = 'object' then s.metadata
                   else jsonb_build_object('legacy_metadata', s.metadata) end
              || jsonb_build_object('legacy', jsonb_strip_nulls(jsonb_build_object(
                   'variant', n.variant, 'type', s.type, 'amount', s.amount, 'credit', s.credit, 'debit', s.debit,
                   'status', s.status, 'wallet_id', s.wallet_id,
                   'extra_columns', nullif(to_jsonb(s) - array['id', 'user_id', 'wallet_id', 'type', 'amount', 'credit', 'debit', 'status',
                                    'description', 'reference_type', 'reference_id', 'metadata', 'created_at', 'updated_at'], '{}'),
                   'status_unknown', case when s.status is not null and salemate.normalise_ledger_status(s.status) is null then true end))))::text
               as expected,
             l.metadata = (case when s.metadata is null then '{}'::jsonb
                   when jsonb_typeof(s.metadata) = 'object' then s.metadata
                   else jsonb_build_object('legacy_metadata', s.metadata) end
              || jsonb_build_object('legacy', jsonb_strip_nulls(jsonb_build_object(
                   'variant', n.variant, 'type', s.type, 'amount', s.amount, 'credit', s.credit, 'debit', s.debit,
                   'status', s.status, 'wallet_id', s.wallet_id,
                   'extra_columns', nullif(to_jsonb(s) - array['id', 'user_id', 'wallet_id', 'type', 'amount', 'credit', 'debit', 'status',
                                    'description', 'reference_type', 'reference_id', 'metadata', 'created_at', 'updated_at'], '{}'),
                   'status_unknown', case when s.status is not null and salemate.normalise_ledger_status(s.status) is null then true end)))) as same
      from legacy_archive.wallet_transactions s
      cross join lateral salemate.normalise_wallet_entry(s.type, s.amount, s.credit, s.debit) n
      join public.profile_wallet_ledger l on l.legacy_table = 'wallet_transactions' and l.legacy_id = s.id::text
      where s.description = 'metadata fixture'`);
    assert.equal(rows.length, ROWS.length);
    const wrong = rows.filter((r) => !r.same || r.carried !== r.expected).map((r) => `${r.id}: carried ${r.carried}, expected ${r.expected}`);
    assert.deepEqual(wrong, []);
    // the fixture reaches the cases it is for
    const all = rows.map((r) => r.carried).join("\n");
    for (const needle of ['"NaN"', '"Infinity"', '"-Infinity"', '\\"ird', "\\\\slash", "\\u0001", "😀", '"status_unknown": true', '"extra_columns": {"note": {"b": {"d": 1.50}, "e": [null]}', '"extra_columns": {}', '"legacy_metadata"']) {
      assert.ok(all.includes(needle), `no carried metadata has ${needle}`);
    }
  });
});
