import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyLegacyBaseline, applySupabaseLayer, migrateAll } from "../../server/db/bootstrap.ts";
import { ROOT } from "../../server/paths.ts";
import { applyDemoRoles } from "../../server/seed/demo.ts";

/**
 * The one way tests get a database: each call returns a fresh database of its own, cloned
 * from a template built once per distinct content of sql/ and server/seed/ (so a run pays
 * for the migrations once, and a changed migration rebuilds the template).
 *
 * The cluster comes from SALEMATE_TEST_ADMIN_URL (set by jest's global setup, which starts an
 * embedded PostgreSQL) or DATABASE_URL (CI's PostgreSQL 15); tests only create and drop
 * their own databases there.
 */

export interface TestDatabaseOptions {
  /** empty: supabase layer only; legacy: + legacy schema and seed; migrated: + migrations. */
  stage?: "empty" | "legacy" | "migrated";
  /** Legacy seed scale (0: schema only). Default 1. */
  seedScale?: number;
  /** With stage "migrated": stop after this migration (version, name or prefix like "phase3"). */
  migrateTo?: string;
}

export interface TestDatabase {
  name: string;
  url: string;
  pool: pg.Pool;
  query: pg.Pool["query"];
  drop(): Promise<void>;
}

export function adminUrl(): string {
  const url = process.env.SALEMATE_TEST_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error("No test database cluster: run the tests with `npm test` (starts an embedded PostgreSQL) or set DATABASE_URL to a PostgreSQL the tests may create databases in.");
  }
  return url;
}

export function urlFor(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = "/" + database;
  return u.toString();
}

let sourceHash: string | undefined;
function contentHash(): string {
  if (sourceHash) return sourceHash;
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(sql|ts|json)$/.test(f)) h.update(p.slice(ROOT.length)).update(readFileSync(p));
    }
  };
  walk(path.join(ROOT, "sql"));
  walk(path.join(ROOT, "server", "seed"));
  walk(path.join(ROOT, "server", "db"));
  sourceHash = h.digest("hex").slice(0, 10);
  return sourceHash;
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function databaseExists(c: pg.ClientBase, name: string): Promise<boolean> {
  const r = await c.query("select 1 from pg_database where datname = $1", [name]);
  return r.rowCount === 1;
}

/** Builds the content of a database at a stage. Also used by benchmarks. */
export async function buildDatabase(url: string, opts: Required<Pick<TestDatabaseOptions, "stage" | "seedScale">> & { migrateTo?: string }): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await applySupabaseLayer(c);
    if (opts.stage === "empty") return;
    await applyLegacyBaseline(c);
    if (opts.seedScale > 0) {
      const { seedLegacy } = await import("../../server/seed/legacy.ts");
      await c.query("begin");
      await seedLegacy(c, { scale: opts.seedScale });
      await c.query("commit");
    }
    if (opts.stage === "migrated") {
      await migrateAll(c, { to: opts.migrateTo });
      // As `salemate start` does for the demo data (only once fully migrated).
      if (opts.seedScale > 0 && !opts.migrateTo) await applyDemoRoles(c);
    }
  } finally {
    await c.end();
  }
}

export async function ensureTemplate(opts: Required<Pick<TestDatabaseOptions, "stage" | "seedScale">> & { migrateTo?: string }): Promise<string> {
  const key = [opts.stage, opts.seedScale, opts.migrateTo ?? "all"].join("_").replace(/[^a-z0-9_]/gi, "");
  const name = `salemate_tpl_${key}_${contentHash()}`.toLowerCase().slice(0, 63);
  return withAdmin(async (c) => {
    if (await databaseExists(c, name)) return name;
    // One builder per template across parallel test processes.
    await c.query("select pg_advisory_lock(hashtext($1))", [name]);
    try {
      if (await databaseExists(c, name)) return name;
      const building = `${name.slice(0, 50)}_b${randomBytes(3).toString("hex")}`;
      await c.query(`create database "${building}"`);
      try {
        await buildDatabase(urlFor(building), opts);
      } catch (err) {
        await c.query(`drop database if exists "${building}" with (force)`);
        throw err;
      }
      await c.query(`alter database "${building}" rename to "${name}"`);
      // Templates of older contents are dead weight.
      const stale = await c.query<{ datname: string }>(
        "select datname from pg_database where datname like $1 and datname <> $2",
        [`salemate_tpl_${key.toLowerCase()}_%`, name],
      );
      // Not forced: a template another test process is cloning right now stays until next time.
      for (const s of stale.rows) await c.query(`drop database if exists "${s.datname}"`).catch(() => {});
      return name;
    } finally {
      await c.query("select pg_advisory_unlock(hashtext($1))", [name]);
    }
  });
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const opts = { stage: options.stage ?? "migrated", seedScale: options.seedScale ?? 1, migrateTo: options.migrateTo };
  const template = await ensureTemplate(opts);
  const name = `salemate_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdmin(async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`create database "${name}" template "${template}"`);
        return;
      } catch (err) {
        // Another process cloning the same template at this instant holds it briefly.
        if (attempt < 20 && /being accessed by other users/.test((err as Error).message)) {
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
          continue;
        }
        throw err;
      }
    }
  });
  const url = urlFor(name);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // drop() ends the pool and then drops the database with force: a connection still closing at
  // that instant is terminated by the server, which must not fail the test.
  pool.on("error", () => {});
  let dropped = false;
  return {
    name,
    url,
    pool,
    query: pool.query.bind(pool) as pg.Pool["query"],
    async drop() {
      if (dropped) return;
      dropped = true;
      await pool.end();
      await withAdmin((c) => c.query(`drop database if exists "${name}" with (force)`));
    },
  };
}
