import type pg from "pg";
import { loadExpectations } from "../preflight/expected.js";

/**
 * A verify source over a legacy table as the baseline shapes it, whatever this database made of
 * it: a column it never had is null of the baseline's type, one of another type is read as the
 * baseline's type (salemate.try_cast: a value that does not convert is null, and its row is in
 * salemate.migration_rejects, which the checksum leaves out), an enum kept as text stays text
 * (the map's expressions compare enums as text). The migration read the table the same way
 * (salemate.conformed_legacy_table), so the map's column expressions hold on every variant.
 * A source that already has the baseline's shape is returned as written.
 */
export async function shapedSource(c: pg.ClientBase, source: string): Promise<string> {
  const m = /^((?:[a-z_]+\.)?(?:"[^"]+"|[a-z_][a-z0-9_]*))(\s.*)?$/is.exec(source.trim());
  if (!m) return source;
  const relation = m[1]!;
  const rest = m[2] ?? "";
  const name = relation.split(".").at(-1)!.replace(/^"|"$/g, "");
  const expected = (await loadExpectations()).tables.get(name);
  if (!expected) return source;
  const { rows } = await c.query<{ name: string; type: string; enum: boolean }>(
    `select a.attname as name, format_type(a.atttypid, null) as type, t.typtype = 'e' as enum
       from pg_attribute a join pg_type t on t.oid = a.atttypid
      where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped`,
    [relation],
  );
  const found = new Map(rows.map((r) => [r.name, r]));
  const picks: string[] = [];
  let differs = false;
  for (const col of expected.columns) {
    const { rows: [t] } = await c.query<{ type: string | null; enum: boolean | null }>(
      "select format_type(to_regtype($1), null) as type, (select typtype = 'e' from pg_type where oid = to_regtype($1)) as enum",
      [col.type],
    );
    const want = t?.type ?? "text";
    const have = found.get(col.name);
    const q = quoteIdent(col.name);
    if (!have) {
      picks.push(`null::${want} as ${q}`);
      differs = true;
    } else if (have.type === want || (t?.enum && have.type === "text")) {
      picks.push(`s.${q}`);
      if (have.type !== want) differs = true;
    } else if (t?.enum || want === "text") {
      picks.push(`s.${q}::text as ${q}`);
      differs = true;
    } else {
      picks.push(`salemate.try_cast(s.${q}::text, null::${want}) as ${q}`);
      differs = true;
    }
  }
  if (!differs) return source;
  // The source's alias (`public.profiles p where ...`) stays; an unaliased one gets the table's name.
  const alias = /^\s+(?!where\b)([a-z_][a-z0-9_]*)\b/i.exec(rest) ? "" : ` ${quoteIdent(name)}`;
  return `(select ${picks.join(", ")} from ${relation} s)${alias}${rest}`;
}

function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
