/**
 * Legacy rows the phase 2 tests add to the seeded legacy database before migrating, so that
 * every odd case the backfill handles is present whatever the seed happens to generate. The
 * comments say what phase 2 should make of each.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { migratedWithFixture, rejectsOf } from "../../helpers/migration-kit.ts";

const id = (block: string, n: number) => `${block}-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Profiles of the fixture. */
export const P = {
  /** No legacy wallet, no ledger, profiles.wallet_balance 500: a wallet holding 500 (one opening adjustment). */
  shownOnly: id("f2000000", 1),
  /** user_wallets 300, profiles.wallet_balance 250, ledger of every variant adding up to 290. */
  drifted: id("f2000000", 2),
  /** user_wallets 0 (currency ' egp'), no ledger: nothing to reconcile. */
  quiet: id("f2000000", 3),
  /** No wallet, no ledger, balance 0: no wallet. */
  nothing: id("f2000000", 4),
  /** No legacy wallet, balance 0, completed ledger rows adding up to 90: a wallet at 0 (adjustment -90). */
  ledgerOnly: id("f2000000", 5),
  /** Banned long ago (is_banned true), role null, no manager: status banned, a customer. */
  banned: id("f2000000", 6),
} as const;

export const W = { drifted: id("f2100000", 2), quiet: id("f2100000", 3) } as const;

/** A user id that never had a profile. */
export const NOBODY = "99999999-9999-4999-8999-999999999999";

/** wallet_transactions rows of the fixture. */
export const E = {
  typedSuccess: id("f2200000", 1), // 'Deposit' 200 success -> deposit +200 completed
  signedNullStatus: id("f2200000", 2), // type null, -50, status null -> withdrawal -50 pending
  doubleDone: id("f2200000", 3), // credit 100 -> deposit +100 completed
  negativeWithdrawal: id("f2200000", 4), // withdrawal -30 COMPLETED -> withdrawal -30 completed
  unknownType: id("f2200000", 5), // 'bonus' 20 approved -> adjustment +20 completed
  unknownStatus: id("f2200000", 6), // type null, 40, 'on hold' -> deposit +40 pending
  negativeDeposit: id("f2200000", 7), // deposit -10: rejected
  allNull: id("f2200000", 8), // no amount at all: rejected
  negativeCredit: id("f2200000", 9), // credit -5: rejected
  noProfile: id("f2200000", 10), // user without profile: rejected
  noCreatedAt: id("f2200000", 11), // topup 70, created_at null, updated_at set -> created_at = updated_at
  bothSides: id("f2200000", 12), // credit 30 debit 10 -> adjustment +20 completed
} as const;

export const PAY = { succeeded: id("f2300000", 1), onHold: id("f2300000", 2), orphan: id("f2300000", 3) } as const;
export const TOPUP = { upper: id("f2400000", 1), onHold: id("f2400000", 2) } as const;

export const PHASE2_FIXTURE = `
select set_config('session_replication_role', 'replica', false);
insert into auth.users (id, email, created_at) values
  ('${P.shownOnly}', 'p2.shown@fixture.test', '2024-01-01'), ('${P.drifted}', 'p2.drifted@fixture.test', '2024-01-01'),
  ('${P.quiet}', 'p2.quiet@fixture.test', '2024-01-01'), ('${P.nothing}', 'p2.nothing@fixture.test', '2024-01-01'),
  ('${P.ledgerOnly}', 'p2.ledger@fixture.test', '2024-01-01'), ('${P.banned}', 'p2.banned@fixture.test', '2023-12-01');
insert into profiles (id, email, name, role, is_banned, phone, phone_verified_at, wallet_balance, created_at, updated_at) values
  ('${P.shownOnly}', 'p2.shown@fixture.test', 'Shown Only', 'user', false, '+201000000001', '2024-02-01', 500, '2024-01-01', '2024-02-01'),
  ('${P.drifted}', 'p2.drifted@fixture.test', 'Drifted Wallet', 'user', null, '+201000000002', null, 250, '2024-01-01', '2024-02-01'),
  ('${P.quiet}', 'p2.quiet@fixture.test', 'Quiet Wallet', 'user', false, null, null, 0, '2024-01-01', '2024-02-01'),
  ('${P.nothing}', 'p2.nothing@fixture.test', 'No Money', null, false, null, null, 0, '2024-01-01', '2024-02-01'),
  ('${P.ledgerOnly}', 'p2.ledger@fixture.test', 'Ledger Only', 'user', false, null, null, 0, '2024-01-01', '2024-02-01'),
  ('${P.banned}', 'p2.banned@fixture.test', 'Banned Long Ago', null, true, null, null, 0, '2023-12-01', '2023-12-02');
insert into user_wallets (id, user_id, balance, currency, created_at, updated_at) values
  ('${W.drifted}', '${P.drifted}', 300, 'EGP', '2024-01-02 10:00:00+00', '2024-03-01 10:00:00+00'),
  ('${W.quiet}', '${P.quiet}', 0, ' egp', '2024-01-03 10:00:00+00', null);
insert into wallet_transactions (id, user_id, wallet_id, type, amount, credit, debit, status, description, created_at, updated_at) values
  ('${E.typedSuccess}', '${P.drifted}', '${W.drifted}', 'Deposit', 200, null, null, 'success', 'typed deposit', '2024-02-01 10:00:00+00', '2024-02-01 10:01:00+00'),
  ('${E.signedNullStatus}', '${P.drifted}', null, null, -50, null, null, null, 'signed, no status', '2024-02-02 10:00:00+00', null),
  ('${E.doubleDone}', '${P.drifted}', null, null, null, 100, null, 'done', 'double entry', '2024-02-03 10:00:00+00', null),
  ('${E.negativeWithdrawal}', '${P.drifted}', '${W.drifted}', 'withdrawal', -30, null, null, 'COMPLETED', 'negative debit', '2024-02-04 10:00:00+00', null),
  ('${E.unknownType}', '${P.drifted}', '${W.drifted}', 'bonus', 20, null, null, 'approved', 'unknown type', '2024-02-05 10:00:00+00', null),
  ('${E.unknownStatus}', '${P.drifted}', null, null, 40, null, null, 'on hold', 'unknown status', '2024-02-06 10:00:00+00', null),
  ('${E.negativeDeposit}', '${P.drifted}', '${W.drifted}', 'deposit', -10, null, null, 'completed', 'impossible', '2024-02-07 10:00:00+00', null),
  ('${E.allNull}', '${P.drifted}', null, null, null, null, null, 'completed', 'impossible', '2024-02-08 10:00:00+00', null),
  ('${E.negativeCredit}', '${P.drifted}', null, null, null, -5, null, 'completed', 'impossible', '2024-02-09 10:00:00+00', null),
  ('${E.noProfile}', '${NOBODY}', null, 'deposit', 10, null, null, 'completed', 'deleted user', '2024-02-10 10:00:00+00', null),
  ('${E.noCreatedAt}', '${P.ledgerOnly}', null, 'topup', 70, null, null, 'completed', 'no created_at', null, '2024-05-05 10:00:00+00'),
  ('${E.bothSides}', '${P.ledgerOnly}', null, null, null, 30, 10, 'completed', 'both sides', '2024-05-06 10:00:00+00', null);
insert into payment_transactions (id, user_id, amount, currency, payment_method, gateway, status, transaction_type, created_at, updated_at) values
  ('${PAY.succeeded}', '${P.drifted}', 120, 'egp', 'card', 'paymob', 'Succeeded', 'wallet_topup', '2024-02-01 09:00:00+00', '2024-02-01 09:02:00+00'),
  ('${PAY.onHold}', '${P.shownOnly}', 50, 'EGP', 'card', 'kashier', 'on hold', 'wallet_topup', '2024-02-02 09:00:00+00', '2024-02-02 09:02:00+00'),
  ('${PAY.orphan}', '${NOBODY}', 75, 'EGP', 'card', 'kashier', 'completed', 'lead_purchase', '2024-02-03 09:00:00+00', '2024-02-03 09:02:00+00');
insert into wallet_topup_requests (id, user_id, amount, payment_method, status, created_at, updated_at) values
  ('${TOPUP.upper}', '${P.drifted}', 100, 'Instapay', ' APPROVED ', '2024-02-01 08:00:00+00', '2024-02-02 08:00:00+00'),
  ('${TOPUP.onHold}', '${P.nothing}', 100, 'Instapay', 'on hold', '2024-02-01 08:00:00+00', '2024-02-02 08:00:00+00');
select set_config('session_replication_role', 'origin', false);
`;

/**
 * The seeded legacy database plus the fixture, migrated to `to`, and a twin left at the legacy
 * stage (same seed, same fixture): the twin answers "what did the legacy data say".
 */
export async function phase2Databases(to = "phase3"): Promise<{ db: TestDatabase; legacy: TestDatabase; drop(): Promise<void> }> {
  const made = await Promise.allSettled([migratedWithFixture(PHASE2_FIXTURE, to), createTestDatabase({ stage: "legacy", seedScale: 1 })]);
  const drop = async () => void (await Promise.all(made.map((m) => (m.status === "fulfilled" ? m.value.drop() : undefined))));
  try {
    const [db, legacy] = made.map((m) => {
      if (m.status === "rejected") throw m.reason;
      return m.value;
    }) as [TestDatabase, TestDatabase];
    await legacy.query(PHASE2_FIXTURE);
    return { db, legacy, drop };
  } catch (err) {
    await drop();
    throw err;
  }
}

/** The seed's finance account (legacy role 'user'); `makeFinance` gives it the finance role. */
export const FINANCE = "00000000-0000-4000-8000-000000000007";
export async function makeFinance(db: TestDatabase): Promise<void> {
  await db.query("update public.profiles set role = 'finance' where id = $1", [FINANCE]);
}

export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const cents = (v: number): number => Math.round(v * 100) / 100;

/** What a legacy ledger row should become, worked out independently of the migration's SQL. */
export function expectedEntry(r: { type: string | null; amount: unknown; credit: unknown; debit: unknown }):
  { rejected: true } | { rejected: false; entryType: string; amount: number } {
  const CREDIT: Record<string, string> = { deposit: "deposit", credit: "deposit", topup: "topup", top_up: "topup", refund: "refund" };
  const DEBIT: Record<string, string> = { withdrawal: "withdrawal", withdraw: "withdrawal", debit: "withdrawal", purchase: "purchase" };
  const t = r.type === null ? null : r.type.toLowerCase().replace(/[^a-z]+/g, "_").replace(/^_+|_+$/g, "") || null;
  const amount = num(r.amount);
  const credit = num(r.credit);
  const debit = num(r.debit);
  const rejected = { rejected: true } as const;
  const ok = (entryType: string, a: number) => ({ rejected: false as const, entryType, amount: cents(a) });
  const bySign = (a: number) => (a > 0 ? "deposit" : a < 0 ? "withdrawal" : "adjustment");
  if (amount !== null) {
    if (t === null) return ok(bySign(amount), amount);
    if (t in CREDIT) return amount < 0 ? rejected : ok(CREDIT[t]!, amount);
    if (t in DEBIT) return ok(DEBIT[t]!, -Math.abs(amount));
    return ok("adjustment", amount);
  }
  if (credit === null && debit === null) return rejected;
  if ((credit ?? 0) < 0 || (debit ?? 0) < 0) return rejected;
  const net = (credit ?? 0) - (debit ?? 0);
  if (t !== null && t in CREDIT) return net < 0 ? rejected : ok(CREDIT[t]!, net);
  if (t !== null && t in DEBIT) return net > 0 ? rejected : ok(DEBIT[t]!, net);
  if (t !== null) return ok("adjustment", net);
  return ok((credit ?? 0) !== 0 && (debit ?? 0) !== 0 ? "adjustment" : bySign(net), net);
}

export function expectedLedgerStatus(s: string | null): string {
  const v = s?.trim().toLowerCase() ?? "";
  if (["completed", "complete", "success", "succeeded", "done", "approved", "paid"].includes(v)) return "completed";
  if (["failed", "rejected", "declined", "error"].includes(v)) return "failed";
  if (["cancelled", "canceled", "void", "voided"].includes(v)) return "cancelled";
  return "pending"; // null, pending, processing and anything unknown
}

/** md5(text)::uuid as PostgreSQL spells it. */
export function md5Uuid(text: string): string {
  const h = createHash("md5").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Waits until the backend `pid` is blocked on a lock (another transaction holds it). */
export async function waitUntilBlocked(db: TestDatabase, pid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await db.query("select wait_event_type from pg_stat_activity where pid = $1", [pid]);
    if (rows[0]?.wait_event_type === "Lock") return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`backend ${pid} never waited for a lock`);
}

export async function pidOf(c: pg.ClientBase): Promise<number> {
  return (await c.query("select pg_backend_pid() as pid")).rows[0].pid;
}

/** salemate.migration_rejects of a legacy table: legacy id -> ["<target>: <reason>", ...]. */
export async function rejectsIn(db: TestDatabase, legacyTable: string): Promise<Map<string, string[]>> {
  const c = await db.pool.connect();
  try {
    return await rejectsOf(c, legacyTable);
  } finally {
    c.release();
  }
}
