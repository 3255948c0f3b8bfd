-- Phase 4 of the SaleMate refactor: leads domain consolidation (plan "2. Leads Domain").
--
-- Phase 4 is split by target, one transaction each, so every file reads on its own and a
-- legacy table's backfill and the switch of its legacy name to a compatibility view commit
-- together:
--   000400 (this file)           helpers; leads and lead_batches, the canonical tables, aligned
--   000410 lead_events           <- feedback_history, case_feedback, lead_activities
--   000420 lead_tasks            <- lead_reminders, case_actions
--   000430 lead_labels           <- lead_tags
--   000440 lead_transfers        <- case_faces
--   000450 lead_recommendations  <- inventory_matches
--   000460 lead_transactions     <- lead_requests, lead_purchase_requests, purchase_requests, orders
--   000470 lead_sources          ad_integrations + banner_metrics summarised; CRM board counts
--
-- This file: leads gets every column the plan names (integration, monetisation, timestamps),
-- null timestamps filled from the best evidence (recorded in salemate.migration_notes),
-- created_at/updated_at not null, an updated_at trigger, an index on every key and on every
-- column the CRM filters or sorts on, a comment on every column, and RLS restated with the
-- salemate helpers (owner, buyer, assignee, their managers, staff). Running it again changes
-- nothing.

-- The bulk statements below hash and sort in memory (settings end with this file's transaction).
set local work_mem = '64MB';
set local maintenance_work_mem = '256MB';

-- Phase 4's own helpers (legacy_table, legacy_column, install_compat_view,
-- install_instead_of_triggers, tg_touch_updated_at and add_constraint_once are defined once,
-- in phase 1) ----------------------------------------------------------------------------------

-- salemate.legacy_column for a column a backfill can do without (a late addition): when the
-- legacy table lacks it, a note says so and the fallback stands in.
create or replace function salemate.optional_legacy_column(p_phase int, p_table text, p_column text, p_fallback text default 'null') returns text
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.legacy_table(p_table) is not null and not salemate.has_legacy_column(p_table, p_column) then
      perform salemate.note(p_phase, format('%s.%s', p_table, p_column),
        format('legacy %s has no column %s: its rows are carried with %s in its place', p_table, p_column, p_fallback));
    end if;
    return salemate.legacy_column(p_table, p_column, p_fallback);
  end
  $$;
comment on function salemate.optional_legacy_column(int, text, text, text) is 'salemate.legacy_column, with a migration note when the legacy table lacks the column.';

-- Adds a constraint unless the table has one of that name. Checks and foreign keys are added
-- NOT VALID and then validated (one scan, after the bulk insert): when legacy rows violate
-- them, the constraint stays NOT VALID (new rows are checked) and a note says so.
-- Carries a legacy table into its target in one statement. p_rows is a query over the legacy
-- table yielding every row still to carry, with its `id` and a `reject_reason` (null when the
-- row can be carried); p_insert is the insert, reading the rows it may carry as `carry`. Rows
-- with a reason go to salemate.migration_rejects, each with its whole legacy row.
create or replace function salemate.carry_legacy_rows(p_phase int, p_legacy_table text, p_target text, p_source regclass,
                                                      p_rows text, p_insert text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    execute format($q$
      with candidates as materialized (%1$s),
      rejected as (
        insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
        select %2$s, %3$L, r.id::text, %4$L, r.reject_reason, to_jsonb(t)
        from candidates r join %5$s t on t.id = r.id
        where r.reject_reason is not null
        on conflict (legacy_table, legacy_id, target_table) do nothing),
      carry as (select * from candidates where reject_reason is null)
      %6$s
    $q$, p_rows, p_phase, p_legacy_table, p_target, p_source, p_insert);
  end
  $$;
comment on function salemate.carry_legacy_rows(int, text, text, regclass, text, text) is 'Backfills one legacy table in one statement: the rows of p_rows with a reject_reason go to salemate.migration_rejects, p_insert carries the others (read as carry).';

-- The primary key of a table several legacy tables merged into, added after the bulk insert.
-- Legacy ids are kept as the new ids; should two legacy tables have used the same uuid, the
-- rows carried later (by legacy_table name) get fresh ids (legacy_id keeps the original) and
-- a note lists how many.
create or replace function salemate.add_merged_primary_key(p_phase int, p_table regclass, p_column text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    n bigint;
    name text := (select c.relname from pg_class c where c.oid = p_table) || '_pkey';
  begin
    if exists (select 1 from pg_constraint where conrelid = p_table and contype = 'p') then
      return;
    end if;
    begin
      execute format('alter table %s add constraint %I primary key (%I)', p_table, name, p_column);
    exception when unique_violation then
      execute format($q$
        update %1$s t set %2$I = gen_random_uuid()
        from (select ctid, row_number() over (partition by %2$I order by legacy_table, legacy_id) as k from %1$s) d
        where t.ctid = d.ctid and d.k > 1
      $q$, p_table, p_column);
      get diagnostics n = row_count;
      perform salemate.note(p_phase, format('%s.%s', p_table, p_column),
        format('%s row(s) of %s had an id another legacy table also used; they got new ids (legacy_id keeps the original)', n, p_table));
      execute format('alter table %s add constraint %I primary key (%I)', p_table, name, p_column);
    end;
  end
  $$;
comment on function salemate.add_merged_primary_key(int, regclass, text) is 'Adds the primary key of a merged table after its backfill, renumbering rows whose legacy id another legacy table also used.';

-- Like the other normalisers of phase 4, type_slug is plain immutable SQL (no security definer,
-- no search_path setting) so the planner inlines it into the set-based backfills.
-- A free-text type from a legacy row ('CALL_REMINDER', 'Stage Change', ' whatsapp ') as a
-- lower-case identifier ('call_reminder', 'stage_change', 'whatsapp'); 'other' when nothing is left.
create or replace function salemate.type_slug(p_text text) returns text
  language sql immutable parallel safe
  as $$ select coalesce(nullif(btrim(regexp_replace(lower(p_text), '[^a-z0-9]+', '_', 'g'), '_'), ''), 'other') $$;
comment on function salemate.type_slug(text) is 'A legacy type name as a lower_snake_case identifier (''other'' when empty).';

revoke execute on function salemate.legacy_table(text), salemate.legacy_column(text, text, text), salemate.optional_legacy_column(int, text, text, text),
  salemate.install_compat_view(int, text, text, text, boolean), salemate.install_instead_of_triggers(text, text),
  salemate.add_constraint_once(int, regclass, text, text), salemate.carry_legacy_rows(int, text, text, regclass, text, text),
  salemate.add_merged_primary_key(int, regclass, text) from public;
grant execute on function salemate.type_slug(text) to authenticated, service_role;

-- leads: the columns the consolidated schema relies on --------------------------------------
-- A database whose leads predates a late-added column gets it (null for existing rows); one
-- that keeps a column as another type (people ids or prices as text, stage or platform as
-- text) has it converted, a value that does not convert set aside (salemate.conform_kept_table).

do $$
begin
  if to_regclass('public.leads') is null then
    raise exception 'phase 4 needs public.leads, the canonical lead table, and this database has none';
  end if;
  perform salemate.conform_kept_table(4, 'leads', array[
    'client_name text', 'client_phone text', 'client_phone2 text', 'client_phone3 text', 'client_email text', 'client_job_title text',
    'company_name text', 'budget numeric', 'project_id uuid', 'project_name text', 'batch_id uuid', 'integration_id uuid',
    'platform public.platform_type', 'source text', 'upload_user_id uuid', 'stage public.lead_stage', 'priority text default ''normal''',
    'feedback text', 'owner_id uuid', 'buyer_user_id uuid', 'assigned_to_id uuid', 'assigned_at timestamptz', 'cpl_price numeric',
    'is_sold boolean', 'sold_at timestamptz', 'last_contacted_at timestamptz', 'next_followup_at timestamptz',
    'created_at timestamptz', 'updated_at timestamptz']);
end
$$;

-- lead_batches: a database that never had bulk uploads has no table for them; leads.batch_id,
-- the shop and lead_transactions point at one, so it is made empty in the shape this file gives
-- it (noted). One that has it gets the columns it lacks.

do $$
begin
  if to_regclass('public.lead_batches') is null then
    create table public.lead_batches (
      id uuid primary key default gen_random_uuid(),
      batch_name text not null,
      project_id uuid not null,
      upload_user_id uuid not null references public.profiles (id),
      cpl_price numeric,
      status text,
      total_leads numeric,
      successful_leads numeric,
      failed_leads numeric,
      created_at timestamptz default now(),
      updated_at timestamptz default now()
    );
    -- phase 5 moves this key from the archived projects to inventory_projects.
    if to_regclass('legacy_archive.projects') is not null then
      alter table public.lead_batches add constraint lead_batches_project_id_fkey foreign key (project_id) references legacy_archive.projects (id);
    end if;
    perform salemate.note(4, 'lead_batches', 'legacy lead_batches is absent: created empty (leads.batch_id, the shop and lead_transactions refer to it)');
  end if;
  perform salemate.conform_kept_table(4, 'lead_batches', array[
    'batch_name text', 'project_id uuid', 'upload_user_id uuid', 'cpl_price numeric', 'status text', 'total_leads numeric',
    'successful_leads numeric', 'failed_leads numeric', 'created_at timestamptz', 'updated_at timestamptz']);
end
$$;
select salemate.add_constraint_once(4, 'public.leads', 'leads_batch_id_fkey',
  'foreign key (batch_id) references public.lead_batches (id) on delete set null');

-- leads: consistent timestamps and is_sold ------------------------------------------------------
-- created_at null: the earliest evidence the lead existed (its batch's upload, its first
-- assignment, sale, contact or update), else the migration time. updated_at null: the latest
-- of created_at and those. is_sold null: sold when a buyer or a sale time is recorded. The
-- counts go to salemate.migration_notes; the rule is repeated in the column comments.

do $$
declare
  n_created bigint;
  n_updated bigint;
  n_sold bigint;
begin
  select count(*) filter (where created_at is null), count(*) filter (where updated_at is null), count(*) filter (where is_sold is null)
  into n_created, n_updated, n_sold
  from public.leads;
  if n_created + n_updated + n_sold = 0 then
    return;
  end if;

  -- (SET sees the old row, so updated_at repeats the created_at rule.)
  update public.leads l set
    created_at = coalesce(l.created_at,
                          least((select b.created_at from public.lead_batches b where b.id = l.batch_id),
                                l.updated_at, l.assigned_at, l.sold_at, l.last_contacted_at),
                          now()),
    updated_at = coalesce(l.updated_at,
                          greatest(coalesce(l.created_at,
                                            least((select b.created_at from public.lead_batches b where b.id = l.batch_id),
                                                  l.assigned_at, l.sold_at, l.last_contacted_at),
                                            now()),
                                   l.assigned_at, l.sold_at, l.last_contacted_at)),
    is_sold = coalesce(l.is_sold, l.sold_at is not null or l.buyer_user_id is not null)
  where l.created_at is null or l.updated_at is null or l.is_sold is null;

  perform salemate.note(4, 'leads.timestamps', format(
    '%s lead(s) had no created_at: set to the earliest of their batch''s created_at, updated_at, assigned_at, sold_at and last_contacted_at (else the migration time). '
    '%s had no updated_at: set to the latest of created_at, assigned_at, sold_at and last_contacted_at. '
    '%s had no is_sold: set to true when buyer_user_id or sold_at is recorded, else false.',
    n_created, n_updated, n_sold));
end
$$;

alter table public.leads
  alter column created_at set default now(), alter column created_at set not null,
  alter column updated_at set default now(), alter column updated_at set not null,
  alter column is_sold set default false, alter column is_sold set not null;

-- leads: keys and checks. Legacy never declared these; a legacy value that breaks one leaves it
-- NOT VALID (noted), so the rows stay and new rows are checked. project_id keeps its key to the
-- archived projects table until phase 5 re-points it at inventory_projects.
select salemate.add_constraint_once(4, 'public.leads', 'leads_cpl_price_check', 'check (cpl_price >= 0)');
select salemate.add_constraint_once(4, 'public.leads', 'leads_upload_user_id_fkey',
  'foreign key (upload_user_id) references public.profiles (id) on delete set null');
do $$
begin
  if to_regclass('public.ad_integrations') is null then
    perform salemate.note(4, 'leads.integration_id', 'ad_integrations is absent: leads.integration_id has no foreign key');
    return;
  end if;
  perform salemate.add_constraint_once(4, 'public.leads', 'leads_integration_id_fkey',
    'foreign key (integration_id) references public.ad_integrations (id) on delete set null');
end
$$;

-- leads: indexes on every key and every column the CRM filters or sorts on (the legacy schema
-- already has buyer_user_id, project_id and stage).
create index if not exists leads_buyer_user_id_idx on public.leads (buyer_user_id);
create index if not exists leads_project_id_idx on public.leads (project_id);
create index if not exists leads_stage_idx on public.leads (stage);
create index if not exists leads_owner_id_idx on public.leads (owner_id);
create index if not exists leads_assigned_to_id_idx on public.leads (assigned_to_id);
create index if not exists leads_batch_id_idx on public.leads (batch_id);
create index if not exists leads_integration_id_idx on public.leads (integration_id);
create index if not exists leads_upload_user_id_idx on public.leads (upload_user_id);
create index if not exists leads_created_at_idx on public.leads (created_at);
create index if not exists leads_is_sold_idx on public.leads (is_sold);
create index if not exists leads_platform_idx on public.leads (platform);
create index if not exists leads_next_followup_at_idx on public.leads (next_followup_at) where next_followup_at is not null;

drop trigger if exists tg_leads__touch_updated_at on public.leads;
create trigger tg_leads__touch_updated_at before update on public.leads
  for each row execute function salemate.tg_touch_updated_at();

comment on table public.leads is 'A prospective buyer of a real-estate unit: the canonical lead record of the CRM and the shop (stage, ownership, assignment, sale). Its history lives in lead_events, lead_tasks, lead_labels, lead_transfers and lead_recommendations.';
comment on column public.leads.id is 'Lead id.';
comment on column public.leads.client_name is 'Client''s full name as uploaded.';
comment on column public.leads.client_phone is 'Client''s main phone number, as uploaded (formats vary).';
comment on column public.leads.client_phone2 is 'Client''s second phone number.';
comment on column public.leads.client_phone3 is 'Client''s third phone number.';
comment on column public.leads.client_email is 'Client''s e-mail address.';
comment on column public.leads.client_job_title is 'Client''s job title.';
comment on column public.leads.company_name is 'Client''s employer or company.';
comment on column public.leads.budget is 'Client''s stated budget, EGP.';
comment on column public.leads.project_id is 'Project the client asked about (inventory_projects from phase 5).';
comment on column public.leads.project_name is 'Project name as the lead source gave it (may differ from the project''s name).';
comment on column public.leads.batch_id is 'Bulk upload the lead came in (null for leads from ads or added by hand).';
comment on column public.leads.integration_id is 'Ad account (ad_integrations) that delivered the lead; null for uploads and manual leads.';
comment on column public.leads.platform is 'Advertising platform the lead came from (Facebook, Google, TikTok, Other).';
comment on column public.leads.source is 'Free-text origin of the lead (csv_upload, landing_page, referral, ...).';
comment on column public.leads.upload_user_id is 'Profile who uploaded or created the lead.';
comment on column public.leads.stage is 'CRM pipeline stage (New Lead, Potential, Hot Case, ...).';
comment on column public.leads.priority is 'Working priority: normal, high, low or urgent.';
comment on column public.leads.feedback is 'Latest free-text feedback on the lead (its history is in lead_events).';
comment on column public.leads.owner_id is 'Profile that owns the lead (its buyer, or whoever created it for themselves).';
comment on column public.leads.buyer_user_id is 'Profile that bought the lead in the shop; null while it is for sale.';
comment on column public.leads.assigned_to_id is 'Profile (agent) working the lead now; its handovers are in lead_transfers.';
comment on column public.leads.assigned_at is 'When the lead was last assigned.';
comment on column public.leads.cpl_price is 'Price the lead was sold for (cost per lead), EGP; never negative.';
comment on column public.leads.is_sold is 'Whether the lead has been sold. Legacy nulls were set from buyer_user_id / sold_at (phase 4).';
comment on column public.leads.sold_at is 'When the lead was sold.';
comment on column public.leads.last_contacted_at is 'When an agent last contacted the client.';
comment on column public.leads.next_followup_at is 'When the next follow-up is due.';
comment on column public.leads.created_at is 'When the lead entered SaleMate. Legacy nulls were set to the earliest of its batch upload, assignment, sale, contact and update (phase 4).';
comment on column public.leads.updated_at is 'When the lead last changed (set by trigger). Legacy nulls were set to the latest of created_at, assignment, sale and contact (phase 4).';

-- leads: who may do what ---------------------------------------------------------------------
-- Agents see and work the leads they own, bought or are assigned; managers and team leads also
-- those of the people they manage; admins and support read all; only admins delete. Every
-- lead_* table checks visibility with `exists (select 1 from public.leads ...)`, which runs
-- under these policies, so they apply to a lead's whole history.

alter table public.leads enable row level security;
-- Every policy leads had goes, whatever its name (salemate.legacy_policies keeps them).
select salemate.take_over_policies(4, 'public.leads');

drop policy if exists "Agents read leads they own, bought or are assigned" on public.leads;
create policy "Agents read leads they own, bought or are assigned" on public.leads for select to authenticated
  using (owner_id = (select salemate.current_profile_id())
      or buyer_user_id = (select salemate.current_profile_id())
      or assigned_to_id = (select salemate.current_profile_id()));

drop policy if exists "Managers read the leads of the people they manage" on public.leads;
create policy "Managers read the leads of the people they manage" on public.leads for select to authenticated
  using (owner_id = any (array(select salemate.managed_profile_ids()))
      or assigned_to_id = any (array(select salemate.managed_profile_ids()))
      or buyer_user_id = any (array(select salemate.managed_profile_ids())));

drop policy if exists "Admins and support read every lead" on public.leads;
-- Every lead for staff, as a range of ids (salemate.staff_id_floor: empty for anyone else) so the
-- three policies combine as index scans for everybody.
create policy "Admins and support read every lead" on public.leads for select to authenticated
  using (id between (select salemate.staff_id_floor()) and 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid);

drop policy if exists "Signed-in users add leads for themselves" on public.leads;
-- The owner must be the caller: a lead with no owner is shop stock, which only admins add
-- (ingest_lead_batch), or any signed-in user could put leads up for sale.
create policy "Signed-in users add leads for themselves" on public.leads for insert to authenticated
  with check (owner_id = (select salemate.current_profile_id())
           or (select salemate.has_role('admin')));

drop policy if exists "Agents and their managers update the leads they work" on public.leads;
create policy "Agents and their managers update the leads they work" on public.leads for update to authenticated
  using (owner_id = (select salemate.current_profile_id())
      or buyer_user_id = (select salemate.current_profile_id())
      or assigned_to_id = (select salemate.current_profile_id())
      or owner_id = any (array(select salemate.managed_profile_ids()))
      or assigned_to_id = any (array(select salemate.managed_profile_ids()))
      or buyer_user_id = any (array(select salemate.managed_profile_ids())));

drop policy if exists "Admins update every lead" on public.leads;
create policy "Admins update every lead" on public.leads for update to authenticated
  using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));

drop policy if exists "Admins delete leads" on public.leads;
create policy "Admins delete leads" on public.leads for delete to authenticated
  using ((select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.leads');

-- Grants: no anonymous access; updates are granted by column at the end of the file (the
-- legacy app writes most columns, RLS decides which rows).
revoke all on public.leads from anon;
grant select, insert, delete on public.leads to authenticated;
grant all on public.leads to service_role;

-- lead_batches: bulk upload metadata ---------------------------------------------------------

do $$
declare
  n_created bigint;
  n_updated bigint;
begin
  select count(*) filter (where created_at is null), count(*) filter (where updated_at is null) into n_created, n_updated
  from public.lead_batches;
  if n_created + n_updated = 0 then
    return;
  end if;
  update public.lead_batches b set
    created_at = coalesce(b.created_at, x.first_lead_at, b.updated_at, now()),
    updated_at = coalesce(b.updated_at, greatest(coalesce(b.created_at, x.first_lead_at, now()), x.last_lead_at))
  from (
    select b2.id, min(l.created_at) as first_lead_at, max(l.created_at) as last_lead_at
    from public.lead_batches b2 left join public.leads l on l.batch_id = b2.id
    where b2.created_at is null or b2.updated_at is null
    group by b2.id
  ) x
  where b.id = x.id;
  perform salemate.note(4, 'lead_batches.timestamps', format(
    '%s batch(es) had no created_at: set to their first lead''s created_at (else updated_at, else the migration time). '
    '%s had no updated_at: set to the latest of created_at and their last lead''s created_at.', n_created, n_updated));
end
$$;

alter table public.lead_batches
  alter column created_at set default now(), alter column created_at set not null,
  alter column updated_at set default now(), alter column updated_at set not null;

select salemate.add_constraint_once(4, 'public.lead_batches', 'lead_batches_cpl_price_check', 'check (cpl_price >= 0)');
select salemate.add_constraint_once(4, 'public.lead_batches', 'lead_batches_lead_counts_check',
  'check (total_leads >= 0 and successful_leads >= 0 and failed_leads >= 0)');

create index if not exists lead_batches_project_id_idx on public.lead_batches (project_id);
create index if not exists lead_batches_upload_user_id_idx on public.lead_batches (upload_user_id);
create index if not exists lead_batches_created_at_idx on public.lead_batches (created_at);
create index if not exists lead_batches_status_idx on public.lead_batches (status);

drop trigger if exists tg_lead_batches__touch_updated_at on public.lead_batches;
create trigger tg_lead_batches__touch_updated_at before update on public.lead_batches
  for each row execute function salemate.tg_touch_updated_at();

comment on table public.lead_batches is 'A bulk upload of leads for one project (CSV), priced per lead; leads.batch_id points here.';
comment on column public.lead_batches.id is 'Batch id.';
comment on column public.lead_batches.batch_name is 'Name shown to admins, e.g. "Mivida - Facebook - Mar 2025".';
comment on column public.lead_batches.project_id is 'Project the leads are for (inventory_projects from phase 5).';
comment on column public.lead_batches.upload_user_id is 'Profile who uploaded the batch.';
comment on column public.lead_batches.cpl_price is 'Price of one lead of this batch (cost per lead), EGP.';
comment on column public.lead_batches.status is 'Upload status as the uploader recorded it (completed, processing, partial, failed; older batches have none).';
comment on column public.lead_batches.total_leads is 'Rows in the uploaded file.';
comment on column public.lead_batches.successful_leads is 'Rows that became leads.';
comment on column public.lead_batches.failed_leads is 'Rows that could not be imported.';
comment on column public.lead_batches.created_at is 'When the batch was uploaded. Legacy nulls were set from its first lead (phase 4).';
comment on column public.lead_batches.updated_at is 'When the batch last changed (set by trigger).';

alter table public.lead_batches enable row level security;
select salemate.take_over_policies(4, 'public.lead_batches');
drop policy if exists "Uploaders read their batches" on public.lead_batches;
create policy "Uploaders read their batches" on public.lead_batches for select to authenticated
  using (upload_user_id = (select salemate.current_profile_id()));
drop policy if exists "Admins and support read every batch" on public.lead_batches;
create policy "Admins and support read every batch" on public.lead_batches for select to authenticated
  using ((select salemate.is_staff()));
drop policy if exists "Admins manage batches" on public.lead_batches;
create policy "Admins manage batches" on public.lead_batches for all to authenticated
  using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.lead_batches');

revoke all on public.lead_batches from anon;
grant select, insert, delete on public.lead_batches to authenticated;
grant all on public.lead_batches to service_role;

-- Both tables: signed-in users may update every column but the id and the creation time.
do $$
declare
  t regclass;
  cols text;
begin
  foreach t in array array['public.leads', 'public.lead_batches']::regclass[] loop
    select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into cols
    from pg_attribute a
    where a.attrelid = t and a.attnum > 0 and not a.attisdropped and a.attname not in ('id', 'created_at');
    execute format('revoke update on %s from authenticated', t);
    execute format('grant update (%s) on %s to authenticated', cols, t);
  end loop;
end
$$;
