import type pg from "pg";
import { readCrontab } from "./cron-items.js";

export type JobState = "queued" | "running" | "scheduled" | "retrying" | "failed";
export const JOB_STATES: JobState[] = ["queued", "running", "scheduled", "retrying", "failed"];

// One job's state, from graphile-worker's jobs view.
const STATE_SQL = `case
  when j.locked_at is not null then 'running'
  when j.attempts >= j.max_attempts then 'failed'
  when j.run_at > now() and j.attempts > 0 then 'retrying'
  when j.run_at > now() then 'scheduled'
  else 'queued' end`;

type Queryable = Pick<pg.Pool, "query">;

async function queueInstalled(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>("select to_regclass('graphile_worker.jobs') is not null as ok");
  return rows[0]!.ok;
}

/** How many jobs are in each state (all zero while the queue is not installed). */
export async function jobCounts(db: Queryable): Promise<Record<JobState, number>> {
  const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  if (!(await queueInstalled(db))) return counts;
  const { rows } = await db.query<{ state: JobState; n: number }>(`select ${STATE_SQL} as state, count(*)::int as n from graphile_worker.jobs j group by 1`);
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

export interface JobRow {
  id: string;
  task: string;
  state: JobState;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  key: string | null;
  lastError: string | null;
  lockedBy: string | null;
}

export interface JobsReport {
  installed: boolean;
  counts: Record<JobState, number>;
  jobs: JobRow[];
  cron: Array<{ task: string; identifier: string; nextRun: string | null; lastRun: string | null }>;
}

/** Queued, running, scheduled and failed jobs (the `limit` most urgent of each state), and the crontab's next runs. */
export async function jobsReport(db: Queryable, opts: { limit?: number; now?: Date } = {}): Promise<JobsReport> {
  const installed = await queueInstalled(db);
  const counts = await jobCounts(db);
  const jobs: JobRow[] = [];
  const lastRuns = new Map<string, string>();
  if (installed) {
    const { rows } = await db.query(
      `select * from (
         select j.id::text, j.task_identifier as task, ${STATE_SQL} as state, j.run_at, j.attempts, j.max_attempts, j.key, j.last_error, j.locked_by,
                row_number() over (partition by ${STATE_SQL} order by j.run_at, j.id) as nth
         from graphile_worker.jobs j) x
       where x.nth <= $1
       order by array_position(array['failed', 'running', 'retrying', 'queued', 'scheduled'], x.state), x.run_at, x.id`,
      [opts.limit ?? 50],
    );
    for (const r of rows) {
      jobs.push({ id: r.id, task: r.task, state: r.state, runAt: new Date(r.run_at).toISOString(), attempts: r.attempts, maxAttempts: r.max_attempts, key: r.key, lastError: r.last_error, lockedBy: r.locked_by });
    }
    const known = await db.query<{ identifier: string; last_execution: Date | null }>(
      "select identifier, last_execution from graphile_worker._private_known_crontabs",
    );
    for (const k of known.rows) if (k.last_execution) lastRuns.set(k.identifier, k.last_execution.toISOString());
  }
  const now = opts.now ?? new Date();
  const cron = readCrontab().map((item) => ({ task: item.task, identifier: item.identifier, nextRun: nextCronRun(item.match, now), lastRun: lastRuns.get(item.identifier) ?? null }));
  return { installed, counts, jobs, cron };
}

/** The next minute (UTC) a cron matcher fires after `from`, within a year. */
export function nextCronRun(match: (d: { min: number; hour: number; date: number; month: number; dow: number }) => boolean, from: Date): string | null {
  const t = new Date(from);
  t.setUTCSeconds(0, 0);
  for (let i = 0; i < 366 * 24 * 60; i++) {
    t.setUTCMinutes(t.getUTCMinutes() + 1);
    if (match({ min: t.getUTCMinutes(), hour: t.getUTCHours(), date: t.getUTCDate(), month: t.getUTCMonth() + 1, dow: t.getUTCDay() })) return t.toISOString();
  }
  return null;
}
