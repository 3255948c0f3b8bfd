-- Realtime, part 2: who hears of a change to a lead, asked of the database in one statement per
-- event (the gateway never restates "my leads" in TypeScript), and a complete "my leads" feed.
--
-- The audience of a lead is the set of profiles that the leads read policies let see it:
--   * "Agents read leads they own, bought or are assigned": its owner, assignee and buyer;
--   * "Managers read the leads of the people they manage": whoever manages one of those three,
--     i.e. salemate.managed_profile_ids() read from the managed side (salemate.managers_of);
--   * "Admins and support read every lead": staff (only for the per-lead topic; the feed is
--     "my leads", so support staff do not get every lead on it; admins, who manage everyone
--     under the managers rule, do).
-- tests/sql/realtime-audience.test.ts checks these functions against RLS itself for every seeded
-- persona and lead, so a change to the policies that is not made here too fails the tests.
--
-- Feed channel salemate:leads now carries every change a board shows: the lead row (created,
-- stage, assignment, buyer, owner, sale, any other column), its events, tasks, labels and
-- transfers, and a deleted lead. When the owner, assignee or buyer changes (or the lead is
-- deleted) the payload also says who they were ("was": [owner, assignee, buyer]), so the gateway
-- can tell the people who lost sight of the lead (REMOVED) from those who still see it.

-- The profiles who manage any of these profiles: the inverse of salemate.managed_profile_ids()
-- (admins manage everyone but themselves; a team's owner its active members; an active manager
-- or team lead the active members ranked below them).
create or replace function salemate.managers_of(p_profiles uuid[]) returns setof uuid
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select p.id from public.profiles p
    where p.role::text = 'admin' and exists (select 1 from unnest(p_profiles) x where x <> p.id)
    union
    select t.owner_profile_id
    from public.team_memberships theirs
    join public.teams t on t.id = theirs.team_id
    where theirs.profile_id = any (p_profiles) and theirs.status = 'active'
      and t.owner_profile_id is not null and t.owner_profile_id <> theirs.profile_id
    union
    select mine.profile_id
    from public.team_memberships theirs
    join public.team_memberships mine on mine.team_id = theirs.team_id and mine.status = 'active'
    where theirs.profile_id = any (p_profiles) and theirs.status = 'active' and mine.profile_id <> theirs.profile_id
      and mine.role in ('manager', 'team_lead') and salemate.team_rank(mine.role) > salemate.team_rank(theirs.role)
  $$;
comment on function salemate.managers_of(uuid[]) is 'Profiles that manage any of these profiles: salemate.managed_profile_ids() read from the managed side (admins, team owners, higher-ranked active managers and team leads).';

-- "My leads" audience of a lead with these parties: the parties and the people who manage them.
create or replace function salemate.lead_audience(p_owner uuid, p_assignee uuid, p_buyer uuid) returns setof uuid
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select x from unnest(array[p_owner, p_assignee, p_buyer]) x where x is not null
    union
    select salemate.managers_of(array_remove(array[p_owner, p_assignee, p_buyer], null))
  $$;
comment on function salemate.lead_audience(uuid, uuid, uuid) is 'Who has a lead with this owner, assignee and buyer in their "my leads" set: the three of them and whoever manages one of them (the agents and managers read policies on leads).';

-- Recipients of one feed event: everyone whose set holds the lead now (sees = true), and those
-- whose set held it before the change (p_was: the former owner, assignee, buyer) but no longer
-- does (sees = false: the gateway sends them REMOVED). A deleted lead has no current audience.
create or replace function salemate.lead_feed_recipients(p_lead uuid, p_was uuid[] default null)
  returns table (profile_id uuid, sees boolean)
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    with current_audience as (
      select a.id
      from public.leads l
      cross join lateral salemate.lead_audience(l.owner_id, l.assigned_to_id, l.buyer_user_id) as a(id)
      where l.id = p_lead
    )
    select id, true from current_audience
    union all
    select a.id, false
    from salemate.lead_audience(p_was[1], p_was[2], p_was[3]) as a(id)
    where p_was is not null and not exists (select 1 from current_audience c where c.id = a.id)
  $$;
comment on function salemate.lead_feed_recipients(uuid, uuid[]) is 'Who hears of a change to a lead on the "my leads" feed: its audience now (sees), and former audience that lost it (REMOVED).';

-- Which of these profiles may read the lead (the per-lead topic): its "my leads" audience and
-- staff (admins and support, platform or active team role: salemate.is_staff()).
create or replace function salemate.lead_readers(p_lead uuid, p_candidates uuid[]) returns setof uuid
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select c.id
    from unnest(p_candidates) as c(id)
    where exists (
            select 1 from public.leads l
            cross join lateral salemate.lead_audience(l.owner_id, l.assigned_to_id, l.buyer_user_id) as a(id)
            where l.id = p_lead and a.id = c.id)
       or (exists (select 1 from public.leads l where l.id = p_lead)
           and (exists (select 1 from public.profiles p where p.id = c.id and p.role::text in ('admin', 'support'))
                or exists (select 1 from public.team_memberships m where m.profile_id = c.id and m.role = 'support' and m.status = 'active')))
  $$;
comment on function salemate.lead_readers(uuid, uuid[]) is 'Which of these profiles may read the lead: its audience (salemate.lead_audience) and staff, as the leads read policies say.';

revoke execute on function salemate.managers_of(uuid[]), salemate.lead_audience(uuid, uuid, uuid),
  salemate.lead_feed_recipients(uuid, uuid[]), salemate.lead_readers(uuid, uuid[]) from public;

-- The gateway asks these as its login role (authenticator), outside any API role: one statement
-- per event for every subscriber of a topic. Nothing else in salemate becomes callable by it.
do $$
begin
  if exists (select 1 from pg_roles where rolname = 'authenticator') then
    grant usage on schema salemate to authenticator;
    grant execute on function salemate.lead_feed_recipients(uuid, uuid[]), salemate.lead_readers(uuid, uuid[]) to authenticator;
  end if;
  if exists (select 1 from pg_roles where rolname = 'service_role') then
    grant execute on function salemate.lead_feed_recipients(uuid, uuid[]), salemate.lead_readers(uuid, uuid[]) to service_role;
  end if;
end
$$;

-- Leads: every change goes to the lead's channel and the feed; a change of owner, assignee or
-- buyer (a sale sets all three) says who they were; a deleted lead tells the feed who saw it.
create or replace function salemate.tg_leads__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    kind text;
    payload jsonb;
  begin
    if tg_op = 'DELETE' then
      perform salemate.publish('salemate:leads', jsonb_build_object('kind', 'LEAD_DELETED', 'id', old.id, 'lead_id', old.id,
        'was', jsonb_build_array(old.owner_id, old.assigned_to_id, old.buyer_user_id)));
      return null;
    end if;
    if tg_op = 'INSERT' then
      kind := 'LEAD_CREATED';
    elsif new.assigned_to_id is distinct from old.assigned_to_id or new.owner_id is distinct from old.owner_id
          or new.buyer_user_id is distinct from old.buyer_user_id then
      kind := 'LEAD_ASSIGNED';
    elsif new.stage is distinct from old.stage then
      kind := 'STAGE_CHANGED';
    else
      kind := 'LEAD_UPDATED';
    end if;
    payload := jsonb_build_object('kind', kind, 'id', new.id, 'lead_id', new.id);
    perform salemate.publish('salemate:lead:' || new.id, payload);
    if kind = 'LEAD_ASSIGNED' then
      payload := payload || jsonb_build_object('was', jsonb_build_array(old.owner_id, old.assigned_to_id, old.buyer_user_id));
    end if;
    perform salemate.publish('salemate:leads', payload);
    return null;
  end
  $$;

-- Events, tasks, labels, transfers: the lead's channel and the feed (a transfer is
-- LEAD_TRANSFERRED there, as before).
create or replace function salemate.tg_lead_children__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    r record := case when tg_op = 'DELETE' then old else new end;
    row_id uuid := (to_jsonb(r) ->> tg_argv[0])::uuid;
    kind text := tg_argv[1] || '_' || case tg_op when 'INSERT' then 'ADDED' when 'UPDATE' then 'UPDATED' else 'REMOVED' end;
  begin
    perform salemate.publish('salemate:lead:' || r.lead_id, jsonb_build_object('kind', kind, 'id', row_id, 'lead_id', r.lead_id));
    perform salemate.publish('salemate:leads', jsonb_build_object(
      'kind', case when tg_table_name = 'lead_transfers' and tg_op = 'INSERT' then 'LEAD_TRANSFERRED' else kind end,
      'id', row_id, 'lead_id', r.lead_id));
    return null;
  end
  $$;

do $$
begin
  if to_regclass('public.leads') is not null then
    drop trigger if exists leads__publish on public.leads;
    create trigger leads__publish after insert or update or delete on public.leads
      for each row execute function salemate.tg_leads__publish();
  end if;
end
$$;
