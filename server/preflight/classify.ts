import type { Expectations, ExpectedTable, MigrationSource } from "./expected.js";
import type { Inventory } from "./inspect.js";

/**
 * Every difference between the database and what the migration expects, classed before
 * anything changes:
 *   handled   the migration copes, and `how` says in what way;
 *   decision  it completes, but someone must choose: `setting` names what decides it;
 *   blocking  it would fail or do harm: `remedy` is the exact fix.
 * Whether a read is "handled" is asked of the migration files themselves (do they read the
 * column through salemate.legacy_column, do they name the table outside a to_regclass guard),
 * so that the report follows the SQL as it changes.
 */

export type Class = "handled" | "decision" | "blocking";

export interface Difference {
  kind: "table" | "column" | "type" | "policy" | "trigger" | "function" | "view" | "publication" | "cron" | "unknown table";
  object: string;
  found: string;
  class: Class;
  how?: string;
  setting?: string;
  remedy?: string;
}

export interface Context {
  expectations: Expectations;
  inventory: Inventory;
  /** Legacy tables that stay in public (the map's kept and augmented ones); the rest are archived. */
  keptInPlace: Set<string>;
  /** Versions already applied (supabase_migrations.schema_migrations). */
  appliedVersions: Set<string>;
  /** The app's RPCs sql/map/app.json keeps as they are: the migration leaves them alone. */
  keptRpcs?: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/**
 * Files that name `schema.table` directly, not as a to_regclass('...') / legacy_source('...')
 * string, nor inside a dollar-quoted block (a DO block, a function body) that checks first
 * whether the table is there (to_regclass('public.<table>'), salemate.legacy_table('<table>'),
 * salemate.conformed_legacy_table(<phase>, '<table>', ...)). With `before`, the offset in each file
 * up to which a reference counts (the statement that creates the table, in the file that does).
 */
function directReaders(migrations: MigrationSource[], table: string, before?: Map<string, number>): string[] {
  const direct = new RegExp(`(?<!['"%])\\b(public|legacy_archive)\\.(${escape(table)}|"${escape(table)}")(?![a-z0-9_])`, "i");
  const guard = new RegExp(`to_regclass\\('(public|legacy_archive)\\.("?)${escape(table)}\\2'\\)|(legacy_table|legacy_source)\\('${escape(table)}'\\)|conformed_legacy_table\\(\\s*\\d+\\s*,\\s*'${escape(table)}'`, "i");
  return migrations.filter((m) => {
    let code = m.text.replace(/--[^\n]*/g, (c) => " ".repeat(c.length));
    const limit = before?.get(m.file);
    if (limit !== undefined) code = code.slice(0, limit);
    code = code.replace(/\$([a-z_]*)\$[\s\S]*?\$\1\$/gi, (block) => (guard.test(block) ? " ".repeat(block.length) : block));
    // (a name inside a string, such as a note's text, is not a read)
    return direct.test(code.replace(/'(?:[^']|'')*'/g, (str) => " ".repeat(str.length)));
  }).map((m) => m.file);
}

/** The files that create public.<table> (when it is absent), each with where the statement is. */
function creators(migrations: MigrationSource[], table: string): Map<string, number> {
  const create = new RegExp(`create table (if not exists )?public\\.(${escape(table)}|"${escape(table)}")\\s*\\(`, "i");
  const out = new Map<string, number>();
  for (const m of migrations) {
    const at = m.text.replace(/--[^\n]*/g, (c) => " ".repeat(c.length)).search(create);
    if (at >= 0) out.set(m.file, at);
  }
  return out;
}

/**
 * The shape a migration file states for a legacy table: the '<column> <type> ...' literals it
 * passes to salemate.conformed_legacy_table / stage_legacy_table (what a backfill reads: missing
 * columns null, other types converted, values that do not convert rejected) or to
 * salemate.conform_kept_table (a kept table: missing columns added, other types converted in place).
 */
interface ShapeSpec {
  file: string;
  kind: "read" | "kept";
  columns: Map<string, string>;
}

function shapeSpecs(migrations: MigrationSource[], table: string): ShapeSpec[] {
  const call = new RegExp(`salemate\\.(conformed_legacy_table|stage_legacy_table|conform_kept_table)\\(\\s*\\d+\\s*,\\s*'${escape(table)}'\\s*,`, "gi");
  const out: ShapeSpec[] = [];
  for (const m of migrations) {
    for (const c of m.text.matchAll(call)) {
      const kept = c[1]!.toLowerCase() === "conform_kept_table";
      let at = c.index! + c[0].length;
      // conformed/stage: array[<targets>], array[<columns>]; kept: array[<columns>]
      for (let skip = kept ? 0 : 1; ; skip--) {
        at = m.text.indexOf("array[", at) + "array[".length;
        if (skip === 0) break;
        at = arrayEnd(m.text, at);
      }
      const columns = new Map<string, string>();
      for (const lit of m.text.slice(at, arrayEnd(m.text, at)).matchAll(/'((?:[^']|'')*)'/g)) {
        const [name, type] = lit[1]!.replace(/''/g, "'").trim().split(/\s+/);
        if (name && type) columns.set(name, type);
      }
      out.push({ file: m.file, kind: kept ? "kept" : "read", columns });
    }
  }
  return out;
}

/** Where the array literal opened just before `from` ends (string literals skipped). */
function arrayEnd(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text[i] === "]") return i;
  }
  return text.length;
}

function guardedColumn(migrations: MigrationSource[], table: string, column: string): boolean {
  const guard = new RegExp(`(has_)?legacy_column\\(\\s*(\\d+\\s*,\\s*)?'${escape(table)}'\\s*,\\s*'${escape(column)}'`);
  return migrations.some((m) => guard.test(m.text)) || shapeSpecs(migrations, table).some((s) => s.columns.has(column));
}

/** How a missing column is coped with, said from the helper that copes. */
function missingColumnHow(migrations: MigrationSource[], table: string, column: string): string {
  const spec = shapeSpecs(migrations, table).find((s) => s.columns.has(column));
  if (spec?.kind === "kept") return `added by ${spec.file} (salemate.conform_kept_table): null for the rows there, or its default; noted`;
  if (spec) return `read as null by ${spec.file} (salemate.conformed_legacy_table); noted`;
  return "read through salemate.legacy_column: the default (or null) is carried and noted";
}

/** Files that name the table and also the column as a word: they may read it directly. */
function columnReaders(migrations: MigrationSource[], table: string, column: string): string[] {
  const t = new RegExp(`(?<![a-z0-9_])${escape(table)}(?![a-z0-9_])`, "i");
  const col = new RegExp(`(?<![a-z0-9_'])${escape(column)}(?![a-z0-9_])`, "i");
  return migrations.filter((m) => {
    const code = m.text.replace(/--[^\n]*/g, "").replace(/comment on [^;]*;/gi, "");
    return t.test(code) && col.test(code);
  }).map((m) => m.file);
}

/** The file that carries a legacy table's extra columns with its rows (salemate.legacy_extra_columns, or a staged table's legacy_extra), if one does. */
function carriesExtras(migrations: MigrationSource[], table: string): string | undefined {
  const direct = new RegExp(`legacy_extra_columns\\('${escape(table)}'\\)`);
  // (a table staged by salemate.stage_legacy_table: a statement that selects s.legacy_extra from its copy)
  const staged = new RegExp(`\\bs\\.legacy_extra\\b[^;]*\\bfrom pg_temp\\.legacy_${escape(table)} s\\b`, "i");
  return migrations.find((m) => direct.test(m.text) || staged.test(m.text))?.file;
}

function publicDefinition(t: ExpectedTable): string {
  return t.definition.replace(/^create table\s+("?[\w-]+"?)/i, (_all, name: string) => `create table public.${name}`) + ";";
}

export function classify(ctx: Context): Difference[] {
  const { inventory: inv } = ctx;
  // Only files still to apply can fail on what they read.
  const ex = { ...ctx.expectations, migrations: ctx.expectations.migrations.filter((m) => !ctx.appliedVersions.has(m.file.slice(0, 14))) };
  const out: Difference[] = [];
  if (inv.tables.size === 0 && ctx.appliedVersions.size === 0) {
    return [{
      kind: "table", object: "(every legacy table)", found: `none of the ${ex.tables.size} legacy tables is here: this is not a SaleMate database`, class: "blocking",
      remedy: "point DATABASE_URL at SaleMate's database; for a rehearsal, lay down the legacy schema first (salemate seed --legacy)",
    }];
  }
  const phase1Applied = [...ctx.appliedVersions].some((v) => v.endsWith("00100")) || [...inv.tables.values()].some((t) => t.schema === "legacy_archive");
  const takesOverPolicies = ctx.expectations.migrations.some((m) => /salemate\.take_over_policies\(/.test(m.text));
  // Phase 7 pins every security-definer function left without a search_path.
  const pinsSearchPath = ctx.expectations.migrations.some((m) => /alter routine %s set search_path/.test(m.text));

  for (const t of ex.tables.values()) {
    const found = inv.tables.get(t.name);
    if (!found) {
      // A file that creates the table (empty, in its consolidated shape) makes the reads after it safe.
      const made = creators(ex.migrations, t.name);
      const first = [...made.keys()].sort()[0];
      const readers = directReaders(ex.migrations.filter((m) => first === undefined || m.file <= first), t.name, first === undefined ? undefined : new Map([[first, made.get(first)!]]));
      out.push(readers.length
        ? { kind: "table", object: t.name, found: "absent", class: "blocking", remedy: `${readers.join(", ")} read public.${t.name} directly; create it empty before migrating: ${publicDefinition(t)}` }
        : first
          ? { kind: "table", object: t.name, found: "absent", class: "handled", how: `created empty by ${first} in its consolidated shape, and noted` }
          : { kind: "table", object: t.name, found: "absent", class: "handled", how: "skipped and noted in salemate.migration_notes; verify reports it as absent" });
      continue;
    }
    if (found.kind !== "table") {
      // Phase 1 leaves a pass-through view under an archived name; anything else is drift.
      if (!(found.kind === "view" && phase1Applied)) {
        out.push({ kind: "table", object: t.name, found: `a ${found.kind}, not a table`, class: "blocking", remedy: `the migration moves and reads public.${t.name} as a table: turn it into one (or rename the ${found.kind}) before migrating` });
      }
      continue;
    }
    if (phase1Applied && ctx.keptInPlace.has(t.name)) continue; // reshaped by the migration itself
    const actual = new Map(found.columns.map((c) => [c.name, c.type]));
    for (const col of t.columns) {
      const type = actual.get(col.name);
      const where = `${t.name}.${col.name}`;
      if (type === undefined) {
        const readers = guardedColumn(ex.migrations, t.name, col.name) ? [] : columnReaders(ex.migrations, t.name, col.name);
        out.push(readers.length
          ? { kind: "column", object: where, found: "missing", class: "blocking", remedy: `${readers.join(", ")} may read it directly; add it before migrating: alter table ${found.schema}.${quote(t.name)} add column ${quote(col.name)} ${col.type};` }
          : { kind: "column", object: where, found: "missing", class: "handled", how: guardedColumn(ex.migrations, t.name, col.name) ? missingColumnHow(ex.migrations, t.name, col.name) : "the migration never reads it" });
        continue;
      }
      const expectedType = ex.tables.get(t.name) && inv.resolvedTypes.get(col.type);
      if (expectedType !== undefined && expectedType !== type && !(expectedType === null && type === col.type)) {
        const spec = shapeSpecs(ex.migrations, t.name).find((x) => x.columns.has(col.name));
        if (spec) {
          const found = `${type} (expected ${expectedType ?? col.type})`;
          // A kept column is converted in place: legacy policies on it are taken over first, but a
          // view over it keeps it as it is (an enum then stays text, which the phases compare as text).
          const views = (inv.columnReaders?.get(where) ?? []).filter((x) => x.kind === "view").map((x) => x.name);
          const isEnum = expectedType ? (inv.enumTypes?.has(expectedType) ?? false) : false;
          if (spec.kind === "kept" && views.length && !isEnum) {
            out.push({ kind: "type", object: where, found, class: "blocking", remedy: `${views.join(", ")} read ${t.name}.${col.name}, so ${spec.file} cannot convert it to ${spec.columns.get(col.name)}: drop ${views.length > 1 ? "them" : "it"} before migrating (and make ${views.length > 1 ? "them" : "it"} again afterwards), or convert the column first: alter table public.${quote(t.name)} alter column ${quote(col.name)} type ${col.type} using ${quote(col.name)}::${col.type};` });
            continue;
          }
          out.push({ kind: "type", object: where, found, class: "handled", how: spec.kind === "kept"
            ? views.length
              ? `stays ${type} while ${views.join(", ")} read${views.length > 1 ? "" : "s"} it (noted by ${spec.file}); the phases compare it as text`
              : `converted in place to ${spec.columns.get(col.name)} by ${spec.file} (salemate.conform_kept_table; legacy policies on the table are taken over first); a value that does not convert is set to null and recorded in salemate.migration_rejects`
            : `read as ${spec.columns.get(col.name)} by ${spec.file} (salemate.conformed_legacy_table); a row whose value does not convert goes to salemate.migration_rejects` });
          continue;
        }
        const readers = columnReaders(ex.migrations, t.name, col.name);
        out.push(readers.length
          ? { kind: "type", object: where, found: `${type} (expected ${expectedType ?? col.type})`, class: "blocking", remedy: `${readers.join(", ")} read it as ${expectedType ?? col.type}; convert it before migrating: alter table ${found.schema}.${quote(t.name)} alter column ${quote(col.name)} type ${col.type} using ${quote(col.name)}::${col.type};` }
          : { kind: "type", object: where, found: `${type} (expected ${expectedType ?? col.type})`, class: "handled", how: "the migration never reads it" });
      }
    }
    const known = new Set(t.columns.map((c) => c.name));
    for (const c of found.columns.filter((x) => !known.has(x.name))) {
      out.push(ctx.keptInPlace.has(t.name)
        ? { kind: "column", object: `${t.name}.${c.name}`, found: `extra (${c.type})`, class: "handled", how: `${t.name} stays in place: the column stays with its values` }
        : carriesExtras(ex.migrations, t.name)
          ? { kind: "column", object: `${t.name}.${c.name}`, found: `extra (${c.type})`, class: "handled", how: `carried with each row by ${carriesExtras(ex.migrations, t.name)}, in the target's legacy_data (or metadata.legacy) under extra_columns` }
          : { kind: "column", object: `${t.name}.${c.name}`, found: `extra (${c.type})`, class: "decision", setting: "drop_legacy_archive (salemate.settings)", how: `not carried into the consolidated tables; readable in legacy_archive.${t.name} until phase 7 drops the archive (only when drop_legacy_archive is true)` });
    }
  }

  const ownPolicies = new Set(ctx.expectations.migrations.flatMap((m) => [...m.text.matchAll(/create policy "([^"]+)"/gi)].map((x) => x[1]!)));
  // The baseline's policies are expected (and replaced); any other is drift.
  for (const p of inv.policies.filter((x) => !ownPolicies.has(x.name) && !ex.policies.has(`${x.table} ${x.name}`))) {
    const wide = p.permissive && (p.using === "true" || p.withCheck === "true");
    const found = `unknown ${p.permissive ? "permissive" : "restrictive"} policy for ${p.command} to ${p.roles.join(", ")}${p.using ? ` using (${p.using})` : ""}${wide ? " (allows every row)" : ""}`;
    out.push(takesOverPolicies
      ? { kind: "policy", object: `${p.table}: "${p.name}"`, found, class: "handled", how: "dropped by the phase that replaces the table's policies, its definition recorded in salemate.legacy_policies" }
      : { kind: "policy", object: `${p.table}: "${p.name}"`, found, class: "blocking", remedy: `it would stay beside the project's policies (permissive policies are OR'ed): drop policy "${p.name}" on ${p.table}; (record its definition first)` });
  }

  // Legacy functions that read a moved table: replaced when a file makes the app's version,
  // else dropped by the file that retires them (salemate.retire_legacy_function: the definition
  // recorded in salemate.legacy_functions), except the app's RPCs the map keeps as they are.
  const retirer = ctx.expectations.migrations.find((m) => /salemate\.retire_legacy_function\(/.test(m.text))?.file;
  const replacer = (name: string) => ctx.expectations.migrations.find((m) => new RegExp(`create or replace function public\\.${escape(name)}\\(`, "i").test(m.text));
  const movedReads = (name: string) => inv.functions.find((f) => f.name === name)?.reads.filter((r) => !ctx.keptInPlace.has(r)) ?? [];
  const retired = (name: string) => Boolean(retirer) && !replacer(name) && !ctx.keptRpcs?.has(name) && movedReads(name).length > 0;

  // The project's own triggers run functions of the salemate schema, or ones its files create.
  const ownFunction = (tr: { functionName: string; functionSchema: string }) =>
    tr.functionSchema === "salemate" ||
    ctx.expectations.migrations.some((m) => new RegExp(`create or replace function (public\\.)?${escape(tr.functionName)}\\(`, "i").test(m.text));
  for (const tr of inv.triggers.filter((x) => !ownFunction(x))) {
    out.push(retired(tr.functionName)
      ? { kind: "trigger", object: `${tr.table}: ${tr.name}`, found: `runs ${tr.functionName}()`, class: "handled", how: `dropped with ${tr.functionName}() by ${retirer} (it reads ${movedReads(tr.functionName).join(", ")}), its definition recorded in salemate.legacy_functions` }
      : { kind: "trigger", object: `${tr.table}: ${tr.name}`, found: `runs ${tr.functionName}()`, class: "decision", setting: "keep or drop it (drop trigger ... on ...)", how: ctx.keptInPlace.has(tr.table) ? "it stays on the table and keeps firing after the migration" : "it moves with the table into legacy_archive and fires only for writes to the archive" });
  }

  for (const f of inv.functions.filter((x) => x.reads.length || (x.securityDefiner && !x.pinnedSearchPath))) {
    const replaced = replacer(f.name);
    if (replaced && ctx.appliedVersions.has(replaced.file.slice(0, 14))) continue; // already the project's own
    if (replaced) {
      out.push({ kind: "function", object: f.signature, found: `reads ${f.reads.join(", ") || "no legacy table"}`, class: "handled", how: `replaced by the project's version in ${replaced.file}` });
      continue;
    }
    if (ex.functions.has(f.name)) continue; // the baseline's own helpers (is_admin, ...): replaced with the policies
    if (retired(f.name)) {
      out.push({ kind: "function", object: f.signature, found: `reads ${f.reads.join(", ")}`, class: "handled", how: `dropped by ${retirer}, its definition recorded in salemate.legacy_functions and noted` });
      continue;
    }
    if (f.reads.some((r) => !ctx.keptInPlace.has(r))) {
      out.push({ kind: "function", object: f.signature, found: `reads ${f.reads.join(", ")}`, class: "decision", setting: "replace it over the consolidated tables, or drop it", how: `after the migration it reads ${f.reads.filter((r) => !ctx.keptInPlace.has(r)).join(", ")} through the compatibility views` });
    }
    if (f.securityDefiner && !f.pinnedSearchPath) {
      out.push(pinsSearchPath
        ? { kind: "function", object: f.signature, found: "security definer without a pinned search_path", class: "handled", how: "the migration pins its search_path to public, pg_temp" }
        : { kind: "function", object: f.signature, found: "security definer without a pinned search_path", class: "decision", setting: `alter function ${f.signature} set search_path = public, pg_temp` });
    }
  }

  const ownView = (name: string) => ctx.expectations.migrations.some((m) => new RegExp(`create (or replace )?(materialized )?view (if not exists )?public\\.${escape(name)}\\b`, "i").test(m.text));
  for (const v of inv.views.filter((x) => !ex.tables.has(x.name) && !ex.views.has(x.name) && !ownView(x.name))) {
    const moved = v.dependsOn.filter((t) => !ctx.keptInPlace.has(t));
    out.push(retirer && moved.length
      ? { kind: "view", object: v.name, found: `reads ${v.dependsOn.join(", ")}`, class: "handled", how: `dropped by ${retirer} (it would read ${moved.join(", ")} in legacy_archive, frozen), its definition recorded in salemate.legacy_functions` }
      : { kind: "view", object: v.name, found: `reads ${v.dependsOn.join(", ")}`, class: "decision", setting: "recreate it over the consolidated tables, or drop it", how: "it follows the tables it reads into legacy_archive (views bind to tables, not names)" });
  }
  for (const t of inv.published) {
    if (!ctx.keptInPlace.has(t)) {
      out.push({ kind: "publication", object: `supabase_realtime: ${t}`, found: "published for realtime", class: "handled", how: "the consolidated tables are published instead; clients listening to this table move to the GraphQL subscriptions (salemate lint-legacy lists them)" });
    }
  }
  for (const j of inv.cronJobs ?? []) {
    if (j.reads.length) out.push({ kind: "cron", object: `cron job ${j.name}`, found: `reads ${j.reads.join(", ")}`, class: "decision", setting: "cron.alter_job / cron.unschedule", how: "it keeps running against the legacy names (compatibility views) after the migration" });
  }
  const created = (t: string) => ctx.expectations.migrations.some((m) => new RegExp(`create (table|materialized view)( if not exists)? public\\.${escape(t)}\\b`, "i").test(m.text));
  for (const t of inv.unknownTables.filter((x) => !created(x))) {
    out.push({ kind: "unknown table", object: t, found: "not in the legacy baseline", class: "handled", how: "left untouched: the migration neither reads nor changes it" });
  }
  return out;
}

function quote(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`;
}
