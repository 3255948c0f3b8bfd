import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { DEMO, asUser, errorOf } from "../../helpers/migration-kit.ts";
import { E, FINANCE, NOBODY, P, W, expectedEntry, expectedLedgerStatus, makeFinance, phase2Databases, rejectsIn } from "./fixtures.ts";

/**
 * profile_wallet_ledger: the three generations of wallet_transactions rows as one signed
 * ledger, impossible rows rejected with their reason, and the wallet_transactions view.
 */
describe("profile_wallet_ledger", () => {
  let db: TestDatabase;
  let legacy: TestDatabase;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, legacy, drop } = await phase2Databases());
    await makeFinance(db);
  });
  afterAll(() => drop());

  test("every legacy row is carried (id kept, signed amount, entry type, status) or rejected, never both", async () => {
    const src = (await legacy.query("select * from public.wallet_transactions")).rows;
    const profiles = new Set((await legacy.query("select id from public.profiles")).rows.map((r) => r.id));
    const carried = new Map((await db.query("select * from public.profile_wallet_ledger where legacy_table = 'wallet_transactions'")).rows.map((r) => [r.ledger_id, r]));
    const rejected = await rejectsIn(db, "wallet_transactions");
    const variants = new Set<string>();
    for (const s of src) {
      const e = expectedEntry(s);
      const t = carried.get(s.id);
      if (e.rejected || !profiles.has(s.user_id)) {
        assert.equal(t, undefined, `${s.id} is not carried`);
        assert.equal(rejected.get(s.id)?.length, 1, `${s.id} is rejected once`);
        assert.match(rejected.get(s.id)![0]!, /^profile_wallet_ledger: /);
        continue;
      }
      assert.ok(t, `${s.id} is carried`);
      assert.equal(rejected.has(s.id), false);
      assert.equal(t.legacy_id, s.id);
      assert.equal(t.profile_id, s.user_id);
      assert.equal(t.entry_type, e.entryType, `${s.id} entry type`);
      assert.equal(Number(t.amount), e.amount, `${s.id} amount`);
      assert.equal(t.status, expectedLedgerStatus(s.status), `${s.id} status (${s.status})`);
      assert.equal(t.created_at.getTime(), (s.created_at ?? s.updated_at).getTime());
      assert.equal(t.metadata.legacy.status ?? null, s.status);
      assert.equal(t.reference_id, s.reference_id);
      assert.equal(t.description, s.description);
      variants.add(t.metadata.legacy.variant);
      const wallet = await db.query("select id from public.profile_wallets where profile_id = $1", [s.user_id]);
      assert.equal(t.wallet_id, wallet.rows[0].id);
    }
    assert.equal(carried.size + rejected.size, src.length);
    assert.deepEqual([...variants].sort(), ["double_entry", "signed", "typed"]);
  });

  test("the fixture's odd rows: how each was read", async () => {
    const row = async (id: string) => (await db.query("select entry_type, amount, status, created_at, metadata from public.profile_wallet_ledger where ledger_id = $1", [id])).rows[0];
    const brief = async (id: string) => {
      const r = await row(id);
      return [r.entry_type, Number(r.amount), r.status];
    };
    assert.deepEqual(await brief(E.typedSuccess), ["deposit", 200, "completed"]);
    assert.deepEqual(await brief(E.signedNullStatus), ["withdrawal", -50, "pending"]);
    assert.deepEqual(await brief(E.doubleDone), ["deposit", 100, "completed"]);
    assert.deepEqual(await brief(E.negativeWithdrawal), ["withdrawal", -30, "completed"]);
    assert.deepEqual(await brief(E.unknownType), ["adjustment", 20, "completed"]);
    assert.deepEqual(await brief(E.unknownStatus), ["deposit", 40, "pending"]);
    assert.equal((await row(E.unknownStatus)).metadata.legacy.status_unknown, true);
    assert.deepEqual(await brief(E.bothSides), ["adjustment", 20, "completed"]);
    assert.equal((await row(E.noCreatedAt)).created_at.toISOString(), "2024-05-05T10:00:00.000Z");

    const rejected = await rejectsIn(db, "wallet_transactions");
    assert.deepEqual(rejected.get(E.negativeDeposit), ["profile_wallet_ledger: negative amount (-10) on a credit entry of type deposit"]);
    assert.deepEqual(rejected.get(E.allNull), ["profile_wallet_ledger: no amount: amount, credit and debit are all null"]);
    assert.deepEqual(rejected.get(E.negativeCredit), ["profile_wallet_ledger: negative credit (credit -5, debit null)"]);
    assert.deepEqual(rejected.get(E.noProfile), [`profile_wallet_ledger: user has no profile (user_id ${NOBODY})`]);
    const whole = await db.query("select row_data from salemate.migration_rejects where legacy_table = 'wallet_transactions' and legacy_id = $1", [E.negativeDeposit]);
    assert.equal(whole.rows[0].row_data.description, "impossible", "the whole legacy row is kept");
  });

  test("wallet_transactions reads the ledger in the typed shape and writes through, normalised like the backfill", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const old = await c.query("select type, amount, credit, debit, status from public.wallet_transactions where id = $1", [E.negativeWithdrawal]);
      assert.deepEqual(old.rows[0], { type: "withdrawal", amount: "30.00", credit: null, debit: "30.00", status: "completed" });
      const balance = async () => Number((await c.query("select balance from public.profile_wallets where id = $1", [W.drifted])).rows[0].balance);
      const before = await balance();

      const typed = await c.query(
        "insert into public.wallet_transactions (user_id, type, amount, status, description) values ($1, 'topup', 80, 'SUCCESS', 'via view') returning id, wallet_id, status",
        [P.drifted],
      );
      assert.deepEqual([typed.rows[0].wallet_id, typed.rows[0].status], [W.drifted, "completed"]);
      const entry = await c.query("select entry_type, amount, source, status, description from public.profile_wallet_ledger where ledger_id = $1", [typed.rows[0].id]);
      assert.deepEqual(entry.rows[0], { entry_type: "topup", amount: "80.00", source: "app", status: "completed", description: "via view" });
      assert.equal(await balance(), before + 80);

      const debit = await c.query("insert into public.wallet_transactions (user_id, debit, status) values ($1, 30, 'pending') returning id", [P.drifted]);
      assert.equal(await balance(), before + 80, "pending");
      await c.query("update public.wallet_transactions set status = 'done' where id = $1", [debit.rows[0].id]);
      assert.equal(await balance(), before + 50);
      await c.query("update public.wallet_transactions set amount = 40 where id = $1", [debit.rows[0].id]);
      assert.deepEqual((await c.query("select entry_type, amount from public.profile_wallet_ledger where ledger_id = $1", [debit.rows[0].id])).rows[0],
        { entry_type: "withdrawal", amount: "-40.00" });
      assert.equal(await balance(), before + 40);
      await c.query("delete from public.wallet_transactions where id = $1", [debit.rows[0].id]);
      assert.equal(await balance(), before + 80);

      assert.match(await errorOf(c, "insert into public.wallet_transactions (user_id, credit, status) values ($1, -5, 'completed')", [P.drifted]) ?? "", /negative credit/);
      assert.match(await errorOf(c, "insert into public.wallet_transactions (user_id, status) values ($1, 'completed')", [P.drifted]) ?? "", /no amount/);
      assert.match(await errorOf(c, "insert into public.wallet_transactions (user_id, type, amount, status) values ($1, 'purchase', 100000, 'completed')", [P.drifted]) ?? "",
        /^insufficient balance/);
      assert.match(await errorOf(c, "insert into public.wallet_transactions (user_id, type, amount, status) values ($1, 'deposit', 1, 'whatever')", [P.drifted]) ?? "",
        /unknown status/);
      // A profile without a wallet gets one with its first entry.
      await c.query("insert into public.wallet_transactions (user_id, type, amount, status) values ($1, 'deposit', 5, 'completed')", [P.nothing]);
      assert.equal((await c.query("select balance from public.profile_wallets where profile_id = $1", [P.nothing])).rows[0].balance, "5.00");
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("opening adjustments are the migration's alone: one per wallet, never through the API", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      assert.match(await errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount, source) values ($1, 'opening_adjustment', 1, 'app')", [P.quiet]) ?? "",
        /opening_adjustment_check/);
      assert.match(await errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount, source) values ($1, 'opening_adjustment', 1, 'migration')", [P.drifted]) ?? "",
        /opening_adjustment_key/);
      assert.match(await errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount) values ($1, 'deposit', -1)", [P.drifted]) ?? "", /sign_check/);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("RLS: own entries only; finance and admins read all and record adjustments, nothing else", async () => {
    const total = (await db.query("select count(*)::int as n from public.profile_wallet_ledger")).rows[0].n;
    await asUser(db, DEMO.agent, async (c) => {
      const others = await c.query("select count(*)::int as n from public.profile_wallet_ledger where profile_id <> $1", [DEMO.agent]);
      assert.equal(others.rows[0].n, 0);
      assert.ok((await c.query("select count(*)::int as n from public.wallet_transactions")).rows[0].n > 0, "their own history through the view");
      assert.match(await errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount) values ($1, 'adjustment', 1000)", [DEMO.agent]) ?? "",
        /row-level security/);
    });
    await asUser(db, FINANCE, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.profile_wallet_ledger")).rows[0].n, total);
      const adj = await c.query(
        "insert into public.profile_wallet_ledger (profile_id, entry_type, amount, description) values ($1, 'adjustment', 15, 'goodwill') returning source, created_by",
        [P.quiet],
      );
      assert.deepEqual(adj.rows[0], { source: "admin", created_by: FINANCE });
      assert.equal((await c.query("select balance from public.profile_wallets where profile_id = $1", [P.quiet])).rows[0].balance, "15.00");
      assert.match(await errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount) values ($1, 'deposit', 15)", [P.quiet]) ?? "",
        /row-level security/, "finance adjusts; deposits come from the payment flows");
      assert.match(await errorOf(c, "update public.profile_wallet_ledger set amount = 1") ?? "", /permission denied/);
    });
  });
});
