import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { assertRefused, asUser, DEMO } from "../../helpers/migration-kit.ts";

/**
 * Issue 16's lead and money examples, written straight to the tables as a signed-in user would
 * through Supabase's REST path (and through the compatibility views the old app writes): who
 * owns, bought or works a lead, its sale and price, and a transaction's money move only
 * through the workflows. Every refusal is 42501.
 */
describe("lead and transaction write boundaries", () => {
  let db: TestDatabase;
  let assigned: string; // a lead the demo agent works but does not own
  let project: string;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    assigned = (await db.query("select id from leads where assigned_to_id = $1 and owner_id is distinct from $1 order by id limit 1", [DEMO.agent])).rows[0].id;
    project = (await db.query("select id from inventory_projects order by id limit 1")).rows[0].id;
  });
  afterAll(() => db?.drop());

  test("lead takeover: the assignee cannot change a lead's owner, buyer, price, sale or assignment", async () => {
    await asUser(db, DEMO.agent, async (c) => {
      for (const [set, params] of [
        ["owner_id = $2", [DEMO.agent]],
        ["buyer_user_id = $2", [DEMO.agent]],
        ["cpl_price = 0", []],
        ["is_sold = not is_sold", []],
        ["sold_at = now()", []],
        ["assigned_to_id = $2", [DEMO.agent2]],
        ["assigned_at = now()", []],
        ["batch_id = null", []],
        ["project_id = (select id from inventory_projects where id <> project_id limit 1)", []],
      ] as const) {
        await assertRefused(c, `update leads set ${set} where id = $1`, [assigned, ...params], "42501");
      }
      // What working a lead needs is still there: the client's details, the stage.
      const ok = await c.query("update leads set feedback = 'called, interested', stage = 'Potential', client_email = 'client@example.com' where id = $1", [assigned]);
      assert.equal(ok.rowCount, 1);
    });
  });

  test("lead takeover: nobody creates a lead already sold, priced, or bought by another agent", async () => {
    const base = "insert into leads (client_name, client_phone, platform, project_id, owner_id";
    await asUser(db, DEMO.agent, async (c) => {
      await assertRefused(c, `${base}, is_sold, cpl_price, buyer_user_id) values ('Sold', '+201000000002', 'Other', $1, $2, true, 0, $3)`, [project, DEMO.agent, DEMO.agent2]);
      await assertRefused(c, `${base}, buyer_user_id) values ('Bought', '+201000000002', 'Other', $1, $2, $3)`, [project, DEMO.agent, DEMO.agent2]);
      await assertRefused(c, `${base}, is_sold) values ('Sold', '+201000000002', 'Other', $1, $2, true)`, [project, DEMO.agent]);
      await assertRefused(c, `${base}, cpl_price) values ('Priced', '+201000000002', 'Other', $1, $2, 0)`, [project, DEMO.agent]);
      await assertRefused(c, `${base}, assigned_to_id) values ('Pushed', '+201000000002', 'Other', $1, $2, $3)`, [project, DEMO.agent, DEMO.agent2]);
      // Owned by someone else: the insert policy's refusal.
      await assertRefused(c, `${base}) values ('Planted', '+201000000002', 'Other', $1, $2)`, [project, DEMO.agent2]);
      // A lead of one's own (the old app files it under its buyer: oneself) is fine, its created_at is now.
      const mine = await c.query(`${base}, buyer_user_id, created_at) values ('Mine', '+201000000002', 'Other', $1, $2, $2, '2020-01-01') returning is_sold, created_at > now() - interval '1 minute' as fresh`, [project, DEMO.agent]);
      assert.deepEqual(mine.rows, [{ is_sold: false, fresh: true }]);
    });
    // Admins sell nothing by hand either.
    await asUser(db, DEMO.admin, async (c) => {
      await assertRefused(c, `${base}, is_sold, buyer_user_id) values ('Sold', '+201000000002', 'Other', $1, $2, true, $3)`, [project, DEMO.admin, DEMO.agent2]);
      await assertRefused(c, "update leads set owner_id = $2 where id = $1", [assigned, DEMO.agent2]);
    });
  });

  test("a person who sees a lead cannot forge the inventory matcher's recommendation: no insert of source matcher, no turning a row into one, no change to one; the matcher still writes it", async () => {
    const matcherRows = async () =>
      (await db.query("select recommendation_id, result_count, top_units from lead_recommendations where lead_id = $1 and source = 'matcher'", [assigned])).rows;
    assert.deepEqual(await matcherRows(), [], "the lead has no matcher row yet: a forged one would stand");
    for (const who of [DEMO.agent, DEMO.admin]) {
      await asUser(db, who, async (c) => {
        await assertRefused(
          c,
          "insert into lead_recommendations (lead_id, source, created_by, result_count, top_units) values ($1, 'matcher', $2, 99, '[1, 2, 3]')",
          [assigned, who],
          "42501",
          /written by the inventory matcher/,
        );
        // Their own recommendation, as a person, is still theirs to record; it does not become the matcher's.
        const own = (await c.query("insert into lead_recommendations (lead_id, source, created_by, result_count) values ($1, 'manual', $2, 1) returning recommendation_id", [assigned, who])).rows[0].recommendation_id;
        await assertRefused(c, "update lead_recommendations set source = 'matcher' where recommendation_id = $1", [own]);
      });
    }
    assert.deepEqual(await matcherRows(), []);

    // The matcher (its security-definer function, as the job worker calls it) writes the row.
    await db.query("update leads set budget = 100000000 where id = $1", [assigned]);
    const id = (await db.query("select salemate.match_lead_inventory($1) as id", [assigned])).rows[0].id;
    const [row] = await matcherRows();
    assert.equal(row?.recommendation_id, id);
    for (const who of [DEMO.agent, DEMO.admin]) {
      await asUser(db, who, async (c) => {
        await assertRefused(c, "update lead_recommendations set source = 'manual' where recommendation_id = $1", [id]);
        await assertRefused(c, "update lead_recommendations set top_units = '[1]', result_count = 1 where recommendation_id = $1", [id]);
      });
    }
    assert.deepEqual(await matcherRows(), [row]);
  });

  /** A pending shop request of the demo customer's (as superuser), its id. */
  async function pendingRequest(): Promise<string> {
    const { rows } = await db.query(
      `insert into lead_transactions (transaction_type, profile_id, project_id, quantity, amount, status, source)
       values ('request', $1, $2, 5, 500, 'pending', 'shop') returning transaction_id`,
      [DEMO.customer, project],
    );
    return rows[0].transaction_id;
  }

  test("a customer cannot change the amount or quantity of their own pending transaction, directly or through the old views", async () => {
    const tx = await pendingRequest();
    await asUser(db, DEMO.customer, async (c) => {
      await assertRefused(c, "update lead_transactions set amount = 1 where transaction_id = $1", [tx]);
      await assertRefused(c, "update lead_transactions set quantity = 500 where transaction_id = $1", [tx]);
      await assertRefused(c, "update lead_transactions set project_id = (select id from inventory_projects where id <> $2 limit 1) where transaction_id = $1", [tx, project]);
      await assertRefused(c, "update lead_transactions set status = 'approved' where transaction_id = $1", [tx]);
      await assertRefused(c, "update lead_requests set budget = 1 where id = $1", [tx]);
      await assertRefused(c, "update lead_requests set quantity = 500 where id = $1", [tx]);
      // A note, a receipt, cancelling: still theirs.
      assert.equal((await c.query("update lead_requests set notes = 'please hurry' where id = $1", [tx])).rowCount, 1);
      assert.equal((await c.query("update lead_transactions set receipt_url = 'receipts/1.png', status = 'cancelled' where transaction_id = $1", [tx])).rowCount, 1);
    });
    const after = (await db.query("select amount, quantity, status, notes from lead_transactions where transaction_id = $1", [tx])).rows[0];
    assert.deepEqual({ ...after, amount: Number(after.amount) }, { amount: 500, quantity: 5, status: "pending", notes: null }, "the test's changes were rolled back");
  });

  test("a buyer opens a request for themselves without review columns; finance moves statuses forward only", async () => {
    await asUser(db, DEMO.customer, async (c) => {
      await assertRefused(c, "insert into lead_transactions (transaction_type, profile_id, project_id, quantity, amount, status, source, admin_notes) values ('request', $1, $2, 1, 100, 'pending', 'shop', 'approve me')", [DEMO.customer, project]);
      await assertRefused(c, "insert into lead_transactions (transaction_type, profile_id, project_id, quantity, amount, status, source) values ('request', $1, $2, 1, 100, 'approved', 'shop')", [DEMO.customer, project]);
    });
    const tx = await pendingRequest();
    await asUser(db, DEMO.finance, async (c) => {
      await assertRefused(c, "update lead_transactions set profile_id = $2 where transaction_id = $1", [tx, DEMO.agent]);
      await c.query("update lead_transactions set status = 'rejected', rejected_reason = 'no stock' where transaction_id = $1", [tx]);
      await assertRefused(c, "update lead_transactions set status = 'approved' where transaction_id = $1", [tx], "42501", /a rejected transaction does not become approved/);
    });
  });
});
