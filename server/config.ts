import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

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
  jwtSecret: string;
  /** Where the secret came from, so start-up can say so. */
  jwtSecretSource: "environment" | "data-dir";
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

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { message: 'must be "development", "production" or "test"' })
    .default("development"),
  DATABASE_URL: z
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
    }),
  PORT: port("PORT", 5678),
  SALEMATE_PG_PORT: port("SALEMATE_PG_PORT", 55432),
  SALEMATE_DATA_DIR: z.string().min(1, "must not be empty").default(".salemate"),
  JWT_SECRET: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || v.length >= 32, "must be at least 32 characters (Supabase's JWT secret is)"),
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
  const dataDir = path.resolve(e.SALEMATE_DATA_DIR);
  let jwtSecret = e.JWT_SECRET || undefined;
  let jwtSecretSource: Config["jwtSecretSource"] = "environment";
  if (!jwtSecret) {
    if (e.NODE_ENV === "production") throw new ConfigError("JWT_SECRET", "is required in production");
    jwtSecret = developmentSecret(dataDir);
    jwtSecretSource = "data-dir";
  }
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    dataDir,
    embeddedPgPort: e.SALEMATE_PG_PORT,
    jwtSecret,
    jwtSecretSource,
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
