import { loadConfig, type Config } from "../config.js";
import { openDatabase, type Database } from "../db/database.js";

/** Config + database for a command; the embedded cluster is stopped when the command ends. */
export async function withDatabase<T>(fn: (config: Config, db: Database) => Promise<T>, log: (l: string) => void = () => {}): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, log);
  try {
    return await fn(config, db);
  } finally {
    await db.stop();
  }
}
