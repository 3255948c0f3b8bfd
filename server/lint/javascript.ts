import ts from "typescript";
import type { Use } from "../migration-map.js";
import { scanGraphql } from "./graphql.js";
import { at, concat, cooked, HOLE, wordIndexes, type LocatedText } from "./located-text.js";
import { scanPostgrestSelect } from "./postgrest-select.js";
import type { Hit, LegacyName, Rules } from "./rules.js";
import { scanSql } from "./sql.js";

/**
 * Legacy uses in TypeScript and JavaScript (JSX included), read through the TypeScript parser
 * so that comments, JSX text and identifiers are never mistaken for uses:
 * - supabase-js: `.from(name)` (not `storage.from`, not `Array.from`), `.rpc(name)`, the columns
 *   a `.from('profiles')` chain selects, filters, orders or writes, tables embedded in
 *   `.select('*, lead_tags(*)')`, realtime `.channel(name)` and `.on('postgres_changes', { table })`;
 * - raw SQL in any string, template or concatenation that is shaped like SQL;
 * - GraphQL in `gql`/`graphql` tagged templates and calls, and templates marked /* GraphQL *\/.
 * A name counts when it is static: a literal, a concatenation of literals, a template whose
 * literal part holds the whole name, or a `const` of this file (and a property of a const object).
 */

function scriptKind(fileName: string): ts.ScriptKind {
  if (/\.tsx$/.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.[mc]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  return ts.ScriptKind.JSX; // .js, .jsx, .mjs, .cjs: React projects put JSX in .js files
}

const SQL_SHAPES = [
  /\bselect\b[\s\S]*\bfrom\b/i,
  /\bselect\s+[\w.\uE000]+\s*\(/i,
  /\binsert\s+into\b/i,
  /\bupdate\s+[\w."\uE000-]+(\s+(as\s+)?\w+)?\s+set\b/i,
  /\bdelete\s+from\b/i,
  /\b(create|alter|drop)\s+(or\s+replace\s+)?(table|view|materialized|index|unique|policy|trigger|function)\b/i,
  /^\s*(from|((inner|left|right|full|cross)\s+(outer\s+)?)?join)\s/i,
  /^\s*truncate\s/i,
];

export function looksLikeSql(text: string): boolean {
  return SQL_SHAPES.some((re) => re.test(text));
}

/**
 * A document with `${...}` in it, made parseable: an interpolated fragment spread or field
 * (inside braces) becomes `__typename`, an interpolated definition (outside) a blank.
 */
function fillGraphqlHoles(t: LocatedText): LocatedText {
  const parts: LocatedText[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < t.text.length; i++) {
    const ch = t.text[i];
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === HOLE) {
      const spread = /\.\.\.\s*$/.exec(t.text.slice(from, i));
      const start = spread ? i - spread[0].length : i;
      parts.push({ text: t.text.slice(from, start), offsets: t.offsets.slice(from, start) });
      const fill = depth > 0 ? "__typename" : " ";
      parts.push({ text: fill, offsets: Array.from(fill, () => t.offsets[start]!) });
      from = i + 1;
    }
  }
  parts.push({ text: t.text.slice(from), offsets: t.offsets.slice(from) });
  return concat(parts);
}

export function scanJavaScript(fileName: string, source: string, rules: Rules): Hit[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const hits: Hit[] = [];
  const consumed = new Set<ts.Node>();
  const hit = (offset: number, name: LegacyName, kind: Hit["kind"], use: Use) => hits.push({ offset, name, kind, use });

  // const NAME = <expression>, once per file (a name declared twice is not resolved).
  const consts = new Map<string, ts.Expression | null>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) {
      consts.set(node.name.text, consts.has(node.name.text) ? null : node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(sf);

  const literal = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode): LocatedText => {
    const start = node.getStart(sf) + 1;
    const end = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? node.end - 2 : node.end - 1;
    return cooked(source.slice(start, end), start);
  };
  const hole = (node: ts.Node): LocatedText => ({ text: HOLE, offsets: [node.getStart(sf)] });
  const unwrap = (e: ts.Expression): ts.Expression =>
    ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e) ? unwrap(e.expression) : e;

  /** The static text of an expression; with holes, unknown parts become HOLE instead of failing. */
  const evaluate = (expr: ts.Expression, holes: boolean, depth = 0): LocatedText | undefined => {
    const e = unwrap(expr);
    if (depth > 8) return holes ? hole(e) : undefined;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return literal(e);
    if (ts.isTemplateExpression(e)) {
      const parts = [literal(e.head)];
      for (const span of e.templateSpans) {
        const value = evaluate(span.expression, holes, depth + 1);
        if (!value) return undefined;
        parts.push(value, literal(span.literal));
      }
      return concat(parts);
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = evaluate(e.left, holes, depth + 1);
      const right = left && evaluate(e.right, holes, depth + 1);
      return right ? concat([left, right]) : undefined;
    }
    if (ts.isIdentifier(e)) {
      const init = consts.get(e.text);
      const value = init && evaluate(init, false, depth + 1);
      if (value) return at(value, e.getStart(sf));
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
      const init = consts.get(e.expression.text);
      const obj = init && unwrap(init);
      const prop = obj && ts.isObjectLiteralExpression(obj) ? obj.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(sf).replace(/^["']|["']$/g, "") === e.name.text) : undefined;
      const value = prop && ts.isPropertyAssignment(prop) ? evaluate(prop.initializer, false, depth + 1) : undefined;
      if (value) return at(value, e.getStart(sf));
    }
    return holes ? hole(e) : undefined;
  };

  const scanGraphqlExpression = (expr: ts.Expression) => {
    const text = evaluate(expr, true);
    consumed.add(unwrap(expr));
    if (!text) return;
    hits.push(...scanGraphql(fillGraphqlHoles(text), rules));
  };

  /** Deprecated columns named in a chain's arguments: strings, object keys, arrays of rows. */
  const columnsIn = (expr: ts.Expression, columns: Map<string, LegacyName>, use: Use) => {
    const e = unwrap(expr);
    if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (!(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) continue;
        const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
        const name = key && columns.get(key);
        if (name) hit(p.name.getStart(sf), name, "column", use);
      }
      return;
    }
    if (ts.isArrayLiteralExpression(e)) {
      for (const el of e.elements) columnsIn(el, columns, use);
      return;
    }
    const text = evaluate(e, true);
    if (!text) return;
    consumed.add(e);
    for (const [column, name] of columns) for (const i of wordIndexes(text.text, column)) hit(text.offsets[i]!, name, "column", use);
  };

  /** `x.from(...).select(...).eq(...)`: the calls that follow the from, in order. */
  const chainAfter = (call: ts.CallExpression): Array<{ method: string; call: ts.CallExpression }> => {
    const out: Array<{ method: string; call: ts.CallExpression }> = [];
    let cur: ts.Node = call;
    for (;;) {
      const p = cur.parent;
      if (p && ts.isPropertyAccessExpression(p) && p.expression === cur && p.parent && ts.isCallExpression(p.parent) && p.parent.expression === p) {
        out.push({ method: p.name.text, call: p.parent });
        cur = p.parent;
      } else {
        return out;
      }
    }
  };

  const onFrom = (call: ts.CallExpression, arg: ts.Expression) => {
    const value = evaluate(arg, false);
    consumed.add(unwrap(arg));
    const chain = chainAfter(call);
    const methods = new Set(chain.map((c) => c.method));
    const realtime = methods.has("on") || methods.has("subscribe");
    const use: Use = realtime ? "subscribe"
      : methods.has("insert") || methods.has("upsert") ? "create"
      : methods.has("update") ? "update"
      : methods.has("delete") ? "delete"
      : methods.has("single") || methods.has("maybeSingle") ? "byId"
      : "list";
    const table = value?.text;
    const legacy = table ? rules.tables.get(table) : undefined;
    if (legacy) hit(value!.offsets[0]!, legacy, realtime ? "realtime" : "from", use);
    const columns = table ? rules.columns.get(table) : undefined;
    for (const c of chain) {
      if (c.method === "select" && c.call.arguments[0]) {
        const text = evaluate(c.call.arguments[0], true);
        consumed.add(unwrap(c.call.arguments[0]));
        if (text) hits.push(...scanPostgrestSelect(text, table, rules));
      } else if (columns) {
        for (const a of c.call.arguments) columnsIn(a, columns, use);
      }
    }
  };

  const onChannel = (arg: ts.Expression) => {
    const value = evaluate(arg, true);
    consumed.add(unwrap(arg));
    if (!value) return;
    const text = value.text;
    // Supabase's own channel names for table changes: public:<table>, realtime:public:<table>[:filter]
    const m = /^(realtime:)?public:([^:]+)/.exec(text);
    const table = m ? rules.tables.get(m[2]!) : undefined;
    if (m && table) hit(value.offsets[(m[1]?.length ?? 0) + "public:".length]!, table, "realtime", "subscribe");
    for (const [channel, name] of rules.channels) {
      // The name itself, or with a suffix of its own: `case-replies:${id}`, `case-replies-${id}`.
      const rest = text.startsWith(channel) ? text.slice(channel.length) : undefined;
      if (rest === "" || (rest !== undefined && /^(:|[-_.]?\uE000)/.test(rest))) hit(value.offsets[0]!, name, "realtime", "subscribe");
    }
  };

  const onPostgresChanges = (options: ts.Expression) => {
    const obj = unwrap(options);
    if (!ts.isObjectLiteralExpression(obj)) return;
    const prop = (key: string) => {
      const p = obj.properties.find((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key);
      return p && ts.isPropertyAssignment(p) ? p.initializer : undefined;
    };
    const tableExpr = prop("table");
    const value = tableExpr && evaluate(tableExpr, false);
    if (tableExpr) consumed.add(unwrap(tableExpr));
    const table = value ? value.text : undefined;
    const legacy = table ? rules.tables.get(table) : undefined;
    if (legacy) hit(value!.offsets[0]!, legacy, "realtime", "subscribe");
    const columns = table ? rules.columns.get(table) : undefined;
    const filter = prop("filter");
    if (columns && filter) columnsIn(filter, columns, "subscribe");
  };

  /** `Array.from(x)`, `Buffer.from(x)`, `supabase.storage.from(bucket)`: no table. */
  const notATable = (receiver: ts.Expression) => {
    const name = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : "";
    return name === "storage" || (ts.isIdentifier(receiver) && /^[A-Z]/.test(name));
  };

  const isGraphqlTag = (e: ts.Expression) => {
    const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
    return name === "gql" || name === "graphql";
  };
  const markedGraphql = (node: ts.Node) =>
    [...(ts.getLeadingCommentRanges(source, node.pos) ?? []), ...(ts.getTrailingCommentRanges(source, node.pos) ?? [])].some((c) => /^\/\*\s*GraphQL\s*\*\/$/.test(source.slice(c.pos, c.end)));

  const isStringRoot = (node: ts.Node): node is ts.Expression => {
    const stringy = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken);
    if (!stringy) return false;
    const p = node.parent;
    if (p && ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.PlusToken) return false;
    // Module names, type-level strings and JSX attributes (UI copy) are never SQL.
    if (p && (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p) || ts.isExternalModuleReference(p) || ts.isJsxAttribute(p))) return false;
    return true;
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const [arg0, arg1] = node.arguments;
      if (isGraphqlTag(callee) && arg0) scanGraphqlExpression(arg0);
      else if (ts.isPropertyAccessExpression(callee) && arg0) {
        const method = callee.name.text;
        const receiver = callee.expression;
        if (method === "from" && !notATable(receiver)) onFrom(node, arg0);
        else if (method === "rpc") {
          const value = evaluate(arg0, false);
          consumed.add(unwrap(arg0));
          const rpc = value && rules.rpcs.get(value.text);
          if (rpc) hit(value.offsets[0]!, rpc, "rpc", "list");
        } else if (method === "channel") onChannel(arg0);
        else if (method === "on" && arg1 && evaluate(arg0, false)?.text === "postgres_changes") onPostgresChanges(arg1);
      }
    } else if (ts.isTaggedTemplateExpression(node) && isGraphqlTag(node.tag)) {
      scanGraphqlExpression(node.template);
    } else if ((ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && markedGraphql(node) && !consumed.has(node)) {
      scanGraphqlExpression(node);
    }
    if (isStringRoot(node) && !consumed.has(node)) {
      const text = evaluate(node, true);
      if (text && looksLikeSql(text.text)) hits.push(...scanSql(text, rules));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}
