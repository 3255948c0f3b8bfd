/**
 * Benchmark: rows per second of `seed --legacy --scale N` (default 100, about a million rows),
 * side by side with a baseline that writes the same rows without generating them: a plain
 * `create table ... as table ...` copy of every seeded table in the same database.
 *
 *   npx tsx tests/bench/seed.ts [scale]
 */
import pg from "pg";
import { applyLegacyBaseline, applySupabaseLayer } from "../../server/db/bootstrap.ts";
import { seedLegacy } from "../../server/seed/legacy.ts";
import { startTestCluster } from "../helpers/cluster.ts";

const scale = Number(process.argv[2] ?? 100);
const cluster = await startTestCluster();
const name = `salemate_bench_seed_${process.pid}`;
const admin = new pg.Client({ connectionString: cluster.adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(cluster.adminUrl);
url.pathname = `/${name}`;
const c = new pg.Client({ connectionString: url.toString() });
await c.connect();
try {
  await applySupabaseLayer(c);
  await applyLegacyBaseline(c);
  await c.query("begin");
  const r = await seedLegacy(c, { scale });
  await c.query("commit");

  // Baseline: the same rows, written again without generating them.
  const tables = Object.keys(r.rows).filter((t) => !t.includes(".") && t !== "lead_analytics_mv");
  await c.query("create schema bench_copy");
  const t0 = performance.now();
  await c.query("begin");
  let copied = 0;
  for (const t of tables) {
    const res = await c.query(`create table bench_copy."${t}" as table public."${t}"`);
    copied += res.rowCount ?? 0;
  }
  await c.query("commit");
  const copySeconds = (performance.now() - t0) / 1000;

  const seedRate = r.totalRows / r.seconds;
  const copyRate = copied / copySeconds;
  console.log(`cluster: ${cluster.description}`);
  console.log(`seed --legacy --scale ${scale}: ${r.totalRows.toLocaleString("en")} rows in ${r.seconds.toFixed(2)} s = ${Math.round(seedRate).toLocaleString("en")} rows/s`);
  console.log(`baseline (plain copy of the same ${copied.toLocaleString("en")} rows): ${copySeconds.toFixed(2)} s = ${Math.round(copyRate).toLocaleString("en")} rows/s`);
  console.log(`ratio seed/baseline throughput: ${(seedRate / copyRate).toFixed(2)}`);
} finally {
  await c.end();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await cluster.stop();
}
