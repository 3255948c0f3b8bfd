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
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/** Files that name `schema.table` directly, not as a to_regclass('...') / legacy_source('...') string. */
function directReaders(migrations: MigrationSource[], table: string): string[] {
  const direct = new RegExp(`(?<!['"%])\\b(public|legacy_archive)\\.(${escape(table)}|"${escape(table)}")(?![a-z0-9_])`, "i");
  return migrations.filter((m) => direct.test(m.text.replace(/--[^\n]*/g, ""))).map((m) => m.file);
}

function guardedColumn(migrations: MigrationSource[], table: string, column: string): boolean {
  const guard = new RegExp(`(has_)?legacy_column\\(\\s*'${escape(table)}'\\s*,\\s*'${escape(column)}'`);
  return migrations.some((m) => guard.test(m.text));
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
  const pinsSearchPath = ctx.expectations.migrations.some((m) => /salemate\.pin_legacy_search_paths\(/.test(m.text));

  for (const t of ex.tables.values()) {
    const found = inv.tables.get(t.name);
    if (!found) {
      const readers = directReaders(ex.migrations, t.name);
      out.push(readers.length
        ? { kind: "table", object: t.name, found: "absent", class: "blocking", remedy: `${readers.join(", ")} read public.${t.name} directly; create it empty before migrating: ${publicDefinition(t)}` }
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
          : { kind: "column", object: where, found: "missing", class: "handled", how: guardedColumn(ex.migrations, t.name, col.name) ? "read through salemate.legacy_column: the default (or null) is carried and noted" : "the migration never reads it" });
        continue;
      }
      const expectedType = ex.tables.get(t.name) && inv.resolvedTypes.get(col.type);
      if (expectedType !== undefined && expectedType !== type && !(expectedType === null && type === col.type)) {
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

  for (const tr of inv.triggers) {
    out.push({ kind: "trigger", object: `${tr.table}: ${tr.name}`, found: `runs ${tr.functionName}()`, class: "decision", setting: "keep or drop it (drop trigger ... on ...)", how: ctx.keptInPlace.has(tr.table) ? "it stays on the table and keeps firing after the migration" : "it moves with the table into legacy_archive and fires only for writes to the archive" });
  }

  for (const f of inv.functions.filter((x) => x.reads.length || (x.securityDefiner && !x.pinnedSearchPath))) {
    const replaced = ctx.expectations.migrations.find((m) => new RegExp(`create or replace function public\\.${escape(f.name)}\\(`, "i").test(m.text));
    if (replaced) {
      out.push({ kind: "function", object: f.signature, found: `reads ${f.reads.join(", ") || "no legacy table"}`, class: "handled", how: `replaced by the project's version in ${replaced.file}` });
      continue;
    }
    if (ex.functions.has(f.name)) continue; // the baseline's own helpers (is_admin, ...): replaced with the policies
    if (f.reads.some((r) => !ctx.keptInPlace.has(r))) {
      out.push({ kind: "function", object: f.signature, found: `reads ${f.reads.join(", ")}`, class: "decision", setting: "replace it over the consolidated tables, or drop it", how: `after the migration it reads ${f.reads.filter((r) => !ctx.keptInPlace.has(r)).join(", ")} through the compatibility views` });
    }
    if (f.securityDefiner && !f.pinnedSearchPath) {
      out.push(pinsSearchPath
        ? { kind: "function", object: f.signature, found: "security definer without a pinned search_path", class: "handled", how: "the migration pins its search_path to public, pg_temp" }
        : { kind: "function", object: f.signature, found: "security definer without a pinned search_path", class: "decision", setting: `alter function ${f.signature} set search_path = public, pg_temp` });
    }
  }

  for (const v of inv.views.filter((x) => !ex.tables.has(x.name) && !ex.views.has(x.name))) {
    out.push({ kind: "view", object: v.name, found: `reads ${v.dependsOn.join(", ")}`, class: "decision", setting: "recreate it over the consolidated tables, or drop it", how: "it follows the tables it reads into legacy_archive (views bind to tables, not names)" });
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
