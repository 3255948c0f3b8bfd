-- salemate:replaces sha256:947592630469d1979ade21aa5555ab71847c63bfb09ee7e23b6520720a5245e7
-- (that revision wrote the existing profiles' cards with a call per profile; this one in one statement: same end state)
-- Public profile cards: what a colleague may know of a person (name, avatar, role label, team),
-- never their e-mail or phone. Profiles' RLS hides colleagues (an agent reads only their own
-- profile), so a board could not say who owns a lead. A card is a row of its own, kept by
-- triggers from profiles, team memberships and teams, with its own read policy: signed-in
-- people read the cards of the people they work with (teammates, and the owner, assignee and
-- buyer of any lead they can see). A lead's owner, assignee and buyer resolve to cards
-- (Lead.ownerCard, assigneeCard, buyerCard), as does an event's actor (LeadEvent.actorCard).
--
-- Also here: lead events filterable by type (PostGraphile offers filters on indexed columns
-- only) and Lead.latestFeedback(first: n), the newest feedback events of a lead.

-- A picture for the card: the person sets it themselves, https only.
alter table public.profiles add column if not exists avatar_url text;
do $$
begin
  -- Named like every link column's check (20251201001100_safe_links.sql), and stricter: https only.
  if not exists (select 1 from pg_constraint where conname = 'profiles_avatar_url_http_only' and conrelid = 'public.profiles'::regclass) then
    alter table public.profiles add constraint profiles_avatar_url_http_only
      check (avatar_url is null or (avatar_url ~ '^https://[^\s]+$' and length(avatar_url) <= 2048 and salemate.is_safe_link(avatar_url)));
  end if;
end $$;
comment on column public.profiles.avatar_url is 'Picture shown on the person''s card (https URL); set by the person.';
grant update (avatar_url) on public.profiles to authenticated;

create table if not exists public.profile_cards (
  id uuid primary key references public.profiles (id) on delete cascade,
  name text not null,
  avatar_url text,
  role_label text not null,
  team_id uuid references public.teams (id) on delete set null,
  team_name text,
  updated_at timestamptz not null default now()
);
do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'profile_cards_avatar_url_http_only' and conrelid = 'public.profile_cards'::regclass) then
    alter table public.profile_cards add constraint profile_cards_avatar_url_http_only check (salemate.is_safe_link(avatar_url));
  end if;
end $$;
create index if not exists profile_cards_team_id_idx on public.profile_cards (team_id);
create index if not exists profile_cards_name_idx on public.profile_cards (name);
-- The triggers every public table of the model carries (980 stamps insert times, 985 logs
-- deletions); those files ran before this table existed, and a re-run of them would add these.
create or replace trigger tg_profile_cards__stamp_insert_time before insert on public.profile_cards
  for each row execute function salemate.tg_stamp_insert_time();
create or replace trigger tg_profile_cards__record_deletion after delete on public.profile_cards
  for each row execute function salemate.tg_any__record_deletion('id');

comment on table public.profile_cards is E'@behavior -insert -update -delete\nWhat colleagues see of a person: name, avatar, role label and team, never contact details. Kept by the database from profiles and team memberships; readable by the people one works with (teammates, and everyone on a lead one can see).';
comment on column public.profile_cards.id is 'The person (their profile id).';
comment on column public.profile_cards.name is 'Full name.';
comment on column public.profile_cards.avatar_url is 'Picture (https URL), or null.';
comment on column public.profile_cards.role_label is 'Role as people read it: the role in their team (Manager, Team lead, Agent, Support, Finance), else the platform one (Admin, Support, Finance, Manager, Agent, Customer).';
comment on column public.profile_cards.team_id is 'The team they belong to (their oldest active membership), or null.';
comment on column public.profile_cards.team_name is 'That team''s name, readable even by those who cannot read the team.';
comment on column public.profile_cards.updated_at is 'When the card last changed.';

-- The card of one profile, as it should be now: computed in one place, used by every trigger.
create or replace function salemate.refresh_profile_card(p_profile uuid) returns void
  language sql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
    with p as (
      select pr.id, pr.name, pr.avatar_url, coalesce(pr.profile_type, pr.role::text) as platform_role
      from public.profiles pr where pr.id = p_profile
    ), m as (
      select m.role, t.id as team_id, t.name as team_name
      from public.team_memberships m join public.teams t on t.id = m.team_id
      where m.profile_id = p_profile and m.status = 'active'
      order by m.joined_at nulls last, m.created_at, m.id
      limit 1
    ), card as (
      select p.id, p.name, p.avatar_url,
             case coalesce(m.role, p.platform_role)
               when 'team_lead' then 'Team lead'
               when 'user' then 'Customer'
               else initcap(replace(coalesce(m.role, p.platform_role), '_', ' '))
             end as role_label,
             m.team_id, m.team_name
      from p left join m on true
    )
    insert into public.profile_cards as c (id, name, avatar_url, role_label, team_id, team_name, updated_at)
    select id, name, avatar_url, coalesce(role_label, 'Customer'), team_id, team_name, now() from card
    on conflict (id) do update
      set name = excluded.name, avatar_url = excluded.avatar_url, role_label = excluded.role_label,
          team_id = excluded.team_id, team_name = excluded.team_name, updated_at = excluded.updated_at
      where (c.name, c.avatar_url, c.role_label, c.team_id, c.team_name)
            is distinct from (excluded.name, excluded.avatar_url, excluded.role_label, excluded.team_id, excluded.team_name)
  $$;
comment on function salemate.refresh_profile_card(uuid) is 'Writes a profile''s card (public.profile_cards) from its profile and oldest active team membership.';
revoke execute on function salemate.refresh_profile_card(uuid) from public, anon, authenticated;

create or replace function salemate.tg_profiles__refresh_card() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    perform salemate.refresh_profile_card(new.id);
    return null;
  end $$;
drop trigger if exists tg_profiles__refresh_card on public.profiles;
create trigger tg_profiles__refresh_card after insert or update of name, avatar_url, role, profile_type on public.profiles
  for each row execute function salemate.tg_profiles__refresh_card();

create or replace function salemate.tg_team_memberships__refresh_card() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if tg_op in ('UPDATE', 'DELETE') then perform salemate.refresh_profile_card(old.profile_id); end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.profile_id is distinct from old.profile_id) then
      perform salemate.refresh_profile_card(new.profile_id);
    end if;
    return null;
  end $$;
drop trigger if exists tg_team_memberships__refresh_card on public.team_memberships;
create trigger tg_team_memberships__refresh_card after insert or update or delete on public.team_memberships
  for each row execute function salemate.tg_team_memberships__refresh_card();

create or replace function salemate.tg_teams__refresh_cards() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.profile_cards c set team_name = new.name, updated_at = now()
    where c.team_id = new.id and c.team_name is distinct from new.name;
    return null;
  end $$;
drop trigger if exists tg_teams__refresh_cards on public.teams;
create trigger tg_teams__refresh_cards after update of name on public.teams
  for each row execute function salemate.tg_teams__refresh_cards();

-- Every existing profile gets its card: what refresh_profile_card writes, for all of them in one
-- statement (a call per profile cost 60-150 µs each: 8,000 profiles at scale 100).
-- tests/sql/profiles/profile_cards.test.ts holds the two to the same card.
insert into public.profile_cards as c (id, name, avatar_url, role_label, team_id, team_name, updated_at)
select pr.id, pr.name, pr.avatar_url,
       coalesce(case coalesce(m.role, pr.platform_role)
                  when 'team_lead' then 'Team lead'
                  when 'user' then 'Customer'
                  else initcap(replace(coalesce(m.role, pr.platform_role), '_', ' '))
                end, 'Customer'),
       m.team_id, m.team_name, now()
from (select p.id, p.name, p.avatar_url, coalesce(p.profile_type, p.role::text) as platform_role from public.profiles p) pr
left join lateral (
  select m.role, t.id as team_id, t.name as team_name
  from public.team_memberships m join public.teams t on t.id = m.team_id
  where m.profile_id = pr.id and m.status = 'active'
  order by m.joined_at nulls last, m.created_at, m.id
  limit 1
) m on true
on conflict (id) do update
  set name = excluded.name, avatar_url = excluded.avatar_url, role_label = excluded.role_label,
      team_id = excluded.team_id, team_name = excluded.team_name, updated_at = excluded.updated_at
  where (c.name, c.avatar_url, c.role_label, c.team_id, c.team_name)
        is distinct from (excluded.name, excluded.avatar_url, excluded.role_label, excluded.team_id, excluded.team_name);

-- The teams one actively belongs to or owns (the RLS matrix's :my_teams), for the read policy.
create or replace function salemate.my_active_team_ids() returns setof uuid
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select m.team_id from public.team_memberships m where m.profile_id = auth.uid() and m.status = 'active'
    union
    select t.id from public.teams t where t.owner_profile_id = auth.uid()
  $$;
comment on function salemate.my_active_team_ids() is 'Teams the caller actively belongs to or owns.';
revoke execute on function salemate.my_active_team_ids() from public, anon;
grant execute on function salemate.my_active_team_ids() to authenticated, service_role;

alter table public.profile_cards enable row level security;
select salemate.take_over_policies(2, 'public.profile_cards');
drop policy if exists "Signed-in users read the cards of people they work with" on public.profile_cards;
create policy "Signed-in users read the cards of people they work with" on public.profile_cards for select to authenticated
  using (
    id = (select salemate.current_profile_id())
    -- teammates: members and owners of the teams one actively belongs to or owns
    or id in (select m.profile_id from public.team_memberships m
              where m.status = 'active' and m.team_id = any (array(select salemate.my_active_team_ids())))
    or id in (select t.owner_profile_id from public.teams t where t.id = any (array(select salemate.my_active_team_ids())))
    -- everyone on a lead one can see (the leads policies decide which): one uncorrelated
    -- subquery, so the visible leads are read once per statement, not once per card
    or id in (select v.profile_id from public.leads l
              cross join lateral (values (l.owner_id), (l.assigned_to_id), (l.buyer_user_id)) v(profile_id))
  );
drop policy if exists "Admins, support and finance read every card" on public.profile_cards;
create policy "Admins, support and finance read every card" on public.profile_cards for select to authenticated
  using ((select salemate.is_staff()) or (select salemate.has_role('finance')));

select salemate.claim_policies(2, 'public.profile_cards');

revoke all on public.profile_cards from anon, authenticated, service_role;
grant select on public.profile_cards to authenticated, service_role;

-- Lead -> cards, as relations (smart-tag foreign keys, so PostGraphile joins profile_cards under
-- its read policy in the same statement): Lead.ownerCard/assigneeCard/buyerCard and
-- LeadEvent.actorCard. The tags go in front of the table's own description.
do $$
declare
  r record;
begin
  for r in
    select * from (values
      ('public.leads'::regclass, E'@foreignKey (owner_id) references public.profile_cards (id)|@fieldName ownerCard|@behavior -manyRelation:resource:list -manyRelation:resource:connection\n@foreignKey (assigned_to_id) references public.profile_cards (id)|@fieldName assigneeCard|@behavior -manyRelation:resource:list -manyRelation:resource:connection\n@foreignKey (buyer_user_id) references public.profile_cards (id)|@fieldName buyerCard|@behavior -manyRelation:resource:list -manyRelation:resource:connection'),
      ('public.lead_events'::regclass, E'@foreignKey (actor_profile_id) references public.profile_cards (id)|@fieldName actorCard|@behavior -manyRelation:resource:list -manyRelation:resource:connection')
    ) t(tbl, tags)
  loop
    continue when coalesce(obj_description(r.tbl, 'pg_class'), '') like '%references public.profile_cards%';
    execute format('comment on table %s is %L', r.tbl, r.tags || E'\n' || coalesce(obj_description(r.tbl, 'pg_class'), ''));
  end loop;
end $$;

-- Lead events by type: the index makes the eventType filter and condition appear, and serves
-- "the latest feedback of this lead".
create index if not exists lead_events_event_type_idx on public.lead_events (event_type);
create index if not exists lead_events_lead_id_event_type_created_at_idx on public.lead_events (lead_id, event_type, created_at desc);

-- How many is the field's `first` (the page size every list takes, so the gateway's cost limit
-- counts it as it does any page); at most 50 are ever returned.
drop function if exists public.leads_latest_feedback(public.leads, int);
create or replace function public.leads_latest_feedback(l public.leads) returns setof public.lead_events
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select e.* from public.lead_events e
    where e.lead_id = l.id and e.event_type in ('feedback', 'case_feedback')
    order by e.created_at desc, e.event_id desc
    limit 50
  $$;
comment on function public.leads_latest_feedback(public.leads) is E'@behavior -connection +list\n@listSuffix omit\nThe lead''s newest feedback and case-feedback events, newest first: `first` of them (at most 50).';

revoke execute on function public.leads_latest_feedback(public.leads) from public, anon;
grant execute on function public.leads_latest_feedback(public.leads) to authenticated, service_role;
