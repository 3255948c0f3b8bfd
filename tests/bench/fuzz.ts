/**
 * Benchmark: a generated fuzz run against `salemate serve`. Many random but syntactically valid
 * operations over the real schema (graphql/schema.graphql): random root fields, arguments of the
 * right types with edge values (0, -1, 2^31-1, empty and huge strings, injection-looking text,
 * unicode, real and unknown ids), nested selections within the depth limit, mutations included,
 * as random personas (admin, finance, manager, agent, support, customer, anon, service_role).
 * Then the edge: generated variables (tests/reliability/generated.ts: extreme and odd values, NUL,
 * huge and odd-unicode strings, deep nesting, many aliases, page sizes multiplied along paths), and
 * websockets: connections that send random graphql-ws traffic (valid operations with generated
 * variables, malformed JSON, unknown types, binary and oversized frames, early subscribes, repeated
 * connection_init, too many operations). It prints what came back: HTTP statuses, error codes,
 * websocket close codes, the causes of any "unexpected error" (from the gateway's log), the
 * gateway's peak resident memory and whether the process survived. The bar: no 5xx, no INTERNAL,
 * no 4500 close, no crash.
 *
 *   npx tsx tests/bench/fuzz.ts [operations = 3000] [concurrency = 8] [seed = 1] [seed scale = 1] [variable cases = 1000] [ws connections = 200]
 *
 * Exits 1 when a 5xx (or a 4500 websocket close) was answered, an INTERNAL error came back, or the gateway died.
 */
import { readFileSync } from "node:fs";
import WebSocket from "ws";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from "graphql";
import pg from "pg";
import { mintToken } from "../../server/auth/mint.ts";
import { GRAPHQL_DIR } from "../../server/paths.ts";
import { TEST_JWT_SECRET } from "../helpers/gateway.ts";
import { startBenchDatabase } from "../reliability/bench-database.ts";
import { generatedCases, prng } from "../reliability/generated.ts";
import { postGraphQL, startServeProcess } from "../reliability/serve-process.ts";

const [operations = 3000, concurrency = 8, seed = 1, scale = 1, variableCases = 1000, wsConnections = 200] = process.argv.slice(2).map(Number);

// A small seeded PRNG, so that a run can be repeated.
let state = seed >>> 0 || 1;
const random = () => ((state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const chance = (p: number) => random() < p;

const STRINGS = [
  "", "a", "Zayed", "Call Back", "agent@salemate.test", "%", "_", "\\", "'", "''", '"', "`", ";", "--",
  "'; drop table leads; --", "%' or 1=1 --", "1) or (1=1", "$$; select pg_sleep(5); $$", "<script>alert(1)</script>",
  "{{7*7}}", "../../etc/passwd", "null", "undefined", "NaN", "0", "-1", "1e999", "مرحبا", "🙂", "\u200b", "a".repeat(5000), " leading and trailing ",
];
const INTS = [0, 1, 2, 3, 5, 10, 20, 50, 100, -1, 2147483647, -2147483648];
const FLOATS = [0, 0.5, -1, 1e6, 1.7976931348623157e308, -0.0];
const BIGINTS = ["0", "1", "-1", "42", "9223372036854775807", "-9223372036854775808"];
const BIGFLOATS = ["0", "1.5", "-100", "100000", "0.01", "1e3", "123456789012345678901234567890"];
const DATETIMES = ["2025-12-01T00:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-29T10:00:00+02:00", new Date().toISOString()];
const JSONS: unknown[] = [{}, { a: 1 }, [], [1, "x"], "text", 7, { nested: { deep: [true, null] } }];

const schema = buildSchema(readFileSync(path.join(GRAPHQL_DIR, "schema.graphql"), "utf8"));

const bench = await startBenchDatabase("fuzz", scale);
const known: Record<string, string[]> = {};
const owner = new pg.Client({ connectionString: bench.ownerUrl });
await owner.connect();
for (const [k, sql] of Object.entries({
  uuid: `(select id::text from leads order by id limit 20) union all (select id::text from profiles order by id limit 20)
         union all (select id::text from inventory_projects order by id limit 10) union all (select thread_id::text from support_threads order by thread_id limit 10)
         union all (select id::text from wallet_topup_requests order by id limit 10) union all (select id::text from teams order by id limit 5)`,
})) {
  known[k] = (await owner.query(sql)).rows.map((r) => Object.values(r)[0] as string);
}
const personas = (await owner.query("select id, email from profiles where email like '%@salemate.test' order by email")).rows as Array<{ id: string; email: string }>;
await owner.end();

const tokens: Array<string | undefined> = [undefined, await mintToken(TEST_JWT_SECRET, { role: "service_role" }, 7200)];
for (const p of personas) tokens.push(await mintToken(TEST_JWT_SECRET, { role: "authenticated", sub: p.id, email: p.email }, 7200));

function scalarValue(name: string): unknown {
  switch (name) {
    case "Int": return pick(INTS);
    case "Float": return pick(FLOATS);
    case "String": return pick(STRINGS);
    case "Boolean": return chance(0.5);
    case "ID": return chance(0.5) ? Buffer.from(JSON.stringify(["Lead", pick(known.uuid!)])).toString("base64") : pick(STRINGS);
    case "UUID": return chance(0.7) ? pick(known.uuid!) : chance(0.5) ? crypto.randomUUID() : "00000000-0000-0000-0000-000000000000";
    case "BigInt": return pick(BIGINTS);
    case "BigFloat": return pick(BIGFLOATS);
    case "Datetime": return pick(DATETIMES);
    case "JSON": return pick(JSONS);
    case "Cursor": return chance(0.5) ? null : Buffer.from(JSON.stringify(["natural", Math.floor(random() * 50)])).toString("base64");
    default: return pick(STRINGS);
  }
}

function inputValue(type: GraphQLInputType, depth: number): unknown {
  if (isNonNullType(type)) return inputValue(type.ofType, depth);
  if (chance(0.05)) return null;
  if (isListType(type)) return Array.from({ length: Math.floor(random() * 3) }, () => inputValue(type.ofType, depth + 1));
  if (isEnumType(type)) return pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    const fields = Object.values(type.getFields());
    const optional = fields.filter((f) => !isNonNullType(f.type) || f.defaultValue !== undefined);
    for (const f of fields) if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = inputValue(f.type, depth + 1);
    // Filters and patches: a few fields, fewer the deeper.
    const n = depth > 3 ? 0 : Math.floor(random() * (depth === 0 ? 4 : 2));
    for (let i = 0; i < n && optional.length; i++) {
      const f = pick(optional);
      out[f.name] = inputValue(f.type, depth + 1);
    }
    return out;
  }
  return scalarValue(getNamedType(type).name);
}

interface Built {
  variables: Record<string, unknown>;
  declarations: string[];
}

function args(field: GraphQLField<unknown, unknown>, b: Built): string {
  const parts: string[] = [];
  for (const a of field.args as GraphQLArgument[]) {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    const isPage = a.name === "first" || a.name === "last";
    if (!required && !(isPage ? chance(0.8) : chance(a.name === "filter" || a.name === "orderBy" ? 0.3 : 0.15))) continue;
    const value = isPage ? pick([0, 1, 3, 10, 20]) : a.name === "offset" ? pick([0, 1, 10, 1000]) : inputValue(a.type, 0);
    const v = `v${b.declarations.length}`;
    b.declarations.push(`$${v}: ${String(a.type)}`);
    b.variables[v] = value;
    parts.push(`${a.name}: $${v}`);
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

function selection(type: GraphQLOutputType, depth: number, b: Built): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (isUnionType(named) || isInterfaceType(named)) {
    const possible = schema.getPossibleTypes(named);
    return `{ __typename ${possible.length ? `... on ${pick(possible).name} ${selection(pick(possible), depth, b)}` : ""} }`;
  }
  const obj = named as GraphQLObjectType;
  const fields = Object.values(obj.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  const composite = fields.filter((f) => !isLeafType(getNamedType(f.type)) && f.name !== "query");
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  for (let i = 0, n = 1 + Math.floor(random() * 4); i < n && leaves.length; i++) chosen.add(pick(leaves));
  if (depth < 3 && composite.length) for (let i = 0, n = Math.floor(random() * (depth === 0 ? 3 : 2)); i < n; i++) chosen.add(pick(composite));
  if (chosen.size === 0) return "{ __typename }";
  const parts = [...chosen].map((f) => `${f.name}${args(f, b)} ${isLeafType(getNamedType(f.type)) ? "" : selection(f.type, depth + 1, b)}`);
  return `{ ${parts.join(" ")} }`;
}

function operation(): { query: string; variables: Record<string, unknown> } {
  const mutation = chance(0.25);
  const root = (mutation ? schema.getMutationType() : schema.getQueryType())!;
  const field = pick(Object.values(root.getFields()).filter((f) => f.name !== "query"));
  const b: Built = { variables: {}, declarations: [] };
  const body = `${field.name}${args(field, b)} ${selection(field.type, 1, b)}`;
  const decl = b.declarations.length ? `(${b.declarations.join(", ")})` : "";
  return { query: `${mutation ? "mutation" : "query"} Fuzz${decl} { ${body} }`, variables: b.variables };
}

/** A message with its particulars (names, numbers, ids) blanked, to count messages by kind. */
const pattern = (m: string) => m.replace(/'[^']*'|"[^"]*"/g, "'…'").replace(/\b[0-9a-f-]{36}\b|\b\d+\b/g, "N").slice(0, 140);

// The gateway's error log: what each "unexpected error" id stood for.
const causes = new Map<string, string>();
let pending = "";
const gw = await startServeProcess(bench, { LOG_LEVEL: "error", GRAPHILE_ENV: "production" }, {
  onOutput(text) {
    pending += text;
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      try {
        const l = JSON.parse(line);
        if (l.errorId) causes.set(l.errorId, String(l.err?.message ?? l.msg).slice(0, 160));
      } catch {
        /* not a log line */
      }
    }
  },
});

const statuses = new Map<number, number>();
const codes = new Map<string, number>();
const internal: Array<{ query: string; errorId: string }> = [];
const uncoded = new Map<string, number>();
const fiveHundreds: Array<{ status: number; query: string; body: string }> = [];
function record(status: number, body: any, query: string) {
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  if (status >= 500 || status === 0) fiveHundreds.push({ status, query, body: JSON.stringify(body).slice(0, 300) });
  for (const e of (typeof body === "object" && body?.errors) || []) {
    const code = e.extensions?.code ?? (status === 400 ? "(validation)" : "(no code)");
    codes.set(code, (codes.get(code) ?? 0) + 1);
    if (code === "INTERNAL") internal.push({ query, errorId: e.extensions.errorId });
    if (code === "(no code)") uncoded.set(pattern(String(e.message)), (uncoded.get(pattern(String(e.message))) ?? 0) + 1);
  }
}
let variableRuns = 0;
let wsFrames = 0;
let wsMessages = 0;
let wsInternalCloses = 0;
const wsCodes = new Map<string, number>();
const closeCodes = new Map<number, number>();
// The gateway's resident memory, sampled every 100 ms.
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const startRss = rssOf(gw.child.pid!);
let peakRss = startRss;
const sampleRss = () => {
  try {
    peakRss = Math.max(peakRss, rssOf(gw.child.pid!));
  } catch {
    /* exited */
  }
};
const rssTimer = setInterval(sampleRss, 100);
let done = 0;
const t0 = performance.now();
let last = t0;
try {
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (done < operations) {
        done++;
        const op = operation();
        const r = await postGraphQL(gw.url, op.query, { variables: op.variables, token: pick(tokens) });
        record(r.status, r.body, op.query);
        if (performance.now() - last > 10_000) {
          last = performance.now();
          console.log(`  ${done} operations...`);
        }
      }
    }),
  );

  // The edge, part 1: generated variables over HTTP.
  const cases = generatedCases(seed, variableCases);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        const r = await postGraphQL(gw.url, c.query, { variables: c.variables, token: pick(tokens) });
        variableRuns++;
        record(r.status, r.body, c.query);
      }
    }),
  );

  // The edge, part 2: websockets with random graphql-ws traffic.
  const wsRandom = prng(seed + 1);
  const wsUrl = gw.url.replace(/^http/, "ws") + "/graphql";
  const frames: Array<() => string | Buffer> = [
    () => "{ not json",
    () => "[1,2,3]",
    () => Buffer.from([0xff, 0xfe, 0, 1]),
    () => JSON.stringify({ type: "nonsense", id: "x" }),
    () => JSON.stringify({ type: "connection_init", payload: {} }),
    () => JSON.stringify({ type: "connection_init", payload: { junk: "x".repeat(wsRandom.int(1_000, 200_000)) } }),
    () => JSON.stringify({ type: "ping" }),
    () => JSON.stringify({ type: "complete", id: String(wsRandom.int(1, 50)) }),
    () => {
      const c = wsRandom.pick(cases);
      return JSON.stringify({ id: String(wsRandom.int(1, 50)), type: "subscribe", payload: { query: c.query, variables: c.variables } });
    },
    () => JSON.stringify({ id: "s", type: "subscribe", payload: { query: "subscription { myLeadsFeed { kind } }" } }),
  ];
  const oneConnection = () =>
    new Promise<void>((resolve) => {
      const ws = new WebSocket(wsUrl, "graphql-transport-ws");
      const timer = setTimeout(() => ws.terminate(), 10_000);
      ws.on("error", () => {});
      ws.on("message", (d) => {
        wsMessages++;
        try {
          const m = JSON.parse(d.toString());
          for (const e of m.type === "error" ? m.payload ?? [] : m.payload?.errors ?? []) {
            const code = e.extensions?.code ?? "(validation)";
            wsCodes.set(code, (wsCodes.get(code) ?? 0) + 1);
            if (code === "INTERNAL") internal.push({ query: "(websocket)", errorId: e.extensions.errorId });
          }
        } catch {
          /* not JSON */
        }
      });
      ws.on("close", (code) => {
        clearTimeout(timer);
        closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
        if (code === 4500 || code === 1011) wsInternalCloses++;
        resolve();
      });
      ws.on("open", async () => {
        if (wsRandom.next() < 0.8) ws.send(JSON.stringify({ type: "connection_init", payload: wsRandom.next() < 0.5 ? { authorization: `Bearer ${pick(tokens.filter(Boolean))}` } : {} }));
        for (let i = 0, n = wsRandom.int(1, 40); i < n && ws.readyState === WebSocket.OPEN; i++) {
          ws.send(wsRandom.pick(frames)());
          wsFrames++;
          await new Promise((r) => setTimeout(r, wsRandom.int(0, 20)));
        }
        await new Promise((r) => setTimeout(r, 200));
        ws.close(1000);
      });
    });
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < wsConnections) {
        started++;
        await oneConnection();
      }
    }),
  );
} finally {
  clearInterval(rssTimer);
  sampleRss();
  await new Promise((r) => setTimeout(r, 300));
  var alive = gw.child.exitCode === null && gw.child.signalCode === null;
  await gw.stop();
  await bench.stop();
}
const seconds = (performance.now() - t0) / 1000;

const byCause = new Map<string, number>();
const example = new Map<string, string>();
for (const i of internal) {
  const cause = pattern(causes.get(i.errorId) ?? "(cause not in the log)");
  byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
  if (!example.has(cause) || i.query.length < example.get(cause)!.length) example.set(cause, i.query);
}
const sorted = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
const total = operations + variableRuns + wsFrames;
console.log(`\nfuzz: ${total} operations run (${operations} schema-driven, ${variableRuns} generated-variable, ${wsFrames} websocket frames on ${wsConnections} connections), concurrency ${concurrency}, seed ${seed}, ${bench.description}, ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)} ops/s)`);
console.log(`HTTP statuses: ${sorted(statuses).map(([s, n]) => `${s}: ${n}`).join(", ")}`);
console.log(`error codes:   ${sorted(codes).map(([c, n]) => `${c}: ${n}`).join(", ")}`);
console.log(`websocket: ${wsMessages} messages back; close codes ${sorted(closeCodes).map(([c, n]) => `${c}: ${n}`).join(", ")}; error codes ${sorted(wsCodes).map(([c, n]) => `${c}: ${n}`).join(", ") || "none"}`);
console.log(`5xx answers and dropped requests: ${fiveHundreds.length}; websocket internal-error closes (4500/1011): ${wsInternalCloses}; gateway process ${alive ? "alive" : "DIED"}`);
console.log(`gateway RSS: ${startRss.toFixed(0)} MB at start, peak ${peakRss.toFixed(0)} MB`);
for (const f of fiveHundreds.slice(0, 5)) console.log(`  ${f.status} ${f.body}\n    ${f.query.slice(0, 300)}`);
console.log(`"unexpected error" (INTERNAL) answers: ${internal.length}${internal.length ? ", by cause:" : ""}`);
for (const [cause, n] of sorted(byCause).slice(0, 10)) console.log(`  ${String(n).padStart(5)}  ${cause}\n         e.g. ${example.get(cause)!.slice(0, 400)}`);
console.log(`errors without a code: ${[...uncoded.values()].reduce((a, b) => a + b, 0)}${uncoded.size ? ", by message:" : ""}`);
for (const [message, n] of sorted(uncoded).slice(0, 8)) console.log(`  ${String(n).padStart(5)}  ${message}`);
process.exit(fiveHundreds.length === 0 && internal.length === 0 && wsInternalCloses === 0 && alive ? 0 : 1);
