import express from "express";
import { createServer, type Server } from "node:http";
import type { Logger } from "pino";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/express/v4";
import { authMiddleware } from "./auth/middleware.js";
import { makeAuthResolver } from "./auth/resolve.js";
import { makeTokenVerifier, TokenError, type TokenVerifier } from "./auth/tokens.js";
import type { Config } from "./config.js";
import { makeGatewayPool, poolStatements } from "./db/gateway-pool.js";
import { makeMaskError } from "./graphql/plugins/errors.js";
import { makePreset } from "./graphql/preset.js";
import { registeredDocumentLookup, trustedDocumentsPreset } from "./graphql/plugins/trusted-documents.js";
import { healthHandlers } from "./http/health.js";
import { makeLogger, requestLogger } from "./http/logger.js";
import { makeMetrics, requireMetricsToken } from "./http/metrics.js";
import { bodyLimit, corsMiddleware, securityHeaders } from "./http/security.js";
import { startAnalyticsRefresh, type AnalyticsRefresher } from "./jobs/analytics-refresh.js";
import { otpSenderFromConfig } from "./jobs/otp-sender.js";
import { startJobWorkerInBackground, type BackgroundJobWorker } from "./jobs/worker.js";
import { ChannelListener } from "./realtime/listener.js";
import { RealtimeHub } from "./realtime/subscriber.js";
import { makeBoundedWebsockets } from "./realtime/websocket.js";

export interface Gateway {
  server: Server;
  url: string;
  log: Logger;
  realtime: RealtimeHub;
  listener: ChannelListener;
  analytics: AnalyticsRefresher;
  /** The job worker, when this process runs one (JOBS=on and an owner connection given). */
  jobs: BackgroundJobWorker | undefined;
  /** Set when /metrics has its own port (METRICS_PORT). */
  metricsUrl?: string;
  /** Statements the gateway's pool has sent so far (requests, subscriptions, realtime checks). */
  statements(): number;
  close(): Promise<void>;
}

function makeVerifier(config: Config): TokenVerifier {
  return makeTokenVerifier({
    secret: config.jwtSecret,
    jwksUrl: config.jwksUrl,
    jwksFile: config.jwksFile,
    audience: config.jwtAudience,
    clockToleranceSec: 30,
    maxLifetimeSec: config.maxTokenLifetimeSec,
    anonymousUsers: config.anonymousUsers,
  });
}

function makeInstance(config: Config, pool: pg.Pool, verify: TokenVerifier, log: Logger, realtime: RealtimeHub) {
  return postgraphile(
    makePreset({
      pool,
      auth: makeAuthResolver(verify),
      graphiql: config.graphiql,
      maxPageSize: config.maxPageSize,
      maxDepth: config.maxDepth,
      maxCost: config.maxCost,
      maxAliases: config.maxAliases,
      maxTokens: config.maxTokens,
      maxInputDepth: config.maxInputDepth,
      maxStringLength: config.maxStringLength,
      statementTimeoutMs: config.statementTimeoutMs,
      bodyLimitBytes: config.bodyLimitBytes,
      maskError: makeMaskError(log),
      realtime,
      explain: config.explain,
      // Production runs only the SDK's documents; development (and GraphiQL when enabled) may send others.
      presets: config.trustedDocuments
        ? [
            trustedDocumentsPreset({
              manifestPath: config.trustedDocumentsManifest,
              lookupRegistered: registeredDocumentLookup(pool),
              allowUnpersisted: config.nodeEnv !== "production" ? true : config.graphiql ? "graphiql" : false,
            }),
          ]
        : [],
    }),
  );
}

/** The GraphQL schema the gateway would serve (for export-schema and the contract test). */
export async function buildSchema(config: Config, databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const log = makeLogger("silent");
  const listener = new ChannelListener(databaseUrl, log);
  const realtime = new RealtimeHub({ pool, listener, maxSubscriptionsPerUser: config.maxSubscriptionsPerUser });
  const pgl = makeInstance(config, pool, makeVerifier(config), log, realtime);
  try {
    return await pgl.getSchema();
  } finally {
    await pgl.release();
    listener.release();
    await pool.end();
  }
}

/** Composes the HTTP app: operations endpoints, auth, PostGraphile (GraphQL, websockets, GraphiQL). */
export async function startGateway(
  config: Config,
  databaseUrl: string,
  opts: { port?: number; host?: string; log?: Logger; /** Owner connection for the job worker (started when config.jobs). */ jobsDatabaseUrl?: string } = {},
): Promise<Gateway> {
  const log = opts.log ?? makeLogger(config.logLevel);
  // A database that goes away mid-request fails that request (503), never the process or a hang.
  const pool = makeGatewayPool(databaseUrl, { max: 20, connectionTimeoutMillis: 5_000, deadlineMs: config.statementTimeoutMs + 5_000 });
  pool.on("error", (err) => log.warn({ err: err.message }, "idle database connection failed"));
  const verify = makeVerifier(config);
  const listener = new ChannelListener(config.listenDatabaseUrl ?? databaseUrl, log);
  const realtime = new RealtimeHub({ pool, listener, maxSubscriptionsPerUser: config.maxSubscriptionsPerUser });
  const pgl = makeInstance(config, pool, verify, log, realtime);
  // Build the schema now: schema problems surface at start-up, and the first request is not slow.
  await pgl.getSchema();
  const serv = pgl.createServ(grafserv);
  const metrics = makeMetrics(pool);
  const health = healthHandlers(pool);

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", true);
  app.use(requestLogger(log));
  app.use(metrics.middleware);
  app.use(securityHeaders);
  app.use(corsMiddleware(config.corsOrigins));
  app.get("/healthz", health.healthz);
  app.get("/readyz", health.readyz);
  // /metrics: open in development and tests; in production behind METRICS_TOKEN or on METRICS_PORT only.
  if (config.metrics === "open") app.get("/metrics", metrics.handler);
  else if (config.metrics === "token") app.get("/metrics", requireMetricsToken(config.metricsToken!), metrics.handler);
  let metricsServer: Server | undefined;
  if (config.metrics === "port") {
    const metricsApp = express();
    metricsApp.disable("x-powered-by");
    if (config.metricsToken) metricsApp.get("/metrics", requireMetricsToken(config.metricsToken), metrics.handler);
    else metricsApp.get("/metrics", metrics.handler);
    metricsServer = createServer(metricsApp);
    await new Promise<void>((resolve, reject) => {
      metricsServer!.once("error", reject);
      metricsServer!.listen(config.metricsPort, config.metricsHost, () => resolve());
    });
  }
  app.use("/graphql", bodyLimit(config.bodyLimitBytes));
  app.use("/graphql", authMiddleware(verify));
  const server = createServer(app);
  // Websockets through our bounded graphql-ws handler, not grafserv's unbounded one.
  await serv.addTo(app, server, false);
  // A bad token in connection_init: closed 4401 with the reason, before connection_ack.
  const wsAuth = makeAuthResolver(verify);
  const sockets = makeBoundedWebsockets(serv, config.websocket, async (params) => {
    try {
      await wsAuth.settingsForConnectionParams(params as Record<string, string | undefined> | undefined);
      return undefined;
    } catch (err) {
      return err instanceof TokenError ? err.message : "The token is invalid.";
    }
  });
  server.on("upgrade", (req, socket, head) => {
    if (serv.shouldHandleUpgrade(req, socket, head)) sockets.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  // Beside serving: a worker still installing its schema (first start) or unable to start never holds the gateway up.
  const jobs: BackgroundJobWorker | undefined =
    config.jobs && opts.jobsDatabaseUrl
      ? startJobWorkerInBackground(
          {
            connectionString: opts.jobsDatabaseUrl,
            log,
            sender: otpSenderFromConfig(config, log),
            concurrency: config.jobsConcurrency,
            pollIntervalMs: config.jobsPollIntervalMs,
          },
          metrics.registry,
        )
      : undefined;

  const port = opts.port ?? config.port;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, opts.host ?? "0.0.0.0", () => resolve());
  }).catch(async (err) => {
    await jobs?.stop();
    throw err;
  });
  const actual = (server.address() as { port: number }).port;
  const analytics = startAnalyticsRefresh(pool, log, { intervalMs: config.analyticsRefreshSeconds * 1000 });
  const metricsAddress = metricsServer ? (metricsServer.address() as { address: string; port: number }) : undefined;
  return {
    server,
    url: `http://localhost:${actual}`,
    metricsUrl: metricsAddress ? `http://${metricsAddress.address.includes(":") ? `[${metricsAddress.address}]` : metricsAddress.address}:${metricsAddress.port}/metrics` : undefined,
    log,
    realtime,
    listener,
    analytics,
    jobs,
    statements: () => poolStatements(pool),
    async close() {
      // Stop accepting, let in-flight requests finish, then close websockets and the pool.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const jobsStopped = jobs?.stop(); // first: from here on the worker expects its connections to go
      await analytics.stop();
      await jobsStopped;
      server.closeIdleConnections?.();
      listener.release(); // ends every subscription with "shutting down"
      await pgl.release(); // releases grafserv too
      await sockets.close(); // 1001 to every websocket still open
      const timer = setTimeout(() => server.closeAllConnections?.(), 10_000);
      await closed;
      clearTimeout(timer);
      if (metricsServer) await new Promise<void>((resolve) => metricsServer!.close(() => resolve()));
      await pool.end();
    },
  };
}
