import type { Config } from "../config.js";

export const AUTHENTICATOR = "authenticator";
/** The embedded (development) cluster's authenticator password; real deployments set GATEWAY_DATABASE_URL. */
export const DEV_AUTHENTICATOR_PASSWORD = "authenticator-dev";

/**
 * The connection the gateway serves users with: GATEWAY_DATABASE_URL when given, otherwise
 * the owner URL with the `authenticator` login (password: SALEMATE_AUTHENTICATOR_PASSWORD, or
 * the development one on the embedded database). Never the owner itself.
 */
export function gatewayUrl(config: Config, ownerUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (config.gatewayDatabaseUrl) return config.gatewayDatabaseUrl;
  const u = new URL(ownerUrl);
  u.username = AUTHENTICATOR;
  const password = env.SALEMATE_AUTHENTICATOR_PASSWORD ?? (config.databaseUrl ? "" : DEV_AUTHENTICATOR_PASSWORD);
  u.password = password;
  return u.toString();
}
