-- salemate:replaces sha256:5d6805b9483adac62f8fd29be1527ba4a9e96f9918a67be5e4da506ec1d40a26
-- (that revision normalised each status with a function call per row and kept the payments' keys and indexes up to date row by row; this one looks each distinct status up once and builds them after the rows: same end state)
-- Phase 2, part 3: payments, top-up requests and OTP (plan "1. Profiles Domain").
--
--   * profile_payment_transactions <- payment_transactions (ids kept), with the payer's wallet;
--     statuses normalised, the legacy value kept in legacy_status;
--   * wallet_topup_requests stays where it is and gains wallet_id; its status is normalised in
--     place after the original is copied into legacy_status;
--   * otp_challenges / otp_attempts stay the service role's alone;
--   * profile_wallet_summaries, one row per wallet for wallet screens.
-- Running it again changes nothing.

-- Status vocabularies ------------------------------------------------------------------------------

create or replace function salemate.normalise_payment_status(p_status text) returns text
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select case
      when s in ('completed', 'complete', 'success', 'succeeded', 'paid', 'captured', 'done', 'approved') then 'completed'
      when s in ('pending', 'created', 'initiated', 'new') then 'pending'
      when s in ('processing', 'authorized', 'requires_action', 'in_progress') then 'processing'
      when s in ('failed', 'rejected', 'declined', 'error', 'expired') then 'failed'
      when s in ('cancelled', 'canceled', 'voided', 'void') then 'cancelled'
      when s in ('refunded', 'reversed') then 'refunded'
    end
    from (select nullif(lower(btrim(p_status)), '') as s) x
  $$;
comment on function salemate.normalise_payment_status(text) is 'A legacy payment status as pending, processing, completed, failed, cancelled or refunded; null when unknown.';

create or replace function salemate.normalise_topup_status(p_status text) returns text
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select case
      when s in ('approved', 'completed', 'complete', 'success', 'done', 'confirmed', 'paid') then 'approved'
      when s in ('pending', 'processing', 'submitted', 'under_review', 'in_review') then 'pending'
      when s in ('rejected', 'failed', 'declined', 'denied') then 'rejected'
      when s in ('cancelled', 'canceled') then 'cancelled'
    end
    from (select nullif(lower(btrim(p_status)), '') as s) x
  $$;
comment on function salemate.normalise_topup_status(text) is 'A legacy top-up request status as pending, approved, rejected or cancelled; null when unknown.';

grant execute on function salemate.normalise_payment_status(text), salemate.normalise_topup_status(text) to authenticated, service_role;

-- profile_payment_transactions -------------------------------------------------------------------

-- (its foreign keys and secondary indexes are added after the backfill, below: one check of
-- all rows instead of two lookups per row, and each index built once over the loaded rows)
create table if not exists public.profile_payment_transactions (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid not null,
  wallet_id uuid,
  amount numeric(14, 2) not null,
  currency text not null default 'EGP' check (currency ~ '^[A-Z]{3}$'),
  payment_method text not null,
  gateway text not null,
  gateway_transaction_id text,
  gateway_payment_intent_id text,
  status text not null default 'pending'
    check (status in ('pending', 'processing', 'completed', 'failed', 'cancelled', 'refunded')),
  legacy_status text,
  transaction_type text not null,
  reference_id uuid,
  metadata jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
  error_message text,
  test_mode boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz
);

-- The payer's wallet, when they have one, unless given.
create or replace function salemate.tg_profile_payment_transactions__fill_wallet() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.wallet_id is null then
      select w.id into new.wallet_id from public.profile_wallets w where w.profile_id = new.profile_id;
    end if;
    return new;
  end
  $$;

select salemate.stage_legacy_table(2, 'payment_transactions', array['profile_payment_transactions'], array[
  'id uuid', 'user_id uuid', 'amount numeric', 'currency text', 'payment_method text', 'gateway text', 'gateway_transaction_id text',
  'gateway_payment_intent_id text', 'status text', 'transaction_type text', 'reference_id uuid', 'metadata jsonb',
  'error_message text', 'test_mode boolean', 'created_at timestamptz', 'updated_at timestamptz', 'completed_at timestamptz']);

-- The status is looked up once per distinct legacy value (a handful) and joined, instead of a
-- normalise_payment_status call per row (its search_path setting keeps it from being inlined).
drop table if exists pg_temp.p2_payments;
create temp table p2_payments on commit drop as
select s.*, st.status as status_normalised,
       case
         when p.id is null then format('user has no profile (user_id %s)', coalesce(s.user_id::text, 'null'))
         when s.amount is null then 'no amount'
         when abs(s.amount) >= 1e12 then format('amount %s is beyond numeric(14,2)', s.amount)
       end as reject_reason
from pg_temp.legacy_payment_transactions s
left join public.profiles p on p.id = s.user_id
left join (select d.status as legacy_status, salemate.normalise_payment_status(d.status) as status
           from (select distinct l.status from pg_temp.legacy_payment_transactions l where l.status is not null) d) st
  on st.legacy_status = s.status;

insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
select 2, 'payment_transactions', s.id::text, 'profile_payment_transactions', s.reject_reason, s.row_data
from pg_temp.p2_payments s where s.reject_reason is not null
on conflict (legacy_table, legacy_id, target_table) do nothing;

-- An unknown status is carried as pending (legacy_status keeps it); missing required texts
-- become 'unknown'. Both are counted in salemate.migration_notes.
insert into public.profile_payment_transactions (id, profile_id, wallet_id, amount, currency, payment_method, gateway,
  gateway_transaction_id, gateway_payment_intent_id, status, legacy_status, transaction_type, reference_id, metadata,
  error_message, test_mode, created_at, updated_at, completed_at)
select s.id, s.user_id, w.id, round(s.amount, 2),
       case when upper(btrim(s.currency)) ~ '^[A-Z]{3}$' then upper(btrim(s.currency)) else 'EGP' end,
       coalesce(nullif(btrim(s.payment_method), ''), 'unknown'), coalesce(nullif(btrim(s.gateway), ''), 'unknown'),
       s.gateway_transaction_id, s.gateway_payment_intent_id,
       coalesce(s.status_normalised, 'pending'), s.status,
       coalesce(nullif(btrim(s.transaction_type), ''), 'unknown'), s.reference_id,
       case when s.metadata is null then '{}'::jsonb when jsonb_typeof(s.metadata) = 'object' then s.metadata
            else jsonb_build_object('legacy_metadata', s.metadata) end,
       s.error_message, coalesce(s.test_mode, true),
       coalesce(s.created_at, s.updated_at, (select ls.taken_at from salemate.legacy_snapshot ls where ls.table_name = 'payment_transactions'), now()),
       coalesce(s.updated_at, s.created_at, (select ls.taken_at from salemate.legacy_snapshot ls where ls.table_name = 'payment_transactions'), now()),
       s.completed_at
from pg_temp.p2_payments s
left join public.profile_wallets w on w.profile_id = s.user_id
where s.reject_reason is null
on conflict (id) do nothing;

-- Keys and indexes, built once over the loaded rows.
do $$
begin
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_payment_transactions'::regclass and conname = 'profile_payment_transactions_profile_id_fkey') then
    alter table public.profile_payment_transactions add constraint profile_payment_transactions_profile_id_fkey
      foreign key (profile_id) references public.profiles (id) on delete cascade;
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_payment_transactions'::regclass and conname = 'profile_payment_transactions_wallet_id_fkey') then
    alter table public.profile_payment_transactions add constraint profile_payment_transactions_wallet_id_fkey
      foreign key (wallet_id) references public.profile_wallets (id) on delete set null;
  end if;
end
$$;
create index if not exists profile_payment_transactions_profile_id_created_at_idx on public.profile_payment_transactions (profile_id, created_at desc);
create index if not exists profile_payment_transactions_wallet_id_idx on public.profile_payment_transactions (wallet_id);
create index if not exists profile_payment_transactions_status_idx on public.profile_payment_transactions (status);
create index if not exists profile_payment_transactions_created_at_idx on public.profile_payment_transactions (created_at);
create index if not exists profile_payment_transactions_transaction_type_idx on public.profile_payment_transactions (transaction_type);
create index if not exists profile_payment_transactions_gateway_transaction_id_idx on public.profile_payment_transactions (gateway, gateway_transaction_id)
  where gateway_transaction_id is not null;
create index if not exists profile_payment_transactions_reference_id_idx on public.profile_payment_transactions (reference_id) where reference_id is not null;

do $$
declare
  unknown_status bigint;
  unknown_text bigint;
begin
  select count(*) filter (where s.status is not null and s.status_normalised is null),
         count(*) filter (where nullif(btrim(s.payment_method), '') is null or nullif(btrim(s.gateway), '') is null
                             or nullif(btrim(s.transaction_type), '') is null)
  into unknown_status, unknown_text
  from pg_temp.p2_payments s where s.reject_reason is null;
  if unknown_status > 0 or unknown_text > 0 then
    perform salemate.note(2, 'payment_transactions (values)', format(
      '%s payment transaction(s) had an unknown status (carried as pending, legacy_status keeps it); %s had no payment_method, gateway or transaction_type (carried as ''unknown'')',
      unknown_status, unknown_text));
  end if;
end
$$;

drop trigger if exists tg_profile_payment_transactions__fill_wallet on public.profile_payment_transactions;
create trigger tg_profile_payment_transactions__fill_wallet before insert or update of profile_id on public.profile_payment_transactions
  for each row execute function salemate.tg_profile_payment_transactions__fill_wallet();
drop trigger if exists tg_profile_payment_transactions__touch_updated_at on public.profile_payment_transactions;
create trigger tg_profile_payment_transactions__touch_updated_at before update on public.profile_payment_transactions
  for each row execute function salemate.tg_touch_updated_at();

comment on table public.profile_payment_transactions is 'A payment through a gateway (card, Instapay, wallet top-up or lead purchase) as the gateway reported it. It does not move wallet money by itself: completed top-ups are credited as ledger entries.';
comment on column public.profile_payment_transactions.id is 'Payment id (the legacy payment_transactions id).';
comment on column public.profile_payment_transactions.profile_id is 'The profile who paid.';
comment on column public.profile_payment_transactions.wallet_id is 'The payer''s wallet (filled from the profile when it has one).';
comment on column public.profile_payment_transactions.amount is 'Amount charged, in currency.';
comment on column public.profile_payment_transactions.currency is 'ISO 4217 currency (EGP).';
comment on column public.profile_payment_transactions.payment_method is 'How the payer paid, as the app recorded it (card, Instapay, VodafoneCash, BankTransfer, ...).';
comment on column public.profile_payment_transactions.gateway is 'Payment gateway (kashier, paymob, manual).';
comment on column public.profile_payment_transactions.gateway_transaction_id is 'The gateway''s transaction reference.';
comment on column public.profile_payment_transactions.gateway_payment_intent_id is 'The gateway''s payment intent id, where it has one.';
comment on column public.profile_payment_transactions.status is 'pending, processing, completed, failed, cancelled or refunded (legacy values normalised; see legacy_status).';
comment on column public.profile_payment_transactions.legacy_status is 'The status as the legacy table had it (phase 2), null for payments made since.';
comment on column public.profile_payment_transactions.transaction_type is 'What the payment was for: wallet_topup or lead_purchase.';
comment on column public.profile_payment_transactions.reference_id is 'The record paid for (a wallet top-up request or a lead purchase request).';
comment on column public.profile_payment_transactions.metadata is 'Gateway and client details as a JSON object.';
comment on column public.profile_payment_transactions.error_message is 'Why the payment failed, as the gateway said.';
comment on column public.profile_payment_transactions.test_mode is 'Whether the payment went through the gateway''s test mode.';
comment on column public.profile_payment_transactions.created_at is 'When the payment started.';
comment on column public.profile_payment_transactions.updated_at is 'When the payment last changed (set by trigger).';
comment on column public.profile_payment_transactions.completed_at is 'When the gateway confirmed the payment.';

alter table public.profile_payment_transactions enable row level security;
select salemate.take_over_policies(2, 'public.profile_payment_transactions');
drop policy if exists "Profiles read their own payments" on public.profile_payment_transactions;
create policy "Profiles read their own payments" on public.profile_payment_transactions for select to authenticated
  using (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Finance and admins read every payment" on public.profile_payment_transactions;
create policy "Finance and admins read every payment" on public.profile_payment_transactions for select to authenticated
  using ((select salemate.has_role('finance')) or (select salemate.has_role('admin')));
drop policy if exists "Profiles start their own payments" on public.profile_payment_transactions;
create policy "Profiles start their own payments" on public.profile_payment_transactions for insert to authenticated
  with check (profile_id = (select salemate.current_profile_id()) and status in ('pending', 'processing'));
drop policy if exists "Finance and admins update payments" on public.profile_payment_transactions;
create policy "Finance and admins update payments" on public.profile_payment_transactions for update to authenticated
  using ((select salemate.has_role('finance')) or (select salemate.has_role('admin')))
  with check ((select salemate.has_role('finance')) or (select salemate.has_role('admin')));
select salemate.claim_policies(2, 'public.profile_payment_transactions');

revoke all on public.profile_payment_transactions from anon, authenticated, service_role;
grant select on public.profile_payment_transactions to authenticated;
grant insert (id, profile_id, amount, currency, payment_method, gateway, gateway_transaction_id, gateway_payment_intent_id, status,
              transaction_type, reference_id, metadata, test_mode) on public.profile_payment_transactions to authenticated;
grant update (status, gateway_transaction_id, gateway_payment_intent_id, error_message, completed_at, metadata)
  on public.profile_payment_transactions to authenticated;
grant all on public.profile_payment_transactions to service_role;

-- payment_transactions: compatibility view ---------------------------------------------------------

create or replace function salemate.tg_payment_transactions__instead_of_insert() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    t public.profile_payment_transactions;
  begin
    if new.status is not null and salemate.normalise_payment_status(new.status) is null then
      raise exception 'payment_transactions row refused: unknown status %', new.status using errcode = 'check_violation';
    end if;
    insert into public.profile_payment_transactions (id, profile_id, amount, currency, payment_method, gateway, gateway_transaction_id,
      gateway_payment_intent_id, status, transaction_type, reference_id, metadata, error_message, test_mode, created_at, updated_at, completed_at)
    values (coalesce(new.id, gen_random_uuid()), new.user_id, new.amount, coalesce(upper(btrim(new.currency)), 'EGP'), new.payment_method,
            new.gateway, new.gateway_transaction_id, new.gateway_payment_intent_id,
            coalesce(salemate.normalise_payment_status(new.status), 'pending'), new.transaction_type, new.reference_id,
            coalesce(new.metadata, '{}'), new.error_message, coalesce(new.test_mode, true),
            coalesce(new.created_at, now()), coalesce(new.updated_at, now()), new.completed_at)
    returning * into t;
    new.id := t.id; new.currency := t.currency; new.status := t.status; new.test_mode := t.test_mode;
    new.created_at := t.created_at; new.updated_at := t.updated_at;
    return new;
  end
  $$;

create or replace function salemate.tg_payment_transactions__instead_of_update() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.status is distinct from old.status and salemate.normalise_payment_status(new.status) is null then
      raise exception 'payment_transactions row refused: unknown status %', new.status using errcode = 'check_violation';
    end if;
    update public.profile_payment_transactions set
      profile_id = new.user_id, amount = new.amount, currency = upper(btrim(new.currency)), payment_method = new.payment_method,
      gateway = new.gateway, gateway_transaction_id = new.gateway_transaction_id, gateway_payment_intent_id = new.gateway_payment_intent_id,
      status = case when new.status is distinct from old.status then salemate.normalise_payment_status(new.status) else status end,
      transaction_type = new.transaction_type, reference_id = new.reference_id, metadata = coalesce(new.metadata, '{}'),
      error_message = new.error_message, test_mode = new.test_mode, completed_at = new.completed_at
    where id = old.id;
    return new;
  end
  $$;

create or replace function salemate.tg_payment_transactions__instead_of_delete() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.profile_payment_transactions where id = old.id;
    return old;
  end
  $$;

select salemate.install_compat_view(2, 'payment_transactions', $v$
  select t.id, t.profile_id as user_id, t.amount::numeric as amount, t.currency, t.payment_method, t.gateway, t.gateway_transaction_id,
         t.gateway_payment_intent_id, t.status, t.transaction_type, t.reference_id, t.metadata, t.error_message, t.test_mode,
         t.created_at, t.updated_at, t.completed_at
  from public.profile_payment_transactions t
$v$, 'Compatibility view: legacy payment_transactions over profile_payment_transactions (phase 2); statuses are the normalised ones.');
select salemate.install_instead_of_triggers('payment_transactions', 'payment_transactions');

-- The legacy table is read by nothing outside the archive now: its policies and API grants go.
select salemate.take_over_archived_table(2, 'payment_transactions');

-- wallet_topup_requests: stays, now references profile_wallets -------------------------------------

-- The top-up flow (its workflow functions and the API) needs the table: a database without it
-- gets it empty (noted), one with fewer columns or other types gets them conformed.
do $$
begin
  if to_regclass('public.wallet_topup_requests') is null then
    create table public.wallet_topup_requests (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references public.profiles (id) on delete cascade,
      amount numeric not null,
      receipt_file_url text,
      receipt_file_name text,
      payment_method text not null,
      status text not null default 'pending',
      validated_by uuid,
      validated_at timestamptz,
      admin_notes text,
      rejected_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      payment_transaction_id uuid,
      gateway text,
      gateway_transaction_id text
    );
    perform salemate.note(2, 'wallet_topup_requests', 'legacy wallet_topup_requests is absent: created empty (the top-up workflow and the API use it)');
  end if;
  perform salemate.conform_kept_table(2, 'wallet_topup_requests', array[
    'user_id uuid', 'amount numeric', 'receipt_file_url text', 'receipt_file_name text', 'payment_method text', 'status text default ''pending''',
    'validated_by uuid', 'validated_at timestamptz', 'admin_notes text', 'rejected_reason text', 'created_at timestamptz default now()',
    'updated_at timestamptz default now()', 'payment_transaction_id uuid', 'gateway text', 'gateway_transaction_id text']);
end
$$;

alter table public.wallet_topup_requests add column if not exists wallet_id uuid;
alter table public.wallet_topup_requests add column if not exists legacy_status text;

-- The wallet, and the status normalised after the original is copied into legacy_status (every
-- row keeps its original there); an unknown value becomes pending, for review, and is counted in
-- a note. One statement, so each row is written once (a second write in the same transaction
-- would re-check foreign keys that messy legacy rows may break).
-- The status is looked up once per distinct value (a handful) instead of two
-- normalise_topup_status calls per row (its search_path setting keeps it from being inlined).
drop table if exists pg_temp.p2_topup_statuses;
create temp table p2_topup_statuses on commit drop as
select d.status as legacy_status, salemate.normalise_topup_status(d.status) as status
from (select distinct t.status from public.wallet_topup_requests t where t.status is not null) d;

do $$
declare
  unknown bigint;
begin
  select count(*) into unknown from public.wallet_topup_requests t
  left join pg_temp.p2_topup_statuses m on m.legacy_status = t.status
  where t.legacy_status is null and m.status is null;
  update public.wallet_topup_requests t set
    wallet_id = coalesce(t.wallet_id, (select w.id from public.profile_wallets w where w.profile_id = t.user_id)),
    legacy_status = coalesce(t.legacy_status, t.status),
    status = coalesce((select m.status from pg_temp.p2_topup_statuses m where m.legacy_status = t.status), 'pending')
  where t.legacy_status is null
     or (t.wallet_id is null and exists (select 1 from public.profile_wallets w where w.profile_id = t.user_id));
  if unknown > 0 then
    perform salemate.note(2, 'wallet_topup_requests.status', format('%s top-up request(s) had an unknown status: set to pending, legacy_status keeps it', unknown));
  end if;
end
$$;

select salemate.add_constraint_once(2, 'public.wallet_topup_requests', 'wallet_topup_requests_wallet_id_fkey',
  'foreign key (wallet_id) references public.profile_wallets (id) on delete set null');
select salemate.add_constraint_once(2, 'public.wallet_topup_requests', 'wallet_topup_requests_status_check',
  'check (status in (''pending'', ''approved'', ''rejected'', ''cancelled''))');
select salemate.add_constraint_once(2, 'public.wallet_topup_requests', 'wallet_topup_requests_amount_check', 'check (amount > 0)');

-- payment_transaction_id pointed at the legacy table (archived by phase 1, where new payments no
-- longer land): it now points at profile_payment_transactions.
do $$
declare
  con text;
begin
  for con in
    select c.conname from pg_constraint c
    where c.conrelid = 'public.wallet_topup_requests'::regclass and c.contype = 'f'
      and c.conkey = array[(select a.attnum from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'payment_transaction_id')]
      and c.confrelid <> 'public.profile_payment_transactions'::regclass
  loop
    execute format('alter table public.wallet_topup_requests drop constraint %I', con);
  end loop;
end
$$;
select salemate.add_constraint_once(2, 'public.wallet_topup_requests', 'wallet_topup_requests_payment_transaction_id_fkey',
  'foreign key (payment_transaction_id) references public.profile_payment_transactions (id) on delete set null');

-- New and changed rows: the wallet from the requester, the status normalised (the original
-- kept when it differs); an unknown status is refused by the check above.
create or replace function salemate.tg_wallet_topup_requests__normalise() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.wallet_id is null or (tg_op = 'UPDATE' and new.user_id is distinct from old.user_id) then
      select w.id into new.wallet_id from public.profile_wallets w where w.profile_id = new.user_id;
    end if;
    if tg_op = 'INSERT' or new.status is distinct from old.status then
      if salemate.normalise_topup_status(new.status) is distinct from new.status then
        new.legacy_status := new.status;
        new.status := coalesce(salemate.normalise_topup_status(new.status), new.status);
      end if;
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_wallet_topup_requests__normalise on public.wallet_topup_requests;
create trigger tg_wallet_topup_requests__normalise before insert or update on public.wallet_topup_requests
  for each row execute function salemate.tg_wallet_topup_requests__normalise();

create index if not exists wallet_topup_requests_user_id_idx on public.wallet_topup_requests (user_id);
create index if not exists wallet_topup_requests_wallet_id_idx on public.wallet_topup_requests (wallet_id);
create index if not exists wallet_topup_requests_status_idx on public.wallet_topup_requests (status);
create index if not exists wallet_topup_requests_created_at_idx on public.wallet_topup_requests (created_at);
create index if not exists wallet_topup_requests_payment_transaction_id_idx on public.wallet_topup_requests (payment_transaction_id);
create index if not exists wallet_topup_requests_validated_by_idx on public.wallet_topup_requests (validated_by);

comment on table public.wallet_topup_requests is 'A request to add money to a wallet: a receipt (Instapay, Vodafone Cash, bank transfer) or a gateway payment, approved or rejected by finance. Approval credits the wallet through a ledger entry.';
comment on column public.wallet_topup_requests.id is 'Request id.';
comment on column public.wallet_topup_requests.user_id is 'The profile asking for the top-up.';
comment on column public.wallet_topup_requests.wallet_id is 'The wallet to credit (the requester''s; filled by trigger when they have one).';
comment on column public.wallet_topup_requests.amount is 'Amount to add, EGP; positive.';
comment on column public.wallet_topup_requests.receipt_file_url is 'Storage path of the uploaded receipt.';
comment on column public.wallet_topup_requests.receipt_file_name is 'Original file name of the receipt.';
comment on column public.wallet_topup_requests.payment_method is 'How the money was sent, as the requester chose (Instapay, VodafoneCash, BankTransfer, card, ...).';
comment on column public.wallet_topup_requests.status is 'pending, approved, rejected or cancelled (normalised by trigger; the value written is kept in legacy_status when it differed).';
comment on column public.wallet_topup_requests.legacy_status is 'The status as written before normalisation (every legacy row''s original value, phase 2).';
comment on column public.wallet_topup_requests.validated_by is 'The finance or admin profile who approved or rejected the request.';
comment on column public.wallet_topup_requests.validated_at is 'When the request was approved or rejected.';
comment on column public.wallet_topup_requests.admin_notes is 'Internal notes of the reviewer.';
comment on column public.wallet_topup_requests.rejected_reason is 'Why the request was rejected, shown to the requester.';
comment on column public.wallet_topup_requests.payment_transaction_id is 'The gateway payment that paid for the top-up, if any.';
comment on column public.wallet_topup_requests.gateway is 'Gateway of that payment (kashier, paymob) or manual.';
comment on column public.wallet_topup_requests.gateway_transaction_id is 'The gateway''s transaction reference.';
comment on column public.wallet_topup_requests.created_at is 'When the request was made.';
comment on column public.wallet_topup_requests.updated_at is 'When the request last changed.';

alter table public.wallet_topup_requests enable row level security;
select salemate.take_over_policies(2, 'public.wallet_topup_requests');
drop policy if exists "Profiles read their own top-up requests" on public.wallet_topup_requests;
create policy "Profiles read their own top-up requests" on public.wallet_topup_requests for select to authenticated
  using (user_id = (select salemate.current_profile_id()));
drop policy if exists "Finance and admins read every top-up request" on public.wallet_topup_requests;
create policy "Finance and admins read every top-up request" on public.wallet_topup_requests for select to authenticated
  using ((select salemate.has_role('finance')) or (select salemate.has_role('admin')));
drop policy if exists "Profiles request top-ups of their own wallet" on public.wallet_topup_requests;
create policy "Profiles request top-ups of their own wallet" on public.wallet_topup_requests for insert to authenticated
  with check (user_id = (select salemate.current_profile_id()) and status = 'pending');
drop policy if exists "Finance and admins review top-up requests" on public.wallet_topup_requests;
create policy "Finance and admins review top-up requests" on public.wallet_topup_requests for update to authenticated
  using ((select salemate.has_role('finance')) or (select salemate.has_role('admin')))
  with check ((select salemate.has_role('finance')) or (select salemate.has_role('admin')));
select salemate.claim_policies(2, 'public.wallet_topup_requests');

revoke all on public.wallet_topup_requests from anon, authenticated, service_role;
grant select on public.wallet_topup_requests to authenticated;
grant insert (id, user_id, amount, receipt_file_url, receipt_file_name, payment_method, status, payment_transaction_id, gateway,
              gateway_transaction_id, created_at, updated_at) on public.wallet_topup_requests to authenticated;
grant update (status, validated_by, validated_at, admin_notes, rejected_reason, payment_transaction_id, gateway, gateway_transaction_id, updated_at)
  on public.wallet_topup_requests to authenticated;
grant all on public.wallet_topup_requests to service_role;

-- OTP: core security infrastructure, the service role's alone --------------------------------------

do $$
declare
  t text;
begin
  foreach t in array array['otp_challenges', 'otp_attempts'] loop
    if to_regclass(format('public.%I', t)) is null then
      perform salemate.note(2, t, format('%s is absent: nothing to restate', t));
      continue;
    end if;
    if t = 'otp_challenges' then
      perform salemate.conform_kept_table(2, 'otp_challenges', array['context text', 'channel text', 'target text', 'phone text', 'code_hash text',
        'provider text', 'status text', 'attempt_count integer default 0', 'send_count integer default 0', 'metadata jsonb default ''{}''',
        'expires_at timestamptz', 'verified_at timestamptz', 'verified_by uuid', 'created_at timestamptz default now()', 'updated_at timestamptz default now()']);
    else
      perform salemate.conform_kept_table(2, 'otp_attempts', array['challenge_id uuid', 'result text', 'ip_address inet', 'user_agent text',
        'created_at timestamptz default now()']);
    end if;
    execute format('alter table public.%I enable row level security', t);
    execute format('revoke all on public.%I from anon, authenticated', t);
    execute format('grant all on public.%I to service_role', t);
  end loop;
end
$$;

do $$
begin
  if to_regclass('public.otp_challenges') is not null then
    perform salemate.take_over_policies(2, 'public.otp_challenges');
    drop policy if exists "The service role manages OTP challenges" on public.otp_challenges;
    create policy "The service role manages OTP challenges" on public.otp_challenges for all to service_role using (true) with check (true);
    perform salemate.claim_policies(2, 'public.otp_challenges');
    comment on table public.otp_challenges is E'@behavior -*\nOne-time passwords sent for sign-up, login, phone change and withdrawals (hashed codes, rate limits, provider metadata). Service role only.';
    create index if not exists otp_challenges_target_created_at_idx on public.otp_challenges (target, created_at desc);
    create index if not exists otp_challenges_verified_by_idx on public.otp_challenges (verified_by);
  end if;
  if to_regclass('public.otp_attempts') is not null then
    perform salemate.take_over_policies(2, 'public.otp_attempts');
    drop policy if exists "The service role manages OTP attempts" on public.otp_attempts;
    create policy "The service role manages OTP attempts" on public.otp_attempts for all to service_role using (true) with check (true);
    perform salemate.claim_policies(2, 'public.otp_attempts');
    comment on table public.otp_attempts is E'@behavior -*\nAudit of every code entered against an OTP challenge (result, IP, user agent). Service role only.';
    create index if not exists otp_attempts_challenge_id_idx on public.otp_attempts (challenge_id);
  end if;
end
$$;

do $$
declare
  c record;
begin
  for c in
    select * from (values
      ('otp_challenges', 'id', 'Challenge id.'),
      ('otp_challenges', 'context', 'What the code is for: signup, login, phone_change, wallet_withdrawal, password_reset.'),
      ('otp_challenges', 'channel', 'How the code was sent: sms or whatsapp.'),
      ('otp_challenges', 'target', 'Where the code was sent (phone number).'),
      ('otp_challenges', 'phone', 'The phone number being verified, when it differs from target or is known.'),
      ('otp_challenges', 'code_hash', 'Hash of the code (the code itself is never stored).'),
      ('otp_challenges', 'provider', 'Sending provider (twilio_sms, twilio_verify, whatsapp_cloud).'),
      ('otp_challenges', 'status', 'pending, verified, expired, failed or blocked.'),
      ('otp_challenges', 'attempt_count', 'Codes entered so far (rate limiting).'),
      ('otp_challenges', 'send_count', 'Times the code was sent (rate limiting).'),
      ('otp_challenges', 'metadata', 'Provider and client details (IP, locale).'),
      ('otp_challenges', 'expires_at', 'After this the code is refused.'),
      ('otp_challenges', 'verified_at', 'When the right code was entered.'),
      ('otp_challenges', 'verified_by', 'The profile that verified, for signed-in contexts.'),
      ('otp_challenges', 'created_at', 'When the challenge was made.'),
      ('otp_challenges', 'updated_at', 'When the challenge last changed.'),
      ('otp_attempts', 'id', 'Attempt number.'),
      ('otp_attempts', 'challenge_id', 'The challenge the code was entered for.'),
      ('otp_attempts', 'result', 'success, invalid_code, expired or rate_limited.'),
      ('otp_attempts', 'ip_address', 'Client IP address.'),
      ('otp_attempts', 'user_agent', 'Client user agent.'),
      ('otp_attempts', 'created_at', 'When the code was entered.')) v(tbl, col, note)
  loop
    continue when not exists (select 1 from pg_attribute a where a.attrelid = to_regclass(format('public.%I', c.tbl))
                              and a.attname = c.col and a.attnum > 0 and not a.attisdropped);
    execute format('comment on column public.%I.%I is %L', c.tbl, c.col, c.note);
  end loop;
end
$$;

-- profile_wallet_summaries --------------------------------------------------------------------------

create or replace view public.profile_wallet_summaries with (security_invoker = true) as
select w.id as wallet_id,
       w.profile_id,
       p.name as profile_name,
       w.currency,
       w.balance,
       coalesce(e.pending_credits, 0)::numeric(14, 2) as pending_credits,
       coalesce(e.pending_debits, 0)::numeric(14, 2) as pending_debits,
       coalesce(e.completed_entries, 0) as completed_entries,
       e.last_entry_at,
       coalesce(t.pending_topups, 0) as pending_topups,
       w.updated_at
from public.profile_wallets w
left join public.profiles p on p.id = w.profile_id
left join lateral (
  select sum(l.amount) filter (where l.status = 'pending' and l.amount > 0) as pending_credits,
         -sum(l.amount) filter (where l.status = 'pending' and l.amount < 0) as pending_debits,
         count(*) filter (where l.status = 'completed') as completed_entries,
         max(l.created_at) as last_entry_at
  from public.profile_wallet_ledger l where l.wallet_id = w.id
) e on true
left join lateral (
  select count(*) as pending_topups from public.wallet_topup_requests r where r.wallet_id = w.id and r.status = 'pending'
) t on true;

comment on view public.profile_wallet_summaries is 'One row per wallet the caller may see: balance, money pending in and out, and open top-up requests.';
comment on column public.profile_wallet_summaries.wallet_id is 'The wallet.';
comment on column public.profile_wallet_summaries.profile_id is 'Its owner.';
comment on column public.profile_wallet_summaries.profile_name is 'The owner''s name (null when the caller may not read the profile).';
comment on column public.profile_wallet_summaries.currency is 'The wallet''s currency.';
comment on column public.profile_wallet_summaries.balance is 'Money in the wallet (completed entries).';
comment on column public.profile_wallet_summaries.pending_credits is 'Money on its way in (pending credit entries).';
comment on column public.profile_wallet_summaries.pending_debits is 'Money on its way out (pending debit entries), as a positive amount.';
comment on column public.profile_wallet_summaries.completed_entries is 'Number of completed entries.';
comment on column public.profile_wallet_summaries.last_entry_at is 'When the latest entry was made.';
comment on column public.profile_wallet_summaries.pending_topups is 'Top-up requests awaiting review.';
comment on column public.profile_wallet_summaries.updated_at is 'When the wallet last changed.';

revoke all on public.profile_wallet_summaries from anon, authenticated, service_role;
grant select on public.profile_wallet_summaries to authenticated, service_role;
