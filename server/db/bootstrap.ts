import type pg from "pg";
import { LEGACY_SQL_DIR, MIGRATIONS_DIR, SUPABASE_SQL_DIR } from "../paths.js";
import { applySqlDir } from "./apply-sql.js";
import { migrate, takeMigrationLock, type MigrateResult } from "./migrator.js";

/**
 * The ways a database is brought up. One place, used by `salemate start`, `seed --legacy`
 * and the tests, so they all build the same thing.
 */

/** Supabase's auth schema and roles, where missing. Idempotent; safe on a real project. */
export async function applySupabaseLayer(client: pg.ClientBase, opts: { log?: (line: string) => void } = {}): Promise<void> {
  await applyLayer(client, SUPABASE_SQL_DIR, opts.log);
}

/** Whether public already holds any table (a database that is not empty is not ours to seed). */
export async function publicTableCount(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    "select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'legacy_archive') and c.relkind in ('r', 'p', 'v', 'm')",
  );
  return Number(rows[0]!.n);
}

/** SaleMate's legacy schema (scratch, embedded and test databases only). */
export async function applyLegacyBaseline(client: pg.ClientBase): Promise<void> {
  await applyLayer(client, LEGACY_SQL_DIR);
}

/**
 * In one transaction, under the migration lock (the transaction-level form of the lock a
 * migrate run holds): two replicas starting together run this just before migrating, and
 * its `if not exists` checks are only safe one run at a time.
 */
async function applyLayer(client: pg.ClientBase, dir: string, log?: (line: string) => void): Promise<void> {
  await client.query("begin");
  try {
    await takeMigrationLock(client, "transaction", log);
    await applySqlDir(client, dir);
    await client.query("commit");
  } catch (err) {
    await client.query("rollback");
    throw err;
  }
}

export async function migrateAll(client: pg.ClientBase, opts: { to?: string; log?: (l: string) => void } = {}): Promise<MigrateResult> {
  return migrate(client, { dir: MIGRATIONS_DIR, to: opts.to, log: opts.log });
}
