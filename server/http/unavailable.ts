import { AsyncLocalStorage } from "node:async_hooks";

/**
 * When the database is away (stopped, restarting, unreachable, frozen) or the pool has no
 * connection to give, that is not a bug to hide behind "unexpected error": clients and load
 * balancers should be told to come back shortly. errors.ts turns such errors into a clear
 * GraphQL error (DATABASE_UNAVAILABLE / DATABASE_BUSY) and marks the request; the grafserv
 * middleware below then answers it with 503 and Retry-After instead of 200.
 */

export const RETRY_AFTER_SECONDS = 5;

export interface Unavailability {
  code: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY";
  message: string;
}

// Node's socket errors when PostgreSQL cannot be reached.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
// SQLSTATE class 08 (connection exception), 57P01-57P03 (shutting down, crashed, starting up), 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
// node-postgres's own words for a connection that died or never came up.
const UNAVAILABLE_MESSAGE = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable)/;
// pg-pool: every connection is busy and none came free within connectionTimeoutMillis.
const POOL_TIMEOUT = "timeout exceeded when trying to connect";

const UNAVAILABLE: Unavailability = {
  code: "DATABASE_UNAVAILABLE",
  message: `The database is unavailable right now; retry in ${RETRY_AFTER_SECONDS} seconds.`,
};
const BUSY: Unavailability = {
  code: "DATABASE_BUSY",
  message: `The service is too busy to take this request right now; retry in ${RETRY_AFTER_SECONDS} seconds.`,
};

/** Whether an error means "the database cannot serve this now" (retry later), and which kind. */
export function databaseUnavailability(err: unknown): Unavailability | null {
  if (typeof err !== "object" || err === null) return null;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown[]; cause?: unknown };
  if (e.message === POOL_TIMEOUT) return BUSY;
  if (typeof e.code === "string" && (NETWORK_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) return UNAVAILABLE;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return UNAVAILABLE;
  // Node reports a refused dual-stack connect as an AggregateError of the attempts.
  if (Array.isArray(e.errors) && e.errors.some((x) => databaseUnavailability(x))) return UNAVAILABLE;
  return null;
}

const request = new AsyncLocalStorage<{ unavailable: boolean }>();

/** Called by the error masking: the HTTP request being answered becomes a 503 (no-op for websockets). */
export function markDatabaseUnavailable(): void {
  const store = request.getStore();
  if (store) store.unavailable = true;
}

/** grafserv middleware: a GraphQL response that met an unavailable database is a 503 with Retry-After. */
export const DatabaseUnavailablePlugin: GraphileConfig.Plugin = {
  name: "SaleMateDatabaseUnavailablePlugin",
  version: "1.0.0",
  grafserv: {
    middleware: {
      async processRequest(next) {
        const store = { unavailable: false };
        const result = await request.run(store, () => next());
        if (result && store.unavailable && (result.type === "buffer" || result.type === "json")) {
          result.statusCode = 503;
          result.headers["retry-after"] = String(RETRY_AFTER_SECONDS);
        }
        return result;
      },
    },
  },
};
