// myLeadsFeed, complete: every change a board shows reaches each entitled subscriber exactly
// once and nobody else; a lead leaving someone's set reaches them as REMOVED; and the SQL it
// costs per committed event (decided once per topic, not once per subscriber).

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { sleep, wsClient, type Received, type WsClient } from "../../helpers/subscriptions.ts";

const MY_LEADS = `subscription { myLeadsFeed { kind leadId lead { id stage clientName assignedToId buyerUserId } event { eventType } task { taskType } label { label } } }`;
const LEAD_CHANGED = `subscription ($id: UUID!) { leadChanged(leadId: $id) { kind leadId lead { id stage } } }`;
const kinds = (r: Received, field = "myLeadsFeed") => r.events.map((e) => e.data?.[field]?.kind ?? `error:${e.errors?.[0]?.extensions?.code}`);

type Person = { id: string; email: string };

describe("myLeadsFeed: who hears of each change to a lead", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const clients: WsClient[] = [];
  const p = {} as Record<"agent" | "manager" | "teamLead" | "customer" | "customer2" | "agent2" | "support" | "assignee" | "rival", Person>;
  let project: string;

  const client = async (u: Person) => {
    const token = await tokenFor(u.id, u.email);
    const c = wsClient(gw.url, () => token);
    clients.push(c);
    return c;
  };
  const byEmail = async (email: string) => (await db.query("select id, email from profiles where email = $1", [email])).rows[0] as Person;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db, { MAX_SUBSCRIPTIONS_PER_USER: "50" });
    p.agent = await byEmail("agent@salemate.test"); // owner; in the manager's team, with the team lead above them
    p.manager = await byEmail("manager@salemate.test");
    p.teamLead = await byEmail("teamlead@salemate.test");
    p.customer = await byEmail("customer@salemate.test"); // buyer
    p.agent2 = await byEmail("agent2@salemate.test"); // another team
    p.support = await byEmail("support@salemate.test");
    // An agent of the team lead's own team: the assignee.
    p.assignee = (
      await db.query(
        `select p.id, p.email from team_memberships m join teams t on t.id = m.team_id join profiles p on p.id = m.profile_id
         where t.owner_profile_id = $1 and m.profile_id <> $1 and m.role = 'agent' and m.status = 'active' order by p.id limit 1`,
        [p.teamLead.id],
      )
    ).rows[0];
    // The manager of agent2's team: a rival team's manager.
    p.rival = (
      await db.query(
        `select p.id, p.email from team_memberships m join teams t on t.id = m.team_id join profiles p on p.id = t.owner_profile_id
         where m.profile_id = $1 and m.status = 'active' limit 1`,
        [p.agent2.id],
      )
    ).rows[0];
    p.customer2 = (
      await db.query(
        "select id, email from profiles where role::text = 'user' and id <> all($1::uuid[]) and not exists (select 1 from team_memberships m where m.profile_id = profiles.id) order by id limit 1",
        [[p.customer.id, p.assignee.id]],
      )
    ).rows[0];
    project = (await db.query("select project_id from leads where project_id is not null limit 1")).rows[0].project_id;
    // The hierarchy the expectations rely on (from the seed's teams, not from the code under test).
    const ranks = (
      await db.query(
        `select mine.profile_id, mine.role from team_memberships theirs join team_memberships mine on mine.team_id = theirs.team_id
       where theirs.profile_id = $1 and theirs.status = 'active' and mine.status = 'active'`,
        [p.agent.id],
      )
    ).rows;
    assert.ok(ranks.some((r) => r.profile_id === p.manager.id && r.role === "manager"));
    assert.ok(ranks.some((r) => r.profile_id === p.teamLead.id && r.role === "team_lead"));
    assert.notEqual(p.rival.id, p.manager.id);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose().catch(() => {});
    await gw?.close();
    await db?.drop();
  });

  test("each kind of change reaches buyer, assignee, owner, manager and team lead exactly once; an unrelated agent, a rival manager and support hear nothing; leaving the set is REMOVED", async () => {
    const lead = (
      await db.query(
        `insert into leads (client_name, client_phone, platform, project_id, stage, owner_id, assigned_to_id, buyer_user_id)
         values ('Feed Client', '+201099990000', 'Facebook', $1, 'New Lead', $2, $3, $4) returning id`,
        [project, p.agent.id, p.assignee.id, p.customer.id],
      )
    ).rows[0].id;
    const names = ["agent", "assignee", "customer", "manager", "teamLead", "agent2", "rival", "support"] as const;
    type Name = (typeof names)[number];
    const feeds = {} as Record<Name, Received>;
    const expected = Object.fromEntries(names.map((n) => [n, ["SUBSCRIBED"]])) as Record<Name, string[]>;
    try {
      for (const n of names) feeds[n] = (await client(p[n])).subscribe(MY_LEADS);
      await Promise.all(names.map((n) => feeds[n].waitFor(1)));
      /** One committed change, and what each entitled subscriber must receive for it. */
      const change = async (sql: string, params: unknown[], receive: Partial<Record<Name, string>>) => {
        await db.query(sql, params);
        for (const [n, kind] of Object.entries(receive)) expected[n as Name].push(kind!);
        await Promise.all(Object.keys(receive).map((n) => feeds[n as Name].waitFor(expected[n as Name].length)));
      };
      const all = (kind: string, who: readonly Name[]) => Object.fromEntries(who.map((n) => [n, kind])) as Partial<Record<Name, string>>;
      const first = ["agent", "assignee", "customer", "manager", "teamLead"] as const;

      // Stage, feedback, a task, a label, another column: the whole audience, once each.
      await change("update leads set stage = 'Potential' where id = $1", [lead], all("STAGE_CHANGED", first));
      await change(
        "insert into lead_events (lead_id, event_type, payload) values ($1, 'feedback', '{\"text\":\"Wants a villa\"}')",
        [lead],
        all("EVENT_ADDED", first),
      );
      await change(
        "insert into lead_tasks (lead_id, assignee_id, task_type, status, due_at) values ($1, $2, 'call', 'pending', now() + interval '1 day')",
        [lead, p.assignee.id],
        all("TASK_ADDED", first),
      );
      await change("insert into lead_labels (lead_id, label) values ($1, 'Hot')", [lead], all("LABEL_ADDED", first));
      await change("update leads set client_name = 'Feed Client Renamed' where id = $1", [lead], all("LEAD_UPDATED", first));
      await change(
        "insert into lead_transfers (lead_id, from_profile_id, to_profile_id, reason) values ($1, $2, $2, 'Same agent, new shift')",
        [lead, p.assignee.id],
        all("LEAD_TRANSFERRED", first),
      );
      // Sold on to another buyer: the former buyer gets REMOVED, the rest LEAD_ASSIGNED.
      await change("update leads set buyer_user_id = $2 where id = $1", [lead, p.customer2.id], {
        ...all("LEAD_ASSIGNED", ["agent", "assignee", "manager", "teamLead"]),
        customer: "REMOVED",
      });
      // Reassigned to agent2: the former assignee gets REMOVED; agent2 and their (rival) manager
      // now see it; the team lead still does (they manage the owner).
      const second = ["agent", "manager", "teamLead", "agent2", "rival"] as const;
      await change("update leads set assigned_to_id = $2 where id = $1", [lead, p.agent2.id], { ...all("LEAD_ASSIGNED", second), assignee: "REMOVED" });
      await change("update leads set stage = 'Meeting Done' where id = $1", [lead], all("STAGE_CHANGED", second));
      await change("delete from lead_labels where lead_id = $1", [lead], all("LABEL_REMOVED", second));
      // Deleted: everyone who saw it gets REMOVED.
      await change("delete from leads where id = $1", [lead], all("REMOVED", second));

      await sleep(500); // and nothing more arrives
      for (const n of names) {
        assert.deepEqual(kinds(feeds[n]), expected[n], `${n}: ${JSON.stringify(feeds[n].events)}`);
        assert.equal(feeds[n].errors.length, 0);
      }
      assert.deepEqual(expected.support, ["SUBSCRIBED"]);
      assert.equal(expected.agent.length, 12);

      // The payload carries the board row, re-read under each subscriber's rights.
      const agentEvents = feeds.agent.events.map((e) => e.data.myLeadsFeed);
      assert.equal(agentEvents[1].lead.stage, "POTENTIAL");
      assert.equal(agentEvents[1].lead.id, lead);
      assert.equal(agentEvents[2].event.eventType, "feedback");
      assert.equal(agentEvents[3].task.taskType, "call");
      assert.equal(agentEvents[4].label.label, "Hot");
      assert.equal(agentEvents[5].lead.clientName, "Feed Client Renamed");
      assert.equal(agentEvents[8].lead.assignedToId, p.agent2.id);
      assert.equal(feeds.rival.events[1].data.myLeadsFeed.lead.assignedToId, p.agent2.id);
      // REMOVED: the lead id only, never the row.
      for (const n of ["customer", "assignee", "agent"] as const) {
        const removed = feeds[n].events.map((e) => e.data.myLeadsFeed).filter((e) => e.kind === "REMOVED");
        assert.equal(removed.length, 1);
        assert.deepEqual(
          { ...removed[0] },
          {
            kind: "REMOVED",
            leadId: lead,
            lead: null,
            event: null,
            task: null,
            label: null,
          },
        );
      }
    } finally {
      for (const f of Object.values(feeds)) f.stop();
      await sleep(200);
    }
  });

  test("SQL per committed event: one audience statement for the feed and one for a lead's topic, whatever the number of subscribers", async () => {
    const lead = (
      await db.query(
        `insert into leads (client_name, client_phone, platform, project_id, stage, owner_id, assigned_to_id)
         values ('Count Client', '+201099990001', 'Facebook', $1, 'New Lead', $2, $2) returning id`,
        [project, p.agent.id],
      )
    ).rows[0].id;
    // Three personas on the feed (one of them in three tabs) and two on the lead's topic.
    const feedSubs = [
      ...[1, 2, 3].map(async () => (await client(p.agent)).subscribe(MY_LEADS)),
      (await client(p.manager)).subscribe(MY_LEADS),
      (await client(p.agent2)).subscribe(MY_LEADS),
    ];
    const feeds = await Promise.all(feedSubs);
    const topic = [(await client(p.agent)).subscribe(LEAD_CHANGED, { id: lead }), (await client(p.support)).subscribe(LEAD_CHANGED, { id: lead })];
    await Promise.all([...feeds, ...topic].map((s) => s.waitFor(1)));
    await sleep(200);

    /** One committed change; what it cost once every subscription has its payload. */
    const measure = async (stage: string, n: number) => {
      const before = { ...gw.realtime.stats };
      const sharedBefore = gw.realtime.sharedReads.shared;
      const poolBefore = gw.statements();
      await db.query("update leads set stage = $2 where id = $1", [lead, stage]);
      await Promise.all([...feeds.slice(0, 4), ...topic].map((s) => s.waitFor(n)));
      await sleep(300);
      return {
        events: gw.realtime.stats.events - before.events,
        decided: gw.realtime.stats.statements - before.statements,
        delivered: gw.realtime.stats.deliveries - before.deliveries,
        total: gw.statements() - poolBefore,
        shared: gw.realtime.sharedReads.shared - sharedBefore,
      };
    };
    await measure("Potential", 2); // warms the pool: new connections cost a setting once
    const m = await measure("Meeting Done", 3);
    // One committed change, two topics (the feed and the lead's own): one audience statement each.
    assert.equal(m.events, 2);
    assert.equal(m.decided, 2);
    // 4 feed subscriptions (agent ×3, manager) + 2 on the lead's topic; agent2 gets nothing.
    assert.equal(m.delivered, 6);
    assert.deepEqual(kinds(feeds[4]!), ["SUBSCRIBED"]);
    // Each delivered payload is one read of the lead under the subscriber's role: the settings and
    // the select, two statements in one round trip (server/db/with-pg-client.ts); the agent's three
    // tabs (one persona, one document) share theirs when in flight together, nobody else can.
    // At most 2 + 2 × 6 = 14.
    assert.ok(m.shared <= 2, `shared ${m.shared}`);
    assert.equal(m.total, m.decided + 2 * (m.delivered - m.shared), `pool statements for one event: ${m.total} (${m.shared} shared)`);
    for (const s of [...feeds, ...topic]) s.stop();
  });

  test("a board of 50 leads stays live through one feed subscription (leadChanged is capped per user; the feed is not per lead)", async () => {
    const leads = (
      await db.query(
        `insert into leads (client_name, client_phone, platform, project_id, stage, owner_id, assigned_to_id)
         select 'Board ' || g, '+2010999' || lpad(g::text, 5, '0'), 'Facebook', $1, 'New Lead', $2, $2 from generate_series(1, 50) g returning id`,
        [project, p.teamLead.id],
      )
    ).rows.map((r) => r.id as string);
    const c = await client(p.teamLead);
    const feed = c.subscribe(MY_LEADS);
    await feed.waitFor(1);
    await db.query("update leads set stage = 'Potential' where id = any($1::uuid[])", [leads]);
    await feed.waitFor(51, 10_000);
    const seen = new Set(feed.events.slice(1).map((e) => e.data.myLeadsFeed.leadId));
    assert.equal(seen.size, 50);
    assert.ok(feed.events.slice(1).every((e) => e.data.myLeadsFeed.kind === "STAGE_CHANGED" && e.data.myLeadsFeed.lead.stage === "POTENTIAL"));
    feed.stop();
  });
});
