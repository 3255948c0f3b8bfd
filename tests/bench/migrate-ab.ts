/**
 * Benchmark: one migration file as it is now against the same file from another folder (an
 * earlier revision's sql/migrations), on the same database, alternately: the database is
 * migrated up to just before the file, then each version runs in a transaction that is rolled
 * back, `rounds` times each (A, B, A, B, ...). On a shared machine the load moves between whole
 * runs; alternating on one database keeps the two figures comparable.
 *
 *   git archive <commit> sql/migrations | tar -x -C /tmp/before
 *   npx tsx tests/bench/migrate-ab.ts /tmp/before/sql/migrations 100 2 20251201000210_phase2_wallets.sql [more files]
 *
 * Arguments: the other folder, the legacy scale, rounds, then file names (in order).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyLegacyBaseline, applySupabaseLayer } from "../../server/db/bootstrap.ts";
import { migrate, readMigrations } from "../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../server/paths.ts";
import { seedLegacy } from "../../server/seed/legacy.ts";
import { startTestCluster } from "../helpers/cluster.ts";

const [otherDir, scaleArg, roundsArg, ...files] = process.argv.slice(2);
if (!otherDir || files.length === 0) {
  console.error("usage: npx tsx tests/bench/migrate-ab.ts <other migrations folder> <scale> <rounds> <file.sql>...");
  process.exit(2);
}
const scale = Number(scaleArg ?? 100);
const rounds = Number(roundsArg ?? 2);
const cluster = await startTestCluster();
const admin = new pg.Client({ connectionString: cluster.adminUrl });
await admin.connect();
const db = `salemate_bench_mig_ab_${process.pid}`;
const u = new URL(cluster.adminUrl);
u.pathname = `/${db}`;
try {
  await admin.query(`create database ${db}`);
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await applySupabaseLayer(c);
  await applyLegacyBaseline(c);
  await c.query("begin");
  await seedLegacy(c, { scale });
  await c.query("commit");
  const all = readMigrations(MIGRATIONS_DIR);
  console.log(`cluster: ${cluster.description}; legacy data: scale ${scale}`);
  for (const file of files) {
    const idx = all.findIndex((m) => `${m.version}_${m.name}.sql` === file);
    if (idx < 0) throw new Error(`${file}: not in ${MIGRATIONS_DIR}`);
    if (idx > 0) await migrate(c, { dir: MIGRATIONS_DIR, to: all[idx - 1]!.version });
    await c.query("analyze");
    const variants: Array<[string, string]> = [
      ["before", readFileSync(path.join(otherDir, file), "utf8")],
      ["now", readFileSync(path.join(MIGRATIONS_DIR, file), "utf8")],
    ];
    const took: Record<string, number[]> = { before: [], now: [] };
    for (let r = 0; r < rounds; r++) {
      for (const [k, sql] of variants) {
        await c.query("begin");
        const t0 = performance.now();
        await c.query(sql);
        took[k]!.push((performance.now() - t0) / 1000);
        await c.query("rollback");
      }
    }
    const f = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
    const best = (xs: number[]) => Math.min(...xs);
    console.log(`${file}: before ${f(took.before!)} s; now ${f(took.now!)} s; best before/now ${(best(took.before!) / best(took.now!)).toFixed(2)}x`);
  }
  await c.end();
} finally {
  await admin.query(`drop database if exists ${db} with (force)`).catch(() => {});
  await admin.end();
  await cluster.stop();
}
