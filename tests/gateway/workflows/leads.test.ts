import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { expectOk, expectRefused } from "./expect.ts";

/**
 * The lead (CRM) workflow mutations over HTTP with real tokens: transfers, stage changes,
 * timeline events, tasks and labels; each refusal with its clear error and nothing changed
 * (checked with superuser SQL); a lead someone may not see answers exactly like a lead that
 * does not exist; the plain CRUD that would go around the workflows gone from the API.
 *
 * People (demo seed): agent, team lead and manager share the manager's team; agent2 is in
 * another team; support reads every lead but works none; the customer is in no team.
 */

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}
const people = {
  admin: demo("admin@salemate.test"),
  support: demo("support@salemate.test"),
  manager: demo("manager@salemate.test"),
  teamlead: demo("teamlead@salemate.test"),
  agent: demo("agent@salemate.test"),
  agent2: demo("agent2@salemate.test"),
  customer: demo("customer@salemate.test"),
};
type Who = keyof typeof people;

const TRANSFER = `mutation($input: TransferLeadInput!) { transferLead(input: $input) { result { id leadId fromProfileId toProfileId reason transferredBy } } }`;
const STAGE = `mutation($input: UpdateLeadStageInput!) { updateLeadStage(input: $input) { result { id stage } } }`;
const EVENT = `mutation($input: AddLeadEventInput!) { addLeadEvent(input: $input) { result { id leadId eventType payload actorProfileId } } }`;
const CREATE_TASK = `mutation($input: CreateLeadTaskInput!) { createLeadTask(input: $input) { result { id leadId taskType status dueAt notes assigneeId createdBy completedAt } } }`;
const COMPLETE_TASK = `mutation($input: CompleteLeadTaskInput!) { completeLeadTask(input: $input) { result { id status notes completedAt } } }`;
const CANCEL_TASK = `mutation($input: CancelLeadTaskInput!) { cancelLeadTask(input: $input) { result { id status notes completedAt } } }`;
const ADD_LABEL = `mutation($input: AddLeadLabelInput!) { addLeadLabel(input: $input) { result { id leadId label color appliedBy } } }`;
const REMOVE_LABEL = `mutation($input: RemoveLeadLabelInput!) { removeLeadLabel(input: $input) { result { id label } } }`;
const READ = `query($id: UUID!) { lead(id: $id) { id stage assignedToId } }`;

describe("lead workflows over GraphQL", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let projectId = "";
  const tokens = {} as Record<Who, string>;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    // pool.end() resolves before its sockets close, so drop()'s "with (force)" can terminate a
    // closing connection; without a listener that error would be uncaught (tests/helpers/database.ts).
    db.pool.on("error", () => {});
    gw = await startTestGateway(db);
    for (const [k, u] of Object.entries(people)) tokens[k as Who] = await tokenFor(u.id, u.email);
    projectId = (await db.query("insert into inventory_projects (name, developer, region, price_per_lead) values ('CRM test', 'Dev', 'Zayed', 100) returning id")).rows[0].id;
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const ok = (who: Who, query: string, variables?: Record<string, unknown>) => expectOk(gw, tokens[who], query, variables);
  /** Runs a workflow expected to succeed; returns its result. */
  async function run(who: Who, query: string, input: Record<string, unknown>) {
    const data = await ok(who, query, { input });
    return (Object.values(data)[0] as { result: any }).result;
  }

  const refused = (who: Who, query: string, input: Record<string, unknown>, message: RegExp) => expectRefused(gw, tokens[who], query, input, message);

  /** A lead as superuser, owned / assigned / bought by the given people. */
  async function newLead(owner: Who | null, assigned: Who | null, buyer: Who | null = owner) {
    const id = (p: Who | null) => (p ? people[p].id : null);
    const { rows } = await db.query(
      `insert into leads (client_name, client_phone, platform, project_id, owner_id, assigned_to_id, buyer_user_id, is_sold, stage)
       values ('CRM client', '+201000000000', 'Facebook', $1, $2, $3, $4::uuid, $4::uuid is not null, 'New Lead') returning id`,
      [projectId, id(owner), id(assigned), id(buyer)],
    );
    return rows[0].id as string;
  }

  /** What the workflows could change about a lead, read as superuser. */
  async function stateOf(leadId: string) {
    const q = async (sql: string) => (await db.query(sql, [leadId])).rows;
    return {
      lead: await q("select owner_id, buyer_user_id, assigned_to_id, assigned_at, stage, last_contacted_at, updated_at from leads where id = $1"),
      events: await q("select event_id, event_type, payload from lead_events where lead_id = $1 order by created_at, event_id"),
      transfers: await q("select transfer_id, to_profile_id, reason from lead_transfers where lead_id = $1 order by created_at, transfer_id"),
      tasks: await q("select task_id, status, notes, completed_at from lead_tasks where lead_id = $1 order by task_id"),
      labels: await q("select label_id, label, color from lead_labels where lead_id = $1 order by label_id"),
      notifications: await q("select count(*)::int as n from activity_notifications where subject_id = $1"),
    };
  }

  /** Refused for `who` on a lead they cannot see, exactly as for an id that does not exist. */
  async function notFound(who: Who, query: string, input: (leadId: string) => Record<string, unknown>, leadId: string) {
    const hidden = await refused(who, query, input(leadId), /^Lead not found\.$/);
    const missing = await refused(who, query, input(randomUUID()), /^Lead not found\.$/);
    assert.deepEqual(hidden, missing);
  }

  test("transferLead: owners, assignees, their managers and admins hand a lead to a teammate; the rest is refused and changes nothing", async () => {
    const lead = await newLead("agent", "agent");
    const input = (to: Who, reason?: string) => (leadId: string) => ({ leadId, toProfileId: people[to].id, ...(reason ? { reason } : {}) });

    const before = await stateOf(lead);
    await notFound("agent2", TRANSFER, input("agent2"), lead);
    await notFound("customer", TRANSFER, input("customer"), lead);
    await refused("support", TRANSFER, input("support")(lead), /^Only the lead's owner or assignee, their manager or an admin can transfer it\.$/);
    await refused("agent", TRANSFER, input("agent2")(lead), /^You can transfer a lead only to an active member of your team\.$/);
    await refused("agent", TRANSFER, input("customer")(lead), /^You can transfer a lead only to an active member of your team\.$/);
    await refused("agent", TRANSFER, { leadId: lead, toProfileId: randomUUID() }, /^You can transfer a lead only to an active member of your team\.$/);
    await refused("agent", TRANSFER, input("agent")(lead), /^The lead is already assigned to them\.$/);
    await refused("agent", TRANSFER, { leadId: lead, toProfileId: null }, /^Choose who gets the lead\.$/);
    assert.deepEqual(await stateOf(lead), before);

    // The owner hands it to a teammate: recorded, reassigned, on the timeline, the teammate notified.
    const t1 = await run("agent", TRANSFER, input("teamlead", "  On leave this week ")(lead));
    assert.deepEqual(
      { ...t1, id: undefined },
      { id: undefined, leadId: lead, fromProfileId: people.agent.id, toProfileId: people.teamlead.id, reason: "On leave this week", transferredBy: people.agent.id },
    );
    const s1 = await stateOf(lead);
    assert.equal(s1.lead[0].assigned_to_id, people.teamlead.id);
    assert.equal(s1.lead[0].owner_id, people.agent.id, "the owner stays");
    assert.ok(s1.lead[0].assigned_at > (before.lead[0].assigned_at ?? new Date(0)));
    assert.deepEqual(s1.events.map((e: { event_type: string; payload: unknown }) => [e.event_type, e.payload]), [
      ["transferred", { transfer_id: t1.id, from_profile_id: people.agent.id, to_profile_id: people.teamlead.id, reason: "On leave this week" }],
    ]);
    assert.equal(s1.notifications[0].n, 1, "the new assignee is notified");
    assert.equal((await ok("teamlead", READ, { id: lead })).lead.assignedToId, people.teamlead.id, "the team lead now sees the lead");

    // Their manager hands it back; an admin may hand it to anyone active.
    await run("manager", TRANSFER, input("agent")(lead));
    await run("admin", TRANSFER, input("customer")(lead));
    const suspended = randomUUID();
    await db.query("insert into auth.users (id, email) values ($1, $2)", [suspended, `${suspended}@crm.test`]);
    // (the sign-up trigger on auth.users has made the profile: it is suspended)
    await db.query("insert into profiles (id, email, name, status) values ($1, $2, 'Gone', 'suspended') on conflict (id) do update set name = excluded.name, status = excluded.status", [suspended, `${suspended}@crm.test`]);
    await refused("admin", TRANSFER, { leadId: lead, toProfileId: suspended }, /^You can transfer a lead only to an active SaleMate user\.$/);
    const s2 = await stateOf(lead);
    assert.deepEqual(s2.transfers.map((t: { to_profile_id: string }) => t.to_profile_id), [people.teamlead.id, people.agent.id, people.customer.id]);
    assert.equal(s2.lead[0].assigned_to_id, people.customer.id);

    // An assignee who does not own the lead may hand it on, and then no longer sees it.
    const managersLead = await newLead("manager", "agent");
    await run("agent", TRANSFER, input("teamlead")(managersLead));
    assert.equal((await ok("agent", READ, { id: managersLead })).lead, null);
    const handovers = await ok("agent", `query($id: UUID!) { leadTransfers(condition: { leadId: $id }) { totalCount } }`, { id: managersLead });
    assert.equal(handovers.leadTransfers.totalCount, 1, "the agent still reads the handover they made");
  });

  test("updateLeadStage moves the lead and records a stage_change; refusals change nothing", async () => {
    const lead = await newLead("agent", "agent");
    const moved = await run("agent", STAGE, { leadId: lead, stage: "HOT_CASE", note: " Wants a 3-bedroom unit " });
    assert.deepEqual(moved, { id: lead, stage: "HOT_CASE" });
    const s = await stateOf(lead);
    assert.deepEqual(s.events.map((e: { event_type: string; payload: unknown }) => [e.event_type, e.payload]), [
      ["stage_change", { from: "New Lead", to: "Hot Case", note: "Wants a 3-bedroom unit" }],
    ]);
    await refused("agent", STAGE, { leadId: lead, stage: "HOT_CASE" }, /^The lead is already at stage Hot Case\.$/);
    await refused("support", STAGE, { leadId: lead, stage: "POTENTIAL" }, /^You may not change this lead\.$/);
    await notFound("agent2", STAGE, (leadId) => ({ leadId, stage: "POTENTIAL" }), lead);
    await refused("agent", STAGE, { leadId: lead, stage: null }, /^Choose a stage\.$/);
    assert.deepEqual(await stateOf(lead), s);
    // The team lead (who manages the agent) moves it on.
    assert.equal((await run("teamlead", STAGE, { leadId: lead, stage: "MEETING_DONE" })).stage, "MEETING_DONE");
  });

  test("addLeadEvent appends notes, calls and feedback to the timeline; contact events stamp lastContactedAt", async () => {
    const lead = await newLead("agent", "agent");
    const call = await run("agent", EVENT, { leadId: lead, eventType: " Call ", payload: { text: "No answer", minutes: 0 } });
    assert.deepEqual({ ...call, id: undefined }, { id: undefined, leadId: lead, eventType: "call", payload: { text: "No answer", minutes: 0 }, actorProfileId: people.agent.id });
    const s = await stateOf(lead);
    assert.ok(s.lead[0].last_contacted_at, "a call stamps lastContactedAt");
    const note = await run("support", EVENT, { leadId: lead, eventType: "note" });
    assert.deepEqual([note.eventType, note.payload, note.actorProfileId], ["note", {}, people.support.id]);

    const after = await stateOf(lead);
    await refused("agent", EVENT, { leadId: lead, eventType: "stage_change", payload: {} }, /^Event type must be one of: note, call, whatsapp, sms, email, meeting, site_visit, feedback\.$/);
    await refused("agent", EVENT, { leadId: lead, eventType: "" }, /^Event type must be one of: /);
    await refused("agent", EVENT, { leadId: lead, eventType: "note", payload: ["a"] }, /^The event details must be a JSON object\.$/);
    await refused("agent", EVENT, { leadId: lead, eventType: "note", payload: { text: "x".repeat(17_000) } }, /^The event details are too large \(at most 16 KB\)\.$/);
    await notFound("agent2", EVENT, (leadId) => ({ leadId, eventType: "note", payload: { text: "hi" } }), lead);
    assert.deepEqual(await stateOf(lead), after);
  });

  test("tasks: created for oneself or a colleague, completed once, cancelled once; refusals change nothing", async () => {
    const lead = await newLead("agent", "agent");
    const due = new Date(Date.now() + 86_400_000).toISOString();
    const task = await run("agent", CREATE_TASK, { leadId: lead, taskType: "Call back", dueAt: due, notes: " Ask about the budget " });
    assert.deepEqual(
      { ...task, id: undefined, dueAt: new Date(task.dueAt).toISOString() },
      { id: undefined, leadId: lead, taskType: "call_back", status: "pending", dueAt: due, notes: "Ask about the budget", assigneeId: people.agent.id, createdBy: people.agent.id, completedAt: null },
    );
    // A manager gives the agent (whom they manage) a task; nobody gives one to a stranger.
    const forAgent = await run("manager", CREATE_TASK, { leadId: lead, taskType: "meeting", dueAt: due, assigneeId: people.agent.id });
    assert.equal(forAgent.assigneeId, people.agent.id);

    let before = await stateOf(lead);
    await refused("agent", CREATE_TASK, { leadId: lead, taskType: "call", dueAt: due, assigneeId: people.agent2.id }, /^A task can be given to yourself, to whoever owns or works the lead, or to someone you manage\.$/);
    await refused("agent", CREATE_TASK, { leadId: lead, taskType: "  ", dueAt: due }, /^The task type is empty\.$/);
    await refused("agent", CREATE_TASK, { leadId: lead, taskType: "123", dueAt: due }, /^The task type must be a short word such as call, meeting or whatsapp_followup\.$/);
    await refused("agent", CREATE_TASK, { leadId: lead, taskType: "call", dueAt: null }, /^The task needs a due time\.$/);
    await notFound("agent2", CREATE_TASK, (leadId) => ({ leadId, taskType: "call", dueAt: due }), lead);
    assert.deepEqual(await stateOf(lead), before);

    const done = await run("agent", COMPLETE_TASK, { taskId: task.id, notes: "Budget 4M" });
    assert.equal(done.status, "done");
    assert.ok(done.completedAt);
    assert.equal(done.notes, "Ask about the budget\nBudget 4M");

    before = await stateOf(lead);
    await refused("agent", COMPLETE_TASK, { taskId: task.id }, /^This task is already done\.$/);
    await refused("agent", CANCEL_TASK, { taskId: task.id }, /^This task is already done\.$/);
    const hidden = await refused("agent2", COMPLETE_TASK, { taskId: forAgent.id }, /^Task not found\.$/);
    assert.deepEqual(await refused("agent2", COMPLETE_TASK, { taskId: randomUUID() }, /^Task not found\.$/), hidden);
    assert.deepEqual(await stateOf(lead), before);

    const cancelled = await run("agent", CANCEL_TASK, { taskId: forAgent.id, reason: "Client travelling" });
    assert.deepEqual([cancelled.status, cancelled.notes, cancelled.completedAt], ["cancelled", "Cancelled: Client travelling", null]);
    before = await stateOf(lead);
    await refused("agent", CANCEL_TASK, { taskId: forAgent.id }, /^This task is already cancelled\.$/);
    await refused("agent", COMPLETE_TASK, { taskId: forAgent.id }, /^This task was cancelled\.$/);
    assert.deepEqual(await stateOf(lead), before);
  });

  test("labels: once per lead whatever the case; removal matches any case; refusals change nothing", async () => {
    const lead = await newLead("agent", "agent");
    const vip = await run("agent", ADD_LABEL, { leadId: lead, label: "  VIP  " });
    assert.deepEqual({ ...vip, id: undefined }, { id: undefined, leadId: lead, label: "VIP", color: "#3b82f6", appliedBy: people.agent.id });
    const again = await run("manager", ADD_LABEL, { leadId: lead, label: "vip", color: "#ff0000" });
    assert.deepEqual(again, vip, "adding 'vip' when 'VIP' exists returns the existing label, unchanged");
    const cash = await run("agent", ADD_LABEL, { leadId: lead, label: "Cash   buyer", color: "#10B981" });
    assert.deepEqual([cash.label, cash.color], ["Cash buyer", "#10B981"]);

    const before = await stateOf(lead);
    assert.equal(before.labels.length, 2);
    await refused("agent", ADD_LABEL, { leadId: lead, label: "   " }, /^The label is empty\.$/);
    await refused("agent", ADD_LABEL, { leadId: lead, label: "x".repeat(51) }, /^A label has at most 50 characters\.$/);
    await refused("agent", ADD_LABEL, { leadId: lead, label: "Hot", color: "red" }, /^The colour must be a hex colour such as #3b82f6\.$/);
    await notFound("agent2", ADD_LABEL, (leadId) => ({ leadId, label: "Spam" }), lead);
    await notFound("agent2", REMOVE_LABEL, (leadId) => ({ leadId, label: "VIP" }), lead);
    await refused("agent", REMOVE_LABEL, { leadId: lead, label: "Investor" }, /^This lead has no label "Investor"\.$/);
    assert.deepEqual(await stateOf(lead), before);

    const removed = await run("agent", REMOVE_LABEL, { leadId: lead, label: "vip" });
    assert.deepEqual(removed, { id: vip.id, label: "VIP" });
    await refused("agent", REMOVE_LABEL, { leadId: lead, label: "vip" }, /^This lead has no label "vip"\.$/);
    assert.deepEqual((await stateOf(lead)).labels.map((l: { label: string }) => l.label), ["Cash buyer"]);
  });

  test("the plain CRUD mutations that would skip the workflows are gone; what stays writes only harmless columns", async () => {
    const schema = await ok("agent", `{
      mutation: __type(name: "Mutation") { fields { name } }
      lead: __type(name: "LeadPatch") { inputFields { name } }
      task: __type(name: "LeadTaskPatch") { inputFields { name } }
      label: __type(name: "LeadLabelPatch") { inputFields { name } }
      transfer: __type(name: "LeadTransferPatch") { inputFields { name } }
      createTask: __type(name: "CreateLeadTaskInput") { inputFields { name } }
    }`);
    const mutations = new Set<string>(schema.mutation.fields.map((f: { name: string }) => f.name));
    for (const gone of ["createLeadEvent", "updateLeadEvent", "deleteLeadEvent", "createLeadLabel", "deleteLeadLabel", "createLeadTransfer", "deleteLeadTransfer"]) {
      assert.equal(mutations.has(gone), false, `${gone} should not be in the API`);
    }
    for (const kept of ["transferLead", "updateLeadStage", "addLeadEvent", "createLeadTask", "completeLeadTask", "cancelLeadTask", "addLeadLabel", "removeLeadLabel", "updateLeadTask", "deleteLeadTask", "updateLeadLabel", "updateLeadTransfer", "createLead", "updateLead", "deleteLead"]) {
      assert.equal(mutations.has(kept), true, `${kept} should be in the API`);
    }
    const fields = (t: { inputFields: Array<{ name: string }> }) => t.inputFields.map((f) => f.name).sort();
    // createLeadTask is the workflow (its arguments), not the table's plain insert (which would take a leadTask object).
    assert.deepEqual(fields(schema.createTask), ["assigneeId", "clientMutationId", "dueAt", "leadId", "notes", "taskType"]);
    assert.deepEqual(fields(schema.task), ["dueAt", "metadata", "notes", "taskType"]);
    assert.deepEqual(fields(schema.label), ["color"]);
    assert.deepEqual(fields(schema.transfer), ["reason"]);
    for (const hidden of ["stage", "ownerId", "buyerUserId", "assignedToId", "assignedAt", "isSold", "soldAt", "cplPrice", "batchId", "projectId", "id"]) {
      assert.equal(fields(schema.lead).includes(hidden), false, `LeadPatch should not have ${hidden}`);
    }
    assert.ok(fields(schema.lead).includes("clientPhone"), "contact details stay editable");

    // updateLead still edits the lead's own details for the people who work it.
    const lead = await newLead("agent", "agent");
    const r = await ok("agent", `mutation($id: UUID!) { updateLead(input: { id: $id, patch: { clientEmail: "client@example.com" } }) { lead { clientEmail stage } } }`, { id: lead });
    assert.deepEqual(r.updateLead.lead, { clientEmail: "client@example.com", stage: "NEW_LEAD" });
  });
});
