import type { NextFunction, Request, Response } from "express";
import { bearerToken, TokenError, type TokenVerifier } from "./tokens.js";

/**
 * Verifies `Authorization: Bearer` before GraphQL sees the request. No header: anonymous.
 * A header that is present but invalid gets 401 with a GraphQL-shaped error; it is never
 * quietly treated as anonymous.
 */
export function authMiddleware(verify: TokenVerifier) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const token = bearerToken(req.headers.authorization);
      req.salemateClaims = token ? await verify(token) : null;
      next();
    } catch (err) {
      const e = err instanceof TokenError ? err : new TokenError("The bearer token is invalid.", "TOKEN_INVALID");
      res
        .status(401)
        .set("WWW-Authenticate", `Bearer error="invalid_token", error_description="${e.message.replace(/"/g, "'")}"`)
        .json({ errors: [{ message: e.message, extensions: { code: e.code } }] });
    }
  };
}
