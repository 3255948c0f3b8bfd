import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { assertRefused, asUser, DEMO, refusalOf } from "../../helpers/migration-kit.ts";

/**
 * Issue 16's team examples, as a hostile signed-in user writes them straight to the tables
 * (Supabase's REST path: role authenticated, claims set as the gateway sets them). Who a person
 * is comes from auth.users; nobody gives a team role above their ceiling.
 */
describe("team write boundaries", () => {
  let db: TestDatabase;
  let managerTeam: string;
  let leadTeam: string;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    const team = async (owner: string) => (await db.query("select id from teams where owner_profile_id = $1 and legacy_table = 'profiles'", [owner])).rows[0].id;
    managerTeam = await team(DEMO.manager);
    leadTeam = await team(DEMO.teamLead);
  });
  afterAll(() => db?.drop());

  /** A pending invitation of the manager's team to an address nobody has confirmed. */
  async function invite(email: string, role = "team_lead"): Promise<{ id: string; token: string }> {
    const { rows } = await db.query(
      "insert into team_invites (team_id, invited_by, invitee_email, role) values ($1, $2, $3, $4) returning id, token, invitee_profile_id",
      [managerTeam, DEMO.manager, email, role],
    );
    assert.equal(rows[0].invitee_profile_id, null);
    return rows[0];
  }

  /** A signed-up person: auth user (confirmed or not) and profile. */
  async function person(email: string, confirmed: boolean): Promise<string> {
    const id = randomUUID();
    await db.query("insert into auth.users (id, email, email_confirmed_at) values ($1, $2, $3)", [id, email, confirmed ? new Date() : null]);
    // (a sign-up trigger may have made the profile already)
    await db.query("insert into profiles (id, email, name) values ($1, $2, 'Newcomer') on conflict (id) do nothing", [id, email]);
    return id;
  }

  test("team hijack: an agent cannot edit their profile e-mail into a case variant of an invited address", async () => {
    await invite("new.lead@example.com");
    await asUser(db, DEMO.agent2, async (c) => {
      await assertRefused(c, "update profiles set email = 'New.Lead@example.com' where id = $1", [DEMO.agent2]);
    });
  });

  test("team hijack: a token claiming the invited address (in any case) neither reads nor answers the invitation", async () => {
    const inv = await invite("target.lead@example.com");
    await asUser(
      db,
      DEMO.agent2,
      async (c) => {
        assert.equal((await c.query("select token from team_invites where id = $1", [inv.id])).rowCount, 0, "the claim is not who they are");
        const upd = await c.query("update team_invites set status = 'accepted', invitee_profile_id = $2 where id = $1", [inv.id, DEMO.agent2]);
        assert.equal(upd.rowCount, 0);
        // With the link's token in hand, the workflow still says the invitation is not theirs (its own error, P0001).
        const r = await refusalOf(c, "select public.accept_team_invite($1)", [inv.token]);
        assert.equal(r?.code, "P0001");
        assert.match(r!.message, /^Invitation not found\.$/);
      },
      { email: "Target.Lead@Example.com" },
    );
    const members = await db.query("select 1 from team_memberships where team_id = $1 and profile_id = $2", [managerTeam, DEMO.agent2]);
    assert.equal(members.rowCount, 0);
  });

  test("team hijack: an invitation sent before sign-up is for whoever confirms that address, not an unconfirmed look-alike", async () => {
    const inv = await invite("late.joiner@example.com", "agent");
    const unconfirmed = await person("Late.Joiner@Example.com", false);
    await asUser(db, unconfirmed, async (c) => {
      assert.equal((await c.query("select 1 from team_invites where id = $1", [inv.id])).rowCount, 0);
      const r = await refusalOf(c, "select public.accept_team_invite($1)", [inv.token]);
      assert.equal(r?.code, "P0001");
    });
    await db.query("update auth.users set email_confirmed_at = now() where id = $1", [unconfirmed]);
    await asUser(db, unconfirmed, async (c) => {
      // The confirmed owner of the address (any case) answers it, straight on the table as the old app did.
      const upd = await c.query("update team_invites set status = 'accepted', invitee_profile_id = $2 where id = $1 returning status", [inv.id, unconfirmed]);
      assert.deepEqual(upd.rows, [{ status: "accepted" }]);
      const m = await c.query("select role, status from team_memberships where team_id = $1 and profile_id = $2", [managerTeam, unconfirmed]);
      assert.deepEqual(m.rows, [{ role: "agent", status: "active" }]);
    });
  });

  test("team hijack variant: setting one's manager_id joins only a team whose invitation is one's own", async () => {
    const accepted = (await db.query("select invitee_email from team_invites where team_id = $1 and status = 'accepted' and invitee_profile_id is distinct from $2 limit 1", [managerTeam, DEMO.agent2])).rows[0];
    assert.ok(accepted, "the seed has an accepted invitation to the manager's team");
    await asUser(db, DEMO.agent2, async (c) => {
      await assertRefused(c, "update profiles set manager_id = $2 where id = $1", [DEMO.agent2, DEMO.manager], "42501", /manager who invited/);
      await assertRefused(c, "update profiles set email = $3, manager_id = $2 where id = $1", [DEMO.agent2, DEMO.manager, accepted.invitee_email]);
    });
  });

  test("role escalation: a team lead cannot invite as support, finance, manager or team lead through team_invites", async () => {
    await asUser(db, DEMO.teamLead, async (c) => {
      for (const role of ["support", "finance", "manager", "team_lead"]) {
        await assertRefused(c, "insert into team_invites (team_id, invitee_email, role) values ($1, $2, $3)", [managerTeam, `${role}.probe@example.com`, role]);
      }
      // In the team they own they give team lead, never staff roles.
      await assertRefused(c, "insert into team_invites (team_id, invitee_email, role) values ($1, 'staff.probe@example.com', 'support')", [leadTeam]);
      await c.query("insert into team_invites (team_id, invitee_email, role) values ($1, 'lead.probe@example.com', 'team_lead')", [leadTeam]);
      const mine = await c.query("insert into team_invites (team_id, invitee_email, role) values ($1, 'agent.probe@example.com', 'agent') returning id, invited_by", [managerTeam]);
      assert.equal(mine.rows[0].invited_by, DEMO.teamLead);
      // Nor raised afterwards.
      await assertRefused(c, "update team_invites set role = 'support' where id = $1", [mine.rows[0].id]);
    });
  });

  test("role escalation: the compatibility view team_invitations invites as agent only (it has no role to raise)", async () => {
    await asUser(db, DEMO.teamLead, async (c) => {
      const ins = await c.query("insert into team_invitations (manager_id, invitee_email) values ($1, 'compat.probe@example.com') returning id", [DEMO.teamLead]);
      const role = await c.query("select role from team_invites where id = $1", [ins.rows[0].id]);
      assert.equal(role.rows[0].role, "agent");
    });
  });

  test("role escalation: a team's manager cannot accept an invitation on the invitee's behalf", async () => {
    const inv = await invite("someone.else@example.com", "agent");
    await asUser(db, DEMO.manager, async (c) => {
      await assertRefused(c, "update team_invites set status = 'accepted' where id = $1", [inv.id], "42501", /only the person invited/);
      await c.query("update team_invites set status = 'revoked' where id = $1", [inv.id]);
    });
  });

  test("role ceilings on memberships: a team lead neither gives nor raises a role to team lead or staff", async () => {
    const fresh = await person(`fresh-${randomUUID()}@example.com`, true);
    const agentMembership = (await db.query("select id from team_memberships where team_id = $1 and profile_id = $2", [managerTeam, DEMO.agent])).rows[0].id;
    await asUser(db, DEMO.teamLead, async (c) => {
      for (const role of ["team_lead", "support", "finance", "manager"]) {
        await assertRefused(c, "insert into team_memberships (team_id, profile_id, role, status) values ($1, $2, $3, 'invited')", [managerTeam, fresh, role]);
      }
      await c.query("insert into team_memberships (team_id, profile_id, role, status) values ($1, $2, 'agent', 'invited')", [managerTeam, fresh]);
      await assertRefused(c, "update team_memberships set role = 'team_lead' where id = $1", [agentMembership]);
      await assertRefused(c, "update team_memberships set role = 'support' where id = $1", [agentMembership]);
    });
    // The team's owner gives team lead; only admins give staff roles.
    await asUser(db, DEMO.manager, async (c) => {
      await c.query("update team_memberships set role = 'team_lead' where id = $1", [agentMembership]);
      await assertRefused(c, "update team_memberships set role = 'support' where id = $1", [agentMembership]);
    });
    await asUser(db, DEMO.admin, async (c) => {
      await c.query("update team_memberships set role = 'support' where id = $1", [agentMembership]);
    });
  });

  test("role escalation: a team lead cannot hand a team to themselves (its owner becomes its manager)", async () => {
    await asUser(db, DEMO.teamLead, async (c) => {
      await assertRefused(c, "update teams set owner_profile_id = $2 where id = $1", [managerTeam, DEMO.teamLead], "42501", /only admins hand a team/);
      await c.query("update teams set description = 'still editable' where id = $1", [managerTeam]);
    });
  });
});
