-- salemate:replaces sha256:ffbf5317f293482002c2e259c6379aefedae008b81b7c4c9453fbe03f0ea754b
-- (that revision labelled each row's stage and type with a function call per row; this one labels each distinct spelling once; the three sources now meet leads in one statement, not one hash of every lead each: same end state)
-- Phase 4: lead_events, one timeline per lead (plan "2. Leads Domain").
--
--   legacy_archive.feedback_history  -> lead_events, event_type 'feedback'
--   legacy_archive.case_feedback     -> lead_events, event_type 'case_feedback'
--   legacy_archive.lead_activities   -> lead_events, event_type 'activity:<type>' ('activity:call', ...)
--
-- Ids and created_at are kept. A row whose lead no longer exists is rejected (the lead and its
-- history are gone). An author with no profile leaves actor_profile_id null and is kept in
-- legacy_data.user_id; a null created_at takes the lead's created_at (legacy_data.created_at
-- records the null); a free-text stage ('non_potential') becomes its lead_stage label
-- ('Non Potential', the original in legacy_data.stage). The three legacy names become
-- compatibility views. Running the file again changes nothing.

-- The bulk statements below hash and sort in memory (settings end with this file's transaction).
set local work_mem = '64MB';
set local maintenance_work_mem = '256MB';

create table if not exists public.lead_events (
  event_id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  actor_profile_id uuid,
  event_type text not null check (event_type ~ '^[a-z][a-z0-9_]*(:[a-z0-9_]+)?$'),
  payload jsonb not null default '{}' check (jsonb_typeof(payload) = 'object'),
  created_at timestamptz not null default now(),
  legacy_table text check (legacy_table in ('feedback_history', 'case_feedback', 'lead_activities')),
  legacy_id text,
  legacy_data jsonb check (jsonb_typeof(legacy_data) = 'object'),
  check (legacy_id is null or legacy_table is not null)
);
-- Keys, foreign keys and indexes are added after the backfill (one build instead of a
-- per-row check), further down.

comment on table public.lead_events is 'What happened to a lead, in order: feedback, case feedback, calls, messages, stage changes, assignments. Replaces feedback_history, case_feedback and lead_activities. Visible to whoever can see the lead.';
comment on column public.lead_events.event_id is 'Event id (the legacy row''s id for carried rows).';
comment on column public.lead_events.lead_id is 'Lead the event belongs to; events go with their lead.';
comment on column public.lead_events.actor_profile_id is 'Profile who did it; null for system events and for legacy authors with no profile (see legacy_data.user_id).';
comment on column public.lead_events.event_type is 'What happened: feedback, case_feedback, activity:<kind> (activity:call, activity:whatsapp, activity:stage_change, ...), or a new type such as stage_change. Lower snake case, one optional colon.';
comment on column public.lead_events.payload is 'Details of the event as a JSON object, its keys fixed per type (null when unknown): feedback and stage for feedback; feedback, stage and ai_coach for case_feedback; activity_type, description and data for activities.';
comment on column public.lead_events.created_at is 'When it happened.';
comment on column public.lead_events.legacy_table is 'Legacy table the row was carried from, or whose compatibility view wrote it; null for rows the new app writes.';
comment on column public.lead_events.legacy_id is 'Id of the legacy row it was carried from (null for rows written after phase 4).';
comment on column public.lead_events.legacy_data is 'Legacy values no column holds as they were: user_id (an author with no profile), created_at (null in the legacy row), stage (the free text a stage label was read from). Null when none.';

alter table public.lead_events enable row level security;

-- Legacy feedback wrote the stage as free text ('non_potential', 'hot case'); events carry the
-- lead_stage label it means ('Non Potential'), or the text as it was when it means none.
create or replace function salemate.lead_stage_label(p_stage text) returns text
  language sql immutable parallel safe
  as $$
    select case lower(regexp_replace(btrim(p_stage), '[\s_-]+', ' ', 'g'))
      when 'new lead' then 'New Lead' when 'potential' then 'Potential' when 'hot case' then 'Hot Case'
      when 'meeting done' then 'Meeting Done' when 'no answer' then 'No Answer' when 'call back' then 'Call Back'
      when 'whatsapp' then 'Whatsapp' when 'wrong number' then 'Wrong Number' when 'non potential' then 'Non Potential'
      else p_stage end
  $$;
comment on function salemate.lead_stage_label(text) is 'A free-text stage as its lead_stage label (''non_potential'' -> ''Non Potential''); other text unchanged.';
grant execute on function salemate.lead_stage_label(text) to authenticated, service_role;

-- Backfill -----------------------------------------------------------------------------------
-- One statement carries the three sources: each source's rows are shaped as events (payload,
-- legacy_data), then the three streams meet public.leads once, to learn whether the lead
-- exists and when it was created (a hash of every lead costs as much as a source's own work:
-- built once, not three times). Rows whose lead is gone go to salemate.migration_rejects with
-- their whole legacy row, as salemate.carry_legacy_rows does; the rest into lead_events.
-- A source's rows already carried are skipped, but lead_events is only searched for them when
-- it holds rows of that source (a fresh database has none: no anti join over every row).

do $$
declare
  src regclass;
  q text;
  parts text[] := '{}';
  rejects text[] := '{}';
  -- the rows of a source not carried yet: a guard only when lead_events has rows from it
  not_carried constant text := $g$ and not exists (select 1 from public.lead_events e where e.legacy_table = %L and e.legacy_id = s.id::text)$g$;
begin
  -- feedback_history -> 'feedback'
  src := salemate.conformed_legacy_table(4, 'feedback_history', array['lead_events'], array[
    'id uuid', 'lead_id uuid', 'user_id uuid', 'feedback_text text', 'stage text', 'created_at timestamptz']);
  if src is null then
    perform salemate.note(4, 'feedback_history', 'legacy feedback_history is absent (or already replaced): nothing carried into lead_events');
  else
    parts := parts || format($q$
      select 'feedback_history' as legacy_table, r.id, r.lead_id, case when r.user_known then r.user_id end as actor_profile_id, 'feedback' as event_type,
             jsonb_build_object('feedback', r.feedback_text, 'stage', r.stage_label) as payload, r.created_at,
             salemate.with_extra_columns(case when not r.user_known or r.created_at is null or r.stage is distinct from r.stage_label then
               nullif(case when r.user_id is not null and not r.user_known then jsonb_build_object('user_id', r.user_id) else '{}' end
                      || case when r.created_at is null then jsonb_build_object('created_at', null) else '{}' end
                      || case when r.stage is distinct from r.stage_label then jsonb_build_object('stage', r.stage) else '{}' end, '{}')
             end, r.legacy_extra) as legacy_data
      from (select s.id, %4$s as legacy_extra, s.lead_id, s.user_id, s.feedback_text, %1$s as stage, sl.label as stage_label, %2$s as created_at,
                   s.user_id in (select p.id from public.profiles p) as user_known
            from %3$s s
            -- a few dozen distinct stage spellings: each read once, then a hash lookup per row
            -- (lead_stage_label(null) is null, which the outer join gives)
            left join (select d.stage, salemate.lead_stage_label(d.stage) as label
                       from (select distinct %1$s as stage from %3$s s) d) sl on sl.stage = %1$s
            where true %5$s offset 0) r -- (offset 0: user_known computed once per row, not once per use)
    $q$, salemate.optional_legacy_column(4, 'feedback_history', 'stage', 'null::text'), salemate.optional_legacy_column(4, 'feedback_history', 'created_at', 'null::timestamptz'),
       src, salemate.legacy_extra_columns('feedback_history'),
       case when exists (select 1 from public.lead_events e where e.legacy_table = 'feedback_history') then format(not_carried, 'feedback_history') end);
    rejects := rejects || format($q$
      select 'feedback_history', r.id::text, to_jsonb(t) from missing r join %s t on t.id = r.id
      where r.legacy_table = 'feedback_history'$q$, src);
  end if;

  -- case_feedback -> 'case_feedback'
  src := salemate.conformed_legacy_table(4, 'case_feedback', array['lead_events'], array[
    'id uuid', 'lead_id uuid', 'stage text', 'feedback text', 'ai_coach text', 'created_by uuid', 'created_at timestamptz']);
  if src is null then
    perform salemate.note(4, 'case_feedback', 'legacy case_feedback is absent (or already replaced): nothing carried into lead_events');
  else
    parts := parts || format($q$
      select 'case_feedback' as legacy_table, r.id, r.lead_id, case when r.user_known then r.created_by end as actor_profile_id, 'case_feedback' as event_type,
             jsonb_build_object('feedback', r.feedback, 'stage', r.stage_label, 'ai_coach', r.ai_coach) as payload, r.created_at,
             salemate.with_extra_columns(case when not r.user_known or r.created_at is null or r.stage is distinct from r.stage_label then
               nullif(case when r.created_by is not null and not r.user_known then jsonb_build_object('user_id', r.created_by) else '{}' end
                      || case when r.created_at is null then jsonb_build_object('created_at', null) else '{}' end
                      || case when r.stage is distinct from r.stage_label then jsonb_build_object('stage', r.stage) else '{}' end, '{}')
             end, r.legacy_extra) as legacy_data
      from (select s.id, %3$s as legacy_extra, s.lead_id, s.created_by, s.stage, sl.label as stage_label, s.feedback, %1$s as ai_coach, s.created_at,
                   s.created_by in (select p.id from public.profiles p) as user_known
            from %2$s s
            -- each distinct stage spelling labelled once (as for feedback_history)
            left join (select d.stage, salemate.lead_stage_label(d.stage) as label from (select distinct s.stage from %2$s s) d) sl on sl.stage = s.stage
            where true %4$s offset 0) r
    $q$, salemate.optional_legacy_column(4, 'case_feedback', 'ai_coach', 'null::text'), src, salemate.legacy_extra_columns('case_feedback'),
       case when exists (select 1 from public.lead_events e where e.legacy_table = 'case_feedback') then format(not_carried, 'case_feedback') end);
    rejects := rejects || format($q$
      select 'case_feedback', r.id::text, to_jsonb(t) from missing r join %s t on t.id = r.id
      where r.legacy_table = 'case_feedback'$q$, src);
  end if;

  -- lead_activities -> 'activity:<type>'
  src := salemate.conformed_legacy_table(4, 'lead_activities', array['lead_events'], array[
    'id uuid', 'lead_id uuid', 'user_id uuid', 'activity_type text', 'activity_data jsonb', 'description text', 'created_at timestamptz']);
  if src is null then
    perform salemate.note(4, 'lead_activities', 'legacy lead_activities is absent (or already replaced): nothing carried into lead_events');
  else
    parts := parts || format($q$
      select 'lead_activities' as legacy_table, r.id, r.lead_id, case when r.user_known then r.user_id end as actor_profile_id, r.event_type,
             jsonb_build_object('activity_type', r.activity_type, 'description', r.description, 'data', r.activity_data) as payload, r.created_at,
             salemate.with_extra_columns(case when not r.user_known or r.created_at is null then
               nullif(case when r.user_id is not null and not r.user_known then jsonb_build_object('user_id', r.user_id) else '{}' end
                      || case when r.created_at is null then jsonb_build_object('created_at', null) else '{}' end, '{}')
             end, r.legacy_extra) as legacy_data
      from (select s.id, %4$s as legacy_extra, s.lead_id, s.user_id, s.activity_type,
                   case when s.activity_type is null then 'activity:' || salemate.type_slug(null) else k.event_type end as event_type,
                   %1$s as activity_data, %2$s as description, s.created_at,
                   s.user_id in (select p.id from public.profiles p) as user_known
            from %3$s s
            -- a handful of distinct activity types: each slugged once, then a hash lookup per row
            left join (select d.activity_type, 'activity:' || salemate.type_slug(d.activity_type) as event_type
                       from (select distinct s.activity_type from %3$s s) d) k on k.activity_type = s.activity_type
            where true %5$s offset 0) r
    $q$, salemate.optional_legacy_column(4, 'lead_activities', 'activity_data', 'null::jsonb'), salemate.optional_legacy_column(4, 'lead_activities', 'description', 'null::text'),
       src, salemate.legacy_extra_columns('lead_activities'),
       case when exists (select 1 from public.lead_events e where e.legacy_table = 'lead_activities') then format(not_carried, 'lead_activities') end);
    rejects := rejects || format($q$
      select 'lead_activities', r.id::text, to_jsonb(t) from missing r join %s t on t.id = r.id
      where r.legacy_table = 'lead_activities'$q$, src);
  end if;

  if cardinality(parts) = 0 then
    return;
  end if;
  -- A null created_at takes the lead's; a row whose lead no longer exists is rejected (the lead
  -- and its history are gone).
  execute format($q$
    with candidates as materialized (
      select e.legacy_table, e.id, e.lead_id, e.actor_profile_id, e.event_type, e.payload,
             coalesce(e.created_at, l.created_at) as created_at, e.legacy_data, l.id is null as lead_missing
      from (%1$s) e
      left join public.leads l on l.id = e.lead_id),
    -- (a few rows at most: each source's rejects read from here, not from every candidate)
    missing as materialized (select r.legacy_table, r.id from candidates r where r.lead_missing),
    rejected as (
      insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
      select 4, x.legacy_table, x.legacy_id, 'lead_events', 'lead does not exist (deleted lead)', x.row_data
      from (%2$s) x (legacy_table, legacy_id, row_data)
      on conflict (legacy_table, legacy_id, target_table) do nothing)
    insert into public.lead_events (event_id, lead_id, actor_profile_id, event_type, payload, created_at, legacy_table, legacy_id, legacy_data)
    select r.id, r.lead_id, r.actor_profile_id, r.event_type, r.payload, r.created_at, r.legacy_table, r.id::text, r.legacy_data
    from candidates r
    where not r.lead_missing
  $q$, array_to_string(parts, ' union all '), array_to_string(rejects, ' union all '));
end
$$;

-- Keys and indexes, built once over the carried rows ------------------------------------------

select salemate.add_merged_primary_key(4, 'public.lead_events', 'event_id');
select salemate.add_constraint_once(4, 'public.lead_events', 'lead_events_legacy_key', 'unique (legacy_table, legacy_id)');
select salemate.add_constraint_once(4, 'public.lead_events', 'lead_events_lead_id_fkey',
  'foreign key (lead_id) references public.leads (id) on delete cascade');
select salemate.add_constraint_once(4, 'public.lead_events', 'lead_events_actor_profile_id_fkey',
  'foreign key (actor_profile_id) references public.profiles (id) on delete set null');

create index if not exists lead_events_lead_id_created_at_idx on public.lead_events (lead_id, created_at);
create index if not exists lead_events_actor_profile_id_idx on public.lead_events (actor_profile_id);

-- Who may do what ------------------------------------------------------------------------------
-- Visibility follows the lead: the exists() reads public.leads as the caller, under its policies.

select salemate.take_over_policies(4, 'public.lead_events');
drop policy if exists "People who can see a lead read its events" on public.lead_events;
create policy "People who can see a lead read its events" on public.lead_events for select to authenticated
  using (exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "People who can see a lead record events on it as themselves" on public.lead_events;
create policy "People who can see a lead record events on it as themselves" on public.lead_events for insert to authenticated
  with check (actor_profile_id = (select salemate.current_profile_id())
              and exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Authors correct their own events" on public.lead_events;
create policy "Authors correct their own events" on public.lead_events for update to authenticated
  using (actor_profile_id = (select salemate.current_profile_id()))
  with check (actor_profile_id = (select salemate.current_profile_id())
              and exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Admins delete events" on public.lead_events;
create policy "Admins delete events" on public.lead_events for delete to authenticated
  using ((select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.lead_events');

-- legacy_table is writable so the compatibility views can mark their rows; legacy_id is not.
revoke all on public.lead_events from anon, authenticated;
grant select, delete on public.lead_events to authenticated;
grant insert (event_id, lead_id, actor_profile_id, event_type, payload, created_at, legacy_table),
      update (lead_id, actor_profile_id, event_type, payload, created_at)
  on public.lead_events to authenticated;
grant all on public.lead_events to service_role;

-- Compatibility views --------------------------------------------------------------------------
-- A view shows the rows carried from (or written through) its legacy name, and the new app's
-- events of its kind: 'feedback' -> feedback_history, 'case_feedback' -> case_feedback, any
-- other type -> lead_activities.

select salemate.install_compat_view(4, 'feedback_history', $v$
  select e.event_id as id, e.lead_id, coalesce(e.actor_profile_id, (e.legacy_data->>'user_id')::uuid) as user_id,
         e.payload->>'feedback' as feedback_text, e.payload->>'stage' as stage, e.created_at
  from public.lead_events e
  where coalesce(e.legacy_table, case e.event_type when 'feedback' then 'feedback_history' when 'case_feedback' then 'case_feedback' else 'lead_activities' end)
        = 'feedback_history'
$v$, 'Compatibility view: legacy feedback_history, now lead_events of type feedback (phase 4).');

create or replace function salemate.tg_feedback_history__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.lead_events (event_id, lead_id, actor_profile_id, event_type, payload, created_at, legacy_table)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, new.user_id, 'feedback',
            jsonb_build_object('feedback', new.feedback_text, 'stage', salemate.lead_stage_label(new.stage)),
            coalesce(new.created_at, now()), 'feedback_history')
    returning event_id, created_at into new.id, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_feedback_history__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.lead_events e set
      lead_id = new.lead_id,
      actor_profile_id = case when new.user_id is not distinct from old.user_id then e.actor_profile_id else new.user_id end,
      payload = e.payload || jsonb_build_object('feedback', new.feedback_text, 'stage', salemate.lead_stage_label(new.stage)),
      created_at = new.created_at
    where e.event_id = old.id;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_feedback_history__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_events where event_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('feedback_history', 'feedback_history');

select salemate.install_compat_view(4, 'case_feedback', $v$
  select e.event_id as id, e.lead_id, e.payload->>'stage' as stage, e.payload->>'feedback' as feedback, e.payload->>'ai_coach' as ai_coach,
         coalesce(e.actor_profile_id, (e.legacy_data->>'user_id')::uuid) as created_by, e.created_at
  from public.lead_events e
  where coalesce(e.legacy_table, case e.event_type when 'feedback' then 'feedback_history' when 'case_feedback' then 'case_feedback' else 'lead_activities' end)
        = 'case_feedback'
$v$, 'Compatibility view: legacy case_feedback, now lead_events of type case_feedback (phase 4).');

create or replace function salemate.tg_case_feedback__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.lead_events (event_id, lead_id, actor_profile_id, event_type, payload, created_at, legacy_table)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, new.created_by, 'case_feedback',
            jsonb_build_object('feedback', new.feedback, 'stage', salemate.lead_stage_label(new.stage), 'ai_coach', new.ai_coach),
            coalesce(new.created_at, now()), 'case_feedback')
    returning event_id, created_at into new.id, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_case_feedback__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.lead_events e set
      lead_id = new.lead_id,
      actor_profile_id = case when new.created_by is not distinct from old.created_by then e.actor_profile_id else new.created_by end,
      payload = e.payload || jsonb_build_object('feedback', new.feedback, 'stage', salemate.lead_stage_label(new.stage), 'ai_coach', new.ai_coach),
      created_at = new.created_at
    where e.event_id = old.id;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_case_feedback__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_events where event_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('case_feedback', 'case_feedback');

-- New-app events shown here keep their whole payload as activity_data.
select salemate.install_compat_view(4, 'lead_activities', $v$
  select e.event_id as id, e.lead_id, coalesce(e.actor_profile_id, (e.legacy_data->>'user_id')::uuid) as user_id,
         coalesce(e.payload->>'activity_type', regexp_replace(e.event_type, '^activity:', '')) as activity_type,
         case when e.legacy_table = 'lead_activities' then nullif(e.payload->'data', 'null') else e.payload end as activity_data,
         e.payload->>'description' as description, e.created_at
  from public.lead_events e
  where coalesce(e.legacy_table, case e.event_type when 'feedback' then 'feedback_history' when 'case_feedback' then 'case_feedback' else 'lead_activities' end)
        = 'lead_activities'
$v$, 'Compatibility view: legacy lead_activities, now lead_events of type activity:<kind> (phase 4).');

create or replace function salemate.tg_lead_activities__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    new.activity_data := coalesce(new.activity_data, '{}');
    insert into public.lead_events (event_id, lead_id, actor_profile_id, event_type, payload, created_at, legacy_table)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, new.user_id, 'activity:' || salemate.type_slug(new.activity_type),
            jsonb_build_object('activity_type', new.activity_type, 'description', new.description, 'data', new.activity_data),
            coalesce(new.created_at, now()), 'lead_activities')
    returning event_id, created_at into new.id, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_activities__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.lead_events e set
      lead_id = new.lead_id,
      actor_profile_id = case when new.user_id is not distinct from old.user_id then e.actor_profile_id else new.user_id end,
      event_type = case when new.activity_type is not distinct from old.activity_type then e.event_type
                        else 'activity:' || salemate.type_slug(new.activity_type) end,
      payload = e.payload || jsonb_build_object('activity_type', new.activity_type, 'description', new.description, 'data', new.activity_data),
      created_at = new.created_at
    where e.event_id = old.id;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_activities__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_events where event_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('lead_activities', 'lead_activities');

-- The legacy tables are read by nothing outside the archive now: their policies and API grants go.
select salemate.take_over_archived_table(4, t) from unnest(array['feedback_history', 'case_feedback', 'lead_activities']) t;
