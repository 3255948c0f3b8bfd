import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { DEMO, asUser, errorOf } from "../../helpers/migration-kit.ts";
import { FINANCE, NOBODY, P, PAY, TOPUP, W, makeFinance, md5Uuid, phase2Databases, rejectsIn } from "./fixtures.ts";

const PAYMENT_STATUS: Record<string, string> = {
  completed: "completed", success: "completed", succeeded: "completed", pending: "pending", failed: "failed",
  cancelled: "cancelled", refunded: "refunded", processing: "processing",
};
const TOPUP_STATUS: Record<string, string> = { approved: "approved", pending: "pending", rejected: "rejected", cancelled: "cancelled", completed: "approved" };

/**
 * profile_payment_transactions (from payment_transactions) and wallet_topup_requests, both
 * pointing at the payer's wallet; the payment_transactions view; RLS.
 */
describe("profile_payment_transactions and wallet_topup_requests", () => {
  let db: TestDatabase;
  let legacy: TestDatabase;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, legacy, drop } = await phase2Databases());
    await makeFinance(db);
  });
  afterAll(() => drop());

  test("every legacy payment is carried with its id, payer, wallet, amount and times, its status normalised", async () => {
    const src = (await legacy.query("select * from public.payment_transactions")).rows;
    const profiles = new Set((await legacy.query("select id from public.profiles")).rows.map((r) => r.id));
    const wallets = new Map((await db.query("select profile_id, id from public.profile_wallets")).rows.map((r) => [r.profile_id, r.id]));
    const carried = new Map((await db.query("select * from public.profile_payment_transactions")).rows.map((r) => [r.id, r]));
    const rejected = await rejectsIn(db, "payment_transactions");
    for (const s of src) {
      const t = carried.get(s.id);
      if (!profiles.has(s.user_id)) {
        assert.equal(t, undefined);
        assert.deepEqual(rejected.get(s.id), [`profile_payment_transactions: user has no profile (user_id ${s.user_id})`]);
        continue;
      }
      assert.ok(t, `${s.id} carried`);
      assert.equal(t.profile_id, s.user_id);
      assert.equal(t.wallet_id, wallets.get(s.user_id) ?? null);
      assert.equal(Number(t.amount), Number(s.amount));
      assert.equal(t.currency, s.currency.trim().toUpperCase());
      assert.equal(t.legacy_status, s.status);
      assert.equal(t.status, PAYMENT_STATUS[s.status.trim().toLowerCase()] ?? "pending", `${s.id}: ${s.status}`);
      for (const col of ["gateway", "gateway_transaction_id", "transaction_type", "reference_id", "test_mode", "error_message"]) assert.deepEqual(t[col], s[col], col);
      for (const col of ["created_at", "updated_at", "completed_at"]) assert.deepEqual(t[col], s[col], col);
    }
    assert.equal(carried.size + rejected.size, src.length);
    assert.equal(carried.get(PAY.succeeded).status, "completed");
    assert.equal(carried.get(PAY.succeeded).wallet_id, W.drifted);
    assert.equal(carried.get(PAY.onHold).wallet_id, md5Uuid(`salemate:wallet:${P.shownOnly}`));
    assert.deepEqual([carried.get(PAY.onHold).status, carried.get(PAY.onHold).legacy_status], ["pending", "on hold"]);
    assert.deepEqual(rejected.get(PAY.orphan), [`profile_payment_transactions: user has no profile (user_id ${NOBODY})`]);
    const note = await db.query("select note from salemate.migration_notes where phase = 2 and subject = 'payment_transactions (values)'");
    assert.match(note.rows[0].note, /^1 payment transaction\(s\) had an unknown status/);
  });

  test("payment_transactions reads and writes through (status normalised, wallet filled in)", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const ins = await c.query(
        `insert into public.payment_transactions (user_id, amount, payment_method, gateway, transaction_type, status)
         values ($1, 99, 'card', 'paymob', 'wallet_topup', 'Processing') returning id, status, currency, test_mode`,
        [P.drifted],
      );
      assert.deepEqual([ins.rows[0].status, ins.rows[0].currency, ins.rows[0].test_mode], ["processing", "EGP", true]);
      const t = await c.query("select profile_id, wallet_id, amount from public.profile_payment_transactions where id = $1", [ins.rows[0].id]);
      assert.deepEqual(t.rows[0], { profile_id: P.drifted, wallet_id: W.drifted, amount: "99.00" });
      await c.query("update public.payment_transactions set status = 'success', completed_at = now() where id = $1", [ins.rows[0].id]);
      assert.equal((await c.query("select status from public.profile_payment_transactions where id = $1", [ins.rows[0].id])).rows[0].status, "completed");
      assert.match(await errorOf(c, "update public.payment_transactions set status = 'lost' where id = $1", [ins.rows[0].id]) ?? "", /unknown status/);
      await c.query("delete from public.payment_transactions where id = $1", [ins.rows[0].id]);
      assert.equal((await c.query("select count(*)::int as n from public.profile_payment_transactions where id = $1", [ins.rows[0].id])).rows[0].n, 0);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("top-up requests keep every original status in legacy_status, are normalised, and point at the wallet", async () => {
    const src = new Map((await legacy.query("select id, user_id, status, updated_at from public.wallet_topup_requests")).rows.map((r) => [r.id, r]));
    const wallets = new Map((await db.query("select profile_id, id from public.profile_wallets")).rows.map((r) => [r.profile_id, r.id]));
    const now = (await db.query("select id, status, legacy_status, wallet_id, updated_at from public.wallet_topup_requests")).rows;
    assert.equal(now.length, src.size);
    for (const t of now) {
      const s = src.get(t.id);
      assert.equal(t.legacy_status, s.status);
      assert.equal(t.status, TOPUP_STATUS[s.status.trim().toLowerCase()] ?? "pending");
      assert.equal(t.wallet_id, wallets.get(s.user_id) ?? null);
      assert.deepEqual(t.updated_at, s.updated_at, "updated_at untouched");
    }
    const byId = new Map(now.map((t) => [t.id, t]));
    assert.deepEqual([byId.get(TOPUP.upper).status, byId.get(TOPUP.upper).legacy_status], ["approved", " APPROVED "]);
    assert.deepEqual([byId.get(TOPUP.onHold).status, byId.get(TOPUP.onHold).wallet_id], ["pending", null]);
    const fk = await db.query(`select confrelid::regclass::text as ref from pg_constraint where conname = 'wallet_topup_requests_payment_transaction_id_fkey'`);
    assert.deepEqual(fk.rows, [{ ref: "profile_payment_transactions" }]);
  });

  test("new top-up requests are normalised by trigger, and an unknown status is refused", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const r = await c.query(
        "insert into public.wallet_topup_requests (user_id, amount, payment_method, status) values ($1, 200, 'Instapay', 'Pending') returning status, legacy_status, wallet_id",
        [P.drifted],
      );
      assert.deepEqual(r.rows[0], { status: "pending", legacy_status: "Pending", wallet_id: W.drifted });
      assert.match(await errorOf(c, "insert into public.wallet_topup_requests (user_id, amount, payment_method, status) values ($1, 200, 'Instapay', 'maybe')", [P.drifted]) ?? "",
        /wallet_topup_requests_status_check/);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("RLS: payers see their own payments and top-ups and start them pending; finance reviews all", async () => {
    const total = (await db.query("select count(*)::int as n from public.profile_payment_transactions")).rows[0].n;
    await asUser(db, DEMO.agent, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.profile_payment_transactions where profile_id <> $1", [DEMO.agent])).rows[0].n, 0);
      assert.equal((await c.query("select count(*)::int as n from public.wallet_topup_requests where user_id <> $1", [DEMO.agent])).rows[0].n, 0);
      await c.query(
        "insert into public.profile_payment_transactions (profile_id, amount, payment_method, gateway, transaction_type) values ($1, 10, 'card', 'paymob', 'wallet_topup')",
        [DEMO.agent],
      );
      assert.match(await errorOf(c,
        "insert into public.profile_payment_transactions (profile_id, amount, payment_method, gateway, transaction_type, status) values ($1, 10, 'card', 'paymob', 'wallet_topup', 'completed')",
        [DEMO.agent]) ?? "", /row-level security/);
      await c.query("insert into public.wallet_topup_requests (user_id, amount, payment_method) values ($1, 500, 'Instapay')", [DEMO.agent]);
      assert.match(await errorOf(c, "insert into public.wallet_topup_requests (user_id, amount, payment_method, status) values ($1, 500, 'Instapay', 'approved')", [DEMO.agent]) ?? "",
        /row-level security/);
      assert.equal((await c.query("update public.wallet_topup_requests set status = 'approved' where user_id = $1", [DEMO.agent])).rowCount, 0);
    });
    await asUser(db, FINANCE, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.profile_payment_transactions")).rows[0].n, total);
      const upd = await c.query("update public.wallet_topup_requests set status = 'rejected', rejected_reason = 'unclear' where id = $1", [TOPUP.onHold]);
      assert.equal(upd.rowCount, 1);
    });
    await asUser(db, null, async (c) => assert.match(await errorOf(c, "select * from public.payment_transactions") ?? "", /permission denied/));
  });
});
