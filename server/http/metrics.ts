import { createHash, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type pg from "pg";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Prometheus metrics: requests and latency by GraphQL operation name, and the database pool. */
export function makeMetrics(pool: pg.Pool) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "salemate_" });
  const requests = new Counter({
    name: "salemate_http_requests_total",
    help: "HTTP requests by route, GraphQL operation name and status code",
    labelNames: ["route", "operation", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "salemate_http_request_duration_seconds",
    help: "HTTP request latency by route and GraphQL operation name",
    labelNames: ["route", "operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "salemate_db_pool_connections",
    help: "Gateway database pool connections by state",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });

  // Operation names are chosen by clients: only the first MAX_OPERATION_LABELS get their own label.
  const MAX_OPERATION_LABELS = 200;
  const seen = new Set<string>();
  const label = (name: string) => {
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return "other";
    seen.add(name);
    return name;
  };

  return {
    registry,
    middleware(req: Request, res: Response, next: NextFunction) {
      const t0 = process.hrtime.bigint();
      res.on("finish", () => {
        const route = req.path === "/graphql" ? "/graphql" : req.route?.path ?? "other";
        const op = req.operationName && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(req.operationName) ? label(req.operationName) : req.path === "/graphql" ? "anonymous" : "";
        requests.inc({ route, operation: op, status: String(res.statusCode) });
        latency.observe({ route, operation: op }, Number(process.hrtime.bigint() - t0) / 1e9);
      });
      next();
    },
    async handler(_req: Request, res: Response) {
      res.set("content-type", registry.contentType).send(await registry.metrics());
    },
  };
}

/** `Authorization: Bearer <token>` for /metrics, compared in constant time. */
export function requireMetricsToken(token: string) {
  const expected = createHash("sha256").update(token).digest();
  return (req: Request, res: Response, next: NextFunction) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
    const given = createHash("sha256").update(m?.[1] ?? "").digest();
    if (m && timingSafeEqual(given, expected)) return next();
    res.status(401).set("WWW-Authenticate", 'Bearer realm="metrics"').type("text/plain").send("metrics need the bearer token (METRICS_TOKEN)\n");
  };
}
