-- salemate:replaces sha256:a09e3d2c175d3e65bfe86d4cb0776de17e2590f083c7a82c4041f28f26565759
-- (that revision copied the units into a temporary table and kept inventory_items' project key up to date row by row; this one reads them through a view and adds the key after the rows: same end state)
-- Phase 5 of the SaleMate refactor: inventory alignment (plan "4. Inventory Domain").
--
--   legacy_archive.projects                     -> inventory_projects (ids kept: leads and batches point at them)
--   legacy_archive."salemate-inventory"         -> inventory_items (bigint ids kept, linked to its project)
--   legacy_archive.partners                     -> inventory_partners
--   legacy_archive.project_partner_commissions  -> inventory_partner_commissions
--   lead_transactions (type purchase, phase 4)  -> inventory_orders (view)
--   lead_analytics_mv                           -> rebuilt over inventory_projects
--
-- leads.project_id, lead_batches.project_id and lead_transactions.project_id are re-pointed
-- at inventory_projects. The legacy names stay as compatibility views with instead-of
-- triggers. Inventory is read by every signed-in user and written by admins and support.
-- Rows that cannot be carried go to salemate.migration_rejects with the reason.
-- Running the file again changes nothing.

-- The helpers shared by the phases (legacy_table, legacy_column, install_compat_view,
-- install_instead_of_triggers, tg_touch_updated_at) are defined once, in phase 1.
revoke execute on function salemate.legacy_table(text), salemate.legacy_column(text, text, text),
  salemate.install_compat_view(int, text, text, text, boolean), salemate.install_instead_of_triggers(text, text) from public;

-- inventory_projects ------------------------------------------------------------------------

create table if not exists public.inventory_projects (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  developer text not null,
  region text not null,
  price_per_lead numeric not null check (price_per_lead >= 0),
  available_leads numeric check (available_leads >= 0),
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.inventory_projects is 'Real-estate projects whose leads SaleMate sells (legacy projects, ids kept). Leads, lead batches and lead transactions refer to them.';
comment on column public.inventory_projects.id is 'Project id (the legacy projects.id).';
comment on column public.inventory_projects.name is 'Project (compound) name, e.g. Mivida.';
comment on column public.inventory_projects.developer is 'Developer that builds the project.';
comment on column public.inventory_projects.region is 'Region the project is in, e.g. New Cairo.';
comment on column public.inventory_projects.price_per_lead is 'Shop price of one lead of this project, EGP.';
comment on column public.inventory_projects.available_leads is 'Leads of this project left in the shop (null: not tracked).';
comment on column public.inventory_projects.description is 'Free-text description shown in the shop.';
comment on column public.inventory_projects.created_at is 'When the project was added.';
comment on column public.inventory_projects.updated_at is 'When the project last changed.';

-- Leads, batches and lead transactions refer to projects, so a project is never dropped for a
-- bad value: a negative price_per_lead or available_leads is rejected (with the row) only when
-- nothing refers to the project; a referenced project is carried with the value set to 0 and a
-- note naming the project and the original value.
do $$
declare
  src regclass := salemate.conformed_legacy_table(5, 'projects', array['inventory_projects'], array[
    'available_leads numeric', 'created_at timestamptz', 'description text', 'developer text', 'id uuid', 'name text', 'price_per_lead numeric', 'region text', 'updated_at timestamptz']);
  t text;
  n_fixed int;
  fixed text;
begin
  if src is null then
    perform salemate.note(5, 'projects', 'legacy projects is absent (or already replaced): inventory_projects not backfilled');
    return;
  end if;
  drop table if exists phase5_projects;
  execute format($q$
    create temporary table phase5_projects on commit drop as
    select s.id, s.name, s.developer, s.region, s.price_per_lead, %1$s as available_leads, %2$s as description,
           %3$s as created_at, %4$s as updated_at,
           (coalesce(s.price_per_lead, 0) < 0 or coalesce(%1$s, 0) < 0) as impossible,
           to_jsonb(s) as row_data
    from %5$s s
    where not exists (select 1 from public.inventory_projects t where t.id = s.id)
  $q$, salemate.legacy_column('projects', 'available_leads'), salemate.legacy_column('projects', 'description'),
       salemate.legacy_column('projects', 'created_at'), salemate.legacy_column('projects', 'updated_at'), src);

  -- Referenced by a lead, a batch or a lead transaction: carried with the value clamped.
  alter table phase5_projects add column referenced boolean not null default false;
  foreach t in array array['leads', 'lead_batches', 'lead_transactions'] loop
    continue when to_regclass(format('public.%I', t)) is null;
    execute format('update phase5_projects p set referenced = true where p.impossible and exists (select 1 from public.%I x where x.project_id = p.id)', t);
  end loop;

  insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
  select 5, 'projects', p.id::text, 'inventory_projects', 'negative price_per_lead or available_leads', p.row_data
  from phase5_projects p where p.impossible and not p.referenced
  on conflict (legacy_table, legacy_id, target_table) do nothing;

  select count(*), string_agg(format('%s (%s): price_per_lead %s, available_leads %s', p.name, p.id, p.price_per_lead, p.available_leads), '; ')
  into n_fixed, fixed
  from phase5_projects p where p.impossible and p.referenced;
  if n_fixed > 0 then
    perform salemate.note(5, 'projects.impossible_values',
      format('%s referenced project(s) had a negative price or stock; carried with the value set to 0: %s', n_fixed, fixed));
  end if;

  insert into public.inventory_projects (id, name, developer, region, price_per_lead, available_leads, description, created_at, updated_at)
  select p.id, p.name, p.developer, p.region,
         case when p.price_per_lead < 0 then 0 else p.price_per_lead end,
         case when p.available_leads < 0 then 0 else p.available_leads end, p.description,
         coalesce(p.created_at, p.updated_at, salemate.legacy_seen_at('projects')), coalesce(p.updated_at, p.created_at, salemate.legacy_seen_at('projects'))
  from phase5_projects p
  where not p.impossible or p.referenced
  on conflict (id) do nothing;
end
$$;

create index if not exists inventory_projects_name_idx on public.inventory_projects (name);
create index if not exists inventory_projects_developer_idx on public.inventory_projects (developer);
create index if not exists inventory_projects_region_idx on public.inventory_projects (region);
create index if not exists inventory_projects_created_at_idx on public.inventory_projects (created_at);

drop trigger if exists tg_inventory_projects__touch_updated_at on public.inventory_projects;
create trigger tg_inventory_projects__touch_updated_at before update on public.inventory_projects
  for each row execute function salemate.tg_touch_updated_at();

-- Re-point project references ---------------------------------------------------------------
-- Every foreign key outside legacy_archive that still points at the archived projects table
-- now points at inventory_projects (same name, on delete restrict); lead_transactions gets
-- one if phase 4 made it without. A column holding ids of no project keeps its rows and gets
-- the key NOT VALID (new rows are checked), with a note.

do $$
declare
  r record;
  target_tables text[] := array['leads', 'lead_batches', 'lead_transactions'];
  t text;
  orphans bigint;
  cname text;
begin
  for r in
    select c.conname, c.conrelid::regclass as tbl
    from pg_constraint c
    join pg_class k on k.oid = c.conrelid
    join pg_namespace n on n.oid = k.relnamespace
    where c.contype = 'f' and c.confrelid = to_regclass('legacy_archive.projects') and n.nspname <> 'legacy_archive'
  loop
    execute format('alter table %s drop constraint %I', r.tbl, r.conname);
    perform salemate.note(5, format('%s.%s', r.tbl, r.conname), format('foreign key %s on %s re-pointed from legacy_archive.projects to inventory_projects', r.conname, r.tbl));
  end loop;

  foreach t in array target_tables loop
    continue when to_regclass(format('public.%I', t)) is null
      or not exists (select 1 from pg_attribute where attrelid = to_regclass(format('public.%I', t)) and attname = 'project_id' and not attisdropped);
    continue when exists (
      select 1 from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.conrelid = to_regclass(format('public.%I', t))
        and c.confrelid = 'public.inventory_projects'::regclass and a.attname = 'project_id');
    cname := t || '_project_id_fkey';
    -- The key's own validation is the check for orphans (one pass over leads' 300,000 rows,
    -- not a count first and the validation after); the orphans are counted only when there are some.
    begin
      execute format('alter table public.%I add constraint %I foreign key (project_id) references public.inventory_projects (id) on delete restrict', t, cname);
    exception when foreign_key_violation then
      execute format('select count(*) from public.%I x where x.project_id is not null and not exists (select 1 from public.inventory_projects p where p.id = x.project_id)', t)
        into orphans;
      execute format('alter table public.%I add constraint %I foreign key (project_id) references public.inventory_projects (id) on delete restrict not valid', t, cname);
      perform salemate.note(5, format('%s.project_id', t),
        format('%s row(s) of %s name a project that does not exist; the foreign key to inventory_projects is NOT VALID (new rows are checked)', orphans, t));
    end;
  end loop;
  foreach t in array target_tables loop
    continue when to_regclass(format('public.%I', t)) is null
      or not exists (select 1 from pg_attribute where attrelid = to_regclass(format('public.%I', t)) and attname = 'project_id' and not attisdropped);
    continue when exists (
      select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
      where i.indrelid = to_regclass(format('public.%I', t)) and a.attname = 'project_id');
    execute format('create index %I on public.%I (project_id)', t || '_project_id_idx', t);
  end loop;
end
$$;

-- inventory_partners ------------------------------------------------------------------------

create table if not exists public.inventory_partners (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  logo_path text,
  website text,
  description text,
  commission_rate numeric check (commission_rate between 0 and 100),
  status text not null default 'pending' check (status in ('active', 'inactive', 'pending')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.inventory_partners is 'Brokerages SaleMate works with (legacy partners, ids kept), with their default commission.';
comment on column public.inventory_partners.id is 'Partner id (the legacy partners.id).';
comment on column public.inventory_partners.name is 'Partner (brokerage) name.';
comment on column public.inventory_partners.logo_path is 'Storage path of the partner''s logo.';
comment on column public.inventory_partners.website is 'Partner website URL.';
comment on column public.inventory_partners.description is 'Free-text description.';
comment on column public.inventory_partners.commission_rate is 'Default commission, percent (0-100). Legacy fractions below 1 (0.025) were read as percent x 100 (2.5).';
comment on column public.inventory_partners.status is 'active, inactive or pending (legacy null: pending, awaiting review).';
comment on column public.inventory_partners.created_at is 'When the partner was added.';
comment on column public.inventory_partners.updated_at is 'When the partner last changed.';

-- Commission rates are percent. Legacy rows written as a fraction (0 < rate < 1, e.g. 0.025
-- for 2.5%) are read as fractions and multiplied by 100; a rate outside 0..100 after that is
-- rejected with the row.
create or replace function salemate.commission_percent(p_rate numeric) returns numeric
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$ select case when p_rate > 0 and p_rate < 1 then trim_scale(p_rate * 100) else p_rate end $$;
comment on function salemate.commission_percent(numeric) is 'Legacy commission rate as percent: fractions (0 < r < 1) are multiplied by 100.';

do $$
declare
  src regclass := salemate.conformed_legacy_table(5, 'partners', array['inventory_partners'], array[
    'commission_rate numeric', 'created_at timestamptz', 'description text', 'id uuid', 'logo_path text', 'name text', 'status text', 'updated_at timestamptz', 'website text']);
  n int;
begin
  if src is null then
    perform salemate.note(5, 'partners', 'legacy partners is absent (or already replaced): inventory_partners not backfilled');
    return;
  end if;
  drop table if exists phase5_partners;
  execute format($q$
    create temporary table phase5_partners on commit drop as
    select s.id, s.name, %1$s as logo_path, %2$s as website, %3$s as description,
           s.commission_rate as legacy_rate, salemate.commission_percent(s.commission_rate) as commission_rate,
           coalesce(nullif(lower(btrim(s.status::text)), ''), 'pending') as status,
           coalesce(%4$s, %5$s, salemate.legacy_seen_at('partners')) as created_at, coalesce(%5$s, %4$s, salemate.legacy_seen_at('partners')) as updated_at,
           to_jsonb(s) as row_data
    from %6$s s
    where not exists (select 1 from public.inventory_partners t where t.id = s.id)
  $q$, salemate.legacy_column('partners', 'logo_path'), salemate.legacy_column('partners', 'website'),
       salemate.legacy_column('partners', 'description'), salemate.legacy_column('partners', 'created_at'),
       salemate.legacy_column('partners', 'updated_at'), src);

  insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
  select 5, 'partners', p.id::text, 'inventory_partners',
         case when p.commission_rate not between 0 and 100 then 'commission_rate outside 0..100 percent'
              else format('unknown partner status %L', p.row_data ->> 'status') end,
         p.row_data
  from phase5_partners p
  where p.commission_rate not between 0 and 100 or p.status not in ('active', 'inactive', 'pending')
  on conflict (legacy_table, legacy_id, target_table) do nothing;

  insert into public.inventory_partners (id, name, logo_path, website, description, commission_rate, status, created_at, updated_at)
  select p.id, p.name, p.logo_path, p.website, p.description, p.commission_rate, p.status, p.created_at, p.updated_at
  from phase5_partners p
  where coalesce(p.commission_rate between 0 and 100, true) and p.status in ('active', 'inactive', 'pending')
  on conflict (id) do nothing;
  get diagnostics n = row_count;
  if n = 0 then
    return;
  end if;

  select count(*) into n from phase5_partners p
  where p.legacy_rate > 0 and p.legacy_rate < 1 and p.status in ('active', 'inactive', 'pending');
  if n > 0 then
    perform salemate.note(5, 'partners.commission_rate', format('%s partner(s) had a commission written as a fraction (0 < rate < 1); carried as percent (x 100)', n));
  end if;
  select count(*) into n from phase5_partners p where p.row_data ->> 'status' is null;
  if n > 0 then
    perform salemate.note(5, 'partners.status', format('%s partner(s) had no status; carried as pending', n));
  end if;
end
$$;

create index if not exists inventory_partners_name_idx on public.inventory_partners (name);
create index if not exists inventory_partners_status_idx on public.inventory_partners (status);

drop trigger if exists tg_inventory_partners__touch_updated_at on public.inventory_partners;
create trigger tg_inventory_partners__touch_updated_at before update on public.inventory_partners
  for each row execute function salemate.tg_touch_updated_at();

-- inventory_partner_commissions ---------------------------------------------------------------

create table if not exists public.inventory_partner_commissions (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.inventory_projects (id) on delete cascade,
  partner_id uuid not null references public.inventory_partners (id) on delete cascade,
  commission_rate numeric not null check (commission_rate between 0 and 100),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.inventory_partner_commissions is 'Commission a partner earns on a project (legacy project_partner_commissions, ids kept). At most one active row per project and partner.';
comment on column public.inventory_partner_commissions.id is 'Commission id (the legacy id).';
comment on column public.inventory_partner_commissions.project_id is 'The project.';
comment on column public.inventory_partner_commissions.partner_id is 'The partner.';
comment on column public.inventory_partner_commissions.commission_rate is 'Commission, percent (0-100); legacy fractions were multiplied by 100.';
comment on column public.inventory_partner_commissions.is_active is 'Whether this rate applies now; older rates stay as inactive history.';
comment on column public.inventory_partner_commissions.created_at is 'When the rate was set.';
comment on column public.inventory_partner_commissions.updated_at is 'When the row last changed.';

do $$
declare
  src regclass := salemate.conformed_legacy_table(5, 'project_partner_commissions', array['inventory_partner_commissions'], array[
    'id uuid', 'project_id uuid', 'partner_id uuid', 'commission_rate numeric', 'is_active boolean', 'created_at timestamptz', 'updated_at timestamptz']);
begin
  if src is null then
    perform salemate.note(5, 'project_partner_commissions', 'legacy project_partner_commissions is absent (or already replaced): inventory_partner_commissions not backfilled');
    return;
  end if;
  -- One reason per row, first that applies; duplicates: the newest active row of a
  -- (project, partner) pair wins, the other active rows are rejected.
  drop table if exists phase5_commissions;
  execute format($q$
    create temporary table phase5_commissions on commit drop as
    select s.id, s.project_id, s.partner_id, salemate.commission_percent(s.commission_rate) as commission_rate,
           coalesce(s.is_active, true) as is_active,
           coalesce(%1$s, %2$s, now()) as created_at, coalesce(%2$s, %1$s, now()) as updated_at,
           to_jsonb(s) as row_data,
           case
             when not exists (select 1 from public.inventory_projects p where p.id = s.project_id) then 'project was not carried (missing or rejected)'
             when not exists (select 1 from public.inventory_partners p where p.id = s.partner_id) then 'partner was not carried (missing or rejected)'
             when s.commission_rate is null or salemate.commission_percent(s.commission_rate) not between 0 and 100 then 'commission_rate outside 0..100 percent'
           end as reason
    from %3$s s
    where not exists (select 1 from public.inventory_partner_commissions t where t.id = s.id)
  $q$, salemate.legacy_column('project_partner_commissions', 'created_at'),
       salemate.legacy_column('project_partner_commissions', 'updated_at'), src);

  update phase5_commissions c
  set reason = 'duplicate active commission for this project and partner; the newest active row was kept'
  from (
    select id, row_number() over (partition by project_id, partner_id order by updated_at desc, created_at desc, id desc) as rn
    from (
      select id, project_id, partner_id, updated_at, created_at from phase5_commissions where reason is null and is_active
      union all
      select id, project_id, partner_id, 'infinity', 'infinity' from public.inventory_partner_commissions where is_active
    ) a
  ) d
  where d.id = c.id and d.rn > 1;

  insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
  select 5, 'project_partner_commissions', c.id::text, 'inventory_partner_commissions', c.reason, c.row_data
  from phase5_commissions c where c.reason is not null
  on conflict (legacy_table, legacy_id, target_table) do nothing;

  insert into public.inventory_partner_commissions (id, project_id, partner_id, commission_rate, is_active, created_at, updated_at)
  select c.id, c.project_id, c.partner_id, c.commission_rate, c.is_active, c.created_at, c.updated_at
  from phase5_commissions c where c.reason is null
  on conflict (id) do nothing;
end
$$;

create unique index if not exists inventory_partner_commissions_active_pair_key
  on public.inventory_partner_commissions (project_id, partner_id) where is_active;
create index if not exists inventory_partner_commissions_project_id_idx on public.inventory_partner_commissions (project_id);
create index if not exists inventory_partner_commissions_partner_id_idx on public.inventory_partner_commissions (partner_id);
create index if not exists inventory_partner_commissions_is_active_idx on public.inventory_partner_commissions (is_active);

drop trigger if exists tg_inventory_partner_commissions__touch_updated_at on public.inventory_partner_commissions;
create trigger tg_inventory_partner_commissions__touch_updated_at before update on public.inventory_partner_commissions
  for each row execute function salemate.tg_touch_updated_at();

-- inventory_items -----------------------------------------------------------------------------

create table if not exists public.inventory_items (
  id bigint generated by default as identity primary key,
  project_id uuid, -- references public.inventory_projects (id) on delete set null: added after the backfill, below
  status text not null default 'available' check (status in ('available', 'reserved', 'sold', 'archived')),
  unit_id text,
  unit_number text,
  building_number text,
  compound text,
  developer text,
  area text,
  property_type text,
  number_of_bedrooms integer check (number_of_bedrooms >= 0),
  number_of_bathrooms integer check (number_of_bathrooms >= 0),
  unit_area numeric check (unit_area >= 0),
  price_in_egp numeric check (price_in_egp >= 0),
  price_per_meter numeric check (price_per_meter >= 0),
  currency text default 'EGP',
  finishing text,
  sale_type text,
  is_launch boolean default false,
  ready_by text,
  floor_number integer,
  garden_area numeric check (garden_area >= 0),
  roof_area numeric check (roof_area >= 0),
  phase text,
  payment_plans text,
  offers text,
  image text,
  original_unit_id text,
  last_inventory_update timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.inventory_items is 'Units for sale: the canonical inventory the shop lists (legacy "salemate-inventory", ids kept). Duplicate unit_id values are distinct rows kept as they were.';
comment on column public.inventory_items.id is 'Unit row id (the legacy bigint id; new rows continue after the largest).';
comment on column public.inventory_items.project_id is 'The project this unit belongs to: the project whose name is the unit''s compound (developer breaks ties); null when none matches.';
comment on column public.inventory_items.status is 'available, reserved, sold or archived (legacy rows: available).';
comment on column public.inventory_items.unit_id is 'The developer''s unit reference; not unique in legacy data.';
comment on column public.inventory_items.unit_number is 'Unit number within the building.';
comment on column public.inventory_items.building_number is 'Building number within the compound.';
comment on column public.inventory_items.compound is 'Compound (project) name as the inventory feed spells it.';
comment on column public.inventory_items.developer is 'Developer name as the inventory feed spells it.';
comment on column public.inventory_items.area is 'Location (region / district) of the unit.';
comment on column public.inventory_items.property_type is 'Apartment, Villa, Townhouse, Chalet, ...';
comment on column public.inventory_items.number_of_bedrooms is 'Bedrooms.';
comment on column public.inventory_items.number_of_bathrooms is 'Bathrooms.';
comment on column public.inventory_items.unit_area is 'Built-up area, square metres.';
comment on column public.inventory_items.price_in_egp is 'Asking price, EGP.';
comment on column public.inventory_items.price_per_meter is 'Asking price per square metre.';
comment on column public.inventory_items.currency is 'Currency of the prices (EGP unless stated).';
comment on column public.inventory_items.finishing is 'Finishing level (Fully Finished, Semi Finished, Core & Shell, ...).';
comment on column public.inventory_items.sale_type is 'Primary or resale.';
comment on column public.inventory_items.is_launch is 'Whether the unit is part of a new launch.';
comment on column public.inventory_items.ready_by is 'Delivery date as the feed gives it (free text).';
comment on column public.inventory_items.floor_number is 'Floor (negative: basement).';
comment on column public.inventory_items.garden_area is 'Garden area, square metres.';
comment on column public.inventory_items.roof_area is 'Roof area, square metres.';
comment on column public.inventory_items.phase is 'Project phase the unit belongs to.';
comment on column public.inventory_items.payment_plans is 'Payment plans as the feed gives them (free text).';
comment on column public.inventory_items.offers is 'Current offers (free text).';
comment on column public.inventory_items.image is 'Image URL.';
comment on column public.inventory_items.original_unit_id is 'Unit reference in the source feed before SaleMate renumbered it.';
comment on column public.inventory_items.last_inventory_update is 'When the feed last reported this unit.';
comment on column public.inventory_items.created_at is 'When the unit was added.';
comment on column public.inventory_items.updated_at is 'When the unit last changed.';

-- The project of a unit: the one project whose name is the compound (case and surrounding
-- spaces ignored); when several share the name, the one whose developer also matches.
create or replace function salemate.inventory_project_for(p_compound text, p_developer text) returns uuid
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    with c as (
      select p.id, lower(btrim(p.developer)) = lower(btrim(p_developer)) as same_developer
      from public.inventory_projects p
      where lower(btrim(p.name)) = lower(btrim(p_compound))
    )
    select case
      when (select count(*) from c) = 1 then (select id from c)
      when (select count(*) from c where same_developer) = 1 then (select id from c where same_developer)
    end
  $$;
comment on function salemate.inventory_project_for(text, text) is 'The inventory_projects row a unit''s compound/developer names, or null when none or several match.';
grant execute on function salemate.inventory_project_for(text, text) to authenticated, service_role;

do $$
declare
  src regclass := salemate.conformed_legacy_table(5, 'salemate-inventory', array['inventory_items'], array[
    'id bigint', 'unit_id text', 'unit_number text', 'building_number text', 'compound text', 'developer text', 'area text', 'property_type text', 'number_of_bedrooms integer', 'number_of_bathrooms integer', 'unit_area numeric', 'price_in_egp numeric', 'price_per_meter numeric', 'currency text', 'finishing text', 'sale_type text', 'is_launch boolean', 'ready_by text', 'floor_number integer', 'garden_area numeric', 'roof_area numeric', 'phase text', 'payment_plans text', 'offers text', 'image text', 'original_unit_id text', 'last_inventory_update timestamptz', 'created_at timestamptz', 'updated_at timestamptz']);
  cols text[] := array['unit_id', 'unit_number', 'building_number', 'compound', 'developer', 'area', 'property_type',
    'number_of_bedrooms', 'number_of_bathrooms', 'unit_area', 'price_in_egp', 'price_per_meter', 'currency', 'finishing',
    'sale_type', 'is_launch', 'ready_by', 'floor_number', 'garden_area', 'roof_area', 'phase', 'payment_plans', 'offers',
    'image', 'original_unit_id', 'last_inventory_update'];
  sel text;
  c text;
  missing text[] := '{}';
  dup_values int;
  dup_rows int;
  dup_sample text;
  seq text;
  top bigint;
  next_value bigint;
begin
  if src is null then
    perform salemate.note(5, 'salemate-inventory', 'legacy "salemate-inventory" is absent (or already replaced): inventory_items not backfilled');
    return;
  end if;
  foreach c in array cols loop
    if not salemate.has_legacy_column('salemate-inventory', c) then missing := missing || c; end if;
  end loop;
  if cardinality(missing) > 0 then
    perform salemate.note(5, 'salemate-inventory.columns', format('legacy "salemate-inventory" lacks %s; carried as null', array_to_string(missing, ', ')));
  end if;
  select string_agg(salemate.legacy_column('salemate-inventory', x) || ' as ' || quote_ident(x), ', ' order by o)
  into sel from unnest(cols) with ordinality as u(x, o);

  -- The legacy rows as read here: a temporary view, not a copy (copying the 50,000 wide rows,
  -- each also as JSON, took longer than the insert). row_data is computed for the rejected
  -- rows only: the insert does not read it. Dropped at the end of this block.
  drop view if exists phase5_items;
  drop table if exists phase5_item_projects;
  execute format($q$
    create temporary view phase5_items as
    select s.id, %1$s, %2$s as created_at, %3$s as updated_at, to_jsonb(s) as row_data
    from %4$s s
    where not exists (select 1 from public.inventory_items t where t.id = s.id)
  $q$, sel, salemate.legacy_column('salemate-inventory', 'created_at'), salemate.legacy_column('salemate-inventory', 'updated_at'), src);

  insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
  select 5, 'salemate-inventory', i.id::text, 'inventory_items',
         'impossible value: negative ' || array_to_string(array_remove(array[
           case when i.price_in_egp < 0 then 'price_in_egp' end,
           case when i.price_per_meter < 0 then 'price_per_meter' end,
           case when i.unit_area < 0 then 'unit_area' end,
           case when i.garden_area < 0 then 'garden_area' end,
           case when i.roof_area < 0 then 'roof_area' end,
           case when i.number_of_bedrooms < 0 then 'number_of_bedrooms' end,
           case when i.number_of_bathrooms < 0 then 'number_of_bathrooms' end], null), ', '),
         i.row_data
  from phase5_items i
  where i.price_in_egp < 0 or i.price_per_meter < 0 or i.unit_area < 0 or i.garden_area < 0 or i.roof_area < 0
     or i.number_of_bedrooms < 0 or i.number_of_bathrooms < 0
  on conflict (legacy_table, legacy_id, target_table) do nothing;

  -- The project of each distinct compound/developer pair, resolved once.
  create temporary table phase5_item_projects on commit drop as
  select d.compound, d.developer, salemate.inventory_project_for(d.compound, d.developer) as project_id
  from (select distinct compound, developer from phase5_items) d;

  -- The units as they go in (a temporary view, inserted from below).
  drop view if exists phase5_items_in;
  create temporary view phase5_items_in as
  select i.id, m.project_id, 'available'::text as status, i.unit_id, i.unit_number, i.building_number, i.compound, i.developer, i.area,
    i.property_type, i.number_of_bedrooms, i.number_of_bathrooms, i.unit_area, i.price_in_egp, i.price_per_meter, i.currency,
    i.finishing, i.sale_type, i.is_launch, i.ready_by, i.floor_number, i.garden_area, i.roof_area, i.phase, i.payment_plans,
    i.offers, i.image, i.original_unit_id, i.last_inventory_update,
    coalesce(i.created_at, i.updated_at, now()) as created_at, coalesce(i.updated_at, i.created_at, now()) as updated_at
  from phase5_items i
  -- "is not distinct from" on both names, as a hash join: equal text, or both null
  left join phase5_item_projects m
    on coalesce(m.compound, '') = coalesce(i.compound, '') and (m.compound is null) = (i.compound is null)
   and coalesce(m.developer, '') = coalesce(i.developer, '') and (m.developer is null) = (i.developer is null)
  where not (coalesce(i.price_in_egp, 0) < 0 or coalesce(i.price_per_meter, 0) < 0 or coalesce(i.unit_area, 0) < 0
          or coalesce(i.garden_area, 0) < 0 or coalesce(i.roof_area, 0) < 0
          or coalesce(i.number_of_bedrooms, 0) < 0 or coalesce(i.number_of_bathrooms, 0) < 0);

  -- A plain insert: the ids are the legacy primary key and the ones already carried are left
  -- out, so none conflicts, and speculative insertion (on conflict) cost as much again as the
  -- insert. Should an id repeat after all, the insert is redone skipping the repeats.
  begin
    insert into public.inventory_items (id, project_id, status, unit_id, unit_number, building_number, compound, developer, area,
      property_type, number_of_bedrooms, number_of_bathrooms, unit_area, price_in_egp, price_per_meter, currency, finishing,
      sale_type, is_launch, ready_by, floor_number, garden_area, roof_area, phase, payment_plans, offers, image,
      original_unit_id, last_inventory_update, created_at, updated_at)
    select * from phase5_items_in;
  exception when unique_violation then
    insert into public.inventory_items (id, project_id, status, unit_id, unit_number, building_number, compound, developer, area,
      property_type, number_of_bedrooms, number_of_bathrooms, unit_area, price_in_egp, price_per_meter, currency, finishing,
      sale_type, is_launch, ready_by, floor_number, garden_area, roof_area, phase, payment_plans, offers, image,
      original_unit_id, last_inventory_update, created_at, updated_at)
    select * from phase5_items_in
    on conflict (id) do nothing;
  end;
  drop view phase5_items_in;

  -- Duplicate unit references are distinct rows (different prices, phases or feeds): kept, reported.
  select count(*), coalesce(sum(n), 0), string_agg(u, ', ' order by u) filter (where rk <= 10)
  into dup_values, dup_rows, dup_sample
  from (select unit_id as u, count(*) as n, row_number() over (order by unit_id) as rk
        from public.inventory_items where unit_id is not null group by unit_id having count(*) > 1) d;
  if dup_values > 0 then
    perform salemate.note(5, 'salemate-inventory.unit_id',
      format('%s unit_id value(s) occur on more than one row (%s rows); all kept as distinct items. First: %s', dup_values, dup_rows, dup_sample));
  end if;

  -- New units continue after the largest legacy id (rejected ids included, so none is reused).
  seq := pg_get_serial_sequence('public.inventory_items', 'id');
  execute format('select greatest((select max(id) from public.inventory_items), (select max(id) from %s))', src) into top;
  execute format('select case when is_called then last_value + 1 else last_value end from %s', seq) into next_value;
  if top is not null and top >= next_value then
    perform setval(seq, top, true);
  end if;
  drop view phase5_items;
end
$$;

-- The project key, checked once over the carried units rather than row by row (every project_id
-- above comes from inventory_projects). Same name and action as the column constraint it replaces.
do $$
begin
  if not exists (select 1 from pg_constraint where conrelid = 'public.inventory_items'::regclass and conname = 'inventory_items_project_id_fkey') then
    alter table public.inventory_items add constraint inventory_items_project_id_fkey
      foreign key (project_id) references public.inventory_projects (id) on delete set null;
  end if;
end
$$;

create index if not exists inventory_items_project_id_idx on public.inventory_items (project_id);
create index if not exists inventory_items_status_idx on public.inventory_items (status);
create index if not exists inventory_items_compound_idx on public.inventory_items (compound);
create index if not exists inventory_items_developer_idx on public.inventory_items (developer);
create index if not exists inventory_items_area_idx on public.inventory_items (area);
create index if not exists inventory_items_property_type_idx on public.inventory_items (property_type);
create index if not exists inventory_items_number_of_bedrooms_idx on public.inventory_items (number_of_bedrooms);
create index if not exists inventory_items_price_in_egp_idx on public.inventory_items (price_in_egp);
create index if not exists inventory_items_finishing_idx on public.inventory_items (finishing);
create index if not exists inventory_items_sale_type_idx on public.inventory_items (sale_type);
create index if not exists inventory_items_is_launch_idx on public.inventory_items (is_launch);
create index if not exists inventory_items_created_at_idx on public.inventory_items (created_at);
create index if not exists inventory_items_unit_id_idx on public.inventory_items (unit_id);

drop trigger if exists tg_inventory_items__touch_updated_at on public.inventory_items;
create trigger tg_inventory_items__touch_updated_at before update on public.inventory_items
  for each row execute function salemate.tg_touch_updated_at();

-- Row-level security --------------------------------------------------------------------------
-- Every signed-in user reads the inventory (the shop); admins and support write it.

do $$
declare
  t text;
  label text;
begin
  foreach t in array array['inventory_projects', 'inventory_partners', 'inventory_partner_commissions', 'inventory_items'] loop
    label := replace(replace(t, 'inventory_', ''), '_', ' ');
    execute format('alter table public.%I enable row level security', t);
    perform salemate.take_over_policies(5, format('public.%I', t)::regclass);
    execute format('drop policy if exists %I on public.%I', format('Signed-in users read inventory %s', label), t);
    execute format('create policy %I on public.%I for select to authenticated using (true)', format('Signed-in users read inventory %s', label), t);
    execute format('drop policy if exists %I on public.%I', format('Admins and support manage inventory %s', label), t);
    execute format('create policy %I on public.%I for all to authenticated using ((select salemate.is_staff())) with check ((select salemate.is_staff()))',
      format('Admins and support manage inventory %s', label), t);
    perform salemate.claim_policies(5, format('public.%I', t)::regclass);
    execute format('revoke all on public.%I from anon', t);
    execute format('grant select, delete on public.%I to authenticated', t);
    execute format('grant all on public.%I to service_role', t);
  end loop;
end
$$;

grant insert (id, name, developer, region, price_per_lead, available_leads, description, created_at, updated_at),
      update (name, developer, region, price_per_lead, available_leads, description, updated_at)
  on public.inventory_projects to authenticated;
grant insert (id, name, logo_path, website, description, commission_rate, status, created_at, updated_at),
      update (name, logo_path, website, description, commission_rate, status, updated_at)
  on public.inventory_partners to authenticated;
grant insert (id, project_id, partner_id, commission_rate, is_active, created_at, updated_at),
      update (project_id, partner_id, commission_rate, is_active, updated_at)
  on public.inventory_partner_commissions to authenticated;
grant insert (id, project_id, status, unit_id, unit_number, building_number, compound, developer, area, property_type,
        number_of_bedrooms, number_of_bathrooms, unit_area, price_in_egp, price_per_meter, currency, finishing, sale_type,
        is_launch, ready_by, floor_number, garden_area, roof_area, phase, payment_plans, offers, image, original_unit_id,
        last_inventory_update, created_at, updated_at),
      update (project_id, status, unit_id, unit_number, building_number, compound, developer, area, property_type,
        number_of_bedrooms, number_of_bathrooms, unit_area, price_in_egp, price_per_meter, currency, finishing, sale_type,
        is_launch, ready_by, floor_number, garden_area, roof_area, phase, payment_plans, offers, image, original_unit_id,
        last_inventory_update, updated_at)
  on public.inventory_items to authenticated;
grant usage, select on sequence public.inventory_items_id_seq to authenticated, service_role;

-- inventory_orders: the purchases among lead_transactions (phase 4) --------------------------

do $$
declare
  lt regclass := to_regclass('public.lead_transactions');
  type_col text;
  pk text;
begin
  if lt is null then
    perform salemate.note(5, 'inventory_orders', 'lead_transactions is absent (phase 4 not applied here): inventory_orders view not created');
    return;
  end if;
  select a.attname into type_col from pg_attribute a
  where a.attrelid = lt and a.attnum > 0 and not a.attisdropped and a.attname in ('transaction_type', 'type', 'kind')
  order by array_position(array['transaction_type', 'type', 'kind']::name[], a.attname) limit 1;
  if type_col is null then
    perform salemate.note(5, 'inventory_orders', 'lead_transactions has no transaction_type/type column: inventory_orders view not created');
    return;
  end if;
  select string_agg(a.attname, ',' order by k.ord) into pk
  from pg_constraint c cross join unnest(c.conkey) with ordinality k(attnum, ord)
  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
  where c.conrelid = lt and c.contype = 'p';
  execute format('create or replace view public.inventory_orders with (security_invoker = true) as select t.* from public.lead_transactions t where t.%I::text = %L',
    type_col, 'purchase');
  -- Smart tags lead the comment (PostGraphile reads tags only before the description).
  execute format('comment on view public.inventory_orders is %L',
    case when pk is not null then '@primaryKey ' || pk || E'\n' else '' end
    || case when exists (select 1 from pg_attribute where attrelid = lt and attname = 'project_id' and not attisdropped)
            then E'@foreignKey (project_id) references inventory_projects (id)\n' else '' end
    || 'Purchases of leads from the shop: the lead_transactions of type purchase (legacy orders live there since phase 4). Read with the caller''s rights on lead_transactions.');
  revoke all on public.inventory_orders from anon;
  grant select on public.inventory_orders to authenticated, service_role;
end
$$;

-- lead_analytics_mv over inventory_projects ----------------------------------------------------
-- Materialised views cannot have RLS: the view is not readable by anon or authenticated
-- (it counts every lead of the company) and hidden from GraphQL; admins read it through
-- public.lead_analytics(). Refreshing is the service role's job (refresh ... concurrently).

do $$
begin
  if to_regclass('public.lead_analytics_mv') is not null and exists (
    select 1 from pg_depend d join pg_rewrite r on r.oid = d.objid
    where r.ev_class = to_regclass('public.lead_analytics_mv') and d.refobjid = 'public.inventory_projects'::regclass) then
    return;
  end if;
  drop function if exists public.lead_analytics();
  drop materialized view if exists public.lead_analytics_mv;
  create materialized view public.lead_analytics_mv as
  select
    l.project_id,
    p.name as project_name,
    l.stage,
    l.platform,
    count(*) as lead_count,
    count(*) filter (where l.is_sold) as sold_count,
    sum(l.cpl_price) as total_cpl,
    max(l.created_at) as last_lead_at
  from public.leads l
  left join public.inventory_projects p on p.id = l.project_id
  group by l.project_id, p.name, l.stage, l.platform;
  create unique index lead_analytics_mv_key on public.lead_analytics_mv (project_id, stage, platform);
end
$$;
comment on materialized view public.lead_analytics_mv is E'@behavior -*\nCRM dashboard counts: leads per project, stage and platform, over inventory_projects. No RLS on materialised views, so it is not granted to anon/authenticated; admins read it through lead_analytics().';
revoke all on public.lead_analytics_mv from anon, authenticated;
grant select on public.lead_analytics_mv to service_role;

create or replace function public.lead_analytics()
  returns table (project_id uuid, project_name text, stage text, platform text, lead_count bigint, sold_count bigint, total_cpl numeric, last_lead_at timestamptz)
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select m.project_id, m.project_name, m.stage::text, m.platform::text, m.lead_count, m.sold_count, m.total_cpl, m.last_lead_at
    from public.lead_analytics_mv m
    where salemate.has_role('admin')
  $$;
comment on function public.lead_analytics() is 'Lead counts per project, stage and platform (lead_analytics_mv), for admins; empty for everyone else.';
revoke execute on function public.lead_analytics() from public;
grant execute on function public.lead_analytics() to authenticated, service_role;

-- Refreshing needs the view's owner; the scheduler (service role) does it through this.
create or replace function salemate.refresh_lead_analytics() returns void
  language sql security definer
  set search_path = pg_catalog, pg_temp
  as $$ refresh materialized view concurrently public.lead_analytics_mv $$;
comment on function salemate.refresh_lead_analytics() is 'Refreshes lead_analytics_mv without blocking readers; for the service role''s scheduler.';
revoke execute on function salemate.refresh_lead_analytics() from public;
grant execute on function salemate.refresh_lead_analytics() to service_role;

-- Compatibility views ---------------------------------------------------------------------------

select salemate.install_compat_view(5, 'projects', $v$
  select p.available_leads, p.created_at, p.description, p.developer, p.id, p.name, p.price_per_lead, p.region, p.updated_at
  from public.inventory_projects p
$v$, 'Compatibility view: legacy projects, now inventory_projects (phase 5).');

create or replace function salemate.tg_projects__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.inventory_projects (id, name, developer, region, price_per_lead, available_leads, description, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), new.name, new.developer, new.region, new.price_per_lead, new.available_leads,
            new.description, coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning id, created_at, updated_at into new.id, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_projects__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.inventory_projects set name = new.name, developer = new.developer, region = new.region,
      price_per_lead = new.price_per_lead, available_leads = new.available_leads, description = new.description
    where id = old.id
    returning updated_at into new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_projects__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.inventory_projects where id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('projects', 'projects');

select salemate.install_compat_view(5, 'partners', format($v$
  select p.commission_rate, p.created_at, p.description, p.id, p.logo_path, p.name, %s as status, p.updated_at, p.website
  from public.inventory_partners p
$v$, case when to_regtype('public.partner_status') is not null then 'p.status::public.partner_status' else 'p.status' end),
  'Compatibility view: legacy partners, now inventory_partners (phase 5). commission_rate is percent.');

create or replace function salemate.tg_partners__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.inventory_partners (id, name, logo_path, website, description, commission_rate, status, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), new.name, new.logo_path, new.website, new.description,
            salemate.commission_percent(new.commission_rate), coalesce(new.status::text, 'pending'),
            coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning id, commission_rate, status, created_at, updated_at
    into new.id, new.commission_rate, new.status, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_partners__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.inventory_partners set name = new.name, logo_path = new.logo_path, website = new.website,
      description = new.description, commission_rate = salemate.commission_percent(new.commission_rate),
      status = coalesce(new.status::text, 'pending')
    where id = old.id
    returning commission_rate, status, updated_at into new.commission_rate, new.status, new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_partners__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.inventory_partners where id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('partners', 'partners');

select salemate.install_compat_view(5, 'project_partner_commissions', $v$
  select c.id, c.project_id, c.partner_id, c.commission_rate, c.is_active, c.created_at, c.updated_at
  from public.inventory_partner_commissions c
$v$, 'Compatibility view: legacy project_partner_commissions, now inventory_partner_commissions (phase 5). commission_rate is percent.');

create or replace function salemate.tg_project_partner_commissions__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.inventory_partner_commissions (id, project_id, partner_id, commission_rate, is_active, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), new.project_id, new.partner_id, salemate.commission_percent(new.commission_rate),
            coalesce(new.is_active, true), coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning id, commission_rate, is_active, created_at, updated_at
    into new.id, new.commission_rate, new.is_active, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_project_partner_commissions__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.inventory_partner_commissions set project_id = new.project_id, partner_id = new.partner_id,
      commission_rate = salemate.commission_percent(new.commission_rate), is_active = new.is_active
    where id = old.id
    returning commission_rate, updated_at into new.commission_rate, new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_project_partner_commissions__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.inventory_partner_commissions where id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('project_partner_commissions', 'project_partner_commissions');

select salemate.install_compat_view(5, 'salemate-inventory', $v$
  select i.id, i.unit_id, i.unit_number, i.building_number, i.compound, i.developer, i.area, i.property_type,
         i.number_of_bedrooms, i.number_of_bathrooms, i.unit_area, i.price_in_egp, i.price_per_meter, i.currency,
         i.finishing, i.sale_type, i.is_launch, i.ready_by, i.floor_number, i.garden_area, i.roof_area, i.phase,
         i.payment_plans, i.offers, i.image, i.original_unit_id, i.last_inventory_update, i.created_at, i.updated_at
  from public.inventory_items i
$v$, 'Compatibility view: legacy "salemate-inventory", now inventory_items (phase 5).');

create or replace function salemate.tg_salemate_inventory__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.inventory_items (id, project_id, unit_id, unit_number, building_number, compound, developer, area,
      property_type, number_of_bedrooms, number_of_bathrooms, unit_area, price_in_egp, price_per_meter, currency, finishing,
      sale_type, is_launch, ready_by, floor_number, garden_area, roof_area, phase, payment_plans, offers, image,
      original_unit_id, last_inventory_update, created_at, updated_at)
    values (coalesce(new.id, nextval(pg_get_serial_sequence('public.inventory_items', 'id'))),
      salemate.inventory_project_for(new.compound, new.developer), new.unit_id, new.unit_number, new.building_number,
      new.compound, new.developer, new.area, new.property_type, new.number_of_bedrooms, new.number_of_bathrooms,
      new.unit_area, new.price_in_egp, new.price_per_meter, coalesce(new.currency, 'EGP'), new.finishing, new.sale_type,
      coalesce(new.is_launch, false), new.ready_by, new.floor_number, new.garden_area, new.roof_area, new.phase,
      new.payment_plans, new.offers, new.image, new.original_unit_id, new.last_inventory_update,
      coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning id, currency, is_launch, created_at, updated_at into new.id, new.currency, new.is_launch, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_salemate_inventory__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.inventory_items set
      project_id = case when new.compound is distinct from old.compound or new.developer is distinct from old.developer
                        then salemate.inventory_project_for(new.compound, new.developer) else project_id end,
      unit_id = new.unit_id, unit_number = new.unit_number, building_number = new.building_number, compound = new.compound,
      developer = new.developer, area = new.area, property_type = new.property_type, number_of_bedrooms = new.number_of_bedrooms,
      number_of_bathrooms = new.number_of_bathrooms, unit_area = new.unit_area, price_in_egp = new.price_in_egp,
      price_per_meter = new.price_per_meter, currency = new.currency, finishing = new.finishing, sale_type = new.sale_type,
      is_launch = new.is_launch, ready_by = new.ready_by, floor_number = new.floor_number, garden_area = new.garden_area,
      roof_area = new.roof_area, phase = new.phase, payment_plans = new.payment_plans, offers = new.offers, image = new.image,
      original_unit_id = new.original_unit_id, last_inventory_update = new.last_inventory_update
    where id = old.id
    returning updated_at into new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_salemate_inventory__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.inventory_items where id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('salemate-inventory', 'salemate_inventory');

-- The legacy tables are read by nothing outside the archive now: their policies and API grants go.
select salemate.take_over_archived_table(5, t) from unnest(array['projects', 'partners', 'project_partner_commissions', 'salemate-inventory']) t;
