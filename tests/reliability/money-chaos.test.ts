import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import pg from "pg";
import { DEMO_USERS } from "../../server/seed/legacy.ts";
import { tokenFor } from "../helpers/gateway.ts";
import { startRestartableDatabase, type RestartableDatabase } from "./restartable-database.ts";
import { postGraphQL, sleep, startServeProcess, type ServeProcess } from "./serve-process.ts";

/**
 * Money and inventory when the database fails in the middle of the traffic: buyers racing for
 * one batch, finance approving every pending top-up twice at once, customers asking for new
 * top-ups, and meanwhile PostgreSQL crashes (immediate shutdown: no checkpoint, WAL replay on
 * restart) and later stops cleanly. Clients do what clients do: on a 503 or a dropped
 * connection they wait and retry. Afterwards the books must be exact whatever was cut short:
 * every wallet equals its ledger, no lead is sold twice, every purchase is whole (its leads, its
 * items, its one debit) or absent, every approved top-up is credited exactly once, everything a
 * client was told had succeeded is there, and no ledger entry committed before the crash is lost.
 */

const PRICE = 100;
const STOCK = 120;
const BUYERS = 6;
const PURCHASES_PER_BUYER = 12;
const DEPOSIT = 3_000; // 30 leads each: 180 leads of money for 120 leads of stock
const CUSTOMERS = 10;
const PENDING_PER_CUSTOMER = 2;

const PURCHASE = `mutation ($input: PurchaseLeadsInput!) { purchaseLeads(input: $input) { result { id quantity amount } } }`;
const REQUEST = `mutation ($input: RequestWalletTopupInput!) { requestWalletTopup(input: $input) { result { id status amount } } }`;
const APPROVE = `mutation ($input: ApproveWalletTopupInput!) { approveWalletTopup(input: $input) { result { id status } } }`;

const demo = (email: string) => DEMO_USERS.find((d) => d.email === email)!;

type Outcome = { kind: "ok"; data: any; attempts: number; uncertain: number } | { kind: "refused"; message: string; attempts: number; uncertain: number } | { kind: "gave up"; last: string; attempts: number; uncertain: number };

describe("money and inventory under chaos", () => {
  let db: RestartableDatabase;
  let gw: ServeProcess;
  let owner: pg.Pool;

  beforeAll(async () => {
    db = await startRestartableDatabase();
    gw = await startServeProcess(db);
    owner = new pg.Pool({ connectionString: db.ownerUrl, max: 4 });
    owner.on("error", () => {}); // its idle connections die with the crash
  });
  afterAll(async () => {
    await gw?.stop();
    await owner?.end().catch(() => {});
    await db?.destroy();
  });

  async function person(label: string, deposit = 0) {
    const id = randomUUID();
    const email = `${label}-${id.slice(0, 8)}@chaos.test`;
    // Signing up (a row in auth.users) makes the profile and its wallet, as on Supabase.
    await owner.query("insert into auth.users (id, email) values ($1, $2)", [id, email]);
    const named = await owner.query("update profiles set name = $2 where id = $1", [id, `Chaos ${label}`]);
    assert.equal(named.rowCount, 1, "the sign-up trigger made the profile");
    if (deposit) await owner.query("insert into profile_wallet_ledger (profile_id, entry_type, amount, source, status) values ($1, 'deposit', $2, 'admin', 'completed')", [id, deposit]);
    return { id, token: await tokenFor(id, email) };
  }

  // Like a process supervisor: if the gateway dies, start it again (and the test fails at the
  // end for it), so that the books are still checked through whatever happened.
  const deaths: string[] = [];
  let restarting: Promise<void> | null = null;
  function reviveGateway(): Promise<void> {
    restarting ??= (async () => {
      deaths.push(gw.output());
      gw = await startServeProcess(db);
    })().finally(() => (restarting = null));
    return restarting;
  }

  /** One client operation, retried like a client would on 503 or a dropped connection, until it gets a definite answer. */
  async function perform(query: string, token: string, variables: Record<string, unknown>, deadline: number): Promise<Outcome> {
    let attempts = 0;
    let uncertain = 0;
    let last = "";
    while (Date.now() < deadline) {
      attempts++;
      if (restarting) await restarting.catch(() => {});
      const r = await postGraphQL(gw.url, query, { token, variables });
      if (r.status === 0 && (gw.child.exitCode !== null || gw.child.signalCode !== null)) await reviveGateway().catch(() => {});
      const result = r.status === 200 ? Object.values(r.body?.data ?? {})[0] : undefined;
      if (r.status === 200 && result && !r.body.errors) return { kind: "ok", data: (result as any).result, attempts, uncertain };
      const err = r.body?.errors?.[0];
      if (r.status === 200 && err?.extensions?.code === "BUSINESS_RULE") return { kind: "refused", message: err.message, attempts, uncertain };
      // Anything else means "the outcome is not known": retry after a pause.
      uncertain++;
      last = `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
      await sleep(Number(r.headers.get("retry-after") ?? 0) > 0 ? 300 : 200);
    }
    return { kind: "gave up", last, attempts, uncertain };
  }

  test("purchases, top-up approvals and requests while the database crashes and restarts: the books balance exactly", async () => {
    const admin = demo("admin@salemate.test");
    const finance = demo("finance@salemate.test");
    const adminToken = await tokenFor(admin.id, admin.email);
    const financeToken = await tokenFor(finance.id, finance.email);

    const projectId = (await owner.query("insert into inventory_projects (name, developer, region, price_per_lead) values ('Chaos', 'Dev', 'Zayed', 999) returning id")).rows[0].id as string;
    const leads = Array.from({ length: STOCK }, (_, i) => ({ client_name: `Chaos client ${i}`, client_phone: `+2015${String(i).padStart(8, "0")}` }));
    const ingest = await postGraphQL(gw.url, `mutation ($input: IngestLeadBatchInput!) { ingestLeadBatch(input: $input) { result { id } } }`, {
      token: adminToken,
      variables: { input: { projectId, batchName: "Chaos batch", leads, cplPrice: PRICE } },
    });
    assert.equal(ingest.body.errors, undefined, JSON.stringify(ingest.body));
    const batchId = ingest.body.data.ingestLeadBatch.result.id as string;

    const buyers = await Promise.all(Array.from({ length: BUYERS }, (_, i) => person(`buyer${i}`, DEPOSIT)));
    const customers = await Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => person(`customer${i}`)));
    const pending: Array<{ id: string; amount: number }> = [];
    for (const [i, c] of customers.entries()) {
      for (let k = 0; k < PENDING_PER_CUSTOMER; k++) {
        const amount = 100 + 50 * ((i + k) % 8);
        const r = await postGraphQL(gw.url, REQUEST, { token: c.token, variables: { input: { amount: String(amount), paymentMethod: "Instapay" } } });
        assert.equal(r.body.errors, undefined, JSON.stringify(r.body));
        pending.push({ id: r.body.data.requestWalletTopup.result.id, amount });
      }
    }

    // The traffic: every operation in a shuffled queue, served by 12 concurrent clients.
    type Op = { kind: "purchase"; buyer: string; token: string; quantity: number } | { kind: "approve"; requestId: string } | { kind: "request"; customer: string; token: string; amount: number };
    const ops: Op[] = [
      ...buyers.flatMap((b) => Array.from({ length: PURCHASES_PER_BUYER }, (_, i): Op => ({ kind: "purchase", buyer: b.id, token: b.token, quantity: (i % 3) + 1 }))),
      ...pending.flatMap((p): Op[] => [{ kind: "approve", requestId: p.id }, { kind: "approve", requestId: p.id }]),
      ...customers.map((c, i): Op => ({ kind: "request", customer: c.id, token: c.token, amount: 200 + i })),
    ];
    let seed = 20251201;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = ops.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ops[i], ops[j]] = [ops[j]!, ops[i]!];
    }
    const deadline = Date.now() + 45_000;
    const results: Array<{ op: Op; outcome: Outcome; answeredAt: number }> = [];
    let next = 0;
    let abandoned = false;
    const client = async () => {
      while (next < ops.length && !abandoned) {
        const op = ops[next++]!;
        await sleep(300); // a steady stream, so the failures land in the middle of it
        const outcome =
          op.kind === "purchase"
            ? await perform(PURCHASE, op.token, { input: { projectId, batchId, quantity: op.quantity } }, deadline)
            : op.kind === "approve"
              ? await perform(APPROVE, financeToken, { input: { requestId: op.requestId } }, deadline)
              : await perform(REQUEST, op.token, { input: { amount: String(op.amount), paymentMethod: "VodafoneCash" } }, deadline);
        results.push({ op, outcome, answeredAt: Date.now() });
      }
    };
    // And readers browsing the shop all along, as on any busy afternoon.
    const agent = demo("agent@salemate.test");
    const agentToken = await tokenFor(agent.id, agent.email);
    let reads = 0;
    const reader = async () => {
      while (next < ops.length && !abandoned) {
        const r = await postGraphQL(gw.url, "{ shopProjects(first: 10) { nodes { id name } } leads(first: 10) { nodes { id stage } } }", { token: agentToken });
        reads++;
        if (r.status === 0 && (gw.child.exitCode !== null || gw.child.signalCode !== null)) await reviveGateway().catch(() => {});
        if (r.status !== 200) await sleep(100);
      }
    };
    const traffic = Promise.all([...Array.from({ length: 12 }, client), ...Array.from({ length: 4 }, reader)]);

    // The failures, in the middle of the traffic.
    let committedBeforeCrash: string[];
    let crashedAt: number;
    let stoppedAt: number;
    try {
      await sleep(800);
      committedBeforeCrash = (await owner.query<{ id: string }>("select ledger_id::text as id from profile_wallet_ledger")).rows.map((r) => r.id);
      crashedAt = Date.now();
      await db.crash();
      await sleep(1_500);
      await db.start();
      await sleep(1_500);
      stoppedAt = Date.now();
      await db.stop();
      await sleep(1_000);
      await db.start();
    } catch (err) {
      abandoned = true;
      throw err;
    } finally {
      await traffic;
    }

    // 1. Every operation got a definite answer once the database was back.
    const gaveUp = results.filter((r) => r.outcome.kind === "gave up");
    assert.deepEqual(gaveUp.map((r) => (r.outcome as { last: string }).last), [], "every operation ended with a definite answer");
    const interrupted = results.filter((r) => r.outcome.uncertain > 0).length;
    assert.ok(interrupted > 0, "some operations were cut short by the failures (else the test proves nothing)");

    // 2. Wallets: balance = completed ledger, mirrored on the profile, never negative: all of them.
    const wallets = (
      await owner.query(
        `select w.profile_id, w.balance::numeric as balance, p.wallet_balance::numeric as mirror,
                (select coalesce(sum(l.amount), 0) from profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed') as ledger
         from profile_wallets w join profiles p on p.id = w.profile_id`,
      )
    ).rows;
    const offBalance = wallets.filter((w) => Number(w.balance) !== Number(w.ledger) || Number(w.mirror) !== Number(w.balance));
    assert.deepEqual(offBalance, [], "every wallet's balance equals its ledger sum (and its mirror)");
    // (The legacy seed has overdrawn wallets of its own; the buyers' must never go below zero.)
    const ours = new Set([...buyers, ...customers].map((p) => p.id));
    assert.deepEqual(wallets.filter((w) => ours.has(w.profile_id) && Number(w.balance) < 0), [], "no buyer's wallet went negative");

    // 3. Leads and purchases: none sold twice, every purchase whole.
    const books = (
      await owner.query(
        `select
           (select count(*)::int from (select lead_id from lead_purchase_items group by lead_id having count(*) > 1) d) as sold_twice,
           (select count(*)::int from leads where batch_id = $1 and is_sold) as sold,
           (select count(*)::int from lead_purchase_items i join leads l on l.id = i.lead_id where l.batch_id = $1) as items,
           (select count(*)::int from leads where batch_id = $1 and not is_sold and (buyer_user_id is not null or owner_id is not null)) as half_sold,
           (select count(*)::int from lead_transactions t where t.batch_id = $1 and t.transaction_type = 'purchase'
              and (t.quantity <> (select count(*) from lead_purchase_items i where i.transaction_id = t.transaction_id)
                   or (select count(*) from profile_wallet_ledger e where e.reference_type = 'lead_transaction' and e.reference_id = t.transaction_id and e.amount = -t.amount and e.status = 'completed') <> 1)) as partial_purchases,
           (select count(*)::int from profile_wallet_ledger e where e.reference_type = 'lead_transaction'
              and not exists (select 1 from lead_transactions t where t.transaction_id = e.reference_id)) as orphan_debits,
           (select count(*)::int from lead_purchase_items i join lead_transactions t on t.transaction_id = i.transaction_id join leads l on l.id = i.lead_id
              where l.batch_id = $1 and (l.owner_id is distinct from t.profile_id or not l.is_sold)) as mismatched`,
        [batchId],
      )
    ).rows[0];
    assert.equal(books.sold_twice, 0, "no lead sold twice");
    assert.equal(books.sold, books.items, "every sold lead is in exactly one purchase");
    assert.ok(books.sold <= STOCK);
    assert.equal(books.half_sold, 0, "no lead half-sold");
    assert.equal(books.partial_purchases, 0, "every purchase has its items and exactly one debit of its amount");
    assert.equal(books.orphan_debits, 0, "no debit without its purchase");
    assert.equal(books.mismatched, 0, "every sold lead belongs to its buyer");

    // 4. Top-ups: approved ones credited exactly once, others not at all.
    const credits = (
      await owner.query(
        `select r.id::text, r.status, r.amount::numeric as amount,
                (select count(*)::int from profile_wallet_ledger e where e.reference_type = 'wallet_topup_request' and e.reference_id = r.id and e.source = 'topup_request') as credits,
                (select coalesce(sum(e.amount), 0) from profile_wallet_ledger e where e.reference_type = 'wallet_topup_request' and e.reference_id = r.id and e.source = 'topup_request') as credited
         from wallet_topup_requests r where r.user_id = any ($1)`,
        [customers.map((c) => c.id)],
      )
    ).rows;
    for (const c of credits) {
      if (c.status === "approved") assert.ok(c.credits === 1 && Number(c.credited) === Number(c.amount), `approved request ${c.id} credited once: ${JSON.stringify(c)}`);
      else assert.equal(c.credits, 0, `request ${c.id} (${c.status}) credited nothing`);
    }
    for (const p of pending) assert.equal(credits.find((c) => c.id === p.id)?.status, "approved", "every pending request ends approved (each was approved twice)");

    // 5. What clients were told is what happened.
    const txIds = new Set((await owner.query("select transaction_id::text from lead_transactions where batch_id = $1", [batchId])).rows.map((r) => r.transaction_id));
    const acknowledged = results.filter((r) => r.op.kind === "purchase" && r.outcome.kind === "ok");
    for (const r of acknowledged) assert.ok(txIds.has((r.outcome as { data: any }).data.id), "an acknowledged purchase is there");
    const requestIds = new Set(credits.map((c) => c.id));
    for (const r of results.filter((r) => r.op.kind === "request" && r.outcome.kind === "ok")) assert.ok(requestIds.has((r.outcome as { data: any }).data.id), "an acknowledged request is there");
    for (const r of results.filter((r) => r.op.kind === "approve" && r.outcome.kind === "refused")) {
      assert.match((r.outcome as { message: string }).message, /already approved/, "the second approval is told it is done");
    }
    for (const r of results.filter((r) => r.op.kind === "purchase" && r.outcome.kind === "refused")) {
      assert.match((r.outcome as { message: string }).message, /^(Insufficient balance|Only \d+ leads?|No leads)/);
    }

    // 6. Nothing committed before the crash was lost in it.
    const ledgerNow = new Set((await owner.query<{ id: string }>("select ledger_id::text as id from profile_wallet_ledger")).rows.map((r) => r.id));
    const lost = committedBeforeCrash.filter((id) => !ledgerNow.has(id));
    assert.deepEqual(lost, [], "every ledger entry committed before the crash survived it");

    // 7. And the gateway went through all of it without dying.
    assert.deepEqual(deaths, [], "the gateway process never died");
    assert.equal(gw.child.exitCode, null, `the gateway process exited:\n${gw.output()}`);

    const count = (kind: Op["kind"], outcome: Outcome["kind"]) => results.filter((r) => r.op.kind === kind && r.outcome.kind === outcome).length;
    const figures = {
      operations: results.length,
      reads,
      purchases: { ok: count("purchase", "ok"), refused: count("purchase", "refused"), leadsSold: books.sold },
      approvals: { ok: count("approve", "ok"), alreadyApproved: count("approve", "refused") },
      requests: { ok: count("request", "ok") },
      interruptedAndRetried: interrupted,
      answeredDuringFailures: results.filter((r) => r.answeredAt > crashedAt && r.answeredAt < stoppedAt + 1_000).length,
      ledgerEntriesBeforeCrash: committedBeforeCrash.length,
      ledgerEntriesAfter: ledgerNow.size,
    };
    console.log(`money chaos: ${JSON.stringify(figures)}`);
  }, 90_000);

  test("one customer's ten pending top-ups approved at the same moment: each credited once, none refused with a deadlock", async () => {
    const finance = demo("finance@salemate.test");
    const financeToken = await tokenFor(finance.id, finance.email);
    // The seed's customer: a wallet with a history, as real ones have (a fresh wallet's balance
    // sync is so quick that the race rarely shows).
    const seeded = demo("customer@salemate.test");
    const customer = { id: seeded.id, token: await tokenFor(seeded.id, seeded.email) };
    const before = (await owner.query("select balance::numeric as balance from profile_wallets where profile_id = $1", [customer.id])).rows[0]?.balance ?? 0;
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await postGraphQL(gw.url, REQUEST, { token: customer.token, variables: { input: { amount: String(100 + i), paymentMethod: "Instapay" } } });
      assert.equal(r.body.errors, undefined, JSON.stringify(r.body));
      ids.push(r.body.data.requestWalletTopup.result.id);
    }
    const t0 = Date.now();
    const answers = await Promise.all(ids.map((id) => postGraphQL(gw.url, APPROVE, { token: financeToken, variables: { input: { requestId: id } } })));
    const ms = Date.now() - t0;
    const codes = answers.map((a) => a.body?.errors?.[0]?.extensions?.code ?? "ok");
    assert.deepEqual(codes, ids.map(() => "ok"), "every approval succeeded the first time (RETRY means a deadlock)");
    const money = (
      await owner.query(
        `select w.balance::numeric as balance, (select coalesce(sum(l.amount), 0) from profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed') as ledger
         from profile_wallets w where w.profile_id = $1`,
        [customer.id],
      )
    ).rows[0];
    assert.equal(Number(money.balance), Number(money.ledger));
    assert.equal(Number(money.balance), Number(before) + ids.reduce((s, _, i) => s + 100 + i, 0));
    console.log(`concurrent approvals of one wallet: ${JSON.stringify({ approvals: 10, ms })}`);
  }, 60_000);

  test("ten finance adjustments to one wallet at the same moment: all booked, none refused with a deadlock", async () => {
    // Any writer of the ledger, not only the top-up workflow: finance's createProfileWalletLedger
    // (and, outside GraphQL, the old app's service-role writes) insert entries for one wallet at once.
    const finance = demo("finance@salemate.test");
    const financeToken = await tokenFor(finance.id, finance.email);
    const customer = demo("customer@salemate.test");
    const wallet = (await owner.query("select id, balance::numeric as balance from profile_wallets where profile_id = $1", [customer.id])).rows[0];
    const ADJUST = `mutation ($e: ProfileWalletLedgerInput!) { createProfileWalletLedger(input: { profileWalletLedger: $e }) { profileWalletLedger { id } } }`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postGraphQL(gw.url, ADJUST, {
          token: financeToken,
          variables: { e: { profileId: customer.id, walletId: wallet.id, entryType: "adjustment", amount: String(5 + i), description: `Goodwill ${i}` } },
        }),
      ),
    );
    const codes = answers.map((a) => a.body?.errors?.[0]?.extensions?.code ?? (a.status === 200 ? "ok" : String(a.status)));
    assert.deepEqual(codes, answers.map(() => "ok"), `every adjustment was booked the first time (RETRY means a deadlock): ${JSON.stringify(answers.find((a) => a.body?.errors)?.body)}`);
    const after = (
      await owner.query(
        `select w.balance::numeric as balance, (select coalesce(sum(l.amount), 0) from profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed') as ledger
         from profile_wallets w where w.id = $1`,
        [wallet.id],
      )
    ).rows[0];
    assert.equal(Number(after.balance), Number(after.ledger));
    assert.equal(Number(after.balance), Number(wallet.balance) + Array.from({ length: 10 }, (_, i) => 5 + i).reduce((a, b) => a + b, 0));
  }, 60_000);
});
