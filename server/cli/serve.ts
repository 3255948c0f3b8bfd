import { startGateway } from "../app.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { gatewayUrl } from "../db/gateway-url.js";

/** Runs the gateway until SIGINT/SIGTERM, then drains and stops cleanly. */
export async function serve(): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase(config);
  return runUntilSignal(config, gatewayUrl(config, db.url), db.stop, undefined, config.workerDatabaseUrl ?? db.url);
}

export async function runUntilSignal(
  config: ReturnType<typeof loadConfig>,
  url: string,
  stopDb: () => Promise<void>,
  banner?: (gatewayUrl: string) => void,
  /** Owner connection for the job worker (JOBS=on). */
  jobsDatabaseUrl?: string,
): Promise<number> {
  let gateway;
  try {
    gateway = await startGateway(config, url, { jobsDatabaseUrl });
  } catch (err) {
    await stopDb();
    throw err;
  }
  (banner ?? ((u) => console.log(`SaleMate gateway on ${u}/graphql`)))(gateway.url);
  gateway.log.info({ url: gateway.url }, "gateway listening");
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: shutting down`);
      await gateway.close().catch((e) => console.error(`gateway close: ${(e as Error).message}`));
      await stopDb().catch((e) => console.error(`database stop: ${(e as Error).message}`));
      resolve(0);
    };
    process.once("SIGINT", () => void stop("SIGINT"));
    process.once("SIGTERM", () => void stop("SIGTERM"));
  });
}
