import type { PgClient, PgClientQuery, WithPgClient } from "postgraphile/@dataplan/pg";

/**
 * A persona: subscribers whose verified identity would get the same answer from the database.
 * Two subscriptions with the same role and the same claims apart from the token's times
 * (exp, iat, nbf, jti) are one persona: the same user in several tabs, or several
 * subscriptions of one client, share one check per event.
 */
export function personaKey(settings: Record<string, string>): string {
  let claims: Record<string, unknown> = {};
  try {
    claims = JSON.parse(settings["request.jwt.claims"] ?? "{}");
  } catch {
    /* no claims: anon */
  }
  const { exp: _exp, iat: _iat, nbf: _nbf, jti: _jti, ...rest } = claims;
  const stable = Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify([settings.role ?? "", settings["request.jwt.claim.sub"] ?? "", stable]);
}

/**
 * Subscription payloads of one persona share their reads. When an event reaches several
 * subscriptions with the same identity (a user's tabs, or many subscriptions of one client),
 * each runs the same GraphQL selection: identical statements, with identical settings, in
 * flight at the same moment, are sent once and the answer handed to all of them.
 *
 * Only for subscription operations, whose event payloads only read (the gateway installs it
 * for those alone); the key holds every setting (role, claims but the token's times,
 * statement_timeout) and the exact statement and values, so a row is only ever shared between
 * callers the database would have answered the same way.
 */
export class SharedReads {
  private readonly inflight = new Map<string, Promise<unknown>>();
  /** Reads answered from another subscription's identical read. */
  shared = 0;

  withPgClient(inner: WithPgClient, pgSettings: Record<string, string>): WithPgClient {
    const { "request.jwt.claims": _claims, ...rest } = pgSettings;
    const who = personaKey(pgSettings) + JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
    const reads = this;
    const client: PgClient = {
      query<T>(q: PgClientQuery) {
        const key = `${who}\u0000${q.text}\u0000${JSON.stringify(q.values ?? [])}\u0000${q.arrayMode ? 1 : 0}`;
        const running = reads.inflight.get(key);
        if (running) {
          reads.shared++;
          return running as Promise<never>;
        }
        const p = inner(pgSettings, (c) => c.query<T>(q));
        reads.inflight.set(key, p);
        void p.finally(() => reads.inflight.delete(key)).catch(() => {});
        return p;
      },
      withTransaction(callback) {
        return inner(pgSettings, (c) => c.withTransaction(callback as never)) as never;
      },
    };
    const shared = (<T>(_settings: Record<string, string | undefined> | null, callback: (c: PgClient) => T | Promise<T>) =>
      Promise.resolve(callback(client))) as WithPgClient;
    return shared;
  }
}
