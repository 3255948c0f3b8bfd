/**
 * Drifted legacy databases: SaleMate's baseline (sql/legacy/) as a real project has it after
 * years of dashboard edits and hand-run SQL. A variant is a name plus what it does to a
 * `stage: "legacy"` database before anything is migrated, and it lists what it planted (policies,
 * grants, functions) so that a test can look for each after the migration. Add a variant by
 * adding an entry to DRIFT_VARIANTS; planted objects use the legacy names (public.<table>, as
 * before phase 1 moves anything).
 */
import type pg from "pg";
import { createTestDatabase, type TestDatabase } from "./database.ts";

export interface PlantedPolicy {
  /** The legacy table, as named in public before phase 1 (archived tables then move to legacy_archive). */
  table: string;
  name: string;
  command: "all" | "select" | "insert" | "update" | "delete";
  /** Roles the policy applies to; ["public"] is every role. */
  roles: string[];
  using: string | null;
  check: string | null;
  /** Default true; false makes it restrictive (AND'ed with the others). */
  permissive?: boolean;
}

export interface PlantedGrant {
  table: string;
  /** A role name, or "public". */
  role: string;
  privileges: string[];
}

export interface PlantedFunction {
  /** public.<name>(<argument types>), as regprocedure reads it back. */
  signature: string;
  sql: string;
}

export interface DriftVariant {
  name: string;
  policies?: PlantedPolicy[];
  grants?: PlantedGrant[];
  functions?: PlantedFunction[];
  /** Anything else, run after the planted objects. */
  sql?: string;
  /** What reading profiles as a signed-in user does on the drifted legacy database (before migrating), when the drift breaks it. */
  symptom?: RegExp;
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const role = (r: string) => (r === "public" ? "public" : ident(r));

export function policySql(p: PlantedPolicy): string {
  return [
    `create policy ${ident(p.name)} on public.${ident(p.table)}`,
    p.permissive === false ? "as restrictive" : "as permissive",
    `for ${p.command} to ${p.roles.map(role).join(", ")}`,
    p.using === null ? "" : `using (${p.using})`,
    p.check === null ? "" : `with check (${p.check})`,
  ].filter(Boolean).join(" ");
}

export function grantSql(g: PlantedGrant): string {
  return `grant ${g.privileges.join(", ")} on public.${ident(g.table)} to ${role(g.role)}`;
}

/** Plants the variant's drift in a legacy database. */
export async function applyDrift(c: pg.ClientBase, v: DriftVariant): Promise<void> {
  for (const f of v.functions ?? []) await c.query(f.sql);
  for (const p of v.policies ?? []) await c.query(policySql(p));
  for (const g of v.grants ?? []) await c.query(grantSql(g));
  if (v.sql) await c.query(v.sql);
}

/** A seeded legacy database (scale 1) with the variant's drift planted; not migrated. */
export async function driftedLegacyDatabase(v: DriftVariant): Promise<TestDatabase> {
  const db = await createTestDatabase({ stage: "legacy", seedScale: 1 });
  try {
    const c = await db.pool.connect();
    try {
      await applyDrift(c, v);
    } finally {
      c.release();
    }
  } catch (err) {
    await db.drop();
    throw err;
  }
  return db;
}

/** Several variants at once, as a real database has them. */
export function combined(name: string, variants: DriftVariant[]): DriftVariant {
  return {
    name,
    policies: variants.flatMap((v) => v.policies ?? []),
    grants: variants.flatMap((v) => v.grants ?? []),
    functions: variants.flatMap((v) => v.functions ?? []),
    sql: variants.map((v) => v.sql).filter(Boolean).join(";\n") || undefined,
    symptom: variants.find((v) => v.symptom)?.symptom,
  };
}

// The variants ------------------------------------------------------------------------------------

const everyRow = { using: "true", check: null } as const;

/**
 * Permissive policies nobody recorded, as the dashboard makes them: USING (true) for every role,
 * under names no list could guess (the dashboard's template, emoji, quotes, stray spaces, one that
 * takes the name of one of the project's own policies), on kept tables and on tables phases 2-7
 * archive; and a restrictive one, which would AND itself onto the project's.
 */
export const unknownPermissivePolicies: DriftVariant = {
  name: "unknown permissive policies",
  policies: [
    { table: "profiles", name: "Enable read access for all users", command: "select", roles: ["public"], ...everyRow },
    { table: "profiles", name: 'allow all 🚀 "temp fix"', command: "all", roles: ["public"], using: "true", check: "true" },
    // The name of one of the project's own (phase 2) policies, with a definition that is not.
    { table: "profiles", name: "Profiles read their own row", command: "select", roles: ["anon", "authenticated"], ...everyRow },
    { table: "profiles", name: "Hide banned users", command: "select", roles: ["public"], using: "not coalesce(is_banned, false)", check: null, permissive: false },
    { table: "leads", name: "Enable read access for all users", command: "select", roles: ["public"], ...everyRow },
    { table: "leads", name: "leads_policy_v2 (DO NOT REMOVE)", command: "all", roles: ["anon", "authenticated"], using: "true", check: "true" },
    { table: "posts", name: "  public wall  ", command: "select", roles: ["public"], ...everyRow },
    { table: "system_settings", name: "settings: read", command: "select", roles: ["public"], ...everyRow },
    { table: "user_wallets", name: "wallets are public", command: "select", roles: ["public"], ...everyRow },
    { table: "team_invitations", name: "invites_select_all", command: "select", roles: ["authenticated"], ...everyRow },
    { table: "orders", name: "Enable read access for all users", command: "select", roles: ["public"], ...everyRow },
    { table: "lead_reminders", name: "Enable insert for authenticated users only", command: "insert", roles: ["authenticated"], using: null, check: "true" },
    { table: "salemate-inventory", name: "x", command: "all", roles: ["public"], using: "true", check: "true" },
    { table: "support_cases", name: "ANYONE   can read cases", command: "select", roles: ["public"], ...everyRow },
    { table: "notifications", name: "notifications: public read", command: "select", roles: ["public"], ...everyRow },
  ],
};

/**
 * Policies that read the table they guard, the way hand-written role checks do: one on profiles
 * that selects from profiles (PostgreSQL refuses it: infinite recursion), one on leads and one on
 * an archived table that read profiles (and so reach the recursion).
 */
export const recursivePolicies: DriftVariant = {
  name: "recursive policies",
  policies: [
    {
      table: "profiles",
      name: "Managers can view their team",
      command: "select",
      roles: ["authenticated"],
      using: "exists (select 1 from public.profiles me where me.id = auth.uid() and me.role in ('admin', 'manager'))",
      check: null,
    },
    {
      table: "leads",
      name: "Team members can view team leads",
      command: "select",
      roles: ["authenticated"],
      using: "exists (select 1 from public.profiles p where p.id = auth.uid() and p.manager_id = leads.owner_id)",
      check: null,
    },
    {
      table: "support_cases",
      name: "Support agents see every case",
      command: "select",
      roles: ["authenticated"],
      using: "exists (select 1 from public.profiles p where p.id = auth.uid() and p.role = 'support')",
      check: null,
    },
  ],
  symptom: /infinite recursion detected in policy for relation "profiles"/,
};

/**
 * Grants the API roles were given by hand: everything to anon, some through PUBLIC, and the ones
 * RLS does not filter; and Supabase's own default privileges, under which every table the
 * migration creates starts with every privilege for anon and authenticated.
 */
export const extraAnonGrants: DriftVariant = {
  name: "extra legacy grants to anon",
  sql: "alter default privileges in schema public grant all on tables to anon, authenticated",
  grants: [
    ...["profiles", "leads", "lead_batches", "wallet_topup_requests", "system_settings", "posts", "orders", "user_wallets", "support_cases", "notifications"].map(
      (table) => ({ table, role: "anon", privileges: ["select", "insert", "update", "delete", "truncate", "references", "trigger"] }),
    ),
    { table: "profiles", role: "public", privileges: ["select", "update"] },
    { table: "leads", role: "public", privileges: ["select"] },
    { table: "projects", role: "public", privileges: ["select"] },
    ...["profiles", "leads", "audit_logs"].map((table) => ({ table, role: "authenticated", privileges: ["truncate", "references", "trigger"] })),
  ],
};

/**
 * Security-definer functions written without a search_path (as the dashboard's editor leaves
 * them): they run with their owner's rights and the caller's search_path. One is used by a
 * policy on an archived table.
 */
export const unpinnedSecurityDefiners: DriftVariant = {
  name: "unpinned security-definer functions",
  functions: [
    {
      signature: "public.get_user_role()",
      sql: "create function public.get_user_role() returns text language sql stable security definer as $$ select role::text from profiles where id = auth.uid() $$",
    },
    {
      signature: "public.is_manager_of(uuid)",
      sql: "create function public.is_manager_of(p_user uuid) returns boolean language plpgsql stable security definer as $$ begin return exists (select 1 from profiles where id = p_user and manager_id = auth.uid()); end $$",
    },
  ],
  policies: [
    { table: "lead_requests", name: "Admins see every request (role fn)", command: "select", roles: ["authenticated"], using: "public.get_user_role() = 'admin'", check: null },
  ],
};

export const DRIFT_VARIANTS: DriftVariant[] = [
  unknownPermissivePolicies,
  recursivePolicies,
  extraAnonGrants,
  unpinnedSecurityDefiners,
  combined("every drift above at once", [unknownPermissivePolicies, recursivePolicies, extraAnonGrants, unpinnedSecurityDefiners]),
];
