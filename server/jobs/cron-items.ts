import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCrontab, type ParsedCronItem } from "graphile-worker";
import { ROOT } from "../paths.js";

/** The recurring jobs, declared in the repository (graphile-worker's crontab format, UTC). */
export const CRONTAB_FILE = path.join(ROOT, "server", "jobs", "crontab");

export function readCrontab(): ParsedCronItem[] {
  return parseCrontab(readFileSync(CRONTAB_FILE, "utf8"));
}
