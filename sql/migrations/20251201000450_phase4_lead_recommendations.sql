-- Phase 4: lead_recommendations, the units suggested for a lead (plan "2. Leads Domain").
--
--   legacy_archive.inventory_matches -> lead_recommendations
--
-- Ids and created_at are kept. A legacy match with a written recommendation came from the
-- inventory matcher's AI (source 'ai'); one without is a plain filter search ('manual').
-- Rejected: a match of a lead that no longer exists, a negative result_count. A creator with no
-- profile leaves created_by null and is kept in legacy_data. Running the file again changes
-- nothing.

-- The bulk statements below hash and sort in memory (settings end with this file's transaction).
set local work_mem = '64MB';
set local maintenance_work_mem = '256MB';

create table if not exists public.lead_recommendations (
  recommendation_id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  filters jsonb not null default '{}',
  result_count integer not null default 0 check (result_count >= 0),
  top_units jsonb,
  recommendation text,
  source text not null default 'manual' check (source in ('ai', 'manual')),
  created_by uuid,
  created_at timestamptz not null default now(),
  legacy_id text,
  legacy_data jsonb check (jsonb_typeof(legacy_data) = 'object')
);
-- Keys, foreign keys and indexes follow the backfill.

comment on table public.lead_recommendations is 'Inventory units matched to a lead''s wishes, by the AI matcher or a manual search. Replaces inventory_matches. Visible to whoever can see the lead.';
comment on column public.lead_recommendations.recommendation_id is 'Recommendation id (the legacy inventory_matches id for carried rows).';
comment on column public.lead_recommendations.lead_id is 'Lead the units were matched for; recommendations go with their lead.';
comment on column public.lead_recommendations.filters is 'Search filters used, as JSON (budget_max, bedrooms, area, property_type, ...).';
comment on column public.lead_recommendations.result_count is 'How many units matched.';
comment on column public.lead_recommendations.top_units is 'The best matches (inventory_items ids), as a JSON array.';
comment on column public.lead_recommendations.recommendation is 'Advice written for the agent (by the AI matcher).';
comment on column public.lead_recommendations.source is 'ai (the inventory matcher wrote advice) or manual (a filter search).';
comment on column public.lead_recommendations.created_by is 'Profile who ran the match.';
comment on column public.lead_recommendations.created_at is 'When the match was run.';
comment on column public.lead_recommendations.legacy_id is 'Id of the legacy inventory_matches row it was carried from (null for matches after phase 4).';
comment on column public.lead_recommendations.legacy_data is 'Legacy values no column holds as they were: created_by (no such profile). Null when none.';

alter table public.lead_recommendations enable row level security;

-- Backfill -----------------------------------------------------------------------------------

do $$
declare
  src regclass := salemate.conformed_legacy_table(4, 'inventory_matches', array['lead_recommendations'], array[
    'id uuid', 'lead_id uuid', 'filters jsonb', 'result_count integer', 'top_units jsonb', 'recommendation text', 'created_by uuid', 'created_at timestamptz']);
  q text;
begin
  if src is null then
    perform salemate.note(4, 'inventory_matches', 'legacy inventory_matches is absent (or already replaced): nothing carried into lead_recommendations');
    return;
  end if;
  q := format($q$
    select s.id, %4$s as legacy_extra, s.lead_id, s.filters, s.result_count, %1$s as top_units, %2$s as recommendation, s.created_by, s.created_at,
           s.created_by in (select p.id from public.profiles p) as user_known,
           case when l.id is null then 'lead does not exist (deleted lead)'
                when s.result_count < 0 then 'result_count is negative'
           end as reject_reason
    from %3$s s
    left join public.leads l on l.id = s.lead_id
    where not exists (select 1 from public.lead_recommendations t where t.legacy_id = s.id::text)
  $q$, salemate.optional_legacy_column(4, 'inventory_matches', 'top_units', 'null::jsonb'), salemate.optional_legacy_column(4, 'inventory_matches', 'recommendation', 'null::text'), src, salemate.legacy_extra_columns('inventory_matches'));

  perform salemate.carry_legacy_rows(4, 'inventory_matches', 'lead_recommendations', src, q, $i$
    insert into public.lead_recommendations (recommendation_id, lead_id, filters, result_count, top_units, recommendation, source,
                                             created_by, created_at, legacy_id, legacy_data)
    select r.id, r.lead_id, coalesce(r.filters, '{}'), coalesce(r.result_count, 0), r.top_units, r.recommendation,
           case when r.recommendation is not null then 'ai' else 'manual' end,
           case when r.user_known then r.created_by end, r.created_at, r.id::text,
           salemate.with_extra_columns(case when r.created_by is not null and not r.user_known then jsonb_build_object('created_by', r.created_by) end, r.legacy_extra)
    from carry r
  $i$);
end
$$;

-- Keys and indexes, after the bulk insert --------------------------------------------------------

select salemate.add_constraint_once(4, 'public.lead_recommendations', 'lead_recommendations_pkey', 'primary key (recommendation_id)');
select salemate.add_constraint_once(4, 'public.lead_recommendations', 'lead_recommendations_legacy_id_key', 'unique (legacy_id)');
select salemate.add_constraint_once(4, 'public.lead_recommendations', 'lead_recommendations_lead_id_fkey',
  'foreign key (lead_id) references public.leads (id) on delete cascade');
select salemate.add_constraint_once(4, 'public.lead_recommendations', 'lead_recommendations_created_by_fkey',
  'foreign key (created_by) references public.profiles (id) on delete set null');

create index if not exists lead_recommendations_lead_id_created_at_idx on public.lead_recommendations (lead_id, created_at);
create index if not exists lead_recommendations_created_by_idx on public.lead_recommendations (created_by);

-- Who may do what ------------------------------------------------------------------------------

select salemate.take_over_policies(4, 'public.lead_recommendations');
drop policy if exists "People who can see a lead read its recommendations" on public.lead_recommendations;
create policy "People who can see a lead read its recommendations" on public.lead_recommendations for select to authenticated
  using (exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "People who can see a lead run matches for it as themselves" on public.lead_recommendations;
create policy "People who can see a lead run matches for it as themselves" on public.lead_recommendations for insert to authenticated
  with check (created_by = (select salemate.current_profile_id())
              and exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Creators and admins delete recommendations" on public.lead_recommendations;
create policy "Creators and admins delete recommendations" on public.lead_recommendations for delete to authenticated
  using (created_by = (select salemate.current_profile_id()) or (select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.lead_recommendations');

revoke all on public.lead_recommendations from anon, authenticated;
grant select, delete on public.lead_recommendations to authenticated;
grant insert (recommendation_id, lead_id, filters, result_count, top_units, recommendation, source, created_by, created_at)
  on public.lead_recommendations to authenticated;
grant all on public.lead_recommendations to service_role;

-- Compatibility view -----------------------------------------------------------------------------
-- Matches are a record: the legacy app never edited them, and the view keeps it that way
-- (updates change nothing).

select salemate.install_compat_view(4, 'inventory_matches', $v$
  select m.recommendation_id as id, m.lead_id, m.filters, m.result_count, m.top_units, m.recommendation,
         coalesce(m.created_by, (m.legacy_data->>'created_by')::uuid) as created_by, m.created_at
  from public.lead_recommendations m
$v$, 'Compatibility view: legacy inventory_matches, now lead_recommendations (phase 4).');

create or replace function salemate.tg_inventory_matches__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.lead_recommendations (recommendation_id, lead_id, filters, result_count, top_units, recommendation, source, created_by, created_at)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, coalesce(new.filters, '{}'), coalesce(new.result_count, 0), new.top_units,
            new.recommendation, case when new.recommendation is not null then 'ai' else 'manual' end,
            coalesce(new.created_by, salemate.current_profile_id()), coalesce(new.created_at, now()))
    returning recommendation_id, filters, result_count, created_by, created_at
      into new.id, new.filters, new.result_count, new.created_by, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_inventory_matches__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    return null;
  end
  $$;
create or replace function salemate.tg_inventory_matches__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_recommendations where recommendation_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('inventory_matches', 'inventory_matches');

-- The legacy table is read by nothing outside the archive now: its policies and API grants go.
select salemate.take_over_archived_table(4, 'inventory_matches');
