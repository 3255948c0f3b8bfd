import type pg from "pg";
import type { Mapping } from "../migration-map.js";
import { countOrphans, phaseOneView, quoteIdent, recordedDeletions } from "./evidence.js";
import { emptyCheck, judge, type MappingCheck } from "./mappings.js";

/** A legacy materialized view the phases rebuild from the new tables: its rows are derived, so only counted. */
export interface DerivedObject {
  legacy: string;
  phaseOneRows: number | null;
  rowsNow: number;
}

/** The kept legacy object when it is a materialized view (lead_analytics_mv), else null. */
export async function derivedObject(c: pg.ClientBase, m: Mapping): Promise<DerivedObject | null> {
  const { rows: [r] } = await c.query<{ kind: string | null }>(
    "select (select c.relkind::text from pg_class c where c.oid = to_regclass($1)) as kind", [`public.${quoteIdent(m.legacy)}`]);
  if (r!.kind !== "m") return null;
  const seen = await phaseOneView(c, m.legacy);
  const { rows: [n] } = await c.query<{ n: string }>(`select count(*) as n from public.${quoteIdent(m.legacy)}`);
  return { legacy: m.legacy, phaseOneRows: seen.snapshot?.rowCount ?? null, rowsNow: Number(n!.n) };
}

/**
 * A legacy table kept in public (profiles, leads, lead_batches, ...): the phases reshape it in
 * place (columns added, types converted, statuses normalised), so it is compared with what phase 1
 * recorded before touching it (salemate.legacy_snapshot, salemate.legacy_snapshot_rows): every
 * row's key is still there (or deleted since on record), and each row's hash of the columns no
 * phase rewrites is the same, unless the row was updated since (its updated_at moved: the app
 * changed it). Keys phase 1 did not see are rows written since. A value phase 2-7 could not
 * convert was set aside (salemate.migration_rejects, target '<table>.<column>'): its row stays.
 */
export async function checkKeptTable(c: pg.ClientBase, m: Mapping): Promise<MappingCheck> {
  const table = m.legacy;
  const base = emptyCheck(table, m.target ?? table, "kept");
  const seen = await phaseOneView(c, table);
  const { rows: [now] } = await c.query<{ kind: string | null }>(
    "select (select c.relkind::text from pg_class c where c.oid = to_regclass($1)) as kind", [`public.${quoteIdent(table)}`]);
  const kind = now!.kind;
  const current = kind ? await c.query<{ n: string }>(`select count(*) as n from public.${quoteIdent(table)}`).then((r) => Number(r.rows[0]!.n)) : 0;

  if (!seen.snapshot) {
    if (seen.absent) {
      return { ...base, status: "absent", ok: true, writtenSince: current,
               problem: `absent: ${table} was not in this database (phase 1 noted it)${kind ? "; the phases made it empty" : ""}, nothing to keep` };
    }
    return { ...base, status: "ok", ok: true, problem: "not compared: phase 1 has taken no snapshot of it (not migrated yet)" };
  }
  if (!kind || !["r", "p"].includes(kind)) {
    return { ...base, legacyRows: seen.snapshot.rowCount, lost: seen.snapshot.rowCount, status: "lost",
             problem: `public.${table} is ${kind ? `no longer a table (relkind ${kind})` : "gone"}: phase 1 counted ${seen.snapshot.rowCount} rows` };
  }
  const orphans = () => columnsOf(c, table).then((cols) => countOrphans(c, `public.${quoteIdent(table)}`, m.references ?? {}, (col) => cols.has(col)));

  if (!seen.snapshot.keyColumn) {
    // Phase 1 ran before it kept row keys (or the table has no key): only counts compare.
    const out = { ...base, legacyRows: seen.snapshot.rowCount, carried: Math.min(current, seen.snapshot.rowCount),
                  writtenSince: Math.max(0, current - seen.snapshot.rowCount), lost: Math.max(0, seen.snapshot.rowCount - current),
                  orphans: await orphans(),
                  notes: [`phase 1 kept no row keys for ${table}: ${seen.snapshot.rowCount} rows then, ${current} now; rows written since and rows lost can offset each other`] };
    return judge(out, 0);
  }

  const deleted = await recordedDeletions(c, [table]);
  const sql = `
    with snap as (select key, fingerprint, stamp from salemate.legacy_snapshot_rows where table_name = $1),
         cur as materialized (${(await c.query<{ q: string }>("select salemate.kept_rows_sql($1, $2::regclass) as q", [table, `public.${quoteIdent(table)}`])).rows[0]!.q}),
         aside as (select distinct r.legacy_id as key from salemate.migration_rejects r where r.legacy_table = $1 and r.target_table like $1 || '.%'),
         del as (${deleted}),
         j as (
           select s.key as sk, n.key as nk, s.fingerprint as sf, n.fingerprint as nf, s.stamp as ss, n.stamp as ns,
                  s.key in (select key from aside) as aside, s.key in (select k from del) as deleted
           from snap s full join cur n on n.key = s.key),
         c as (
           select *, case when sk is null then 'new'
                          when nk is null then case when deleted then 'deleted' else 'lost' end
                          when sf = nf then 'same' when aside then 'set aside' when ns is distinct from ss then 'changed' else 'differs' end as fate
           from j)
    select count(*) filter (where sk is not null) as legacy_rows,
           count(*) filter (where fate in ('same', 'set aside', 'changed', 'differs')) as carried,
           count(*) filter (where fate = 'new') as written_since,
           count(*) filter (where fate = 'deleted') as deleted_since,
           count(*) filter (where fate = 'lost') as lost,
           count(*) filter (where fate = 'set aside') as set_aside,
           count(*) filter (where fate = 'changed') as changed_since,
           count(*) filter (where fate = 'differs') as differs,
           md5(coalesce(string_agg(sk || ':' || sf, E'\\n' order by sk) filter (where fate in ('same', 'lost', 'differs')), '')) as source_checksum,
           md5(coalesce(string_agg(nk || ':' || nf, E'\\n' order by nk) filter (where fate in ('same', 'differs')), '')) as target_checksum,
           (array_agg(sk order by sk) filter (where fate in ('lost', 'differs')))[1:5] as examples
    from c`;
  let r;
  try {
    r = (await c.query(sql, [table])).rows[0];
  } catch (err) {
    return { ...base, legacyRows: seen.snapshot.rowCount, problem: `verification query failed: ${(err as Error).message}` };
  }
  const out: MappingCheck = {
    ...base,
    legacyRows: Number(r.legacy_rows),
    carried: Number(r.carried),
    writtenSince: Number(r.written_since),
    deletedSince: Number(r.deleted_since),
    lost: Number(r.lost),
    changedSince: Number(r.changed_since),
    sourceChecksum: r.source_checksum,
    targetChecksum: r.target_checksum,
    examples: r.examples ?? [],
  };
  // A kept column a phase converted (text amounts to numeric, ...) renders otherwise than phase 1
  // read it: its values cannot be compared, the keys still are.
  const { rows: retyped } = await c.query<{ col: string; then_type: string | null; now_type: string | null }>(
    `select k.col, (select x->>'type' from jsonb_array_elements(sn.columns) x where x->>'column' = k.col) as then_type,
            (select format_type(a.atttypid, a.atttypmod) from pg_attribute a where a.attrelid = to_regclass($2) and a.attname = k.col and a.attnum > 0 and not a.attisdropped) as now_type
       from salemate.legacy_snapshot sn cross join unnest(sn.kept_columns) k(col)
      where sn.table_name = $1`, [table, `public.${quoteIdent(table)}`]);
  // (a kept column gone is no conversion: its rows differ, and that fails)
  const converted = retyped.filter((x) => x.now_type !== null && x.then_type !== x.now_type);
  let differs = Number(r.differs);
  if (converted.length) {
    out.notes.push(`kept column(s) converted since phase 1 (${converted.map((x) => `${x.col} ${x.then_type} → ${x.now_type}`).join(", ")}): ` +
      `values not compared${differs ? ` (${differs} row(s) hash otherwise)` : ""}, keys are`);
    differs = 0;
  }
  if (Number(r.set_aside)) out.notes.push(`${r.set_aside} row(s) with a value set aside (salemate.migration_rejects, target ${table}.<column>): the row stays`);
  if (out.legacyRows !== seen.snapshot.rowCount) {
    out.notes.push(`phase 1 counted ${seen.snapshot.rowCount} rows but kept ${out.legacyRows} keys (rows without a ${seen.snapshot.keyColumn} are counted only)`);
  }
  try {
    out.orphans = await orphans();
  } catch (err) {
    out.notes.push(`orphans not counted: ${(err as Error).message}`);
  }
  return judge(out, differs);
}

async function columnsOf(c: pg.ClientBase, table: string): Promise<Set<string>> {
  const { rows } = await c.query<{ name: string }>(
    "select attname as name from pg_attribute where attrelid = to_regclass($1) and attnum > 0 and not attisdropped", [`public.${quoteIdent(table)}`]);
  return new Set(rows.map((r) => r.name));
}

