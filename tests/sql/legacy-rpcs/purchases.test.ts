// The app's purchase RPCs after migration (create_lead_request, approve_purchase_request,
// approve_purchase_request_and_assign_leads, assign_leads_to_user): requests are the caller's own,
// only finance and admins hand over leads for a purchase paid outside the wallet, and nobody gets
// leads for free by calling an RPC.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import type { TestDatabase } from "../../helpers/database.ts";
import { PEOPLE, asService, asUser, expectRefused, migratedWithLegacyFunctions, walletOf } from "./fixtures.ts";

let db: TestDatabase;
let project: string;
beforeAll(async () => {
  db = await migratedWithLegacyFunctions();
  project = (await db.query("select project_id as project from public.shop_projects order by available_leads desc limit 1")).rows[0].project;
});
afterAll(async () => {
  await db?.drop();
});

/** A purchase the old checkout makes for a receipt payment: a row in purchase_requests, as the buyer. */
async function receiptPurchase(buyer: string, quantity: number): Promise<string> {
  return asUser(db.pool, buyer, async (c) => {
    const { rows: [r] } = await c.query(
      `insert into public.purchase_requests (user_id, project_id, quantity, total_amount, payment_method, receipt_url, status)
       values ($1, $2, $3, $3 * 100, 'Instapay', 'receipts/r.jpg', 'pending') returning id`, [buyer, project, quantity]);
    return r.id as string;
  }, true);
}

const stock = async (c: pg.ClientBase = db.pool as unknown as pg.ClientBase) =>
  Number((await c.query("select available_leads from public.shop_projects where project_id = $1", [project])).rows[0].available_leads);

describe("create_lead_request", () => {
  test("the user's own request is a pending lead_transactions request at the project's price", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [{ id }] } = await c.query(
        "select public.create_lead_request(p_user_id => $1, p_project_id => $2, p_requested_quantity => 20, p_price_per_lead => 1, p_user_notes => 'Zayed please') as id",
        [PEOPLE.agent, project]);
      const { rows: [t] } = await c.query(
        `select t.transaction_type, t.status, t.profile_id, t.quantity, t.notes, t.amount = round(20 * p.price_per_lead, 2) as priced
         from public.lead_transactions t join public.inventory_projects p on p.id = t.project_id where t.transaction_id = $1`, [id]);
      assert.deepEqual(t, { transaction_type: "request", status: "pending", profile_id: PEOPLE.agent, quantity: 20, notes: "Zayed please", priced: true });
    });
  });

  test("nobody requests leads in another's name (42501)", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      await expectRefused(c, "select public.create_lead_request($1, $2, 5, 100)", [PEOPLE.customer, project], /only request leads for yourself/);
    });
  });
});

describe("approve_purchase_request", () => {
  const approve = "select public.approve_purchase_request(request_id => $1, lead_quantity => $2) as r";

  test("finance approves a receipt purchase: the oldest stock leads become the buyer's, the purchase fulfilled, no wallet moved", async () => {
    const request = await receiptPurchase(PEOPLE.agent, 3);
    const [before, wallet] = [await stock(), await walletOf(db.pool as unknown as pg.ClientBase, PEOPLE.agent)];
    const r = await asUser(db.pool, PEOPLE.finance, async (c) => (await c.query(approve, [request, 3])).rows[0].r, true);
    assert.equal(r.success, true, JSON.stringify(r));
    assert.equal(r.leads_assigned, 3);
    const { rows: leads } = await db.query(
      "select buyer_user_id, owner_id, assigned_to_id, is_sold from public.leads where id = any ($1)", [r.lead_ids]);
    assert.deepEqual(leads.map((l) => [l.buyer_user_id, l.owner_id, l.assigned_to_id, l.is_sold]), Array(3).fill([PEOPLE.agent, PEOPLE.agent, PEOPLE.agent, true]));
    const { rows: [t] } = await db.query("select status, approved_by, fulfilled_at is not null as fulfilled from public.lead_transactions where transaction_id = $1", [request]);
    assert.deepEqual(t, { status: "fulfilled", approved_by: PEOPLE.finance, fulfilled: true });
    const { rows: [items] } = await db.query("select count(*)::int as n from public.lead_purchase_items where transaction_id = $1", [request]);
    assert.equal(items.n, 3);
    assert.equal(await stock(), before - 3);
    assert.deepEqual(await walletOf(db.pool as unknown as pg.ClientBase, PEOPLE.agent), wallet);
    // Approved once: the second answer is the legacy "already processed".
    const again = await asUser(db.pool, PEOPLE.finance, async (c) => (await c.query(approve, [request, null])).rows[0].r);
    assert.deepEqual(again, { success: false, error: "Purchase request not found or already processed" });
  });

  test("the buyer cannot approve their own purchase, nor can an agent or support (42501)", async () => {
    const request = await receiptPurchase(PEOPLE.agent, 1);
    for (const who of [PEOPLE.agent, PEOPLE.support, PEOPLE.manager]) {
      await asUser(db.pool, who, async (c) => {
        await expectRefused(c, approve, [request, 1], /Only finance staff or admins approve/);
      });
    }
    const finance = await receiptPurchase(PEOPLE.finance, 1);
    await asUser(db.pool, PEOPLE.finance, async (c) => {
      await expectRefused(c, approve, [finance, 1], /cannot approve your own/);
    });
  });

  test("more leads than the project has for sale: {success: false}, nothing handed over", async () => {
    const request = await receiptPurchase(PEOPLE.customer, 1);
    await db.query("update public.lead_transactions set quantity = 100000 where transaction_id = $1", [request]);
    const before = await stock();
    await asUser(db.pool, PEOPLE.admin, async (c) => {
      const { rows: [{ r }] } = await c.query(approve, [request, null]);
      assert.equal(r.success, false);
      assert.match(r.error, /^Only \d+ leads of this project are available/);
    });
    assert.equal(await stock(), before);
  });

  test("approve_purchase_request_and_assign_leads: the admin approves as themselves, with notes; another admin id is refused", async () => {
    const request = await receiptPurchase(PEOPLE.customer, 2);
    await asUser(db.pool, PEOPLE.admin, async (c) => {
      await expectRefused(c, "select public.approve_purchase_request_and_assign_leads($1, $2, 'x')", [request, PEOPLE.finance], /own profile id/);
      const { rows: [{ r }] } = await c.query(
        "select public.approve_purchase_request_and_assign_leads(p_request_id => $1, p_admin_id => $2, p_admin_notes => 'Receipt checked') as r",
        [request, PEOPLE.admin]);
      assert.deepEqual([r.success, r.leads_assigned], [true, 2]);
      const { rows: [t] } = await c.query("select status, admin_notes, approved_by from public.lead_transactions where transaction_id = $1", [request]);
      assert.deepEqual(t, { status: "fulfilled", admin_notes: "Receipt checked", approved_by: PEOPLE.admin });
    });
  });
});

describe("assign_leads_to_user", () => {
  const assign = "select public.assign_leads_to_user(user_id => $1, project_id => $2, quantity => $3) as r";

  test("a buyer cannot hand themselves leads without paying (42501); nothing changes", async () => {
    const before = await stock();
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      await expectRefused(c, assign, [PEOPLE.agent, project, 5], /Only admins hand leads to a user/);
    });
    assert.equal(await stock(), before);
  });

  test("an admin (or the service role) hands a user stock leads, recorded as a fulfilled purchase of 0 EGP", async () => {
    const before = await stock();
    const r = await asUser(db.pool, PEOPLE.admin, async (c) => (await c.query(assign, [PEOPLE.customer, project, 2])).rows[0].r, true);
    assert.deepEqual([r.success, r.assigned_count], [true, 2]);
    const { rows: [t] } = await db.query(
      "select transaction_type, status, source, amount::float8, profile_id from public.lead_transactions where transaction_id = $1", [r.transaction_id]);
    assert.deepEqual(t, { transaction_type: "purchase", status: "fulfilled", source: "admin", amount: 0, profile_id: PEOPLE.customer });
    await asService(db.pool, async (c) => {
      const { rows: [{ r: s }] } = await c.query(assign, [PEOPLE.customer, project, 1]);
      assert.equal(s.assigned_count, 1);
    });
    assert.equal(await stock(), before - 2);
  });
});
