import type pg from "pg";

/**
 * What is really in the database, read from the catalogs only (nothing is changed): for each
 * legacy table the migration knows, where it is, its columns and rows, and everything that
 * refers to it (policies, triggers, functions, views, the realtime publication, cron jobs).
 */

export interface FoundTable {
  name: string;
  /** Where it is: public (before phase 1) or legacy_archive (after). */
  schema: string;
  kind: "table" | "view" | "materialized view" | "other";
  rows: number | null;
  columns: Array<{ name: string; type: string }>;
}

export interface FoundPolicy {
  table: string;
  name: string;
  permissive: boolean;
  roles: string[];
  command: string;
  using: string | null;
  withCheck: string | null;
}

export interface FoundTrigger {
  table: string;
  name: string;
  functionName: string;
  functionSchema: string;
}

export interface FoundFunction {
  signature: string;
  name: string;
  securityDefiner: boolean;
  pinnedSearchPath: boolean;
  /** The legacy tables its body names. */
  reads: string[];
}

export interface FoundView {
  name: string;
  dependsOn: string[];
}

export interface Inventory {
  tables: Map<string, FoundTable>;
  /** Canonical names of the baseline's types, as this database spells them (null: no such type here). */
  resolvedTypes: Map<string, string | null>;
  /** The baseline types that are enums here (canonical names). */
  enumTypes?: Set<string>;
  /** Views and policies that read a column of a legacy table, by "table.column" (the column cannot change type under them). */
  columnReaders?: Map<string, Array<{ kind: "view" | "policy"; name: string }>>;
  policies: FoundPolicy[];
  triggers: FoundTrigger[];
  functions: FoundFunction[];
  views: FoundView[];
  published: string[];
  cronJobs: Array<{ name: string; command: string; reads: string[] }> | null;
  /** Tables in public the migration does not know (made in the dashboard, by another app...). */
  unknownTables: string[];
}

const KIND: Record<string, FoundTable["kind"]> = { r: "table", p: "table", v: "view", m: "materialized view" };

function mentions(text: string, tables: string[]): string[] {
  return tables.filter((t) => new RegExp(`(^|[^a-z0-9_])"?${t.replace(/[-]/g, "\\-")}"?([^a-z0-9_]|$)`, "i").test(text));
}

export async function inspectDatabase(c: pg.ClientBase, legacyTables: string[], baselineTypes: string[]): Promise<Inventory> {
  const tables = new Map<string, FoundTable>();
  const located = await c.query<{ name: string; schema: string; relkind: string; oid: number }>(
    `select t.name, n.nspname as schema, r.relkind, r.oid
       from unnest($1::text[]) as t(name)
       cross join lateral (
         select coalesce(to_regclass(format('legacy_archive.%I', t.name)), to_regclass(format('public.%I', t.name))) as oid
       ) x
       join pg_class r on r.oid = x.oid
       join pg_namespace n on n.oid = r.relnamespace`,
    [legacyTables],
  );
  for (const t of located.rows) {
    const cols = await c.query<{ name: string; type: string }>(
      "select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = $1 and attnum > 0 and not attisdropped order by attnum",
      [t.oid],
    );
    let rows: number | null = null;
    if (t.relkind === "r" || t.relkind === "p" || t.relkind === "m") {
      rows = Number((await c.query(`select count(*) as n from ${quoteIdent(t.schema)}.${quoteIdent(t.name)}`)).rows[0].n);
    }
    tables.set(t.name, { name: t.name, schema: t.schema, kind: KIND[t.relkind] ?? "other", rows, columns: cols.rows });
  }

  const resolvedTypes = new Map<string, string | null>();
  const enumTypes = new Set<string>();
  for (const type of baselineTypes) {
    const r = await c.query<{ canonical: string | null; is_enum: boolean | null }>(
      `select case when to_regtype($1) is null then null else format_type(to_regtype($1), null) end as canonical,
              (select t.typtype = 'e' from pg_type t where t.oid = to_regtype($1)) as is_enum`,
      [type],
    );
    resolvedTypes.set(type, r.rows[0]!.canonical);
    if (r.rows[0]!.is_enum) enumTypes.add(r.rows[0]!.canonical!);
  }

  const readers = await c.query<{ table: string; column: string; kind: "view" | "policy"; name: string }>(
    `select c.relname as table, a.attname as column,
            case when d.classid = 'pg_rewrite'::regclass then 'view' else 'policy' end as kind,
            coalesce((select r.ev_class::regclass::text from pg_rewrite r where d.classid = 'pg_rewrite'::regclass and r.oid = d.objid),
                     (select p.polname::text from pg_policy p where d.classid = 'pg_policy'::regclass and p.oid = d.objid)) as name
       from pg_depend d
       join pg_class c on c.oid = d.refobjid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
      where d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and d.classid in ('pg_rewrite'::regclass, 'pg_policy'::regclass)
        and n.nspname in ('public', 'legacy_archive') and c.relname = any($1)
        and not exists (select 1 from pg_rewrite r where d.classid = 'pg_rewrite'::regclass and r.oid = d.objid and r.ev_class = c.oid)
      order by 1, 2, 4`,
    [legacyTables],
  );
  const columnReaders = new Map<string, Array<{ kind: "view" | "policy"; name: string }>>();
  for (const r of readers.rows) {
    const key = `${r.table}.${r.column}`;
    columnReaders.set(key, [...(columnReaders.get(key) ?? []), { kind: r.kind, name: r.name }]);
  }

  const policies = await c.query<FoundPolicy>(
    `select tablename as table, policyname as name, permissive = 'PERMISSIVE' as permissive, roles::text[] as roles,
            cmd as command, qual as using, with_check as "withCheck"
       from pg_policies where schemaname in ('public', 'legacy_archive') and tablename = any($1) order by tablename, policyname`,
    [legacyTables],
  );

  const triggers = await c.query<FoundTrigger>(
    `select r.relname as table, t.tgname as name, p.proname as "functionName", pn.nspname as "functionSchema"
       from pg_trigger t join pg_class r on r.oid = t.tgrelid join pg_namespace n on n.oid = r.relnamespace
       join pg_proc p on p.oid = t.tgfoid join pg_namespace pn on pn.oid = p.pronamespace
      where not t.tgisinternal and n.nspname in ('public', 'legacy_archive') and r.relname = any($1)
      order by 1, 2`,
    [legacyTables],
  );

  const fns = await c.query<{ signature: string; name: string; definer: boolean; pinned: boolean; body: string }>(
    `select p.oid::regprocedure::text as signature, p.proname as name, p.prosecdef as definer,
            coalesce(exists (select 1 from unnest(p.proconfig) s where s like 'search_path=%'), false) as pinned,
            coalesce(p.prosrc, '') as body
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.prokind in ('f', 'p')
        and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
      order by 1`,
  );
  const functions = fns.rows.map((f) => ({
    signature: f.signature,
    name: f.name,
    securityDefiner: f.definer,
    pinnedSearchPath: f.pinned,
    reads: mentions(f.body, legacyTables),
  }));

  const views = await c.query<{ name: string; depends_on: string[] }>(
    `select v.relname as name, array_agg(distinct s.relname::text order by s.relname::text) as depends_on
       from pg_class v join pg_namespace vn on vn.oid = v.relnamespace
       join pg_rewrite w on w.ev_class = v.oid
       join pg_depend d on d.objid = w.oid and d.classid = 'pg_rewrite'::regclass and d.refclassid = 'pg_class'::regclass
       join pg_class s on s.oid = d.refobjid and s.oid <> v.oid
       join pg_namespace sn on sn.oid = s.relnamespace
      where vn.nspname = 'public' and v.relkind in ('v', 'm') and sn.nspname in ('public', 'legacy_archive') and s.relname = any($1)
      group by v.relname order by 1`,
    [legacyTables],
  );

  const published = await c.query<{ name: string }>(
    `select tablename as name from pg_publication_tables where pubname = 'supabase_realtime' and tablename = any($1) order by 1`,
    [legacyTables],
  );

  let cronJobs: Inventory["cronJobs"] = null;
  if ((await c.query("select to_regclass('cron.job') is not null as ok")).rows[0].ok) {
    const jobs = await c.query<{ name: string; command: string }>("select coalesce(jobname, jobid::text) as name, command from cron.job order by 1");
    cronJobs = jobs.rows.map((j) => ({ ...j, reads: mentions(j.command, legacyTables) }));
  }

  const unknown = await c.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not (c.relname = any($1)) order by 1`,
    [legacyTables],
  );

  return {
    tables,
    resolvedTypes,
    enumTypes,
    columnReaders,
    policies: policies.rows,
    triggers: triggers.rows,
    functions,
    views: views.rows.map((v) => ({ name: v.name, dependsOn: v.depends_on })),
    published: published.rows.map((r) => r.name),
    cronJobs,
    unknownTables: unknown.rows.map((r) => r.name),
  };
}

function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
