import { ApolloClient, ApolloLink, HttpLink, type InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { RetryLink } from "@apollo/client/link/retry";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { OperationTypeNode, type DocumentNode } from "graphql";
import { createClient, MessageType, type Client as WsClient, type ClientOptions as WsClientOptions } from "graphql-ws";
import { createSaleMateCache } from "./cache.js";

/** The user's current access token (a Supabase session's `access_token`), or nothing when signed out. */
export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

/**
 * How an operation names its document to the gateway:
 *  - `"hash+query"`: the generated document's hash (`extensions.persistedQuery.sha256Hash`) and
 *    its text. A gateway with trusted documents on runs the manifest's document for the hash;
 *    one without runs the text. Works against both.
 *  - `"hash"`: the hash alone over HTTP (smaller requests). Needs trusted documents on.
 *  - `"query"`: the text alone.
 * Documents that are not the SDK's (no hash) are always sent as text; a gateway with trusted
 * documents on refuses them unless it allows ad-hoc operations.
 */
export type PersistedDocumentsMode = "hash+query" | "hash" | "query";

export interface SaleMateClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `https://api.salemate.eg/graphql`. */
  httpUrl: string;
  /** The same endpoint for websockets, e.g. `wss://api.salemate.eg/graphql`. */
  wsUrl: string;
  /**
   * Called for every HTTP request and every websocket (re)connection, so it should return the
   * current, refreshed token (Supabase's `getSession()` does).
   */
  getToken: TokenGetter;
  /** Default `"hash+query"`. */
  persistedDocuments?: PersistedDocumentsMode;
  /**
   * The gateway closes a websocket with 4401 when the token it was opened with expires (or is
   * invalid). Subscriptions then reconnect, with a token from `getToken`, and resubscribe: at
   * most this many times in a row without a result in between. Default 3.
   */
  authRetries?: number;
  /** `fetch` for HTTP (default: the global one). */
  fetch?: HttpLink.Options["fetch"];
  /** A WebSocket implementation where there is no global one (e.g. the `ws` package). */
  webSocketImpl?: WsClientOptions["webSocketImpl"];
  /** More graphql-ws options (retryAttempts, keepAlive, on...). */
  ws?: Omit<Partial<WsClientOptions>, "url" | "connectionParams" | "webSocketImpl">;
  /** A cache of your own (default: `createSaleMateCache()`, which has the SDK's key and pagination policies). */
  cache?: InMemoryCache;
  /** More Apollo Client options (defaultOptions, devtools, clientAwareness...). */
  apollo?: Omit<Partial<ApolloClient.Options>, "link" | "cache">;
}

/** The close code the gateway uses for an expired or invalid token. */
export const WS_CLOSE_UNAUTHORIZED = 4401;

/** An Apollo Client for the gateway, with its websocket client (for `on(...)` and `dispose()`). */
export class SaleMateClient extends ApolloClient {
  readonly wsClient: WsClient;

  constructor(options: ApolloClient.Options, wsClient: WsClient) {
    super(options);
    this.wsClient = wsClient;
  }

  /** Stops the client and closes the websocket. */
  async dispose(): Promise<void> {
    this.stop();
    await this.wsClient.dispose();
  }
}

/**
 * An Apollo Client 4 for the SaleMate gateway: queries and mutations over HTTP, subscriptions
 * over graphql-ws, the token from `getToken` on both, and the SDK's cache policies.
 */
export function createSaleMateClient(options: SaleMateClientOptions): SaleMateClient {
  const mode = options.persistedDocuments ?? "hash+query";
  const authRetries = options.authRetries ?? 3;

  const authorization = async (): Promise<string | undefined> => {
    const token = await options.getToken();
    return token ? `Bearer ${token}` : undefined;
  };

  // 4401 closes since an operation last got a result; a resubscription is tried while this is
  // within authRetries. (graphql-ws itself treats 4401 as final. The gateway accepts any
  // connection and checks the token with the first operation, so a connection alone proves
  // nothing.)
  let unauthorizedCloses = 0;
  let lastCloseCode: number | undefined;
  const userOn = options.ws?.on;
  const wsClient = createClient({
    lazy: true,
    ...options.ws,
    url: options.wsUrl,
    webSocketImpl: options.webSocketImpl,
    // A function, so every (re)connection asks for the current token.
    connectionParams: async () => {
      const value = await authorization();
      return value ? { authorization: value } : {};
    },
    on: {
      ...userOn,
      message: (message) => {
        if (message.type === MessageType.Next) {
          unauthorizedCloses = 0;
          lastCloseCode = undefined;
        }
        userOn?.message?.(message);
      },
      closed: (event) => {
        lastCloseCode = (event as { code?: number } | undefined)?.code;
        if (lastCloseCode === WS_CLOSE_UNAUTHORIZED) unauthorizedCloses += 1;
        userOn?.closed?.(event);
      },
    },
  });

  const resubscribeAfterUnauthorized = new RetryLink({
    delay: { initial: 200, max: 2_000, jitter: true },
    attempts: () => lastCloseCode === WS_CLOSE_UNAUTHORIZED && unauthorizedCloses <= authRetries,
  });

  const httpAuth = new SetContextLink(async ({ headers }) => {
    const value = await authorization();
    return value ? { headers: { ...headers, authorization: value } } : {};
  });

  const link = ApolloLink.from([
    persistedDocumentsLink(mode),
    ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      ApolloLink.from([resubscribeAfterUnauthorized, new GraphQLWsLink(wsClient)]),
      ApolloLink.from([httpAuth, new HttpLink({ uri: options.httpUrl, fetch: options.fetch })]),
    ),
  ]);

  return new SaleMateClient({ ...options.apollo, link, cache: options.cache ?? createSaleMateCache() }, wsClient);
}

/** The hash codegen put on a generated document (`sha256:<hex>`), as APQ's bare hex. */
export function documentHash(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === "string" ? hash.replace(/^sha256:/, "") : undefined;
}

function persistedDocumentsLink(mode: PersistedDocumentsMode): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const hash = mode === "query" ? undefined : documentHash(operation.query);
    if (hash) {
      operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
      if (mode === "hash") {
        operation.setContext(({ http }) => ({ http: { ...http, includeQuery: false, includeExtensions: true } }));
      }
    }
    return forward(operation);
  });
}
