import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, errorOf, migratedWithFixture, rejectsOf, verifyPhase } from "../../helpers/migration-kit.ts";

// Projects with impossible values (one nobody refers to, one a lead refers to), a partner with
// its commission written as a fraction, one with an impossible rate, and commissions with an
// active duplicate and a partner that cannot be carried.
const FIXTURE = `
  insert into projects (id, name, developer, region, price_per_lead, available_leads, created_at, updated_at) values
    ('f5100000-0000-4000-8000-000000000001', 'Fixture Gardens', 'Fixture Dev', 'New Cairo', 300, null, '2024-01-01 09:00+00', null),
    ('f5100000-0000-4000-8000-000000000002', 'Ghost Project', 'Nobody', 'Nowhere', -10, 5, '2024-01-02 09:00+00', '2024-01-02 09:00+00'),
    ('f5100000-0000-4000-8000-000000000003', 'Negative Stock', 'Fixture Dev', 'Zayed', 250, -3, '2024-01-03 09:00+00', '2024-01-04 09:00+00');
  insert into leads (id, client_name, client_phone, platform, project_id, stage, cpl_price, created_at)
    values ('f5100000-0000-4000-8000-0000000000a1', 'Fixture Client', '+201000000001', 'Facebook', 'f5100000-0000-4000-8000-000000000003', 'New Lead', 250, '2024-02-01 09:00+00');
  insert into partners (id, name, commission_rate, status, created_at, updated_at) values
    ('f5100000-0000-4000-8000-0000000000b1', 'Fraction Brokers', 0.035, null, '2024-01-01 09:00+00', '2024-01-05 09:00+00'),
    ('f5100000-0000-4000-8000-0000000000b2', 'Greedy Brokers', 120, 'active', '2024-01-01 09:00+00', '2024-01-05 09:00+00'),
    ('f5100000-0000-4000-8000-0000000000b3', 'Plain Brokers', 2, 'inactive', '2024-01-01 09:00+00', '2024-01-05 09:00+00');
  insert into project_partner_commissions (id, project_id, partner_id, commission_rate, is_active, created_at, updated_at) values
    ('f5100000-0000-4000-8000-0000000000c1', 'f5100000-0000-4000-8000-000000000001', 'f5100000-0000-4000-8000-0000000000b3', 2, true, '2024-01-01 09:00+00', '2024-01-01 09:00+00'),
    ('f5100000-0000-4000-8000-0000000000c2', 'f5100000-0000-4000-8000-000000000001', 'f5100000-0000-4000-8000-0000000000b3', 2.5, true, '2024-06-01 09:00+00', '2024-06-01 09:00+00'),
    ('f5100000-0000-4000-8000-0000000000c3', 'f5100000-0000-4000-8000-000000000001', 'f5100000-0000-4000-8000-0000000000b3', 1.5, false, '2023-06-01 09:00+00', '2023-06-01 09:00+00'),
    ('f5100000-0000-4000-8000-0000000000c4', 'f5100000-0000-4000-8000-000000000001', 'f5100000-0000-4000-8000-0000000000b2', 5, true, '2024-01-01 09:00+00', '2024-01-01 09:00+00'),
    ('f5100000-0000-4000-8000-0000000000c5', 'f5100000-0000-4000-8000-000000000003', 'f5100000-0000-4000-8000-0000000000b1', 0.04, true, '2024-01-01 09:00+00', '2024-01-01 09:00+00');
`;
const id = (suffix: string) => `f5100000-0000-4000-8000-${suffix.padStart(12, "0")}`;

describe("inventory_projects, inventory_partners, inventory_partner_commissions", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE);
  });
  afterAll(() => db?.drop());

  test("salemate verify: every legacy row carried or rejected, carried values agree", async () => {
    const c = await db.pool.connect();
    try {
      const checks = await verifyPhase(c, 5);
      assert.deepEqual(
        checks.map((m) => m.legacy).sort(),
        ["partners", "project_partner_commissions", "projects", "salemate-inventory"],
      );
      for (const m of checks) {
        assert.ok(m.ok, `${m.legacy} -> ${m.target}: ${m.problem}`);
        assert.ok(m.legacyRows > 0, `${m.legacy} has rows`);
        assert.equal(m.legacyRows, m.carried + m.rejected, m.legacy);
      }
    } finally {
      c.release();
    }
  });

  test("projects keep their ids and timestamps; a bad value is rejected unless a lead needs the project", async () => {
    const { rows } = await db.query(
      "select id, price_per_lead::int, available_leads::int, created_at, updated_at from public.inventory_projects where id = any($1) order by id",
      [[id("1"), id("2"), id("3")]],
    );
    assert.deepEqual(rows.map((r) => [r.id, r.price_per_lead, r.available_leads, r.created_at.toISOString(), r.updated_at.toISOString()]), [
      [id("1"), 300, null, "2024-01-01T09:00:00.000Z", "2024-01-01T09:00:00.000Z"], // no updated_at: its creation
      [id("3"), 250, 0, "2024-01-03T09:00:00.000Z", "2024-01-04T09:00:00.000Z"], // referenced: stock clamped to 0
    ]);
    const c = await db.pool.connect();
    try {
      assert.deepEqual((await rejectsOf(c, "projects")).get(id("2")), ["inventory_projects: negative price_per_lead or available_leads"]);
    } finally {
      c.release();
    }
    const note = await db.query("select note from salemate.migration_notes where phase = 5 and subject = 'projects.impossible_values'");
    assert.match(note.rows[0].note, /Negative Stock .*available_leads -3/);
  });

  test("leads and lead batches now refer to inventory_projects, which will not lose a project they use", async () => {
    const fks = await db.query(
      `select conrelid::regclass::text as tbl, confrelid::regclass::text as ref, confdeltype from pg_constraint
       where contype = 'f' and conrelid in ('public.leads'::regclass, 'public.lead_batches'::regclass)
         and conkey = array[(select attnum from pg_attribute where attrelid = conrelid and attname = 'project_id')]`,
    );
    assert.deepEqual(fks.rows.map((r) => [r.tbl, r.ref, r.confdeltype]).sort(), [
      ["lead_batches", "inventory_projects", "r"],
      ["leads", "inventory_projects", "r"],
    ]);
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      assert.match((await errorOf(c, "delete from public.inventory_projects where id = $1", [id("3")]))!, /violates (RESTRICT setting of )?foreign key constraint "leads_project_id_fkey"/);
      assert.match(
        (await errorOf(c, "update public.leads set project_id = gen_random_uuid() where id = $1", [id("a1")]))!,
        /violates (RESTRICT setting of )?foreign key constraint "leads_project_id_fkey"/,
      );
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("lead_transactions.project_id refers to inventory_projects ", async () => {
    const exists = await db.query("select to_regclass('public.lead_transactions') is not null as ok");
    assert.ok(exists.rows[0].ok, "phase 4 made lead_transactions");
    const fk = await db.query(
      `select confrelid::regclass::text as ref from pg_constraint where contype = 'f' and conrelid = 'public.lead_transactions'::regclass
       and conkey = array[(select attnum from pg_attribute where attrelid = 'public.lead_transactions'::regclass and attname = 'project_id')]`,
    );
    assert.deepEqual(fk.rows, [{ ref: "inventory_projects" }]);
    const orders = await db.query("select to_regclass('public.inventory_orders') is not null as ok");
    assert.ok(orders.rows[0].ok, "inventory_orders is created over lead_transactions");
  });

  test("lead_analytics_mv counts leads per inventory project; only admins read it", async () => {
    const mv = await db.query("select project_name, lead_count::int from public.lead_analytics_mv where project_id = $1", [id("3")]);
    assert.deepEqual(mv.rows, [{ project_name: "Negative Stock", lead_count: 1 }]);
    const total = (await db.query("select count(*)::int as n from public.lead_analytics_mv")).rows[0].n;
    assert.ok(total > 1);
    await asUser(db, DEMO.agent, async (c) => {
      assert.match((await errorOf(c, "select * from public.lead_analytics_mv"))!, /permission denied/);
      assert.equal((await c.query("select count(*)::int as n from public.lead_analytics()")).rows[0].n, 0);
    });
    await asUser(db, DEMO.admin, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.lead_analytics()")).rows[0].n, total);
      assert.match((await errorOf(c, "select salemate.refresh_lead_analytics()"))!, /permission denied/);
    });
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("set local role service_role");
      await c.query(
        "insert into public.leads (client_name, client_phone, platform, project_id, stage) values ('Another', '+201000000002', 'Facebook', $1, 'New Lead')",
        [id("3")],
      );
      await c.query("select salemate.refresh_lead_analytics()");
      const after = await c.query("select lead_count::int from public.lead_analytics_mv where project_id = $1 and stage = 'New Lead' and platform = 'Facebook'", [id("3")]);
      assert.deepEqual(after.rows, [{ lead_count: 2 }], "the service role refreshes it");
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("partners: fractions become percent, no status becomes pending, an impossible rate is rejected", async () => {
    const { rows } = await db.query(
      "select id, commission_rate::text as rate, status from public.inventory_partners where id = any($1) order by id",
      [[id("b1"), id("b2"), id("b3")]],
    );
    assert.deepEqual(rows.map((r) => [r.id, r.rate, r.status]), [
      [id("b1"), "3.5", "pending"],
      [id("b3"), "2", "inactive"],
    ]);
    const c = await db.pool.connect();
    try {
      assert.deepEqual((await rejectsOf(c, "partners")).get(id("b2")), ["inventory_partners: commission_rate outside 0..100 percent"]);
      const commissions = await rejectsOf(c, "project_partner_commissions");
      assert.deepEqual(commissions.get(id("c1")), ["inventory_partner_commissions: duplicate active commission for this project and partner; the newest active row was kept"]);
      assert.deepEqual(commissions.get(id("c4")), ["inventory_partner_commissions: partner was not carried (missing or rejected)"]);
    } finally {
      c.release();
    }
    const kept = await db.query(
      "select id, commission_rate::text as rate, is_active from public.inventory_partner_commissions where id = any($1) order by id",
      [[id("c1"), id("c2"), id("c3"), id("c4"), id("c5")]],
    );
    assert.deepEqual(kept.rows.map((r) => [r.id, r.rate, r.is_active]), [
      [id("c2"), "2.5", true],
      [id("c3"), "1.5", false],
      [id("c5"), "4", true],
    ]);
  });

  test("the legacy names read and write the new tables", async () => {
    await asUser(db, DEMO.admin, async (c) => {
      const p = await c.query(
        "insert into public.projects (name, developer, region, price_per_lead) values ('Compat Project', 'Dev', 'Region', 100) returning id, created_at",
      );
      assert.ok(p.rows[0].id && p.rows[0].created_at);
      assert.equal((await c.query("select name from public.inventory_projects where id = $1", [p.rows[0].id])).rows[0].name, "Compat Project");
      await c.query("update public.projects set price_per_lead = 150 where id = $1", [p.rows[0].id]);
      assert.equal((await c.query("select price_per_lead::int as v from public.inventory_projects where id = $1", [p.rows[0].id])).rows[0].v, 150);

      const partner = await c.query("insert into public.partners (name, commission_rate, status) values ('Compat Brokers', 0.02, 'active') returning id, commission_rate::text as rate");
      assert.equal(partner.rows[0].rate, "2", "the returned row is the stored one (percent)");
      await c.query(
        "insert into public.project_partner_commissions (project_id, partner_id, commission_rate) values ($1, $2, 3)",
        [p.rows[0].id, partner.rows[0].id],
      );
      assert.match(
        (await errorOf(c, "insert into public.project_partner_commissions (project_id, partner_id, commission_rate) values ($1, $2, 4)", [p.rows[0].id, partner.rows[0].id]))!,
        /inventory_partner_commissions_active_pair_key/,
      );
      const del = await c.query("delete from public.partners where id = $1", [partner.rows[0].id]);
      assert.equal(del.rowCount, 1);
      assert.equal((await c.query("select count(*)::int as n from public.inventory_partner_commissions where partner_id = $1", [partner.rows[0].id])).rows[0].n, 0);
    });
    await asUser(db, DEMO.agent, async (c) => {
      assert.ok((await c.query("select count(*)::int as n from public.partners")).rows[0].n > 0);
      assert.match((await errorOf(c, "insert into public.projects (name, developer, region, price_per_lead) values ('x', 'x', 'x', 1)"))!, /row-level security/);
      assert.equal((await c.query("update public.project_partner_commissions set commission_rate = 99")).rowCount, 0);
    });
  });
});
