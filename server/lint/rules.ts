import {
  appReplacementUse,
  appStatus,
  isReplaced,
  loadAppUsage,
  loadMigrationMap,
  USES,
  type AppCall,
  type AppUsage,
  type Mapping,
  type Replacement,
  type ReplacementUse,
  type Status,
  type Use,
} from "../migration-map.js";
import { loadSdkOperations, sdkOperationForUse, type SdkOperation } from "./sdk-documents.js";

/**
 * What the linter looks for, built from the legacy-to-target map, sql/map/replacements.json and
 * sql/map/app.json (the same data `salemate verify` and docs/migration-guide.md read): the map's
 * replaced tables and deprecated columns (kept tables under their own name are not in it), and
 * every RPC, channel and other table SaleMate's app was seen to use.
 */

export type Kind = "from" | "rpc" | "sql" | "realtime" | "graphql" | "column";

export interface FindingReplacement {
  table: string | null;
  graphql: string | null;
  /** The SDK's document calling that field; null when the SDK has none (write one with graphql()). */
  sdk: string | null;
  /** The GraphQL field is named but not in the schema yet (subscriptions, workflows). */
  planned?: true;
  /** No root field answers it: kept as is, missing (no replacement yet) or unneeded, and why. */
  status?: Status;
  reason?: string;
}

/** One name the linter reports: a legacy table or view, a deprecated column, a legacy RPC or channel. */
export interface LegacyName {
  legacy: string;
  object: "table" | "column" | "rpc" | "channel";
  mappings: Mapping[];
  replacement: Replacement | undefined;
  /** For an RPC or channel: the use that replaces it. */
  rpcUse?: ReplacementUse;
  /** What sql/map/app.json says of it: where SaleMate's app uses it, and, outside the map, what answers it. */
  app?: AppCall;
}

/** A use found in a file, before the allow-list: where, what, and how it was used. */
export interface Hit {
  offset: number;
  name: LegacyName;
  kind: Kind;
  use: Use;
  /** For a table embedded in another's select (PostgREST), the table it is embedded in. */
  parent?: string;
}

export interface Rules {
  tables: Map<string, LegacyName>;
  /** table -> column -> name, e.g. profiles -> manager_id. */
  columns: Map<string, Map<string, LegacyName>>;
  rpcs: Map<string, LegacyName>;
  channels: Map<string, LegacyName>;
  /** Root fields a GraphQL API generated from a legacy table would have had. */
  graphqlRoot: Map<string, { name: LegacyName; use: Use }>;
  /** Relation fields of such an API, at any depth (`leadTagsByLeadId`, `lead_tagsCollection`). */
  graphqlNested: Array<{ prefix: string; exact: boolean; name: LegacyName }>;
  /** GraphQL type -> field -> name, for columns a type still exposes (Profile.managerId). */
  graphqlColumns: Map<string, Map<string, LegacyName>>;
  /** Every name an allow-list line may mention. */
  known: Set<string>;
  /** The SDK's operations, to name the document replacing a use. */
  sdkOperations: SdkOperation[];
}

export function buildRules(map: Mapping[] = loadMigrationMap(), sdkOperations: SdkOperation[] = loadSdkOperations(), app: AppUsage = loadAppUsage()): Rules {
  const rules: Rules = { tables: new Map(), columns: new Map(), rpcs: new Map(), channels: new Map(), graphqlRoot: new Map(), graphqlNested: [], graphqlColumns: new Map(), known: new Set(), sdkOperations };
  const byLegacy = new Map<string, Mapping[]>();
  for (const m of map) byLegacy.set(m.legacy, [...(byLegacy.get(m.legacy) ?? []), m]);

  for (const [legacy, mappings] of byLegacy) {
    const replacement = mappings.find((m) => m.replacement)?.replacement;
    const replaced = mappings.some(isReplaced);
    if (replaced && legacy.includes(".")) {
      const [table, column] = legacy.split(".") as [string, string];
      const name: LegacyName = { legacy, object: "column", mappings, replacement };
      rules.columns.set(table, (rules.columns.get(table) ?? new Map()).set(column, name));
      for (const coordinate of replacement?.graphqlFields ?? []) {
        const [type, field] = coordinate.split(".") as [string, string];
        rules.graphqlColumns.set(type, (rules.graphqlColumns.get(type) ?? new Map()).set(field, name));
      }
    } else if (replaced) {
      const name: LegacyName = { legacy, object: "table", mappings, replacement };
      rules.tables.set(legacy, name);
      for (const [field, use] of legacyGraphqlRootFields(legacy)) rules.graphqlRoot.set(field, { name, use });
      for (const n of legacyGraphqlRelationFields(legacy)) rules.graphqlNested.push({ ...n, name });
    }
  }
  // The app's tables the map does not list: found by name in .from(), SQL and realtime filters
  // (never as GraphQL fields: a name like teams is a field of today's schema).
  for (const [table, call] of Object.entries(app.tables)) {
    if (!byLegacy.has(table)) rules.tables.set(table, { legacy: table, object: "table", mappings: [], replacement: undefined, app: call });
  }
  for (const [rpc, call] of Object.entries(app.rpc)) {
    const mappings = call.legacy ? (byLegacy.get(call.legacy) ?? []) : [];
    rules.rpcs.set(rpc, { legacy: rpc, object: "rpc", mappings, replacement: mappings.find((m) => m.replacement)?.replacement, rpcUse: appReplacementUse(call), app: call });
  }
  for (const [channel, call] of Object.entries(app.channels)) {
    rules.channels.set(channel, { legacy: channel, object: "channel", mappings: [], replacement: undefined, rpcUse: appReplacementUse(call), app: call });
  }
  for (const n of [...rules.tables.keys(), ...rules.rpcs.keys(), ...rules.channels.keys()]) rules.known.add(n);
  for (const [table, cols] of rules.columns) for (const c of cols.keys()) rules.known.add(`${table}.${c}`);
  return rules;
}

/** Where the rows went: the target table(s) of the legacy object (support_cases: two), or the app table's. */
export function targetTables(name: LegacyName): string | null {
  const targets = [...new Set(name.mappings.map((m) => m.target).filter((t): t is string => !!t))];
  if (!targets.length && name.app && "target" in name.app && name.app.target) targets.push(name.app.target);
  return targets.length ? targets.join(" + ") : null;
}

/** What a hit stands for; an RPC stands for the use its replacement serves (add_lead_tag: create). */
export function useOf(hit: Hit): Use {
  const rpc = hit.name.rpcUse;
  return (rpc && USES.find((u) => hit.name.replacement?.uses[u]?.graphql === rpc.graphql)) || hit.use;
}

/** The replacement to print for one use of a legacy name: its target, GraphQL field and SDK document. */
export function replacementFor(rules: Rules, name: LegacyName, use: Use, parent?: string): FindingReplacement {
  const table = targetTables(name);
  const r = name.replacement;
  // Embedded in a parent's select: the parent's relation field, whatever the table's own status.
  const relation = parent ? r?.embeddedIn[parent] : undefined;
  if (relation) return { table, graphql: relation, sdk: null };
  const status = name.app && appStatus(name.app);
  if (status) return { table, graphql: null, sdk: null, ...status };
  const own = name.app && name.object === "table" ? appReplacementUse(name.app) : undefined;
  const chosen = name.rpcUse ?? own ?? r?.uses[use] ?? r?.uses.list ?? r?.uses.byId ?? USES.map((u) => r?.uses[u]).find(Boolean);
  if (!chosen) return { table, graphql: null, sdk: null };
  const sdk = sdkOperationForUse(chosen, rules.sdkOperations)?.document;
  return { table, graphql: chosen.graphql, sdk: sdk ?? null, ...(chosen.planned ? { planned: true as const } : {}) };
}

// --- GraphQL names a legacy table would have had --------------------------------------------

function camel(snake: string): string {
  return snake.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function pascal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + "ies";
  if (/(ch|sh|x|s)$/.test(word)) return word + "es";
  return word + "s";
}

/**
 * Root fields PostGraphile (with and without simplify-inflection) or Supabase's pg_graphql
 * generate for a table, each with the use it stands for. The migration guide's test checks
 * that none of them is a field of today's schema, so flagging them never hits a current name.
 */
export function legacyGraphqlRootFields(legacy: string): Map<string, Use> {
  const snake = legacy.replace(/-/g, "_");
  const c = camel(snake);
  const one = singular(c);
  const many = one === c ? plural(c) : c;
  const out = new Map<string, Use>();
  for (const [name, use] of [
    [many, "list"], [`all${pascal(many)}`, "list"], [one, "byId"], [`${one}ById`, "byId"], [`${one}ByNodeId`, "byId"],
    [`create${pascal(one)}`, "create"], [`update${pascal(one)}`, "update"], [`update${pascal(one)}ById`, "update"],
    [`delete${pascal(one)}`, "delete"], [`delete${pascal(one)}ById`, "delete"],
    [`${snake}Collection`, "list"], [`${many}Collection`, "list"],
    [`insertInto${snake}Collection`, "create"], [`insertInto${pascal(many)}Collection`, "create"],
    [`update${snake}Collection`, "update"], [`update${pascal(many)}Collection`, "update"],
    [`deleteFrom${snake}Collection`, "delete"], [`deleteFrom${pascal(many)}Collection`, "delete"],
  ] as Array<[string, Use]>) {
    out.set(name, use);
  }
  return out;
}

/** Relation fields to a legacy table, at any depth: `leadTagsByLeadId`, `lead_tagsCollection`. */
export function legacyGraphqlRelationFields(legacy: string): Array<{ prefix: string; exact: boolean }> {
  const snake = legacy.replace(/-/g, "_");
  const c = camel(snake);
  const many = singular(c) === c ? plural(c) : c;
  return [
    { prefix: `${snake}Collection`, exact: true },
    { prefix: `${many}Collection`, exact: true },
    { prefix: `${many}By`, exact: false },
  ];
}

/** Whether a field name at any depth is a legacy relation field. */
export function matchNested(rules: Rules, field: string): LegacyName | undefined {
  for (const n of rules.graphqlNested) {
    if (n.exact ? field === n.prefix : field.startsWith(n.prefix) && /^[A-Z]/.test(field.slice(n.prefix.length))) return n.name;
  }
  return undefined;
}
