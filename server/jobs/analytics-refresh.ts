import type { Logger } from "pino";
import type pg from "pg";

/**
 * Keeps `lead_analytics_mv` (the CRM dashboard counts admins read through `leadAnalytics`) fresh.
 * At start-up and then every `intervalMs` the process refreshes it concurrently (readers are never blocked), as
 * `service_role` through `salemate.refresh_lead_analytics()`: the gateway's login owns nothing.
 * Replicas take a transaction-level advisory lock first, so two never refresh at once; one that
 * finds the lock taken skips its round. A failed round (the database away, a timeout) is logged
 * and the next one tries again: it never affects requests or the process.
 */
export interface AnalyticsRefresher {
  /** Runs one round now (tests, and the first round after start-up). */
  refreshNow(): Promise<RefreshOutcome>;
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

export type RefreshOutcome = { status: "refreshed"; ms: number } | { status: "skipped" } | { status: "failed"; error: string };

// One key for every replica: pg_try_advisory_xact_lock(hashtext(...)).
const LOCK_NAME = "salemate:refresh_lead_analytics";

export function startAnalyticsRefresh(pool: pg.Pool, log: Logger, opts: { intervalMs: number }): AnalyticsRefresher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<RefreshOutcome> | undefined;
  let stopped = false;

  async function round(): Promise<RefreshOutcome> {
    const t0 = performance.now();
    let client: pg.PoolClient | undefined;
    try {
      client = await pool.connect();
      await client.query("begin");
      await client.query("set local role service_role");
      // A refresh reads every lead: give it the interval, not a request's statement timeout.
      await client.query(`set local statement_timeout = ${Math.max(60_000, opts.intervalMs)}`);
      const { rows } = await client.query<{ got: boolean }>("select pg_try_advisory_xact_lock(hashtext($1)) as got", [LOCK_NAME]);
      if (!rows[0]!.got) {
        await client.query("rollback");
        log.debug("lead analytics: another process is refreshing, skipped");
        return { status: "skipped" };
      }
      await client.query("select salemate.refresh_lead_analytics()");
      await client.query("commit");
      const ms = Math.round(performance.now() - t0);
      log.info({ ms }, "lead analytics refreshed");
      return { status: "refreshed", ms };
    } catch (err) {
      await client?.query("rollback").catch(() => {});
      const error = err instanceof Error ? err.message : String(err);
      log.warn({ err: error }, "lead analytics refresh failed; the next round tries again");
      return { status: "failed", error };
    } finally {
      client?.release();
    }
  }

  function refreshNow(): Promise<RefreshOutcome> {
    running ??= round().finally(() => (running = undefined));
    return running;
  }

  function schedule(delayMs: number) {
    if (stopped || opts.intervalMs <= 0) return;
    timer = setTimeout(() => void refreshNow().finally(() => schedule(opts.intervalMs)), delayMs);
    timer.unref();
  }
  // The first round right after start-up (the view may be as old as the last run), then one per interval.
  schedule(0);

  return {
    refreshNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
