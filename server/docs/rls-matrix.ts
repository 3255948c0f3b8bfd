import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, SQL_DIR } from "../paths.js";

/**
 * docs/rls-matrix.md, written from sql/rls/matrix.json (the specification the RLS tests check
 * cell by cell). `npm run docs:rls` rewrites it; a test fails when it is out of date.
 */

type Rule = string | boolean | { keys: string };
interface Spec {
  personas: Record<string, string | null>;
  tables: Record<string, { graphql: string; note?: string; view?: boolean; select: Record<string, Rule>; update: Record<string, Rule>; delete: Record<string, Rule>; insert: Record<string, Rule> }>;
}

export const RLS_MATRIX_DOC = path.join(ROOT, "docs", "rls-matrix.md");

function cellOf(rules: Record<string, Rule>, persona: string): Rule {
  return Object.entries(rules).find(([k]) => k.split(",").includes(persona))![1];
}

function show(rule: Rule): string {
  if (rule === true) return "yes";
  if (rule === false) return "no";
  if (typeof rule === "object") return "own rows (aggregated)";
  if (rule === "all") return "all";
  if (rule === "none") return "—";
  return "`" + rule.replace(/\|/g, "\\|").replace(/@(\w+)\.select/g, "visible $1") + "`";
}

export function renderRlsMatrix(spec: Spec): string {
  const personas = Object.keys(spec.personas);
  const lines = [
    "# Row-level security matrix",
    "",
    "Generated from `sql/rls/matrix.json` by `npm run docs:rls`; do not edit by hand.",
    "",
    "For every table and view the gateway exposes, and every persona, which rows each operation reaches.",
    "`tests/sql/rls/matrix.test.ts` checks every cell twice: in SQL as the persona (role and JWT claims set",
    "exactly as the gateway sets them) and through the gateway over HTTP with a real token.",
    "",
    "Personas: " + personas.map((p) => `**${p}**${spec.personas[p] ? ` (${spec.personas[p]})` : ""}`).join(", ") + ".",
    "`:me` is the persona's profile id; `:managed` the profiles it manages (team owner, or a higher rank in the",
    "same team); `:my_teams` / `:managed_teams` the teams it belongs to / manages. On update and delete a row must",
    "also be readable. Insert: whether the persona may insert a row of its own (the table's sample row).",
    "",
  ];
  for (const [table, t] of Object.entries(spec.tables)) {
    lines.push(`## \`${table}\`${t.view ? " (view)" : ""} — GraphQL \`${t.graphql}\``, "");
    if (t.note) lines.push(t.note, "");
    lines.push(`| persona | select | update | delete | insert |`, `|---|---|---|---|---|`);
    for (const p of personas) {
      lines.push(`| ${p} | ${show(cellOf(t.select, p))} | ${show(cellOf(t.update, p))} | ${show(cellOf(t.delete, p))} | ${show(cellOf(t.insert, p))} |`);
    }
    lines.push("");
  }
  const cells = Object.keys(spec.tables).length * personas.length * 4;
  lines.push(`${Object.keys(spec.tables).length} tables and views × ${personas.length} personas × 4 operations = ${cells} cells.`, "");
  return lines.join("\n");
}

export function loadRlsSpec(): Spec {
  return JSON.parse(readFileSync(path.join(SQL_DIR, "rls", "matrix.json"), "utf8"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(RLS_MATRIX_DOC, renderRlsMatrix(loadRlsSpec()));
  console.log(`wrote ${path.relative(process.cwd(), RLS_MATRIX_DOC)}`);
}
