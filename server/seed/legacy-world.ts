// The shape of the generated world: how many rows each table gets at a scale, who the
// people are (profile number k → role, manager, name), and what a lead looks like (lead
// number → project, buyer, agent, creation time). Every model here is a pure SQL
// expression of a row number, so any table can derive a profile's or a lead's fields
// without reading them back.

import { FIRST_NAMES_AR, FIRST_NAMES_EN, LAST_NAMES_AR, LAST_NAMES_EN, MOBILE_PREFIXES, PROJECTS } from "./legacy-data.ts";
import { Rand, intArray, textArray, uuidList, uuidOf, uuidsOf } from "./legacy-sql.ts";

/**
 * Fixed accounts, made first with fixed ids. `role` is the application role; legacy
 * profiles.role has no finance, team lead or agent: those are 'user' there.
 */
export const DEMO = [
  { k: 1, role: "admin", legacyRole: "admin", email: "admin@salemate.test", name: "Karim Mansour", managerK: null },
  { k: 2, role: "support", legacyRole: "support", email: "support@salemate.test", name: "Dina Samir", managerK: null },
  { k: 3, role: "manager", legacyRole: "manager", email: "manager@salemate.test", name: "Tarek El-Sayed", managerK: null },
  { k: 4, role: "team_lead", legacyRole: "user", email: "teamlead@salemate.test", name: "Hoda Farouk", managerK: 3 },
  { k: 5, role: "agent", legacyRole: "user", email: "agent@salemate.test", name: "Ahmed Hassan", managerK: 3 },
  // Another team: reports to the first generic manager (k = 9).
  { k: 6, role: "agent", legacyRole: "user", email: "agent2@salemate.test", name: "Mariam Fawzy", managerK: 9 },
  { k: 7, role: "finance", legacyRole: "user", email: "finance@salemate.test", name: "Sherif Naguib", managerK: null },
  { k: 8, role: "customer", legacyRole: "user", email: "customer@salemate.test", name: "Mona Abdelrahman", managerK: null },
] as const;

export const DEMO_K = { admin: 1, support: 2, manager: 3, teamLead: 4, agent: 5, agent2: 6, finance: 7, customer: 8 } as const;
export const demoId = (k: number) => `00000000-0000-4000-8000-${String(k).padStart(12, "0")}`;

/** Profiles are numbered k = 1..8 (demo) then 9..8+profiles (generic, in blocks of 20). */
export const BLOCK = 20;
const AGENT_POSITIONS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17];
const NPROJ = PROJECTS.length;

export interface World {
  seed: number;
  scale: number;
  rand: Rand;
  /** Generic profiles (a multiple of BLOCK). */
  profiles: number;
  blocks: number;
  /** Users deleted from auth and profiles whose ids still sit in unreferenced columns. */
  deletedUsers: number;
  /** auth.users rows that never got a profile (abandoned sign-ups). */
  authOnly: number;
  /** Leads that were deleted while reminders and feedback kept pointing at them. */
  deletedLeads: number;
  leads: number;
  batches: number;
  inventory: number;
  supportCases: number;
  topups: number;
  payments: number;
  otpChallenges: number;
  leadPurchaseRequests: number;
  posts: number;
  count: (base: number, min?: number) => number;
}

export function makeWorld(scale: number, seed: number): World {
  const count = (base: number, min = 3) => Math.max(min, Math.round(base * scale));
  const blocks = Math.max(4, Math.round(4 * scale));
  return {
    seed,
    scale,
    rand: new Rand(seed),
    profiles: blocks * BLOCK,
    blocks,
    deletedUsers: count(6),
    authOnly: count(4),
    deletedLeads: count(25),
    leads: count(3000, 200),
    batches: count(30, 8),
    inventory: count(500, 50),
    supportCases: count(60, 20),
    topups: count(150, 20),
    payments: count(200, 30),
    otpChallenges: count(150),
    leadPurchaseRequests: count(60, 10),
    posts: count(30),
    count,
  };
}

export const lastK = (w: World) => 8 + w.profiles;

// ---------------------------------------------------------------------------- people

/**
 * The profile (and auth user) id of profile number k; null k gives null. Statements get
 * every id as parameter $1 (see profileIds): a subscript is far cheaper than an md5.
 */
export const pid = (k: string) => `($1::uuid[])[${k}]`;
export const PROFILE_IDS_PARAM = "($1::uuid[])";
/** Ids of profile numbers 1..lastK + authOnly: the demo ids, then uuidOf("profiles", k). */
export const profileIds = (w: World) => [...DEMO.map((d) => demoId(d.k)), ...uuidList("profiles", 9, lastK(w) + w.authOnly)];
export const deletedUserId = (w: World, n: string, label: string) => uuidOf("deleted-users", w.rand.int(n, label, 1, w.deletedUsers));
export const walletId = (k: string) => uuidOf("user_wallets", k);

const block = (k: string) => `(((${k}) - 9) / ${BLOCK})`;
const pos = (k: string) => `((((${k}) - 9) % ${BLOCK}) + 1)`;
/** Block b's agents report to block b's manager, except every fourth block's, whose manager has no team. */
const teamBlock = (b: string) => `(case when (${b}) % 4 = 2 then (${b}) - 1 else (${b}) end)`;
const kAt = (b: string, p: number | string) => `(8 + (${b}) * ${BLOCK} + (${p}))`;

/** Legacy profiles.role of profile k. */
export function legacyRole(k: string): string {
  const b = block(k);
  return `(case when (${k}) <= 8 then ${textArray(DEMO.map((d) => d.legacyRole))}[${k}]
    else case ${pos(k)}
      when 1 then 'manager'
      when 18 then case when ${b} % 2 = 0 then 'support' else 'user' end
      when 19 then case when ${b} % 5 = 2 then null else 'user' end
      when 20 then case when ${b} % 10 = 0 then 'admin' else 'user' end
      else 'user' end end)::user_role`;
}

/** manager_id chain: agents → team lead → manager; pos 11 reports to the manager directly. */
export function managerK(k: string): string {
  const b = block(k);
  const tb = teamBlock(b);
  const demo = DEMO.map((d) => `when ${d.k} then ${d.managerK ?? "null"}`).join(" ");
  return `(case when (${k}) <= 8 then (case (${k}) ${demo} end)
    else case
      when ${pos(k)} in (2, 11, 12) then ${kAt(tb, 1)}
      when ${pos(k)} between 3 and 10 then ${kAt(tb, 2)}
      when ${pos(k)} between 13 and 17 then case when ${b} = 0 then ${DEMO_K.teamLead} else ${kAt(tb, 12)} end
      when ${pos(k)} = 18 and ${b} % 2 = 1 then ${kAt(tb, 2)}
      end end)`;
}

export const hasWallet = (k: string) => `((${k}) <= 8 or ((${k}) - 8) % 17 <> 3)`;

/** A random generic agent, with the manager who buys leads for them. */
export const randomAgentK = (w: World, n: string, label: string) =>
  kAt(`floor(${w.rand.u(n, `${label}.block`)} * ${w.blocks})::int`, `${intArray(AGENT_POSITIONS)}[${w.rand.int(n, `${label}.pos`, 1, AGENT_POSITIONS.length)}]`);
export const randomManagerK = (w: World, n: string, label: string) =>
  `(case when ${w.rand.chance(n, `${label}.demo`, 0.15)} then ${DEMO_K.manager} else ${kAt(`${w.rand.int(n, `${label}.block`, 0, w.blocks - 1)}`, 1)} end)`;
/** A buyer who is no one's manager: position 19 of a block, or 20 where that is not an admin. */
export const randomCustomerK = (w: World, n: string, label: string) => {
  const b = w.rand.int(n, `${label}.block`, 0, w.blocks - 1);
  return `(case when ${w.rand.chance(n, `${label}.demo`, 0.1)} then ${DEMO_K.customer}
    else ${kAt(b, `19 + case when ${b} % 10 = 0 then 0 else ${w.rand.int(n, `${label}.pos`, 0, 1)} end`)} end)`;
};
/** Anyone with a profile, demo accounts included. */
export const randomProfileK = (w: World, n: string, label: string) => w.rand.int(n, label, 1, lastK(w));
export const randomStaffK = (w: World, n: string, label: string) =>
  `(case when ${w.rand.chance(n, `${label}.demo`, 0.5)} then ${w.rand.weighted(n, `${label}.who`, [[`${DEMO_K.support}`, 3], [`${DEMO_K.admin}`, 1]])} else ${kAt(`(${w.rand.int(n, `${label}.block`, 0, Math.ceil(w.blocks / 2) - 1)}) * 2`, 18)} end)`;

/** A full name, Arabic script for about a third of people. */
export function personName(w: World, n: string, label: string): string {
  const f = w.rand.int(n, `${label}.first`, 1, FIRST_NAMES_EN.length);
  const l = w.rand.int(n, `${label}.last`, 1, LAST_NAMES_EN.length);
  return `(case when ${w.rand.chance(n, `${label}.script`, 0.35)}
    then ${textArray(FIRST_NAMES_AR)}[${f}] || ' ' || ${textArray(LAST_NAMES_AR)}[${l}]
    else ${textArray(FIRST_NAMES_EN)}[${f}] || ' ' || ${textArray(LAST_NAMES_EN)}[${l}] end)`;
}

/** The Latin local part of the same person's e-mail address. */
export function emailLocal(w: World, n: string, label: string): string {
  const f = w.rand.int(n, `${label}.first`, 1, FIRST_NAMES_EN.length);
  const l = w.rand.int(n, `${label}.last`, 1, LAST_NAMES_EN.length);
  return `lower(replace(${textArray(FIRST_NAMES_EN)}[${f}], ' ', '') || '.' || replace(${textArray(LAST_NAMES_EN)}[${l}], '-', ''))`;
}

/** +20 1x xxxxxxxx. `unique` spreads k over the 10^8 subscriber numbers without collisions. */
export function mobile(w: World, n: string, label: string, unique = false): string {
  const digits = unique ? `(((${n})::int8 * 48271 + ${w.seed % 100_000_000}) % 100000000)` : `floor(${w.rand.u(n, `${label}.digits`)} * 100000000)::int8`;
  return `('+20' || ${w.rand.pick(n, `${label}.prefix`, MOBILE_PREFIXES)} || lpad(${digits}::text, 8, '0'))`;
}

export const profileName = (w: World, k: string) => `(case when (${k}) <= 8 then ${textArray(DEMO.map((d) => d.name))}[${k}] else ${personName(w, k, "profile.name")} end)`;
export const profileEmail = (w: World, k: string) =>
  `(case when (${k}) <= 8 then ${textArray(DEMO.map((d) => d.email))}[${k}] else ${emailLocal(w, k, "profile.name")} || (${k})::text || '@' || ${w.rand.pick(k, "profile.domain", ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com"])} end)`;
export const profileCreated = (w: World, k: string) =>
  `(case when (${k}) <= 8 then timestamptz '2023-11-20 09:00:00+00' + (${k}) * interval '1 hour' else ${w.rand.between(k, "profile.created", "2023-11-20 00:00:00+00", "2025-11-01 00:00:00+00")} end)`;

// ---------------------------------------------------------------------------- projects & batches

export const projectId = (i: string) => `${uuidsOf("projects", NPROJ)}[${i}]`;
export const projectName = (i: string) => `${textArray(PROJECTS.map((p) => p.name))}[${i}]`;
export const projectPrice = (i: string) => `(array[${PROJECTS.map((p) => p.pricePerLead).join(",")}]::numeric[])[${i}]`;
export const projectPpm = (i: string) => `(array[${PROJECTS.map((p) => p.pricePerMeter).join(",")}]::numeric[])[${i}]`;
export const randomProject = (w: World, n: string, label: string) => w.rand.int(n, label, 1, NPROJ);

/** Batch ids as an inline array: a subscript per lead instead of an md5. */
export const batchId = (w: World, bn: string) => `${uuidsOf("lead_batches", w.batches)}[${bn}]`;
export const batchProject = (w: World, bn: string) => randomProject(w, bn, "batch.project");
export const batchCreated = (w: World, bn: string) =>
  `least(${w.rand.createdAt(bn, "batch.created")}, timestamptz '2025-11-12 00:00:00+00')`;
export const batchCpl = (w: World, bn: string) =>
  `(${projectPrice(batchProject(w, bn))} * ${w.rand.pick(bn, "batch.discount", ["1", "1", "0.9", "0.8", "1.1"])}::numeric)`;
export const batchUploaderK = (w: World, bn: string) =>
  w.rand.weighted(bn, "batch.uploader", [[`${DEMO_K.admin}`, 5], [`${DEMO_K.support}`, 2], [`${8 + 20}`, 1]]);

// ---------------------------------------------------------------------------- leads

export const leadId = (ln: string) => uuidOf("leads", ln);
export const deletedLeadId = (w: World, n: string, label: string) => uuidOf("deleted-leads", w.rand.int(n, label, 1, w.deletedLeads));
export const randomLead = (w: World, n: string, label: string) => w.rand.int(n, label, 1, w.leads);
/** Every 40th lead belongs to a demo account (agent, agent2, customer, team lead). */
export const randomDemoAgentLead = (w: World, n: string, label: string) => `(40 * ${w.rand.int(n, label, 1, Math.max(1, Math.floor(w.leads / 40)))})`;

export const leadHasBatch = (w: World, ln: string) => w.rand.chance(ln, "lead.hasbatch", 0.75);
export const leadBatch = (w: World, ln: string) => w.rand.int(ln, "lead.batch", 1, w.batches);
/** Bulk-uploaded leads arrive within three days of their batch; the rest trickle in. */
export const leadCreated = (w: World, ln: string) =>
  `(case when ${leadHasBatch(w, ln)} then ${w.rand.after(batchCreated(w, leadBatch(w, ln)), ln, "lead.batchlag", 3 * 86_400)} else ${w.rand.createdAt(ln, "lead.created")} end)`;

/** Ad accounts: integration i advertises project i on platform i mod 3. */
export const AD_INTEGRATIONS = 12;
export const AD_PLATFORMS = ["Facebook", "Google", "TikTok"] as const;
export const integrationId = (i: string) => `${uuidsOf("ad_integrations", AD_INTEGRATIONS)}[${i}]`;
export const integrationPlatform = (i: string) => `${textArray(AD_PLATFORMS)}[((${i}) - 1) % 3 + 1]`;
/** integration_id arrived in June 2025; only ad-fed leads after that carry one. */
export const leadIntegration = (w: World, ln: string) =>
  `(case when not ${leadHasBatch(w, ln)} and ${w.rand.createdAt(ln, "lead.created")} >= timestamptz '2025-06-01 00:00:00+00' and ${w.rand.chance(ln, "lead.viaad", 0.7)}
     then ${w.rand.int(ln, "lead.integration", 1, AD_INTEGRATIONS)} end)`;
export const leadProject = (w: World, ln: string) =>
  `(case when ${leadHasBatch(w, ln)} then ${batchProject(w, leadBatch(w, ln))} else coalesce(${leadIntegration(w, ln)}, ${randomProject(w, ln, "lead.project")}) end)`;

const leadBlock = (w: World, ln: string) => `floor(${w.rand.u(ln, "lead.block")} * ${w.blocks})::int`;
const leadKind = (w: World, ln: string) => w.rand.u(ln, "lead.kind");

/** Who bought the lead: the manager of the agent's team, a customer, or nobody (still in the shop). */
export function leadBuyerK(w: World, ln: string): string {
  const b = leadBlock(w, ln);
  return `(case (${ln}) % 40 when 0 then ${DEMO_K.manager} when 10 then 9 when 20 then ${DEMO_K.customer} when 30 then ${DEMO_K.manager}
    else case when ${leadKind(w, ln)} < 0.45 then ${kAt(teamBlock(b), 1)}
              when ${leadKind(w, ln)} < 0.72 then ${kAt(b, `19 + case when ${b} % 10 = 0 then 0 else ${w.rand.int(ln, "lead.custpos", 0, 1)} end`)}
         end end)`;
}

/** Who works the lead: an agent of the buying manager, the buying customer, or nobody yet. */
export function leadAssignedK(w: World, ln: string): string {
  const b = leadBlock(w, ln);
  const agent = kAt(b, `${intArray(AGENT_POSITIONS)}[${w.rand.int(ln, "lead.agentpos", 1, AGENT_POSITIONS.length)}]`);
  return `(case (${ln}) % 40 when 0 then ${DEMO_K.agent} when 10 then ${DEMO_K.agent2} when 20 then ${DEMO_K.customer} when 30 then ${DEMO_K.teamLead}
    else case when ${leadKind(w, ln)} < 0.45 then case when ${w.rand.chance(ln, "lead.unassigned", 0.85)} then ${agent} end
              when ${leadKind(w, ln)} < 0.72 then case when ${w.rand.chance(ln, "lead.selfwork", 0.6)} then ${leadBuyerK(w, ln)} end
         end end)`;
}

/** Someone who plausibly touched the lead: its agent, else its buyer, else an admin. */
export const leadWorkerK = (w: World, ln: string) => `coalesce(${leadAssignedK(w, ln)}, ${leadBuyerK(w, ln)}, ${DEMO_K.admin})`;

export const LEAD_STAGES: ReadonlyArray<readonly [string, number]> = [
  ["'New Lead'", 28], ["'Potential'", 12], ["'Hot Case'", 6], ["'Meeting Done'", 5], ["'No Answer'", 16],
  ["'Call Back'", 10], ["'Whatsapp'", 8], ["'Wrong Number'", 5], ["'Non Potential'", 8], ["null", 2],
];
export const leadStage = (w: World, ln: string) => `${w.rand.weighted(ln, "lead.stage", LEAD_STAGES)}::lead_stage`;

export { NPROJ };
