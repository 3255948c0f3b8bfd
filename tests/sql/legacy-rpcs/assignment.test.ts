// The app's assignment RPCs after migration (assign_leads_to_team_member, unassign_leads,
// rpc_reassign_lead): a handover follows transferLead's rules and is recorded (lead_transfers, a
// transferred event); nobody moves a lead by naming someone else as its manager.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { PEOPLE, asService, asUser, errorOf, expectRefused, migratedWithLegacyFunctions } from "./fixtures.ts";

let db: TestDatabase;
/** Leads the manager bought, worked by the agent (the manager's team). */
let teamLeads: string[];
beforeAll(async () => {
  db = await migratedWithLegacyFunctions();
  const { rows } = await db.query(
    "select id from public.leads where buyer_user_id = $1 and assigned_to_id = $2 order by id limit 4", [PEOPLE.manager, PEOPLE.agent]);
  teamLeads = rows.map((r) => r.id);
  assert.equal(teamLeads.length, 4);
});
afterAll(async () => {
  await db?.drop();
});

const assignee = async (lead: string) => (await db.query("select assigned_to_id from public.leads where id = $1", [lead])).rows[0].assigned_to_id;

describe("assign_leads_to_team_member", () => {
  const assign = "select public.assign_leads_to_team_member(p_lead_ids => $1, p_manager_id => $2, p_assignee_id => $3) as r";

  test("the manager hands the team's leads to a member: transfers recorded, the member assigned", async () => {
    const leads = teamLeads.slice(0, 2);
    const r = await asUser(db.pool, PEOPLE.manager, async (c) => (await c.query(assign, [leads, PEOPLE.manager, PEOPLE.teamLead])).rows[0].r, true);
    assert.deepEqual([r.success, r.updated_count, r.assignee_name], [true, 2, "Hoda Farouk"]);
    for (const lead of leads) {
      assert.equal(await assignee(lead), PEOPLE.teamLead);
      const { rows: [t] } = await db.query(
        "select from_profile_id, to_profile_id, transferred_by from public.lead_transfers where lead_id = $1 order by created_at desc limit 1", [lead]);
      assert.deepEqual(t, { from_profile_id: PEOPLE.agent, to_profile_id: PEOPLE.teamLead, transferred_by: PEOPLE.manager });
      const { rows: [e] } = await db.query("select count(*)::int as n from public.lead_events where lead_id = $1 and event_type = 'transferred'", [lead]);
      assert.ok(e.n >= 1);
    }
  });

  test("naming another manager is refused (42501); an agent of another team moves none of them", async () => {
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      await expectRefused(c, assign, [teamLeads, PEOPLE.manager, PEOPLE.agent2], /p_manager_id must be your own profile id/);
      const e = await errorOf(c, assign, [teamLeads, PEOPLE.agent2, PEOPLE.agent2]);
      assert.equal(e?.code, "P0001");
      assert.match(e!.message, /Lead not found/);
    });
    assert.equal(await assignee(teamLeads[2]!), PEOPLE.agent);
  });

  test("a member outside the caller's teams cannot be given a lead", async () => {
    await asUser(db.pool, PEOPLE.manager, async (c) => {
      const e = await errorOf(c, assign, [[teamLeads[2]], PEOPLE.manager, PEOPLE.agent2]);
      assert.deepEqual([e?.code, /active member of your team/.test(e?.message ?? "")], ["P0001", true]);
    });
  });
});

describe("unassign_leads", () => {
  const unassign = "select public.unassign_leads(p_lead_ids => $1, p_manager_id => $2) as r";

  test("the manager takes a lead back from its assignee, with an unassigned event; the lead stays theirs", async () => {
    const lead = teamLeads[2]!;
    const r = await asUser(db.pool, PEOPLE.manager, async (c) => (await c.query(unassign, [[lead], PEOPLE.manager])).rows[0].r, true);
    assert.deepEqual(r, { success: true, updated_count: 1 });
    const { rows: [l] } = await db.query("select assigned_to_id, buyer_user_id, is_sold from public.leads where id = $1", [lead]);
    assert.deepEqual(l, { assigned_to_id: null, buyer_user_id: PEOPLE.manager, is_sold: l.is_sold });
    const { rows: [e] } = await db.query(
      "select actor_profile_id, payload->>'from_profile_id' as was from public.lead_events where lead_id = $1 and event_type = 'unassigned'", [lead]);
    assert.deepEqual(e, { actor_profile_id: PEOPLE.manager, was: PEOPLE.agent });
  });

  test("someone else's leads are left alone, and nobody unassigns as another manager (42501)", async () => {
    const lead = teamLeads[3]!;
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      const { rows: [{ r }] } = await c.query(unassign, [[lead], PEOPLE.agent2]);
      assert.deepEqual(r, { success: true, updated_count: 0 });
      await expectRefused(c, unassign, [[lead], PEOPLE.manager], /p_manager_id must be your own profile id/);
    });
    assert.equal(await assignee(lead), PEOPLE.agent);
  });
});

describe("rpc_reassign_lead", () => {
  const reassign = "select public.rpc_reassign_lead(lead_id => $1, to_user_id => $2) as r";

  test("the assign_leads edge function (service role) hands a lead over, recorded as a transfer by nobody", async () => {
    const lead = teamLeads[3]!;
    const r = await asService(db.pool, async (c) => (await c.query(reassign, [lead, PEOPLE.teamLead])).rows[0].r, true);
    assert.deepEqual(r, { lead_id: lead, new_owner_id: PEOPLE.teamLead, status: "reassigned" });
    assert.equal(await assignee(lead), PEOPLE.teamLead);
    const { rows: [t] } = await db.query(
      "select from_profile_id, to_profile_id, transferred_by from public.lead_transfers where lead_id = $1 order by created_at desc limit 1", [lead]);
    assert.deepEqual(t, { from_profile_id: PEOPLE.agent, to_profile_id: PEOPLE.teamLead, transferred_by: null });
    const { rows: [l] } = await db.query("select buyer_user_id from public.leads where id = $1", [lead]);
    assert.equal(l.buyer_user_id, PEOPLE.manager, "the buyer stays");
  });

  test("a signed-in caller follows transferLead's rules: another team's agent is told the lead is not found", async () => {
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      const e = await errorOf(c, reassign, [teamLeads[0], PEOPLE.agent2]);
      assert.deepEqual([e?.code, /Lead not found/.test(e?.message ?? "")], ["P0001", true]);
    });
  });
});
