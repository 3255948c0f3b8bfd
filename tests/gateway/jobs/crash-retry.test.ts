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
 * A worker process killed (SIGKILL) in the middle of a job: the job stays in the queue, held by the
 * dead worker until released (`salemate jobs --unlock <worker id>`, or graphile-worker's 4-hour lock
 * timeout), and the reminder it was delivering is delivered exactly once whether the killed run's
 * transaction got through (PostgreSQL finishes a statement whose client is gone) or was rolled
 * back (the lost case: then the every-minute sweep delivers it, with the job still held).
 */

const agent = DEMO_USERS.find((d) => d.email === "agent@salemate.test")!;

describe("a job killed mid-run", () => {
  let db: TestDatabase;
  const children: ChildProcess[] = [];
  let worker: TestWorker | undefined;
  let dataDir = "";
  let lead = "";

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    db.pool.on("error", () => {});
    dataDir = mkdtempSync(path.join(tmpdir(), "salemate-worker-"));
    lead = (await db.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent.id])).rows[0].id;
  });
  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    await worker?.stop();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const notified = async (body: string) => (await db.query("select profile_id from activity_notifications where body = $1", [body])).rows.map((r) => r.profile_id as string);

  /** `salemate worker` as its own process, as a separate deployment runs it. */
  async function startWorkerProcess(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), "worker", "--no-cron"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, SALEMATE_DATA_DIR: dataDir, LOG_LEVEL: "silent", JOBS_POLL_INTERVAL_MS: "200", DEBUG: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    await waitFor("the worker process to start", () => output.includes("job worker running") || undefined, 60_000).catch((err) => {
      throw new Error(`${(err as Error).message}\n${output}`);
    });
    return child;
  }

  /**
   * A task falls due while another session holds the reminders' key table, so the worker process's
   * job blocks halfway through its transaction; then the process is SIGKILLed. Returns the lock
   * holder (still in its transaction), the task, the job and the backend that ran the job.
   */
  async function killMidTransaction(child: ChildProcess, notes: string) {
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query("begin");
    await holder.query("lock table salemate.lead_task_reminders in exclusive mode");
    const task = (await db.query(
      "insert into lead_tasks (lead_id, assignee_id, task_type, due_at, notes) values ($1, $2, 'call', now() - interval '5 seconds', $3) returning task_id",
      [lead, agent.id, notes],
    )).rows[0].task_id as string;
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
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
    return { holder, task, held: held as { id: string; locked_by: string; attempts: number }, blocked };
  }

  const backendGone = (pid: number) =>
    waitFor("the killed worker's connection to end", async () => (await db.query("select 1 from pg_stat_activity where pid = $1", [pid])).rowCount === 0 || undefined);

  /** The job as `salemate jobs --json` lists it. */
  async function listed(id: string) {
    const r = await runSalemateOn(db.url, ["jobs", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout).jobs.find((j: { id: string }) => j.id === String(id)) as { state: string; lockedBy: string } | undefined;
  }

  test("a reminder job whose worker process dies mid-transaction: PostgreSQL finishes the orphaned statement (one notification); released with --unlock, the retry adds none", async () => {
    const child = await startWorkerProcess();
    const { holder, task, held, blocked } = await killMidTransaction(child, "killed-mid-run");
    await holder.query("commit");
    await holder.end();
    // The dead worker's backend does not notice its client is gone (client_connection_check_interval
    // is 0): it finishes the statement, whose Sync it had already received, and commits it.
    await backendGone(blocked);
    assert.deepEqual(await notified("killed-mid-run"), [agent.id], "the orphaned statement delivered the reminder");

    // The job is still there, held by the dead worker: `salemate jobs` shows it; --unlock releases it.
    const row = await listed(held.id);
    assert.equal(row?.state, "running");
    assert.equal(row!.lockedBy, held.locked_by);
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
    assert.deepEqual(await notified("killed-mid-run"), [agent.id], "exactly one notification, to the assignee");
    const keys = await db.query("select count(*)::int as n from salemate.lead_task_reminders where task_id = $1", [task]);
    assert.equal(keys.rows[0].n, 1);
    await worker.stop();
    worker = undefined;
  });

  test("when the killed run's transaction is rolled back the reminder is not lost: nothing after the kill, then the every-minute sweep delivers it once without --unlock, and the released job adds none", async () => {
    const child = await startWorkerProcess();
    const { holder, task, held, blocked } = await killMidTransaction(child, "killed-and-rolled-back");
    // The orphaned backend ends before its statement can commit (as with client_connection_check_interval,
    // or the database restarting): its transaction rolls back.
    await db.query("select pg_terminate_backend($1)", [blocked]);
    await backendGone(blocked);
    await holder.query("commit");
    await holder.end();
    assert.deepEqual(await notified("killed-and-rolled-back"), [], "the killed run delivered nothing");
    const untouched = await db.query(
      "select t.notified_at, (select count(*)::int from salemate.lead_task_reminders x where x.task_id = t.task_id) as keys from lead_tasks t where t.task_id = $1",
      [task],
    );
    assert.deepEqual(untouched.rows, [{ notified_at: null, keys: 0 }]);

    // A worker with the crontab (as `salemate worker` runs it); nobody runs --unlock. The job stays
    // held by the dead worker; the cron item deliver_due_reminders sweeps the task at the next minute.
    worker = await startTestWorker(db, { cron: true });
    const sweeps: string[] = [];
    worker.runner.events.on("job:success", ({ job }) => {
      const cron = (job.payload as { _cron?: { ts: string } } | null)?._cron;
      if (job.task_identifier === "deliver_due_reminders" && cron) sweeps.push(cron.ts);
    });
    await waitFor("the sweep's reminder", async () => ((await notified("killed-and-rolled-back")).length > 0 ? true : undefined), 75_000);
    assert.deepEqual(await notified("killed-and-rolled-back"), [agent.id], "one notification, to the assignee");
    await waitFor("the cron tick's sweep to finish", () => sweeps.length > 0 || undefined);
    const row = await listed(held.id);
    assert.equal(row?.state, "running", "the job itself is still held by the dead worker");
    assert.equal(row!.lockedBy, held.locked_by);

    // Released later, the job runs again and finds the reminder delivered.
    const retried: number[] = [];
    worker.runner.events.on("job:success", ({ job }) => {
      if (job.id === String(held.id)) retried.push(job.attempts);
    });
    const unlocked = await runSalemateOn(db.url, ["jobs", "--unlock", held.locked_by]);
    assert.equal(unlocked.code, 0, unlocked.stderr);
    await waitFor("the released job to finish", async () => (await db.query("select 1 from graphile_worker.jobs where id = $1", [held.id])).rowCount === 0 || undefined);
    assert.deepEqual(retried, [2]);
    assert.deepEqual(await notified("killed-and-rolled-back"), [agent.id], "still exactly one notification");
  });
});
