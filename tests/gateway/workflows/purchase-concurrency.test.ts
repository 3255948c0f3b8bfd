import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";

/**
 * Many purchases of one batch at the same moment, over HTTP through the gateway (whose pool
 * holds 20 connections): 100 purchases of 1-3 leads from one wallet that covers about a
 * quarter of them, and 40 from a second buyer competing for the same batch, whose 120 leads
 * cover less than half of the demand. Afterwards the money and the leads must add up exactly:
 * every wallet equals its ledger and is never negative, no lead is sold twice, what the
 * successful purchases cost is what the wallets lost, and every refusal is one of the two
 * clear business errors. The figures are printed (requests, outcomes, duration).
 * Also: a purchase skips the leads another purchase holds instead of waiting for them.
 */

const PRICE = 100;
const STOCK = 120;
const A_REQUESTS = 100;
const B_REQUESTS = 40;
const A_BALANCE = 5_000; // 50 leads
const B_BALANCE = 10_000; // 100 leads

const PURCHASE = `mutation($input: PurchaseLeadsInput!) {
  purchaseLeads(input: $input) { result { id quantity amount profileId leadPurchaseItemsByTransactionId { totalCount } } }
}`;

const admin = DEMO_USERS.find((d) => d.email === "admin@salemate.test")!;

describe("concurrent purchases of one batch over GraphQL", () => {
  let db: TestDatabase;
  let gw: TestGateway;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    // pool.end() resolves before its sockets close, so drop()'s "with (force)" can terminate a
    // closing connection; without a listener that error would be uncaught (tests/helpers/database.ts).
    db.pool.on("error", () => {});
    gw = await startTestGateway(db);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  async function newBuyer(deposit: number) {
    const id = randomUUID();
    const email = `race-${id.slice(0, 8)}@shop.test`;
    await db.query("insert into auth.users (id, email) values ($1, $2)", [id, email]);
    // (the sign-up trigger on auth.users may have made the profile already)
    await db.query("insert into profiles (id, email, name) values ($1, $2, 'Racing buyer') on conflict (id) do update set name = excluded.name", [id, email]);
    await db.query("insert into profile_wallet_ledger (profile_id, entry_type, amount, source, status) values ($1, 'deposit', $2, 'admin', 'completed')", [id, deposit]);
    return { id, token: await tokenFor(id, email) };
  }

  test(`${A_REQUESTS + B_REQUESTS} simultaneous purchases: no lead sold twice, no money lost or made, every refusal clear`, async () => {
    const projectId = (await db.query("insert into inventory_projects (name, developer, region, price_per_lead) values ('Race', 'Dev', 'Zayed', 999) returning id")).rows[0].id as string;
    const leads = Array.from({ length: STOCK }, (_, i) => ({ client_name: `Race client ${i}`, client_phone: `+2011${String(i).padStart(8, "0")}` }));
    const ingest = await gw.graphql(`mutation($input: IngestLeadBatchInput!) { ingestLeadBatch(input: $input) { result { id } } }`, {
      token: await tokenFor(admin.id, admin.email),
      variables: { input: { projectId, batchName: "Race batch", leads, cplPrice: PRICE } },
    });
    assert.equal(ingest.body.errors, undefined, JSON.stringify(ingest.body.errors));
    const batchId = ingest.body.data.ingestLeadBatch.result.id as string;
    const a = await newBuyer(A_BALANCE);
    const b = await newBuyer(B_BALANCE);

    // Requests interleaved (every fourth from B while B has some), quantities 1, 2, 3, 1, ...:
    // demand well beyond the stock and beyond A's money.
    const fromA = Array.from({ length: A_REQUESTS }, (_, i) => ({ buyer: a, quantity: (i % 3) + 1 }));
    const fromB = Array.from({ length: B_REQUESTS }, (_, i) => ({ buyer: b, quantity: ((i + 1) % 3) + 1 }));
    const plan: typeof fromA = [];
    while (fromA.length || fromB.length) plan.push((plan.length % 4 === 3 && fromB.length) || !fromA.length ? fromB.shift()! : fromA.shift()!);
    const demand = plan.reduce((s, p) => s + p.quantity, 0);

    const started = performance.now();
    const results = await Promise.all(
      plan.map(async (p) => ({ ...p, r: await gw.graphql(PURCHASE, { token: p.buyer.token, variables: { input: { projectId, batchId, quantity: p.quantity } } }) })),
    );
    const seconds = (performance.now() - started) / 1000;

    const successes: Array<{ buyer: string; quantity: number; amount: number; transactionId: string }> = [];
    const failures = new Map<string, number>();
    for (const { buyer, quantity, r } of results) {
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const result = r.body.data?.purchaseLeads?.result;
      if (result) {
        assert.equal(r.body.errors, undefined);
        assert.equal(result.profileId, buyer.id);
        assert.equal(result.quantity, quantity, "a purchase delivers all it asked for or nothing");
        assert.equal(result.leadPurchaseItemsByTransactionId.totalCount, quantity);
        assert.equal(Number(result.amount), quantity * PRICE);
        successes.push({ buyer: buyer.id, quantity, amount: Number(result.amount), transactionId: result.id });
        continue;
      }
      assert.equal(r.body.errors?.length, 1, JSON.stringify(r.body));
      const err = r.body.errors[0];
      assert.equal(err.extensions?.code, "BUSINESS_RULE", JSON.stringify(err));
      const reason = /^Insufficient balance: the wallet holds \d+\.\d\d EGP, the purchase costs \d+\.\d\d EGP\.$/.test(err.message)
        ? "insufficient balance"
        : /^(Only \d+ leads? of this batch (is|are) available; you asked for \d\.|No leads of this batch are available\.)$/.test(err.message)
          ? "not enough leads"
          : null;
      assert.ok(reason, `unexpected refusal: ${err.message}`);
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
    }
    const failed = [...failures.values()].reduce((s, n) => s + n, 0);
    assert.equal(successes.length + failed, plan.length, "every request has exactly one outcome");
    assert.ok(successes.length > 0 && failed > 0, "some purchases succeed and some are refused");

    // The wallets: balance = completed ledger, mirrored on the profile, never negative.
    const wallets = (
      await db.query(
        `select w.profile_id, w.balance, p.wallet_balance,
                (select coalesce(sum(l.amount), 0) from profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed') as ledger,
                (select coalesce(sum(l.amount), 0) from profile_wallet_ledger l where l.wallet_id = w.id and l.entry_type = 'purchase') as purchases,
                (select count(*)::int from profile_wallet_ledger l where l.wallet_id = w.id and l.entry_type = 'purchase') as purchase_entries
         from profile_wallets w join profiles p on p.id = w.profile_id where w.profile_id = any ($1)`,
        [[a.id, b.id]],
      )
    ).rows;
    assert.equal(wallets.length, 2);
    for (const w of wallets) {
      const spent = successes.filter((s) => s.buyer === w.profile_id).reduce((s, x) => s + x.amount, 0);
      const deposit = w.profile_id === a.id ? A_BALANCE : B_BALANCE;
      assert.equal(Number(w.balance), Number(w.ledger), "balance = sum of completed ledger entries");
      assert.equal(Number(w.wallet_balance), Number(w.balance), "profiles.wallet_balance mirrors the wallet");
      assert.ok(Number(w.balance) >= 0, "never negative");
      assert.equal(-Number(w.purchases), spent, "the successful purchases cost exactly what the ledger debited");
      assert.equal(Number(w.balance), deposit - spent);
      assert.equal(w.purchase_entries, successes.filter((s) => s.buyer === w.profile_id).length, "one debit per successful purchase");
    }

    // The leads: none sold twice, each sold lead to exactly the buyer whose purchase lists it.
    const leadCheck = (
      await db.query(
        `select
           (select count(*)::int from (select lead_id from lead_purchase_items group by lead_id having count(*) > 1) d) as sold_twice,
           (select count(*)::int from leads where batch_id = $1 and is_sold) as sold,
           (select count(*)::int from lead_purchase_items i join leads l on l.id = i.lead_id where l.batch_id = $1) as items,
           (select count(*)::int from lead_purchase_items i join lead_transactions t on t.transaction_id = i.transaction_id join leads l on l.id = i.lead_id
             where l.batch_id = $1 and (l.buyer_user_id is distinct from t.profile_id or l.owner_id is distinct from t.profile_id or not l.is_sold)) as mismatched,
           (select count(*)::int from leads where batch_id = $1 and not is_sold and (buyer_user_id is not null or owner_id is not null or assigned_to_id is not null)) as half_sold,
           (select count(*)::int from lead_transactions where batch_id = $1 and transaction_type = 'purchase') as transactions,
           (select coalesce(sum(amount), 0) from lead_transactions where batch_id = $1 and transaction_type = 'purchase') as transacted`,
        [batchId],
      )
    ).rows[0];
    const soldBySuccesses = successes.reduce((s, x) => s + x.quantity, 0);
    const earned = successes.reduce((s, x) => s + x.amount, 0);
    assert.equal(leadCheck.sold_twice, 0, "no lead has two purchases");
    assert.equal(leadCheck.mismatched, 0, "every sold lead belongs to the buyer of its purchase");
    assert.equal(leadCheck.half_sold, 0, "no unsold lead carries a buyer, owner or assignee");
    assert.equal(leadCheck.sold, soldBySuccesses);
    assert.equal(leadCheck.items, soldBySuccesses);
    assert.ok(soldBySuccesses <= STOCK);
    assert.equal(leadCheck.transactions, successes.length, "one transaction per successful purchase, none for a refused one");
    assert.equal(Number(leadCheck.transacted), earned);
    const spentTotal = wallets.reduce((s, w) => s - Number(w.purchases), 0);
    assert.equal(spentTotal, earned, "sum of successful purchase totals = - sum of purchase ledger entries");

    const figures = {
      requests: plan.length,
      leadsAskedFor: demand,
      stock: STOCK,
      successes: successes.length,
      leadsSold: soldBySuccesses,
      failures: Object.fromEntries(failures),
      buyerA: { requests: A_REQUESTS, successes: successes.filter((s) => s.buyer === a.id).length, balanceLeft: Number(wallets.find((w) => w.profile_id === a.id)!.balance) },
      buyerB: { requests: B_REQUESTS, successes: successes.filter((s) => s.buyer === b.id).length, balanceLeft: Number(wallets.find((w) => w.profile_id === b.id)!.balance) },
      seconds: Number(seconds.toFixed(2)),
    };
    console.log(`purchase concurrency: ${JSON.stringify(figures)}`);
  });

  test("a purchase skips leads another transaction holds instead of waiting; they are for sale again once released", async () => {
    const projectId = (await db.query("insert into inventory_projects (name, developer, region, price_per_lead) values ('Held', 'Dev', 'Zayed', 50) returning id")).rows[0].id as string;
    const ingest = await gw.graphql(`mutation($input: IngestLeadBatchInput!) { ingestLeadBatch(input: $input) { result { id } } }`, {
      token: await tokenFor(admin.id, admin.email),
      variables: { input: { projectId, batchName: "Held batch", leads: [1, 2, 3].map((i) => ({ client_name: `Held ${i}`, client_phone: `+2012000000${i}` })) } },
    });
    const batchId = ingest.body.data.ingestLeadBatch.result.id as string;
    const buyer = await newBuyer(1_000);
    const buy = (quantity: number) => gw.graphql(`mutation($input: PurchaseLeadsInput!) { purchaseLeads(input: $input) { result { leadPurchaseItemsByTransactionId { nodes { leadId } } } } }`, {
      token: buyer.token,
      variables: { input: { projectId, batchId, quantity } },
    });
    const holder = await db.pool.connect();
    try {
      // Another transaction (a purchase in flight) holds the oldest lead.
      await holder.query("begin");
      const held = (await holder.query("select id from leads where batch_id = $1 order by created_at, id limit 1 for update", [batchId])).rows[0].id as string;
      const started = performance.now();
      const two = await buy(2);
      assert.ok(performance.now() - started < 3_000, "the purchase did not wait for the held lead");
      assert.equal(two.body.errors, undefined, JSON.stringify(two.body.errors));
      const got = two.body.data.purchaseLeads.result.leadPurchaseItemsByTransactionId.nodes.map((n: { leadId: string }) => n.leadId);
      assert.equal(got.length, 2);
      assert.equal(got.includes(held), false, "the held lead was skipped");
      const none = await buy(1);
      assert.equal(none.body.errors?.[0]?.message, "No leads of this batch are available.", JSON.stringify(none.body));
      await holder.query("rollback");
      const last = await buy(1);
      assert.deepEqual(last.body.data?.purchaseLeads?.result.leadPurchaseItemsByTransactionId.nodes, [{ leadId: held }], JSON.stringify(last.body));
    } finally {
      await holder.query("rollback").catch(() => {});
      holder.release();
    }
  });
});
