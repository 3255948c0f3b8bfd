import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { sleep, wsClient, type WsClient } from "../../helpers/subscriptions.ts";

const THREAD = `subscription ($id: UUID!) {
  supportThreadChanged(threadId: $id) { kind threadId thread { status } message { body messageType } }
}`;
const QUEUE = `subscription { supportQueue { kind thread { id subject status } } }`;
const WALLET = `subscription { myWallet { kind wallet { balance } ledgerEntry { amount entryType } } }`;
const kinds = (events: any[], field: string) => events.map((e) => e.data?.[field]?.kind);

describe("support and wallet subscriptions over graphql-ws", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const clients: WsClient[] = [];
  const people: Record<string, { id: string; email: string }> = {};
  let thread: string;

  const client = async (who: string) => {
    const token = await tokenFor(people[who]!.id, people[who]!.email);
    const c = wsClient(gw.url, () => token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    for (const who of ["customer", "support", "agent", "admin"]) {
      people[who] = (await db.query("select id, email from profiles where email = $1", [`${who}@salemate.test`])).rows[0];
    }
    thread = (await db.query("select thread_id from support_threads where created_by = $1 and status not in ('resolved', 'closed') order by created_at limit 1", [people.customer!.id])).rows[0].thread_id;
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose().catch(() => {});
    await gw?.close();
    await db?.drop();
  });

  test("a customer receives public replies in their thread and never an internal note; support receives both", async () => {
    const customer = (await client("customer")).subscribe(THREAD, { id: thread });
    const staff = (await client("support")).subscribe(THREAD, { id: thread });
    await Promise.all([customer.waitFor(1), staff.waitFor(1)]);
    const insert = (type: string, body: string, author: string) =>
      db.query("insert into support_messages (thread_id, author_id, message_type, body) values ($1, $2, $3, $4)", [thread, people[author]!.id, type, body]);
    await insert("internal", "Customer is on the VIP list; offer a refund", "support");
    await insert("user", "We are looking into your payment now.", "support");
    await staff.waitFor(3);
    await customer.waitFor(2);
    await sleep(300);
    assert.deepEqual(customer.events.map((e) => e.data.supportThreadChanged.message?.body ?? e.data.supportThreadChanged.kind), ["SUBSCRIBED", "We are looking into your payment now."]);
    assert.deepEqual(
      staff.events.map((e) => e.data.supportThreadChanged.message?.messageType ?? e.data.supportThreadChanged.kind),
      ["SUBSCRIBED", "internal", "user"],
    );
    assert.ok(JSON.stringify(customer.events).indexOf("VIP list") === -1);
  });

  test("an agent may not follow a customer's thread", async () => {
    const s = (await client("agent")).subscribe(THREAD, { id: thread });
    await s.waitFor(1);
    assert.equal(s.events[0].errors[0].message, "That support thread does not exist or you may not see it.");
  });

  test("the support queue: staff see threads opened and resolved; customers are refused", async () => {
    const queue = (await client("support")).subscribe(QUEUE);
    const refused = (await client("customer")).subscribe(QUEUE);
    await Promise.all([queue.waitFor(1), refused.waitFor(1)]);
    assert.equal(refused.events[0].errors[0].extensions.code, "FORBIDDEN");
    const opened = (
      await db.query("insert into support_threads (subject, created_by) values ('Instapay transfer not credited', $1) returning thread_id", [people.customer!.id])
    ).rows[0].thread_id;
    await db.query("update support_threads set status = 'resolved' where thread_id = $1", [opened]);
    await queue.waitFor(3);
    assert.deepEqual(kinds(queue.events, "supportQueue"), ["SUBSCRIBED", "THREAD_OPENED", "THREAD_RESOLVED"]);
    assert.equal(queue.events[1].data.supportQueue.thread.subject, "Instapay transfer not credited");
  });

  test("my wallet: the owner hears of ledger entries and the new balance; nobody else does", async () => {
    const mine = (await client("customer")).subscribe(WALLET);
    const other = (await client("agent")).subscribe(WALLET);
    await Promise.all([mine.waitFor(1), other.waitFor(1)]);
    const wallet = (await db.query("select id, balance from profile_wallets where profile_id = $1", [people.customer!.id])).rows[0];
    await db.query(
      "insert into profile_wallet_ledger (profile_id, wallet_id, entry_type, amount, source, status) values ($1, $2, 'topup', 750, 'gateway', 'completed')",
      [people.customer!.id, wallet.id],
    );
    await mine.waitFor(3);
    const got = mine.events.slice(1).map((e) => e.data.myWallet);
    const entry = got.find((g) => g.kind === "LEDGER_ENTRY_ADDED");
    const balance = got.find((g) => g.kind === "BALANCE_CHANGED");
    assert.equal(Number(entry.ledgerEntry.amount), 750);
    assert.equal(Number(balance.wallet.balance), Number(wallet.balance) + 750);
    await sleep(300);
    assert.deepEqual(kinds(other.events, "myWallet"), ["SUBSCRIBED"]);
  });
});
