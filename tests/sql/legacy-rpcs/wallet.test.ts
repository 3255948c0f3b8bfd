// The app's wallet RPCs after migration (get_user_wallet_balance, deduct_from_wallet,
// add_to_wallet, process_payment_and_topup), called as the app called them: the frontend as the
// signed-in user, the edge functions as the service role. Money moves only through the ledger, and
// nobody reaches a wallet that is not theirs.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import type { TestDatabase } from "../../helpers/database.ts";
import { PEOPLE, asService, asUser, errorOf, expectRefused, migratedWithLegacyFunctions, walletOf } from "./fixtures.ts";

let db: TestDatabase;
let su: pg.ClientBase;
beforeAll(async () => {
  db = await migratedWithLegacyFunctions();
  su = db.pool as unknown as pg.ClientBase;
});
afterAll(async () => {
  await db?.drop();
});

const deduct = "select public.deduct_from_wallet(p_user_id => $1, p_amount => $2, p_description => $3) as r";
const credit = "select public.add_to_wallet(p_user_id => $1, p_amount => $2, p_description => $3) as r";

describe("get_user_wallet_balance", () => {
  test("a user reads their own balance; another's reads as 0 (row-level security); finance reads anyone's", async () => {
    const own = await walletOf(su, PEOPLE.agent);
    const other = await walletOf(su, PEOPLE.customer);
    assert.ok(own.balance > 0 && other.balance > 0);
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const q = "select public.get_user_wallet_balance(p_user_id => $1)::float8 as b";
      assert.equal((await c.query(q, [PEOPLE.agent])).rows[0].b, own.balance);
      assert.equal((await c.query(q, [PEOPLE.customer])).rows[0].b, 0);
    });
    await asUser(db.pool, PEOPLE.finance, async (c) => {
      assert.equal((await c.query("select public.get_user_wallet_balance($1)::float8 as b", [PEOPLE.customer])).rows[0].b, other.balance);
    });
  });
});

describe("deduct_from_wallet", () => {
  test("the user's own debit is one completed purchase entry of the ledger; the wallet and profiles.wallet_balance follow", async () => {
    const before = await walletOf(su, PEOPLE.agent);
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [{ r }] } = await c.query(deduct, [PEOPLE.agent, 150.5, "Purchase 3 leads from 1 project(s)"]);
      assert.equal(r.success, true, JSON.stringify(r));
      assert.equal(Number(r.previous_balance), before.balance);
      assert.equal(Number(r.new_balance), before.balance - 150.5);
      const { rows: [e] } = await c.query(
        "select entry_type, amount::float8, status, source, created_by, description from public.profile_wallet_ledger where ledger_id = $1", [r.ledger_entry_id]);
      assert.deepEqual(e, { entry_type: "purchase", amount: -150.5, status: "completed", source: "app", created_by: PEOPLE.agent,
                            description: "Purchase 3 leads from 1 project(s)" });
      const after = await walletOf(c, PEOPLE.agent);
      assert.deepEqual(after, { balance: before.balance - 150.5, ledger: before.balance - 150.5 });
      const { rows: [p] } = await c.query("select wallet_balance::float8 as b from public.profiles where id = $1", [PEOPLE.agent]);
      assert.equal(p.b, before.balance - 150.5);
    });
  });

  test("more than the balance: {success: false} with the legacy message, and nothing is written", async () => {
    const before = await walletOf(su, PEOPLE.agent);
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [{ r }] } = await c.query(deduct, [PEOPLE.agent, before.balance + 1, "too much"]);
      assert.equal(r.success, false);
      assert.match(r.error, /^Insufficient funds\. Balance: /);
      assert.deepEqual(await walletOf(c, PEOPLE.agent), before);
    });
  });

  test("a signed-in user cannot deduct from another's wallet (42501), whatever they pass", async () => {
    const before = await walletOf(su, PEOPLE.customer);
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      await expectRefused(c, deduct, [PEOPLE.customer, 10, "x"], /only pay from your own wallet/);
    });
    await asUser(db.pool, PEOPLE.admin, async (c) => {
      await expectRefused(c, deduct, [PEOPLE.customer, 10, "x"], /only pay from your own wallet/);
    });
    assert.deepEqual(await walletOf(su, PEOPLE.customer), before);
  });

  test("the purchase-leads edge function (service role) debits the buyer", async () => {
    const before = await walletOf(su, PEOPLE.customer);
    await asService(db.pool, async (c) => {
      const { rows: [{ r }] } = await c.query(deduct, [PEOPLE.customer, 20, "Purchase 1 leads from Mivida"]);
      assert.equal(r.success, true);
      assert.equal((await walletOf(c, PEOPLE.customer)).balance, before.balance - 20);
    });
  });
});

describe("add_to_wallet", () => {
  test("nobody credits their own wallet (42501): the old checkout's self-refund is refused, its wallet untouched", async () => {
    for (const who of [PEOPLE.agent, PEOPLE.finance, PEOPLE.admin]) {
      const before = await walletOf(su, who);
      await asUser(db.pool, who, async (c) => {
        const { rows: [{ r: paid }] } = await c.query(deduct, [who, 300, "Purchase 6 leads"]);
        assert.equal(paid.success, true);
        await expectRefused(c, credit, [who, 300, "Refund - purchase request creation failed"], /cannot credit your own wallet/);
      });
      assert.deepEqual(await walletOf(su, who), before);
    }
  });

  test("a user cannot credit another's wallet (42501); finance can, as an adjustment recorded as theirs", async () => {
    const before = await walletOf(su, PEOPLE.customer);
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      await expectRefused(c, credit, [PEOPLE.customer, 50, "gift"], /Only finance staff or admins credit a wallet/);
    });
    await asUser(db.pool, PEOPLE.finance, async (c) => {
      const { rows: [{ r }] } = await c.query(credit, [PEOPLE.customer, 50, "Goodwill"]);
      assert.equal(r.success, true);
      const { rows: [e] } = await c.query("select entry_type, source, created_by from public.profile_wallet_ledger where ledger_id = $1", [r.ledger_entry_id]);
      assert.deepEqual(e, { entry_type: "adjustment", source: "admin", created_by: PEOPLE.finance });
      assert.equal((await walletOf(c, PEOPLE.customer)).balance, before.balance + 50);
    });
  });

  test("the purchase-leads edge function (service role) refunds a failed purchase", async () => {
    const before = await walletOf(su, PEOPLE.customer);
    await asService(db.pool, async (c) => {
      const { rows: [{ r }] } = await c.query(credit, [PEOPLE.customer, 75, "Refund - lead purchase failed"]);
      assert.deepEqual([r.success, r.entry_type], [true, "refund"]);
      assert.equal((await walletOf(c, PEOPLE.customer)).balance, before.balance + 75);
    });
  });
});

describe("process_payment_and_topup", () => {
  async function pendingTopup(c: pg.ClientBase, profile: string, amount: number): Promise<{ payment: string; request: string }> {
    const { rows: [r] } = await c.query(
      "insert into public.wallet_topup_requests (user_id, amount, payment_method, status) values ($1, $2, 'card', 'pending') returning id", [profile, amount]);
    const { rows: [p] } = await c.query(
      `insert into public.profile_payment_transactions (profile_id, amount, payment_method, gateway, status, transaction_type, reference_id)
       values ($1, $2, 'card', 'kashier', 'pending', 'wallet_topup', $3) returning id`, [profile, amount, r.id]);
    return { payment: p.id, request: r.id };
  }
  const settle = "select public.process_payment_and_topup(p_transaction_id => $1, p_status => $2) as r";

  test("the gateway's webhook (service role) completes a top-up: the wallet is credited once, the request approved", async () => {
    const { payment, request } = await asService(db.pool, (c) => pendingTopup(c, PEOPLE.agent, 1000), true);
    const before = await walletOf(su, PEOPLE.agent);
    await asService(db.pool, async (c) => {
      const { rows: [{ r }] } = await c.query(settle, [payment, "completed"]);
      assert.deepEqual([r.success, r.status, r.wallet_credited], [true, "completed", true]);
      const { rows: [again] } = await c.query(settle, [payment, "completed"]);
      assert.equal(again.r.message, "Transaction already processed");
    }, true);
    assert.deepEqual(await walletOf(su, PEOPLE.agent), { balance: before.balance + 1000, ledger: before.balance + 1000 });
    const { rows: entries } = await db.query(
      "select entry_type, source, amount::float8 from public.profile_wallet_ledger where reference_type = 'payment_transaction' and reference_id = $1", [payment]);
    assert.deepEqual(entries, [{ entry_type: "topup", source: "gateway", amount: 1000 }]);
    const { rows: [req] } = await db.query("select status, payment_transaction_id from public.wallet_topup_requests where id = $1", [request]);
    assert.deepEqual(req, { status: "approved", payment_transaction_id: payment });
  });

  test("the payer cannot complete their own payment (42501), may mark it failed; another's is not found", async () => {
    const { payment } = await asService(db.pool, (c) => pendingTopup(c, PEOPLE.agent, 500), true);
    const before = await walletOf(su, PEOPLE.agent);
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      const { rows: [{ r }] } = await c.query(settle, [payment, "failed"]);
      assert.deepEqual(r, { success: false, error: "Transaction not found" });
    });
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      await expectRefused(c, settle, [payment, "completed"], /confirmed by the payment gateway/);
      const { rows: [{ r }] } = await c.query(settle, [payment, "failed"]);
      assert.deepEqual([r.success, r.status, r.wallet_credited], [true, "failed", false]);
    }, true);
    assert.deepEqual(await walletOf(su, PEOPLE.agent), before);
    assert.equal((await db.query("select status from public.profile_payment_transactions where id = $1", [payment])).rows[0].status, "failed");
  });

  test("finance cannot confirm their own payment either (42501); they confirm another's", async () => {
    const own = await asService(db.pool, (c) => pendingTopup(c, PEOPLE.finance, 300), true);
    const other = await asService(db.pool, (c) => pendingTopup(c, PEOPLE.customer, 300), true);
    const before = await walletOf(su, PEOPLE.customer);
    await asUser(db.pool, PEOPLE.finance, async (c) => {
      await expectRefused(c, settle, [own.payment, "completed"], /confirmed by the payment gateway/);
      const { rows: [{ r }] } = await c.query(settle, [other.payment, "completed"]);
      assert.deepEqual([r.success, r.wallet_credited], [true, true]);
    }, true);
    assert.equal((await walletOf(su, PEOPLE.customer)).balance, before.balance + 300);
  });

  test("an unknown status changes nothing", async () => {
    const { payment } = await asService(db.pool, (c) => pendingTopup(c, PEOPLE.agent, 200), true);
    await asService(db.pool, async (c) => {
      const { rows: [{ r }] } = await c.query(settle, [payment, "paid?"]);
      assert.equal(r.success, false);
      assert.equal(await errorOf(c, "select 1"), null);
    });
    assert.equal((await db.query("select status from public.profile_payment_transactions where id = $1", [payment])).rows[0].status, "pending");
  });
});
