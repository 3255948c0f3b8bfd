/**
 * What the migration tests share: the seed's fixed account ids, a migrated database built on
 * top of their own messy legacy rows, acting as a user under RLS, table checksums, re-running
 * a migration file, and a copy of the migrations with one file made to fail half-way.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { migrate } from "../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../server/paths.ts";
import { checkMapping, type MappingCheck } from "../../server/verify/mappings.ts";
import { loadMigrationMap, type Mapping, type VerifySpec } from "../../server/migration-map.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

/** The seed's fixed accounts (server/seed/legacy-world.ts DEMO). */
export const DEMO = {
  admin: "00000000-0000-4000-8000-000000000001",
  support: "00000000-0000-4000-8000-000000000002",
  manager: "00000000-0000-4000-8000-000000000003",
  teamLead: "00000000-0000-4000-8000-000000000004",
  agent: "00000000-0000-4000-8000-000000000005",
  agent2: "00000000-0000-4000-8000-000000000006",
  finance: "00000000-0000-4000-8000-000000000007",
  customer: "00000000-0000-4000-8000-000000000008",
} as const;

/** A user id that never had a profile. */
export const NOBODY = "99999999-9999-4999-8999-999999999999";

export function migrationFile(phase: 5 | 6 | 7): string {
  const name = readdirSync(MIGRATIONS_DIR).find((f) => new RegExp(`^\\d{14}_phase${phase}_`).test(f));
  if (!name) throw new Error(`no phase ${phase} migration in ${MIGRATIONS_DIR}`);
  return path.join(MIGRATIONS_DIR, name);
}

/**
 * A seeded legacy database plus `fixture` (SQL run against the legacy tables before any
 * migration), migrated up to `to` (default: everything).
 */
export async function migratedWithFixture(fixture: string, to?: string): Promise<TestDatabase> {
  const db = await createTestDatabase({ stage: "legacy", seedScale: 1 });
  try {
    const c = await db.pool.connect();
    try {
      await c.query(fixture);
      await migrate(c, { dir: MIGRATIONS_DIR, to });
    } finally {
      c.release();
    }
  } catch (err) {
    await db.drop();
    throw err;
  }
  return db;
}

/**
 * Runs `fn` as an authenticated user (or anon when `sub` is null) in a transaction that is
 * rolled back, the way the gateway sets a request up; `claims` adds to the token's (e.g. email).
 */
export async function asUser<T>(db: TestDatabase, sub: string | null, fn: (c: pg.PoolClient) => Promise<T>, claims: Record<string, unknown> = {}): Promise<T> {
  const c = await db.pool.connect();
  try {
    await c.query("begin");
    if (sub === null) {
      await c.query("set local role anon");
      await c.query("select set_config('request.jwt.claims', '{\"role\":\"anon\"}', true)");
    } else {
      await c.query("set local role authenticated");
      await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub, role: "authenticated", ...claims })]);
    }
    return await fn(c);
  } finally {
    await c.query("rollback").catch(() => {});
    c.release();
  }
}

/** The error a statement raises, or null; inside the caller's transaction, through a savepoint so it goes on. */
export async function errorOf(c: pg.ClientBase, sql: string, params: unknown[] = []): Promise<string | null> {
  return (await refusalOf(c, sql, params))?.message ?? null;
}

/** The error a statement raises, SQLSTATE and message, or null; rolled back to a savepoint either way. */
export async function refusalOf(c: pg.ClientBase, sql: string, params: unknown[] = []): Promise<{ code: string; message: string } | null> {
  await c.query("savepoint probe");
  try {
    await c.query(sql, params);
    await c.query("release savepoint probe");
    return null;
  } catch (err) {
    await c.query("rollback to savepoint probe");
    return { code: (err as { code?: string }).code ?? "", message: (err as Error).message };
  }
}

/**
 * Asserts that a statement is refused as a refusal, not as any error: by default 42501
 * (insufficient_privilege: no grant, a policy's check, or our triggers' refusals). Returns the message.
 */
export async function assertRefused(c: pg.ClientBase, sql: string, params: unknown[] = [], code = "42501", message?: RegExp): Promise<string> {
  const r = await refusalOf(c, sql, params);
  if (!r) throw new Error(`expected ${code}, the statement succeeded: ${sql}`);
  if (r.code !== code) throw new Error(`expected ${code}, got ${r.code} (${r.message}): ${sql}`);
  if (message && !message.test(r.message)) throw new Error(`expected a message matching ${message}, got "${r.message}"`);
  return r.message;
}

/** Row count and an order-independent md5 of every row, per relation. */
export async function checksums(c: pg.ClientBase, relations: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const r of relations) {
    const { rows } = await c.query(
      `select count(*)::text || ':' || md5(coalesce(string_agg(md5(x::text), '' order by md5(x::text)), '')) as sum from ${r} x`,
    );
    out[r] = rows[0].sum;
  }
  return out;
}

/**
 * The shape of the public and salemate schemas: relations and their columns, constraints,
 * indexes, policies, triggers, view definitions, function bodies, grants and comments.
 */
export async function schemaFingerprint(c: pg.ClientBase): Promise<string[]> {
  const { rows } = await c.query<{ item: string }>(`
    with rel as (
      select c.oid, c.relname, c.relkind, n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'salemate') and c.relkind in ('r', 'p', 'v', 'm', 'i', 'S')
    )
    select format('rel %s.%s %s rls=%s acl=%s opts=%s comment=%s', r.nspname, r.relname, r.relkind, c.relrowsecurity, c.relacl, c.reloptions,
                  obj_description(r.oid, 'pg_class')) as item from rel r join pg_class c on c.oid = r.oid
    union all select format('col %s.%s %s %s notnull=%s default=%s acl=%s comment=%s', r.nspname, r.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                  a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attacl, col_description(r.oid, a.attnum))
      from rel r join pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    union all select format('con %s %s %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid)) from pg_constraint k join rel r on r.oid = k.conrelid
    union all select format('idx %s', pg_get_indexdef(i.indexrelid)) from pg_index i join rel r on r.oid = i.indrelid
    union all select format('pol %s %s %s %s %s %s', p.polrelid::regclass, p.polname, p.polcmd, p.polpermissive, pg_get_expr(p.polqual, p.polrelid),
                  pg_get_expr(p.polwithcheck, p.polrelid)) from pg_policy p join rel r on r.oid = p.polrelid
    union all select format('trg %s', pg_get_triggerdef(t.oid)) from pg_trigger t join rel r on r.oid = t.tgrelid where not t.tgisinternal
    union all select format('view %s %s', r.relname, pg_get_viewdef(r.oid)) from rel r where r.relkind in ('v', 'm')
    union all select format('fn %s %s %s', p.oid::regprocedure, md5(p.prosrc), p.proacl) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ('public', 'salemate')
    order by 1`);
  return rows.map((r) => r.item);
}

/** Applies a migration file's SQL once more (the caller holds a transaction). */
export async function applyFileAgain(c: pg.ClientBase, file: string): Promise<void> {
  await c.query(readFileSync(file, "utf8"));
}

/**
 * A copy of sql/migrations up to and including `file`, with `failure` inserted into that file
 * just before the line starting with `beforeMarker`: applying the copy fails half-way.
 */
export function migrationsFailingIn(file: string, beforeMarker: string, failure = "do $$ begin raise exception 'forced failure half-way through the phase'; end $$;"): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "salemate-failing-"));
  const base = path.basename(file);
  for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".sql")).sort()) {
    if (f > base) break;
    if (f !== base) {
      copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
      continue;
    }
    const text = readFileSync(file, "utf8");
    const at = text.indexOf(`\n${beforeMarker}`);
    if (at < 0) throw new Error(`${base}: marker not found: ${beforeMarker}`);
    writeFileSync(path.join(dir, f), `${text.slice(0, at + 1)}${failure}\n${text.slice(at + 1)}`);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** salemate verify's per-mapping check, for the map entries of one phase. */
export async function verifyPhase(c: pg.ClientBase, phase: number): Promise<MappingCheck[]> {
  const out: MappingCheck[] = [];
  for (const m of loadMigrationMap()) {
    if (m.phase === phase && m.verify) out.push(await checkMapping(c, m as Mapping & { verify: VerifySpec }));
  }
  return out;
}

export async function rejectsOf(c: pg.ClientBase, legacyTable: string): Promise<Map<string, string[]>> {
  const { rows } = await c.query<{ legacy_id: string; target_table: string; reason: string }>(
    "select legacy_id, target_table, reason from salemate.migration_rejects where legacy_table = $1 order by target_table",
    [legacyTable],
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.legacy_id, [...(out.get(r.legacy_id) ?? []), `${r.target_table}: ${r.reason}`]);
  return out;
}
