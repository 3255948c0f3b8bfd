import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import type { TestDatabase } from "../../helpers/database.ts";
import { errorOf } from "../../helpers/migration-kit.ts";
import { md5Uuid, rejectsIn } from "../profiles/fixtures.ts";
import { DEMO, EMAIL, I, INVITE_STATUS, NOBODY, T, phase3Databases } from "./fixtures.ts";

/** Runs `fn` as an authenticated user whose token carries an e-mail, in a transaction rolled back. */
async function asInvitee<R>(db: TestDatabase, sub: string, email: string, fn: (c: pg.PoolClient) => Promise<R>): Promise<R> {
  const c = await db.pool.connect();
  try {
    await c.query("begin");
    await c.query("set local role authenticated");
    await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub, role: "authenticated", email })]);
    return await fn(c);
  } finally {
    await c.query("rollback").catch(() => {});
    c.release();
  }
}

/** team_invites from team_invitations, the team_invitations view, accepting, and who sees what. */
describe("team_invites", () => {
  let db: TestDatabase;
  let legacy: TestDatabase;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, legacy, drop } = await phase3Databases());
  });
  afterAll(() => drop());

  test("every legacy invitation is carried (id, token, manager's team, status normalised, original kept) or rejected with its reason", async () => {
    const src = (await legacy.query("select * from public.team_invitations")).rows;
    const profiles = new Set((await legacy.query("select id from public.profiles")).rows.map((r) => r.id));
    const carried = new Map((await db.query("select * from public.team_invites")).rows.map((r) => [r.id, r]));
    const rejected = await rejectsIn(db, "team_invitations");
    for (const s of src) {
      const t = carried.get(s.id);
      if (!profiles.has(s.manager_id) || !s.invitee_email.trim()) {
        assert.equal(t, undefined);
        assert.equal(rejected.get(s.id)?.length, 1);
        continue;
      }
      assert.ok(t, `${s.id} carried`);
      assert.equal(t.team_id, md5Uuid(`team:${s.manager_id}`));
      assert.equal(t.invited_by, s.manager_id);
      assert.equal(t.invitee_email, s.invitee_email.trim());
      assert.equal(t.invitee_profile_id, profiles.has(s.invitee_user_id) ? s.invitee_user_id : null);
      assert.equal(t.token, s.token);
      assert.equal(t.role, "agent");
      assert.equal(t.legacy_status, s.status);
      assert.equal(t.status, INVITE_STATUS[s.status.trim().toLowerCase()] ?? "revoked", `${s.id}: ${s.status}`);
      assert.deepEqual(t.expires_at, s.expires_at);
      assert.equal(t.created_at.getTime(), (s.created_at ?? s.updated_at).getTime());
      assert.equal(t.responded_at !== null, ["accepted", "declined"].includes(t.status));
    }
    assert.equal(carried.size + rejected.size, src.length);
    assert.deepEqual(rejected.get(I.emptyEmail), ["team_invites: invitee e-mail is empty"]);
    assert.deepEqual(rejected.get(I.noManager), [`team_invites: inviting manager has no profile (manager_id ${NOBODY})`]);
    assert.deepEqual([carried.get(I.cancelled).status, carried.get(I.bogus).status, carried.get(I.bogus).legacy_status], ["revoked", "revoked", "bogus"]);
    assert.equal(carried.get(I.lostInvitee).invitee_profile_id, null);
    const note = await db.query("select note from salemate.migration_notes where phase = 3 and subject = 'team_invitations (values)'");
    assert.match(note.rows[0].note, /^1 invitation\(s\) had an unknown status .*; 1 named an invitee_user_id with no profile/);
    const lonely = await db.query("select t.id, m.role from public.teams t join public.team_memberships m on m.team_id = t.id and m.profile_id = t.owner_profile_id where t.owner_profile_id = $1", [T.lonely]);
    assert.deepEqual(lonely.rows, [{ id: md5Uuid(`team:${T.lonely}`), role: "manager" }], "an inviter without a team got one");
  });

  test("team_invitations reads the invites and writes through, as the old invitation flow did", async () => {
    await asInvitee(db, DEMO.manager, "manager@salemate.test", async (c) => {
      const mine = await c.query("select count(*)::int as n from public.team_invitations where manager_id <> $1", [DEMO.manager]);
      assert.equal(mine.rows[0].n, 0);
      const ins = await c.query("insert into public.team_invitations (manager_id, invitee_email, token) values ($1, 'fresh@fixture.test', 'fresh-token') returning id, status, expires_at",
        [DEMO.manager]);
      assert.equal(ins.rows[0].status, "pending");
      const t = await c.query("select team_id, invited_by, role, status from public.team_invites where id = $1", [ins.rows[0].id]);
      assert.deepEqual(t.rows[0], { team_id: md5Uuid(`team:${DEMO.manager}`), invited_by: DEMO.manager, role: "agent", status: "pending" });
      await c.query("update public.team_invitations set status = 'cancelled' where id = $1", [ins.rows[0].id]);
      assert.equal((await c.query("select status from public.team_invites where id = $1", [ins.rows[0].id])).rows[0].status, "revoked");
      assert.match(await errorOf(c, "update public.team_invitations set status = 'lost' where id = $1", [ins.rows[0].id]) ?? "", /unknown status/);
      await c.query("delete from public.team_invitations where id = $1", [ins.rows[0].id]);
      assert.equal((await c.query("select count(*)::int as n from public.team_invites where id = $1", [ins.rows[0].id])).rows[0].n, 0);
      assert.match(await errorOf(c, "insert into public.team_invitations (manager_id, invitee_email, token) values ($1, 'x@fixture.test', 'x-token')", [DEMO.agent2]) ?? "",
        /only admins act for another manager/);
    });
    // Anyone could invite in the old app: a user without a team gets one by inviting.
    await asInvitee(db, T.newcomer, EMAIL.newcomer, async (c) => {
      await c.query("insert into public.team_invitations (manager_id, invitee_email, token) values ($1, 'pal@fixture.test', 'pal-token')", [T.newcomer]);
      const team = await c.query("select t.name, m.role from public.teams t join public.team_memberships m on m.team_id = t.id and m.profile_id = $1 where t.owner_profile_id = $1", [T.newcomer]);
      assert.deepEqual(team.rows, [{ name: "New Comer's team", role: "manager" }]);
    });
  });

  test("an invitee finds the invite by e-mail, may only accept or decline it while it is open, and accepting makes them a member", async () => {
    const team = md5Uuid(`team:${DEMO.manager}`);
    await asInvitee(db, T.newcomer, EMAIL.newcomer, async (c) => {
      const seen = await c.query("select id from public.team_invites");
      assert.deepEqual(seen.rows, [{ id: I.forNewcomer }]);
      assert.match(await errorOf(c, "update public.team_invites set role = 'team_lead' where id = $1", [I.forNewcomer]) ?? "", /may only accept or decline/);
      assert.match(await errorOf(c, "update public.team_invites set status = 'revoked' where id = $1", [I.forNewcomer]) ?? "", /may only accept or decline/);
      await c.query("update public.team_invites set status = 'accepted' where id = $1", [I.forNewcomer]);
      const inv = await c.query("select invitee_profile_id, responded_at from public.team_invites where id = $1", [I.forNewcomer]);
      assert.equal(inv.rows[0].invitee_profile_id, T.newcomer);
      assert.ok(inv.rows[0].responded_at);
      const m = await c.query("select role, status from public.team_memberships where team_id = $1 and profile_id = $2", [team, T.newcomer]);
      assert.deepEqual(m.rows[0], { role: "agent", status: "active" });
      assert.deepEqual((await c.query("select id from public.teams")).rows, [{ id: team }], "a member now sees the team");
    });
    await asInvitee(db, T.late, EMAIL.late, async (c) => {
      assert.match(await errorOf(c, "update public.team_invites set status = 'accepted' where id = $1", [I.forLate]) ?? "", /expired/);
      assert.equal((await c.query("update public.team_invites set status = 'declined' where id = $1", [I.forNewcomer])).rowCount, 0, "not someone else's invite");
    });
  });

  test("the old app's way of joining (setting one's own manager_id) works only towards a manager who invited you", async () => {
    await asInvitee(db, T.newcomer, EMAIL.newcomer, async (c) => {
      assert.match(await errorOf(c, "update public.profiles set manager_id = $2 where id = $1", [T.newcomer, DEMO.agent2]) ?? "",
        /only be set to a manager who invited this profile/);
      await c.query("update public.profiles set manager_id = $2 where id = $1", [T.newcomer, DEMO.manager]);
      const m = await c.query("select team_id, legacy_table from public.team_memberships where profile_id = $1 and status = 'active'", [T.newcomer]);
      assert.deepEqual(m.rows, [{ team_id: md5Uuid(`team:${DEMO.manager}`), legacy_table: "profiles.manager_id" }]);
      await c.query("update public.profiles set manager_id = null where id = $1", [T.newcomer]);
    });
    await asInvitee(db, DEMO.admin, "admin@salemate.test", async (c) => {
      await c.query("update public.profiles set manager_id = $2 where id = $1", [T.late, DEMO.agent2]);
    });
  });

  test("RLS: the team's managers see and revoke its invites; other people see nothing", async () => {
    await asInvitee(db, DEMO.manager, "manager@salemate.test", async (c) => {
      const n = (await c.query("select count(*)::int as n from public.team_invites")).rows[0].n;
      const expected = (await db.query("select count(*)::int as n from public.team_invites where team_id = $1", [md5Uuid(`team:${DEMO.manager}`)])).rows[0].n;
      assert.equal(n, expected);
      assert.equal((await c.query("update public.team_invites set status = 'revoked' where id = $1", [I.forNewcomer])).rowCount, 1);
    });
    await asInvitee(db, DEMO.agent, "agent@salemate.test", async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.team_invites where invitee_email <> 'agent@salemate.test'")).rows[0].n, 0);
      assert.match(await errorOf(c, "insert into public.team_invites (team_id, invitee_email) values ($1, 'x@fixture.test')", [md5Uuid(`team:${DEMO.manager}`)]) ?? "",
        /row-level security/);
    });
    await asInvitee(db, DEMO.admin, "admin@salemate.test", async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.team_invites")).rows[0].n,
        (await db.query("select count(*)::int as n from public.team_invites")).rows[0].n);
    });
  });
});
