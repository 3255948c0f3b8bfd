-- Phase 4: marketing sources and CRM board counts (plan "2. Leads Domain").
--
-- ad_integrations, banner_metrics and dashboard_banners stay as they are (the plan keeps one
-- ad configuration table plus an analytics view): their policies are restated with the
-- salemate helpers, their columns commented and indexed. Two views summarise, each read with
-- the caller's rights:
--   lead_sources       one row per ad account (leads it delivered, via leads.integration_id)
--                      and per dashboard banner (its impressions and clicks)
--   lead_stage_counts  the CRM board: visible leads per stage
-- The consolidated lead tables join Supabase's realtime publication where there is one.
-- Running the file again changes nothing.

-- ad_integrations: absent from databases that never made it by hand --------------------------

do $$
begin
  if to_regclass('public.ad_integrations') is null then
    perform salemate.note(4, 'ad_integrations', 'ad_integrations is absent: no policies or comments; lead_sources lists banners only');
    return;
  end if;
  -- A hand-made table may lack the platform, account or project columns (SaleMate's record has
  -- name, type, api_key and is_active): they are added, null for its rows; its own columns stay.
  perform salemate.conform_kept_table(4, 'ad_integrations', array[
    'platform public.platform_type', 'name text', 'account_id text', 'project_id uuid', 'status text default ''active''', 'config jsonb default ''{}''',
    'last_sync_at timestamptz', 'created_by uuid', 'created_at timestamptz default now()', 'updated_at timestamptz']);
  comment on table public.ad_integrations is 'Advertising accounts that feed leads in (Facebook lead ads, Google, TikTok): the one marketing configuration table. Leads point here through integration_id; lead_sources counts them. Admins only.';
  comment on column public.ad_integrations.id is 'Integration id.';
  comment on column public.ad_integrations.platform is 'Advertising platform (Facebook, Google, TikTok, Other).';
  comment on column public.ad_integrations.name is 'Name shown to admins.';
  comment on column public.ad_integrations.account_id is 'Account id on the platform (act_..., gads-..., tt-...).';
  comment on column public.ad_integrations.project_id is 'Project the ads advertise.';
  comment on column public.ad_integrations.status is 'active, paused, error or disconnected.';
  comment on column public.ad_integrations.config is 'Platform settings as JSON (form_id, page_id, sync interval, ...).';
  comment on column public.ad_integrations.last_sync_at is 'When leads were last pulled from the platform.';
  comment on column public.ad_integrations.created_by is 'Profile who connected the account.';
  comment on column public.ad_integrations.created_at is 'When the account was connected.';
  comment on column public.ad_integrations.updated_at is 'When the settings last changed.';

  create index if not exists ad_integrations_project_id_idx on public.ad_integrations (project_id);
  create index if not exists ad_integrations_platform_idx on public.ad_integrations (platform);
  create index if not exists ad_integrations_created_by_idx on public.ad_integrations (created_by);

  alter table public.ad_integrations enable row level security;
  perform salemate.take_over_policies(4, 'public.ad_integrations');
  drop policy if exists "Admins manage ad integrations" on public.ad_integrations;
  create policy "Admins manage ad integrations" on public.ad_integrations for all to authenticated
    using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
  perform salemate.claim_policies(4, 'public.ad_integrations');
  revoke all on public.ad_integrations from anon;
  grant select, insert, update, delete on public.ad_integrations to authenticated;
  grant all on public.ad_integrations to service_role;
end
$$;

-- dashboard_banners and banner_metrics -------------------------------------------------------
-- lead_sources and the API read them: a database without them gets them empty (noted), one
-- with fewer columns gets the columns it lacks.

do $$
begin
  if to_regclass('public.dashboard_banners') is null then
    create table public.dashboard_banners (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      subtitle text,
      cta_label text,
      cta_url text,
      image_url text,
      placement text not null,
      audience text[] default '{}',
      visibility_rules jsonb default '{}',
      status text not null default 'draft',
      start_at timestamptz,
      end_at timestamptz,
      priority integer not null default 100,
      created_by uuid,
      updated_at timestamptz not null default now(),
      created_at timestamptz not null default now()
    );
    perform salemate.note(4, 'dashboard_banners', 'legacy dashboard_banners is absent: created empty (lead_sources and the API read it)');
  end if;
  perform salemate.conform_kept_table(4, 'dashboard_banners', array[
    'title text', 'subtitle text', 'cta_label text', 'cta_url text', 'image_url text', 'placement text', 'audience text[] default ''{}''',
    'visibility_rules jsonb default ''{}''', 'status text default ''draft''', 'start_at timestamptz', 'end_at timestamptz',
    'priority integer default 100', 'created_by uuid', 'updated_at timestamptz default now()', 'created_at timestamptz default now()']);
  if to_regclass('public.banner_metrics') is null then
    create table public.banner_metrics (
      id uuid primary key default gen_random_uuid(),
      banner_id uuid references public.dashboard_banners (id) on delete cascade,
      viewer_id uuid,
      event text not null,
      created_at timestamptz not null default now()
    );
    perform salemate.note(4, 'banner_metrics', 'legacy banner_metrics is absent: created empty (lead_sources and the API read it)');
  end if;
  perform salemate.conform_kept_table(4, 'banner_metrics', array[
    'banner_id uuid', 'viewer_id uuid', 'event text', 'created_at timestamptz default now()']);
end
$$;

comment on table public.dashboard_banners is 'Marketing banners shown on the dashboard, by placement, audience and schedule. Admins manage them; banner_metrics records how they are seen.';
comment on column public.dashboard_banners.id is 'Banner id.';
comment on column public.dashboard_banners.title is 'Headline.';
comment on column public.dashboard_banners.subtitle is 'Second line.';
comment on column public.dashboard_banners.cta_label is 'Button text.';
comment on column public.dashboard_banners.cta_url is 'Where the button leads.';
comment on column public.dashboard_banners.image_url is 'Banner image (storage path or URL).';
comment on column public.dashboard_banners.placement is 'Where on the dashboard it appears.';
comment on column public.dashboard_banners.audience is 'Legacy roles it is shown to (empty: everyone).';
comment on column public.dashboard_banners.visibility_rules is 'Extra conditions as JSON (min_wallet_balance, roles, ...).';
comment on column public.dashboard_banners.status is 'draft, live, scheduled or expired.';
comment on column public.dashboard_banners.start_at is 'When it starts showing.';
comment on column public.dashboard_banners.end_at is 'When it stops showing.';
comment on column public.dashboard_banners.priority is 'Order among banners of one placement (higher first).';
comment on column public.dashboard_banners.created_by is 'Profile who made the banner.';
comment on column public.dashboard_banners.created_at is 'When the banner was made.';
comment on column public.dashboard_banners.updated_at is 'When the banner last changed.';

comment on table public.banner_metrics is 'One row per banner event (impression, click, dismiss) by a viewer. Signed-in users record their own; admins read them; lead_sources sums them per banner.';
comment on column public.banner_metrics.id is 'Event id.';
comment on column public.banner_metrics.banner_id is 'Banner seen (null: the banner was deleted).';
comment on column public.banner_metrics.viewer_id is 'Profile who saw it (null: not signed in).';
comment on column public.banner_metrics.event is 'impression, view, click or dismiss.';
comment on column public.banner_metrics.created_at is 'When it happened.';

create index if not exists dashboard_banners_placement_status_idx on public.dashboard_banners (placement, status);
create index if not exists dashboard_banners_created_by_idx on public.dashboard_banners (created_by);
create index if not exists banner_metrics_banner_id_idx on public.banner_metrics (banner_id);
create index if not exists banner_metrics_viewer_id_idx on public.banner_metrics (viewer_id);
create index if not exists banner_metrics_created_at_idx on public.banner_metrics (created_at);

alter table public.dashboard_banners enable row level security;
select salemate.take_over_policies(4, 'public.dashboard_banners');
drop policy if exists "Admins manage dashboard banners" on public.dashboard_banners;
create policy "Admins manage dashboard banners" on public.dashboard_banners for all to authenticated
  using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.dashboard_banners');
revoke all on public.dashboard_banners from anon;
grant select, insert, update, delete on public.dashboard_banners to authenticated;
grant all on public.dashboard_banners to service_role;

alter table public.banner_metrics enable row level security;
select salemate.take_over_policies(4, 'public.banner_metrics');
drop policy if exists "Admins read banner metrics" on public.banner_metrics;
create policy "Admins read banner metrics" on public.banner_metrics for select to authenticated
  using ((select salemate.has_role('admin')));
drop policy if exists "Signed-in users record their own banner events" on public.banner_metrics;
create policy "Signed-in users record their own banner events" on public.banner_metrics for insert to authenticated
  with check (viewer_id = (select salemate.current_profile_id()));
select salemate.claim_policies(4, 'public.banner_metrics');
revoke all on public.banner_metrics from anon, authenticated;
grant select on public.banner_metrics to authenticated;
grant insert (id, banner_id, viewer_id, event, created_at) on public.banner_metrics to authenticated;
grant all on public.banner_metrics to service_role;

-- lead_sources -------------------------------------------------------------------------------

do $$
declare
  parts text[] := '{}';
begin
  if to_regclass('public.ad_integrations') is not null then
    parts := array_append(parts, $q$
      select 'ad_integration'::text as source_type, a.id as source_id, a.name, a.platform::text as platform, a.project_id, a.status,
             coalesce(l.lead_count, 0)::bigint as lead_count, coalesce(l.sold_lead_count, 0)::bigint as sold_lead_count, l.last_lead_at,
             null::bigint as impressions, null::bigint as clicks, null::jsonb as event_counts, null::timestamptz as last_event_at,
             a.last_sync_at, a.created_at
      from public.ad_integrations a
      left join (select integration_id, count(*) as lead_count, count(*) filter (where is_sold) as sold_lead_count, max(created_at) as last_lead_at
                 from public.leads where integration_id is not null group by integration_id) l on l.integration_id = a.id
    $q$);
  end if;
  parts := array_append(parts, $q$
      select 'banner'::text as source_type, b.id as source_id, b.title as name, null::text as platform, null::uuid as project_id, b.status,
             null::bigint as lead_count, null::bigint as sold_lead_count, null::timestamptz as last_lead_at,
             coalesce(m.impressions, 0)::bigint as impressions, coalesce(m.clicks, 0)::bigint as clicks,
             coalesce(m.event_counts, '{}'::jsonb) as event_counts, m.last_event_at,
             null::timestamptz as last_sync_at, b.created_at
      from public.dashboard_banners b
      left join (select e.banner_id, sum(e.n) filter (where e.event in ('impression', 'view')) as impressions,
                        sum(e.n) filter (where e.event = 'click') as clicks, jsonb_object_agg(e.event, e.n) as event_counts,
                        max(e.last_at) as last_event_at
                 from (select banner_id, lower(event) as event, count(*) as n, max(created_at) as last_at
                       from public.banner_metrics where banner_id is not null group by banner_id, lower(event)) e
                 group by e.banner_id) m on m.banner_id = b.id
    $q$);
  execute 'drop view if exists public.lead_sources';
  execute format('create view public.lead_sources with (security_invoker = true) as %s', array_to_string(parts, ' union all '));
end
$$;

comment on view public.lead_sources is E'Where leads and attention come from: one row per ad account (the leads it delivered) and per dashboard banner (how it was seen). Read with the caller''s rights: admins see everything.\n@primaryKey source_type,source_id';
comment on column public.lead_sources.source_type is 'ad_integration or banner.';
comment on column public.lead_sources.source_id is 'The ad_integrations or dashboard_banners id.';
comment on column public.lead_sources.name is 'Integration name or banner title.';
comment on column public.lead_sources.platform is 'Advertising platform (ad accounts only).';
comment on column public.lead_sources.project_id is 'Project advertised (ad accounts only).';
comment on column public.lead_sources.status is 'Integration or banner status.';
comment on column public.lead_sources.lead_count is 'Leads the ad account delivered (ad accounts only).';
comment on column public.lead_sources.sold_lead_count is 'Of those, leads sold.';
comment on column public.lead_sources.last_lead_at is 'When its latest lead arrived.';
comment on column public.lead_sources.impressions is 'Banner impressions and views (banners only).';
comment on column public.lead_sources.clicks is 'Banner clicks (banners only).';
comment on column public.lead_sources.event_counts is 'Banner events per kind, as JSON ({"impression": 70, "click": 20, ...}).';
comment on column public.lead_sources.last_event_at is 'When the banner was last seen.';
comment on column public.lead_sources.last_sync_at is 'When the ad account last synced.';
comment on column public.lead_sources.created_at is 'When the source was created.';
revoke all on public.lead_sources from anon;
grant select on public.lead_sources to authenticated, service_role;

-- lead_stage_counts: the CRM board's columns ---------------------------------------------------

create or replace view public.lead_stage_counts with (security_invoker = true) as
  select l.stage, count(*)::bigint as lead_count, count(*) filter (where l.is_sold)::bigint as sold_count,
         count(*) filter (where l.assigned_to_id is null)::bigint as unassigned_count, max(l.updated_at) as last_updated_at
  from public.leads l
  group by l.stage;
comment on view public.lead_stage_counts is 'The CRM board''s columns: how many of the leads the caller can see are in each stage.';
comment on column public.lead_stage_counts.stage is 'Pipeline stage (null: leads never staged).';
comment on column public.lead_stage_counts.lead_count is 'Visible leads in the stage.';
comment on column public.lead_stage_counts.sold_count is 'Of those, leads sold.';
comment on column public.lead_stage_counts.unassigned_count is 'Of those, leads nobody works yet.';
comment on column public.lead_stage_counts.last_updated_at is 'When a lead in the stage last changed (refresh the board after this).';
revoke all on public.lead_stage_counts from anon;
grant select on public.lead_stage_counts to authenticated, service_role;

-- Realtime: the CRM subscribes to the consolidated tables --------------------------------------

do $$
declare
  t text;
begin
  if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
    perform salemate.note(4, 'realtime', 'no supabase_realtime publication here: lead tables not published (a Supabase project has one)');
    return;
  end if;
  foreach t in array array['leads', 'lead_events', 'lead_tasks', 'lead_labels', 'lead_transfers'] loop
    continue when exists (select 1 from pg_publication_tables where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = t);
    execute format('alter publication supabase_realtime add table public.%I', t);
  end loop;
end
$$;
