/**
 * Generated hostile requests, reproducible from a seed: random and extreme variables, huge and
 * odd-unicode strings, NUL bytes, deep nesting, many aliases, page sizes multiplied along paths,
 * garbage documents. Used by tests/reliability/edge-production.test.ts and tests/bench/fuzz.ts.
 * `expectCode` is set where the answer is certain (the edge limits); otherwise the only rule is
 * "a 4xx or a clear field error, never a 5xx or INTERNAL".
 */

export interface GeneratedCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  expectCode?: string;
}

/** mulberry32: small, seeded, good enough to vary requests reproducibly. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick };
}

const ODD = [
  "\u202e", // right-to-left override
  "\u200d", // zero-width joiner
  "\u200b", // zero-width space
  "\ufeff", // byte-order mark
  "\u0301", // combining acute
  "\ud83d\ude00", // astral emoji
  "\ud800", // lone high surrogate
  "\udfff", // lone low surrogate
  "\uffff", // noncharacter
  "\u0085", // next line
  "\u2028", // line separator
  "Ω",
  "ع",
  "中",
  "'",
  '"',
  "\\",
  "%",
  "_",
  "$1",
  "{{",
  "<script>",
];

const EXTREME_INTS = [0, 1, -1, 100, 101, 5000, -5, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1.5, 1e308, -0] as const;
const ODD_VALUES = [null, true, false, "12", "", "NaN", "1e100000", "-0", [], {}, [1], { a: 1 }] as const;

export function generatedCases(seed: number, count: number): GeneratedCase[] {
  const r = prng(seed);
  const oddString = (max: number) => {
    const n = r.pick([0, 1, 5, 40, 300, max]);
    let s = "";
    while (s.length < n) s += r.next() < 0.5 ? r.pick(ODD) : String.fromCharCode(r.int(32, 0x2fff));
    return s.slice(0, n);
  };
  const value = (): unknown => (r.next() < 0.6 ? r.pick(EXTREME_INTS) : r.pick(ODD_VALUES));
  const nested = (depth: number): unknown => {
    let v: unknown = "x";
    for (let i = 0; i < depth; i++) v = r.next() < 0.5 ? [v] : { k: v };
    return v;
  };

  const makers: Array<(i: number) => GeneratedCase> = [
    (i) => {
      const nul = r.next() < 0.2;
      const s = oddString(60_000) + (nul ? "\u0000" : "");
      return {
        name: `#${i} string filter (${s.length} chars${nul ? ", NUL" : ""})`,
        query: "query ($s: String!) { inventoryItems(filter: { compound: { includes: $s } }) { totalCount } }",
        variables: { s },
        // Short enough to fit the body limit whatever its escapes: the NUL check answers.
        expectCode: nul && s.length <= 301 ? "INVALID_TEXT" : undefined,
      };
    },
    (i) => {
      const f = value();
      const o = value();
      const isInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 31;
      const certain = isInt(f) && f > 100 && (o === null || (isInt(o) && o >= 0));
      return {
        name: `#${i} page first=${JSON.stringify(f)} offset=${JSON.stringify(o)}`,
        query: "query ($f: Int, $o: Int) { leads(first: $f, offset: $o) { nodes { id } } }",
        variables: { f, o },
        expectCode: certain ? "PAGE_SIZE_OUT_OF_RANGE" : undefined,
      };
    },
    (i) => {
      const amount = r.next() < 0.5 ? String(value()) : value();
      return {
        name: `#${i} top-up ${JSON.stringify(amount)}`,
        query: "mutation ($i: RequestWalletTopupInput!) { requestWalletTopup(input: $i) { result { id } } }",
        variables: { i: { amount, paymentMethod: r.next() < 0.5 ? "Instapay" : oddString(300) } },
      };
    },
    (i) => ({
      name: `#${i} purchase`,
      query: "mutation ($i: PurchaseLeadsInput!) { purchaseLeads(input: $i) { result { quantity } } }",
      variables: { i: { projectId: r.next() < 0.5 ? "00000000-0000-4000-8000-000000000001" : oddString(40), quantity: value() } },
    }),
    (i) => ({ name: `#${i} lead by odd id`, query: "query ($id: UUID!) { lead(id: $id) { id } }", variables: { id: r.next() < 0.3 ? value() : oddString(40) } }),
    (i) => {
      const depth = r.int(1, 80);
      return {
        name: `#${i} a variable nested ${depth} deep`,
        query: "query ($s: String!) { inventoryItems(filter: { compound: { equalTo: $s } }) { totalCount } }",
        variables: { s: "x", extra: nested(depth) },
        expectCode: depth > 40 ? "INPUT_TOO_DEEP" : undefined,
      };
    },
    (i) => {
      const n = r.int(1, 400);
      const first = r.int(0, 100);
      return {
        name: `#${i} ${n} aliases × first: ${first}`,
        query: `{ ${Array.from({ length: n }, (_, k) => `a${k}: leads(first: ${first}) { totalCount }`).join(" ")} }`,
        expectCode: n * first > 20_000 ? "COST_LIMIT_EXCEEDED" : n > 30 ? "TOO_MANY_ALIASES" : undefined,
      };
    },
    (i) => {
      const a = r.int(0, 100);
      const b = r.int(0, 100);
      const c = r.int(0, 100);
      const cost = a + a * b + a * b * c;
      return {
        name: `#${i} nested page sizes ${a} × ${b} × ${c} (cost ${cost})`,
        query: "query ($a: Int, $b: Int, $c: Int) { leads(first: $a) { nodes { leadEvents(first: $b) { nodes { lead { leadEvents(first: $c) { totalCount } } } } } } }",
        variables: { a, b, c },
        expectCode: cost > 20_000 ? "COST_LIMIT_EXCEEDED" : undefined,
      };
    },
    (i) => {
      const tokens = ["{", "}", "(", ")", "[", "]", ":", "$", "...", "@", "leads", "first", "query", "mutation", "fragment", "on", '"\\u0000"', "1e999", "#", "\n", "!", "=", "|"];
      return { name: `#${i} garbage document`, query: Array.from({ length: r.int(1, 300) }, () => r.pick(tokens)).join(" ") };
    },
  ];

  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!(i));
}
