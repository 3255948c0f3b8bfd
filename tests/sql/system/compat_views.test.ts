import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

const PHASE_5_TO_7 = [
  "salemate-inventory", "projects", "partners", "project_partner_commissions",
  "support_cases", "support_case_replies",
  "templates_email", "templates_sms", "cms_pages", "cms_media", "notifications",
];

/** The old app keeps working only if each legacy name still has the legacy columns and types. */
describe("compatibility views of phases 5-7", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", migrateTo: "phase7" });
  });
  afterAll(() => db?.drop());

  test("each has the legacy table's columns, types and order (salemate.legacy_snapshot)", async () => {
    const { rows } = await db.query(
      `select s.table_name,
              (select array_agg((c->>'column') || ' ' || (c->>'type') order by o) from jsonb_array_elements(s.columns) with ordinality x(c, o)) as legacy,
              (select array_agg(attname || ' ' || format_type(atttypid, atttypmod) order by attnum) from pg_attribute
               where attrelid = to_regclass(format('public.%I', s.table_name)) and attnum > 0 and not attisdropped) as now
       from salemate.legacy_snapshot s where s.table_name = any($1) order by 1`,
      [PHASE_5_TO_7],
    );
    assert.equal(rows.length, PHASE_5_TO_7.length);
    for (const r of rows) assert.deepEqual(r.now, r.legacy, r.table_name);
  });

  test("each reads the new tables with the caller's rights, is hidden from GraphQL and has an instead-of trigger for each write", async () => {
    const { rows } = await db.query(
      `select c.relname, c.relkind::text as kind, c.reloptions, obj_description(c.oid, 'pg_class') ~ '^@behavior -\\*\\n' as hidden,
              (select array_agg(t.tgname::text order by t.tgname) from pg_trigger t where t.tgrelid = c.oid) as triggers,
              exists (select 1 from pg_depend d join pg_rewrite w on w.oid = d.objid join pg_class a on a.oid = d.refobjid
                      where w.ev_class = c.oid and a.relnamespace = 'legacy_archive'::regnamespace) as reads_archive
       from pg_class c where c.relnamespace = 'public'::regnamespace and c.relname = any($1) order by 1`,
      [PHASE_5_TO_7],
    );
    for (const r of rows) {
      const name = r.relname.replace(/-/g, "_");
      assert.deepEqual(
        [r.kind, r.reloptions, r.hidden, r.triggers, r.reads_archive],
        ["v", ["security_invoker=true"], true, ["delete", "insert", "update"].map((op) => `tg_${name}__instead_of_${op}`), false],
        r.relname,
      );
    }
  });
});
