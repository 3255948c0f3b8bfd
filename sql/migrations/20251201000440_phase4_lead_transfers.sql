-- Phase 4: lead_transfers, the handovers of a lead between agents (plan "2. Leads Domain").
--
--   legacy_archive.case_faces -> lead_transfers ("change face": from_agent -> to_agent)
--
-- Ids and created_at are kept. Rejected: a handover of a lead that no longer exists. A profile
-- id that names no profile leaves its column null and is kept in legacy_data. Recording a
-- transfer does not reassign the lead (leads.assigned_to_id is written separately, as before).
-- Running the file again changes nothing.

-- The bulk statements below hash and sort in memory (settings end with this file's transaction).
set local work_mem = '64MB';
set local maintenance_work_mem = '256MB';

create table if not exists public.lead_transfers (
  transfer_id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  from_profile_id uuid,
  to_profile_id uuid,
  reason text,
  transferred_by uuid,
  created_at timestamptz not null default now(),
  legacy_id text,
  legacy_data jsonb check (jsonb_typeof(legacy_data) = 'object')
);
-- Keys, foreign keys and indexes follow the backfill.

comment on table public.lead_transfers is 'A lead handed from one agent to another, with why and by whom. Replaces case_faces. Visible to whoever can see the lead and to both agents.';
comment on column public.lead_transfers.transfer_id is 'Transfer id (the legacy case_faces id for carried rows).';
comment on column public.lead_transfers.lead_id is 'Lead handed over; transfers go with their lead.';
comment on column public.lead_transfers.from_profile_id is 'Agent who had the lead (null: it was unassigned, or the profile is gone).';
comment on column public.lead_transfers.to_profile_id is 'Agent who got the lead (null only when the profile is gone).';
comment on column public.lead_transfers.reason is 'Why it was handed over.';
comment on column public.lead_transfers.transferred_by is 'Profile (usually a manager) who made the handover.';
comment on column public.lead_transfers.created_at is 'When it was handed over.';
comment on column public.lead_transfers.legacy_id is 'Id of the legacy case_faces row it was carried from (null for transfers after phase 4).';
comment on column public.lead_transfers.legacy_data is 'Legacy profile ids that name no profile: from_agent, to_agent, created_by. Null when none.';

alter table public.lead_transfers enable row level security;

-- Backfill -----------------------------------------------------------------------------------

do $$
declare
  src regclass := salemate.conformed_legacy_table(4, 'case_faces', array['lead_transfers'], array[
    'id uuid', 'lead_id uuid', 'from_agent uuid', 'to_agent uuid', 'reason text', 'created_by uuid', 'created_at timestamptz']);
  q text;
begin
  if src is null then
    perform salemate.note(4, 'case_faces', 'legacy case_faces is absent (or already replaced): nothing carried into lead_transfers');
    return;
  end if;
  q := format($q$
    select s.id, %3$s as legacy_extra, s.lead_id, s.from_agent, s.to_agent, %1$s as reason, s.created_by, s.created_at,
           case when s.from_agent in (select p.id from public.profiles p) then s.from_agent end as from_known,
           case when s.to_agent in (select p.id from public.profiles p) then s.to_agent end as to_known,
           case when s.created_by in (select p.id from public.profiles p) then s.created_by end as by_known,
           case when l.id is null then 'lead does not exist (deleted lead)' end as reject_reason
    from %2$s s
    left join public.leads l on l.id = s.lead_id
    where not exists (select 1 from public.lead_transfers t where t.legacy_id = s.id::text)
  $q$, salemate.optional_legacy_column(4, 'case_faces', 'reason', 'null::text'), src, salemate.legacy_extra_columns('case_faces'));

  perform salemate.carry_legacy_rows(4, 'case_faces', 'lead_transfers', src, q, $i$
    insert into public.lead_transfers (transfer_id, lead_id, from_profile_id, to_profile_id, reason, transferred_by, created_at, legacy_id, legacy_data)
    select r.id, r.lead_id, r.from_known, r.to_known, r.reason, r.by_known, r.created_at, r.id::text,
           salemate.with_extra_columns(nullif(case when r.from_agent is not null and r.from_known is null then jsonb_build_object('from_agent', r.from_agent) else '{}' end
                  || case when r.to_agent is not null and r.to_known is null then jsonb_build_object('to_agent', r.to_agent) else '{}' end
                  || case when r.created_by is not null and r.by_known is null then jsonb_build_object('created_by', r.created_by) else '{}' end, '{}'), r.legacy_extra)
    from carry r
  $i$);
end
$$;

-- Keys and indexes, after the bulk insert --------------------------------------------------------

select salemate.add_constraint_once(4, 'public.lead_transfers', 'lead_transfers_pkey', 'primary key (transfer_id)');
select salemate.add_constraint_once(4, 'public.lead_transfers', 'lead_transfers_legacy_id_key', 'unique (legacy_id)');
select salemate.add_constraint_once(4, 'public.lead_transfers', 'lead_transfers_lead_id_fkey',
  'foreign key (lead_id) references public.leads (id) on delete cascade');
select salemate.add_constraint_once(4, 'public.lead_transfers', 'lead_transfers_from_profile_id_fkey',
  'foreign key (from_profile_id) references public.profiles (id) on delete set null');
select salemate.add_constraint_once(4, 'public.lead_transfers', 'lead_transfers_to_profile_id_fkey',
  'foreign key (to_profile_id) references public.profiles (id) on delete set null');
select salemate.add_constraint_once(4, 'public.lead_transfers', 'lead_transfers_transferred_by_fkey',
  'foreign key (transferred_by) references public.profiles (id) on delete set null');

create index if not exists lead_transfers_lead_id_created_at_idx on public.lead_transfers (lead_id, created_at);
create index if not exists lead_transfers_from_profile_id_idx on public.lead_transfers (from_profile_id);
create index if not exists lead_transfers_to_profile_id_idx on public.lead_transfers (to_profile_id);
create index if not exists lead_transfers_transferred_by_idx on public.lead_transfers (transferred_by);

-- Who may do what ------------------------------------------------------------------------------

select salemate.take_over_policies(4, 'public.lead_transfers');
drop policy if exists "People who can see a lead read its transfers" on public.lead_transfers;
create policy "People who can see a lead read its transfers" on public.lead_transfers for select to authenticated
  using (exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Agents read the handovers they were part of" on public.lead_transfers;
create policy "Agents read the handovers they were part of" on public.lead_transfers for select to authenticated
  using (from_profile_id = (select salemate.current_profile_id()) or to_profile_id = (select salemate.current_profile_id()));

drop policy if exists "People who can see a lead record its handovers as themselves" on public.lead_transfers;
create policy "People who can see a lead record its handovers as themselves" on public.lead_transfers for insert to authenticated
  with check (transferred_by = (select salemate.current_profile_id())
              and exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Whoever made a handover corrects its reason" on public.lead_transfers;
create policy "Whoever made a handover corrects its reason" on public.lead_transfers for update to authenticated
  using (transferred_by = (select salemate.current_profile_id()))
  with check (transferred_by = (select salemate.current_profile_id()));

drop policy if exists "Admins delete transfers" on public.lead_transfers;
create policy "Admins delete transfers" on public.lead_transfers for delete to authenticated
  using ((select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.lead_transfers');

revoke all on public.lead_transfers from anon, authenticated;
grant select, delete on public.lead_transfers to authenticated;
grant insert (transfer_id, lead_id, from_profile_id, to_profile_id, reason, transferred_by, created_at), update (reason)
  on public.lead_transfers to authenticated;
grant all on public.lead_transfers to service_role;

-- Compatibility view -----------------------------------------------------------------------------

select salemate.install_compat_view(4, 'case_faces', $v$
  select t.transfer_id as id, t.lead_id,
         coalesce(t.from_profile_id, (t.legacy_data->>'from_agent')::uuid) as from_agent,
         coalesce(t.to_profile_id, (t.legacy_data->>'to_agent')::uuid) as to_agent,
         t.reason,
         coalesce(t.transferred_by, (t.legacy_data->>'created_by')::uuid) as created_by,
         t.created_at
  from public.lead_transfers t
$v$, 'Compatibility view: legacy case_faces, now lead_transfers (phase 4).');

create or replace function salemate.tg_case_faces__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.lead_transfers (transfer_id, lead_id, from_profile_id, to_profile_id, reason, transferred_by, created_at)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, new.from_agent, new.to_agent, new.reason,
            coalesce(new.created_by, salemate.current_profile_id()), coalesce(new.created_at, now()))
    returning transfer_id, transferred_by, created_at into new.id, new.created_by, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_case_faces__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.lead_transfers t set reason = new.reason where t.transfer_id = old.id;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_case_faces__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_transfers where transfer_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('case_faces', 'case_faces');

-- The legacy table is read by nothing outside the archive now: its policies and API grants go.
select salemate.take_over_archived_table(4, 'case_faces');
