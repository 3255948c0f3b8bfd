import { SafeError } from "postgraphile/grafast";
import type pg from "pg";
import { ChannelListener, RealtimeError } from "./listener.js";

/**
 * What one subscriber may receive. Every event is re-checked under the subscriber's own role
 * and claims before it is delivered: an event about a row they cannot read is dropped, never
 * sent as null. Subscribing to one lead or thread they cannot read is refused at once.
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
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function refuse(message: string, code = "SUBSCRIPTION_REFUSED"): never {
  throw new SafeError(message, { code });
}

/** Runs one statement as the subscriber (role + claims), in a read-only transaction. */
async function asSubscriber(pool: pg.Pool, settings: Record<string, string>, sql: string, params: unknown[]): Promise<boolean> {
  const c = await pool.connect();
  try {
    await c.query("begin read only");
    const keys = Object.keys(settings);
    await c.query(`select ${keys.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, keys.flatMap((k) => [k, settings[k]]));
    const { rows } = await c.query<{ ok: boolean }>(sql, params);
    await c.query("commit");
    return rows[0]?.ok === true;
  } catch (err) {
    await c.query("rollback").catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

export interface RealtimeHubOptions {
  pool: pg.Pool;
  listener: ChannelListener;
  maxSubscriptionsPerUser: number;
}

/** Shared by all requests of a gateway process: the listener and the per-user counts. */
export class RealtimeHub {
  private readonly open = new Map<string, number>();
  constructor(private readonly opts: RealtimeHubOptions) {}

  openSubscriptions(user?: string): number {
    if (user) return this.open.get(user) ?? 0;
    let n = 0;
    for (const v of this.open.values()) n += v;
    return n;
  }

  /** A subscriber bound to one request's identity (pgSettings from its verified token). */
  forSubscriber(settings: Record<string, string>) {
    const hub = this;
    const { pool, listener, maxSubscriptionsPerUser } = this.opts;
    const sub = settings["request.jwt.claim.sub"];
    const user = sub ?? `anon`;
    const check = (sql: string, params: unknown[]) => asSubscriber(pool, settings, sql, params);

    return {
      async subscribe(topicName: string): Promise<AsyncIterableIterator<RealtimeEvent>> {
        const { channel, visible } = await route(parseTopic(topicName), sub, check);
        const count = hub.open.get(user) ?? 0;
        if (count >= maxSubscriptionsPerUser) {
          refuse(`You already have ${count} open subscriptions, the most allowed; end one before starting another.`, "TOO_MANY_SUBSCRIPTIONS");
        }
        hub.open.set(user, count + 1);
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          const n = (hub.open.get(user) ?? 1) - 1;
          if (n <= 0) hub.open.delete(user);
          else hub.open.set(user, n);
        };
        let source: AsyncIterableIterator<string>;
        try {
          source = await listener.subscribe(channel);
        } catch (err) {
          release();
          if (err instanceof RealtimeError) refuse(err.message, "REALTIME_UNAVAILABLE");
          throw err;
        }
        let greeted = false;
        const it: AsyncIterableIterator<RealtimeEvent> = {
          [Symbol.asyncIterator]() {
            return this;
          },
          async next() {
            if (!greeted) {
              greeted = true;
              // LISTEN is active from here on: tell the client it is live.
              return { done: false, value: { kind: "SUBSCRIBED" } };
            }
            for (;;) {
              let r: IteratorResult<string>;
              try {
                r = await source.next();
              } catch (err) {
                release();
                throw err instanceof RealtimeError ? new SafeError(err.message, { code: "REALTIME_INTERRUPTED" }) : err;
              }
              if (r.done) {
                release();
                return { done: true, value: undefined };
              }
              let event: RealtimeEvent;
              try {
                event = JSON.parse(r.value);
              } catch {
                continue;
              }
              if (await visible(event)) return { done: false, value: event };
            }
          },
          async return() {
            release();
            await source.return?.();
            return { done: true, value: undefined };
          },
          async throw(err) {
            release();
            await source.return?.();
            throw err;
          },
        };
        return it;
      },
    };
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

async function route(
  topic: Topic,
  sub: string | undefined,
  check: (sql: string, params: unknown[]) => Promise<boolean>,
): Promise<{ channel: string; visible: (e: RealtimeEvent) => Promise<boolean> }> {
  const idOk = (e: RealtimeEvent, key: "id" | "lead_id" | "thread_id") => typeof e[key] === "string" && UUID.test(e[key]!);
  switch (topic.kind) {
    case "lead": {
      if (!UUID.test(topic.leadId)) refuse("leadId is not a valid id.", "INVALID_ID");
      const sql = "select exists (select 1 from public.leads where id = $1) as ok";
      if (!(await check(sql, [topic.leadId]))) refuse("That lead does not exist or you may not see it.", "NOT_FOUND");
      return { channel: `salemate:lead:${topic.leadId.toLowerCase()}`, visible: () => check(sql, [topic.leadId]) };
    }
    case "my_leads": {
      if (!sub) refuse("Sign in to follow your leads.", "UNAUTHENTICATED");
      return {
        channel: "salemate:leads",
        visible: (e) =>
          idOk(e, "lead_id")
            ? check(
                `select exists (select 1 from public.leads l where l.id = $1 and (
                   l.assigned_to_id = auth.uid() or l.owner_id = auth.uid()
                   or (l.assigned_to_id is not null and salemate.manages_profile(l.assigned_to_id)))) as ok`,
                [e.lead_id],
              )
            : Promise.resolve(false),
      };
    }
    case "support_thread": {
      if (!UUID.test(topic.threadId)) refuse("threadId is not a valid id.", "INVALID_ID");
      const threadSql = "select exists (select 1 from public.support_threads where thread_id = $1) as ok";
      if (!(await check(threadSql, [topic.threadId]))) refuse("That support thread does not exist or you may not see it.", "NOT_FOUND");
      return {
        channel: `salemate:support_thread:${topic.threadId.toLowerCase()}`,
        visible: (e) => {
          if (!idOk(e, "id")) return Promise.resolve(false);
          // Internal notes are invisible to customers under RLS, so they never pass this check.
          if (e.kind === "MESSAGE_ADDED") return check("select exists (select 1 from public.support_messages where message_id = $1) as ok", [e.id]);
          return check(threadSql, [e.id]);
        },
      };
    }
    case "support_queue": {
      if (!(await check("select salemate.is_staff() as ok", []))) refuse("The support queue is for support staff and admins.", "FORBIDDEN");
      return {
        channel: "salemate:support_queue",
        visible: (e) => (idOk(e, "id") ? check("select exists (select 1 from public.support_threads where thread_id = $1) as ok", [e.id]) : Promise.resolve(false)),
      };
    }
    case "my_wallet": {
      if (!sub) refuse("Sign in to follow your wallet.", "UNAUTHENTICATED");
      return {
        channel: `salemate:wallet:${sub.toLowerCase()}`,
        visible: (e) => {
          if (!idOk(e, "id")) return Promise.resolve(false);
          if (e.kind === "BALANCE_CHANGED") return check("select exists (select 1 from public.profile_wallets where id = $1) as ok", [e.id]);
          return check("select exists (select 1 from public.profile_wallet_ledger where ledger_id = $1) as ok", [e.id]);
        },
      };
    }
  }
}
