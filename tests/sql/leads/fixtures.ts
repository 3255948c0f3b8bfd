// Hand-made legacy rows for the phase 4 tests, added to a seeded legacy database before it is
// migrated: one of each kind of mess the leads backfill has to handle, with fixed ids, so a
// test can name the row it checks. The seeded data around them is checked in bulk.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

const demo = (k: number) => `00000000-0000-4000-8000-${String(k).padStart(12, "0")}`;
const fx = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, "0")}`;

/** The seeded demo accounts (server/seed/legacy-world.ts): fixed ids, legacy roles, manager chain. */
export const PEOPLE = {
  admin: demo(1),
  support: demo(2),
  manager: demo(3), // legacy role manager; agent reports to them
  agent: demo(5), // manager_id = manager
  agent2: demo(6), // another team (manager_id = a generic manager)
  finance: demo(7),
  customer: demo(8),
  /** An id that names no profile. */
  ghost: fx(999),
} as const;

export const FX = {
  batch: fx(1),
  /** Owned, bought and worked by the agent. */
  lead: fx(10),
  /** Null created_at / updated_at / is_sold; batch uploaded 2025-01-01. Owned by agent2. */
  leadNoTimes: fx(11),
  /** No lead has this id (deleted). */
  deletedLead: fx(12),
  feedbackNoDate: fx(100),
  feedbackOrphan: fx(101),
  feedbackGhost: fx(102),
  caseFeedback: fx(110),
  activity: fx(120),
  activityNoData: fx(121),
  reminderDone: fx(130),
  reminderOrphan: fx(131),
  reminderGhost: fx(132),
  actionPending: fx(140),
  actionOddType: fx(141),
  actionBadStatus: fx(142),
  actionSkipped: fx(143),
  tagVip: fx(150),
  tagVipLower: fx(151),
  tagVipSpaced: fx(152),
  tagSpaces: fx(153),
  tagEmpty: fx(154),
  faceGhost: fx(160),
  face: fx(161),
  matchAi: fx(170),
  matchManual: fx(171),
  matchNegative: fx(172),
  requestRounded: fx(180),
  requestBadStatus: fx(181),
  requestNoQuantity: fx(182),
  lprGhost: fx(190),
  lprCompleted: fx(191),
  purchaseApproved: fx(200),
  orderNoStatus: fx(210),
  orderFractional: fx(211),
  orderConfirmed: fx(212),
} as const;

/** Inserts the fixture rows into a legacy (not yet migrated) database. */
export async function addLegacyFixtures(c: pg.ClientBase): Promise<void> {
  const project = (await c.query<{ id: string }>("select id from public.projects order by id limit 1")).rows[0]!.id;
  const p = PEOPLE;
  await c.query(
    `insert into public.lead_batches (id, batch_name, project_id, upload_user_id, created_at, updated_at, cpl_price)
     values ($1, 'Fixture batch', $2, $3, '2025-01-01 10:00+00', null, 100)`,
    [FX.batch, project, p.admin],
  );
  await c.query(
    `insert into public.leads (id, client_name, client_phone, platform, project_id, stage, owner_id, buyer_user_id, assigned_to_id,
                               is_sold, sold_at, created_at, updated_at)
     values ($1, 'Fixture Client', '+201000000001', 'Facebook', $2, 'Potential', $3, $3, $3, true, '2025-03-02 10:00+00',
             '2025-03-01 10:00+00', '2025-03-05 10:00+00')`,
    [FX.lead, project, p.agent],
  );
  await c.query(
    `insert into public.leads (id, client_name, client_phone, platform, project_id, batch_id, owner_id, assigned_to_id,
                               assigned_at, last_contacted_at, is_sold, created_at, updated_at)
     values ($1, 'No Times', '+201000000002', 'Google', $2, $3, $4, $4, '2025-01-05 10:00+00', '2025-02-01 10:00+00', null, null, null)`,
    [FX.leadNoTimes, project, FX.batch, p.agent2],
  );

  await c.query(
    `insert into public.feedback_history (id, lead_id, user_id, feedback_text, stage, created_at) values
       ($1, $4, $6, 'Wants a villa', 'hot_case', null),
       ($2, $5, $6, 'Lead was deleted', 'Potential', '2025-03-02 10:00+00'),
       ($3, $4, $7, 'Author left', null, '2025-03-03 10:00+00')`,
    [FX.feedbackNoDate, FX.feedbackOrphan, FX.feedbackGhost, FX.lead, FX.deletedLead, p.agent, p.ghost],
  );
  await c.query(
    `insert into public.case_feedback (id, lead_id, stage, feedback, ai_coach, created_by, created_at)
     values ($1, $2, 'Meeting Done', 'Met at the sales center', 'Follow up within 48 hours', $3, '2025-03-04 10:00+00')`,
    [FX.caseFeedback, FX.lead, p.agent],
  );
  await c.query(
    `insert into public.lead_activities (id, lead_id, user_id, activity_type, activity_data, description, created_at) values
       ($1, $3, $4, 'Stage Change', '{"from": "New Lead", "to": "Potential"}', 'Stage updated', '2025-03-02 11:00+00'),
       ($2, $3, $4, 'call', null, null, '2025-03-02 12:00+00')`,
    [FX.activity, FX.activityNoData, FX.lead, p.agent],
  );
  await c.query(
    `insert into public.lead_reminders (id, lead_id, user_id, reminder_date, reminder_text, is_completed, completed_at, created_at, updated_at) values
       ($1, $4, $6, '2025-03-10 09:00+00', 'Call back', true, '2025-03-10 09:30+00', '2025-03-03 09:00+00', '2025-03-10 09:30+00'),
       ($2, $5, $6, '2025-03-11 09:00+00', 'Lead is gone', false, null, '2025-03-03 09:00+00', '2025-03-03 09:00+00'),
       ($3, $4, $7, '2025-03-12 09:00+00', null, false, null, '2025-03-03 09:00+00', '2025-03-03 09:00+00')`,
    [FX.reminderDone, FX.reminderOrphan, FX.reminderGhost, FX.lead, FX.deletedLead, p.agent, p.ghost],
  );
  await c.query(
    `insert into public.case_actions (id, lead_id, action_type, payload, due_at, status, created_by, created_at, completed_at, notified_at) values
       ($1, $5, 'CALL_REMINDER', '{"note": "call"}', '2025-03-20 09:00+00', 'PENDING', $6, '2025-03-04 09:00+00', null, null),
       ($2, $5, 'Whatsapp Followup', null, '2025-03-21 09:00+00', 'done', $6, '2025-03-04 09:00+00', '2025-03-21 10:00+00', '2025-03-21 09:00+00'),
       ($3, $5, 'MEETING', null, '2025-03-22 09:00+00', 'maybe later', $6, '2025-03-04 09:00+00', null, null),
       ($4, $5, 'SEND_BROCHURE', null, '2025-03-23 09:00+00', 'SKIPPED', $6, '2025-03-04 09:00+00', null, null)`,
    [FX.actionPending, FX.actionOddType, FX.actionBadStatus, FX.actionSkipped, FX.lead, p.agent],
  );
  await c.query(
    `insert into public.lead_tags (id, lead_id, tag_name, color, created_at, created_by) values
       ($1, $6, 'VIP', '#ef4444', '2025-03-01 11:00+00', $7),
       ($2, $6, 'vip', '#3b82f6', '2025-03-01 12:00+00', $7),
       ($3, $6, ' Vip ', '#22c55e', '2025-03-01 13:00+00', $7),
       ($4, $6, '  Cash   Buyer ', '#f59e0b', '2025-03-01 14:00+00', $8),
       ($5, $6, '   ', '#f59e0b', '2025-03-01 15:00+00', $7)`,
    [FX.tagVip, FX.tagVipLower, FX.tagVipSpaced, FX.tagSpaces, FX.tagEmpty, FX.lead, p.agent, p.ghost],
  );
  await c.query(
    `insert into public.case_faces (id, lead_id, from_agent, to_agent, reason, created_by, created_at) values
       ($1, $3, $4, $5, 'Agent left', $6, '2025-03-05 09:00+00'),
       ($2, $3, $7, $4, 'Rebalancing', $6, '2025-03-06 09:00+00')`,
    [FX.faceGhost, FX.face, FX.lead, p.agent, p.ghost, p.manager, p.agent2],
  );
  await c.query(
    `insert into public.inventory_matches (id, lead_id, filters, result_count, top_units, recommendation, created_by, created_at) values
       ($1, $4, '{"bedrooms": 3}', 4, '[1, 2, 3]', 'Top pick has the longest plan.', $5, '2025-03-07 09:00+00'),
       ($2, $4, '{"bedrooms": 2}', 0, null, null, $6, '2025-03-07 10:00+00'),
       ($3, $4, '{"bedrooms": 9}', -1, null, null, $5, '2025-03-07 11:00+00')`,
    [FX.matchAi, FX.matchManual, FX.matchNegative, FX.lead, p.agent, p.ghost],
  );
  await c.query(
    `insert into public.lead_requests (id, user_id, project_name, project_id, quantity, budget, status, notes, created_at, updated_at) values
       ($1, $4, 'Fixture project', $5, 20, 1000.005, 'Pending', 'fresh only', '2025-03-08 09:00+00', '2025-03-08 09:00+00'),
       ($2, $4, 'Fixture project', $5, 20, 1000, 'on hold??', null, '2025-03-08 09:00+00', '2025-03-08 09:00+00'),
       ($3, $4, 'Fixture project', $5, 0, 1000, 'pending', null, '2025-03-08 09:00+00', '2025-03-08 09:00+00')`,
    [FX.requestRounded, FX.requestBadStatus, FX.requestNoQuantity, p.agent, project],
  );
  await c.query(
    `insert into public.lead_purchase_requests (id, user_id, project_id, batch_id, number_of_leads, total_price, payment_method, status,
                                               receipt_url, approved_by, approved_at, created_at, updated_at) values
       ($1, $3, $5, $6, 10, 500, 'wallet', 'PENDING', null, null, null, '2025-03-09 09:00+00', null),
       ($2, $4, $5, $7, 10, 500, 'Instapay', 'completed', 'receipts/x.png', $8, '2025-03-09 12:00+00', '2025-03-09 09:00+00', null)`,
    [FX.lprGhost, FX.lprCompleted, p.ghost, p.agent, project, fx(998), FX.batch, p.finance],
  );
  await c.query(
    `insert into public.purchase_requests (id, user_id, project_id, quantity, total_amount, payment_method, receipt_url, status,
                                          approved_by, approved_at, created_at, updated_at, project_name)
     values ($1, $2, $3, 15, 750, 'instapay', 'receipts/pr.jpg', 'Approved', $4, '2025-03-10 12:00+00', '2025-03-10 09:00+00', '2025-03-10 12:00+00', 'Fixture project')`,
    [FX.purchaseApproved, p.agent, project, p.finance],
  );
  await c.query(
    `insert into public.orders (id, user_id, project_id, quantity, total_amount, payment_method, payment_reference, status, created_at, updated_at) values
       ($1, $4, $5, 10, 1000, 'Instapay', 'IP-1', null, '2025-03-11 09:00+00', null),
       ($2, $4, $5, 2.5, 250, 'Instapay', 'IP-2', 'pending', '2025-03-11 09:00+00', '2025-03-11 09:00+00'),
       ($3, $4, $5, 10, 1000, 'BankTransfer', null, 'confirmed', '2025-03-11 09:00+00', '2025-03-11 10:00+00')`,
    [FX.orderNoStatus, FX.orderFractional, FX.orderConfirmed, p.agent, project],
  );
}

/** A seeded legacy database with the fixtures, migrated up to and including phase 4. */
export async function migratedWithFixtures(opts: { seedScale?: number } = {}): Promise<TestDatabase> {
  const db = await createTestDatabase({ stage: "legacy", seedScale: opts.seedScale ?? 1 });
  const c = await db.pool.connect();
  try {
    await c.query("begin");
    await addLegacyFixtures(c);
    await c.query("commit");
    await migrate(c, { dir: MIGRATIONS_DIR, to: "phase4" });
  } catch (err) {
    c.release();
    await db.drop();
    throw err;
  }
  c.release();
  return db;
}

/** The phase 4 migration files, in order. */
export function phase4Files(dir: string = MIGRATIONS_DIR): string[] {
  return readdirSync(dir).filter((f) => /^\d{14}_phase4_.*\.sql$/.test(f)).sort().map((f) => path.join(dir, f));
}

export function readSql(file: string): string {
  return readFileSync(file, "utf8");
}

/** Runs fn inside a transaction as an API user with this profile id; always rolled back. */
export async function asUser<T>(pool: pg.Pool, profileId: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query("begin");
    await c.query("set local role authenticated");
    await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: profileId, role: "authenticated" })]);
    return await fn(c);
  } finally {
    await c.query("rollback").catch(() => {});
    c.release();
  }
}

/** What phase 4 wrote, as one md5 per table: rows of the consolidated tables, its rejects and notes. */
export const PHASE4_STATE_SQL = `
  select 'leads' as t, md5(string_agg(md5(x::text), '' order by x.id)) as sum, count(*) as n from public.leads x
  union all select 'lead_batches', md5(string_agg(md5(x::text), '' order by x.id)), count(*) from public.lead_batches x
  union all select 'lead_events', md5(string_agg(md5(x::text), '' order by x.event_id)), count(*) from public.lead_events x
  union all select 'lead_tasks', md5(string_agg(md5(x::text), '' order by x.task_id)), count(*) from public.lead_tasks x
  union all select 'lead_labels', md5(string_agg(md5(x::text), '' order by x.label_id)), count(*) from public.lead_labels x
  union all select 'lead_transfers', md5(string_agg(md5(x::text), '' order by x.transfer_id)), count(*) from public.lead_transfers x
  union all select 'lead_recommendations', md5(string_agg(md5(x::text), '' order by x.recommendation_id)), count(*) from public.lead_recommendations x
  union all select 'lead_transactions', md5(string_agg(md5(x::text), '' order by x.transaction_id)), count(*) from public.lead_transactions x
  union all select 'rejects', md5(string_agg(md5((x.legacy_table, x.legacy_id, x.target_table, x.reason, x.row_data)::text), '' order by x.legacy_table, x.legacy_id)), count(*)
    from salemate.migration_rejects x where x.phase = 4
  union all select 'notes', md5(string_agg(md5((x.subject, x.note)::text), '' order by x.subject)), count(*)
    from salemate.migration_notes x where x.phase = 4
  order by 1`;
