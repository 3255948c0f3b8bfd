import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, errorOf, migratedWithFixture, NOBODY, rejectsOf, verifyPhase } from "../../helpers/migration-kit.ts";

// Legacy cases name people as text: a uuid, the same uuid in upper case, an e-mail with stray
// case and spaces, garbage, ''. Replies: visible, internal (with a lone attachment object),
// a null internal flag, a deleted author, and one on a case that cannot be carried.
export const SUPPORT_FIXTURE = `
  insert into support_cases (id, subject, description, created_by, assigned_to, status, priority, created_at, updated_at) values
    ('f6000000-0000-4000-8000-000000000001', 'Fixture wallet', 'My top-up is missing', '${DEMO.customer}', '${DEMO.support}', 'open', 'high', '2025-01-01 10:00+00', '2025-01-02 10:00+00'),
    ('f6000000-0000-4000-8000-000000000002', 'Fixture login', 'OTP never arrives', ' CUSTOMER@salemate.test ', 'support@salemate.test', null, null, '2025-01-03 10:00+00', '2025-01-03 11:00+00'),
    ('f6000000-0000-4000-8000-000000000003', 'Fixture garbage', 'Who am I', 'admin', 'support', 'open', 'low', '2025-01-04 10:00+00', '2025-01-04 10:00+00'),
    ('f6000000-0000-4000-8000-000000000004', 'Fixture agent', 'Cannot see my leads', upper('${DEMO.agent}'), 'nobody-at-all', 'resolved', 'medium', '2025-01-05 10:00+00', '2025-01-07 10:00+00'),
    ('f6000000-0000-4000-8000-000000000005', 'Fixture empty', 'No creator', '', '', 'closed', 'urgent', '2025-01-06 10:00+00', '2025-01-06 10:00+00');
  insert into support_case_replies (id, case_id, user_id, message, is_internal_note, attachments, created_at, updated_at) values
    ('f6000000-0000-4000-8000-0000000000a1', 'f6000000-0000-4000-8000-000000000001', '${DEMO.support}', 'We are checking with finance', false, null, '2025-01-01 12:00+00', null),
    ('f6000000-0000-4000-8000-0000000000a2', 'f6000000-0000-4000-8000-000000000001', '${DEMO.support}', 'Internal: refund only once', true, '{"url": "support/receipt.jpg"}', '2025-01-01 13:00+00', null),
    ('f6000000-0000-4000-8000-0000000000a3', 'f6000000-0000-4000-8000-000000000001', '${DEMO.customer}', 'Thanks', null, '[]', '2025-01-01 14:00+00', '2025-01-01 14:05+00'),
    ('f6000000-0000-4000-8000-0000000000a4', 'f6000000-0000-4000-8000-000000000001', '${NOBODY}', 'Ghost reply', false, null, '2025-01-01 15:00+00', null),
    ('f6000000-0000-4000-8000-0000000000a5', 'f6000000-0000-4000-8000-000000000003', '${DEMO.support}', 'Reply to garbage', false, null, '2025-01-04 12:00+00', null);
`;
const id = (suffix: string) => `f6000000-0000-4000-8000-${suffix.padStart(12, "0")}`;

describe("support_threads and support_messages (legacy support_cases, support_case_replies)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(SUPPORT_FIXTURE);
  });
  afterAll(() => db?.drop());

  test("salemate verify: every case and reply carried or rejected, carried values agree", async () => {
    const c = await db.pool.connect();
    try {
      const checks = await verifyPhase(c, 6);
      assert.deepEqual(checks.map((m) => `${m.legacy}->${m.target}`).sort(), [
        "support_case_replies->support_messages", "support_cases->support_messages", "support_cases->support_threads",
      ]);
      for (const m of checks) {
        assert.ok(m.ok, `${m.legacy} -> ${m.target}: ${m.problem}`);
        assert.ok(m.legacyRows > 0 && m.rejected > 0, `${m.legacy}: the seed's junk creators are rejected`);
      }
    } finally {
      c.release();
    }
  });

  test("a case's creator text resolves to a profile (uuid in any case, e-mail), else the case and its replies are rejected", async () => {
    const { rows } = await db.query(
      `select thread_id, created_by, assigned_to, status, priority, resolved_at, created_at, updated_at, legacy_created_by, legacy_assigned_to
       from public.support_threads where thread_id = any($1) order by thread_id`,
      [[id("1"), id("2"), id("3"), id("4"), id("5")]],
    );
    assert.deepEqual(
      rows.map((r) => [r.thread_id, r.created_by, r.assigned_to, r.status, r.priority, r.resolved_at?.toISOString() ?? null, r.legacy_created_by, r.legacy_assigned_to]),
      [
        [id("1"), DEMO.customer, DEMO.support, "open", "high", null, DEMO.customer, DEMO.support],
        [id("2"), DEMO.customer, DEMO.support, "open", "medium", null, " CUSTOMER@salemate.test ", "support@salemate.test"],
        [id("4"), DEMO.agent, null, "resolved", "medium", "2025-01-07T10:00:00.000Z", DEMO.agent.toUpperCase(), "nobody-at-all"],
      ],
    );
    assert.equal(rows[0].created_at.toISOString(), "2025-01-01T10:00:00.000Z");
    assert.equal(rows[0].updated_at.toISOString(), "2025-01-02T10:00:00.000Z");

    const c = await db.pool.connect();
    try {
      const cases = await rejectsOf(c, "support_cases");
      for (const garbage of [id("3"), id("5")]) {
        assert.deepEqual(cases.get(garbage), [
          "support_messages: its support case was rejected: creator is not a known profile",
          "support_threads: creator is not a known profile",
        ]);
      }
      const replies = await rejectsOf(c, "support_case_replies");
      assert.deepEqual(replies.get(id("a4")), ["support_messages: author is not a known profile"]);
      assert.deepEqual(replies.get(id("a5")), ["support_messages: its support case was rejected"]);
      const row = await c.query("select row_data->>'created_by' as by from salemate.migration_rejects where legacy_id = $1 and target_table = 'support_threads'", [id("3")]);
      assert.equal(row.rows[0].by, "admin");
    } finally {
      c.release();
    }
  });

  test("the description is the opening message; replies keep ids, authors and their internal flag", async () => {
    const { rows } = await db.query(
      `select message_id, author_id, message_type, body, attachments, is_opening, created_at, updated_at, legacy_table, legacy_id
       from public.support_messages where thread_id = $1 order by created_at`,
      [id("1")],
    );
    assert.deepEqual(
      rows.map((r) => [r.author_id, r.message_type, r.body, r.attachments, r.is_opening, r.created_at.toISOString(), r.legacy_table, r.legacy_id]),
      [
        [DEMO.customer, "user", "My top-up is missing", [], true, "2025-01-01T10:00:00.000Z", "support_cases", id("1")],
        [DEMO.support, "user", "We are checking with finance", [], false, "2025-01-01T12:00:00.000Z", "support_case_replies", id("a1")],
        [DEMO.support, "internal", "Internal: refund only once", [{ url: "support/receipt.jpg" }], false, "2025-01-01T13:00:00.000Z", "support_case_replies", id("a2")],
        [DEMO.customer, "user", "Thanks", [], false, "2025-01-01T14:00:00.000Z", "support_case_replies", id("a3")],
      ],
    );
    assert.deepEqual(rows.slice(1).map((r) => r.message_id), [id("a1"), id("a2"), id("a3")]);
    assert.equal(rows[3].updated_at.toISOString(), "2025-01-01T14:05:00.000Z");
    const openings = await db.query(
      "select count(*)::int as threads, (select count(*)::int from public.support_messages where is_opening) as openings from public.support_threads",
    );
    assert.equal(openings.rows[0].openings, openings.rows[0].threads, "one opening message per thread");
  });

  test("support_activity counts what the caller may read and times the first response", async () => {
    await asUser(db, DEMO.support, async (c) => {
      const { rows } = await c.query("select * from public.support_activity where thread_id = $1", [id("1")]);
      assert.equal(rows[0].message_count, "4");
      assert.equal(rows[0].internal_message_count, "1");
      assert.equal(rows[0].first_response_at.toISOString(), "2025-01-01T12:00:00.000Z");
      assert.equal(rows[0].first_response_seconds, "7200");
      assert.equal(rows[0].last_message_at.toISOString(), "2025-01-01T14:00:00.000Z");
    });
    await asUser(db, DEMO.customer, async (c) => {
      const { rows } = await c.query("select message_count, internal_message_count from public.support_activity where thread_id = $1", [id("1")]);
      assert.deepEqual(rows[0], { message_count: "3", internal_message_count: "0" });
    });
  });

  test("a customer reads their own threads and never an internal message, through any name", async () => {
    await asUser(db, DEMO.customer, async (c) => {
      const threads = await c.query("select count(*)::int as n, count(*) filter (where created_by <> $1)::int as others from public.support_threads", [DEMO.customer]);
      assert.ok(threads.rows[0].n >= 2);
      assert.equal(threads.rows[0].others, 0);
      const internal = await c.query("select count(*)::int as n from public.support_messages where message_type = 'internal'");
      assert.equal(internal.rows[0].n, 0);
      const viaCompat = await c.query("select id, is_internal_note from public.support_case_replies where case_id = $1 order by created_at", [id("1")]);
      assert.deepEqual(viaCompat.rows.map((r) => [r.id, r.is_internal_note]), [[id("a1"), false], [id("a3"), false]]);
      const cases = await c.query("select id, description, created_by from public.support_cases where id = $1", [id("1")]);
      assert.deepEqual(cases.rows, [{ id: id("1"), description: "My top-up is missing", created_by: DEMO.customer }]);
      assert.equal((await c.query("select count(*)::int as n from public.support_cases where id = $1", [id("4")])).rows[0].n, 0, "someone else's case");
    });
    await asUser(db, DEMO.agent2, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.support_messages where thread_id = $1", [id("1")])).rows[0].n, 0);
    });
    await asUser(db, DEMO.support, async (c) => {
      const all = await c.query("select count(*)::int as n from public.support_case_replies where case_id = $1 and is_internal_note", [id("1")]);
      assert.equal(all.rows[0].n, 1);
    });
  });

  test("a customer cannot write an internal message, write into someone else's thread, or reassign a ticket", async () => {
    await asUser(db, DEMO.customer, async (c) => {
      assert.match(
        (await errorOf(c, "insert into public.support_messages (thread_id, author_id, message_type, body) values ($1, $2, 'internal', 'x')", [id("1"), DEMO.customer]))!,
        /row-level security/,
      );
      assert.match(
        (await errorOf(c, "insert into public.support_case_replies (case_id, message, is_internal_note) values ($1, 'x', true)", [id("1")]))!,
        /row-level security/,
      );
      assert.match(
        (await errorOf(c, "insert into public.support_case_replies (case_id, message) values ($1, 'x')", [id("4")]))!,
        /row-level security/,
      );
      assert.match((await errorOf(c, "update public.support_threads set assigned_to = $2 where thread_id = $1", [id("1"), DEMO.customer]))!, /only support staff/);
      assert.match((await errorOf(c, "update public.support_cases set priority = 'urgent' where id = $1", [id("1")]))!, /only support staff/);
      const closed = await c.query("update public.support_cases set status = 'closed' where id = $1 returning status", [id("2")]);
      assert.equal(closed.rows[0].status, "closed", "a customer may close their own ticket");
      const resolved = await c.query("select resolved_at from public.support_threads where thread_id = $1", [id("2")]);
      assert.ok(resolved.rows[0].resolved_at);
    });
  });

  test("writes through the legacy names land in the new tables", async () => {
    await asUser(db, DEMO.customer, async (c) => {
      const created = await c.query(
        "insert into public.support_cases (subject, description, created_by) values ('Compat case', 'Opened the old way', $1) returning id, status, priority, created_at",
        [DEMO.customer],
      );
      const caseId = created.rows[0].id;
      assert.deepEqual([created.rows[0].status, created.rows[0].priority], ["open", "medium"]);
      const opening = await c.query("select author_id, body, is_opening, message_type from public.support_messages where thread_id = $1", [caseId]);
      assert.deepEqual(opening.rows, [{ author_id: DEMO.customer, body: "Opened the old way", is_opening: true, message_type: "user" }]);

      const reply = await c.query("insert into public.support_case_replies (case_id, message) values ($1, 'Any news?') returning id, user_id, is_internal_note, attachments", [caseId]);
      assert.deepEqual([reply.rows[0].user_id, reply.rows[0].is_internal_note, reply.rows[0].attachments], [DEMO.customer, false, []]);
      const landed = await c.query("select thread_id, author_id, message_type, body from public.support_messages where message_id = $1", [reply.rows[0].id]);
      assert.deepEqual(landed.rows, [{ thread_id: caseId, author_id: DEMO.customer, message_type: "user", body: "Any news?" }]);
      assert.match((await errorOf(c, "insert into public.support_cases (subject, description, created_by) values ('x', 'x', 'someone-else@example.com')"))!, /not a known profile/);
    });
    await asUser(db, DEMO.support, async (c) => {
      const note = await c.query(
        "insert into public.support_case_replies (case_id, message, is_internal_note, attachments) values ($1, 'Escalated', true, '{\"url\": \"a.png\"}') returning id",
        [id("1")],
      );
      const landed = await c.query("select author_id, message_type, attachments from public.support_messages where message_id = $1", [note.rows[0].id]);
      assert.deepEqual(landed.rows, [{ author_id: DEMO.support, message_type: "internal", attachments: [{ url: "a.png" }] }]);
      const upd = await c.query(
        "update public.support_cases set assigned_to = 'support@salemate.test', description = 'My top-up of 500 EGP is missing' where id = $1 returning assigned_to, description",
        [id("2")],
      );
      assert.deepEqual(upd.rows, [{ assigned_to: DEMO.support, description: "My top-up of 500 EGP is missing" }]);
      const body = await c.query("select body from public.support_messages where thread_id = $1 and is_opening", [id("2")]);
      assert.equal(body.rows[0].body, "My top-up of 500 EGP is missing");
      assert.match((await errorOf(c, "update public.support_cases set assigned_to = 'nobody-at-all' where id = $1", [id("2")]))!, /not a known profile/);
    });
  });
});
