-- Inventory matcher (issue 20; replaces the edge function inventory-matcher).
--
-- A lead's wishes are its budget (leads.budget) and three new columns: preferred_area,
-- preferred_property_type and min_bedrooms, written like the lead's other client details. The
-- matcher keeps ONE recommendation per lead, source 'matcher' (a unique index), recomputed:
--   * when a lead is created or its wishes change: tg_leads__schedule_inventory_match enqueues
--     match_lead_inventory keyed 'match_lead_inventory:<lead id>' (many changes, one run);
--   * nightly, for every lead with wishes (cron item match_all_lead_inventory, server/jobs/crontab),
--     since inventory changes too.
-- A rerun that finds the same units changes nothing (no duplicate, no new created_at). The rules
-- are salemate.inventory_matches, documented there and in README "Server-side jobs". Who sees a
-- recommendation: whoever sees the lead (phase 4 policy on lead_recommendations).
-- Running the file again changes nothing.

alter table public.leads add column if not exists preferred_area text;
alter table public.leads add column if not exists preferred_property_type text;
alter table public.leads add column if not exists min_bedrooms integer;
select salemate.add_constraint_once(4, 'public.leads', 'leads_min_bedrooms_check', 'check (min_bedrooms between 0 and 20)');
comment on column public.leads.preferred_area is 'Where the client wants to buy (a region or district, e.g. New Cairo); the inventory matcher reads it.';
comment on column public.leads.preferred_property_type is 'Kind of unit the client wants (Apartment, Villa, Townhouse, Chalet, ...); the inventory matcher reads it.';
comment on column public.leads.min_bedrooms is 'Fewest bedrooms the client accepts; the inventory matcher reads it.';
grant update (preferred_area, preferred_property_type, min_bedrooms) on public.leads to authenticated;

alter table public.lead_recommendations drop constraint if exists lead_recommendations_source_check;
alter table public.lead_recommendations add constraint lead_recommendations_source_check check (source in ('ai', 'manual', 'matcher'));
comment on column public.lead_recommendations.source is 'ai (the legacy AI matcher wrote advice), manual (a filter search) or matcher (the inventory matcher job: one per lead, kept up to date).';
create unique index if not exists lead_recommendations_matcher_lead_id_key on public.lead_recommendations (lead_id) where source = 'matcher';

-- The rules ---------------------------------------------------------------------------------------

create or replace function salemate.inventory_matches(p_budget numeric, p_area text, p_property_type text, p_min_bedrooms integer)
  returns setof public.inventory_items
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select i.*
    from public.inventory_items i
    where i.status = 'available'
      and i.price_in_egp is not null and i.price_in_egp >= 500000
      and (p_budget is null or i.price_in_egp <= p_budget)
      and (nullif(btrim(p_area), '') is null
           or i.area ilike '%' || btrim(p_area) || '%' or i.compound ilike '%' || btrim(p_area) || '%')
      and (nullif(btrim(p_property_type), '') is null or i.property_type ilike '%' || btrim(p_property_type) || '%')
      and (p_min_bedrooms is null or i.number_of_bedrooms >= p_min_bedrooms)
    order by i.price_in_egp desc, i.id
  $$;
comment on function salemate.inventory_matches(numeric, text, text, integer) is
'The inventory matcher''s rules: available units priced from 500,000 EGP up to the budget, whose area or compound contains the
wished area, whose property type contains the wished type, with at least the wished bedrooms (an absent wish does not filter),
dearest first (closest to the budget). The recommendation keeps the best 10, one per developer.';
revoke all on function salemate.inventory_matches(numeric, text, text, integer) from public;

-- Recomputes one lead's recommendation; returns its id (null: the lead has no wishes or is gone).
create or replace function salemate.match_lead_inventory(p_lead uuid) returns uuid
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    l record;
    v_filters jsonb;
    v_total integer;
    v_top jsonb;
    v_id uuid;
  begin
    select x.id, x.budget, nullif(btrim(x.preferred_area), '') as area, nullif(btrim(x.preferred_property_type), '') as property_type, x.min_bedrooms
      into l from public.leads x where x.id = p_lead;
    if not found then
      return null;
    end if;
    if l.budget is null and l.area is null and l.property_type is null and l.min_bedrooms is null then
      delete from public.lead_recommendations r where r.lead_id = p_lead and r.source = 'matcher';
      return null;
    end if;
    v_filters := jsonb_strip_nulls(jsonb_build_object('budget_max', l.budget, 'area', l.area, 'property_type', l.property_type, 'min_bedrooms', l.min_bedrooms));
    -- One pass over the matches: their number, and the best unit of each developer, best 10 first.
    with m as materialized (
      select x.id, x.developer, x.price_in_egp from salemate.inventory_matches(l.budget, l.area, l.property_type, l.min_bedrooms) x
    ), best as (
      select distinct on (coalesce(lower(m.developer), '')) m.id, m.price_in_egp
      from m order by coalesce(lower(m.developer), ''), m.price_in_egp desc, m.id
    )
    select (select count(*) from m),
           (select coalesce(jsonb_agg(b.id order by b.price_in_egp desc, b.id), '[]')
            from (select best.id, best.price_in_egp from best order by best.price_in_egp desc, best.id limit 10) b)
      into v_total, v_top;
    insert into public.lead_recommendations as r (lead_id, filters, result_count, top_units, source)
    values (p_lead, v_filters, v_total, v_top, 'matcher')
    on conflict (lead_id) where source = 'matcher' do update
      set filters = excluded.filters, result_count = excluded.result_count, top_units = excluded.top_units, created_at = now()
      where (r.filters, r.result_count, r.top_units) is distinct from (excluded.filters, excluded.result_count, excluded.top_units);
    select r.recommendation_id into v_id from public.lead_recommendations r where r.lead_id = p_lead and r.source = 'matcher';
    return v_id;
  end
  $$;
comment on function salemate.match_lead_inventory(uuid) is 'For the matcher jobs: recomputes the lead''s matcher recommendation from salemate.inventory_matches (best 10 units, one per developer); unchanged results are left as they are.';
revoke all on function salemate.match_lead_inventory(uuid) from public;

-- The nightly run, in batches: the leads with wishes after p_after (by id). Returns the last lead
-- id done (null: finished).
create or replace function salemate.match_lead_inventory_batch(p_after uuid, p_limit integer default 200) returns uuid
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_last uuid;
    v_id uuid;
  begin
    for v_id in
      select x.id from public.leads x
      where (p_after is null or x.id > p_after)
        and (x.budget is not null or x.preferred_area is not null or x.preferred_property_type is not null or x.min_bedrooms is not null
             or exists (select 1 from public.lead_recommendations r where r.lead_id = x.id and r.source = 'matcher'))
      order by x.id
      limit p_limit
    loop
      perform salemate.match_lead_inventory(v_id);
      v_last := v_id;
    end loop;
    return v_last;
  end
  $$;
comment on function salemate.match_lead_inventory_batch(uuid, integer) is 'For the nightly matcher job: recomputes up to p_limit leads after p_after (by id); returns the last one, null when done.';
revoke all on function salemate.match_lead_inventory_batch(uuid, integer) from public;

create or replace function salemate.tg_leads__schedule_inventory_match() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if tg_op = 'UPDATE' and (new.budget, new.preferred_area, new.preferred_property_type, new.min_bedrooms)
                             is not distinct from (old.budget, old.preferred_area, old.preferred_property_type, old.min_bedrooms) then
      return null;
    end if;
    if tg_op = 'INSERT' and new.budget is null and new.preferred_area is null and new.preferred_property_type is null and new.min_bedrooms is null then
      return null;
    end if;
    perform salemate.add_job('match_lead_inventory', jsonb_build_object('lead_id', new.id), null, 'match_lead_inventory:' || new.id);
    return null;
  end
  $$;
comment on function salemate.tg_leads__schedule_inventory_match() is 'Enqueues the lead''s inventory match when it is created with wishes or its wishes change.';
revoke all on function salemate.tg_leads__schedule_inventory_match() from public;
drop trigger if exists tg_leads__schedule_inventory_match on public.leads;
create trigger tg_leads__schedule_inventory_match after insert or update of budget, preferred_area, preferred_property_type, min_bedrooms on public.leads
  for each row execute function salemate.tg_leads__schedule_inventory_match();
