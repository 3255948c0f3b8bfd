/**
 * Schema drift: legacy databases whose tables differ from SaleMate's baseline (sql/legacy/) the
 * way real projects do: columns never added or dropped by hand, people ids kept as text (or as
 * uuid where the baseline has text), tables never created, columns added in the dashboard,
 * amounts typed as text, enums replaced by text. Each variant is derived from the baseline as a
 * `stage: "legacy"` database has it (its catalog), so a table or column added to sql/legacy/
 * joins the variants by itself; it lists every change it makes (what preflight must report) and
 * the values it planted that cannot convert (what the migration must reject, not fail on).
 *
 * Policy, grant and function drift is tests/helpers/drift.ts; this file is tables and columns.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { LEGACY_SQL_DIR } from "../../server/paths.ts";
import { loadExpectations } from "../../server/preflight/expected.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

export type SchemaChange =
  | { kind: "drop table"; table: string }
  | { kind: "drop column"; table: string; column: string }
  | { kind: "add column"; table: string; column: string; type: string; value: string }
  | { kind: "retype column"; table: string; column: string; from: string; to: string }
  | { kind: "unknown table"; table: string; definition: string };

/** A value planted in a retyped column that does not convert back: its row is rejected (in a table kept in place, the value is set aside and the row stays). */
export interface PlantedValue {
  table: string;
  column: string;
  id: string;
  value: string;
}

export interface SchemaVariant {
  name: string;
  changes: SchemaChange[];
  planted: PlantedValue[];
  /** The DDL and updates that make the variant from a baseline legacy database. */
  sql: string;
}

export interface SchemaVariantSpec {
  name: string;
  /** Reads the baseline legacy database's catalog (never changes it) and says what to change. */
  derive(c: pg.ClientBase): Promise<SchemaVariant>;
}

interface CatalogColumn {
  table: string;
  column: string;
  type: string;
  notNull: boolean;
  /** Part of a primary key, unique or foreign key constraint. */
  keyed: boolean;
  /** Another object (a view, a policy, a constraint) depends on it. */
  depended: boolean;
  /** A foreign key of it points at profiles. */
  refersToProfiles: boolean;
  isEnum: boolean;
}

// Tables without which the migration has nothing to migrate (phase 2 and phase 4 say so and stop).
const REQUIRED_TABLES = new Set(["profiles", "leads"]);

// Columns that hold a person's id by name, where the baseline declares no foreign key for it.
const PEOPLE_COLUMN = /^(user_id|author_id|actor_id|viewer_id|owner_id|manager_id|invitee_user_id|upload_user_id|buyer_user_id|assigned_to(_id)?|from_agent|to_agent|created_by|updated_by|approved_by|validated_by|verified_by)$/;

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const table = (t: string) => `public.${ident(t)}`;

async function baselineTables(): Promise<string[]> {
  return [...(await loadExpectations()).tables.keys()].sort();
}

async function catalog(c: pg.ClientBase): Promise<CatalogColumn[]> {
  const { rows } = await c.query<CatalogColumn>(
    `select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as "notNull",
            exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype in ('p', 'u', 'f') and a.attnum = any (k.conkey)) as keyed,
            exists (select 1 from pg_depend d where d.refclassid = 'pg_class'::regclass and d.refobjid = c.oid and d.refobjsubid = a.attnum
                      and d.deptype = 'n' and d.classid <> 'pg_attrdef'::regclass) as depended,
            exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'f' and a.attnum = any (k.conkey)
                      and k.confrelid = 'public.profiles'::regclass) as "refersToProfiles",
            t.typtype = 'e' as "isEnum"
       from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
       join pg_type t on t.oid = a.atttypid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and c.relname = any ($1)
      order by c.relname, a.attnum`,
    [await baselineTables()],
  );
  return rows;
}

/**
 * Statements that let a column change type: the foreign keys on it, the policies that read it
 * and the views over it go first (a real database that has text ids has no such key either).
 */
async function unpinColumn(c: pg.ClientBase, t: string, col: string): Promise<string[]> {
  const { rows } = await c.query<{ stmt: string }>(
    `select format('alter table %s drop constraint if exists %I', k.conrelid::regclass, k.conname) as stmt
       from pg_constraint k
      where k.contype = 'f' and ((k.conrelid = $1::regclass and $2 = any (select attname from pg_attribute where attrelid = k.conrelid and attnum = any (k.conkey)))
                              or (k.confrelid = $1::regclass and $2 = any (select attname from pg_attribute where attrelid = k.confrelid and attnum = any (k.confkey))))
     union all
     select distinct format('drop policy if exists %I on %s', p.polname, p.polrelid::regclass)
       from pg_policy p join pg_depend d on d.classid = 'pg_policy'::regclass and d.objid = p.oid
      where d.refobjid = $1::regclass and d.refobjsubid = (select attnum from pg_attribute where attrelid = $1::regclass and attname = $2)
     union all
     select distinct format('drop materialized view if exists %s', v.ev_class::regclass)
       from pg_rewrite v join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = v.oid
      where d.refobjid = $1::regclass and d.refobjsubid = (select attnum from pg_attribute where attrelid = $1::regclass and attname = $2)
        and v.ev_class <> $1::regclass`,
    [table(t), col],
  );
  return rows.map((r) => r.stmt);
}

/** A row of the table with a value in the column, to plant an unconvertible value in. */
async function someRow(c: pg.ClientBase, t: string, col: string, offset = 0): Promise<string | null> {
  const hasId = await c.query("select 1 from pg_attribute where attrelid = $1::regclass and attname = 'id' and not attisdropped", [table(t)]);
  if (!hasId.rowCount) return null;
  const { rows } = await c.query(`select id::text as id from ${table(t)} where ${ident(col)} is not null order by id offset ${offset} limit 1`);
  return rows[0]?.id ?? null;
}

function render(changes: SchemaChange[], before: string[] = [], after: string[] = []): string {
  const out = [...before];
  for (const ch of changes) {
    if (ch.kind === "drop table") out.push(`drop table if exists ${table(ch.table)} cascade`);
    else if (ch.kind === "drop column") out.push(`alter table ${table(ch.table)} drop column ${ident(ch.column)}`);
    else if (ch.kind === "add column") out.push(`alter table ${table(ch.table)} add column ${ident(ch.column)} ${ch.type} default ${ch.value}`);
    else if (ch.kind === "unknown table") out.push(ch.definition);
  }
  return [...out, ...after].map((s) => s + ";").join("\n");
}

/** Every nullable column no key, view or policy needs, in every table: dropped. */
const droppedOptionalColumns: SchemaVariantSpec = {
  name: "dropped optional columns",
  async derive(c) {
    const changes: SchemaChange[] = (await catalog(c))
      .filter((x) => !x.notNull && !x.keyed && !x.depended)
      .map((x) => ({ kind: "drop column", table: x.table, column: x.column }));
    return { name: this.name, changes, planted: [], sql: render(changes) };
  },
};

async function retype(c: pg.ClientBase, name: string, cols: CatalogColumn[], to: (x: CatalogColumn) => string, using: (x: CatalogColumn) => string,
                      plant: (x: CatalogColumn) => string | null): Promise<SchemaVariant> {
  const before: string[] = [];
  const after: string[] = [];
  const changes: SchemaChange[] = [];
  const planted: PlantedValue[] = [];
  for (const x of cols) {
    before.push(...(await unpinColumn(c, x.table, x.column)));
    changes.push({ kind: "retype column", table: x.table, column: x.column, from: x.type, to: to(x) });
    after.push(`alter table ${table(x.table)} alter column ${ident(x.column)} type ${to(x)} using ${using(x)}`);
    const value = plant(x);
    // A table's first rows are its most ordinary ones; the planted value takes the second.
    const id = value === null ? null : await someRow(c, x.table, x.column, 1);
    if (value !== null && id !== null) {
      planted.push({ table: x.table, column: x.column, id, value });
      after.push(`update ${table(x.table)} set ${ident(x.column)} = ${literal(value)} where id::text = ${literal(id)}`);
    }
  }
  // The unpinning statements can repeat (a key between two retyped columns).
  return { name, changes, planted, sql: [...new Set(before), ...after].map((s) => s + ";").join("\n") };
}

const isPeopleId = (x: CatalogColumn) => x.refersToProfiles || PEOPLE_COLUMN.test(x.column);

/** uuid people ids as text (with a value in each such column that is no uuid at all). */
const peopleIdsAsText: SchemaVariantSpec = {
  name: "people ids as text",
  async derive(c) {
    const cols = (await catalog(c)).filter((x) => x.type === "uuid" && isPeopleId(x) && !(x.table === "profiles" && x.column === "id"));
    return retype(c, this.name, cols, () => "text", (x) => `${ident(x.column)}::text`, (x) => "user#" + x.column);
  },
};

/** text people ids (support_cases.created_by / assigned_to) as uuid: the profile's id where the text names one, else null. */
const peopleIdsAsUuid: SchemaVariantSpec = {
  name: "people ids as uuid",
  async derive(c) {
    const cols = (await catalog(c)).filter((x) => x.type === "text" && isPeopleId(x));
    const v = await retype(c, this.name, cols, () => "uuid", (x) => `pg_temp.drift_profile_id(${ident(x.column)})`, () => null);
    return { ...v, sql: [peopleLookup, ...cols.filter((x) => x.notNull).map((x) => `alter table ${table(x.table)} alter column ${ident(x.column)} drop not null`), v.sql].join(";\n") };
  },
};

// How a database that switched to uuid people ids converted the old texts (ids, e-mails, names).
const peopleLookup = `create or replace function pg_temp.drift_profile_id(p text) returns uuid language sql stable as $$
  select p.id from public.profiles p where p.id::text = lower(btrim($1)) or lower(p.email) = lower(btrim($1)) or p.name = btrim($1) order by p.id limit 1 $$`;

/** Every legacy table but profiles and leads never created. */
const missingTables: SchemaVariantSpec = {
  name: "missing tables",
  async derive() {
    const changes: SchemaChange[] = (await baselineTables()).filter((t) => !REQUIRED_TABLES.has(t)).map((t) => ({ kind: "drop table", table: t }));
    return { name: this.name, changes, planted: [], sql: render(changes) };
  },
};

/** Two columns added by hand to every table, with values in every row. */
const extraColumns: SchemaVariantSpec = {
  name: "extra columns",
  async derive() {
    const changes: SchemaChange[] = (await baselineTables()).flatMap((t) => [
      { kind: "add column", table: t, column: "crm_ref", type: "text", value: "'ext-ref'" },
      { kind: "add column", table: t, column: "import_score", type: "integer", value: "7" },
    ]);
    return { name: this.name, changes, planted: [], sql: render(changes) };
  },
};

/** Every numeric column as text (with an amount in each that is no number). */
const amountsAsText: SchemaVariantSpec = {
  name: "amounts as text",
  async derive(c) {
    const cols = (await catalog(c)).filter((x) => x.type === "numeric");
    return retype(c, this.name, cols, () => "text", (x) => `${ident(x.column)}::text`, (x) => "twelve hundred");
  },
};

/** Every enum column (statuses, priorities, roles, stages, platforms, payment methods) as text. */
const enumsAsText: SchemaVariantSpec = {
  name: "statuses as text",
  async derive(c) {
    const cols = (await catalog(c)).filter((x) => x.isEnum);
    return retype(c, this.name, cols, () => "text", (x) => `${ident(x.column)}::text`, () => null);
  },
};

/**
 * leads' stage, platform and owner as text, the way a project that never had the enums (or the
 * uuid) has them, with the legacy dashboard view built over the text columns and a legacy policy
 * comparing owner_id as text: the view keeps stage and platform as they are, the policy is taken
 * over so owner_id can become a uuid.
 */
const keptColumnsUnderLegacyObjects: SchemaVariantSpec = {
  name: "kept columns as text under a legacy view and policy",
  async derive(c) {
    const cols = (await catalog(c)).filter((x) => x.table === "leads" && ["stage", "platform", "owner_id"].includes(x.column));
    const v = await retype(c, this.name, cols, () => "text", (x) => `${ident(x.column)}::text`, () => null);
    const view = readFileSync(path.join(LEGACY_SQL_DIR, "05_views.sql"), "utf8").replace(/--[^\n]*/g, "")
      .replace(/\bfrom leads\b/g, "from public.leads").replace(/\bjoin projects\b/g, "join public.projects").replace(/\bon lead_analytics_mv\b/g, "on public.lead_analytics_mv");
    return {
      ...v,
      sql: [v.sql, view.trim().replace(/;\s*$/, ""), `create policy "Owners read their leads (text ids)" on public.leads for select to authenticated using (owner_id = auth.uid()::text)`].join(";\n"),
    };
  },
};

/**
 * The database SaleMate's public migration record builds (issue 15), as far as it differs in
 * tables and columns: no lead_batches; orders without updated_at; ad_integrations as
 * (name, type, api_key, is_active); support_cases' people as uuid; replies without attachments;
 * partners without updated_at; OTP codes in otp_codes / otp_verifications instead of
 * otp_challenges / otp_attempts.
 */
const salemateRecord: SchemaVariantSpec = {
  name: "salemate-record",
  async derive(c) {
    const support = await peopleIdsAsUuid.derive(c);
    const changes: SchemaChange[] = [
      { kind: "drop table", table: "lead_batches" },
      { kind: "drop column", table: "orders", column: "updated_at" },
      ...["platform", "account_id", "project_id", "status", "created_by"].map((column): SchemaChange => ({ kind: "drop column", table: "ad_integrations", column })),
      { kind: "add column", table: "ad_integrations", column: "type", type: "text", value: "'facebook'" },
      { kind: "add column", table: "ad_integrations", column: "api_key", type: "text", value: "null" },
      { kind: "add column", table: "ad_integrations", column: "is_active", type: "boolean", value: "true" },
      ...support.changes,
      { kind: "drop column", table: "support_case_replies", column: "attachments" },
      { kind: "drop column", table: "partners", column: "updated_at" },
      { kind: "drop table", table: "otp_challenges" },
      { kind: "drop table", table: "otp_attempts" },
      {
        kind: "unknown table",
        table: "otp_codes",
        definition: [
          "create table public.otp_codes (id uuid primary key default gen_random_uuid(), phone text not null, code_hash text not null, purpose text, expires_at timestamptz not null, attempts integer not null default 0, created_at timestamptz not null default now())",
          "alter table public.otp_codes enable row level security",
          `create policy "Service role manages OTP codes" on public.otp_codes for all to service_role using (true) with check (true)`,
        ].join(";\n"),
      },
      {
        kind: "unknown table",
        table: "otp_verifications",
        definition: [
          "create table public.otp_verifications (id uuid primary key default gen_random_uuid(), phone text not null, verified_at timestamptz not null default now(), user_id uuid references public.profiles (id) on delete cascade)",
          "create index otp_verifications_user_id_idx on public.otp_verifications (user_id)",
          "alter table public.otp_verifications enable row level security",
          `create policy "Users read their own verifications" on public.otp_verifications for select to authenticated using (user_id = auth.uid())`,
        ].join(";\n"),
      },
    ];
    // ad_integrations' old columns are dropped after the policies and keys on them.
    const unpin = [...(await unpinColumn(c, "ad_integrations", "created_by")), ...(await unpinColumn(c, "ad_integrations", "platform"))];
    return { name: this.name, changes, planted: [], sql: [support.sql, render(changes.filter((x) => x.kind !== "retype column"), unpin)].join(";\n") };
  },
};

export const SCHEMA_VARIANTS: SchemaVariantSpec[] = [
  droppedOptionalColumns,
  peopleIdsAsText,
  peopleIdsAsUuid,
  missingTables,
  extraColumns,
  amountsAsText,
  enumsAsText,
  keptColumnsUnderLegacyObjects,
  salemateRecord,
];

/** A seeded legacy database (scale 1) made into the variant; not migrated. */
export async function schemaDriftedDatabase(spec: SchemaVariantSpec): Promise<{ db: TestDatabase; variant: SchemaVariant }> {
  const db = await createTestDatabase({ stage: "legacy", seedScale: 1 });
  try {
    const c = await db.pool.connect();
    try {
      const variant = await spec.derive(c);
      await c.query(variant.sql);
      return { db, variant };
    } finally {
      c.release();
    }
  } catch (err) {
    await db.drop();
    throw err;
  }
}
