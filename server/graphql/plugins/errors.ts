import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { isSafeError } from "postgraphile/grafast";
import { databaseUnavailability, markDatabaseUnavailable } from "../../http/unavailable.js";
import { TokenError } from "../../auth/tokens.js";

/**
 * What clients learn when something fails: never SQL text, never a stack. Errors our SQL
 * raises on purpose (business rules, RLS refusals, constraint names that say what is wrong)
 * keep a clear message and a code; anything else becomes "unexpected error" with an error id
 * that appears in the log next to the real cause.
 */

// PostgreSQL error codes whose message is written for people, by us or by the database.
const CLEAR: Record<string, { code: string; message?: (e: PgError) => string }> = {
  P0001: { code: "BUSINESS_RULE" }, // raise exception in our functions
  SM429: { code: "RATE_LIMITED" }, // our functions' rate limits (requestPhoneOtp)
  "42501": { code: "FORBIDDEN", message: () => "You are not allowed to do that." },
  "23505": { code: "ALREADY_EXISTS", message: (e) => `That already exists${e.constraint ? ` (${e.constraint})` : ""}.` },
  "23503": { code: "REFERENCE_NOT_FOUND", message: (e) => `A referenced record does not exist or is not visible to you${e.constraint ? ` (${e.constraint})` : ""}.` },
  "23514": { code: "CHECK_VIOLATION", message: (e) => `A value breaks a rule${e.constraint ? ` (${e.constraint})` : ""}.` },
  "23502": { code: "MISSING_VALUE", message: (e) => `A required value is missing${e.column ? ` (${e.column})` : ""}.` },
  "22P02": { code: "INVALID_VALUE", message: () => "A value has the wrong format." },
  "22003": { code: "OUT_OF_RANGE", message: () => "A number is out of range." },
  "22007": { code: "INVALID_VALUE", message: () => "A date or time has the wrong format." },
  "22008": { code: "OUT_OF_RANGE", message: () => "A date or time is out of range." },
  "22021": { code: "INVALID_TEXT", message: () => "A text value holds a NUL byte or is not valid UTF-8." },
  "22P05": { code: "INVALID_TEXT", message: () => "A JSON value holds a character the database cannot store (\\u0000)." },
  "22001": { code: "VALUE_TOO_LONG", message: () => "A value is longer than its field allows." },
  "22012": { code: "INVALID_VALUE", message: () => "A value would divide by zero." },
  "22P04": { code: "INVALID_VALUE", message: () => "A value has the wrong format." },
  "2201B": { code: "INVALID_VALUE", message: () => "A pattern is not a valid regular expression." },
  "22023": { code: "INVALID_VALUE", message: () => "A value is not valid here." },
  "22032": { code: "INVALID_VALUE", message: () => "A JSON value is not valid." },
  "54001": { code: "INPUT_TOO_COMPLEX", message: () => "A value is nested too deeply; send a flatter one." },
  "54000": { code: "VALUE_TOO_LARGE", message: () => "A value is too large." },
  "57014": { code: "TIMEOUT", message: () => "The operation took too long and was cancelled." },
  "40001": { code: "RETRY", message: () => "The operation conflicted with another one; retry it." },
  "40P01": { code: "RETRY", message: () => "The operation conflicted with another one; retry it." },
};

// Errors the GraphQL layer (not PostgreSQL) raises for requests that are valid GraphQL but ask
// for nothing or for a row that is not there; their messages are clear and hold no SQL.
const CLEAR_MESSAGES: Array<{ pattern: RegExp; code: string; message?: string }> = [
  { pattern: /^(Empty objects|Null literals) are forbidden in filter argument input\.$/, code: "INVALID_FILTER" },
  { pattern: /^No values were deleted in collection '[^']*' because/, code: "NOT_FOUND", message: "No values were deleted: nothing you may delete matches." },
];

// Safe errors (messages meant for clients) that grafast raises without a code.
const SAFE_ERROR_CODES: Array<{ pattern: RegExp; code: string }> = [
  { pattern: /cursor/i, code: "INVALID_CURSOR" },
  { pattern: /^Cannot use '\w+' with '\w+'/, code: "INVALID_ARGUMENTS" },
  { pattern: /no new values were specified/, code: "NOTHING_TO_UPDATE" },
];

/**
 * Anything else in SQLSTATE class 22 (data exception) or 23 (integrity constraint violation) is
 * caused by the input too: a client error with a generic message, never INTERNAL.
 */
const CLEAR_CLASSES: Record<string, { code: string; message: (e: PgError) => string }> = {
  "22": { code: "INVALID_VALUE", message: () => "A value is not valid." },
  "23": { code: "CONSTRAINT_VIOLATION", message: (e) => `A value breaks a rule${e.constraint ? ` (${e.constraint})` : ""}.` },
};

interface PgError extends Error {
  code?: string;
  message: string;
  constraint?: string;
  column?: string;
  hint?: string;
}

function isPgError(e: unknown): e is PgError {
  return typeof e === "object" && e !== null && typeof (e as PgError).code === "string" && /^[0-9A-Z]{5}$/.test((e as PgError).code!);
}

export function makeMaskError(log: Logger) {
  return (error: GraphQLError): GraphQLError => {
    const original = error.originalError;
    if (!original || original instanceof GraphQLError) return error; // validation and syntax errors: already clear
    // The client's error: same place in the operation, our message and extensions.
    const answer = (message: string, extensions: Record<string, unknown>) =>
      new GraphQLError(message, { nodes: error.nodes, positions: error.positions, path: error.path, extensions });
    if (isSafeError(original)) {
      const extensions = original.extensions ?? {};
      const code = extensions.code ?? SAFE_ERROR_CODES.find((c) => c.pattern.test(original.message))?.code ?? "BAD_REQUEST";
      return answer(original.message, { ...extensions, code });
    }
    // A token the client sent that does not verify (a websocket's connection_init): the client's error.
    if (original instanceof TokenError) return answer(original.message, { code: original.code });
    const unavailable = databaseUnavailability(original);
    if (unavailable) {
      // Not a bug: the database is away or busy. The HTTP answer becomes 503 with Retry-After.
      markDatabaseUnavailable();
      return answer(unavailable.message, { code: unavailable.code });
    }
    if (isPgError(original) && CLEAR[original.code!]) {
      const rule = CLEAR[original.code!]!;
      const message = rule.message ? rule.message(original) : original.message;
      return answer(message, { code: rule.code, ...((original.code === "P0001" || original.code === "SM429") && original.hint ? { hint: original.hint } : {}) });
    }
    if (isPgError(original) && CLEAR_CLASSES[original.code!.slice(0, 2)]) {
      const rule = CLEAR_CLASSES[original.code!.slice(0, 2)]!;
      return answer(rule.message(original), { code: rule.code });
    }
    if (original instanceof RangeError && /call stack/i.test(original.message)) {
      return answer("A value is nested too deeply; send a flatter one.", { code: "INPUT_TOO_COMPLEX" });
    }
    const known = !isPgError(original) && CLEAR_MESSAGES.find((m) => m.pattern.test(original.message));
    if (known) return answer(known.message ?? original.message, { code: known.code });
    const errorId = randomUUID();
    log.error({ errorId, err: original, path: error.path }, "unexpected GraphQL error");
    return answer(`An unexpected error occurred (error id ${errorId}).`, { code: "INTERNAL", errorId });
  };
}
