// Every compatibility-view write docs/migration-guide.md documents ("Write" before/after), made as
// the role that made it in the legacy app (its legacy policies say who could: the owner of the
// row, a lead's agent, a manager, admins; the service role where no API user could), lands in the
// new tables. Writes the new rules refuse are refused as such (42501), not by a stray error.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { ROOT } from "../../../server/paths.ts";
import type { TestDatabase } from "../../helpers/database.ts";
import { PEOPLE, asService, asUser, errorOf, migratedWithLegacyFunctions, walletOf } from "./fixtures.ts";

type Who = keyof typeof PEOPLE | "service";

interface Write {
  /** The legacy name and the supabase-js call the guide shows. */
  view: string;
  op: "insert" | "update";
  who: Who;
  sql: string;
  /** Where the row lands: a query that counts it, given the id the write returned (or the row it updated). */
  landed: string;
}

let db: TestDatabase;
const fx: Record<string, string> = {};
beforeAll(async () => {
  db = await migratedWithLegacyFunctions();
  const one = async (sql: string, params: unknown[] = []) => Object.values((await db.query(sql, params)).rows[0] ?? {})[0] as string;
  fx.lead = await one("select id from public.leads where assigned_to_id = $1 order by id limit 1", [PEOPLE.agent]);
  fx.project = await one("select id from public.inventory_projects order by name limit 1");
  fx.partner = await one("select id from public.inventory_partners order by id limit 1");
  fx.thread = await one("select thread_id from public.support_threads where created_by = $1 order by thread_id limit 1", [PEOPLE.agent]);
  fx.notification = await one("select notification_id from public.activity_notifications where profile_id = $1 order by notification_id limit 1", [PEOPLE.agent]);
  for (const [k, v] of Object.entries(fx)) assert.ok(v, `fixture ${k}`);
});
afterAll(async () => {
  await db?.drop();
});

const sub = (sql: string) => sql.replace(/(?<!\w):(\w+)/g, (_, k: string) => {
  const v = fx[k] ?? (PEOPLE as Record<string, string>)[k];
  if (!v) throw new Error(`no fixture ${k}`);
  return `'${v}'`;
});

const WRITES: Write[] = [
  { view: "wallet_transactions", op: "insert", who: "admin",
    sql: "insert into public.wallet_transactions (user_id, type, amount, status, description) values (:customer, 'credit', 100, 'completed', 'Goodwill') returning id",
    landed: "select count(*) from public.profile_wallet_ledger where ledger_id = $1 and entry_type = 'adjustment' and amount = 100 and source = 'admin'" },
  { view: "wallet_transactions", op: "insert", who: "finance",
    sql: "insert into public.wallet_transactions (user_id, type, amount, status, description) values (:customer, 'debit', 10, 'completed', 'Fee') returning id",
    landed: "select count(*) from public.profile_wallet_ledger where ledger_id = $1 and entry_type = 'adjustment' and amount = -10" },
  { view: "wallet_transactions", op: "insert", who: "service",
    sql: "insert into public.wallet_transactions (user_id, type, amount, status, description) values (:customer, 'deposit', 25, 'completed', 'Webhook') returning id",
    landed: "select count(*) from public.profile_wallet_ledger where ledger_id = $1 and entry_type = 'deposit' and amount = 25" },
  { view: "payment_transactions", op: "insert", who: "agent",
    sql: "insert into public.payment_transactions (user_id, amount, payment_method, gateway, transaction_type) values (:agent, 500, 'card', 'kashier', 'wallet_topup') returning id",
    landed: "select count(*) from public.profile_payment_transactions where id = $1 and status = 'pending'" },
  { view: "profiles", op: "update", who: "admin",
    sql: "update public.profiles set manager_id = :manager where id = :customer returning id",
    landed: "select count(*) from public.team_memberships m where m.profile_id = $1 and m.team_id = salemate.legacy_team_id(:manager) and m.status = 'active'" },
  { view: "team_invitations", op: "insert", who: "manager",
    sql: "insert into public.team_invitations (manager_id, invitee_email, token) values (:manager, 'new.agent@example.com', 'legacy-token-1') returning id",
    landed: "select count(*) from public.team_invites where id = $1 and status = 'pending'" },
  { view: "feedback_history", op: "insert", who: "agent",
    sql: "insert into public.feedback_history (lead_id, user_id, feedback_text, stage) values (:lead, :agent, 'Call me later', 'Potential') returning id",
    landed: "select count(*) from public.lead_events where event_id = $1 and event_type = 'feedback'" },
  { view: "case_feedback", op: "insert", who: "agent",
    sql: "insert into public.case_feedback (lead_id, stage, feedback, created_by) values (:lead, 'Potential', 'ok', :agent) returning id",
    landed: "select count(*) from public.lead_events where event_id = $1 and event_type = 'case_feedback'" },
  { view: "lead_activities", op: "insert", who: "agent",
    sql: "insert into public.lead_activities (lead_id, user_id, activity_type, description) values (:lead, :agent, 'call', 'Called') returning id",
    landed: "select count(*) from public.lead_events where event_id = $1 and event_type = 'activity:call'" },
  { view: "lead_reminders", op: "insert", who: "agent",
    sql: "insert into public.lead_reminders (lead_id, user_id, reminder_date, reminder_text) values (:lead, :agent, now() + interval '1 day', 'Send brochure') returning id",
    landed: "select count(*) from public.lead_tasks where task_id = $1 and task_type = 'reminder'" },
  { view: "case_actions", op: "insert", who: "agent",
    sql: "insert into public.case_actions (lead_id, action_type, due_at, created_by) values (:lead, 'CALL', now(), :agent) returning id",
    landed: "select count(*) from public.lead_tasks where task_id = $1 and task_type = 'call'" },
  { view: "lead_tags", op: "insert", who: "agent",
    sql: "insert into public.lead_tags (lead_id, tag_name) values (:lead, 'Sea View') returning id",
    landed: "select count(*) from public.lead_labels where label_id = $1" },
  { view: "case_faces", op: "insert", who: "agent",
    sql: "insert into public.case_faces (lead_id, from_agent, to_agent, reason) values (:lead, :agent, :agent, 'Same agent, new face') returning id",
    landed: "select count(*) from public.lead_transfers where transfer_id = $1" },
  { view: "inventory_matches", op: "insert", who: "agent",
    sql: "insert into public.inventory_matches (lead_id, filters, result_count, recommendation, created_by) values (:lead, '{}', 2, 'Try phase 2', :agent) returning id",
    landed: "select count(*) from public.lead_recommendations where recommendation_id = $1" },
  { view: "lead_requests", op: "insert", who: "agent",
    sql: "insert into public.lead_requests (user_id, project_name, quantity, budget) values (:agent, 'Anything in Zayed', 10, 5000) returning id",
    landed: "select count(*) from public.lead_transactions where transaction_id = $1 and transaction_type = 'request' and status = 'pending'" },
  { view: "lead_purchase_requests", op: "insert", who: "agent",
    sql: "insert into public.lead_purchase_requests (user_id, project_id, number_of_leads, total_price, payment_method) values (:agent, :project, 5, 500, 'wallet') returning id",
    landed: "select count(*) from public.lead_transactions where transaction_id = $1 and transaction_type = 'purchase' and status = 'pending'" },
  { view: "purchase_requests", op: "insert", who: "agent",
    sql: "insert into public.purchase_requests (user_id, project_id, quantity, total_amount, payment_method, receipt_url) values (:agent, :project, 5, 500, 'Instapay', 'r.jpg') returning id",
    landed: "select count(*) from public.lead_transactions where transaction_id = $1 and source = 'receipt'" },
  { view: "orders", op: "insert", who: "service",
    sql: "insert into public.orders (user_id, project_id, quantity, total_amount, payment_method, status) values (:agent, :project, 5, 500, 'Instapay', 'pending') returning id",
    landed: "select count(*) from public.lead_transactions where transaction_id = $1 and legacy_table = 'orders'" },
  { view: "orders", op: "insert", who: "agent",
    sql: "insert into public.orders (user_id, project_id, quantity, total_amount, payment_method, status) values (:agent, :project, 2, 200, 'Instapay', 'pending') returning id",
    landed: "select count(*) from public.lead_transactions where transaction_id = $1 and legacy_table = 'orders'" },
  { view: "notifications", op: "update", who: "agent",
    sql: "update public.notifications set status = 'read', read_at = now() where id = :notification returning id",
    landed: "select count(*) from public.activity_notifications where notification_id = $1 and status = 'read'" },
  { view: "salemate-inventory", op: "insert", who: "admin",
    sql: `insert into public."salemate-inventory" (compound, unit_id) values ('{"name": "Mivida"}', 'U-900') returning id`,
    landed: "select count(*) from public.inventory_items where id = $1" },
  { view: "projects", op: "insert", who: "admin",
    sql: "insert into public.projects (name, developer, region, price_per_lead) values ('Legacy Heights', 'Legacy Dev', 'New Cairo', 120) returning id",
    landed: "select count(*) from public.inventory_projects where id = $1" },
  { view: "partners", op: "insert", who: "admin",
    sql: "insert into public.partners (name) values ('Partner Legacy') returning id",
    landed: "select count(*) from public.inventory_partners where id = $1" },
  { view: "project_partner_commissions", op: "insert", who: "admin",
    sql: "insert into public.project_partner_commissions (project_id, partner_id, commission_rate) values (:project, :partner, 2.5) returning id",
    landed: "select count(*) from public.inventory_partner_commissions where id = $1" },
  { view: "support_cases", op: "insert", who: "agent",
    sql: "insert into public.support_cases (subject, description, created_by) values ('Cannot log in', 'Since this morning', :agent) returning id",
    landed: "select count(*) from public.support_threads where thread_id = $1" },
  { view: "support_case_replies", op: "insert", who: "agent",
    sql: "insert into public.support_case_replies (case_id, user_id, message) values (:thread, :agent, 'Any news?') returning id",
    landed: "select count(*) from public.support_messages where message_id = $1" },
  { view: "templates_email", op: "insert", who: "admin",
    sql: "insert into public.templates_email (key, name, subject, html) values ('legacy_welcome', 'Welcome', 'Hi', '<p>Hi</p>') returning id",
    landed: "select count(*) from public.communication_templates where template_id = $1 and channel = 'email'" },
  { view: "templates_sms", op: "insert", who: "admin",
    sql: "insert into public.templates_sms (key, name, body) values ('legacy_otp', 'OTP', 'Your code') returning id",
    landed: "select count(*) from public.communication_templates where template_id = $1 and channel = 'sms'" },
  { view: "cms_pages", op: "insert", who: "admin",
    sql: "insert into public.cms_pages (slug, title, content_json) values ('legacy-about', 'About', '{}') returning id",
    landed: "select count(*) from public.cms_content where content_id = $1" },
  { view: "cms_media", op: "insert", who: "admin",
    sql: "insert into public.cms_media (bucket, path) values ('public', 'banners/legacy.png') returning id",
    landed: "select count(*) from public.cms_content where content_id = $1" },
];

function as<T>(who: Who, fn: Parameters<typeof asService<T>>[1], keep = false): Promise<T> {
  return who === "service" ? asService(db.pool, fn, keep) : asUser(db.pool, PEOPLE[who], fn, keep);
}

test("every write the guide documents on a moved table has a case here", () => {
  // Kept tables (their section and after) are written in place, not through a compatibility view.
  const full = readFileSync(path.join(ROOT, "docs", "migration-guide.md"), "utf8");
  assert.ok(full.includes("\n## Kept tables\n"), "the guide has its kept-tables section");
  const guide = full.slice(0, full.indexOf("\n## Kept tables\n"));
  const documented = new Set([...guide.matchAll(/\*\*Write \((?:create|update)\)\.\*\* Before:\s*```ts\s*\n[^\n]*supabase\.from\("([^"]+)"\)\.(insert|update)/g)].map((m) => `${m[1]} ${m[2]}`));
  assert.ok(documented.size >= 25, `found ${documented.size} documented writes`);
  const covered = new Set(WRITES.map((w) => `${w.view} ${w.op}`));
  assert.deepEqual([...documented].filter((d) => !covered.has(d)), []);
});

describe.each(WRITES)("$op $view as $who", (w: Write) => {
  test("lands in the new tables", async () => {
    const id = await as(w.who, async (c) => (await c.query(sub(w.sql))).rows[0]?.id as string | undefined, true);
    assert.ok(id, "the write returns the row");
    const { rows: [n] } = await db.query(sub(w.landed), [id]);
    assert.equal(Number(n.count), 1, `${w.view}: the row is in its new table`);
  });
});

describe("writes the new rules refuse, and how", () => {
  test("an agent's entry in wallet_transactions: only finance and admins record money by hand (42501), the wallet untouched", async () => {
    const before = await walletOf(db.pool as never, PEOPLE.agent);
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const e = await errorOf(c, sub("insert into public.wallet_transactions (user_id, type, amount, status) values (:agent, 'credit', 1000, 'completed')"));
      assert.equal(e?.code, "42501", e?.message);
    });
    assert.deepEqual(await walletOf(db.pool as never, PEOPLE.agent), before);
  });

  test("a payment_transactions row in another's name (42501)", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const e = await errorOf(c, sub("insert into public.payment_transactions (user_id, amount, payment_method, gateway, transaction_type) values (:customer, 5, 'card', 'kashier', 'wallet_topup')"));
      assert.equal(e?.code, "42501", e?.message);
    });
  });
});
