-- Phase 2 of the SaleMate refactor: profiles & wallets (plan "1. Profiles Domain").
--
-- Phase 2 is split by subject, one transaction each, so every file reads on its own:
--   000200 (this file)  helpers shared by phases 2-7; user_role gains 'finance'; profiles gains
--                       status, onboarding_state and profile_type, with the columns only admins
--                       may change guarded; profiles RLS restated; profile_preferences
--   000210 wallets      profile_wallets and profile_wallet_ledger <- user_wallets,
--                       wallet_transactions and profiles.wallet_balance; the money invariant;
--                       salemate.wallet_reconciliation; compatibility views
--   000220 payments     profile_payment_transactions <- payment_transactions; wallet_topup_requests
--                       references profile_wallets; OTP tables restated; profile_wallet_summaries
-- Running it again changes nothing.

-- Phase 2's own helpers (the ones every phase shares are defined once, in phase 1) -------------

-- Copies a legacy table into a temporary table pg_temp.legacy_<table> with the columns a
-- backfill expects (name and type each), read through salemate.conformed_legacy_table: a column
-- the legacy table lacks is null there, one of another type converted (a row whose value does
-- not convert is rejected for p_targets); the whole legacy row is in row_data (for
-- salemate.migration_rejects), its columns beyond p_columns in legacy_extra. The backfill can
-- then be plain SQL over the copy. An absent table gives an empty copy; both are noted.
drop function if exists salemate.stage_legacy_table(int, text, text[]);
create or replace function salemate.stage_legacy_table(p_phase int, p_table text, p_targets text[], p_columns text[]) returns boolean
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    src regclass := salemate.conformed_legacy_table(p_phase, p_table, p_targets, p_columns);
    stage text := 'legacy_' || p_table;
    cols text;
  begin
    execute format('drop table if exists pg_temp.%I', stage);
    if src is null then
      select string_agg(format('null::%s as %I', substr(c, length(split_part(c, ' ', 1)) + 2), split_part(c, ' ', 1)), ', ') into cols
      from unnest(p_columns) c;
      execute format('create temp table %I on commit drop as select %s, null::jsonb as row_data, null::jsonb as legacy_extra limit 0', stage, cols);
      return false;
    end if;
    select string_agg(format('s.%I', split_part(c, ' ', 1)), ', ') into cols from unnest(p_columns) c;
    execute format('create temp table %I on commit drop as select %s, to_jsonb(s) as row_data, %s as legacy_extra from %s s',
                   stage, cols, salemate.legacy_extra_columns(p_table), src);
    return true;
  end
  $$;
comment on function salemate.stage_legacy_table(int, text, text[], text[]) is 'Copies a legacy table into pg_temp.legacy_<table> with the expected columns (salemate.conformed_legacy_table: absent ones null, others converted, rows that do not convert rejected for the targets) plus the whole row as row_data and its extra columns as legacy_extra.';

-- Whether the statement runs with an API user's privileges (anon or authenticated, as PostgREST
-- and the gateway set with `set local role`). Migrations, the service role and the
-- security-definer functions of these phases (running as their owner) are not.
create or replace function salemate.is_end_user() returns boolean
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select current_user::text in ('anon', 'authenticated') $$;
comment on function salemate.is_end_user() is 'Whether the statement runs with an API user''s privileges (anon or authenticated); false for migrations, the service role and security-definer helpers.';

-- Whether the request comes from an API user: the session switched to anon or authenticated
-- (or logged in as one). Unlike is_end_user(), it still answers inside security-definer
-- functions, which run as their owner.
create or replace function salemate.is_api_request() returns boolean
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select coalesce(current_setting('role', true), 'none') in ('anon', 'authenticated')
        or session_user::text in ('anon', 'authenticated')
  $$;
comment on function salemate.is_api_request() is 'Whether the request comes from an API user (session role anon or authenticated), also inside security-definer functions.';

revoke execute on function salemate.legacy_table(text), salemate.install_compat_view(int, text, text, text, boolean),
  salemate.install_instead_of_triggers(text, text), salemate.add_constraint_once(int, regclass, text, text),
  salemate.stage_legacy_table(int, text, text[], text[]) from public;
grant execute on function salemate.is_end_user(), salemate.is_api_request() to anon, authenticated, service_role;

-- user_role gains 'finance' ---------------------------------------------------------------------
-- An enum value added in a transaction cannot be used in it: this file and its policies compare
-- roles as text (salemate.has_role), so nothing here needs the new value.

do $$
begin
  if to_regtype('public.user_role') is null then
    perform salemate.note(2, 'user_role', 'enum user_role is absent: the finance role cannot be added; has_role(''finance'') answers from team memberships only');
    return;
  end if;
  alter type public.user_role add value if not exists 'finance';
end
$$;

-- profiles: the columns the consolidated schema relies on ---------------------------------------
-- A database whose profiles predates a late-added legacy column gets it (null or 0 for existing
-- rows); one that keeps a column as another type (people ids as text, the balance as text, the
-- role as text) has it converted, a value that does not convert set aside (salemate.conform_kept_table).

do $$
begin
  if to_regclass('public.profiles') is null then
    raise exception 'phase 2 needs public.profiles, the identity table, and this database has none';
  end if;
  perform salemate.conform_kept_table(2, 'profiles', array[
    'is_banned boolean', 'manager_id uuid references public.profiles (id) on delete set null', 'name text', 'email text',
    'phone text', 'role public.user_role', 'phone_verified_at timestamptz', 'last_login_at timestamptz', 'remember_token text',
    'wallet_balance numeric not null default 0', 'created_at timestamptz default now()', 'updated_at timestamptz default now()']);
end
$$;

-- profile_type from the legacy role: 'user' (or no role) is an agent when they belong to a
-- manager's hierarchy (have a manager or reports), else a customer buying leads for themselves.
create or replace function salemate.profile_type_for(p_role text, p_in_team boolean) returns text
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select case p_role
      when 'admin' then 'admin' when 'support' then 'support' when 'manager' then 'manager' when 'finance' then 'finance'
      else case when p_in_team then 'agent' else 'customer' end
    end
  $$;
comment on function salemate.profile_type_for(text, boolean) is 'The profile_type a legacy role implies: admin, support, manager, finance; a user in a team is an agent, else a customer.';

-- (the backfill below looks up reports by manager_id)
create index if not exists profiles_manager_id_idx on public.profiles (manager_id);

alter table public.profiles add column if not exists status text;
alter table public.profiles add column if not exists onboarding_state text;
alter table public.profiles add column if not exists profile_type text;

-- One statement, so each row is written once: a second write of a row in the same transaction
-- re-checks its foreign keys, and legacy rows may break them (a manager_id pointing nowhere,
-- rejected by phase 3) without the migration having to fail.
update public.profiles p set
  status = coalesce(p.status, case when p.is_banned then 'banned' else 'active' end),
  onboarding_state = coalesce(p.onboarding_state, case
    when p.phone_verified_at is not null then 'completed'
    when nullif(btrim(p.phone), '') is not null then 'phone_pending'
    else 'new' end),
  profile_type = coalesce(p.profile_type, salemate.profile_type_for(p.role::text,
    p.manager_id is not null or exists (select 1 from public.profiles r where r.manager_id = p.id and r.id <> p.id)))
where p.status is null or p.onboarding_state is null or p.profile_type is null;

alter table public.profiles alter column status set default 'active';
alter table public.profiles alter column status set not null;
alter table public.profiles alter column onboarding_state set default 'new';
alter table public.profiles alter column onboarding_state set not null;
alter table public.profiles alter column profile_type set not null;

select salemate.add_constraint_once(2, 'public.profiles', 'profiles_status_check',
  'check (status in (''active'', ''suspended'', ''banned'', ''pending''))');
select salemate.add_constraint_once(2, 'public.profiles', 'profiles_onboarding_state_check',
  'check (onboarding_state in (''new'', ''phone_pending'', ''completed''))');
select salemate.add_constraint_once(2, 'public.profiles', 'profiles_profile_type_check',
  'check (profile_type in (''agent'', ''manager'', ''admin'', ''support'', ''finance'', ''customer''))');

-- profiles: triggers ------------------------------------------------------------------------------
-- Before-row triggers fire in name order: derive, guard, sync, touch.

-- profile_type follows the role: on insert when not given, on update when the role changes
-- and profile_type is not changed with it.
create or replace function salemate.tg_profiles__derive_profile_type() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if tg_op = 'INSERT' then
      new.profile_type := coalesce(new.profile_type, salemate.profile_type_for(new.role::text, new.manager_id is not null));
    elsif new.role is distinct from old.role and new.profile_type is not distinct from old.profile_type then
      new.profile_type := salemate.profile_type_for(new.role::text,
        new.manager_id is not null or old.profile_type = 'agent');
    end if;
    return new;
  end
  $$;

-- A user edits their own profile but not who they are to the platform: role, status,
-- is_banned and profile_type change only by an admin (or the service role / migrations).
create or replace function salemate.tg_profiles__guard_privileged_columns() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if not salemate.is_end_user() or salemate.has_role('admin') then
      return new;
    end if;
    if tg_op = 'INSERT' then
      if coalesce(new.role::text, 'user') <> 'user' or new.status not in ('active', 'pending') or coalesce(new.is_banned, false)
         or new.profile_type not in ('agent', 'customer') then
        raise exception 'a new profile starts as a user: only admins set role, status, is_banned or profile_type'
          using errcode = 'insufficient_privilege';
      end if;
    elsif new.role is distinct from old.role or new.status is distinct from old.status
       or new.is_banned is distinct from old.is_banned or new.profile_type is distinct from old.profile_type then
      raise exception 'only admins change a profile''s role, status, is_banned or profile_type'
        using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;

-- status and the legacy is_banned flag stay in step, whichever the writer sets.
create or replace function salemate.tg_profiles__sync_status() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if tg_op = 'INSERT' then
      if new.is_banned then
        new.status := 'banned';
      end if;
    elsif new.status is distinct from old.status then
      new.is_banned := (new.status = 'banned');
    elsif new.is_banned is distinct from old.is_banned then
      new.status := case when new.is_banned then 'banned' when old.status = 'banned' then 'active' else old.status end;
    end if;
    return new;
  end
  $$;

-- Every new profile gets its preferences row (see profile_preferences below).
create or replace function salemate.tg_profiles__create_preferences() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.profile_preferences (profile_id) values (new.id) on conflict (profile_id) do nothing;
    return null;
  end
  $$;

drop trigger if exists tg_profiles__derive_profile_type on public.profiles;
create trigger tg_profiles__derive_profile_type before insert or update of role, profile_type on public.profiles
  for each row execute function salemate.tg_profiles__derive_profile_type();
drop trigger if exists tg_profiles__guard_privileged_columns on public.profiles;
create trigger tg_profiles__guard_privileged_columns before insert or update on public.profiles
  for each row execute function salemate.tg_profiles__guard_privileged_columns();
drop trigger if exists tg_profiles__sync_status on public.profiles;
create trigger tg_profiles__sync_status before insert or update of status, is_banned on public.profiles
  for each row execute function salemate.tg_profiles__sync_status();
-- wallet_balance is kept from the ledger (phase 2, 000210): that bookkeeping is not an edit.
drop trigger if exists tg_profiles__touch_updated_at on public.profiles;
create trigger tg_profiles__touch_updated_at before update on public.profiles
  for each row
  when ((to_jsonb(old) - 'wallet_balance' - 'updated_at') is distinct from (to_jsonb(new) - 'wallet_balance' - 'updated_at'))
  execute function salemate.tg_touch_updated_at();

create index if not exists profiles_role_idx on public.profiles (role);
create index if not exists profiles_status_idx on public.profiles (status);
create index if not exists profiles_profile_type_idx on public.profiles (profile_type);
create index if not exists profiles_created_at_idx on public.profiles (created_at);
create index if not exists profiles_name_idx on public.profiles (name);

comment on table public.profiles is 'A person who signs in to SaleMate (one per auth user): identity, contact details, platform role and account status. Wallets, preferences and team memberships hang off it.';
comment on column public.profiles.id is 'Profile id, the same as the auth user''s id.';
comment on column public.profiles.email is 'Sign-in e-mail address (unique).';
comment on column public.profiles.name is 'Full name as shown to colleagues and customers.';
comment on column public.profiles.phone is 'Mobile number (+20...), verified by OTP when phone_verified_at is set.';
comment on column public.profiles.role is 'Platform role (admin, support, manager, finance, user). Team roles (team lead, agent) live in team_memberships. Only admins change it.';
comment on column public.profiles.status is 'Account status: active, suspended, banned or pending. Kept in step with is_banned. Only admins change it. Backfilled from is_banned (phase 2).';
comment on column public.profiles.is_banned is 'Legacy ban flag, kept in step with status (status = banned).';
comment on column public.profiles.onboarding_state is 'Where the person is in onboarding: new (no phone), phone_pending (phone not verified), completed (phone verified). Backfilled from phone and phone_verified_at (phase 2).';
comment on column public.profiles.profile_type is 'What kind of account this is: agent, manager, admin, support, finance or customer. Follows role; a user in a manager''s hierarchy is an agent, otherwise a customer. Only admins change it.';
comment on column public.profiles.phone_verified_at is 'When the phone number was verified by OTP.';
comment on column public.profiles.last_login_at is 'When the person last signed in.';
comment on column public.profiles.remember_token is 'Legacy "remember me" token of the old web app.';
comment on column public.profiles.wallet_balance is 'The wallet''s balance (profile_wallets.balance), mirrored by trigger for the old app; it cannot be set directly. 0 without a wallet.';
comment on column public.profiles.created_at is 'When the profile was created.';
comment on column public.profiles.updated_at is 'When the profile last changed (set by trigger; wallet balance changes do not count).';

-- profiles: who may do what ----------------------------------------------------------------------

alter table public.profiles enable row level security;
-- Every policy profiles had goes, whatever its name (a real database has more than the five the
-- record names, some USING (true), some reading profiles and so recursing): salemate.legacy_policies.
select salemate.take_over_policies(2, 'public.profiles');

drop policy if exists "Profiles read their own row" on public.profiles;
create policy "Profiles read their own row" on public.profiles for select to authenticated
  using (id = (select salemate.current_profile_id()));
drop policy if exists "Admins and support read every profile" on public.profiles;
create policy "Admins and support read every profile" on public.profiles for select to authenticated
  using ((select salemate.is_staff()));
drop policy if exists "Finance reads every profile" on public.profiles;
create policy "Finance reads every profile" on public.profiles for select to authenticated
  using ((select salemate.has_role('finance')));
drop policy if exists "Managers read the profiles they manage" on public.profiles;
create policy "Managers read the profiles they manage" on public.profiles for select to authenticated
  using (id = any (array(select salemate.managed_profile_ids())));
drop policy if exists "New users create their own profile" on public.profiles;
create policy "New users create their own profile" on public.profiles for insert to authenticated
  with check (id = (select salemate.current_profile_id()));
drop policy if exists "Profiles update their own row" on public.profiles;
create policy "Profiles update their own row" on public.profiles for update to authenticated
  using (id = (select salemate.current_profile_id())) with check (id = (select salemate.current_profile_id()));
drop policy if exists "Admins update every profile" on public.profiles;
create policy "Admins update every profile" on public.profiles for update to authenticated
  using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
select salemate.claim_policies(2, 'public.profiles');

-- Grants: no anonymous access, no deletes through the API (a profile goes with its auth user);
-- every column but the id and the creation time may be updated, the triggers above decide
-- which by whom.
revoke all on public.profiles from anon;
revoke delete, truncate on public.profiles from authenticated;
grant select, insert on public.profiles to authenticated;
grant all on public.profiles to service_role;
do $$
declare
  cols text;
begin
  select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into cols
  from pg_attribute a
  where a.attrelid = 'public.profiles'::regclass and a.attnum > 0 and not a.attisdropped and a.attname not in ('id', 'created_at');
  revoke update on public.profiles from authenticated;
  execute format('grant update (%s) on public.profiles to authenticated', cols);
end
$$;

-- profile_preferences -----------------------------------------------------------------------------

create table if not exists public.profile_preferences (
  profile_id uuid primary key references public.profiles (id) on delete cascade,
  locale text not null default 'ar-EG' check (locale ~ '^[a-z]{2}(-[A-Z]{2})?$'),
  timezone text not null default 'Africa/Cairo' check (btrim(timezone) <> ''),
  notification_channels text[] not null default array['inapp']
    check (notification_channels <@ array['inapp', 'push', 'email', 'sms', 'whatsapp']),
  marketing_opt_in boolean not null default false,
  preferences jsonb not null default '{}' check (jsonb_typeof(preferences) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

insert into public.profile_preferences (profile_id, created_at, updated_at)
select p.id, coalesce(p.created_at, now()), coalesce(p.created_at, now())
from public.profiles p
on conflict (profile_id) do nothing;

drop trigger if exists tg_profiles__create_preferences on public.profiles;
create trigger tg_profiles__create_preferences after insert on public.profiles
  for each row execute function salemate.tg_profiles__create_preferences();
drop trigger if exists tg_profile_preferences__touch_updated_at on public.profile_preferences;
create trigger tg_profile_preferences__touch_updated_at before update on public.profile_preferences
  for each row execute function salemate.tg_touch_updated_at();

create index if not exists profile_preferences_locale_idx on public.profile_preferences (locale);

comment on table public.profile_preferences is 'A person''s settings: language, time zone and how they want to be notified. One row per profile, made with the profile.';
comment on column public.profile_preferences.profile_id is 'The profile these settings belong to.';
comment on column public.profile_preferences.locale is 'Language and region of the interface and messages (BCP 47: ar-EG, en, en-US).';
comment on column public.profile_preferences.timezone is 'IANA time zone reminders and dates are shown in.';
comment on column public.profile_preferences.notification_channels is 'Channels the person wants notifications on: inapp, push, email, sms, whatsapp.';
comment on column public.profile_preferences.marketing_opt_in is 'Whether the person agreed to receive marketing messages.';
comment on column public.profile_preferences.preferences is 'Other interface settings as a JSON object (dashboard layout, filters, ...).';
comment on column public.profile_preferences.created_at is 'When the settings were created (the profile''s creation for existing profiles).';
comment on column public.profile_preferences.updated_at is 'When the settings last changed (set by trigger).';

alter table public.profile_preferences enable row level security;
select salemate.take_over_policies(2, 'public.profile_preferences');
drop policy if exists "Profiles read their own preferences" on public.profile_preferences;
create policy "Profiles read their own preferences" on public.profile_preferences for select to authenticated
  using (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Profiles create their own preferences" on public.profile_preferences;
create policy "Profiles create their own preferences" on public.profile_preferences for insert to authenticated
  with check (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Profiles update their own preferences" on public.profile_preferences;
create policy "Profiles update their own preferences" on public.profile_preferences for update to authenticated
  using (profile_id = (select salemate.current_profile_id())) with check (profile_id = (select salemate.current_profile_id()));
select salemate.claim_policies(2, 'public.profile_preferences');

revoke all on public.profile_preferences from anon, authenticated, service_role;
grant select on public.profile_preferences to authenticated;
grant insert (profile_id, locale, timezone, notification_channels, marketing_opt_in, preferences) on public.profile_preferences to authenticated;
grant update (locale, timezone, notification_channels, marketing_opt_in, preferences) on public.profile_preferences to authenticated;
grant all on public.profile_preferences to service_role;
