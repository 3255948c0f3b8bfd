import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { sleep, wsClient, type WsClient } from "../../helpers/subscriptions.ts";

const LEAD_CHANGED = `subscription ($id: UUID!) {
  leadChanged(leadId: $id) { kind leadId lead { id stage } event { eventType } task { taskType } label { label } }
}`;
const MY_LEADS = `subscription { myLeadsFeed { kind leadId lead { id assignedToId } } }`;
const kinds = (events: any[], field: string) => events.map((e) => e.data?.[field]?.kind);

describe("lead subscriptions over graphql-ws", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const clients: WsClient[] = [];
  let agent: { id: string; email: string };
  let agent2: { id: string; email: string };
  let manager: { id: string; email: string };
  let lead: string;
  let othersLead: string;

  const user = async (email: string) => (await db.query("select id, email from profiles where email = $1", [email])).rows[0];
  const client = async (u: { id: string; email: string }) => {
    const token = await tokenFor(u.id, u.email);
    const c = wsClient(gw.url, () => token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db, {}, (await import("../../../server/http/logger.ts")).makeLogger("error"));
    agent = await user("agent@salemate.test");
    agent2 = await user("agent2@salemate.test");
    manager = await user("manager@salemate.test");
    lead = (await db.query("select id from leads where assigned_to_id = $1 order by id limit 1", [agent.id])).rows[0].id;
    othersLead = (
      await db.query(
        "select id from leads where assigned_to_id = $1 and owner_id is distinct from $2 and buyer_user_id is distinct from $2 order by id limit 1",
        [agent2.id, agent.id],
      )
    ).rows[0].id;
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose().catch(() => {});
    await gw?.close();
    await db?.drop();
  });

  test("changes to one lead: stage, events, tasks and labels, in order, each re-read under the subscriber's rights", async () => {
    const c = await client(agent);
    const s = c.subscribe(LEAD_CHANGED, { id: lead });
    await s.waitFor(1);
    assert.equal(s.events[0].data.leadChanged.kind, "SUBSCRIBED");
    await db.query("update leads set stage = 'Meeting Done' where id = $1", [lead]);
    await db.query("insert into lead_events (lead_id, event_type, payload) values ($1, 'note', '{\"text\":\"called\"}')", [lead]);
    await db.query("insert into lead_tasks (lead_id, assignee_id, task_type, status, due_at) values ($1, $2, 'call', 'pending', now() + interval '1 day')", [lead, agent.id]);
    await db.query("insert into lead_labels (lead_id, label) values ($1, 'Priority buyer')", [lead]);
    await s.waitFor(5);
    assert.deepEqual(kinds(s.events, "leadChanged"), ["SUBSCRIBED", "STAGE_CHANGED", "EVENT_ADDED", "TASK_ADDED", "LABEL_ADDED"]);
    const [, stage, event, task, label] = s.events.map((e) => e.data.leadChanged);
    assert.equal(stage.lead.stage, "MEETING_DONE");
    assert.equal(stage.leadId, lead);
    assert.equal(event.event.eventType, "note");
    assert.equal(task.task.taskType, "call");
    assert.equal(label.label.label, "Priority buyer");
    assert.equal(s.errors.length, 0);
    s.stop();
  });

  test("subscribing to a lead one may not see is refused at once, with a clear error", async () => {
    const c = await client(agent);
    const s = c.subscribe(LEAD_CHANGED, { id: othersLead });
    await s.waitFor(1);
    assert.equal(s.events[0].data?.leadChanged ?? null, null);
    assert.equal(s.events[0].errors[0].message, "That lead does not exist or you may not see it.");
    assert.equal(s.events[0].errors[0].extensions.code, "NOT_FOUND");
    // The same answer as for a lead that does not exist at all: existence is not revealed.
    const s2 = c.subscribe(LEAD_CHANGED, { id: "00000000-0000-4000-8000-00000000ffff" });
    await s2.waitFor(1);
    assert.equal(s2.events[0].errors[0].message, "That lead does not exist or you may not see it.");
  });

  test("an event about a lead the subscriber can no longer see is never delivered, not even as null", async () => {
    const c = await client(agent);
    const s = c.subscribe(LEAD_CHANGED, { id: lead });
    await s.waitFor(1);
    // Hand the lead to another agent: from now on agent may not see it.
    const before = (await db.query("select owner_id, assigned_to_id, buyer_user_id from leads where id = $1", [lead])).rows[0];
    await db.query("update leads set owner_id = $2, assigned_to_id = $2, buyer_user_id = $2 where id = $1", [lead, agent2.id]);
    await db.query("insert into lead_events (lead_id, event_type, payload) values ($1, 'note', '{}')", [lead]);
    await sleep(600);
    assert.deepEqual(kinds(s.events, "leadChanged"), ["SUBSCRIBED"]);
    assert.equal(s.events.some((e) => e.data?.leadChanged === null), false);
    await db.query("update leads set owner_id = $2, assigned_to_id = $3, buyer_user_id = $4 where id = $1", [lead, before.owner_id, before.assigned_to_id, before.buyer_user_id]);
    s.stop();
  });

  test("my leads feed: an agent hears of leads assigned to them, their manager too, another agent nothing", async () => {
    const agentFeed = (await client(agent)).subscribe(MY_LEADS);
    const managerFeed = (await client(manager)).subscribe(MY_LEADS);
    const otherFeed = (await client(agent2)).subscribe(MY_LEADS);
    await Promise.all([agentFeed.waitFor(1), managerFeed.waitFor(1), otherFeed.waitFor(1)]);
    const managed = (await db.query("select salemate_manages from (select exists (select 1 from team_memberships m join team_memberships me on me.team_id = m.team_id where m.profile_id = $1 and me.profile_id = $2 and me.role in ('manager', 'team_lead')) as salemate_manages) x", [agent.id, manager.id])).rows[0].salemate_manages;
    const fresh = (
      await db.query(
        "insert into leads (client_name, client_phone, platform, project_id, stage, assigned_to_id, owner_id) select 'Nour Adel', '+201011112222', 'Facebook', project_id, 'New Lead', $1, $1 from leads where id = $2 returning id",
        [agent.id, lead],
      )
    ).rows[0].id;
    await agentFeed.waitFor(2);
    assert.equal(agentFeed.events[1].data.myLeadsFeed.kind, "LEAD_CREATED");
    assert.equal(agentFeed.events[1].data.myLeadsFeed.lead.id, fresh);
    // The demo agent reports to the demo manager (legacy manager_id → team membership).
    assert.equal(managed, true);
    await managerFeed.waitFor(2);
    assert.equal(managerFeed.events[1].data.myLeadsFeed.lead.id, fresh);
    await sleep(400);
    assert.deepEqual(kinds(otherFeed.events, "myLeadsFeed"), ["SUBSCRIBED"]);
  });

  test("anonymous callers cannot follow a feed", async () => {
    const c = wsClient(gw.url, () => undefined);
    clients.push(c);
    const s = c.subscribe(MY_LEADS);
    await s.waitFor(1);
    assert.equal(s.events[0].errors[0].extensions.code, "UNAUTHENTICATED");
  });

  test("a per-user limit on open subscriptions; closed and dropped subscriptions are released", async () => {
    const teamLead = await user("teamlead@salemate.test");
    const c = await client(teamLead);
    assert.equal(gw.realtime.openSubscriptions(teamLead.id), 0);
    const max = 20;
    const subs = Array.from({ length: max }, () => c.subscribe(MY_LEADS));
    await Promise.all(subs.map((s) => s.waitFor(1)));
    assert.equal(gw.realtime.openSubscriptions(teamLead.id), max);
    const over = c.subscribe(MY_LEADS);
    await over.waitFor(1);
    assert.equal(over.events[0].errors[0].extensions.code, "TOO_MANY_SUBSCRIPTIONS");
    assert.match(over.events[0].errors[0].message, /already have 20 open subscriptions/);
    for (const s of subs.slice(0, 10)) s.stop();
    await sleep(300);
    assert.equal(gw.realtime.openSubscriptions(teamLead.id), 10);
    // The other ten are never stopped: the client just goes away.
    await c.dispose();
    await sleep(500);
    assert.equal(gw.realtime.openSubscriptions(teamLead.id), 0);
  });
});
