/**
 * @salemate/client-sdk: a typed Apollo Client for the SaleMate gateway. The factory and cache
 * are written by hand; every document, operation, variable, fragment and enum type comes from
 * graphql/operations through codegen (src/generated).
 */
export {
  createSaleMateClient,
  documentHash,
  SaleMateClient,
  WS_CLOSE_UNAUTHORIZED,
  type PersistedDocumentsMode,
  type SaleMateClientOptions,
  type TokenGetter,
} from "./client.js";
export { createSaleMateCache, saleMateTypePolicies } from "./cache.js";
export type { JsonValue } from "./scalars.js";
export * from "./generated/graphql.js";
