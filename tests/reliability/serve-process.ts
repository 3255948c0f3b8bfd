import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../server/paths.ts";
import { freePort } from "../helpers/cluster.ts";
import { TEST_JWT_SECRET } from "../helpers/gateway.ts";

/** POST a GraphQL operation; never throws: a request that got no answer is status 0, the reason as body. */
export async function postGraphQL(baseUrl: string, query: string, opts: { variables?: Record<string, unknown>; token?: string } = {}) {
  const t0 = performance.now();
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      },
      body: JSON.stringify({ query, variables: opts.variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body: body as any, headers: res.headers, ms: performance.now() - t0 };
  } catch (err) {
    return { status: 0, body: String((err as Error).cause ?? (err as Error).message), headers: new Headers(), ms: performance.now() - t0 };
  }
}

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** What the process printed (stdout and stderr), for failure messages: a crash shows here. */
  output(): string;
  stop(): Promise<void>;
}

/** The database a gateway process serves: the owner's URL (migrations) and the gateway's login. */
export interface ServedDatabase {
  ownerUrl: string;
  gatewayUrl: string;
}

/**
 * `salemate serve` as its own process, as production runs it: if the database's failure kills
 * the gateway, the test sees the process gone and its last words, instead of dying itself.
 */
export async function startServeProcess(
  db: ServedDatabase,
  env: NodeJS.ProcessEnv = {},
  { onOutput, startupMs = 60_000 }: { onOutput?: (text: string) => void; /** How long compiling and the schema build may take (a busy machine needs more). */ startupMs?: number } = {},
): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), "serve"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: db.ownerUrl,
      GATEWAY_DATABASE_URL: db.gatewayUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(port),
      LOG_LEVEL: "error",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
    onOutput?.(d.toString());
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startupMs;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`salemate serve did not start:\n${out}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    await sleep(100);
  }
  return {
    url,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
