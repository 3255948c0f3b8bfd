import type { Use } from "../migration-map.js";
import type { LocatedText } from "./located-text.js";
import type { Hit, Rules } from "./rules.js";

/**
 * Legacy names in SQL text: a table or view where SQL expects a relation (after from, join,
 * into, update, table, references, on, using, and in a from list), a legacy RPC called as a
 * function, and a deprecated column in a statement that reads or writes its table (directly,
 * or qualified by the table or one of its aliases). Comments and string literals are skipped;
 * dollar-quoted bodies (functions, DO blocks) are scanned as SQL of their own.
 */

interface Token {
  type: "name" | "quoted" | "punct" | "other";
  value: string;
  start: number;
}

const NAME_START = /[A-Za-z_\u0080-\uffff]/;
const NAME_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

function tokenize(text: string, from: number, to: number, bodies: Array<[number, number]>): Token[] {
  const out: Token[] = [];
  let i = from;
  const readString = (escapes: boolean) => {
    i++; // opening quote
    while (i < to) {
      if (escapes && text[i] === "\\") i += 2;
      else if (text[i] === "'" && text[i + 1] === "'") i += 2;
      else if (text[i] === "'") break;
      else i++;
    }
    i++;
  };
  while (i < to) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "-" && text[i + 1] === "-") {
      while (i < to && text[i] !== "\n") i++;
    } else if (ch === "/" && text[i + 1] === "*") {
      let depth = 0;
      do {
        if (text[i] === "/" && text[i + 1] === "*") {
          depth++;
          i += 2;
        } else if (text[i] === "*" && text[i + 1] === "/") {
          depth--;
          i += 2;
        } else {
          i++;
        }
      } while (depth > 0 && i < to);
    } else if (ch === "'") {
      out.push({ type: "other", value: "'", start: i });
      readString(false);
    } else if (ch === "$" && /[A-Za-z_$]/.test(text[i + 1] ?? "")) {
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, Math.min(to, i + 64)))?.[0];
      if (!tag) {
        i++;
        continue;
      }
      const close = text.indexOf(tag, i + tag.length);
      const end = close === -1 || close >= to ? to : close;
      bodies.push([i + tag.length, end]);
      out.push({ type: "other", value: "$$", start: i });
      i = end + tag.length;
    } else if (ch === '"') {
      const start = i;
      let value = "";
      i++;
      while (i < to) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          break;
        } else {
          value += text[i++];
        }
      }
      i++;
      out.push({ type: "quoted", value, start: start + 1 });
    } else if (NAME_START.test(ch)) {
      const start = i;
      while (i < to && NAME_PART.test(text[i]!)) i++;
      const value = text.slice(start, i).toLowerCase();
      // E'...' strings take backslash escapes; U&'...', B'...', X'...' are strings too.
      if (text[i] === "'" && /^(e|b|x|n)$/.test(value)) readString(value === "e");
      else out.push({ type: "name", value, start });
    } else if (".,();".includes(ch)) {
      out.push({ type: "punct", value: ch, start: i++ });
    } else {
      out.push({ type: "other", value: ch, start: i++ });
    }
  }
  return out;
}

/** Keywords after which a name is a relation, and the use that context stands for. */
const RELATION_KEYWORDS: Record<string, { use: Use; call: boolean; list: boolean }> = {
  from: { use: "list", call: true, list: true },
  join: { use: "list", call: true, list: false },
  using: { use: "list", call: true, list: true },
  update: { use: "update", call: false, list: false },
  into: { use: "create", call: false, list: false },
  table: { use: "list", call: false, list: false },
  view: { use: "list", call: false, list: false },
  references: { use: "list", call: false, list: false },
  on: { use: "list", call: false, list: false },
  truncate: { use: "delete", call: false, list: false },
  lock: { use: "list", call: false, list: false },
};
const ON_FOLLOWERS = new Set(["(", "for", "to", "from", "using", "with", "execute", "referencing"]);
const MODIFIERS = new Set(["if", "not", "exists", "only", "table", "lateral"]);
const NOT_AN_ALIAS = new Set([
  "where", "join", "inner", "left", "right", "full", "cross", "natural", "on", "using", "group", "order", "limit", "offset", "set",
  "values", "returning", "union", "except", "intersect", "select", "having", "window", "for", "as", "default", "do", "when", "then",
  "else", "end", "and", "or", "not", "is", "in", "into", "from", "fetch", "tablesample", "with", "update", "delete", "insert",
  "to", "owner", "rename", "add", "drop", "alter", "enable", "disable", "force", "row", "level", "security", "policy", "trigger",
  "before", "after", "instead", "of", "each", "execute", "grant", "revoke", "all", "references", "check", "unique", "primary",
  "foreign", "constraint", "column", "if", "exists", "cascade", "restrict", "nowait", "skip", "share", "mode", "only",
]);

function isName(t: Token | undefined): t is Token {
  return !!t && (t.type === "name" || t.type === "quoted");
}

/** name(.name)* from tokens[i]: the parts and the index after them. */
function qualifiedName(tokens: Token[], i: number): { parts: Token[]; next: number } {
  const parts = [tokens[i]!];
  let j = i + 1;
  while (tokens[j]?.value === "." && tokens[j]?.type === "punct" && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]!);
    j += 2;
  }
  return { parts, next: j };
}

export function scanSql(source: LocatedText, rules: Rules, range: [number, number] = [0, source.text.length]): Hit[] {
  const bodies: Array<[number, number]> = [];
  const tokens = tokenize(source.text, range[0], range[1], bodies);
  const hits: Hit[] = [];
  const hit = (t: Token, h: Omit<Hit, "offset">) => hits.push({ offset: source.offsets[t.start] ?? source.offsets.at(-1) ?? 0, ...h });
  const columnNames = new Set([...rules.columns.values()].flatMap((cols) => [...cols.keys()]));

  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i]!.type === "punct" && tokens[i]!.value === ";")) continue;
    scanStatement(tokens.slice(start, i));
    start = i + 1;
  }
  for (const body of bodies) hits.push(...scanSql(source, rules, body));
  return hits;

  function scanStatement(toks: Token[]): void {
    const verb = toks.find((t) => t.type === "name")?.value;
    const statementUse: Use = verb === "insert" ? "create" : verb === "update" ? "update" : verb === "delete" ? "delete" : "list";
    const aliases = new Map<string, string>();
    const relations = new Set<string>();
    const relationTokens = new Set<Token>();

    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const ctx = t.type === "name" ? RELATION_KEYWORDS[t.value] : undefined;
      if (!ctx || (t.value === "from" && toks[i - 1]?.value === "distinct")) continue;
      const use: Use = t.value === "from" && toks[i - 1]?.value === "delete" ? "delete" : ctx.use;
      let j = i + 1;
      for (;;) {
        while (toks[j]?.type === "name" && MODIFIERS.has(toks[j]!.value)) j++;
        if (!isName(toks[j]) || (toks[j]!.type === "name" && NOT_AN_ALIAS.has(toks[j]!.value))) break;
        const { parts, next } = qualifiedName(toks, j);
        if (ctx.call && toks[next]?.value === "(") break; // a function in the from list
        // "on" names a relation in DDL and grants (on t (cols), on t for each row, on t to role),
        // not in a join condition (on a.x = b.y).
        if (t.value === "on" && !(next >= toks.length || ON_FOLLOWERS.has(toks[next]!.value))) break;
        const last = parts.at(-1)!;
        relationTokens.add(last);
        relations.add(last.value);
        aliases.set(last.value, last.value);
        const table = rules.tables.get(last.value);
        if (table) hit(last, { name: table, kind: "sql", use });
        let k = next;
        if (toks[k]?.type === "name" && toks[k]!.value === "as") k++;
        if (isName(toks[k]) && !(toks[k]!.type === "name" && NOT_AN_ALIAS.has(toks[k]!.value)) && toks[k + 1]?.value !== ".") {
          aliases.set(toks[k]!.value, last.value);
          k++;
        }
        if (ctx.list && toks[k]?.value === "," && toks[k]?.type === "punct") {
          j = k + 1;
          continue;
        }
        break;
      }
    }

    for (let i = 0; i < toks.length; ) {
      if (!isName(toks[i])) {
        i++;
        continue;
      }
      const { parts, next } = qualifiedName(toks, i);
      i = next;
      const last = parts.at(-1)!;
      if (toks[next]?.value === "(") {
        const rpc = rules.rpcs.get(last.value);
        if (rpc) hit(last, { name: rpc, kind: "sql", use: "list" });
        continue;
      }
      if (!columnNames.has(last.value) || relationTokens.has(last)) continue;
      const qualifier = parts.length > 1 ? parts.at(-2)!.value : undefined;
      for (const [table, cols] of rules.columns) {
        const name = cols.get(last.value);
        if (!name) continue;
        const owner = qualifier === undefined ? (relations.has(table) ? table : undefined) : qualifier === table ? table : aliases.get(qualifier);
        if (owner === table) hit(last, { name, kind: "column", use: statementUse });
      }
    }
  }
}
