import path from "node:path";
import pg from "pg";
import type { Config } from "../config.js";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded.js";

export const EMBEDDED_DATABASE = "salemate";

/**
 * The database the process works on: DATABASE_URL, or the embedded cluster in the data dir
 * (the one `salemate start` already runs there, or one started for this process).
 */
export interface Database {
  /** Owner connection: migrations, seeds, verification. */
  url: string;
  embedded: EmbeddedCluster | undefined;
  stop(): Promise<void>;
}

export async function openDatabase(config: Config, log: (line: string) => void = () => {}): Promise<Database> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: undefined, async stop() {} };
  }
  const cluster = await startEmbeddedPostgres(path.join(config.dataDir, "pg"), config.embeddedPgPort, {
    log,
    settings: { port: "SALEMATE_PG_PORT", dataDir: "SALEMATE_DATA_DIR" },
  });
  try {
    await withClient(cluster.adminUrl, async (admin) => {
      const exists = await admin.query("select 1 from pg_database where datname = $1", [EMBEDDED_DATABASE]);
      if (exists.rowCount === 0) await admin.query(`create database ${EMBEDDED_DATABASE}`);
    });
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  const url = new URL(cluster.adminUrl);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return { url: url.toString(), embedded: cluster, stop: () => cluster.stop() };
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
