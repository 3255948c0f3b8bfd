import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { asUser, errorOf } from "../../helpers/migration-kit.ts";
import { md5Uuid, rejectsIn } from "../profiles/fixtures.ts";
import { DEMO, NOBODY, T, phase3Databases } from "./fixtures.ts";

interface LegacyProfile { id: string; name: string; email: string; role: string | null; manager_id: string | null; created_at: Date }

/**
 * teams and team_memberships from the legacy manager_id hierarchy; the membership kept in step
 * with manager_id; the role helpers; team_relationships_view; RLS.
 */
describe("teams and team_memberships", () => {
  let db: TestDatabase;
  let legacy: TestDatabase;
  let drop: () => Promise<void>;
  let people: Map<string, LegacyProfile>;
  let reports: Map<string, string[]>; // manager -> direct reports (valid manager_id only)
  beforeAll(async () => {
    ({ db, legacy, drop } = await phase3Databases());
    people = new Map((await legacy.query<LegacyProfile>("select id, name, email, role::text, manager_id, created_at from public.profiles")).rows.map((r) => [r.id, r]));
    reports = new Map();
    for (const p of people.values()) {
      if (p.manager_id && p.manager_id !== p.id && people.has(p.manager_id)) reports.set(p.manager_id, [...(reports.get(p.manager_id) ?? []), p.id]);
    }
  });
  afterAll(() => drop());

  const ownerRole = (p: LegacyProfile) => (p.role === "manager" || p.role === "admin" || !p.manager_id || p.manager_id === p.id ? "manager" : "team_lead");
  const memberRole = (p: LegacyProfile) =>
    reports.has(p.id) || p.role === "manager" ? "team_lead" : p.role === "support" ? "support" : p.role === "finance" ? "finance" : "agent";

  test("one team per legacy manager (reports, role manager, or invitations sent), with a deterministic id, a name and an owner", async () => {
    const inviters = (await legacy.query("select distinct manager_id from public.team_invitations where btrim(invitee_email) <> ''")).rows
      .map((r) => r.manager_id).filter((m) => people.has(m));
    const managers = new Set([...reports.keys(), ...[...people.values()].filter((p) => p.role === "manager").map((p) => p.id), ...inviters]);
    const teams = (await db.query("select * from public.teams")).rows;
    assert.deepEqual(teams.map((t) => t.owner_profile_id).sort(), [...managers].sort());
    for (const t of teams) {
      const m = people.get(t.owner_profile_id)!;
      assert.equal(t.id, md5Uuid(`team:${m.id}`));
      assert.equal(t.name, `${m.name}'s team`);
      assert.equal(t.type, ({ support: "support", admin: "admin", finance: "finance" } as Record<string, string>)[m.role ?? ""] ?? "sales");
      assert.deepEqual([t.legacy_table, t.legacy_id], ["profiles", m.id]);
      assert.equal(t.created_at.getTime(), m.created_at.getTime());
    }
    assert.ok(teams.some((t) => t.owner_profile_id === T.lonely), "the lonely inviter got a team");
  });

  test("every team's owner is its member: manager, or team lead when they report to someone themselves", async () => {
    const owners = (await db.query(`select m.team_id, m.profile_id, m.role, m.status, m.legacy_table, m.legacy_id from public.team_memberships m
                                    join public.teams t on t.id = m.team_id and t.owner_profile_id = m.profile_id`)).rows;
    const teams = (await db.query("select count(*)::int as n from public.teams")).rows[0].n;
    assert.equal(owners.length, teams);
    for (const o of owners) {
      assert.deepEqual([o.role, o.status, o.legacy_table, o.legacy_id], [ownerRole(people.get(o.profile_id)!), "active", "profiles", o.profile_id]);
    }
    assert.equal(owners.find((o) => o.profile_id === DEMO.manager)?.role, "manager");
    assert.equal(owners.find((o) => o.profile_id === DEMO.teamLead)?.role, "team_lead");
  });

  test("every valid manager_id is exactly one active membership in that manager's team, in the role the hierarchy gives", async () => {
    const mirrors = new Map((await db.query("select * from public.team_memberships where legacy_table = 'profiles.manager_id'")).rows.map((m) => [m.legacy_id, m]));
    let n = 0;
    for (const p of people.values()) {
      if (!p.manager_id || p.manager_id === p.id || !people.has(p.manager_id)) {
        assert.equal(mirrors.has(p.id), false);
        continue;
      }
      n++;
      const m = mirrors.get(p.id);
      assert.ok(m, `membership of ${p.id}`);
      assert.deepEqual([m.team_id, m.profile_id, m.status, m.role], [md5Uuid(`team:${p.manager_id}`), p.id, "active", memberRole(p)]);
      const joined = Math.max(p.created_at.getTime(), people.get(p.manager_id)!.created_at.getTime());
      assert.equal(m.joined_at.getTime(), joined);
    }
    assert.equal(mirrors.size, n);
    const total = (await db.query("select count(*)::int as n from public.team_memberships")).rows[0].n;
    const teams = (await db.query("select count(*)::int as n from public.teams")).rows[0].n;
    assert.equal(total, n + teams, "nothing else was made");
    assert.equal(mirrors.get(DEMO.teamLead).role, "team_lead");
    assert.equal(mirrors.get(DEMO.agent).role, "agent");
  });

  test("a manager_id pointing at the profile itself or at no profile is rejected with the reason", async () => {
    const rejected = await rejectsIn(db, "profiles");
    assert.deepEqual(rejected.get(T.selfManaged), ["team_memberships: manager_id points at the profile itself"]);
    assert.deepEqual(rejected.get(T.dangling), [`team_memberships: manager_id ${NOBODY} points at no profile`]);
    const row = await db.query("select row_data->>'name' as name from salemate.migration_rejects where legacy_id = $1", [T.selfManaged]);
    assert.equal(row.rows[0].name, "Self Managed");
  });

  test("team_relationships_view lists exactly the legacy manager -> member pairs, with names and roles", async () => {
    const rows = (await db.query("select * from public.team_relationships_view")).rows;
    const expected = [...reports.entries()].flatMap(([m, rs]) => rs.map((r) => `${m}>${r}`)).sort();
    assert.deepEqual(rows.map((r) => `${r.manager_id}>${r.member_id}`).sort(), expected);
    for (const r of rows) {
      assert.equal(r.manager_name, people.get(r.manager_id)!.name);
      assert.equal(r.member_name, people.get(r.member_id)!.name);
      assert.equal(r.member_role, memberRole(people.get(r.member_id)!));
      assert.equal(r.team_id, md5Uuid(`team:${r.manager_id}`));
    }
  });

  test("the old app's manager_id changes move the mirroring membership (teams made as needed)", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const mirror = async (p: string) =>
        (await c.query("select team_id, role, status from public.team_memberships where legacy_table = 'profiles.manager_id' and legacy_id = $1", [p])).rows[0];
      const oldTeam = md5Uuid(`team:${DEMO.manager}`);
      await c.query("update public.profiles set manager_id = $2 where id = $1", [DEMO.agent, T.lonely]);
      assert.deepEqual(await mirror(DEMO.agent), { team_id: md5Uuid(`team:${T.lonely}`), role: "agent", status: "active" });
      const left = await c.query("select status, legacy_table from public.team_memberships where team_id = $1 and profile_id = $2", [oldTeam, DEMO.agent]);
      assert.deepEqual(left.rows[0], { status: "left", legacy_table: null });

      // Towards someone with no team yet: theirs is made, and in their own manager's team they are now a team lead.
      await c.query("update public.profiles set manager_id = $2 where id = $1", [DEMO.agent, DEMO.agent2]);
      const team = await c.query("select name, owner_profile_id from public.teams where id = $1", [md5Uuid(`team:${DEMO.agent2}`)]);
      assert.equal(team.rows[0].owner_profile_id, DEMO.agent2);
      assert.equal((await mirror(DEMO.agent2)).role, "team_lead");
      const owner = await c.query("select role from public.team_memberships where team_id = $1 and profile_id = $2", [md5Uuid(`team:${DEMO.agent2}`), DEMO.agent2]);
      assert.equal(owner.rows[0].role, "team_lead", "agent2 has a manager of their own");

      await c.query("update public.profiles set manager_id = null where id = $1", [DEMO.agent]);
      assert.equal(await mirror(DEMO.agent), undefined);
      // Back to the first manager: the old membership is active again.
      await c.query("update public.profiles set manager_id = $2 where id = $1", [DEMO.agent, DEMO.manager]);
      assert.deepEqual(await mirror(DEMO.agent), { team_id: oldTeam, role: "agent", status: "active" });
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("role helpers answer from memberships: has_role, is_team_member, manages_team, manages_profile", async () => {
    const ask = (who: string, sql: string, params: unknown[] = []) => asUser(db, who, async (c) => (await c.query(sql, params)).rows[0].r);
    const teamOf = (m: string) => md5Uuid(`team:${m}`);
    assert.equal(await ask(DEMO.teamLead, "select salemate.has_role('team_lead') as r"), true);
    assert.equal(await ask(DEMO.teamLead, "select salemate.has_role('manager') as r"), false);
    assert.equal(await ask(DEMO.agent, "select salemate.has_role('agent') as r"), true);
    assert.equal(await ask(DEMO.manager, "select salemate.has_role('manager') as r"), true);
    assert.equal(await ask(DEMO.agent, "select salemate.is_team_member($1) as r", [teamOf(DEMO.manager)]), true);
    assert.equal(await ask(DEMO.agent, "select salemate.is_team_member($1) as r", [teamOf(DEMO.teamLead)]), false);
    assert.equal(await ask(DEMO.agent, "select salemate.manages_team($1) as r", [teamOf(DEMO.manager)]), false);
    assert.equal(await ask(DEMO.teamLead, "select salemate.manages_team($1) as r", [teamOf(DEMO.teamLead)]), true);
    // Managers manage their members; team leads those ranked below them; nobody manages upwards.
    assert.equal(await ask(DEMO.manager, "select salemate.manages_profile($1) as r", [DEMO.teamLead]), true);
    assert.equal(await ask(DEMO.manager, "select salemate.manages_profile($1) as r", [DEMO.agent]), true);
    assert.equal(await ask(DEMO.manager, "select salemate.manages_profile($1) as r", [DEMO.agent2]), false);
    assert.equal(await ask(DEMO.teamLead, "select salemate.manages_profile($1) as r", [DEMO.agent]), true);
    assert.equal(await ask(DEMO.teamLead, "select salemate.manages_profile($1) as r", [DEMO.manager]), false);
    assert.equal(await ask(DEMO.agent, "select salemate.manages_profile($1) as r", [DEMO.manager]), false);
    const leadsReport = reports.get(DEMO.teamLead)![0]!;
    assert.equal(await ask(DEMO.teamLead, "select salemate.manages_profile($1) as r", [leadsReport]), true);
    assert.equal(await ask(DEMO.manager, "select salemate.manages_profile($1) as r", [leadsReport]), false, "direct reports only, as manager_id was");
    assert.equal(await ask(DEMO.admin, "select salemate.manages_profile($1) as r", [DEMO.agent2]), true);
  });

  test("RLS: members read their own teams only; managers add people as invited; members accept or leave, nothing more", async () => {
    const teamOf = (m: string) => md5Uuid(`team:${m}`);
    await asUser(db, DEMO.agent, async (c) => {
      assert.deepEqual((await c.query("select id from public.teams")).rows, [{ id: teamOf(DEMO.manager) }]);
      const members = await c.query("select distinct team_id from public.team_memberships");
      assert.deepEqual(members.rows, [{ team_id: teamOf(DEMO.manager) }]);
      const seen = await c.query("select member_id, member_name from public.team_relationships_view order by member_id");
      assert.ok(seen.rows.length >= 2 && seen.rows.every((r) => r.member_name !== null), "teammates' names, not their profiles");
      assert.equal((await c.query("select count(*)::int as n from public.profiles")).rows[0].n, 1);
      assert.match(await errorOf(c, "insert into public.team_memberships (team_id, profile_id, status) values ($1, $2, 'invited')", [teamOf(DEMO.manager), DEMO.agent2]) ?? "",
        /row-level security/);
      assert.match(await errorOf(c, "update public.team_memberships set role = 'team_lead' where profile_id = $1", [DEMO.agent]) ?? "",
        /members may only accept or leave/);
      assert.equal((await c.query("update public.teams set name = 'Mine now'")).rowCount, 0);
    });
    await asUser(db, DEMO.manager, async (c) => {
      const team = teamOf(DEMO.manager);
      assert.match(await errorOf(c, "insert into public.team_memberships (team_id, profile_id) values ($1, $2)", [team, T.lonely]) ?? "",
        /add them as invited/);
      assert.match(await errorOf(c, "insert into public.team_memberships (team_id, profile_id, role, status) values ($1, $2, 'support', 'invited')", [team, T.lonely]) ?? "",
        /only admins give the support role/);
      await c.query("insert into public.team_memberships (team_id, profile_id, status) values ($1, $2, 'invited')", [team, T.lonely]);
      assert.match(await errorOf(c, "update public.team_memberships set status = 'active' where team_id = $1 and profile_id = $2", [team, T.lonely]) ?? "",
        /joins by accepting themselves/);
      await c.query("update public.team_memberships set status = 'suspended' where team_id = $1 and profile_id = $2", [team, DEMO.agent]);
      assert.match(await errorOf(c, "update public.team_memberships set role = 'manager' where team_id = $1 and profile_id = $2", [team, DEMO.teamLead]) ?? "",
        /only admins give the manager role/);
      assert.equal((await c.query("update public.team_memberships set status = 'left' where team_id = $1", [teamOf(DEMO.teamLead)])).rowCount, 0,
        "not another team's");
    });
    // An invited membership is made active by its member alone.
    const team = teamOf(DEMO.manager);
    await db.query("insert into public.team_memberships (team_id, profile_id, status) values ($1, $2, 'invited')", [team, T.newcomer]);
    try {
      await asUser(db, T.lonely, async (c) => {
        assert.equal((await c.query("update public.team_memberships set status = 'active' where profile_id = $1", [T.newcomer])).rowCount, 0);
      });
      await asUser(db, T.newcomer, async (c) => {
        const r = await c.query("update public.team_memberships set status = 'active' where profile_id = $1 and team_id = $2 returning joined_at", [T.newcomer, team]);
        assert.equal(r.rowCount, 1);
        assert.ok(r.rows[0].joined_at);
        assert.equal((await c.query("select salemate.is_team_member($1) as r", [team])).rows[0].r, true);
      });
    } finally {
      await db.query("delete from public.team_memberships where profile_id = $1", [T.newcomer]);
    }
    await asUser(db, DEMO.admin, async (c) => {
      const r = await c.query("update public.team_memberships set role = 'manager' where team_id = $1 and profile_id = $2", [team, DEMO.teamLead]);
      assert.equal(r.rowCount, 1, "admins give any role");
    });
  });

  test("profiles.manager_id is kept for the old app but hidden from GraphQL", async () => {
    const c = await db.query("select col_description('public.profiles'::regclass, (select attnum from pg_attribute where attrelid = 'public.profiles'::regclass and attname = 'manager_id')) as d");
    // Smart tags are read only from the first lines of a comment.
    assert.match(c.rows[0].d, /^@behavior -\*\nDeprecated:/);
  });
});
