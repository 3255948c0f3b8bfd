import assert from "node:assert/strict";
import type { TestGateway } from "../../helpers/gateway.ts";

/** Runs an operation; fails the test on any error; returns `data`. */
export async function expectOk(gw: TestGateway, token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const r = await gw.graphql(query, { token, variables });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  return r.body.data;
}

/** A mutation refused by a business rule: one error, BUSINESS_RULE, the message, a hint, no result. */
export async function expectRefused(gw: TestGateway, token: string | undefined, query: string, input: Record<string, unknown>, message: RegExp) {
  const r = await gw.graphql(query, { token, variables: { input } });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.ok(r.body.errors?.length === 1, `expected one error, got ${JSON.stringify(r.body)}`);
  const [err] = r.body.errors;
  assert.equal(err.extensions.code, "BUSINESS_RULE", JSON.stringify(err));
  assert.match(err.message, message);
  assert.ok(typeof err.extensions.hint === "string" && err.extensions.hint.length > 0, "a hint says what to do");
  assert.equal(Object.values(r.body.data ?? {})[0] ?? null, null);
  return err as { message: string; extensions: { code: string; hint: string } };
}
