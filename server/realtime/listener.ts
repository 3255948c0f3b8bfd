import pg from "pg";
import type { Logger } from "pino";

/**
 * One dedicated LISTEN connection per gateway process, shared by every subscription.
 * It must be a direct (session) connection: a transaction-mode pooler (Supabase's port 6543,
 * PgBouncer in transaction mode) hands each statement to any server connection, so LISTEN
 * would register on a connection that is not ours to read notifications from.
 *
 * Each subscription has its own bounded queue: a slow consumer only ever fills its own queue,
 * and when it overflows that subscription alone ends with a clear error. If the connection
 * drops, every subscription ends with an error (clients resubscribe) rather than silently
 * missing events.
 */

/** A notification, numbered in the order this process received it (across all channels). */
export interface Notification {
  seq: number;
  payload: string;
}

export interface ChannelSubscription extends AsyncIterableIterator<Notification> {}

interface Sink {
  push(n: Notification): void;
  fail(err: Error): void;
}

export class RealtimeError extends Error {}

export class ChannelListener {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly channels = new Map<string, Set<Sink>>();
  /** LISTEN in flight or done, per channel: later subscribers wait for the same one. */
  private readonly listening = new Map<string, Promise<unknown>>();
  private chain: Promise<unknown> = Promise.resolve();
  private released = false;
  private received = 0;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
    private readonly maxQueue = 500,
  ) {}

  /** Number of open subscriptions (for metrics and leak checks). */
  get size(): number {
    let n = 0;
    for (const s of this.channels.values()) n += s.size;
    return n;
  }

  /** Sequence number of the last notification received: anything numbered higher arrived later. */
  get seq(): number {
    return this.received;
  }

  /** Resolves once LISTEN is active, so no event committed after this can be missed. */
  async subscribe(channel: string): Promise<ChannelSubscription> {
    if (this.released) throw new RealtimeError("The realtime listener has been shut down.");
    const queue: Notification[] = [];
    const waiting: Array<{ resolve: (r: IteratorResult<Notification>) => void; reject: (e: Error) => void }> = [];
    let finished: IteratorResult<Notification> | Error | null = null;
    const sinks = () => this.channels.get(channel);

    const finish = (outcome: IteratorResult<Notification> | Error) => {
      if (finished) return;
      finished = outcome;
      for (const w of waiting.splice(0)) outcome instanceof Error ? w.reject(outcome) : w.resolve(outcome);
      const set = sinks();
      set?.delete(sink);
      if (set && set.size === 0) {
        this.channels.delete(channel);
        this.listening.delete(channel);
        void this.serial((c) => c.query(`unlisten ${pg.escapeIdentifier(channel)}`)).catch(() => {});
      }
    };
    const sink: Sink = {
      push: (payload) => {
        if (finished) return;
        const w = waiting.shift();
        if (w) return w.resolve({ done: false, value: payload });
        if (queue.length >= this.maxQueue) {
          return finish(new RealtimeError(`This subscription fell more than ${this.maxQueue} events behind and was ended; subscribe again.`));
        }
        queue.push(payload);
      },
      fail: (err) => finish(err),
    };

    if (!this.channels.has(channel)) {
      this.channels.set(channel, new Set());
      this.listening.set(channel, this.serial((c) => c.query(`listen ${pg.escapeIdentifier(channel)}`)));
    }
    this.channels.get(channel)!.add(sink);
    try {
      await this.listening.get(channel);
    } catch (err) {
      this.listening.delete(channel);
      finish(err as Error);
      this.log.warn({ err: (err as Error).message }, "realtime LISTEN failed");
      throw new RealtimeError("Realtime is unavailable right now; try again shortly.");
    }

    const iterator: ChannelSubscription = {
      [Symbol.asyncIterator]() {
        return this;
      },
      next() {
        if (queue.length) return Promise.resolve({ done: false, value: queue.shift()! });
        if (finished) return finished instanceof Error ? Promise.reject(finished) : Promise.resolve(finished);
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return(value?: unknown) {
        finish({ done: true, value: value as Notification });
        return Promise.resolve({ done: true, value: value as Notification });
      },
      throw(err?: unknown) {
        finish(err instanceof Error ? err : new Error(String(err)));
        return Promise.resolve({ done: true, value: undefined as unknown as Notification });
      },
    };
    return iterator;
  }

  release(): void {
    this.released = true;
    this.failAll(new RealtimeError("The gateway is shutting down; reconnect shortly."));
    const c = this.client;
    this.client = null;
    c?.end().catch(() => {});
  }

  private serial<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const run = this.chain.then(async () => fn(await this.connection()));
    this.chain = run.catch(() => {});
    return run;
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const c = new pg.Client({ connectionString: this.url, application_name: "salemate-gateway-listener" });
      c.on("notification", (n) => {
        const seq = ++this.received;
        for (const s of this.channels.get(n.channel) ?? []) s.push({ seq, payload: n.payload ?? "" });
      });
      const lost = (err?: Error) => {
        if (this.client !== c) return;
        this.client = null;
        this.log.warn({ err: err?.message }, "realtime listener connection lost");
        this.failAll(new RealtimeError("The realtime connection was interrupted; subscribe again to carry on."));
      };
      c.on("error", lost);
      c.on("end", () => lost());
      try {
        await c.connect();
      } finally {
        this.connecting = null;
      }
      this.client = c;
      return c;
    })();
    return this.connecting;
  }

  private failAll(err: Error): void {
    for (const set of [...this.channels.values()]) for (const s of [...set]) s.fail(err);
    this.channels.clear();
    this.listening.clear();
  }
}
