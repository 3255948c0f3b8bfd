import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";

/** Runs every `.sql` file of a folder in name order, inside the caller's transaction. */
export async function applySqlDir(client: pg.ClientBase, dir: string): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
  for (const f of files) {
    try {
      await client.query(readFileSync(path.join(dir, f), "utf8"));
    } catch (err) {
      throw new Error(`${path.relative(process.cwd(), path.join(dir, f))}: ${(err as Error).message}`);
    }
  }
  return files;
}
