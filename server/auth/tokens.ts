import { readFileSync } from "node:fs";
import { LRU } from "@graphile/lru";
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";

/**
 * Verifies the bearer tokens frontends already hold from Supabase Auth: HS256 with the
 * project's JWT secret and/or asymmetric signing keys (RS256, ES256) from a JWKS. Accepted
 * algorithms are pinned per key kind, so `alg: none` and algorithm confusion both fail.
 */

export interface TokenVerifierOptions {
  /** Supabase's legacy JWT secret (HS256). */
  secret?: string;
  /** Supabase's signing keys: `https://<project>.supabase.co/auth/v1/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** The same JWKS as a file. */
  jwksFile?: string;
  audience: string;
  /** Seconds of clock skew tolerated on exp / nbf / iat. */
  clockToleranceSec: number;
  /**
   * Longest a user token (role authenticated) may live: exp - iat (or exp - now without iat).
   * User tokens must carry `exp`. Default 604800 (7 days, Supabase's largest JWT expiry).
   */
  maxLifetimeSec?: number;
  /**
   * What Supabase's anonymous sign-ins (`is_anonymous: true`) may do: "anon" (default) gives them
   * exactly the rights of a request without a token; "authenticated" those of a signed-up user.
   */
  anonymousUsers?: "anon" | "authenticated";
}

export type Claims = JWTPayload & { role?: string; email?: string; [k: string]: unknown };

/** Why a token was refused, in words a frontend developer can act on. Never a stack. */
export class TokenError extends Error {
  constructor(
    message: string,
    public readonly code:
      | "TOKEN_EXPIRED"
      | "TOKEN_NOT_YET_VALID"
      | "TOKEN_AUDIENCE"
      | "TOKEN_INVALID"
      | "TOKEN_ALGORITHM"
      | "TOKEN_ROLE"
      | "TOKEN_NO_EXPIRY"
      | "TOKEN_LIFETIME",
  ) {
    super(message);
    this.name = "TokenError";
  }
}

const ASYMMETRIC = ["RS256", "ES256"];
export const DEFAULT_MAX_TOKEN_LIFETIME_SEC = 604_800;
const API_ROLES = new Set(["anon", "authenticated", "service_role"]);

export type TokenVerifier = (token: string) => Promise<Claims>;

/** Verified tokens remembered, and for how long at most (a key removed from the JWKS stops counting within this). */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_FOR_MS = 60_000;

/**
 * A frontend sends the same token with every request until it refreshes it: checking its
 * signature each time (WebCrypto, a few hundred microseconds) was a tenth of the gateway's time
 * per request. A token that passed every check is remembered by its exact text for up to a
 * minute, and each reuse still checks the clock: past its exp it is verified afresh (and refused
 * as expired). Refusals are not remembered.
 */
export function makeTokenVerifier(opts: TokenVerifierOptions): TokenVerifier {
  const verify = makeUncachedTokenVerifier(opts);
  const verified = new LRU<string, { claims: Claims; until: number }>({ maxLength: VERIFIED_TOKENS });
  return async (token) => {
    const hit = verified.get(token);
    const now = Date.now();
    if (hit && now < hit.until) return hit.claims;
    const claims = await verify(token);
    // jose refuses exp <= now - tolerance: the memory ends there too.
    const expiresMs = typeof claims.exp === "number" ? (claims.exp + opts.clockToleranceSec) * 1000 : Infinity;
    verified.set(token, { claims, until: Math.min(now + VERIFIED_FOR_MS, expiresMs) });
    return claims;
  };
}

function makeUncachedTokenVerifier(opts: TokenVerifierOptions): TokenVerifier {
  const secret = opts.secret ? new TextEncoder().encode(opts.secret) : undefined;
  const jwks = opts.jwksUrl
    ? createRemoteJWKSet(new URL(opts.jwksUrl))
    : opts.jwksFile
      ? createLocalJWKSet(JSON.parse(readFileSync(opts.jwksFile, "utf8")))
      : undefined;
  if (!secret && !jwks) throw new Error("token verification needs a JWT secret or a JWKS");

  return async (token) => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new TokenError("The bearer token is not a JWT.", "TOKEN_INVALID");
    }
    // Audience is checked below: Supabase's anon and service_role API keys carry no `aud`.
    const verifyOptions = { clockTolerance: opts.clockToleranceSec };
    let payload: JWTPayload;
    try {
      if (alg === "HS256") {
        if (!secret) throw new TokenError("HS256 tokens are not accepted here: this gateway verifies asymmetric signing keys only.", "TOKEN_ALGORITHM");
        ({ payload } = await jwtVerify(token, secret, { ...verifyOptions, algorithms: ["HS256"] }));
      } else if (alg && ASYMMETRIC.includes(alg)) {
        if (!jwks) throw new TokenError(`${alg} tokens are not accepted here: no signing keys (JWKS) are configured.`, "TOKEN_ALGORITHM");
        ({ payload } = await jwtVerify(token, jwks, { ...verifyOptions, algorithms: ASYMMETRIC }));
      } else {
        throw new TokenError(`Tokens signed with "${alg ?? "none"}" are not accepted.`, "TOKEN_ALGORITHM");
      }
    } catch (err) {
      throw translate(err);
    }
    const role = payload.role ?? "authenticated";
    if (typeof role !== "string" || !API_ROLES.has(role)) {
      throw new TokenError(`The token's role "${String(role)}" is not one of anon, authenticated, service_role.`, "TOKEN_ROLE");
    }
    const aud = payload.aud === undefined ? [] : Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if ((role === "authenticated" || aud.length > 0) && !aud.includes(opts.audience)) {
      throw new TokenError(`The token was issued for another audience (expected "${opts.audience}").`, "TOKEN_AUDIENCE");
    }
    if (role === "authenticated" && typeof payload.sub !== "string") {
      throw new TokenError("The token has no subject (sub) claim.", "TOKEN_INVALID");
    }
    const now = Math.floor(Date.now() / 1000);
    const skew = opts.clockToleranceSec;
    // jose checks exp and nbf when present; a time in the future beyond the skew is refused here too.
    for (const claim of ["iat", "nbf"] as const) {
      const t = payload[claim];
      if (t !== undefined && (typeof t !== "number" || !Number.isFinite(t))) throw new TokenError(`The token's ${claim} claim is not a number.`, "TOKEN_INVALID");
      if (typeof t === "number" && t > now + skew) {
        throw new TokenError(claim === "iat" ? "The token's issue time (iat) is in the future." : "The token is not valid yet (nbf is in the future).", "TOKEN_NOT_YET_VALID");
      }
    }
    if (role === "authenticated") {
      if (typeof payload.exp !== "number") throw new TokenError("User tokens must expire: the token has no exp claim.", "TOKEN_NO_EXPIRY");
      const maxLifetime = opts.maxLifetimeSec ?? DEFAULT_MAX_TOKEN_LIFETIME_SEC;
      const lifetime = payload.exp - (typeof payload.iat === "number" ? payload.iat : now);
      if (lifetime > maxLifetime + skew) {
        throw new TokenError(`The token lives ${lifetime} s; user tokens may live at most ${maxLifetime} s (MAX_TOKEN_LIFETIME_SECONDS).`, "TOKEN_LIFETIME");
      }
      if (payload.is_anonymous === true && (opts.anonymousUsers ?? "anon") === "anon") {
        // An anonymous sign-in: the rights of a request without a token. The expiry stays, so a
        // websocket still closes when the token would have expired.
        return { role: "anon", is_anonymous: true, exp: payload.exp } as Claims;
      }
    }
    return payload as Claims;
  };
}

function translate(err: unknown): TokenError {
  if (err instanceof TokenError) return err;
  if (err instanceof errors.JWTExpired) return new TokenError("The token has expired: sign in again or refresh it.", "TOKEN_EXPIRED");
  if (err instanceof errors.JWTClaimValidationFailed) {
    // A claim of the wrong type (e.g. iat: "yesterday") is not a timing problem.
    if (err.reason === "invalid") return new TokenError(`The token's ${err.claim} claim is invalid.`, "TOKEN_INVALID");
    if (err.claim === "nbf") return new TokenError("The token is not valid yet (nbf is in the future).", "TOKEN_NOT_YET_VALID");
    if (err.claim === "aud") return new TokenError("The token was issued for another audience.", "TOKEN_AUDIENCE");
    if (err.claim === "iat") return new TokenError("The token's issue time is in the future.", "TOKEN_NOT_YET_VALID");
    return new TokenError(`The token's ${err.claim} claim is invalid.`, "TOKEN_INVALID");
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return new TokenError("The token's signing algorithm is not accepted.", "TOKEN_ALGORITHM");
  if (err instanceof errors.JWSSignatureVerificationFailed) return new TokenError("The token's signature is invalid.", "TOKEN_INVALID");
  if (err instanceof errors.JWKSNoMatchingKey) return new TokenError("The token was signed with an unknown key.", "TOKEN_INVALID");
  return new TokenError("The bearer token is invalid.", "TOKEN_INVALID");
}

/** `Authorization: Bearer <token>` → token; absent → undefined; malformed → TokenError. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined || header === "") return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(value ?? "");
  if (!m) throw new TokenError('The Authorization header must read "Bearer <token>".', "TOKEN_INVALID");
  return m[1];
}
