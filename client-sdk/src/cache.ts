import { InMemoryCache, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { connectionFields, possibleTypes } from "./generated/apollo-cache.js";

/**
 * The cache's rules for the gateway's schema.
 *
 * Identity: every table row is a `Node` whose `id` is a global id (it encodes the table and the
 * primary key, so it is unique across types), and the cache keys rows by it, Apollo's default
 * `__typename:id`. The documents select `id` on every row for that reason. Primary keys
 * (`rowId`, `eventId`, `threadId`...) are what variables and subscriptions take, but each table
 * names its own, so they are not cache keys. Views without a primary key (board counts, wallet
 * summaries, shop batches) have no `id`: they stay inside the result that fetched them, under
 * that field's arguments, rather than being merged across lists that were filtered differently.
 *
 * Lists: every connection (`first`/`after`) gets relay-style pagination keyed by its other
 * arguments (condition, filter, orderBy, offset), so `fetchMore({ variables: { after } })`
 * appends the next page to the list it continues, and `totalCount` and aggregates stay beside it.
 */
export function saleMateTypePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  for (const [typeName, fields] of Object.entries(connectionFields)) {
    policies[typeName] = {
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
