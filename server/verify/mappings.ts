import type pg from "pg";
import type { Mapping, VerifySpec } from "../migration-map.js";
import { shapedSource } from "./legacy-shape.js";

export interface MappingCheck {
  legacy: string;
  target: string;
  legacyRows: number;
  carried: number;
  rejected: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
  problem?: string;
}

function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * For one mapping: legacy rows = carried + rejected, and an md5 over the key and the
 * carried columns agrees between the legacy rows not rejected and the carried rows.
 */
export async function checkMapping(c: pg.ClientBase, m: Mapping & { verify: VerifySpec }): Promise<MappingCheck> {
  const v = m.verify;
  const target = m.target ?? v.target;
  const base: MappingCheck = { legacy: m.legacy, target, legacyRows: 0, carried: 0, rejected: 0, sourceChecksum: "", targetChecksum: "", ok: false };
  const sourceTable = v.source.split(/\s+/)[0]!;
  const exists = await c.query("select to_regclass($1) is not null as s, to_regclass($2) is not null as t", [sourceTable, v.target.split(/\s+/)[0]]);
  if (!exists.rows[0].s) {
    // Phase 1 notes every legacy table it found absent: then there was nothing to carry.
    const notes = (await c.query("select to_regclass('salemate.migration_notes') is not null as ok")).rows[0].ok;
    const noted = notes && (await c.query(
      "select 1 from salemate.migration_notes where phase = 1 and subject = $1 and note like '%absent%'", [m.legacy.split(".")[0]])).rowCount;
    return { ...base, ok: true, problem: noted ? `absent: ${m.legacy} was not in this database (phase 1 noted it), nothing to carry` : `source ${sourceTable} absent (not migrated yet, or never existed here)` };
  }
  if (!exists.rows[0].t) return { ...base, problem: `target ${v.target} is missing` };

  const legacyName = m.legacy.split(".")[0]!;
  const rejectFilter = `r.legacy_table = ${quoteLiteral(legacyName)} and r.target_table = ${quoteLiteral(target)}`;
  const row = (key: string, cols: string[]) => `concat_ws('|', ${[key, ...cols.map((c) => `coalesce((${c})::text, '∅')`)].join(", ")})`;
  const srcCols = v.columns.map((p) => p[0]);
  const tgtCols = v.columns.map((p) => p[1]);
  const where = v.targetWhere ? `where ${v.targetWhere}` : "";
  // The legacy table as the baseline shapes it, however this database differs (legacy-shape.ts).
  const source = await shapedSource(c, v.source);
  const sql = `
    with src as (select (${v.sourceKey})::text as k, ${row(`(${v.sourceKey})::text`, srcCols)} as r from ${source}),
         rej as (select distinct r.legacy_id from salemate.migration_rejects r where ${rejectFilter}),
         tgt as (select (${v.targetKey})::text as k, ${row(`(${v.targetKey})::text`, tgtCols)} as r from ${v.target} ${where})
    select
      (select count(*) from src) as legacy_rows,
      (select count(*) from rej) as rejected,
      (select count(*) from tgt) as carried,
      (select md5(coalesce(string_agg(r, E'\\n' order by k, r), '')) from src where k not in (select legacy_id from rej)) as source_checksum,
      (select md5(coalesce(string_agg(r, E'\\n' order by k, r), '')) from tgt) as target_checksum`;
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
    sourceChecksum: r.source_checksum,
    targetChecksum: r.target_checksum,
    ok: false,
  };
  if (out.legacyRows !== out.carried + out.rejected) {
    out.problem = `${out.legacyRows} legacy rows but ${out.carried} carried + ${out.rejected} rejected (${out.legacyRows - out.carried - out.rejected > 0 ? "rows missing" : "extra rows"})`;
  } else if (out.sourceChecksum !== out.targetChecksum) {
    out.problem = "checksums differ: carried values do not match the legacy rows";
  } else {
    out.ok = true;
  }
  return out;
}
