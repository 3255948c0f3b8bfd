import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { makeLogger } from "../http/logger.js";
import { otpSenderFromConfig } from "../jobs/otp-sender.js";
import { startJobWorker } from "../jobs/worker.js";
import { parse } from "./args.js";

/**
 * `salemate worker [--no-cron]`: the job worker alone, for a deployment that runs it apart from the
 * gateway (then give the gateway JOBS=off). Any number may run: jobs are taken once, cron ticks run once.
 */
export async function workerCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { "no-cron": { type: "boolean" } }, "worker");
  const config = loadConfig();
  const log = makeLogger(config.logLevel);
  const db = await openDatabase(config);
  let worker;
  try {
    worker = await startJobWorker({
      connectionString: config.workerDatabaseUrl ?? db.url,
      log,
      sender: otpSenderFromConfig(config, log),
      concurrency: config.jobsConcurrency,
      pollIntervalMs: config.jobsPollIntervalMs,
      cron: !values["no-cron"],
    });
  } catch (err) {
    await db.stop();
    throw err;
  }
  console.log(`SaleMate job worker running (concurrency ${config.jobsConcurrency}, SMS sender: ${config.otpSender}); Ctrl-C stops it`);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: finishing the jobs in hand`);
      await worker.stop();
      await db.stop().catch((e) => console.error(`database stop: ${(e as Error).message}`));
      resolve(0);
    };
    process.once("SIGINT", () => void stop("SIGINT"));
    process.once("SIGTERM", () => void stop("SIGTERM"));
  });
}
