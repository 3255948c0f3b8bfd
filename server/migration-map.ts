import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { MAP_DIR } from "./paths.js";

/**
 * The legacy-to-target map (sql/map/*.json): the one list of SaleMate's legacy objects and
 * where each went. verify, the legacy linter and the migration guide all read it here.
 * sql/map/replacements.json adds, per legacy name, what frontends call instead.
 */

const verifySpec = z.object({
  source: z.string(),
  sourceKey: z.string(),
  target: z.string(),
  targetWhere: z.string().optional(),
  targetKey: z.string(),
  columns: z.array(z.tuple([z.string(), z.string()])).default([]),
});

const mapping = z.object({
  legacy: z.string(),
  group: z.enum(["Profiles & Finance", "Leads & CRM", "Team & Access", "Inventory & Commerce", "Support & Operations", "System / Content / Settings"]),
  phase: z.number().int().min(1).max(7),
  action: z.enum(["merged", "renamed", "kept", "augmented", "split", "derived", "retired"]),
  target: z.string().nullable(),
  compatView: z.boolean().default(false),
  note: z.string().optional(),
  verify: verifySpec.optional(),
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
  /** Legacy RPC functions (supabase.rpc) this object's replacement takes over, each with its root field. */
  rpc: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), replacementUse).default({}),
  /** Legacy realtime channel names (supabase.channel) that watched this object. */
  channels: z.array(z.string().min(1)).default([]),
  /** GraphQL fields ("Type.field") that still expose a deprecated column. */
  graphqlFields: z.array(z.string().regex(/^[A-Z]\w*\.[a-z_]\w*$/, "a Type.field coordinate")).default([]),
  note: z.string().optional(),
}).strict();

export type Mapping = z.infer<typeof mapping> & { replacement?: Replacement };
export type VerifySpec = z.infer<typeof verifySpec>;
export type Replacement = z.infer<typeof replacement>;
export type ReplacementUse = z.infer<typeof replacementUse>;

export const REPLACEMENTS_FILE = "replacements.json";

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
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== REPLACEMENTS_FILE).sort()) {
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

/** replacements.json, validated: every key names a legacy object of the map, every RPC and channel once. */
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
  const seen = new Map<string, string>();
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("$")) continue;
    const where = `sql/map/${REPLACEMENTS_FILE}: "${key}"`;
    if (!known.has(key)) throw new Error(`${where} names no legacy object of the map`);
    const parsed = replacement.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${where}: ${issue.path.join(".")}: ${issue.message}`);
    }
    for (const name of [...Object.keys(parsed.data.rpc).map((n) => `rpc ${n}`), ...parsed.data.channels.map((n) => `channel ${n}`)]) {
      if (seen.has(name)) throw new Error(`${where}: ${name} is already listed under "${seen.get(name)}"`);
      if (known.has(name.replace(/^\w+ /, ""))) throw new Error(`${where}: ${name} is also a legacy table name`);
      seen.set(name, key);
    }
    out.set(key, parsed.data);
  }
  return out;
}

/** Every legacy table and view name the map knows (columns like "profiles.manager_id" excluded). */
export function legacyObjects(map: Mapping[] = loadMigrationMap()): string[] {
  return [...new Set(map.map((m) => m.legacy).filter((n) => !n.includes(".")))].sort();
}
