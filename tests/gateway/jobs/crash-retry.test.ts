import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import pg from "pg";
import { ROOT } from "../../../server/paths.ts";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { runSalemateOn } from "../../helpers/cli.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestWorker, waitFor, type TestWorker } from "../../helpers/jobs.ts";

/**
 * A worker process killed (SIGKILL) in the middle of a job: the job stays in the queue, is retried
 * once released (`salemate jobs --unlock <worker id>`, or graphile-worker's 4-hour lock timeout),
 * and its effect happens exactly once, whether or not the killed run's transaction got through.
 */

const agent = DEMO_USERS.find((d) => d.email === "agent@salemate.test")!;

describe("a job killed mid-run", () => {
  let db: TestDatabase;
  let child: ChildProcess | undefined;
  let worker: TestWorker | undefined;
  let dataDir = "";

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    db.pool.on("error", () => {});
    dataDir = mkdtempSync(path.join(tmpdir(), "salemate-worker-"));
  });
  afterAll(async () => {
    child?.kill("SIGKILL");
    await worker?.stop();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("a reminder job whose worker process dies mid-transaction is retried and delivers one notification", async () => {
    // `salemate worker` as its own process, as a separate deployment runs it.
    child = spawn(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), "worker", "--no-cron"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, SALEMATE_DATA_DIR: dataDir, LOG_LEVEL: "silent", JOBS_POLL_INTERVAL_MS: "200", DEBUG: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    await waitFor("the worker process to start", () => output.includes("job worker running") || undefined, 60_000).catch((err) => {
      throw new Error(`${(err as Error).message}\n${output}`);
    });

    // Hold the reminders' key table so the job blocks halfway through its transaction.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query("begin");
    await holder.query("lock table salemate.lead_task_reminders in exclusive mode");

    const lead = (await db.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent.id])).rows[0].id;
    const task = (await db.query(
      "insert into lead_tasks (lead_id, assignee_id, task_type, due_at, notes) values ($1, $2, 'call', now() - interval '5 seconds', 'killed-mid-run') returning task_id",
      [lead, agent.id],
    )).rows[0].task_id;

    const blocked = await waitFor("the job to block inside its transaction", async () => {
      const { rows } = await db.query(
        "select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%deliver_due_reminders%'",
      );
      return rows[0]?.pid as number | undefined;
    });
    const held = (await db.query("select id, locked_by, attempts from graphile_worker.jobs where key = $1", [`task_reminder:${task}`])).rows[0];
    assert.ok(held?.locked_by, "the job is taken by the worker process");
    assert.equal(held.attempts, 1);

    child.kill("SIGKILL");
    await new Promise<void>((resolve) => (child!.exitCode !== null || child!.signalCode !== null ? resolve() : child!.once("exit", () => resolve())));
    await holder.query("commit");
    await holder.end();
    // The dead worker's backend finishes or aborts its statement, then goes away.
    await waitFor("the killed worker's connection to end", async () => (await db.query("select 1 from pg_stat_activity where pid = $1", [blocked])).rowCount === 0 || undefined);
    const afterKill = (await db.query("select count(*)::int as n from activity_notifications where body = 'killed-mid-run'")).rows[0].n;
    assert.ok(afterKill <= 1, "the killed run delivered at most once");

    // The job is still there, held by the dead worker: `salemate jobs` shows it; --unlock releases it.
    const listed = await runSalemateOn(db.url, ["jobs", "--json"]);
    assert.equal(listed.code, 0, listed.stderr);
    const report = JSON.parse(listed.stdout);
    const row = report.jobs.find((j: { id: string }) => j.id === String(held.id));
    assert.equal(row?.state, "running", listed.stdout);
    assert.equal(row.lockedBy, held.locked_by);
    const unlocked = await runSalemateOn(db.url, ["jobs", "--unlock", held.locked_by, "--json"]);
    assert.equal(unlocked.code, 0, unlocked.stderr);
    assert.match(unlocked.stderr, /released 1 job\(s\)/);

    // A new worker retries it: attempt 2, and one notification in all.
    worker = await startTestWorker(db);
    const retried: number[] = [];
    worker.runner.events.on("job:success", ({ job }) => {
      if (job.id === String(held.id)) retried.push(job.attempts);
    });
    await waitFor("the retried job to finish", async () => (await db.query("select 1 from graphile_worker.jobs where id = $1", [held.id])).rowCount === 0 || undefined);
    assert.deepEqual(retried, [2], "retried once, successfully");
    const { rows } = await db.query("select profile_id from activity_notifications where body = 'killed-mid-run'");
    assert.deepEqual(rows.map((r) => r.profile_id), [agent.id], "exactly one notification, to the assignee");
    const keys = await db.query("select count(*)::int as n from salemate.lead_task_reminders where task_id = $1", [task]);
    assert.equal(keys.rows[0].n, 1);
  });
});
