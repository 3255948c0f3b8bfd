/**
 * TypeScript types of the gateway's custom scalars (codegen.yml maps them). PostGraphile sends
 * int8 and numeric as strings so no precision is lost: parse money with a decimal library, not
 * `Number`, when the exact value matters.
 */

/** Any value JSON can hold, as a `JSON` field comes back. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
