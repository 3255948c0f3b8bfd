import pg from "pg";
import { jobsReport, JOB_STATES, type JobRow } from "../jobs/report.js";
import { parse, positiveInt } from "./args.js";
import { withDatabase } from "./context.js";

/**
 * `salemate jobs [--json] [--limit N] [--unlock WORKER_ID ...]`: the queue by state, the jobs in it
 * (failed first) and the crontab's next runs. --unlock first releases the jobs a crashed worker
 * process still holds (graphile-worker would otherwise retry them after 4 hours): they run again at once.
 */
export async function jobsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: "boolean" }, limit: { type: "string" }, unlock: { type: "string", multiple: true } }, "jobs");
  const limit = positiveInt(values.limit, "--limit", 50);
  const report = await withDatabase(async (config, db) => {
    const pool = new pg.Pool({ connectionString: config.workerDatabaseUrl ?? db.url, max: 1 });
    try {
      if (values.unlock?.length) {
        const ids = [...values.unlock];
        const { rows } = await pool.query<{ n: number }>("select count(*)::int as n from graphile_worker.jobs where locked_by = any($1::text[])", [ids]);
        await pool.query("select graphile_worker.force_unlock_workers($1::text[])", [ids]);
        console.error(`released ${rows[0]!.n} job(s) held by ${ids.join(", ")}`);
      }
      return await jobsReport(pool, { limit });
    } finally {
      await pool.end();
    }
  });
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  if (!report.installed) console.log("The job queue is not installed yet: no worker has started on this database (npm start, or salemate worker).");
  console.log(JOB_STATES.map((s) => `${s} ${report.counts[s]}`).join("   "));
  if (report.jobs.length > 0) {
    console.log("");
    const rows: string[][] = [["id", "state", "task", "run at", "attempts", "key", "last error"]];
    for (const j of report.jobs) rows.push(row(j));
    const widths = rows[0]!.map((_, i) => Math.min(40, Math.max(...rows.map((r) => r[i]!.length))));
    for (const r of rows) console.log(r.map((c, i) => (i === r.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]!))).join("  "));
  }
  console.log("\nrecurring (server/jobs/crontab, UTC):");
  for (const c of report.cron) console.log(`  ${c.task.padEnd(28)} next ${c.nextRun ?? "never"}   last ${c.lastRun ?? "never"}`);
  return 0;
}

function row(j: JobRow): string[] {
  return [j.id, j.state, j.task, j.runAt, `${j.attempts}/${j.maxAttempts}`, j.key ?? "", (j.lastError ?? "").split("\n")[0]!.slice(0, 120)];
}
