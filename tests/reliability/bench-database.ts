import pg from "pg";
import { AUTHENTICATOR } from "../../server/db/gateway-url.ts";
import { startTestCluster } from "../helpers/cluster.ts";
import { buildDatabase } from "../helpers/database.ts";

/**
 * A migrated, seeded database for the reliability benchmarks (tests/bench/fuzz.ts, soak.ts,
 * replicas.ts), set up like tests/bench/gateway.ts does: on DATABASE_URL when given, otherwise
 * on a throw-away embedded PostgreSQL, with the gateway's `authenticator` login.
 */
export interface BenchDatabase {
  ownerUrl: string;
  gatewayUrl: string;
  description: string;
  stop(): Promise<void>;
}

export async function startBenchDatabase(name: string, seedScale: number): Promise<BenchDatabase> {
  const cluster = await startTestCluster();
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const dbName = `salemate_bench_${name}_${process.pid}`;
  await admin.query(`create database ${dbName}`);
  const owner = new URL(cluster.adminUrl);
  owner.pathname = `/${dbName}`;
  try {
    await buildDatabase(owner.toString(), { stage: "migrated", seedScale });
    const c = new pg.Client({ connectionString: owner.toString() });
    await c.connect();
    await c.query(`alter role ${AUTHENTICATOR} with login password 'authenticator-bench'`);
    await c.end();
  } catch (err) {
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
    await cluster.stop();
    throw err;
  }
  const gateway = new URL(owner);
  gateway.username = AUTHENTICATOR;
  gateway.password = "authenticator-bench";
  return {
    ownerUrl: owner.toString(),
    gatewayUrl: gateway.toString(),
    description: `${cluster.description}, seed scale ${seedScale}`,
    async stop() {
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
      await admin.end();
      await cluster.stop();
    },
  };
}

/** Resident memory of a process, in MiB (Linux). */
export async function rssMiB(pid: number): Promise<number> {
  const { readFileSync } = await import("node:fs");
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0;
}
