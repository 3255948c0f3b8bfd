import { STATUSES } from "../migration-map.js";
import type { LintResult, Finding } from "./lint-legacy.js";
import type { FindingReplacement } from "./rules.js";

/**
 * What replaces a use, in words: `table profile_wallet_ledger, GraphQL profileWalletLedgers, SDK
 * ProfileWalletLedgersDocument`, or why nothing does: `no replacement yet: <why>`.
 */
export function describeReplacement(r: FindingReplacement): string {
  if (r.status) return `${STATUSES[r.status]}: ${r.reason}`;
  const parts = r.table ? [`table ${r.table}`] : [];
  if (r.graphql) parts.push(`GraphQL ${r.graphql}${r.planned ? " (planned)" : ""}`);
  if (r.sdk) parts.push(`SDK ${r.sdk}`);
  else if (r.graphql?.includes(".")) parts.push("select it inside the parent's query");
  else if (r.graphql && !r.planned) parts.push("no SDK document (write it with graphql(), client-sdk/README.md)");
  return parts.length ? parts.join(", ") : "no replacement listed";
}

/** One line a finding: `file:line:column  legacy_name  →  replacement  [kind]`, columns aligned. */
export function formatFindings(findings: Finding[], displayPath: (file: string) => string): string[] {
  const where = findings.map((f) => `${displayPath(f.file)}:${f.line}:${f.column}`);
  const w1 = Math.max(0, ...where.map((w) => w.length));
  const w2 = Math.max(0, ...findings.map((f) => f.legacy.length));
  return findings.map((f, i) => `${where[i]!.padEnd(w1)}  ${f.legacy.padEnd(w2)}  →  ${describeReplacement(f.replacement)}  [${f.kind}]`);
}

export function summary(result: LintResult): string {
  const { findings, allowed, files } = result;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const allowNote = allowed.length ? ` (${plural(allowed.length, "use")} allowed by ${result.allowList!.file})` : "";
  if (!findings.length) return `no uses of legacy tables, columns, RPCs or channels in ${plural(files, "file")}${allowNote}`;
  const names = new Set(findings.map((f) => f.legacy)).size;
  const inFiles = new Set(findings.map((f) => f.file)).size;
  return `${plural(findings.length, "use")} of ${plural(names, "legacy name")} in ${plural(inFiles, "file")} of ${files}${allowNote}; see docs/migration-guide.md for each replacement`;
}

/** Allow-list lines that let nothing through: candidates for removal once a use is gone. */
export function unusedAllowEntries(result: LintResult): string[] {
  return (result.allowList?.entries ?? []).filter((e) => e.used === 0).map((e) => `${result.allowList!.file}:${e.line}: "${e.text}" allows nothing any more; remove it`);
}
