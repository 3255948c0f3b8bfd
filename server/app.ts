import express from "express";
import { createServer, type Server } from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/express/v4";
import { authMiddleware } from "./auth/middleware.js";
import { makeAuthResolver } from "./auth/resolve.js";
import { makeTokenVerifier } from "./auth/tokens.js";
import type { Config } from "./config.js";
import { makePreset } from "./graphql/preset.js";

export interface Gateway {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function makeVerifier(config: Config) {
  return makeTokenVerifier({ secret: config.jwtSecret, audience: "authenticated", clockToleranceSec: 30 });
}

function makeInstance(config: Config, pool: pg.Pool, verify: ReturnType<typeof makeVerifier>) {
  return postgraphile(makePreset({ pool, auth: makeAuthResolver(verify), graphiql: config.nodeEnv !== "production" }));
}

/** The GraphQL schema the gateway would serve (for export-schema and the contract test). */
export async function buildSchema(config: Config, databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const pgl = makeInstance(config, pool, makeVerifier(config));
  try {
    return await pgl.getSchema();
  } finally {
    await pgl.release();
    await pool.end();
  }
}

/** Composes the HTTP app: health, auth, PostGraphile (GraphQL, websockets, GraphiQL). */
export async function startGateway(config: Config, databaseUrl: string, opts: { port?: number; host?: string } = {}): Promise<Gateway> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const verify = makeVerifier(config);
  const pgl = makeInstance(config, pool, verify);
  const serv = pgl.createServ(grafserv);

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use("/graphql", authMiddleware(verify));
  const server = createServer(app);
  await serv.addTo(app, server);

  const port = opts.port ?? config.port;
  const host = opts.host ?? "0.0.0.0";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as { port: number }).port;
  return {
    server,
    url: `http://localhost:${actual}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await serv.release();
      await pgl.release();
      await pool.end();
    },
  };
}
