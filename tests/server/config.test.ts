import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, test } from "@jest/globals";
import { ConfigError, loadConfig } from "../../server/config.ts";

describe("configuration", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "salemate-config-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("defaults: embedded database, port 5678, data dir .salemate, a development secret kept in the data dir", () => {
    const dataDir = path.join(dir, "a");
    const c = loadConfig({ SALEMATE_DATA_DIR: dataDir });
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.port, 5678);
    assert.equal(c.dataDir, dataDir);
    assert.equal(c.jwtSecretSource, "data-dir");
    assert.ok(c.jwtSecret && c.jwtSecret.length >= 32);
    assert.equal(readFileSync(path.join(dataDir, "jwt-secret"), "utf8").trim(), c.jwtSecret);
    assert.equal(statSync(path.join(dataDir, "jwt-secret")).mode & 0o777, 0o600);
    // Generated once: a second start keeps the same secret, so tokens survive restarts.
    assert.equal(loadConfig({ SALEMATE_DATA_DIR: dataDir }).jwtSecret, c.jwtSecret);
    assert.equal(loadConfig({ JWT_SECRET: "s".repeat(32) }).dataDir, path.resolve(".salemate"));
  });

  test("each bad value is named in one clear line", () => {
    const cases: Array<[NodeJS.ProcessEnv, string, RegExp]> = [
      [{ PORT: "eighty" }, "PORT", /port number between 1 and 65535, got "eighty"/],
      [{ PORT: "70000" }, "PORT", /between 1 and 65535/],
      [{ DATABASE_URL: "not a url" }, "DATABASE_URL", /is not a URL/],
      [{ DATABASE_URL: "mysql://root@localhost/x" }, "DATABASE_URL", /must start with postgres:\/\//],
      [{ JWT_SECRET: "short" }, "JWT_SECRET", /at least 32 characters/],
      [{ NODE_ENV: "staging" }, "NODE_ENV", /must be "development", "production" or "test"/],
      [{ NODE_ENV: "production", SALEMATE_DATA_DIR: dir }, "JWT_SECRET", /required in production/],
      [{ MAX_PAGE_SIZE: "0" }, "MAX_PAGE_SIZE", /at least 1/],
      [{ CORS_ORIGINS: "app.salemate.eg" }, "CORS_ORIGINS", /comma-separated list of origins/],
      [{ GRAPHIQL: "yes" }, "GRAPHIQL", /must be "true" or "false"/],
      [{ GATEWAY_DATABASE_URL: "nope" }, "GATEWAY_DATABASE_URL", /is not a URL/],
      [{ ANALYTICS_REFRESH_SECONDS: "-1" }, "ANALYTICS_REFRESH_SECONDS", /whole number of seconds of at least 0, got "-1"/],
      [{ ANALYTICS_REFRESH_SECONDS: "5m" }, "ANALYTICS_REFRESH_SECONDS", /at least 0, got "5m"/],
      [{ JOBS: "yes" }, "JOBS", /must be "on" or "off"/],
      [{ JOBS_CONCURRENCY: "0" }, "JOBS_CONCURRENCY", /at least 1/],
      [{ OTP_SENDER: "http" }, "OTP_HTTP_URL", /required with OTP_SENDER=http/],
      [{ OTP_SENDER: "log", NODE_ENV: "production", JWT_SECRET: "x".repeat(40) }, "OTP_SENDER", /not in production/],
      [{ OTP_MESSAGE: "Your code" }, "OTP_MESSAGE", /must contain \{code\}/],
      [{ MAX_QUERY_COST: "lots" }, "MAX_QUERY_COST", /whole number of rows of at least 1, got "lots"/],
      [{ MAX_WS_INIT_BYTES: "0" }, "MAX_WS_INIT_BYTES", /at least 1/],
      [{ ANONYMOUS_USERS: "service_role" }, "ANONYMOUS_USERS", /must be "anon" or "authenticated"/],
      [{ METRICS_TOKEN: "short" }, "METRICS_TOKEN", /at least 16 characters/],
      [{ METRICS_PORT: "99999" }, "METRICS_PORT", /between 1 and 65535/],
    ];
    for (const [env, variable, message] of cases) {
      assert.throws(
        () => loadConfig({ SALEMATE_DATA_DIR: path.join(dir, "b"), ...env }),
        (err: unknown) => {
          assert.ok(err instanceof ConfigError, `expected a ConfigError for ${JSON.stringify(env)}`);
          assert.equal(err.variable, variable);
          assert.match(err.message, message);
          assert.ok(err.message.startsWith(`${variable}: `));
          assert.ok(!err.message.includes("\n"));
          return true;
        },
      );
    }
  });

  test("edge limits: documented defaults; /metrics open in development, closed in production unless a token or a port is given", () => {
    const dev = loadConfig({ SALEMATE_DATA_DIR: path.join(dir, "c") });
    assert.deepEqual(
      [dev.maxPageSize, dev.maxDepth, dev.maxCost, dev.maxAliases, dev.maxTokens, dev.maxInputDepth, dev.maxStringLength, dev.maxTokenLifetimeSec, dev.anonymousUsers],
      [100, 12, 20_000, 30, 5_000, 32, 50_000, 604_800, "anon"],
    );
    assert.deepEqual(dev.websocket, { maxMessageBytes: 102_400, maxInitPayloadBytes: 8_192, initTimeoutMs: 5_000, maxSubscriptionsPerConnection: 30, keepAliveMs: 12_000 });
    assert.equal(dev.metrics, "open");
    const prod = { NODE_ENV: "production", JWT_SECRET: "x".repeat(40), TRUSTED_DOCUMENTS: "off" };
    assert.equal(loadConfig(prod).metrics, "off");
    assert.equal(loadConfig({ ...prod, METRICS_TOKEN: "t".repeat(16) }).metrics, "token");
    const port = loadConfig({ ...prod, METRICS_PORT: "9464" });
    assert.deepEqual([port.metrics, port.metricsPort, port.metricsHost], ["port", 9464, "127.0.0.1"]);
  });

  test("an external database and a given secret are taken as they are", () => {
    const secret = "x".repeat(40);
    const c = loadConfig({ DATABASE_URL: "postgres://u:p@db.example:5432/app", JWT_SECRET: secret, PORT: "8080", NODE_ENV: "production" });
    assert.equal(c.databaseUrl, "postgres://u:p@db.example:5432/app");
    assert.equal(c.jwtSecret, secret);
    assert.equal(c.jwtSecretSource, "environment");
    assert.equal(c.port, 8080);
  });

  test("jobs: on by default; the SMS sender is the log sink in development, HTTP when a provider URL is given, never the log sink in production", () => {
    const base = { SALEMATE_DATA_DIR: path.join(dir, "c") };
    const dev = loadConfig(base);
    assert.equal(dev.jobs, true);
    assert.equal(dev.jobsConcurrency, 2);
    assert.equal(dev.otpSender, "log");
    assert.equal(loadConfig({ ...base, JOBS: "off" }).jobs, false);
    const http = loadConfig({ ...base, OTP_HTTP_URL: "https://sms.example/send", OTP_HTTP_TOKEN: "t" });
    assert.equal(http.otpSender, "http");
    assert.equal(http.otpHttpUrl, "https://sms.example/send");
    const prod = loadConfig({ ...base, NODE_ENV: "production", JWT_SECRET: "x".repeat(40) });
    assert.equal(prod.otpSender, "none", "production without a provider sends nothing (and logs no code)");
  });
});
