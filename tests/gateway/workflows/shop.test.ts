import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { expectOk, expectRefused } from "./expect.ts";

/**
 * The shop workflow mutations over HTTP with real tokens: the plan's regression flow
 * "lead ingestion -> shop -> purchase -> CRM" end to end, every refusal with its clear error
 * and nothing half-done (checked with superuser SQL), stock leads' contacts hidden from buyers,
 * and the plain CRUD that would go around the workflow gone from the API.
 */

const admin = DEMO_USERS.find((d) => d.email === "admin@salemate.test")!;
const agent = DEMO_USERS.find((d) => d.email === "agent@salemate.test")!;

const TX = "id transactionType status source quantity amount currency profileId projectId batchId fulfilledAt";
const INGEST = `mutation($input: IngestLeadBatchInput!) { ingestLeadBatch(input: $input) { result { id batchName cplPrice totalLeads successfulLeads status projectId } } }`;
const PURCHASE = `mutation($input: PurchaseLeadsInput!) {
  purchaseLeads(input: $input) {
    result {
      ${TX}
      leadPurchaseItemsByTransactionId { totalCount nodes { unitPrice lead { id clientName clientPhone batchId isSold buyerUserId ownerId assignedToId stage cplPrice soldAt } } }
    }
  }
}`;
const REQUEST = `mutation($input: RequestLeadsInput!) { requestLeads(input: $input) { result { ${TX} notes } } }`;
const SHOP = `query($projectId: UUID!) {
  shopProject(id: $projectId) { name pricePerLead availableLeads minPricePerLead maxPricePerLead }
  shopLeadBatches(condition: { projectId: $projectId }, orderBy: [PRICE_PER_LEAD_ASC]) { nodes { batchId batchName pricePerLead availableLeads } }
}`;

describe("shop workflows over GraphQL: lead ingestion -> shop -> purchase -> CRM", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let adminToken = "";

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    // pool.end() resolves before its sockets close, so drop()'s "with (force)" can terminate a
    // closing connection; without a listener that error would be uncaught (tests/helpers/database.ts).
    db.pool.on("error", () => {});
    gw = await startTestGateway(db);
    adminToken = await tokenFor(admin.id, admin.email);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const ok = (token: string | undefined, query: string, variables?: Record<string, unknown>) => expectOk(gw, token, query, variables);

  const refused = (token: string | undefined, query: string, input: Record<string, unknown>, message: RegExp) => expectRefused(gw, token, query, input, message);

  /** A fresh buyer (auth user + profile), with `deposit` EGP in a wallet when given. */
  async function newBuyer(deposit?: number) {
    const id = randomUUID();
    const email = `buyer-${id.slice(0, 8)}@shop.test`;
    await db.query("insert into auth.users (id, email, role) values ($1, $2, 'authenticated')", [id, email]);
    // (the sign-up trigger on auth.users may have made the profile already)
    await db.query("insert into profiles (id, email, name, role) values ($1, $2, $3, 'user') on conflict (id) do update set name = excluded.name", [id, email, `Buyer ${id.slice(0, 4)}`]);
    if (deposit !== undefined) {
      await db.query("insert into profile_wallet_ledger (profile_id, entry_type, amount, source, status, description) values ($1, 'deposit', $2, 'admin', 'completed', 'test top-up')", [id, deposit]);
    }
    return { id, email, token: await tokenFor(id, email) };
  }

  async function newProject(pricePerLead: number) {
    const { rows } = await db.query(
      "insert into inventory_projects (name, developer, region, price_per_lead) values ($1, 'Test Developer', 'New Cairo', $2) returning id",
      [`Shop test ${randomUUID().slice(0, 8)}`, pricePerLead],
    );
    return rows[0].id as string;
  }

  function clients(n: number, tag: string) {
    return Array.from({ length: n }, (_, i) => ({ client_name: `${tag} client ${i + 1}`, client_phone: `+20100${tag.length}${String(i).padStart(6, "0")}${tag}`, platform: "facebook" }));
  }

  async function ingest(projectId: string, name: string, leads: unknown[], cplPrice?: number) {
    const data = await ok(adminToken, INGEST, { input: { projectId, batchName: name, leads, ...(cplPrice === undefined ? {} : { cplPrice }) } });
    return data.ingestLeadBatch.result as { id: string; totalLeads: string; successfulLeads: string; status: string };
  }

  /** Everything a purchase could touch, read as superuser: compared before and after a refusal. */
  async function stateOf(buyerId: string, projectId: string) {
    const q = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;
    return {
      wallet: await q("select id, balance from profile_wallets where profile_id = $1", [buyerId]),
      profileBalance: await q("select wallet_balance from profiles where id = $1", [buyerId]),
      ledger: await q("select ledger_id, entry_type, amount from profile_wallet_ledger where profile_id = $1 order by ledger_id", [buyerId]),
      transactions: await q("select transaction_id from lead_transactions where profile_id = $1 or project_id = $2 order by 1", [buyerId, projectId]),
      leads: await q("select id, is_sold, buyer_user_id, owner_id, assigned_to_id, sold_at, cpl_price, updated_at from leads where project_id = $1 order by id", [projectId]),
      items: await q("select count(*)::int as n from lead_purchase_items", []),
      events: await q("select count(*)::int as n from lead_events where event_type = 'purchased'", []),
    };
  }

  test("an admin ingests leads, the buyer sees the shop, buys, and finds the leads in the CRM; the wallet pays exactly", async () => {
    const projectId = await newProject(300);
    // Batch A: 6 leads at its own price (250); batch B: 2 leads at the project's price (300).
    const a = await ingest(projectId, "Batch A", clients(6, "A"), 250);
    assert.deepEqual([a.status, a.totalLeads, a.successfulLeads], ["completed", "6", "6"]);
    const b = await ingest(projectId, "Batch B", clients(2, "B"));
    const buyer = await newBuyer(2000);

    // The shop: counts and prices, per project and per batch.
    const shop = await ok(buyer.token, SHOP, { projectId });
    assert.deepEqual(
      { ...shop.shopProject, name: undefined },
      { name: undefined, pricePerLead: "300.00", availableLeads: "8", minPricePerLead: "250.00", maxPricePerLead: "300.00" },
    );
    assert.deepEqual(shop.shopLeadBatches.nodes, [
      { batchId: a.id, batchName: "Batch A", pricePerLead: "250.00", availableLeads: "6" },
      { batchId: b.id, batchName: "Batch B", pricePerLead: "300.00", availableLeads: "2" },
    ]);
    // ...but not who the clients are: stock leads and the batches stay invisible to a buyer.
    const hidden = await ok(buyer.token, `query($p: UUID!, $b: UUID!) { leads(condition: { projectId: $p }) { totalCount } leadBatch(id: $b) { id } }`, { p: projectId, b: a.id });
    assert.deepEqual(hidden, { leads: { totalCount: 0 }, leadBatch: null });
    const shopTypes = await ok(buyer.token, `{ p: __type(name: "ShopProject") { fields { name } } b: __type(name: "ShopLeadBatch") { fields { name } } }`);
    for (const t of [shopTypes.p, shopTypes.b]) {
      assert.equal(t.fields.some((f: { name: string }) => /phone|client|email/i.test(f.name)), false, "the shop types carry no client contacts");
    }

    // Buy 4 leads of batch A.
    const first = (await ok(buyer.token, PURCHASE, { input: { projectId, quantity: 4, batchId: a.id } })).purchaseLeads.result;
    assert.deepEqual(
      { type: first.transactionType, status: first.status, source: first.source, quantity: first.quantity, amount: first.amount, currency: first.currency, profileId: first.profileId, batchId: first.batchId },
      { type: "purchase", status: "fulfilled", source: "wallet", quantity: 4, amount: "1000.00", currency: "EGP", profileId: buyer.id, batchId: a.id },
    );
    assert.ok(first.fulfilledAt);
    const bought = first.leadPurchaseItemsByTransactionId;
    assert.equal(bought.totalCount, 4);
    const aPhones = new Set(clients(6, "A").map((c) => c.client_phone));
    for (const item of bought.nodes) {
      assert.equal(item.unitPrice, "250.00");
      const l = item.lead;
      assert.ok(aPhones.has(l.clientPhone), "a lead of batch A, with its contact now visible to its buyer");
      assert.deepEqual([l.batchId, l.isSold, l.buyerUserId, l.ownerId, l.assignedToId, l.stage, l.cplPrice], [a.id, true, buyer.id, buyer.id, buyer.id, "NEW_LEAD", "250.00"]);
      assert.ok(l.soldAt);
    }

    // The CRM: the buyer's leads, with their contacts.
    const crm = await ok(buyer.token, `query($me: UUID!) { leads(condition: { buyerUserId: $me }) { totalCount nodes { id clientName clientPhone } } }`, { me: buyer.id });
    assert.equal(crm.leads.totalCount, 4);
    assert.deepEqual(
      crm.leads.nodes.map((n: { id: string }) => n.id).sort(),
      bought.nodes.map((n: { lead: { id: string } }) => n.lead.id).sort(),
    );

    // The money: the wallet dropped by exactly the price, with one ledger entry for the transaction.
    const wallet = await ok(buyer.token, `{ profileWallets { nodes { balance } } }`);
    assert.deepEqual(wallet.profileWallets.nodes, [{ balance: "1000.00" }]);
    const ledger = (await db.query("select entry_type, amount, status, reference_type, reference_id, created_by from profile_wallet_ledger where profile_id = $1 and entry_type = 'purchase'", [buyer.id])).rows;
    assert.deepEqual(ledger, [{ entry_type: "purchase", amount: "-1000.00", status: "completed", reference_type: "lead_transaction", reference_id: first.id, created_by: buyer.id }]);
    const tx = (await db.query("select transaction_type, status, quantity, amount::text, payment_method from lead_transactions where transaction_id = $1", [first.id])).rows[0];
    assert.deepEqual(tx, { transaction_type: "purchase", status: "fulfilled", quantity: 4, amount: "1000.00", payment_method: "wallet" });
    const events = (await db.query("select count(*)::int as n from lead_events e join lead_purchase_items i on i.lead_id = e.lead_id where i.transaction_id = $1 and e.event_type = 'purchased' and e.actor_profile_id = $2 and e.payload->>'transaction_id' = $1::text", [first.id, buyer.id])).rows[0].n;
    assert.equal(events, 4, "each lead's timeline records its purchase");

    // The shop shows what is left; a purchase across the project takes the oldest first (A before B).
    assert.equal((await ok(buyer.token, SHOP, { projectId })).shopProject.availableLeads, "4");
    const second = (await ok(buyer.token, PURCHASE, { input: { projectId, quantity: 3 } })).purchaseLeads.result;
    assert.equal(second.amount, "800.00", "2 leads of A at 250 and 1 of B at 300");
    assert.deepEqual(second.leadPurchaseItemsByTransactionId.nodes.map((n: { unitPrice: string }) => n.unitPrice).sort(), ["250.00", "250.00", "300.00"]);
    assert.equal(second.batchId, null);
    const balance = (await db.query("select w.balance, p.wallet_balance, (select sum(amount) from profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed') as ledger from profile_wallets w join profiles p on p.id = w.profile_id where w.profile_id = $1", [buyer.id])).rows[0];
    assert.deepEqual(balance, { balance: "200.00", wallet_balance: "200.00", ledger: "200.00" });
    const after = await ok(buyer.token, SHOP, { projectId });
    assert.deepEqual(after.shopProject.availableLeads, "1");
    assert.equal((await ok(buyer.token, `query($me: UUID!) { leads(condition: { buyerUserId: $me }) { totalCount } }`, { me: buyer.id })).leads.totalCount, 7);
    // Nobody else sees them: another user's CRM has none of these leads.
    const otherToken = await tokenFor(agent.id, agent.email);
    assert.equal((await ok(otherToken, `query($p: UUID!) { leads(condition: { projectId: $p }) { totalCount } }`, { p: projectId })).leads.totalCount, 0);
  });

  test("every refused purchase names the rule and changes nothing: balances, ledger, leads and transactions", async () => {
    const projectId = await newProject(100);
    const batch = await ingest(projectId, "Refusals", clients(6, "R"), 250);
    const otherProject = await newProject(100);
    const otherBatch = await ingest(otherProject, "Elsewhere", clients(1, "E"));
    const buyer = await newBuyer(500);
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ["insufficient balance", { projectId, quantity: 3 }, /^Insufficient balance: the wallet holds 500\.00 EGP, the purchase costs 750\.00 EGP\.$/],
      ["more than available (project)", { projectId, quantity: 10 }, /^Only 6 leads of this project are available; you asked for 10\.$/],
      ["more than available (batch)", { projectId, quantity: 7, batchId: batch.id }, /^Only 6 leads of this batch are available; you asked for 7\.$/],
      ["quantity zero", { projectId, quantity: 0 }, /^You can buy between 1 and 500 leads at a time\.$/],
      ["quantity negative", { projectId, quantity: -2 }, /^You can buy between 1 and 500 leads at a time\.$/],
      ["quantity too large", { projectId, quantity: 501 }, /^You can buy between 1 and 500 leads at a time\.$/],
      ["unknown project", { projectId: randomUUID(), quantity: 1 }, /^Project not found\.$/],
      ["batch of another project", { projectId, quantity: 1, batchId: otherBatch.id }, /^Lead batch not found in this project\.$/],
      ["unknown batch", { projectId, quantity: 1, batchId: randomUUID() }, /^Lead batch not found in this project\.$/],
    ];
    for (const [name, input, message] of cases) {
      const before = await stateOf(buyer.id, projectId);
      await refused(buyer.token, PURCHASE, input, message);
      assert.deepEqual(await stateOf(buyer.id, projectId), before, name);
    }

    // No wallet at all: nothing to pay with (and no wallet is created by trying).
    const walletless = await newBuyer();
    let before = await stateOf(walletless.id, projectId);
    await refused(walletless.token, PURCHASE, { projectId, quantity: 1 }, /^Insufficient balance: the wallet holds 0\.00 EGP, the purchase costs 250\.00 EGP\.$/);
    assert.deepEqual(await stateOf(walletless.id, projectId), before);

    // A suspended account cannot buy.
    const suspended = await newBuyer(10_000);
    await db.query("update profiles set status = 'suspended' where id = $1", [suspended.id]);
    before = await stateOf(suspended.id, projectId);
    await refused(suspended.token, PURCHASE, { projectId, quantity: 1 }, /^Your account is suspended: it cannot buy leads\.$/);
    assert.deepEqual(await stateOf(suspended.id, projectId), before);

    // Leads already sold are not for sale again: a rich buyer takes the batch, the next finds none.
    const rich = await newBuyer(10_000);
    await ok(rich.token, PURCHASE, { input: { projectId, quantity: 6 } });
    before = await stateOf(buyer.id, projectId);
    await refused(buyer.token, PURCHASE, { projectId, quantity: 1 }, /^No leads of this project are available\.$/);
    await refused(buyer.token, PURCHASE, { projectId, quantity: 1, batchId: batch.id }, /^No leads of this batch are available\.$/);
    assert.deepEqual(await stateOf(buyer.id, projectId), before);
    assert.equal((await db.query("select count(*)::int as n from leads where project_id = $1 and buyer_user_id = $2", [projectId, rich.id])).rows[0].n, 6);

    // Without a token the workflows are not callable at all; the service role has no buyer.
    before = await stateOf(buyer.id, otherProject);
    const anonymous = await gw.graphql(PURCHASE, { variables: { input: { projectId: otherProject, quantity: 1 } } });
    assert.equal(anonymous.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(anonymous.body));
    assert.equal(anonymous.body.data?.purchaseLeads ?? null, null);
    assert.deepEqual(await stateOf(buyer.id, otherProject), before);
  });

  test("a purchase failing half-way (after the leads, transaction and debit are written) leaves nothing behind", async () => {
    const projectId = await newProject(100);
    await ingest(projectId, "Atomic", clients(3, "T"));
    const buyer = await newBuyer(1000);
    // The last write of the workflow (the purchased events) fails.
    await db.query(`
      create function public.tg_test__fail_purchased() returns trigger language plpgsql as $$
      begin
        if new.event_type = 'purchased' then raise exception 'injected failure' using errcode = 'XX000'; end if;
        return new;
      end $$;
      create trigger tg_test__fail_purchased before insert on public.lead_events for each row execute function public.tg_test__fail_purchased();`);
    try {
      const before = await stateOf(buyer.id, projectId);
      const r = await gw.graphql(PURCHASE, { token: buyer.token, variables: { input: { projectId, quantity: 2 } } });
      assert.equal(r.body.errors?.[0]?.extensions?.code, "INTERNAL", JSON.stringify(r.body));
      assert.deepEqual(await stateOf(buyer.id, projectId), before);
      assert.equal(before.leads.filter((l: { is_sold: boolean }) => !l.is_sold).length, 3);
    } finally {
      await db.query("drop trigger tg_test__fail_purchased on public.lead_events; drop function public.tg_test__fail_purchased()");
    }
    // And the same purchase succeeds once the fault is gone.
    const ok2 = (await ok(buyer.token, PURCHASE, { input: { projectId, quantity: 2 } })).purchaseLeads.result;
    assert.equal(ok2.amount, "200.00");
  });

  test("requestLeads opens a pending request for finance and admins; it moves no money and no lead", async () => {
    const projectId = await newProject(120);
    const buyer = await newBuyer(100);
    const before = await stateOf(buyer.id, projectId);
    const req = (await ok(buyer.token, REQUEST, { input: { projectId, quantity: 40, notes: "  Need Facebook leads  " } })).requestLeads.result;
    assert.deepEqual(
      [req.transactionType, req.status, req.source, req.quantity, req.amount, req.profileId, req.notes],
      ["request", "pending", "shop", 40, "4800.00", buyer.id, "Need Facebook leads"],
    );
    const mine = await ok(buyer.token, `{ leadTransactions(condition: { transactionType: "request" }) { totalCount } }`);
    assert.equal(mine.leadTransactions.totalCount, 1);
    const afterState = await stateOf(buyer.id, projectId);
    assert.deepEqual({ ...afterState, transactions: before.transactions }, before, "only the request was added");
    assert.deepEqual(afterState.transactions.map((t: { transaction_id: string }) => t.transaction_id), [req.id]);
    await refused(buyer.token, REQUEST, { projectId, quantity: 0 }, /^You can request between 1 and 5000 leads at a time\.$/);
    await refused(buyer.token, REQUEST, { projectId: randomUUID(), quantity: 5 }, /^Project not found\.$/);
  });

  test("ingestion: admins only, and a bad lead refuses the whole upload, naming it", async () => {
    const projectId = await newProject(100);
    const count = async () => (await db.query("select (select count(*) from leads where project_id = $1)::int as leads, (select count(*) from lead_batches where project_id = $1)::int as batches", [projectId])).rows[0];
    const before = await count();
    const agentToken = await tokenFor(agent.id, agent.email);
    await refused(agentToken, INGEST, { projectId, batchName: "Mine", leads: clients(1, "X") }, /^Only admins upload lead batches\.$/);
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ projectId, batchName: "Bad", leads: [{ client_name: "A", client_phone: "1" }, { client_name: "B" }] }, /^Lead 2 of the upload has no client_phone\.$/],
      [{ projectId, batchName: "Bad", leads: [{ client_name: "A", client_phone: "1", platform: "Snapchat" }] }, /^Lead 1 of the upload has an unknown platform "Snapchat"/],
      [{ projectId, batchName: "Bad", leads: ["not an object"] }, /^Lead 1 of the upload is not an object\.$/],
      [{ projectId, batchName: "Bad", leads: [{ client_name: "A", client_phone: "1", budget: "lots" }] }, /^Lead 1 of the upload has a budget that is not a number\.$/],
      [{ projectId, batchName: "Bad", leads: [] }, /^Leads must be a non-empty list of objects\.$/],
      [{ projectId, batchName: "  ", leads: clients(1, "X") }, /^The batch name is empty\.$/],
      [{ projectId, batchName: "Bad", leads: clients(1, "X"), cplPrice: -1 }, /^The price per lead must be zero or more\.$/],
      [{ projectId: randomUUID(), batchName: "Bad", leads: clients(1, "X") }, /^Project not found\.$/],
    ];
    for (const [input, message] of bad) await refused(adminToken, INGEST, input, message);
    assert.deepEqual(await count(), before);
    const batch = await ingest(projectId, "Good", [{ client_name: " Nour ", client_phone: " +201001112223 ", platform: "TIKTOK", budget: 2500000, client_email: "nour@example.com" }]);
    const lead = (await db.query("select client_name, client_phone, platform::text, budget, client_email, is_sold, owner_id, upload_user_id, stage::text from leads where batch_id = $1", [batch.id])).rows;
    assert.deepEqual(lead, [{ client_name: "Nour", client_phone: "+201001112223", platform: "TikTok", budget: "2500000", client_email: "nour@example.com", is_sold: false, owner_id: null, upload_user_id: admin.id, stage: "New Lead" }]);
  });

  test("the plain CRUD mutations that would skip the shop workflow are gone", async () => {
    const buyer = await newBuyer();
    const schema = await ok(buyer.token, `{ mutation: __type(name: "Mutation") { fields { name } } }`);
    const mutations = new Set<string>(schema.mutation.fields.map((f: { name: string }) => f.name));
    for (const gone of ["createLeadTransaction", "createLeadPurchaseItem", "updateLeadPurchaseItem", "deleteLeadPurchaseItem", "createShopProject", "createShopLeadBatch"]) {
      assert.equal(mutations.has(gone), false, `${gone} should not be in the API`);
    }
    for (const kept of ["purchaseLeads", "requestLeads", "ingestLeadBatch", "updateLeadTransaction"]) {
      assert.equal(mutations.has(kept), true, `${kept} should be in the API`);
    }
  });
});
