import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ROOT } from "./paths.js";

/** Everything the process reads from its environment, validated once at start-up. */
export interface Config {
  nodeEnv: "development" | "production" | "test";
  /** External PostgreSQL; absent means an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  port: number;
  /** Where the embedded database and the development JWT secret live. */
  dataDir: string;
  /** Port of the embedded PostgreSQL (ignored with DATABASE_URL). */
  embeddedPgPort: number;
  /** Supabase's JWT secret (HS256). Absent only in production with signing keys (JWKS) instead. */
  jwtSecret: string | undefined;
  /** Where the secret came from, so start-up can say so. */
  jwtSecretSource: "environment" | "data-dir" | "none";
  /** Supabase signing keys (asymmetric JWTs), as a URL or a file. */
  jwksUrl: string | undefined;
  jwksFile: string | undefined;
  /** Required `aud` of user tokens. */
  jwtAudience: string;
  /** The gateway's own login (never a superuser): `authenticator`, switching role per request. */
  gatewayDatabaseUrl: string | undefined;
  /** Direct (session) connection for LISTEN; defaults to the gateway's own connection. */
  listenDatabaseUrl: string | undefined;
  maxSubscriptionsPerUser: number;
  /** graphql-ws bounds (server/realtime/websocket.ts). */
  websocket: { maxMessageBytes: number; maxInitPayloadBytes: number; initTimeoutMs: number; maxSubscriptionsPerConnection: number; keepAliveMs: number };
  /** Longest a user token may live (exp - iat). */
  maxTokenLifetimeSec: number;
  /** Rights of Supabase anonymous sign-ins (`is_anonymous: true`). */
  anonymousUsers: "anon" | "authenticated";
  graphiql: boolean;
  corsOrigins: string[];
  maxPageSize: number;
  maxDepth: number;
  /** Rows a request can touch: page sizes multiplied along each path, summed (MAX_QUERY_COST). */
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxInputDepth: number;
  maxStringLength: number;
  statementTimeoutMs: number;
  bodyLimitBytes: number;
  /** How often lead_analytics_mv is refreshed; 0: never (refresh it elsewhere, e.g. pg_cron). */
  analyticsRefreshSeconds: number;
  /** `/metrics`: a bearer token required on the main port, or a separate port (bound to metricsHost). */
  metricsToken: string | undefined;
  metricsPort: number | undefined;
  metricsHost: string;
  /** Where /metrics is served: "open" (development/test default), "token", "port", "off" (production without either). */
  metrics: "open" | "token" | "port" | "off";
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Run the job worker (graphile-worker) inside the gateway process (`salemate worker` runs it alone). */
  jobs: boolean;
  /** Jobs one process runs at once. */
  jobsConcurrency: number;
  /** How often the worker looks for jobs that became due, ms (new jobs wake it at once). */
  jobsPollIntervalMs: number;
  /** The worker's connection: an owner (it installs its schema); default the DATABASE_URL / embedded owner. */
  workerDatabaseUrl: string | undefined;
  /** Where phone codes go: the development log sink, an HTTP SMS provider, or nowhere (production without a provider: send jobs fail). */
  otpSender: "log" | "http" | "none";
  otpHttpUrl: string | undefined;
  otpHttpToken: string | undefined;
  otpMessage: string;
  otpHttpTimeoutMs: number;
  /** Run only the documents of the persisted-documents manifest (trusted documents). */
  trustedDocuments: boolean;
  /** The manifest `npm run codegen` writes. */
  trustedDocumentsManifest: string;
  /** Return the SQL each operation ran (`x-graphql-explain` / GraphiQL's explain tab). Never in production. */
  explain: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly variable: string, detail: string) {
    super(`${variable}: ${detail}`);
    this.name = "ConfigError";
  }
}

const port = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 65535) {
        ctx.addIssue({ code: "custom", message: `must be a port number between 1 and 65535, got "${v}"` });
        return z.NEVER;
      }
      return n;
    })
    .describe(name);

const wholeNumber = (fallback: number, what: string, min = 1) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) {
        ctx.addIssue({ code: "custom", message: `must be a whole number of ${what} of at least ${min}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const bool = z
  .enum(["true", "false", "1", "0", ""], { message: 'must be "true" or "false"' })
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const postgresUrl = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return undefined;
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      ctx.addIssue({ code: "custom", message: "is not a URL (expected postgres://user:password@host:port/database)" });
      return z.NEVER;
    }
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
      ctx.addIssue({ code: "custom", message: `must start with postgres:// or postgresql://, got "${url.protocol}//"` });
      return z.NEVER;
    }
    return v;
  });

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { message: 'must be "development", "production" or "test"' })
    .default("development"),
  DATABASE_URL: postgresUrl,
  GATEWAY_DATABASE_URL: postgresUrl,
  LISTEN_DATABASE_URL: postgresUrl,
  PORT: port("PORT", 5678),
  SALEMATE_PG_PORT: port("SALEMATE_PG_PORT", 55432),
  SALEMATE_DATA_DIR: z.string().min(1, "must not be empty").default(".salemate"),
  JWT_SECRET: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || v.length >= 32, "must be at least 32 characters (Supabase's JWT secret is)"),
  JWKS_URL: z.string().url("must be the URL of a JWKS (https://<project>.supabase.co/auth/v1/.well-known/jwks.json)").optional().or(z.literal("")),
  JWKS_FILE: z.string().optional(),
  JWT_AUDIENCE: z.string().min(1, "must not be empty").default("authenticated"),
  GRAPHIQL: bool,
  GRAPHQL_EXPLAIN: bool,
  TRUSTED_DOCUMENTS: z.enum(["on", "off", ""], { message: 'must be "on" or "off"' }).optional(),
  TRUSTED_DOCUMENTS_MANIFEST: z.string().optional(),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      for (const o of list) {
        if (o !== "*" && !/^https?:\/\/[^/]+$/.test(o)) {
          ctx.addIssue({ code: "custom", message: `must be a comma-separated list of origins like https://app.salemate.eg, got "${o}"` });
          return z.NEVER;
        }
      }
      return list;
    }),
  MAX_PAGE_SIZE: wholeNumber(100, "rows"),
  MAX_SUBSCRIPTIONS_PER_USER: wholeNumber(20, "subscriptions"),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: wholeNumber(30, "operations"),
  MAX_WS_MESSAGE_BYTES: wholeNumber(102_400, "bytes"),
  MAX_WS_INIT_BYTES: wholeNumber(8_192, "bytes"),
  WS_INIT_TIMEOUT_MS: wholeNumber(5_000, "milliseconds"),
  WS_KEEPALIVE_MS: wholeNumber(12_000, "milliseconds", 0),
  MAX_TOKEN_LIFETIME_SECONDS: wholeNumber(604_800, "seconds"),
  ANONYMOUS_USERS: z.enum(["anon", "authenticated"], { message: 'must be "anon" or "authenticated"' }).default("anon"),
  MAX_QUERY_DEPTH: wholeNumber(12, "levels"),
  MAX_QUERY_COST: wholeNumber(20_000, "rows"),
  MAX_ALIASES: wholeNumber(30, "aliases", 0),
  MAX_QUERY_TOKENS: wholeNumber(5_000, "tokens"),
  MAX_INPUT_DEPTH: wholeNumber(32, "levels"),
  MAX_STRING_LENGTH: wholeNumber(50_000, "characters"),
  STATEMENT_TIMEOUT_MS: wholeNumber(10_000, "milliseconds"),
  BODY_LIMIT_BYTES: wholeNumber(102_400, "bytes"),
  ANALYTICS_REFRESH_SECONDS: wholeNumber(300, "seconds", 0),
  JOBS: z.enum(["on", "off", ""], { message: 'must be "on" or "off"' }).optional(),
  JOBS_CONCURRENCY: wholeNumber(2, "jobs"),
  JOBS_POLL_INTERVAL_MS: wholeNumber(1000, "milliseconds", 100),
  WORKER_DATABASE_URL: postgresUrl,
  OTP_SENDER: z.enum(["log", "http", ""], { message: 'must be "log" or "http"' }).optional(),
  OTP_HTTP_URL: z.string().url("must be the URL of the SMS provider's send endpoint").optional().or(z.literal("")),
  OTP_HTTP_TOKEN: z.string().optional(),
  OTP_MESSAGE: z
    .string()
    .refine((v) => v.includes("{code}"), "must contain {code}")
    .default("Your SaleMate code is {code}. It expires in 10 minutes."),
  OTP_HTTP_TIMEOUT_MS: wholeNumber(10_000, "milliseconds"),
  METRICS_TOKEN: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || v.length >= 16, "must be at least 16 characters"),
  METRICS_PORT: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 65535) {
        ctx.addIssue({ code: "custom", message: `must be a port number between 1 and 65535, got "${v}"` });
        return z.NEVER;
      }
      return n;
    }),
  METRICS_HOST: z.string().min(1, "must not be empty").default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { message: "must be one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
});

/**
 * Reads and validates the environment. Throws a ConfigError naming the first bad variable.
 * In development the JWT secret, when absent, is generated once and kept in the data dir.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "environment"), issue.message);
  }
  const e = parsed.data;
  // The project's own .salemate by default, wherever the command is run from (a sub-folder, a
  // frontend's folder for `salemate trust`); a SALEMATE_DATA_DIR given resolves from where it is run.
  const dataDir = env.SALEMATE_DATA_DIR ? path.resolve(e.SALEMATE_DATA_DIR) : path.join(ROOT, ".salemate");
  let jwtSecret = e.JWT_SECRET || undefined;
  let jwtSecretSource: Config["jwtSecretSource"] = "environment";
  if (!jwtSecret) {
    if (e.NODE_ENV === "production") {
      if (!e.JWKS_URL && !e.JWKS_FILE) throw new ConfigError("JWT_SECRET", "is required in production (or JWKS_URL / JWKS_FILE for asymmetric signing keys)");
      jwtSecretSource = "none";
    } else {
      jwtSecret = developmentSecret(dataDir);
      jwtSecretSource = "data-dir";
    }
  }
  const trustedDocumentsManifest = e.TRUSTED_DOCUMENTS_MANIFEST
    ? path.resolve(e.TRUSTED_DOCUMENTS_MANIFEST)
    : path.join(ROOT, "client-sdk", "src", "generated", "persisted-documents.json");
  const trustedDocuments = e.TRUSTED_DOCUMENTS ? e.TRUSTED_DOCUMENTS === "on" : e.NODE_ENV === "production" && existsSync(trustedDocumentsManifest);
  if (trustedDocuments && !existsSync(trustedDocumentsManifest)) {
    throw new ConfigError(
      e.TRUSTED_DOCUMENTS_MANIFEST ? "TRUSTED_DOCUMENTS_MANIFEST" : "TRUSTED_DOCUMENTS",
      `the manifest ${trustedDocumentsManifest} does not exist (npm run codegen writes it)`,
    );
  }
  const otpSender = e.OTP_SENDER || (e.OTP_HTTP_URL ? "http" : e.NODE_ENV === "production" ? "none" : "log");
  if (otpSender === "log" && e.NODE_ENV === "production") throw new ConfigError("OTP_SENDER", 'the log sink writes codes in clear: not in production (set OTP_SENDER=http and OTP_HTTP_URL)');
  if (otpSender === "http" && !e.OTP_HTTP_URL) throw new ConfigError("OTP_HTTP_URL", "is required with OTP_SENDER=http");
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    dataDir,
    embeddedPgPort: e.SALEMATE_PG_PORT,
    jwtSecret,
    jwtSecretSource,
    jwksUrl: e.JWKS_URL || undefined,
    jwksFile: e.JWKS_FILE || undefined,
    jwtAudience: e.JWT_AUDIENCE,
    gatewayDatabaseUrl: e.GATEWAY_DATABASE_URL,
    listenDatabaseUrl: e.LISTEN_DATABASE_URL,
    maxSubscriptionsPerUser: e.MAX_SUBSCRIPTIONS_PER_USER,
    websocket: {
      maxMessageBytes: e.MAX_WS_MESSAGE_BYTES,
      maxInitPayloadBytes: e.MAX_WS_INIT_BYTES,
      initTimeoutMs: e.WS_INIT_TIMEOUT_MS,
      maxSubscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      keepAliveMs: e.WS_KEEPALIVE_MS,
    },
    maxTokenLifetimeSec: e.MAX_TOKEN_LIFETIME_SECONDS,
    anonymousUsers: e.ANONYMOUS_USERS,
    graphiql: e.GRAPHIQL ?? e.NODE_ENV !== "production",
    corsOrigins: e.CORS_ORIGINS,
    maxPageSize: e.MAX_PAGE_SIZE,
    maxDepth: e.MAX_QUERY_DEPTH,
    maxCost: e.MAX_QUERY_COST,
    maxAliases: e.MAX_ALIASES,
    maxTokens: e.MAX_QUERY_TOKENS,
    maxInputDepth: e.MAX_INPUT_DEPTH,
    maxStringLength: e.MAX_STRING_LENGTH,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    analyticsRefreshSeconds: e.ANALYTICS_REFRESH_SECONDS,
    metricsToken: e.METRICS_TOKEN || undefined,
    metricsPort: e.METRICS_PORT,
    metricsHost: e.METRICS_HOST,
    metrics: e.METRICS_PORT ? "port" : e.METRICS_TOKEN ? "token" : e.NODE_ENV === "production" ? "off" : "open",
    logLevel: e.LOG_LEVEL,
    jobs: e.JOBS !== "off",
    jobsConcurrency: e.JOBS_CONCURRENCY,
    jobsPollIntervalMs: e.JOBS_POLL_INTERVAL_MS,
    workerDatabaseUrl: e.WORKER_DATABASE_URL,
    otpSender,
    otpHttpUrl: e.OTP_HTTP_URL || undefined,
    otpHttpToken: e.OTP_HTTP_TOKEN || undefined,
    otpMessage: e.OTP_MESSAGE,
    otpHttpTimeoutMs: e.OTP_HTTP_TIMEOUT_MS,
    explain: e.NODE_ENV !== "production" && (e.GRAPHQL_EXPLAIN ?? false),
    trustedDocuments,
    trustedDocumentsManifest,
  };
}

function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
