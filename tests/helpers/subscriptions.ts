import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

/** A real graphql-ws client against a test gateway, collecting what each subscription receives. */
export interface Received {
  events: any[];
  errors: unknown[];
  completed: boolean;
  /** Resolves when `n` events have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<any[]>;
  stop(): void;
}

export interface WsClient {
  client: Client;
  closed: Promise<{ code: number; reason: string }>;
  subscribe(query: string, variables?: Record<string, unknown>): Received;
  dispose(): Promise<void>;
}

export function wsClient(httpUrl: string, getToken: () => string | undefined | Promise<string | undefined>, opts: { retryAttempts?: number } = {}): WsClient {
  let onClosed!: (v: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((r) => (onClosed = r));
  const client = createClient({
    url: httpUrl.replace(/^http/, "ws") + "/graphql",
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: opts.retryAttempts ?? 0,
    connectionParams: async () => {
      const token = await getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      closed: (e: any) => onClosed({ code: e?.code, reason: String(e?.reason ?? "") }),
    },
  });
  return {
    client,
    closed,
    subscribe(query, variables) {
      const events: any[] = [];
      const errors: unknown[] = [];
      const waiters: Array<{ n: number; resolve: (v: any[]) => void }> = [];
      const r: Received = {
        events,
        errors,
        completed: false,
        waitFor(n, ms = 5000) {
          if (events.length >= n) return Promise.resolve(events);
          return new Promise((resolve, reject) => {
            const t = setTimeout(() => reject(new Error(`expected ${n} events within ${ms} ms, got ${events.length}: ${JSON.stringify(events)} errors: ${JSON.stringify(errors)}`)), ms);
            waiters.push({ n, resolve: (v) => (clearTimeout(t), resolve(v)) });
          });
        },
        stop: () => unsubscribe(),
      };
      const unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (v) => {
            events.push(v);
            for (const w of waiters.filter((w) => events.length >= w.n)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(events);
            }
          },
          error: (e) => errors.push(e),
          complete: () => (r.completed = true),
        },
      );
      return r;
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
