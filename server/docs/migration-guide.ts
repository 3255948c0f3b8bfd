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
import { appReplacementUse, appStatus, isReplaced, loadAppUsage, STATUSES, USES, type AppUsage, type Mapping, type Replacement, type ReplacementUse, type Use } from "../migration-map.js";
import { buildRules, matchNested, targetTables, type LegacyName, type Rules } from "../lint/rules.js";
import { sdkOperationForUse, type SdkOperation } from "../lint/sdk-documents.js";
import { loadEdgeFunctions, JOB_TASKS, type EdgeFunction } from "../jobs/edge-functions.js";

/**
 * docs/migration-guide.md, generated from the legacy-to-target map, sql/map/replacements.json,
 * sql/map/app.json, the GraphQL schema and the SDK's operations (graphql/operations): for each
 * legacy table, view, column, RPC and realtime channel, the new table, the root field replacing
 * each typical use (or why none does), the SDK document to call and short before/after
 * examples. `checkMigrationGuide` lists what in the map does not hold against the schema.
 */

export const GUIDE_PATH = "docs/migration-guide.md";

const GROUPS = ["Profiles & Finance", "Team & Access", "Leads & CRM", "Inventory & Commerce", "Support & Operations", "System / Content / Settings"] as const;
const USE_LABELS: Record<Use, string> = { list: "list", byId: "one by id", create: "create", update: "update", delete: "delete", subscribe: "subscribe to changes" };
const ROOT_KINDS = ["query", "mutation", "subscription"] as const;

export interface Example {
  legacy: string;
  /** "list", "create", ... or "rpc <name>", "channel <name>". */
  label: string;
  field: string;
  before: string;
  /** The operation (printed GraphQL) and the SDK call; absent for planned fields. */
  document?: string;
  call?: string;
  /** The example's variables ("$name" stands for a value the caller has). */
  variables?: Record<string, unknown>;
  /** A use of a table kept in place: the linter does not report it, the guide still shows the gateway's way. */
  kept?: boolean;
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
  const document = op?.document ?? "ownDocument";
  const key = op?.rootFields.find((r) => r.field === use.graphql)?.key ?? use.graphql;
  const where = op
    ? `// ${op.document}: the SDK's ${op.operation} ${op.name} (${op.file})`
    : "// ownDocument: the operation above, written with graphql() in your app (client-sdk/README.md), registered with `salemate trust`";
  if (kind === "subscription") return `${where}\nconst stop = sdk.subscribe(${document}, ${vars ?? "{}"}, ({ ${key} }) => onChange(${key}));`;
  return `${where}\nconst { ${key} } = await sdk.request(${document}${vars ? `, ${vars}` : ""});`;
}

/** What the old app did: supabase-js against the legacy table, column or RPC. */
function before(legacy: string, label: string, use: Use | undefined, rules?: Rules): string {
  const rpc = /^rpc (\w+)$/.exec(label)?.[1];
  if (rpc) return `const { data } = await supabase.rpc(${JSON.stringify(rpc)}, args);`;
  const channel = /^channel (.+)$/.exec(label)?.[1];
  if (channel) {
    const app = rules?.channels.get(channel)?.app;
    const table = app && "tables" in app ? app.tables[0]! : "changes";
    const name = channel.endsWith("-") ? `\`${channelLabel(channel)}\`` : JSON.stringify(channel);
    return `supabase.channel(${name}).on("postgres_changes", { event: "*", schema: "public", table: ${JSON.stringify(table)} }, onChange).subscribe();`;
  }
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

/** The app's RPCs the guide lists in a legacy object's section (those that name it). */
function rpcsOf(rules: Rules, legacy: string): LegacyName[] {
  return [...rules.rpcs.values()].filter((n) => n.app && "legacy" in n.app && n.app.legacy === legacy);
}

/**
 * Every use, RPC and channel with a root field replacing it, with its before and after (for the
 * guide and its test): the map's legacy names with their RPCs, then the app's RPCs of no legacy
 * object, its tables outside the map and its channels.
 */
export function examples(map: Mapping[], schema: GraphQLSchema, rules: Rules = buildRules(map)): Array<Example & { problems: string[] }> {
  const out: Array<Example & { problems: string[] }> = [];
  const add = (legacy: string, label: string, use: Use | undefined, replacement: ReplacementUse, fields: string[] | undefined) => {
    const ex: Example & { problems: string[] } = { legacy, label, field: replacement.graphql, before: before(legacy, label, use, rules), problems: [] };
    if (!replacement.planned) {
      const op = buildOperation(schema, replacement, replacement.fields ?? fields);
      const sdkOp = sdkOperationForUse(replacement, rules.sdkOperations);
      // A mutation the SDK has is shown as the SDK writes it, so the document and the call's variables agree.
      ex.document = op.kind === "mutation" && sdkOp ? sdkOp.source : op.document;
      ex.variables = replacement.variables;
      ex.call = sdkCall(replacement, op.kind, sdkOp);
      ex.problems = op.problems.map((p) => `${legacy} (${label}): ${p}`);
      if (replacement.sdk && !sdkOp) ex.problems.push(`${legacy} (${label}): the SDK has no operation ${replacement.sdk} calling ${replacement.graphql}`);
    }
    out.push(ex);
  };
  for (const e of entries(map, rules)) {
    const r = e.replacement;
    for (const u of USES) {
      if (!r?.uses[u]) continue;
      add(e.legacy, u, u, r.uses[u]!, r.fields);
      if (!e.mappings.some(isReplaced)) out.at(-1)!.kept = true;
    }
    for (const n of rpcsOf(rules, e.legacy)) if (n.rpcUse) add(e.legacy, `rpc ${n.legacy}`, undefined, n.rpcUse, r?.fields);
  }
  for (const n of rules.rpcs.values()) if (n.rpcUse && !n.mappings.length) add(n.legacy, `rpc ${n.legacy}`, undefined, n.rpcUse, undefined);
  for (const n of appTables(rules)) {
    const use = appReplacementUse(n.app!);
    if (use) add(n.legacy, "list", "list", use, undefined);
  }
  for (const n of rules.channels.values()) if (n.rpcUse) add(n.legacy, `channel ${n.legacy}`, undefined, n.rpcUse, undefined);
  return out;
}

/** The app's tables the map does not list. */
function appTables(rules: Rules): LegacyName[] {
  return [...rules.tables.values()].filter((n) => !n.mappings.length && n.app);
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
  for (const f of loadEdgeFunctions()) {
    for (const u of f.uses) {
      if (u.graphql && !rootField(schema, u.graphql)) problems.push(`edge function ${f.name}: ${u.graphql} is not a root field of the schema`);
      if (u.job && !(JOB_TASKS as readonly string[]).includes(u.job)) problems.push(`edge function ${f.name}: ${u.job} is not a job of server/jobs`);
    }
  }
  return problems;
}

// --- the markdown ---------------------------------------------------------------------------

function edgeFunctionSection(functions: EdgeFunction[]): string[] {
  const out = [
    "## Edge functions",
    "",
    "The edge functions the refactor plan lists, and what replaces each of their uses: a GraphQL field to call, or a job the gateway's worker runs by itself (graphile-worker; `npx salemate jobs` lists the queue). Nothing here reads the legacy tables.",
    "",
    "| edge function | seen in | use | replaced by | note |",
    "|---|---|---|---|---|",
  ];
  for (const f of functions) {
    f.uses.forEach((u, i) => {
      const by = u.graphql ? `GraphQL ${code(u.graphql)}` : `job ${code(u.job!)}`;
      out.push(`| ${i === 0 ? code(f.name) : ""} | ${i === 0 ? f.seen.map(code).join(", ") || "*(none by that name)*" : ""} | ${prose(u.use)} | ${by} | ${i === 0 ? prose(f.note) : ""} |`);
    });
  }
  out.push("");
  return out;
}

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

function sdkCell(use: ReplacementUse, ops: SdkOperation[]): string {
  const op = sdkOperationForUse(use, ops);
  return op ? code(op.document) : "*none: your own `graphql()` document*";
}

/** The cells saying what answers a call: the root field and its SDK document, or why none does. */
function answerCells(use: ReplacementUse | undefined, name: LegacyName | undefined, ops: SdkOperation[]): [string, string, string] {
  const status = name?.app && appStatus(name.app);
  if (status) return [`*${STATUSES[status.status]}*`, "", prose(status.reason)];
  if (!use) return ["", "", ""];
  const planned = use.planned ? " *(planned)*" : "";
  return [`${code(use.graphql)}${planned}`, use.planned ? "*none yet*" : sdkCell(use, ops), prose(use.note ?? "")];
}

/** Before and after for examples with a document; the titles say which call each is. */
function exampleBlocks(lines: string[], shown: Array<[Example, string]>, x: Example, title: string, plannedNote: string | undefined): void {
  lines.push("", `**${title}.** Before:`, "", fence("ts", x.before), "");
  const same = shown.find(([y]) => y.document === x.document && y.call === x.call);
  if (x.document && same) lines.push(`After: as in **${same[1]}** above.`);
  else if (x.document) lines.push("After:", "", fence("graphql", x.document), "", fence("ts", x.call!));
  else lines.push(`After: ${code(x.field)} is planned; ${prose(plannedNote ?? "until it exists, keep the old call")}.`);
  shown.push([x, title]);
}

/** The channels of the old app that watch a table. */
function channelsOn(rules: Rules, table: string): string[] {
  return [...rules.channels.values()].filter((n) => n.app && "tables" in n.app && n.app.tables.includes(table)).map((n) => n.legacy);
}

function section(e: Entry, ex: Example[], schema: GraphQLSchema, rules: Rules): string[] {
  const ops = rules.sdkOperations;
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
  const channels = channelsOn(rules, e.legacy);
  if (channels.length) lines.push("", `The old app's realtime channel${channels.length > 1 ? "s" : ""} on it: ${channels.map(code).join(", ")} (see *Realtime channels* below).`);
  if (!r) return [...lines, "", "*No replacement listed in `sql/map/replacements.json` yet.*", ""];

  lines.push("", "| use | GraphQL | SDK document | note |", "|---|---|---|---|");
  for (const u of USES) if (r.uses[u]) lines.push(`| ${USE_LABELS[u]} | ${answerCells(r.uses[u], undefined, ops).join(" | ")} |`);
  for (const n of rpcsOf(rules, e.legacy)) lines.push(`| RPC ${code(n.legacy)} | ${answerCells(n.rpcUse, n, ops).join(" | ")} |`);

  // A read, a write and each RPC, before and after.
  const read = ex.find((x) => (x.label === "list" || x.label === "byId") && x.document);
  const write = ex.find((x) => ["create", "update", "delete"].includes(x.label) && x.document);
  const realtime = ex.find((x) => x.label === "subscribe" && x.document);
  const shown: Array<[Example, string]> = [];
  for (const x of [read, write, realtime, ...ex.filter((x) => x.label.startsWith("rpc "))]) {
    if (!x) continue;
    const rpc = x.label.startsWith("rpc ") ? x.label.slice(4) : undefined;
    const title = rpc ? `RPC ${code(rpc)}` : x === read ? `Read (${USE_LABELS[x.label as Use]})` : x === realtime ? "Realtime" : `Write (${USE_LABELS[x.label as Use]})`;
    exampleBlocks(lines, shown, x, title, (rpc ? rules.rpcs.get(rpc)?.rpcUse : r.uses[x.label as Use])?.note);
  }
  lines.push("");
  return lines;
}

/** A channel named with an id (listed by its fixed part, `case-`) as the app writes it. */
function channelLabel(name: string): string {
  return name.endsWith("-") ? `${name}\${id}` : name;
}

/** Where the app uses a name: the first files, and how many more. */
function seenCell(seen: string[], defined: string | undefined): string {
  if (!seen.length) return defined ? `no call site; defined in ${code(defined)}` : "";
  const shown = seen.slice(0, 2).map(code).join(", ");
  return seen.length > 2 ? `${shown} and ${seen.length - 2} more` : shown;
}

/** "## SaleMate's app, call by call": every RPC, table and channel of sql/map/app.json. */
function appSection(app: AppUsage, map: Mapping[], ex: Example[], rules: Rules): string[] {
  const ops = rules.sdkOperations;
  const rpcs = Object.keys(app.rpc).length;
  const tables = Object.keys(app.tables);
  const mapTables = new Map<string, Mapping[]>();
  for (const m of map) if (tables.includes(m.legacy)) mapTables.set(m.legacy, [...(mapTables.get(m.legacy) ?? []), m]);
  const others = tables.filter((t) => !mapTables.has(t));
  const lines = [
    "## SaleMate's app, call by call",
    "",
    `What SaleMate's own code uses, read from its public repository (${code(app.source.repository)} at ${code(app.source.commit.slice(0, 7))}, ${app.source.date}: ${app.source.read.map(code).join(" and ")}): ${rpcs} RPCs, ${tables.length} tables and views, ${Object.keys(app.channels).length} realtime channels. \`sql/map/app.json\` lists each with every file it was seen in. \`salemate lint-legacy\` reports every use of them, except of tables the migration keeps under their own name. Where no root field replaces a call, the guide says why:`,
    "",
    `- *${STATUSES.kept}*: the migration leaves it alone and the old call keeps working on the migrated database; the gateway has no field for it.`,
    `- *${STATUSES.missing}*: the old call no longer works as it did, or should move, and the gateway has nothing for it yet.`,
    `- *${STATUSES.unneeded}*: the new schema does the job another way.`,
    "",
    "### RPCs",
    "",
    "| RPC | seen in | section | GraphQL | SDK document | note |",
    "|---|---|---|---|---|---|",
  ];
  for (const [name, call] of Object.entries(app.rpc)) {
    const n = rules.rpcs.get(name)!;
    lines.push(`| ${code(name)} | ${seenCell(call.seen, call.defined)} | ${call.legacy ? code(call.legacy) : ""} | ${answerCells(n.rpcUse, n, ops).join(" | ")} |`);
  }
  const shown: Array<[Example, string]> = [];
  for (const x of ex.filter((x) => x.label === `rpc ${x.legacy}`)) exampleBlocks(lines, shown, x, `RPC ${code(x.legacy)}`, rules.rpcs.get(x.legacy)?.rpcUse?.note);

  lines.push("", "### Tables and views outside the legacy map", "", "The migration does not carry these. A few share their name with a table of the new schema; the note says so.", "", "| table | group | seen in | now | GraphQL | SDK document | note |", "|---|---|---|---|---|---|---|");
  for (const t of others) {
    const n = rules.tables.get(t)!;
    const call = app.tables[t]!;
    lines.push(`| ${code(t)} | ${call.group} | ${seenCell(call.seen, undefined)} | ${call.target ? code(call.target) : ""} | ${answerCells(appReplacementUse(call), n, ops).join(" | ")} |`);
  }
  for (const x of ex.filter((x) => x.label === "list" && others.includes(x.legacy))) exampleBlocks(lines, shown, x, code(x.legacy), app.tables[x.legacy]?.note);

  lines.push("", "### Legacy tables the app uses", "", "Their sections above (or *Kept tables*) say what happened to them.", "", "| table | seen in | what happened | now |", "|---|---|---|---|");
  for (const [t, ms] of mapTables) {
    const replaced = ms.some(isReplaced);
    const target = [...new Set(ms.map((m) => m.target).filter((x): x is string => !!x))];
    lines.push(`| ${code(t)} | ${seenCell(app.tables[t]!.seen, undefined)} | ${[...new Set(ms.map((m) => m.action))].join(", ")} | ${replaced ? target.map(code).join(" + ") : "kept where it is; not reported"} |`);
  }

  lines.push("", "### Realtime channels", "", "| channel | watches | seen in | GraphQL | SDK document | note |", "|---|---|---|---|---|---|");
  for (const [name, call] of Object.entries(app.channels)) {
    const n = rules.channels.get(name)!;
    lines.push(`| ${code(channelLabel(name))} | ${call.tables.map(code).join(", ")} | ${seenCell(call.seen, undefined)} | ${answerCells(n.rpcUse, n, ops).join(" | ")} |`);
  }
  for (const x of ex.filter((x) => x.label.startsWith("channel "))) exampleBlocks(lines, shown, x, `Channel ${code(channelLabel(x.legacy))}`, rules.channels.get(x.legacy)?.rpcUse?.note);
  lines.push("");
  return lines;
}

export function generateMigrationGuide(map: Mapping[], schema: GraphQLSchema, app: AppUsage = loadAppUsage()): string {
  const rules = buildRules(map, undefined, app);
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
    "<!-- Generated by `npx salemate docs` from sql/map/*.json (the phase files, replacements.json and app.json), the GraphQL schema and graphql/operations. Do not edit: change those and regenerate (tests/lint/migration-guide.test.ts fails while this file is out of date). -->",
    "",
    "# Moving frontends off the legacy tables",
    "",
    "The gateway serves the consolidated schema over GraphQL. This guide lists every legacy table, view and column the migration moves, and every RPC, table and realtime channel SaleMate's own app was seen to use, where its rows went, and what to call instead (or why nothing does). It is generated from the same legacy-to-target map (`sql/map/`) that `salemate verify` checks the migration against and that `salemate lint-legacy` searches code with, so the three cannot disagree.",
    "",
    "## Reading it",
    "",
    "- **GraphQL** names a root field of the gateway's `Query`, `Mutation` or `Subscription`. Every one is checked against the schema, and every example below is validated against it, except those marked *planned* (subscriptions and workflow mutations not built yet).",
    "- **SDK document**: the document of `@salemate/client-sdk` whose operation (in `graphql/operations/`) calls that root field; codegen names the document of `query WalletLedger` `WalletLedgerDocument`. Where the SDK has no operation for a field, the cell says *none*: write the GraphQL shown in your app with the `graphql()` function your codegen generates from the SDK's schema, and register the build's manifest with `salemate trust` (step by step in `client-sdk/README.md`). In the examples `sdk.request(document, variables)` and `sdk.subscribe(document, variables, onEvent)` stand for the SDK's calls and `supabase` for the old supabase-js client.",
    "- Examples select a few fields; select what the screen needs. A variable written as a bare name (`profileId`) is a value the caller has.",
    "",
    "## Before you run it on production",
    "",
    "The migration adapts to the database it finds, but it should never find it by surprise. Rehearse on a copy of production, built on the preflight report:",
    "",
    fence("sh", [
      "# 1. a copy: restore last night's dump of the Supabase database into a scratch database",
      "export DATABASE_URL=postgres://postgres@127.0.0.1:5432/salemate_rehearsal",
      "# 2. what the migration will meet there (reads the catalogs only; exit 1 when something blocks)",
      "npx salemate preflight            # or --json for a ticket or a CI artifact",
      "# 3. the same report, then the files it would apply",
      "npx salemate migrate --dry-run",
      "# 4. migrate phase by phase, checking after each",
      "npx salemate migrate --to phase1 && npx salemate verify",
      "npx salemate migrate && npx salemate verify",
      "# 5. the app's code: what still calls the legacy names",
      "npx salemate lint-legacy path/to/frontend/src",
    ].join("\n")),
    "",
    "Read the report by class:",
    "",
    "- **BLOCKING**: the migration would fail or do harm (a table a phase reads is missing, a column a phase reads directly is of a type it cannot convert, a table is a view). Each line ends with `remedy:`, the SQL to run before migrating. Run it on the copy, run preflight again, and keep the remedies: they are part of the production runbook.",
    "- **NEEDS A DECISION**: the migration completes, but someone has to choose. `decided by:` names the setting or the statement (for example `drop_legacy_archive` in `salemate.settings` for legacy columns the consolidated tables do not carry, or whether to keep a legacy trigger); `meanwhile:` says what happens if nobody does.",
    "- **HANDLED**: the migration copes and `how:` says how (a missing optional column read as null and noted, an extra column carried in `legacy_data`, an unknown policy taken over and recorded in `salemate.legacy_policies`, a legacy function replaced or dropped and recorded in `salemate.legacy_functions`). Nothing to do, but read them: they are the differences between your database and the one the project was written against.",
    "",
    "Then, on production: a fresh dump first; `preflight` again (the copy may be a day old); the remedies; `migrate` in a maintenance window (one run at a time per database: replicas starting together wait for each other); `verify`, which must end `verify: OK, nothing lost`. Every dropped policy and function can be put back from its recorded statement; `legacy_archive` keeps every legacy table until you set `drop_legacy_archive`.",
    "",
    "## Finding the uses left",
    "",
    fence("sh", [
      "npx salemate lint-legacy src                  # file:line:column  legacy_name  →  replacement; exit 1 when any is found",
      "npx salemate lint-legacy --json supabase/functions",
      "npx salemate lint-legacy --allow ci/legacy-allow .",
    ].join("\n")),
    "",
    "It reads supabase-js calls (`.from()`, `.rpc()`, the columns of a `.from('profiles')` chain, tables embedded in `.select()`), realtime subscriptions (`.channel()`, `postgres_changes` filters), raw SQL in `.sql` files and in strings, and GraphQL documents (`.graphql` files, `gql` templates). Comments are never findings. Uses being phased out go in `.legacy-allow` at the scanned root, one `path-glob[:legacy_name]` a line, `#` for comments. A path with no source files is an error (exit 2), so a CI job pointed at the wrong folder fails instead of passing.",
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
    for (const e of inGroup) out.push(...section(e, ex.filter((x) => x.legacy === e.legacy), schema, rules));
  }

  const columns = replaced.filter((e) => e.legacy.includes(".")).map((e) => code(e.legacy));
  out.push("## Kept tables", "", `These keep their name and stay where they are, and the linter does not report them (only their deprecated columns above, ${columns.join(", ")}): ${kept.map((e) => code(e.legacy)).join(", ")}.`, "");
  // A kept table the app reads, writes or watches: the same before and after as a moved one, and
  // where each table it embeds in its selects went.
  for (const e of kept.filter((e) => e.replacement && USES.some((u) => e.replacement!.uses[u]))) {
    const lines = section(e, ex.filter((x) => x.legacy === e.legacy), schema, rules);
    lines[0] = `### ${code(e.legacy)} (kept in place)`;
    const embedded = all.filter((o) => o.replacement?.embeddedIn[e.legacy]).map((o) => `${code(`${o.legacy}(...)`)} → ${code(o.replacement!.embeddedIn[e.legacy]!)}`);
    if (embedded.length) lines.splice(lines.indexOf("| use | GraphQL | SDK document | note |"), 0, `Tables embedded in its selects (PostgREST \`alias:table(...)\`) are fields of its type: ${embedded.join(", ")}.`, "");
    out.push(...lines);
  }
  for (const e of kept.filter((e) => rpcsOf(rules, e.legacy).length && !(e.replacement && USES.some((u) => e.replacement!.uses[u])))) {
    out.push(`### RPCs around ${code(e.legacy)}`, "", "| RPC | GraphQL | SDK document | note |", "|---|---|---|---|");
    for (const n of rpcsOf(rules, e.legacy)) out.push(`| ${code(n.legacy)} | ${answerCells(n.rpcUse, n, rules.sdkOperations).join(" | ")} |`);
    const shown: Array<[Example, string]> = [];
    for (const x of ex.filter((x) => x.legacy === e.legacy && x.label.startsWith("rpc "))) exampleBlocks(out, shown, x, `RPC ${code(x.label.slice(4))}`, rules.rpcs.get(x.label.slice(4))?.rpcUse?.note);
    out.push("");
  }
  out.push(...edgeFunctionSection(loadEdgeFunctions()));
  out.push(...appSection(app, map, ex, rules));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
