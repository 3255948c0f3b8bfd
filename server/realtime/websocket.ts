import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { GraphQLError } from "graphql";
import { CloseCode, makeServer, type ServerOptions } from "graphql-ws";
import { makeGraphQLWSConfig } from "postgraphile/grafserv";
import { WebSocketServer, type RawData, type WebSocket } from "ws";

/**
 * The graphql-ws endpoint with bounds. grafserv's own upgrade handler makes a `ws` server with
 * the library defaults (100 MiB messages, connection_init without any size limit), and exposes no
 * option for them; this handler serves the same protocol with grafserv's public graphql-ws
 * configuration (`makeGraphQLWSConfig`: same auth, context, limits and error masking), inside:
 *  - maxMessageBytes: any frame above it closes the socket with 1009 (message too big), by `ws`;
 *  - maxInitPayloadBytes: the first message (connection_init) above it closes with 1009;
 *  - initTimeoutMs: no connection_init in time closes with 4408 (graphql-ws);
 *  - maxSubscriptionsPerConnection: one more operation closes with 4429 and the reason
 *    (the per-user cap, MAX_SUBSCRIPTIONS_PER_USER, is the realtime hub's: an error for that operation);
 *  - keepAliveMs: a ping every interval; no pong by the next one terminates the socket.
 * Malformed messages (not JSON, unknown type, binary) close with 4400, as graphql-ws defines.
 */
export interface WebsocketBounds {
  maxMessageBytes: number;
  maxInitPayloadBytes: number;
  initTimeoutMs: number;
  maxSubscriptionsPerConnection: number;
  keepAliveMs: number;
}

export const WEBSOCKET_DEFAULTS: WebsocketBounds = {
  maxMessageBytes: 102_400,
  maxInitPayloadBytes: 8_192,
  initTimeoutMs: 5_000,
  maxSubscriptionsPerConnection: 30,
  keepAliveMs: 12_000,
};

/** graphql-ws leaves 4400-4499 to the protocol and applications; 4429 is its "too many" code. */
export const WS_CLOSE_TOO_MANY = 4429;
/** RFC 6455: a message too big to process. */
export const WS_CLOSE_TOO_BIG = 1009;

type GrafservInstance = Parameters<typeof makeGraphQLWSConfig>[0];

/** graphql-ws leaves 4400-4499 to applications; 4401 is the conventional "unauthorized". */
const WS_CLOSE_UNAUTHORIZED = 4401;

/**
 * checkConnection: called with connection_init's payload; a reason string refuses the connection
 * (close 4401 with that reason) before connection_ack, so a bad token is not acknowledged.
 */
export function makeBoundedWebsockets(serv: GrafservInstance, bounds: WebsocketBounds, checkConnection?: (params: Record<string, unknown> | undefined) => Promise<string | undefined>) {
  const base = makeGraphQLWSConfig(serv) as ServerOptions<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>;
  const gqlws = makeServer<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>({
    ...base,
    connectionInitWaitTimeout: bounds.initTimeoutMs,
    async onConnect(ctx) {
      const refusal = checkConnection ? await checkConnection(ctx.connectionParams) : undefined;
      if (refusal !== undefined) {
        // Close reasons are limited to 123 bytes.
        ctx.extra.socket.close(WS_CLOSE_UNAUTHORIZED, Buffer.from(refusal).subarray(0, 123).toString());
        return false;
      }
      return base.onConnect ? base.onConnect(ctx) : true;
    },
    onSubscribe(ctx, id, payload) {
      const open = Object.keys(ctx.subscriptions).length;
      if (open > bounds.maxSubscriptionsPerConnection) {
        const reason = `More than ${bounds.maxSubscriptionsPerConnection} operations on one connection (MAX_SUBSCRIPTIONS_PER_CONNECTION).`;
        ctx.extra.socket.close(WS_CLOSE_TOO_MANY, reason);
        return [new GraphQLError(reason, { extensions: { code: "TOO_MANY_SUBSCRIPTIONS", limit: "MAX_SUBSCRIPTIONS_PER_CONNECTION", max: bounds.maxSubscriptionsPerConnection, value: open } })];
      }
      return base.onSubscribe!(ctx, id, payload);
    },
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: bounds.maxMessageBytes });
  /** Each socket's connection underneath (to stop reading from a client whose frame was refused). */
  const transports = new WeakMap<WebSocket, Duplex>();

  const keepAlive = (socket: WebSocket) => {
    if (!(bounds.keepAliveMs > 0)) return;
    let alive = true;
    socket.on("pong", () => (alive = true));
    const timer = setInterval(() => {
      if (!alive) {
        socket.terminate();
        return;
      }
      alive = false;
      socket.ping();
    }, bounds.keepAliveMs);
    timer.unref();
    socket.once("close", () => clearInterval(timer));
  };

  wss.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    keepAlive(socket);
    // A frame over maxPayload: `ws` stops parsing and sends its 1009 close itself. Keep the error
    // off the process, and drop the connection a moment later (not at once: the close frame would
    // race the reset, and the client would see 1006). Meanwhile `ws` would drain whatever else the
    // client sends (it resumes the socket on the next tick): a client pushing a 90 MB frame would
    // have the gateway read all of it in that second. Stop reading instead; the close frame still
    // goes out.
    socket.on("error", () => {
      setImmediate(() => transports.get(socket)?.pause());
      setTimeout(() => socket.terminate(), 1_000).unref();
    });
    let first = true;
    const closed = gqlws.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on("message", async (data: RawData, isBinary: boolean) => {
            const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).byteLength;
            if (first) {
              first = false;
              if (size > bounds.maxInitPayloadBytes) {
                socket.close(WS_CLOSE_TOO_BIG, `connection_init over ${bounds.maxInitPayloadBytes} bytes (MAX_WS_INIT_BYTES)`);
                return;
              }
            }
            if (isBinary) {
              socket.close(CloseCode.BadRequest, "Binary frames are not graphql-ws messages");
              return;
            }
            try {
              await cb(data.toString());
            } catch (err) {
              try {
                // Errors from our code are not the client's business: a generic reason only.
                socket.close(CloseCode.InternalServerError, "Internal error");
              } catch {
                /* already closed */
              }
              void err;
            }
          }),
      },
      { socket, request },
    );
    socket.once("close", (code, reason) => void closed(code, reason.toString()));
  });

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      wss.handleUpgrade(req, socket, head, (ws) => {
        transports.set(ws, socket);
        wss.emit("connection", ws, req);
      });
    },
    /** Closes every socket (1001 going away) and the server. */
    async close() {
      for (const ws of wss.clients) ws.close(1001, "The gateway is shutting down.");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const ws of wss.clients) ws.terminate();
    },
  };
}
