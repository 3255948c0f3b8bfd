import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { expectOk, expectRefused } from "./expect.ts";

/**
 * The support workflow mutations over HTTP with real tokens: the plan's regression flow
 * "support ticket creation to resolution", every refusal with its clear error and nothing
 * half-done, threads of others invisible, and concurrent resolves.
 */

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}
const customer = demo("customer@salemate.test");
const support = demo("support@salemate.test");
const admin = demo("admin@salemate.test");
const agent = demo("agent@salemate.test");

const THREAD = "id status priority subject createdBy assignedTo resolvedAt";
const MESSAGE = "id threadId authorId messageType body attachments isOpening";

const OPEN = `mutation($input: OpenSupportThreadInput!) { openSupportThread(input: $input) { result { ${THREAD} } } }`;
const REPLY = `mutation($input: ReplyToSupportThreadInput!) { replyToSupportThread(input: $input) { result { ${MESSAGE} } } }`;
const RESOLVE = `mutation($input: ResolveSupportThreadInput!) { resolveSupportThread(input: $input) { result { ${THREAD} } } }`;
const REOPEN = `mutation($input: ReopenSupportThreadInput!) { reopenSupportThread(input: $input) { result { ${THREAD} } } }`;
const CLOSE = `mutation($input: CloseSupportThreadInput!) { closeSupportThread(input: $input) { result { ${THREAD} } } }`;
const ASSIGN = `mutation($input: AssignSupportThreadInput!) { assignSupportThread(input: $input) { result { ${THREAD} } } }`;
const READ = `query($id: UUID!) {
  supportThread(id: $id) {
    ${THREAD}
    messages(orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { ${MESSAGE} } }
    supportActivity { messageCount internalMessageCount systemMessageCount }
  }
}`;

describe("support workflows over GraphQL", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const tokens: Record<"customer" | "support" | "admin" | "agent", string> = { customer: "", support: "", admin: "", agent: "" };

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    for (const [k, u] of Object.entries({ customer, support, admin, agent })) tokens[k as keyof typeof tokens] = await tokenFor(u.id, u.email);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const ok = (token: string | undefined, query: string, variables?: Record<string, unknown>) => expectOk(gw, token, query, variables);

  const refused = (token: string | undefined, query: string, input: Record<string, unknown>, message: RegExp) => expectRefused(gw, token, query, input, message);

  async function open(token: string, input: Record<string, unknown> = {}) {
    const data = await ok(token, OPEN, { input: { subject: "Wallet top-up missing", body: "I paid by Instapay an hour ago.", ...input } });
    return data.openSupportThread.result as { id: string; status: string; priority: string; createdBy: string; resolvedAt: string | null };
  }

  /** What the database holds for a thread, read as superuser: compared before and after a refusal. */
  async function stateOf(threadId: string | null) {
    const thread = threadId ? (await db.query("select * from support_threads where thread_id = $1", [threadId])).rows[0] ?? null : null;
    const messages = threadId
      ? (await db.query("select message_id, message_type, body, author_id from support_messages where thread_id = $1 order by created_at, message_id", [threadId])).rows
      : [];
    const counts = (
      await db.query(
        "select (select count(*) from support_threads)::int as threads, (select count(*) from support_messages)::int as messages, (select count(*) from activity_notifications)::int as notifications",
      )
    ).rows[0];
    return { thread, messages, counts };
  }

  async function notificationsFor(profileId: string, threadId: string): Promise<number> {
    const { rows } = await db.query("select count(*)::int as n from activity_notifications where profile_id = $1 and domain = 'support' and subject_id = $2", [
      profileId,
      threadId,
    ]);
    return rows[0].n;
  }

  test("support ticket creation to resolution, end to end", async () => {
    // The customer opens a ticket: thread and opening message together.
    const attachments = [{ path: "support/receipt.jpg", name: "receipt.jpg" }];
    const opened = await open(tokens.customer, { priority: "high", attachments });
    assert.equal(opened.status, "open");
    assert.equal(opened.priority, "high");
    assert.equal(opened.createdBy, customer.id);
    const id = opened.id;
    const opening = (await db.query("select * from support_messages where thread_id = $1", [id])).rows;
    assert.equal(opening.length, 1);
    assert.equal(opening[0].is_opening, true);
    assert.equal(opening[0].message_type, "user");
    assert.equal(opening[0].author_id, customer.id);
    assert.deepEqual(opening[0].attachments, attachments);

    // Support answers publicly (the ticket is now in hand) and leaves an internal note.
    const reply = (await ok(tokens.support, REPLY, { input: { threadId: id, body: "We are checking with the bank." } })).replyToSupportThread.result;
    assert.equal(reply.messageType, "user");
    assert.equal(reply.authorId, support.id);
    assert.equal((await db.query("select status from support_threads where thread_id = $1", [id])).rows[0].status, "in_progress");
    assert.equal(await notificationsFor(customer.id, id), 1, "the customer is told about the reply");
    const note = (await ok(tokens.support, REPLY, { input: { threadId: id, body: "Bank reference 7781, ask finance.", internal: true } })).replyToSupportThread.result;
    assert.equal(note.messageType, "internal");
    assert.equal(await notificationsFor(customer.id, id), 1, "an internal note notifies nobody");
    await ok(tokens.customer, REPLY, { input: { threadId: id, body: "Thank you, waiting." } });
    assert.equal(await notificationsFor(customer.id, id), 1, "the customer's own reply does not notify them");

    // The customer sees public and system messages only; support sees everything.
    const customerView = (await ok(tokens.customer, READ, { id })).supportThread;
    assert.deepEqual(
      customerView.messages.nodes.map((m: { messageType: string; body: string }) => [m.messageType, m.body]),
      [
        ["user", "I paid by Instapay an hour ago."],
        ["user", "We are checking with the bank."],
        ["user", "Thank you, waiting."],
      ],
    );
    assert.equal(customerView.supportActivity.internalMessageCount, "0");
    const supportView = (await ok(tokens.support, READ, { id })).supportThread;
    assert.equal(supportView.messages.nodes.length, 4);
    assert.equal(supportView.supportActivity.internalMessageCount, "1");

    // Support resolves; a system message tells the customer, who is notified.
    const resolved = (await ok(tokens.support, RESOLVE, { input: { threadId: id, resolutionNote: "The top-up is now in your wallet." } })).resolveSupportThread.result;
    assert.equal(resolved.status, "resolved");
    assert.ok(resolved.resolvedAt);
    assert.equal(await notificationsFor(customer.id, id), 2);

    // The customer reopens (not notified about their own action); support resolves again.
    const reopened = (await ok(tokens.customer, REOPEN, { input: { threadId: id, reason: "The balance went back down." } })).reopenSupportThread.result;
    assert.equal(reopened.status, "open");
    assert.equal(reopened.resolvedAt, null);
    assert.equal(await notificationsFor(customer.id, id), 2);
    const again = (await ok(tokens.support, RESOLVE, { input: { threadId: id } })).resolveSupportThread.result;
    assert.equal(again.status, "resolved");
    assert.ok(again.resolvedAt);

    const final = (await ok(tokens.customer, READ, { id })).supportThread;
    assert.equal(final.status, "resolved");
    assert.deepEqual(
      final.messages.nodes.map((m: { messageType: string; body: string; authorId: string }) => [m.messageType, m.body, m.authorId]),
      [
        ["user", "I paid by Instapay an hour ago.", customer.id],
        ["user", "We are checking with the bank.", support.id],
        ["user", "Thank you, waiting.", customer.id],
        ["system", "Marked as resolved by support. The top-up is now in your wallet.", support.id],
        ["system", "Reopened by the customer. The balance went back down.", customer.id],
        ["system", "Marked as resolved by support.", support.id],
      ],
    );
    assert.deepEqual(final.supportActivity, { messageCount: "6", internalMessageCount: "0", systemMessageCount: "3" });
  });

  test("opening a thread: blank subject or message, unknown priority, bad attachments are refused and create nothing", async () => {
    const before = await stateOf(null);
    const base = { subject: "Leads", body: "Half of my batch has wrong numbers." };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...base, subject: "   " }, /^The subject is empty\.$/],
      [{ ...base, body: "" }, /^The message is empty\.$/],
      [{ ...base, body: null }, /^The message is empty\.$/],
      [{ ...base, priority: "asap" }, /^Priority must be low, medium, high or urgent\.$/],
      [{ ...base, attachments: { path: "x.jpg" } }, /^Attachments must be a list of objects\.$/],
      [{ ...base, attachments: ["x.jpg"] }, /^Attachments must be a list of objects\.$/],
    ];
    for (const [input, message] of cases) await refused(tokens.customer, OPEN, input, message);
    // Without a token the workflows are not callable at all.
    const anonymous = await gw.graphql(OPEN, { variables: { input: base } });
    assert.equal(anonymous.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(anonymous.body));
    assert.deepEqual(await stateOf(null), before);
  });

  test("each refused step names the rule, leaves the thread as it was and adds no message or notification", async () => {
    const id = (await open(tokens.customer)).id;
    const steps: Array<[string, string, string, Record<string, unknown>, RegExp]> = [
      ["empty reply", tokens.customer, REPLY, { threadId: id, body: "  " }, /^The message is empty\.$/],
      ["customer's internal note", tokens.customer, REPLY, { threadId: id, body: "psst", internal: true }, /^Only support staff post internal notes\.$/],
      ["customer resolves", tokens.customer, RESOLVE, { threadId: id }, /^Only support staff resolve a support thread\.$/],
      ["reopen an open thread", tokens.customer, REOPEN, { threadId: id }, /^This support thread is not resolved\.$/],
      ["customer assigns", tokens.customer, ASSIGN, { threadId: id, assigneeId: support.id }, /^Only support staff assign a support thread\.$/],
      ["assign to a non-staff profile", tokens.support, ASSIGN, { threadId: id, assigneeId: agent.id }, /^A support thread can only be assigned to support staff\.$/],
      ["attachments not a list", tokens.support, REPLY, { threadId: id, body: "see", attachments: "x.jpg" }, /^Attachments must be a list of objects\.$/],
    ];
    for (const [name, token, op, input, message] of steps) {
      const before = await stateOf(id);
      await refused(token, op, input, message);
      assert.deepEqual(await stateOf(id), before, name);
    }

    await ok(tokens.support, RESOLVE, { input: { threadId: id } });
    const resolvedSteps: Array<[string, string, string, Record<string, unknown>, RegExp]> = [
      ["resolve twice", tokens.support, RESOLVE, { threadId: id }, /^This support thread is already resolved\.$/],
      ["customer replies to a resolved thread", tokens.customer, REPLY, { threadId: id, body: "still broken" }, /^This support thread is resolved\.$/],
      ["staff reply in public to a resolved thread", tokens.support, REPLY, { threadId: id, body: "fyi" }, /^This support thread is resolved\.$/],
    ];
    for (const [name, token, op, input, message] of resolvedSteps) {
      const before = await stateOf(id);
      await refused(token, op, input, message);
      assert.deepEqual(await stateOf(id), before, name);
    }
    // Staff may still note something internally on a resolved thread.
    await ok(tokens.support, REPLY, { input: { threadId: id, body: "Root cause: bank delay.", internal: true } });

    const closed = (await ok(tokens.customer, CLOSE, { input: { threadId: id } })).closeSupportThread.result;
    assert.equal(closed.status, "closed");
    const closedSteps: Array<[string, string, string, Record<string, unknown>, RegExp]> = [
      ["customer replies to a closed thread", tokens.customer, REPLY, { threadId: id, body: "hello?" }, /^This support thread is closed and takes no more messages\.$/],
      ["staff note on a closed thread", tokens.support, REPLY, { threadId: id, body: "x", internal: true }, /^This support thread is closed and takes no more messages\.$/],
      ["reopen a closed thread", tokens.customer, REOPEN, { threadId: id }, /^This support thread is closed\.$/],
      ["resolve a closed thread", tokens.support, RESOLVE, { threadId: id }, /^This support thread is closed\.$/],
      ["close twice", tokens.support, CLOSE, { threadId: id }, /^This support thread is already closed\.$/],
      ["assign a closed thread", tokens.support, ASSIGN, { threadId: id, assigneeId: admin.id }, /^This support thread is closed\.$/],
    ];
    for (const [name, token, op, input, message] of closedSteps) {
      const before = await stateOf(id);
      await refused(token, op, input, message);
      assert.deepEqual(await stateOf(id), before, name);
    }
  });

  test("a step failing half-way (its message cannot be written) leaves nothing behind", async () => {
    const id = (await open(tokens.customer, { subject: "Atomic" })).id;
    // A fault in the second write of each workflow: the message after the thread (open), the
    // system message after the status change (resolve, reopen, close).
    await db.query(`
      create function public.tg_test__fail_on_boom() returns trigger language plpgsql as $$
      begin
        if new.body like '%boom%' then raise exception 'injected failure' using errcode = 'XX000'; end if;
        return new;
      end $$;
      create trigger tg_test__fail_on_boom before insert on public.support_messages for each row execute function public.tg_test__fail_on_boom();`);
    try {
      const attempts: Array<[string, string, Record<string, unknown>]> = [
        [tokens.customer, OPEN, { subject: "Half", body: "boom" }],
        [tokens.support, RESOLVE, { threadId: id, resolutionNote: "boom" }],
        [tokens.customer, CLOSE, { threadId: id, reason: "boom" }],
      ];
      for (const [token, op, input] of attempts) {
        const before = await stateOf(id);
        const r = await gw.graphql(op, { token, variables: { input } });
        assert.equal(r.body.errors?.[0]?.extensions?.code, "INTERNAL", JSON.stringify(r.body));
        assert.deepEqual(await stateOf(id), before, op);
      }
      await ok(tokens.support, RESOLVE, { input: { threadId: id } });
      const before = await stateOf(id);
      const r = await gw.graphql(REOPEN, { token: tokens.customer, variables: { input: { threadId: id, reason: "boom" } } });
      assert.equal(r.body.errors?.[0]?.extensions?.code, "INTERNAL", JSON.stringify(r.body));
      assert.deepEqual(await stateOf(id), before, "reopen");
      assert.equal(before.thread.status, "resolved");
    } finally {
      await db.query("drop trigger tg_test__fail_on_boom on public.support_messages; drop function public.tg_test__fail_on_boom()");
    }
  });

  test("an agent can neither read nor touch the customer's thread, and is told exactly what a missing id tells", async () => {
    const id = (await open(tokens.customer, { subject: "Private matter" })).id;
    const before = await stateOf(id);

    assert.equal((await ok(tokens.agent, READ, { id })).supportThread, null);
    const listed = await ok(tokens.agent, `query($id: UUID!) { supportThreads(condition: { id: $id }) { totalCount } supportMessages(condition: { threadId: $id }) { totalCount } }`, { id });
    assert.deepEqual(listed, { supportThreads: { totalCount: 0 }, supportMessages: { totalCount: 0 } });

    const attempts: Array<[string, (threadId: string) => Record<string, unknown>]> = [
      [REPLY, (threadId) => ({ threadId, body: "Let me help." })],
      [RESOLVE, (threadId) => ({ threadId })],
      [REOPEN, (threadId) => ({ threadId })],
      [CLOSE, (threadId) => ({ threadId })],
      [ASSIGN, (threadId) => ({ threadId, assigneeId: support.id })],
    ];
    for (const [op, input] of attempts) {
      const hidden = await refused(tokens.agent, op, input(id), /^Support thread not found\.$/);
      const missing = await refused(tokens.agent, op, input(randomUUID()), /^Support thread not found\.$/);
      assert.deepEqual(hidden, missing);
      // The customer gets the same for an id that does not exist.
      assert.deepEqual(await refused(tokens.customer, op, input(randomUUID()), /^Support thread not found\.$/), missing);
    }
    assert.deepEqual(await stateOf(id), before);
  });

  test("two staff resolving the same thread at once: exactly one succeeds", async () => {
    const id = (await open(tokens.customer, { subject: "Race" })).id;
    // Hold the row so that both requests are inside their transactions, waiting, before either resolves.
    const holder = await db.pool.connect();
    try {
      await holder.query("begin");
      await holder.query("select 1 from support_threads where thread_id = $1 for update", [id]);
      const racing = [tokens.support, tokens.admin].map((token) => gw.graphql(RESOLVE, { token, variables: { input: { threadId: id } } }));
      for (let i = 0; ; i++) {
        const { rows } = await db.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%resolve_support_thread%'");
        if (rows[0].n === 2) break;
        assert.ok(i < 200, "both resolves should be waiting on the thread's lock");
        await new Promise((r) => setTimeout(r, 25));
      }
      await holder.query("commit");
      const results = await Promise.all(racing);
      const won = results.filter((r) => r.body.data?.resolveSupportThread?.result?.status === "resolved");
      const lost = results.filter((r) => r.body.errors);
      assert.equal(won.length, 1, JSON.stringify(results.map((r) => r.body)));
      assert.equal(lost.length, 1);
      assert.equal(lost[0]!.body.errors[0].extensions.code, "BUSINESS_RULE");
      assert.match(lost[0]!.body.errors[0].message, /^This support thread is already resolved\.$/);
    } finally {
      await holder.query("rollback").catch(() => {});
      holder.release();
    }
    const { rows } = await db.query("select count(*)::int as n from support_messages where thread_id = $1 and message_type = 'system'", [id]);
    assert.equal(rows[0].n, 1, "one resolution, one system message");
  });

  test("assigning: support hands the thread to a staff member, who is notified; null unassigns", async () => {
    const id = (await open(tokens.customer, { subject: "Invoice" })).id;
    const assigned = (await ok(tokens.support, ASSIGN, { input: { threadId: id, assigneeId: admin.id } })).assignSupportThread.result;
    assert.equal(assigned.assignedTo, admin.id);
    assert.equal(await notificationsFor(admin.id, id), 1);
    const self = (await ok(tokens.support, ASSIGN, { input: { threadId: id, assigneeId: support.id } })).assignSupportThread.result;
    assert.equal(self.assignedTo, support.id);
    assert.equal(await notificationsFor(support.id, id), 0, "no notification for assigning oneself");
    const none = (await ok(tokens.support, ASSIGN, { input: { threadId: id, assigneeId: null } })).assignSupportThread.result;
    assert.equal(none.assignedTo, null);
  });

  test("the plain CRUD mutations that would skip the workflow are gone; subject and priority stay editable by their owners", async () => {
    const schema = await ok(tokens.customer, `{
      mutation: __type(name: "Mutation") { fields { name } }
      patch: __type(name: "SupportThreadPatch") { inputFields { name } }
    }`);
    const mutations = new Set<string>(schema.mutation.fields.map((f: { name: string }) => f.name));
    for (const gone of ["createSupportThread", "createSupportMessage", "updateSupportMessage", "deleteSupportMessage"]) {
      assert.equal(mutations.has(gone), false, `${gone} should not be in the API`);
    }
    for (const kept of ["openSupportThread", "replyToSupportThread", "resolveSupportThread", "reopenSupportThread", "closeSupportThread", "assignSupportThread", "updateSupportThread", "deleteSupportThread"]) {
      assert.equal(mutations.has(kept), true, `${kept} should be in the API`);
    }
    assert.deepEqual(schema.patch.inputFields.map((f: { name: string }) => f.name).sort(), ["priority", "subject"]);

    const id = (await open(tokens.customer, { subject: "Typo in subjcet" })).id;
    const UPDATE = `mutation($id: UUID!, $patch: SupportThreadPatch!) { updateSupportThread(input: { id: $id, patch: $patch }) { supportThread { subject priority } } }`;
    assert.deepEqual((await ok(tokens.customer, UPDATE, { id, patch: { subject: "Typo in subject" } })).updateSupportThread.supportThread, {
      subject: "Typo in subject",
      priority: "medium",
    });
    const r = await gw.graphql(UPDATE, { token: tokens.customer, variables: { id, patch: { priority: "urgent" } } });
    assert.equal(r.body.errors?.[0]?.extensions?.code, "FORBIDDEN", "only staff re-prioritise");
    assert.equal((await ok(tokens.support, UPDATE, { id, patch: { priority: "urgent" } })).updateSupportThread.supportThread.priority, "urgent");
  });
});
