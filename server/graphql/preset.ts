import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getOperationAST, type GraphQLError } from "graphql";
import type pg from "pg";
import { makePgService } from "postgraphile/adaptors/pg";
import { makeWithPgClient } from "../db/with-pg-client.js";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import type { AuthResolver } from "../auth/resolve.js";
import { GRAPHQL_DIR } from "../paths.js";
import type { RealtimeHub } from "../realtime/subscriber.js";
import { DatabaseUnavailablePlugin } from "../http/unavailable.js";
import { EnumAggregateKeysPlugin, EnumNamesPlugin } from "./plugins/enum-names.js";
import { HavingTypesPlugin } from "./plugins/having-types.js";
import { makeLimitsPlugin } from "./plugins/limits.js";
import { NotFoundOrNotPermittedPlugin } from "./plugins/not-found-or-not-permitted.js";
import { PrimaryKeyNamesPlugin } from "./plugins/primary-key-names.js";
import { RealtimePlugin } from "./plugins/realtime.js";

export interface PresetOptions {
  /** Pool for user queries: the gateway's login role, which switches role per request. */
  pool: pg.Pool;
  auth: AuthResolver;
  graphiql: boolean;
  maxPageSize: number;
  maxDepth: number;
  maxCost?: number;
  maxAliases?: number;
  maxTokens?: number;
  maxInputDepth?: number;
  maxStringLength?: number;
  statementTimeoutMs: number;
  bodyLimitBytes: number;
  maskError: (e: GraphQLError) => GraphQLError;
  realtime: RealtimeHub;
  explain?: boolean;
  plugins?: GraphileConfig.Plugin[];
  presets?: GraphileConfig.Preset[];
}

/** The example operations GraphiQL opens with (graphql/examples.graphql, validated by a test). */
const GRAPHIQL_EXAMPLES = readFileSync(path.join(GRAPHQL_DIR, "examples.graphql"), "utf8");

/** The gateway's schema: the consolidated tables and helper views of `public`, as SQL describes them. */
export function makePreset(opts: PresetOptions): GraphileConfig.Preset {
  // Settings and statement in one round trip (server/db/with-pg-client.ts), in place of the adaptor's four.
  const withPgClient = makeWithPgClient(opts.pool);
  return {
    extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset, ...(opts.presets ?? [])],
    plugins: [PrimaryKeyNamesPlugin, EnumNamesPlugin, EnumAggregateKeysPlugin, HavingTypesPlugin, RealtimePlugin, DatabaseUnavailablePlugin, NotFoundOrNotPermittedPlugin, makeLimitsPlugin({ maxPageSize: opts.maxPageSize, maxDepth: opts.maxDepth, maxCost: opts.maxCost, maxAliases: opts.maxAliases, maxTokens: opts.maxTokens, maxInputDepth: opts.maxInputDepth, maxStringLength: opts.maxStringLength }), ...(opts.plugins ?? [])],
    pgServices: [
      makePgService({
        pool: opts.pool,
        schemas: ["public"],
        pubsub: true,
      }),
    ],
    ruru: {
      clientConfig: {
        defaultQuery: GRAPHIQL_EXAMPLES,
        // A place for the bearer token: `npx salemate token --role agent`, then paste it after "Bearer ".
        defaultHeaders: JSON.stringify({ Authorization: "" }, null, 2),
        isHeadersEditorEnabled: true,
      } as NonNullable<NonNullable<GraphileConfig.Preset["ruru"]>["clientConfig"]>,
    },
    grafserv: {
      graphqlPath: "/graphql",
      graphiqlPath: "/graphiql",
      graphiql: opts.graphiql,
      graphiqlOnGraphQLGET: false,
      websockets: true,
      maxRequestLength: opts.bodyLimitBytes,
      maskError: opts.maskError,
    },
    grafast: {
      explain: opts.explain ?? false,
      async context(requestContext, args) {
        const req = requestContext.expressv4?.req ?? requestContext.node?.req;
        const ws = requestContext.ws;
        const identity = req
          ? opts.auth.settingsForRequest(req)
          : ws
            ? await opts.auth.settingsForWebsocket(ws as never)
            : await opts.auth.settingsForConnectionParams(undefined);
        const pgSettings = { ...identity, statement_timeout: String(opts.statementTimeoutMs) };
        // A subscription's event payloads only read: identical reads of one persona are shared.
        const subscription = getOperationAST(args.document, args.operationName ?? undefined)?.operation === "subscription";
        return {
          pgSettings,
          realtime: opts.realtime.forSubscriber(identity),
          withPgClient: subscription ? opts.realtime.sharedReads.withPgClient(withPgClient, pgSettings) : withPgClient,
        } as unknown as Partial<Grafast.Context>;
      },
    },
    schema: {
      pgForbidSetofFunctionsToReturnNull: true,
    },
  };
}
