/**
 * Benchmark: time to run every migration over scale-N legacy data (default 100, about a
 * million legacy rows), side by side with two copy floors, in one run:
 *   * the floor (what the ratio is against): once migrated, the same rows the migrated
 *     database holds, table by table (same row counts), copied with a plain
 *     `INSERT ... SELECT` into tables of the same shape (`create table ... (like ... including
 *     all excluding indexes)`: columns, defaults, checks; then the same indexes and keys built
 *     over the rows; no triggers or foreign keys), in one transaction, with the memory the
 *     migrator gives each file (MIGRATION_MEMORY);
 *   * the legacy copy (for reference): the same on an identical copy of the legacy database,
 *     every legacy table into a table of its own shape.
 * Then `salemate verify` runs on the migrated database and its exit code is printed (it must be 0).
 *
 *   npx tsx tests/bench/migrate.ts [scale]
 *
 * BENCH_MIGRATIONS_DIR=<folder> runs the migration files of another folder (an earlier
 * revision's sql/migrations, for a before/after figure) against the same floors.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { applyLegacyBaseline, applySupabaseLayer } from "../../server/db/bootstrap.ts";
import { MIGRATION_MEMORY, migrate } from "../../server/db/migrator.ts";
import { MIGRATIONS_DIR, ROOT } from "../../server/paths.ts";
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

  // Every base table in public with its rows copied into bench_copy, in one transaction, the
  // fastest plain way: a table of the same columns, defaults and checks, the rows in with one
  // INSERT ... SELECT, then the same indexes (keys included) built over them.
  async function copyFloor(c: pg.Client, names: string[]): Promise<{ seconds: number; rows: number; tables: number }> {
    await c.query("create schema bench_copy");
    const t0 = performance.now();
    await c.query("begin");
    // The memory the migrator gives each file, so that both sort and index alike.
    for (const [k, v] of Object.entries(MIGRATION_MEMORY)) await c.query("select set_config($1, $2, true)", [k, v]);
    let rows = 0;
    for (const tbl of names) {
      await c.query(`create table bench_copy."${tbl}" (like public."${tbl}" including all excluding indexes)`);
      rows += (await c.query(`insert into bench_copy."${tbl}" select * from public."${tbl}"`)).rowCount ?? 0;
      const indexes = await c.query<{ def: string }>(
        "select pg_get_indexdef(i.indexrelid) as def from pg_index i where i.indrelid = format('public.%I', $1::text)::regclass",
        [tbl],
      );
      for (const { def } of indexes.rows) await c.query(def.replace(" ON public.", " ON bench_copy."));
    }
    await c.query("commit");
    const seconds = (performance.now() - t0) / 1000;
    await c.query("drop schema bench_copy cascade");
    return { seconds, rows, tables: names.length };
  }

  // Legacy copy, on database b.
  const cb = await connect(b);
  const legacyCopy = await copyFloor(cb, tables);
  await cb.end();

  // The migration, on database a, file by file.
  const perFile: Array<[string, number]> = [];
  let last = performance.now();
  const m0 = last;
  await migrate(ca, {
    dir: process.env.BENCH_MIGRATIONS_DIR ?? MIGRATIONS_DIR,
    log: (line) => {
      const now = performance.now();
      if (perFile.length) perFile[perFile.length - 1]![1] = (now - last) / 1000;
      if (line.startsWith("applying ")) perFile.push([line.slice(9), 0]);
      last = now;
    },
  });
  const total = (performance.now() - m0) / 1000;
  if (perFile.length) perFile[perFile.length - 1]![1] = (performance.now() - last) / 1000;

  // salemate verify, as a user runs it, on the migrated database.
  const verify = spawnSync(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), "verify"], {
    env: { ...process.env, DATABASE_URL: urlOf(a) },
    encoding: "utf8",
  });

  // The floor: the migrated tables' rows, same counts, into same-shape tables.
  const targets = (
    await ca.query<{ t: string }>(
      "select c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1",
    )
  ).rows.map((r) => r.t);
  const floor = await copyFloor(ca, targets);
  await ca.end();

  console.log(`cluster: ${cluster.description}`);
  console.log(`legacy data: scale ${scale}, ${seeded.totalRows.toLocaleString("en")} rows`);
  console.log(`migration: all ${perFile.length} files: ${total.toFixed(2)} s`);
  console.log(`floor: plain INSERT ... SELECT of the migrated ${floor.rows.toLocaleString("en")} rows (${floor.tables} public tables, same row counts) into same-shape tables, indexes built after: ${floor.seconds.toFixed(2)} s`);
  console.log(`legacy copy: plain INSERT ... SELECT of ${legacyCopy.rows.toLocaleString("en")} legacy rows (${legacyCopy.tables} tables) into same-shape tables, indexes built after: ${legacyCopy.seconds.toFixed(2)} s`);
  console.log(`ratio migration/floor: ${(total / floor.seconds).toFixed(2)}x (migration/legacy copy: ${(total / legacyCopy.seconds).toFixed(2)}x)`);
  const verdict = verify.stdout.split("\n").filter((l) => /^(ok|verify|summary|LOST|FAILED)|\bok\b.*rows|exit/i.test(l)).slice(-3);
  console.log(`salemate verify: exit ${verify.status}${verdict.length ? ` (${verdict.join(" | ").trim()})` : ""}`);
  if (verify.status !== 0) console.log(verify.stdout + verify.stderr);
  console.log("where the time goes:");
  for (const [f, s] of [...perFile].sort((x, y) => y[1] - x[1])) console.log(`  ${s.toFixed(2).padStart(7)} s  ${f}`);
} finally {
  for (const db of [a, b, tpl]) await admin.query(`drop database if exists ${db} with (force)`).catch(() => {});
  await admin.end();
  await cluster.stop();
}
