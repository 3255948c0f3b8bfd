import type { LocatedText } from "./located-text.js";
import type { Hit, LegacyName, Rules } from "./rules.js";

/**
 * A supabase-js `.select()` string in PostgREST's syntax, `id, manager:profiles!manager_id(name),
 * lead_tags(*)`: legacy tables embedded in it, and deprecated columns selected from `base`
 * or from an embedded table (a hint naming one counts too).
 */
export function scanPostgrestSelect(t: LocatedText, base: string | undefined, rules: Rules): Hit[] {
  const hits: Hit[] = [];
  const hit = (at: number, name: LegacyName, kind: Hit["kind"], parent?: string) =>
    hits.push({ offset: t.offsets[at]!, name, kind, use: "list", ...(parent ? { parent } : {}) });
  const s = t.text;
  const ws = (i: number) => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    return i;
  };
  const ident = (i: number): [string, number, number] => {
    i = ws(i);
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      const end = close === -1 ? s.length : close;
      return [s.slice(i + 1, end), i + 1, end + 1];
    }
    let j = i;
    while (j < s.length && /[A-Za-z0-9_$*\uE000-]/.test(s[j]!) && !(s[j] === "-" && s[j + 1] === ">")) j++;
    return [s.slice(i, j), i, j];
  };
  const list = (i: number, table: string | undefined): number => {
    while (i < s.length) {
      i = item(i, table);
      i = ws(i);
      if (s[i] === ",") i++;
      else if (s[i] === ")") return i + 1;
      else if (i < s.length) i++;
    }
    return i;
  };
  const item = (i: number, table: string | undefined): number => {
    i = ws(i);
    if (s.startsWith("...", i)) i += 3;
    let [name, nameAt, j] = ident(i);
    if (s[j] === ":" && s[j + 1] !== ":") [name, nameAt, j] = ident(j + 1);
    const hints: Array<[string, number]> = [];
    while (s[j] === "!") {
      const [hint, hintAt, k] = ident(j + 1);
      hints.push([hint, hintAt]);
      j = k;
    }
    j = ws(j);
    if (s[j] === "(") {
      const legacy = rules.tables.get(name);
      if (legacy) hit(nameAt, legacy, "from", table);
      for (const [hint, hintAt] of hints) {
        for (const tbl of new Set([table, name])) {
          const column = tbl ? rules.columns.get(tbl)?.get(hint) : undefined;
          if (column) hit(hintAt, column, "column");
        }
      }
      return list(j + 1, name);
    }
    const column = table ? rules.columns.get(table)?.get(name) : undefined;
    if (column) hit(nameAt, column, "column");
    let depth = 0;
    while (j < s.length && !(depth === 0 && (s[j] === "," || s[j] === ")"))) {
      if (s[j] === "(") depth++;
      if (s[j] === ")") depth--;
      j++;
    }
    return j;
  };
  list(0, base);
  return hits;
}
