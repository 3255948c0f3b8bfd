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
}

export function makeAuthResolver(verify: TokenVerifier): AuthResolver {
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
      const raw = params?.authorization ?? params?.token;
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (!value) return pgSettingsFor(undefined);
      const token = /^Bearer\s/i.test(value) ? bearerToken(value) : value;
      return pgSettingsFor(token ? await verify(token) : undefined);
    },
  };
}
