import { randomInt } from "node:crypto";
import type { Task } from "graphile-worker";
import type { OtpSender } from "../otp-sender.js";

/**
 * send_phone_otp {otp_id}: draws a 6-digit code, stores its hash (committed before sending, so a
 * code that reaches the phone can always be verified), hands it to the sender, records the send.
 * A retry after a failed or interrupted send draws a new code: only the last one sent is valid.
 * Nothing to do when the challenge was already sent, replaced, verified or has expired.
 */
export function sendPhoneOtp(sender: OtpSender): Task {
  return async (payload, helpers) => {
    const otpId = (payload as { otp_id?: unknown })?.otp_id;
    if (typeof otpId !== "string") throw new Error("send_phone_otp needs {otp_id}");
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const phone = await helpers.withPgClient(async (c) =>
      (await c.query<{ phone: string | null }>("select salemate.issue_phone_otp_code($1, $2) as phone", [otpId, code])).rows[0]!.phone,
    );
    if (!phone) return;
    await sender.send({ phone, code, otpId });
    await helpers.withPgClient((c) => c.query("select salemate.mark_phone_otp_sent($1)", [otpId]));
  };
}
