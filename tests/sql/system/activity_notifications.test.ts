import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, errorOf, migratedWithFixture, NOBODY, rejectsOf, verifyPhase } from "../../helpers/migration-kit.ts";

const LEAD = "f7200000-0000-4000-8000-0000000000aa";
const CASE = "f7200000-0000-4000-8000-0000000000cc";
// Every kind of url the legacy code wrote, a recipient without a profile, statuses with stray
// case, an unknown status, null channels; and a case for the reply trigger.
const FIXTURE = `
  insert into notifications (id, user_id, title, body, url, channels, status, read_at, sent_at, created_at) values
    ('f7200000-0000-4000-8000-000000000001', '${DEMO.agent}', 'New lead assigned', 'x', '/crm/leads/${LEAD}', '{inapp}', 'sent', null, '2024-05-01 10:00:02+00', '2024-05-01 10:00+00'),
    ('f7200000-0000-4000-8000-000000000002', '${DEMO.customer}', 'Support case updated', 'x', 'https://app.salemate.example/support/cases/${CASE}?tab=replies', '{inapp,push}', 'read', '2024-05-02 11:00+00', '2024-05-02 10:00:02+00', '2024-05-02 10:00+00'),
    ('f7200000-0000-4000-8000-000000000003', '${DEMO.customer}', 'Wallet updated', 'x', '/wallet/transactions', null, 'PENDING', null, null, '2024-05-03 10:00+00'),
    ('f7200000-0000-4000-8000-000000000004', '${DEMO.agent}', 'Invitation', 'x', '/team/invitations', '{inapp}', 'Sent ', null, null, '2024-05-04 10:00+00'),
    ('f7200000-0000-4000-8000-000000000005', '${DEMO.agent}', 'Maintenance', 'x', null, '{inapp}', 'failed', null, null, '2024-05-05 10:00+00'),
    ('f7200000-0000-4000-8000-000000000006', '${NOBODY}', 'Ghost', 'x', '/wallet', '{inapp}', 'sent', null, null, '2024-05-06 10:00+00'),
    ('f7200000-0000-4000-8000-000000000007', '${DEMO.agent}', 'Bounced', 'x', '/crm/leads/not-a-uuid', '{email}', 'bounced', null, null, '2024-05-07 10:00+00');
  insert into support_cases (id, subject, description, created_by, assigned_to, status, priority, created_at, updated_at)
    values ('${CASE}', 'Fixture notify', 'Where is my refund', '${DEMO.customer}', '${DEMO.support}', 'open', 'low', '2024-05-01 09:00+00', '2024-05-01 09:00+00');
`;
const id = (suffix: string) => `f7200000-0000-4000-8000-${suffix.padStart(12, "0")}`;

describe("activity_notifications (legacy notifications)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE);
  });
  afterAll(() => db?.drop());

  test("salemate verify: every notification carried or rejected, carried values agree", async () => {
    const c = await db.pool.connect();
    try {
      const [check] = (await verifyPhase(c, 7)).filter((m) => m.legacy === "notifications");
      assert.ok(check?.ok, check?.problem);
      assert.ok(check!.rejected > 1, "the seed's notifications of deleted users are rejected");
      const rejects = await rejectsOf(c, "notifications");
      assert.deepEqual(rejects.get(id("6")), ["activity_notifications: recipient is not a known profile"]);
      assert.deepEqual(rejects.get(id("7")), ["activity_notifications: unknown notification status 'bounced'"]);
    } finally {
      c.release();
    }
  });

  test("the domain and subject come from the url", async () => {
    const { rows } = await db.query(
      "select notification_id, profile_id, domain, subject_id, status, channels, created_at from public.activity_notifications where notification_id = any($1) order by notification_id",
      [[1, 2, 3, 4, 5].map((n) => id(String(n)))],
    );
    assert.deepEqual(rows.map((r) => [r.domain, r.subject_id, r.status, r.channels]), [
      ["lead", LEAD, "sent", ["inapp"]],
      ["support", CASE, "read", ["inapp", "push"]],
      ["wallet", null, "pending", ["inapp"]],
      ["team", null, "sent", ["inapp"]],
      ["system", null, "failed", ["inapp"]],
    ]);
    assert.deepEqual(rows.map((r) => r.created_at.toISOString().slice(0, 10)), ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05"]);
    const seeded = await db.query("select domain, count(*)::int as n from public.activity_notifications group by domain order by domain");
    assert.deepEqual(seeded.rows.map((r) => r.domain), ["lead", "support", "system", "team", "wallet"]);
  });

  test("a recipient reads and marks their own notifications only, through either name", async () => {
    await asUser(db, DEMO.customer, async (c) => {
      const mine = await c.query("select count(*)::int as n, count(*) filter (where profile_id <> $1)::int as others from public.activity_notifications", [DEMO.customer]);
      assert.ok(mine.rows[0].n >= 2);
      assert.equal(mine.rows[0].others, 0);
      const legacy = await c.query("select count(*)::int as n from public.notifications");
      assert.equal(legacy.rows[0].n, mine.rows[0].n);
      const read = await c.query("update public.notifications set status = 'read', read_at = now() where id = $1 returning status", [id("3")]);
      assert.equal(read.rows[0].status, "read");
      assert.equal((await c.query("update public.notifications set status = 'read' where id = $1", [id("1")])).rowCount, 0, "someone else's");
      assert.match(
        (await errorOf(c, "insert into public.activity_notifications (profile_id, title, body) values ($1, 'x', 'x')", [DEMO.agent]))!,
        /row-level security/,
      );
    });
    await asUser(db, DEMO.admin, async (c) => {
      const sent = await c.query(
        "insert into public.notifications (user_id, title, body, url) values ($1, 'Hello', 'From the old app', '/support/cases/' || $2::text) returning id, status, channels",
        [DEMO.agent, CASE],
      );
      assert.deepEqual([sent.rows[0].status, sent.rows[0].channels], ["pending", ["inapp"]]);
      const row = await c.query("select domain, subject_id from public.activity_notifications where notification_id = $1", [sent.rows[0].id]);
      assert.deepEqual(row.rows, [{ domain: "support", subject_id: CASE }]);
    });
  });

  test("a visible reply by someone other than the customer notifies the customer; internal notes and their own replies do not", async () => {
    const count = async () =>
      (await db.query("select count(*)::int as n from public.activity_notifications where profile_id = $1 and domain = 'support' and subject_id = $2", [DEMO.customer, CASE])).rows[0].n;
    const before = await count();
    await asUser(db, DEMO.support, async (c) => {
      await c.query("insert into public.support_case_replies (case_id, message, is_internal_note) values ($1, 'Internal: check the receipt', true)", [CASE]);
      await c.query("insert into public.support_messages (thread_id, author_id, message_type, body) values ($1, $2, 'user', 'Refund sent')", [CASE, DEMO.support]);
      const n = await c.query("select title, body, url from public.activity_notifications where profile_id = $1 and subject_id = $2 and created_at = now()", [DEMO.customer, CASE]);
      assert.deepEqual(n.rows, [{ title: "Support case updated", body: 'New reply on "Fixture notify": Refund sent', url: `/support/cases/${CASE}` }]);
    });
    await asUser(db, DEMO.customer, async (c) => {
      await c.query("insert into public.support_case_replies (case_id, message) values ($1, 'Thanks')", [CASE]);
      const n = await c.query("select count(*)::int as n from public.activity_notifications where subject_id = $1 and created_at = now()", [CASE]);
      assert.equal(n.rows[0].n, 0);
    });
    assert.equal(await count(), before, "rolled back with the users' transactions");
  });

  test("a lead handed over notifies the new assignee, unless they made the handover", async () => {
    const cols = await db.query("select array_agg(attname::text) as cols from pg_attribute where attrelid = to_regclass('public.lead_transfers') and attnum > 0");
    assert.ok(cols.rows[0].cols, "phase 4 made lead_transfers");
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const lead = (await c.query("select id from public.leads order by id limit 1")).rows[0].id;
      await c.query(
        "insert into public.lead_transfers (lead_id, to_profile_id, transferred_by, reason) values ($1, $2, $3, 'vacation'), ($1, $3, $3, 'taking it back')",
        [lead, DEMO.agent2, DEMO.manager],
      );
      const n = await c.query("select profile_id, domain, subject_id, body, url from public.activity_notifications where created_at = now() order by profile_id");
      assert.deepEqual(n.rows, [
        { profile_id: DEMO.agent2, domain: "lead", subject_id: lead, body: "A lead was transferred to you. Reason: vacation", url: `/crm/leads/${lead}` },
      ]);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });
});
