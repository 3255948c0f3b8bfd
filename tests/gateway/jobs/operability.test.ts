import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { pino } from "pino";
import { runSalemateOn } from "../../helpers/cli.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, type TestGateway } from "../../helpers/gateway.ts";
import { waitFor } from "../../helpers/jobs.ts";

/**
 * The worker inside the gateway process (as `npm start` runs it): a failed job is logged once with
 * its id, /metrics has the job counts, outcomes and latencies, and `salemate jobs` lists the queue.
 */
describe("jobs: logs, /metrics and salemate jobs", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let dataDir = "";
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
    db.pool.on("error", () => {});
    dataDir = mkdtempSync(path.join(tmpdir(), "salemate-jobs-"));
    const log = pino({ level: "info" }, { write: (s: string) => void lines.push(JSON.parse(s)) });
    gw = await startTestGateway(db, { SALEMATE_DATA_DIR: dataDir, JOBS_POLL_INTERVAL_MS: "200" }, log, { jobs: true });
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("the gateway runs the worker; a job that fails for good is logged once, with its id; a due job no worker runs is counted and listed as queued; /metrics counts jobs by state, outcome and latency", async () => {
    assert.ok(await gw.jobs?.ready, "JOBS is on by default");
    const failing = (await db.query("select (graphile_worker.add_job('send_phone_otp', '{}'::json, max_attempts => 1)).id::text as id")).rows[0].id as string;
    const ok = (await db.query("select (graphile_worker.add_job('deliver_due_reminders', '{}'::json)).id::text as id")).rows[0].id as string;
    const later = (await db.query("select (graphile_worker.add_job('deliver_due_reminders', '{}'::json, run_at => now() + interval '1 hour')).id::text as id")).rows[0].id as string;
    // Due, but no worker runs its task: it waits in the queue.
    const stuck = (await db.query("select (graphile_worker.add_job('no_such_task', '{}'::json)).id::text as id")).rows[0].id as string;
    await waitFor("the failing job's attempt", async () => (await db.query("select 1 from graphile_worker.jobs where id = $1 and attempts = 1 and locked_at is null", [failing])).rowCount === 1 || undefined);
    await waitFor("the other job", async () => (await db.query("select 1 from graphile_worker.jobs where id = $1", [ok])).rowCount === 0 || undefined);

    const aboutIt = lines.filter((l) => l.jobId === failing || String(l.msg).includes(`task ${failing} `));
    assert.equal(aboutIt.length, 1, JSON.stringify(aboutIt));
    assert.equal(aboutIt[0]!.level, 50);
    assert.equal(aboutIt[0]!.task, "send_phone_otp");
    assert.match(String(aboutIt[0]!.err), /send_phone_otp needs \{otp_id\}/);

    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    assert.match(metrics, /^salemate_jobs\{state="failed"\} 1$/m);
    assert.match(metrics, /^salemate_jobs\{state="queued"\} 1$/m);
    assert.match(metrics, /^salemate_jobs\{state="scheduled"\} 1$/m);
    assert.match(metrics, /^salemate_jobs_finished_total\{task="send_phone_otp",outcome="failed"\} 1$/m);
    assert.match(metrics, /^salemate_jobs_finished_total\{task="deliver_due_reminders",outcome="success"\} [1-9]/m);
    assert.match(metrics, /^salemate_job_duration_seconds_count\{task="deliver_due_reminders",outcome="success"\} [1-9]/m);
    assert.match(metrics, /^salemate_job_start_delay_seconds_count\{task="send_phone_otp"\} 1$/m);

    const listed = await runSalemateOn(db.url, ["jobs"]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^queued 1 {3}running 0 {3}scheduled 1 {3}retrying 0 {3}failed 1$/m);
    const queuedRow = listed.stdout.split("\n").find((l) => l.startsWith(`${stuck} `));
    assert.match(queuedRow ?? "", /^\d+\s+queued\s+no_such_task\s+\S+\s+0\/25\s*$/, listed.stdout);
    const failedRow = listed.stdout.split("\n").find((l) => l.startsWith(`${failing} `));
    assert.match(failedRow ?? "", /failed\s+send_phone_otp\s+\S+\s+1\/1\s+send_phone_otp needs \{otp_id\}/, listed.stdout);
    assert.ok(listed.stdout.split("\n").some((l) => l.startsWith(`${later} `) && /scheduled\s+deliver_due_reminders/.test(l)), listed.stdout);
    assert.match(listed.stdout, /deliver_due_reminders\s+next \d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z/);
    assert.match(listed.stdout, /match_all_lead_inventory\s+next \d{4}-\d\d-\d\dT02:30:00\.000Z/);
  });
});
