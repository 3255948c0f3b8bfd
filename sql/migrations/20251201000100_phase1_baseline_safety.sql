-- Phase 1 of the SaleMate refactor: baseline and safety.
--
-- Before anything changes, this phase
--   * records a snapshot of the legacy schema (every column) and data (row count and checksum
--     of every legacy table) in salemate.legacy_snapshot;
--   * moves every legacy table that a later phase consolidates into the schema legacy_archive,
--     untouched: that archive is the data snapshot the later phases backfill from and
--     `salemate verify` compares against, and it costs no copy;
--   * leaves a pass-through view under each moved name (security_invoker, automatically
--     updatable), so the running app reads and writes exactly as before;
--   * creates the bookkeeping tables (rejects, notes, settings) and the RLS helper functions
--     every later phase uses.
-- Running it again changes nothing.

create schema if not exists salemate;
comment on schema salemate is 'Migration bookkeeping and security helpers of the SaleMate consolidation. Never exposed through the API.';
create schema if not exists legacy_archive;
comment on schema legacy_archive is 'Legacy SaleMate tables, moved here unchanged by phase 1. Read by the backfills and by salemate verify; dropped only on request (salemate.settings drop_legacy_archive).';

grant usage on schema salemate to anon, authenticated, service_role;
-- Only the security helpers below are granted back; bookkeeping functions stay private.
alter default privileges in schema salemate revoke execute on functions from public;
-- The legacy tables keep their own grants and RLS; the pass-through views read them as the caller.
grant usage on schema legacy_archive to anon, authenticated, service_role;

-- Bookkeeping -----------------------------------------------------------------------------

create table if not exists salemate.migration_rejects (
  id bigserial primary key,
  phase smallint not null check (phase between 1 and 7),
  legacy_table text not null,
  legacy_id text not null,
  target_table text not null,
  reason text not null,
  row_data jsonb not null,
  rejected_at timestamptz not null default now(),
  unique (legacy_table, legacy_id, target_table)
);
comment on table salemate.migration_rejects is 'Legacy rows a phase could not carry into the new schema, with the reason and the whole row, so nothing is lost silently.';
alter table salemate.migration_rejects enable row level security;

create table if not exists salemate.migration_notes (
  id bigserial primary key,
  phase smallint not null check (phase between 1 and 7),
  subject text not null,
  note text not null,
  noted_at timestamptz not null default now(),
  unique (phase, subject)
);
comment on table salemate.migration_notes is 'Differences between this database and the expected legacy schema (a missing table or column), and what the phase did about them.';
alter table salemate.migration_notes enable row level security;

create table if not exists salemate.settings (
  key text primary key,
  value jsonb not null,
  description text
);
comment on table salemate.settings is 'Switches that change what a migration does. drop_legacy_archive (default false): phase 7 drops legacy_archive only when true.';
alter table salemate.settings enable row level security;
insert into salemate.settings (key, value, description)
values ('drop_legacy_archive', 'false', 'Set to true before phase 7 to drop the legacy_archive schema once the app no longer reads it.')
on conflict (key) do nothing;

create table if not exists salemate.legacy_snapshot (
  table_name text primary key,
  row_count bigint not null,
  checksum text,
  columns jsonb not null,
  taken_at timestamptz not null default now()
);
comment on table salemate.legacy_snapshot is 'The legacy schema and data as phase 1 found them: columns, row count and a checksum (sum of 64-bit hashes of every row) of each legacy table.';
alter table salemate.legacy_snapshot enable row level security;

-- Helpers for the phases --------------------------------------------------------------------

create or replace function salemate.note(p_phase int, p_subject text, p_note text) returns void
  language sql
  as $$
    insert into salemate.migration_notes (phase, subject, note) values (p_phase, p_subject, p_note)
    on conflict (phase, subject) do update set note = excluded.note, noted_at = now()
  $$;
comment on function salemate.note(int, text, text) is 'Records a difference between this database and the expected legacy schema.';

-- Where a legacy table's rows are now: the archive after phase 1, else public (a database
-- where phase 1 found the table absent has neither, and gets null).
create or replace function salemate.legacy_source(p_table text) returns regclass
  language sql stable
  as $$ select coalesce(to_regclass(format('legacy_archive.%I', p_table)), to_regclass(format('public.%I', p_table))) $$;

create or replace function salemate.has_legacy_column(p_table text, p_column text) returns boolean
  language sql stable
  as $$
    select exists (
      select 1 from pg_attribute
      where attrelid = salemate.legacy_source(p_table) and attname = p_column and attnum > 0 and not attisdropped
    )
  $$;

-- Moves public.<p_table> into legacy_archive and leaves a pass-through view behind.
create or replace function salemate.archive_legacy_table(p_table text) returns text
  language plpgsql
  as $$
  declare
    kind "char";
  begin
    select c.relkind into kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relname = p_table;

    if to_regclass(format('legacy_archive.%I', p_table)) is not null then
      return 'already archived';
    end if;
    if kind is null then
      perform salemate.note(1, p_table, format('legacy table %s is absent from this database; its backfill will be skipped', p_table));
      return 'absent';
    end if;
    if kind not in ('r', 'p') then
      perform salemate.note(1, p_table, format('public.%s is not a table (relkind %s); left where it is', p_table, kind));
      return 'not a table';
    end if;

    execute format('alter table public.%I set schema legacy_archive', p_table);
    execute format('create view public.%I with (security_invoker = true) as select * from legacy_archive.%I', p_table, p_table);
    execute format('comment on view public.%I is %L', p_table,
      format(E'@behavior -*\nCompatibility view over legacy_archive.%s until its phase consolidates it.', p_table));
    execute format('grant select, insert, update, delete on public.%I to authenticated, service_role', p_table);
    execute format('grant select on public.%I to anon', p_table);
    return 'archived';
  end
  $$;

-- Shared by phases 2-7: reading legacy tables and columns that may be absent, installing the
-- compatibility views and their instead-of triggers, touching updated_at, adding a constraint once.

create or replace function salemate.legacy_table(p_table text) returns regclass
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select c.oid::regclass from pg_class c
    where c.oid = salemate.legacy_source(p_table) and c.relkind in ('r', 'p')
  $$;
comment on function salemate.legacy_table(text) is 'The legacy base table a backfill reads (legacy_archive first, then public); null when absent or already replaced by a view.';

create or replace function salemate.install_compat_view(p_phase int, p_view text, p_select text, p_comment text, p_anon_select boolean default false) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    kind "char";
  begin
    select c.relkind into kind from pg_class c where c.oid = to_regclass(format('public.%I', p_view));
    if kind is not null and kind <> 'v' then
      perform salemate.note(p_phase, p_view || ' (compat view)',
        format('public.%s is a base table (relkind %s), not phase 1''s pass-through view; its compatibility view was not installed', p_view, kind));
      return;
    end if;
    begin
      execute format('create or replace view public.%I with (security_invoker = true) as %s', p_view, p_select);
    exception when invalid_table_definition or datatype_mismatch or feature_not_supported then
      execute format('drop view public.%I', p_view);
      execute format('create view public.%I with (security_invoker = true) as %s', p_view, p_select);
    end;
    execute format('comment on view public.%I is %L', p_view, E'@behavior -*\n' || p_comment);
    execute format('revoke all on public.%I from anon', p_view);
    execute format('grant select, insert, update, delete on public.%I to authenticated, service_role', p_view);
    if p_anon_select then
      execute format('grant select on public.%I to anon', p_view);
    end if;
  end
  $$;
comment on function salemate.install_compat_view(int, text, text, text, boolean) is 'Replaces a legacy name''s pass-through view by a security_invoker compatibility view over the new tables, hidden from GraphQL.';

create or replace function salemate.install_instead_of_triggers(p_view text, p_name text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    op text;
  begin
    if (select c.relkind from pg_class c where c.oid = to_regclass(format('public.%I', p_view))) is distinct from 'v' then
      return;
    end if;
    foreach op in array array['insert', 'update', 'delete'] loop
      execute format('drop trigger if exists %I on public.%I', format('tg_%s__instead_of_%s', p_name, op), p_view);
      execute format('create trigger %I instead of %s on public.%I for each row execute function salemate.%I()',
        format('tg_%s__instead_of_%s', p_name, op), op, p_view, format('tg_%s__instead_of_%s', p_name, op));
    end loop;
  end
  $$;

create or replace function salemate.tg_touch_updated_at() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    new.updated_at := now();
    return new;
  end
  $$;
comment on function salemate.tg_touch_updated_at() is 'before update trigger: updated_at = now().';

create or replace function salemate.add_constraint_once(p_phase int, p_table regclass, p_name text, p_definition text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if exists (select 1 from pg_constraint where conrelid = p_table and conname = p_name) then
      return;
    end if;
    if p_definition !~* '^\s*(foreign\s+key|check)\M' then
      execute format('alter table %s add constraint %I %s', p_table, p_name, p_definition);
      return;
    end if;
    execute format('alter table %s add constraint %I %s not valid', p_table, p_name, p_definition);
    begin
      execute format('alter table %s validate constraint %I', p_table, p_name);
    exception when foreign_key_violation or check_violation then
      perform salemate.note(p_phase, format('%s.%s', p_table, p_name),
        format('existing rows of %s violate %s (%s); it is left NOT VALID, so only new and changed rows are checked', p_table, p_name, p_definition));
    end;
  end
  $$;
comment on function salemate.add_constraint_once(int, regclass, text, text) is 'Adds a constraint unless present; checks and foreign keys are validated after the fact and left NOT VALID (with a note) when legacy rows break them.';

create or replace function salemate.legacy_column(p_table text, p_column text, p_fallback text default 'null') returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select case when salemate.has_legacy_column(p_table, p_column) then format('s.%I', p_column) else p_fallback end $$;
comment on function salemate.legacy_column(text, text, text) is 'A backfill column expression: s.<column> when the legacy table has it, else the fallback.';

-- Snapshot ------------------------------------------------------------------------------------

do $$
declare
  t text;
  src regclass;
  n bigint;
  sum text;
begin
  foreach t in array array[
    'profiles', 'user_wallets', 'wallet_transactions', 'wallet_topup_requests', 'payment_transactions',
    'otp_challenges', 'otp_attempts', 'recent_activity', 'comments', 'posts', 'partners',
    'leads', 'lead_batches', 'lead_tags', 'lead_reminders', 'lead_activities', 'feedback_history',
    'case_feedback', 'case_actions', 'case_faces', 'inventory_matches', 'notifications',
    'lead_requests', 'lead_purchase_requests', 'purchase_requests', 'orders',
    'ad_integrations', 'banner_metrics', 'dashboard_banners', 'lead_analytics_mv',
    'team_invitations', 'salemate-inventory', 'projects', 'project_partner_commissions',
    'support_cases', 'support_case_replies',
    'cms_pages', 'cms_media', 'templates_email', 'templates_sms', 'system_settings', 'feature_flags', 'audit_logs']
  loop
    continue when exists (select 1 from salemate.legacy_snapshot where table_name = t);
    src := salemate.legacy_source(t);
    if src is null then
      perform salemate.note(1, t, format('legacy table %s is absent from this database', t));
      continue;
    end if;
    -- An order-independent checksum (sum of 64-bit row hashes): no sort over millions of rows.
    execute format('select count(*), coalesce(sum(hashtextextended(x::text, 0)::numeric), 0)::text from %s x', src)
      into n, sum;
    insert into salemate.legacy_snapshot (table_name, row_count, checksum, columns)
    select t, n, sum, coalesce(jsonb_agg(jsonb_build_object(
             'column', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
             'nullable', not a.attnotnull) order by a.attnum), '[]')
    from pg_attribute a where a.attrelid = src and a.attnum > 0 and not a.attisdropped;
  end loop;
end
$$;

-- Archive: the legacy tables that phases 2-7 replace ----------------------------------------

do $$ begin perform salemate.archive_legacy_table(t)
from unnest(array[
  -- phase 2
  'user_wallets', 'wallet_transactions', 'payment_transactions',
  -- phase 3
  'team_invitations',
  -- phase 4
  'feedback_history', 'case_feedback', 'lead_activities', 'lead_reminders', 'case_actions', 'lead_tags',
  'case_faces', 'inventory_matches', 'lead_requests', 'lead_purchase_requests', 'orders', 'purchase_requests',
  -- phase 5
  'salemate-inventory', 'projects', 'project_partner_commissions', 'partners',
  -- phase 6
  'support_cases', 'support_case_replies',
  -- phase 7
  'templates_email', 'templates_sms', 'cms_pages', 'cms_media', 'notifications'
]) as t; end $$;

-- Security helpers used by every domain's policies ------------------------------------------
-- security definer so a policy can ask about the caller's roles without tripping over the
-- policies of the tables it reads (no recursion); search_path pinned.

create or replace function salemate.current_profile_id() returns uuid
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select auth.uid() $$;
comment on function salemate.current_profile_id() is 'The caller''s profile id: the JWT subject (auth.uid()).';

create or replace function salemate.has_role(p_role text) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select exists (select 1 from public.profiles p where p.id = auth.uid() and p.role::text = p_role)
  $$;
comment on function salemate.has_role(text) is 'Whether the caller holds an application role (admin, support, manager, finance, ...). Phase 3 extends it to team roles.';

create or replace function salemate.is_staff() returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$ select salemate.has_role('admin') or salemate.has_role('support') $$;
comment on function salemate.is_staff() is 'Admins and support staff: they see every profile and every support thread.';

create or replace function salemate.manages_profile(p_profile uuid) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select salemate.has_role('admin')
      or exists (select 1 from public.profiles p where p.id = p_profile and p.manager_id = auth.uid())
  $$;
comment on function salemate.manages_profile(uuid) is 'Whether the caller manages this profile: admins manage everyone; otherwise a manager or team lead of a team the profile belongs to. Phase 3 replaces the legacy manager_id rule with team memberships.';

grant execute on function salemate.current_profile_id(), salemate.has_role(text), salemate.is_staff(), salemate.manages_profile(uuid) to anon, authenticated, service_role;
revoke execute on function salemate.archive_legacy_table(text), salemate.note(int, text, text),
  salemate.legacy_source(text), salemate.has_legacy_column(text, text) from public;
