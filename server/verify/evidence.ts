import type pg from "pg";

/**
 * What verify reads besides the rows themselves, the same for tables moved to legacy_archive and
 * tables kept in public: what phase 1 found (its snapshot, or a note that the table was absent),
 * which deletions since then are on record, and which rows point nowhere.
 */

/** Rows of a legacy table whose reference names nothing: `column -> table`, with how many. */
export interface Orphans {
  column: string;
  references: string;
  rows: number;
}

export interface PhaseOneView {
  /** Phase 1's snapshot of the table (row count, when, and whether it kept each row's key). */
  snapshot: { rowCount: number; takenAt: Date; keyColumn: string | null } | null;
  /** Phase 1 noted the table absent from this database. */
  absent: boolean;
}

export function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export async function phaseOneView(c: pg.ClientBase, table: string): Promise<PhaseOneView> {
  const { rows: [ready] } = await c.query<{ snapshot: boolean; notes: boolean; keyed: boolean }>(
    `select to_regclass('salemate.legacy_snapshot') is not null as snapshot, to_regclass('salemate.migration_notes') is not null as notes,
            exists (select 1 from pg_attribute where attrelid = to_regclass('salemate.legacy_snapshot') and attname = 'key_column') as keyed`,
  );
  let snapshot: PhaseOneView["snapshot"] = null;
  if (ready!.snapshot) {
    const { rows: [s] } = await c.query<{ row_count: string; taken_at: Date; key_column: string | null }>(
      `select row_count, taken_at, ${ready!.keyed ? "key_column" : "null::text as key_column"} from salemate.legacy_snapshot where table_name = $1`, [table]);
    if (s) snapshot = { rowCount: Number(s.row_count), takenAt: s.taken_at, keyColumn: s.key_column };
  }
  const absent = ready!.notes && (await c.query(
    "select 1 from salemate.migration_notes where phase = 1 and subject = $1 and note like '%absent%'", [table])).rowCount! > 0;
  return { snapshot, absent };
}

/**
 * A query yielding `k`, the ids of rows whose deletion is on record since phase 1: a row of
 * salemate.deleted_rows (every table holding carried or kept rows records its deletions there,
 * migration 20251201000985; for a merged table the legacy id), or an audit_logs entry (action
 * delete or remove, entity one of `entities`, entity_id the id), the way the app's admin tools and
 * edge functions recorded deletions before. Nothing else tells a deletion by the app from a loss.
 */
export async function recordedDeletions(c: pg.ClientBase, entities: string[]): Promise<string> {
  const { rows: [r] } = await c.query<{ audit: boolean; log: boolean }>(
    `select to_regclass('public.audit_logs') is not null
            and (select count(*) from pg_attribute where attrelid = to_regclass('public.audit_logs') and attname in ('action', 'entity', 'entity_id', 'created_at') and not attisdropped) = 4
            and to_regclass('salemate.legacy_snapshot') is not null as audit,
            to_regclass('salemate.deleted_rows') is not null as log`,
  );
  const names = `array[${entities.map(quoteLiteral).join(", ")}]::text[]`;
  const parts: string[] = [];
  if (r!.log) {
    parts.push(`select coalesce(d.legacy_id, d.row_id) as k from salemate.deleted_rows d
                 where d.table_name = any (${names}) or d.legacy_table = any (${names})`);
  }
  if (r!.audit) {
    parts.push(`select a.entity_id::text as k from public.audit_logs a
                 where lower(btrim(a.action)) in ('delete', 'deleted', 'remove', 'removed') and a.entity = any (${names})
                   and a.created_at >= (select coalesce(min(ls.taken_at), '-infinity') from salemate.legacy_snapshot ls)`);
  }
  return parts.length ? `select distinct k from (${parts.join(" union all ")}) recorded` : "select null::text as k where false";
}

/** `public.t` (keyed by id) or `public.t(col)`, as the map writes a reference. */
function parseReference(ref: string): { table: string; key: string } {
  const m = /^([a-z_]+\.[a-z_]+)(?:\(([a-z_]+)\))?$/.exec(ref)!;
  return { table: m[1]!, key: m[2] ?? "id" };
}

/**
 * For each reference of the map (`column -> table`), how many rows of `from` (a from-item) name a
 * row the table does not have. `hasColumn` says whether `from` has the column (a table kept in
 * place may lack one); a reference to a table this database lacks is left out.
 */
export async function countOrphans(c: pg.ClientBase, from: string, references: Record<string, string>,
                                   hasColumn: (column: string) => boolean = () => true): Promise<Orphans[]> {
  const out: Orphans[] = [];
  for (const [column, ref] of Object.entries(references)) {
    if (!hasColumn(column)) continue;
    const { table, key } = parseReference(ref);
    const { rows: [t] } = await c.query<{ ok: boolean }>(
      "select exists (select 1 from pg_attribute where attrelid = to_regclass($1) and attname = $2 and not attisdropped) as ok", [table, key]);
    if (!t!.ok) continue;
    // (the column is read in the source's own scope: the referenced table may have one of that name)
    const { rows: [n] } = await c.query<{ n: string }>(
      `select count(*) as n from (select (${quoteIdent(column)})::text as ref from ${from}) x
        where x.ref is not null and not exists (select 1 from ${table} r where r.${quoteIdent(key)}::text = x.ref)`);
    out.push({ column, references: ref, rows: Number(n!.n) });
  }
  return out;
}
