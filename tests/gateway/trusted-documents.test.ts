import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { ROOT } from "../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";

/** In production the gateway runs only the SDK's documents (the persisted-documents manifest). */
describe("trusted documents on the gateway", () => {
  let db: TestDatabase;
  let prod: TestGateway;
  let dev: TestGateway;
  const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, "client-sdk/src/generated/persisted-documents.json"), "utf8"));
  const [hash, text] = Object.entries(manifest).find(([, q]) => /query LeadBoard\b/.test(q))!;
  const sha = hash.replace(/^sha256:/, "");
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    prod = await startTestGateway(db, { NODE_ENV: "production" }); // on by default when the manifest exists
    dev = await startTestGateway(db, { NODE_ENV: "development" });
  });
  afterAll(async () => {
    await prod?.close();
    await dev?.close();
    await db?.drop();
  });

  test("production: a manifest document by hash runs; ad-hoc operations are refused with a clear 400", async () => {
    const agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    const token = await tokenFor(agent.id, agent.email);
    const byHash = await fetch(`${prod.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha } }, variables: {} }),
    });
    const body = (await byHash.json()) as any;
    assert.equal(byHash.status, 200, JSON.stringify(body));
    assert.ok(body.data, JSON.stringify(body));
    const adHoc = await prod.graphql("{ leads { totalCount } }", { token });
    assert.equal(adHoc.status, 400);
    assert.equal(adHoc.body.errors[0].extensions.code, "TRUSTED_DOCUMENT_REQUIRED");
    assert.ok(text.length > 0);
  });

  test("production: a trusted document still passes through the limits (a huge page size in its variables is a 400)", async () => {
    const agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    const token = await tokenFor(agent.id, agent.email);
    const send = (variables: Record<string, unknown>) =>
      fetch(`${prod.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha } }, variables }),
      });
    assert.match(text, /\$first: Int/, "LeadBoard takes its page size as a variable");
    const huge = await send({ first: 5000 });
    const body = (await huge.json()) as any;
    assert.equal(huge.status, 400, JSON.stringify(body));
    assert.equal(body.errors[0].extensions.code, "PAGE_SIZE_OUT_OF_RANGE");
    assert.equal(body.errors[0].extensions.value, 5000);
    // Within the page size, the board's aliases multiply into the cost limit: 100 per column is fine.
    const ok = await send({ first: 100 });
    assert.equal(ok.status, 200, JSON.stringify(await ok.clone().json()));
    // A null page size is not "every row": each column gets one page of MAX_PAGE_SIZE.
    const unbounded = await send({ first: null });
    const columns = (await unbounded.json()) as any;
    assert.equal(unbounded.status, 200, JSON.stringify(columns));
    for (const [name, column] of Object.entries(columns.data).filter(([k]) => k !== "__typename") as any[]) {
      const rows = column?.nodes ?? column?.edges;
      assert.ok(Array.isArray(rows) && rows.length <= 100, `${name}: ${JSON.stringify(column).slice(0, 300)}`);
    }
  });

  test("development: ad-hoc operations still run", async () => {
    const r = await dev.graphql("{ __typename }");
    assert.equal(r.status, 200);
  });
});
