// Phase 4 backfill: every legacy row of the twelve consolidated tables is carried (ids and
// timestamps kept, values normalised) or rejected with a reason. The hand-made fixtures pin
// each kind of mess; salemate verify's own check proves the bulk of the seeded data.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { loadMigrationMap, type Mapping, type VerifySpec } from "../../../server/migration-map.ts";
import { checkMapping } from "../../../server/verify/mappings.ts";
import { FX, PEOPLE, migratedWithFixtures } from "./fixtures.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedWithFixtures();
});
afterAll(async () => {
  await db?.drop();
});

async function one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db.query(sql, params);
  assert.equal(rows.length, 1, `expected one row from: ${sql}`);
  return rows[0] as T;
}

async function rejectOf(legacyTable: string, id: string): Promise<{ reason: string; target_table: string; row_data: Record<string, unknown> } | undefined> {
  const { rows } = await db.query("select reason, target_table, row_data from salemate.migration_rejects where legacy_table = $1 and legacy_id = $2", [legacyTable, id]);
  return rows[0];
}

describe("salemate verify over the phase 4 map", () => {
  const mappings = loadMigrationMap().filter((m) => m.phase === 4 && m.verify) as Array<Mapping & { verify: VerifySpec }>;

  test("the map covers the twelve consolidated legacy tables", () => {
    assert.deepEqual(
      mappings.map((m) => m.legacy).sort(),
      ["case_actions", "case_faces", "case_feedback", "feedback_history", "inventory_matches", "lead_activities", "lead_purchase_requests",
       "lead_reminders", "lead_requests", "lead_tags", "orders", "purchase_requests"],
    );
  });

  for (const m of mappings) {
    test(`${m.legacy} -> ${m.target}: legacy rows = carried + rejected, and the carried values match`, async () => {
      const c = await db.pool.connect();
      try {
        const r = await checkMapping(c, m);
        assert.ok(r.legacyRows > 0, `${m.legacy} has no legacy rows to check`);
        assert.equal(r.problem, undefined);
        assert.equal(r.legacyRows, r.carried + r.rejected);
        assert.equal(r.sourceChecksum, r.targetChecksum);
      } finally {
        c.release();
      }
    });
  }
});

describe("leads and lead_batches", () => {
  test("null timestamps take the best evidence and is_sold is derived; the rule is noted", async () => {
    const l = await one<{ created_at: Date; updated_at: Date; is_sold: boolean }>(
      "select created_at, updated_at, is_sold from public.leads where id = $1", [FX.leadNoTimes]);
    assert.equal(l.created_at.toISOString(), "2025-01-01T10:00:00.000Z", "the batch upload is the earliest evidence");
    assert.equal(l.updated_at.toISOString(), "2025-02-01T10:00:00.000Z", "the last contact is the latest evidence");
    assert.equal(l.is_sold, false);
    const n = await one<{ nulls: string }>(
      "select count(*) filter (where created_at is null or updated_at is null or is_sold is null) as nulls from public.leads");
    assert.equal(Number(n.nulls), 0);
    const note = await one<{ note: string }>("select note from salemate.migration_notes where phase = 4 and subject = 'leads.timestamps'");
    assert.match(note.note, /had no is_sold/);
    const b = await one<{ updated_at: Date }>("select updated_at from public.lead_batches where id = $1", [FX.batch]);
    assert.ok(b.updated_at.getTime() >= new Date("2025-01-01T10:00:00Z").getTime());
  });

  test("created_at, updated_at and is_sold are now not null with defaults", async () => {
    const { rows } = await db.query(
      `select attname, attnotnull, pg_get_expr(d.adbin, d.adrelid) as def from pg_attribute a
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
       where a.attrelid = 'public.leads'::regclass and attname in ('created_at', 'updated_at', 'is_sold') order by attname`);
    assert.deepEqual(rows.map((r) => [r.attname, r.attnotnull, r.def]),
      [["created_at", true, "now()"], ["is_sold", true, "false"], ["updated_at", true, "now()"]]);
  });

  test("updating a lead moves updated_at", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const { rows: [r] } = await c.query("update public.leads set stage = 'Hot Case' where id = $1 returning updated_at, now() as now", [FX.lead]);
      assert.equal(r.updated_at.getTime(), r.now.getTime());
    } finally {
      await c.query("rollback");
      c.release();
    }
  });
});

describe("lead_events", () => {
  test("feedback_history: stage read as its label, a null created_at takes the lead's, both recorded in legacy_data", async () => {
    const e = await one<any>(
      "select e.event_type, e.payload, e.created_at, l.created_at as lead_created_at, e.actor_profile_id, e.legacy_data from public.lead_events e join public.leads l on l.id = e.lead_id where e.event_id = $1",
      [FX.feedbackNoDate]);
    assert.equal(e.event_type, "feedback");
    assert.deepEqual(e.payload, { feedback: "Wants a villa", stage: "Hot Case" });
    assert.equal(e.created_at.getTime(), e.lead_created_at.getTime());
    assert.equal(e.actor_profile_id, PEOPLE.agent);
    assert.deepEqual(e.legacy_data, { stage: "hot_case", created_at: null });
  });

  test("an author with no profile is kept in legacy_data, the actor left null", async () => {
    const e = await one<any>("select actor_profile_id, legacy_data from public.lead_events where event_id = $1", [FX.feedbackGhost]);
    assert.equal(e.actor_profile_id, null);
    assert.deepEqual(e.legacy_data, { user_id: PEOPLE.ghost });
  });

  test("feedback on a deleted lead is rejected with the whole row", async () => {
    const r = await rejectOf("feedback_history", FX.feedbackOrphan);
    assert.equal(r?.reason, "lead does not exist (deleted lead)");
    assert.equal(r?.target_table, "lead_events");
    assert.equal(r?.row_data.feedback_text, "Lead was deleted");
    const gone = await db.query("select 1 from public.lead_events where event_id = $1", [FX.feedbackOrphan]);
    assert.equal(gone.rowCount, 0);
  });

  test("every seeded orphan of feedback_history is rejected, none carried", async () => {
    const r = await one<{ orphans: string; rejected: string; carried: string }>(
      `select (select count(*) from legacy_archive.feedback_history f where not exists (select 1 from public.leads l where l.id = f.lead_id)) as orphans,
              (select count(*) from salemate.migration_rejects where legacy_table = 'feedback_history' and reason = 'lead does not exist (deleted lead)') as rejected,
              (select count(*) from public.lead_events e where e.legacy_table = 'feedback_history' and not exists (select 1 from public.leads l where l.id = e.lead_id)) as carried`);
    assert.ok(Number(r.orphans) > 1, "the seed has orphans besides the fixture");
    assert.equal(r.rejected, r.orphans);
    assert.equal(Number(r.carried), 0);
  });

  test("case_feedback keeps ai_coach; activities become activity:<type> with their data", async () => {
    const cf = await one<any>("select event_type, payload from public.lead_events where event_id = $1", [FX.caseFeedback]);
    assert.equal(cf.event_type, "case_feedback");
    assert.deepEqual(cf.payload, { feedback: "Met at the sales center", stage: "Meeting Done", ai_coach: "Follow up within 48 hours" });
    const a = await one<any>("select event_type, payload from public.lead_events where event_id = $1", [FX.activity]);
    assert.equal(a.event_type, "activity:stage_change");
    assert.deepEqual(a.payload, { activity_type: "Stage Change", description: "Stage updated", data: { from: "New Lead", to: "Potential" } });
    const b = await one<any>("select event_type, payload from public.lead_events where event_id = $1", [FX.activityNoData]);
    assert.equal(b.event_type, "activity:call");
    assert.deepEqual(b.payload, { activity_type: "call", description: null, data: null });
  });
});

describe("lead_tasks", () => {
  test("reminders: is_completed becomes status, reminder_date due_at, the text notes", async () => {
    const t = await one<any>("select task_type, status, due_at, completed_at, notes, assignee_id, created_by, legacy_status from public.lead_tasks where task_id = $1", [FX.reminderDone]);
    assert.equal(t.task_type, "reminder");
    assert.equal(t.status, "done");
    assert.equal(t.due_at.toISOString(), "2025-03-10T09:00:00.000Z");
    assert.equal(t.completed_at.toISOString(), "2025-03-10T09:30:00.000Z");
    assert.equal(t.notes, "Call back");
    assert.equal(t.assignee_id, PEOPLE.agent);
    assert.equal(t.created_by, PEOPLE.agent);
    assert.equal(t.legacy_status, null);
  });

  test("a reminder of a deleted lead is rejected; one of a user with no profile is kept unassigned", async () => {
    assert.equal((await rejectOf("lead_reminders", FX.reminderOrphan))?.reason, "lead does not exist (deleted lead)");
    const t = await one<any>("select assignee_id, legacy_data from public.lead_tasks where task_id = $1", [FX.reminderGhost]);
    assert.equal(t.assignee_id, null);
    assert.deepEqual(t.legacy_data, { user_id: PEOPLE.ghost });
  });

  test("case actions: types as identifiers, statuses normalised with the legacy spelling kept", async () => {
    const { rows } = await db.query(
      "select task_id, task_type, status, legacy_status, metadata, legacy_data, updated_at, greatest(created_at, completed_at, notified_at) as latest from public.lead_tasks where task_id = any($1) order by task_id",
      [[FX.actionPending, FX.actionOddType, FX.actionSkipped]]);
    const byId = new Map(rows.map((r) => [r.task_id, r]));
    const pending = byId.get(FX.actionPending)!;
    assert.deepEqual([pending.task_type, pending.status, pending.legacy_status, pending.legacy_data], ["call_reminder", "pending", "PENDING", null]);
    assert.deepEqual(pending.metadata, { note: "call" });
    const odd = byId.get(FX.actionOddType)!;
    assert.deepEqual([odd.task_type, odd.status, odd.legacy_status], ["whatsapp_followup", "done", "done"]);
    assert.deepEqual(odd.legacy_data, { action_type: "Whatsapp Followup" });
    assert.equal(odd.updated_at.getTime(), odd.latest.getTime(), "no legacy updated_at: the latest known time");
    const skipped = byId.get(FX.actionSkipped)!;
    assert.deepEqual([skipped.status, skipped.legacy_status], ["cancelled", "SKIPPED"]);
  });

  test("a case action whose status means nothing known is rejected, naming the status", async () => {
    const r = await rejectOf("case_actions", FX.actionBadStatus);
    assert.match(r?.reason ?? "", /'maybe later'/);
    assert.equal(r?.target_table, "lead_tasks");
  });

  test("every seeded case action status is one of pending, done, cancelled", async () => {
    const { rows } = await db.query("select distinct status from public.lead_tasks order by 1");
    assert.deepEqual(rows.map((r) => r.status).filter((s) => !["pending", "done", "cancelled"].includes(s)), []);
  });
});

describe("lead_labels", () => {
  test("'VIP', 'vip' and ' Vip ' on one lead become one label, spelled as the first applied", async () => {
    const { rows } = await db.query("select label_id, label, color, applied_at from public.lead_labels where lead_id = $1 and lower(label) = 'vip'", [FX.lead]);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].label_id, FX.tagVip);
    assert.equal(rows[0].label, "VIP");
    assert.equal(rows[0].color, "#ef4444");
    for (const id of [FX.tagVipLower, FX.tagVipSpaced]) {
      const r = await rejectOf("lead_tags", id);
      assert.equal(r?.reason, "duplicate label on the same lead (case/whitespace)");
      assert.equal(r?.target_table, "lead_labels");
    }
  });

  test("whitespace is normalised (original kept); an empty tag is rejected", async () => {
    const l = await one<any>("select label, applied_by, legacy_data from public.lead_labels where label_id = $1", [FX.tagSpaces]);
    assert.equal(l.label, "Cash Buyer");
    assert.equal(l.applied_by, null);
    assert.deepEqual(l.legacy_data, { tag_name: "  Cash   Buyer ", created_by: PEOPLE.ghost });
    assert.equal((await rejectOf("lead_tags", FX.tagEmpty))?.reason, "empty label");
  });

  test("across the seed no lead has a label twice, and every collapsed duplicate is accounted for", async () => {
    const dup = await db.query("select lead_id, lower(label) from public.lead_labels group by 1, 2 having count(*) > 1");
    assert.equal(dup.rowCount, 0);
    const r = await one<{ groups: string; duplicates: string; rejected: string }>(
      `with t as (select lead_id, lower(btrim(regexp_replace(tag_name, '\\s+', ' ', 'g'))) as k from legacy_archive.lead_tags
                  where btrim(tag_name) <> '' and lead_id in (select id from public.leads))
       select (select count(distinct (lead_id, k)) from t) as groups, (select count(*) from t) - (select count(distinct (lead_id, k)) from t) as duplicates,
              (select count(*) from salemate.migration_rejects where legacy_table = 'lead_tags' and reason = 'duplicate label on the same lead (case/whitespace)') as rejected`);
    assert.ok(Number(r.duplicates) > 2, "the seed has case duplicates besides the fixture");
    assert.equal(r.rejected, r.duplicates);
    const labels = await one<{ n: string }>("select count(*) as n from public.lead_labels where legacy_id is not null");
    assert.equal(labels.n, r.groups);
  });
});

describe("lead_transfers and lead_recommendations", () => {
  test("case_faces: agents carried, a handover to a profile that is gone keeps the id in legacy_data", async () => {
    const t = await one<any>("select from_profile_id, to_profile_id, transferred_by, reason, legacy_data from public.lead_transfers where transfer_id = $1", [FX.faceGhost]);
    assert.deepEqual([t.from_profile_id, t.to_profile_id, t.transferred_by, t.reason], [PEOPLE.agent, null, PEOPLE.manager, "Agent left"]);
    assert.deepEqual(t.legacy_data, { to_agent: PEOPLE.ghost });
  });

  test("inventory_matches: source from the recommendation; a negative count is rejected", async () => {
    const { rows } = await db.query("select recommendation_id, source, created_by, legacy_data from public.lead_recommendations where recommendation_id = any($1) order by recommendation_id",
      [[FX.matchAi, FX.matchManual]]);
    assert.deepEqual(rows.map((r) => [r.recommendation_id, r.source, r.created_by]), [[FX.matchAi, "ai", PEOPLE.agent], [FX.matchManual, "manual", null]]);
    assert.deepEqual(rows[1].legacy_data, { created_by: PEOPLE.ghost });
    assert.equal((await rejectOf("inventory_matches", FX.matchNegative))?.reason, "result_count is negative");
  });
});

describe("lead_transactions", () => {
  test("lead_requests: a request from the shop, amount rounded to cents (original kept), status normalised", async () => {
    const t = await one<any>("select transaction_type, source, status, legacy_status, amount, quantity, profile_id, legacy_data from public.lead_transactions where transaction_id = $1", [FX.requestRounded]);
    assert.deepEqual([t.transaction_type, t.source, t.status, t.legacy_status, t.amount, t.quantity, t.profile_id],
      ["request", "shop", "pending", "Pending", "1000.01", 20, PEOPLE.agent]);
    assert.deepEqual(t.legacy_data, { amount: 1000.005 });
  });

  test("unknown statuses and impossible quantities are rejected with the reason", async () => {
    assert.match((await rejectOf("lead_requests", FX.requestBadStatus))?.reason ?? "", /status 'on hold\?\?' is not a known request status/);
    assert.equal((await rejectOf("lead_requests", FX.requestNoQuantity))?.reason, "quantity is not a positive whole number");
    assert.equal((await rejectOf("orders", FX.orderFractional))?.reason, "quantity is not a positive whole number");
  });

  test("lead_purchase_requests: wallet purchases, a buyer and batch that do not exist kept in legacy_data", async () => {
    const g = await one<any>("select transaction_type, source, status, legacy_status, profile_id, batch_id, legacy_data from public.lead_transactions where transaction_id = $1", [FX.lprGhost]);
    assert.deepEqual([g.transaction_type, g.source, g.status, g.legacy_status, g.profile_id, g.batch_id], ["purchase", "wallet", "pending", "PENDING", null, null]);
    assert.equal(g.legacy_data.user_id, PEOPLE.ghost);
    assert.ok(g.legacy_data.batch_id);
    assert.equal(g.legacy_data.updated_at, null);
    assert.ok("updated_at" in g.legacy_data);
    const c = await one<any>("select source, status, batch_id, approved_by, updated_at, approved_at from public.lead_transactions where transaction_id = $1", [FX.lprCompleted]);
    assert.deepEqual([c.source, c.status, c.batch_id, c.approved_by], ["receipt", "fulfilled", FX.batch, PEOPLE.finance]);
    assert.equal(c.updated_at.getTime(), c.approved_at.getTime(), "no legacy updated_at: the approval is the latest known time");
  });

  test("purchase_requests and orders", async () => {
    const p = await one<any>("select source, status, legacy_status, approved_by from public.lead_transactions where transaction_id = $1", [FX.purchaseApproved]);
    assert.deepEqual([p.source, p.status, p.legacy_status, p.approved_by], ["receipt", "approved", "Approved", PEOPLE.finance]);
    const o = await one<any>("select source, status, legacy_status, quantity, updated_at, created_at from public.lead_transactions where transaction_id = $1", [FX.orderNoStatus]);
    assert.deepEqual([o.source, o.status, o.legacy_status, o.quantity], ["legacy_order", "pending", null, 10]);
    assert.equal(o.updated_at.getTime(), o.created_at.getTime());
    const c = await one<any>("select status from public.lead_transactions where transaction_id = $1", [FX.orderConfirmed]);
    assert.equal(c.status, "confirmed");
  });

  test("every seeded status is normalised, with the legacy spelling beside it", async () => {
    const { rows } = await db.query(
      "select distinct legacy_table, legacy_status, status from public.lead_transactions where legacy_id is not null order by 1, 2");
    assert.ok(rows.length > 4);
    for (const r of rows) {
      const { rows: [n] } = await db.query("select salemate.lead_transaction_status($1) as s", [r.legacy_status]);
      assert.equal(r.status, n.s, `${r.legacy_table}: ${r.legacy_status}`);
    }
  });
});
