import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, errorOf } from "../../helpers/migration-kit.ts";

/** system_settings, feature_flags and audit_logs stay where they are: admin only, documented. */
describe("system_settings, feature_flags, audit_logs", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", migrateTo: "phase7" });
  });
  afterAll(() => db?.drop());

  for (const table of ["system_settings", "feature_flags", "audit_logs"]) {
    test(`${table}: admins read and write it, nobody else sees a row`, async () => {
      const total = (await db.query(`select count(*)::int as n from public.${table}`)).rows[0].n;
      assert.ok(total > 0, "the seed has rows");
      await asUser(db, DEMO.admin, async (c) => {
        assert.equal((await c.query(`select count(*)::int as n from public.${table}`)).rows[0].n, total);
        const upd = table === "audit_logs" ? "update public.audit_logs set context = '{}'" : `update public.${table} set description = description`;
        assert.equal((await c.query(upd)).rowCount, total);
      });
      for (const who of [DEMO.support, DEMO.manager, DEMO.agent]) {
        await asUser(db, who, async (c) => {
          assert.equal((await c.query(`select count(*)::int as n from public.${table}`)).rows[0].n, 0, who);
          assert.equal((await c.query(`delete from public.${table}`)).rowCount, 0, who);
        });
      }
      await asUser(db, null, async (c) => {
        assert.match((await errorOf(c, `select 1 from public.${table}`))!, /permission denied/);
      });
    });
  }

  test("a non-admin cannot add a setting, a flag or an audit entry", async () => {
    await asUser(db, DEMO.support, async (c) => {
      assert.match((await errorOf(c, "insert into public.system_settings (key, value) values ('x', '1')"))!, /row-level security/);
      assert.match((await errorOf(c, "insert into public.feature_flags (key, enabled) values ('x', true)"))!, /row-level security/);
      assert.match((await errorOf(c, "insert into public.audit_logs (action, entity, entity_id) values ('x', 'x', 'x')"))!, /row-level security/);
    });
  });

  test("each table and every column says what it is for, and the legacy policies gave way", async () => {
    const undocumented = await db.query(`
      select c.relname || coalesce('.' || a.attname, '') as what
      from pg_class c left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.oid in ('public.system_settings'::regclass, 'public.feature_flags'::regclass, 'public.audit_logs'::regclass)
        and coalesce(col_description(c.oid, a.attnum), case when a.attnum is null then obj_description(c.oid, 'pg_class') end, '') = ''
      union all
      select relname from pg_class where oid in ('public.system_settings'::regclass, 'public.feature_flags'::regclass, 'public.audit_logs'::regclass)
        and obj_description(oid, 'pg_class') not like '%Owner%' and obj_description(oid, 'pg_class') not like '%Written by%'`);
    assert.deepEqual(undocumented.rows, []);
    const policies = await db.query(
      "select tablename, policyname from pg_policies where tablename in ('system_settings', 'feature_flags', 'audit_logs') order by 1",
    );
    assert.deepEqual(policies.rows, [
      { tablename: "audit_logs", policyname: "Admins read and write the audit log" },
      { tablename: "feature_flags", policyname: "Admins manage feature flags" },
      { tablename: "system_settings", policyname: "Admins manage system settings" },
    ]);
  });
});
