import { loadConfig } from "../config.js";
import { lastSunkCode } from "../jobs/otp-sender.js";
import { UsageError } from "./args.js";

/**
 * `salemate otp-last <phone>`: the last code the development SMS sink (OTP_SENDER=log) recorded for
 * a number, in any Egyptian format, so a code can be verified locally without a phone.
 */
export async function otpLastCommand(argv: string[]): Promise<number> {
  const phone = argv[0];
  if (!phone || argv.length > 1) throw new UsageError("otp-last: give one phone number, e.g. salemate otp-last 01012345678");
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 10) throw new UsageError(`otp-last: "${phone}" is not a mobile number`);
  const config = loadConfig();
  // Every accepted format ends with the same 10 digits (1XXXXXXXXX); the sink records E.164.
  const found = lastSunkCode(config.dataDir, `+20${digits.slice(-10)}`);
  if (!found) {
    console.error(`no code was sent to ${phone} through the development sink (${config.dataDir}/otp-sink.jsonl)`);
    return 1;
  }
  console.log(found.code);
  return 0;
}
