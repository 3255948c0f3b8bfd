import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { assertRefused, asUser, DEMO } from "../../helpers/migration-kit.ts";

/**
 * The test databases carry Supabase's default privileges (sql/supabase/03_default_privileges.sql:
 * everything made in public is granted to anon, authenticated and service_role as it is made),
 * so what the migrations forget to revoke shows here as it would on a Supabase project.
 */
describe("Supabase's default privileges", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
  });
  afterAll(() => db?.drop());

  const API = ["anon", "authenticated"];
  const RELATION_PRIVILEGES = ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"];

  test("the database has them: tables, sequences and functions in public go to anon, authenticated and service_role", async () => {
    const { rows } = await db.query(
      `select d.defaclobjtype as kind, array_agg(distinct a.grantee::regrole::text order by a.grantee::regrole::text) as grantees
       from pg_default_acl d cross join lateral aclexplode(d.defaclacl) a
       where d.defaclnamespace = 'public'::regnamespace and a.grantee <> 0 group by 1 order by 1`,
    );
    for (const kind of ["S", "f", "r"]) {
      const row = rows.find((r) => r.kind === kind);
      assert.ok(row, `default privileges for ${kind}`);
      for (const role of ["anon", "authenticated", "service_role"]) assert.ok(row.grantees.includes(role), `${kind} to ${role}`);
    }
  });

  test("anon reaches nothing in public but published content: no other relation, no sequence, no function", async () => {
    const rel = await db.query(
      `select c.relname, p.priv from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join unnest($1::text[]) p(priv)
       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and has_table_privilege('anon', c.oid, p.priv) order by 1, 2`,
      [RELATION_PRIVILEGES],
    );
    assert.deepEqual(rel.rows, [{ relname: "cms_content", priv: "SELECT" }, { relname: "cms_pages", priv: "SELECT" }]);
    const seq = await db.query(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and case when c.relkind = 'S' then has_sequence_privilege('anon', c.oid, 'USAGE') or has_sequence_privilege('anon', c.oid, 'SELECT') end`,
    );
    assert.deepEqual(seq.rows, []);
    const fn = await db.query(
      `select p.oid::regprocedure::text as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and has_function_privilege('anon', p.oid, 'execute')`,
    );
    assert.deepEqual(fn.rows, []);
  });

  test("no API user truncates, references or triggers on anything in public, nor writes through a view without INSTEAD OF triggers", async () => {
    const { rows } = await db.query(
      `select c.relname, r.role, p.priv from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join unnest($1::text[]) r(role) cross join unnest(array['TRUNCATE', 'REFERENCES', 'TRIGGER', 'INSERT', 'UPDATE', 'DELETE']) p(priv)
       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
         and has_table_privilege(r.role, c.oid, p.priv)
         and (p.priv in ('TRUNCATE', 'REFERENCES', 'TRIGGER')
              or (c.relkind in ('v', 'm') and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and (t.tgtype & 64) <> 0)))
       order by 1, 2, 3`,
      [API],
    );
    assert.deepEqual(rows, []);
    // The read-only views refuse writes from the service role too (inventory_orders would pass them to lead_transactions).
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("set local role service_role");
      await assertRefused(c, "delete from public.inventory_orders");
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("authenticated draws from the sequences of tables it inserts into, but never sets them", async () => {
    const { rows } = await db.query(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and case when c.relkind = 'S' then has_sequence_privilege('authenticated', c.oid, 'UPDATE') end`,
    );
    assert.deepEqual(rows, []);
    await asUser(db, DEMO.admin, async (c) => {
      await assertRefused(c, "select setval('public.inventory_items_id_seq', 1)");
    });
  });

  test("legacy_archive and the internal schemas are unreachable to anon and authenticated", async () => {
    for (const schema of ["legacy_archive", "supabase_migrations"]) {
      for (const role of API) {
        const { rows } = await db.query("select has_schema_privilege($1, $2, 'USAGE') as usage", [role, schema]);
        assert.equal(rows[0].usage, false, `${role} uses ${schema}`);
      }
    }
    const { rows } = await db.query(
      `select n.nspname || '.' || c.relname as rel, r.role, p.priv from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join unnest($1::text[]) r(role) cross join unnest($2::text[]) p(priv)
       where n.nspname in ('legacy_archive', 'salemate', 'supabase_migrations') and c.relkind in ('r', 'p', 'v', 'm', 'f')
         and has_table_privilege(r.role, c.oid, p.priv) order by 1, 2, 3`,
      [API, RELATION_PRIVILEGES],
    );
    assert.deepEqual(rows, []);
    const auth = await db.query("select has_table_privilege('authenticated', 'auth.users', 'SELECT') as a, has_table_privilege('anon', 'auth.users', 'SELECT') as b");
    assert.deepEqual(auth.rows[0], { a: false, b: false });
    await asUser(db, DEMO.admin, async (c) => {
      await assertRefused(c, "select count(*) from legacy_archive.team_invitations");
      await assertRefused(c, "select count(*) from salemate.migration_rejects");
    });
  });
});
