import { randomUUID } from "node:crypto";
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

async function keys(c: pg.ClientBase, sql: string): Promise<string[]> {
  const { rows } = await c.query(sql);
  return rows.map((r) => String(Object.values(r)[0])).sort();
}

/**
 * The rows the sample rows and rules refer to, made in the database (which the check then
 * changes: give it a database of its own): an auth user with no profile yet, a fresh profile, a
 * support thread for every signed-in persona. `actor` owns the sample rows of anon and service_role.
 */
export async function matrixFixtures(c: pg.ClientBase, people: Persona[]): Promise<{ fx: Fixtures; actor: string }> {
  const fresh = randomUUID();
  const newId = randomUUID(); // an auth user with no profile yet, for the profiles insert cell
  // Without auth.users' triggers: a sign-up trigger would make their profiles at once.
  await c.query("set session_replication_role = replica");
  try {
    await c.query("insert into auth.users (id, email, email_confirmed_at) values ($1, $2, now())", [newId, `rls-probe-${newId}@salemate.test`]);
    await c.query("insert into auth.users (id, email, email_confirmed_at) values ($1, $2, now())", [fresh, `fresh-${fresh}@salemate.test`]);
  } finally {
    await c.query("set session_replication_role = origin");
  }
  await c.query("insert into public.profiles (id, email, name, profile_type) values ($1, $2, 'Fresh Profile', 'customer')", [fresh, `fresh-${fresh}@salemate.test`]);
  await c.query("delete from public.profile_preferences where profile_id = $1", [fresh]);
  const one = async (sql: string, params: unknown[] = []) => String(Object.values((await c.query(sql, params)).rows[0] ?? { v: "" })[0]);
  const customer = people.find((p) => p.name === "customer")!.id!;
  // Every signed-in persona gets a support thread of its own, for the "write in your own thread" cells.
  for (const p of people) {
    if (p.id) await c.query("insert into public.support_threads (subject, created_by) select 'RLS fixture thread', $1 where not exists (select 1 from public.support_threads where created_by = $1)", [p.id]);
  }
  const fx: Fixtures = {
    ":fresh_wallet_owner": `'${customer}'::uuid`,
    ":fresh_wallet": `'${await one("select id from public.profile_wallets where profile_id = $1", [customer])}'::uuid`,
    ":fresh": `'${fresh}'::uuid`,
    ":a_project": `'${await one("select id from public.inventory_projects order by id limit 1")}'::uuid`,
    ":a_partner": `'${await one("select id from public.inventory_partners order by id limit 1")}'::uuid`,
    ":newid": `'${newId}'::uuid`,
  };
  return { fx, actor: customer };
}

/** Per-persona fixtures: a lead it can see, its own thread, a team it manages. */
export async function personaFixtures(c: pg.ClientBase, m: Matrix, fx: Fixtures, p: Persona): Promise<Fixtures> {
  const f: Fixtures = { ...fx };
  const visibleLead = (await c.query(`select k from (${expectedKeysSql(m, "leads", "select", p, fx)}) x(k) order by k limit 1`)).rows[0]?.k;
  const anyLead = (await c.query("select id::text from public.leads order by id limit 1")).rows[0].id;
  f[":a_visible_lead"] = `'${visibleLead ?? anyLead}'::uuid`;
  const thread = p.id ? (await c.query("select thread_id::text from public.support_threads where created_by = $1 limit 1", [p.id])).rows[0]?.thread_id : undefined;
  f[":own_thread"] = `'${thread ?? (await c.query("select thread_id::text from public.support_threads limit 1")).rows[0].thread_id}'::uuid`;
  const team = p.id
    ? (await c.query("select t.id::text from public.teams t where t.owner_profile_id = $1 union all select m.team_id::text from public.team_memberships m where m.profile_id = $1 and m.role in ('manager', 'team_lead') limit 1", [p.id])).rows[0]?.id
    : undefined;
  f[":a_managed_team"] = `'${team ?? (await c.query("select id::text from public.teams limit 1")).rows[0].id}'::uuid`;
  return f;
}

export interface MatrixCheck {
  cells: number;
  /** One line per cell that does not hold: unexpected allows and denials. */
  mismatches: string[];
  /** `table:persona` -> the number of rows the persona should read. */
  expected: Map<string, number>;
}

/**
 * Checks the cells of `ops` for every persona and table in SQL, as the persona (role and claims
 * set the way the gateway sets them): the keys it reaches against the keys the matrix says.
 */
export async function checkMatrixInSql(c: pg.ClientBase, m: Matrix, people: Persona[], fx: Fixtures, actor: string, ops: Op[] = OPS): Promise<MatrixCheck> {
  const out: MatrixCheck = { cells: 0, mismatches: [], expected: new Map() };
  for (const p of people) {
    const f = await personaFixtures(c, m, fx, p);
    for (const [table, spec] of Object.entries(m.tables)) {
      for (const op of ops) {
        out.cells++;
        const where = `${table}.${op} as ${p.name}`;
        if (op === "insert") {
          const want = cell(spec.insert, p.name, where);
          const sql = sampleInsertSql(m, table, p, f, actor);
          let got = false;
          let why = "";
          if (sql) {
            try {
              // Triggers on: inserts rely on them for defaults (source, created_by, joined_at).
              await asPersona(c, p, () => c.query(sql), false);
              got = true;
            } catch (e) {
              why = (e as Error).message;
            }
          }
          if (got !== want) out.mismatches.push(`${where}: expected ${want ? "allowed" : "denied"}, got ${got ? "allowed" : `denied (${why})`}`);
          continue;
        }
        const want = await keys(c, expectedKeysSql(m, table, op, p, f));
        if (op === "select") out.expected.set(`${table}:${p.name}`, want.length);
        const actualSql =
          op === "select"
            ? `select (${spec.key})::text from public.${table}`
            : op === "update"
              ? `update public.${table} set "${spec.probe}" = "${spec.probe}" returning (${spec.key})::text`
              : `delete from public.${table} returning (${spec.key})::text`;
        let got: string[];
        let why = "";
        try {
          got = await asPersona(c, p, () => keys(c, actualSql));
        } catch (e) {
          got = []; // refused outright (no privilege, not updatable): nothing reachable
          why = ` (refused: ${(e as Error).message})`;
        }
        const extra = got.filter((k) => !want.includes(k));
        const missing = want.filter((k) => !got.includes(k));
        if (extra.length || missing.length) {
          out.mismatches.push(`${where}: ${extra.length} unexpected allow(s) ${extra.slice(0, 2).join(",")}; ${missing.length} unexpected denial(s) ${missing.slice(0, 2).join(",")} (expected ${want.length}, got ${got.length})${missing.length ? why : ""}`);
        }
      }
    }
  }
  return out;
}
