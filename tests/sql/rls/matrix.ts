import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { pgSettingsFor } from "../../../server/auth/pg-settings.ts";
import { SQL_DIR } from "../../../server/paths.ts";

/** The declarative RLS specification (sql/rls/matrix.json) and the machinery to check it. */

export type Op = "select" | "update" | "delete" | "insert";
export const OPS: Op[] = ["select", "update", "delete", "insert"];
type Rule = string | { keys: string };
interface TableSpec {
  key: string;
  graphql: string;
  select: Record<string, Rule>;
  update: Record<string, Rule>;
  delete: Record<string, Rule>;
  insert: Record<string, boolean>;
  sample?: Record<string, string>;
  probe?: string;
  note?: string;
  view?: boolean;
}
export interface Matrix {
  personas: Record<string, string | null>;
  macros: Record<string, string>;
  tables: Record<string, TableSpec>;
}

export function loadMatrix(): Matrix {
  return JSON.parse(readFileSync(path.join(SQL_DIR, "rls", "matrix.json"), "utf8"));
}

/** The cell for a persona: keys of the rule maps are comma-separated persona lists. */
export function cell<T>(rules: Record<string, T>, persona: string, where: string): T {
  const hits = Object.entries(rules).filter(([k]) => k.split(",").map((s) => s.trim()).includes(persona));
  if (hits.length !== 1) throw new Error(`${where}: persona ${persona} appears ${hits.length} times`);
  return hits[0]![1];
}

export interface Persona {
  name: string;
  id: string | null;
  email: string | null;
  settings: Record<string, string>;
}

export interface Fixtures {
  [macro: string]: string;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Expands macros for one persona. */
export function expand(sql: string, m: Matrix, p: Persona, fx: Fixtures): string {
  let out = sql.replace(/@(\w+)\.(select)/g, (_, table: string) => `(${expectedKeysSql(m, table, "select", p, fx)})`);
  // Longest names first: :managed_teams before :managed, :fresh_wallet before :fresh.
  const subs = [...Object.entries(m.macros), ...Object.entries(fx)].sort((a, b) => b[0].length - a[0].length);
  for (const [k, v] of subs) out = out.split(k).join(v);
  out = out.split(":me").join(p.id ? `${quote(p.id)}::uuid` : "null::uuid");
  out = out.split(":email").join(p.email ? quote(p.email) : "null::text");
  return out;
}

/** SQL (run as superuser) listing the keys a persona should reach. */
export function expectedKeysSql(m: Matrix, table: string, op: "select" | "update" | "delete", p: Persona, fx: Fixtures, keyOverride?: string): string {
  const spec = m.tables[table]!;
  const rule = cell(spec[op], p.name, `${table}.${op}`);
  const key = keyOverride ?? `(${spec.key})::text`;
  if (typeof rule === "object") return expand(rule.keys, m, p, fx);
  if (rule === "none") return `select ${key} from public.${table} where false`;
  if (rule === "all") return `select ${key} from public.${table}`;
  return `select ${key} from public.${table} where ${expand(rule, m, p, fx)}`;
}

/**
 * Runs `fn` as the persona (role + claims, exactly as the gateway sets them), then rolls back.
 * With `rlsOnly`, foreign keys and ordinary triggers are off, so an update or delete measures
 * row-level security and grants alone (not, say, a restricting foreign key elsewhere).
 */
export async function asPersona<T>(c: pg.ClientBase, p: Persona, fn: () => Promise<T>, rlsOnly = true): Promise<T> {
  await c.query("begin");
  try {
    if (rlsOnly) await c.query("set local session_replication_role = replica");
    const keys = Object.keys(p.settings);
    await c.query(`select ${keys.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, keys.flatMap((k) => [k, p.settings[k]]));
    return await fn();
  } finally {
    await c.query("rollback");
  }
}

export async function personas(c: pg.ClientBase, m: Matrix): Promise<Persona[]> {
  const out: Persona[] = [];
  for (const [name, email] of Object.entries(m.personas)) {
    if (name === "anon") out.push({ name, id: null, email: null, settings: pgSettingsFor(undefined) });
    else if (name === "service_role") out.push({ name, id: null, email: null, settings: pgSettingsFor({ role: "service_role" }) });
    else {
      const { rows } = await c.query("select id::text from public.profiles where email = $1", [email]);
      if (!rows[0]) throw new Error(`persona ${name}: no profile ${email}`);
      out.push({ name, id: rows[0].id, email, settings: pgSettingsFor({ sub: rows[0].id, role: "authenticated", email: email!, aud: "authenticated" }) });
    }
  }
  return out;
}

/** The table's sample row, owned by the persona (or, for anon and service_role, by `actor`). */
export function sampleInsertSql(m: Matrix, table: string, p: Persona, fx: Fixtures, actor: string): string | null {
  const s = m.tables[table]!.sample;
  if (!s) return null;
  const cols = Object.keys(s);
  const owner: Persona = p.id ? p : { ...p, id: actor };
  return `insert into public.${table} (${cols.map((c) => `"${c}"`).join(", ")}) values (${cols.map((c) => expand(s[c]!, m, owner, fx)).join(", ")})`;
}
