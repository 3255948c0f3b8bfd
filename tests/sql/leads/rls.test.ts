// Row-level security of the leads domain: a lead is visible to its owner, buyer and assignee,
// to the people who manage them, and to admins and support; every lead_* table follows the
// lead (exists back to leads), so an agent sees the history of their own leads only.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import type { TestDatabase } from "../../helpers/database.ts";
import { FX, PEOPLE, asUser, migratedWithFixtures } from "./fixtures.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedWithFixtures();
});
afterAll(async () => {
  await db?.drop();
});

const ids = async (c: pg.ClientBase, sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows.map((r) => r.id as string).sort();

/**
 * The leads a profile should see, worked out as the superuser from the helpers' answers for
 * that profile (not from the policies under test).
 */
async function expectedLeads(profile: string): Promise<string[]> {
  const c = await db.pool.connect();
  try {
    await c.query("begin");
    await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: profile, role: "authenticated" })]);
    return await ids(c, `
      with me as (select $1::uuid as id, salemate.is_staff() as staff),
           managed as materialized (select p.id from public.profiles p, me where p.id <> me.id and salemate.manages_profile(p.id))
      select l.id from public.leads l, me
      where me.staff
         or me.id in (l.owner_id, l.buyer_user_id, l.assigned_to_id)
         or l.owner_id in (select id from managed) or l.buyer_user_id in (select id from managed) or l.assigned_to_id in (select id from managed)`,
      [profile]);
  } finally {
    await c.query("rollback");
    c.release();
  }
}

describe("leads", () => {
  test("an agent sees exactly the leads they own, bought or work", async () => {
    const expected = await expectedLeads(PEOPLE.agent);
    const direct = await ids(db.pool as unknown as pg.ClientBase,
      "select id from public.leads where $1 in (owner_id, buyer_user_id, assigned_to_id)", [PEOPLE.agent]);
    assert.deepEqual(expected, direct, "the agent manages nobody");
    assert.ok(expected.includes(FX.lead));
    const seen = await asUser(db.pool, PEOPLE.agent, (c) => ids(c, "select id from public.leads"));
    assert.deepEqual(seen, expected);
  });

  test("a manager also sees the leads of the people they manage", async () => {
    const expected = await expectedLeads(PEOPLE.manager);
    const own = await ids(db.pool as unknown as pg.ClientBase, "select id from public.leads where $1 in (owner_id, buyer_user_id, assigned_to_id)", [PEOPLE.manager]);
    assert.ok(expected.length > own.length, "the manager's team has leads of its own");
    assert.ok(expected.includes(FX.lead), "the agent reports to the manager");
    const seen = await asUser(db.pool, PEOPLE.manager, (c) => ids(c, "select id from public.leads"));
    assert.deepEqual(seen, expected);
  });

  test("an agent of another team sees none of them", async () => {
    const seen = await asUser(db.pool, PEOPLE.agent2, (c) => ids(c, "select id from public.leads"));
    assert.deepEqual(seen, await expectedLeads(PEOPLE.agent2));
    assert.ok(!seen.includes(FX.lead));
  });

  test("admins and support see every lead", async () => {
    const { rows: [{ n }] } = await db.query("select count(*)::int as n from public.leads");
    for (const who of [PEOPLE.admin, PEOPLE.support]) {
      const seen = await asUser(db.pool, who, async (c) => (await c.query("select count(*)::int as n from public.leads")).rows[0].n);
      assert.equal(seen, n);
    }
  });

  test("updates: the agent and their manager may, another agent may not; only admins delete", async () => {
    for (const [who, rows] of [[PEOPLE.agent, 1], [PEOPLE.manager, 1], [PEOPLE.agent2, 0]] as const) {
      const n = await asUser(db.pool, who, async (c) => (await c.query("update public.leads set stage = 'Hot Case' where id = $1", [FX.lead])).rowCount);
      assert.equal(n, rows, who);
    }
    assert.equal(await asUser(db.pool, PEOPLE.agent, async (c) => (await c.query("delete from public.leads where id = $1", [FX.lead])).rowCount), 0);
    assert.equal(await asUser(db.pool, PEOPLE.admin, async (c) => (await c.query("delete from public.leads where id = $1", [FX.lead])).rowCount), 1);
  });

  test("signed-in users add leads for themselves only", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [{ id: project }] } = await c.query("select project_id as id from public.leads where id = $1", [FX.lead]);
      await c.query("savepoint s");
      const mine = await c.query("insert into public.leads (client_name, client_phone, platform, project_id, owner_id) values ('Mine', '+20100', 'Other', $1, $2)", [project, PEOPLE.agent]);
      assert.equal(mine.rowCount, 1);
      await assert.rejects(c.query("insert into public.leads (client_name, client_phone, platform, project_id, owner_id) values ('Theirs', '+20101', 'Other', $1, $2)", [project, PEOPLE.agent2]),
        /row-level security/);
    });
  });

  test("anonymous callers read nothing of the leads domain", async () => {
    const c = await db.pool.connect();
    try {
      for (const t of ["leads", "lead_events", "lead_tasks", "lead_labels", "lead_transfers", "lead_recommendations", "lead_transactions", "lead_sources"]) {
        await c.query("begin");
        await c.query("set local role anon");
        await assert.rejects(c.query(`select 1 from public.${t} limit 1`), /permission denied/, t);
        await c.query("rollback");
      }
    } finally {
      c.release();
    }
  });
});

describe("the lead_* tables follow the lead", () => {
  const LEAD_CHILDREN: Array<[string, string]> = [
    ["lead_events", "event_id"], ["lead_tasks", "task_id"], ["lead_labels", "label_id"], ["lead_recommendations", "recommendation_id"],
  ];

  for (const [table, key] of LEAD_CHILDREN) {
    test(`${table}: an agent sees the rows of their leads; the manager sees the agent's; another agent none of them`, async () => {
      for (const who of [PEOPLE.agent, PEOPLE.manager, PEOPLE.agent2]) {
        const leads = await expectedLeads(who);
        const expected = await ids(db.pool as unknown as pg.ClientBase,
          `select ${key} as id from public.${table} where lead_id = any($1)` + (table === "lead_tasks" ? " or assignee_id = $2" : ""),
          table === "lead_tasks" ? [leads, who] : [leads]);
        const seen = await asUser(db.pool, who, (c) => ids(c, `select ${key} as id from public.${table}`));
        assert.deepEqual(seen, expected, `${table} as ${who}`);
        const ofFixtureLead = await asUser(db.pool, who, async (c) => (await c.query(`select count(*)::int as n from public.${table} where lead_id = $1`, [FX.lead])).rows[0].n);
        if (who === PEOPLE.agent2) assert.equal(ofFixtureLead, 0, `${table}: nothing of another team's lead`);
        else assert.ok(ofFixtureLead > 0, `${table}: the fixture lead's rows are visible to ${who}`);
      }
    });
  }

  test("lead_transfers: another agent sees only the handover they were part of", async () => {
    const seen = await asUser(db.pool, PEOPLE.agent2, (c) => ids(c, "select transfer_id as id from public.lead_transfers where lead_id = $1", [FX.lead]));
    assert.deepEqual(seen, [FX.face]);
    const agent = await asUser(db.pool, PEOPLE.agent, (c) => ids(c, "select transfer_id as id from public.lead_transfers where lead_id = $1", [FX.lead]));
    assert.deepEqual(agent, [FX.face, FX.faceGhost].sort());
  });

  test("another agent cannot write history onto a lead they cannot see", async () => {
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      for (const [sql, params] of [
        ["insert into public.lead_events (lead_id, actor_profile_id, event_type) values ($1, $2, 'note')", [FX.lead, PEOPLE.agent2]],
        ["insert into public.lead_tasks (lead_id, task_type, created_by) values ($1, 'call', $2)", [FX.lead, PEOPLE.agent2]],
        ["insert into public.lead_labels (lead_id, label, applied_by) values ($1, 'Mine now', $2)", [FX.lead, PEOPLE.agent2]],
        ["insert into public.feedback_history (lead_id, user_id, feedback_text) values ($1, $2, 'sneaky')", [FX.lead, PEOPLE.agent2]],
        ["insert into public.lead_tags (lead_id, tag_name, created_by) values ($1, 'sneaky', $2)", [FX.lead, PEOPLE.agent2]],
      ] as const) {
        await c.query("savepoint s");
        await assert.rejects(c.query(sql, [...params]), /row-level security/, sql);
        await c.query("rollback to savepoint s");
      }
      assert.equal((await c.query("update public.lead_tasks set status = 'done' where lead_id = $1", [FX.lead])).rowCount, 0);
      assert.equal((await c.query("delete from public.lead_labels where lead_id = $1", [FX.lead])).rowCount, 0);
    });
  });

  test("the agent records events only as themselves", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      await assert.rejects(c.query("insert into public.lead_events (lead_id, actor_profile_id, event_type) values ($1, $2, 'note')", [FX.lead, PEOPLE.manager]),
        /row-level security/);
    });
  });
});

describe("lead_transactions", () => {
  test("buyers see their own; finance and admins see all", async () => {
    await db.query("update public.profiles set role = 'finance' where id = $1", [PEOPLE.finance]);
    const own = await ids(db.pool as unknown as pg.ClientBase, "select transaction_id as id from public.lead_transactions where profile_id = $1", [PEOPLE.agent]);
    assert.ok(own.length > 0);
    assert.deepEqual(await asUser(db.pool, PEOPLE.agent, (c) => ids(c, "select transaction_id as id from public.lead_transactions")), own);
    const { rows: [{ n }] } = await db.query("select count(*)::int as n from public.lead_transactions");
    for (const who of [PEOPLE.finance, PEOPLE.admin]) {
      assert.equal(await asUser(db.pool, who, async (c) => (await c.query("select count(*)::int as n from public.lead_transactions")).rows[0].n), n, who);
    }
  });

  test("a buyer may cancel their pending request but not approve it; finance approves", async () => {
    await assert.rejects(
      asUser(db.pool, PEOPLE.agent, (c) => c.query("update public.lead_transactions set status = 'approved' where transaction_id = $1", [FX.requestRounded])),
      /row-level security/);
    const cancelled = await asUser(db.pool, PEOPLE.agent, async (c) =>
      (await c.query("update public.lead_transactions set status = 'cancelled' where transaction_id = $1", [FX.requestRounded])).rowCount);
    assert.equal(cancelled, 1);
    const approved = await asUser(db.pool, PEOPLE.finance, async (c) =>
      (await c.query("update public.lead_transactions set status = 'approved', approved_by = $2, approved_at = now() where transaction_id = $1", [FX.requestRounded, PEOPLE.finance])).rowCount);
    assert.equal(approved, 1);
  });
});

describe("summary views read with the caller's rights", () => {
  test("lead_sources: admins see every ad account, an agent none", async () => {
    const { rows: [{ n }] } = await db.query("select count(*)::int as n from public.ad_integrations");
    assert.ok(n > 0);
    assert.equal(await asUser(db.pool, PEOPLE.admin, async (c) => (await c.query("select count(*)::int as n from public.lead_sources where source_type = 'ad_integration'")).rows[0].n), n);
    assert.equal(await asUser(db.pool, PEOPLE.agent, async (c) => (await c.query("select count(*)::int as n from public.lead_sources")).rows[0].n), 0);
  });

  test("lead_stage_counts adds up to the leads the caller sees", async () => {
    const expected = (await expectedLeads(PEOPLE.manager)).length;
    const total = await asUser(db.pool, PEOPLE.manager, async (c) => (await c.query("select sum(lead_count)::int as n from public.lead_stage_counts")).rows[0].n);
    assert.equal(total, expected);
  });
});
