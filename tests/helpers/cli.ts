import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../server/paths.ts";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a `salemate` process on the embedded database (DATABASE_URL removed), plus `env`. */
export function embeddedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete merged.DATABASE_URL;
  if (!("DEBUG" in env)) delete merged.DEBUG;
  return merged;
}

/** Runs `salemate <args>` as a user does (server/bin/salemate.mjs, on this Node 22) on the embedded database, and collects what it printed. */
export function runSalemate(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return spawnSalemate(args, embeddedEnv(env));
}

/** Runs `salemate <args>` against the database at `url` (DATABASE_URL). */
export function runSalemateOn(url: string, args: string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  delete env.DEBUG;
  return spawnSalemate(args, env);
}

function spawnSalemate(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), ...args], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
