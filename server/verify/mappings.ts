import type pg from "pg";
import type { Mapping, VerifySpec } from "../migration-map.js";
import { countOrphans, type Orphans, phaseOneView, quoteLiteral, recordedDeletions } from "./evidence.js";
import { shapedSource } from "./legacy-shape.js";

/**
 * What verify found for one legacy table (or, for a table split in two, one of its targets).
 *
 * legacyRows = carried + rejected + deletedSince + lost. Rows the app wrote after the migration
 * (writtenSince) are told apart from carried ones by their key: a carried row keeps its legacy id
 * (or names it in legacy_table / legacy_id), a new one has none.
 */
export interface MappingCheck {
  legacy: string;
  target: string;
  /** moved: carried out of legacy_archive; kept: reshaped in place in public, compared with phase 1's snapshot. */
  kind: "moved" | "kept";
  /** ok, absent (phase 1 found no such table: nothing to carry), lost (legacy rows gone), changed (carried values differ), failed (could not check). */
  status: "ok" | "absent" | "lost" | "changed" | "failed";
  legacyRows: number;
  carried: number;
  rejected: number;
  /** Rows in the target that come from no legacy row: written since the migration. */
  writtenSince: number;
  /** Carried rows deleted since, with the deletion on record (audit_logs). */
  deletedSince: number;
  /** Legacy rows neither carried, rejected, nor deleted on record. */
  lost: number;
  /** Carried rows that differ from their legacy row only where the app writes (appWrites) or, for a kept table, that were updated since. */
  changedSince: number;
  /** Rows whose people, lead or project reference points nowhere, per reference. */
  orphans: Orphans[];
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
  /** Why it is not plainly ok: absent, or what failed. */
  problem?: string;
  /** What else to know (values set aside, what could not be compared). */
  notes: string[];
  /** Up to five keys of lost or differing rows. */
  examples: string[];
}

export function emptyCheck(legacy: string, target: string, kind: MappingCheck["kind"]): MappingCheck {
  return {
    legacy, target, kind, status: "failed", legacyRows: 0, carried: 0, rejected: 0, writtenSince: 0, deletedSince: 0, lost: 0, changedSince: 0,
    orphans: [], sourceChecksum: "", targetChecksum: "", ok: false, notes: [], examples: [],
  };
}

/** The "N legacy rows but ..." sentence of a loss (the wording `salemate verify` has always used). */
export function lossProblem(x: MappingCheck): string {
  const deleted = x.deletedSince ? ` + ${x.deletedSince} deleted since (on record)` : "";
  return `${x.legacyRows} legacy rows but ${x.carried} carried + ${x.rejected} rejected${deleted} (rows missing): LOST ${x.lost}, ` +
    "no record of their deletion (a carried row deleted since the migration counts as deleted when the app deleted it through an API role, " +
    `which salemate.deleted_rows records, or when audit_logs records it: action 'delete', entity '${x.legacy}' or '${x.target}', entity_id its id; ` +
    "a row gone any other way cannot be told from a loss)";
}

const row = (key: string, cols: string[]) => `concat_ws('|', ${[key, ...cols.map((c) => `coalesce((${c})::text, '∅')`)].join(", ")})`;

/**
 * One mapping of a legacy table moved to legacy_archive: every legacy row is carried, rejected
 * (salemate.migration_rejects, for that legacy and target table) or deleted since on record; each
 * carried row matches its legacy row on the key and the map's column pairs (those the app writes,
 * `appWrites`, may differ: changed since); target rows from no legacy row were written since.
 */
export async function checkMapping(c: pg.ClientBase, m: Mapping & { verify: VerifySpec }): Promise<MappingCheck> {
  const v = m.verify;
  const target = m.target ?? v.target;
  const base = emptyCheck(m.legacy, target, "moved");
  const sourceTable = v.source.split(/\s+/)[0]!;
  const legacyName = m.legacy.split(".")[0]!;
  const exists = await c.query("select to_regclass($1) is not null as s, to_regclass($2) is not null as t", [sourceTable, v.target.split(/\s+/)[0]]);
  if (!exists.rows[0].s) {
    // Phase 1 notes every legacy table it found absent: then there was nothing to carry.
    const seen = await phaseOneView(c, legacyName);
    if (seen.absent) {
      const since = exists.rows[0].t ? await writtenSinceCount(c, v) : 0;
      return { ...base, status: "absent", ok: true, writtenSince: since, problem: `absent: ${m.legacy} was not in this database (phase 1 noted it), nothing to carry` };
    }
    if (seen.snapshot) {
      return { ...base, status: "ok", ok: true, legacyRows: seen.snapshot.rowCount,
               problem: `not compared: source ${sourceTable} absent (legacy_archive dropped on request); phase 1 counted ${seen.snapshot.rowCount} rows` };
    }
    return { ...base, status: "ok", ok: true, problem: `source ${sourceTable} absent (not migrated yet, or never existed here)` };
  }
  if (!exists.rows[0].t) return { ...base, problem: `target ${v.target} is missing` };

  const rejectFilter = `r.legacy_table = ${quoteLiteral(legacyName)} and r.target_table = ${quoteLiteral(target)}`;
  const fixed = v.columns.filter((p) => !v.appWrites.includes(p[1]));
  const app = v.columns.filter((p) => v.appWrites.includes(p[1]));
  const where = v.targetWhere ? `where ${v.targetWhere}` : "";
  // The legacy table as the baseline shapes it, however this database differs (legacy-shape.ts).
  const source = await shapedSource(c, v.source);
  // A row of a lead whose deletion is on record went with its lead.
  const leadColumn = Object.entries(m.references ?? {}).find(([, ref]) => ref === "public.leads")?.[0];
  const deleted = await recordedDeletions(c, [...new Set([legacyName, target])]);
  const deletedLeads = leadColumn ? await recordedDeletions(c, ["leads"]) : null;
  const sql = `
    with src as materialized (
           select (${v.sourceKey})::text as k, ${row(`(${v.sourceKey})::text`, fixed.map((p) => p[0]))} as f, ${row("''", app.map((p) => p[0]))} as a,
                  ${leadColumn ? `(${leadColumn})::text` : "null::text"} as lead
           from ${source}),
         rej as (select distinct r.legacy_id as k from salemate.migration_rejects r where ${rejectFilter}),
         del as (${deleted}),
         ${deletedLeads ? `del_leads as (${deletedLeads}),` : ""}
         tgt_all as materialized (
           select (${v.targetKey})::text as k, ${row(`(${v.targetKey})::text`, fixed.map((p) => p[1]))} as f, ${row("''", app.map((p) => p[1]))} as a
           from ${v.target} ${where}),
         tgt as (select distinct on (k) * from tgt_all order by k, f),
         j as (
           select s.k as sk, t.k as tk, s.f as sf, t.f as tf, s.a as sa, t.a as ta,
                  rej.k is not null as rejected,
                  s.k in (select k from del) ${deletedLeads ? "or s.lead in (select k from del_leads)" : ""} as deleted
           from src s full join tgt t on t.k = s.k left join rej on rej.k = s.k),
         c as (
           select *, case when sk is null then 'new'
                          when tk is not null then case when sf is distinct from tf then 'differs' when sa is distinct from ta then 'changed' else 'same' end
                          when rejected then 'rejected' when deleted then 'deleted' else 'lost' end as fate
           from j)
    select
      count(*) filter (where sk is not null) as legacy_rows,
      count(*) filter (where fate = 'rejected') as rejected,
      count(*) filter (where fate in ('same', 'changed', 'differs')) as carried,
      count(*) filter (where fate = 'new') as written_since,
      count(*) filter (where fate = 'deleted') as deleted_since,
      count(*) filter (where fate = 'lost') as lost,
      count(*) filter (where fate = 'differs') as differs,
      count(*) filter (where fate = 'changed') as changed_since,
      (select count(*) from tgt_all) - (select count(*) from tgt) as repeated,
      md5(coalesce(string_agg(sf, E'\\n' order by sk, sf) filter (where fate in ('same', 'changed', 'differs', 'lost')), '')) as source_checksum,
      md5(coalesce(string_agg(tf, E'\\n' order by tk, tf) filter (where fate in ('same', 'changed', 'differs')), '')) as target_checksum,
      (array_agg(sk order by sk) filter (where fate in ('lost', 'differs')))[1:5] as examples
    from c`;
  let r;
  try {
    r = (await c.query(sql)).rows[0];
  } catch (err) {
    return { ...base, problem: `verification query failed: ${(err as Error).message}` };
  }
  const out: MappingCheck = {
    ...base,
    legacyRows: Number(r.legacy_rows),
    rejected: Number(r.rejected),
    carried: Number(r.carried),
    writtenSince: Number(r.written_since),
    deletedSince: Number(r.deleted_since),
    lost: Number(r.lost),
    changedSince: Number(r.changed_since),
    sourceChecksum: r.source_checksum,
    targetChecksum: r.target_checksum,
    examples: r.examples ?? [],
  };
  try {
    out.orphans = await countOrphans(c, source, m.references ?? {});
  } catch (err) {
    out.notes.push(`orphans not counted: ${(err as Error).message}`);
  }
  return judge(out, Number(r.differs), Number(r.repeated));
}

/** The verdict, from the counts: a loss, a carried value that differs, a key carried twice fail. */
export function judge(out: MappingCheck, differs: number, repeated = 0): MappingCheck {
  if (out.lost > 0) {
    return { ...out, status: "lost", ok: false, problem: lossProblem(out) };
  }
  if (differs > 0) {
    return { ...out, status: "changed", ok: false,
             problem: `checksums differ: carried values do not match the legacy rows (${differs} row(s)${out.kind === "kept" ? ", not updated since" : ""})` };
  }
  if (repeated > 0) {
    return { ...out, status: "failed", ok: false, problem: `${repeated} target row(s) repeat a legacy key already carried` };
  }
  return { ...out, status: "ok", ok: true };
}

/** Rows of a mapping's target written after the migration, for a legacy table that never existed here. */
async function writtenSinceCount(c: pg.ClientBase, v: VerifySpec): Promise<number> {
  try {
    const { rows: [r] } = await c.query<{ n: string }>(`select count(*) as n from ${v.target} ${v.targetWhere ? `where ${v.targetWhere}` : ""}`);
    return Number(r!.n);
  } catch {
    return 0;
  }
}
