import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, errorOf, migratedWithFixture, rejectsOf, verifyPhase } from "../../helpers/migration-kit.ts";

// Messy units on top of the seeded feed: a compound spelled differently, a name two projects
// share, a unit listed twice, impossible values, and the largest id of all.
const FIXTURE = `
  insert into projects (id, name, developer, region, price_per_lead, available_leads, created_at, updated_at) values
    ('f5000000-0000-4000-8000-000000000001', 'Fixture Heights', 'Fixture Dev', 'New Cairo', 300, 50, '2024-01-01', '2024-02-01'),
    ('f5000000-0000-4000-8000-000000000002', 'Twin Towers', 'Dev A', 'Zayed', 200, 10, '2024-01-02', '2024-01-02'),
    ('f5000000-0000-4000-8000-000000000003', 'Twin Towers', 'Dev B', 'October', 200, 10, '2024-01-03', '2024-01-03');
  insert into "salemate-inventory" (id, unit_id, compound, developer, area, property_type, number_of_bedrooms, number_of_bathrooms,
                                    unit_area, price_in_egp, garden_area, currency, created_at, updated_at) values
    (900001, 'FX-1', ' fixture heights ', 'Fixture Dev', 'New Cairo', 'Apartment', 3, 2, 150, 9000000, null, 'EGP', '2024-03-01 10:00+00', '2024-04-01 10:00+00'),
    (900002, 'FX-1', 'Fixture Heights', 'Fixture Dev', 'New Cairo', 'Apartment', 3, 2, 150, 9200000, null, null, '2024-03-02 10:00+00', '2024-04-02 10:00+00'),
    (900003, 'FX-2', 'Twin Towers', 'Dev B', 'October', 'Villa', 4, 3, 300, 20000000, 120, 'EGP', '2024-03-03 10:00+00', '2024-04-03 10:00+00'),
    (900004, 'FX-3', 'Twin Towers', 'Dev C', 'October', 'Villa', 4, 3, 300, 20000000, 0, 'USD', '2024-03-04 10:00+00', '2024-04-04 10:00+00'),
    (900005, 'FX-4', 'Fixture Heights', 'Fixture Dev', 'New Cairo', 'Studio', 0, 1, 40, -1, null, 'EGP', '2024-03-05 10:00+00', '2024-04-05 10:00+00'),
    (900006, 'FX-5', 'Fixture Heights', 'Fixture Dev', 'New Cairo', 'Villa', 5, -1, 400, 30000000, -5, 'EGP', '2024-03-06 10:00+00', '2024-04-06 10:00+00'),
    (999999, null, null, null, null, null, null, null, null, null, null, null, '2024-03-07 10:00+00', '2024-04-07 10:00+00');
`;
const P_HEIGHTS = "f5000000-0000-4000-8000-000000000001";
const P_TWIN_B = "f5000000-0000-4000-8000-000000000003";

describe("inventory_items (legacy \"salemate-inventory\")", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE);
  });
  afterAll(() => db?.drop());

  test("every legacy unit is carried with its id and timestamps, or rejected; checksums agree", async () => {
    const c = await db.pool.connect();
    try {
      const [check] = (await verifyPhase(c, 5)).filter((m) => m.legacy === "salemate-inventory");
      assert.ok(check, "phase 5 map has a verify block for salemate-inventory");
      assert.equal(check.problem, undefined);
      assert.ok(check.ok);
      assert.ok(check.legacyRows >= 507, `${check.legacyRows} legacy rows`);
      assert.equal(check.legacyRows, check.carried + check.rejected);
    } finally {
      c.release();
    }
    const { rows } = await db.query(
      "select id::int, created_at, updated_at, status, currency from public.inventory_items where id in (900001, 900002, 999999) order by id",
    );
    assert.deepEqual(rows.map((r) => [r.id, r.created_at.toISOString(), r.updated_at.toISOString(), r.status, r.currency]), [
      [900001, "2024-03-01T10:00:00.000Z", "2024-04-01T10:00:00.000Z", "available", "EGP"],
      [900002, "2024-03-02T10:00:00.000Z", "2024-04-02T10:00:00.000Z", "available", null],
      [999999, "2024-03-07T10:00:00.000Z", "2024-04-07T10:00:00.000Z", "available", null],
    ]);
  });

  test("a unit belongs to the project its compound names; a name shared by two projects needs the developer", async () => {
    const { rows } = await db.query("select id::int, project_id from public.inventory_items where id between 900001 and 900004 order by id");
    assert.deepEqual(rows.map((r) => [r.id, r.project_id]), [
      [900001, P_HEIGHTS], // ' fixture heights ': case and spaces ignored
      [900002, P_HEIGHTS],
      [900003, P_TWIN_B], // two "Twin Towers": Dev B decides
      [900004, null], // two "Twin Towers", neither by Dev C
    ]);
    const seeded = await db.query(
      "select count(*) filter (where project_id is null)::int as unlinked, count(*)::int as n from public.inventory_items where id < 900000",
    );
    assert.ok(seeded.rows[0].n > 0);
    assert.equal(seeded.rows[0].unlinked, 0, "the seeded feed names real projects, so every unit links");
  });

  test("impossible values are rejected with the reason and the whole row", async () => {
    const c = await db.pool.connect();
    try {
      const rejects = await rejectsOf(c, "salemate-inventory");
      assert.deepEqual(rejects.get("900005"), ["inventory_items: impossible value: negative price_in_egp"]);
      assert.deepEqual(rejects.get("900006"), ["inventory_items: impossible value: negative garden_area, number_of_bathrooms"]);
      const row = await c.query("select row_data from salemate.migration_rejects where legacy_table = 'salemate-inventory' and legacy_id = '900005'");
      assert.equal(row.rows[0].row_data.unit_id, "FX-4");
      assert.equal(row.rows[0].row_data.price_in_egp, -1);
      const carried = await c.query("select count(*)::int as n from public.inventory_items where id in (900005, 900006)");
      assert.equal(carried.rows[0].n, 0);
    } finally {
      c.release();
    }
  });

  test("a unit listed twice stays two rows, and the duplicate is reported", async () => {
    const { rows } = await db.query("select count(*)::int as n from public.inventory_items where unit_id = 'FX-1'");
    assert.equal(rows[0].n, 2);
    const note = await db.query("select note from salemate.migration_notes where phase = 5 and subject = 'salemate-inventory.unit_id'");
    assert.match(note.rows[0].note, /unit_id value\(s\) occur on more than one row/);
    const dupes = await db.query("select count(*)::int as n from (select unit_id from public.inventory_items group by unit_id having count(*) > 1) d");
    assert.match(note.rows[0].note, new RegExp(`^${dupes.rows[0].n} unit_id`));
  });

  test("new units continue after the largest legacy id", async () => {
    await asUser(db, DEMO.admin, async (c) => {
      const { rows } = await c.query("insert into public.inventory_items (unit_id, compound) values ('NEW-1', 'Fixture Heights') returning id::int");
      assert.equal(rows[0].id, 1_000_000);
    });
  });

  test("the legacy name reads the new table with the legacy columns, and writes land in it", async () => {
    const cols = await db.query(
      `select (select array_agg(c->>'column' order by ord) from jsonb_array_elements(s.columns) with ordinality x(c, ord)) as legacy,
              (select array_agg(attname::text order by attnum) from pg_attribute where attrelid = 'public."salemate-inventory"'::regclass and attnum > 0) as compat
       from salemate.legacy_snapshot s where s.table_name = 'salemate-inventory'`,
    );
    assert.deepEqual(cols.rows[0].compat, cols.rows[0].legacy);
    await asUser(db, DEMO.support, async (c) => {
      const before = await c.query(`select (select count(*) from public."salemate-inventory")::int as compat, (select count(*) from public.inventory_items)::int as items`);
      assert.equal(before.rows[0].compat, before.rows[0].items);
      const ins = await c.query(
        `insert into public."salemate-inventory" (unit_id, compound, developer, price_in_egp) values ('VIA-COMPAT', 'Twin Towers', 'Dev B', 5000000)
         returning id::int, currency, is_launch, created_at`,
      );
      assert.equal(ins.rows[0].currency, "EGP");
      assert.equal(ins.rows[0].is_launch, false);
      const item = await c.query("select project_id, status, price_in_egp::int from public.inventory_items where id = $1", [ins.rows[0].id]);
      assert.deepEqual(item.rows[0], { project_id: P_TWIN_B, status: "available", price_in_egp: 5000000 });
      await c.query(`update public."salemate-inventory" set compound = 'Fixture Heights', developer = 'Fixture Dev' where id = $1`, [ins.rows[0].id]);
      const moved = await c.query("select project_id from public.inventory_items where id = $1", [ins.rows[0].id]);
      assert.equal(moved.rows[0].project_id, P_HEIGHTS, "changing the compound re-links the project");
      const del = await c.query(`delete from public."salemate-inventory" where id = $1`, [ins.rows[0].id]);
      assert.equal(del.rowCount, 1);
      const gone = await c.query("select count(*)::int as n from public.inventory_items where id = $1", [ins.rows[0].id]);
      assert.equal(gone.rows[0].n, 0);
    });
  });

  test("every signed-in user reads the inventory; an agent writes none of it; anon reads nothing", async () => {
    const total = (await db.query("select count(*)::int as n from public.inventory_items")).rows[0].n;
    await asUser(db, DEMO.agent, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.inventory_items")).rows[0].n, total);
      assert.match((await errorOf(c, "insert into public.inventory_items (unit_id) values ('AGENT')"))!, /row-level security/);
      assert.match((await errorOf(c, `insert into public."salemate-inventory" (unit_id) values ('AGENT')`))!, /row-level security/);
      assert.equal((await c.query("update public.inventory_items set price_in_egp = 1")).rowCount, 0);
      assert.equal((await c.query(`update public."salemate-inventory" set price_in_egp = 1`)).rowCount, 0);
      assert.equal((await c.query("delete from public.inventory_items")).rowCount, 0);
    });
    await asUser(db, null, async (c) => {
      assert.match((await errorOf(c, "select count(*) from public.inventory_items"))!, /permission denied/);
    });
    assert.equal((await db.query("select count(*)::int as n from public.inventory_items where price_in_egp = 1")).rows[0].n, 0);
  });
});
