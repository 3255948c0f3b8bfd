-- salemate:replaces sha256:e64bb6a350504ae961db8729fa5d93f75378332dc8d8d2ae7c9e94e0a5be2e5c
-- (that revision read each ledger row through normalise_wallet_entry and kept the wallets' and ledger's keys up to date row by row; this one inlines the rules and builds the keys after the rows; the carried rows' metadata.legacy is written as JSON text instead of jsonb_build_object + jsonb_strip_nulls: same end state)
-- Phase 2, part 2: wallets (plan "1. Profiles Domain": profile_wallets, profile_wallet_ledger).
--
-- One wallet per profile (profile_wallets, replacing user_wallets and the duplicate
-- profiles.wallet_balance) and one signed ledger (profile_wallet_ledger, replacing the three
-- generations of wallet_transactions rows). The money invariant lives in the database:
--   * a wallet's balance is always the sum of its completed ledger amounts. Statement-level
--     triggers on the ledger recompute it (locking the wallet rows, in id order) and mirror it
--     into profiles.wallet_balance; any other change of either balance is refused;
--   * a completed debit that would take a wallet below zero is refused ("insufficient
--     balance"), except the migration's own rows (legacy entries and opening adjustments).
-- Reconciliation: where a legacy balance (user_wallets.balance, else profiles.wallet_balance)
-- disagrees with its legacy ledger, the balance the customer was shown is kept and one opening_adjustment entry per wallet explains the
-- difference; salemate.wallet_reconciliation lists every such wallet.
-- Running it again changes nothing: wallets and entries are inserted on conflict do nothing,
-- and opening adjustments are only made for wallets this run created.

-- Normalising legacy ledger rows ----------------------------------------------------------------
-- Status vocabulary: completed, COMPLETED, success, succeeded, done, approved, paid -> completed;
-- pending, processing, in_progress, queued, created -> pending; failed, rejected, declined,
-- error -> failed; cancelled, canceled, void(ed) -> cancelled. A null status is pending: the
-- legacy balances never counted those rows (see the seeds' ledger totals), so they are kept
-- for review rather than made to move money. Anything else is unknown (null here).
create or replace function salemate.normalise_ledger_status(p_status text) returns text
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select case
      when s in ('completed', 'complete', 'success', 'succeeded', 'done', 'approved', 'paid') then 'completed'
      when s is null or s in ('pending', 'processing', 'in_progress', 'queued', 'created') then 'pending'
      when s in ('failed', 'rejected', 'declined', 'error') then 'failed'
      when s in ('cancelled', 'canceled', 'void', 'voided') then 'cancelled'
    end
    from (select nullif(lower(btrim(p_status)), '') as s) x
  $$;
comment on function salemate.normalise_ledger_status(text) is 'A legacy wallet_transactions status as a ledger status (completed, pending, failed, cancelled); null when unknown.';

-- The three generations of wallet_transactions rows as one signed amount and entry type:
--   typed rows (type set, amount set): deposit, credit -> deposit; topup, top_up -> topup;
--     refund -> refund (credits; a negative amount on one is impossible and rejected);
--     withdrawal, withdraw, debit -> withdrawal; purchase -> purchase (debits: -|amount|);
--     adjustment, and any type not listed, -> adjustment with the amount as signed;
--   signed rows (type null, amount set): the amount as is, deposit when positive, withdrawal
--     when negative, adjustment when zero;
--   double-entry rows (amount null): credit - debit; deposit, withdrawal, or adjustment when
--     both sides are set; a negative credit or debit, or a type contradicting the sides, is
--     impossible and rejected;
--   no amount, credit or debit at all: rejected.
-- Amounts are rounded to cents; one beyond numeric(14,2) is rejected.
create or replace function salemate.normalise_wallet_entry(p_type text, p_amount numeric, p_credit numeric, p_debit numeric,
    out entry_type text, out amount numeric, out variant text, out reject_reason text)
  language plpgsql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    t text := nullif(btrim(regexp_replace(lower(p_type), '[^a-z]+', '_', 'g'), '_'), '');
    dir int;
  begin
    entry_type := case t
      when 'deposit' then 'deposit' when 'credit' then 'deposit' when 'topup' then 'topup' when 'top_up' then 'topup'
      when 'refund' then 'refund' when 'withdrawal' then 'withdrawal' when 'withdraw' then 'withdrawal'
      when 'debit' then 'withdrawal' when 'purchase' then 'purchase' when 'adjustment' then 'adjustment' end;
    dir := case when entry_type in ('deposit', 'topup', 'refund') then 1 when entry_type in ('withdrawal', 'purchase') then -1 else 0 end;

    if p_amount is not null then
      if t is null then
        variant := 'signed';
        amount := p_amount;
      else
        variant := 'typed';
        if dir = 1 and p_amount < 0 then
          reject_reason := format('negative amount (%s) on a credit entry of type %s', p_amount, p_type);
          entry_type := null;
          return;
        end if;
        amount := case when dir = -1 then -abs(p_amount) else p_amount end;
      end if;
    elsif p_credit is not null or p_debit is not null then
      variant := 'double_entry';
      if p_credit < 0 or p_debit < 0 then
        reject_reason := format('negative %s (credit %s, debit %s)', case when p_credit < 0 then 'credit' else 'debit' end,
          coalesce(p_credit::text, 'null'), coalesce(p_debit::text, 'null'));
        entry_type := null;
        return;
      end if;
      amount := coalesce(p_credit, 0) - coalesce(p_debit, 0);
      if dir * amount < 0 then
        reject_reason := format('type %s contradicts credit %s / debit %s', p_type, coalesce(p_credit::text, 'null'), coalesce(p_debit::text, 'null'));
        entry_type := null;
        amount := null;
        return;
      end if;
    else
      reject_reason := 'no amount: amount, credit and debit are all null';
      entry_type := null;
      return;
    end if;

    if abs(amount) >= 1e12 then
      reject_reason := format('amount %s is beyond numeric(14,2)', amount);
      entry_type := null;
      amount := null;
      return;
    end if;
    amount := round(amount, 2);
    if entry_type is null then
      entry_type := case
        when t is not null then 'adjustment'
        when variant = 'double_entry' and coalesce(p_credit, 0) <> 0 and coalesce(p_debit, 0) <> 0 then 'adjustment'
        when amount > 0 then 'deposit'
        when amount < 0 then 'withdrawal'
        else 'adjustment' end;
    end if;
  end
  $$;
comment on function salemate.normalise_wallet_entry(text, numeric, numeric, numeric) is 'A legacy wallet_transactions row (typed, signed or credit/debit) as entry_type + signed amount, or the reason it cannot be carried.';

grant execute on function salemate.normalise_ledger_status(text), salemate.normalise_wallet_entry(text, numeric, numeric, numeric)
  to authenticated, service_role;

-- Tables ----------------------------------------------------------------------------------------

-- (the wallets' unique keys, foreign key and created_at index are added after the backfill
-- has set their balances, below: the insert then checks no key per row, and the balance update
-- rewrites the rows without maintaining four more indexes)
create table if not exists public.profile_wallets (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid not null,
  currency text not null default 'EGP' check (currency ~ '^[A-Z]{3}$'),
  balance numeric(14, 2) not null default 0,
  limits jsonb not null default '{}' check (jsonb_typeof(limits) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text check (legacy_table in ('user_wallets', 'profiles', 'wallet_transactions')),
  legacy_id text,
  constraint profile_wallets_legacy_check check ((legacy_table is null) = (legacy_id is null))
);

create table if not exists public.profile_wallet_ledger (
  -- (its primary key, unique keys and foreign keys are added after the backfill, below: each
  -- index built once over the loaded rows, and each key checked once for all rows, instead of
  -- per row; with no unique index yet the backfill's on conflict needs no speculative insert)
  ledger_id uuid not null default gen_random_uuid(),
  profile_id uuid not null,
  wallet_id uuid not null,
  entry_type text not null
    check (entry_type in ('deposit', 'withdrawal', 'purchase', 'refund', 'topup', 'adjustment', 'opening_adjustment')),
  amount numeric(14, 2) not null,
  source text not null default 'app' check (source in ('app', 'admin', 'gateway', 'topup_request', 'migration')),
  status text not null default 'completed' check (status in ('pending', 'completed', 'failed', 'cancelled')),
  description text,
  reference_type text,
  reference_id uuid,
  metadata jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text check (legacy_table = 'wallet_transactions'),
  legacy_id text,
  constraint profile_wallet_ledger_legacy_check check ((legacy_table is null) = (legacy_id is null)),
  -- Credits are never negative and debits never positive; adjustments go either way.
  constraint profile_wallet_ledger_sign_check check (case
    when entry_type in ('deposit', 'topup', 'refund') then amount >= 0
    when entry_type in ('withdrawal', 'purchase') then amount <= 0
    else true end),
  constraint profile_wallet_ledger_opening_adjustment_check check (entry_type <> 'opening_adjustment' or source = 'migration')
);

-- (the ledger's indexes, its one-opening-adjustment-per-wallet key among them, are built after
-- the backfill, below)

create table if not exists salemate.wallet_reconciliation (
  wallet_id uuid primary key,
  profile_id uuid not null,
  legacy_wallet_balance numeric,
  legacy_profile_balance numeric,
  ledger_sum numeric(14, 2) not null,
  adjustment numeric(14, 2) not null,
  adjustment_ledger_id uuid,
  reason text not null,
  reconciled_at timestamptz not null default now()
);
comment on table salemate.wallet_reconciliation is 'Wallets whose legacy balances disagreed (user_wallets.balance, profiles.wallet_balance, the completed legacy ledger): what phase 2 found and the opening_adjustment entry it made.';
alter table salemate.wallet_reconciliation enable row level security;

-- The invariant ---------------------------------------------------------------------------------

-- Recomputes the balances of the given wallets from their completed entries, locking the
-- wallets in id order first (concurrent writers queue here and then see each other's entries),
-- and mirrors them into profiles.wallet_balance. p_guarded: wallets that this statement's
-- non-migration entries touched; one of them going below zero (and lower than before) is refused.
create or replace function salemate.sync_wallet_balances(p_wallets uuid[], p_guarded uuid[]) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    w record;
    total numeric(14, 2);
  begin
    for w in
      select pw.id, pw.profile_id, pw.balance, pw.currency from public.profile_wallets pw
      where pw.id = any (p_wallets) order by pw.id for update
    loop
      select coalesce(sum(l.amount), 0) into total
      from public.profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed';
      if total < 0 and total < w.balance and w.id = any (p_guarded) then
        raise exception 'insufficient balance: wallet % holds % %, the entry would take it to %', w.id, w.balance, w.currency, total
          using errcode = 'check_violation',
                hint = 'A completed debit may not take a wallet below zero.';
      end if;
      if total is distinct from w.balance then
        update public.profile_wallets set balance = total where id = w.id;
      end if;
      update public.profiles set wallet_balance = total where id = w.profile_id and wallet_balance is distinct from total;
    end loop;
  end
  $$;
comment on function salemate.sync_wallet_balances(uuid[], uuid[]) is 'Locks wallets, sets their balance to the sum of completed ledger entries (and profiles.wallet_balance to it), refusing debits that take a guarded wallet below zero.';
revoke execute on function salemate.sync_wallet_balances(uuid[], uuid[]) from public;

-- Statement-level triggers (one recomputation per wallet and statement, whatever the number
-- of rows). Only inserted legacy rows and opening adjustments (the migration's) are exempt from
-- the below-zero rule; any update is checked. Security definer: a finance user recording an
-- adjustment may not update wallets or profiles themselves.
create or replace function salemate.tg_profile_wallet_ledger__sync_after_insert() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    perform salemate.sync_wallet_balances(
      array(select distinct n.wallet_id from new_rows n where n.status = 'completed'),
      array(select distinct n.wallet_id from new_rows n
            where n.status = 'completed' and n.legacy_table is null and n.entry_type <> 'opening_adjustment'));
    return null;
  end
  $$;

create or replace function salemate.tg_profile_wallet_ledger__sync_after_update() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    perform salemate.sync_wallet_balances(
      array(select n.wallet_id from new_rows n union select o.wallet_id from old_rows o),
      array(select distinct n.wallet_id from new_rows n));
    return null;
  end
  $$;

create or replace function salemate.tg_profile_wallet_ledger__sync_after_delete() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    perform salemate.sync_wallet_balances(array(select distinct o.wallet_id from old_rows o where o.status = 'completed'), '{}');
    return null;
  end
  $$;

-- Fills the wallet from the profile (making a wallet at 0 when the profile has none yet) or the
-- profile from the wallet; stamps who recorded an entry made through the API, and its source.
create or replace function salemate.tg_profile_wallet_ledger__resolve_wallet() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.wallet_id is null and new.profile_id is not null then
      new.wallet_id := salemate.ensure_profile_wallet(new.profile_id);
    elsif new.profile_id is null and new.wallet_id is not null then
      select w.profile_id into new.profile_id from public.profile_wallets w where w.id = new.wallet_id;
    end if;
    if salemate.is_api_request() then
      new.created_by := auth.uid();
      -- Staff adjustments through the API (finance, admins) are marked as such; entries written
      -- by the workflows (a purchase debit, a top-up credit) keep the source they give.
      if new.entry_type = 'adjustment' then
        new.source := 'admin';
      end if;
    end if;
    new.source := coalesce(new.source, 'app');
    return new;
  end
  $$;

create or replace function salemate.ensure_profile_wallet(p_profile uuid) returns uuid
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    wallet uuid;
  begin
    select w.id into wallet from public.profile_wallets w where w.profile_id = p_profile;
    if wallet is null then
      insert into public.profile_wallets (profile_id) values (p_profile)
      on conflict (profile_id) do nothing
      returning id into wallet;
      if wallet is null then
        select w.id into wallet from public.profile_wallets w where w.profile_id = p_profile;
      end if;
    end if;
    return wallet;
  end
  $$;
comment on function salemate.ensure_profile_wallet(uuid) is 'The profile''s wallet id, making an empty wallet (balance 0) when it has none.';
revoke execute on function salemate.ensure_profile_wallet(uuid) from public;

-- A wallet's balance only ever equals its completed entries: a direct change is refused, and
-- a wallet never changes owner.
create or replace function salemate.tg_profile_wallets__guard_balance() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    total numeric(14, 2);
  begin
    if tg_op = 'UPDATE' and new.profile_id is distinct from old.profile_id then
      raise exception 'a wallet cannot change owner (wallet %)', old.id using errcode = 'check_violation';
    end if;
    -- A new wallet has no entries yet (they reference it), so it starts at 0.
    if tg_op = 'INSERT' then
      if new.balance <> 0 then
        raise exception 'a new wallet starts at 0 (wallet %: % given)', new.id, new.balance
          using errcode = 'check_violation',
                hint = 'Record money as a profile_wallet_ledger entry (or a wallet_transactions row); the balance follows.';
      end if;
    elsif new.balance is distinct from old.balance then
      select coalesce(sum(l.amount), 0) into total
      from public.profile_wallet_ledger l where l.wallet_id = new.id and l.status = 'completed';
      if new.balance is distinct from total then
        raise exception 'wallet balance must equal the sum of its completed ledger entries (wallet %: %, entries: %)', new.id, new.balance, total
          using errcode = 'check_violation',
                hint = 'Record money as a profile_wallet_ledger entry (or a wallet_transactions row); the balance follows.';
      end if;
    end if;
    return new;
  end
  $$;

-- profiles.wallet_balance mirrors the wallet (0 without one).
create or replace function salemate.tg_profiles__guard_wallet_balance() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    wallet_balance numeric;
  begin
    if tg_op = 'UPDATE' and new.wallet_balance is not distinct from old.wallet_balance then
      return new;
    end if;
    select w.balance into wallet_balance from public.profile_wallets w where w.profile_id = new.id;
    if coalesce(new.wallet_balance, 0) <> coalesce(wallet_balance, 0) then
      raise exception 'profiles.wallet_balance mirrors the wallet and cannot be set directly (profile %: % given, wallet holds %)',
        new.id, new.wallet_balance, coalesce(wallet_balance, 0)
        using errcode = 'check_violation',
              hint = 'Record money as a profile_wallet_ledger entry (or a wallet_transactions row); the balance follows.';
    end if;
    return new;
  end
  $$;

drop trigger if exists tg_profile_wallet_ledger__resolve_wallet on public.profile_wallet_ledger;
create trigger tg_profile_wallet_ledger__resolve_wallet before insert on public.profile_wallet_ledger
  for each row execute function salemate.tg_profile_wallet_ledger__resolve_wallet();
drop trigger if exists tg_profile_wallet_ledger__sync_after_insert on public.profile_wallet_ledger;
create trigger tg_profile_wallet_ledger__sync_after_insert after insert on public.profile_wallet_ledger
  referencing new table as new_rows for each statement execute function salemate.tg_profile_wallet_ledger__sync_after_insert();
drop trigger if exists tg_profile_wallet_ledger__sync_after_update on public.profile_wallet_ledger;
create trigger tg_profile_wallet_ledger__sync_after_update after update on public.profile_wallet_ledger
  referencing old table as old_rows new table as new_rows for each statement execute function salemate.tg_profile_wallet_ledger__sync_after_update();
drop trigger if exists tg_profile_wallet_ledger__sync_after_delete on public.profile_wallet_ledger;
create trigger tg_profile_wallet_ledger__sync_after_delete after delete on public.profile_wallet_ledger
  referencing old table as old_rows for each statement execute function salemate.tg_profile_wallet_ledger__sync_after_delete();
drop trigger if exists tg_profile_wallets__guard_balance on public.profile_wallets;
create trigger tg_profile_wallets__guard_balance before insert or update on public.profile_wallets
  for each row execute function salemate.tg_profile_wallets__guard_balance();

-- Backfill --------------------------------------------------------------------------------------

select salemate.stage_legacy_table(2, 'user_wallets', array['profile_wallets'], array[
  'id uuid', 'user_id uuid', 'balance numeric', 'currency text', 'created_at timestamptz', 'updated_at timestamptz']);
select salemate.stage_legacy_table(2, 'wallet_transactions', array['profile_wallet_ledger'], array[
  'id uuid', 'user_id uuid', 'wallet_id uuid', 'type text', 'amount numeric', 'credit numeric', 'debit numeric', 'status text',
  'description text', 'reference_type text', 'reference_id uuid', 'metadata jsonb', 'created_at timestamptz', 'updated_at timestamptz']);

-- Legacy wallets: the first per user is carried (the legacy unique key makes it the only one).
drop table if exists pg_temp.p2_user_wallets;
create temp table p2_user_wallets on commit drop as
select s.*,
       case
         when p.id is null then format('user has no profile (user_id %s)', coalesce(s.user_id::text, 'null'))
         when s.rank > 1 then format('second wallet of user %s: the first (%s) is kept', s.user_id, s.first_id)
         when abs(s.balance) >= 1e12 then format('balance %s is beyond numeric(14,2)', s.balance)
       end as reject_reason,
       case when upper(btrim(s.currency)) ~ '^[A-Z]{3}$' then upper(btrim(s.currency)) else 'EGP' end as currency_code
from (select u.*, row_number() over w as rank, first_value(u.id) over w as first_id
      from pg_temp.legacy_user_wallets u
      window w as (partition by u.user_id order by u.created_at nulls last, u.id)) s
left join public.profiles p on p.id = s.user_id;

-- Legacy ledger rows, normalised; unknown statuses are carried as pending (the legacy status
-- stays in metadata.legacy.status).
-- The normalisation is inlined into the copy instead of two function calls per row (the
-- PL/pgSQL salemate.normalise_wallet_entry and salemate.normalise_ledger_status, whose
-- search_path setting keeps it from being inlined; together most of this statement's time):
-- the type and status vocabularies are looked up once per distinct legacy value (a handful)
-- and joined, and normalise_wallet_entry's amount rules are spelled out below, branch for
-- branch and in the same order (the functions stay for the compatibility views' writes).
drop table if exists pg_temp.p2_ledger;
create temp table p2_ledger on commit drop as
-- (materialized: a plain subquery would be pulled up into the join, and its strict
-- expressions, to_json among them, evaluated per ledger row instead of per distinct value)
with types as materialized (
  select x.type, x.t,
         case x.t
           when 'deposit' then 'deposit' when 'credit' then 'deposit' when 'topup' then 'topup' when 'top_up' then 'topup'
           when 'refund' then 'refund' when 'withdrawal' then 'withdrawal' when 'withdraw' then 'withdrawal'
           when 'debit' then 'withdrawal' when 'purchase' then 'purchase' when 'adjustment' then 'adjustment' end as entry_type,
         to_json(x.type)::text as type_json
  from (select d.type, nullif(btrim(regexp_replace(lower(d.type), '[^a-z]+', '_', 'g'), '_'), '') as t
        from (select distinct s.type from pg_temp.legacy_wallet_transactions s where s.type is not null) d) x
), statuses as materialized (
  select d.status as legacy_status, salemate.normalise_ledger_status(d.status) as status, to_json(d.status)::text as status_json
  from (select distinct s.status from pg_temp.legacy_wallet_transactions s where s.status is not null) d
)
select s.id, s.user_id, s.wallet_id as legacy_wallet_id, s.type, s.amount as legacy_amount, s.credit, s.debit,
       s.status as legacy_status, s.description, s.reference_type, s.reference_id, s.metadata, s.row_data, s.legacy_extra,
       -- (the legacy type and status as JSON strings, made once per distinct value, for the
       -- ledger's metadata below)
       ty.type_json, st.status_json,
       case when n.reject_reason is null then coalesce(ty.entry_type, case
         when ty.t is not null then 'adjustment'
         when n.variant = 'double_entry' and coalesce(s.credit, 0) <> 0 and coalesce(s.debit, 0) <> 0 then 'adjustment'
         when round(n.amount, 2) > 0 then 'deposit'
         when round(n.amount, 2) < 0 then 'withdrawal'
         else 'adjustment' end) end as entry_type,
       case when n.reject_reason is null then round(n.amount, 2) end as amount,
       n.variant,
       -- (a null status is pending, see normalise_ledger_status)
       coalesce(st.status, 'pending') as status,
       s.status is not null and st.status is null as status_unknown,
       coalesce(s.created_at, s.updated_at,
                (select ls.taken_at from salemate.legacy_snapshot ls where ls.table_name = 'wallet_transactions'), now()) as created_at,
       s.updated_at,
       case
         when p.id is null then format('user has no profile (user_id %s)', coalesce(s.user_id::text, 'null'))
         else n.reject_reason
       end as reject_reason
from pg_temp.legacy_wallet_transactions s
left join public.profiles p on p.id = s.user_id
left join types ty on ty.type = s.type
left join statuses st on st.legacy_status = s.status
cross join lateral (
  -- typed rows: credits as given (a negative one rejected), debits as -|amount|; signed rows
  -- as given; double-entry rows credit - debit; then anything beyond numeric(14,2) rejected
  select v.variant, v.amount,
         case
           when v.variant is null then 'no amount: amount, credit and debit are all null'
           when v.variant = 'typed' and v.dir = 1 and s.amount < 0 then
             format('negative amount (%s) on a credit entry of type %s', s.amount, s.type)
           when v.variant = 'double_entry' and (s.credit < 0 or s.debit < 0) then
             format('negative %s (credit %s, debit %s)', case when s.credit < 0 then 'credit' else 'debit' end,
                    coalesce(s.credit::text, 'null'), coalesce(s.debit::text, 'null'))
           when v.variant = 'double_entry' and v.dir * v.amount < 0 then
             format('type %s contradicts credit %s / debit %s', s.type, coalesce(s.credit::text, 'null'), coalesce(s.debit::text, 'null'))
           when abs(v.amount) >= 1e12 then format('amount %s is beyond numeric(14,2)', v.amount)
         end as reject_reason
  from (select d.variant, d.dir,
               case when d.variant in ('signed', 'typed') then case when d.dir = -1 then -abs(s.amount) else s.amount end
                    when d.variant = 'double_entry' then coalesce(s.credit, 0) - coalesce(s.debit, 0) end as amount
        from (select case when s.amount is not null then case when ty.t is null then 'signed' else 'typed' end
                          when s.credit is not null or s.debit is not null then 'double_entry' end as variant,
                     case when ty.entry_type in ('deposit', 'topup', 'refund') then 1
                          when ty.entry_type in ('withdrawal', 'purchase') then -1 else 0 end as dir) d) v
) n;

insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
select 2, 'user_wallets', u.id::text, 'profile_wallets', u.reject_reason, u.row_data
from pg_temp.p2_user_wallets u where u.reject_reason is not null
union all
select 2, 'wallet_transactions', l.id::text, 'profile_wallet_ledger', l.reject_reason, l.row_data
from pg_temp.p2_ledger l where l.reject_reason is not null
on conflict (legacy_table, legacy_id, target_table) do nothing;

-- Wallets: every carried legacy wallet (id kept), plus one for every profile without one that
-- has carried ledger rows or a non-zero profiles.wallet_balance (id derived from the profile).
-- They start at 0; the ledger below brings them to their balances.
-- The balance guard is off for the insert: it refuses a new wallet with a balance other than 0,
-- and these are all inserted at 0 (its other check is for updates).
drop table if exists pg_temp.p2_new_wallets;
create temp table p2_new_wallets (wallet_id uuid primary key, profile_id uuid not null) on commit drop;

alter table public.profile_wallets disable trigger tg_profile_wallets__guard_balance;
with carried as (
  select l.user_id, min(l.created_at) as first_entry_at
  from pg_temp.p2_ledger l where l.reject_reason is null group by l.user_id
), inserted as (
  insert into public.profile_wallets (id, profile_id, currency, balance, created_at, updated_at, legacy_table, legacy_id)
  select u.id, u.user_id, u.currency_code, 0,
         coalesce(u.created_at, u.updated_at, p.created_at, salemate.legacy_seen_at('user_wallets')),
         coalesce(u.updated_at, u.created_at, p.updated_at, salemate.legacy_seen_at('user_wallets')),
         'user_wallets', u.id::text
  from pg_temp.p2_user_wallets u join public.profiles p on p.id = u.user_id
  where u.reject_reason is null
  union all
  select md5('salemate:wallet:' || p.id::text)::uuid, p.id, 'EGP', 0,
         coalesce(least(p.created_at, c.first_entry_at), now()), coalesce(least(p.created_at, c.first_entry_at), now()),
         case when c.user_id is not null then 'wallet_transactions' else 'profiles' end, p.id::text
  from public.profiles p
  left join carried c on c.user_id = p.id
  where not exists (select 1 from pg_temp.p2_user_wallets u where u.user_id = p.id and u.reject_reason is null)
    and not exists (select 1 from public.profile_wallets w where w.profile_id = p.id)
    and (c.user_id is not null or coalesce(p.wallet_balance, 0) <> 0)
  on conflict do nothing
  returning id, profile_id
)
insert into pg_temp.p2_new_wallets select id, profile_id from inserted;
alter table public.profile_wallets enable trigger tg_profile_wallets__guard_balance;

-- What each new wallet should hold: the legacy wallet's balance, else profiles.wallet_balance
-- (what the customer was shown), against the completed legacy entries carried for it.
drop table if exists pg_temp.p2_reconciliation;
create temp table p2_reconciliation on commit drop as
select nw.wallet_id, nw.profile_id,
       u.balance as legacy_wallet_balance,
       p.wallet_balance as legacy_profile_balance,
       coalesce(e.total, 0)::numeric(14, 2) as ledger_sum,
       round(coalesce(u.balance, p.wallet_balance, 0), 2)::numeric(14, 2) as target
from pg_temp.p2_new_wallets nw
join public.profiles p on p.id = nw.profile_id
left join pg_temp.p2_user_wallets u on u.user_id = nw.profile_id and u.reject_reason is null
left join (select l.user_id, sum(l.amount) as total from pg_temp.p2_ledger l
           where l.reject_reason is null and l.status = 'completed' group by l.user_id) e on e.user_id = nw.profile_id;

-- The legacy entries and the opening adjustments, in one statement: the balances land on the
-- legacy values at once (the migration's own rows are exempt from the below-zero rule).
-- Every backfilled row names its wallet, profile and source already: the per-row trigger that
-- resolves them for the app is switched off for this one statement (it is the cost of the backfill).
-- The statement-level balance sync is off as well: it recomputes wallet by wallet (a locked
-- row, a sum, two updates each); the balances are set once, set-based, right after, and the
-- invariant checked below.
alter table public.profile_wallet_ledger disable trigger tg_profile_wallet_ledger__resolve_wallet;
alter table public.profile_wallet_ledger disable trigger tg_profile_wallet_ledger__sync_after_insert;
drop table if exists pg_temp.p2_touched_wallets;
create temp table p2_touched_wallets (wallet_id uuid primary key) on commit drop;
with carried as (
insert into public.profile_wallet_ledger (ledger_id, profile_id, wallet_id, entry_type, amount, source, status, description,
                                          reference_type, reference_id, metadata, created_at, updated_at, legacy_table, legacy_id)
select l.id, l.user_id, w.id, l.entry_type, l.amount, 'app', l.status, l.description, l.reference_type, l.reference_id,
       case when l.metadata is null then '{}'::jsonb
            when jsonb_typeof(l.metadata) = 'object' then l.metadata
            else jsonb_build_object('legacy_metadata', l.metadata) end
       -- metadata.legacy is jsonb_build_object('legacy', jsonb_strip_nulls(jsonb_build_object('variant',
       -- l.variant, 'type', l.type, 'amount', l.legacy_amount, 'credit', l.credit, 'debit', l.debit,
       -- 'status', l.legacy_status, 'wallet_id', l.legacy_wallet_id, 'extra_columns', l.legacy_extra,
       -- 'status_unknown', case when l.status_unknown then true end))), written as JSON text and
       -- read once: jsonb_build_object looks up each argument's type per row and jsonb_strip_nulls
       -- rebuilds the object, together 60% of this insert. A null value leaves its key out (as the
       -- strip did: concat_ws skips nulls); variant is one of typed, signed, double_entry (nothing
       -- to quote); numbers are written as numeric's text, which jsonb
       -- reads back to the same value, except NaN and ±Infinity, which to_jsonb makes strings;
       -- type and status are JSON-quoted once per distinct value (p2_ledger.type_json, status_json);
       -- the extra columns keep their own nulls stripped. (tests/sql/profiles/wallet_ledger_metadata.test.ts
       -- holds the two to the same JSON.)
       || ('{"legacy":{' || concat_ws(',',
            '"variant":"' || l.variant || '"',
            '"type":' || l.type_json,
            '"amount":' || case when abs(l.legacy_amount) < 'Infinity' then l.legacy_amount::text else '"' || l.legacy_amount || '"' end,
            '"credit":' || case when abs(l.credit) < 'Infinity' then l.credit::text else '"' || l.credit || '"' end,
            '"debit":' || case when abs(l.debit) < 'Infinity' then l.debit::text else '"' || l.debit || '"' end,
            '"status":' || l.status_json,
            '"wallet_id":"' || l.legacy_wallet_id || '"',
            case when jsonb_typeof(l.legacy_extra) <> 'null' then '"extra_columns":' || jsonb_strip_nulls(l.legacy_extra)::text end,
            case when l.status_unknown then '"status_unknown":true' end) || '}}')::jsonb,
       l.created_at, coalesce(l.updated_at, l.created_at), 'wallet_transactions', l.id::text
from pg_temp.p2_ledger l
join public.profile_wallets w on w.profile_id = l.user_id
where l.reject_reason is null
union all
select md5('salemate:opening_adjustment:' || r.wallet_id::text)::uuid, r.profile_id, r.wallet_id, 'opening_adjustment',
       r.target - r.ledger_sum, 'migration', 'completed',
       format('Opening balance carried from the legacy wallet: %s, where the legacy ledger added up to %s', r.target, r.ledger_sum),
       null, null,
       jsonb_strip_nulls(jsonb_build_object('legacy_wallet_balance', r.legacy_wallet_balance,
         'legacy_profile_balance', r.legacy_profile_balance, 'legacy_ledger_sum', r.ledger_sum)),
       now(), now(), null, null
from pg_temp.p2_reconciliation r
where r.target <> r.ledger_sum
on conflict do nothing
returning wallet_id, status
)
insert into pg_temp.p2_touched_wallets select distinct c.wallet_id from carried c where c.status = 'completed';
alter table public.profile_wallet_ledger enable trigger tg_profile_wallet_ledger__sync_after_insert;
alter table public.profile_wallet_ledger enable trigger tg_profile_wallet_ledger__resolve_wallet;

-- What the sync trigger would have done, once: each wallet that got completed entries holds
-- their sum (the guard, which re-sums per wallet, is off for this statement; the check below
-- holds every wallet to it), and its profile mirrors it (next statement).
alter table public.profile_wallets disable trigger tg_profile_wallets__guard_balance;
update public.profile_wallets w set balance = e.total
from (select l.wallet_id, coalesce(sum(l.amount), 0)::numeric(14, 2) as total
      from public.profile_wallet_ledger l
      where l.wallet_id in (select t.wallet_id from pg_temp.p2_touched_wallets t) and l.status = 'completed'
      group by l.wallet_id) e
where w.id = e.wallet_id and w.balance is distinct from e.total;
alter table public.profile_wallets enable trigger tg_profile_wallets__guard_balance;

-- The wallets' keys and index, now that their rows are final (the table is new here: one wallet
-- per profile by construction, which the unique key on profile_id checks).
do $$
begin
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallets'::regclass and conname = 'profile_wallets_profile_id_key') then
    alter table public.profile_wallets add constraint profile_wallets_profile_id_key unique (profile_id);
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallets'::regclass and conname = 'profile_wallets_id_profile_id_key') then
    alter table public.profile_wallets add constraint profile_wallets_id_profile_id_key unique (id, profile_id);
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallets'::regclass and conname = 'profile_wallets_legacy_key') then
    alter table public.profile_wallets add constraint profile_wallets_legacy_key unique (legacy_table, legacy_id);
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallets'::regclass and conname = 'profile_wallets_profile_id_fkey') then
    alter table public.profile_wallets add constraint profile_wallets_profile_id_fkey
      foreign key (profile_id) references public.profiles (id) on delete cascade;
  end if;
end
$$;
create index if not exists profile_wallets_created_at_idx on public.profile_wallets (created_at);

-- Keys and indexes of the ledger, built once over the loaded rows (the table is new here, so a
-- duplicate cannot have slipped in: the legacy ids are the legacy table's key, and there is one
-- opening adjustment per new wallet). The wallet must be the profile's own; a wallet with
-- entries cannot be deleted on its own (no action: deleting the profile removes both in one
-- statement).
do $$
begin
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallet_ledger'::regclass and conname = 'profile_wallet_ledger_pkey') then
    alter table public.profile_wallet_ledger add constraint profile_wallet_ledger_pkey primary key (ledger_id);
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallet_ledger'::regclass and conname = 'profile_wallet_ledger_legacy_key') then
    alter table public.profile_wallet_ledger add constraint profile_wallet_ledger_legacy_key unique (legacy_table, legacy_id);
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallet_ledger'::regclass and conname = 'profile_wallet_ledger_profile_id_fkey') then
    alter table public.profile_wallet_ledger add constraint profile_wallet_ledger_profile_id_fkey
      foreign key (profile_id) references public.profiles (id) on delete cascade;
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallet_ledger'::regclass and conname = 'profile_wallet_ledger_created_by_fkey') then
    alter table public.profile_wallet_ledger add constraint profile_wallet_ledger_created_by_fkey
      foreign key (created_by) references public.profiles (id) on delete set null;
  end if;
  if not exists (select 1 from pg_constraint where conrelid = 'public.profile_wallet_ledger'::regclass and conname = 'profile_wallet_ledger_wallet_fkey') then
    alter table public.profile_wallet_ledger add constraint profile_wallet_ledger_wallet_fkey
      foreign key (wallet_id, profile_id) references public.profile_wallets (id, profile_id);
  end if;
end
$$;
-- One opening adjustment per wallet, at most.
create unique index if not exists profile_wallet_ledger_opening_adjustment_key on public.profile_wallet_ledger (wallet_id)
  where entry_type = 'opening_adjustment';
create index if not exists profile_wallet_ledger_wallet_id_profile_id_idx on public.profile_wallet_ledger (wallet_id, profile_id);
create index if not exists profile_wallet_ledger_wallet_id_status_idx on public.profile_wallet_ledger (wallet_id, status) include (amount);
create index if not exists profile_wallet_ledger_profile_id_created_at_idx on public.profile_wallet_ledger (profile_id, created_at desc);
create index if not exists profile_wallet_ledger_created_at_idx on public.profile_wallet_ledger (created_at);
create index if not exists profile_wallet_ledger_entry_type_idx on public.profile_wallet_ledger (entry_type);
create index if not exists profile_wallet_ledger_status_idx on public.profile_wallet_ledger (status);
create index if not exists profile_wallet_ledger_reference_idx on public.profile_wallet_ledger (reference_type, reference_id) where reference_id is not null;
create index if not exists profile_wallet_ledger_created_by_idx on public.profile_wallet_ledger (created_by) where created_by is not null;

-- Each new wallet's profile (and each wallet's that got entries) mirrors its balance: the
-- ledger trigger that does so for the app was off for the backfill.
update public.profiles p set wallet_balance = w.balance
from (select nw.wallet_id from pg_temp.p2_new_wallets nw union select t.wallet_id from pg_temp.p2_touched_wallets t) nw
join public.profile_wallets w on w.id = nw.wallet_id
where p.id = w.profile_id and p.wallet_balance is distinct from w.balance;

insert into salemate.wallet_reconciliation (wallet_id, profile_id, legacy_wallet_balance, legacy_profile_balance, ledger_sum,
                                            adjustment, adjustment_ledger_id, reason)
select r.wallet_id, r.profile_id, r.legacy_wallet_balance, r.legacy_profile_balance, r.ledger_sum, r.target - r.ledger_sum,
       case when r.target <> r.ledger_sum then md5('salemate:opening_adjustment:' || r.wallet_id::text)::uuid end,
       concat_ws('; ',
         case when r.target <> r.ledger_sum then format(
           '%s (%s) differs from the completed legacy ledger (%s): the balance is kept and an opening_adjustment of %s added',
           case when r.legacy_wallet_balance is not null then 'user_wallets.balance' else 'profiles.wallet_balance' end,
           coalesce(r.legacy_wallet_balance, r.legacy_profile_balance, 0), r.ledger_sum, r.target - r.ledger_sum) end,
         case when r.legacy_wallet_balance is not null and r.legacy_profile_balance is distinct from r.legacy_wallet_balance then format(
           'profiles.wallet_balance (%s) disagreed with user_wallets.balance (%s): the wallet''s balance is kept and profiles.wallet_balance now mirrors it',
           coalesce(r.legacy_profile_balance::text, 'null'), r.legacy_wallet_balance) end,
         case when r.target <> coalesce(r.legacy_wallet_balance, r.legacy_profile_balance, 0) then format(
           'the legacy balance %s had fractions of a cent: kept as %s', coalesce(r.legacy_wallet_balance, r.legacy_profile_balance), r.target) end)
from pg_temp.p2_reconciliation r
where r.target <> r.ledger_sum
   or (r.legacy_wallet_balance is not null and r.legacy_profile_balance is distinct from r.legacy_wallet_balance)
   or r.target <> coalesce(r.legacy_wallet_balance, r.legacy_profile_balance, 0)
on conflict (wallet_id) do nothing;

-- The invariant must hold now; if not, the whole file rolls back.
do $$
declare
  bad text;
begin
  select string_agg(format('wallet %s: balance %s, entries %s', w.id, w.balance, coalesce(e.total, 0)), '; ') into bad
  from public.profile_wallets w
  left join (select l.wallet_id, sum(l.amount) as total from public.profile_wallet_ledger l where l.status = 'completed' group by 1) e
    on e.wallet_id = w.id
  where w.balance <> coalesce(e.total, 0);
  if bad is not null then
    raise exception 'phase 2: wallet balances disagree with their ledgers after the backfill: %', bad;
  end if;
  select string_agg(format('profile %s: wallet_balance %s, wallet %s', p.id, p.wallet_balance, coalesce(w.balance, 0)), '; ') into bad
  from public.profiles p left join public.profile_wallets w on w.profile_id = p.id
  where coalesce(p.wallet_balance, 0) <> coalesce(w.balance, 0);
  if bad is not null then
    raise exception 'phase 2: profiles.wallet_balance disagrees with the wallets after the backfill: %', bad;
  end if;
end
$$;

-- From here on, profiles.wallet_balance only follows the wallet, and updated_at moves with edits
-- (installed after the backfill, so carried wallets keep their legacy updated_at).
drop trigger if exists tg_profiles__guard_wallet_balance on public.profiles;
create trigger tg_profiles__guard_wallet_balance before insert or update of wallet_balance on public.profiles
  for each row execute function salemate.tg_profiles__guard_wallet_balance();
drop trigger if exists tg_profile_wallets__touch_updated_at on public.profile_wallets;
create trigger tg_profile_wallets__touch_updated_at before update on public.profile_wallets
  for each row execute function salemate.tg_touch_updated_at();
drop trigger if exists tg_profile_wallet_ledger__touch_updated_at on public.profile_wallet_ledger;
create trigger tg_profile_wallet_ledger__touch_updated_at before update on public.profile_wallet_ledger
  for each row execute function salemate.tg_touch_updated_at();

-- Comments --------------------------------------------------------------------------------------

comment on table public.profile_wallets is 'A profile''s wallet (one per profile): the money it holds to buy leads. Its balance is always the sum of its completed ledger entries.';
comment on column public.profile_wallets.id is 'Wallet id (the legacy user_wallets id where there was one).';
comment on column public.profile_wallets.profile_id is 'The profile that owns the wallet; never changes.';
comment on column public.profile_wallets.currency is 'ISO 4217 currency of the wallet (EGP).';
comment on column public.profile_wallets.balance is 'Money in the wallet: the sum of its completed ledger entries, kept by trigger. It cannot be set directly.';
comment on column public.profile_wallets.limits is 'Limits set by finance, as a JSON object (e.g. {"daily_debit": 50000}).';
comment on column public.profile_wallets.created_at is 'When the wallet was opened.';
comment on column public.profile_wallets.updated_at is 'When the wallet last changed (set by trigger).';
comment on column public.profile_wallets.legacy_table is 'Where the wallet came from in phase 2: user_wallets (legacy_id = its id), profiles (a non-zero profiles.wallet_balance) or wallet_transactions (ledger rows only); null for wallets opened since.';
comment on column public.profile_wallets.legacy_id is 'The legacy row''s id (user_wallets.id, or the profile id).';

comment on table public.profile_wallet_ledger is 'Every movement of money in or out of a wallet, signed: credits positive, debits negative. Completed entries make up the wallet''s balance.';
comment on column public.profile_wallet_ledger.ledger_id is 'Entry id (the legacy wallet_transactions id for carried rows).';
comment on column public.profile_wallet_ledger.profile_id is 'The profile whose wallet moved.';
comment on column public.profile_wallet_ledger.wallet_id is 'The wallet that moved (the profile''s own; filled from the profile when omitted).';
comment on column public.profile_wallet_ledger.entry_type is 'What happened: deposit, topup, refund (credits); withdrawal, purchase (debits); adjustment (either way, by finance); opening_adjustment (phase 2 reconciliation, one per wallet at most).';
comment on column public.profile_wallet_ledger.amount is 'Signed amount in the wallet''s currency: positive credits, negative debits. A completed debit cannot take the wallet below zero.';
comment on column public.profile_wallet_ledger.source is 'Who wrote the entry: app, admin (finance or an admin through the API), gateway, topup_request, migration.';
comment on column public.profile_wallet_ledger.status is 'pending, completed, failed or cancelled; only completed entries count towards the balance. Legacy statuses were normalised (see salemate.normalise_ledger_status).';
comment on column public.profile_wallet_ledger.description is 'Text shown in the wallet history.';
comment on column public.profile_wallet_ledger.reference_type is 'Kind of record the entry is about (lead_purchase_request, wallet_topup_request, support_case, ...).';
comment on column public.profile_wallet_ledger.reference_id is 'Id of the record the entry is about.';
comment on column public.profile_wallet_ledger.metadata is 'Extra facts as a JSON object; carried rows keep their legacy columns under "legacy" (variant, type, amount, credit, debit, status, wallet_id).';
comment on column public.profile_wallet_ledger.created_by is 'The profile that recorded the entry through the API (finance adjustments); null for app and migration entries.';
comment on column public.profile_wallet_ledger.created_at is 'When the money moved (legacy created_at; its updated_at or the phase 1 snapshot time where that was missing).';
comment on column public.profile_wallet_ledger.updated_at is 'When the entry last changed (set by trigger).';
comment on column public.profile_wallet_ledger.legacy_table is 'wallet_transactions for rows carried from the legacy ledger, else null.';
comment on column public.profile_wallet_ledger.legacy_id is 'The legacy wallet_transactions id.';

-- Who may do what -------------------------------------------------------------------------------
-- Everyone reads their own wallet and entries; finance and admins read all, set limits and
-- record adjustments. Everything else is the service role's (edge functions, gateway hooks).

alter table public.profile_wallets enable row level security;
select salemate.take_over_policies(2, 'public.profile_wallets');
drop policy if exists "Profiles read their own wallet" on public.profile_wallets;
create policy "Profiles read their own wallet" on public.profile_wallets for select to authenticated
  using (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Finance and admins read every wallet" on public.profile_wallets;
create policy "Finance and admins read every wallet" on public.profile_wallets for select to authenticated
  using ((select salemate.has_role('finance')) or (select salemate.has_role('admin')));
drop policy if exists "Finance and admins set wallet limits" on public.profile_wallets;
create policy "Finance and admins set wallet limits" on public.profile_wallets for update to authenticated
  using ((select salemate.has_role('finance')) or (select salemate.has_role('admin')))
  with check ((select salemate.has_role('finance')) or (select salemate.has_role('admin')));
select salemate.claim_policies(2, 'public.profile_wallets');

alter table public.profile_wallet_ledger enable row level security;
select salemate.take_over_policies(2, 'public.profile_wallet_ledger');
drop policy if exists "Profiles read their own wallet entries" on public.profile_wallet_ledger;
create policy "Profiles read their own wallet entries" on public.profile_wallet_ledger for select to authenticated
  using (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Finance and admins read every wallet entry" on public.profile_wallet_ledger;
create policy "Finance and admins read every wallet entry" on public.profile_wallet_ledger for select to authenticated
  using ((select salemate.has_role('finance')) or (select salemate.has_role('admin')));
drop policy if exists "Finance and admins record wallet adjustments" on public.profile_wallet_ledger;
create policy "Finance and admins record wallet adjustments" on public.profile_wallet_ledger for insert to authenticated
  with check (entry_type = 'adjustment' and ((select salemate.has_role('finance')) or (select salemate.has_role('admin'))));
select salemate.claim_policies(2, 'public.profile_wallet_ledger');

revoke all on public.profile_wallets, public.profile_wallet_ledger from anon, authenticated, service_role;
grant select on public.profile_wallets, public.profile_wallet_ledger to authenticated;
grant update (limits) on public.profile_wallets to authenticated;
grant insert (profile_id, wallet_id, entry_type, amount, status, description, reference_type, reference_id, metadata)
  on public.profile_wallet_ledger to authenticated;
grant all on public.profile_wallets, public.profile_wallet_ledger to service_role;

-- Compatibility views ----------------------------------------------------------------------------

-- user_wallets: a wallet per user. A new wallet starts at 0; a balance change is refused (the
-- old app records money as a wallet_transactions row, which moves the balance).
create or replace function salemate.tg_user_wallets__instead_of_insert() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    w public.profile_wallets;
  begin
    if coalesce(new.balance, 0) <> 0 then
      raise exception 'user_wallets.balance follows the wallet ledger: create the wallet with balance 0 and record the money as a wallet_transactions row'
        using errcode = 'check_violation';
    end if;
    insert into public.profile_wallets (id, profile_id, currency, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), new.user_id, coalesce(upper(btrim(new.currency)), 'EGP'),
            coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning * into w;
    new.id := w.id; new.balance := w.balance; new.currency := w.currency; new.created_at := w.created_at; new.updated_at := w.updated_at;
    return new;
  end
  $$;

create or replace function salemate.tg_user_wallets__instead_of_update() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.profile_wallets set
      profile_id = new.user_id,
      currency = coalesce(upper(btrim(new.currency)), currency),
      balance = new.balance
    where id = old.id;
    return new;
  end
  $$;

create or replace function salemate.tg_user_wallets__instead_of_delete() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.profile_wallets where id = old.id;
    return old;
  end
  $$;

select salemate.install_compat_view(2, 'user_wallets', $v$
  select w.id, w.profile_id as user_id, w.balance::numeric as balance, w.currency, w.created_at, w.updated_at
  from public.profile_wallets w
$v$, 'Compatibility view: legacy user_wallets over profile_wallets (phase 2). balance follows the ledger and cannot be set.');
select salemate.install_instead_of_triggers('user_wallets', 'user_wallets');

-- wallet_transactions: the ledger in the newest (typed) shape: type is the entry type (credit
-- or debit for adjustments), amount its magnitude, credit/debit the side it is on. Writes are
-- normalised exactly like the backfill (typed, signed and credit/debit rows all accepted).
create or replace function salemate.tg_wallet_transactions__instead_of_insert() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    n record;
    entry public.profile_wallet_ledger;
  begin
    n := salemate.normalise_wallet_entry(new.type, new.amount, new.credit, new.debit);
    if n.reject_reason is not null then
      raise exception 'wallet_transactions row refused: %', n.reject_reason using errcode = 'check_violation';
    end if;
    if new.status is not null and salemate.normalise_ledger_status(new.status) is null then
      raise exception 'wallet_transactions row refused: unknown status %', new.status using errcode = 'check_violation';
    end if;
    insert into public.profile_wallet_ledger (ledger_id, profile_id, wallet_id, entry_type, amount, source, status, description,
                                              reference_type, reference_id, metadata, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), new.user_id, new.wallet_id, n.entry_type, n.amount, 'app',
            salemate.normalise_ledger_status(new.status), new.description, new.reference_type, new.reference_id,
            coalesce(new.metadata, '{}'), coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning * into entry;
    new.id := entry.ledger_id; new.wallet_id := entry.wallet_id; new.status := entry.status;
    new.created_at := entry.created_at; new.updated_at := entry.updated_at;
    return new;
  end
  $$;

create or replace function salemate.tg_wallet_transactions__instead_of_update() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    n record;
    entry public.profile_wallet_ledger;
  begin
    select * into entry from public.profile_wallet_ledger where ledger_id = old.id;
    if (new.type, new.amount, new.credit, new.debit) is distinct from (old.type, old.amount, old.credit, old.debit) then
      -- the side columns the writer did not touch follow the ones it did
      n := salemate.normalise_wallet_entry(new.type,
             case when new.amount is distinct from old.amount or (new.credit, new.debit) is not distinct from (old.credit, old.debit) then new.amount end,
             case when new.credit is distinct from old.credit or new.debit is distinct from old.debit then new.credit end,
             case when new.credit is distinct from old.credit or new.debit is distinct from old.debit then new.debit end);
      if n.reject_reason is not null then
        raise exception 'wallet_transactions row refused: %', n.reject_reason using errcode = 'check_violation';
      end if;
      entry.entry_type := n.entry_type;
      entry.amount := n.amount;
    end if;
    if new.status is distinct from old.status then
      entry.status := salemate.normalise_ledger_status(new.status);
      if entry.status is null then
        raise exception 'wallet_transactions row refused: unknown status %', new.status using errcode = 'check_violation';
      end if;
    end if;
    update public.profile_wallet_ledger set
      profile_id = new.user_id, wallet_id = new.wallet_id, entry_type = entry.entry_type, amount = entry.amount, status = entry.status,
      description = new.description, reference_type = new.reference_type, reference_id = new.reference_id,
      metadata = coalesce(new.metadata, '{}')
    where ledger_id = old.id;
    return new;
  end
  $$;

create or replace function salemate.tg_wallet_transactions__instead_of_delete() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.profile_wallet_ledger where ledger_id = old.id;
    return old;
  end
  $$;

select salemate.install_compat_view(2, 'wallet_transactions', $v$
  select l.ledger_id as id, l.profile_id as user_id, l.wallet_id,
         case when l.entry_type in ('adjustment', 'opening_adjustment') then case when l.amount < 0 then 'debit' else 'credit' end
              else l.entry_type end as type,
         abs(l.amount)::numeric as amount,
         case when l.amount >= 0 then l.amount end::numeric as credit,
         case when l.amount < 0 then -l.amount end::numeric as debit,
         l.status, l.description, l.reference_type, l.reference_id, l.metadata, l.created_at, l.updated_at
  from public.profile_wallet_ledger l
$v$, 'Compatibility view: legacy wallet_transactions over profile_wallet_ledger (phase 2), in the typed shape: amount is the magnitude, type or credit/debit give the side.');
select salemate.install_instead_of_triggers('wallet_transactions', 'wallet_transactions');

-- The legacy tables are read by nothing outside the archive now: their policies and API grants go.
select salemate.take_over_archived_table(2, t) from unnest(array['user_wallets', 'wallet_transactions']) t;
