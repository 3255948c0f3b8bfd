import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Logger } from "pino";
import { makeLogger } from "../../server/http/logger.ts";
import { logOtpSender, type OtpSender } from "../../server/jobs/otp-sender.ts";
import { startJobWorker, type JobWorker } from "../../server/jobs/worker.ts";
import type { TestDatabase } from "./database.ts";

export interface TestWorker extends JobWorker {
  /** The development SMS sink's directory (otp-sink.jsonl). */
  sinkDir: string;
}

/**
 * A real graphile-worker on the test database (owner connection, as `salemate worker` runs it),
 * with the development SMS sink writing into a fresh directory. It installs graphile_worker.
 */
export async function startTestWorker(db: TestDatabase, opts: { sender?: OtpSender; sinkDir?: string; cron?: boolean; log?: Logger; concurrency?: number } = {}): Promise<TestWorker> {
  const log = opts.log ?? makeLogger("silent");
  const sinkDir = opts.sinkDir ?? mkdtempSync(path.join(tmpdir(), "salemate-otp-"));
  const worker = await startJobWorker({
    connectionString: db.url,
    log,
    sender: opts.sender ?? logOtpSender(sinkDir, log),
    concurrency: opts.concurrency ?? 2,
    pollIntervalMs: 200,
    cron: opts.cron ?? false,
  });
  const stopWorker = worker.stop;
  return Object.assign(worker, {
    sinkDir,
    async stop() {
      await stopWorker();
      if (!opts.sinkDir) rmSync(sinkDir, { recursive: true, force: true });
    },
  });
}

/** Polls `probe` until it returns something other than undefined/false, or fails after `ms`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, ms = 15_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
