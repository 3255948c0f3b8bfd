/**
 * Benchmark: time to run every migration over scale-N legacy data (default 100, about a
 * million legacy rows), side by side with a baseline on an identical copy of the database:
 * a plain `INSERT ... SELECT` of the same legacy rows into tables of the same shape (same
 * columns and indexes, `create table ... (like ... including all)`).
 *
 *   npx tsx tests/bench/migrate.ts [scale]
 */
import pg from "pg";
import { applyLegacyBaseline, applySupabaseLayer } from "../../server/db/bootstrap.ts";
import { migrate } from "../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../server/paths.ts";
import { seedLegacy } from "../../server/seed/legacy.ts";
import { startTestCluster } from "../helpers/cluster.ts";

const scale = Number(process.argv[2] ?? 100);
const cluster = await startTestCluster();
const admin = new pg.Client({ connectionString: cluster.adminUrl });
await admin.connect();
const urlOf = (db: string) => {
  const u = new URL(cluster.adminUrl);
  u.pathname = `/${db}`;
  return u.toString();
};
const tpl = `salemate_bench_mig_tpl_${process.pid}`;
const a = `salemate_bench_mig_a_${process.pid}`;
const b = `salemate_bench_mig_b_${process.pid}`;

async function connect(db: string) {
  const c = new pg.Client({ connectionString: urlOf(db) });
  await c.connect();
  return c;
}

try {
  await admin.query(`create database ${tpl}`);
  const t = await connect(tpl);
  await applySupabaseLayer(t);
  await applyLegacyBaseline(t);
  await t.query("begin");
  const seeded = await seedLegacy(t, { scale });
  await t.query("commit");
  await t.query("checkpoint");
  await t.end();
  await admin.query(`create database ${a} template ${tpl}`);
  await admin.query(`create database ${b} template ${tpl}`);

  // The legacy rows the migration carries: every base table in public with rows.
  const ca = await connect(a);
  const tables = (
    await ca.query<{ t: string; n: string }>(
      "select c.relname as t, c.reltuples::bigint as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'",
    )
  ).rows.map((r) => r.t);

  // Baseline, on database b.
  const cb = await connect(b);
  await cb.query("create schema bench_copy");
  const b0 = performance.now();
  await cb.query("begin");
  let copied = 0;
  for (const tbl of tables) {
    await cb.query(`create table bench_copy."${tbl}" (like public."${tbl}" including all)`);
    copied += (await cb.query(`insert into bench_copy."${tbl}" select * from public."${tbl}"`)).rowCount ?? 0;
  }
  await cb.query("commit");
  const baseline = (performance.now() - b0) / 1000;
  await cb.end();

  // The migration, on database a, file by file.
  const perFile: Array<[string, number]> = [];
  let last = performance.now();
  const m0 = last;
  await migrate(ca, {
    dir: MIGRATIONS_DIR,
    log: (line) => {
      const now = performance.now();
      if (perFile.length) perFile[perFile.length - 1]![1] = (now - last) / 1000;
      if (line.startsWith("applying ")) perFile.push([line.slice(9), 0]);
      last = now;
    },
  });
  const total = (performance.now() - m0) / 1000;
  if (perFile.length) perFile[perFile.length - 1]![1] = (performance.now() - last) / 1000;
  await ca.end();

  console.log(`cluster: ${cluster.description}`);
  console.log(`legacy data: scale ${scale}, ${seeded.totalRows.toLocaleString("en")} rows`);
  console.log(`baseline: plain INSERT ... SELECT of ${copied.toLocaleString("en")} legacy rows into same-shape tables: ${baseline.toFixed(2)} s`);
  console.log(`migration: all ${perFile.length} files: ${total.toFixed(2)} s`);
  console.log(`ratio migration/baseline: ${(total / baseline).toFixed(2)}x`);
  console.log("where the time goes:");
  for (const [f, s] of [...perFile].sort((x, y) => y[1] - x[1])) console.log(`  ${s.toFixed(2).padStart(7)} s  ${f}`);
} finally {
  for (const db of [a, b, tpl]) await admin.query(`drop database if exists ${db} with (force)`).catch(() => {});
  await admin.end();
  await cluster.stop();
}
