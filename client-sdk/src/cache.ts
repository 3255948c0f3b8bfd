import { InMemoryCache, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { connectionFields, possibleTypes, unkeyedTypes } from "./generated/apollo-cache.js";

/**
 * The cache's rules for the gateway's schema.
 *
 * Identity: a row type's `id` is its primary key (`nodeId` is the Relay global id), and the
 * cache keys rows by it, Apollo's default `__typename:id`: a primary key is unique within its
 * type, and the type name keeps two tables' keys apart. The documents select `id` on every row
 * for that reason, and it is also what variables, mutations and subscriptions take. Types
 * that do not implement `Node` are never keyed by an `id` they have (`distinctCount { id }` is
 * a count; a view without a primary key may repeat its `id` column). Views without a primary
 * key (board counts, wallet summaries, shop batches) and rows with a composite key (lead
 * purchase items) stay inside the result that fetched them, under that field's arguments,
 * rather than being merged across lists that were filtered differently.
 *
 * Lists: every connection (`first`/`after`) gets relay-style pagination keyed by its other
 * arguments (condition, filter, orderBy, offset), so `fetchMore({ variables: { after } })`
 * appends the next page to the list it continues, and `totalCount` and aggregates stay beside it.
 */
export function saleMateTypePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  for (const typeName of unkeyedTypes) policies[typeName] = { keyFields: false };
  for (const [typeName, fields] of Object.entries(connectionFields)) {
    policies[typeName] = {
      ...policies[typeName],
      fields: Object.fromEntries(Object.entries(fields).map(([field, keyArgs]) => [field, relayStylePagination([...keyArgs])])),
    };
  }
  return policies;
}

/** An InMemoryCache with the SaleMate policies; `typePolicies` adds to (or overrides) them. */
export function createSaleMateCache(options: { typePolicies?: TypePolicies } = {}): InMemoryCache {
  const cache = new InMemoryCache({
    possibleTypes: Object.fromEntries(Object.entries(possibleTypes).map(([k, v]) => [k, [...v]])),
    typePolicies: saleMateTypePolicies(),
  });
  if (options.typePolicies) cache.policies.addTypePolicies(options.typePolicies);
  return cache;
}
