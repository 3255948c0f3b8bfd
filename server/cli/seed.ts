import type pg from "pg";
import { applyLegacyBaseline, applySupabaseLayer, migrateAll, publicTableCount } from "../db/bootstrap.js";
import { withClient } from "../db/database.js";
import { applyDemoRoles } from "../seed/demo.js";
import { seedLegacy } from "../seed/legacy.js";
import { parse, positiveInt, UsageError } from "./args.js";
import { withDatabase } from "./context.js";

/**
 * `seed --legacy [--scale N]`: on an empty database, lay down SaleMate's legacy schema and
 * realistic, messy legacy data (a rehearsal database: seed --legacy, migrate, verify).
 * `seed` alone does the same and then migrates, so the demo data is migrated data.
 */
export async function seed(argv: string[]): Promise<number> {
  const { values } = parse(argv, { legacy: { type: "boolean" }, scale: { type: "string" }, force: { type: "boolean" } }, "seed");
  const scale = positiveInt(values.scale, "--scale", 1);
  return withDatabase((_config, db) =>
    withClient(db.url, async (c) => {
      const existing = await publicTableCount(c);
      if (existing > 0 && !values.force) {
        throw new UsageError(
          `seed: this database already holds ${existing} tables or views in public/legacy_archive; seeding lays down the legacy schema on an EMPTY database. Use a scratch database, or pass --force if you really mean to.`,
        );
      }
      await seedLegacyDatabase(c, scale, existing === 0);
      if (!values.legacy) {
        await migrateAll(c, { log: (l) => console.log(l) });
        await applyDemoRoles(c);
      }
      return 0;
    }),
  );
}

/** Supabase layer, legacy schema (when absent) and legacy data, in one go. Shared with `start`. */
export async function seedLegacyDatabase(c: pg.ClientBase, scale: number, withSchema: boolean): Promise<void> {
  await applySupabaseLayer(c);
  if (withSchema) await applyLegacyBaseline(c);
  const bar = progressBar();
  await c.query("begin");
  try {
    const r = await seedLegacy(c, { scale, onProgress: bar.update });
    await c.query("commit");
    bar.done();
    console.log(`seeded ${r.totalRows.toLocaleString("en")} legacy rows (scale ${scale}) in ${r.seconds.toFixed(1)} s, ${Math.round(r.totalRows / r.seconds).toLocaleString("en")} rows/s`);
  } catch (err) {
    await c.query("rollback").catch(() => {});
    bar.done();
    throw err;
  }
}

/** A one-line progress bar on a terminal; silent otherwise. */
function progressBar() {
  const tty = process.stderr.isTTY;
  return {
    update(table: string, done: number, total: number) {
      if (!tty) return;
      const width = 30;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${table.padEnd(28).slice(0, 28)} ${done}/${total}`);
    },
    done() {
      if (tty) process.stderr.write("\r" + " ".repeat(80) + "\r");
    },
  };
}
