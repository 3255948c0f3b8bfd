// Money: gateway payments, top-up requests, the three-generation wallet ledger, wallets
// whose balances drift from it, and the ways leads are bought (orders and three kinds of
// request).

import { uuidOf, type SeedStep } from "./legacy-sql.ts";
import {
  DEMO_K,
  hasWallet,
  lastK,
  pid,
  deletedUserId,
  projectId,
  projectName,
  projectPrice,
  randomCustomerK,
  randomManagerK,
  randomProfileK,
  randomProject,
  walletId,
  batchId,
  batchProject,
  type World,
} from "./legacy-world.ts";

/** Statuses that count as money moved, in every vocabulary the ledger uses. */
const LEDGER_COMPLETED = ["completed", "COMPLETED", "success", "done", "approved"];
const INFLOW_TYPES = ["deposit", "credit", "refund", "topup"];

/**
 * The signed amount of a ledger row, whichever generation wrote it, as SQL over a
 * wallet_transactions row. Rows that no reading can make sense of count as null.
 */
const LEDGER_SIGNED_AMOUNT = `(case
  when amount is null and credit is null and debit is null then null
  when coalesce(credit, 0) < 0 or coalesce(debit, 0) < 0 then null
  when type is not null then case when type in (${INFLOW_TYPES.map((t) => `'${t}'`).join(", ")}) then amount else -amount end
  when amount is not null then amount
  else coalesce(credit, 0) - coalesce(debit, 0) end)`;

const ledgerTotals = `(select user_id, sum(${LEDGER_SIGNED_AMOUNT}) as total from wallet_transactions
                        where status in (${LEDGER_COMPLETED.map((s) => `'${s}'`).join(", ")}) group by user_id)`;

const buyerK = (w: World, n: string, label: string) =>
  `(case when ${w.rand.chance(n, `${label}.kind`, 0.5)} then ${randomManagerK(w, n, `${label}.m`)} else ${randomCustomerK(w, n, `${label}.c`)} end)`;
const approverK = (w: World, n: string, label: string) =>
  w.rand.weighted(n, label, [[`${DEMO_K.admin}`, 3], [`${DEMO_K.finance}`, 2], [`${DEMO_K.support}`, 1]]);

// A top-up request t made after April 2025 is often paid through a gateway: payment
// transaction t is then that payment, with the same user, amount and time.
const topupK = (w: World, t: string) => `(case (${t}) % 10 when 0 then ${DEMO_K.agent} when 1 then ${DEMO_K.customer} else ${randomProfileK(w, t, "topup.user")} end)`;
const topupCreated = (w: World, t: string) => w.rand.createdAt(t, "topup.created");
const topupLinked = (w: World, t: string) => `(${topupCreated(w, t)} >= timestamptz '2025-04-01 00:00:00+00' and ${w.rand.chance(t, "topup.linked", 0.7)})`;
const topupAmount = (w: World, t: string) => `(100 * ${w.rand.int(t, "topup.amount", 5, 500)})::numeric`;
const topupStatus = (w: World, t: string) => w.rand.weighted(t, "topup.status", [["'pending'", 20], ["'approved'", 55], ["'rejected'", 15], ["'Approved'", 10]]);
const topupGateway = (w: World, t: string) => w.rand.pick(t, "topup.gateway", ["kashier", "paymob"]);
const gatewayTxn = (gateway: string, m: string) => `upper(left(${gateway}, 3)) || '-' || lpad(((${m})::int8 * 104729 % 10000000)::text, 7, '0')`;

export function financeSteps(w: World): SeedStep[] {
  const r = w.rand;
  const K = lastK(w);
  return [
    {
      table: "payment_transactions",
      rows: w.payments,
      sql: (lo, hi) => `
        insert into payment_transactions (id, user_id, amount, currency, payment_method, gateway, gateway_transaction_id, gateway_payment_intent_id, status,
                                          transaction_type, reference_id, metadata, error_message, test_mode, created_at, updated_at, completed_at)
        select ${uuidOf("payment_transactions", "n")}, ${pid("k")}, amount, 'EGP', method, gw,
               case when gw <> 'manual' then ${gatewayTxn("gw", "n")} end,
               case when gw = 'paymob' then 'pi_' || left(md5('intent:' || n), 24) end,
               st, kind, ref,
               jsonb_build_object('channel', ${r.pick("n", "pt.channel", ["web", "android", "ios"])}),
               case when st = 'failed' then ${r.pick("n", "pt.error", ["Card declined", "Insufficient funds", "3DS authentication failed", "Gateway timeout"])} end,
               created < timestamptz '2025-06-01 00:00:00+00', created, created + interval '2 minutes',
               case when st in ('completed', 'success') then created + ${r.int("n", "pt.lag", 5, 90)} * interval '1 second' end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select n <= ${w.topups} and ${topupLinked(w, "n")} as linked offset 0) l
        cross join lateral (select
            case when linked then ${topupK(w, "n")} else ${buyerK(w, "n", "pt.user")} end as k,
            case when linked then ${topupCreated(w, "n")} - interval '2 minutes' else ${r.createdAt("n", "pt.created")} end as created,
            case when linked then ${topupAmount(w, "n")} else ${r.int("n", "pt.qty", 10, 100)} * ${projectPrice(randomProject(w, "n", "pt.project"))} end as amount,
            case when linked then case ${topupStatus(w, "n")} when 'pending' then 'pending' when 'rejected' then 'failed' else 'completed' end
                 else ${r.weighted("n", "pt.status", [["'completed'", 60], ["'pending'", 10], ["'failed'", 15], ["'cancelled'", 5], ["'refunded'", 5], ["'success'", 5]])} end as st,
            case when linked then ${r.pick("n", "pt.lmethod", ["card", "instapay", "card"])}
                 else ${r.pick("n", "pt.method", ["card", "Instapay", "VodafoneCash", "BankTransfer", "vodafone_cash"])} end as method,
            case when linked then ${topupGateway(w, "n")} else ${r.weighted("n", "pt.gateway", [["'kashier'", 45], ["'paymob'", 35], ["'manual'", 20]])} end as gw,
            case when linked then 'wallet_topup' else ${r.weighted("n", "pt.kind", [["'lead_purchase'", 70], ["'wallet_topup'", 30]])} end as kind,
            case when linked then ${uuidOf("wallet_topup_requests", "n")} when ${r.chance("n", "pt.hasref", 0.6)} then ${uuidOf("lead_purchase_requests", r.int("n", "pt.ref", 1, w.leadPurchaseRequests))} end as ref offset 0) x`,
    },
    {
      // gateway arrived in April 2025: older requests have none.
      table: "wallet_topup_requests",
      rows: w.topups,
      sql: (lo, hi) => `
        insert into wallet_topup_requests (id, user_id, amount, receipt_file_url, receipt_file_name, payment_method, status, validated_by, validated_at,
                                           admin_notes, rejected_reason, created_at, updated_at, payment_transaction_id, gateway, gateway_transaction_id)
        select ${uuidOf("wallet_topup_requests", "n")}, ${pid(topupK(w, "n"))}, ${topupAmount(w, "n")},
               case when not linked then 'receipts/' || md5('receipt:' || n) || '.jpg' end,
               case when not linked then ${r.pick("n", "wtr.file", ["IMG_2024.jpg", "instapay_receipt.png", "transfer.pdf", "Screenshot.jpg", "إيصال.jpg"])} end,
               case when linked then 'card' else ${r.weighted("n", "wtr.method", [["'Instapay'", 40], ["'VodafoneCash'", 25], ["'BankTransfer'", 20], ["'instapay'", 5], ["'Vodafone Cash'", 5], ["'bank transfer'", 5]])} end,
               st, case when st <> 'pending' then ${pid(approverK(w, "n", "wtr.validator"))} end,
               case when st <> 'pending' then ${r.after("created", "n", "wtr.validlag", 2 * 86_400)} end,
               case when ${r.chance("n", "wtr.hasnote", 0.2)} then ${r.pick("n", "wtr.note", ["Verified with bank statement", "Customer called to confirm", "تم التحقق"])} end,
               case when st = 'rejected' then ${r.pick("n", "wtr.reason", ["Receipt unclear", "Amount mismatch", "Duplicate receipt", "الإيصال غير واضح"])} end,
               created, ${r.after("created", "n", "wtr.updated", 3 * 86_400)},
               case when linked then ${uuidOf("payment_transactions", "n")} end,
               case when created >= timestamptz '2025-04-01 00:00:00+00' then case when linked then ${topupGateway(w, "n")} else 'manual' end end,
               case when linked then ${gatewayTxn(topupGateway(w, "n"), "n")} end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${topupLinked(w, "n")} as linked, ${topupCreated(w, "n")} as created, ${topupStatus(w, "n")} as st offset 0) x`,
    },
    {
      // Three generations of rows (see 03_unrecorded_tables.sql), mixed statuses, a few
      // rows no reading can make sense of, and a few of users deleted since.
      table: "wallet_transactions",
      rows: w.count(800, 60),
      sql: (lo, hi) => `
        insert into wallet_transactions (id, user_id, wallet_id, type, amount, credit, debit, status, description, reference_type, reference_id, metadata, created_at, updated_at)
        select ${uuidOf("wallet_transactions", "n")}, case when orphan then ${deletedUserId(w, "n", "wt.deleted")} else ${pid("k")} end,
               case when not orphan and variant in ('typed', 'signed') and ${hasWallet("k")} then ${walletId("k")} end,
               typ,
               case variant when 'typed' then mag when 'signed' then case when inflow then mag else -mag end end,
               case when variant = 'entry' then case when inflow then mag when ${r.chance("n", "wt.zero", 0.3)} then 0 end
                    when variant = 'negative_credit' then -mag end,
               case when variant = 'entry' then case when not inflow then mag when ${r.chance("n", "wt.zero", 0.3)} then 0 end end,
               ${r.weighted("n", "wt.status", [
                 ["'completed'", 40], ["'COMPLETED'", 8], ["'success'", 8], ["'done'", 5], ["'approved'", 5], ["'pending'", 10],
                 ["'processing'", 4], ["'failed'", 8], ["'rejected'", 4], ["'cancelled'", 4], ["null", 4],
               ])},
               case when typ in ('purchase', 'debit') then 'Lead purchase: ' || ${projectName(randomProject(w, "n", "wt.project"))}
                    when typ in ('deposit', 'topup', 'credit') then 'Wallet top-up'
                    when typ = 'refund' then 'Refund for invalid leads'
                    when typ = 'withdrawal' then 'Withdrawal to bank account'
                    when inflow then ${r.pick("n", "wt.indesc", ["Top up", "شحن المحفظة", "Manual credit by admin"])}
                    else ${r.pick("n", "wt.outdesc", ["Leads purchase", "شراء عملاء", "Manual debit"])} end,
               case when typ in ('purchase', 'debit') then 'lead_purchase_request' when typ in ('deposit', 'topup') then 'wallet_topup_request'
                    when typ = 'refund' then 'support_case' end,
               case when typ in ('purchase', 'debit') then ${uuidOf("lead_purchase_requests", r.int("n", "wt.lpr", 1, w.leadPurchaseRequests))}
                    when typ in ('deposit', 'topup') then ${uuidOf("wallet_topup_requests", r.int("n", "wt.topup", 1, w.topups))}
                    when typ = 'refund' then ${uuidOf("support_cases", r.int("n", "wt.case", 1, w.supportCases))} end,
               case variant when 'typed' then '{"source": "app_v2"}'::jsonb when 'signed' then '{"source": "app_v1"}'::jsonb end,
               created, case when variant = 'typed' then created + interval '1 minute' end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.chance("n", "wt.orphan", 0.03)} or n = 11 as orphan,
                                   case n % 40 when 0 then ${DEMO_K.agent} when 1 then ${DEMO_K.customer} when 2 then ${DEMO_K.manager} when 3 then ${DEMO_K.agent2}
                                        else ${randomProfileK(w, "n", "wt.user")} end as k,
                                   case when n % 173 = 7 then 'all_null' when n % 179 = 11 then 'negative_credit'
                                        else ${r.weighted("n", "wt.variant", [["'entry'", 25], ["'signed'", 25], ["'typed'", 50]])} end as variant,
                                   ${r.chance("n", "wt.inflow", 0.62)} as inflow offset 0) x
        cross join lateral (select (50 * case when inflow then ${r.int("n", "wt.mag", 1, 400)} else ${r.int("n", "wt.mag", 1, 200)} end)::numeric as mag, case variant when 'typed' then case when inflow then ${r.pick("n", "wt.intype", INFLOW_TYPES)} else ${r.pick("n", "wt.outtype", ["purchase", "purchase", "withdrawal", "debit"])} end end as typ,
                                   case variant when 'entry' then ${r.between("n", "wt.created", "2023-11-15 00:00:00+00", "2024-09-01 00:00:00+00")}
                                                when 'signed' then ${r.between("n", "wt.created", "2024-06-01 00:00:00+00", "2025-04-01 00:00:00+00")}
                                                when 'typed' then ${r.between("n", "wt.created", "2025-01-01 00:00:00+00", "2025-11-15 00:00:00+00")}
                                                else ${r.createdAt("n", "wt.created")} end as created offset 0) y`,
    },
    {
      // One wallet per user, except every 17th generic user. The balance is the completed
      // ledger total, except for about one user in ten, whose balance drifted.
      table: "user_wallets",
      sql: () => `
        insert into user_wallets (id, user_id, balance, currency, created_at, updated_at)
        select ${walletId("k")}, ${pid("k")},
               coalesce(l.total, 0) + case when k > 8 and ${r.chance("k", "wallet.drift", 0.1)}
                                           then (case when ${r.chance("k", "wallet.driftsign", 0.5)} then -50 else 50 end) * ${r.int("k", "wallet.driftsize", 1, 100)}
                                           else 0 end,
               ${r.weighted("k", "wallet.currency", [["'EGP'", 92], ["null", 5], ["'egp'", 3]])},
               ${r.createdAt("k", "wallet.created")}, timestamptz '2025-11-14 23:00:00+00'
        from generate_series(1, ${K}) g(k)
        left join ${ledgerTotals} l on l.user_id = ${pid("k")}
        where ${hasWallet("k")}`,
    },
    {
      // profiles.wallet_balance: a copy of the wallet, stale for some; for users without a
      // wallet, the ledger total for half of them and 0 for the rest.
      table: "profiles",
      counts: false,
      sql: () => `
        update profiles p set wallet_balance = v.balance
        from (select ${pid("k")} as id,
                     case when uw.id is not null then
                            case when k > 8 and ${r.chance("k", "profile.balancedrift", 0.07)}
                                 then case when ${r.chance("k", "profile.balancezero", 0.5)} then 0 else uw.balance - 50 * ${r.int("k", "profile.stale", 1, 40)} end
                                 else uw.balance end
                          when ${r.chance("k", "profile.ledgercopy", 0.5)} then coalesce(l.total, 0)
                          else 0 end as balance
              from generate_series(1, ${K}) g(k)
              left join user_wallets uw on uw.user_id = ${pid("k")}
              left join ${ledgerTotals} l on l.user_id = ${pid("k")}) v
        where p.id = v.id and p.wallet_balance is distinct from v.balance`,
    },
    {
      table: "orders",
      rows: w.count(80, 10),
      sql: (lo, hi) => `
        insert into orders (created_at, id, payment_method, payment_reference, project_id, quantity, status, total_amount, updated_at, user_id)
        select created, ${uuidOf("orders", "n")}, method::payment_method_type,
               case when ${r.chance("n", "order.noref", 0.15)} then null
                    else case method when 'Instapay' then 'IP' when 'VodafoneCash' then 'VC' else 'BT' end || '-' || lpad(((n)::int8 * 7907 % 1000000)::text, 6, '0') end,
               ${projectId("pi")}, qty, ${r.weighted("n", "order.status", [["'confirmed'", 60], ["'pending'", 15], ["'failed'", 10], ["'cancelled'", 10], ["null", 5]])}::order_status,
               qty * ${projectPrice("pi")}, ${r.after("created", "n", "order.updated", 2 * 86_400)},
               ${pid(`case when n % 8 = 0 then ${DEMO_K.customer} else ${buyerK(w, "n", "order.user")} end`)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.createdAt("n", "order.created")} as created, ${randomProject(w, "n", "order.project")} as pi,
                                   (5 * ${r.int("n", "order.qty", 2, 20)})::numeric as qty,
                                   ${r.weighted("n", "order.method", [["'Instapay'", 50], ["'VodafoneCash'", 25], ["'BankTransfer'", 25]])} as method offset 0) x`,
    },
    {
      table: "purchase_requests",
      rows: w.count(60, 10),
      sql: (lo, hi) => `
        insert into purchase_requests (id, user_id, project_id, quantity, total_amount, payment_method, receipt_url, receipt_file_name, status, admin_notes,
                                       approved_by, approved_at, rejected_at, rejected_reason, created_at, updated_at, project_name)
        select ${uuidOf("purchase_requests", "n")}, ${pid(`case when n % 6 = 0 then ${DEMO_K.customer} else ${buyerK(w, "n", "pr.user")} end`)}, ${projectId("pi")}, qty,
               qty * ${projectPrice("pi")}, method,
               case when method <> 'wallet' then 'receipts/pr-' || md5('pr:' || n) || '.jpg' end,
               case when method <> 'wallet' then 'receipt_' || n || '.jpg' end,
               st, case when ${r.chance("n", "pr.note", 0.2)} then 'Checked against Instapay statement' end,
               case when st in ('approved', 'Approved', 'completed') then ${pid(approverK(w, "n", "pr.approver"))} end,
               case when st in ('approved', 'Approved', 'completed') then ${r.after("created", "n", "pr.approvelag", 86_400)} end,
               case when st = 'rejected' then ${r.after("created", "n", "pr.rejectlag", 86_400)} end,
               case when st = 'rejected' then ${r.pick("n", "pr.reason", ["Receipt not found", "Amount does not match", "Project sold out"])} end,
               created, ${r.after("created", "n", "pr.updated", 2 * 86_400)},
               case when created >= timestamptz '2024-08-01 00:00:00+00' then ${projectName("pi")} end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.createdAt("n", "pr.created")} as created, ${randomProject(w, "n", "pr.project")} as pi, ${r.int("n", "pr.qty", 10, 150)} as qty,
                                   ${r.pick("n", "pr.method", ["Instapay", "VodafoneCash", "BankTransfer", "instapay", "Vodafone Cash", "bank_transfer", "wallet"])} as method,
                                   ${r.weighted("n", "pr.status", [["'pending'", 25], ["'approved'", 30], ["'Approved'", 10], ["'rejected'", 15], ["'completed'", 10], ["'cancelled'", 10]])} as st offset 0) x`,
    },
    {
      table: "lead_purchase_requests",
      rows: w.leadPurchaseRequests,
      sql: (lo, hi) => `
        insert into lead_purchase_requests (id, user_id, project_id, batch_id, number_of_leads, total_price, payment_method, status, receipt_url, admin_notes,
                                            approved_by, approved_at, created_at, updated_at)
        select ${uuidOf("lead_purchase_requests", "n")}, ${pid(`case when n % 5 = 0 then ${DEMO_K.manager} else ${buyerK(w, "n", "lpr.user")} end`)},
               case when ${r.chance("n", "lpr.noproject", 0.05)} then null else ${projectId("pi")} end,
               case when bn is not null then ${batchId(w, "bn")} end,
               qty, qty * ${projectPrice("pi")}, method, st,
               case when method in ('Instapay', 'instapay') then 'receipts/lpr-' || md5('lpr:' || n) || '.png' end,
               case when st = 'rejected' then 'Insufficient wallet balance' end,
               case when st in ('approved', 'completed') then ${pid(approverK(w, "n", "lpr.approver"))} end,
               case when st in ('approved', 'completed') then ${r.after("created", "n", "lpr.approvelag", 86_400)} end,
               created, case when st <> 'pending' then ${r.after("created", "n", "lpr.updated", 2 * 86_400)} end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select case when ${r.chance("n", "lpr.hasbatch", 0.3)} then ${r.int("n", "lpr.batch", 1, w.batches)} end as bn offset 0) b
        cross join lateral (select ${r.createdAt("n", "lpr.created")} as created,
                                   case when bn is not null then ${batchProject(w, "bn")} else ${randomProject(w, "n", "lpr.project")} end as pi,
                                   5 * ${r.int("n", "lpr.qty", 2, 30)} as qty,
                                   ${r.weighted("n", "lpr.method", [["'wallet'", 50], ["'Instapay'", 20], ["'card'", 10], ["'instapay'", 5], ["null", 15]])} as method,
                                   ${r.weighted("n", "lpr.status", [["'completed'", 40], ["'approved'", 15], ["'pending'", 20], ["'PENDING'", 5], ["'rejected'", 20]])} as st offset 0) x`,
    },
    {
      table: "lead_requests",
      rows: w.count(60, 10),
      sql: (lo, hi) => `
        insert into lead_requests (id, user_id, project_name, project_id, quantity, budget, status, notes, fulfilled_at, created_at, updated_at)
        select ${uuidOf("lead_requests", "n")}, ${pid(`case when n % 6 = 0 then ${DEMO_K.customer} else ${buyerK(w, "n", "lr.user")} end`)},
               case when free then ${r.pick("n", "lr.free", ["Any project in New Cairo", "North Coast chalets", "Sheikh Zayed villas", "أي مشروع في التجمع"])} else ${projectName("pi")} end,
               case when not free then ${projectId("pi")} end,
               qty, qty * ${projectPrice("pi")}, st,
               case when ${r.chance("n", "lr.hasnotes", 0.4)} then ${r.pick("n", "lr.notes", ["Need fresh leads only", "Prefer Facebook leads", "عملاء جادين فقط", "Budget above 5M"])} end,
               case when st = 'fulfilled' then ${r.after("created", "n", "lr.fulfil", 5 * 86_400)} end,
               created, ${r.after("created", "n", "lr.updated", 6 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.createdAt("n", "lr.created")} as created, ${randomProject(w, "n", "lr.project")} as pi, ${r.chance("n", "lr.isfree", 0.2)} as free,
                                   5 * ${r.int("n", "lr.qty", 2, 40)} as qty,
                                   ${r.weighted("n", "lr.status", [["'pending'", 30], ["'Pending'", 10], ["'approved'", 20], ["'fulfilled'", 25], ["'rejected'", 15]])} as st offset 0) x`,
    },
  ];
}
