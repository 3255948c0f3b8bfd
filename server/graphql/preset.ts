import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import type pg from "pg";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import type { AuthResolver } from "../auth/resolve.js";

export interface PresetOptions {
  /** Pool for user queries (the gateway's login role, which switches role per request). */
  pool: pg.Pool;
  /** Connection string for the LISTEN connection of subscriptions (must be a session, not a transaction pooler). */
  listenUrl?: string;
  auth: AuthResolver;
  graphiql: boolean;
  explain?: boolean;
}

/** The gateway's schema: the consolidated tables and helper views of `public`, as SQL describes them. */
export function makePreset(opts: PresetOptions): GraphileConfig.Preset {
  return {
    extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
    pgServices: [
      makePgService({
        pool: opts.pool,
        schemas: ["public"],
        pubsub: true,
      }),
    ],
    grafserv: {
      graphqlPath: "/graphql",
      graphiqlPath: "/graphiql",
      graphiql: opts.graphiql,
      graphiqlOnGraphQLGET: false,
      websockets: true,
    },
    grafast: {
      explain: opts.explain ?? false,
      async context(requestContext) {
        const req = requestContext.expressv4?.req ?? requestContext.node?.req;
        const pgSettings = req
          ? opts.auth.settingsForRequest(req)
          : await opts.auth.settingsForConnectionParams(requestContext.ws?.normalizedConnectionParams);
        return { pgSettings };
      },
    },
    schema: {
      // Frontends filter and sort on indexed columns only; SQL decides what is indexed.
      pgForbidSetofFunctionsToReturnNull: true,
    },
  };
}
