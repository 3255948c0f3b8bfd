import type { Claims } from "./tokens.js";

/**
 * The one place verified claims become PostgreSQL settings, the way Supabase's PostgREST
 * sets them: `role` becomes `set local role`, the whole claims JSON is request.jwt.claims,
 * and the subject and role are also set on their own for older policies. No claims: anon.
 */
export function pgSettingsFor(claims: Claims | undefined): Record<string, string> {
  if (!claims) return { role: "anon", "request.jwt.claims": JSON.stringify({ role: "anon" }), "request.jwt.claim.role": "anon" };
  const role = claims.role ?? "authenticated";
  return {
    role,
    "request.jwt.claims": JSON.stringify(claims),
    "request.jwt.claim.role": role,
    ...(typeof claims.sub === "string" ? { "request.jwt.claim.sub": claims.sub } : {}),
    ...(typeof claims.email === "string" ? { "request.jwt.claim.email": claims.email } : {}),
  };
}
