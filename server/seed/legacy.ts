// Deterministic data for SaleMate's legacy schema: the "before" picture the consolidation
// migrates from, as messy as the real thing. Rows are generated set-based inside
// PostgreSQL from (seed, table, row number) alone, so the same scale and seed give the
// same bytes, ids included. The shape of the world is in legacy-world.ts, the tables in
// legacy-<domain>.ts.

import type pg from "pg";
import { financeSteps } from "./legacy-finance.ts";
import { inventorySteps } from "./legacy-inventory.ts";
import { leadSteps } from "./legacy-leads.ts";
import { peopleSteps } from "./legacy-people.ts";
import type { SeedStep } from "./legacy-sql.ts";
import { supportSteps } from "./legacy-support.ts";
import { systemSteps } from "./legacy-system.ts";
import { DEMO, PROFILE_IDS_PARAM, demoId, makeWorld, profileIds } from "./legacy-world.ts";

export { DEMO_PASSWORD } from "./legacy-people.ts";

export interface LegacySeedOptions {
  /** 1 ≈ 10 thousand rows, 100 ≈ 1 million; reference tables stay the same size. */
  scale: number;
  seed?: number;
  /**
   * Called after each chunk of each table (at least once per table): `done` of `total`
   * rows of that table so far. `total` is exact once `done` reaches it.
   */
  onProgress?: (table: string, done: number, total: number) => void;
}

export interface LegacySeedResult {
  /** Rows inserted per table ("auth.users", "profiles", …, "lead_analytics_mv" after its refresh). */
  rows: Record<string, number>;
  totalRows: number;
  seconds: number;
}

/** The well-known accounts, always present, with fixed ids. Password: DEMO_PASSWORD. */
export const DEMO_USERS: ReadonlyArray<{ id: string; email: string; name: string; role: string }> = DEMO.map((d) => ({
  id: demoId(d.k),
  email: d.email,
  name: d.name,
  role: d.role,
}));

const CHUNK_ROWS = 100_000;

/**
 * Fills an empty legacy schema. Needs a superuser connection: it bypasses RLS and, for
 * speed, switches off foreign-key triggers (session_replication_role = replica) while it
 * runs, restoring the setting afterwards. It runs in whatever transaction the caller has.
 */
export async function seedLegacy(client: pg.ClientBase, opts: LegacySeedOptions): Promise<LegacySeedResult> {
  const { scale, seed = 42, onProgress } = opts;
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);

  const started = performance.now();
  const world = makeWorld(scale, seed);
  const steps: SeedStep[] = [
    ...peopleSteps(world),
    ...inventorySteps(world),
    ...systemSteps(world),
    ...leadSteps(world),
    ...financeSteps(world),
    ...supportSteps(world),
  ];

  const ids = profileIds(world);
  const run = async (sql: string) => (await client.query(sql, sql.includes(PROFILE_IDS_PARAM) ? [ids] : [])).rowCount ?? 0;
  const rows: Record<string, number> = {};
  // Foreign-key triggers off (the test suite checks every declared key instead), and no JIT:
  // compiling these wide expressions costs more than evaluating them.
  const settings = { session_replication_role: "replica", jit: "off" };
  const saved = (
    await client.query<Record<string, string>>(`select ${Object.keys(settings).map((k) => `current_setting('${k}') as ${k}`).join(", ")}`)
  ).rows[0]!;
  for (const [k, v] of Object.entries(settings)) await client.query("select set_config($1, $2, false)", [k, v]);
  try {
    for (const step of steps) {
      if (step.counts === false) {
        await run(step.sql(1, 0));
        continue;
      }
      // A table filled by two steps (auth.users) reports one running count.
      const before = rows[step.table] ?? 0;
      let done = 0;
      if (step.rows === undefined) {
        done = await run(step.sql(1, 0));
        onProgress?.(step.table, before + done, before + done);
      } else {
        for (let lo = 1; lo <= step.rows; lo += CHUNK_ROWS) {
          const hi = Math.min(step.rows, lo + CHUNK_ROWS - 1);
          done += await run(step.sql(lo, hi));
          onProgress?.(step.table, before + done, before + Math.max(done, step.rows));
        }
      }
      rows[step.table] = before + done;
    }
    // Explicit ids went into the two bigserial tables: move their sequences past them.
    for (const table of ["otp_attempts", "salemate-inventory"]) {
      await client.query(`select setval(pg_get_serial_sequence($1, 'id'), (select max(id) from ${JSON.stringify(table)}))`, [`public."${table}"`]);
    }
    await client.query("refresh materialized view lead_analytics_mv");
    const { n } = (await client.query<{ n: number }>("select count(*)::int as n from lead_analytics_mv")).rows[0]!;
    rows.lead_analytics_mv = n;
    onProgress?.("lead_analytics_mv", n, n);
  } finally {
    // In an aborted transaction this fails, and the rollback restores the setting anyway.
    for (const [k, v] of Object.entries(saved)) await client.query("select set_config($1, $2, false)", [k, v]).catch(() => {});
  }

  const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
  return { rows, totalRows, seconds: (performance.now() - started) / 1000 };
}
