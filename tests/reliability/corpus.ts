import { SignJWT } from "jose";
import { TEST_JWT_SECRET, tokenFor } from "../helpers/gateway.ts";

/**
 * Hostile and broken requests, each with the answer it must get. Request-level problems
 * (the body, the media type, the size, the method, an invalid, oversized or malicious
 * operation, a bad token) are refused with a 4xx before anything runs. A well-formed operation
 * with a bad value reaches the database and gets that field's clear error (200, as GraphQL over
 * HTTP has it when `data` is present). Injection-looking strings are plain values: they match
 * nothing and change nothing. No answer may be a 5xx, "unexpected error", or slow.
 */

export interface Fixture {
  agentId: string;
  agentToken: string;
  /** Tokens for the token cases, signed ahead (signing is async). */
  tokens: Record<"noExp" | "iatInFuture" | "tooLongLived" | "expired" | "notYetValid" | "wrongSecret" | "wrongAudience" | "rolePostgres" | "tampered" | "algNone" | "serviceRoleWrongKey" | "subNotUuid", string>;
}

export interface HostileRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
}

export interface Expectation {
  status: number;
  /** extensions.code of the first error. */
  code?: string;
  /** The first error's message. */
  message?: RegExp;
  /** For 200 answers: the data, compared deeply. */
  data?: unknown;
}

export interface HostileCase {
  name: string;
  category: "malformed body" | "media type" | "size" | "method" | "operation" | "limits after coercion" | "ids and numbers" | "injection" | "text" | "token";
  request(f: Fixture): HostileRequest;
  expect: Expectation;
}

const JSON_TYPE = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };

function raw(body: string | Uint8Array, headers: Record<string, string> = JSON_TYPE) {
  return (f: Fixture): HostileRequest => ({ method: "POST", headers: { ...headers, authorization: `Bearer ${f.agentToken}` }, body });
}

/** A GraphQL POST as the agent (or with the token the case picks). */
function gql(query: string, variables?: Record<string, unknown>, token?: (f: Fixture) => string) {
  return (f: Fixture): HostileRequest => ({
    method: "POST",
    headers: { ...JSON_TYPE, authorization: `Bearer ${token ? token(f) : f.agentToken}` },
    body: JSON.stringify({ query, variables }),
  });
}

const repeat = (n: number, fn: (i: number) => string) => Array.from({ length: n }, (_, i) => fn(i)).join(" ");

const nestedLeadEvents = (levels: number) => {
  let q = "id";
  for (let i = 0; i < levels; i++) q = `leadEvents { nodes { lead { ${q} } } }`;
  return `{ leads(first: 1) { nodes { ${q} } } }`;
};

/** Fragments that each spread the next twice: 2^levels selections from a 1 KB document. */
const fragmentBomb = (levels: number) =>
  `query Bomb { ...F0 } ${repeat(levels, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F${levels} on Query { __typename }`;

const STRING_FILTER = "query ($s: String!) { inventoryItems(filter: { compound: { equalTo: $s } }) { totalCount } }";
const TOPUP = "mutation ($i: RequestWalletTopupInput!) { requestWalletTopup(input: $i) { result { id } } }";
const PURCHASE = "mutation ($i: PurchaseLeadsInput!) { purchaseLeads(input: $i) { result { quantity } } }";
const SOME_PROJECT = "00000000-0000-4000-8000-000000000001";

export const HOSTILE_REQUESTS: HostileCase[] = [
  // The body
  { name: "empty body", category: "malformed body", request: raw(""), expect: { status: 400 } },
  { name: "not JSON", category: "malformed body", request: raw("{ not json"), expect: { status: 400 } },
  { name: "truncated JSON", category: "malformed body", request: raw('{"query": "{ __typename }"'), expect: { status: 400 } },
  { name: "JSON null", category: "malformed body", request: raw("null"), expect: { status: 400, message: /No body/ } },
  { name: "JSON string", category: "malformed body", request: raw('"{ __typename }"'), expect: { status: 400, message: /expected object/ } },
  { name: "JSON number", category: "malformed body", request: raw("42"), expect: { status: 400, message: /expected object/ } },
  { name: "invalid UTF-8", category: "malformed body", request: raw(new Uint8Array([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])), expect: { status: 400 } },
  { name: "query is a number", category: "malformed body", request: raw(JSON.stringify({ query: 1 })), expect: { status: 400, message: /query must be a string/ } },
  { name: "query is an object", category: "malformed body", request: raw(JSON.stringify({ query: { leads: true } })), expect: { status: 400, message: /query must be a string/ } },
  { name: "no query", category: "malformed body", request: raw(JSON.stringify({ variables: {} })), expect: { status: 400, message: /query must be a string/ } },
  { name: "variables is a string", category: "malformed body", request: raw(JSON.stringify({ query: "{ __typename }", variables: "{}" })), expect: { status: 400, message: /Invalid variables/ } },
  { name: "variables is an array", category: "malformed body", request: raw(JSON.stringify({ query: "{ __typename }", variables: [1] })), expect: { status: 400, message: /Invalid variables/ } },
  { name: "operationName is a number", category: "malformed body", request: raw(JSON.stringify({ query: "{ __typename }", operationName: 7 })), expect: { status: 400, message: /operationName/ } },
  { name: "extensions is a string", category: "malformed body", request: raw(JSON.stringify({ query: "{ __typename }", extensions: "x" })), expect: { status: 400, message: /Invalid extensions/ } },
  {
    name: "__proto__ keys (prototype pollution attempt)",
    category: "malformed body",
    request: raw('{"query":"{ __typename }","__proto__":{"polluted":1},"variables":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}'),
    expect: { status: 200, data: { __typename: "Query" } },
  },
  {
    name: "40,000 nested arrays in variables",
    category: "malformed body",
    request: raw(`{"query":"{ __typename }","variables":{"a":${"[".repeat(40_000)}${"]".repeat(40_000)}}}`),
    // Refused at the edge (MAX_INPUT_DEPTH), before anything walks it recursively.
    expect: { status: 400, code: "INPUT_TOO_DEEP" },
  },

  // Batch abuse
  { name: "a batch (JSON array) of operations", category: "malformed body", request: raw(JSON.stringify(Array.from({ length: 100 }, () => ({ query: "{ leads { totalCount } }" })))), expect: { status: 400, message: /expected object/ } },
  { name: "several operations, none named", category: "operation", request: gql(repeat(50, (i) => `query Q${i} { leads { totalCount } }`)), expect: { status: 400, message: /Must provide operation name/ } },
  {
    name: "unknown operationName",
    category: "operation",
    request: (f) => ({ method: "POST", headers: { ...JSON_TYPE, authorization: `Bearer ${f.agentToken}` }, body: JSON.stringify({ query: "query A { __typename }", operationName: "'; drop table leads; --" }) }),
    expect: { status: 400, message: /Unknown operation named/ },
  },

  // Media types and methods
  { name: "text/plain", category: "media type", request: raw(JSON.stringify({ query: "{ __typename }" }), { "content-type": "text/plain" }), expect: { status: 415 } },
  { name: "form-urlencoded", category: "media type", request: raw("query=%7B__typename%7D", { "content-type": "application/x-www-form-urlencoded" }), expect: { status: 415 } },
  { name: "multipart (file upload)", category: "media type", request: raw('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--', { "content-type": "multipart/form-data; boundary=x" }), expect: { status: 415 } },
  { name: "XML", category: "media type", request: raw("<query>{ __typename }</query>", { "content-type": "application/xml" }), expect: { status: 415 } },
  { name: "GET with a query", category: "method", request: () => ({ method: "GET", path: `/graphql?query=${encodeURIComponent("{ leads { totalCount } }")}` }), expect: { status: 405 } },
  { name: "GET with a mutation", category: "method", request: () => ({ method: "GET", path: `/graphql?query=${encodeURIComponent("mutation { __typename }")}` }), expect: { status: 405 } },
  { name: "PUT", category: "method", request: (f) => ({ ...gql("{ __typename }")(f), method: "PUT" }), expect: { status: 405 } },
  { name: "DELETE", category: "method", request: () => ({ method: "DELETE" }), expect: { status: 405 } },
  {
    name: "a subscription over HTTP POST (websockets only)",
    category: "method",
    request: gql("subscription { myLeadsFeed { kind } }"),
    expect: { status: 405, code: "SUBSCRIPTION_OVER_HTTP" },
  },

  // Sizes
  { name: "body over the limit", category: "size", request: raw(JSON.stringify({ query: "{ __typename }", variables: { x: "a".repeat(200_000) } })), expect: { status: 413, code: "REQUEST_TOO_LARGE", message: /at most \d+ \(BODY_LIMIT_BYTES\)/ } },
  {
    name: "chunked body over the limit (no content-length)",
    category: "size",
    request: (f) => ({
      method: "POST",
      headers: { ...JSON_TYPE, authorization: `Bearer ${f.agentToken}` },
      body: new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < 50; i++) c.enqueue(new TextEncoder().encode(" ".repeat(10_000)));
          c.close();
        },
      }),
    }),
    expect: { status: 413 },
  },
  { name: "20 KB header", category: "size", request: (f) => ({ ...gql("{ __typename }")(f), headers: { ...JSON_TYPE, "x-padding": "a".repeat(20_000) } }), expect: { status: 431 } },
  { name: "20 KB URL", category: "size", request: (f) => ({ ...gql("{ __typename }")(f), path: `/graphql?${"a".repeat(20_000)}` }), expect: { status: 431 } },

  // Malicious operations
  { name: "syntax error", category: "operation", request: gql("{ leads { totalCount }"), expect: { status: 400, message: /Syntax Error/ } },
  { name: "unknown field", category: "operation", request: gql("{ leads { password } }"), expect: { status: 400, message: /Cannot query field "password"/ } },
  { name: "30 levels deep", category: "operation", request: gql(nestedLeadEvents(30)), expect: { status: 400, code: "DEPTH_LIMIT_EXCEEDED", message: /exceeds operation depth limits/ } },
  { name: "introspection 14 levels of ofType", category: "operation", request: gql(`{ __schema { types { ${"ofType { ".repeat(14)}name${" }".repeat(14)} } } }`), expect: { status: 400, message: /depth/ } },
  { name: "fragment cycle", category: "operation", request: gql("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), expect: { status: 400, message: /Cannot spread fragment/ } },
  // Unprotected, planning this one blocks the gateway for seconds, and every level more doubles it.
  { name: "fragment bomb (2^20 fields in 1 KB)", category: "operation", request: gql(fragmentBomb(20)), expect: { status: 400, code: "OPERATION_TOO_LARGE" } },
  { name: "alias bomb: 1,000 aliases of a connection", category: "operation", request: gql(`{ ${repeat(1_000, (i) => `a${i}: leads(first: 100, offset: ${i}) { totalCount }`)} }`), expect: { status: 400, code: "TOO_MANY_TOKENS" } },
  { name: "alias bomb: 200 aliases of a connection", category: "operation", request: gql(`{ ${repeat(200, (i) => `a${i}: leads(first: 1) { totalCount }`)} }`), expect: { status: 400, code: "TOO_MANY_ALIASES" } },
  { name: "a directive repeated 600 times", category: "operation", request: gql(`{ __typename ${"@include(if: true) ".repeat(600)} }`), expect: { status: 400, message: /can only be used once/ } },
  { name: "300 aliases × first: 100", category: "operation", request: gql(`{ ${repeat(300, (i) => `a${i}: leads(first: 100) { nodes { id } }`)} }`), expect: { status: 400, code: "COST_LIMIT_EXCEEDED", message: /MAX_QUERY_COST/ } },
  { name: "the same field 8,000 times", category: "operation", request: gql(`{ ${"__typename ".repeat(8_000)} }`), expect: { status: 400 } },
  { name: "a directive repeated 3,000 times", category: "operation", request: gql(`{ __typename ${"@include(if: true) ".repeat(3_000)} }`), expect: { status: 400, code: "TOO_MANY_TOKENS" } },

  // Ids and numbers
  { name: "invalid UUID in a variable", category: "ids and numbers", request: gql("query ($id: UUID!) { lead(id: $id) { id } }", { id: "not-a-uuid" }), expect: { status: 400, message: /Invalid UUID/ } },
  { name: "invalid UUID literal", category: "ids and numbers", request: gql('{ lead(id: "1 or 1=1") { id } }'), expect: { status: 400, message: /Invalid UUID/ } },
  { name: "garbage node id", category: "ids and numbers", request: gql('{ node(nodeId: "garbage") { nodeId } }'), expect: { status: 200, data: { node: null } } },
  { name: "first: 99999999999 (beyond Int)", category: "ids and numbers", request: gql("{ leads(first: 99999999999) { totalCount } }"), expect: { status: 400 } },
  { name: "first: -1", category: "ids and numbers", request: gql("{ leads(first: -1) { totalCount } }"), expect: { status: 400, code: "PAGE_SIZE_OUT_OF_RANGE" } },
  { name: "first: 1.5", category: "ids and numbers", request: gql("{ leads(first: 1.5) { totalCount } }"), expect: { status: 400, message: /Int cannot represent/ } },
  { name: "offset: -5", category: "ids and numbers", request: gql("{ leads(first: 1, offset: -5) { totalCount } }"), expect: { status: 400, code: "OFFSET_OUT_OF_RANGE" } },
  { name: "offset: -5 in a variable", category: "ids and numbers", request: gql("query ($o: Int) { leads(first: 1, offset: $o) { totalCount } }", { o: -5 }), expect: { status: 400, code: "OFFSET_OUT_OF_RANGE" } },
  { name: "offset: 2^31-1", category: "ids and numbers", request: gql("{ leads(first: 1, offset: 2147483647) { nodes { id } } }"), expect: { status: 200, data: { leads: { nodes: [] } } } },
  { name: "garbage cursor", category: "ids and numbers", request: gql('{ leads(first: 1, after: "garbage") { totalCount } }'), expect: { status: 200, code: "INVALID_CURSOR", message: /Invalid cursor/ } },
  { name: "BigInt that is not a number", category: "ids and numbers", request: gql("query ($a: BigInt!) { inventoryItems(filter: { id: { equalTo: $a } }) { totalCount } }", { a: "abc" }), expect: { status: 200, code: "INVALID_VALUE" } },
  { name: "BigInt beyond bigint", category: "ids and numbers", request: gql("query ($a: BigInt!) { inventoryItems(filter: { id: { equalTo: $a } }) { totalCount } }", { a: "99999999999999999999999" }), expect: { status: 200, code: "OUT_OF_RANGE" } },
  { name: "BigFloat that is not a number", category: "ids and numbers", request: gql("query ($a: BigFloat!) { inventoryItems(filter: { priceInEgp: { greaterThan: $a } }) { totalCount } }", { a: "abc" }), expect: { status: 200, code: "INVALID_VALUE" } },
  { name: "Datetime that is not a date", category: "ids and numbers", request: gql("query ($d: Datetime!) { leads(filter: { createdAt: { greaterThan: $d } }) { totalCount } }", { d: "not a date" }), expect: { status: 200, code: "INVALID_VALUE" } },
  { name: "top-up of NaN", category: "ids and numbers", request: gql(TOPUP, { i: { amount: "NaN", paymentMethod: "Instapay" } }), expect: { status: 200, code: "BUSINESS_RULE", message: /between 50 and 500,000/ } },
  { name: "top-up of 1e100000", category: "ids and numbers", request: gql(TOPUP, { i: { amount: "1e100000", paymentMethod: "Instapay" } }), expect: { status: 200, code: "BUSINESS_RULE" } },
  { name: "top-up of -100", category: "ids and numbers", request: gql(TOPUP, { i: { amount: "-100", paymentMethod: "Instapay" } }), expect: { status: 200, code: "BUSINESS_RULE" } },
  { name: "purchase of 2^31-1 leads", category: "ids and numbers", request: gql(PURCHASE, { i: { projectId: SOME_PROJECT, quantity: 2147483647 } }), expect: { status: 200, code: "BUSINESS_RULE", message: /between 1 and 500/ } },
  { name: "purchase of -5 leads", category: "ids and numbers", request: gql(PURCHASE, { i: { projectId: SOME_PROJECT, quantity: -5 } }), expect: { status: 200, code: "BUSINESS_RULE" } },
  { name: "purchase of 2^31 leads (beyond Int)", category: "ids and numbers", request: gql(PURCHASE, { i: { projectId: SOME_PROJECT, quantity: 2147483648 } }), expect: { status: 400, message: /Int cannot represent/ } },

  // Filters and writes that are valid GraphQL but ask for nothing (found by tests/bench/fuzz.ts)
  { name: "an empty filter object", category: "ids and numbers", request: gql("{ inventoryItems(filter: { compound: {} }) { totalCount } }"), expect: { status: 200, code: "INVALID_FILTER", message: /Empty objects are forbidden/ } },
  { name: "a null filter operand", category: "ids and numbers", request: gql("{ inventoryItems(filter: { compound: null }) { totalCount } }"), expect: { status: 200, code: "INVALID_FILTER", message: /Null literals are forbidden/ } },
  {
    name: "deleting a row that does not exist",
    category: "ids and numbers",
    request: gql('mutation { deleteLeadTask(input: { id: "00000000-0000-4000-8000-00000000dead" }) { deletedLeadTaskNodeId } }'),
    expect: { status: 200, code: "NOT_FOUND", message: /No values were deleted/ },
  },

  {
    name: "a sum of timestamps in groupedAggregates(having:)",
    category: "ids and numbers",
    request: gql("{ leads { groupedAggregates(groupBy: [STAGE], having: { sum: { createdAt: { greaterThan: \"2020-01-01T00:00:00Z\" } } }) { keys } } }"),
    expect: { status: 400, message: /Field "createdAt" is not defined by type "LeadHavingSumInput"/ },
  },

  {
    name: "a cursor from another ordering",
    category: "ids and numbers",
    request: gql(`{ leads(first: 1, orderBy: [CREATED_AT_ASC], after: "${Buffer.from(JSON.stringify(["natural", 1])).toString("base64")}") { totalCount } }`),
    expect: { status: 200, code: "INVALID_CURSOR", message: /cursor is only valid within a specific ordering/ },
  },
  { name: "offset with last", category: "ids and numbers", request: gql("{ leads(last: 1, offset: 1) { nodes { id } } }"), expect: { status: 200, code: "INVALID_ARGUMENTS", message: /Cannot use 'offset' with 'last'/ } },
  {
    name: "an update with nothing in the patch",
    category: "ids and numbers",
    request: gql('mutation { updateLead(input: { id: "00000000-0000-4000-8000-00000000dead", patch: {} }) { lead { id } } }'),
    expect: { status: 200, code: "NOTHING_TO_UPDATE", message: /no new values were specified/ },
  },

  // Injection-looking strings: plain values
  {
    name: "a javascript: link as one's own avatar",
    category: "injection",
    request: (f) => gql('mutation ($id: UUID!) { updateProfile(input: { id: $id, patch: { avatarUrl: "javascript:alert(1)" } }) { profile { id } } }', { id: f.agentId })(f),
    expect: { status: 200, code: "CHECK_VIOLATION", message: /http_only|link/i },
  },
  { name: "SQL in an equalTo filter", category: "injection", request: gql(STRING_FILTER, { s: "'; drop table inventory_items; --" }), expect: { status: 200, data: { inventoryItems: { totalCount: 0 } } } },
  { name: "SQL in an includes filter", category: "injection", request: gql("query ($s: String!) { inventoryItems(filter: { compound: { includes: $s } }) { totalCount } }", { s: "%' or 1=1 --" }), expect: { status: 200, data: { inventoryItems: { totalCount: 0 } } } },
  {
    name: "SQL in an `in` list",
    category: "injection",
    request: gql("query ($s: [String!]!) { inventoryItems(filter: { compound: { inInsensitive: $s } }) { totalCount } }", { s: ["') or true --", "'; select pg_sleep(10); --"] }),
    expect: { status: 200, data: { inventoryItems: { totalCount: 0 } } },
  },
  { name: "a LIKE pattern bomb", category: "injection", request: gql("query ($s: String!) { inventoryItems(filter: { compound: { likeInsensitive: $s } }) { totalCount } }", { s: `${"%a".repeat(40)}%b` }), expect: { status: 200, data: { inventoryItems: { totalCount: 0 } } } },
  { name: "a lone surrogate", category: "injection", request: raw('{"query":"query ($s: String!) { inventoryItems(filter: { compound: { equalTo: $s } }) { totalCount } }","variables":{"s":"\\ud800"}}'), expect: { status: 200, data: { inventoryItems: { totalCount: 0 } } } },
  { name: "SQL in orderBy", category: "injection", request: gql('{ leads(orderBy: "id; drop table leads") { totalCount } }'), expect: { status: 400, message: /cannot represent non-enum value/ } },
  { name: "SQL as a filter field name", category: "injection", request: gql('{ leads(filter: { id_or_1_eq_1: { equalTo: "x" } }) { totalCount } }'), expect: { status: 400, message: /is not defined by type "LeadFilter"/ } },
  { name: "SQL as a payment method", category: "injection", request: gql(TOPUP, { i: { amount: "100", paymentMethod: "'; drop table profile_wallets; --" } }), expect: { status: 200, code: "BUSINESS_RULE", message: /Unknown payment method/ } },

  // Text the database cannot store, nesting it cannot parse, strings longer than any field
  { name: "a NUL byte in a string variable", category: "text", request: gql(STRING_FILTER, { s: "a\u0000b" }), expect: { status: 400, code: "INVALID_TEXT" } },
  { name: "a NUL byte in a string literal", category: "text", request: gql('{ inventoryItems(filter: { compound: { equalTo: "a\\u0000b" } }) { totalCount } }'), expect: { status: 400, code: "INVALID_TEXT" } },
  { name: "a NUL byte in an object key", category: "text", request: raw('{"query":"{ __typename }","variables":{"a":{"x\\u0000":1}}}'), expect: { status: 400, code: "INVALID_TEXT" } },
  { name: "a NUL byte in a mutation input", category: "text", request: gql(TOPUP, { i: { amount: "100", paymentMethod: "Instapay\u0000" } }), expect: { status: 400, code: "INVALID_TEXT" } },
  { name: "JSON nested 12,000 deep in a variable", category: "text", request: raw(`{"query":"query ($s: String!) { inventoryItems(filter: { compound: { equalTo: $s } }) { totalCount } }","variables":{"s":"x","deep":${'{"a":'.repeat(12_000)}1${"}".repeat(12_000)}}}`), expect: { status: 400, code: "INPUT_TOO_DEEP" } },
  { name: "a list literal nested 40 deep", category: "text", request: gql(`{ inventoryItems(filter: { compound: { in: ${"[".repeat(40)}"x"${"]".repeat(40)} } }) { totalCount } }`), expect: { status: 400, code: "INPUT_TOO_DEEP" } },
  { name: "60,000 × é (120 KB): the body limit comes first", category: "text", request: gql(STRING_FILTER, { s: "é".repeat(60_000).slice(0, 60_000) }), expect: { status: 413, code: "REQUEST_TOO_LARGE" } },
  { name: "a 50,001-character string", category: "text", request: gql(STRING_FILTER, { s: "a".repeat(50_001) }), expect: { status: 400, code: "STRING_TOO_LONG" } },
  { name: "odd unicode: RTL marks, zero-width joiners, combining marks, astral emoji", category: "text", request: gql(STRING_FILTER, { s: "\u202e\u200d\u200b\u0301\u0301e\ufeff\ud83d\ude00\uffff" }), expect: { status: 200, data: { inventoryItems: { totalCount: 0 } } } },
  { name: "a LIKE pattern ending in the escape character", category: "text", request: gql("query ($s: String!) { inventoryItems(filter: { compound: { like: $s } }) { totalCount } }", { s: "%\\" }), expect: { status: 200, code: "INVALID_VALUE" } },

  // Limits read after variable coercion: a variable's value or default counts like a literal
  { name: "first from a variable default of 5000", category: "limits after coercion", request: gql("query ($n: Int = 5000) { leads(first: $n) { nodes { id } } }"), expect: { status: 400, code: "PAGE_SIZE_OUT_OF_RANGE", message: /between 0 and 100 \(got 5000\)/ } },
  { name: "last from a variable of 101", category: "limits after coercion", request: gql("query ($n: Int) { leads(last: $n) { nodes { id } } }", { n: 101 }), expect: { status: 400, code: "PAGE_SIZE_OUT_OF_RANGE" } },
  { name: "a negative offset through a variable default", category: "limits after coercion", request: gql("query ($o: Int = -5) { leads(first: 1, offset: $o) { totalCount } }"), expect: { status: 400, code: "OFFSET_OUT_OF_RANGE" } },
  { name: "a negative offset sent as a string (not coerced: Int)", category: "limits after coercion", request: gql("query ($o: Int) { leads(first: 1, offset: $o) { totalCount } }", { o: "-5" }), expect: { status: 400, message: /Int cannot represent/ } },
  { name: "page sizes multiplied through variables: 100 × 100 × 100", category: "limits after coercion", request: gql("query ($a: Int = 100, $b: Int = 100) { leads(first: $a) { nodes { leadEvents(first: $b) { nodes { lead { leadEvents(first: $b) { totalCount } } } } } } }"), expect: { status: 400, code: "COST_LIMIT_EXCEEDED", message: /MAX_QUERY_COST/ } },
  { name: "cost summed over 25 aliases of 100 × 100", category: "limits after coercion", request: gql(`query ($n: Int!) { ${repeat(25, (i) => `a${i}: leads(first: $n) { nodes { leadEvents(first: $n) { totalCount } } }`)} }`, { n: 100 }), expect: { status: 400, code: "COST_LIMIT_EXCEEDED" } },
  { name: "connections without first count as full pages", category: "limits after coercion", request: gql("{ leads { nodes { leadEvents { nodes { lead { leadEvents { totalCount } } } } } } }"), expect: { status: 400, code: "COST_LIMIT_EXCEEDED" } },
  { name: "within every limit: 100 × 10 through variables", category: "limits after coercion", request: gql("query ($a: Int = 100, $b: Int = 10) { leads(first: $a, filter: { id: { isNull: true } }) { nodes { leadEvents(first: $b) { totalCount } } } }"), expect: { status: 200, data: { leads: { nodes: [] } } } },

  // Tokens
  { name: "not a JWT", category: "token", request: gql("{ __typename }", undefined, () => "abc"), expect: { status: 401, code: "TOKEN_INVALID" } },
  { name: "12 KB of garbage as a token", category: "token", request: gql("{ __typename }", undefined, () => "a".repeat(12_000)), expect: { status: 401, code: "TOKEN_INVALID" } },
  { name: "Basic instead of Bearer", category: "token", request: (f) => ({ ...gql("{ __typename }")(f), headers: { ...JSON_TYPE, authorization: "Basic YWRtaW46YWRtaW4=" } }), expect: { status: 401, code: "TOKEN_INVALID" } },
  { name: "Bearer and nothing", category: "token", request: (f) => ({ ...gql("{ __typename }")(f), headers: { ...JSON_TYPE, authorization: "Bearer " } }), expect: { status: 401, code: "TOKEN_INVALID" } },
  { name: "payload changed to service_role, signature kept", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.tampered), expect: { status: 401, code: "TOKEN_INVALID" } },
  { name: "alg: none", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.algNone), expect: { status: 401, code: "TOKEN_ALGORITHM" } },
  { name: "signed with another secret", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.wrongSecret), expect: { status: 401, code: "TOKEN_INVALID" } },
  { name: "service_role key signed with another secret", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.serviceRoleWrongKey), expect: { status: 401, code: "TOKEN_INVALID" } },
  { name: "expired", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.expired), expect: { status: 401, code: "TOKEN_EXPIRED" } },
  { name: "not valid yet", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.notYetValid), expect: { status: 401, code: "TOKEN_NOT_YET_VALID" } },
  { name: "another audience", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.wrongAudience), expect: { status: 401, code: "TOKEN_AUDIENCE" } },
  { name: "role postgres", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.rolePostgres), expect: { status: 401, code: "TOKEN_ROLE" } },
  { name: "RS256 header with no keys configured", category: "token", request: gql("{ __typename }", undefined, () => `${b64({ alg: "RS256" })}.${b64({ sub: "x" })}.abc`), expect: { status: 401, code: "TOKEN_ALGORITHM" } },
  { name: "a user token without exp", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.noExp), expect: { status: 401, code: "TOKEN_NO_EXPIRY" } },
  { name: "iat 10 minutes in the future", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.iatInFuture), expect: { status: 401, code: "TOKEN_NOT_YET_VALID" } },
  { name: "a user token living 30 days", category: "token", request: gql("{ __typename }", undefined, (f) => f.tokens.tooLongLived), expect: { status: 401, code: "TOKEN_LIFETIME" } },
  { name: "a validly signed sub that is SQL", category: "token", request: gql("{ leads(first: 1) { totalCount } }", undefined, (f) => f.tokens.subNotUuid), expect: { status: 200, code: "INVALID_VALUE" } },
];

function b64(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString("base64url");
}

/** Sends one hostile request as written (streams included) and reads the answer, JSON where it is JSON. */
export async function sendHostile(baseUrl: string, r: HostileRequest): Promise<{ status: number; body: any; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}${r.path ?? "/graphql"}`, {
    method: r.method ?? "POST",
    headers: r.headers,
    body: r.body,
    signal: AbortSignal.timeout(15_000),
    ...(r.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: 431 has no body */
  }
  return { status: res.status, body, ms: performance.now() - t0 };
}

export async function makeFixture(agent: { id: string; email: string }): Promise<Fixture> {
  const now = Math.floor(Date.now() / 1000);
  const sign = (payload: Record<string, unknown>, secret = TEST_JWT_SECRET, header: Record<string, unknown> = { alg: "HS256", typ: "JWT" }) =>
    new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(new TextEncoder().encode(secret));
  const user = { role: "authenticated", aud: "authenticated", sub: agent.id, email: agent.email };
  const agentToken = await tokenFor(agent.id, agent.email);
  const [h, p, s] = agentToken.split(".");
  const tampered = `${h}.${b64({ ...JSON.parse(Buffer.from(p!, "base64url").toString()), role: "service_role" })}.${s}`;
  const other = "another-secret-0123456789abcdefghijklmnop";
  return {
    agentId: agent.id,
    agentToken,
    tokens: {
      noExp: await sign({ ...user, iat: now }),
      iatInFuture: await sign({ ...user, iat: now + 600, exp: now + 3600 }),
      tooLongLived: await sign({ ...user, iat: now, exp: now + 30 * 86_400 }),
      expired: await sign({ ...user, exp: now - 300 }),
      notYetValid: await sign({ ...user, nbf: now + 600, exp: now + 3600 }),
      wrongSecret: await sign({ ...user, exp: now + 3600 }, other),
      wrongAudience: await sign({ ...user, aud: "someone-else", exp: now + 3600 }),
      rolePostgres: await sign({ ...user, role: "postgres", exp: now + 3600 }),
      tampered,
      algNone: `${b64({ alg: "none", typ: "JWT" })}.${p}.`,
      serviceRoleWrongKey: await sign({ role: "service_role", exp: now + 3600 }, other),
      subNotUuid: await sign({ ...user, sub: "'; drop table leads; --", exp: now + 3600 }),
    },
  };
}
