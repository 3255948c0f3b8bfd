import net from "node:net";
import pg from "pg";

/**
 * The gateway's connection pool, made to survive a database that goes away under load, using
 * only node-postgres's public options (`Client`, `stream`) and events:
 *
 * - A connection that dies while a request holds it (server stopped or crashed: FATAL 57P01,
 *   "Connection terminated unexpectedly") makes the client emit 'error', and pg-pool listens
 *   only on idle clients: without a listener of our own that event kills the process. The
 *   request that held the connection gets the error anyway (a 503), and the pool drops the
 *   broken connection when it is released.
 * - A database that stops answering without closing its connections (frozen host, network
 *   partition) would leave a request waiting forever: statement_timeout is enforced by the
 *   server, which is exactly what is not running. Each client owns its socket (pg's `stream`
 *   option); a query still unanswered `deadlineMs` after it was sent destroys that socket,
 *   which fails the query like a dropped connection.
 */
export function makeGatewayPool(
  connectionString: string,
  { deadlineMs, max, connectionTimeoutMillis }: { deadlineMs: number; max: number; connectionTimeoutMillis: number },
): pg.Pool {
  const counter = { statements: 0 };
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis, Client: clientWithDeadline(deadlineMs, counter) });
  counters.set(pool, counter);
  pool.on("connect", (client) => {
    client.on("error", () => {
      /* reported to the query that was running; the pool discards the client on release */
    });
  });
  return pool;
}

const counters = new WeakMap<pg.Pool, { statements: number }>();

/** Statements sent through a gateway pool since it was made (benchmarks and tests count SQL per event with it). */
export function poolStatements(pool: pg.Pool): number {
  return counters.get(pool)?.statements ?? 0;
}

function clientWithDeadline(deadlineMs: number, counter: { statements: number }): typeof pg.Client {
  return class DeadlineClient extends pg.Client {
    readonly #socket: net.Socket;

    constructor(config: pg.ClientConfig) {
      const socket = new net.Socket();
      super({ ...config, stream: () => socket });
      this.#socket = socket;
    }

    // The promise and callback forms are timed (the adaptor uses the first, pool.query the
    // second); submittables such as cursors manage their own reads.
    override query(...args: unknown[]): never {
      counter.statements += (args[0] as { statementCount?: number } | undefined)?.statementCount ?? 1;
      const last = args.length - 1;
      if (typeof args[last] === "function") {
        const callback = args[last] as (...r: unknown[]) => void;
        const stop = this.#deadline();
        args[last] = (...r: unknown[]) => {
          stop();
          callback(...r);
        };
        return (super.query as (...a: unknown[]) => never)(...args);
      }
      const result = (super.query as (...a: unknown[]) => unknown)(...args);
      if (!(result instanceof Promise)) return result as never;
      return result.finally(this.#deadline()) as never;
    }

    /** Starts the clock for one query; returns the function that stops it. */
    #deadline(): () => void {
      const timer = setTimeout(() => {
        this.#socket.destroy(Object.assign(new Error(`The database did not answer within ${deadlineMs} ms.`), { code: "ETIMEDOUT" }));
      }, deadlineMs);
      timer.unref();
      return () => clearTimeout(timer);
    }
  } as unknown as typeof pg.Client;
}
