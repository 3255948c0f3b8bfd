import type { IncomingMessage } from "node:http";
import { pgSettingsFor } from "./pg-settings.js";
import { bearerToken, TokenError, type Claims, type TokenVerifier } from "./tokens.js";

declare module "node:http" {
  interface IncomingMessage {
    /** Set by the auth middleware: verified claims, or null for an anonymous request. */
    salemateClaims?: Claims | null;
  }
}

/** Turns the credentials of an HTTP request or a websocket connection into pgSettings. */
export interface AuthResolver {
  verify: TokenVerifier;
  /** Claims were verified by the HTTP middleware already. */
  settingsForRequest(req: IncomingMessage): Record<string, string>;
  settingsForConnectionParams(params: Record<string, string | string[] | undefined> | undefined): Promise<Record<string, string>>;
  /**
   * Websocket operations: the token from connectionParams. An invalid token closes the socket
   * with 4401 and the reason; a valid one schedules the same close when it expires, so the
   * client reconnects with a fresh token.
   */
  settingsForWebsocket(ws: { socket: WebSocketLike; normalizedConnectionParams?: Record<string, string | string[] | undefined> }): Promise<Record<string, string>>;
}

export interface WebSocketLike {
  close(code?: number, reason?: string): void;
  once(event: "close", listener: () => void): unknown;
}

/** graphql-ws leaves 4400-4499 to applications; 4401 is the conventional "unauthorized". */
export const WS_CLOSE_UNAUTHORIZED = 4401;

const expiryTimers = new WeakMap<WebSocketLike, NodeJS.Timeout>();

export function makeAuthResolver(verify: TokenVerifier): AuthResolver {
  const claimsFromParams = async (params: Record<string, string | string[] | undefined> | undefined): Promise<Claims | undefined> => {
    const raw = params?.authorization ?? params?.token;
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) return undefined;
    const token = /^Bearer\s/i.test(value) ? bearerToken(value) : value;
    return token ? verify(token) : undefined;
  };
  return {
    verify,
    settingsForRequest(req) {
      if (req.salemateClaims === undefined) {
        // Never guess: a request that skipped the middleware is refused.
        throw new TokenError("The request was not authenticated.", "TOKEN_INVALID");
      }
      return pgSettingsFor(req.salemateClaims ?? undefined);
    },
    async settingsForConnectionParams(params) {
      return pgSettingsFor(await claimsFromParams(params));
    },
    async settingsForWebsocket(ws) {
      let claims: Claims | undefined;
      try {
        claims = await claimsFromParams(ws.normalizedConnectionParams);
      } catch (err) {
        const reason = err instanceof TokenError ? err.message : "The token is invalid.";
        // Close reasons are limited to 123 bytes.
        ws.socket.close(WS_CLOSE_UNAUTHORIZED, Buffer.from(reason).subarray(0, 123).toString());
        throw err;
      }
      if (claims?.exp && !expiryTimers.has(ws.socket)) {
        const ms = Math.max(0, claims.exp * 1000 - Date.now());
        const timer = setTimeout(() => ws.socket.close(WS_CLOSE_UNAUTHORIZED, "The token has expired: reconnect with a fresh token."), Math.min(ms, 2 ** 31 - 1));
        timer.unref();
        expiryTimers.set(ws.socket, timer);
        ws.socket.once("close", () => clearTimeout(timer));
      }
      return pgSettingsFor(claims);
    },
  };
}
