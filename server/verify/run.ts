import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { isReplaced, loadMigrationMap, type Mapping, type VerifySpec } from "../migration-map.js";
import { VERIFY_SQL_DIR } from "../paths.js";
import { checkKeptTable, type DerivedObject, derivedObject } from "./kept.js";
import { checkMapping, type MappingCheck } from "./mappings.js";

export interface SchemaCheck {
  check: string;
  ok: boolean;
  detail: string | null;
}

/** What the migration's policy take-over did (salemate.policy_takeovers, salemate.legacy_policies); null before phase 1. */
export interface PolicyTakeOver {
  tables: number;
  legacyPolicies: number;
}

/** A relation in public the migration does not know (made by hand, or by the app's other tools): listed, not held to the project's rules. */
export interface NotOurs {
  relation: string;
  kind: "table" | "view";
  rowSecurity: boolean | null;
}

export interface VerifySummary {
  /** Legacy tables verified (a column split out, like profiles.manager_id, is a check of its own). */
  tables: number;
  /** Their checks: a table split in two has one per target. */
  checks: number;
  ok: number;
  absent: number;
  failed: number;
  /** Rows written since the migration, told apart by their key (no legacy id). */
  writtenSince: number;
  /** Rows of merged tables from no legacy table: the migration's own (wallets it opened, balance adjustments, owners' team memberships) or written since. */
  fromNoLegacyTable: number;
  deletedSince: number;
  changedSince: number;
  lost: number;
  /** Tables with rows whose reference points nowhere. */
  withOrphans: number;
}

/** Rows of a table several legacy tables were merged into that come from none of them: the migration's own, or written since. */
export interface NewRows {
  target: string;
  rows: number;
}

export interface Verification {
  /** One entry per legacy table (per target, for a table split in two): moved or kept in place. */
  mappings: MappingCheck[];
  /** Legacy materialized views the phases rebuild: counted, not compared. */
  derived: DerivedObject[];
  /** For merged targets (each mapping picks its rows with targetWhere): the rows no legacy table gave. */
  newRows: NewRows[];
  schema: SchemaCheck[];
  notOurs: NotOurs[];
  policies: PolicyTakeOver | null;
  summary: VerifySummary;
  ok: boolean;
}

const CONSISTENCY_SQL = path.join(VERIFY_SQL_DIR, "verify_schema_consistency.sql");

/** Everything `salemate verify` proves, as data (the CLI prints it, tests assert on it). */
export async function runVerification(c: pg.ClientBase): Promise<Verification> {
  const map = loadMigrationMap();
  const mappings: MappingCheck[] = [];
  const derived: DerivedObject[] = [];
  for (const m of map) {
    if (m.verify) {
      mappings.push(await checkMapping(c, m as Mapping & { verify: VerifySpec }));
    } else if (!isReplaced(m) && !m.legacy.includes(".")) {
      // (kept under its own name; "profiles.manager_id" and the like are columns)
      const d = await derivedObject(c, m);
      if (d) derived.push(d);
      else mappings.push(await checkKeptTable(c, m));
    }
  }
  const newRows = await newRowsOfMergedTargets(c, map);
  const schema = await schemaChecks(c);
  const notOurs = await notOursRelations(c);
  const policies = await policyTakeOver(c);
  const ok = mappings.every((m) => m.ok) && schema.every((s) => s.ok);
  return { mappings, derived, newRows, schema, notOurs, policies, summary: summarise(mappings, newRows), ok };
}

/**
 * A table several legacy tables merged into: each mapping reads its own rows (targetWhere), so a
 * row the app wrote since (legacy_table null) belongs to none; counted here per table, never as
 * a loss. (The migration's own rows, such as the wallets it opened, are among them: nothing
 * records which file wrote a row.)
 */
async function newRowsOfMergedTargets(c: pg.ClientBase, map: Mapping[]): Promise<NewRows[]> {
  const byTarget = new Map<string, string[]>();
  for (const m of map) {
    if (!m.verify) continue;
    const where = byTarget.get(m.verify.target) ?? [];
    where.push(m.verify.targetWhere ?? "");
    byTarget.set(m.verify.target, where);
  }
  const out: NewRows[] = [];
  for (const [target, wheres] of byTarget) {
    if (wheres.some((w) => !w)) continue;
    const { rows: [t] } = await c.query<{ ok: boolean }>("select to_regclass($1) is not null as ok", [target]);
    if (!t!.ok) continue;
    try {
      const { rows: [r] } = await c.query<{ n: string }>(
        `select count(*) as n from ${target} where not coalesce(${[...new Set(wheres)].map((w) => `(${w})`).join(" or ")}, false)`);
      out.push({ target: target.replace(/^public\./, ""), rows: Number(r!.n) });
    } catch {
      // (a target whose columns differ: its mappings report the failure)
    }
  }
  return out;
}

function summarise(mappings: MappingCheck[], newRows: NewRows[]): VerifySummary {
  const sum = (f: (m: MappingCheck) => number) => mappings.reduce((n, m) => n + f(m), 0);
  return {
    tables: new Set(mappings.map((m) => m.legacy).filter((l) => !l.includes("."))).size,
    checks: mappings.length,
    ok: mappings.filter((m) => m.ok && m.status !== "absent").length,
    absent: mappings.filter((m) => m.status === "absent").length,
    failed: mappings.filter((m) => !m.ok).length,
    writtenSince: sum((m) => m.writtenSince),
    fromNoLegacyTable: newRows.reduce((n, r) => n + r.rows, 0),
    deletedSince: sum((m) => m.deletedSince),
    changedSince: sum((m) => m.changedSince),
    lost: sum((m) => m.lost),
    withOrphans: mappings.filter((m) => m.orphans.some((o) => o.rows > 0)).length,
  };
}

/** salemate.verify_not_ours() (sql/verify/verify_schema_consistency.sql), installed by schemaChecks. */
async function notOursRelations(c: pg.ClientBase): Promise<NotOurs[]> {
  const { rows: [ready] } = await c.query<{ ok: boolean }>("select to_regprocedure('salemate.verify_not_ours()') is not null as ok");
  if (!ready!.ok) return [];
  const { rows } = await c.query<{ relation: string; kind: "table" | "view"; row_security: boolean | null }>(
    "select relation, kind, row_security from salemate.verify_not_ours() order by relation");
  return rows.map((r) => ({ relation: r.relation, kind: r.kind, rowSecurity: r.row_security }));
}

/** For the report: the schema checks judge the take-over, this only counts it. */
async function policyTakeOver(c: pg.ClientBase): Promise<PolicyTakeOver | null> {
  const { rows } = await c.query<{ ready: boolean }>("select to_regclass('salemate.policy_takeovers') is not null and to_regclass('salemate.legacy_policies') is not null as ready");
  if (!rows[0]?.ready) return null;
  const counts = await c.query<{ tables: number; legacy_policies: number }>(
    "select (select count(*)::int from salemate.policy_takeovers) as tables, (select count(*)::int from salemate.legacy_policies) as legacy_policies",
  );
  return { tables: counts.rows[0]!.tables, legacyPolicies: counts.rows[0]!.legacy_policies };
}

/**
 * sql/verify/verify_schema_consistency.sql defines salemate.verify_schema_consistency(),
 * returning one row per assertion; it is (re)installed and called here.
 */
async function schemaChecks(c: pg.ClientBase): Promise<SchemaCheck[]> {
  if (!existsSync(CONSISTENCY_SQL)) return [{ check: "verify_schema_consistency.sql present", ok: false, detail: CONSISTENCY_SQL }];
  await c.query("begin");
  try {
    // The script raises on failure when run alone (psql, CI); here we want every row.
    await c.query("set local salemate.verify_report_only = on");
    await c.query(readFileSync(CONSISTENCY_SQL, "utf8"));
    const { rows } = await c.query<SchemaCheck>("select \"check\", ok, detail from salemate.verify_schema_consistency()");
    await c.query("commit");
    return rows;
  } catch (err) {
    await c.query("rollback").catch(() => {});
    return [{ check: "schema consistency script", ok: false, detail: (err as Error).message }];
  }
}

export function formatVerification(v: Verification): string {
  const lines: string[] = [];
  const head = ["legacy", "target", "legacy rows", "carried", "rejected", "checksum", "result"];
  const rows = v.mappings.map((m) => [
    m.legacy,
    m.target,
    m.status === "absent" ? "-" : String(m.legacyRows),
    m.status === "absent" ? "-" : String(m.carried),
    m.status === "absent" ? "-" : String(m.rejected),
    m.sourceChecksum ? m.sourceChecksum.slice(0, 10) + (m.sourceChecksum === m.targetChecksum ? "" : "≠" + m.targetChecksum.slice(0, 10)) : "-",
    result(m),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((x, i) => (i >= 2 && i <= 4 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join("  ").trimEnd();
  lines.push(fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt), "");
  for (const d of v.derived) {
    lines.push(`derived, not compared: ${d.legacy} (a materialized view the phases rebuild from the new tables; ${d.phaseOneRows ?? "no"} rows at phase 1, ${d.rowsNow} now)`);
  }
  const failed = v.schema.filter((s) => !s.ok);
  lines.push(`schema consistency: ${v.schema.length - failed.length}/${v.schema.length} checks pass`);
  for (const f of failed) lines.push(`  FAIL ${f.check}${f.detail ? `: ${f.detail}` : ""}`);
  if (v.notOurs.length) {
    lines.push(`not ours: not checked (${v.notOurs.length} relation(s) in public the migration does not know; no RLS, policy or index rule applied): ` +
      v.notOurs.map((n) => `${n.relation}${n.kind === "view" ? " (view)" : n.rowSecurity ? "" : " (no RLS)"}`).join(", "));
  }
  if (v.policies) {
    lines.push(`policy take-over: ${v.policies.tables} tables taken over, ${v.policies.legacyPolicies} legacy policies dropped (each definition kept in salemate.legacy_policies)`);
  }
  const added = v.newRows.filter((r) => r.rows > 0);
  if (added.length) {
    lines.push(`rows of merged tables from no legacy table (the migration's own, such as wallets it opened and balance adjustments, or written since): ${added.map((r) => `${r.target} ${r.rows}`).join(", ")}`);
  }
  const s = v.summary;
  const since = [
    `${s.writtenSince} row(s) written since the migration`,
    ...(s.fromNoLegacyTable ? [`${s.fromNoLegacyTable} in merged tables from no legacy table`] : []),
    `${s.deletedSince} deleted since (on record)`,
    `${s.changedSince} changed since`,
    ...(s.withOrphans ? [`orphans in ${s.withOrphans} table(s)`] : []),
  ].join(", ");
  lines.push("", `${s.tables} legacy tables, ${s.checks} checks: ${s.ok} ok, ${s.absent} absent, ${s.failed} failed (${s.lost} legacy row(s) lost); ${since}`);
  lines.push(v.ok ? "verify: OK, nothing lost" : "verify: FAILED");
  return lines.join("\n");
}

/** The result column: ok / absent / FAIL (LOST, changed), then what else there is to know. */
function result(m: MappingCheck): string {
  const extra = [
    m.writtenSince ? `${m.writtenSince} written since` : "",
    m.deletedSince ? `${m.deletedSince} deleted since (on record)` : "",
    m.changedSince ? `${m.changedSince} changed since` : "",
    ...m.notes,
  ].filter(Boolean);
  const orphans = m.orphans.filter((o) => o.rows > 0).map((o) => `${o.column}→${o.references.replace(/^public\./, "")} ${o.rows}`);
  if (orphans.length) extra.push(`orphans: ${orphans.join(", ")}`);
  const tail = extra.length ? `; ${extra.join("; ")}` : "";
  if (!m.ok) return `FAIL: ${m.problem}${m.examples.length ? ` (e.g. ${m.examples.join(", ")})` : ""}${tail}`;
  if (m.status === "absent") return `${m.problem}${tail}`;
  return `${m.problem ? `ok (${m.problem})` : "ok"}${tail}`;
}
