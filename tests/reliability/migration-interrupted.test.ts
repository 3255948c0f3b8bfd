import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { readMigrations } from "../../server/db/migrator.ts";
import { MIGRATIONS_DIR, ROOT } from "../../server/paths.ts";
import { runVerification } from "../../server/verify/run.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { checksums, schemaFingerprint } from "../helpers/migration-kit.ts";
import { sleep } from "./serve-process.ts";

/**
 * `salemate migrate` killed (SIGKILL, no chance to clean up) in the middle of a migration
 * file. Each file is one transaction, so the database must be exactly as before that file:
 * no table, function, policy, note or history row of it, the legacy rows untouched. Running
 * migrate again completes the migration and `salemate verify` passes.
 *
 * To stop the file at a known point, a table it reads half-way through is locked from another
 * connection: the migration blocks there, having already created and filled tables earlier in
 * the file, and is killed while it waits. Phase 5 is one file, so killing it leaves the database
 * as before phase 5. Phase 4 is eight files (one per target, each its own transaction, by
 * design): killing it in its third file leaves its first two applied, a state `migrate --to`
 * can also stop at, and the third as if never started.
 */

const migrations = readMigrations(MIGRATIONS_DIR);
const cli = (args: string[], databaseUrl: string) => ({
  command: process.execPath,
  args: [path.join(ROOT, "server/bin/salemate.mjs"), ...args],
  options: { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: "m".repeat(40) } },
});

/** Everything the interrupted file could have changed. */
async function stateOf(c: pg.ClientBase, legacyTables: string[]) {
  const archive = await c.query<{ item: string }>(
    `select format('%s %s %s', c.relname, c.relkind, c.reltuples) as item from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'legacy_archive' order by 1`,
  );
  const bookkeeping = await c.query(
    `select (select array_agg(version order by version) from supabase_migrations.schema_migrations) as history,
            (select count(*)::int from salemate.migration_notes) as notes,
            (select count(*)::int from salemate.migration_rejects) as rejects`,
  );
  return {
    schema: await schemaFingerprint(c),
    archive: archive.rows.map((r) => r.item),
    legacyRows: await checksums(c, legacyTables.map((t) => `legacy_archive.${t}`)),
    ...bookkeeping.rows[0],
  };
}

async function killMidFile(db: TestDatabase, file: string, lockTable: string): Promise<{ blockedIn: string; uncommittedRelations: number; output: string }> {
  const locker = await db.pool.connect();
  try {
    await locker.query("begin");
    await locker.query(`lock table legacy_archive.${lockTable} in access exclusive mode`);
    const lockerPid = (await locker.query("select pg_backend_pid() as pid")).rows[0].pid as number;

    const { command, args, options } = cli(["migrate"], db.url);
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

    // Wait until the migration's connection waits for our lock.
    let blocked: { pid: number; query: string } | undefined;
    for (let i = 0; i < 300 && !blocked; i++) {
      const r = await db.query(
        "select pid, query from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and $1 = any (pg_blocking_pids(pid))",
        [lockerPid],
      );
      blocked = r.rows[0];
      if (!blocked) {
        assert.equal(child.exitCode, null, `migrate ended before reaching the lock:\n${output}`);
        await sleep(100);
      }
    }
    assert.ok(blocked, `migrate never blocked on ${lockTable}:\n${output}`);
    assert.match(output, new RegExp(`applying ${path.basename(file)}\\n?$`), "blocked inside the file we meant to interrupt");
    // Relations the migration holds locks on that we cannot see: what it created so far, uncommitted.
    const uncommittedRelations = (
      await db.query(
        "select count(*)::int as n from pg_locks l where l.pid = $1 and l.locktype = 'relation' and l.granted and not exists (select 1 from pg_class c where c.oid = l.relation)",
        [blocked.pid],
      )
    ).rows[0].n as number;

    child.kill("SIGKILL");
    assert.equal(await exited, null, "killed, not finished");
    await locker.query("rollback");

    // The server notices the client is gone once the statement it waited in finishes, and rolls back.
    for (let i = 0; ; i++) {
      const alive = await db.query("select 1 from pg_stat_activity where pid = $1", [blocked.pid]);
      if (alive.rowCount === 0) break;
      assert.ok(i < 300, "the killed migration's session ended");
      await sleep(100);
    }
    return { blockedIn: blocked.query, uncommittedRelations, output };
  } finally {
    await locker.query("rollback").catch(() => {});
    locker.release();
  }
}

function completeAndVerify(db: TestDatabase) {
  const again = cli(["migrate"], db.url);
  const run = spawnSync(again.command, again.args, { ...again.options, encoding: "utf8" });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const verify = cli(["verify"], db.url);
  const v = spawnSync(verify.command, verify.args, { ...verify.options, encoding: "utf8" });
  assert.equal(v.status, 0, v.stdout + v.stderr);
  assert.match(v.stdout, /verify: OK, nothing lost/);
  return run.stdout;
}

describe("a migration killed mid-file", () => {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  const cases = [
    {
      name: "phase 5 (one file), killed while carrying inventory items: as before phase 5",
      file: migrations.find((m) => m.name.startsWith("phase5_"))!,
      lockTable: '"salemate-inventory"',
      legacyTables: ["projects", '"salemate-inventory"', "partners", "project_partner_commissions"],
    },
    {
      name: "phase 4, killed in its third file (lead_tasks) while carrying case_actions: its first two files stay, the third as if never started",
      file: migrations.find((m) => m.name === "phase4_lead_tasks")!,
      lockTable: "case_actions",
      legacyTables: ["lead_reminders", "case_actions"],
    },
  ];

  for (const k of cases) {
    test(k.name, async () => {
      const index = migrations.indexOf(k.file);
      const previous = migrations[index - 1]!;
      const db = await createTestDatabase({ stage: "migrated", seedScale: 1, migrateTo: previous.version });
      dbs.push(db);
      const c = await db.pool.connect();
      try {
        const before = await stateOf(c, k.legacyTables);
        assert.equal(before.history.at(-1), previous.version);

        // The file runs as one script (pg_stat_activity shows all of it), so "part-way" is told by
        // what it had already done: tables (and indexes) of its own, not yet committed.
        const { uncommittedRelations } = await killMidFile(db, k.file.file, k.lockTable);
        assert.ok(uncommittedRelations > 0, "when killed, the file was part-way: it had already created tables (and their indexes) of its own");

        const afterKill = await stateOf(c, k.legacyTables);
        assert.deepEqual(afterKill.history, before.history, "no history row for the interrupted file");
        assert.deepEqual(afterKill.schema, before.schema, "public and salemate exactly as before the file");
        assert.deepEqual(afterKill.archive, before.archive, "legacy_archive as before");
        assert.deepEqual(afterKill.legacyRows, before.legacyRows, "legacy rows untouched");
        assert.equal(afterKill.notes, before.notes);
        assert.equal(afterKill.rejects, before.rejects);

        const out = completeAndVerify(db);
        assert.match(out, new RegExp(`applying ${path.basename(k.file.file)}`));
        const history = (await c.query("select version from supabase_migrations.schema_migrations order by version")).rows.map((r) => r.version);
        assert.deepEqual(history, Array.from(migrations, (m) => m.version), "every migration applied once");
        const verification = await runVerification(c);
        assert.ok(verification.ok, JSON.stringify(verification.mappings.filter((m) => !m.ok)));
      } finally {
        c.release();
      }
    }, 60_000);
  }
});
