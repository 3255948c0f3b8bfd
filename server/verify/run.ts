import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { loadMigrationMap, type Mapping, type VerifySpec } from "../migration-map.js";
import { VERIFY_SQL_DIR } from "../paths.js";
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

export interface Verification {
  mappings: MappingCheck[];
  schema: SchemaCheck[];
  policies: PolicyTakeOver | null;
  ok: boolean;
}

const CONSISTENCY_SQL = path.join(VERIFY_SQL_DIR, "verify_schema_consistency.sql");

/** Everything `salemate verify` proves, as data (the CLI prints it, tests assert on it). */
export async function runVerification(c: pg.ClientBase): Promise<Verification> {
  const map = loadMigrationMap();
  const mappings: MappingCheck[] = [];
  for (const m of map) {
    if (m.verify) mappings.push(await checkMapping(c, m as Mapping & { verify: VerifySpec }));
  }
  const schema = await schemaChecks(c);
  const policies = await policyTakeOver(c);
  return { mappings, schema, policies, ok: mappings.every((m) => m.ok) && schema.every((s) => s.ok) };
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
    String(m.legacyRows),
    String(m.carried),
    String(m.rejected),
    m.sourceChecksum ? m.sourceChecksum.slice(0, 10) + (m.sourceChecksum === m.targetChecksum ? "" : "≠" + m.targetChecksum.slice(0, 10)) : "-",
    m.ok ? (m.problem ? `ok (${m.problem})` : "ok") : `FAIL: ${m.problem}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((x, i) => (i >= 2 && i <= 4 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join("  ").trimEnd();
  lines.push(fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt), "");
  const failed = v.schema.filter((s) => !s.ok);
  lines.push(`schema consistency: ${v.schema.length - failed.length}/${v.schema.length} checks pass`);
  for (const f of failed) lines.push(`  FAIL ${f.check}${f.detail ? `: ${f.detail}` : ""}`);
  if (v.policies) {
    lines.push(`policy take-over: ${v.policies.tables} tables taken over, ${v.policies.legacyPolicies} legacy policies dropped (each definition kept in salemate.legacy_policies)`);
  }
  lines.push("", v.ok ? "verify: OK, nothing lost" : "verify: FAILED");
  return lines.join("\n");
}
