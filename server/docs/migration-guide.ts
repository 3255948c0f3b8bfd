import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  print,
  validate,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { isReplaced, sdkDocumentName, USES, type Mapping, type Replacement, type ReplacementUse, type Use } from "../migration-map.js";
import { buildRules, matchNested, targetTables, type LegacyName, type Rules } from "../lint/rules.js";
import { sdkOperationFor, type SdkOperation } from "../lint/sdk-documents.js";

/**
 * docs/migration-guide.md, generated from the legacy-to-target map, sql/map/replacements.json,
 * the GraphQL schema and the SDK's operations (graphql/operations): for each legacy table,
 * view, column and RPC, the new table, the root field replacing each typical use, the SDK
 * document to call and short before/after examples. `checkMigrationGuide` lists what in the
 * map does not hold against the schema.
 */

export const GUIDE_PATH = "docs/migration-guide.md";

const GROUPS = ["Profiles & Finance", "Team & Access", "Leads & CRM", "Inventory & Commerce", "Support & Operations", "System / Content / Settings"] as const;
const USE_LABELS: Record<Use, string> = { list: "list", byId: "one by id", create: "create", update: "update", delete: "delete", subscribe: "subscribe to changes" };
const ROOT_KINDS = ["query", "mutation", "subscription"] as const;

export interface Example {
  legacy: string;
  /** "list", "create", ... or "rpc <name>". */
  label: string;
  field: string;
  before: string;
  /** The operation (printed GraphQL) and the SDK call; absent for planned fields. */
  document?: string;
  call?: string;
}

interface Entry {
  legacy: string;
  mappings: Mapping[];
  replacement: Replacement | undefined;
  name: LegacyName;
}

/** Legacy names in map order, each with all its mappings (support_cases has two). */
function entries(map: Mapping[], rules: Rules): Entry[] {
  const out = new Map<string, Entry>();
  for (const m of map) {
    const e = out.get(m.legacy);
    if (e) {
      e.mappings.push(m);
      continue;
    }
    const [table, column] = m.legacy.split(".");
    const name = column ? rules.columns.get(table!)?.get(column) : rules.tables.get(m.legacy);
    out.set(m.legacy, { legacy: m.legacy, mappings: [m], replacement: m.replacement, name: name ?? { legacy: m.legacy, object: "table", mappings: [m], replacement: m.replacement } });
  }
  return [...out.values()];
}

function rootField(schema: GraphQLSchema, name: string): { kind: (typeof ROOT_KINDS)[number]; field: GraphQLField<unknown, unknown> } | undefined {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (let i = 0; i < roots.length; i++) {
    const field = roots[i]?.getFields()[name];
    if (field) return { kind: ROOT_KINDS[i]!, field };
  }
  return undefined;
}

const isPlaceholder = (v: unknown): v is string => typeof v === "string" && /^\$[A-Za-z_]\w*$/.test(v);

/** Example variables against an argument's type; "$name" placeholders stand for any value. */
function checkValue(value: unknown, type: GraphQLInputType, at: string): string[] {
  if (isPlaceholder(value)) return [];
  if (isNonNullType(type)) return value === null || value === undefined ? [`${at} is required`] : checkValue(value, type.ofType, at);
  if (value === null) return [];
  if (isListType(type)) return (Array.isArray(value) ? value : [value]).flatMap((v, i) => checkValue(v, type.ofType, `${at}[${i}]`));
  if (isInputObjectType(type)) {
    if (typeof value !== "object" || Array.isArray(value)) return [`${at} must be an object (${type.name})`];
    const fields = type.getFields();
    const problems = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      fields[k] ? checkValue(v, fields[k].type, `${at}.${k}`) : [`${at}.${k} is no field of ${type.name}`],
    );
    for (const f of Object.values(fields)) {
      if (isNonNullType(f.type) && f.defaultValue === undefined && !(f.name in (value as object))) problems.push(`${at}.${f.name} is required by ${type.name}`);
    }
    return problems;
  }
  if (isEnumType(type)) return typeof value === "string" && type.getValue(value) ? [] : [`${at}: ${JSON.stringify(value)} is no value of ${type.name}`];
  if (isScalarType(type)) {
    const ok: Record<string, (v: unknown) => boolean> = {
      Int: Number.isInteger,
      Float: (v) => typeof v === "number",
      Boolean: (v) => typeof v === "boolean",
      String: (v) => typeof v === "string",
      ID: (v) => typeof v === "string" || typeof v === "number",
    };
    return (ok[type.name] ?? (() => true))(value) ? [] : [`${at}: ${JSON.stringify(value)} is no ${type.name}`];
  }
  return [];
}

/** The operation replacing one use: `query ProfileWalletLedgers($first: Int) { profileWalletLedgers(first: $first) { nodes { … } } }`. */
export function buildOperation(schema: GraphQLSchema, use: ReplacementUse, fields: string[] | undefined): { document?: string; kind?: (typeof ROOT_KINDS)[number]; problems: string[] } {
  const root = rootField(schema, use.graphql);
  if (!root) return { problems: [`${use.graphql} is no field of Query, Mutation or Subscription`] };
  const vars = use.variables ?? {};
  const problems: string[] = [];
  for (const [k, v] of Object.entries(vars)) {
    const arg = root.field.args.find((a) => a.name === k);
    if (!arg) problems.push(`${use.graphql} takes no argument ${k}`);
    else problems.push(...checkValue(v, arg.type, `${use.graphql}(${k})`));
  }
  const args = root.field.args.filter((a) => a.name in vars || (isNonNullType(a.type) && a.defaultValue === undefined)).sort((a, b) => a.name.localeCompare(b.name));
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const type = getNamedType(root.field.type);
  let selection = "";
  if (isObjectType(type)) {
    if (!fields?.length) problems.push(`${use.graphql}: the example needs "fields" to select`);
    const picked = (fields ?? ["__typename"]).join(" ");
    const payloadEntity = root.kind === "mutation" ? entityOfPayload(type) : undefined;
    if (root.kind === "mutation" && !payloadEntity) problems.push(`${use.graphql}: its payload ${type.name} names no row`);
    selection = payloadEntity ? `{ ${payloadEntity} { ${picked} } }` : type.getFields().nodes ? `{ nodes { ${picked} } }` : `{ ${picked} }`;
  }
  const name = use.graphql.charAt(0).toUpperCase() + use.graphql.slice(1);
  // Printed, with each selection of plain fields on one line.
  const document = print(parse(`${root.kind} ${name}${defs ? `(${defs})` : ""} { ${use.graphql}${call ? `(${call})` : ""} ${selection} }`)).replace(
    /\{\n((?: +[_A-Za-z]\w*\n)+) *\}/g,
    (_, body: string) => `{ ${body.trim().split(/\s+/).join(" ")} }`,
  );
  for (const e of validate(schema, parse(document))) problems.push(`${use.graphql}: ${e.message}`);
  return { document, kind: root.kind, problems };
}

/** The payload field holding the row: `leadLabel` of CreateLeadLabelPayload, `result` of a workflow's payload. */
function entityOfPayload(payload: GraphQLObjectType): string | undefined {
  const bare = payload.name.replace(/^(Create|Update|Delete)/, "").replace(/Payload$/, "");
  const field = bare.charAt(0).toLowerCase() + bare.slice(1);
  return [field, "result"].find((f) => payload.getFields()[f]);
}

function jsValue(v: unknown): string {
  if (isPlaceholder(v)) return v.slice(1);
  if (Array.isArray(v)) return `[${v.map(jsValue).join(", ")}]`;
  if (v && typeof v === "object") {
    const parts = Object.entries(v).map(([k, x]) => (isPlaceholder(x) && x.slice(1) === k ? k : `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${jsValue(x)}`));
    return parts.length ? `{ ${parts.join(", ")} }` : "{}";
  }
  return JSON.stringify(v);
}

/**
 * The SDK call: the SDK's document with its own variables (the example's values where the
 * names agree, the caller's values for the required ones), else the conventional document
 * with the example's variables.
 */
function sdkCall(use: ReplacementUse, kind: (typeof ROOT_KINDS)[number] | undefined, op: SdkOperation | undefined): string {
  const example = use.variables ?? {};
  const values = op
    ? Object.fromEntries(op.variables.filter((v) => v.name in example || v.required).map((v) => [v.name, v.name in example ? example[v.name] : `$${v.name}`]))
    : example;
  const vars = Object.keys(values).length ? jsValue(values) : undefined;
  const document = op?.document ?? sdkDocumentName(use.graphql);
  const key = op?.rootFields.find((r) => r.field === use.graphql)?.key ?? use.graphql;
  const where = op ? `// ${op.document}: the SDK's ${op.operation} ${op.name} (${op.file})` : `// ${document}: not in the SDK yet; the operation above, by the naming convention`;
  if (kind === "subscription") return `${where}\nconst stop = sdk.subscribe(${document}, ${vars ?? "{}"}, ({ ${key} }) => onChange(${key}));`;
  return `${where}\nconst { ${key} } = await sdk.request(${document}${vars ? `, ${vars}` : ""});`;
}

/** What the old app did: supabase-js against the legacy table, column or RPC. */
function before(legacy: string, label: string, use: Use | undefined): string {
  const rpc = /^rpc (\w+)$/.exec(label)?.[1];
  if (rpc) return `const { data } = await supabase.rpc(${JSON.stringify(rpc)}, args);`;
  const [table, column] = legacy.split(".") as [string, string | undefined];
  const from = `supabase.from(${JSON.stringify(table)})`;
  if (column) {
    const c = JSON.stringify(column);
    if (use === "byId") return `const { data } = await ${from}.select(${c}).eq("id", profileId).single();`;
    if (use === "list" || use === "subscribe") return `const { data } = await ${from}.select("id, full_name").eq(${c}, value);`;
    return `await ${from}.update({ ${column}: ${use === "delete" ? "null" : "value"} }).eq("id", profileId);`;
  }
  switch (use) {
    case "byId":
      return `const { data } = await ${from}.select("*").eq("id", id).single();`;
    case "create":
      return `const { data } = await ${from}.insert(row).select().single();`;
    case "update":
      return `await ${from}.update(changes).eq("id", id);`;
    case "delete":
      return `await ${from}.delete().eq("id", id);`;
    case "subscribe":
      return `supabase.channel("changes").on("postgres_changes", { event: "*", schema: "public", table: ${JSON.stringify(table)} }, onChange).subscribe();`;
    default:
      return `const { data } = await ${from}.select("*");`;
  }
}

/** Every use and RPC of every legacy name, with its before and after (for the guide and its test). */
export function examples(map: Mapping[], schema: GraphQLSchema, rules: Rules = buildRules(map)): Array<Example & { problems: string[] }> {
  const out: Array<Example & { problems: string[] }> = [];
  for (const e of entries(map, rules)) {
    const r = e.replacement;
    if (!r) continue;
    const uses: Array<[string, Use | undefined, ReplacementUse]> = [
      ...USES.filter((u) => r.uses[u]).map((u): [string, Use, ReplacementUse] => [u, u, r.uses[u]!]),
      ...Object.entries(r.rpc).map(([name, use]): [string, undefined, ReplacementUse] => [`rpc ${name}`, undefined, use]),
    ];
    for (const [label, use, replacement] of uses) {
      const ex: Example & { problems: string[] } = { legacy: e.legacy, label, field: replacement.graphql, before: before(e.legacy, label, use), problems: [] };
      if (!replacement.planned) {
        const op = buildOperation(schema, replacement, replacement.fields ?? r.fields);
        ex.document = op.document;
        ex.call = sdkCall(replacement, op.kind, sdkOperationFor(replacement.graphql, rules.sdkOperations));
        ex.problems = op.problems.map((p) => `${e.legacy} (${label}): ${p}`);
      }
      out.push(ex);
    }
  }
  return out;
}

/** What does not hold: a replaced legacy name without replacements, a field the schema lacks, a legacy GraphQL name that is a current field. */
export function checkMigrationGuide(map: Mapping[], schema: GraphQLSchema): string[] {
  const rules = buildRules(map);
  const problems: string[] = [];
  for (const e of entries(map, rules)) {
    const replaced = e.mappings.some(isReplaced);
    if (replaced && !USES.some((u) => e.replacement?.uses[u])) problems.push(`${e.legacy}: no uses in sql/map/replacements.json (which root field replaces it?)`);
  }
  problems.push(...examples(map, schema, rules).flatMap((x) => x.problems));
  for (const [field, { name }] of rules.graphqlRoot) {
    if (rootField(schema, field)) problems.push(`${name.legacy}: the linter flags ${field}, but it is a root field of today's schema`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.keys(type.getFields())) {
      const legacy = matchNested(rules, field);
      if (legacy) problems.push(`${legacy.legacy}: the linter flags ${type.name}.${field}, a field of today's schema`);
    }
  }
  return problems;
}

// --- the markdown ---------------------------------------------------------------------------

const code = (s: string) => `\`${s}\``;
const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body.trimEnd()}\n\`\`\``;
/** Text for markdown: `<` outside code spans would start an HTML tag, `|` would end a table cell. */
const prose = (s: string) => s.split(/(`[^`]*`)/).map((part, i) => (i % 2 ? part : part.replace(/</g, "&lt;"))).join("").replace(/\|/g, "\\|");

function describe(ms: Mapping[]): string {
  const m = ms[0]!;
  const view = ms.some((x) => x.compatView) ? "; a compatibility view under the legacy name keeps old code working until it is dropped (the linter still reports every use)" : "";
  const column = m.legacy.includes(".") ? "a column" : "a table";
  return `*Phase ${m.phase}, ${column} ${ms.map((x) => x.action).filter((a, i, all) => all.indexOf(a) === i).join(" and ")}${view}.*`;
}

function hasField(schema: GraphQLSchema, coordinate: string): boolean {
  const [type, field] = coordinate.split(".") as [string, string];
  const t = schema.getType(type);
  return isObjectType(t) && field in t.getFields();
}

function sdkCell(field: string, ops: SdkOperation[]): string {
  const op = sdkOperationFor(field, ops);
  return op ? code(op.document) : `${code(sdkDocumentName(field))} *(not in the SDK yet)*`;
}

function section(e: Entry, ex: Example[], schema: GraphQLSchema, ops: SdkOperation[]): string[] {
  const r = e.replacement;
  const target = targetTables(e.name);
  const lines = [`### ${code(e.legacy)} → ${target ? target.split(" + ").map(code).join(" + ") : "(retired)"}`, "", describe(e.mappings), ""];
  for (const m of e.mappings) if (m.note) lines.push(`> ${e.mappings.length > 1 ? `${code(m.target ?? "")}: ` : ""}${prose(m.note)}`, ">");
  if (lines.at(-1) === ">") lines.pop();
  if (r?.note) lines.push("", `**Note:** ${prose(r.note)}.`);
  const exposed = (r?.graphqlFields ?? []).filter((c) => hasField(schema, c));
  const gone = (r?.graphqlFields ?? []).filter((c) => !hasField(schema, c));
  if (exposed.length) lines.push("", `Still in the schema for the old screens: ${exposed.map(code).join(", ")}. Do not select ${exposed.length > 1 ? "them" : "it"} in new code (the linter reports ${exposed.length > 1 ? "them" : "it"}).`);
  if (gone.length) lines.push("", `No longer in the schema: ${gone.map(code).join(", ")} (the linter reports documents that still select ${gone.length > 1 ? "them" : "it"}).`);
  if (r?.channels.length) lines.push("", `Legacy realtime channel${r.channels.length > 1 ? "s" : ""}: ${r.channels.map(code).join(", ")}.`);
  if (!r) return [...lines, "", "*No replacement listed in `sql/map/replacements.json` yet.*", ""];

  lines.push("", "| use | GraphQL | SDK document | note |", "|---|---|---|---|");
  const row = (label: string, use: ReplacementUse) => {
    const planned = use.planned ? " *(planned)*" : "";
    lines.push(`| ${label} | ${code(use.graphql)}${planned} | ${use.planned ? `${code(sdkDocumentName(use.graphql))}${planned}` : sdkCell(use.graphql, ops)} | ${prose(use.note ?? "")} |`);
  };
  for (const u of USES) if (r.uses[u]) row(USE_LABELS[u], r.uses[u]!);
  for (const [name, use] of Object.entries(r.rpc)) row(`RPC ${code(name)}`, use);

  // A read, a write and each RPC, before and after.
  const read = ex.find((x) => (x.label === "list" || x.label === "byId") && x.document);
  const write = ex.find((x) => ["create", "update", "delete"].includes(x.label) && x.document);
  const realtime = ex.find((x) => x.label === "subscribe" && x.document);
  const shown: Array<[Example, string]> = [];
  for (const x of [read, write, realtime, ...ex.filter((x) => x.label.startsWith("rpc "))]) {
    if (!x) continue;
    const title = x.label.startsWith("rpc ") ? `RPC ${code(x.label.slice(4))}` : x === read ? `Read (${USE_LABELS[x.label as Use]})` : x === realtime ? "Realtime" : `Write (${USE_LABELS[x.label as Use]})`;
    lines.push("", `**${title}.** Before:`, "", fence("ts", x.before), "");
    const same = shown.find(([y]) => y.document === x.document && y.call === x.call);
    if (x.document && same) lines.push(`After: as in **${same[1]}** above.`);
    else if (x.document) lines.push("After:", "", fence("graphql", x.document), "", fence("ts", x.call!));
    else lines.push(`After: ${code(x.field)} is planned; ${prose((r.rpc[x.label.slice(4)] ?? r.uses[x.label as Use])?.note ?? "until it exists, keep the old call")}.`);
    shown.push([x, title]);
  }
  lines.push("");
  return lines;
}

export function generateMigrationGuide(map: Mapping[], schema: GraphQLSchema): string {
  const rules = buildRules(map);
  const all = entries(map, rules);
  const ex = examples(map, schema, rules);
  const replaced = all.filter((e) => e.mappings.some(isReplaced));
  const kept = all.filter((e) => !e.mappings.some(isReplaced));
  const main = (e: Entry) => {
    const u = e.replacement?.uses;
    const use = u?.list ?? u?.byId ?? (u && USES.map((x) => u[x]).find(Boolean));
    return use ? `${code(use.graphql)}${use.planned ? " *(planned)*" : ""}` : "";
  };

  const out: string[] = [
    "<!-- Generated by `npx salemate docs` from sql/map/*.json, sql/map/replacements.json, the GraphQL schema and graphql/operations. Do not edit: change those and regenerate (tests/lint/migration-guide.test.ts fails while this file is out of date). -->",
    "",
    "# Moving frontends off the legacy tables",
    "",
    "The gateway serves the consolidated schema over GraphQL. This guide lists every legacy table, view, column, RPC and realtime channel the old SaleMate app used, where its rows went, and what to call instead. It is generated from the same legacy-to-target map (`sql/map/`) that `salemate verify` checks the migration against and that `salemate lint-legacy` searches code with, so the three cannot disagree.",
    "",
    "## Reading it",
    "",
    "- **GraphQL** names a root field of the gateway's `Query`, `Mutation` or `Subscription`. Every one is checked against the schema, and every example below is validated against it, except those marked *planned* (subscriptions and workflow mutations not built yet).",
    "- **SDK document**: the document of `@salemate/client-sdk` whose operation (in `graphql/operations/`) calls that root field; codegen names the document of `query WalletLedger` `WalletLedgerDocument`. Where the SDK has no operation for a field yet, the guide gives the name it would have by convention, the root field in PascalCase plus `Document` (`profileWallets` → `ProfileWalletsDocument`), marked *(not in the SDK yet)*: until it exists, send the GraphQL shown. In the examples `sdk.request(document, variables)` and `sdk.subscribe(document, variables, onEvent)` stand for the SDK's calls and `supabase` for the old supabase-js client.",
    "- Examples select a few fields; select what the screen needs. A variable written as a bare name (`profileId`) is a value the caller has.",
    "",
    "## Finding the uses left",
    "",
    fence("sh", [
      "npx salemate lint-legacy src                  # file:line:column  legacy_name  →  replacement; exit 1 when any is found",
      "npx salemate lint-legacy --json supabase/functions",
      "npx salemate lint-legacy --allow ci/legacy-allow .",
    ].join("\n")),
    "",
    "It reads supabase-js calls (`.from()`, `.rpc()`, the columns of a `.from('profiles')` chain, tables embedded in `.select()`), realtime subscriptions (`.channel()`, `postgres_changes` filters), raw SQL in `.sql` files and in strings, and GraphQL documents (`.graphql` files, `gql` templates). Comments are never findings. Uses being phased out go in `.legacy-allow` at the scanned root, one `path-glob[:legacy_name]` a line, `#` for comments.",
    "",
    "## Overview",
    "",
    "| legacy | phase | what happened | now | GraphQL |",
    "|---|---|---|---|---|",
    ...replaced.map((e) => `| ${code(e.legacy)} | ${e.mappings[0]!.phase} | ${[...new Set(e.mappings.map((m) => m.action))].join(", ")} | ${(targetTables(e.name) ?? "").split(" + ").map(code).join(" + ")} | ${main(e)} |`),
    "",
  ];

  for (const group of GROUPS) {
    const inGroup = replaced.filter((e) => e.mappings[0]!.group === group);
    if (!inGroup.length) continue;
    out.push(`## ${group}`, "");
    for (const e of inGroup) out.push(...section(e, ex.filter((x) => x.legacy === e.legacy), schema, rules.sdkOperations));
  }

  const columns = replaced.filter((e) => e.legacy.includes(".")).map((e) => code(e.legacy));
  out.push("## Kept tables", "", `These keep their name and stay where they are, and the linter does not report them (only their deprecated columns above, ${columns.join(", ")}): ${kept.map((e) => code(e.legacy)).join(", ")}.`, "");
  for (const e of kept.filter((e) => e.replacement && Object.keys(e.replacement.rpc).length)) {
    out.push(`### RPCs around ${code(e.legacy)}`, "", "| RPC | GraphQL | SDK document | note |", "|---|---|---|---|");
    for (const [name, use] of Object.entries(e.replacement!.rpc)) {
      const planned = use.planned ? " *(planned)*" : "";
      out.push(`| ${code(name)} | ${code(use.graphql)}${planned} | ${use.planned ? `${code(sdkDocumentName(use.graphql))}${planned}` : sdkCell(use.graphql, rules.sdkOperations)} | ${prose(use.note ?? "")} |`);
    }
    for (const x of ex.filter((x) => x.legacy === e.legacy && x.document)) {
      out.push("", `**RPC ${code(x.label.slice(4))}.** Before:`, "", fence("ts", x.before), "", "After:", "", fence("graphql", x.document!), "", fence("ts", x.call!));
    }
    out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
