import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { expectOk, expectRefused } from "./expect.ts";

/**
 * The team invitation workflow mutations over HTTP with real tokens: the plan's regression flow
 * "team invitation" (a manager invites, the invitee accepts, the manager now manages them),
 * every refusal with its clear error and nothing half-done, and two invitations of the same
 * address at once.
 */

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}
const manager = demo("manager@salemate.test");
const teamLead = demo("teamlead@salemate.test");
const agent = demo("agent@salemate.test");
const agent2 = demo("agent2@salemate.test");
const customer = demo("customer@salemate.test");
const admin = demo("admin@salemate.test");

const INVITE_FIELDS = "id teamId invitedBy inviteeEmail inviteeProfileId role status token expiresAt respondedAt isExpired";
const MEMBERSHIP_FIELDS = "id teamId profileId role status joinedAt";
const INVITE = `mutation($input: InviteToTeamInput!) { inviteToTeam(input: $input) { result { ${INVITE_FIELDS} } } }`;
const ACCEPT = `mutation($input: AcceptTeamInviteInput!) { acceptTeamInvite(input: $input) { result { ${MEMBERSHIP_FIELDS} } } }`;
const DECLINE = `mutation($input: DeclineTeamInviteInput!) { declineTeamInvite(input: $input) { result { ${INVITE_FIELDS} } } }`;
const REVOKE = `mutation($input: RevokeTeamInviteInput!) { revokeTeamInvite(input: $input) { result { ${INVITE_FIELDS} } } }`;

type Invite = { id: string; teamId: string; invitedBy: string; inviteeEmail: string; inviteeProfileId: string | null; role: string; status: string; token: string; expiresAt: string; respondedAt: string | null; isExpired: boolean };
type Person = { id: string; email: string; token: string };

describe("team invitation workflow over GraphQL", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let teamId: string;
  const tokens: Record<"manager" | "teamLead" | "agent" | "agent2" | "customer" | "admin", string> = { manager: "", teamLead: "", agent: "", agent2: "", customer: "", admin: "" };

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    for (const [k, u] of Object.entries({ manager, teamLead, agent, agent2, customer, admin })) tokens[k as keyof typeof tokens] = await tokenFor(u.id, u.email);
    // The demo manager's team, made by phase 3 from the legacy manager_id hierarchy.
    const team = await db.query("select id from teams where owner_profile_id = $1 and legacy_table = 'profiles'", [manager.id]);
    assert.equal(team.rowCount, 1);
    teamId = team.rows[0].id;
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const ok = (token: string | undefined, query: string, variables?: Record<string, unknown>) => expectOk(gw, token, query, variables);

  /** What the client is told when a business rule refuses: the message and the extensions only. */
  const refused = async (token: string | undefined, query: string, input: Record<string, unknown>, message: RegExp) => {
    const { message: text, extensions } = await expectRefused(gw, token, query, input, message);
    return { message: text, extensions };
  };

  async function invite(token: string, inviteeEmail: string, role?: string, team = teamId): Promise<Invite> {
    return (await ok(token, INVITE, { input: { teamId: team, inviteeEmail, ...(role ? { role } : {}) } })).inviteToTeam.result;
  }

  /** A new person (auth user with a confirmed e-mail + profile, in no team), as the sign-up flow makes one. */
  async function newPerson(label: string): Promise<Person> {
    const id = randomUUID();
    const email = `${label}.${id.slice(0, 8)}@example.test`;
    await db.query("insert into auth.users (id, email, aud, role, email_confirmed_at) values ($1, $2, 'authenticated', 'authenticated', now())", [id, email]);
    // (a sign-up trigger may have made the profile already)
    await db.query("insert into profiles (id, email, name) values ($1, $2, $3) on conflict (id) do update set name = excluded.name", [id, email, `New ${label}`]);
    return { id, email, token: await tokenFor(id, email) };
  }

  /** Everything an invitation step could touch, as superuser: compared before and after a refusal. */
  async function stateOf(inviteId: string | null) {
    const inv = inviteId ? (await db.query("select * from team_invites where id = $1", [inviteId])).rows[0] ?? null : null;
    const counts = (
      await db.query(
        `select (select count(*) from team_invites)::int as invites, (select count(*) from team_invites where status = 'pending')::int as pending,
                (select count(*) from team_memberships)::int as memberships, (select count(*) from team_memberships where status = 'active')::int as active,
                (select count(*) from activity_notifications)::int as notifications,
                (select md5(string_agg(id::text || coalesce(manager_id::text, ''), ',' order by id)) from profiles) as managers`,
      )
    ).rows[0];
    return { inv, counts };
  }

  async function membershipOf(profileId: string, team = teamId) {
    return (await db.query("select * from team_memberships where team_id = $1 and profile_id = $2", [team, profileId])).rows[0] ?? null;
  }

  /** What the manager can see of a person through the API: their profile and the leads assigned to them. */
  async function managerSees(profileId: string) {
    const data = await ok(tokens.manager, `query($id: UUID!) { profile(id: $id) { id email } leads(condition: { assignedToId: $id }) { totalCount } }`, { id: profileId });
    return { profile: data.profile as { id: string; email: string } | null, leads: data.leads.totalCount as number };
  }

  test("team invitation, end to end: the manager invites agent2, agent2 accepts, the manager now manages them", async () => {
    const assigned = (await db.query("select count(*)::int as n from leads where assigned_to_id = $1", [agent2.id])).rows[0].n;
    assert.ok(assigned > 0, "agent2 works leads in the seed");
    const otherTeams = (await db.query("select team_id from team_memberships where profile_id = $1 and status = 'active' order by team_id", [agent2.id])).rows;
    const managerIdBefore = (await db.query("select manager_id from profiles where id = $1", [agent2.id])).rows[0].manager_id;
    const beforeJoin = await managerSees(agent2.id);
    assert.equal(beforeJoin.profile, null, "agent2 is in another manager's team");
    assert.ok(beforeJoin.leads < assigned);

    const sent = await invite(tokens.manager, "  Agent2@SaleMate.TEST ");
    assert.equal(sent.status, "pending");
    assert.equal(sent.teamId, teamId);
    assert.equal(sent.invitedBy, manager.id);
    assert.equal(sent.inviteeEmail, "agent2@salemate.test");
    assert.equal(sent.inviteeProfileId, agent2.id, "the invitee's profile is known from the address");
    assert.equal(sent.role, "agent");
    assert.equal(sent.isExpired, false);
    assert.match(sent.token, /^[0-9a-f]{64}$/);
    const days = (Date.parse(sent.expiresAt) - Date.now()) / 86_400_000;
    assert.ok(days > 6.99 && days <= 7, `expires in 7 days (${days})`);

    // agent2 was told, and sees the invitation (the manager's team is not theirs yet).
    const told = await db.query("select title, body from activity_notifications where profile_id = $1 and domain = 'team' order by created_at desc limit 1", [agent2.id]);
    assert.equal(told.rows[0]?.title, "Team invitation");
    const theirs = await ok(tokens.agent2, `query($t: String!) { teamInviteByToken(token: $t) { id status } }`, { t: sent.token });
    assert.deepEqual(theirs.teamInviteByToken, { id: sent.id, status: "pending" });

    const joined = (await ok(tokens.agent2, ACCEPT, { input: { token: sent.token } })).acceptTeamInvite.result;
    assert.deepEqual([joined.teamId, joined.profileId, joined.role, joined.status], [teamId, agent2.id, "agent", "active"]);
    assert.ok(joined.joinedAt);

    const row = (await stateOf(sent.id)).inv;
    assert.equal(row.status, "accepted");
    assert.equal(row.invitee_profile_id, agent2.id);
    assert.ok(row.responded_at);
    const membership = await membershipOf(agent2.id);
    assert.deepEqual([membership.id, membership.status, membership.role], [joined.id, "active", "agent"]);

    // The manager now manages agent2: their profile and every lead assigned to them are visible.
    const afterJoin = await managerSees(agent2.id);
    assert.deepEqual(afterJoin, { profile: { id: agent2.id, email: agent2.email }, leads: assigned });
    const rel = await ok(tokens.manager, `query($m: UUID!, $t: UUID!) { teamRelationshipsViews(condition: { memberId: $m, teamId: $t }) { nodes { managerId memberRole } } }`, { m: agent2.id, t: teamId });
    assert.deepEqual(rel.teamRelationshipsViews.nodes, [{ managerId: manager.id, memberRole: "agent" }]);
    const news = await db.query("select title from activity_notifications where profile_id = $1 and domain = 'team' order by created_at desc limit 1", [manager.id]);
    assert.equal(news.rows[0]?.title, "Invitation accepted");

    // agent2 keeps their other team and their legacy manager: joining a team adds, it does not move.
    const stillIn = (await db.query("select team_id from team_memberships where profile_id = $1 and status = 'active' and team_id <> $2 order by team_id", [agent2.id, teamId])).rows;
    assert.deepEqual(stillIn, otherTeams);
    assert.equal((await db.query("select manager_id from profiles where id = $1", [agent2.id])).rows[0].manager_id, managerIdBefore);
  });

  test("a new person accepts with the address in another case: they join, and the old app sees the manager as theirs", async () => {
    const person = await newPerson("joiner");
    assert.equal((await managerSees(person.id)).profile, null);
    const sent = await invite(tokens.manager, person.email.toUpperCase(), "team_lead");
    assert.equal(sent.inviteeEmail, person.email);
    assert.equal(sent.role, "team_lead");
    const joined = (await ok(person.token, ACCEPT, { input: { token: sent.token } })).acceptTeamInvite.result;
    assert.deepEqual([joined.role, joined.status], ["team_lead", "active"]);
    // The team is the manager's legacy team and the newcomer had no manager: manager_id follows,
    // and the membership is the one mirroring it (phase 3).
    assert.equal((await db.query("select manager_id from profiles where id = $1", [person.id])).rows[0].manager_id, manager.id);
    const membership = await membershipOf(person.id);
    assert.deepEqual([membership.legacy_table, membership.legacy_id, membership.role, membership.status], ["profiles.manager_id", person.id, "team_lead", "active"]);
    assert.equal((await managerSees(person.id)).profile?.id, person.id);
  });

  test("inviting: a non-manager, a bad address or role, a member, a duplicate pending invitation are refused and create nothing", async () => {
    const person = await newPerson("candidate");
    const steps: Array<[string, string, Record<string, unknown>, RegExp]> = [
      ["an agent of the team", tokens.agent, { teamId, inviteeEmail: person.email }, /^Only the team's managers invite people to it\.$/],
      ["someone outside the team", tokens.customer, { teamId, inviteeEmail: person.email }, /^Team not found\.$/],
      ["a team that does not exist", tokens.manager, { teamId: randomUUID(), inviteeEmail: person.email }, /^Team not found\.$/],
      ["not an address", tokens.manager, { teamId, inviteeEmail: "not-an-email" }, /^That is not a valid e-mail address\.$/],
      ["an empty address", tokens.manager, { teamId, inviteeEmail: "  " }, /^That is not a valid e-mail address\.$/],
      ["an unknown role", tokens.manager, { teamId, inviteeEmail: person.email, role: "boss" }, /^Unknown team role "boss"\.$/],
      ["a manager role by a manager", tokens.manager, { teamId, inviteeEmail: person.email, role: "manager" }, /^Only admins invite people as manager, support or finance\.$/],
      ["a team lead inviting a team lead", tokens.teamLead, { teamId, inviteeEmail: person.email, role: "team_lead" }, /^A team lead can invite agents only\.$/],
      ["an active member", tokens.manager, { teamId, inviteeEmail: agent.email.toUpperCase() }, /^agent@salemate\.test is already a member of this team\.$/],
    ];
    for (const [name, token, input, message] of steps) {
      const before = await stateOf(null);
      await refused(token, INVITE, input, message);
      assert.deepEqual(await stateOf(null), before, name);
    }
    // The team not found and the team not visible read the same.
    const hidden = await refused(tokens.customer, INVITE, { teamId, inviteeEmail: person.email }, /^Team not found\.$/);
    assert.deepEqual(await refused(tokens.customer, INVITE, { teamId: randomUUID(), inviteeEmail: person.email }, /^Team not found\.$/), hidden);

    // A team lead invites agents; then the same address again (any case) is a duplicate.
    const first = await invite(tokens.teamLead, person.email);
    assert.equal(first.invitedBy, teamLead.id);
    const before = await stateOf(first.id);
    const dup = await refused(tokens.manager, INVITE, { teamId, inviteeEmail: ` ${person.email.toUpperCase()} ` }, /already has a pending invitation to this team\.$/);
    assert.equal(dup.message, `${person.email} already has a pending invitation to this team.`);
    assert.deepEqual(await stateOf(first.id), before);
    // Admins invite as any role, to any team.
    const asSupport = await invite(tokens.admin, `support.${randomUUID().slice(0, 8)}@example.test`, "support");
    assert.equal(asSupport.role, "support");
  });

  test("answering: the wrong account, an expired, declined or revoked invitation; revoking an accepted one", async () => {
    const person = await newPerson("invitee");
    const sent = await invite(tokens.manager, person.email);
    let before = await stateOf(sent.id);

    // The wrong account is told exactly what an unknown token tells; the inviter, who sees it, is told who may accept.
    const wrong = await refused(tokens.agent, ACCEPT, { token: sent.token }, /^Invitation not found\.$/);
    assert.deepEqual(await refused(tokens.agent, ACCEPT, { token: "0".repeat(64) }, /^Invitation not found\.$/), wrong);
    assert.deepEqual(await refused(tokens.agent2, DECLINE, { token: sent.token }, /^Invitation not found\.$/), wrong);
    await refused(tokens.manager, ACCEPT, { token: sent.token }, /^Only the person invited can accept this invitation\.$/);
    await refused(person.token, REVOKE, { inviteId: sent.id }, /^Only the team's managers revoke an invitation\.$/);
    const notTheirs = await refused(tokens.agent2, REVOKE, { inviteId: sent.id }, /^Invitation not found\.$/);
    assert.deepEqual(await refused(tokens.agent2, REVOKE, { inviteId: randomUUID() }, /^Invitation not found\.$/), notTheirs);
    assert.deepEqual(await stateOf(sent.id), before);

    // Expired: refused and nothing changes; the API says it is expired; the next invitation to
    // the team marks it so, and the address can be invited again.
    await db.query("update team_invites set expires_at = now() - interval '1 minute' where id = $1", [sent.id]);
    before = await stateOf(sent.id);
    await refused(person.token, ACCEPT, { token: sent.token }, /^This invitation has expired\.$/);
    await refused(person.token, DECLINE, { token: sent.token }, /^This invitation has expired\.$/);
    assert.deepEqual(await stateOf(sent.id), before);
    assert.equal(await membershipOf(person.id), null);
    const seen = await ok(tokens.manager, `query($id: UUID!) { teamInvite(id: $id) { status isExpired } }`, { id: sent.id });
    assert.deepEqual(seen.teamInvite, { status: "pending", isExpired: true });
    const again = await invite(tokens.manager, person.email);
    assert.equal((await stateOf(sent.id)).inv.status, "expired");
    await refused(person.token, ACCEPT, { token: sent.token }, /^This invitation has expired\.$/);

    // Declined: final, no membership, the inviter is told.
    const declined = (await ok(person.token, DECLINE, { input: { token: again.token } })).declineTeamInvite.result;
    assert.equal(declined.status, "declined");
    assert.ok(declined.respondedAt);
    assert.equal(await membershipOf(person.id), null);
    before = await stateOf(again.id);
    await refused(person.token, ACCEPT, { token: again.token }, /^This invitation was declined\.$/);
    await refused(tokens.manager, REVOKE, { inviteId: again.id }, /^This invitation was declined\.$/);
    assert.deepEqual(await stateOf(again.id), before);

    // Revoked: the link no longer works.
    const third = await invite(tokens.manager, person.email);
    const revoked = (await ok(tokens.manager, REVOKE, { input: { inviteId: third.id } })).revokeTeamInvite.result;
    assert.equal(revoked.status, "revoked");
    before = await stateOf(third.id);
    await refused(person.token, ACCEPT, { token: third.token }, /^This invitation was revoked\.$/);
    await refused(tokens.manager, REVOKE, { inviteId: third.id }, /^This invitation was revoked\.$/);
    assert.deepEqual(await stateOf(third.id), before);
    assert.equal(await membershipOf(person.id), null);

    // Accepted: accepting twice, and revoking it, are refused; the membership stays.
    const fourth = await invite(tokens.manager, person.email);
    await ok(person.token, ACCEPT, { input: { token: fourth.token } });
    before = await stateOf(fourth.id);
    await refused(person.token, ACCEPT, { token: fourth.token }, /^This invitation has already been accepted\.$/);
    await refused(tokens.manager, REVOKE, { inviteId: fourth.id }, /^This invitation has already been accepted\.$/);
    await refused(tokens.admin, REVOKE, { inviteId: fourth.id }, /^This invitation has already been accepted\.$/);
    assert.deepEqual(await stateOf(fourth.id), before);
    assert.equal((await membershipOf(person.id)).status, "active");
  });

  test("an acceptance failing half-way leaves the invitation pending and no membership", async () => {
    const person = await newPerson("halfway");
    const sent = await invite(tokens.manager, person.email);
    await db.query(`
      create function public.tg_test__fail_team_notice() returns trigger language plpgsql as $$
      begin
        if new.title = 'Invitation accepted' then raise exception 'injected failure' using errcode = 'XX000'; end if;
        return new;
      end $$;
      create trigger tg_test__fail_team_notice before insert on public.activity_notifications for each row execute function public.tg_test__fail_team_notice();`);
    try {
      const before = await stateOf(sent.id);
      const r = await gw.graphql(ACCEPT, { token: person.token, variables: { input: { token: sent.token } } });
      assert.equal(r.body.errors?.[0]?.extensions?.code, "INTERNAL", JSON.stringify(r.body));
      assert.deepEqual(await stateOf(sent.id), before);
      assert.equal(before.inv.status, "pending");
      assert.equal(await membershipOf(person.id), null);
    } finally {
      await db.query("drop trigger tg_test__fail_team_notice on public.activity_notifications; drop function public.tg_test__fail_team_notice()");
    }
    await ok(person.token, ACCEPT, { input: { token: sent.token } });
    assert.equal((await membershipOf(person.id)).status, "active");
  });

  test("two invitations of the same address at once: exactly one is sent", async () => {
    const email = `race.${randomUUID().slice(0, 8)}@example.test`;
    // Hold the lock that serialises invitations of this address to this team, so both requests
    // are inside their transactions, waiting, before either checks for a pending invitation.
    const holder = await db.pool.connect();
    try {
      await holder.query("begin");
      await holder.query("select pg_advisory_xact_lock(hashtextextended('salemate:team_invite:' || $1 || ':' || $2, 0))", [teamId, email]);
      const racing = [tokens.manager, tokens.teamLead].map((token) => gw.graphql(INVITE, { token, variables: { input: { teamId, inviteeEmail: email } } }));
      for (let i = 0; ; i++) {
        const { rows } = await db.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%invite_to_team%'");
        if (rows[0].n === 2) break;
        assert.ok(i < 200, "both invitations should be waiting on the lock");
        await new Promise((r) => setTimeout(r, 25));
      }
      await holder.query("commit");
      const results = await Promise.all(racing);
      const sent = results.filter((r) => r.body.data?.inviteToTeam?.result?.status === "pending");
      const lost = results.filter((r) => r.body.errors);
      assert.equal(sent.length, 1, JSON.stringify(results.map((r) => r.body)));
      assert.equal(lost.length, 1);
      assert.equal(lost[0]!.body.errors[0].extensions.code, "BUSINESS_RULE");
      assert.equal(lost[0]!.body.errors[0].message, `${email} already has a pending invitation to this team.`);
    } finally {
      await holder.query("rollback").catch(() => {});
      holder.release();
    }
    const { rows } = await db.query("select count(*)::int as n from team_invites where team_id = $1 and invitee_email = $2", [teamId, email]);
    assert.equal(rows[0].n, 1);
  });

  test("the plain CRUD mutations that would skip the workflow are gone", async () => {
    const schema = await ok(tokens.manager, `{
      mutation: __type(name: "Mutation") { fields { name } }
      invite: __type(name: "TeamInvite") { fields { name } }
    }`);
    const mutations = new Set<string>(schema.mutation.fields.map((f: { name: string }) => f.name));
    for (const gone of ["createTeamInvite", "updateTeamInvite", "updateTeamInviteByNodeId", "updateTeamInviteByToken", "deleteTeamInvite", "deleteTeamInviteByNodeId", "deleteTeamInviteByToken"]) {
      assert.equal(mutations.has(gone), false, `${gone} should not be in the API`);
    }
    for (const kept of ["inviteToTeam", "acceptTeamInvite", "declineTeamInvite", "revokeTeamInvite"]) {
      assert.equal(mutations.has(kept), true, `${kept} should be in the API`);
    }
    assert.ok(schema.invite.fields.some((f: { name: string }) => f.name === "isExpired"));
    const anonymous = await gw.graphql(INVITE, { variables: { input: { teamId, inviteeEmail: "x@example.test" } } });
    assert.equal(anonymous.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(anonymous.body));
  });
});
