import pg from "pg";
import type { Logger } from "pino";
import { startGateway, type Gateway } from "../../server/app.ts";
import { mintToken } from "../../server/auth/mint.ts";
import { loadConfig, type Config } from "../../server/config.ts";
import { AUTHENTICATOR } from "../../server/db/gateway-url.ts";
import { makeLogger } from "../../server/http/logger.ts";
import { adminUrl, type TestDatabase } from "./database.ts";

export const TEST_JWT_SECRET = "salemate-test-secret-0123456789abcdefghijklmnop";
const TEST_AUTHENTICATOR_PASSWORD = "authenticator-test";

export interface TestGateway extends Gateway {
  /** POST a GraphQL operation; returns status, headers and parsed body. */
  graphql(query: string, opts?: { variables?: Record<string, unknown>; token?: string; operationName?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
}

/**
 * A gateway on a test database, logging in as `authenticator` exactly as in production
 * (never as the owner), with a known JWT secret.
 */
/** The gateway's login (`authenticator`) for a test database; its password is set on the cluster. */
let passwordSet: Promise<void> | undefined;
async function setAuthenticatorPassword(): Promise<void> {
  // The role is cluster-wide; the embedded test cluster uses password auth. Parallel test
  // processes may alter it at the same instant ("tuple concurrently updated"): retry.
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`alter role ${AUTHENTICATOR} with login password '${TEST_AUTHENTICATOR_PASSWORD}'`);
        return;
      } catch (err) {
        if (attempt > 10 || !/concurrently updated/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  } finally {
    await admin.end();
  }
}

export async function authenticatorUrl(db: TestDatabase): Promise<string> {
  await (passwordSet ??= setAuthenticatorPassword());
  const url = new URL(db.url);
  url.username = AUTHENTICATOR;
  url.password = TEST_AUTHENTICATOR_PASSWORD;
  return url.toString();
}

export async function startTestGateway(db: TestDatabase, env: NodeJS.ProcessEnv = {}, log?: Logger, opts: { /** Run the job worker in the gateway (owner connection), as `npm start` does. */ jobs?: boolean } = {}): Promise<TestGateway> {
  const gatewayDb = await authenticatorUrl(db);
  const config: Config = loadConfig({
    NODE_ENV: "test",
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: db.url,
    LOG_LEVEL: "silent",
    ...env,
  });
  const gateway = await startGateway(config, gatewayDb, { port: 0, host: "127.0.0.1", log: log ?? makeLogger("silent"), jobsDatabaseUrl: opts.jobs ? db.url : undefined });
  return Object.assign(gateway, {
    async graphql(query: string, opts: { variables?: Record<string, unknown>; token?: string; operationName?: string; headers?: Record<string, string> } = {}) {
      const res = await fetch(`${gateway.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables: opts.variables, operationName: opts.operationName }),
      });
      const text = await res.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: res.status, body, headers: res.headers };
    },
  });
}

/** A token for a profile, shaped like Supabase Auth's. */
export function tokenFor(profileId: string, email?: string, ttlSeconds = 3600): Promise<string> {
  return mintToken(TEST_JWT_SECRET, { role: "authenticated", sub: profileId, email }, ttlSeconds);
}

export function apiKey(role: "anon" | "service_role"): Promise<string> {
  return mintToken(TEST_JWT_SECRET, { role });
}
