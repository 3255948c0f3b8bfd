import { SignJWT } from "jose";

/** Development tokens shaped like Supabase Auth's, signed with the configured secret. */
export async function mintToken(
  secret: string,
  claims: { sub?: string; role: "anon" | "authenticated" | "service_role"; email?: string; appRole?: string },
  ttlSeconds = 3600,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    role: claims.role,
    iss: "salemate-dev",
    iat: now,
    exp: now + ttlSeconds,
  };
  // Like Supabase: user tokens carry aud "authenticated"; the anon and service keys carry none.
  if (claims.role === "authenticated") payload.aud = "authenticated";
  if (claims.sub) payload.sub = claims.sub;
  if (claims.email) payload.email = claims.email;
  payload.app_metadata = { provider: "email", providers: ["email"], ...(claims.appRole ? { salemate_role: claims.appRole } : {}) };
  payload.user_metadata = {};
  payload.session_id = crypto.randomUUID();
  return new SignJWT(payload).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(new TextEncoder().encode(secret));
}
