import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { applyFileAgain, checksums, migrationsFailingIn, schemaFingerprint, verifyPhase } from "../../helpers/migration-kit.ts";

const PHASE2_FILES = [...readdirSync(MIGRATIONS_DIR)].filter((f) => /^\d{14}_phase2_/.test(f)).sort().map((f) => path.join(MIGRATIONS_DIR, f));
const WALLETS_FILE = PHASE2_FILES.find((f) => f.endsWith("_phase2_wallets.sql"))!;

const TABLES = [
  "public.profiles", "public.profile_preferences", "public.profile_wallets", "public.profile_wallet_ledger",
  "public.profile_payment_transactions", "public.wallet_topup_requests", "public.user_wallets", "public.wallet_transactions",
  "public.payment_transactions", "salemate.wallet_reconciliation",
  "(select legacy_table, legacy_id, target_table, reason, row_data from salemate.migration_rejects where phase = 2)",
  "(select subject, note from salemate.migration_notes where phase = 2)",
];

describe("phase 2 migration files", () => {
  test("failing half-way through the wallets file (after its backfill) leaves the database as it was, and a re-run succeeds", async () => {
    const db = await createTestDatabase({ stage: "migrated", migrateTo: "phase2_profiles" });
    const c = await db.pool.connect();
    try {
      const watched = ["public.profiles", "public.user_wallets", "public.wallet_transactions", "salemate.migration_rejects", "salemate.migration_notes"];
      const before = await checksums(c, watched);
      const failing = migrationsFailingIn(WALLETS_FILE, "-- From here on, profiles.wallet_balance only follows the wallet");
      try {
        await assert.rejects(migrate(c, { dir: failing.dir, to: "phase2" }), /forced failure half-way/);
      } finally {
        failing.cleanup();
      }
      const gone = await c.query(`select to_regclass('public.profile_wallets') as wallets, to_regclass('public.profile_wallet_ledger') as ledger,
                                         to_regclass('salemate.wallet_reconciliation') as reconciliation, to_regprocedure('salemate.sync_wallet_balances(uuid[],uuid[])') as fn`);
      assert.deepEqual(gone.rows[0], { wallets: null, ledger: null, reconciliation: null, fn: null });
      assert.deepEqual(await checksums(c, watched), before, "profiles.wallet_balance, the legacy views and the bookkeeping are as they were");
      assert.match(await viewDefinition(c, "user_wallets"), /legacy_archive\.user_wallets/, "user_wallets is still phase 1's pass-through view");
      const recorded = await c.query("select name from supabase_migrations.schema_migrations where name like 'phase2%' order by 1");
      assert.deepEqual(recorded.rows.map((r) => r.name), ["phase2_profiles"]);

      const r = await migrate(c, { dir: MIGRATIONS_DIR, to: "phase2" });
      assert.deepEqual(r.applied, PHASE2_FILES.slice(1).map((f) => path.basename(f)));
      assert.match(await viewDefinition(c, "user_wallets"), /profile_wallets/);
      const off = await c.query(`select count(*)::int as n from public.profile_wallets w
        where w.balance <> coalesce((select sum(l.amount) from public.profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed'), 0)`);
      assert.equal(off.rows[0].n, 0);
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

    test("applying each phase 2 file again changes nothing, even twice in one transaction", async () => {
      await c.query("begin");
      try {
        const sums = await checksums(c, TABLES);
        const schema = await schemaFingerprint(c);
        for (const f of PHASE2_FILES) await applyFileAgain(c, f);
        assert.deepEqual(await checksums(c, TABLES), sums);
        assert.deepEqual(await schemaFingerprint(c), schema);
        for (const f of PHASE2_FILES) await applyFileAgain(c, f);
        assert.deepEqual(await checksums(c, TABLES), sums);
      } finally {
        await c.query("rollback");
      }
    });

    test("salemate verify: every phase 2 mapping accounts for every legacy row", async () => {
      const checks = await verifyPhase(c, 2);
      assert.deepEqual(checks.map((m) => m.legacy).sort(), ["payment_transactions", "user_wallets", "wallet_transactions"]);
      for (const m of checks) {
        assert.equal(m.ok, true, `${m.legacy}: ${m.problem}`);
        assert.equal(m.legacyRows, m.carried + m.rejected);
        assert.ok(m.carried > 0);
      }
      assert.ok(checks.find((m) => m.legacy === "wallet_transactions")!.rejected > 0, "the seed's impossible ledger rows are rejected");
    });
  });
});

async function viewDefinition(c: pg.ClientBase, view: string): Promise<string> {
  return (await c.query("select pg_get_viewdef($1::regclass) as d", [`public.${view}`])).rows[0].d;
}
