import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { MAP_DIR } from "./paths.js";

/**
 * The legacy-to-target map (sql/map/phaseN_*.json): the one list of SaleMate's legacy objects
 * and where each went. verify, the legacy linter and the migration guide all read it here.
 * sql/map/replacements.json adds, per legacy name, what frontends call instead, and
 * sql/map/app.json what SaleMate's own app calls (RPCs, tables, channels), as seen in its code.
 */

const verifySpec = z.object({
  source: z.string(),
  sourceKey: z.string(),
  target: z.string(),
  targetWhere: z.string().optional(),
  targetKey: z.string(),
  columns: z.array(z.tuple([z.string(), z.string()])).default([]),
  /** Target expressions of `columns` the app writes once migrated: a carried row that differs only there was changed since, not lost. */
  appWrites: z.array(z.string()).default([]),
}).refine((v) => v.appWrites.every((t) => v.columns.some((p) => p[1] === t)), { message: "appWrites names a target expression that is not in columns" });

const mapping = z.object({
  legacy: z.string(),
  group: z.enum(["Profiles & Finance", "Leads & CRM", "Team & Access", "Inventory & Commerce", "Support & Operations", "System / Content / Settings"]),
  phase: z.number().int().min(1).max(7),
  action: z.enum(["merged", "renamed", "kept", "augmented", "split", "derived", "retired"]),
  target: z.string().nullable(),
  compatView: z.boolean().default(false),
  note: z.string().optional(),
  verify: verifySpec.optional(),
  /** What the legacy rows refer to, column -> table (`public.t`, keyed by id, or `public.t(col)`): verify counts the rows that point nowhere. */
  references: z.record(z.string(), z.string().regex(/^[a-z_]+\.[a-z_]+(\([a-z_]+\))?$/, "public.<table> or public.<table>(<key>)")).default({}),
}).passthrough();

/**
 * What replaces one typical use of a legacy object: a root field of Query, Mutation or
 * Subscription, and example variables for the migration guide (checked against the schema).
 */
const replacementUse = z.object({
  graphql: z.string().regex(/^[a-z_]\w*$/, "a root field name"),
  variables: z.record(z.string(), z.unknown()).optional(),
  /** What the example selects, when not the entry's `fields` (another type answers this use). */
  fields: z.array(z.string()).min(1).optional(),
  /** Not in the schema yet (subscriptions, workflow mutations): named, never verified. */
  planned: z.boolean().default(false),
  /** The SDK operation to point at (its name, e.g. "MyLeads") when several call the root field. */
  sdk: z.string().regex(/^[A-Z]\w*$/, "an operation name").optional(),
  note: z.string().optional(),
}).strict();

export const USES = ["list", "byId", "create", "update", "delete", "subscribe"] as const;
export type Use = (typeof USES)[number];

/**
 * sql/map/replacements.json, one entry per legacy name: how frontends replace its uses.
 * Optional, merged onto the mappings by loadMigrationMap (keys starting with "$" are notes).
 */
const replacement = z.object({
  /** A few fields of the target's GraphQL type that the guide's examples select. */
  fields: z.array(z.string()).min(1).optional(),
  uses: z.object({
    list: replacementUse.optional(),
    byId: replacementUse.optional(),
    create: replacementUse.optional(),
    update: replacementUse.optional(),
    delete: replacementUse.optional(),
    subscribe: replacementUse.optional(),
  }).strict().default({}),
  /**
   * Embedded in another table's select (PostgREST `project:projects(name)` inside
   * `.from("leads")`): the parent's legacy name -> the relation field ("Type.field") to select.
   */
  embeddedIn: z.record(z.string(), z.string().regex(/^[A-Z]\w*\.[a-z_]\w*$/, "a Type.field coordinate")).default({}),
  /** GraphQL fields ("Type.field") that still expose a deprecated column. */
  graphqlFields: z.array(z.string().regex(/^[A-Z]\w*\.[a-z_]\w*$/, "a Type.field coordinate")).default([]),
  note: z.string().optional(),
}).strict();

export type Mapping = z.infer<typeof mapping> & { replacement?: Replacement };
export type VerifySpec = z.infer<typeof verifySpec>;
export type Replacement = z.infer<typeof replacement>;
export type ReplacementUse = z.infer<typeof replacementUse>;

export const REPLACEMENTS_FILE = "replacements.json";
export const APP_FILE = "app.json";
/** The phase files: the mappings themselves. */
const PHASE_FILE = /^phase\d+_[\w-]+\.json$/;

/** The SDK's document for a root field, by the convention of graphql-codegen's typed documents. */
export function sdkDocumentName(rootField: string): string {
  return rootField.charAt(0).toUpperCase() + rootField.slice(1) + "Document";
}

/** Kept tables under their own name are no finding; renamed, merged and split ones (and columns) are. */
export function isReplaced(m: Mapping): boolean {
  return !((m.action === "kept" || m.action === "augmented") && m.target === m.legacy);
}

export function loadMigrationMap(dir: string = MAP_DIR): Mapping[] {
  const out: Mapping[] = [];
  for (const f of readdirSync(dir).filter((f) => PHASE_FILE.test(f)).sort()) {
    const raw = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
    const parsed = z.array(mapping).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`sql/map/${f}: entry ${issue.path.join(".")}: ${issue.message}`);
    }
    out.push(...parsed.data);
  }
  const replacements = loadReplacements(dir, out);
  for (const m of out) {
    const r = replacements.get(m.legacy);
    if (r) m.replacement = r;
  }
  return out;
}

/** replacements.json, validated: every key names a legacy object of the map. */
export function loadReplacements(dir: string, map: Mapping[]): Map<string, Replacement> {
  const out = new Map<string, Replacement>();
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, REPLACEMENTS_FILE), "utf8"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return out;
    throw new Error(`sql/map/${REPLACEMENTS_FILE}: ${(err as Error).message}`);
  }
  const known = new Set(map.map((m) => m.legacy));
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("$")) continue;
    const where = `sql/map/${REPLACEMENTS_FILE}: "${key}"`;
    if (!known.has(key)) throw new Error(`${where} names no legacy object of the map`);
    const parsed = replacement.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${where}: ${issue.path.join(".")}: ${issue.message}`);
    }
    out.set(key, parsed.data);
  }
  return out;
}

// --- sql/map/app.json: what SaleMate's own app calls ---------------------------------------------

/** How an app call is answered when no root field replaces it, with the words the linter and guide use. */
export const STATUSES = { kept: "kept as is", missing: "no replacement yet", unneeded: "no replacement needed" } as const;
export type Status = keyof typeof STATUSES;

/** A file of SaleMate's repository, as it names it (`defined` may name one it has deleted since). */
const repoPath = z.string().regex(/^[\w.@()[\]+-]+(\/[\w.@()[\]+-]+)*$/, "a path in SaleMate's repository");

/**
 * What answers one app call: a root field (with the guide's example variables and fields, as
 * in replacements.json), or exactly one of kept / missing / unneeded saying why there is none.
 */
const answer = {
  graphql: replacementUse.shape.graphql.optional(),
  variables: replacementUse.shape.variables,
  fields: replacementUse.shape.fields,
  planned: z.boolean().optional(),
  kept: z.string().min(1).optional(),
  missing: z.string().min(1).optional(),
  unneeded: z.string().min(1).optional(),
  note: z.string().optional(),
};
type AnswerFields = { graphql?: string; variables?: Record<string, unknown>; fields?: string[]; planned?: boolean; note?: string } & { [S in Status]?: string };

function answerProblems(a: AnswerFields): string[] {
  const given = (["graphql", ...Object.keys(STATUSES)] as const).filter((k) => a[k as keyof AnswerFields] !== undefined);
  const problems: string[] = [];
  if (given.length > 1) problems.push(`one answer only, not ${given.join(" and ")}`);
  if (!given.length) problems.push(`needs an answer: graphql, ${Object.keys(STATUSES).join(", ")}`);
  if (!a.graphql && (a.variables || a.fields || a.planned)) problems.push("variables, fields and planned go with graphql");
  return problems;
}
const refineAnswer = (a: AnswerFields, ctx: z.RefinementCtx) => {
  for (const message of answerProblems(a)) ctx.addIssue({ code: "custom", message });
};

const appRpc = z.object({
  /** The files that call it. */
  seen: z.array(repoPath).default([]),
  /** Where SaleMate's SQL creates it. */
  defined: repoPath.optional(),
  /** The object of the phase files it works on (its section of the guide). */
  legacy: z.string().optional(),
  ...answer,
}).strict().superRefine((r, ctx) => {
  refineAnswer(r, ctx);
  if (!r.seen.length && !r.defined) ctx.addIssue({ code: "custom", message: "seen or defined: where SaleMate's code or schema has it" });
});

const appTable = z.object({
  seen: z.array(repoPath).min(1),
  defined: repoPath.optional(),
  /** For a table the phase files do not list: its group, and the project's table that answers it. */
  group: mapping.shape.group.optional(),
  target: z.string().optional(),
  ...answer,
}).strict();

const appChannel = z.object({
  seen: z.array(repoPath).min(1),
  /** The tables its postgres_changes filters watch. */
  tables: z.array(z.string()).min(1),
  ...answer,
}).strict().superRefine(refineAnswer);

const appUsage = z.object({
  source: z.object({ repository: z.string(), commit: z.string().regex(/^[0-9a-f]{40}$/), date: z.string(), read: z.array(z.string()).min(1) }).strict(),
  rpc: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/, "an RPC name"), appRpc),
  tables: z.record(z.string(), appTable),
  channels: z.record(z.string().min(1), appChannel),
}).strict();

export type AppUsage = z.infer<typeof appUsage>;
export type AppRpc = z.infer<typeof appRpc>;
export type AppTable = z.infer<typeof appTable>;
export type AppChannel = z.infer<typeof appChannel>;
export type AppCall = AppRpc | AppTable | AppChannel;

/** The root field that replaces an app call, as a replacement use; undefined when none does. */
export function appReplacementUse(call: AppCall): ReplacementUse | undefined {
  if (!call.graphql) return undefined;
  return { graphql: call.graphql, variables: call.variables, fields: call.fields, planned: call.planned ?? false, note: call.note };
}

/** Why no root field answers an app call (kept, missing, unneeded), if so. */
export function appStatus(call: AppCall): { status: Status; reason: string } | undefined {
  for (const status of Object.keys(STATUSES) as Status[]) if (call[status]) return { status, reason: call[status] };
  return undefined;
}

/**
 * sql/map/app.json, validated against the map: an RPC's legacy object is one of the map; a
 * table the phase files list says only where it was seen; any other table has its group and
 * its answer; a channel watches tables the map or the app list; no name is two things.
 */
export function loadAppUsage(dir: string = MAP_DIR, map: Mapping[] = loadMigrationMap(dir)): AppUsage {
  const where = `sql/map/${APP_FILE}`;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, APP_FILE), "utf8"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { source: { repository: "", commit: "0".repeat(40), date: "", read: [] }, rpc: {}, tables: {}, channels: {} };
    throw new Error(`${where}: ${(err as Error).message}`);
  }
  const parsed = appUsage.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith("$"))));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${where}: ${issue.path.map(String).join(".")}: ${issue.message}`);
  }
  const app = parsed.data;
  const known = new Set(map.map((m) => m.legacy));
  for (const [name, r] of Object.entries(app.rpc)) {
    if (r.legacy !== undefined && !known.has(r.legacy)) throw new Error(`${where}: rpc ${name}: "${r.legacy}" names no legacy object of the map`);
  }
  for (const [name, t] of Object.entries(app.tables)) {
    const extra = (["group", "target", "graphql", ...Object.keys(STATUSES)] as const).filter((k) => t[k as keyof AppTable] !== undefined);
    if (known.has(name) && extra.length) throw new Error(`${where}: tables.${name} is a legacy object of the map, which says what happened to it (remove ${extra.join(", ")})`);
    if (known.has(name)) continue;
    const problems = [...(t.group ? [] : ["a table the map does not list needs its group"]), ...answerProblems(t)];
    if (problems.length) throw new Error(`${where}: tables.${name}: ${problems[0]}`);
  }
  for (const [name, c] of Object.entries(app.channels)) {
    for (const t of c.tables) if (!known.has(t) && !app.tables[t]) throw new Error(`${where}: channels.${name}: it watches "${t}", which neither the map nor tables lists`);
  }
  const kinds = new Map<string, string>();
  for (const [kind, names] of [["legacy object", [...known]], ["table", Object.keys(app.tables).filter((t) => !known.has(t))], ["rpc", Object.keys(app.rpc)], ["channel", Object.keys(app.channels)]] as const) {
    for (const n of names) {
      if (kinds.has(n)) throw new Error(`${where}: "${n}" is both a ${kinds.get(n)} and a ${kind}`);
      kinds.set(n, kind);
    }
  }
  return app;
}

/** Every legacy table and view name the map knows (columns like "profiles.manager_id" excluded). */
export function legacyObjects(map: Mapping[] = loadMigrationMap()): string[] {
  return [...new Set(map.map((m) => m.legacy).filter((n) => !n.includes(".")))].sort();
}
