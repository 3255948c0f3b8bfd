import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createClient } from "graphql-ws";
import { constant, lambda, makeGrafastSchema } from "postgraphile/grafast";
import { grafserv } from "postgraphile/grafserv/node";
import WebSocket from "ws";
import { trustedDocumentsPreset, type TrustedDocumentsOptions } from "../../server/graphql/plugins/trusted-documents.ts";

/**
 * The trusted-documents preset (server/graphql/plugins/trusted-documents.ts) on a small grafserv:
 * the manifest's documents run by hash (over HTTP and websockets, with or without the manifest's
 * `sha256:` prefix), other operations are refused in production mode, allowed in development
 * mode, and allowed from GraphiQL only when so configured; and the limits plugin sees the
 * document that will run. (The SDK's own documents against the real gateway: tests/sdk/client.test.ts.)
 */

const schema = makeGrafastSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      hello(name: String): String!
      secret: String!
    }
  `,
  objects: {
    Query: {
      plans: {
        hello(_: unknown, { $name }: any) {
          return lambda($name, (name: unknown) => `hello ${typeof name === "string" ? name : "world"}`);
        },
        secret: () => constant("ad-hoc"),
      },
    },
  },
});

const HELLO = "query Hello($name: String) { __typename hello(name: $name) }";
const HELLO_HASH = createHash("sha256").update(HELLO).digest("hex");

describe("trusted documents", () => {
  let dir: string;
  let manifestPath: string;
  const servers: Server[] = [];
  /** Documents the stand-in for the limits plugin saw, in order. */
  const seenByLimits: unknown[] = [];

  const limitsStandIn: GraphileConfig.Plugin = {
    name: "SaleMateLimitsPlugin",
    version: "0.0.0",
    grafserv: {
      middleware: {
        processGraphQLRequestBody(next, event) {
          seenByLimits.push(event.body.query);
          return next();
        },
      },
    },
  };

  async function gateway(allowUnpersisted: TrustedDocumentsOptions["allowUnpersisted"]): Promise<string> {
    const serv = grafserv({
      schema,
      preset: {
        // The stand-in for the limits plugin comes first, as the gateway's own plugins may: it
        // must still see the document the hash names.
        extends: [{ plugins: [limitsStandIn] }, trustedDocumentsPreset({ manifestPath, allowUnpersisted })],
        grafserv: { graphqlPath: "/graphql", websockets: true },
      },
    });
    const server = createServer();
    await serv.addTo(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  }

  async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "trusted-documents-"));
    manifestPath = path.join(dir, "persisted-documents.json");
    writeFileSync(manifestPath, JSON.stringify({ [`sha256:${HELLO_HASH}`]: HELLO }));
  });
  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test("production (allowUnpersisted false): the manifest's documents run by hash, nothing else does", async () => {
    const url = await gateway(false);
    const apq = (hash: string, extra: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { name: "Nour" }, ...extra });

    const byHash = await post(url, apq(HELLO_HASH));
    assert.deepEqual(byHash, { status: 200, body: { data: { __typename: "Query", hello: "hello Nour" } } });
    assert.equal(seenByLimits.at(-1), HELLO, "the limits plugin checks the manifest's document");

    // The SDK's default sends the text too; the manifest's document is what runs.
    const withText = await post(url, apq(HELLO_HASH, { query: "{ secret }" }));
    assert.equal(withText.body.data?.hello, "hello Nour");
    // Relay-style documentId, with the manifest's prefix.
    assert.equal((await post(url, { documentId: `sha256:${HELLO_HASH}` })).body.data?.hello, "hello world");

    const adHoc = await post(url, { query: "{ secret }" });
    assert.equal(adHoc.status, 400);
    assert.equal(adHoc.body.errors?.[0]?.extensions?.code, "TRUSTED_DOCUMENT_REQUIRED");
    assert.match(adHoc.body.errors![0]!.message, /trusted documents only/);

    const unknown = await post(url, apq("0".repeat(64), { query: "{ secret }" }));
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.errors?.[0]?.extensions?.code, "TRUSTED_DOCUMENT_UNKNOWN");

    const claimsGraphiQL = await post(url, { query: "{ secret }" }, { referer: url.replace(/graphql$/, "graphiql") });
    assert.equal(claimsGraphiQL.status, 400);
  });

  test("websocket operations go through the same check", async () => {
    const url = await gateway(false);
    const ws = createClient({ url: url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
    const run = (payload: { query: string; extensions?: Record<string, unknown> }) =>
      new Promise<{ data?: any; errors?: any }>((resolve) => {
        let result: { data?: any; errors?: any } = {};
        ws.subscribe(payload, { next: (r) => (result = r as typeof result), error: (e) => resolve({ errors: e }), complete: () => resolve(result) });
      });
    try {
      const byHash = await run({ query: "{ secret }", extensions: { persistedQuery: { version: 1, sha256Hash: HELLO_HASH } } });
      assert.deepEqual(byHash.data, { __typename: "Query", hello: "hello world" });
      const adHoc = await run({ query: "{ secret }" });
      assert.equal(adHoc.data, undefined);
      assert.match(JSON.stringify(adHoc.errors), /trusted documents only/);
    } finally {
      await ws.dispose();
    }
  });

  test("development (allowUnpersisted true): ad-hoc operations run, and so does the text of a hash the manifest does not know", async () => {
    const url = await gateway(true);
    assert.equal((await post(url, { query: "{ secret }" })).body.data?.secret, "ad-hoc");
    const newer = await post(url, { query: "{ secret }", extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } });
    assert.equal(newer.body.data?.secret, "ad-hoc");
    assert.equal((await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: HELLO_HASH } } })).body.data?.hello, "hello world");
  });

  test('"graphiql": ad-hoc operations only from the GraphiQL page', async () => {
    const url = await gateway("graphiql");
    const host = new URL(url).host;
    const fromGraphiQL = await post(url, { query: "{ secret }" }, { referer: `http://${host}/graphiql` });
    assert.equal(fromGraphiQL.body.data?.secret, "ad-hoc");
    assert.equal((await post(url, { query: "{ secret }" })).status, 400);
    assert.equal((await post(url, { query: "{ secret }" }, { referer: `http://${host}/somewhere-else` })).status, 400);
    assert.equal((await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: HELLO_HASH } } })).body.data?.hello, "hello world");
  });

  test("a missing or malformed manifest stops start-up with a message naming it", () => {
    assert.throws(() => trustedDocumentsPreset({ manifestPath: path.join(dir, "nope.json"), allowUnpersisted: false }), /cannot read the manifest .*nope\.json/);
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(["not", "a", "map"]));
    assert.throws(() => trustedDocumentsPreset({ manifestPath: bad, allowUnpersisted: false }), /not a JSON object/);
  });
});
