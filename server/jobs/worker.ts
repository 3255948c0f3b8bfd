import { EventEmitter } from "node:events";
import { Logger as WorkerLogger, run, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import type { Logger } from "pino";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { readCrontab } from "./cron-items.js";
import type { JobTask } from "./edge-functions.js";
import type { OtpSender } from "./otp-sender.js";
import { jobCounts } from "./report.js";
import { matchAllLeadInventory, matchLeadInventory } from "./tasks/inventory-match.js";
import { deliverDueReminders, deliverTaskReminder } from "./tasks/reminders.js";
import { sendPhoneOtp } from "./tasks/send-phone-otp.js";

export interface JobWorkerOptions {
  /** An owner connection (the worker installs and upgrades its schema, graphile_worker, at start). */
  connectionString: string;
  log: Logger;
  sender: OtpSender;
  /** Jobs run at once by this process. */
  concurrency: number;
  /** How often the worker looks for jobs that became due (new jobs wake it at once through LISTEN). */
  pollIntervalMs: number;
  /** Schedule the crontab's recurring jobs from this process (default true). */
  cron?: boolean;
}

export interface JobWorker {
  runner: Runner;
  /** The worker's own pool (owner connection). */
  pool: pg.Pool;
  /** Adds the job gauges, counters and latency histograms to a Prometheus registry (/metrics). */
  registerMetrics(registry: Registry): void;
  /** Finishes the jobs in hand, then stops. */
  stop(): Promise<void>;
}

export function taskList(sender: OtpSender): TaskList & Record<JobTask, unknown> {
  return {
    send_phone_otp: sendPhoneOtp(sender),
    deliver_task_reminder: deliverTaskReminder,
    deliver_due_reminders: deliverDueReminders,
    match_lead_inventory: matchLeadInventory,
    match_all_lead_inventory: matchAllLeadInventory,
  };
}

/**
 * graphile-worker in this process: the tasks of server/jobs/tasks, the crontab of server/jobs/crontab.
 * Failed jobs are retried with graphile-worker's exponential back-off (exp(attempt) seconds, up to
 * the job's max_attempts, 25 unless the enqueuer says otherwise); every failed attempt is logged
 * once, with its job id (graphile-worker's own failure line is not repeated).
 */
export async function startJobWorker(opts: JobWorkerOptions): Promise<JobWorker> {
  const { log } = opts;
  // Once stopping, connection losses are expected (Ctrl-C reaches the embedded PostgreSQL too): debug, not errors.
  let stopping = false;
  const warn = (fields: object, message: string) => (stopping ? log.debug(fields, message) : log.warn(fields, message));
  const pool = new pg.Pool({ connectionString: opts.connectionString, max: opts.concurrency + 2 });
  pool.on("error", (err) => warn({ err: err.message }, "idle job worker connection failed"));
  pool.on("connect", (client) => client.on("error", (err) => warn({ err: err.message }, "job worker connection failed")));
  const events: WorkerEvents = new EventEmitter() as WorkerEvents;
  let metrics: { finished: Counter; duration: Histogram; delay: Histogram } | undefined;
  const started = new Map<string, bigint>();

  events.on("job:start", ({ job }) => {
    started.set(job.id, process.hrtime.bigint());
    metrics?.delay.observe({ task: job.task_identifier }, Math.max(0, (Date.now() - new Date(job.run_at).getTime()) / 1000));
  });
  const finish = (job: { id: string; task_identifier: string }, outcome: "success" | "error" | "failed") => {
    const t0 = started.get(job.id);
    started.delete(job.id);
    metrics?.finished.inc({ task: job.task_identifier, outcome });
    if (t0 !== undefined) metrics?.duration.observe({ task: job.task_identifier, outcome }, Number(process.hrtime.bigint() - t0) / 1e9);
  };
  events.on("job:success", ({ job }) => finish(job, "success"));
  events.on("job:error", ({ job, error }) => {
    const lastAttempt = job.attempts >= job.max_attempts;
    finish(job, lastAttempt ? "failed" : "error");
    const fields = { jobId: job.id, task: job.task_identifier, attempt: job.attempts, maxAttempts: job.max_attempts, err: error instanceof Error ? error.message : String(error) };
    if (lastAttempt) log.error(fields, "job failed for good (kept in the queue; salemate jobs lists it)");
    else log.warn(fields, "job failed; it will be retried");
  });

  const logger = new WorkerLogger((scope) => (level, message, meta) => {
    if (meta && (meta as { failure?: boolean }).failure) return; // logged above, once
    const fields = { component: "graphile-worker", ...(scope.workerId ? { workerId: scope.workerId } : {}) };
    if (stopping) log.debug(fields, message);
    // The database going away (shut down, restarted: SQLSTATE 57P01 and the failures that follow it
    // on the same connection) is not the worker failing: it reconnects. Ctrl-C in a terminal reaches
    // the embedded PostgreSQL at the same moment as the gateway, so on `npm start` this often comes
    // before the gateway has begun stopping the worker.
    else if (DATABASE_GONE.test(message)) {
      log.warn(fields, "job worker: the database closed its connection (shutting down or restarting); the worker reconnects");
      log.debug(fields, message);
    }
    else if (level === "error") log.error(fields, message);
    else if (level === "warning") log.warn(fields, message);
    else log.debug(fields, message);
  });

  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      taskList: taskList(opts.sender),
      parsedCronItems: opts.cron === false ? [] : readCrontab(),
      concurrency: opts.concurrency,
      pollInterval: opts.pollIntervalMs,
      logger,
      events,
      noHandleSignals: true,
    });
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  log.info({ concurrency: opts.concurrency, cron: opts.cron !== false, sender: opts.sender.kind }, "job worker started");

  return {
    runner,
    pool,
    registerMetrics(registry) {
      metrics = {
        finished: new Counter({ name: "salemate_jobs_finished_total", help: "Job attempts finished, by task and outcome (success, error: retried, failed: for good)", labelNames: ["task", "outcome"], registers: [registry] }),
        duration: new Histogram({ name: "salemate_job_duration_seconds", help: "Job run time, by task and outcome", labelNames: ["task", "outcome"], buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120], registers: [registry] }),
        delay: new Histogram({ name: "salemate_job_start_delay_seconds", help: "Time from a job's run_at to its start, by task", labelNames: ["task"], buckets: [0.05, 0.1, 0.5, 1, 2, 5, 15, 60, 300], registers: [registry] }),
      };
      new Gauge({
        name: "salemate_jobs",
        help: "Jobs in the queue by state: queued (due), running, scheduled (later), retrying (failed, will run again), failed (for good)",
        labelNames: ["state"],
        registers: [registry],
        async collect() {
          try {
            const counts = await jobCounts(pool);
            for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
          } catch {
            // the database is away: the scrape still answers, without job counts
          }
        },
      });
    },
    async stop() {
      stopping = true;
      // graphile-worker console.trace()s a worker whose job fetch fails after it was released; while we
      // stop, that is the database going away with us (Ctrl-C reaches the embedded PostgreSQL too).
      const trace = console.trace;
      console.trace = (...args: unknown[]) => log.debug({ err: String(args[0]) }, "job worker exited while stopping");
      await runner
        .stop()
        .catch((err) => log.debug({ err: (err as Error).message }, "job worker stop"))
        .finally(() => {
          console.trace = trace;
        });
      await pool.end().catch(() => {});
    },
  };
}

/** graphile-worker's messages when the database ends its connections (57P01) and for what fails after on them. */
const DATABASE_GONE = /terminating connection due to administrator command|Client has encountered a connection error|Connection terminated unexpectedly/i;

export interface BackgroundJobWorker {
  /** The running worker, or undefined when it could not start (logged) or was stopped first. */
  ready: Promise<JobWorker | undefined>;
  stop(): Promise<void>;
}

/**
 * The worker as the gateway runs it: started beside serving, never in its way. A worker that cannot
 * start (no right to create its schema, the database away) is logged; the gateway serves on and the
 * jobs wait in the queue for a worker.
 */
export function startJobWorkerInBackground(opts: JobWorkerOptions, registry: Registry): BackgroundJobWorker {
  let stopped = false;
  const ready = startJobWorker(opts).then(
    async (worker) => {
      if (stopped) {
        await worker.stop();
        return undefined;
      }
      worker.registerMetrics(registry);
      return worker;
    },
    (err: unknown) => {
      opts.log.error({ err: err instanceof Error ? err.message : String(err) }, "the job worker did not start: jobs wait in the queue until a worker runs (salemate worker)");
      return undefined;
    },
  );
  return {
    ready,
    async stop() {
      stopped = true;
      await (await ready)?.stop();
    },
  };
}
