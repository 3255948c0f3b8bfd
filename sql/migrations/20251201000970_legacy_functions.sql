-- Legacy functions, triggers and views taken over (issue 15, item 4).
--
-- A real SaleMate database carries the old app's functions, triggers and views. After the phases
-- they still read and write the legacy tables (now the compatibility views or the archive) and
-- collide with the new invariants: deduct_from_wallet sets profiles.wallet_balance by hand (the
-- ledger guard refuses it), triggers on kept tables write moved ones, views read the frozen archive.
-- This file, after every phase and workflow:
--   * replaces the RPCs SaleMate's app calls (sql/map/app.json) with versions over the new tables
--     under the name and signature the app calls, each delegating to the workflow that owns the
--     rule where there is one, each checking the caller as the workflows do (security definer
--     only where the work needs more than the caller may do). An existing function of that name
--     with another signature is dropped: PostgREST calls by argument names and could not choose;
--   * drops every other legacy object that reads or writes a moved table: views that read the
--     archive (pg_depend), functions in public whose body names a moved table or sets
--     profiles.wallet_balance, or that depend on an archived table (pg_depend), and triggers that
--     run them; triggers on archived tables that write elsewhere. The app's RPCs the map keeps
--     (app.json "kept") stay. Each dropped or replaced object is recorded in
--     salemate.legacy_functions as the statement that puts it back, and noted (phase 7's notes);
--   * makes the rows a sign-up needs (profile, wallet) from a trigger on auth.users, in place of
--     the legacy handle_new_user;
--   * lets the compatibility-view writes the migration guide documents work for the API roles
--     that make them (staff entries in wallet_transactions, a user's own payment_transactions).
-- The project's own functions are told apart by their pinned search_path (pg_catalog, pg_temp:
-- every function the project writes has it; phase 7 pins legacy ones to public). Errors follow
-- the workflows: P0001 with a plain sentence for business rules, 42501 for a caller who may not.
-- Legacy RPCs that answered {success: false, error} for a business rule still do.
-- Running the file again changes nothing.

-- Bookkeeping ------------------------------------------------------------------------------------

create table if not exists salemate.legacy_functions (
  id bigserial primary key,
  kind text not null check (kind in ('function', 'trigger', 'view')),
  name text not null,
  action text not null check (action in ('replaced', 'dropped')),
  reason text not null,
  definition text not null,
  taken_over_at timestamptz not null default now(),
  unique (kind, name)
);
comment on table salemate.legacy_functions is 'Legacy functions, triggers and views the project took over (replaced by its own version, or dropped): name (a function''s signature, "<trigger> on <table>", a view''s name), why, and definition, the statement that puts it back.';
alter table salemate.legacy_functions enable row level security;

-- The legacy tables whose rows moved: phase 1 snapshotted them and they are no longer tables in public.
create or replace function salemate.moved_legacy_tables() returns text[]
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select coalesce(array_agg(s.table_name order by s.table_name), '{}')
    from salemate.legacy_snapshot s
    left join pg_class c on c.oid = to_regclass(format('public.%I', s.table_name))
    where c.oid is null or c.relkind not in ('r', 'p', 'm')
  $$;
comment on function salemate.moved_legacy_tables() is 'Legacy tables whose rows the phases moved (in legacy_snapshot, no longer a table in public): the names a legacy function must not read or write.';

-- Whether a function body reads or writes a moved table (by name, as SQL in a body names it) or
-- sets profiles.wallet_balance, which only the ledger moves.
create or replace function salemate.touches_moved_tables(p_source text) returns boolean
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select (cardinality(m.names) > 0 and p_source ~* ('\m(' || array_to_string(m.names, '|') || ')\M'))
        or p_source ~* 'update\s+(public\.)?profiles\s+set\s[^;]*\mwallet_balance\M'
    from (select array(select regexp_replace(t, '([^a-z0-9_])', '\\\1', 'g') from unnest(salemate.moved_legacy_tables()) t) as names) m
  $$;
comment on function salemate.touches_moved_tables(text) is 'Whether a function body names a moved legacy table or sets profiles.wallet_balance (which follows the ledger).';

-- A function is the project's when its search_path is pinned to pg_catalog, pg_temp; extension members are not legacy.
create or replace function salemate.is_legacy_function(p_fn oid) returns boolean
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select not exists (select 1 from pg_proc p where p.oid = p_fn and 'search_path=pg_catalog, pg_temp' = any (coalesce(p.proconfig, '{}')))
       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p_fn and d.deptype = 'e')
  $$;
comment on function salemate.is_legacy_function(oid) is 'Whether a function is not the project''s (every function the project writes pins search_path to pg_catalog, pg_temp) nor an extension''s.';

create or replace function salemate.record_legacy_object(p_kind text, p_name text, p_action text, p_reason text, p_definition text)
  returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    -- The first record of an object is the legacy one: a re-run finds the project's own version.
    insert into salemate.legacy_functions (kind, name, action, reason, definition)
    values (p_kind, p_name, p_action, p_reason, p_definition)
    on conflict (kind, name) do nothing;
    if found then
      perform salemate.note(7, format('%s (%s)', p_name, p_kind), format('legacy %s %s %s: %s', p_kind, p_name, p_action, p_reason));
    end if;
  end
  $$;
comment on function salemate.record_legacy_object(text, text, text, text, text) is 'Records a legacy function, trigger or view the project replaces or drops (its definition, the statement that puts it back) and notes it; the first record of a name stays.';

create or replace function salemate.retire_legacy_trigger(p_trigger oid, p_reason text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    t record;
  begin
    select x.tgname, x.tgrelid::regclass as tbl, pg_get_triggerdef(x.oid) as def into t from pg_trigger x where x.oid = p_trigger;
    if not found then
      return;
    end if;
    perform salemate.record_legacy_object('trigger', format('%I on %s', t.tgname, t.tbl), 'dropped', p_reason, t.def);
    execute format('drop trigger %I on %s', t.tgname, t.tbl);
  end
  $$;
comment on function salemate.retire_legacy_trigger(oid, text) is 'Records a legacy trigger (salemate.legacy_functions, noted) and drops it.';

-- Views that read a relation or call a function (the objects to record before dropping it).
create or replace function salemate.dependent_views(p_class regclass, p_object oid) returns setof regclass
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select distinct w.ev_class::regclass
    from pg_depend d join pg_rewrite w on w.oid = d.objid
    where d.classid = 'pg_rewrite'::regclass and d.refclassid = p_class and d.refobjid = p_object and w.ev_class <> p_object
  $$;
comment on function salemate.dependent_views(regclass, oid) is 'The views whose definition reads the relation or calls the function (p_class: pg_class or pg_proc).';

-- Records a view (and, first, each view that reads it) and drops it.
create or replace function salemate.retire_legacy_view(p_view regclass, p_reason text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    v record;
    w regclass;
  begin
    for w in select salemate.dependent_views('pg_class'::regclass, p_view) loop
      perform salemate.retire_legacy_view(w, format('it reads %s, which the project dropped (%s)', p_view, p_reason));
    end loop;
    select c.relkind, c.reloptions into v from pg_class c where c.oid = p_view;
    perform salemate.record_legacy_object('view', p_view::text, 'dropped', p_reason,
      format('create %s %s%s as %s', case v.relkind when 'm' then 'materialized view' else 'view' end, p_view,
             coalesce(' with (' || array_to_string(v.reloptions, ', ') || ')', ''), pg_get_viewdef(p_view)));
    execute format('drop %s %s', case v.relkind when 'm' then 'materialized view' else 'view' end, p_view);
  end
  $$;
comment on function salemate.retire_legacy_view(regclass, text) is 'Records a legacy view (salemate.legacy_functions, noted), and each view reading it, and drops them.';

-- Records a legacy function (and each trigger that runs it, each view that calls it), drops them, then the function.
create or replace function salemate.retire_legacy_function(p_fn regprocedure, p_action text, p_reason text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    t oid;
    w regclass;
  begin
    for t in select x.oid from pg_trigger x where x.tgfoid = p_fn and not x.tgisinternal loop
      perform salemate.retire_legacy_trigger(t, format('it runs %s, which the project %s (%s)', p_fn, p_action, p_reason));
    end loop;
    for w in select salemate.dependent_views('pg_proc'::regclass, p_fn) loop
      perform salemate.retire_legacy_view(w, format('it calls %s, which the project %s (%s)', p_fn, p_action, p_reason));
    end loop;
    perform salemate.record_legacy_object('function', p_fn::text, p_action, p_reason, pg_get_functiondef(p_fn));
    execute format('drop function %s', p_fn);
  end
  $$;
comment on function salemate.retire_legacy_function(regprocedure, text, text) is 'Records a legacy function (salemate.legacy_functions, noted) with the triggers and views that use it, and drops them.';

revoke execute on function salemate.moved_legacy_tables(), salemate.touches_moved_tables(text), salemate.is_legacy_function(oid),
  salemate.record_legacy_object(text, text, text, text, text), salemate.retire_legacy_trigger(oid, text), salemate.dependent_views(regclass, oid),
  salemate.retire_legacy_function(regprocedure, text, text), salemate.retire_legacy_view(regclass, text) from public;

-- The RPCs replaced below: every function of these names that is not the project's is recorded and
-- dropped first (the same signature included: create or replace cannot change a return type or an
-- argument's name), then the project's version is made under the signature the app calls.
do $$
declare
  f record;
begin
  for f in
    select p.oid::regprocedure as fn, p.proname, x.signature,
           format('public.%s(%s)', p.proname, oidvectortypes(p.proargtypes)) = x.signature as same
    from pg_proc p
    join (values ('get_user_wallet_balance', 'public.get_user_wallet_balance(uuid)'),
                 ('add_to_wallet', 'public.add_to_wallet(uuid, numeric, text)'),
                 ('deduct_from_wallet', 'public.deduct_from_wallet(uuid, numeric, text)'),
                 ('process_payment_and_topup', 'public.process_payment_and_topup(uuid, text)'),
                 ('create_lead_request', 'public.create_lead_request(uuid, uuid, integer, numeric, text)'),
                 ('approve_purchase_request', 'public.approve_purchase_request(uuid, integer)'),
                 ('approve_purchase_request_and_assign_leads', 'public.approve_purchase_request_and_assign_leads(uuid, uuid, text)'),
                 ('assign_leads_to_user', 'public.assign_leads_to_user(uuid, uuid, integer)'),
                 ('assign_leads_to_team_member', 'public.assign_leads_to_team_member(uuid[], uuid, uuid)'),
                 ('unassign_leads', 'public.unassign_leads(uuid[], uuid)'),
                 ('rpc_reassign_lead', 'public.rpc_reassign_lead(uuid, uuid)'),
                 ('accept_team_invitation', 'public.accept_team_invitation(text)'),
                 ('reject_team_invitation', 'public.reject_team_invitation(text)'),
                 ('rpc_upload_leads', 'public.rpc_upload_leads(uuid, jsonb)'),
                 ('rpc_leads_stats', 'public.rpc_leads_stats(uuid)'),
                 ('mark_notification_read', 'public.mark_notification_read(uuid, uuid)'),
                 ('rpc_get_shop_projects', 'public.rpc_get_shop_projects()')) x(name, signature) on x.name = p.proname
    where p.pronamespace = 'public'::regnamespace and salemate.is_legacy_function(p.oid)
    order by 1
  loop
    perform salemate.retire_legacy_function(f.fn, 'replaced',
      case when f.same then format('the app calls %s: the project''s version works on the new tables (see its comment)', f.proname)
           else format('another signature than the one the app calls, %s, which the project''s version has (the app calls by argument names: PostgREST could not choose between two)', f.signature) end);
  end loop;
end
$$;

-- Everything else that reads or writes a moved table ---------------------------------------------

do $$
declare
  r record;
  moved text[] := salemate.moved_legacy_tables();
  orphaned oid[] := '{}';
  -- sql/map/app.json: RPCs of the app that the migration leaves alone.
  kept text[] := array['calculate_franchise_net_revenue', 'calculate_next_send_at', 'create_otp', 'verify_otp', 'get_crm_time_analytics'];
begin
  -- Views (outside the project's schemas) that read an archived table: they would show the frozen archive.
  for r in
    select distinct v.oid::regclass as view, a.relname as archived
    from pg_class v
    join pg_rewrite w on w.ev_class = v.oid
    join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = w.oid and d.refclassid = 'pg_class'::regclass
    join pg_class a on a.oid = d.refobjid
    where v.relkind in ('v', 'm') and a.relnamespace = 'legacy_archive'::regnamespace
      and v.relnamespace not in ('legacy_archive'::regnamespace, 'salemate'::regnamespace, 'pg_catalog'::regnamespace)
  loop
    continue when to_regclass(r.view::text) is null; -- retired already, as a reader of an earlier one
    perform salemate.retire_legacy_view(r.view, format('it reads %s, whose rows moved: it would show the archive as phase 1 left it', r.archived));
  end loop;

  -- Triggers on archived tables that write to other tables (nothing writes the archive now; they go with their purpose).
  for r in
    select x.oid, x.tgfoid::regprocedure as fn
    from pg_trigger x join pg_class c on c.oid = x.tgrelid join pg_proc p on p.oid = x.tgfoid
    where c.relnamespace = 'legacy_archive'::regnamespace and not x.tgisinternal and salemate.is_legacy_function(p.oid)
      and p.prosrc ~* '\m(insert\s+into|update|delete\s+from)\M'
  loop
    perform salemate.retire_legacy_trigger(r.oid, format('a legacy trigger on a moved table that writes elsewhere (%s)', r.fn));
    orphaned := orphaned || r.fn::oid;
  end loop;

  -- Legacy functions in public that read or write a moved table, by body or by dependency (return
  -- types, SQL-standard bodies), and the triggers that run them. Unused trigger functions of the
  -- triggers dropped above go too.
  for r in
    select p.oid::regprocedure as fn, p.proname,
           case when p.oid = any (orphaned) and salemate.touches_moved_tables(p.prosrc) is not true
                then 'its trigger on a moved table was dropped'
                when exists (select 1 from pg_depend d join pg_class a on a.oid = d.refobjid
                             where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.refclassid = 'pg_class'::regclass
                               and a.relnamespace = 'legacy_archive'::regnamespace)
                  or exists (select 1 from pg_depend d join pg_type t on t.oid = d.refobjid
                             where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.refclassid = 'pg_type'::regclass
                               and t.typnamespace = 'legacy_archive'::regnamespace)
                then 'it depends on an archived table'
                else 'it reads or writes a moved table (' || array_to_string(array(
                       select t from unnest(moved) t where p.prosrc ~* ('\m' || regexp_replace(t, '([^a-z0-9_])', '\\\1', 'g') || '\M')), ', ')
                     || case when p.prosrc ~* 'update\s+(public\.)?profiles\s+set\s[^;]*\mwallet_balance\M'
                             then case when exists (select 1 from unnest(moved) t where p.prosrc ~* ('\m' || regexp_replace(t, '([^a-z0-9_])', '\\\1', 'g') || '\M'))
                                       then ', ' else '' end || 'profiles.wallet_balance, which follows the ledger' else '' end || ')'
           end as reason
    from pg_proc p
    where p.pronamespace = 'public'::regnamespace and p.prokind in ('f', 'p') and salemate.is_legacy_function(p.oid)
      and not p.proname = any (kept)
      and (salemate.touches_moved_tables(p.prosrc)
           or exists (select 1 from pg_depend d join pg_class a on a.oid = d.refobjid
                      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.refclassid = 'pg_class'::regclass
                        and a.relnamespace = 'legacy_archive'::regnamespace)
           or exists (select 1 from pg_depend d join pg_type t on t.oid = d.refobjid
                      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.refclassid = 'pg_type'::regclass
                        and t.typnamespace = 'legacy_archive'::regnamespace)
           or (p.oid = any (orphaned) and not exists (select 1 from pg_trigger x where x.tgfoid = p.oid)))
    order by 1
  loop
    perform salemate.retire_legacy_function(r.fn, 'dropped', r.reason);
  end loop;

  -- Sign-up triggers on auth.users that make the profile themselves: the project's trigger below does.
  for r in
    select x.oid, p.oid::regprocedure as fn, p.pronamespace = 'public'::regnamespace as in_public
    from pg_trigger x join pg_proc p on p.oid = x.tgfoid
    where x.tgrelid = to_regclass('auth.users') and not x.tgisinternal and salemate.is_legacy_function(p.oid)
      and p.prosrc ~* 'insert\s+into\s+(public\.)?profiles\M'
  loop
    if r.in_public and (select count(*) from pg_trigger x where x.tgfoid = r.fn) = 1 then
      perform salemate.retire_legacy_function(r.fn, 'dropped', 'the legacy sign-up trigger made the profile alone; tg_users__create_profile makes the profile and its wallet');
    else
      perform salemate.retire_legacy_trigger(r.oid, 'the legacy sign-up trigger made the profile alone; tg_users__create_profile makes the profile and its wallet');
    end if;
  end loop;
end
$$;

-- Sign-up ------------------------------------------------------------------------------------------
-- A new auth user gets a profile (name and phone from the sign-up metadata; never a role or manager
-- from it: a user writes their own metadata) and a wallet at 0; profile preferences and the
-- derived columns follow from the profile's own triggers. An existing profile is left as it is.
-- A sign-up never fails on this: when no profile can be made (no e-mail: a phone sign-up; an
-- e-mail another profile has), none is, and the app's onboarding finishes it as before.

create or replace function salemate.tg_users__create_profile() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    made uuid;
  begin
    if new.email is null or btrim(new.email) = '' then
      return null;
    end if;
    insert into public.profiles (id, name, email, phone)
    values (new.id,
            coalesce(nullif(btrim(new.raw_user_meta_data ->> 'name'), ''), nullif(btrim(new.raw_user_meta_data ->> 'full_name'), ''),
                     split_part(new.email, '@', 1)),
            new.email,
            coalesce(nullif(btrim(new.raw_user_meta_data ->> 'phone'), ''), nullif(btrim(new.phone), '')))
    on conflict do nothing
    returning id into made;
    if made is not null then
      perform salemate.ensure_profile_wallet(made);
    end if;
    return null;
  end
  $$;
comment on function salemate.tg_users__create_profile() is 'Sign-up: makes the new auth user''s profile (name and phone from the sign-up metadata, never a role) and its wallet at 0; leaves an existing profile alone.';
revoke execute on function salemate.tg_users__create_profile() from public;

do $$
begin
  if to_regclass('auth.users') is not null then
    drop trigger if exists tg_users__create_profile on auth.users;
    create trigger tg_users__create_profile after insert on auth.users
      for each row execute function salemate.tg_users__create_profile();
  end if;
end
$$;

-- Wallet RPCs ----------------------------------------------------------------------------------------

create or replace function public.get_user_wallet_balance(p_user_id uuid) returns numeric
  language sql stable security invoker
  set search_path = pg_catalog, pg_temp
  as $$
    select coalesce((select w.balance from public.profile_wallets w where w.profile_id = p_user_id), 0)::numeric
  $$;
comment on function public.get_user_wallet_balance(uuid) is E'@behavior -*\nLegacy RPC: the balance of a wallet the caller may read (their own; finance and admins any), 0 otherwise. New code reads profileWalletByProfileId.';

-- Definer: a signed-in user may not write purchase entries themselves. The caller pays from their
-- own wallet only (the service role for anyone); the ledger moves the balance, and its guard
-- refuses a debit below zero.
create or replace function public.deduct_from_wallet(p_user_id uuid, p_amount numeric, p_description text default 'Lead purchase')
  returns jsonb
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    wallet public.profile_wallets;
    entry uuid;
    after numeric;
    what text := coalesce(nullif(btrim(p_description), ''), 'Lead purchase');
  begin
    if salemate.is_api_request() and (me is null or p_user_id is distinct from me) then
      raise exception 'You can only pay from your own wallet.' using errcode = '42501',
        hint = 'Pass your own profile id as p_user_id.';
    end if;
    if p_amount is null or p_amount <= 0 or p_amount <> round(p_amount, 2) or p_amount >= 1e12 then
      return jsonb_build_object('success', false, 'error', 'The amount must be more than 0 EGP, with at most two decimals.');
    end if;
    if not exists (select 1 from public.profiles p where p.id = p_user_id) then
      return jsonb_build_object('success', false, 'error', 'User profile not found');
    end if;
    select w.* into wallet from public.profile_wallets w where w.id = salemate.ensure_profile_wallet(p_user_id) for update;
    if wallet.balance < p_amount then
      return jsonb_build_object('success', false,
        'error', format('Insufficient funds. Balance: %s %s, Required: %s %s', wallet.balance, wallet.currency, p_amount, wallet.currency));
    end if;
    insert into public.profile_wallet_ledger (profile_id, wallet_id, entry_type, amount, source, status, description, metadata)
    values (p_user_id, wallet.id, 'purchase', -p_amount, 'app', 'completed', what, jsonb_build_object('rpc', 'deduct_from_wallet'))
    returning ledger_id into entry;
    select w.balance into after from public.profile_wallets w where w.id = wallet.id;
    return jsonb_build_object('success', true, 'previous_balance', wallet.balance, 'new_balance', after,
                              'deducted_amount', p_amount, 'description', what, 'ledger_entry_id', entry);
  end
  $$;
comment on function public.deduct_from_wallet(uuid, numeric, text) is E'@behavior -*\nLegacy RPC: debits the caller''s own wallet (the service role: anyone''s) by one completed purchase entry of the ledger. Returns {success, previous_balance, new_balance, deducted_amount, ledger_entry_id}, or {success: false, error} when the wallet cannot pay. New code buys with purchaseLeads, which debits and delivers in one step.';

-- Definer for the same reason. Who may credit: the service role (the app's purchase-leads edge
-- function refunding a failed purchase: a refund) and finance and admins another's wallet (an
-- adjustment, as createProfileWalletLedger). Nobody credits their own wallet: the old checkout's
-- self-refund after a failed purchase request is refused, and the app's own branch for that case
-- asks the buyer to contact support (a payment it cannot prove unused is finance's to refund).
create or replace function public.add_to_wallet(p_user_id uuid, p_amount numeric, p_description text default 'Wallet credit')
  returns jsonb
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    backend boolean := not salemate.is_api_request();
    what text := coalesce(nullif(btrim(p_description), ''), 'Wallet credit');
    wallet public.profile_wallets;
    entry uuid;
    after numeric;
  begin
    if not backend and (me is null or p_user_id is not distinct from me
                        or not (salemate.has_role('finance') or salemate.has_role('admin'))) then
      raise exception '%', case when p_user_id is not distinct from me and me is not null
                                then 'You cannot credit your own wallet.' else 'Only finance staff or admins credit a wallet.' end
        using errcode = '42501', hint = 'Top up with requestWalletTopup; finance approves it. A payment to refund: ask finance.';
    end if;
    if p_amount is null or p_amount <= 0 or p_amount <> round(p_amount, 2) or p_amount >= 1e12 then
      return jsonb_build_object('success', false, 'error', 'The amount must be more than 0 EGP, with at most two decimals.');
    end if;
    if not exists (select 1 from public.profiles p where p.id = p_user_id) then
      return jsonb_build_object('success', false, 'error', 'User profile not found');
    end if;
    select w.* into wallet from public.profile_wallets w where w.id = salemate.ensure_profile_wallet(p_user_id) for update;
    insert into public.profile_wallet_ledger (profile_id, wallet_id, entry_type, amount, source, status, description, metadata)
    values (p_user_id, wallet.id, case when backend then 'refund' else 'adjustment' end, p_amount, case when backend then 'app' else 'admin' end,
            'completed', what, jsonb_build_object('rpc', 'add_to_wallet'))
    returning ledger_id into entry;
    select w.balance into after from public.profile_wallets w where w.id = wallet.id;
    return jsonb_build_object('success', true, 'previous_balance', wallet.balance, 'new_balance', after,
                              'credited_amount', p_amount, 'entry_type', case when backend then 'refund' else 'adjustment' end,
                              'ledger_entry_id', entry);
  end
  $$;
comment on function public.add_to_wallet(uuid, numeric, text) is E'@behavior -*\nLegacy RPC: credits a wallet with one completed ledger entry: the service role (a refund) or finance and admins another''s wallet (an adjustment); nobody their own. Returns {success, new_balance, ledger_entry_id}. New code: createProfileWalletLedger (finance adjustments).';

-- Definer: completing a payment credits a wallet. The gateway's webhook (the service role),
-- finance and admins complete a payment; its payer (finance and admins included) may only mark
-- their own pending payment failed or cancelled (a payer confirming their own would mint money). A wallet top-up credits
-- the wallet once: one completed topup entry referencing the payment (source gateway); the top-up
-- request it pays for, if any and pending, becomes approved.
create or replace function public.process_payment_and_topup(p_transaction_id uuid, p_status text)
  returns jsonb
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    staff boolean := not salemate.is_api_request() or salemate.has_role('finance') or salemate.has_role('admin');
    wanted text := lower(btrim(p_status));
    pay public.profile_payment_transactions;
    wallet public.profile_wallets;
    credited boolean := false;
  begin
    if wanted = 'canceled' then
      wanted := 'cancelled';
    end if;
    if wanted is null or wanted not in ('completed', 'failed', 'cancelled') then
      return jsonb_build_object('success', false, 'error', format('Unknown payment status %s: completed, failed or cancelled.', coalesce(p_status, 'null')));
    end if;
    select t.* into pay from public.profile_payment_transactions t where t.id = p_transaction_id for update;
    if not found or not (staff or pay.profile_id = me) then
      return jsonb_build_object('success', false, 'error', 'Transaction not found');
    end if;
    if wanted = 'completed' and (not staff or pay.profile_id = me) then
      raise exception 'A payment is confirmed by the payment gateway, not by the payer.' using errcode = '42501',
        hint = 'The gateway''s webhook completes the payment and credits the wallet.';
    end if;
    if pay.status in ('completed', 'failed', 'cancelled', 'refunded') then
      return jsonb_build_object('success', true, 'message', 'Transaction already processed', 'transaction_id', pay.id, 'status', pay.status);
    end if;

    update public.profile_payment_transactions t
    set status = wanted, completed_at = case when wanted = 'completed' then now() else t.completed_at end
    where t.id = pay.id;

    if wanted = 'completed' and coalesce(pay.transaction_type, 'wallet_topup') = 'wallet_topup' and pay.amount > 0 then
      select w.* into wallet from public.profile_wallets w where w.id = salemate.ensure_profile_wallet(pay.profile_id) for update;
      if not exists (select 1 from public.profile_wallet_ledger l
                     where l.reference_type = 'payment_transaction' and l.reference_id = pay.id and l.status = 'completed' and l.amount > 0) then
        insert into public.profile_wallet_ledger (profile_id, wallet_id, entry_type, amount, source, status, description,
                                                  reference_type, reference_id, metadata)
        values (pay.profile_id, wallet.id, 'topup', round(pay.amount, 2), 'gateway', 'completed',
                format('Wallet top-up via %s', coalesce(nullif(btrim(pay.payment_method), ''), pay.gateway)), 'payment_transaction', pay.id,
                jsonb_build_object('rpc', 'process_payment_and_topup', 'gateway', pay.gateway));
        credited := true;
      end if;
      if pay.reference_id is not null then
        update public.wallet_topup_requests r
        set status = 'approved', validated_at = now(), payment_transaction_id = pay.id, wallet_id = wallet.id,
            admin_notes = concat_ws(' ', r.admin_notes, format('[Paid through the gateway: payment %s credited the wallet.]', pay.id))
        where r.id = pay.reference_id and r.user_id = pay.profile_id and r.status = 'pending';
      end if;
    end if;
    return jsonb_build_object('success', true, 'transaction_id', pay.id, 'status', wanted, 'wallet_credited', credited,
                              'new_balance', (select w.balance from public.profile_wallets w where w.profile_id = pay.profile_id));
  end
  $$;
comment on function public.process_payment_and_topup(uuid, text) is E'@behavior -*\nLegacy RPC: the payment gateway''s webhook (service role), finance or an admin complete a payment (a wallet top-up credits the wallet once, source gateway); the payer may only mark their own pending payment failed or cancelled. Returns {success, status, wallet_credited}.';

-- Purchase RPCs ---------------------------------------------------------------------------------------

-- The oldest stock leads of a project (or batch) handed to a buyer for a purchase transaction: the
-- same stock and price rule as purchase_leads (leads unsold with no buyer, owner or assignee; the
-- batch's price, else the project's), locked with skip locked, all or none.
create or replace function salemate.deliver_stock_leads(p_transaction uuid, p_buyer uuid, p_project uuid, p_batch uuid, p_quantity int, p_actor uuid)
  returns uuid[]
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    picked uuid[];
    n int;
  begin
    select coalesce(array_agg(s.id order by s.created_at, s.id), '{}') into picked
    from (
      select l.id, l.created_at from public.leads l
      where l.project_id = p_project and (p_batch is null or l.batch_id = p_batch)
        and not l.is_sold and l.buyer_user_id is null and l.owner_id is null and l.assigned_to_id is null
      order by l.created_at, l.id
      limit p_quantity
      for update of l skip locked
    ) s;
    n := cardinality(picked);
    if n < p_quantity then
      raise exception 'Only % % of this project % available; the purchase is for %.', n, case when n = 1 then 'lead' else 'leads' end,
        case when n = 1 then 'is' else 'are' end, p_quantity
        using errcode = 'P0001', hint = 'Upload more leads for the project (ingestLeadBatch) or reject the request.';
    end if;
    update public.leads l set
      is_sold = true, sold_at = now(), buyer_user_id = p_buyer, owner_id = p_buyer, assigned_to_id = p_buyer, assigned_at = now(),
      cpl_price = round(coalesce((select b.cpl_price from public.lead_batches b where b.id = l.batch_id),
                                 (select p.price_per_lead from public.inventory_projects p where p.id = l.project_id)), 2),
      stage = coalesce(l.stage, 'New Lead')
    where l.id = any (picked);
    insert into public.lead_purchase_items (transaction_id, lead_id, unit_price)
    select p_transaction, l.id, coalesce(l.cpl_price, 0) from public.leads l where l.id = any (picked);
    insert into public.lead_events (lead_id, actor_profile_id, event_type, payload)
    select l.id, p_actor, 'purchased', jsonb_build_object('transaction_id', p_transaction, 'price', l.cpl_price, 'currency', 'EGP')
    from public.leads l where l.id = any (picked);
    return picked;
  end
  $$;
comment on function salemate.deliver_stock_leads(uuid, uuid, uuid, uuid, int, uuid) is 'Hands the oldest stock leads of a project (or batch) to a buyer for a purchase: sold to them (buyer, owner, assignee), linked to the transaction, a purchased event each; all or none.';
revoke execute on function salemate.deliver_stock_leads(uuid, uuid, uuid, uuid, int, uuid) from public;

-- Invoker: request_leads decides, as the caller. The price the app sends is not used: the
-- project's price per lead makes the estimate.
create or replace function public.create_lead_request(p_user_id uuid, p_project_id uuid, p_requested_quantity integer,
    p_price_per_lead numeric, p_user_notes text default null)
  returns uuid
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if p_user_id is distinct from salemate.current_profile_id() then
      raise exception 'You can only request leads for yourself.' using errcode = '42501', hint = 'Pass your own profile id as p_user_id.';
    end if;
    return (public.request_leads(p_project_id, p_requested_quantity, p_user_notes)).transaction_id;
  end
  $$;
comment on function public.create_lead_request(uuid, uuid, integer, numeric, text) is E'@behavior -*\nLegacy RPC: the caller asks for leads of a project (requestLeads); returns the request''s id. The estimate uses the project''s price, not p_price_per_lead.';

-- Definer: a reviewer may not hand out leads with their own rights (buyers own them afterwards).
create or replace function public.approve_purchase_request(request_id uuid, lead_quantity integer default null)
  returns json
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    tx public.lead_transactions;
    delivered uuid[];
  begin
    if salemate.is_api_request() and not (salemate.has_role('finance') or salemate.has_role('admin')) then
      raise exception 'Only finance staff or admins approve purchase requests.' using errcode = '42501',
        hint = 'Ask finance to review the request.';
    end if;
    select t.* into tx from public.lead_transactions t
    where t.transaction_id = approve_purchase_request.request_id and t.transaction_type = 'purchase'
    for update;
    if not found or tx.status <> 'pending' then
      return json_build_object('success', false, 'error', 'Purchase request not found or already processed');
    end if;
    if tx.profile_id = me then
      raise exception 'You cannot approve your own purchase request.' using errcode = '42501',
        hint = 'Another finance staff member or an admin must review it.';
    end if;
    if approve_purchase_request.lead_quantity is not null and approve_purchase_request.lead_quantity <> tx.quantity then
      return json_build_object('success', false, 'error', format('The request is for %s leads, not %s.', tx.quantity, approve_purchase_request.lead_quantity));
    end if;
    if tx.project_id is null or tx.profile_id is null then
      return json_build_object('success', false, 'error', 'The request names no project or no buyer: reject it instead.');
    end if;
    begin
      delivered := salemate.deliver_stock_leads(tx.transaction_id, tx.profile_id, tx.project_id, tx.batch_id, tx.quantity, me);
    exception when sqlstate 'P0001' then
      return json_build_object('success', false, 'error', sqlerrm);
    end;
    update public.lead_transactions t
    set status = 'fulfilled', approved_by = me, approved_at = now(), fulfilled_at = now()
    where t.transaction_id = tx.transaction_id;
    return json_build_object('success', true, 'request_id', tx.transaction_id, 'leads_assigned', cardinality(delivered), 'lead_ids', to_json(delivered));
  end
  $$;
comment on function public.approve_purchase_request(uuid, integer) is E'@behavior -*\nLegacy RPC: finance or an admin approve a pending purchase (paid by receipt, outside the wallet): its quantity of the oldest stock leads of the project become the buyer''s, and the purchase becomes fulfilled. Returns {success, leads_assigned, lead_ids} or {success: false, error}. Nobody approves their own.';

create or replace function public.approve_purchase_request_and_assign_leads(p_request_id uuid, p_admin_id uuid, p_admin_notes text default null)
  returns jsonb
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    result json;
  begin
    if salemate.is_api_request() and p_admin_id is distinct from salemate.current_profile_id() then
      raise exception 'p_admin_id must be your own profile id.' using errcode = '42501', hint = 'The approval is recorded as yours.';
    end if;
    result := public.approve_purchase_request(p_request_id);
    if (result ->> 'success')::boolean and nullif(btrim(p_admin_notes), '') is not null then
      update public.lead_transactions t set admin_notes = btrim(p_admin_notes) where t.transaction_id = p_request_id;
    end if;
    return result::jsonb;
  end
  $$;
comment on function public.approve_purchase_request_and_assign_leads(uuid, uuid, text) is E'@behavior -*\nLegacy RPC: approve_purchase_request, with the reviewer''s notes; p_admin_id must be the caller.';

-- Definer: only admins (and the service role) hand over leads without a payment; a buyer buys them
-- with purchase_leads. The handover is recorded as a fulfilled purchase of amount 0, source admin.
create or replace function public.assign_leads_to_user(user_id uuid, project_id uuid, quantity integer)
  returns jsonb
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    project public.inventory_projects;
    tx public.lead_transactions;
    delivered uuid[];
  begin
    if salemate.is_api_request() and not salemate.has_role('admin') then
      raise exception 'Only admins hand leads to a user; buyers buy them.' using errcode = '42501',
        hint = 'Buy leads with purchaseLeads: the wallet pays and the leads are yours in one step.';
    end if;
    if assign_leads_to_user.quantity is null or assign_leads_to_user.quantity not between 1 and 500 then
      return jsonb_build_object('success', false, 'error', 'Hand over between 1 and 500 leads at a time.');
    end if;
    select p.* into project from public.inventory_projects p where p.id = assign_leads_to_user.project_id;
    if not found or not exists (select 1 from public.profiles p where p.id = assign_leads_to_user.user_id) then
      return jsonb_build_object('success', false, 'error', 'Project or user not found');
    end if;
    insert into public.lead_transactions (transaction_type, profile_id, project_id, project_name, quantity, amount, currency, status,
                                          source, notes, approved_by, approved_at, fulfilled_at)
    values ('purchase', assign_leads_to_user.user_id, project.id, project.name, assign_leads_to_user.quantity, 0, 'EGP', 'fulfilled',
            'admin', 'Handed over by an admin (assign_leads_to_user)', me, now(), now())
    returning * into tx;
    begin
      delivered := salemate.deliver_stock_leads(tx.transaction_id, assign_leads_to_user.user_id, project.id, null, assign_leads_to_user.quantity, me);
    exception when sqlstate 'P0001' then
      delete from public.lead_transactions t where t.transaction_id = tx.transaction_id;
      return jsonb_build_object('success', false, 'error', sqlerrm);
    end;
    return jsonb_build_object('success', true, 'assigned_count', cardinality(delivered), 'lead_ids', to_jsonb(delivered), 'transaction_id', tx.transaction_id);
  end
  $$;
comment on function public.assign_leads_to_user(uuid, uuid, integer) is E'@behavior -*\nLegacy RPC: an admin (or the service role) hands a user N stock leads of a project, recorded as a fulfilled purchase of 0 EGP (source admin). Anyone else is refused: buyers buy with purchaseLeads.';

-- Assignment RPCs -------------------------------------------------------------------------------------

-- A handover by the service role (the app's edge functions), which has no profile for transfer_lead
-- to check: the same three writes, transferred_by empty.
create or replace function salemate.hand_over_lead(p_lead uuid, p_to uuid, p_reason text) returns public.lead_transfers
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    l public.leads;
    transfer public.lead_transfers;
  begin
    select x.* into l from public.leads x where x.id = p_lead for update;
    if not found then
      perform salemate.raise_lead_not_found();
    end if;
    if not exists (select 1 from public.profiles p where p.id = p_to and p.status = 'active') then
      raise exception 'You can transfer a lead only to an active SaleMate user.' using errcode = 'P0001', hint = 'Check the profile id.';
    end if;
    if l.assigned_to_id is not distinct from p_to then
      raise exception 'The lead is already assigned to them.' using errcode = 'P0001', hint = 'Pick someone else, or leave the lead where it is.';
    end if;
    insert into public.lead_transfers (lead_id, from_profile_id, to_profile_id, reason)
    values (l.id, l.assigned_to_id, p_to, nullif(btrim(p_reason), ''))
    returning * into transfer;
    update public.leads x set assigned_to_id = p_to, assigned_at = now() where x.id = l.id;
    insert into public.lead_events (lead_id, event_type, payload)
    values (l.id, 'transferred', jsonb_strip_nulls(jsonb_build_object(
      'transfer_id', transfer.transfer_id, 'from_profile_id', l.assigned_to_id, 'to_profile_id', p_to, 'reason', nullif(btrim(p_reason), ''))));
    return transfer;
  end
  $$;
comment on function salemate.hand_over_lead(uuid, uuid, text) is 'A lead handed to a colleague by the service role: lead_transfers row, new assignee, transferred event (transfer_lead''s writes, without its caller checks, which need a profile).';
revoke execute on function salemate.hand_over_lead(uuid, uuid, text) from public;
grant execute on function salemate.hand_over_lead(uuid, uuid, text) to service_role;

-- Invoker: transfer_lead decides who may hand which lead to whom.
create or replace function public.assign_leads_to_team_member(p_lead_ids uuid[], p_manager_id uuid, p_assignee_id uuid)
  returns jsonb
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    lead uuid;
    done int := 0;
    refused text;
  begin
    if salemate.is_api_request() and p_manager_id is distinct from me then
      raise exception 'p_manager_id must be your own profile id.' using errcode = '42501', hint = 'Leads are handed over as you.';
    end if;
    foreach lead in array array(select distinct x from unnest(coalesce(p_lead_ids, '{}')) x where x is not null) loop
      begin
        if salemate.is_api_request() then
          perform public.transfer_lead(lead, p_assignee_id, null);
        else
          perform salemate.hand_over_lead(lead, p_assignee_id, null);
        end if;
        done := done + 1;
      exception when sqlstate 'P0001' then
        refused := coalesce(refused, sqlerrm);
      end;
    end loop;
    if done = 0 and refused is not null then
      raise exception '%', refused using errcode = 'P0001', hint = 'No lead was assigned.';
    end if;
    return jsonb_build_object('success', true, 'updated_count', done,
                              'assignee_name', (select p.name from public.profiles p where p.id = p_assignee_id));
  end
  $$;
comment on function public.assign_leads_to_team_member(uuid[], uuid, uuid) is E'@behavior -*\nLegacy RPC: transfers each lead to the team member (transferLead''s rules, as the caller; p_manager_id must be the caller); leads the caller may not transfer are skipped, and when none could be the first refusal is raised. Returns {success, updated_count, assignee_name}.';

-- Definer: an assignee changes only through the workflows (the leads guard refuses a direct
-- write). Who may unassign: the lead's owner or buyer, a manager of one of them, an admin (the
-- legacy rule: the manager the lead belongs to); the service role any. A lead is unassigned only
-- when it keeps an owner or buyer (an unassigned lead without either would be shop stock).
create or replace function public.unassign_leads(p_lead_ids uuid[], p_manager_id uuid)
  returns jsonb
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    freed jsonb;
  begin
    if salemate.is_api_request() and p_manager_id is distinct from me then
      raise exception 'p_manager_id must be your own profile id.' using errcode = '42501', hint = 'Leads are unassigned as you.';
    end if;
    with target as (
      select l.id, l.assigned_to_id as was from public.leads l
      where l.id = any (coalesce(p_lead_ids, '{}')) and l.assigned_to_id is not null
        and (l.owner_id is not null or l.buyer_user_id is not null)
        and (not salemate.is_api_request() or salemate.has_role('admin') or me in (l.owner_id, l.buyer_user_id)
             or salemate.manages_profile(l.owner_id) or salemate.manages_profile(l.buyer_user_id))
      for update
    ), changed as (
      update public.leads l set assigned_to_id = null, assigned_at = null
      from target t where l.id = t.id
      returning l.id, t.was
    )
    select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'was', c.was)), '[]') into freed from changed c;
    insert into public.lead_events (lead_id, actor_profile_id, event_type, payload)
    select (x ->> 'id')::uuid, me, 'unassigned', jsonb_build_object('from_profile_id', x ->> 'was')
    from jsonb_array_elements(freed) x;
    return jsonb_build_object('success', true, 'updated_count', jsonb_array_length(freed));
  end
  $$;
comment on function public.unassign_leads(uuid[], uuid) is E'@behavior -*\nLegacy RPC: clears the assignee of the leads the caller owns or bought or manages the owner or buyer of (admins: any) and that keep an owner or buyer, with an unassigned event each; p_manager_id must be the caller. Returns {success, updated_count}.';

create or replace function public.rpc_reassign_lead(lead_id uuid, to_user_id uuid)
  returns json
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_api_request() then
      perform public.transfer_lead(rpc_reassign_lead.lead_id, rpc_reassign_lead.to_user_id, null);
    else
      perform salemate.hand_over_lead(rpc_reassign_lead.lead_id, rpc_reassign_lead.to_user_id, null);
    end if;
    return json_build_object('lead_id', rpc_reassign_lead.lead_id, 'new_owner_id', rpc_reassign_lead.to_user_id, 'status', 'reassigned');
  end
  $$;
comment on function public.rpc_reassign_lead(uuid, uuid) is E'@behavior -*\nLegacy RPC (the assign_leads edge function, as the service role): the lead gets a new assignee, recorded as a transfer; a signed-in caller follows transferLead''s rules. The owner and buyer stay (the legacy function changed the buyer).';

-- Invitation RPCs -------------------------------------------------------------------------------------

create or replace function public.accept_team_invitation(invitation_token text)
  returns json
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    membership public.team_memberships;
  begin
    membership := public.accept_team_invite(invitation_token);
    return json_build_object('success', true, 'team_id', membership.team_id, 'role', membership.role,
                             'manager_id', (select t.owner_profile_id from public.teams t where t.id = membership.team_id),
                             'message', 'Successfully joined team');
  exception when sqlstate 'P0001' then
    return json_build_object('success', false, 'error', sqlerrm);
  end
  $$;
comment on function public.accept_team_invitation(text) is E'@behavior -*\nLegacy RPC: the invitee accepts (acceptTeamInvite) and becomes an active member of the team. Returns {success, team_id, manager_id} or {success: false, error}.';

create or replace function public.reject_team_invitation(invitation_token text)
  returns json
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    perform public.decline_team_invite(invitation_token);
    return json_build_object('success', true);
  exception when sqlstate 'P0001' then
    return json_build_object('success', false, 'error', sqlerrm);
  end
  $$;
comment on function public.reject_team_invitation(text) is E'@behavior -*\nLegacy RPC: the invitee declines (declineTeamInvite). Returns {success} or {success: false, error}.';

-- Lead RPCs ---------------------------------------------------------------------------------------------

-- The app sends a JSON array. Leads without a name or phone, and phones the project already has (or
-- that repeat in the upload), are skipped as the legacy function did; the rest go through
-- ingest_lead_batch as the caller, which lets admins only. The service role has no profile to
-- stand as the batch's uploader and is refused (the app's admin client then inserts the leads itself).
create or replace function public.rpc_upload_leads(project_id uuid, leads_data jsonb)
  returns json
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    given int := case when jsonb_typeof(leads_data) = 'array' then jsonb_array_length(leads_data) else 0 end;
    kept jsonb;
    n int;
    batch public.lead_batches;
  begin
    if not salemate.is_api_request() then
      raise exception 'A lead batch needs the admin who uploads it: call rpc_upload_leads signed in as an admin.' using errcode = 'P0001',
        hint = 'Use ingestLeadBatch as an admin.';
    end if;
    if jsonb_typeof(leads_data) is distinct from 'array' then
      raise exception 'leads_data must be a JSON array of leads.' using errcode = 'P0001',
        hint = 'Send [{"client_name": "...", "client_phone": "..."}, ...].';
    end if;
    select coalesce(jsonb_agg(x.lead order by x.ord), '[]') into kept
    from (
      select e.ord,
             jsonb_strip_nulls(jsonb_build_object(
               'client_name', btrim(e.v ->> 'client_name'), 'client_phone', btrim(e.v ->> 'client_phone'),
               'client_phone2', e.v ->> 'client_phone2', 'client_phone3', e.v ->> 'client_phone3', 'client_email', e.v ->> 'client_email',
               'client_job_title', e.v ->> 'client_job_title', 'company_name', e.v ->> 'company_name',
               'budget', case when jsonb_typeof(e.v -> 'budget') = 'number' then e.v -> 'budget' end,
               'platform', (select t.x::text from unnest(enum_range(null::public.platform_type)) t(x)
                            where lower(t.x::text) = lower(btrim(coalesce(e.v ->> 'platform', e.v ->> 'source')))),
               'source', coalesce(nullif(btrim(e.v ->> 'source'), ''), 'csv_upload'))) as lead,
             row_number() over (partition by btrim(e.v ->> 'client_phone') order by e.ord) as nth
      from jsonb_array_elements(leads_data) with ordinality e(v, ord)
      where jsonb_typeof(e.v) = 'object' and nullif(btrim(e.v ->> 'client_name'), '') is not null
        and nullif(btrim(e.v ->> 'client_phone'), '') is not null
        and not exists (select 1 from public.leads l where l.project_id = rpc_upload_leads.project_id
                                                       and l.client_phone = btrim(e.v ->> 'client_phone'))
    ) x
    where x.nth = 1;
    n := jsonb_array_length(kept);
    if n > 0 then
      batch := public.ingest_lead_batch(rpc_upload_leads.project_id,
                                        format('Upload %s', to_char(now() at time zone 'Africa/Cairo', 'YYYY-MM-DD HH24:MI')), kept);
    end if;
    return json_build_object('success', true, 'project_id', rpc_upload_leads.project_id, 'batch_id', batch.id,
                             'uploaded_count', n, 'total_attempted', given, 'skipped', given - n);
  end
  $$;
comment on function public.rpc_upload_leads(uuid, jsonb) is E'@behavior -*\nLegacy RPC: an admin uploads leads for a project as one batch, on sale at once (ingestLeadBatch); leads without a name or phone, or whose phone the project already has, are skipped. Returns {success, batch_id, uploaded_count, skipped}. The service role is refused: a batch needs its uploader.';

create or replace function public.rpc_leads_stats(for_user uuid)
  returns json
  language sql stable security invoker
  set search_path = pg_catalog, pg_temp
  as $$
    select json_build_object(
      'total_leads', count(*),
      'new_leads', count(*) filter (where l.stage = 'New Lead'),
      'potential_leads', count(*) filter (where l.stage = 'Potential'),
      'hot_leads', count(*) filter (where l.stage = 'Hot Case'),
      'meeting_done', count(*) filter (where l.stage = 'Meeting Done'),
      'no_answer', count(*) filter (where l.stage = 'No Answer'),
      'call_back', count(*) filter (where l.stage = 'Call Back'),
      'whatsapp', count(*) filter (where l.stage = 'Whatsapp'),
      'wrong_number', count(*) filter (where l.stage = 'Wrong Number'),
      'non_potential', count(*) filter (where l.stage = 'Non Potential'),
      'conversion_rate', case when count(*) > 0
                              then round(count(*) filter (where l.stage = 'Meeting Done')::numeric / count(*) * 100, 2) else 0 end)
    from public.leads l
    where l.buyer_user_id = for_user
  $$;
comment on function public.rpc_leads_stats(uuid) is E'@behavior -*\nLegacy RPC: counts per stage of the leads a user bought, among those the caller may see. New code reads leadStageCounts.';

create or replace function public.mark_notification_read(p_notification_id uuid, p_profile_id uuid)
  returns boolean
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_api_request() and p_profile_id is distinct from salemate.current_profile_id() then
      raise exception 'You can only mark your own notifications read.' using errcode = '42501', hint = 'Pass your own profile id.';
    end if;
    update public.activity_notifications n set status = 'read', read_at = now()
    where n.notification_id = p_notification_id and n.profile_id = p_profile_id and n.status <> 'read';
    return found;
  end
  $$;
comment on function public.mark_notification_read(uuid, uuid) is E'@behavior -*\nLegacy RPC: marks one of the caller''s notifications read; true when it changed. New code: updateActivityNotification.';

create or replace function public.rpc_get_shop_projects()
  returns table (id uuid, name text, developer text, region text, description text, price_per_lead numeric, available_leads numeric,
                 created_at timestamptz, updated_at timestamptz)
  language sql stable security invoker
  set search_path = pg_catalog, pg_temp
  as $$
    select p.id, p.name, p.developer, p.region, p.description, s.price_per_lead, s.available_leads::numeric, p.created_at, p.updated_at
    from public.shop_projects s join public.inventory_projects p on p.id = s.project_id
    where s.available_leads > 0
    order by s.available_leads desc, p.name
  $$;
comment on function public.rpc_get_shop_projects() is E'@behavior -*\nLegacy RPC: the projects with leads for sale now, in the legacy projects shape; available_leads is the shop''s live count. New code reads shopProjects.';

-- Who calls what: the frontend (authenticated) and the edge functions (service role), as the app did.
do $$
declare
  f text;
begin
  foreach f in array array[
    'public.get_user_wallet_balance(uuid)', 'public.deduct_from_wallet(uuid, numeric, text)', 'public.add_to_wallet(uuid, numeric, text)',
    'public.process_payment_and_topup(uuid, text)', 'public.create_lead_request(uuid, uuid, integer, numeric, text)',
    'public.approve_purchase_request(uuid, integer)', 'public.approve_purchase_request_and_assign_leads(uuid, uuid, text)',
    'public.assign_leads_to_user(uuid, uuid, integer)', 'public.assign_leads_to_team_member(uuid[], uuid, uuid)',
    'public.unassign_leads(uuid[], uuid)', 'public.rpc_reassign_lead(uuid, uuid)', 'public.accept_team_invitation(text)',
    'public.reject_team_invitation(text)', 'public.rpc_upload_leads(uuid, jsonb)', 'public.rpc_leads_stats(uuid)',
    'public.mark_notification_read(uuid, uuid)', 'public.rpc_get_shop_projects()']
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;

-- Compatibility-view writes the guide documents -----------------------------------------------------
-- These supersede phase 2's versions: an API user may insert only the columns granted to them,
-- and an entry the old app writes into wallet_transactions as finance or an admin is their
-- adjustment (the only entry staff record by hand: phase 2's policy), its legacy type kept in
-- metadata.legacy. Anyone else's insert is refused by that policy (42501). The service role and
-- the migration keep writing every column, as before.

create or replace function salemate.tg_wallet_transactions__instead_of_insert() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    n record;
    entry public.profile_wallet_ledger;
    status text := salemate.normalise_ledger_status(new.status);
  begin
    n := salemate.normalise_wallet_entry(new.type, new.amount, new.credit, new.debit);
    if n.reject_reason is not null then
      raise exception 'wallet_transactions row refused: %', n.reject_reason using errcode = 'check_violation';
    end if;
    if new.status is not null and status is null then
      raise exception 'wallet_transactions row refused: unknown status %', new.status using errcode = 'check_violation';
    end if;
    if salemate.is_end_user() then
      insert into public.profile_wallet_ledger (profile_id, wallet_id, entry_type, amount, status, description, reference_type, reference_id, metadata)
      values (new.user_id, new.wallet_id, 'adjustment', n.amount, status, new.description, new.reference_type, new.reference_id,
              coalesce(new.metadata, '{}') || jsonb_build_object('legacy', jsonb_build_object('type', new.type, 'entry_type', n.entry_type)))
      returning * into entry;
    else
      insert into public.profile_wallet_ledger (ledger_id, profile_id, wallet_id, entry_type, amount, source, status, description,
                                                reference_type, reference_id, metadata, created_at, updated_at)
      values (coalesce(new.id, gen_random_uuid()), new.user_id, new.wallet_id, n.entry_type, n.amount, 'app', status, new.description,
              new.reference_type, new.reference_id, coalesce(new.metadata, '{}'), coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
      returning * into entry;
    end if;
    new.id := entry.ledger_id; new.wallet_id := entry.wallet_id; new.status := entry.status;
    new.created_at := entry.created_at; new.updated_at := entry.updated_at;
    return new;
  end
  $$;

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
    if salemate.is_end_user() then
      insert into public.profile_payment_transactions (id, profile_id, amount, currency, payment_method, gateway, gateway_transaction_id,
        gateway_payment_intent_id, status, transaction_type, reference_id, metadata, test_mode)
      values (coalesce(new.id, gen_random_uuid()), new.user_id, new.amount, coalesce(upper(btrim(new.currency)), 'EGP'), new.payment_method,
              new.gateway, new.gateway_transaction_id, new.gateway_payment_intent_id,
              coalesce(salemate.normalise_payment_status(new.status), 'pending'), new.transaction_type, new.reference_id,
              coalesce(new.metadata, '{}'), coalesce(new.test_mode, true))
      returning * into t;
    else
      insert into public.profile_payment_transactions (id, profile_id, amount, currency, payment_method, gateway, gateway_transaction_id,
        gateway_payment_intent_id, status, transaction_type, reference_id, metadata, error_message, test_mode, created_at, updated_at, completed_at)
      values (coalesce(new.id, gen_random_uuid()), new.user_id, new.amount, coalesce(upper(btrim(new.currency)), 'EGP'), new.payment_method,
              new.gateway, new.gateway_transaction_id, new.gateway_payment_intent_id,
              coalesce(salemate.normalise_payment_status(new.status), 'pending'), new.transaction_type, new.reference_id,
              coalesce(new.metadata, '{}'), new.error_message, coalesce(new.test_mode, true),
              coalesce(new.created_at, now()), coalesce(new.updated_at, now()), new.completed_at)
      returning * into t;
    end if;
    new.id := t.id; new.currency := t.currency; new.status := t.status; new.test_mode := t.test_mode;
    new.created_at := t.created_at; new.updated_at := t.updated_at;
    return new;
  end
  $$;
