import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { MAP_DIR } from "./paths.js";

/**
 * The legacy-to-target map (sql/map/*.json): the one list of SaleMate's legacy objects and
 * where each went. verify, the legacy linter and the migration guide all read it here.
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

export type Mapping = z.infer<typeof mapping>;
export type VerifySpec = z.infer<typeof verifySpec>;

export function loadMigrationMap(dir: string = MAP_DIR): Mapping[] {
  const out: Mapping[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const raw = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
    const parsed = z.array(mapping).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`sql/map/${f}: entry ${issue.path.join(".")}: ${issue.message}`);
    }
    out.push(...parsed.data);
  }
  return out;
}

/** Every legacy table and view name the map knows (columns like "profiles.manager_id" excluded). */
export function legacyObjects(map: Mapping[] = loadMigrationMap()): string[] {
  return [...new Set(map.map((m) => m.legacy).filter((n) => !n.includes(".")))].sort();
}
