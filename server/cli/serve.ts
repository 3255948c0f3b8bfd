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

/** What the running gateway actually serves besides /graphql, for the start banners. */
export function servedSurface(config: ReturnType<typeof loadConfig>, url: string, metricsUrl: string | undefined): string[] {
  const metrics =
    config.metrics === "open"
      ? `${url}/metrics   (open: development)`
      : config.metrics === "token"
        ? `${url}/metrics   (Authorization: Bearer $METRICS_TOKEN)`
        : config.metrics === "port"
          ? `${metricsUrl ?? "(metrics port)"}${config.metricsToken ? "   (Authorization: Bearer $METRICS_TOKEN)" : ""}`
          : "off (set METRICS_TOKEN or METRICS_PORT)";
  return [...(config.graphiql ? [`  GraphiQL  ${url}/graphiql`] : []), `  health    ${url}/healthz, ${url}/readyz`, `  metrics   ${metrics}`];
}

export async function runUntilSignal(
  config: ReturnType<typeof loadConfig>,
  url: string,
  stopDb: () => Promise<void>,
  banner?: (gatewayUrl: string, metricsUrl: string | undefined) => void,
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
  (banner ?? ((u, m) => console.log([`SaleMate gateway on ${u}/graphql`, ...servedSurface(config, u, m)].join("\n"))))(gateway.url, gateway.metricsUrl);
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
