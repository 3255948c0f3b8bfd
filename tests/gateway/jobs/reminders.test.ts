import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { startTestWorker, waitFor, type TestWorker } from "../../helpers/jobs.ts";
import { wsClient } from "../../helpers/subscriptions.ts";

/**
 * Due lead tasks become one notification each for whoever has to act, with two workers racing
 * for them (each the way `salemate worker` runs: the crontab too), however the task was written.
 */

const CREATE_TASK = `mutation($input: CreateLeadTaskInput!) { createLeadTask(input: $input) { result { id dueAt assigneeId } } }`;
const SNOOZE = `mutation($taskId: UUID!, $dueAt: Datetime!) { updateLeadTask(input: { id: $taskId, patch: { dueAt: $dueAt } }) { leadTask { id dueAt } } }`;
const COMPLETE = `mutation($taskId: UUID!) { completeLeadTask(input: { taskId: $taskId }) { result { id status } } }`;
const FEED = `subscription { myLeadsFeed { kind leadId task { id notifiedAt } } }`;

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}
const agent = demo("agent@salemate.test");
const agent2 = demo("agent2@salemate.test");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("reminders of due lead tasks", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let workers: TestWorker[] = [];
  let agentToken = "";
  let agentLead = "";
  let agent2Lead = "";

  /** The notifications whose body is `body` (each test task has its own text). */
  const notifications = async (body: string) =>
    (await db.query<{ profile_id: string; created_at: Date; subject_id: string }>("select profile_id, created_at, subject_id from activity_notifications where body = $1", [body])).rows;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    db.pool.on("error", () => {});
    gw = await startTestGateway(db);
    workers = [await startTestWorker(db, { cron: true }), await startTestWorker(db, { cron: true })];
    agentToken = await tokenFor(agent.id, agent.email);
    agentLead = (await db.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent.id])).rows[0].id;
    agent2Lead = (await db.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent2.id])).rows[0].id;
  });
  afterAll(async () => {
    for (const w of workers) await w.stop();
    await gw?.close();
    await db?.drop();
  });

  test("with two workers racing, each due task (GraphQL, SQL, legacy view) gives exactly one notification to its assignee, within seconds of its due time", async () => {
    const due = new Date(Date.now() + 2500);
    const created = await gw.graphql(CREATE_TASK, {
      token: agentToken,
      variables: { input: { leadId: agentLead, taskType: "call", dueAt: due.toISOString(), notes: "reminder-race graphql" } },
    });
    assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
    // Twenty more by plain SQL for another agent's lead, and one through the legacy lead_reminders view.
    await db.query(
      `insert into lead_tasks (lead_id, assignee_id, task_type, due_at, notes)
       select $1, $2, 'whatsapp_followup', $3, 'reminder-race sql ' || g from generate_series(1, 20) g`,
      [agent2Lead, agent2.id, due],
    );
    await db.query("insert into lead_reminders (lead_id, user_id, reminder_date, reminder_text) values ($1, $2, $3, 'reminder-race legacy view')", [agentLead, agent.id, due]);
    // Besides the one job per task, ten sweeps start at once on the two workers and race for the same tasks.
    await db.query("select graphile_worker.add_job('deliver_due_reminders', '{}'::json, run_at => $1) from generate_series(1, 10)", [new Date(due.getTime() + 300)]);

    const bodies = ["reminder-race graphql", "reminder-race legacy view", ...Array.from({ length: 20 }, (_, i) => `reminder-race sql ${i + 1}`)];
    await waitFor("every reminder", async () => {
      const { rows } = await db.query("select count(distinct body)::int as n from activity_notifications where body = any($1)", [bodies]);
      return rows[0].n === bodies.length || undefined;
    });
    await waitFor("the racing sweeps to finish", async () => {
      const { rows } = await db.query("select count(*)::int as n from graphile_worker.jobs where task_identifier in ('deliver_due_reminders', 'deliver_task_reminder')");
      return rows[0].n === 0 || undefined;
    });
    for (const body of bodies) {
      const rows = await notifications(body);
      assert.equal(rows.length, 1, `exactly one notification for "${body}"`);
      assert.equal(rows[0]!.profile_id, body.includes("sql") ? agent2.id : agent.id, "the assignee is reminded");
      const lateMs = rows[0]!.created_at.getTime() - due.getTime();
      assert.ok(lateMs >= -1000 && lateMs < 15_000, `delivered ${lateMs} ms after the due time`);
    }
    const stamped = await db.query("select count(*)::int as n from lead_tasks where notes = any($1) and notified_at >= due_at", [bodies]);
    assert.equal(stamped.rows[0].n, bodies.length, "each task records when it was notified");
  });

  test("snoozing moves the reminder to the new due time; completing a task cancels its reminder", async () => {
    const due = new Date(Date.now() + 2000);
    const make = async (notes: string) => {
      const r = await gw.graphql(CREATE_TASK, { token: agentToken, variables: { input: { leadId: agentLead, taskType: "meeting", dueAt: due.toISOString(), notes } } });
      assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
      return r.body.data.createLeadTask.result.id as string;
    };
    const snoozed = await make("reminder-snoozed");
    const completed = await make("reminder-completed");
    const later = new Date(Date.now() + 6000);
    const s = await gw.graphql(SNOOZE, { token: agentToken, variables: { taskId: snoozed, dueAt: later.toISOString() } });
    assert.equal(s.body.errors, undefined, JSON.stringify(s.body.errors));
    const c = await gw.graphql(COMPLETE, { token: agentToken, variables: { taskId: completed } });
    assert.equal(c.body.errors, undefined, JSON.stringify(c.body.errors));

    await sleep(due.getTime() + 2500 - Date.now());
    // A sweep at the old due time finds nothing to remind either.
    await db.query("select graphile_worker.add_job('deliver_due_reminders', '{}'::json)");
    await sleep(1000);
    assert.equal((await notifications("reminder-snoozed")).length, 0, "no reminder at the old due time");

    const rows = await waitFor("the snoozed reminder", async () => {
      const r = await notifications("reminder-snoozed");
      return r.length > 0 ? r : undefined;
    });
    assert.equal(rows.length, 1);
    assert.ok(rows[0]!.created_at.getTime() >= later.getTime() - 1000, "at the new due time");
    const key = await db.query("select due_at from salemate.lead_task_reminders where task_id = $1", [snoozed]);
    assert.deepEqual(key.rows.map((r) => r.due_at.toISOString()), [later.toISOString()]);
    assert.equal((await notifications("reminder-completed")).length, 0, "a completed task is not reminded");
  });

  test("the reminder reaches the assignee's myLeadsFeed as one TASK_UPDATED with notifiedAt set; a rival team's agent hears nothing", async () => {
    const agentFeed = wsClient(gw.url, () => agentToken);
    const agent2Token = await tokenFor(agent2.id, agent2.email);
    const rivalFeed = wsClient(gw.url, () => agent2Token);
    try {
      const mine = agentFeed.subscribe(FEED);
      const rival = rivalFeed.subscribe(FEED);
      await Promise.all([mine.waitFor(1), rival.waitFor(1)]);
      const due = new Date(Date.now() + 2000);
      const task = (
        await db.query("insert into lead_tasks (lead_id, assignee_id, task_type, due_at, notes) values ($1, $2, 'call', $3, 'reminder-feed') returning task_id", [agentLead, agent.id, due])
      ).rows[0].task_id as string;
      await waitFor("the reminder", async () => (await notifications("reminder-feed")).length === 1 || undefined);
      await mine.waitFor(3);
      await sleep(1500); // and nothing more arrives
      const events = mine.events.map((e) => e.data?.myLeadsFeed ?? e);
      assert.deepEqual(events.map((e) => e.kind), ["SUBSCRIBED", "TASK_ADDED", "TASK_UPDATED"], JSON.stringify(mine.events));
      assert.deepEqual(events[1], { kind: "TASK_ADDED", leadId: agentLead, task: { id: task, notifiedAt: null } });
      const stamped = (await db.query("select notified_at from lead_tasks where task_id = $1", [task])).rows[0].notified_at as Date;
      assert.ok(stamped.getTime() >= due.getTime(), "notified at the due time, not before");
      assert.deepEqual({ ...events[2], task: { ...events[2].task, notifiedAt: new Date(events[2].task.notifiedAt).getTime() } }, {
        kind: "TASK_UPDATED",
        leadId: agentLead,
        task: { id: task, notifiedAt: stamped.getTime() },
      });
      assert.deepEqual(mine.errors, []);
      assert.deepEqual(rival.events.map((e) => e.data?.myLeadsFeed?.kind ?? e), ["SUBSCRIBED"], JSON.stringify(rival.events));
      assert.deepEqual(rival.errors, []);
    } finally {
      await agentFeed.dispose();
      await rivalFeed.dispose();
    }
  });
});
