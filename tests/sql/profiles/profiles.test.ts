import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { DEMO, asUser, errorOf } from "../../helpers/migration-kit.ts";
import { FINANCE, P, makeFinance, phase2Databases } from "./fixtures.ts";

/** profiles augmented (status, onboarding_state, profile_type), its guards and RLS; profile_preferences. */
describe("profiles", () => {
  let db: TestDatabase;
  let legacy: TestDatabase;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, legacy, drop } = await phase2Databases());
  });
  afterAll(() => drop());

  test("status, onboarding_state and profile_type are backfilled from the legacy columns; nothing else changed", async () => {
    const old = new Map((await legacy.query("select * from public.profiles")).rows.map((r) => [r.id, r]));
    const hasReports = new Set([...old.values()].filter((r) => r.manager_id && r.manager_id !== r.id).map((r) => r.manager_id));
    const now = (await db.query("select * from public.profiles")).rows;
    assert.equal(now.length, old.size);
    const types = new Set<string>();
    for (const p of now) {
      const l = old.get(p.id);
      assert.ok(l);
      assert.equal(p.status, l.is_banned ? "banned" : "active", `status of ${p.id}`);
      assert.equal(p.is_banned, l.is_banned, "is_banned kept as it was");
      assert.equal(p.onboarding_state, l.phone_verified_at ? "completed" : l.phone?.trim() ? "phone_pending" : "new");
      const byRole: Record<string, string> = { admin: "admin", support: "support", manager: "manager" };
      assert.equal(p.profile_type, byRole[l.role] ?? (l.manager_id || hasReports.has(p.id) ? "agent" : "customer"), `profile_type of ${p.id}`);
      types.add(p.profile_type);
      for (const col of ["email", "name", "phone", "role", "manager_id", "created_at", "updated_at", "phone_verified_at", "last_login_at"]) {
        assert.deepEqual(p[col], l[col], `${col} of ${p.id}`);
      }
    }
    assert.deepEqual([...types].sort(), ["admin", "agent", "customer", "manager", "support"]);
    const banned = now.find((p) => p.id === P.banned);
    assert.deepEqual([banned.status, banned.profile_type, banned.onboarding_state], ["banned", "customer", "new"]);
  });

  test("user_role knows finance, and profile_type follows a role change", async () => {
    const labels = await db.query("select array_agg(enumlabel::text order by enumsortorder) as l from pg_enum where enumtypid = 'public.user_role'::regtype");
    assert.ok(labels.rows[0].l.includes("finance"));
    await makeFinance(db);
    const r = await db.query("select role, profile_type from public.profiles where id = $1", [FINANCE]);
    assert.deepEqual(r.rows[0], { role: "finance", profile_type: "finance" });
  });

  test("status and is_banned stay in step, whichever is written", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const state = async () => (await c.query("select status, is_banned from public.profiles where id = $1", [P.quiet])).rows[0];
      await c.query("update public.profiles set is_banned = true where id = $1", [P.quiet]);
      assert.deepEqual(await state(), { status: "banned", is_banned: true });
      await c.query("update public.profiles set status = 'suspended' where id = $1", [P.quiet]);
      assert.deepEqual(await state(), { status: "suspended", is_banned: false });
      assert.match(await errorOf(c, "update public.profiles set status = 'gone' where id = $1", [P.quiet]) ?? "", /profiles_status_check/);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("a user edits their own profile but not their role, status or profile type; admins may", async () => {
    await asUser(db, DEMO.agent, async (c) => {
      const own = await c.query("update public.profiles set name = 'Ahmed H.' where id = $1", [DEMO.agent]);
      assert.equal(own.rowCount, 1);
      assert.equal((await c.query("update public.profiles set name = 'x' where id = $1", [DEMO.manager])).rowCount, 0, "not someone else's");
      for (const change of ["role = 'admin'", "status = 'active', is_banned = true", "profile_type = 'manager'"]) {
        assert.match(await errorOf(c, `update public.profiles set ${change} where id = $1`, [DEMO.agent]) ?? "", /only admins change/, change);
      }
    });
    await asUser(db, DEMO.admin, async (c) => {
      await c.query("update public.profiles set role = 'support' where id = $1", [DEMO.agent]);
      const r = await c.query("select role, profile_type from public.profiles where id = $1", [DEMO.agent]);
      assert.deepEqual(r.rows[0], { role: "support", profile_type: "support" });
    });
  });

  test("sign-up: a user creates their own profile as a user, and gets their preferences row", async () => {
    const id = "f2900000-0000-4000-8000-000000000001";
    await db.query("insert into auth.users (id, email) values ($1, 'signup@fixture.test') on conflict do nothing", [id]);
    await asUser(db, id, async (c) => {
      assert.match(await errorOf(c, "insert into public.profiles (id, email, name, role) values ($1, 'signup@fixture.test', 'New', 'admin')", [id]) ?? "",
        /a new profile starts as a user/);
      assert.match(await errorOf(c, "insert into public.profiles (id, email, name, wallet_balance) values ($1, 'signup@fixture.test', 'New', 100)", [id]) ?? "",
        /wallet_balance mirrors the wallet/);
      await c.query("insert into public.profiles (id, email, name, role) values ($1, 'signup@fixture.test', 'New', 'user')", [id]);
      const p = await c.query("select status, profile_type, onboarding_state from public.profiles where id = $1", [id]);
      assert.deepEqual(p.rows[0], { status: "active", profile_type: "customer", onboarding_state: "new" });
      const prefs = await c.query("select locale, timezone, notification_channels from public.profile_preferences where profile_id = $1", [id]);
      assert.deepEqual(prefs.rows[0], { locale: "ar-EG", timezone: "Africa/Cairo", notification_channels: ["inapp"] });
    });
  });

  test("every profile has its preferences; each person reads and changes only their own", async () => {
    const missing = await db.query("select count(*)::int as n from public.profiles p where not exists (select 1 from public.profile_preferences x where x.profile_id = p.id)");
    assert.equal(missing.rows[0].n, 0);
    await asUser(db, DEMO.agent, async (c) => {
      assert.deepEqual((await c.query("select profile_id from public.profile_preferences")).rows, [{ profile_id: DEMO.agent }]);
      await c.query("update public.profile_preferences set locale = 'en', notification_channels = '{inapp,whatsapp}'");
      assert.equal((await c.query("select locale from public.profile_preferences")).rows[0].locale, "en");
      assert.match(await errorOf(c, "update public.profile_preferences set locale = 'english'") ?? "", /check/);
      assert.match(await errorOf(c, "update public.profile_preferences set notification_channels = '{pigeon}'") ?? "", /check/);
    });
  });

  test("RLS: a profile reads itself; admins and support read all; managers read the people they manage; anon nothing", async () => {
    const total = (await db.query("select count(*)::int as n from public.profiles")).rows[0].n;
    await asUser(db, DEMO.agent, async (c) => {
      assert.deepEqual((await c.query("select id from public.profiles")).rows, [{ id: DEMO.agent }]);
    });
    for (const staff of [DEMO.admin, DEMO.support]) {
      await asUser(db, staff, async (c) => assert.equal((await c.query("select count(*)::int as n from public.profiles")).rows[0].n, total));
    }
    await asUser(db, DEMO.manager, async (c) => {
      const seen = (await c.query("select id from public.profiles")).rows.map((r) => r.id);
      assert.ok(seen.includes(DEMO.agent), "the manager's agent");
      assert.ok(!seen.includes(DEMO.agent2), "another manager's agent");
    });
    await asUser(db, null, async (c) => assert.match(await errorOf(c, "select * from public.profiles") ?? "", /permission denied/));
  });
});
