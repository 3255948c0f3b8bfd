import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";

/** Operations endpoints, limits and errors, as a client and an operator see them. */
describe("gateway operations", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const logLines: any[] = [];
  let agentToken: string;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    const sink = new Writable({
      write(chunk, _enc, cb) {
        for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
        cb();
      },
    });
    gw = await startTestGateway(db, { CORS_ORIGINS: "https://app.salemate.eg", BODY_LIMIT_BYTES: "20000", MAX_PAGE_SIZE: "50" }, pino({ level: "info" }, sink));
    const agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    agentToken = await tokenFor(agent.id, agent.email);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${gw.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers }, body });

  test("/healthz, and /readyz says ready only when the database answers and every migration is applied", async () => {
    assert.equal((await fetch(`${gw.url}/healthz`)).status, 200);
    const ready = await fetch(`${gw.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { status: string }).status, "ready");
    const last = (await db.query("select version, name, statements from supabase_migrations.schema_migrations order by version desc limit 1")).rows[0];
    await db.query("delete from supabase_migrations.schema_migrations where version = $1", [last.version]);
    try {
      const notReady = await fetch(`${gw.url}/readyz`);
      assert.equal(notReady.status, 503);
      assert.ok(notReady.headers.get("retry-after"));
      assert.match(((await notReady.json()) as { reason: string }).reason, new RegExp(`migrations not applied: ${last.version}`));
    } finally {
      await db.query("insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)", [last.version, last.name, last.statements]);
    }
  });

  test("request ids: echoed when sane, made up otherwise, and in the JSON log line", async () => {
    const given = await post(JSON.stringify({ query: "{ __typename }" }), { "x-request-id": "trace-123" });
    assert.equal(given.headers.get("x-request-id"), "trace-123");
    const hostile = await post(JSON.stringify({ query: "{ __typename }" }), { "x-request-id": "<script>alert(1)</script>" });
    assert.match(hostile.headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(logLines.some((l) => l.requestId === "trace-123" && l.path === "/graphql" && l.status === 200));
  });

  test("Prometheus metrics by operation name and for the database pool", async () => {
    await post(JSON.stringify({ query: "query LeadBoardMetricsProbe { leads(first: 1) { totalCount } }" }), { authorization: `Bearer ${agentToken}` });
    const text = await (await fetch(`${gw.url}/metrics`)).text();
    assert.match(text, /salemate_http_requests_total\{route="\/graphql",operation="LeadBoardMetricsProbe",status="200"\} 1/);
    assert.match(text, /salemate_http_request_duration_seconds_bucket\{le="[^"]+",route="\/graphql",operation="LeadBoardMetricsProbe"\}/);
    assert.match(text, /salemate_db_pool_connections\{state="total"\} \d+/);
  });

  test("CORS allows the configured origins only; security headers are set", async () => {
    const ok = await fetch(`${gw.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://app.salemate.eg", "access-control-request-method": "POST" } });
    assert.equal(ok.headers.get("access-control-allow-origin"), "https://app.salemate.eg");
    const other = await fetch(`${gw.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    assert.equal(other.headers.get("access-control-allow-origin"), null);
    const r = await fetch(`${gw.url}/healthz`);
    assert.equal(r.headers.get("x-content-type-options"), "nosniff");
    assert.equal(r.headers.get("x-frame-options"), "DENY");
    assert.equal(r.headers.get("x-powered-by"), null);
  });

  test("HTTP status codes as GraphQL over HTTP expects: malformed JSON, wrong content type, invalid query, oversized body", async () => {
    assert.equal((await post("{ not json")).status, 400);
    const wrongType = await fetch(`${gw.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: "{ __typename }" });
    assert.equal(wrongType.status, 415);
    const invalid = await post(JSON.stringify({ query: "{ leads { noSuchField } }" }));
    assert.equal(invalid.status, 400);
    assert.match((await invalid.json()).errors[0].message, /Cannot query field "noSuchField"/);
    const big = await post(JSON.stringify({ query: `{ __typename } # ${"x".repeat(30_000)}` }));
    assert.equal(big.status, 413);
  });

  test("page size is limited: first/last above the maximum is refused, literal or variable", async () => {
    const literal = await post(JSON.stringify({ query: "{ leads(first: 51) { totalCount } }" }), { authorization: `Bearer ${agentToken}` });
    assert.equal(literal.status, 400);
    const body = await literal.json();
    assert.equal(body.errors[0].extensions.code, "PAGE_SIZE_OUT_OF_RANGE");
    assert.match(body.errors[0].message, /`first` must be between 0 and 50 \(got 51\)/);
    const variable = await post(JSON.stringify({ query: "query ($n: Int) { leads(last: $n) { totalCount } }", variables: { n: 1000 } }));
    assert.equal(variable.status, 400);
    const fine = await post(JSON.stringify({ query: "{ leads(first: 50) { totalCount } }" }), { authorization: `Bearer ${agentToken}` });
    assert.equal(fine.status, 200);
  });

  test("a connection given neither first nor last returns one page of MAX_PAGE_SIZE rows: absent, null, or a null variable", async () => {
    const admin = (await db.query("select id, email from profiles where email = 'admin@salemate.test'")).rows[0];
    const auth = { authorization: `Bearer ${await tokenFor(admin.id, admin.email)}` };
    const total = Number((await db.query("select count(*) from leads")).rows[0].count);
    assert.ok(total > 50, `the test needs more than a page of leads (${total})`);
    const ask = async (query: string, variables?: Record<string, unknown>) => {
      const res = await post(JSON.stringify({ query, variables }), auth);
      const body = await res.json();
      assert.equal(res.status, 200, JSON.stringify(body.errors));
      return body.data;
    };
    const page = await ask("{ leads { totalCount pageInfo { hasNextPage } nodes { id } } }");
    assert.equal(page.leads.nodes.length, 50);
    assert.equal(page.leads.totalCount, total);
    assert.equal(page.leads.pageInfo.hasNextPage, true);
    assert.equal((await ask("{ leads(first: null) { nodes { id } } }")).leads.nodes.length, 50);
    assert.equal((await ask("query ($n: Int = 20) { leads(first: $n) { nodes { id } } }", { n: null })).leads.nodes.length, 50);
    assert.equal((await ask("query ($n: Int = 20) { leads(first: $n) { nodes { id } } }")).leads.nodes.length, 20);
    assert.equal((await ask("query ($n: Int) { leads(last: $n) { edges { node { id } } } }", { n: null })).leads.edges.length, 50);
    assert.equal((await ask("{ leads(last: 5) { nodes { id } } }")).leads.nodes.length, 5);
    // Through a fragment, and the next page from the cursor.
    const first = await ask("fragment Ids on LeadConnection { nodes { id } pageInfo { endCursor } } { leads(orderBy: ID_ASC) { ...Ids } }");
    assert.equal(first.leads.nodes.length, 50);
    const second = await ask(`{ leads(orderBy: ID_ASC, after: "${first.leads.pageInfo.endCursor}") { nodes { id } } }`);
    assert.equal(second.leads.nodes.length, 50);
    assert.ok(!second.leads.nodes.some((n: { id: string }) => first.leads.nodes.some((m: { id: string }) => m.id === n.id)));
    // Counts and aggregates are over every row, not a page.
    assert.equal((await ask("{ leads { totalCount } }")).leads.totalCount, total);
    // A null variable used as first here and elsewhere too cannot take the default for one use.
    const both = await post(JSON.stringify({ query: "query ($n: Int) { a: leads(first: $n) { nodes { id } } b: leads(last: $n) { nodes { id } } }", variables: { n: null } }), auth);
    assert.equal(both.status, 400);
    const refused = await both.json();
    assert.equal(refused.errors[0].extensions.code, "PAGE_SIZE_REQUIRED");
    assert.match(refused.errors[0].message, /`\$n` is null where it is a page size/);
  });

  test("deeply nested operations are refused before they run", async () => {
    let q = "id";
    for (let i = 0; i < 8; i++) q = `leadEvents { nodes { lead { ${q} } } }`;
    const r = await post(JSON.stringify({ query: `{ leads(first: 1) { nodes { ${q} } } }` }), { authorization: `Bearer ${agentToken}` });
    assert.equal(r.status, 400);
    const error = (await r.json()).errors[0];
    assert.match(error.message, /exceeds operation depth limits: operation depth 26 exceeds maximum of 12, .*\. The limits: operation depth 12 \(MAX_QUERY_DEPTH\), list depth 5, /);
    assert.deepEqual(error.extensions, { code: "DEPTH_LIMIT_EXCEEDED", limit: "MAX_QUERY_DEPTH", max: 12, value: 26, statusCode: 400 });
  });

  test("unexpected database errors are masked: an error id, no SQL, the cause in the log", async () => {
    // A failure no client input explains (SQLSTATE XX000 from a trigger, with SQL-looking text in
    // its message). A NUL byte used to be the example: it is now a client error (INVALID_TEXT).
    await db.query(`create function public.test_internal_failure() returns trigger language plpgsql as $$
      begin raise exception 'select secret from internals' using errcode = 'XX000'; end $$`);
    await db.query("create trigger test_internal_failure before insert on wallet_topup_requests for each row execute function public.test_internal_failure()");
    let r: Response;
    try {
      r = await post(
        JSON.stringify({ query: "mutation ($i: RequestWalletTopupInput!) { requestWalletTopup(input: $i) { result { id } } }", variables: { i: { amount: "100", paymentMethod: "Instapay" } } }),
        { authorization: `Bearer ${agentToken}` },
      );
    } finally {
      await db.query("drop trigger test_internal_failure on wallet_topup_requests; drop function public.test_internal_failure()");
    }
    const body = await r.json();
    const err = body.errors[0];
    assert.equal(err.extensions?.code, "INTERNAL", JSON.stringify(body));
    assert.match(err.message, /^An unexpected error occurred \(error id [0-9a-f-]{36}\)\.$/);
    assert.doesNotMatch(JSON.stringify(body), /select|from|0x00|stack/i);
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(logLines.some((l) => l.errorId === err.extensions.errorId && l.level === 50), "the error id is in the log with the cause");
  });

  test("a per-request statement timeout ends slow queries with a clear error", async () => {
    const slow = await startTestGateway(db, { STATEMENT_TIMEOUT_MS: "1" });
    try {
      const r = await slow.graphql("{ leads { totalCount aggregates { distinctCount { clientName clientPhone } } } }", { token: agentToken });
      const codes = (r.body.errors ?? []).map((e: any) => e.extensions?.code);
      assert.ok(codes.includes("TIMEOUT"), JSON.stringify(r.body));
    } finally {
      await slow.close();
    }
  });
});
