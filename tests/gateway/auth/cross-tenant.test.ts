import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { pgSettingsFor } from "../../../server/auth/pg-settings.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";

/** An agent trying every way to reach another agent's lead, and a customer trying to read internal notes. */
describe("cross-tenant attempts", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let agent: { id: string; email: string };
  let customer: { id: string; email: string };
  let agentToken: string;
  let othersLead: string;
  let othersLeadNodeId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    const who = async (email: string) => (await db.query("select id, email from profiles where email = $1", [email])).rows[0];
    agent = await who("agent@salemate.test");
    customer = await who("customer@salemate.test");
    const agent2 = await who("agent2@salemate.test");
    agentToken = await tokenFor(agent.id, agent.email);
    othersLead = (
      await db.query(
        `select l.id from leads l where l.assigned_to_id = $1 and l.owner_id is distinct from $2 and l.buyer_user_id is distinct from $2
           and l.assigned_to_id is distinct from $2 order by l.id limit 1`,
        [agent2.id, agent.id],
      )
    ).rows[0].id;
    const admin = await who("admin@salemate.test");
    const r = await gw.graphql(`query ($id: UUID!) { lead(id: $id) { nodeId } }`, { variables: { id: othersLead }, token: await tokenFor(admin.id, admin.email) });
    othersLeadNodeId = r.body.data.lead.nodeId;
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const snapshot = () => db.query("select stage, feedback, owner_id, assigned_to_id, updated_at from leads where id = $1", [othersLead]).then((r) => r.rows[0]);

  test("by id, by node id and through node(): nothing", async () => {
    const r = await gw.graphql(
      `query ($id: UUID!, $node: ID!) { lead(id: $id) { id } leadByNodeId(nodeId: $node) { id } node(nodeId: $node) { ... on Lead { id } } }`,
      { variables: { id: othersLead, node: othersLeadNodeId }, token: agentToken },
    );
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.data, { lead: null, leadByNodeId: null, node: null });
  });

  test("by filter: no rows, and totalCount does not count it", async () => {
    const r = await gw.graphql(`query ($id: UUID!) { leads(filter: { id: { equalTo: $id } }) { totalCount nodes { id } } }`, {
      variables: { id: othersLead },
      token: agentToken,
    });
    assert.deepEqual(r.body.data.leads, { totalCount: 0, nodes: [] });
  });

  test("through aggregates: counts add up to the agent's own leads only", async () => {
    const own = (await db.query("select count(*)::int as n from leads where owner_id = $1 or assigned_to_id = $1 or buyer_user_id = $1", [agent.id])).rows[0].n;
    const all = (await db.query("select count(*)::int as n from leads")).rows[0].n;
    const r = await gw.graphql(`{ leads { totalCount aggregates { distinctCount { id } } groupedAggregates(groupBy: STAGE) { keys distinctCount { id } } } }`, { token: agentToken });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const leads = r.body.data.leads;
    assert.equal(leads.totalCount, own);
    assert.equal(Number(leads.aggregates.distinctCount.id), own);
    const grouped = leads.groupedAggregates.reduce((s: number, g: any) => s + Number(g.distinctCount.id), 0);
    assert.equal(grouped, own);
    assert.ok(own < all);
    const stageCounts = await gw.graphql(`{ leadStageCounts { nodes { leadCount } } }`, { token: agentToken });
    assert.equal(stageCounts.body.data.leadStageCounts.nodes.reduce((s: number, n: any) => s + Number(n.leadCount), 0), own);
  });

  test("updating or deleting it fails, by id and by node id, and changes nothing", async () => {
    const before = await snapshot();
    const attempts = [
      [`mutation ($id: UUID!) { updateLead(input: { id: $id, patch: { feedback: "hijacked" } }) { lead { id } } }`, { id: othersLead }],
      [`mutation ($node: ID!) { updateLeadByNodeId(input: { nodeId: $node, patch: { assignedToId: "${agent.id}" } }) { lead { id } } }`, { node: othersLeadNodeId }],
      [`mutation ($id: UUID!) { deleteLead(input: { id: $id }) { lead { id } } }`, { id: othersLead }],
      [`mutation ($node: ID!) { deleteLeadByNodeId(input: { nodeId: $node }) { lead { id } } }`, { node: othersLeadNodeId }],
    ] as const;
    for (const [query, variables] of attempts) {
      const r = await gw.graphql(query, { variables, token: agentToken });
      // Refused: an error, or no row reached (PostGraphile answers null when nothing matched).
      const payload = r.body.data && (Object.values(r.body.data)[0] as { lead?: unknown } | null);
      assert.ok(r.body.errors?.length || payload == null || payload.lead == null, `expected a refusal for ${query}: ${JSON.stringify(r.body)}`);
      assert.doesNotMatch(JSON.stringify(r.body.errors ?? []), /select |insert into|update public|relation "|\bat \w+ \(/i, "no SQL or stack reaches the client");
    }
    assert.deepEqual(await snapshot(), before);
  });

  test("reading it through a legacy compatibility view (as the old app does, under the same policies) shows nothing", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const settings = pgSettingsFor({ sub: agent.id, role: "authenticated", email: agent.email, aud: "authenticated" });
      for (const [k, v] of Object.entries(settings)) await c.query("select set_config($1, $2, true)", [k, v]);
      for (const view of ["lead_tags", "lead_reminders", "feedback_history", "case_feedback", "lead_activities"]) {
        const { rows } = await c.query(`select count(*)::int as n from public.${view} where lead_id = $1`, [othersLead]);
        assert.equal(rows[0].n, 0, view);
      }
      // The agent does see their own lead's rows through the same views: the views are not simply empty.
      const own = await c.query("select count(*)::int as n from public.lead_activities");
      assert.ok(own.rows[0].n > 0);
      await c.query("rollback");
    } finally {
      c.release();
    }
  });

  test("a customer never reads an internal support note: GraphQL, filters, aggregates, the legacy view", async () => {
    const thread = (await db.query("select thread_id from support_threads where created_by = $1 order by created_at limit 1", [customer.id])).rows[0].thread_id;
    const support = (await db.query("select id from profiles where email = 'support@salemate.test'")).rows[0].id;
    await db.query("insert into support_messages (thread_id, author_id, message_type, body) values ($1, $2, 'internal', 'INTERNAL: customer flagged for refund review')", [thread, support]);
    const token = await tokenFor(customer.id, customer.email);
    const r = await gw.graphql(
      `query ($t: UUID!) {
         supportThread(id: $t) { messages { nodes { body messageType } } }
         internal: supportMessages(filter: { messageType: { equalTo: "internal" } }) { totalCount }
         all: supportMessages { aggregates { distinctCount { messageType } } }
       }`,
      { variables: { t: thread }, token },
    );
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    assert.ok(r.body.data.supportThread.messages.nodes.length > 0);
    assert.equal(r.body.data.supportThread.messages.nodes.some((m: any) => m.messageType === "internal"), false);
    assert.equal(r.body.data.internal.totalCount, 0);
    assert.doesNotMatch(JSON.stringify(r.body), /INTERNAL: customer flagged/);
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      for (const [k, v] of Object.entries(pgSettingsFor({ sub: customer.id, role: "authenticated", email: customer.email, aud: "authenticated" }))) {
        await c.query("select set_config($1, $2, true)", [k, v]);
      }
      const legacy = await c.query("select count(*)::int as n from public.support_case_replies where is_internal_note");
      assert.equal(legacy.rows[0].n, 0);
      await c.query("rollback");
    } finally {
      c.release();
    }
  });

  test("a valid token for a user with no profile reaches nothing", async () => {
    const token = await tokenFor(randomUUID(), "nobody@example.com");
    const r = await gw.graphql(`{ leads { totalCount } profiles { totalCount } supportThreads { totalCount } profileWallets { totalCount } }`, { token });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.data, { leads: { totalCount: 0 }, profiles: { totalCount: 0 }, supportThreads: { totalCount: 0 }, profileWallets: { totalCount: 0 } });
  });
});
