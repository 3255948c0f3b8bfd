import { loadConfig } from "../config.js";
import { mintToken } from "../auth/mint.js";
import { withClient } from "../db/database.js";
import { parse, positiveInt, UsageError } from "./args.js";
import { withDatabase } from "./context.js";

const API_ROLES = ["anon", "service_role"] as const;

/**
 * Prints only a token, so `$(salemate token --role agent)` works in a shell. Application
 * roles pick a seeded user holding that role (demo users first).
 */
export async function token(argv: string[]): Promise<number> {
  const { values } = parse(argv, { role: { type: "string" }, user: { type: "string" }, ttl: { type: "string" } }, "token");
  const ttl = positiveInt(values.ttl, "--ttl (seconds)", 3600);
  if (!values.role === !values.user) throw new UsageError("token: give exactly one of --role <role> or --user <email or id>");
  const config = loadConfig();
  if (!config.jwtSecret) throw new UsageError("token: no JWT_SECRET is configured, so development tokens cannot be signed");
  const secret = config.jwtSecret;
  if ((API_ROLES as readonly string[]).includes(values.role ?? "")) {
    console.log(await mintToken(secret, { role: values.role as (typeof API_ROLES)[number] }, ttl));
    return 0;
  }
  const user = await withDatabase((_c, db) => withClient(db.url, (c) => findUser(c, values)));
  console.log(await mintToken(secret, { role: "authenticated", sub: user.id, email: user.email, appRole: values.role }, ttl));
  return 0;
}

async function findUser(c: import("pg").Client, values: { role?: string; user?: string }): Promise<{ id: string; email: string }> {
  if (values.user) {
    const { rows } = await c.query(
      "select id::text, email from public.profiles where id::text = $1 or lower(email) = lower($1) limit 1",
      [values.user],
    );
    if (!rows[0]) throw new UsageError(`token: no profile with id or email "${values.user}"`);
    return rows[0];
  }
  const role = values.role!;
  const teams = (await c.query("select to_regclass('public.team_memberships') is not null as ok")).rows[0].ok as boolean;
  const membership = teams
    ? "or exists (select 1 from public.team_memberships m where m.profile_id = p.id and m.role = $1 and m.status = 'active')"
    : "";
  // The demo user made for the role first (e.g. agent@salemate.test), then anyone holding it.
  const { rows } = await c.query(
    `select p.id::text, p.email from public.profiles p
     where p.email = $2 or p.role::text = $1 ${membership}
     order by (p.email = $2) desc, p.email
     limit 1`,
    [role, `${role.replace("_", "")}@salemate.test`],
  );
  if (!rows[0]) throw new UsageError(`token: no seeded user holds the role "${role}" (try admin, manager, team_lead, agent, support, finance, customer, anon, service_role)`);
  return rows[0];
}
