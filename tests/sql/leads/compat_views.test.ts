// The twelve legacy names are compatibility views after phase 4: they read the legacy columns
// back from the new tables, and the legacy app's inserts, updates and deletes through them land
// in the new tables (as the signed-in user, under the new tables' policies).

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { FX, PEOPLE, asUser, migratedWithFixtures } from "./fixtures.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedWithFixtures();
});
afterAll(async () => {
  await db?.drop();
});

const LEGACY_NAMES = ["feedback_history", "case_feedback", "lead_activities", "lead_reminders", "case_actions", "lead_tags", "case_faces",
  "inventory_matches", "lead_requests", "lead_purchase_requests", "orders", "purchase_requests"];

describe("the legacy names", () => {
  test("are security_invoker views hidden from GraphQL, with instead-of triggers for insert, update and delete", async () => {
    const { rows } = await db.query(
      `select c.relname, c.relkind, c.reloptions, obj_description(c.oid, 'pg_class') as comment,
              (select array_agg(t.tgname::text order by t.tgname) from pg_trigger t where t.tgrelid = c.oid) as triggers
       from pg_class c where c.relnamespace = 'public'::regnamespace and c.relname = any($1) order by c.relname`, [LEGACY_NAMES]);
    assert.equal(rows.length, LEGACY_NAMES.length);
    for (const r of rows) {
      assert.equal(r.relkind, "v", r.relname);
      assert.ok(r.reloptions?.includes("security_invoker=true"), r.relname);
      assert.match(r.comment, /@behavior -\*/, r.relname);
      assert.deepEqual(r.triggers, ["delete", "insert", "update"].map((op) => `tg_${r.relname}__instead_of_${op}`), r.relname);
    }
  });
});

// For each view: the legacy rows that were carried, read back through the view, are the
// legacy rows (columns that phase 4 normalises are compared in backfill.test.ts).
const READ_BACK: Array<[string, string]> = [
  ["feedback_history", "id, lead_id, user_id, feedback_text, coalesce(created_at, (select l.created_at from public.leads l where l.id = lead_id))"],
  ["case_feedback", "id, lead_id, feedback, ai_coach, created_by, created_at"],
  ["lead_activities", "id, lead_id, user_id, activity_type, activity_data, description, created_at"],
  ["lead_reminders", "id, lead_id, user_id, reminder_date, reminder_text, coalesce(is_completed, false), completed_at, created_at, updated_at"],
  ["case_actions", "id, lead_id, action_type, payload, due_at, status, created_by, created_at, completed_at, notified_at"],
  ["lead_tags", "id, lead_id, color, created_at, created_by"],
  ["case_faces", "id, lead_id, from_agent, to_agent, reason, created_by, created_at"],
  ["inventory_matches", "id, lead_id, filters, result_count, top_units, recommendation, created_by, created_at"],
  ["lead_requests", "id, user_id, project_name, project_id, quantity, round(budget, 2), status, notes, fulfilled_at, created_at, updated_at"],
  ["lead_purchase_requests", "id, user_id, project_id, batch_id, number_of_leads, round(total_price, 2), payment_method, status, receipt_url, admin_notes, approved_by, approved_at, created_at"],
  ["purchase_requests", "id, user_id, project_id, quantity, round(total_amount, 2), payment_method, receipt_url, receipt_file_name, status, admin_notes, approved_by, approved_at, rejected_at, rejected_reason, created_at, updated_at, project_name"],
  ["orders", "created_at, id, payment_method, payment_reference, project_id, quantity, status, round(total_amount, 2), user_id"],
];

describe("reading through the views", () => {
  for (const [name, cols] of READ_BACK) {
    test(`${name} shows every carried legacy row as it was`, async () => {
      const { rows: [r] } = await db.query(
        `select (select count(*) from public.${name}) as view_rows,
                (select count(*) from legacy_archive.${name} s where s.id::text not in (select legacy_id from salemate.migration_rejects where legacy_table = '${name}')) as carried,
                (select count(*) from (select ${cols} from legacy_archive.${name} s
                                       where s.id::text not in (select legacy_id from salemate.migration_rejects where legacy_table = '${name}')
                                       except select ${cols} from public.${name}) d) as differing`);
      assert.ok(Number(r.carried) > 0);
      assert.equal(r.view_rows, r.carried, "the view shows exactly the carried rows");
      assert.equal(Number(r.differing), 0, "carried rows read back unchanged");
    });
  }

  test("normalised values read in their new form", async () => {
    const { rows: [f] } = await db.query("select stage from public.feedback_history where id = $1", [FX.feedbackNoDate]);
    assert.equal(f.stage, "Hot Case");
    const { rows: [t] } = await db.query("select tag_name from public.lead_tags where id = $1", [FX.tagSpaces]);
    assert.equal(t.tag_name, "Cash Buyer");
    const { rows: [o] } = await db.query("select status, quantity from public.orders where id = $1", [FX.orderNoStatus]);
    assert.deepEqual([o.status, o.quantity], [null, "10"]);
  });
});

describe("writing through the views as the agent", () => {
  test("a reminder inserted into lead_reminders is a lead_tasks reminder; updates and deletes follow", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [ins] } = await c.query(
        "insert into public.lead_reminders (lead_id, user_id, reminder_date, reminder_text) values ($1, $2, '2026-01-05 09:00+00', 'Send brochure') returning id, is_completed, created_at",
        [FX.lead, PEOPLE.agent]);
      assert.ok(ins.id);
      assert.equal(ins.is_completed, false);
      const { rows: [t] } = await c.query("select task_type, status, assignee_id, created_by, notes, due_at, legacy_table, legacy_id from public.lead_tasks where task_id = $1", [ins.id]);
      assert.deepEqual([t.task_type, t.status, t.assignee_id, t.created_by, t.notes, t.legacy_table, t.legacy_id],
        ["reminder", "pending", PEOPLE.agent, PEOPLE.agent, "Send brochure", "lead_reminders", null]);
      assert.equal(t.due_at.toISOString(), "2026-01-05T09:00:00.000Z");

      const upd = await c.query("update public.lead_reminders set is_completed = true, completed_at = '2026-01-05 10:00+00' where id = $1", [ins.id]);
      assert.equal(upd.rowCount, 1);
      const { rows: [done] } = await c.query("select status, completed_at from public.lead_tasks where task_id = $1", [ins.id]);
      assert.equal(done.status, "done");

      const del = await c.query("delete from public.lead_reminders where id = $1", [ins.id]);
      assert.equal(del.rowCount, 1);
      assert.equal((await c.query("select 1 from public.lead_tasks where task_id = $1", [ins.id])).rowCount, 0);
    });
  });

  test("a tag inserted into lead_tags lands in lead_labels; the same tag in another case adds nothing", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [n] } = await c.query("insert into public.lead_tags (lead_id, tag_name) values ($1, ' Sea   View ') returning id, tag_name, color", [FX.lead]);
      const { rows: [l] } = await c.query("select label, applied_by, color from public.lead_labels where label_id = $1", [n.id]);
      assert.deepEqual([l.label, l.applied_by, l.color, n.tag_name], ["Sea View", PEOPLE.agent, "#3b82f6", "Sea View"]);

      const before = (await c.query("select count(*) as n from public.lead_labels where lead_id = $1", [FX.lead])).rows[0].n;
      const { rows: [again] } = await c.query("insert into public.lead_tags (lead_id, tag_name) values ($1, 'vip') returning id, tag_name", [FX.lead]);
      assert.deepEqual([again.id, again.tag_name], [FX.tagVip, "VIP"], "the row returned is the label the lead already has");
      const afterCount = (await c.query("select count(*) as n from public.lead_labels where lead_id = $1", [FX.lead])).rows[0].n;
      assert.equal(afterCount, before);

      await c.query("delete from public.lead_tags where id = $1", [n.id]);
      assert.equal((await c.query("select 1 from public.lead_labels where label_id = $1", [n.id])).rowCount, 0);
    });
  });

  test("case_actions keeps its vocabulary: status and type written and read in legacy spelling", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [a] } = await c.query(
        "insert into public.case_actions (lead_id, action_type, payload, due_at, created_by) values ($1, 'CALL', '{\"n\": 1}', now(), $2) returning id, status",
        [FX.lead, PEOPLE.agent]);
      assert.equal(a.status, "PENDING");
      const { rows: [t] } = await c.query("select task_type, status, legacy_status, metadata from public.lead_tasks where task_id = $1", [a.id]);
      assert.deepEqual([t.task_type, t.status, t.legacy_status, t.metadata], ["call", "pending", "PENDING", { n: 1 }]);
      await c.query("update public.case_actions set status = 'DONE', completed_at = now() where id = $1", [a.id]);
      const { rows: [v] } = await c.query("select status, action_type from public.case_actions where id = $1", [a.id]);
      assert.deepEqual([v.status, v.action_type], ["DONE", "CALL"]);
      assert.equal((await c.query("select status from public.lead_tasks where task_id = $1", [a.id])).rows[0].status, "done");
      await assert.rejects(c.query("update public.case_actions set status = 'someday' where id = $1", [a.id]), /not a task status/);
    });
  });

  test("feedback, case feedback and activities written through their views are lead_events", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [f] } = await c.query("insert into public.feedback_history (lead_id, user_id, feedback_text, stage) values ($1, $2, 'Call me later', 'call back') returning id", [FX.lead, PEOPLE.agent]);
      const { rows: [cf] } = await c.query("insert into public.case_feedback (lead_id, stage, feedback, created_by) values ($1, 'Potential', 'ok', $2) returning id", [FX.lead, PEOPLE.agent]);
      const { rows: [a] } = await c.query("insert into public.lead_activities (lead_id, user_id, activity_type, description) values ($1, $2, 'WhatsApp', 'Sent') returning id", [FX.lead, PEOPLE.agent]);
      const { rows } = await c.query("select event_id, event_type, payload, legacy_table from public.lead_events where event_id = any($1) order by event_type", [[f.id, cf.id, a.id]]);
      assert.deepEqual(rows.map((r) => [r.event_type, r.legacy_table]),
        [["activity:whatsapp", "lead_activities"], ["case_feedback", "case_feedback"], ["feedback", "feedback_history"]]);
      assert.equal(rows.find((r) => r.event_id === f.id).payload.stage, "Call Back");
      assert.equal((await c.query("select count(*) as n from public.feedback_history where id = $1", [f.id])).rows[0].n, "1");
      await c.query("update public.feedback_history set feedback_text = 'Call me tomorrow' where id = $1", [f.id]);
      assert.equal((await c.query("select payload->>'feedback' as t from public.lead_events where event_id = $1", [f.id])).rows[0].t, "Call me tomorrow");
    });
  });

  test("handovers and matches written through case_faces and inventory_matches", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [h] } = await c.query("insert into public.case_faces (lead_id, from_agent, to_agent, reason) values ($1, $2, $2, 'test') returning id, created_by", [FX.lead, PEOPLE.agent]);
      assert.equal(h.created_by, PEOPLE.agent);
      assert.equal((await c.query("select transferred_by from public.lead_transfers where transfer_id = $1", [h.id])).rows[0].transferred_by, PEOPLE.agent);
      const { rows: [m] } = await c.query("insert into public.inventory_matches (lead_id, filters, result_count, recommendation, created_by) values ($1, '{}', 2, 'Try phase 2', $2) returning id", [FX.lead, PEOPLE.agent]);
      assert.equal((await c.query("select source from public.lead_recommendations where recommendation_id = $1", [m.id])).rows[0].source, "ai");
    });
  });

  test("requests, purchase requests and orders written through their views are pending lead_transactions of the buyer", async () => {
    const { rows: [{ id: project }] } = await db.query("select project_id as id from public.leads where id = $1", [FX.lead]);
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [r] } = await c.query("insert into public.lead_requests (user_id, project_name, quantity, budget) values ($1, 'Anything in Zayed', 10, 5000) returning id, status", [PEOPLE.agent]);
      assert.equal(r.status, "pending");
      const { rows: [lpr] } = await c.query("insert into public.lead_purchase_requests (user_id, project_id, number_of_leads, total_price, payment_method) values ($1, $2, 5, 500, 'wallet') returning id", [PEOPLE.agent, project]);
      const { rows: [pr] } = await c.query("insert into public.purchase_requests (user_id, project_id, quantity, total_amount, payment_method, receipt_url) values ($1, $2, 5, 500, 'Instapay', 'r.jpg') returning id", [PEOPLE.agent, project]);
      const { rows: [o] } = await c.query("insert into public.orders (user_id, project_id, quantity, total_amount, payment_method, status) values ($1, $2, 5, 500, 'Instapay', 'pending') returning id, status", [PEOPLE.agent, project]);
      assert.equal(o.status, "pending");
      const { rows } = await c.query("select transaction_id, transaction_type, source, status, profile_id, legacy_table from public.lead_transactions where transaction_id = any($1)", [[r.id, lpr.id, pr.id, o.id]]);
      const by = new Map(rows.map((x) => [x.transaction_id, [x.transaction_type, x.source, x.status, x.profile_id, x.legacy_table]]));
      assert.deepEqual(by.get(r.id), ["request", "shop", "pending", PEOPLE.agent, "lead_requests"]);
      assert.deepEqual(by.get(lpr.id), ["purchase", "wallet", "pending", PEOPLE.agent, "lead_purchase_requests"]);
      assert.deepEqual(by.get(pr.id), ["purchase", "receipt", "pending", PEOPLE.agent, "purchase_requests"]);
      assert.deepEqual(by.get(o.id), ["purchase", "legacy_order", "pending", PEOPLE.agent, "orders"]);
      // A buyer cannot approve their own request through the old name either.
      await assert.rejects(c.query("insert into public.lead_requests (user_id, project_name, quantity, budget, status) values ($1, 'x', 1, 1, 'approved')", [PEOPLE.agent]),
        /row-level security/);
    });
  });
});

describe("rows the new app writes show under the legacy name of their kind", () => {
  test("a reminder task appears in lead_reminders, a call task in case_actions, a stage change in lead_activities", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [r] } = await c.query("insert into public.lead_tasks (lead_id, task_type, due_at, created_by, assignee_id) values ($1, 'reminder', now(), $2, $2) returning task_id", [FX.lead, PEOPLE.agent]);
      const { rows: [k] } = await c.query("insert into public.lead_tasks (lead_id, task_type, due_at, created_by) values ($1, 'call', now(), $2) returning task_id", [FX.lead, PEOPLE.agent]);
      assert.equal((await c.query("select count(*) as n from public.lead_reminders where id = $1", [r.task_id])).rows[0].n, "1");
      assert.equal((await c.query("select count(*) as n from public.case_actions where id = $1", [r.task_id])).rows[0].n, "0");
      const { rows: [ca] } = await c.query("select action_type, status from public.case_actions where id = $1", [k.task_id]);
      assert.deepEqual([ca.action_type, ca.status], ["CALL", "PENDING"]);
      const { rows: [e] } = await c.query("insert into public.lead_events (lead_id, actor_profile_id, event_type, payload) values ($1, $2, 'stage_change', '{\"to\": \"Hot Case\"}') returning event_id", [FX.lead, PEOPLE.agent]);
      const { rows: [la] } = await c.query("select activity_type, activity_data from public.lead_activities where id = $1", [e.event_id]);
      assert.deepEqual([la.activity_type, la.activity_data], ["stage_change", { to: "Hot Case" }]);
    });
  });
});
