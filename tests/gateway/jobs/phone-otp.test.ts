import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { lastSunkCode } from "../../../server/jobs/otp-sender.ts";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { runSalemate } from "../../helpers/cli.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { startTestWorker, waitFor, type TestWorker } from "../../helpers/jobs.ts";

/**
 * Phone verification end to end: requestPhoneOtp over GraphQL enqueues send_phone_otp, a real
 * graphile-worker draws the code and hands it to the development sink, verifyPhoneOtp checks it and
 * the database records the verified phone. Each test uses its own person, so the limits of one
 * do not reach another.
 */

const REQUEST = `mutation($phone: String!) { requestPhoneOtp(input: { phone: $phone }) { result { phone expiresAt } } }`;
const VERIFY = `mutation($code: String!) { verifyPhoneOtp(input: { code: $code }) { result { status phone verifiedAt attemptsLeft } } }`;

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}

describe("phone OTP on the job worker", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let worker: TestWorker;

  const profile = async (id: string) =>
    (await db.query<{ phone: string | null; phone_verified_at: Date | null }>("select phone, phone_verified_at from profiles where id = $1", [id])).rows[0]!;
  const tokenOf = (email: string) => tokenFor(demo(email).id, email);

  /** Requests a code for `phone` as `token` and returns the code the sink received for that very request. */
  async function requestCode(token: string, phone: string, e164: string) {
    const r = await gw.graphql(REQUEST, { token, variables: { phone } });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    assert.equal(r.body.data.requestPhoneOtp.result.phone, e164);
    const otp = (await db.query("select otp_id from salemate.phone_otps where phone = $1 order by created_at desc limit 1", [e164])).rows[0].otp_id;
    const sent = await waitFor(`the code of ${otp}`, () => {
      const last = lastSunkCode(worker.sinkDir, e164);
      return last?.otpId === otp ? last : undefined;
    });
    return sent.code;
  }
  const verify = async (token: string, code: string) => {
    const r = await gw.graphql(VERIFY, { token, variables: { code } });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    return r.body.data.verifyPhoneOtp.result as { status: string; phone: string; verifiedAt: string | null; attemptsLeft: number | null };
  };

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    db.pool.on("error", () => {});
    gw = await startTestGateway(db);
    worker = await startTestWorker(db);
    // The demo people start with no phone verified.
    await db.query("update profiles set phone = null, phone_verified_at = null where email like '%@salemate.test'");
  });
  afterAll(async () => {
    await worker?.stop();
    await gw?.close();
    await db?.drop();
  });

  test("happy path: the code sent verifies the number; the database records phone and phone_verified_at, and keeps only a hash", async () => {
    const person = demo("agent@salemate.test");
    const token = await tokenOf(person.email);
    const code = await requestCode(token, "010 1234-5678", "+201012345678");
    assert.match(code, /^[0-9]{6}$/);

    const stored = (await db.query("select code_hash, code_salt from salemate.phone_otps where profile_id = $1 order by created_at desc limit 1", [person.id])).rows[0];
    assert.match(stored.code_hash, /^[0-9a-f]{64}$/);
    assert.ok(!stored.code_hash.includes(code) && stored.code_salt !== code, "the code itself is not stored");

    const cli = await runSalemate(["otp-last", "00201012345678"], { SALEMATE_DATA_DIR: worker.sinkDir });
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(cli.stdout.trim(), code, "salemate otp-last prints the last code of the number, whatever its format");

    assert.equal((await profile(person.id)).phone_verified_at, null);
    const v = await verify(token, code);
    assert.equal(v.status, "verified");
    assert.equal(v.phone, "+201012345678");
    const p = await profile(person.id);
    assert.equal(p.phone, "+201012345678");
    assert.ok(p.phone_verified_at instanceof Date);

    assert.equal((await verify(token, code)).status, "no_code", "a code verifies once");
  });

  test("a wrong code is counted and refused; the right one still works while tries are left", async () => {
    const person = demo("agent2@salemate.test");
    const token = await tokenOf(person.email);
    const code = await requestCode(token, "+201112345678", "+201112345678");
    const wrong = code === "000000" ? "111111" : "000000";
    assert.deepEqual(await verify(token, wrong), { status: "wrong_code", phone: "+201112345678", verifiedAt: null, attemptsLeft: 4 });
    assert.equal((await profile(person.id)).phone_verified_at, null);
    assert.equal((await verify(token, code)).status, "verified");
  });

  test("an expired code is refused and verifies nothing", async () => {
    const person = demo("teamlead@salemate.test");
    const token = await tokenOf(person.email);
    const code = await requestCode(token, "201212345678", "+201212345678");
    // Ten minutes pass.
    await db.query("update salemate.phone_otps set expires_at = now() - interval '1 second', created_at = created_at - interval '10 minutes' where profile_id = $1", [person.id]);
    assert.equal((await verify(token, code)).status, "expired");
    const p = await profile(person.id);
    assert.equal(p.phone_verified_at, null);
    assert.notEqual(p.phone, "+201212345678");
  });

  test("after five wrong codes even the right one is refused (too_many_attempts)", async () => {
    const person = demo("manager@salemate.test");
    const token = await tokenOf(person.email);
    const code = await requestCode(token, "01512345678", "+201512345678");
    const wrong = code === "000000" ? "111111" : "000000";
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      const v = await verify(token, wrong);
      assert.equal(v.status, "wrong_code");
      left.push(v.attemptsLeft!);
    }
    assert.deepEqual(left, [4, 3, 2, 1, 0]);
    assert.equal((await verify(token, code)).status, "too_many_attempts");
    assert.equal((await profile(person.id)).phone_verified_at, null);
  });

  test("rate limits: a fourth code to one number within 15 minutes is RATE_LIMITED whoever asks (per number, across accounts); a sixth code for one person within an hour is RATE_LIMITED (per person)", async () => {
    const one = await tokenOf("customer@salemate.test");
    for (let i = 0; i < 3; i++) {
      const r = await gw.graphql(REQUEST, { token: one, variables: { phone: "01099990000" } });
      assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    }
    // Someone else, who has asked for nothing yet, for the same number in another format.
    const other = demo("admin@salemate.test");
    const fourth = await gw.graphql(REQUEST, { token: await tokenOf(other.email), variables: { phone: "+201099990000" } });
    assert.equal(fourth.body.errors?.[0]?.extensions?.code, "RATE_LIMITED", JSON.stringify(fourth.body));
    assert.match(fourth.body.errors[0].message, /^Too many codes were sent to this number/, "the per-number limit, not the per-person one");
    assert.match(fourth.body.errors[0].extensions.hint, /^At most 3 codes per number every /);
    assert.equal(fourth.body.data?.requestPhoneOtp ?? null, null);
    const ofOther = await db.query("select count(*)::int as n from salemate.phone_otps where profile_id = $1", [other.id]);
    assert.equal(ofOther.rows[0].n, 0, "the refused request recorded nothing");

    const twoPerson = demo("support@salemate.test");
    const two = await tokenOf(twoPerson.email);
    for (let i = 0; i < 5; i++) {
      const r = await gw.graphql(REQUEST, { token: two, variables: { phone: `0102000000${i}` } });
      assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    }
    const sixth = await gw.graphql(REQUEST, { token: two, variables: { phone: "01020000009" } });
    assert.equal(sixth.body.errors?.[0]?.extensions?.code, "RATE_LIMITED", JSON.stringify(sixth.body));
    assert.match(sixth.body.errors[0].message, /^You asked for too many codes/, "the per-person limit, not the per-number one");
    assert.match(sixth.body.errors[0].extensions.hint, /^At most 5 codes per person every /);
    const n = await db.query("select count(*)::int as n from salemate.phone_otps where profile_id = $1", [twoPerson.id]);
    assert.equal(n.rows[0].n, 5, "the refused request recorded nothing");
  });

  test("Egyptian mobile formats become E.164; anything else is refused with BUSINESS_RULE", async () => {
    const { rows } = await db.query(
      `select x, salemate.egyptian_mobile_e164(x) as e164 from unnest(array['01012345678', '+201012345678', '00201012345678', '201012345678',
              '(010) 1234 5678', '0101234567', '01312345678', '+441234567890', '', null]) x`,
    );
    assert.deepEqual(
      rows.map((r) => r.e164),
      ["+201012345678", "+201012345678", "+201012345678", "+201012345678", "+201012345678", null, null, null, null, null],
    );
    const r = await gw.graphql(REQUEST, { token: await tokenOf("finance@salemate.test"), variables: { phone: "+441234567890" } });
    assert.equal(r.body.errors?.[0]?.extensions?.code, "BUSINESS_RULE", JSON.stringify(r.body));
  });

  test("anonymous callers cannot ask for codes (FORBIDDEN), and nobody but the OTP flow marks a phone verified", async () => {
    const anon = await gw.graphql(REQUEST, { variables: { phone: "01012345678" } });
    assert.equal(anon.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(anon.body));

    const person = demo("finance@salemate.test");
    const token = await tokenOf(person.email);
    const mark = await gw.graphql(
      `mutation($id: UUID!) { updateProfile(input: { id: $id, patch: { phoneVerifiedAt: "2026-01-01T00:00:00Z" } }) { profile { id } } }`,
      { token, variables: { id: person.id } },
    );
    assert.ok(mark.body.errors?.length, "the client cannot write phone_verified_at");
    assert.equal(mark.body.errors[0].extensions?.code, "FORBIDDEN", JSON.stringify(mark.body));
    assert.equal((await profile(person.id)).phone_verified_at, null);
  });

  test("changing a verified phone through the API clears its verification", async () => {
    const person = demo("agent@salemate.test"); // verified in the happy path
    assert.ok((await profile(person.id)).phone_verified_at instanceof Date);
    const r = await gw.graphql(`mutation($id: UUID!) { updateProfile(input: { id: $id, patch: { phone: "+201000000001" } }) { profile { phone } } }`, {
      token: await tokenOf(person.email),
      variables: { id: person.id },
    });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const p = await profile(person.id);
    assert.equal(p.phone, "+201000000001");
    assert.equal(p.phone_verified_at, null);
  });
});
