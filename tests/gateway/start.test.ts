import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, test } from "@jest/globals";
import { ROOT } from "../../server/paths.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` itself (the README's command), on its own embedded database. */
function startSalemate(env: NodeJS.ProcessEnv): Started {
  const childEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL; // this test is about the embedded database
  // Its own process group, so a signal reaches npm and the gateway under it together, as Ctrl-C in
  // a terminal (or a container's stop) does.
  const child = spawn("npm", ["start", "--silent"], { cwd: ROOT, env: childEnv, detached: true });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  // "close": npm and everything that shares its output (the gateway under it) have finished.
  const exited = new Promise<number | null>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 128 + os.constants.signals[signal] : null))));
  return { child, output: () => out, exited };
}

function interrupt(s: Started, signal: NodeJS.Signals): void {
  if (s.child.exitCode === null && s.child.pid) process.kill(-s.child.pid, signal);
}

/**
 * After a signal: the gateway shut down by itself (its message, exit 0; npm itself then ends
 * by the signal it got, reported as 128 + its number, as shells do) and left nothing running: no
 * process of the group, embedded PostgreSQL included.
 */
async function assertStoppedCleanly(s: Started, signal: NodeJS.Signals): Promise<void> {
  const code = await s.exited;
  assert.ok(code === 0 || code === 128 + os.constants.signals[signal], `npm start exit code ${code}:\n${s.output()}`);
  assert.match(s.output(), new RegExp(`${signal}: shutting down`));
  assert.doesNotMatch(s.output(), /error/i);
  const groupAlive = () => {
    try {
      process.kill(-s.child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 40 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 250));
  assert.equal(groupAlive(), false, "a process of npm start (the gateway or PostgreSQL) is still running");
}

async function waitForHealth(url: string, s: Started, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (s.child.exitCode !== null) throw new Error(`salemate start exited early:\n${s.output()}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.status === 200) return Date.now() - t0;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no healthy gateway after ${timeoutMs} ms:\n${s.output()}`);
}

describe("salemate start (npm start)", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "salemate-start-"));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test("first start: embedded database, demo data, gateway and GraphiQL within 60 s; clean shutdown; second start reuses the data", async () => {
    const port = await freePort();
    const env = { SALEMATE_DATA_DIR: dataDir, PORT: String(port), SALEMATE_PG_PORT: String(await freePort()) };
    const url = `http://localhost:${port}`;

    const first = startSalemate(env);
    try {
      const ms = await waitForHealth(url, first, 60_000);
      assert.ok(ms < 60_000);
      assert.deepEqual(await (await fetch(`${url}/healthz`)).json(), { status: "ok" });
      const graphiql = await fetch(`${url}/graphiql`, { headers: { accept: "text/html" } });
      assert.equal(graphiql.status, 200);
      assert.match(await graphiql.text(), /<html/i);
      const gql = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      assert.deepEqual(await gql.json(), { data: { __typename: "Query" } });
      const out = first.output();
      assert.match(out, /empty database: laying down the legacy SaleMate schema and demo data/);
      assert.match(out, new RegExp(`GraphiQL\\s+${url}/graphiql`));
      assert.match(out, /database\s+psql "postgres:\/\/postgres:postgres@127\.0\.0\.1:\d+\/salemate"/);
      assert.match(out, /salemate token --role agent/);
    } finally {
      interrupt(first, "SIGTERM");
    }
    await assertStoppedCleanly(first, "SIGTERM");

    const second = startSalemate(env);
    try {
      await waitForHealth(url, second, 60_000);
      assert.doesNotMatch(second.output(), /empty database/);
      assert.match(second.output(), /database is up to date/);
    } finally {
      interrupt(second, "SIGINT");
    }
    await assertStoppedCleanly(second, "SIGINT");

    // The demo data is migrated legacy data: verify proves nothing was lost on the way.
    const verify = spawnSync(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), "verify"], {
      cwd: ROOT,
      env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([k]) => k !== "DATABASE_URL")),
      encoding: "utf8",
    });
    assert.equal(verify.status, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /verify: OK, nothing lost/);
  });

  test("a bad setting stops start-up with one line naming the variable", async () => {
    const s = startSalemate({ SALEMATE_DATA_DIR: dataDir, PORT: "not-a-port" });
    assert.equal(await s.exited, 1);
    assert.equal(s.output().trim(), 'configuration error: PORT: must be a port number between 1 and 65535, got "not-a-port"');
  });
});
