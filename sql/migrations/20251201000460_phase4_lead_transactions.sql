-- Phase 4: lead_transactions, every request for and purchase of leads (plan "2. Leads Domain").
--
--   legacy_archive.lead_requests          -> type request,  source shop          (asking for leads of a project)
--   legacy_archive.lead_purchase_requests -> type purchase, source wallet/receipt/gateway/shop (by payment method)
--   legacy_archive.purchase_requests      -> type purchase, source receipt (wallet when paid from the wallet)
--   legacy_archive.orders                 -> type purchase, source legacy_order
--
-- Ids and timestamps are kept (a null updated_at takes the latest known time, a null created_at
-- the updated_at; legacy_data records the null). Statuses are normalised to pending, approved,
-- fulfilled, confirmed, rejected, cancelled, failed; the legacy spelling stays in legacy_status.
-- Amounts are numeric(14,2) (a value with more decimals is rounded, the original kept in
-- legacy_data.amount). Rejected, with the reason: a status that means none of those, a
-- quantity that is not a positive whole number, a negative or out-of-range amount. Ids that
-- name no profile or batch leave the column null and are kept in legacy_data. project_id has
-- no foreign key yet: phase 5 adds one to inventory_projects (which keeps the legacy project
-- ids). The four legacy names become compatibility views. Running the file again changes nothing.

-- The bulk statements below hash and sort in memory (settings end with this file's transaction).
set local work_mem = '64MB';
set local maintenance_work_mem = '256MB';

create table if not exists public.lead_transactions (
  transaction_id uuid not null default gen_random_uuid(),
  transaction_type text not null check (transaction_type in ('request', 'purchase', 'refund')),
  profile_id uuid,
  project_id uuid,
  project_name text,
  batch_id uuid,
  lead_id uuid,
  quantity integer not null check (quantity > 0),
  amount numeric(14, 2) not null check (amount >= 0),
  currency text not null default 'EGP' check (currency ~ '^[A-Z]{3}$'),
  status text not null default 'pending'
    check (status in ('pending', 'approved', 'fulfilled', 'confirmed', 'rejected', 'cancelled', 'failed')),
  payment_method text,
  payment_reference text,
  source text not null check (source in ('shop', 'wallet', 'receipt', 'gateway', 'admin', 'legacy_order')),
  notes text,
  admin_notes text,
  receipt_url text,
  receipt_file_name text,
  rejected_reason text,
  approved_by uuid,
  approved_at timestamptz,
  rejected_at timestamptz,
  fulfilled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text check (legacy_table in ('lead_requests', 'lead_purchase_requests', 'purchase_requests', 'orders')),
  legacy_id text,
  legacy_status text,
  legacy_data jsonb check (jsonb_typeof(legacy_data) = 'object'),
  check (legacy_id is null or legacy_table is not null)
);
-- Keys, foreign keys and indexes follow the backfill.

comment on table public.lead_transactions is 'Requests for leads and purchases of leads (and refunds), with payment and approval. Replaces lead_requests, lead_purchase_requests, purchase_requests and orders. Buyers see their own; finance and admins see all.';
comment on column public.lead_transactions.transaction_id is 'Transaction id (the legacy row''s id for carried rows).';
comment on column public.lead_transactions.transaction_type is 'request (asking for leads of a project), purchase (buying leads) or refund.';
comment on column public.lead_transactions.profile_id is 'Buyer: the profile who asked or paid (null only when the profile is gone).';
comment on column public.lead_transactions.project_id is 'Project whose leads are asked for or bought (inventory_projects; its foreign key comes with phase 5).';
comment on column public.lead_transactions.project_name is 'Project name as the buyer gave it, for requests of projects not in the inventory.';
comment on column public.lead_transactions.batch_id is 'Batch the leads are bought from, when the buyer chose one.';
comment on column public.lead_transactions.lead_id is 'The single lead concerned, when there is one (legacy rows have none).';
comment on column public.lead_transactions.quantity is 'Number of leads asked for or bought.';
comment on column public.lead_transactions.amount is 'Total price (or budget, for requests), in currency; never negative.';
comment on column public.lead_transactions.currency is 'ISO 4217 code; legacy rows are EGP.';
comment on column public.lead_transactions.status is 'pending, approved, fulfilled (leads delivered), confirmed (payment confirmed), rejected, cancelled or failed.';
comment on column public.lead_transactions.payment_method is 'How it was paid, as the app recorded it (Instapay, VodafoneCash, BankTransfer, wallet, card, ...).';
comment on column public.lead_transactions.payment_reference is 'Payment reference of the transfer or gateway.';
comment on column public.lead_transactions.source is 'Where it came from: shop, wallet, receipt (uploaded proof of payment), gateway, admin, legacy_order (the legacy orders table).';
comment on column public.lead_transactions.notes is 'Buyer''s notes.';
comment on column public.lead_transactions.admin_notes is 'Reviewer''s notes.';
comment on column public.lead_transactions.receipt_url is 'Uploaded proof of payment (storage path or URL).';
comment on column public.lead_transactions.receipt_file_name is 'File name of the uploaded proof of payment.';
comment on column public.lead_transactions.rejected_reason is 'Why it was rejected.';
comment on column public.lead_transactions.approved_by is 'Profile (finance or admin) who approved it.';
comment on column public.lead_transactions.approved_at is 'When it was approved.';
comment on column public.lead_transactions.rejected_at is 'When it was rejected.';
comment on column public.lead_transactions.fulfilled_at is 'When the leads were delivered.';
comment on column public.lead_transactions.created_at is 'When it was made.';
comment on column public.lead_transactions.updated_at is 'When it last changed (set by trigger).';
comment on column public.lead_transactions.legacy_table is 'Legacy table the row was carried from, or whose compatibility view wrote it; null for rows the new app writes.';
comment on column public.lead_transactions.legacy_id is 'Id of the legacy row it was carried from (null for rows written after phase 4).';
comment on column public.lead_transactions.legacy_status is 'Status as the legacy row spelled it (Pending, Approved, completed, ...), kept for the compatibility views.';
comment on column public.lead_transactions.legacy_data is 'Legacy values no column holds as they were: user_id / approved_by / batch_id (no such row), amount (before rounding to cents), created_at / updated_at (null). Null when none.';

alter table public.lead_transactions enable row level security;

-- The status words of the four legacy tables, normalised; null for anything else.
create or replace function salemate.lead_transaction_status(p_status text) returns text
  language sql immutable parallel safe
  as $$
    select case lower(btrim(coalesce(p_status, 'pending')))
      when 'pending' then 'pending' when '' then 'pending' when 'processing' then 'pending' when 'in_progress' then 'pending'
      when 'new' then 'pending' when 'submitted' then 'pending' when 'under_review' then 'pending' when 'awaiting_approval' then 'pending'
      when 'approved' then 'approved' when 'accepted' then 'approved'
      when 'fulfilled' then 'fulfilled' when 'completed' then 'fulfilled' when 'complete' then 'fulfilled' when 'done' then 'fulfilled'
      when 'delivered' then 'fulfilled' when 'success' then 'fulfilled' when 'succeeded' then 'fulfilled'
      when 'confirmed' then 'confirmed' when 'paid' then 'confirmed'
      when 'rejected' then 'rejected' when 'declined' then 'rejected' when 'denied' then 'rejected'
      when 'cancelled' then 'cancelled' when 'canceled' then 'cancelled' when 'expired' then 'cancelled'
      when 'failed' then 'failed' when 'error' then 'failed'
    end
  $$;
comment on function salemate.lead_transaction_status(text) is 'A legacy request/purchase/order status word as a lead_transactions status; null when it means none.';

-- Which legacy name shows a row the new app wrote (legacy_table null).
create or replace function salemate.lead_transaction_legacy_table(p_type text, p_source text) returns text
  language sql immutable parallel safe
  as $$
    select case p_type
      when 'request' then 'lead_requests'
      when 'purchase' then case p_source when 'receipt' then 'purchase_requests' when 'legacy_order' then 'orders' else 'lead_purchase_requests' end
    end
  $$;
comment on function salemate.lead_transaction_legacy_table(text, text) is 'The legacy table whose compatibility view shows a transaction of this type and source (refunds: none).';

-- The legacy status spelling while it still means the status, else the status.
create or replace function salemate.lead_transaction_legacy_status(p_status text, p_legacy_status text) returns text
  language sql immutable parallel safe
  as $$
    select case when p_legacy_status is not null and salemate.lead_transaction_status(p_legacy_status) = p_status then p_legacy_status
                else p_status end
  $$;

grant execute on function salemate.lead_transaction_status(text), salemate.lead_transaction_legacy_table(text, text),
  salemate.lead_transaction_legacy_status(text, text) to authenticated, service_role;

-- Backfill -----------------------------------------------------------------------------------
-- Each query yields the legacy rows still to carry, normalised, with the reason a row cannot be
-- carried; the last reasons are checked in the order listed.

do $$
declare
  src regclass := salemate.conformed_legacy_table(4, 'lead_requests', array['lead_transactions'], array[
    'id uuid', 'user_id uuid', 'project_name text', 'project_id uuid', 'quantity integer', 'budget numeric', 'status text', 'notes text', 'fulfilled_at timestamptz', 'created_at timestamptz', 'updated_at timestamptz']);
  q text;
begin
  if src is null then
    perform salemate.note(4, 'lead_requests', 'legacy lead_requests is absent (or already replaced): nothing carried into lead_transactions');
    return;
  end if;
  q := format($q$
    select s.id, %4$s as legacy_extra, s.user_id, s.project_name, s.project_id, s.quantity, s.budget, s.status, %1$s as notes, %2$s as fulfilled_at,
           s.created_at, s.updated_at, s.user_id in (select p.id from public.profiles p) as user_known, salemate.lead_transaction_status(s.status) as tx_status,
           case when salemate.lead_transaction_status(s.status) is null then format('status %%L is not a known request status', s.status)
                when s.quantity is null or s.quantity <= 0 then 'quantity is not a positive whole number'
                when s.budget is null or s.budget < 0 then 'budget is missing or negative'
                when s.budget >= 1e12 then 'budget is out of range'
           end as reject_reason
    from %3$s s
    where not exists (select 1 from public.lead_transactions t where t.legacy_table = 'lead_requests' and t.legacy_id = s.id::text)
  $q$, salemate.optional_legacy_column(4, 'lead_requests', 'notes', 'null::text'), salemate.optional_legacy_column(4, 'lead_requests', 'fulfilled_at', 'null::timestamptz'), src, salemate.legacy_extra_columns('lead_requests'));

  perform salemate.carry_legacy_rows(4, 'lead_requests', 'lead_transactions', src, q, $i$
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, project_name, quantity, amount, status,
                                          source, notes, fulfilled_at, created_at, updated_at, legacy_table, legacy_id, legacy_status, legacy_data)
    select r.id, 'request', case when r.user_known then r.user_id end, r.project_id, r.project_name, r.quantity, round(r.budget, 2), r.tx_status,
           'shop', r.notes, r.fulfilled_at, coalesce(r.created_at, r.updated_at, now()), coalesce(r.updated_at, r.created_at, now()),
           'lead_requests', r.id::text, r.status,
           salemate.with_extra_columns(nullif(case when not r.user_known then jsonb_build_object('user_id', r.user_id) else '{}' end
                  || case when r.budget <> round(r.budget, 2) then jsonb_build_object('amount', r.budget) else '{}' end
                  || case when r.created_at is null then jsonb_build_object('created_at', null) else '{}' end
                  || case when r.updated_at is null then jsonb_build_object('updated_at', null) else '{}' end, '{}'), r.legacy_extra)
    from carry r
  $i$);
end
$$;

do $$
declare
  src regclass := salemate.conformed_legacy_table(4, 'lead_purchase_requests', array['lead_transactions'], array[
    'id uuid', 'user_id uuid', 'project_id uuid', 'batch_id uuid', 'number_of_leads integer', 'total_price numeric', 'payment_method text', 'status text', 'receipt_url text', 'admin_notes text', 'approved_by uuid', 'approved_at timestamptz', 'created_at timestamptz', 'updated_at timestamptz']);
  q text;
begin
  if src is null then
    perform salemate.note(4, 'lead_purchase_requests', 'legacy lead_purchase_requests is absent (or already replaced): nothing carried into lead_transactions');
    return;
  end if;
  q := format($q$
    select s.id, %9$s as legacy_extra, s.user_id, s.project_id, %1$s as batch_id, s.number_of_leads, s.total_price, %2$s as payment_method, s.status,
           %3$s as receipt_url, %4$s as admin_notes, %5$s as approved_by, %6$s as approved_at, s.created_at, %7$s as updated_at,
           s.user_id in (select p.id from public.profiles p) as user_known, b.id is not null as batch_known,
           %5$s in (select p.id from public.profiles p) as approver_known,
           salemate.lead_transaction_status(s.status) as tx_status,
           case when salemate.lead_transaction_status(s.status) is null then format('status %%L is not a known purchase status', s.status)
                when s.number_of_leads is null or s.number_of_leads <= 0 then 'quantity is not a positive whole number'
                when s.total_price is null or s.total_price < 0 then 'total_price is missing or negative'
                when s.total_price >= 1e12 then 'total_price is out of range'
           end as reject_reason
    from %8$s s
    left join public.lead_batches b on b.id = %1$s
    where not exists (select 1 from public.lead_transactions t where t.legacy_table = 'lead_purchase_requests' and t.legacy_id = s.id::text)
  $q$, salemate.optional_legacy_column(4, 'lead_purchase_requests', 'batch_id', 'null::uuid'), salemate.optional_legacy_column(4, 'lead_purchase_requests', 'payment_method', 'null::text'),
       salemate.optional_legacy_column(4, 'lead_purchase_requests', 'receipt_url', 'null::text'), salemate.optional_legacy_column(4, 'lead_purchase_requests', 'admin_notes', 'null::text'),
       salemate.optional_legacy_column(4, 'lead_purchase_requests', 'approved_by', 'null::uuid'), salemate.optional_legacy_column(4, 'lead_purchase_requests', 'approved_at', 'null::timestamptz'),
       salemate.optional_legacy_column(4, 'lead_purchase_requests', 'updated_at', 'null::timestamptz'), src, salemate.legacy_extra_columns('lead_purchase_requests'));

  perform salemate.carry_legacy_rows(4, 'lead_purchase_requests', 'lead_transactions', src, q, $i$
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, batch_id, quantity, amount, status,
                                          payment_method, source, admin_notes, receipt_url, approved_by, approved_at,
                                          created_at, updated_at, legacy_table, legacy_id, legacy_status, legacy_data)
    select r.id, 'purchase', case when r.user_known then r.user_id end, r.project_id, case when r.batch_known then r.batch_id end,
           r.number_of_leads, round(r.total_price, 2), r.tx_status, r.payment_method,
           case when r.payment_method ilike '%wallet%' then 'wallet' when r.receipt_url is not null then 'receipt'
                when lower(r.payment_method) in ('card', 'credit_card', 'debit_card', 'paymob', 'fawry') then 'gateway' else 'shop' end,
           r.admin_notes, r.receipt_url, case when r.approver_known then r.approved_by end, r.approved_at,
           r.created_at, coalesce(r.updated_at, greatest(r.created_at, r.approved_at)),
           'lead_purchase_requests', r.id::text, r.status,
           salemate.with_extra_columns(nullif(case when not r.user_known then jsonb_build_object('user_id', r.user_id) else '{}' end
                  || case when r.batch_id is not null and not r.batch_known then jsonb_build_object('batch_id', r.batch_id) else '{}' end
                  || case when r.approved_by is not null and not r.approver_known then jsonb_build_object('approved_by', r.approved_by) else '{}' end
                  || case when r.total_price <> round(r.total_price, 2) then jsonb_build_object('amount', r.total_price) else '{}' end
                  || case when r.updated_at is null then jsonb_build_object('updated_at', null) else '{}' end, '{}'), r.legacy_extra)
    from carry r
  $i$);
end
$$;

do $$
declare
  src regclass := salemate.conformed_legacy_table(4, 'purchase_requests', array['lead_transactions'], array[
    'id uuid', 'user_id uuid', 'project_id uuid', 'quantity integer', 'total_amount numeric', 'payment_method text', 'receipt_url text', 'receipt_file_name text', 'status text', 'admin_notes text', 'approved_by uuid', 'approved_at timestamptz', 'rejected_at timestamptz', 'rejected_reason text', 'created_at timestamptz', 'updated_at timestamptz', 'project_name text']);
  q text;
begin
  if src is null then
    perform salemate.note(4, 'purchase_requests', 'legacy purchase_requests is absent (or already replaced): nothing carried into lead_transactions');
    return;
  end if;
  q := format($q$
    select s.id, %10$s as legacy_extra, s.user_id, s.project_id, s.quantity, s.total_amount, s.payment_method, %1$s as receipt_url, %2$s as receipt_file_name,
           s.status, %3$s as admin_notes, %4$s as approved_by, %5$s as approved_at, %6$s as rejected_at, %7$s as rejected_reason,
           s.created_at, s.updated_at, %8$s as project_name,
           s.user_id in (select p.id from public.profiles p) as user_known,
           %4$s in (select p.id from public.profiles p) as approver_known, salemate.lead_transaction_status(s.status) as tx_status,
           case when salemate.lead_transaction_status(s.status) is null then format('status %%L is not a known purchase status', s.status)
                when s.quantity is null or s.quantity <= 0 then 'quantity is not a positive whole number'
                when s.total_amount is null or s.total_amount < 0 then 'total_amount is missing or negative'
                when s.total_amount >= 1e12 then 'total_amount is out of range'
           end as reject_reason
    from %9$s s
    where not exists (select 1 from public.lead_transactions t where t.legacy_table = 'purchase_requests' and t.legacy_id = s.id::text)
  $q$, salemate.optional_legacy_column(4, 'purchase_requests', 'receipt_url', 'null::text'), salemate.optional_legacy_column(4, 'purchase_requests', 'receipt_file_name', 'null::text'),
       salemate.optional_legacy_column(4, 'purchase_requests', 'admin_notes', 'null::text'), salemate.optional_legacy_column(4, 'purchase_requests', 'approved_by', 'null::uuid'),
       salemate.optional_legacy_column(4, 'purchase_requests', 'approved_at', 'null::timestamptz'), salemate.optional_legacy_column(4, 'purchase_requests', 'rejected_at', 'null::timestamptz'),
       salemate.optional_legacy_column(4, 'purchase_requests', 'rejected_reason', 'null::text'), salemate.optional_legacy_column(4, 'purchase_requests', 'project_name', 'null::text'), src, salemate.legacy_extra_columns('purchase_requests'));

  perform salemate.carry_legacy_rows(4, 'purchase_requests', 'lead_transactions', src, q, $i$
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, project_name, quantity, amount, status,
                                          payment_method, source, admin_notes, receipt_url, receipt_file_name, rejected_reason,
                                          approved_by, approved_at, rejected_at, created_at, updated_at,
                                          legacy_table, legacy_id, legacy_status, legacy_data)
    select r.id, 'purchase', case when r.user_known then r.user_id end, r.project_id, r.project_name, r.quantity, round(r.total_amount, 2),
           r.tx_status, r.payment_method, case when r.payment_method ilike '%wallet%' then 'wallet' else 'receipt' end,
           r.admin_notes, r.receipt_url, r.receipt_file_name, r.rejected_reason,
           case when r.approver_known then r.approved_by end, r.approved_at, r.rejected_at,
           coalesce(r.created_at, r.updated_at, now()), coalesce(r.updated_at, r.created_at, now()),
           'purchase_requests', r.id::text, r.status,
           salemate.with_extra_columns(nullif(case when not r.user_known then jsonb_build_object('user_id', r.user_id) else '{}' end
                  || case when r.approved_by is not null and not r.approver_known then jsonb_build_object('approved_by', r.approved_by) else '{}' end
                  || case when r.total_amount <> round(r.total_amount, 2) then jsonb_build_object('amount', r.total_amount) else '{}' end
                  || case when r.created_at is null then jsonb_build_object('created_at', null) else '{}' end
                  || case when r.updated_at is null then jsonb_build_object('updated_at', null) else '{}' end, '{}'), r.legacy_extra)
    from carry r
  $i$);
end
$$;

do $$
declare
  src regclass := salemate.conformed_legacy_table(4, 'orders', array['lead_transactions'], array[
    'created_at timestamptz', 'id uuid', 'payment_method text', 'payment_reference text', 'project_id uuid', 'quantity numeric', 'status text', 'total_amount numeric', 'updated_at timestamptz', 'user_id uuid']);
  q text;
begin
  if src is null then
    perform salemate.note(4, 'orders', 'legacy orders is absent (or already replaced): nothing carried into lead_transactions');
    return;
  end if;
  -- orders.status is an enum with no default: an order never given one is pending.
  q := format($q$
    select s.id, %3$s as legacy_extra, s.user_id, s.project_id, s.quantity, s.total_amount, s.payment_method::text as payment_method, %1$s as payment_reference,
           s.status::text as status, s.created_at, s.updated_at,
           s.user_id in (select p.id from public.profiles p) as user_known, salemate.lead_transaction_status(s.status::text) as tx_status,
           case when salemate.lead_transaction_status(s.status::text) is null then format('status %%L is not a known order status', s.status)
                when s.quantity is null or s.quantity <= 0 or s.quantity <> trunc(s.quantity) or s.quantity > 2147483647
                  then 'quantity is not a positive whole number'
                when s.total_amount is null or s.total_amount < 0 then 'total_amount is missing or negative'
                when s.total_amount >= 1e12 then 'total_amount is out of range'
           end as reject_reason
    from %2$s s
    where not exists (select 1 from public.lead_transactions t where t.legacy_table = 'orders' and t.legacy_id = s.id::text)
  $q$, salemate.optional_legacy_column(4, 'orders', 'payment_reference', 'null::text'), src, salemate.legacy_extra_columns('orders'));

  perform salemate.carry_legacy_rows(4, 'orders', 'lead_transactions', src, q, $i$
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, quantity, amount, status,
                                          payment_method, payment_reference, source, created_at, updated_at,
                                          legacy_table, legacy_id, legacy_status, legacy_data)
    select r.id, 'purchase', case when r.user_known then r.user_id end, r.project_id, r.quantity::integer, round(r.total_amount, 2),
           r.tx_status, r.payment_method, r.payment_reference, 'legacy_order',
           coalesce(r.created_at, r.updated_at, now()), coalesce(r.updated_at, r.created_at, now()),
           'orders', r.id::text, r.status,
           salemate.with_extra_columns(nullif(case when not r.user_known then jsonb_build_object('user_id', r.user_id) else '{}' end
                  || case when r.total_amount <> round(r.total_amount, 2) then jsonb_build_object('amount', r.total_amount) else '{}' end
                  || case when r.created_at is null then jsonb_build_object('created_at', null) else '{}' end
                  || case when r.updated_at is null then jsonb_build_object('updated_at', null) else '{}' end, '{}'), r.legacy_extra)
    from carry r
  $i$);
end
$$;

-- Keys, indexes and the updated_at trigger, after the bulk insert ------------------------------
-- project_id: no foreign key in phase 4; phase 5 adds one to inventory_projects.

select salemate.add_merged_primary_key(4, 'public.lead_transactions', 'transaction_id');
select salemate.add_constraint_once(4, 'public.lead_transactions', 'lead_transactions_legacy_key', 'unique (legacy_table, legacy_id)');
select salemate.add_constraint_once(4, 'public.lead_transactions', 'lead_transactions_profile_id_fkey',
  'foreign key (profile_id) references public.profiles (id) on delete set null');
select salemate.add_constraint_once(4, 'public.lead_transactions', 'lead_transactions_approved_by_fkey',
  'foreign key (approved_by) references public.profiles (id) on delete set null');
select salemate.add_constraint_once(4, 'public.lead_transactions', 'lead_transactions_batch_id_fkey',
  'foreign key (batch_id) references public.lead_batches (id) on delete set null');
select salemate.add_constraint_once(4, 'public.lead_transactions', 'lead_transactions_lead_id_fkey',
  'foreign key (lead_id) references public.leads (id) on delete set null');

create index if not exists lead_transactions_profile_id_created_at_idx on public.lead_transactions (profile_id, created_at);
create index if not exists lead_transactions_project_id_idx on public.lead_transactions (project_id);
create index if not exists lead_transactions_batch_id_idx on public.lead_transactions (batch_id);
create index if not exists lead_transactions_lead_id_idx on public.lead_transactions (lead_id);
create index if not exists lead_transactions_approved_by_idx on public.lead_transactions (approved_by);
create index if not exists lead_transactions_type_status_idx on public.lead_transactions (transaction_type, status);
create index if not exists lead_transactions_status_created_at_idx on public.lead_transactions (status, created_at);
create index if not exists lead_transactions_created_at_idx on public.lead_transactions (created_at);

drop trigger if exists tg_lead_transactions__touch_updated_at on public.lead_transactions;
create trigger tg_lead_transactions__touch_updated_at before update on public.lead_transactions
  for each row execute function salemate.tg_touch_updated_at();

-- Who may do what ------------------------------------------------------------------------------
-- Buyers read their own and open pending requests/purchases for themselves (and may cancel
-- them); finance and admins read and decide all; a transaction about one lead is also visible
-- to whoever can see the lead.

select salemate.take_over_policies(4, 'public.lead_transactions');
drop policy if exists "Buyers read their own transactions" on public.lead_transactions;
create policy "Buyers read their own transactions" on public.lead_transactions for select to authenticated
  using (profile_id = (select salemate.current_profile_id()));

drop policy if exists "Finance and admins read every transaction" on public.lead_transactions;
create policy "Finance and admins read every transaction" on public.lead_transactions for select to authenticated
  using ((select salemate.has_role('finance') or salemate.has_role('admin')));

drop policy if exists "People who can see a lead read its transactions" on public.lead_transactions;
create policy "People who can see a lead read its transactions" on public.lead_transactions for select to authenticated
  using (lead_id is not null and exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Buyers open pending requests and purchases for themselves" on public.lead_transactions;
create policy "Buyers open pending requests and purchases for themselves" on public.lead_transactions for insert to authenticated
  with check (profile_id = (select salemate.current_profile_id())
              and transaction_type in ('request', 'purchase') and status = 'pending'
              and approved_by is null and approved_at is null and fulfilled_at is null);

drop policy if exists "Finance and admins record any transaction" on public.lead_transactions;
create policy "Finance and admins record any transaction" on public.lead_transactions for insert to authenticated
  with check ((select salemate.has_role('finance') or salemate.has_role('admin')));

drop policy if exists "Buyers change or cancel their pending transactions" on public.lead_transactions;
create policy "Buyers change or cancel their pending transactions" on public.lead_transactions for update to authenticated
  using (profile_id = (select salemate.current_profile_id()) and status = 'pending')
  with check (profile_id = (select salemate.current_profile_id()) and status in ('pending', 'cancelled')
              and approved_by is null and approved_at is null and fulfilled_at is null);

drop policy if exists "Finance and admins decide transactions" on public.lead_transactions;
create policy "Finance and admins decide transactions" on public.lead_transactions for update to authenticated
  using ((select salemate.has_role('finance') or salemate.has_role('admin')))
  with check ((select salemate.has_role('finance') or salemate.has_role('admin')));

drop policy if exists "Admins delete transactions" on public.lead_transactions;
create policy "Admins delete transactions" on public.lead_transactions for delete to authenticated
  using ((select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.lead_transactions');

revoke all on public.lead_transactions from anon, authenticated;
grant select, delete on public.lead_transactions to authenticated;
grant insert (transaction_id, transaction_type, profile_id, project_id, project_name, batch_id, lead_id, quantity, amount, currency,
              status, payment_method, payment_reference, source, notes, admin_notes, receipt_url, receipt_file_name, rejected_reason,
              approved_by, approved_at, rejected_at, fulfilled_at, created_at, legacy_table, legacy_status),
      update (project_id, project_name, batch_id, lead_id, quantity, amount, currency, status, payment_method, payment_reference,
              notes, admin_notes, receipt_url, receipt_file_name, rejected_reason, approved_by, approved_at, rejected_at, fulfilled_at,
              legacy_status)
  on public.lead_transactions to authenticated;
grant all on public.lead_transactions to service_role;

-- Compatibility views --------------------------------------------------------------------------
-- Each shows the rows carried from (or written through) its legacy name, and the new app's rows
-- of its kind (salemate.lead_transaction_legacy_table). A status word the normaliser does not
-- know is refused with a check violation.

select salemate.install_compat_view(4, 'lead_requests', $v$
  select t.transaction_id as id, coalesce(t.profile_id, (t.legacy_data->>'user_id')::uuid) as user_id, t.project_name, t.project_id,
         t.quantity, t.amount as budget, salemate.lead_transaction_legacy_status(t.status, t.legacy_status) as status, t.notes,
         t.fulfilled_at, t.created_at, t.updated_at
  from public.lead_transactions t
  where coalesce(t.legacy_table, salemate.lead_transaction_legacy_table(t.transaction_type, t.source)) = 'lead_requests'
$v$, 'Compatibility view: legacy lead_requests, now lead_transactions of type request (phase 4).');

create or replace function salemate.tg_lead_requests__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(coalesce(new.status, 'pending'));
  begin
    if v_status is null then
      raise exception 'lead request status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    new.status := coalesce(new.status, 'pending');
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, project_name, quantity, amount, status,
                                          source, notes, fulfilled_at, created_at, legacy_table, legacy_status)
    values (coalesce(new.id, gen_random_uuid()), 'request', new.user_id, new.project_id, new.project_name, new.quantity, new.budget, v_status,
            'shop', new.notes, new.fulfilled_at, coalesce(new.created_at, now()), 'lead_requests', new.status)
    returning transaction_id, created_at, updated_at into new.id, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_requests__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(new.status);
  begin
    if v_status is null then
      raise exception 'lead request status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    update public.lead_transactions t set
      project_name = new.project_name, project_id = new.project_id, quantity = new.quantity, amount = new.budget,
      status = v_status, legacy_status = new.status, notes = new.notes, fulfilled_at = new.fulfilled_at
    where t.transaction_id = old.id
    returning t.updated_at into new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_requests__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_transactions where transaction_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('lead_requests', 'lead_requests');

select salemate.install_compat_view(4, 'lead_purchase_requests', $v$
  select t.transaction_id as id, coalesce(t.profile_id, (t.legacy_data->>'user_id')::uuid) as user_id, t.project_id,
         coalesce(t.batch_id, (t.legacy_data->>'batch_id')::uuid) as batch_id, t.quantity as number_of_leads, t.amount as total_price,
         t.payment_method, salemate.lead_transaction_legacy_status(t.status, t.legacy_status) as status, t.receipt_url, t.admin_notes,
         coalesce(t.approved_by, (t.legacy_data->>'approved_by')::uuid) as approved_by, t.approved_at, t.created_at, t.updated_at
  from public.lead_transactions t
  where coalesce(t.legacy_table, salemate.lead_transaction_legacy_table(t.transaction_type, t.source)) = 'lead_purchase_requests'
$v$, 'Compatibility view: legacy lead_purchase_requests, now lead_transactions of type purchase (phase 4).');

create or replace function salemate.tg_lead_purchase_requests__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(coalesce(new.status, 'pending'));
  begin
    if v_status is null then
      raise exception 'lead purchase request status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    new.status := coalesce(new.status, 'pending');
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, batch_id, quantity, amount, status,
                                          payment_method, source, receipt_url, admin_notes, approved_by, approved_at, created_at,
                                          legacy_table, legacy_status)
    values (coalesce(new.id, gen_random_uuid()), 'purchase', new.user_id, new.project_id, new.batch_id, new.number_of_leads, new.total_price,
            v_status, new.payment_method,
            case when new.payment_method ilike '%wallet%' then 'wallet' when new.receipt_url is not null then 'receipt'
                 when lower(new.payment_method) in ('card', 'credit_card', 'debit_card', 'paymob', 'fawry') then 'gateway' else 'shop' end,
            new.receipt_url, new.admin_notes, new.approved_by, new.approved_at, coalesce(new.created_at, now()),
            'lead_purchase_requests', new.status)
    returning transaction_id, created_at, updated_at into new.id, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_purchase_requests__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(new.status);
  begin
    if v_status is null then
      raise exception 'lead purchase request status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    update public.lead_transactions t set
      project_id = new.project_id,
      batch_id = case when new.batch_id is not distinct from old.batch_id then t.batch_id else new.batch_id end,
      quantity = new.number_of_leads, amount = new.total_price, payment_method = new.payment_method,
      status = v_status, legacy_status = new.status, receipt_url = new.receipt_url, admin_notes = new.admin_notes,
      approved_by = case when new.approved_by is not distinct from old.approved_by then t.approved_by else new.approved_by end,
      approved_at = new.approved_at
    where t.transaction_id = old.id
    returning t.updated_at into new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_purchase_requests__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_transactions where transaction_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('lead_purchase_requests', 'lead_purchase_requests');

select salemate.install_compat_view(4, 'purchase_requests', $v$
  select t.transaction_id as id, coalesce(t.profile_id, (t.legacy_data->>'user_id')::uuid) as user_id, t.project_id, t.quantity,
         t.amount as total_amount, t.payment_method, t.receipt_url, t.receipt_file_name,
         salemate.lead_transaction_legacy_status(t.status, t.legacy_status) as status, t.admin_notes,
         coalesce(t.approved_by, (t.legacy_data->>'approved_by')::uuid) as approved_by, t.approved_at, t.rejected_at, t.rejected_reason,
         t.created_at, t.updated_at, t.project_name
  from public.lead_transactions t
  where coalesce(t.legacy_table, salemate.lead_transaction_legacy_table(t.transaction_type, t.source)) = 'purchase_requests'
$v$, 'Compatibility view: legacy purchase_requests, now lead_transactions of type purchase paid by receipt (phase 4).');

create or replace function salemate.tg_purchase_requests__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(coalesce(new.status, 'pending'));
  begin
    if v_status is null then
      raise exception 'purchase request status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    new.status := coalesce(new.status, 'pending');
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, project_name, quantity, amount, status,
                                          payment_method, source, receipt_url, receipt_file_name, admin_notes, approved_by, approved_at,
                                          rejected_at, rejected_reason, created_at, legacy_table, legacy_status)
    values (coalesce(new.id, gen_random_uuid()), 'purchase', new.user_id, new.project_id, new.project_name, new.quantity, new.total_amount,
            v_status, new.payment_method, case when new.payment_method ilike '%wallet%' then 'wallet' else 'receipt' end,
            new.receipt_url, new.receipt_file_name, new.admin_notes, new.approved_by, new.approved_at, new.rejected_at, new.rejected_reason,
            coalesce(new.created_at, now()), 'purchase_requests', new.status)
    returning transaction_id, created_at, updated_at into new.id, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_purchase_requests__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(new.status);
  begin
    if v_status is null then
      raise exception 'purchase request status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    update public.lead_transactions t set
      project_id = new.project_id, project_name = new.project_name, quantity = new.quantity, amount = new.total_amount,
      payment_method = new.payment_method, receipt_url = new.receipt_url, receipt_file_name = new.receipt_file_name,
      status = v_status, legacy_status = new.status, admin_notes = new.admin_notes,
      approved_by = case when new.approved_by is not distinct from old.approved_by then t.approved_by else new.approved_by end,
      approved_at = new.approved_at, rejected_at = new.rejected_at, rejected_reason = new.rejected_reason
    where t.transaction_id = old.id
    returning t.updated_at into new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_purchase_requests__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_transactions where transaction_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('purchase_requests', 'purchase_requests');

-- orders keeps its enum columns where the legacy types exist: an order's status reads as
-- confirmed once approved, fulfilled or confirmed, failed once rejected or failed; a payment
-- method outside payment_method_type reads as null.
do $$
declare
  has_types boolean := to_regtype('public.order_status') is not null and to_regtype('public.payment_method_type') is not null;
begin
  perform salemate.install_compat_view(4, 'orders', format($v$
    select t.created_at, t.transaction_id as id, %1$s as payment_method, t.payment_reference, t.project_id, t.quantity::numeric as quantity,
           %2$s as status, t.amount as total_amount, t.updated_at, coalesce(t.profile_id, (t.legacy_data->>'user_id')::uuid) as user_id
    from public.lead_transactions t
    where coalesce(t.legacy_table, salemate.lead_transaction_legacy_table(t.transaction_type, t.source)) = 'orders'
  $v$,
    case when has_types
      then 'case when t.payment_method = any (enum_range(null::public.payment_method_type)::text[]) then t.payment_method::public.payment_method_type end'
      else 't.payment_method' end,
    case when has_types
      then $s$(case when t.legacy_table = 'orders' and t.legacy_status is null and t.status = 'pending' then null
                    else case t.status when 'pending' then 'pending' when 'cancelled' then 'cancelled'
                                       when 'rejected' then 'failed' when 'failed' then 'failed' else 'confirmed' end end)::public.order_status$s$
      else 'salemate.lead_transaction_legacy_status(t.status, t.legacy_status)' end),
    'Compatibility view: legacy orders, now lead_transactions of type purchase from source legacy_order (phase 4).');
end
$$;

create or replace function salemate.tg_orders__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(coalesce(new.status::text, 'pending'));
  begin
    if v_status is null then
      raise exception 'order status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    if new.quantity <> trunc(new.quantity) then
      raise exception 'order quantity % is not a whole number', new.quantity using errcode = 'check_violation';
    end if;
    insert into public.lead_transactions (transaction_id, transaction_type, profile_id, project_id, quantity, amount, status,
                                          payment_method, payment_reference, source, created_at, legacy_table, legacy_status)
    values (coalesce(new.id, gen_random_uuid()), 'purchase', new.user_id, new.project_id, new.quantity::integer, new.total_amount, v_status,
            new.payment_method::text, new.payment_reference, 'legacy_order', coalesce(new.created_at, now()), 'orders', new.status::text)
    returning transaction_id, created_at, updated_at into new.id, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_orders__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_transaction_status(coalesce(new.status::text, 'pending'));
  begin
    if v_status is null then
      raise exception 'order status % is not a known status', new.status using errcode = 'check_violation';
    end if;
    if new.quantity <> trunc(new.quantity) then
      raise exception 'order quantity % is not a whole number', new.quantity using errcode = 'check_violation';
    end if;
    update public.lead_transactions t set
      project_id = new.project_id, quantity = new.quantity::integer, amount = new.total_amount,
      payment_method = case when new.payment_method is not distinct from old.payment_method then t.payment_method else new.payment_method::text end,
      payment_reference = new.payment_reference,
      status = case when new.status is not distinct from old.status then t.status else v_status end,
      legacy_status = case when new.status is not distinct from old.status then t.legacy_status else new.status::text end
    where t.transaction_id = old.id
    returning t.updated_at into new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_orders__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_transactions where transaction_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('orders', 'orders');

-- The legacy tables are read by nothing outside the archive now: their policies and API grants go.
select salemate.take_over_archived_table(4, t) from unnest(array['lead_requests', 'lead_purchase_requests', 'purchase_requests', 'orders']) t;
