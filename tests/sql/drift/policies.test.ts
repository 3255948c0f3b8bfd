import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate, type MigrateResult } from "../../../server/db/migrator.ts";
import { loadMigrationMap } from "../../../server/migration-map.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { applyDemoRoles } from "../../../server/seed/demo.ts";
import { runVerification } from "../../../server/verify/run.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { DRIFT_VARIANTS, driftedLegacyDatabase, type DriftVariant, type PlantedPolicy } from "../../helpers/drift.ts";
import { applyFileAgain, asUser, DEMO } from "../../helpers/migration-kit.ts";
import { checkMatrixInSql, loadMatrix, matrixFixtures, personas } from "../rls/matrix.ts";

/**
 * Policy take-over on drifted legacy databases (tests/helpers/drift.ts): for each variant,
 * migrate completes, verify passes, no planted policy or grant survives, each planted policy is
 * recorded with a definition that puts it back, signed-in users read profiles, leads and the
 * compatibility views as on a clean migration, and the RLS read matrix holds.
 */

const MIGRATION_FILES = Array.from(readdirSync(MIGRATIONS_DIR)).filter((f) => f.endsWith(".sql")).sort();
const COMPAT_VIEWS = [...new Set(loadMigrationMap().filter((m) => m.compatView).map((m) => m.legacy))].sort();
const READ_AS = { agent: DEMO.agent, manager: DEMO.manager, customer: DEMO.customer, admin: DEMO.admin };
const COMMANDS: Record<string, string> = { r: "select", a: "insert", w: "update", d: "delete", "*": "all" };

interface PolicyFacts {
  name: string;
  command: string;
  permissive: boolean;
  roles: string[];
  using: string | null;
  check: string | null;
}

/** The policies on a table, their expressions read under a fixed search_path (so they read the same before and after). */
async function policiesOn(c: pg.ClientBase, table: string, name?: string): Promise<PolicyFacts[]> {
  await c.query("begin");
  try {
    await c.query("set local search_path = pg_catalog, pg_temp");
    const { rows } = await c.query(
      `select x.polname as name, x.polcmd::text as cmd, x.polpermissive as permissive,
              array(select case when r = 0 then 'public' else r::regrole::text end from unnest(x.polroles) r order by 1) as roles,
              pg_get_expr(x.polqual, x.polrelid) as using, pg_get_expr(x.polwithcheck, x.polrelid) as check
       from pg_policy x where x.polrelid = $1::regclass and ($2::text is null or x.polname = $2) order by 1`,
      [table, name ?? null],
    );
    return rows.map((r) => ({ name: r.name, command: COMMANDS[r.cmd]!, permissive: r.permissive, roles: Array.from(r.roles as string[]), using: r.using, check: r.check }));
  } finally {
    await c.query("rollback");
  }
}

/** Whether a role ($3, or "public") holds a privilege ($2) on a table ($1) by a grant of its own. */
const HELD = `select exists (select 1 from pg_class k cross join lateral aclexplode(k.relacl) a
                             where k.oid = $1::regclass and a.privilege_type = upper($2)
                               and a.grantee = case when $3 = 'public' then 0 else $3::regrole::oid end) as held`;

const sameTerms = (a: PolicyFacts, b: PolicyFacts) =>
  a.command === b.command && a.permissive === b.permissive && a.using === b.using && a.check === b.check && a.roles.join() === b.roles.join();

/** Where a legacy table is after the migration: legacy_archive when phase 1 moved it, else public. */
async function legacyLocation(c: pg.ClientBase, table: string): Promise<string> {
  const { rows } = await c.query(
    "select format('%I.%I', n.nspname, k.relname) as t from pg_class k join pg_namespace n on n.oid = k.relnamespace where k.oid = salemate.legacy_source($1)",
    [table],
  );
  assert.ok(rows[0].t, `${table} is in neither legacy_archive nor public`);
  return rows[0].t;
}

/** Policies (by definition) and grants (table and column) on every table the migration took over. */
async function takenOverState(c: pg.ClientBase | pg.Pool): Promise<string[]> {
  const { rows } = await c.query<{ item: string }>(`
    with t as (select to_regclass(format('%I.%I', schema_name, table_name)) as oid from salemate.policy_takeovers)
    select 'policy ' || salemate.policy_definition(x.oid) as item from t join pg_policy x on x.polrelid = t.oid
    union all
    select format('grant %s on %s to %s', a.privilege_type, t.oid::regclass, case when a.grantee = 0 then 'public' else a.grantee::regrole::text end)
    from t join pg_class k on k.oid = t.oid cross join lateral aclexplode(k.relacl) a
    union all
    select format('grant %s (%s) on %s to %s', a.privilege_type, att.attname, t.oid::regclass, case when a.grantee = 0 then 'public' else a.grantee::regrole::text end)
    from t join pg_attribute att on att.attrelid = t.oid and att.attnum > 0 and not att.attisdropped and att.attacl is not null
    cross join lateral aclexplode(att.attacl) a
    order by 1`);
  return rows.map((r) => r.item);
}

/** How many rows each relation gives each reader, read as that signed-in user; an error is the answer. */
async function readsAs(db: TestDatabase, relations: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const [who, id] of Object.entries(READ_AS)) {
    await asUser(db, id, async (c) => {
      for (const r of relations) {
        await c.query("savepoint r");
        try {
          const { rows } = await c.query(`select count(*)::int as n from public."${r.replace(/"/g, '""')}"`);
          out.push(`${r} as ${who}: ${rows[0].n}`);
          await c.query("release savepoint r");
        } catch (err) {
          out.push(`${r} as ${who}: ${(err as Error).message}`);
          await c.query("rollback to savepoint r");
        }
      }
    });
  }
  return out;
}

let clean: TestDatabase;
beforeAll(async () => {
  clean = await createTestDatabase({ stage: "migrated" });
});
afterAll(async () => {
  await clean?.drop();
});

describe.each(DRIFT_VARIANTS)("drift: $name", (variant: DriftVariant) => {
  let db: TestDatabase;
  let c: pg.PoolClient;
  let symptom: string | null = null;
  const planted = new Map<PlantedPolicy, PolicyFacts>();
  let migrated: MigrateResult | undefined;
  let migrateError: Error | undefined;

  beforeAll(async () => {
    db = await driftedLegacyDatabase(variant);
    c = await db.pool.connect();
    for (const p of variant.policies ?? []) {
      const [facts] = await policiesOn(c, `public."${p.table}"`, p.name);
      assert.ok(facts, `planted policy ${p.name} on ${p.table}`);
      planted.set(p, facts);
    }
    symptom = (await readsAs(db, ["profiles"])).find((r) => !/: \d+$/.test(r)) ?? null;
    try {
      migrated = await migrate(c, { dir: MIGRATIONS_DIR });
      await applyDemoRoles(c); // as for the clean template: the demo finance account gets its role
    } catch (err) {
      migrateError = err as Error;
    }
  });
  afterAll(async () => {
    c?.release();
    await db?.drop();
  });

  if (variant.symptom) {
    test(`before migrating, the drift breaks reading profiles as a signed-in user (${variant.symptom.source})`, () => {
      assert.match(symptom ?? "no error", variant.symptom!);
    });
  }

  test("migrate completes: every migration file applies", () => {
    assert.equal(migrateError?.message, undefined);
    assert.deepEqual([...migrated!.applied], MIGRATION_FILES);
  });

  test("salemate verify passes: every mapping and every schema check, the policy take-over ones included", async () => {
    const v = await runVerification(c);
    assert.deepEqual(v.mappings.filter((m) => !m.ok).map((m) => `${m.legacy}→${m.target}: ${m.problem}`), []);
    assert.deepEqual(v.schema.filter((s) => !s.ok).map((s) => `${s.check}: ${s.detail}`), []);
    assert.ok(v.schema.some((s) => s.check.startsWith("every policy on a table the project took over")));
    assert.ok((v.policies?.legacyPolicies ?? 0) > planted.size, "the baseline's policies and the planted ones are counted as taken over");
    assert.equal(v.ok, true);
  });

  if (variant.policies?.length) {
    test("no planted policy is left: none has its terms, and its name is only ever the project's own policy", async () => {
      const left: string[] = [];
      for (const [p, facts] of planted) {
        const table = await legacyLocation(c, p.table);
        for (const now of await policiesOn(c, table)) {
          if (sameTerms(now, facts)) left.push(`${table}: ${now.name} has the terms of planted ${p.name}`);
          if (now.name !== p.name) continue;
          const own = await c.query(
            `select 1 from pg_policy x join pg_class k on k.oid = x.polrelid join pg_namespace n on n.oid = k.relnamespace
             join salemate.project_policies o on o.schema_name = n.nspname and o.table_name = k.relname and o.policy_name = x.polname
               and o.definition = salemate.policy_definition(x.oid)
             where x.polrelid = $1::regclass and x.polname = $2`,
            [table, p.name],
          );
          if (!own.rowCount) left.push(`${table}: ${p.name} is still there and is not the project's`);
        }
      }
      assert.deepEqual(left, []);
    });

    test("each planted policy is recorded in salemate.legacy_policies, and its recorded definition puts it back as it was", async () => {
      for (const [p, facts] of planted) {
        const table = await legacyLocation(c, p.table);
        const { rows } = await c.query(
          `select phase, schema_name, table_name, permissive, command, roles, using_expr, check_expr, definition from salemate.legacy_policies
           where format('%I.%I', schema_name, table_name)::regclass = $1::regclass and policy_name = $2`,
          [table, p.name],
        );
        assert.equal(rows.length, 1, `${p.name} on ${table} recorded once`);
        const r = rows[0];
        assert.deepEqual(
          { permissive: r.permissive, command: r.command, roles: Array.from(r.roles as string[]), using: r.using_expr, check: r.check_expr },
          { permissive: facts.permissive, command: facts.command, roles: facts.roles, using: facts.using, check: facts.check },
          `${p.name} on ${table}`,
        );
        await c.query("begin");
        try {
          await c.query(`drop policy if exists "${p.name.replace(/"/g, '""')}" on ${table}`); // the project's, when it took the name
          await c.query(r.definition);
          const [back] = await policiesOn(c, table, p.name);
          assert.ok(back && sameTerms(back, facts), `${r.definition} recreates ${p.name}`);
        } finally {
          await c.query("rollback");
        }
      }
    });
  }

  if (variant.grants?.length) {
    test("no planted grant is left: anon, PUBLIC and authenticated keep none the project does not make", async () => {
      const left: string[] = [];
      for (const g of variant.grants!) {
        const table = await legacyLocation(c, g.table);
        for (const priv of g.privileges) {
          const { rows } = await c.query(HELD, [table, priv, g.role]);
          if (!rows[0].held) continue;
          // Held: only as the project's own grant, one a clean migration makes too.
          const meant = await clean.query(HELD, [table, priv, g.role]);
          if (!meant.rows[0].held) left.push(`${priv} on ${table} to ${g.role}`);
        }
      }
      assert.deepEqual(left, []);
    });
  }

  if (variant.functions?.length) {
    test("the legacy security-definer functions get a pinned search_path, noted, and still work", async () => {
      for (const f of variant.functions!) {
        const { rows } = await c.query("select proconfig from pg_proc where oid = $1::regprocedure", [f.signature]);
        assert.deepEqual(Array.from(rows[0].proconfig ?? []), ["search_path=public, pg_temp"], f.signature);
        const note = await c.query("select note from salemate.migration_notes where phase = 7 and subject = $1", [`${f.signature} (search_path)`]);
        assert.match(note.rows[0]?.note ?? "", /had no search_path; pinned to public, pg_temp/);
      }
      const role = await asUser(db, DEMO.admin, (u) => u.query("select public.get_user_role() as r"));
      assert.equal(role.rows[0].r, "admin");
    });
  }

  test("policies and grants on every taken-over table are exactly those of a clean migration", async () => {
    const [drifted, reference] = [await takenOverState(c), await takenOverState(clean.pool)];
    assert.deepEqual(drifted.filter((x) => !reference.includes(x)), [], "on the drifted database only");
    assert.deepEqual(reference.filter((x) => !drifted.includes(x)), [], "on the clean migration only");
  });

  test("signed-in users read profiles, leads and every compatibility view without error, and see what a clean migration shows them", async () => {
    const relations = ["profiles", "leads", ...COMPAT_VIEWS];
    const got = await readsAs(db, relations);
    assert.deepEqual(got.filter((r) => !/: \d+$/.test(r)), [], "no read fails (infinite recursion, permission denied)");
    assert.deepEqual(got, await readsAs(clean, relations));
  });

  // Last: its fixtures add rows.
  test("the RLS read matrix holds on the migrated variant", async () => {
    const matrix = loadMatrix();
    const people = await personas(c, matrix);
    const { fx, actor } = await matrixFixtures(c, people);
    const r = await checkMatrixInSql(c, matrix, people, fx, actor, ["select"]);
    assert.ok(r.cells >= Object.keys(matrix.tables).length * people.length);
    assert.deepEqual(r.mismatches, []);
  });
});

describe("part-way through the migration (up to phase 3)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", migrateTo: "phase3" });
  });
  afterAll(async () => {
    await db?.drop();
  });

  test("an archived table keeps its legacy policies while the app reads it through phase 1's pass-through view; replaced ones are taken over", async () => {
    const kept = await db.query("select policyname from pg_policies where schemaname = 'legacy_archive' and tablename = 'lead_requests' order by 1");
    assert.deepEqual(kept.rows.map((r) => r.policyname), [
      "Admins can update lead requests", "Admins can view all lead requests", "Users can create their own lead requests", "Users can view their own lead requests",
    ]);
    const taken = await db.query(
      "select table_name from salemate.policy_takeovers where schema_name = 'legacy_archive' and table_name in ('lead_requests', 'user_wallets', 'team_invitations') order by 1",
    );
    assert.deepEqual(taken.rows.map((r) => r.table_name), ["team_invitations", "user_wallets"]);
    // The old app, reading lead_requests as the caller: its own rows, all of them for an admin.
    const own = await db.query("select count(*)::int as n from legacy_archive.lead_requests where user_id = $1", [DEMO.agent]);
    const all = await db.query("select count(*)::int as n from legacy_archive.lead_requests");
    const asAgent = await asUser(db, DEMO.agent, (c) => c.query("select count(*)::int as n from public.lead_requests"));
    const asAdmin = await asUser(db, DEMO.admin, (c) => c.query("select count(*)::int as n from public.lead_requests"));
    assert.deepEqual([asAgent.rows[0].n, asAdmin.rows[0].n], [own.rows[0].n, all.rows[0].n]);
    assert.ok(all.rows[0].n > own.rows[0].n);
  });
});

describe("after the migration", () => {
  let db: TestDatabase;
  let c: pg.PoolClient;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    c = await db.pool.connect();
  });
  afterAll(async () => {
    c?.release();
    await db?.drop();
  });

  const takeOverCheck = async () => {
    const v = await runVerification(c);
    return v.schema.find((s) => s.check.startsWith("every policy on a table the project took over"))!;
  };

  test("every policy of the legacy baseline is recorded as taken over, and none is left", async () => {
    const legacy = await createTestDatabase({ stage: "legacy", seedScale: 0 });
    try {
      const before = await legacy.query("select format('%s.%s', tablename, policyname) as p from pg_policies where schemaname = 'public' order by 1");
      const recorded = await c.query("select format('%s.%s', table_name, policy_name) as p from salemate.legacy_policies order by 1");
      assert.ok(before.rows.length > 80, `${before.rows.length} legacy policies`);
      assert.deepEqual(recorded.rows.map((r) => r.p), before.rows.map((r) => r.p));
      const left = await c.query(
        `select format('%s.%s', l.table_name, l.policy_name) as p from salemate.legacy_policies l
         join pg_policy x on x.polrelid = to_regclass(format('%I.%I', l.schema_name, l.table_name)) and salemate.policy_definition(x.oid) = l.definition`,
      );
      assert.deepEqual(left.rows, []);
    } finally {
      await legacy.drop();
    }
  });

  test("a policy made by hand afterwards fails verify, naming it; re-running the table's file takes it over and keeps the project's own", async () => {
    const ownBefore = await c.query("select policy_name, definition from salemate.project_policies where table_name = 'profiles' order by 1");
    await c.query("begin");
    try {
      await c.query(`create policy "Everyone reads profiles" on public.profiles for select using (true)`);
      const failed = await takeOverCheck();
      assert.equal(failed.ok, false);
      assert.match(failed.detail ?? "", /public\.profiles: "Everyone reads profiles"/);

      await applyFileAgain(c, path.join(MIGRATIONS_DIR, MIGRATION_FILES.find((f) => f.endsWith("_phase2_profiles.sql"))!));
      assert.deepEqual((await policiesOn(c, "public.profiles", "Everyone reads profiles")), []);
      const recorded = await c.query("select phase from salemate.legacy_policies where table_name = 'profiles' and policy_name = 'Everyone reads profiles'");
      assert.deepEqual(recorded.rows, [{ phase: 2 }]);
      const ownAfter = await c.query(
        `select o.policy_name, o.definition from salemate.project_policies o
         join pg_policy x on x.polrelid = 'public.profiles'::regclass and x.polname = o.policy_name and salemate.policy_definition(x.oid) = o.definition
         where o.table_name = 'profiles' order by 1`,
      );
      assert.deepEqual(ownAfter.rows, ownBefore.rows);
      assert.ok(ownAfter.rows.length >= 7);
      assert.equal((await takeOverCheck()).ok, true);
    } finally {
      await c.query("rollback");
    }
  });

  test("a legacy policy put back is named as one taken over", async () => {
    const { rows } = await c.query("select definition from salemate.legacy_policies where table_name = 'leads' and policy_name = 'Admins can view all leads'");
    await c.query("begin");
    try {
      await c.query(rows[0].definition);
      const failed = await takeOverCheck();
      assert.equal(failed.ok, false);
      assert.match(failed.detail ?? "", /public\.leads: "Admins can view all leads" \(a legacy policy taken over by phase 4, back again\)/);
    } finally {
      await c.query("rollback");
    }
  });
});
