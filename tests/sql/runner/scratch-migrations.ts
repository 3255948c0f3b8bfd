import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Folders of migration files written by a test, removed by `cleanup()`. */
export function scratchMigrations(): { dir(files: Record<string, string>): string; cleanup(): void } {
  const dirs: string[] = [];
  return {
    dir(files) {
      const d = mkdtempSync(path.join(os.tmpdir(), "salemate-migrations-"));
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(d, name), text);
      dirs.push(d);
      return d;
    },
    cleanup() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}
