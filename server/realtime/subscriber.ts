import { SafeError } from "postgraphile/grafast";
import pg from "pg";
import { personaKey, SharedReads } from "./shared-reads.js";
import { ChannelListener, RealtimeError, type ChannelSubscription, type Notification } from "./listener.js";

/**
 * What one subscriber may receive. Every event is re-checked before it is delivered, once per
 * committed event for all the subscribers of a topic (see RealtimeHub.route): an event about a
 * row they cannot read is dropped, never sent as null. Subscribing to one lead or thread they
 * cannot read is refused at once. On the "my leads" feed, someone whose set no longer holds the
 * lead gets REMOVED (the lead id only).
 */

export type Topic =
  | { kind: "lead"; leadId: string }
  | { kind: "my_leads" }
  | { kind: "support_thread"; threadId: string }
  | { kind: "support_queue" }
  | { kind: "my_wallet" };

export interface RealtimeEvent {
  kind: string;
  id?: string;
  lead_id?: string;
  thread_id?: string;
  profile_id?: string;
  /** Former owner, assignee and buyer, on a feed event that changed them (or deleted the lead). */
  was?: Array<string | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function refuse(message: string, code = "SUBSCRIPTION_REFUSED"): never {
  throw new SafeError(message, { code });
}

/**
 * Runs one statement as a persona (role + claims), in a read-only transaction: begin,
 * set_config, the statement, commit, sent as one simple-protocol message (one round trip; the
 * values are escaped literals, the statement and parameters are the gateway's own).
 * Returns whether the statement answered `ok = true`.
 */
async function asPersona(pool: pg.Pool, settings: Record<string, string>, sql: string, params: unknown[]): Promise<boolean> {
  const lit = (v: unknown) => (v === null || v === undefined ? "null" : pg.escapeLiteral(String(v)));
  const inlined = sql.replace(/\$(\d+)/g, (_, i) => lit(params[Number(i) - 1]));
  const set = Object.entries(settings)
    .map(([k, v]) => `set_config(${lit(k)}, ${lit(v)}, true)`)
    .join(", ");
  const c = await pool.connect();
  try {
    const results = (await c.query(`begin read only; select ${set}; ${inlined}; commit`)) as unknown as pg.QueryResult<{ ok: boolean }>[];
    return results[2]?.rows[0]?.ok === true;
  } catch (err) {
    await c.query("rollback").catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

/** Statements a persona check costs (begin, set_config, the check, commit). */
const PERSONA_CHECK_STATEMENTS = 4;

/** One subscription, as the topic's fan-out sees it. */
interface Member {
  /** Events the listener numbered up to this arrived before the member joined: not theirs. */
  after: number;
  persona: string;
  sub: string | undefined;
  settings: Record<string, string>;
  push(e: RealtimeEvent): void;
  fail(err: Error): void;
}

/**
 * Decides, once per committed event, which members of a topic receive it (and what: the
 * "my leads" feed turns an event into REMOVED for those who lost the lead). Either one
 * audience statement for every member of the topic, or one check per persona.
 */
type Decide = (event: RealtimeEvent, members: Member[]) => Promise<Map<Member, RealtimeEvent>>;

/** Counters for benchmarks, tests and metrics. */
export interface RealtimeStats {
  /** Events read from the database (NOTIFY payloads), per topic fan-out. */
  events: number;
  /** Statements run to decide who receives them (audience queries, persona checks). */
  statements: number;
  /** Events handed to subscriptions (before their GraphQL payload is fetched). */
  deliveries: number;
}

export interface RealtimeHubOptions {
  pool: pg.Pool;
  listener: ChannelListener;
  maxSubscriptionsPerUser: number;
  /** Events a subscription may fall behind before it is ended (default 500). */
  maxQueue?: number;
}

/**
 * One fan-out per channel: a single LISTEN sink, read in order; each event is decided once
 * for all the topic's subscribers and put on their own bounded queues.
 */
class Fanout {
  readonly members = new Set<Member>();
  private source: ChannelSubscription | null = null;
  private closed = false;
  readonly ready: Promise<void>;

  constructor(
    private readonly hub: RealtimeHub,
    readonly channel: string,
    private readonly decide: Decide,
    private readonly listener: ChannelListener,
  ) {
    this.ready = listener.subscribe(channel).then((source) => {
      this.source = source;
      // LISTEN is active: everything numbered after this was committed after it.
      for (const m of this.members) m.after = listener.seq;
      if (this.closed) void source.return?.();
      else void this.pump(source);
    });
  }

  /** Adds a member; once LISTEN is active, only what arrives from now on is theirs. */
  add(m: Member) {
    m.after = this.source ? this.listener.seq : Number.MAX_SAFE_INTEGER;
    this.members.add(m);
  }

  private async pump(source: ChannelSubscription) {
    for (;;) {
      let r: IteratorResult<Notification>;
      try {
        r = await source.next();
      } catch (err) {
        return this.end(err instanceof RealtimeError ? err : new RealtimeError("The realtime connection was interrupted; subscribe again to carry on."));
      }
      if (r.done) return this.end(null);
      let event: RealtimeEvent;
      try {
        event = JSON.parse(r.value.payload);
      } catch {
        continue;
      }
      this.hub.stats.events++;
      const seq = r.value.seq;
      const members = [...this.members].filter((m) => m.after < seq);
      if (!members.length) continue;
      let decided: Map<Member, RealtimeEvent>;
      try {
        decided = await this.decide(event, members);
      } catch {
        return this.end(new RealtimeError("Realtime is unavailable right now; subscribe again shortly."));
      }
      for (const [m, e] of decided) {
        if (!this.members.has(m)) continue;
        this.hub.stats.deliveries++;
        m.push(e);
      }
    }
  }

  leave(m: Member) {
    this.members.delete(m);
    if (this.members.size === 0) this.end(null);
  }

  private end(err: Error | null) {
    if (this.closed) return;
    this.closed = true;
    this.hub.dropFanout(this);
    for (const m of [...this.members]) if (err) m.fail(err);
    this.members.clear();
    void this.source?.return?.();
  }
}

/** Shared by all requests of a gateway process: the listener, the fan-outs and the per-user counts. */
export class RealtimeHub {
  private readonly open = new Map<string, number>();
  private readonly fanouts = new Map<string, Fanout>();
  readonly stats: RealtimeStats = { events: 0, statements: 0, deliveries: 0 };
  /** Identical payload reads of one persona, shared (see shared-reads.ts). */
  readonly sharedReads = new SharedReads();
  constructor(private readonly opts: RealtimeHubOptions) {}

  openSubscriptions(user?: string): number {
    if (user) return this.open.get(user) ?? 0;
    let n = 0;
    for (const v of this.open.values()) n += v;
    return n;
  }

  /** Channels with at least one subscriber (one LISTEN each). */
  get topics(): number {
    return this.fanouts.size;
  }

  /** @internal */
  dropFanout(f: Fanout) {
    if (this.fanouts.get(f.channel) === f) this.fanouts.delete(f.channel);
  }

  private async join(channel: string, decide: Decide, m: Member): Promise<Fanout> {
    let f = this.fanouts.get(channel);
    if (!f) {
      f = new Fanout(this, channel, decide, this.opts.listener);
      this.fanouts.set(channel, f);
    }
    f.add(m);
    try {
      await f.ready;
    } catch (err) {
      f.leave(m);
      throw err;
    }
    return f;
  }

  /** One audience statement (run as the gateway's login, outside any API role). */
  private audience = async <R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> => {
    this.stats.statements++;
    return (await this.opts.pool.query<R>(sql, params)).rows;
  };

  /** One check per persona among the members; each member of a persona that passes receives the event. */
  private perPersona = (check: (e: RealtimeEvent) => { sql: string; params: unknown[] } | null): Decide => async (event, members) => {
    const out = new Map<Member, RealtimeEvent>();
    const q = check(event);
    if (!q) return out;
    const personas = new Map<string, Member[]>();
    for (const m of members) personas.set(m.persona, [...(personas.get(m.persona) ?? []), m]);
    await Promise.all(
      [...personas.values()].map(async (group) => {
        this.stats.statements += PERSONA_CHECK_STATEMENTS;
        if (await asPersona(this.opts.pool, group[0]!.settings, q.sql, q.params)) for (const m of group) out.set(m, event);
      }),
    );
    return out;
  };

  /** A subscriber bound to one request's identity (pgSettings from its verified token). */
  forSubscriber(settings: Record<string, string>) {
    const hub = this;
    const { pool, maxSubscriptionsPerUser } = this.opts;
    const maxQueue = this.opts.maxQueue ?? 500;
    const sub = settings["request.jwt.claim.sub"];
    const user = sub ?? `anon`;
    let persona: string | undefined; // computed by the first subscription (every request makes a subscriber)
    const check = (sql: string, params: unknown[]) => asPersona(pool, settings, sql, params);

    return {
      async subscribe(topicName: string): Promise<AsyncIterableIterator<RealtimeEvent>> {
        const { channel, decide } = await hub.route(parseTopic(topicName), sub, check);
        const count = hub.open.get(user) ?? 0;
        if (count >= maxSubscriptionsPerUser) {
          refuse(`You already have ${count} open subscriptions, the most allowed; end one before starting another.`, "TOO_MANY_SUBSCRIPTIONS");
        }
        hub.open.set(user, count + 1);
        let released = false;
        const queue: RealtimeEvent[] = [];
        const waiting: Array<{ resolve: (r: IteratorResult<RealtimeEvent>) => void; reject: (e: Error) => void }> = [];
        let finished: IteratorResult<RealtimeEvent> | Error | null = null;
        let fanout: Fanout | null = null;
        const finish = (outcome: IteratorResult<RealtimeEvent> | Error) => {
          if (finished) return;
          finished = outcome;
          for (const w of waiting.splice(0)) outcome instanceof Error ? w.reject(outcome) : w.resolve(outcome);
          fanout?.leave(member);
          if (!released) {
            released = true;
            const n = (hub.open.get(user) ?? 1) - 1;
            if (n <= 0) hub.open.delete(user);
            else hub.open.set(user, n);
          }
        };
        const member: Member = {
          after: Number.MAX_SAFE_INTEGER,
          persona: (persona ??= personaKey(settings)),
          sub,
          settings,
          push: (e) => {
            if (finished) return;
            const w = waiting.shift();
            if (w) return w.resolve({ done: false, value: e });
            if (queue.length >= maxQueue) {
              return finish(new SafeError(`This subscription fell more than ${maxQueue} events behind and was ended; subscribe again.`, { code: "REALTIME_INTERRUPTED" }));
            }
            queue.push(e);
          },
          fail: (err) => finish(new SafeError(err.message, { code: "REALTIME_INTERRUPTED" })),
        };
        try {
          fanout = await hub.join(channel, decide, member);
        } catch (err) {
          finish({ done: true, value: undefined });
          if (err instanceof RealtimeError) refuse(err.message, "REALTIME_UNAVAILABLE");
          throw err;
        }
        let greeted = false;
        const it: AsyncIterableIterator<RealtimeEvent> = {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            if (!greeted) {
              greeted = true;
              // LISTEN is active from here on: tell the client it is live.
              return Promise.resolve({ done: false, value: { kind: "SUBSCRIBED" } });
            }
            if (queue.length) return Promise.resolve({ done: false, value: queue.shift()! });
            if (finished) return finished instanceof Error ? Promise.reject(finished) : Promise.resolve(finished);
            return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
          },
          async return() {
            finish({ done: true, value: undefined });
            return { done: true, value: undefined };
          },
          async throw(err) {
            finish({ done: true, value: undefined });
            throw err;
          },
        };
        return it;
      },
    };
  }

  /**
   * Where a topic listens, whether the caller may subscribe (checked once, as the caller), and
   * how each of its events is decided. The lead topics ask the database for the lead's audience
   * (salemate.lead_readers, salemate.lead_feed_recipients: one statement per event for every
   * subscriber); support and wallet topics check once per persona under its own role.
   */
  async route(topic: Topic, sub: string | undefined, check: (sql: string, params: unknown[]) => Promise<boolean>): Promise<{ channel: string; decide: Decide }> {
    const idOk = (e: RealtimeEvent, key: "id" | "lead_id" | "thread_id") => typeof e[key] === "string" && UUID.test(e[key]!);
    const uuidOrNull = (v: unknown) => (typeof v === "string" && UUID.test(v) ? v : null);
    switch (topic.kind) {
      case "lead": {
        if (!UUID.test(topic.leadId)) refuse("leadId is not a valid id.", "INVALID_ID");
        const leadId = topic.leadId.toLowerCase();
        if (!(await check("select exists (select 1 from public.leads where id = $1) as ok", [leadId]))) refuse("That lead does not exist or you may not see it.", "NOT_FOUND");
        return {
          channel: `salemate:lead:${leadId}`,
          decide: async (event, members) => {
            const out = new Map<Member, RealtimeEvent>();
            const subs = [...new Set(members.map((m) => m.sub).filter((s): s is string => !!s))];
            if (!subs.length) return out;
            const readers = new Set((await this.audience<{ id: string }>("select r as id from salemate.lead_readers($1, $2::uuid[]) r", [leadId, subs])).map((r) => r.id));
            for (const m of members) if (m.sub && readers.has(m.sub)) out.set(m, event);
            return out;
          },
        };
      }
      case "my_leads": {
        if (!sub) refuse("Sign in to follow your leads.", "UNAUTHENTICATED");
        return {
          channel: "salemate:leads",
          decide: async (event, members) => {
            const out = new Map<Member, RealtimeEvent>();
            if (!idOk(event, "lead_id")) return out;
            const was = Array.isArray(event.was) ? [0, 1, 2].map((i) => uuidOrNull(event.was![i])) : null;
            const rows = await this.audience<{ profile_id: string; sees: boolean }>(
              "select profile_id, sees from salemate.lead_feed_recipients($1, $2::uuid[])",
              [event.lead_id, was],
            );
            const heard = new Map(rows.map((r) => [r.profile_id, r.sees]));
            const removed: RealtimeEvent = { kind: "REMOVED", id: event.lead_id, lead_id: event.lead_id };
            for (const m of members) {
              const sees = m.sub ? heard.get(m.sub) : undefined;
              if (sees === true && event.kind !== "LEAD_DELETED") out.set(m, event);
              else if (sees === false) out.set(m, removed);
            }
            return out;
          },
        };
      }
      case "support_thread": {
        if (!UUID.test(topic.threadId)) refuse("threadId is not a valid id.", "INVALID_ID");
        const threadSql = "select exists (select 1 from public.support_threads where thread_id = $1) as ok";
        if (!(await check(threadSql, [topic.threadId]))) refuse("That support thread does not exist or you may not see it.", "NOT_FOUND");
        return {
          channel: `salemate:support_thread:${topic.threadId.toLowerCase()}`,
          decide: this.perPersona((e) => {
            if (!idOk(e, "id")) return null;
            // Internal notes are invisible to customers under RLS, so they never pass this check.
            if (e.kind === "MESSAGE_ADDED") return { sql: "select exists (select 1 from public.support_messages where message_id = $1) as ok", params: [e.id] };
            return { sql: threadSql, params: [e.id] };
          }),
        };
      }
      case "support_queue": {
        if (!(await check("select salemate.is_staff() as ok", []))) refuse("The support queue is for support staff and admins.", "FORBIDDEN");
        return {
          channel: "salemate:support_queue",
          decide: this.perPersona((e) => (idOk(e, "id") ? { sql: "select exists (select 1 from public.support_threads where thread_id = $1) as ok", params: [e.id] } : null)),
        };
      }
      case "my_wallet": {
        if (!sub) refuse("Sign in to follow your wallet.", "UNAUTHENTICATED");
        return {
          channel: `salemate:wallet:${sub.toLowerCase()}`,
          decide: this.perPersona((e) => {
            if (!idOk(e, "id")) return null;
            if (e.kind === "BALANCE_CHANGED") return { sql: "select exists (select 1 from public.profile_wallets where id = $1) as ok", params: [e.id] };
            return { sql: "select exists (select 1 from public.profile_wallet_ledger where ledger_id = $1) as ok", params: [e.id] };
          }),
        };
      }
    }
  }
}

/** Topics travel through the plan as strings: "lead:<id>", "my_leads", "support_thread:<id>", ... */
export function topicName(t: Topic): string {
  switch (t.kind) {
    case "lead":
      return `lead:${t.leadId}`;
    case "support_thread":
      return `support_thread:${t.threadId}`;
    default:
      return t.kind;
  }
}

function parseTopic(name: string): Topic {
  const [kind, id = ""] = name.split(/:(.*)/s);
  switch (kind) {
    case "lead":
      return { kind, leadId: id };
    case "support_thread":
      return { kind, threadId: id };
    case "my_leads":
    case "support_queue":
    case "my_wallet":
      return { kind };
    default:
      return refuse(`Unknown subscription topic.`);
  }
}
