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
