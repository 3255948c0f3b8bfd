/**
 * `npm test`: runs every tests/**\/*.test.ts file with node:test. Without DATABASE_URL it
 * first starts a throw-away embedded PostgreSQL for the whole run, so no server is needed;
 * with DATABASE_URL (CI's PostgreSQL 15) the tests create and drop their own databases there.
 * Extra arguments are passed on to node --test (e.g. a file list, --test-name-pattern).
 */
import { spawn } from "node:child_process";
import { ROOT } from "../server/paths.ts";
import { startTestCluster } from "./helpers/cluster.ts";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith("-"));
  const flags = args.filter((a) => a.startsWith("-"));
  const t0 = Date.now();
  const cluster = await startTestCluster();
  console.log(`tests run on ${cluster.description} (ready in ${Date.now() - t0} ms)`);
  process.on("SIGINT", () => void cluster.stop().then(() => process.exit(130)));
  try {
    return await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...flags, ...(files.length ? files : ["tests/**/*.test.ts"])],
        { cwd: ROOT, env: { GRAPHILE_ENV: "development", ...process.env, SALEMATE_TEST_ADMIN_URL: cluster.adminUrl }, stdio: "inherit" },
      );
      child.on("exit", (c, sig) => resolve(c ?? (sig ? 1 : 0)));
    });
  } finally {
    await cluster.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
