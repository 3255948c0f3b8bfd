import assert from "node:assert/strict";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { exportJWK, SignJWT, importPKCS8 } from "jose";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, TEST_JWT_SECRET, type TestGateway } from "../../helpers/gateway.ts";
import { makeTokenVerifier, TokenError } from "../../../server/auth/tokens.ts";

const secret = new TextEncoder().encode(TEST_JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);

/** A token shaped like the ones Supabase Auth issues to a signed-in user. */
function supabaseClaims(overrides: Record<string, unknown> = {}) {
  return {
    aud: "authenticated",
    role: "authenticated",
    sub: randomUUID(),
    email: "agent@salemate.test",
    phone: "",
    app_metadata: { provider: "email", providers: ["email"] },
    user_metadata: { name: "Agent" },
    session_id: randomUUID(),
    is_anonymous: false,
    iat: now(),
    exp: now() + 3600,
    iss: "https://example.supabase.co/auth/v1",
    ...overrides,
  };
}

const hs256 = (claims: Record<string, unknown>, key: Uint8Array = secret) =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(key);

function unsigned(claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${enc({ alg: "none", typ: "JWT" })}.${enc(claims)}.`;
}

const TYPENAME = "{ __typename }";

describe("bearer tokens at the gateway", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
    gw = await startTestGateway(db);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  test("no token: anonymous", async () => {
    const r = await gw.graphql(TYPENAME);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { data: { __typename: "Query" } });
  });

  test("a token shaped like Supabase Auth's is accepted", async () => {
    const r = await gw.graphql(TYPENAME, { token: await hs256(supabaseClaims()) });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { data: { __typename: "Query" } });
  });

  test("Supabase's anon and service_role API keys (no aud) are accepted", async () => {
    for (const role of ["anon", "service_role"]) {
      const r = await gw.graphql(TYPENAME, { token: await hs256({ iss: "supabase", ref: "x", role, iat: now(), exp: now() + 3600 }) });
      assert.equal(r.status, 200, role);
    }
  });

  const refusals: Array<[string, () => Promise<string>, string, RegExp]> = [
    ["expired", () => hs256(supabaseClaims({ iat: now() - 7200, exp: now() - 3600 })), "TOKEN_EXPIRED", /expired/],
    ["not yet valid", () => hs256(supabaseClaims({ nbf: now() + 3600 })), "TOKEN_NOT_YET_VALID", /not valid yet/],
    ["wrong audience", () => hs256(supabaseClaims({ aud: "someone-else" })), "TOKEN_AUDIENCE", /another audience/],
    ["no audience on a user token", () => hs256(supabaseClaims({ aud: undefined })), "TOKEN_AUDIENCE", /another audience/],
    ["bad signature", () => hs256(supabaseClaims(), new TextEncoder().encode("x".repeat(48))), "TOKEN_INVALID", /signature is invalid/],
    ["alg none", async () => unsigned(supabaseClaims()), "TOKEN_ALGORITHM", /"none" are not accepted/],
    ["a role the API does not know", () => hs256(supabaseClaims({ role: "postgres" })), "TOKEN_ROLE", /not one of anon, authenticated, service_role/],
    ["not a JWT at all", async () => "definitely-not-a-jwt", "TOKEN_INVALID", /not a JWT/],
    ["a user token without a subject", () => hs256(supabaseClaims({ sub: undefined })), "TOKEN_INVALID", /no subject/],
    ["a user token without exp", () => hs256(supabaseClaims({ exp: undefined })), "TOKEN_NO_EXPIRY", /must expire: the token has no exp claim/],
    ["a user token living 8 days (over MAX_TOKEN_LIFETIME_SECONDS)", () => hs256(supabaseClaims({ exp: now() + 8 * 86_400 })), "TOKEN_LIFETIME", /at most 604800 s/],
    ["iat 10 minutes in the future", () => hs256(supabaseClaims({ iat: now() + 600, exp: now() + 3600 })), "TOKEN_NOT_YET_VALID", /issue time \(iat\) is in the future/],
    ["iat that is not a number", () => hs256(supabaseClaims({ iat: "yesterday" })), "TOKEN_INVALID", /iat/],
  ];

  test("clock skew: iat 20 s in the future is tolerated; a 7-day token is accepted", async () => {
    for (const claims of [supabaseClaims({ iat: now() + 20 }), supabaseClaims({ exp: now() + 604_800 })]) {
      const r = await gw.graphql(TYPENAME, { token: await hs256(claims) });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
  });

  test("Supabase's anonymous sign-ins (is_anonymous: true) get the anon rights, not a user's", async () => {
    const agent = (await db.query("select id from profiles where email = 'agent@salemate.test'")).rows[0]?.id ?? randomUUID();
    const q = "{ leads { totalCount } }";
    const anonymous = await gw.graphql(q, { token: await hs256(supabaseClaims({ sub: agent, is_anonymous: true })) });
    const noToken = await gw.graphql(q);
    assert.equal(anonymous.status, 200);
    assert.deepEqual(anonymous.body, noToken.body);
    // The same claims, configured to count anonymous users as signed up: what `authenticated` gets.
    const lenient = await startTestGateway(db, { ANONYMOUS_USERS: "authenticated" });
    try {
      const asUser = await lenient.graphql(q, { token: await hs256(supabaseClaims({ sub: agent, is_anonymous: true })) });
      const signedUp = await lenient.graphql(q, { token: await hs256(supabaseClaims({ sub: agent })) });
      assert.deepEqual(asUser.body, signedUp.body);
      assert.notDeepEqual(asUser.body, noToken.body, "the anon answer differs from a user's (or this test proves nothing)");
    } finally {
      await lenient.close();
    }
  });
  for (const [name, make, code, message] of refusals) {
    test(`refused with 401, never anonymous: ${name}`, async () => {
      const r = await gw.graphql(TYPENAME, { token: await make() });
      assert.equal(r.status, 401);
      assert.equal(r.body.data, undefined);
      assert.equal(r.body.errors[0].extensions.code, code);
      assert.match(r.body.errors[0].message, message);
      assert.match(r.headers.get("www-authenticate") ?? "", /^Bearer error="invalid_token"/);
    });
  }

  test("a malformed Authorization header is refused", async () => {
    const r = await gw.graphql(TYPENAME, { headers: { authorization: "Token abc" } });
    assert.equal(r.status, 401);
    assert.match(r.body.errors[0].message, /must read "Bearer <token>"/);
  });
});

describe("asymmetric signing keys (JWKS)", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let dir: string;
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  let es256: (claims: Record<string, unknown>) => Promise<string>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "salemate-jwks-"));
    const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "ES256", use: "sig" };
    writeFileSync(path.join(dir, "jwks.json"), JSON.stringify({ keys: [jwk] }));
    const key = await importPKCS8(privateKey.export({ type: "pkcs8", format: "pem" }).toString(), "ES256");
    es256 = (claims) => new SignJWT(claims).setProtectedHeader({ alg: "ES256", kid: "test-key", typ: "JWT" }).sign(key);
    db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
    // Production with signing keys only: no shared secret at all.
    gw = await startTestGateway(db, { NODE_ENV: "production", JWT_SECRET: "", JWKS_FILE: path.join(dir, "jwks.json"), TRUSTED_DOCUMENTS: "off" });
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("an ES256 token signed with a published key is accepted", async () => {
    const r = await gw.graphql(TYPENAME, { token: await es256(supabaseClaims()) });
    assert.equal(r.status, 200);
  });

  test("an HS256 token is refused where only asymmetric keys are configured", async () => {
    const r = await gw.graphql(TYPENAME, { token: await hs256(supabaseClaims()) });
    assert.equal(r.status, 401);
    assert.equal(r.body.errors[0].extensions.code, "TOKEN_ALGORITHM");
    assert.match(r.body.errors[0].message, /asymmetric signing keys only/);
  });

  test("a token signed with an unknown key is refused", async () => {
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const key = await importPKCS8(other.export({ type: "pkcs8", format: "pem" }).toString(), "ES256");
    const token = await new SignJWT(supabaseClaims()).setProtectedHeader({ alg: "ES256", kid: "test-key" }).sign(key);
    const r = await gw.graphql(TYPENAME, { token });
    assert.equal(r.status, 401);
    assert.equal(r.body.errors[0].extensions.code, "TOKEN_INVALID");
  });
});

describe("the gateway's database login", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
  });
  afterAll(() => db.drop());

  test("authenticator cannot bypass RLS and only switches to the API roles", async () => {
    const { rows } = await db.query("select rolsuper, rolbypassrls, rolinherit, rolcanlogin, rolcreaterole, rolcreatedb from pg_roles where rolname = 'authenticator'");
    assert.deepEqual(rows[0], { rolsuper: false, rolbypassrls: false, rolinherit: false, rolcanlogin: true, rolcreaterole: false, rolcreatedb: false });
    const member = await db.query(
      "select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member where u.rolname = 'authenticator' order by 1",
    );
    assert.deepEqual(member.rows.map((r) => r.rolname), ["anon", "authenticated", "service_role"]);
  });

  test("a remembered token is still refused once it expires, and a token one character off is not taken for it", async () => {
    const verify = makeTokenVerifier({ secret: TEST_JWT_SECRET, audience: "authenticated", clockToleranceSec: 0 });
    const token = await hs256(supabaseClaims({ iat: now(), exp: now() + 2 }));
    assert.equal((await verify(token)).role, "authenticated");
    assert.equal((await verify(token)).role, "authenticated"); // remembered
    const forged = token.slice(0, -2) + (token.at(-2) === "A" ? "B" : "A") + token.at(-1);
    await assert.rejects(verify(forged), (e: TokenError) => e instanceof TokenError && e.code === "TOKEN_INVALID");
    await new Promise((r) => setTimeout(r, 2100));
    await assert.rejects(verify(token), (e: TokenError) => e instanceof TokenError && e.code === "TOKEN_EXPIRED");
  });
});
