import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, SQL_DIR } from "../paths.js";

/**
 * docs/rls-matrix.md, written from sql/rls/matrix.json (which rows each persona reaches) and
 * sql/rls/write-model.json (what it may set and change there), the specifications the RLS tests
 * check cell by cell. `npm run docs:rls` rewrites it; a test fails when it is out of date.
 */

type Rule = string | boolean | { keys: string };
type Columns = "none" | "all" | { "all but": string[] } | string[];
interface WriteTable {
  note?: string;
  view?: boolean;
  insert: Record<string, Columns>;
  update: Record<string, Columns>;
  derived?: string[] | Record<string, string[]>;
  touched?: string[] | Record<string, string[]>;
  skip?: Record<string, string>;
  refusals?: Record<string, string[]>;
  transitions?: Record<string, { states: string[]; allowed: Record<string, Record<string, string[]>> }>;
}
interface Spec {
  personas: Record<string, string | null>;
  tables: Record<string, { graphql: string; note?: string; view?: boolean; select: Record<string, Rule>; update: Record<string, Rule>; delete: Record<string, Rule>; insert: Record<string, Rule> }>;
  writes?: Record<string, WriteTable>;
  compat?: Record<string, { table: string; columns: Record<string, string> }>;
}

export const RLS_MATRIX_DOC = path.join(ROOT, "docs", "rls-matrix.md");

function cellOf<T>(rules: Record<string, T>, persona: string): T {
  return Object.entries(rules).find(([k]) => k.split(",").includes(persona))![1];
}

function showColumns(cols: Columns): string {
  if (cols === "all") return "all";
  if (cols === "none") return "—";
  if (!Array.isArray(cols)) return `all but ${cols["all but"].map((c) => `\`${c}\``).join(", ")}`;
  if (cols.length === 0) return "—";
  return cols.map((c) => (c.endsWith("=:me") ? `\`${c.slice(0, -4)}\` (self)` : `\`${c}\``)).join(", ");
}

function byPersona(rule: string[] | Record<string, string[]> | undefined): string {
  if (!rule) return "";
  if (Array.isArray(rule)) return rule.map((c) => `\`${c}\``).join(", ");
  return Object.entries(rule).map(([k, cols]) => `${cols.map((c) => `\`${c}\``).join(", ")} (${k.split(",").join(", ")})`).join("; ");
}

function renderWrites(w: WriteTable, personas: string[]): string[] {
  const lines = ["Writes:", "", "| persona | insert may set | update may change |", "|---|---|---|"];
  for (const p of personas) lines.push(`| ${p} | ${showColumns(cellOf(w.insert, p))} | ${showColumns(cellOf(w.update, p))} |`);
  lines.push("");
  if (w.derived) lines.push(`Set by the database on an API user's insert (the value given is replaced): ${byPersona(w.derived)}.`, "");
  if (w.touched) lines.push(`Set by the database on every update: ${byPersona(w.touched)}.`, "");
  for (const [col, why] of Object.entries(w.skip ?? {})) lines.push(`\`${col}\` is not probed: ${why}.`, "");
  const own = Object.entries(w.refusals ?? {}).map(([c, codes]) => `${codes.join(", ")} (${c === "*" ? "every column" : `\`${c}\``})`);
  if (own.length) lines.push(`Refusals besides 42501: ${own.join("; ")}.`, "");
  for (const [col, t] of Object.entries(w.transitions ?? {})) {
    lines.push(`Transitions of \`${col}\` (${t.states.join(", ")}):`, "", "| personas | allowed moves |", "|---|---|");
    for (const [who, moves] of Object.entries(t.allowed)) {
      const shown = Object.entries(moves).map(([from, to]) => `${from} → ${to.join(", ")}`).join("; ");
      lines.push(`| ${who.split(",").join(", ")} | ${shown || "none"} |`);
    }
    lines.push("");
  }
  return lines;
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
    "Writes (from `sql/rls/write-model.json`, checked by `tests/sql/rls/write-matrix.test.ts`): on the rows the persona",
    "reaches, the columns an insert may set and an update may change; any other column is refused (42501, or the",
    "table's own code named below). `(self)`: only to the caller's own id. A column pointing at a profile or a lead,",
    "when listed, may point at another one the persona can read. Transitions: the moves a status column may make.",
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
    const w = spec.writes?.[table];
    if (w) {
      if (w.note) lines.push(w.note, "");
      lines.push(...renderWrites(w, personas));
    }
  }
  if (spec.compat) {
    lines.push("## Compatibility views that accept writes", "", "The old app writes these legacy names; their INSTEAD OF triggers run as the caller, so each write meets the table's rules above. `tests/sql/rls/write-matrix.test.ts` tries the same cells through them.", "");
    lines.push("| view | writes | columns tried |", "|---|---|---|");
    for (const [view, cv] of Object.entries(spec.compat)) {
      lines.push(`| \`${view}\` | \`${cv.table}\` | ${Object.entries(cv.columns).map(([v, t]) => (v === t ? `\`${v}\`` : `\`${v}\` → \`${t}\``)).join(", ")} |`);
    }
    lines.push("");
  }
  const cells = Object.keys(spec.tables).length * personas.length * 4;
  lines.push(`${Object.keys(spec.tables).length} tables and views × ${personas.length} personas × 4 operations = ${cells} cells.`, "");
  return lines.join("\n");
}

export function loadRlsSpec(): Spec {
  const spec: Spec = JSON.parse(readFileSync(path.join(SQL_DIR, "rls", "matrix.json"), "utf8"));
  const writes = JSON.parse(readFileSync(path.join(SQL_DIR, "rls", "write-model.json"), "utf8"));
  spec.writes = writes.tables;
  spec.compat = writes.compat;
  return spec;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(RLS_MATRIX_DOC, renderRlsMatrix(loadRlsSpec()));
  console.log(`wrote ${path.relative(process.cwd(), RLS_MATRIX_DOC)}`);
}
