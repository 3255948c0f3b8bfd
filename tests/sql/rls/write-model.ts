import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { SQL_DIR } from "../../../server/paths.ts";
import { cell, expand, expectedKeysSql, personaFixtures, type Fixtures, type Matrix, type Persona } from "./matrix.ts";

/**
 * The write model (sql/rls/write-model.json) and the machinery that checks it: for every table
 * the gateway exposes, every persona and every column, an insert and an update that set only
 * that column to a valid new value, as the persona (role and claims as the gateway sets them,
 * constraints and triggers on), and the transitions of the status columns. The read matrix
 * (matrix.json) says which rows a persona reaches; the write model says what it may change there.
 */

/**
 * "none", "all", every column but some, or the columns; "col=:me": the persona may set it to
 * themselves only. A column pointing at a profile or a lead, when listed, may point at another
 * one the persona can read (that is the probe's value).
 */
export type Columns = "none" | "all" | { "all but": string[] } | string[];
export interface Transition {
  /** The column's states, as SQL literals of its type. */
  states: string[];
  /** persona keys -> from -> the states it may move to (from itself to itself is not a change). */
  allowed: Record<string, Record<string, string[]>>;
}
export interface WriteTable {
  note?: string;
  view?: boolean;
  insert: Record<string, Columns>;
  update: Record<string, Columns>;
  /**
   * Columns the database sets itself on insert, whatever the statement gives: a list (for every
   * persona but the service role) or persona keys -> list.
   */
  derived?: string[] | Record<string, string[]>;
  /** Columns the database sets on every update (updated_at by trigger), as `derived`: the value given is not kept. */
  touched?: string[] | Record<string, string[]>;
  /** persona keys -> a predicate choosing the row of the persona's update set the cells change. */
  row?: Record<string, string>;
  /** column -> SQL for a valid new value (`:cur` is its current value; macros as in matrix.json). */
  values?: Record<string, string>;
  transitions?: Record<string, Transition>;
  /** column -> columns a check constraint ties to it, set to their probe values with it. */
  together?: Record<string, string[]>;
  /** column -> why it is not probed (the reason is shown in the docs). */
  skip?: Record<string, string>;
  /**
   * SQLSTATEs besides 42501 that are this table's own refusals, per column ("*": every column),
   * e.g. 23514 for the money invariants (a balance moves only through the ledger), P0001 for a
   * status that moves only through its workflow, 55000 for a view that is read-only by construction.
   */
  refusals?: Record<string, string[]>;
}
/** A legacy compatibility view that accepts writes: which table it writes, its key, its columns' counterparts. */
export interface CompatView {
  table: string;
  /** view key column -> table key column */
  key: [string, string];
  /** view column -> table column */
  columns: Record<string, string>;
  /** The rows of the table the view shows (a predicate over the table). */
  row?: string;
}
export interface WriteModel {
  $comment: string;
  tables: Record<string, WriteTable>;
  compat?: Record<string, CompatView>;
}

export function loadWriteModel(): WriteModel {
  return JSON.parse(readFileSync(path.join(SQL_DIR, "rls", "write-model.json"), "utf8"));
}

export type Outcome = "allowed" | "refused" | "derived" | "unreachable" | "error";

export interface Column {
  name: string;
  type: string;
  pk: boolean;
  enumType: boolean;
  choices: string[] | null;
  ref: { schema: string; table: string; column: string } | null;
  default: string | null;
}

export async function columnsOf(c: pg.ClientBase, table: string): Promise<Column[]> {
  const { rows } = await c.query(
    `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
            exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisprimary and a.attnum = any (i.indkey)) as pk,
            t.typtype = 'e' as enum_type,
            (select pg_get_constraintdef(k.oid) from pg_constraint k
              where k.conrelid = a.attrelid and k.contype = 'c' and k.conkey = array[a.attnum]
                and pg_get_constraintdef(k.oid) ~ '= ANY \\(ARRAY\\[' limit 1) as check_def,
            (select jsonb_build_object('schema', r.relnamespace::regnamespace::text, 'table', r.relname, 'column', ra.attname)
               from pg_constraint k join pg_class r on r.oid = k.confrelid
               join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]
              where k.conrelid = a.attrelid and k.contype = 'f' and k.conkey = array[a.attnum] limit 1) as ref,
            pg_get_expr(d.adbin, d.adrelid) as default
     from pg_attribute a
     join pg_type t on t.oid = a.atttypid
     left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     order by a.attnum`,
    [`public.${table}`],
  );
  return rows.map((r) => ({
    name: r.name,
    type: r.type,
    pk: r.pk,
    enumType: r.enum_type,
    choices: r.check_def ? [...String(r.check_def).matchAll(/'((?:[^']|'')*)'::/g)].map((m) => m[1]!.replace(/''/g, "'")) : null,
    ref: r.ref,
    default: r.default,
  }));
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** SQL (run as superuser) for a valid value of the column other than `cur` (an SQL expression). */
function valueSql(col: Column, cur: string, spec: WriteTable, m: Matrix, p: Persona, f: Fixtures): string {
  const override = spec.values?.[col.name];
  if (override) return expand(override.split(":cur").join(`(${cur})`), m, p, f);
  if (col.enumType) {
    return `(select e.enumlabel from pg_enum e where e.enumtypid = '${col.type}'::regtype and e.enumlabel is distinct from (${cur})::text order by e.enumsortorder limit 1)`;
  }
  if (col.choices) return `(select v from unnest(array[${col.choices.map(lit).join(", ")}]) v where v is distinct from (${cur})::text limit 1)`;
  if (col.ref) {
    // Another row the persona can read where the read matrix knows the table, else any other.
    const readable = col.ref.schema === "public" && m.tables[col.ref.table] ? expectedKeysSql(m, col.ref.table, "select", p, f, `(${col.ref.column})::text`) : null;
    const me = p.id ? `'${p.id}'` : "null";
    const pick = (where: string) => `(select x.${col.ref!.column}::text from ${col.ref!.schema}.${col.ref!.table} x where x.${col.ref!.column}::text is distinct from (${cur})::text and ${where} order by ${col.ref!.table === "profiles" ? "x.email not like '%@salemate.test', " : ""}1 limit 1)`;
    const other = col.ref.table === "profiles" ? `x.id::text is distinct from ${me}` : "true";
    return readable ? `coalesce(${pick(`x.${col.ref.column}::text in (${readable}) and ${other}`)}, ${pick(other)})` : pick(other);
  }
  const t = col.type;
  if (t === "boolean") return `not coalesce(${cur}, false)`;
  if (/^(integer|bigint|smallint|numeric|real|double precision)/.test(t)) return `coalesce(${cur}, 0) + ${col.pk ? "1000000000" : "1"}`;
  if (/^timestamp|^date/.test(t)) return `coalesce(${cur}, now()) + interval '1 day'`;
  if (t === "uuid") return "gen_random_uuid()";
  if (t === "jsonb" || t === "json") return `case when (${cur})::text = '{"write_probe": true}' then '{"write_probe": 2}' else '{"write_probe": true}' end`;
  if (t.endsWith("[]")) return `array['write-probe']`;
  return `'write-probe-' || substr(md5(random()::text), 1, 10)`;
}

export interface WriteCell {
  table: string;
  persona: string;
  op: "insert" | "update" | "transition";
  column: string;
  detail?: string;
  expected: Outcome[];
  got: Outcome;
  why?: string;
}

/** The columns a rule names, with "col=:me" read as the column (the value restriction is the probe's to show). */
function named(rule: Columns, all: string[]): { cols: Set<string>; self: Set<string> } {
  if (rule === "all") return { cols: new Set(all), self: new Set() };
  if (rule === "none") return { cols: new Set(), self: new Set() };
  if (!Array.isArray(rule)) return { cols: new Set(all.filter((c) => !rule["all but"].includes(c))), self: new Set() };
  return {
    cols: new Set(rule.filter((r) => !r.endsWith("=:me"))),
    self: new Set(rule.filter((r) => r.endsWith("=:me")).map((r) => r.slice(0, -4))),
  };
}

/**
 * Runs `fn` as the persona inside a transaction that is rolled back; `after` runs as the
 * superuser (RESET ROLE) before the rollback, to read what the statement left.
 */
async function asPersonaThen<T, U>(c: pg.ClientBase, p: Persona, before: (() => Promise<void>) | null, fn: () => Promise<T>, after: (r: T) => Promise<U>): Promise<U | { error: { code: string; message: string } }> {
  await c.query("begin");
  try {
    if (before) await before();
    const keys = Object.keys(p.settings);
    await c.query(`select ${keys.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, keys.flatMap((k) => [k, p.settings[k]]));
    let r: T;
    try {
      r = await fn();
    } catch (e) {
      return { error: { code: (e as { code?: string }).code ?? "", message: (e as Error).message } };
    }
    await c.query("reset role");
    return await after(r);
  } finally {
    await c.query("rollback");
  }
}

function classify(e: { code: string; message: string }, spec: WriteTable, column: string): Outcome {
  const own = [...(spec.refusals?.["*"] ?? []), ...(spec.refusals?.[column] ?? [])];
  return e.code === "42501" || own.includes(e.code) ? "refused" : "error";
}

/** A list applies to every persona but the service role (derived) or to all (touched); persona keys as in rules. */
function columnsFor(rule: string[] | Record<string, string[]> | undefined, persona: string, listSkipsServiceRole: boolean): string[] {
  if (!rule) return [];
  if (Array.isArray(rule)) return listSkipsServiceRole && persona === "service_role" ? [] : rule;
  return Object.entries(rule).find(([k]) => k.split(",").includes(persona))?.[1] ?? [];
}

export interface InsertCell {
  column: string;
  value: string | null;
  /** The sample row's columns as SQL expressions (owned by the persona), and the columns set for this cell. */
  row: Record<string, string>;
  set: Map<string, string | null>;
  expected: Outcome[];
}

/**
 * The insert cells of one table for one persona (`owner` stands in for anon and the service
 * role): the read matrix's sample row plus one column (and the columns tied to it) set to a new
 * value, and the outcomes the model expects. Empty for views and tables with no sample.
 */
export async function planInserts(c: pg.ClientBase, wm: WriteModel, m: Matrix, table: string, owner: Persona, persona: string, f: Fixtures, cols?: Column[]): Promise<InsertCell[]> {
  const spec = wm.tables[table]!;
  const rs = m.tables[table]!;
  if (spec.view || !rs.sample) return [];
  cols ??= await columnsOf(c, table);
  const all = cols.map((x) => x.name);
  const ins = named(cell(spec.insert, persona, `${table} as ${persona} insert`), all);
  const mayInsert = cell(rs.insert, persona, `${table} as ${persona} matrix insert`);
  const sample = rs.sample;
  const row = Object.fromEntries(Object.keys(sample).map((k) => [k, expand(sample[k]!, m, owner, f)]));
  const value = async (col: Column) =>
    (await c.query(`select ((${valueSql(col, row[col.name] ?? col.default ?? "null", spec, m, owner, f)})::${col.type})::text as v`)).rows[0].v as string | null;
  const out: InsertCell[] = [];
  for (const col of cols) {
    if (spec.skip?.[col.name]) continue;
    const v = await value(col);
    const set = new Map<string, string | null>([[col.name, v]]);
    for (const other of spec.together?.[col.name] ?? []) set.set(other, await value(cols.find((x) => x.name === other)!));
    const derived = columnsFor(spec.derived, persona, true).includes(col.name);
    const expected: Outcome[] = !mayInsert ? ["refused"] : derived ? ["derived"] : ins.cols.has(col.name) ? ["allowed"] : ["refused"];
    out.push({ column: col.name, value: v, row, set, expected });
  }
  return out;
}


export interface UpdatePlan {
  /** The row the cells change (key as text), and whether it is in the persona's update set. */
  key: string;
  reach: boolean;
  /** SQL matching the row (alias o) by $1. */
  keyed: string;
  cells: Array<{ column: string; value: string | null; set: Map<string, string | null>; expected: Outcome[] }>;
}

/**
 * The update cells of one table for one persona: the row (one of its update set, narrowed by the
 * model's `row`, else any row), and per column the new value (with the columns tied to it) and
 * the outcomes the model expects. Values are computed as superuser, before any write.
 */
export async function planUpdates(c: pg.ClientBase, wm: WriteModel, m: Matrix, table: string, p: Persona, f: Fixtures, cols?: Column[], also?: string): Promise<UpdatePlan | null> {
  const spec = wm.tables[table]!;
  const rs = m.tables[table]!;
  cols ??= await columnsOf(c, table);
  const all = cols.map((x) => x.name);
  const upd = named(cell(spec.update, p.name, `${table} as ${p.name} update`), all);
  const updateSet = expectedKeysSql(m, table, "update", p, f);
  const own = spec.row ? (Object.entries(spec.row).find(([k]) => k.split(",").includes(p.name))?.[1] ?? null) : null;
  const pick = [own, also].filter(Boolean).join(") and (") || null;
  const reach = (
    await c.query(
      `select (${rs.key})::text as k from public.${table} t where (${rs.key})::text in (${updateSet})${pick ? ` and (${expand(pick, m, p, f)})` : ""} order by 1 limit 1`,
    )
  ).rows[0]?.k as string | undefined;
  const key = reach ?? ((await c.query(`select (${rs.key})::text as k from public.${table} order by 1 limit 1`)).rows[0]?.k as string | undefined);
  if (!key) return null;
  const keyed = `(${rs.key.replace(/\b(\w+)\b/g, (w) => (all.includes(w) ? `o."${w}"` : w))})::text = $1`;
  const newValue = async (col: Column) =>
    (await c.query(`select ((${valueSql(col, `o."${col.name}"`, spec, m, p, f)})::${col.type})::text as v from public.${table} o where ${keyed}`, [key])).rows[0]?.v as string | null;
  const out: UpdatePlan = { key, reach: !!reach, keyed, cells: [] };
  for (const col of spec.view ? cols.slice(0, 1) : cols) {
    if (spec.transitions?.[col.name] || spec.skip?.[col.name]) continue; // transitions: their own cells
    // The service role may re-key rows; whether a referencing row stops it is not a permission question.
    if (col.pk && p.name === "service_role") continue;
    const value = await newValue(col);
    const set = new Map<string, string | null>([[col.name, value]]);
    for (const other of spec.together?.[col.name] ?? []) set.set(other, await newValue(cols.find((x) => x.name === other)!));
    const expected: Outcome[] = !reach ? ["refused", "unreachable"] : upd.cols.has(col.name) ? [columnsFor(spec.touched, p.name, false).includes(col.name) ? "derived" : "allowed"] : ["refused"];
    out.cells.push({ column: col.name, value, set, expected });
  }
  return out;
}


export interface WriteCheck {
  cells: WriteCell[];
}

/**
 * Every cell of the write model for the given personas and tables, in SQL. `m` is the read
 * matrix (rows, samples, fixtures); `fx` and `actor` come from matrixFixtures.
 */
export async function checkWriteModel(c: pg.ClientBase, wm: WriteModel, m: Matrix, people: Persona[], fx: Fixtures, actor: string, only?: { tables?: string[]; personas?: string[] }): Promise<WriteCheck> {
  const cells: WriteCell[] = [];
  const tables = Object.keys(wm.tables).filter((t) => !only?.tables || only.tables.includes(t));
  for (const table of tables) {
    const spec = wm.tables[table]!;
    const rs = m.tables[table];
    if (!rs) throw new Error(`write model: ${table} is not in the read matrix`);
    const cols = await columnsOf(c, table);
    const all = cols.map((x) => x.name);
    const partners = (name: string) => spec.together?.[name] ?? [];
    for (const x of [...Object.keys(spec.together ?? {}), ...Object.values(spec.together ?? {}).flat(), ...Object.keys(spec.skip ?? {})]) {
      if (!all.includes(x)) throw new Error(`write model: ${table} has no column ${x}`);
    }
    for (const p of people.filter((x) => !only?.personas || only.personas.includes(x.name))) {
      const f = await personaFixtures(c, m, fx, p);
      const owner: Persona = p.id ? p : { ...p, id: actor };
      const where = `${table} as ${p.name}`;
      const ins = named(cell(spec.insert, p.name, `${where} insert`), all);
      const upd = named(cell(spec.update, p.name, `${where} update`), all);
      for (const x of [...ins.cols, ...ins.self, ...upd.cols, ...upd.self]) if (!all.includes(x)) throw new Error(`write model: ${table} has no column ${x}`);
      const outcome = (res: unknown, column: string, ok: (r: any) => Outcome): { got: Outcome; why?: string } =>
        typeof res === "object" && res !== null && "error" in res
          ? { got: classify((res as { error: { code: string; message: string } }).error, spec, column), why: (res as { error: { message: string } }).error.message }
          : { got: ok(res) };

      // Inserts: the read matrix's sample row (owned by the persona) plus one column (and its partners) set.
      if (spec.view) {
        const col = cols[0]!;
        const res = await asPersonaThen(c, p, null, () => c.query(`insert into public.${table} ("${col.name}") values (null)`), async () => "allowed" as Outcome);
        const { got, why } = outcome(res, col.name, (r) => r);
        cells.push({ table, persona: p.name, op: "insert", column: col.name, expected: ["refused"], got, why });
      } else {
        for (const u of await planInserts(c, wm, m, table, owner, p.name, f, cols)) {
          const col = cols.find((x) => x.name === u.column)!;
          const names = [...new Set([...Object.keys(u.row), ...u.set.keys()])];
          const setNames = [...u.set.keys()];
          const values = names.map((n) => (u.set.has(n) ? `$${setNames.indexOf(n) + 1}::${cols.find((x) => x.name === n)!.type}` : u.row[n]!));
          const sql = `insert into public.${table} (${names.map((n) => `"${n}"`).join(", ")}) values (${values.join(", ")})`;
          const res = await asPersonaThen(c, p, null, () => c.query(sql, [...u.set.values()]), async () =>
            (await c.query(`select ("${col.name}")::text as v from public.${table} where xmin = pg_current_xact_id()::xid limit 1`)).rows[0]?.v as string | null | undefined,
          );
          const { got, why } = outcome(res, col.name, (r) => (r === u.value ? "allowed" : "derived"));
          cells.push({ table, persona: p.name, op: "insert", column: col.name, expected: u.expected, got, why });
        }
      }

      // Updates: one row of the persona's update set (the model's `row` narrows it), one column at a time.
      const plan = await planUpdates(c, wm, m, table, p, f, cols);
      if (!plan) continue;
      const { key, reach, keyed } = plan;
      for (const u of plan.cells) {
        const col = cols.find((x) => x.name === u.column)!;
        const setNames = [...u.set.keys()];
        const assignments = setNames.map((n, i) => `"${n}" = $${i + 2}::${cols.find((x) => x.name === n)!.type}`).join(", ");
        const res = await asPersonaThen(
          c, p, null,
          () => c.query(`update public.${table} o set ${assignments} where ${keyed}`, [key, ...u.set.values()]),
          async (r) =>
            (r.rowCount === 0
              ? "unreachable"
              : (await c.query(`select ("${col.name}")::text as v from public.${table} o where ${keyed}`, [col.pk ? u.value : key])).rows[0]?.v === u.value ? "allowed" : "derived") as Outcome,
        );
        const { got, why } = outcome(res, col.name, (r) => r);
        cells.push({ table, persona: p.name, op: "update", column: col.name, expected: u.expected, got, why });
      }

      // Transitions: the row put in each state (as superuser, triggers off), then moved by the persona.
      for (const [column, tr] of Object.entries(spec.transitions ?? {})) {
        const rule = Object.entries(tr.allowed).find(([k]) => k.split(",").includes(p.name))?.[1];
        if (!rule) throw new Error(`write model: ${table}.${column} transitions: persona ${p.name} appears nowhere`);
        const col = cols.find((x) => x.name === column)!;
        for (const from of tr.states) {
          for (const to of tr.states) {
            if (from === to) continue;
            const res = await asPersonaThen(
              c, p,
              async () => {
                await c.query("set local session_replication_role = replica");
                await c.query(`update public.${table} o set "${column}" = ${from}::${col.type} where ${keyed}`, [key]);
                await c.query("set local session_replication_role = origin");
              },
              () => c.query(`update public.${table} o set "${column}" = ${to}::${col.type} where ${keyed}`, [key]),
              async (r) => (r.rowCount === 0 ? "unreachable" : "allowed") as Outcome,
            );
            const { got, why } = outcome(res, column, (r) => r);
            const unquote = (x: string) => x.replace(/^'|'$/g, "");
            const allowed = (rule[unquote(from)] ?? []).includes(unquote(to));
            cells.push({ table, persona: p.name, op: "transition", column, detail: `${unquote(from)} -> ${unquote(to)}`, expected: allowed && reach ? ["allowed"] : ["refused", "unreachable"], got, why });
          }
        }
      }
    }
  }
  return { cells };
}

/**
 * The model sampled through the compatibility views that accept writes (the old app's path): per
 * view, persona and mapped column, an update through the view of the row the table's cells
 * change, expected to end as the table's cell says, or refused (a view may be narrower).
 */
export async function checkCompatViews(c: pg.ClientBase, wm: WriteModel, m: Matrix, people: Persona[], fx: Fixtures): Promise<WriteCheck> {
  const cells: WriteCell[] = [];
  for (const [view, cv] of Object.entries(wm.compat ?? {})) {
    const spec = wm.tables[cv.table]!;
    const cols = await columnsOf(c, cv.table);
    const viewTypes = new Map(
      (await c.query("select a.attname, format_type(a.atttypid, a.atttypmod) as t from pg_attribute a where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped", [`public.${view}`])).rows.map((r) => [r.attname as string, r.t as string]),
    );
    for (const p of people) {
      const f = await personaFixtures(c, m, fx, p);
      const plan = await planUpdates(c, wm, m, cv.table, p, f, cols, cv.row);
      if (!plan) continue;
      for (const [vcol, tcol] of Object.entries(cv.columns)) {
        const u = plan.cells.find((x) => x.column === tcol);
        if (!u) throw new Error(`write model: compat ${view}.${vcol}: ${cv.table}.${tcol} has no update cell`);
        const res = await asPersonaThen(
          c, p, null,
          () => c.query(`update public."${view}" set "${vcol}" = $2::${viewTypes.get(vcol)} where ("${cv.key[0]}")::text = $1`, [plan.key, u.value]),
          async (r) =>
            (r.rowCount === 0
              ? "unreachable"
              : (await c.query(`select ("${tcol}")::text as v from public.${cv.table} o where ${plan.keyed}`, [plan.key])).rows[0]?.v === u.value ? "allowed" : "derived") as Outcome,
        );
        const err = typeof res === "object" ? res.error : null;
        const got: Outcome = err ? classify(err, spec, tcol) : (res as Outcome);
        // A view may be narrower than its table (the old app's shape writes columns a persona may not), never wider.
        const expected: Outcome[] = u.expected.includes("allowed") || u.expected.includes("derived") ? [...u.expected, "refused"] : u.expected;
        cells.push({ table: view, persona: p.name, op: "update", column: `${vcol} (${cv.table}.${tcol})`, expected, got, why: err?.message });
      }
    }
  }
  return { cells };
}

/** One line per cell that does not hold. */
export function mismatches(check: WriteCheck): string[] {
  return check.cells
    .filter((x) => !x.expected.includes(x.got))
    .map((x) => `${x.table}.${x.column}${x.detail ? ` ${x.detail}` : ""} ${x.op} as ${x.persona}: expected ${x.expected.join(" or ")}, got ${x.got}${x.why ? ` (${x.why})` : ""}`);
}
