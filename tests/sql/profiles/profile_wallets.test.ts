import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { DEMO, asUser, errorOf } from "../../helpers/migration-kit.ts";
import {
  FINANCE, P, W, cents, expectedEntry, expectedLedgerStatus, makeFinance, md5Uuid, phase2Databases, pidOf, waitUntilBlocked,
} from "./fixtures.ts";

/**
 * profile_wallets: one wallet per profile from user_wallets and profiles.wallet_balance, the
 * balance the customer was shown kept (opening adjustments, salemate.wallet_reconciliation), and
 * the money invariant held by the database against tampering and concurrent debits.
 */
describe("profile_wallets", () => {
  let db: TestDatabase;
  let legacy: TestDatabase;
  let drop: () => Promise<void>;
  // What the legacy data said, per profile.
  const legacyWallet = new Map<string, { id: string; balance: number; currency: string | null; created_at: Date }>();
  const legacyProfileBalance = new Map<string, number>();
  const legacyLedgerSum = new Map<string, number>(); // completed, carried rows only
  const carriedLedgerUsers = new Set<string>();

  beforeAll(async () => {
    ({ db, legacy, drop } = await phase2Databases());
    await makeFinance(db);
    for (const r of (await legacy.query("select id, user_id, balance, currency, created_at from public.user_wallets")).rows) {
      legacyWallet.set(r.user_id, { id: r.id, balance: Number(r.balance), currency: r.currency, created_at: r.created_at });
    }
    for (const r of (await legacy.query("select id, wallet_balance from public.profiles")).rows) legacyProfileBalance.set(r.id, Number(r.wallet_balance));
    for (const r of (await legacy.query("select user_id, type, amount, credit, debit, status from public.wallet_transactions")).rows) {
      const e = expectedEntry(r);
      if (e.rejected || !legacyProfileBalance.has(r.user_id)) continue;
      carriedLedgerUsers.add(r.user_id);
      if (expectedLedgerStatus(r.status) === "completed") legacyLedgerSum.set(r.user_id, cents((legacyLedgerSum.get(r.user_id) ?? 0) + e.amount));
    }
  });
  afterAll(() => drop());

  test("every legacy wallet is carried with its id, owner, creation time and a normalised currency", async () => {
    const { rows } = await db.query("select id, profile_id, currency, created_at, legacy_table, legacy_id from public.profile_wallets where legacy_table = 'user_wallets'");
    assert.equal(rows.length, legacyWallet.size);
    for (const r of rows) {
      const l = legacyWallet.get(r.profile_id);
      assert.ok(l, `wallet ${r.id} has no legacy wallet`);
      assert.equal(r.id, l.id);
      assert.equal(r.legacy_id, l.id);
      assert.equal(r.created_at.getTime(), l.created_at.getTime());
      const code = l.currency?.trim().toUpperCase();
      assert.equal(r.currency, code && /^[A-Z]{3}$/.test(code) ? code : "EGP");
    }
    assert.equal(rows.find((r) => r.id === W.quiet)?.currency, "EGP", "' egp' is EGP");
  });

  test("a profile without a legacy wallet gets one when it had ledger rows or a non-zero balance, and not otherwise", async () => {
    const { rows } = await db.query("select id, profile_id, legacy_table from public.profile_wallets where legacy_table is distinct from 'user_wallets'");
    const expected = [...legacyProfileBalance.keys()].filter(
      (p) => !legacyWallet.has(p) && (carriedLedgerUsers.has(p) || legacyProfileBalance.get(p) !== 0),
    );
    assert.deepEqual(rows.map((r) => r.profile_id).sort(), expected.sort());
    for (const r of rows) {
      assert.equal(r.id, md5Uuid(`salemate:wallet:${r.profile_id}`));
      assert.equal(r.legacy_table, carriedLedgerUsers.has(r.profile_id) ? "wallet_transactions" : "profiles");
    }
    assert.equal(rows.find((r) => r.profile_id === P.shownOnly)?.legacy_table, "profiles");
    assert.equal(rows.find((r) => r.profile_id === P.ledgerOnly)?.legacy_table, "wallet_transactions");
    assert.equal(rows.some((r) => r.profile_id === P.nothing), false);
  });

  test("the balance the customer was shown is kept: the legacy wallet's, else profiles.wallet_balance", async () => {
    const { rows } = await db.query("select w.profile_id, w.balance, p.wallet_balance from public.profile_wallets w join public.profiles p on p.id = w.profile_id");
    assert.ok(rows.length > 50);
    for (const r of rows) {
      const shown = legacyWallet.get(r.profile_id)?.balance ?? legacyProfileBalance.get(r.profile_id)!;
      assert.equal(Number(r.balance), cents(shown), `wallet of ${r.profile_id}`);
      assert.equal(Number(r.wallet_balance), Number(r.balance), "profiles.wallet_balance mirrors the wallet");
    }
    const withoutWallet = await db.query(
      "select count(*)::int as n from public.profiles p where not exists (select 1 from public.profile_wallets w where w.profile_id = p.id) and p.wallet_balance <> 0",
    );
    assert.equal(withoutWallet.rows[0].n, 0);
  });

  test("every wallet's balance is the sum of its completed ledger entries", async () => {
    const { rows } = await db.query(`
      select w.id, w.balance, coalesce(sum(l.amount) filter (where l.status = 'completed'), 0) as total
      from public.profile_wallets w left join public.profile_wallet_ledger l on l.wallet_id = w.id group by w.id`);
    for (const r of rows) assert.equal(Number(r.balance), Number(r.total), `wallet ${r.id}`);
  });

  test("one opening adjustment per wallet whose legacy balance disagreed with its ledger, each in wallet_reconciliation", async () => {
    const adjustments = await db.query(
      "select wallet_id, profile_id, amount, source, status from public.profile_wallet_ledger where entry_type = 'opening_adjustment'",
    );
    const byProfile = new Map(adjustments.rows.map((r) => [r.profile_id, r]));
    assert.equal(byProfile.size, adjustments.rows.length, "at most one per wallet");
    const wallets = await db.query("select profile_id from public.profile_wallets");
    let disagreeing = 0;
    for (const { profile_id } of wallets.rows) {
      const shown = cents(legacyWallet.get(profile_id)?.balance ?? legacyProfileBalance.get(profile_id)!);
      const diff = cents(shown - (legacyLedgerSum.get(profile_id) ?? 0));
      const a = byProfile.get(profile_id);
      if (diff === 0) {
        assert.equal(a, undefined, `no adjustment for ${profile_id}`);
      } else {
        disagreeing++;
        assert.ok(a, `an adjustment for ${profile_id}`);
        assert.equal(Number(a.amount), diff);
        assert.deepEqual([a.source, a.status], ["migration", "completed"]);
      }
    }
    assert.ok(disagreeing >= 3, "the seed and the fixture have disagreeing wallets");

    const rec = await db.query("select * from salemate.wallet_reconciliation");
    const recBy = new Map(rec.rows.map((r) => [r.profile_id, r]));
    for (const a of adjustments.rows) {
      const r = recBy.get(a.profile_id);
      assert.ok(r, `reconciliation row for ${a.profile_id}`);
      assert.equal(Number(r.adjustment), Number(a.amount));
      assert.equal(r.adjustment_ledger_id, md5Uuid(`salemate:opening_adjustment:${a.wallet_id}`));
    }
    // Wallets whose two legacy balances disagreed are listed even when the ledger agreed.
    for (const [profile, w] of legacyWallet) {
      if (legacyProfileBalance.get(profile) !== w.balance) assert.ok(recBy.has(profile), `profile/wallet disagreement of ${profile} listed`);
    }

    const drifted = recBy.get(P.drifted);
    assert.deepEqual([Number(drifted.legacy_wallet_balance), Number(drifted.legacy_profile_balance), Number(drifted.ledger_sum), Number(drifted.adjustment)], [300, 250, 290, 10]);
    assert.match(drifted.reason, /user_wallets\.balance \(300\) differs from the completed legacy ledger \(290\.00\)/);
    assert.match(drifted.reason, /profiles\.wallet_balance \(250\) disagreed with user_wallets\.balance \(300\)/);
    assert.deepEqual([Number(recBy.get(P.shownOnly).adjustment), Number(recBy.get(P.ledgerOnly).adjustment)], [500, -90]);
    assert.match(recBy.get(P.shownOnly).reason, /^profiles\.wallet_balance \(500\)/);
    assert.equal(recBy.has(P.quiet), false);
  });

  test("a balance cannot be changed directly: not on the wallet, not on profiles, not through user_wallets", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      assert.match(await errorOf(c, "update public.profile_wallets set balance = balance + 1 where id = $1", [W.drifted]) ?? "",
        /wallet balance must equal the sum of its completed ledger entries/);
      assert.match(await errorOf(c, "update public.profiles set wallet_balance = 1 where id = $1", [P.drifted]) ?? "",
        /profiles\.wallet_balance mirrors the wallet/);
      assert.match(await errorOf(c, "update public.user_wallets set balance = balance + 10 where id = $1", [W.drifted]) ?? "",
        /wallet balance must equal/);
      assert.match(await errorOf(c, "insert into public.profile_wallets (profile_id, balance) values ($1, 100)", [P.nothing]) ?? "",
        /a new wallet starts at 0/);
      assert.match(await errorOf(c, "update public.profile_wallets set profile_id = $2 where id = $1", [W.drifted, P.nothing]) ?? "",
        /cannot change owner/);
      // Setting the value it already has is not a change.
      assert.equal(await errorOf(c, "update public.user_wallets set balance = balance, currency = 'egp' where id = $1", [W.drifted]), null);
      const left = await c.query("select balance, currency from public.profile_wallets where id = $1", [W.drifted]);
      assert.deepEqual([Number(left.rows[0].balance), left.rows[0].currency], [300, "EGP"]);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("a completed debit beyond the balance is refused; credits, pending debits and exact debits pass", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const debit = (amount: number, status = "completed") =>
        errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount, status) values ($1, 'purchase', $2, $3)", [P.drifted, amount, status]);
      assert.match(await debit(-300.01) ?? "", /^insufficient balance/);
      assert.equal(await debit(-1000, "pending"), null, "pending debits do not move money");
      assert.match(await errorOf(c, "update public.profile_wallet_ledger set status = 'completed' where profile_id = $1 and amount = -1000", [P.drifted]) ?? "",
        /^insufficient balance/, "completing it later is checked too");
      assert.equal(await debit(-300), null);
      const b = await c.query("select w.balance, p.wallet_balance from public.profile_wallets w join public.profiles p on p.id = w.profile_id where w.id = $1", [W.drifted]);
      assert.deepEqual([Number(b.rows[0].balance), Number(b.rows[0].wallet_balance)], [0, 0]);
      // Several rows in one statement: judged on the statement's outcome.
      assert.equal(await errorOf(c, `insert into public.profile_wallet_ledger (profile_id, entry_type, amount) values ($1, 'deposit', 50), ($1, 'purchase', -50)`, [P.drifted]), null);
      assert.match(await errorOf(c, `insert into public.profile_wallet_ledger (profile_id, entry_type, amount) values ($1, 'deposit', 50), ($1, 'purchase', -51)`, [P.drifted]) ?? "",
        /^insufficient balance/);
      // A wallet the legacy data left below zero may still receive money.
      const negative = await c.query("select profile_id, balance from public.profile_wallets where balance < 0 limit 1");
      if (negative.rows.length) {
        const n = negative.rows[0];
        assert.equal(await errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount) values ($1, 'deposit', 1)", [n.profile_id]), null);
        assert.match(await errorOf(c, "insert into public.profile_wallet_ledger (profile_id, entry_type, amount) values ($1, 'purchase', -1)", [n.profile_id]) ?? "",
          /^insufficient balance/);
      }
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("concurrent debits from two connections: the second waits for the first, then is refused", async () => {
    const a = await db.pool.connect();
    const b = await db.pool.connect();
    try {
      const start = Number((await a.query("select balance from public.profile_wallets where profile_id = $1", [P.shownOnly])).rows[0].balance);
      assert.equal(start, 500);
      const insert = "insert into public.profile_wallet_ledger (profile_id, entry_type, amount, description) values ($1, 'purchase', -300, $2)";
      await a.query("begin");
      await b.query("begin");
      const bPidValue = await pidOf(b);
      await a.query(insert, [P.shownOnly, "first"]);
      const second = b.query(insert, [P.shownOnly, "second"]);
      second.catch(() => {});
      await waitUntilBlocked(db, bPidValue);
      await a.query("commit");
      await assert.rejects(second, /insufficient balance/);
      await b.query("rollback");
      const end = await db.query(`select w.balance, (select sum(amount) from public.profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed') as total
                                  from public.profile_wallets w where w.profile_id = $1`, [P.shownOnly]);
      assert.deepEqual([Number(end.rows[0].balance), Number(end.rows[0].total)], [200, 200]);
    } finally {
      a.release();
      b.release();
    }
  });

  test("concurrent credits from two connections both count (no lost update)", async () => {
    const a = await db.pool.connect();
    const b = await db.pool.connect();
    try {
      const start = Number((await db.query("select balance from public.profile_wallets where profile_id = $1", [P.shownOnly])).rows[0].balance);
      const insert = "insert into public.profile_wallet_ledger (profile_id, entry_type, amount, description) values ($1, 'deposit', $2, 'concurrent credit')";
      await a.query("begin");
      await b.query("begin");
      const bPidValue = await pidOf(b);
      await a.query(insert, [P.shownOnly, 25]);
      const second = b.query(insert, [P.shownOnly, 40]);
      await waitUntilBlocked(db, bPidValue);
      await a.query("commit");
      await second;
      await b.query("commit");
      const end = await db.query("select balance from public.profile_wallets where profile_id = $1", [P.shownOnly]);
      assert.equal(Number(end.rows[0].balance), start + 65);
    } finally {
      a.release();
      b.release();
    }
  });

  test("user_wallets reads the wallets and writes through", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const view = await c.query("select id, user_id, balance, currency from public.user_wallets where id = $1", [W.drifted]);
      assert.deepEqual(view.rows[0], { id: W.drifted, user_id: P.drifted, balance: "300.00", currency: "EGP" });
      const inserted = await c.query("insert into public.user_wallets (user_id, balance, currency) values ($1, 0, 'usd') returning id, balance, currency", [P.nothing]);
      const made = await c.query("select profile_id, balance, currency from public.profile_wallets where id = $1", [inserted.rows[0].id]);
      assert.deepEqual(made.rows[0], { profile_id: P.nothing, balance: "0.00", currency: "USD" });
      assert.match(await errorOf(c, "insert into public.user_wallets (user_id, balance) values ($1, 50)", [P.banned]) ?? "", /create the wallet with balance 0/);
      await c.query("update public.user_wallets set currency = 'EUR' where id = $1", [inserted.rows[0].id]);
      assert.equal((await c.query("select currency from public.profile_wallets where id = $1", [inserted.rows[0].id])).rows[0].currency, "EUR");
      await c.query("delete from public.user_wallets where id = $1", [inserted.rows[0].id]);
      assert.equal((await c.query("select count(*)::int as n from public.profile_wallets where id = $1", [inserted.rows[0].id])).rows[0].n, 0);
      // A wallet with entries is history: it goes only with its profile.
      assert.match(await errorOf(c, "delete from public.user_wallets where id = $1", [W.drifted]) ?? "", /foreign key/);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("RLS: a profile sees only its own wallet; finance and admins see all and set limits, nobody else writes", async () => {
    const total = (await db.query("select count(*)::int as n from public.profile_wallets")).rows[0].n;
    await asUser(db, DEMO.agent, async (c) => {
      const own = await c.query("select profile_id from public.profile_wallets");
      assert.deepEqual(own.rows, [{ profile_id: DEMO.agent }]);
      assert.deepEqual((await c.query("select distinct profile_id from public.profile_wallet_summaries")).rows, [{ profile_id: DEMO.agent }]);
      assert.deepEqual((await c.query("select distinct user_id from public.user_wallets")).rows, [{ user_id: DEMO.agent }]);
      const upd = await c.query("update public.profile_wallets set limits = '{\"daily_debit\": 1}'");
      assert.equal(upd.rowCount, 0);
      assert.match(await errorOf(c, "update public.profile_wallets set balance = 0") ?? "", /permission denied/);
    });
    await asUser(db, FINANCE, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.profile_wallets")).rows[0].n, total);
      const summaries = await c.query("select count(*)::int as n, count(profile_name)::int as named from public.profile_wallet_summaries");
      assert.deepEqual(summaries.rows[0], { n: total, named: total });
      const upd = await c.query("update public.profile_wallets set limits = '{\"daily_debit\": 50000}' where profile_id = $1", [P.drifted]);
      assert.equal(upd.rowCount, 1);
    });
    await asUser(db, null, async (c) => {
      assert.match(await errorOf(c, "select * from public.profile_wallets") ?? "", /permission denied/);
    });
  });
});
