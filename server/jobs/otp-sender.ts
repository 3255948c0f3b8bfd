import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";

/**
 * Where phone codes go. The send_phone_otp job hands each code to one sender: in development the
 * log sink (the code in the log and in `<data dir>/otp-sink.jsonl`, read by `salemate otp-last`),
 * in production an SMS provider over HTTP. A sender throws when the code was not accepted; the job
 * is then retried with back-off (with a fresh code).
 */
export interface OtpSender {
  readonly kind: "log" | "http";
  send(message: { phone: string; code: string; otpId: string }): Promise<void>;
}

export const OTP_SINK_FILE = "otp-sink.jsonl";

/** Development sink: logs the code and appends it to the data dir's otp-sink.jsonl. Never in production. */
export function logOtpSender(dataDir: string, log: Logger): OtpSender {
  const file = path.join(dataDir, OTP_SINK_FILE);
  return {
    kind: "log",
    async send({ phone, code, otpId }) {
      mkdirSync(dataDir, { recursive: true });
      appendFileSync(file, JSON.stringify({ phone, code, otpId, at: new Date().toISOString() }) + "\n", { mode: 0o600 });
      log.info({ phone, code, otpId }, "phone code (development sink: not sent)");
    },
  };
}

/** The last code the development sink recorded for a phone (E.164), or undefined. */
export function lastSunkCode(dataDir: string, phone: string): { code: string; otpId: string; at: string } | undefined {
  const file = path.join(dataDir, OTP_SINK_FILE);
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const entry = JSON.parse(lines[i]!) as { phone: string; code: string; otpId: string; at: string };
      if (entry.phone === phone) return { code: entry.code, otpId: entry.otpId, at: entry.at };
    } catch {
      // a torn last line (the process stopped mid-write): skip it
    }
  }
  return undefined;
}

export interface HttpOtpSenderOptions {
  url: string;
  /** Sent as `Authorization: Bearer <token>` when given. */
  token: string | undefined;
  /** Message text; `{code}` is replaced by the code. */
  message: string;
  timeoutMs: number;
}

/**
 * An SMS provider's HTTP API: POST <url> with JSON {"to": "+201...", "message": "...", "reference": "<otp id>"}.
 * Any 2xx is accepted; anything else (or a timeout) throws, so the job retries.
 */
export function httpOtpSender(opts: HttpOtpSenderOptions): OtpSender {
  return {
    kind: "http",
    async send({ phone, code, otpId }) {
      const res = await fetch(opts.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
        body: JSON.stringify({ to: phone, message: opts.message.replaceAll("{code}", code), reference: otpId }),
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      if (!res.ok) {
        // The provider's body may echo the message (and so the code): report the status only.
        await res.body?.cancel().catch(() => {});
        throw new Error(`SMS provider answered ${res.status} ${res.statusText}`);
      }
      await res.body?.cancel().catch(() => {});
    },
  };
}

/** The sender the configuration names (OTP_SENDER, OTP_HTTP_*). */
export function otpSenderFromConfig(
  config: { otpSender: "log" | "http" | "none"; dataDir: string; otpHttpUrl?: string; otpHttpToken?: string; otpMessage: string; otpHttpTimeoutMs: number },
  log: Logger,
): OtpSender {
  if (config.otpSender === "http") {
    return httpOtpSender({ url: config.otpHttpUrl!, token: config.otpHttpToken, message: config.otpMessage, timeoutMs: config.otpHttpTimeoutMs });
  }
  if (config.otpSender === "log") return logOtpSender(config.dataDir, log);
  return {
    kind: "http",
    async send() {
      throw new Error("no SMS provider is configured (set OTP_HTTP_URL): the code was not sent");
    },
  };
}
