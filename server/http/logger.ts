import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { pino, type Logger } from "pino";

declare module "node:http" {
  interface IncomingMessage {
    /** Correlates the request's log lines, its error ids and the client's view (x-request-id). */
    requestId?: string;
    /** GraphQL operation name, once grafserv has read the body (for logs and metrics). */
    operationName?: string;
    log?: Logger;
  }
}

export function makeLogger(level: string): Logger {
  return pino({ level, base: { service: "salemate-gateway" }, timestamp: pino.stdTimeFunctions.isoTime });
}

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** One JSON log line per request, with a request id (the caller's x-request-id when sane). */
export function requestLogger(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && SAFE_ID.test(given) ? given : randomUUID();
    req.requestId = id;
    req.log = log.child({ requestId: id });
    res.setHeader("x-request-id", id);
    const t0 = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      req.log!.info(
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10, operation: req.operationName },
        "request",
      );
    });
    next();
  };
}
