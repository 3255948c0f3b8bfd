import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TypedDocumentNode } from "@apollo/client";
import WebSocket from "ws";
import {
  createSaleMateClient,
  LeadBoardColumnDocument,
  LeadBoardDocument,
  LeadChangedDocument,
  LeadDetailDocument,
  LeadStage,
  LeadTimelineDocument,
  UpdateLeadStageDocument,
  type SaleMateClient,
  type SaleMateClientOptions,
} from "../../client-sdk/src/index.ts";
import * as sdk from "../../client-sdk/src/index.ts";
import { DEMO_USERS } from "../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";
import { sleep } from "../helpers/subscriptions.ts";
import { startTestWorker, waitFor, type TestWorker } from "../helpers/jobs.ts";
import { lastSunkCode } from "../../server/jobs/otp-sender.ts";

/**
 * The SDK's client (its source: the pack test checks the built package) against a real test
 * gateway: every query, mutation and subscription document runs for the role whose screen uses
 * it (so no document selects what RLS or column grants refuse that role), board columns and the
 * timeline page through the cache, mutation results update cached rows, and subscriptions carry
 * on after the gateway closes the websocket for an expired token (4401).
 */

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}
const agent = demo("agent@salemate.test");
const manager = demo("manager@salemate.test");
const finance = demo("finance@salemate.test");
const support = demo("support@salemate.test");
const admin = demo("admin@salemate.test");
const agent2 = demo("agent2@salemate.test");
const customer = demo("customer@salemate.test");

type Person = { id: string; email: string };
const nameOf = (document: TypedDocumentNode<any, any>): string =>
  (document as any).definitions.find((d: any) => d.kind === "OperationDefinition").name.value;
const documentsOf = (operation: "query" | "mutation" | "subscription"): Set<TypedDocumentNode<any, any>> =>
  new Set(
    Object.entries(sdk)
      .filter(([name, d]) => name.endsWith("Document") && (d as any).definitions.some((def: any) => def.operation === operation))
      .map(([, d]) => d as TypedDocumentNode<any, any>),
  );

describe("the SDK's client against a gateway", () => {
  let db: TestDatabase;
  let worker: TestWorker;
  let gw: TestGateway;
  const clients: SaleMateClient[] = [];
  let lead: string;
  let thread: string;
  let team: string;
  let inviteToken: string;
  let project: string;

  /** One client per person, shared by the tests that need nothing special. */
  const shared = new Map<string, SaleMateClient>();
  const clientOf = (user: Person) => shared.get(user.id) ?? (shared.set(user.id, client(user)), shared.get(user.id)!);

  function client(user: Person, options: Partial<SaleMateClientOptions> = {}): SaleMateClient {
    const c = createSaleMateClient({
      httpUrl: `${gw.url}/graphql`,
      wsUrl: `${gw.url.replace(/^http/, "ws")}/graphql`,
      getToken: () => tokenFor(user.id, user.email),
      webSocketImpl: WebSocket,
      ...options,
    });
    clients.push(c);
    return c;
  }

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    worker = await startTestWorker(db); // phone codes are sent by a job
    // One of the agent's leads with a timeline of more than one event.
    lead = (
      await db.query(
        "select l.id from leads l where l.assigned_to_id = $1 and l.stage is not null and (select count(*) from lead_events e where e.lead_id = l.id) > 1 order by l.id limit 1",
        [agent.id],
      )
    ).rows[0].id;
    thread = (await db.query("select thread_id from support_threads order by thread_id limit 1")).rows[0].thread_id;
    team = (await db.query("select id from teams where owner_profile_id = $1 order by id limit 1", [manager.id])).rows[0].id;
    inviteToken = (await db.query("select token from team_invites order by id limit 1")).rows[0].token;
    project = (await db.query("select project_id from shop_projects where available_leads > 0 order by project_id limit 1")).rows[0].project_id;
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await worker?.stop();
    await gw?.close();
    await db?.drop();
  });

  test("every query document runs, without errors, for the role whose screen it serves", async () => {
    const runs: Array<[Person, TypedDocumentNode<any, any>, Record<string, unknown>]> = [
      [agent, sdk.CurrentUserDocument, {}],
      [agent, sdk.MyLeadsDocument, { first: 20 }],
      [agent, sdk.LeadBoardDocument, {}],
      [agent, sdk.LeadBoardColumnDocument, { stage: LeadStage.NewLead }],
      [agent, sdk.LeadDetailDocument, { id: lead }],
      [agent, sdk.LeadTimelineDocument, { id: lead }],
      [agent, sdk.ShopInventoryDocument, { filter: { numberOfBedrooms: { greaterThanOrEqualTo: 2 } } }],
      [agent, sdk.ShopProjectsDocument, {}],
      [agent, sdk.ShopLeadBatchesDocument, { projectId: project }],
      [agent, sdk.MyLeadTransactionsDocument, { profileId: agent.id }],
      [agent, sdk.MyWalletDocument, { profileId: agent.id }],
      [agent, sdk.WalletLedgerDocument, { profileId: agent.id }],
      [agent, sdk.MyTopupRequestsDocument, { profileId: agent.id }],
      [finance, sdk.TopupRequestQueueDocument, {}],
      [manager, sdk.TeamsDocument, {}],
      [manager, sdk.TeamDocument, { id: team }],
      [admin, sdk.TeamInviteByTokenDocument, { token: inviteToken }],
      [support, sdk.SupportInboxDocument, { condition: { status: "open" } }],
      [support, sdk.SupportThreadDocument, { id: thread }],
      [admin, sdk.CommunicationTemplatesDocument, {}],
      [admin, sdk.SystemSettingsDocument, {}],
      [admin, sdk.FeatureFlagsDocument, {}],
    ];
    assert.deepEqual(new Set(runs.map(([, d]) => d)), documentsOf("query"), "each query document is run here");
    for (const [user, query, variables] of runs) {
      const { data, error } = await clientOf(user).query({ query, variables, fetchPolicy: "network-only" });
      assert.equal(error, undefined, `${nameOf(query)}: ${error?.message}`);
      for (const [field, value] of Object.entries(data as object)) {
        if (field !== "__typename") assert.notEqual(value, null, `${nameOf(query)}: ${field} is null`);
      }
    }
  });

  test("board columns come with their counts and page through the cache with fetchMore", async () => {
    const c = client(agent);
    const board = await c.query({ query: LeadBoardDocument, variables: { first: 5 } });
    const column = board.data!.newLead!;
    assert.ok(column.totalCount > 5, "the agent has more than a page of new leads");
    assert.equal(column.edges.length, 5);
    assert.ok(board.data!.leadStageCounts!.nodes.some((n) => n.stage === LeadStage.NewLead && Number(n.leadCount) > 0));

    // The column query reads the same cache entry as the board's column: the next page appends.
    const watch = c.watchQuery({ query: LeadBoardColumnDocument, variables: { stage: LeadStage.NewLead, first: 5 } });
    const first = await watch.refetch();
    assert.equal(first.data!.leads!.edges.length, 5);
    await watch.fetchMore({ variables: { after: first.data!.leads!.pageInfo.endCursor } });
    const merged = c.readQuery({ query: LeadBoardColumnDocument, variables: { stage: LeadStage.NewLead, first: 5 } })!;
    assert.equal(merged.leads!.edges.length, 10);
    assert.equal(new Set(merged.leads!.edges.map((e) => e.node.id)).size, 10);
    assert.equal(merged.leads!.totalCount, column.totalCount);

    const detail = await c.query({ query: LeadDetailDocument, variables: { id: lead, eventsFirst: 1 } });
    const events = detail.data!.lead!.leadEvents;
    assert.ok(events.pageInfo.hasNextPage);
    // Older events through the lead page's own query (fetchMore always asks the gateway).
    const page = c.watchQuery({ query: LeadDetailDocument, variables: { id: lead, eventsFirst: 1 } });
    await page.fetchMore({ query: LeadTimelineDocument, variables: { id: lead, eventsFirst: 1, after: events.pageInfo.endCursor } });
    // The same list (same orderBy), so the lead page's timeline now holds both pages.
    const timeline = c.readQuery({ query: LeadDetailDocument, variables: { id: lead, eventsFirst: 1 } })!;
    assert.equal(timeline.lead!.leadEvents.edges.length, 2);
  });

  test("a mutation's result updates the row every cached query shows", async () => {
    const c = client(agent);
    const before = await c.query({ query: LeadDetailDocument, variables: { id: lead } });
    const next = before.data!.lead!.stage === LeadStage.HotCase ? LeadStage.Potential : LeadStage.HotCase;
    const moved = await c.mutate({ mutation: UpdateLeadStageDocument, variables: { leadId: lead, stage: next, note: "SDK test" } });
    assert.equal(moved.data!.updateLeadStage!.result!.stage, next);
    const cached = c.readQuery({ query: LeadDetailDocument, variables: { id: lead } })!;
    assert.equal(cached.lead!.stage, next);
  });

  test("the cache keys a row by its type and primary key, and never an aggregate by its `id` (a count)", async () => {
    const c = client(agent);
    const { data } = await c.query({ query: sdk.MyLeadsDocument, variables: { first: 5 } });
    const row = data!.leads!.nodes[0]!;
    const entities = Object.keys(c.cache.extract() as Record<string, unknown>);
    assert.ok(entities.includes(`Lead:${row.id}`), `Lead:${row.id} among ${entities.slice(0, 5).join(", ")}…`);
    assert.deepEqual(entities.filter((k) => /Aggregates:/.test(k)), []);
    assert.deepEqual(c.readQuery({ query: sdk.MyLeadsDocument, variables: { first: 5 } })!.leads!.byStage, data!.leads!.byStage);
  });

  test("every workflow document runs for the role that uses it, and its result reads back", async () => {
    const done = new Set<TypedDocumentNode<any, any>>();
    async function ok<TData>(user: Person, mutation: TypedDocumentNode<TData, any>, variables: Record<string, unknown>): Promise<TData> {
      const { data, error } = await clientOf(user).mutate({ mutation, variables });
      assert.equal(error, undefined, `${nameOf(mutation)}: ${error?.message}`);
      const [payload] = Object.values(data as object).filter((v) => v && typeof v === "object") as Array<Record<string, unknown>>;
      const row = payload?.result ?? Object.values(payload ?? {}).find((v) => v && typeof v === "object");
      assert.ok(row, `${nameOf(mutation)} returned its row: ${JSON.stringify(data)}`);
      done.add(mutation);
      return data!;
    }
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();

    // The lead page.
    await ok(agent, sdk.AddLeadEventDocument, { leadId: lead, eventType: "call", payload: { text: "Asked for the brochure" } });
    const task = await ok(agent, sdk.CreateLeadTaskDocument, { leadId: lead, taskType: "follow_up", dueAt: tomorrow, notes: "Send prices" });
    await ok(agent, sdk.CompleteLeadTaskDocument, { taskId: task.createLeadTask!.result!.id });
    const other = await ok(agent, sdk.CreateLeadTaskDocument, { leadId: lead, taskType: "call_back", dueAt: tomorrow });
    await ok(agent, sdk.CancelLeadTaskDocument, { taskId: other.createLeadTask!.result!.id, reason: "Client called first" });
    await ok(agent, sdk.AddLeadLabelDocument, { leadId: lead, label: "SDK", color: "#1e88e5" });
    await ok(agent, sdk.RemoveLeadLabelDocument, { leadId: lead, label: "sdk" });
    await ok(agent, sdk.UpdateLeadStageDocument, { leadId: lead, stage: LeadStage.CallBack });
    const another = (await db.query("select id from leads where assigned_to_id = $1 and id <> $2 order by id limit 1", [agent.id, lead])).rows[0].id;
    await ok(admin, sdk.TransferLeadDocument, { leadId: another, toProfileId: agent2.id, reason: "Covering for a colleague" });

    // The shop and the wallet.
    await ok(agent, sdk.PurchaseLeadsDocument, { projectId: project, quantity: 1 });
    await ok(agent, sdk.RequestLeadsDocument, { projectId: project, quantity: 5, notes: "For the weekend campaign" });
    const topup = async () => (await ok(agent, sdk.RequestWalletTopupDocument, { amount: "1000.00", paymentMethod: "Instapay", receiptFileUrl: "receipts/sdk.png" })).requestWalletTopup!.result!.id;
    const approved = await ok(finance, sdk.ApproveWalletTopupDocument, { requestId: await topup(), adminNotes: "Receipt checked" });
    assert.equal(approved.approveWalletTopup!.result!.status, "approved");
    await ok(finance, sdk.RejectWalletTopupDocument, { requestId: await topup(), reason: "The receipt is unreadable" });
    await ok(agent, sdk.CancelWalletTopupDocument, { requestId: await topup() });

    // Teams.
    const invite = async (email: string) => (await ok(manager, sdk.InviteToTeamDocument, { teamId: team, inviteeEmail: email })).inviteToTeam!.result!;
    await ok(manager, sdk.RevokeTeamInviteDocument, { inviteId: (await invite("someone.new@example.com")).id });
    await ok(customer, sdk.AcceptTeamInviteDocument, { token: (await invite(customer.email)).token });
    await ok(finance, sdk.DeclineTeamInviteDocument, { token: (await invite(finance.email)).token });

    // Support.
    const opened = await ok(customer, sdk.OpenSupportThreadDocument, { subject: "Cannot see my leads", body: "Since this morning the board is empty." });
    const threadId = opened.openSupportThread!.result!.id;
    await ok(support, sdk.AssignSupportThreadDocument, { threadId, assigneeId: support.id });
    await ok(support, sdk.ReplyToSupportThreadDocument, { threadId, body: "Looking into it." });
    await ok(support, sdk.ReplyToSupportThreadDocument, { threadId, body: "Customer is on the old app.", internal: true });
    await ok(support, sdk.ResolveSupportThreadDocument, { threadId, resolutionNote: "Cache cleared" });
    await ok(customer, sdk.ReopenSupportThreadDocument, { threadId, reason: "Still empty" });
    await ok(support, sdk.CloseSupportThreadDocument, { threadId, reason: "Duplicate" });

    // Admin.
    const template = (await db.query("select template_id from communication_templates order by template_id limit 1")).rows[0].template_id;
    await ok(admin, sdk.UpdateCommunicationTemplateDocument, { id: template, patch: { subject: "Welcome to SaleMate" } });
    await ok(admin, sdk.UpdateSystemSettingDocument, { id: "min_topup_amount", value: 100 });
    await ok(admin, sdk.SetFeatureFlagDocument, { id: "ai_coach", enabled: false });

    // Phone verification: the worker sends the code to the development sink, the agent sends it back.
    const requested = await ok(agent, sdk.RequestPhoneOtpDocument, { phone: "01012345678" });
    assert.equal(requested.requestPhoneOtp!.result!.phone, "+201012345678");
    const sent = await waitFor("the agent's phone code", () => lastSunkCode(worker.sinkDir, "+201012345678"));
    const verified = await ok(agent, sdk.VerifyPhoneOtpDocument, { code: sent.code });
    assert.equal(verified.verifyPhoneOtp!.result!.status, "verified");

    assert.deepEqual(new Set([...documentsOf("mutation")].filter((d) => !done.has(d)).map(nameOf)), new Set(), "each mutation document is run here");
  });

  test("every subscription document is accepted for the role that uses it", async () => {
    const runs: Array<[Person, TypedDocumentNode<any, any>, Record<string, unknown>]> = [
      [agent, sdk.LeadChangedDocument, { leadId: lead }],
      [agent, sdk.MyLeadsFeedDocument, {}],
      [agent, sdk.MyWalletChangesDocument, {}],
      [support, sdk.SupportThreadChangedDocument, { threadId: thread }],
      [support, sdk.SupportQueueDocument, {}],
    ];
    assert.deepEqual(new Set(runs.map(([, d]) => d)), documentsOf("subscription"), "each subscription document is run here");
    for (const [user, query, variables] of runs) {
      const first = await new Promise<unknown>((resolve, reject) => {
        const sub = clientOf(user).subscribe({ query, variables }).subscribe({
          next: (r) => (sub.unsubscribe(), r.error ? reject(r.error) : resolve(r.data)),
          error: reject,
        });
        setTimeout(() => (sub.unsubscribe(), reject(new Error(`${nameOf(query)}: nothing within 5 s`))), 5_000).unref();
      });
      assert.equal((Object.values(first as object)[0] as { kind: string }).kind, "SUBSCRIBED", nameOf(query));
    }
  });

  test("subscriptions arrive over the websocket and resume after the gateway closes it for an expired token", async () => {
    const tokens: string[] = [];
    let ttl = 2;
    const c = client(agent, {
      getToken: async () => {
        const t = await tokenFor(agent.id, agent.email, ttl);
        tokens.push(t);
        return t;
      },
    });
    const closes: number[] = [];
    c.wsClient.on("closed", (e) => closes.push((e as { code: number }).code));
    const received: string[] = [];
    const errors: unknown[] = [];
    const sub = c.subscribe({ query: LeadChangedDocument, variables: { leadId: lead } }).subscribe({
      next: (r) => r.data && received.push(r.data.leadChanged!.kind),
      error: (e) => errors.push(e),
    });
    const waitFor = async (what: () => boolean, ms = 8_000) => {
      for (let t = 0; t < ms && !what(); t += 50) await sleep(50);
      assert.ok(what(), `timed out: received ${JSON.stringify(received)}, closes ${JSON.stringify(closes)}, errors ${errors.map(String)}`);
    };
    await waitFor(() => received.includes("SUBSCRIBED"));
    // The 2-second token expires: the gateway closes with 4401, the client fetches a fresh token
    // (now long-lived) on reconnecting, and the subscription resumes.
    ttl = 3600;
    await waitFor(() => closes.includes(4401));
    await waitFor(() => received.filter((k) => k === "SUBSCRIBED").length === 2);
    assert.equal(tokens.length, 2, "one token per connection");
    assert.deepEqual(errors, []);

    await db.query("update leads set stage = 'Whatsapp' where id = $1", [lead]);
    await waitFor(() => received.includes("STAGE_CHANGED"));
    sub.unsubscribe();
  });

  test("a token the gateway keeps refusing ends the subscription with an error after authRetries reconnections", async () => {
    const c = client(agent, { getToken: () => "not-a-token", authRetries: 1 });
    const closes: number[] = [];
    c.wsClient.on("closed", (e) => closes.push((e as { code: number }).code));
    const error = await new Promise<Error>((resolve, reject) => {
      c.subscribe({ query: LeadChangedDocument, variables: { leadId: lead } }).subscribe({
        next: (r) => (r.error ? resolve(r.error) : reject(new Error(`unexpected ${JSON.stringify(r.data)}`))),
        error: resolve,
      });
    });
    assert.match(error.message, /4401/);
    assert.deepEqual(closes, [4401, 4401], "the first connection and one retry");
  });
});
