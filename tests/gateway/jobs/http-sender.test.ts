import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { pino } from "pino";
import { loadConfig } from "../../../server/config.ts";
import { otpSenderFromConfig } from "../../../server/jobs/otp-sender.ts";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { startTestWorker, waitFor, type TestWorker } from "../../helpers/jobs.ts";

/**
 * The HTTP SMS sender against a real HTTP server standing in for the provider: the request it
 * makes, and a provider failure retried with back-off, after which the code that arrives verifies.
 */
describe("HTTP SMS sender", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let worker: TestWorker;
  let provider: Server;
  const received: Array<{ auth: string | undefined; body: { to: string; message: string; reference: string } }> = [];
  let failuresLeft = 1;

  beforeAll(async () => {
    provider = createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        if (failuresLeft > 0) {
          failuresLeft--;
          res.writeHead(503).end("busy");
          return;
        }
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(202, { "content-type": "application/json" }).end('{"ok":true}');
      });
    });
    await new Promise<void>((r) => provider.listen(0, "127.0.0.1", () => r()));
    const url = `http://127.0.0.1:${(provider.address() as { port: number }).port}/sms`;
    db = await createTestDatabase({ stage: "migrated" });
    db.pool.on("error", () => {});
    gw = await startTestGateway(db);
    // The sender as a deployment configures it: from the environment.
    const config = loadConfig({ JWT_SECRET: "http-sender-test-secret-0123456789abcdef", OTP_HTTP_URL: url, OTP_HTTP_TOKEN: "provider-key", OTP_MESSAGE: "SaleMate code: {code}", OTP_HTTP_TIMEOUT_MS: "5000" });
    assert.equal(config.otpSender, "http", "OTP_HTTP_URL alone chooses the HTTP sender");
    worker = await startTestWorker(db, { sender: otpSenderFromConfig(config, pino({ level: "silent" })) });
  });
  afterAll(async () => {
    await worker?.stop();
    await gw?.close();
    await db?.drop();
    await new Promise((r) => provider?.close(r));
  });

  test("a provider error is retried with back-off; the code then sent verifies the phone", async () => {
    const person = DEMO_USERS.find((d) => d.email === "agent@salemate.test")!;
    await db.query("update profiles set phone = null, phone_verified_at = null where id = $1", [person.id]);
    const token = await tokenFor(person.id, person.email);
    const r = await gw.graphql(`mutation { requestPhoneOtp(input: { phone: "01234567890" }) { result { phone } } }`, { token });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const otp = (await db.query("select otp_id::text from salemate.phone_otps where profile_id = $1", [person.id])).rows[0].otp_id;

    // The first attempt meets the 503: the job stays, with its error, for a later attempt.
    const failed = await waitFor("the failed first attempt", async () => {
      const { rows } = await db.query("select attempts, last_error, run_at > now() as later from graphile_worker.jobs where key = $1 and locked_at is null", [`send_phone_otp:${otp}`]);
      return rows[0]?.attempts === 1 ? rows[0] : undefined;
    });
    assert.match(failed.last_error, /SMS provider answered 503/);
    assert.equal(failed.later, true, "retried later, not at once");
    assert.equal(received.length, 0);

    await waitFor("the retried send", () => received.length === 1 || undefined, 30_000);
    const [sms] = received;
    assert.equal(sms!.auth, "Bearer provider-key");
    assert.equal(sms!.body.to, "+201234567890");
    assert.equal(sms!.body.reference, otp);
    const code = /^SaleMate code: ([0-9]{6})$/.exec(sms!.body.message)?.[1];
    assert.ok(code, sms!.body.message);

    const v = await gw.graphql(`mutation($c: String!) { verifyPhoneOtp(input: { code: $c }) { result { status phone } } }`, { token, variables: { c: code } });
    assert.deepEqual(v.body.data?.verifyPhoneOtp?.result, { status: "verified", phone: "+201234567890" }, JSON.stringify(v.body));
    const sent = await db.query("select sent_at is not null as sent from salemate.phone_otps where otp_id = $1", [otp]);
    assert.equal(sent.rows[0].sent, true);
  });
});
