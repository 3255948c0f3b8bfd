import { loadConfig, type Config } from "../config.js";
import { openDatabase, type Database } from "../db/database.js";

/**
 * Config + database for a command. An embedded PostgreSQL already running on the data dir
 * (`salemate start`) is used and left running; one started for the command stops with it.
 */
export async function withDatabase<T>(fn: (config: Config, db: Database) => Promise<T>, log: (l: string) => void = () => {}): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, log);
  try {
    return await fn(config, db);
  } finally {
    await db.stop();
  }
}
