import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pRetry from "p-retry";
import type pg from "pg";
import { runSqlScript, SqlFileError } from "./apply-sql.js";
import { sameSql, splitSqlStatements, type SqlStatement } from "./sql-statements.js";

/**
 * Applies `sql/migrations/<version>_<name>.sql` in version order, each file sent to the
 * server as one script in its own transaction, recording them in
 * `supabase_migrations.schema_migrations` as the Supabase CLI does (version, name,
 * statements), so `supabase db push` sees them as applied. One run at a time per database:
 * a second waits for the first, then finds the history up to date.
 */

export interface MigrationFile {
  version: string;
  name: string;
  file: string;
  /** The file as written, and its statements as PostgreSQL's parser splits it (what the history records). */
  text: string;
  statements: SqlStatement[];
  /**
   * What is sent: the text, less a BEGIN … COMMIT around the whole file, which the runner's own
   * transaction stands in for. `statements` is undefined when libpg-query cannot parse the file.
   */
  script: { text: string; statements?: SqlStatement[] };
  /** Why libpg-query could not parse the file: the server alone judges it, and the history records it whole. */
  unparsed?: string;
  /** Why the runner will not apply the file (raised only if it is still to be applied). */
  refused?: MigrationError;
  /** Earlier revisions this file replaces with the same effect: the `-- salemate:replaces sha256:…` lines. */
  replaces: string[];
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
  /** Another run held the lock when this one started. */
  waitedForLock: boolean;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    public readonly file: string,
    public readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/**
 * The advisory lock key of a migrate run ("SaleMate" in ASCII). Session-level, so it outlives
 * each file's transaction: run migrate over a direct or session-mode connection, not through a
 * transaction pooler.
 */
export const MIGRATION_LOCK = BigInt("0x53616c654d617465").toString();

const FILE_PATTERN = /^(\d{14})_([a-z0-9_]+)\.sql$/;

/**
 * A file edited after databases applied it, to do the same work another way (faster, say), names
 * each earlier revision it stands for on a line of its own: `-- salemate:replaces sha256:<hex>`,
 * the digest of the statements that revision's history records (`historyDigest`, which the
 * refusal of an edited file prints). A database that applied such a revision keeps it as applied;
 * one that did not applies the file as it is now. Any other edit of an applied file is refused.
 */
const REPLACES = /^--[ \t]*salemate:replaces[ \t]+(sha256:[0-9a-f]{64})[ \t]*$/gm;

/** The digests a file's replaces lines name; a line that says salemate:replaces in any other form is an error, not ignored. */
function replacedRevisions(base: string, text: string): string[] {
  const digests: string[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (!/^--[ \t]*salemate:replaces\b/.test(line)) continue;
    const m = new RegExp(REPLACES.source).exec(line);
    if (!m) throw new MigrationError(`${base}:${i + 1}: a replaces line is "-- salemate:replaces sha256:<64 hex digits>" alone on its line (put any explanation on the next line)`, base, i + 1);
    digests.push(m[1]!);
  }
  return digests;
}

/** The digest of a file's statements as a history records them. */
export function historyDigest(statements: readonly string[]): string {
  return `sha256:${createHash("sha256").update(statements.join("\n;\n")).digest("hex")}`;
}

/** The digest this runner records for a migration file's text (`salemate migrate --digest <file>`). */
export function fileDigest(file: string): string {
  return historyDigest(parseMigration(path.basename(file), readFileSync(file, "utf8")).statements.map((s) => s.text));
}

export function readMigrations(dir: string): MigrationFile[] {
  const names = readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
  return names.map((f) => {
    const m = FILE_PATTERN.exec(f);
    if (!m) throw new MigrationError(`${f}: migration files must be named <14-digit timestamp>_<snake_case_name>.sql`, f);
    const file = path.join(dir, f);
    const text = readFileSync(file, "utf8");
    return { version: m[1]!, name: m[2]!, file, replaces: replacedRevisions(f, text), ...parseMigration(f, text) };
  });
}

function parseMigration(base: string, text: string): Pick<MigrationFile, "text" | "statements" | "script" | "unparsed" | "refused"> {
  let statements: SqlStatement[];
  try {
    statements = splitSqlStatements(text);
  } catch (err) {
    // The parser is PostgreSQL 18's; the server may accept what it does not. Never guess a split.
    const whole = { text: text.trim(), line: 1, start: 0, end: [...text].length, kind: "unparsed" };
    return { text, statements: [whole], script: { text }, unparsed: (err as Error).message };
  }
  const own = statements.filter((s) => s.transaction && ENDS_TRANSACTION.has(s.transaction));
  const [first, last] = [statements[0]!, statements.at(-1)!];
  if (own.length === 2 && own[0] === first && own[1] === last && PLAIN_BEGIN.test(squeeze(first.text)) && PLAIN_COMMIT.test(squeeze(last.text))) {
    const chars = [...text];
    for (const s of [first, last]) for (let i = s.start; i < s.end; i++) if (chars[i] !== "\n") chars[i] = " ";
    // Blanked, not cut: the server's error positions still count from the start of the file.
    return { text, statements, script: { text: chars.join(""), statements: statements.slice(1, -1) } };
  }
  const refused = own[0] && new MigrationError(
    `${base}:${own[0].line}: ${own[0].text.split(/\s/, 1)[0]!.toUpperCase()} in a migration: each file runs in one transaction of its own, which a file may only wrap whole (a plain BEGIN first, COMMIT last). Split the file instead.`,
    base,
    own[0].line,
  );
  return { text, statements, script: { text, statements }, refused };
}

// Without options: a BEGIN ISOLATION LEVEL … or COMMIT AND CHAIN would mean something the runner's transaction does not.
const PLAIN_BEGIN = /^(begin|start transaction)( work| transaction)?$/i;
const PLAIN_COMMIT = /^(commit|end)( work| transaction)?$/i;
const squeeze = (sql: string) => sql.replace(/\s+/g, " ");

// Statements that would end or start a transaction under the runner's feet (SAVEPOINT and ROLLBACK TO are fine).
const ENDS_TRANSACTION = new Set([
  "TRANS_STMT_BEGIN",
  "TRANS_STMT_START",
  "TRANS_STMT_COMMIT",
  "TRANS_STMT_ROLLBACK",
  "TRANS_STMT_PREPARE",
  "TRANS_STMT_COMMIT_PREPARED",
  "TRANS_STMT_ROLLBACK_PREPARED",
]);

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
  if (opts.dryRun) return plan(client, files, last, log);

  const waitedForLock = await takeMigrationLock(client, "session", log);
  try {
    // Read under the lock: what a run we waited for applied is in the history now.
    await ensureHistoryTable(client);
    const applied = await appliedVersions(client);
    refuseEdited(files, applied, log);
    refuseUnrunnable(files, applied, last);
    const result: MigrateResult = { applied: [], pending: [], alreadyApplied: [], waitedForLock };
    for (const [i, f] of files.entries()) {
      const label = `${f.version}_${f.name}.sql`;
      if (applied.has(f.version)) {
        result.alreadyApplied.push(label);
        continue;
      }
      if (i > last) break;
      if (f.unparsed) log(`${label}: libpg-query could not parse it (${f.unparsed}); the server runs it, and the history records it as one statement`);
      log(`applying ${label}`);
      // A file is one transaction: when PostgreSQL breaks a deadlock by failing it (autovacuum
      // analysing a table the file just filled, say), it rolled back whole and runs again as written.
      await retryTransient(() => applyFile(client, f), (err, attempt) =>
        log(`${label}: ${sqlStateOf(err) === "40P01" ? "deadlock with another session" : "serialization failure"}; rolled back, running it again (attempt ${attempt} of 4)`),
      );
      result.applied.push(label);
    }
    if (result.applied.length === 0) log(waitedForLock ? "database is up to date (after waiting for another migrate run to finish)" : "database is up to date");
    return result;
  } finally {
    // A broken connection has released it already.
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
  }
}

/**
 * Takes the migration lock, for the session or until the transaction ends, waiting (and
 * saying so) if another run holds it. Returns whether it waited.
 */
export async function takeMigrationLock(client: pg.ClientBase, scope: "session" | "transaction", log: (line: string) => void = () => {}): Promise<boolean> {
  const [tryLock, lock] = scope === "session" ? ["pg_try_advisory_lock", "pg_advisory_lock"] : ["pg_try_advisory_xact_lock", "pg_advisory_xact_lock"];
  const tried = await client.query<{ ok: boolean }>(`select ${tryLock}($1) as ok`, [MIGRATION_LOCK]);
  if (tried.rows[0]!.ok) return false;
  const holder = await client.query<{ pid: number }>(
    `select pid from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())
       and (classid::bigint << 32) | objid::bigint = $1 and objsubid = 1`,
    [MIGRATION_LOCK],
  );
  log(`waiting for another migrate run to finish${holder.rows[0] ? ` (backend pid ${holder.rows[0].pid} holds the migration lock)` : ""}`);
  await client.query(`select ${lock}($1)`, [MIGRATION_LOCK]);
  return true;
}

/**
 * A dry run writes nothing, so it takes no lock and never waits: each file commits together
 * with its history row, so the history it reads is a true picture of that moment. It only
 * says when a run is under way, as that run may be applying what it lists as pending.
 */
async function plan(client: pg.ClientBase, files: MigrationFile[], last: number, log: (line: string) => void): Promise<MigrateResult> {
  const free = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [MIGRATION_LOCK]);
  if (free.rows[0]!.ok) await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  else log("another migrate run is under way: some of the files below may be applied by the time you read this");
  const applied = await appliedVersions(client);
  refuseEdited(files, applied, log);
  refuseUnrunnable(files, applied, last);
  const result: MigrateResult = { applied: [], pending: [], alreadyApplied: [], waitedForLock: false };
  for (const [i, f] of files.entries()) {
    const label = `${f.version}_${f.name}.sql`;
    if (applied.has(f.version)) result.alreadyApplied.push(label);
    else if (i <= last) {
      log(`would apply ${label} (${f.statements.length} statements)`);
      result.pending.push(label);
    }
  }
  return result;
}

function refuseEdited(files: MigrationFile[], applied: Map<string, { statements: string[] | null }>, log: (line: string) => void): void {
  const replaced: string[] = [];
  for (const f of files) {
    const prior = applied.get(f.version);
    if (!prior?.statements || unchangedSince(prior.statements, f)) continue;
    const digest = historyDigest(prior.statements);
    if (f.replaces.includes(digest)) {
      replaced.push(path.basename(f.file));
      continue;
    }
    throw new MigrationError(
      `${path.basename(f.file)} was changed after it was applied (version ${f.version}). Applied migrations must not be edited: add a new migration instead. ` +
        `(An edit that does the same work another way may say so on a line of its own: -- salemate:replaces ${digest})`,
      f.file,
    );
  }
  if (replaced.length) {
    log(`${replaced.length} file(s) this database applied in an earlier revision, which they replace with the same effect (-- salemate:replaces), stay as applied: ${replaced.join(", ")}`);
  }
}

/** Before anything runs; a file applied before these checks existed stays as it is. */
function refuseUnrunnable(files: MigrationFile[], applied: Map<string, unknown>, last: number): void {
  const refused = files.find((f, i) => i <= last && !applied.has(f.version) && f.refused);
  if (refused) throw refused.refused;
}

/**
 * Whether a file still says what the history recorded. Histories written by the earlier
 * runner's own splitter, or by the Supabase CLI, may cut or trim statements differently, so
 * when the lists differ the two are compared as SQL: layout and comments aside, any edit counts.
 */
function unchangedSince(recorded: string[], f: MigrationFile): boolean {
  if (recorded.length === f.statements.length && recorded.every((s, i) => s === f.statements[i]!.text)) return true;
  // Each recorded statement ends on a line of its own: one may end in a -- comment.
  return sameSql(recorded.join("\n;\n"), f.text);
}

/**
 * Runs `transaction` (which must roll itself back when it fails) up to 4 times while PostgreSQL gives
 * up on it for reasons that say nothing about its SQL: a deadlock it broke (autovacuum analysing a
 * table the transaction alters, say) or a serialization failure.
 */
export function retryTransient<T>(transaction: () => Promise<T>, onRetry: (err: unknown, nextAttempt: number) => void = () => {}): Promise<T> {
  return pRetry(transaction, {
    retries: 3,
    minTimeout: 250,
    shouldRetry: (err) => TRANSIENT_SQLSTATES.has(sqlStateOf(err) ?? ""),
    onFailedAttempt: (err) => onRetry(err, err.attemptNumber + 1),
  });
}

/** Failures that say nothing about the file: PostgreSQL gave up on the transaction, which may simply run again. */
const TRANSIENT_SQLSTATES = new Set(["40P01", "40001"]);

function sqlStateOf(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * Memory for one file's sorts, hashes and index builds (backfills sort and index hundreds of
 * thousands of rows; PostgreSQL's defaults, 4 MB and 64 MB, send those sorts to disk). Raised for
 * the file's transaction only, never lowered below what the session already has.
 */
export const MIGRATION_MEMORY = { work_mem: "64MB", maintenance_work_mem: "256MB" } as const;
const RAISE_MEMORY = Object.keys(MIGRATION_MEMORY)
  .map((k) => `select set_config('${k}', '${MIGRATION_MEMORY[k as keyof typeof MIGRATION_MEMORY]}', true) where pg_size_bytes(current_setting('${k}')) < pg_size_bytes('${MIGRATION_MEMORY[k as keyof typeof MIGRATION_MEMORY]}');`)
  .join("\n");

async function applyFile(client: pg.ClientBase, f: MigrationFile): Promise<void> {
  const base = path.basename(f.file);
  let committing = false;
  await client.query("begin");
  try {
    await client.query(RAISE_MEMORY);
    await runSqlScript(client, base, f.script.text, f.script.statements);
    await client.query(
      "insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)",
      [f.version, f.name, f.statements.map((s) => s.text)],
    );
    committing = true;
    await client.query("commit");
  } catch (err) {
    await client.query("rollback").catch(() => {});
    // Past the script, the file's own work fails only at commit: deferred constraints and triggers.
    const located = err instanceof SqlFileError ? err : undefined;
    const what = located?.message ?? `${base}${committing ? " (at commit)" : ""}: ${(err as Error).message}`;
    throw new MigrationError(`${what}\n  ${base} was rolled back; earlier migrations stay applied. Fix it and run migrate again.`, f.file, located?.line, { cause: err });
  }
}
