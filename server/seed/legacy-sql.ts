// Building blocks for the legacy generator's SQL. Every "random" value is a hash of
// (seed, label, row number) computed inside PostgreSQL, never a call to random(): a row's
// content then depends on nothing but its number, so any row can recompute any other
// row's fields (a child reads its lead's creation time without a join), and neither plan
// shape nor evaluation order can change the data.
//
// Steps compute shared values in `cross join lateral (select … offset 0)`: the offset
// keeps PostgreSQL from pulling the subquery up and re-evaluating each expression at
// every place it is used.

import { createHash } from "node:crypto";

/** The legacy data ends here; timestamps spread over the two years before it. */
export const T_END = "2025-11-15 00:00:00+00";
export const SPAN_SECONDS = 730 * 86_400;

/** One insert (or fix-up) of the generator. */
export interface SeedStep {
  table: string;
  /** Rows the step makes, when known in advance: the step is then run in chunks of 1..rows. */
  rows?: number;
  /** Whether the step inserts rows to count and report (an update that fixes rows up does not). */
  counts?: boolean;
  sql(lo: number, hi: number): string;
}

export const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
export const textArray = (values: readonly string[]) => `(array[${values.map(lit).join(",")}]::text[])`;
export const intArray = (values: readonly number[]) => `(array[${values.join(",")}]::int[])`;

/** A uuid that depends only on (namespace, number): stable whatever the seed or scale. */
export const uuidOf = (namespace: string, n: string) => `md5(${lit(`salemate:${namespace}:`)} || (${n}))::uuid`;

/** `uuidOf(namespace, n)` for n = from..to, computed here. */
export function uuidList(namespace: string, from: number, to: number): string[] {
  const ids: string[] = [];
  for (let n = from; n <= to; n++) {
    const h = createHash("md5").update(`salemate:${namespace}:${n}`).digest("hex");
    ids.push(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
  }
  return ids;
}

/** The uuids of a small table as an array literal: `uuidsOf(ns, count)[i]` equals `uuidOf(ns, i)`. */
export const uuidsOf = (namespace: string, count: number) => `(array[${uuidList(namespace, 1, count).map(lit).join(",")}]::uuid[])`;

/** `at` plus a number of seconds, as a timestamptz. */
export const plusSeconds = (at: string, seconds: string) => `(${at} + floor(${seconds}) * interval '1 second')`;

/** FNV-1a, 64 bit, as a signed bigint literal: the hash seed for one label under one seed. */
function labelSalt(seed: number, label: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(`${seed}\u0000${label}`, "utf8")) {
    h ^= BigInt(byte);
    h = BigInt.asUintN(64, h * 0x100000001b3n);
  }
  return BigInt.asIntN(64, h).toString();
}

/** Deterministic pseudo-random SQL expressions keyed by row number. */
export class Rand {
  constructor(private readonly seed: number) {}

  /** A float in [0, 1). */
  u(n: string, label: string): string {
    return `((hashint8extended((${n})::int8, ${labelSalt(this.seed, label)}) & 2147483647)::float8 / 2147483648.0)`;
  }

  /** An integer in [lo, hi]. */
  int(n: string, label: string, lo: number | string, hi: number | string): string {
    return `((${lo}) + floor(${this.u(n, label)} * ((${hi}) - (${lo}) + 1))::int)`;
  }

  /** True with probability p. */
  chance(n: string, label: string, p: number): string {
    return `(${this.u(n, label)} < ${p})`;
  }

  /** One of the texts, uniformly. */
  pick(n: string, label: string, values: readonly string[]): string {
    return `${textArray(values)}[${this.int(n, label, 1, values.length)}]`;
  }

  /** One of the SQL expressions, by weight (one hash, and only the chosen branch is evaluated). */
  weighted(n: string, label: string, entries: ReadonlyArray<readonly [sql: string, weight: number]>): string {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let acc = 0;
    const bounds = entries.slice(0, -1).map(([, w]) => (acc += w / total));
    const branches = entries.map(([sql], i) => `when ${i} then ${sql}`).join(" ");
    return `(case width_bucket(${this.u(n, label)}, array[${bounds.join(",")}]::float8[]) ${branches} end)`;
  }

  /** A time in the two years before T_END, denser towards the end (the business grew). */
  createdAt(n: string, label: string): string {
    return `(timestamptz '${T_END}' - floor((1 - sqrt(${this.u(n, label)})) * ${SPAN_SECONDS}) * interval '1 second')`;
  }

  /** A time uniformly in [from, to). */
  between(n: string, label: string, from: string, to: string): string {
    return `(timestamptz ${lit(from)} + floor(${this.u(n, label)} * extract(epoch from timestamptz ${lit(to)} - timestamptz ${lit(from)})) * interval '1 second')`;
  }

  /** A time after `at`, at most maxSeconds later and never after T_END. */
  after(at: string, n: string, label: string, maxSeconds: number): string {
    return `least(${plusSeconds(at, `${this.u(n, label)} * ${maxSeconds}`)}, timestamptz '${T_END}')`;
  }
}
