import type pg from "pg";
import { loadAppUsage, loadMigrationMap } from "../migration-map.js";
import { classify, type Difference } from "./classify.js";
import { loadExpectations } from "./expected.js";
import { inspectDatabase, type Inventory } from "./inspect.js";

export type { Difference } from "./classify.js";

export interface PreflightReport {
  database: string;
  serverVersion: string;
  appliedMigrations: number;
  tables: Array<{ name: string; schema: string | null; rows: number | null }>;
  differences: Difference[];
  counts: Record<Difference["class"], number>;
}

/** Reads the database (never changes it) and compares it with what sql/map and sql/ expect. */
export async function preflight(c: pg.ClientBase): Promise<PreflightReport> {
  const expectations = await loadExpectations();
  const legacyTables = [...expectations.tables.keys()];
  const baselineTypes = [...new Set([...expectations.tables.values()].flatMap((t) => t.columns.map((col) => col.type)))];
  const inventory: Inventory = await inspectDatabase(c, legacyTables, baselineTypes);
  const history = await c.query<{ version: string }>(
    "select version from supabase_migrations.schema_migrations where to_regclass('supabase_migrations.schema_migrations') is not null",
  ).catch(() => ({ rows: [] as Array<{ version: string }> }));
  const map = loadMigrationMap();
  const keptInPlace = new Set(map.filter((m) => m.action === "kept" || m.action === "augmented").map((m) => m.legacy));
  const keptRpcs = new Set(Object.entries(loadAppUsage(undefined, map).rpc).filter(([, r]) => r.kept).map(([name]) => name));
  const differences = classify({ expectations, inventory, keptInPlace, keptRpcs, appliedVersions: new Set(history.rows.map((r) => r.version)) });
  const meta = await c.query<{ db: string; version: string }>("select current_database() as db, current_setting('server_version') as version");
  const counts = { handled: 0, decision: 0, blocking: 0 };
  for (const d of differences) counts[d.class]++;
  return {
    database: meta.rows[0]!.db,
    serverVersion: meta.rows[0]!.version,
    appliedMigrations: history.rows.length,
    tables: legacyTables.sort().map((name) => {
      const t = inventory.tables.get(name);
      return { name, schema: t?.schema ?? null, rows: t?.rows ?? null };
    }),
    differences,
    counts,
  };
}

const ORDER: Difference["class"][] = ["blocking", "decision", "handled"];
const HEADINGS: Record<Difference["class"], string> = {
  blocking: "BLOCKING (the migration would fail or do harm; fix before running it)",
  decision: "NEEDS A DECISION (the migration completes; the setting named decides)",
  handled: "HANDLED (the migration copes, as said)",
};

export function renderPreflight(r: PreflightReport): string {
  const lines = [
    `preflight of ${r.database} (PostgreSQL ${r.serverVersion}); ${r.appliedMigrations} migration(s) already applied`,
    `legacy tables: ${r.tables.filter((t) => t.schema).length} present, ${r.tables.filter((t) => !t.schema).length} absent; ` +
      `${r.tables.reduce((n, t) => n + (t.rows ?? 0), 0)} rows`,
    `differences: ${r.counts.blocking} blocking, ${r.counts.decision} needing a decision, ${r.counts.handled} handled`,
  ];
  for (const cls of ORDER) {
    const ds = r.differences.filter((d) => d.class === cls);
    if (!ds.length) continue;
    lines.push("", HEADINGS[cls]);
    for (const d of ds) {
      lines.push(`  ${d.kind} ${d.object}: ${d.found}`);
      if (d.remedy) lines.push(`    remedy: ${d.remedy}`);
      if (d.setting) lines.push(`    decided by: ${d.setting}`);
      if (d.how) lines.push(`    ${cls === "handled" ? "how" : "meanwhile"}: ${d.how}`);
    }
  }
  return lines.join("\n");
}
