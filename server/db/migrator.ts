import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { lineOfPosition, splitSqlStatements, type SqlStatement } from "./sql-statements.js";

/**
 * Applies `sql/migrations/<version>_<name>.sql` in version order, each file in its own
 * transaction, recording them in `supabase_migrations.schema_migrations` exactly as the
 * Supabase CLI does (version, name, statements), so `supabase db push` sees them as applied.
 */

export interface MigrationFile {
  version: string;
  name: string;
  file: string;
  statements: SqlStatement[];
}

export interface MigrateOptions {
  dir: string;
  /** Stop after this version (inclusive). Accepts a full version or a phase prefix like `phase3`. */
  to?: string;
  dryRun?: boolean;
  log?: (line: string) => void;
}

export interface MigrateResult {
  applied: string[];
  pending: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  constructor(
    message: string,
    public readonly file: string,
    public readonly line?: number,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

const FILE_PATTERN = /^(\d{14})_([a-z0-9_]+)\.sql$/;

export function readMigrations(dir: string): MigrationFile[] {
  const names = readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
  return names.map((f) => {
    const m = FILE_PATTERN.exec(f);
    if (!m) throw new MigrationError(`${f}: migration files must be named <14-digit timestamp>_<snake_case_name>.sql`, f);
    const file = path.join(dir, f);
    return { version: m[1]!, name: m[2]!, file, statements: splitSqlStatements(readFileSync(file, "utf8")) };
  });
}

export async function ensureHistoryTable(client: pg.ClientBase): Promise<void> {
  // The Supabase CLI's own statements, so that a database set up here and one set up by
  // `supabase db push` have the same history table.
  await client.query("create schema if not exists supabase_migrations");
  await client.query("create table if not exists supabase_migrations.schema_migrations (version text not null primary key)");
  await client.query("alter table supabase_migrations.schema_migrations add column if not exists statements text[]");
  await client.query("alter table supabase_migrations.schema_migrations add column if not exists name text");
}

export async function appliedVersions(client: pg.ClientBase): Promise<Map<string, { name: string | null; statements: string[] | null }>> {
  const exists = await client.query("select to_regclass('supabase_migrations.schema_migrations') is not null as ok");
  if (!exists.rows[0].ok) return new Map();
  const { rows } = await client.query<{ version: string; name: string | null; statements: string[] | null }>(
    "select version, name, statements from supabase_migrations.schema_migrations order by version",
  );
  return new Map(rows.map((r) => [r.version, { name: r.name, statements: r.statements }]));
}

function resolveTarget(files: MigrationFile[], to: string | undefined): number {
  if (to === undefined) return files.length - 1;
  const idx = findLastIndex(files, (f) => f.version === to || f.name === to || f.name.startsWith(`${to}_`) || `${f.version}_${f.name}` === to);
  if (idx === -1) {
    throw new MigrationError(`--to ${to}: no migration with that version or name (known: ${files.map((f) => f.version + "_" + f.name).join(", ")})`, to);
  }
  return idx;
}

function findLastIndex<T>(xs: T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!)) return i;
  return -1;
}

export async function migrate(client: pg.ClientBase, opts: MigrateOptions): Promise<MigrateResult> {
  const log = opts.log ?? (() => {});
  const files = readMigrations(opts.dir);
  const last = resolveTarget(files, opts.to);
  if (!opts.dryRun) await ensureHistoryTable(client);
  const applied = await appliedVersions(client);

  for (const f of files) {
    const prior = applied.get(f.version);
    if (prior && prior.statements && !sameStatements(prior.statements, f.statements)) {
      throw new MigrationError(
        `${path.basename(f.file)} was changed after it was applied (version ${f.version}). Applied migrations must not be edited: add a new migration instead.`,
        f.file,
      );
    }
  }

  const result: MigrateResult = { applied: [], pending: [], alreadyApplied: [] };
  for (const [i, f] of files.entries()) {
    const label = `${f.version}_${f.name}.sql`;
    if (applied.has(f.version)) {
      result.alreadyApplied.push(label);
      continue;
    }
    if (i > last) break;
    if (opts.dryRun) {
      log(`would apply ${label} (${f.statements.length} statements)`);
      result.pending.push(label);
      continue;
    }
    log(`applying ${label}`);
    await applyFile(client, f);
    result.applied.push(label);
  }
  if (!opts.dryRun && result.applied.length === 0) log("database is up to date");
  return result;
}

async function applyFile(client: pg.ClientBase, f: MigrationFile): Promise<void> {
  await client.query("begin");
  try {
    for (const s of f.statements) {
      try {
        await client.query(s.text);
      } catch (err) {
        throw describe(err, f, s);
      }
    }
    await client.query(
      "insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)",
      [f.version, f.name, f.statements.map((s) => s.text)],
    );
    await client.query("commit");
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  }
}

function describe(err: unknown, f: MigrationFile, s: SqlStatement): MigrationError {
  const e = err as { message?: string; position?: string; where?: string; detail?: string; hint?: string };
  const offset = e.position ? lineOfPosition(s.text, Number(e.position)) : 0;
  const line = s.line + offset;
  const parts = [`${path.basename(f.file)}:${line}: ${e.message ?? String(err)}`];
  if (e.detail) parts.push(`  detail: ${e.detail}`);
  if (e.hint) parts.push(`  hint: ${e.hint}`);
  if (e.where) parts.push(`  where: ${e.where.split("\n")[0]}`);
  parts.push(`  ${path.basename(f.file)} was rolled back; earlier migrations stay applied. Fix it and run migrate again.`);
  return new MigrationError(parts.join("\n"), f.file, line);
}

function sameStatements(a: string[], b: SqlStatement[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]!.text);
}
