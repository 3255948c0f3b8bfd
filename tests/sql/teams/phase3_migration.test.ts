import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { applyFileAgain, checksums, migrationsFailingIn, schemaFingerprint, verifyPhase } from "../../helpers/migration-kit.ts";

const PHASE3_FILES = [...readdirSync(MIGRATIONS_DIR)].filter((f) => /^\d{14}_phase3_/.test(f)).sort().map((f) => path.join(MIGRATIONS_DIR, f));
const TEAMS_FILE = PHASE3_FILES.find((f) => f.endsWith("_phase3_teams.sql"))!;

const TABLES = [
  "public.teams", "public.team_memberships", "public.team_invites", "public.team_invitations", "public.team_relationships_view", "public.profiles",
  "(select legacy_table, legacy_id, target_table, reason, row_data from salemate.migration_rejects where phase = 3)",
  "(select subject, note from salemate.migration_notes where phase = 3)",
];

describe("phase 3 migration files", () => {
  test("failing half-way through the teams file (after its backfill) leaves the database as it was, and a re-run succeeds", async () => {
    const db = await createTestDatabase({ stage: "migrated", migrateTo: "phase2" });
    const c = await db.pool.connect();
    try {
      const watched = ["public.profiles", "public.team_invitations", "salemate.migration_rejects", "salemate.migration_notes"];
      const before = await checksums(c, watched);
      const hasRole = await functionSource(c, "salemate.has_role(text)");
      const failing = migrationsFailingIn(TEAMS_FILE, "-- From now on the old app's manager_id changes move the mirroring membership");
      try {
        await assert.rejects(migrate(c, { dir: failing.dir, to: "phase3" }), /forced failure half-way/);
      } finally {
        failing.cleanup();
      }
      const gone = await c.query("select to_regclass('public.teams') as teams, to_regclass('public.team_memberships') as memberships, to_regprocedure('salemate.legacy_team_id(uuid)') as fn");
      assert.deepEqual(gone.rows[0], { teams: null, memberships: null, fn: null });
      assert.deepEqual(await checksums(c, watched), before);
      assert.equal(await functionSource(c, "salemate.has_role(text)"), hasRole, "has_role is phase 1's again");
      assert.equal((await c.query("select count(*)::int as n from supabase_migrations.schema_migrations where name like 'phase3%'")).rows[0].n, 0);

      const r = await migrate(c, { dir: MIGRATIONS_DIR, to: "phase3" });
      assert.deepEqual(r.applied, PHASE3_FILES.map((f) => path.basename(f)));
      assert.match(await functionSource(c, "salemate.has_role(text)"), /team_memberships/);
      const mirrored = await c.query(`select (select count(*) from public.profiles p where p.manager_id is not null and p.manager_id <> p.id)::int as legacy,
                                             (select count(*) from public.team_memberships where legacy_table = 'profiles.manager_id')::int as carried`);
      assert.equal(mirrored.rows[0].carried, mirrored.rows[0].legacy);
    } finally {
      c.release();
      await db.drop();
    }
  });

  describe("on a database migrated through phase 3", () => {
    let db: TestDatabase;
    let c: pg.PoolClient;
    beforeAll(async () => {
      db = await createTestDatabase({ stage: "migrated", migrateTo: "phase3" });
      c = await db.pool.connect();
    });
    afterAll(async () => {
      c?.release();
      await db?.drop();
    });

    test("applying each phase 3 file again changes nothing, even twice in one transaction", async () => {
      await c.query("begin");
      try {
        const sums = await checksums(c, TABLES);
        const schema = await schemaFingerprint(c);
        for (const f of PHASE3_FILES) await applyFileAgain(c, f);
        assert.deepEqual(await checksums(c, TABLES), sums);
        assert.deepEqual(await schemaFingerprint(c), schema);
        for (const f of PHASE3_FILES) await applyFileAgain(c, f);
        assert.deepEqual(await checksums(c, TABLES), sums);
      } finally {
        await c.query("rollback");
      }
    });

    test("salemate verify: every phase 3 mapping accounts for every legacy row", async () => {
      const checks = await verifyPhase(c, 3);
      assert.deepEqual(checks.map((m) => m.legacy).sort(), ["profiles.manager_id", "team_invitations"]);
      for (const m of checks) {
        assert.equal(m.ok, true, `${m.legacy}: ${m.problem}`);
        assert.ok(m.carried > 0);
      }
    });

    test("the role helpers are security definer, stable, pinned to pg_catalog and granted to the API roles", async () => {
      const { rows } = await c.query(`
        select p.oid::regprocedure::text as fn, p.prosecdef, p.provolatile, p.proconfig,
               has_function_privilege('anon', p.oid, 'execute') as anon, has_function_privilege('authenticated', p.oid, 'execute') as auth
        from pg_proc p where p.oid in ('salemate.has_role(text)'::regprocedure, 'salemate.manages_profile(uuid)'::regprocedure,
                                       'salemate.is_team_member(uuid)'::regprocedure, 'salemate.manages_team(uuid)'::regprocedure)`);
      assert.equal(rows.length, 4);
      for (const r of rows) {
        assert.deepEqual([r.prosecdef, r.provolatile, r.proconfig, r.anon, r.auth], [true, "s", ["search_path=pg_catalog, pg_temp"], true, true], r.fn);
      }
    });
  });
});

async function functionSource(c: pg.ClientBase, fn: string): Promise<string> {
  return (await c.query("select prosrc from pg_proc where oid = $1::regprocedure", [fn])).rows[0].prosrc;
}
