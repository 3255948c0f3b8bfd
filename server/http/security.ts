import cors from "cors";
import type { NextFunction, Request, Response } from "express";

/** Browsers may call the API only from the configured origins. */
export function corsMiddleware(origins: string[]) {
  return cors({
    origin: origins.includes("*") ? true : origins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["authorization", "content-type", "x-request-id", "apollographql-client-name", "apollographql-client-version"],
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  });
}

/** Conservative headers for an API. GraphiQL (ruru) loads its own inline scripts, so CSP is left to it. */
export function securityHeaders(req: Request, res: Response, next: NextFunction) {
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("cross-origin-opener-policy", "same-origin");
  if (req.secure) res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
  next();
}

/**
 * A request body announced (Content-Length) as larger than BODY_LIMIT_BYTES is refused before it
 * is read, as a GraphQL error naming the limit like the gateway's other limits. A body sent in
 * chunks, without a length, is cut off at the same size by grafserv (413, without the code).
 */
export function bodyLimit(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.headers["content-length"]);
    if (Number.isFinite(length) && length > maxBytes) {
      res.status(413).json({
        errors: [
          {
            message: `The request body is ${length} bytes; the gateway accepts at most ${maxBytes} (BODY_LIMIT_BYTES).`,
            extensions: { code: "REQUEST_TOO_LARGE", limit: "BODY_LIMIT_BYTES", max: maxBytes, value: length },
          },
        ],
      });
      return;
    }
    next();
  };
}
