// A migrated database that had SaleMate's legacy functions and triggers in it (the drift of
// tests/helpers/drift-functions.ts), and the callers of the legacy RPCs: a signed-in user (role
// authenticated with the JWT claims, as PostgREST sets them) and the service role (the app's edge
// functions).

import assert from "node:assert/strict";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { applyDemoRoles } from "../../../server/seed/demo.ts";
import { demoId } from "../../../server/seed/legacy-world.ts";
import type { TestDatabase } from "../../helpers/database.ts";
import { driftedLegacyDatabase } from "../../helpers/drift.ts";
import { legacyFunctionsAndTriggers } from "../../helpers/drift-functions.ts";

export const PEOPLE = {
  admin: demoId(1),
  support: demoId(2),
  manager: demoId(3), // legacy role manager; the agent reports to them
  teamLead: demoId(4),
  agent: demoId(5),
  agent2: demoId(6), // another team
  finance: demoId(7),
  customer: demoId(8),
} as const;

/** The legacy database with SaleMate's functions and triggers planted, migrated, demo roles applied. */
export async function migratedWithLegacyFunctions(): Promise<TestDatabase> {
  const db = await driftedLegacyDatabase(legacyFunctionsAndTriggers);
  try {
    const c = await db.pool.connect();
    try {
      await migrate(c, { dir: MIGRATIONS_DIR });
      await applyDemoRoles(c);
    } finally {
      c.release();
    }
  } catch (err) {
    await db.drop();
    throw err;
  }
  return db;
}

type Work<T> = (c: pg.PoolClient) => Promise<T>;

async function within<T>(pool: pg.Pool, setup: string[], fn: Work<T>, keep: boolean): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query("begin");
    for (const s of setup) await c.query(s);
    const out = await fn(c);
    await c.query(keep ? "commit" : "rollback");
    return out;
  } catch (err) {
    await c.query("rollback").catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

const claims = (profile: string) => JSON.stringify({ sub: profile, role: "authenticated" }).replace(/'/g, "''");

/** As a signed-in user, in a transaction rolled back at the end (committed with keep). */
export function asUser<T>(pool: pg.Pool, profile: string, fn: Work<T>, keep = false): Promise<T> {
  return within(pool, ["set local role authenticated", `select set_config('request.jwt.claims', '${claims(profile)}', true)`], fn, keep);
}

/** As the service role (an edge function with the service key). */
export function asService<T>(pool: pg.Pool, fn: Work<T>, keep = false): Promise<T> {
  return within(pool, ["set local role service_role", `select set_config('request.jwt.claims', '{"role": "service_role"}', true)`], fn, keep);
}

/** The error a statement raises (its SQLSTATE and message), or null when it succeeds; rolled back to a savepoint either way. */
export async function errorOf(c: pg.ClientBase, sql: string, params: unknown[] = []): Promise<{ code: string; message: string } | null> {
  await c.query("savepoint e");
  try {
    await c.query(sql, params);
    await c.query("release savepoint e");
    return null;
  } catch (err) {
    await c.query("rollback to savepoint e");
    const e = err as { code?: string; message: string };
    return { code: e.code ?? "", message: e.message };
  }
}

/** Asserts the statement is refused as the caller's lack of rights (42501), its message matching. */
export async function expectRefused(c: pg.ClientBase, sql: string, params: unknown[], message: RegExp): Promise<void> {
  const e = await errorOf(c, sql, params);
  assert.ok(e, `expected ${sql} to be refused`);
  assert.equal(e.code, "42501", e.message);
  assert.match(e.message, message);
}

/** A wallet's balance and the sum of its completed ledger entries (they must agree). */
export async function walletOf(c: pg.ClientBase, profile: string): Promise<{ balance: number; ledger: number }> {
  const { rows: [r] } = await c.query(
    `select coalesce(w.balance, 0)::float8 as balance,
            coalesce((select sum(l.amount) from public.profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed'), 0)::float8 as ledger
     from (select $1::uuid as profile_id) p left join public.profile_wallets w on w.profile_id = p.profile_id`,
    [profile]);
  return r;
}
