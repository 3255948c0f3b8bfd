import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { expectOk, expectRefused } from "./expect.ts";

/**
 * The wallet top-up workflow mutations over HTTP with real tokens: the plan's regression flow
 * "wallet top-up", every refusal with its clear error and nothing half-done (the request, the
 * ledger and both balances compared as superuser), and concurrent approvals crediting once.
 */

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}
const customer = demo("customer@salemate.test");
const finance = demo("finance@salemate.test");
const admin = demo("admin@salemate.test");
const agent = demo("agent@salemate.test");

const REQUEST_FIELDS = "id userId walletId amount paymentMethod status receiptFileUrl receiptFileName validatedBy validatedAt adminNotes rejectedReason";
const REQUEST = `mutation($input: RequestWalletTopupInput!) { requestWalletTopup(input: $input) { result { ${REQUEST_FIELDS} } } }`;
const APPROVE = `mutation($input: ApproveWalletTopupInput!) { approveWalletTopup(input: $input) { result { ${REQUEST_FIELDS} } } }`;
const REJECT = `mutation($input: RejectWalletTopupInput!) { rejectWalletTopup(input: $input) { result { ${REQUEST_FIELDS} } } }`;
const CANCEL = `mutation($input: CancelWalletTopupInput!) { cancelWalletTopup(input: $input) { result { ${REQUEST_FIELDS} } } }`;
const READ = `query($id: UUID!) { walletTopupRequest(id: $id) { ${REQUEST_FIELDS} } }`;

type TopupRequest = { id: string; userId: string; walletId: string; amount: string; paymentMethod: string; status: string; validatedBy: string | null; validatedAt: string | null; adminNotes: string | null; rejectedReason: string | null; receiptFileUrl: string | null; receiptFileName: string | null };

describe("wallet top-up workflow over GraphQL", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const tokens: Record<"customer" | "finance" | "admin" | "agent", string> = { customer: "", finance: "", admin: "", agent: "" };

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    for (const [k, u] of Object.entries({ customer, finance, admin, agent })) tokens[k as keyof typeof tokens] = await tokenFor(u.id, u.email);
    const role = await db.query("select role::text as role from profiles where id = $1", [finance.id]);
    assert.equal(role.rows[0].role, "finance", "the demo finance account has the finance role once migrated");
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const ok = (token: string | undefined, query: string, variables?: Record<string, unknown>) => expectOk(gw, token, query, variables);

  const refused = (token: string | undefined, query: string, input: Record<string, unknown>, message: RegExp) => expectRefused(gw, token, query, input, message);

  async function request(token: string, input: Record<string, unknown> = {}): Promise<TopupRequest> {
    const data = await ok(token, REQUEST, { input: { amount: "1000", paymentMethod: "Instapay", ...input } });
    return data.requestWalletTopup.result;
  }

  /** A profile's money as superuser: wallet balance, its mirror on profiles, and the completed ledger. */
  async function moneyOf(profileId: string) {
    const { rows } = await db.query(
      `select w.id as wallet_id, w.balance::text as balance, p.wallet_balance::numeric(14, 2)::text as profile_balance,
              (select coalesce(sum(l.amount), 0)::numeric(14, 2)::text from profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed') as ledger_sum,
              (select count(*)::int from profile_wallet_ledger l where l.wallet_id = w.id) as entries
       from profiles p left join profile_wallets w on w.profile_id = p.id where p.id = $1`,
      [profileId],
    );
    return rows[0] as { wallet_id: string | null; balance: string | null; profile_balance: string; ledger_sum: string; entries: number };
  }

  /** Everything a top-up step could touch, as superuser: compared before and after a refusal. */
  async function stateOf(requestId: string | null, profileId: string = customer.id) {
    const req = requestId ? (await db.query("select * from wallet_topup_requests where id = $1", [requestId])).rows[0] ?? null : null;
    const counts = (
      await db.query(
        `select (select count(*) from wallet_topup_requests)::int as requests, (select count(*) from profile_wallet_ledger)::int as entries,
                (select count(*) from profile_wallets)::int as wallets, (select count(*) from activity_notifications)::int as notifications,
                (select sum(balance)::text from profile_wallets) as total_balance`,
      )
    ).rows[0];
    return { req, counts, money: await moneyOf(profileId) };
  }

  async function creditsFor(requestId: string) {
    return (await db.query("select * from profile_wallet_ledger where reference_type = 'wallet_topup_request' and reference_id = $1 order by created_at", [requestId])).rows;
  }

  const cents = (s: string) => Math.round(Number(s) * 100);

  /**
   * A person with a profile and no wallet, as a legacy sign-up left them (today's sign-up trigger
   * on auth.users makes both: it is kept out of the way here).
   */
  async function newPerson(label: string) {
    const id = randomUUID();
    const email = `${label}.${id.slice(0, 8)}@example.test`;
    const c = await db.pool.connect();
    try {
      await c.query("set session_replication_role = replica");
      await c.query("insert into auth.users (id, email, aud, role) values ($1, $2, 'authenticated', 'authenticated')", [id, email]);
    } finally {
      await c.query("set session_replication_role = origin");
      c.release();
    }
    await db.query("insert into profiles (id, email, name) values ($1, $2, $3)", [id, email, `New ${label}`]);
    return { id, email, token: await tokenFor(id, email) };
  }

  test("wallet top-up, end to end: request, finance sees it pending, approves, the wallet is credited once", async () => {
    const before = await moneyOf(customer.id);
    assert.equal(before.balance, before.ledger_sum, "the invariant holds on the migrated data");

    const requested = await request(tokens.customer, { amount: "1500.50", paymentMethod: "vodafone cash", receiptFileUrl: "topups/receipt-1.jpg", receiptFileName: "receipt-1.jpg" });
    assert.equal(requested.status, "pending");
    assert.equal(requested.userId, customer.id);
    assert.equal(requested.walletId, before.wallet_id);
    assert.equal(requested.paymentMethod, "VodafoneCash", "the payment method is stored in its canonical spelling");
    assert.equal(cents(requested.amount), 150050);
    assert.equal(requested.receiptFileName, "receipt-1.jpg");
    assert.deepEqual(await moneyOf(customer.id), before, "asking moves no money");

    // Finance sees it among the pending requests; the customer sees their own; an agent does not.
    const pending = await ok(tokens.finance, `{ walletTopupRequests(condition: { status: "pending" }) { nodes { id userId status } } }`);
    assert.ok(pending.walletTopupRequests.nodes.some((n: { id: string; status: string }) => n.id === requested.id && n.status === "pending"));
    assert.equal((await ok(tokens.customer, READ, { id: requested.id })).walletTopupRequest.status, "pending");
    assert.equal((await ok(tokens.agent, READ, { id: requested.id })).walletTopupRequest, null);

    const approved: TopupRequest = (await ok(tokens.finance, APPROVE, { input: { requestId: requested.id, adminNotes: "Receipt matches Vodafone Cash statement." } }))
      .approveWalletTopup.result;
    assert.equal(approved.status, "approved");
    assert.equal(approved.validatedBy, finance.id);
    assert.ok(approved.validatedAt);
    assert.equal(approved.adminNotes, "Receipt matches Vodafone Cash statement.");

    // Exactly one credit, as the workflow describes it, and balance = ledger sum everywhere.
    const credits = await creditsFor(requested.id);
    assert.equal(credits.length, 1);
    assert.equal(credits[0].entry_type, "topup");
    assert.equal(credits[0].source, "topup_request");
    assert.equal(credits[0].status, "completed");
    assert.equal(credits[0].reference_type, "wallet_topup_request");
    assert.equal(credits[0].profile_id, customer.id);
    assert.equal(credits[0].wallet_id, before.wallet_id);
    assert.equal(credits[0].created_by, finance.id);
    assert.equal(cents(credits[0].amount), 150050);
    const after = await moneyOf(customer.id);
    assert.equal(cents(after.balance!) - cents(before.balance!), 150050);
    assert.equal(after.balance, after.ledger_sum);
    assert.equal(after.profile_balance, after.balance);
    assert.equal(after.entries, before.entries + 1);

    // The customer sees the new balance and the entry through the API, and was notified.
    const mine = await ok(tokens.customer, `query($p: UUID!, $l: UUID!) {
      profileWalletByProfileId(profileId: $p) { balance }
      profileWalletLedgers(condition: { profileId: $p }, filter: { id: { equalTo: $l } }) { nodes { entryType amount source status referenceType referenceId } }
    }`, { p: customer.id, l: credits[0].ledger_id });
    assert.equal(mine.profileWalletByProfileId.balance, after.balance);
    assert.deepEqual(mine.profileWalletLedgers.nodes, [
      { entryType: "topup", amount: credits[0].amount, source: "topup_request", status: "completed", referenceType: "wallet_topup_request", referenceId: requested.id },
    ]);
    const note = await db.query("select title from activity_notifications where profile_id = $1 and domain = 'wallet' order by created_at desc limit 1", [customer.id]);
    assert.equal(note.rows[0]?.title, "Top-up approved");
  });

  test("a person without a wallet gets one with the request; approval credits it", async () => {
    const person = await newPerson("newcomer");
    assert.equal((await moneyOf(person.id)).wallet_id, null);
    const requested = await request(person.token, { amount: "50", paymentMethod: "card" });
    const money = await moneyOf(person.id);
    assert.ok(money.wallet_id, "a wallet was opened");
    assert.equal(requested.walletId, money.wallet_id);
    assert.equal(money.balance, "0.00");
    await ok(tokens.admin, APPROVE, { input: { requestId: requested.id } });
    const credited = await moneyOf(person.id);
    assert.deepEqual([credited.balance, credited.ledger_sum, credited.profile_balance, credited.entries], ["50.00", "50.00", "50.00", 1]);
  });

  test("asking: amounts out of range, bad amounts and unknown payment methods are refused and create nothing", async () => {
    const before = await stateOf(null);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ amount: "49.99" }, /^The top-up amount must be between 50 and 500,000 EGP \(49\.99 EGP was asked for\)\.$/],
      [{ amount: "500000.01" }, /^The top-up amount must be between 50 and 500,000 EGP/],
      [{ amount: "0" }, /^The top-up amount must be between 50 and 500,000 EGP/],
      [{ amount: "-200" }, /^The top-up amount must be between 50 and 500,000 EGP/],
      [{ amount: null }, /^The top-up amount is required\.$/],
      [{ amount: "100.125" }, /^The top-up amount can have at most two decimals\.$/],
      [{ paymentMethod: "Fawry" }, /^Unknown payment method "Fawry"\.$/],
      [{ paymentMethod: "  " }, /^The payment method is required\.$/],
      [{ paymentMethod: null }, /^The payment method is required\.$/],
    ];
    for (const [input, message] of cases) await refused(tokens.customer, REQUEST, { amount: "1000", paymentMethod: "Instapay", ...input }, message);
    const anonymous = await gw.graphql(REQUEST, { variables: { input: { amount: "1000", paymentMethod: "card" } } });
    assert.equal(anonymous.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(anonymous.body));
    assert.deepEqual(await stateOf(null), before);

    // The bounds themselves are accepted, every method in any spelling.
    for (const [amount, method, canonical] of [["50", "INSTAPAY", "Instapay"], ["500000", "bank_transfer", "BankTransfer"], ["75.5", "Bank Transfer", "BankTransfer"], ["80", "Card", "card"]] as const) {
      const r = await request(tokens.customer, { amount, paymentMethod: method });
      assert.equal(r.paymentMethod, canonical);
      assert.equal(cents(r.amount), Math.round(Number(amount) * 100));
      await ok(tokens.customer, CANCEL, { input: { requestId: r.id } });
    }
  });

  test("only finance staff or admins review; the refusal says so and changes nothing", async () => {
    const { id } = await request(tokens.customer, { amount: "700" });
    const before = await stateOf(id);
    await refused(tokens.agent, APPROVE, { requestId: id }, /^Only finance staff or admins approve top-up requests\.$/);
    await refused(tokens.customer, APPROVE, { requestId: id }, /^Only finance staff or admins approve top-up requests\.$/);
    await refused(tokens.agent, REJECT, { requestId: id, reason: "no" }, /^Only finance staff or admins reject top-up requests\.$/);
    // An agent is told the same for a request that does not exist: nothing is learnt about ids.
    await refused(tokens.agent, APPROVE, { requestId: randomUUID() }, /^Only finance staff or admins approve top-up requests\.$/);
    assert.deepEqual(await stateOf(id), before);

    // Nobody reviews their own request, not even finance.
    const own = await request(tokens.finance, { amount: "300" });
    const ownBefore = await stateOf(own.id, finance.id);
    await refused(tokens.finance, APPROVE, { requestId: own.id }, /^You cannot review your own top-up request\.$/);
    await refused(tokens.finance, REJECT, { requestId: own.id, reason: "mine" }, /^You cannot review your own top-up request\.$/);
    assert.deepEqual(await stateOf(own.id, finance.id), ownBefore);
    const byAdmin = (await ok(tokens.admin, APPROVE, { input: { requestId: own.id } })).approveWalletTopup.result;
    assert.equal(byAdmin.validatedBy, admin.id);
  });

  test("double approval, review after a decision, reject without a reason, cancelling: each refused step names the rule and leaves the money alone", async () => {
    // Reject without a reason.
    const first = await request(tokens.customer, { amount: "2500" });
    let before = await stateOf(first.id);
    for (const reason of ["", "   ", null]) await refused(tokens.finance, REJECT, { requestId: first.id, reason }, /^A reason is required to reject a top-up request\.$/);
    assert.deepEqual(await stateOf(first.id), before);

    // Approve, then every further review is refused; the wallet was credited once.
    await ok(tokens.finance, APPROVE, { input: { requestId: first.id } });
    before = await stateOf(first.id);
    const steps: Array<[string, string, Record<string, unknown>, RegExp]> = [
      [tokens.finance, APPROVE, { requestId: first.id }, /^This top-up request is already approved\.$/],
      [tokens.admin, APPROVE, { requestId: first.id, adminNotes: "again" }, /^This top-up request is already approved\.$/],
      [tokens.finance, REJECT, { requestId: first.id, reason: "too late" }, /^This top-up request is already approved\.$/],
      [tokens.customer, CANCEL, { requestId: first.id }, /^This top-up request is already approved\.$/],
    ];
    for (const [token, op, input, message] of steps) await refused(token, op, input, message);
    assert.deepEqual(await stateOf(first.id), before);
    assert.equal((await creditsFor(first.id)).length, 1);

    // Reject with a reason: final, the wallet untouched, the requester told why.
    const second = await request(tokens.customer, { amount: "900", paymentMethod: "BankTransfer" });
    const moneyBefore = await moneyOf(customer.id);
    const rejected: TopupRequest = (await ok(tokens.finance, REJECT, { input: { requestId: second.id, reason: "  The receipt is unreadable.  ", adminNotes: "blurry" } }))
      .rejectWalletTopup.result;
    assert.deepEqual([rejected.status, rejected.rejectedReason, rejected.validatedBy, rejected.adminNotes], ["rejected", "The receipt is unreadable.", finance.id, "blurry"]);
    assert.deepEqual(await moneyOf(customer.id), moneyBefore);
    assert.equal((await creditsFor(second.id)).length, 0);
    const told = await db.query("select body from activity_notifications where profile_id = $1 and title = 'Top-up rejected' order by created_at desc limit 1", [customer.id]);
    assert.match(told.rows[0]?.body ?? "", /The receipt is unreadable\./);
    before = await stateOf(second.id);
    await refused(tokens.finance, APPROVE, { requestId: second.id }, /^This top-up request was rejected\.$/);
    await refused(tokens.customer, CANCEL, { requestId: second.id }, /^This top-up request was rejected\.$/);
    assert.deepEqual(await stateOf(second.id), before);

    // The requester cancels; nobody else may, and a cancelled request is not approved.
    const third = await request(tokens.customer, { amount: "650" });
    before = await stateOf(third.id);
    await refused(tokens.finance, CANCEL, { requestId: third.id }, /^Only the person who asked for a top-up can cancel it\.$/);
    const said = ({ message, extensions }: { message: string; extensions: unknown }) => ({ message, extensions });
    const hidden = said(await refused(tokens.agent, CANCEL, { requestId: third.id }, /^Top-up request not found\.$/));
    assert.deepEqual(said(await refused(tokens.agent, CANCEL, { requestId: randomUUID() }, /^Top-up request not found\.$/)), hidden, "an invisible request reads like a missing one");
    assert.deepEqual(said(await refused(tokens.finance, APPROVE, { requestId: randomUUID() }, /^Top-up request not found\.$/)), hidden);
    assert.deepEqual(await stateOf(third.id), before);
    const cancelled = (await ok(tokens.customer, CANCEL, { input: { requestId: third.id } })).cancelWalletTopup.result;
    assert.equal(cancelled.status, "cancelled");
    before = await stateOf(third.id);
    await refused(tokens.finance, APPROVE, { requestId: third.id }, /^This top-up request was cancelled by the requester\.$/);
    assert.deepEqual(await stateOf(third.id), before);
  });

  test("an approval failing half-way (after the credit) leaves no credit and the request pending", async () => {
    const { id } = await request(tokens.customer, { amount: "1200" });
    await db.query(`
      create function public.tg_test__fail_topup_notice() returns trigger language plpgsql as $$
      begin
        if new.title = 'Top-up approved' then raise exception 'injected failure' using errcode = 'XX000'; end if;
        return new;
      end $$;
      create trigger tg_test__fail_topup_notice before insert on public.activity_notifications for each row execute function public.tg_test__fail_topup_notice();`);
    try {
      const before = await stateOf(id);
      const r = await gw.graphql(APPROVE, { token: tokens.finance, variables: { input: { requestId: id } } });
      assert.equal(r.body.errors?.[0]?.extensions?.code, "INTERNAL", JSON.stringify(r.body));
      assert.deepEqual(await stateOf(id), before);
      assert.equal(before.req.status, "pending");
      assert.equal((await creditsFor(id)).length, 0);
    } finally {
      await db.query("drop trigger tg_test__fail_topup_notice on public.activity_notifications; drop function public.tg_test__fail_topup_notice()");
    }
    await ok(tokens.finance, APPROVE, { input: { requestId: id } });
    assert.equal((await creditsFor(id)).length, 1);
  });

  test("two finance sessions approving the same request at once: exactly one credit", async () => {
    const { id } = await request(tokens.customer, { amount: "4321.09" });
    const before = await moneyOf(customer.id);
    // Two sessions of finance (and one of an admin) wait on the request's row lock, then race.
    const sessions = [await tokenFor(finance.id, finance.email), await tokenFor(finance.id, finance.email), tokens.admin];
    const holder = await db.pool.connect();
    try {
      await holder.query("begin");
      await holder.query("select 1 from wallet_topup_requests where id = $1 for update", [id]);
      const racing = sessions.map((token) => gw.graphql(APPROVE, { token, variables: { input: { requestId: id } } }));
      for (let i = 0; ; i++) {
        const { rows } = await db.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%approve_wallet_topup%'");
        if (rows[0].n === sessions.length) break;
        assert.ok(i < 200, "every approval should be waiting on the request's lock");
        await new Promise((r) => setTimeout(r, 25));
      }
      await holder.query("commit");
      const results = await Promise.all(racing);
      const won = results.filter((r) => r.body.data?.approveWalletTopup?.result?.status === "approved");
      const lost = results.filter((r) => r.body.errors);
      assert.equal(won.length, 1, JSON.stringify(results.map((r) => r.body)));
      assert.equal(lost.length, sessions.length - 1);
      for (const l of lost) {
        assert.equal(l.body.errors[0].extensions.code, "BUSINESS_RULE");
        assert.match(l.body.errors[0].message, /^This top-up request is already approved\.$/);
      }
    } finally {
      await holder.query("rollback").catch(() => {});
      holder.release();
    }
    assert.equal((await creditsFor(id)).length, 1, "one credit");
    const after = await moneyOf(customer.id);
    assert.equal(cents(after.balance!) - cents(before.balance!), 432109);
    assert.equal(after.balance, after.ledger_sum);
    assert.equal(after.entries, before.entries + 1);
  });

  test("a legacy pending request the legacy ledger already credited is approved without a second credit", async () => {
    const { rows } = await db.query(
      `select r.id, r.user_id from wallet_topup_requests r
       where r.status = 'pending' and r.user_id <> $1
         and exists (select 1 from profile_wallet_ledger l where l.reference_type = 'wallet_topup_request' and l.reference_id = r.id and l.status = 'completed' and l.amount > 0)
       order by r.id limit 1`,
      [finance.id],
    );
    assert.equal(rows.length, 1, "the legacy seed has pending requests its ledger already credited");
    const { id, user_id } = rows[0];
    const creditsBefore = await creditsFor(id);
    const moneyBefore = await moneyOf(user_id);
    const approved = (await ok(tokens.finance, APPROVE, { input: { requestId: id, adminNotes: "Checked." } })).approveWalletTopup.result;
    assert.equal(approved.status, "approved");
    assert.match(approved.adminNotes, /^Checked\. \[Already credited by ledger entry [0-9a-f-]{36} before this approval: not credited again\.\]$/);
    assert.deepEqual(await creditsFor(id), creditsBefore);
    assert.deepEqual(await moneyOf(user_id), moneyBefore);
  });

  test("outside GraphQL too, API users cannot approve by a plain update, nor ask for an out-of-range top-up", async () => {
    const { id } = await request(tokens.customer, { amount: "800" });
    const c = await db.pool.connect();
    const as = async (profileId: string, sql: string, params: unknown[]) => {
      await c.query("begin");
      try {
        await c.query("set local role authenticated");
        await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: profileId, role: "authenticated" })]);
        await c.query(sql, params);
        return null;
      } catch (e) {
        return e as { message: string; code: string };
      } finally {
        await c.query("rollback");
      }
    };
    try {
      const before = await stateOf(id);
      const update = await as(finance.id, "update wallet_topup_requests set status = 'approved', validated_by = $2 where id = $1", [id, finance.id]);
      assert.equal(update?.code, "P0001");
      assert.match(update!.message, /only through its workflow/);
      const insert = await as(customer.id, "insert into wallet_topup_requests (user_id, amount, payment_method) values ($1, 10, 'card')", [customer.id]);
      assert.match(insert?.message ?? "", /^The top-up amount must be between 50 and 500,000 EGP/);
      const method = await as(customer.id, "insert into wallet_topup_requests (user_id, amount, payment_method) values ($1, 100, 'cash in hand')", [customer.id]);
      assert.match(method?.message ?? "", /^Unknown payment method/);
      assert.equal(await as(customer.id, "insert into wallet_topup_requests (user_id, amount, payment_method) values ($1, 100, 'instapay')", [customer.id]), null, "a valid direct request is still accepted");
      assert.deepEqual(await stateOf(id), before);
    } finally {
      c.release();
    }
  });

  test("the plain CRUD mutations that would skip the workflow are gone; finance adjustments stay", async () => {
    const schema = await ok(tokens.customer, `{ mutation: __type(name: "Mutation") { fields { name } } }`);
    const mutations = new Set<string>(schema.mutation.fields.map((f: { name: string }) => f.name));
    for (const gone of [
      "createWalletTopupRequest", "updateWalletTopupRequest", "updateWalletTopupRequestByNodeId", "deleteWalletTopupRequest", "deleteWalletTopupRequestByNodeId",
      "updateProfileWalletLedger", "updateProfileWalletLedgerByNodeId", "deleteProfileWalletLedger", "deleteProfileWalletLedgerByNodeId",
    ]) {
      assert.equal(mutations.has(gone), false, `${gone} should not be in the API`);
    }
    for (const kept of ["requestWalletTopup", "approveWalletTopup", "rejectWalletTopup", "cancelWalletTopup", "createProfileWalletLedger"]) {
      assert.equal(mutations.has(kept), true, `${kept} should be in the API`);
    }
    // Finance's adjustment mutation cannot be used to book a top-up credit around the workflow.
    const before = await stateOf(null);
    const r = await gw.graphql(
      `mutation($e: ProfileWalletLedgerInput!) { createProfileWalletLedger(input: { profileWalletLedger: $e }) { profileWalletLedger { id } } }`,
      { token: tokens.finance, variables: { e: { profileId: customer.id, walletId: (await moneyOf(customer.id)).wallet_id, entryType: "topup", amount: "100", source: "topup_request" } } },
    );
    assert.equal(r.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(r.body));
    assert.deepEqual(await stateOf(null), before);
  });
});
