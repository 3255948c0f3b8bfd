-- salemate:replaces sha256:3ca1f8820a7ce030403e9343191bbc95d3c2a85dc8fddf620f9d50f8e1b2b4bf
-- (that revision found each manager's team and role with two function calls per profile; this one spells them out in the insert: same end state)
-- Phase 3 of the SaleMate refactor: team structure (plan "3. Team Domain").
--
--   000300 (this file)  teams and team_memberships <- profiles.manager_id; the role helpers
--                       (has_role, manages_profile, is_team_member, manages_team) answer from
--                       memberships; team_relationships_view
--   000310 invites      team_invites <- team_invitations, with its compatibility view
--
-- How the manager_id hierarchy becomes teams: every legacy manager (a profile someone's
-- manager_id points at, or with role manager) gets one team of their own, named after them,
-- with a deterministic id (md5('team:' || manager id)). Its owner is a member with role
-- 'manager' (or 'team_lead' when the owner has a manager of their own and is not a manager by
-- role). Each profile joins the team of the profile its manager_id points at, as 'team_lead' when
-- others report to them, else by their platform role (support, finance) or 'agent'. So the
-- chain agents -> team lead -> manager gives two teams: the team lead's (the agents) and the
-- manager's (the team lead and the manager's direct reports), and every direct manager ->
-- member relationship of the legacy data is one membership.
-- profiles.manager_id stays (the old app reads and writes it) and a trigger keeps the
-- membership that mirrors it in step; it is deprecated and hidden from GraphQL.
-- Running it again changes nothing.

-- Tables ----------------------------------------------------------------------------------------

create table if not exists public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null check (btrim(name) <> ''),
  type text not null default 'sales' check (type in ('sales', 'support', 'finance', 'admin')),
  owner_profile_id uuid references public.profiles (id) on delete set null,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text check (legacy_table = 'profiles'),
  legacy_id text,
  constraint teams_legacy_key unique (legacy_table, legacy_id),
  constraint teams_legacy_check check ((legacy_table is null) = (legacy_id is null))
);

create table if not exists public.team_memberships (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  profile_id uuid not null references public.profiles (id) on delete cascade,
  role text not null default 'agent' check (role in ('manager', 'team_lead', 'agent', 'support', 'finance')),
  status text not null default 'active' check (status in ('active', 'invited', 'suspended', 'left')),
  joined_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text check (legacy_table in ('profiles', 'profiles.manager_id')),
  legacy_id text,
  constraint team_memberships_team_id_profile_id_key unique (team_id, profile_id),
  constraint team_memberships_legacy_key unique (legacy_table, legacy_id),
  constraint team_memberships_legacy_check check ((legacy_table is null) = (legacy_id is null)),
  constraint team_memberships_joined_check check (status = 'invited' or joined_at is not null)
);

create index if not exists teams_owner_profile_id_idx on public.teams (owner_profile_id);
create index if not exists teams_type_idx on public.teams (type);
create index if not exists teams_name_idx on public.teams (name);
create index if not exists teams_created_at_idx on public.teams (created_at);
create index if not exists team_memberships_profile_id_status_idx on public.team_memberships (profile_id, status);
create index if not exists team_memberships_team_id_status_idx on public.team_memberships (team_id, status);
create index if not exists team_memberships_role_idx on public.team_memberships (role);
create index if not exists team_memberships_joined_at_idx on public.team_memberships (joined_at);

-- Legacy hierarchy helpers ----------------------------------------------------------------------

create or replace function salemate.legacy_team_id(p_manager uuid) returns uuid
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$ select md5('team:' || p_manager::text)::uuid $$;
comment on function salemate.legacy_team_id(uuid) is 'The id of the team phase 3 makes for a legacy manager (md5 of ''team:'' and the manager''s id).';

-- The role a profile has in the team its manager_id points at.
create or replace function salemate.legacy_member_role(p_profile uuid) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select case
      when exists (select 1 from public.profiles r where r.manager_id = p.id and r.id <> p.id) or p.role::text = 'manager' then 'team_lead'
      when p.role::text = 'support' then 'support'
      when p.role::text = 'finance' then 'finance'
      else 'agent' end
    from public.profiles p where p.id = p_profile
  $$;

-- The role a legacy manager has in their own team.
create or replace function salemate.legacy_owner_role(p_profile uuid) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select case when p.role::text in ('manager', 'admin') or p.manager_id is null or p.manager_id = p.id then 'manager' else 'team_lead' end
    from public.profiles p where p.id = p_profile
  $$;

-- The legacy manager's team, made (with its owner as a member) when missing.
create or replace function salemate.ensure_legacy_team(p_manager uuid) returns uuid
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    team uuid := salemate.legacy_team_id(p_manager);
  begin
    insert into public.teams (id, name, type, owner_profile_id, created_at, updated_at, legacy_table, legacy_id)
    select team, coalesce(nullif(btrim(p.name), ''), p.email) || '''s team',
           case p.role::text when 'support' then 'support' when 'finance' then 'finance' when 'admin' then 'admin' else 'sales' end,
           p.id, coalesce(p.created_at, now()), coalesce(p.created_at, now()), 'profiles', p.id::text
    from public.profiles p where p.id = p_manager
    on conflict do nothing;
    if not found and not exists (select 1 from public.teams t where t.id = team) then
      raise exception 'no profile % to make a team for', p_manager using errcode = 'foreign_key_violation';
    end if;
    return team;
  end
  $$;
comment on function salemate.ensure_legacy_team(uuid) is 'The team of a legacy manager (salemate.legacy_team_id), made when missing (tg_teams__add_owner adds its owner).';

-- The same for an API caller (the old app's invitation flow): only for themselves, unless admin.
create or replace function salemate.ensure_manager_team(p_manager uuid) returns uuid
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_api_request() and p_manager is distinct from auth.uid() and not salemate.has_role('admin') then
      raise exception 'only admins act for another manager (%)', p_manager using errcode = 'insufficient_privilege';
    end if;
    return salemate.ensure_legacy_team(p_manager);
  end
  $$;
comment on function salemate.ensure_manager_team(uuid) is 'The caller''s own legacy team (made when missing), for the team_invitations compatibility view; admins may ask for anyone''s.';

-- Keeps the membership that mirrors a profile's manager_id (legacy_table 'profiles.manager_id',
-- legacy_id = the profile) in step: the old one is marked left, the new manager's team (made
-- when missing) gets the profile as an active member.
create or replace function salemate.sync_legacy_manager(p_profile uuid, p_manager uuid) returns void
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    team uuid;
  begin
    if p_manager is not null and p_manager <> p_profile then
      team := salemate.ensure_legacy_team(p_manager);
    end if;
    update public.team_memberships m set status = 'left', legacy_table = null, legacy_id = null
    where m.legacy_table = 'profiles.manager_id' and m.legacy_id = p_profile::text and m.team_id is distinct from team;
    if team is null then
      return;
    end if;
    insert into public.team_memberships as m (team_id, profile_id, role, status, joined_at, legacy_table, legacy_id)
    values (team, p_profile, salemate.legacy_member_role(p_profile), 'active', now(), 'profiles.manager_id', p_profile::text)
    on conflict (team_id, profile_id) do update
      set status = 'active', joined_at = coalesce(m.joined_at, excluded.joined_at),
          legacy_table = excluded.legacy_table, legacy_id = excluded.legacy_id;
    -- the new manager now has a report: in their own manager's team they are a team lead
    update public.team_memberships m set role = 'team_lead'
    where m.legacy_table = 'profiles.manager_id' and m.legacy_id = p_manager::text and m.role = 'agent';
  end
  $$;
comment on function salemate.sync_legacy_manager(uuid, uuid) is 'Moves the membership that mirrors profiles.manager_id to the new manager''s team.';

revoke execute on function salemate.ensure_legacy_team(uuid), salemate.sync_legacy_manager(uuid, uuid),
  salemate.legacy_member_role(uuid), salemate.legacy_owner_role(uuid) from public;
grant execute on function salemate.legacy_team_id(uuid) to authenticated, service_role;
grant execute on function salemate.ensure_manager_team(uuid) to authenticated, service_role;

-- A team's owner is always one of its members: its manager, or for a legacy manager's team the
-- role the hierarchy gives them (salemate.legacy_owner_role). A new owner becomes an active member.
create or replace function salemate.tg_teams__add_owner() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    legacy boolean := (new.legacy_table = 'profiles' and new.legacy_id = new.owner_profile_id::text);
  begin
    if new.owner_profile_id is null then
      return null;
    end if;
    insert into public.team_memberships as m (team_id, profile_id, role, status, joined_at, created_at, updated_at, legacy_table, legacy_id)
    values (new.id, new.owner_profile_id,
            case when legacy then salemate.legacy_owner_role(new.owner_profile_id) else 'manager' end, 'active',
            case when tg_op = 'INSERT' then new.created_at else now() end,
            case when tg_op = 'INSERT' then new.created_at else now() end,
            case when tg_op = 'INSERT' then new.created_at else now() end,
            case when legacy then 'profiles' end, case when legacy then new.owner_profile_id::text end)
    on conflict (team_id, profile_id) do update
      set status = 'active', joined_at = coalesce(m.joined_at, excluded.joined_at),
          role = case when m.role in ('manager', 'team_lead') then m.role else 'manager' end;
    return null;
  end
  $$;
drop trigger if exists tg_teams__add_owner on public.teams;
create trigger tg_teams__add_owner after insert or update of owner_profile_id on public.teams
  for each row execute function salemate.tg_teams__add_owner();

-- Backfill --------------------------------------------------------------------------------------

-- A manager_id that points at the profile itself or at no profile cannot become a membership
-- (the reject names the profile; the profile itself stays as it is).
insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
select 3, 'profiles', p.id::text, 'team_memberships',
       case when p.manager_id = p.id then 'manager_id points at the profile itself'
            else format('manager_id %s points at no profile', p.manager_id) end,
       to_jsonb(p)
from public.profiles p
where p.manager_id is not null
  and (p.manager_id = p.id or not exists (select 1 from public.profiles m where m.id = p.manager_id))
on conflict (legacy_table, legacy_id, target_table) do nothing;

-- One team per legacy manager (with its owner membership).
select count(salemate.ensure_legacy_team(m.id))
from public.profiles m
where m.role::text = 'manager'
   or exists (select 1 from public.profiles r where r.manager_id = m.id and r.id <> m.id);

-- Each profile joins its manager's team. Joined when both existed (the legacy data does not say
-- when manager_id was set).
-- The team id and role are salemate.legacy_team_id(p.manager_id) and salemate.legacy_member_role(p.id)
-- spelled out (their search_path setting keeps them from being inlined: two function calls,
-- one of them a query, per profile were most of this statement): a profile that others name as
-- their manager (found once, as a set) or whose role is manager is a team lead; support and
-- finance keep their role; anyone else is an agent. (tests/sql/teams/legacy_member_rules.test.ts
-- holds the two to the same memberships.)
insert into public.team_memberships (team_id, profile_id, role, status, joined_at, created_at, updated_at, legacy_table, legacy_id)
select md5('team:' || p.manager_id::text)::uuid, p.id,
       case
         when p.id in (select r.manager_id from public.profiles r where r.manager_id <> r.id) or p.role::text = 'manager' then 'team_lead'
         when p.role::text = 'support' then 'support'
         when p.role::text = 'finance' then 'finance'
         else 'agent' end,
       'active', j.joined_at, j.joined_at, j.joined_at, 'profiles.manager_id', p.id::text
from public.profiles p
join public.profiles m on m.id = p.manager_id
cross join lateral (select coalesce(greatest(p.created_at, m.created_at), now()) as joined_at) j
where p.manager_id <> p.id
on conflict do nothing;

-- From now on the old app's manager_id changes move the mirroring membership, and a profile
-- made a manager gets a team.
create or replace function salemate.tg_profiles__sync_team_memberships() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if tg_op = 'INSERT' or new.manager_id is distinct from old.manager_id then
      perform salemate.sync_legacy_manager(new.id, new.manager_id);
    end if;
    if new.role::text = 'manager' and (tg_op = 'INSERT' or new.role is distinct from old.role) then
      perform salemate.ensure_legacy_team(new.id);
    end if;
    return null;
  end
  $$;
drop trigger if exists tg_profiles__sync_team_memberships on public.profiles;
create trigger tg_profiles__sync_team_memberships after insert or update of manager_id, role on public.profiles
  for each row execute function salemate.tg_profiles__sync_team_memberships();

drop trigger if exists tg_teams__touch_updated_at on public.teams;
create trigger tg_teams__touch_updated_at before update on public.teams
  for each row execute function salemate.tg_touch_updated_at();
drop trigger if exists tg_team_memberships__touch_updated_at on public.team_memberships;
create trigger tg_team_memberships__touch_updated_at before update on public.team_memberships
  for each row execute function salemate.tg_touch_updated_at();

-- Role helpers, now answered from memberships ----------------------------------------------------
-- Ranks inside a team: manager 3, team lead 2, everyone else 1. A team's owner and its
-- managers manage all its members; a team lead manages the members ranked below them.

create or replace function salemate.has_role(p_role text) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select exists (select 1 from public.profiles p where p.id = auth.uid() and p.role::text = p_role)
        or (p_role in ('manager', 'team_lead', 'agent', 'support')
            and exists (select 1 from public.team_memberships m
                        where m.profile_id = auth.uid() and m.role = p_role and m.status = 'active'))
  $$;
comment on function salemate.has_role(text) is 'Whether the caller holds a role: the platform role (profiles.role: admin, support, manager, finance, user) or an active team role (manager, team_lead, agent, support).';

create or replace function salemate.team_rank(p_role text) returns int
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$ select case p_role when 'manager' then 3 when 'team_lead' then 2 else 1 end $$;
comment on function salemate.team_rank(text) is 'Rank of a team role: manager 3, team_lead 2, agent/support/finance 1.';

create or replace function salemate.is_team_member(p_team uuid) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select exists (select 1 from public.team_memberships m where m.team_id = p_team and m.profile_id = auth.uid() and m.status = 'active')
        or exists (select 1 from public.teams t where t.id = p_team and t.owner_profile_id = auth.uid())
  $$;
comment on function salemate.is_team_member(uuid) is 'Whether the caller is an active member (or the owner) of the team.';

create or replace function salemate.manages_team(p_team uuid) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select salemate.has_role('admin')
        or exists (select 1 from public.teams t where t.id = p_team and t.owner_profile_id = auth.uid())
        or exists (select 1 from public.team_memberships m
                   where m.team_id = p_team and m.profile_id = auth.uid() and m.status = 'active' and m.role in ('manager', 'team_lead'))
  $$;
comment on function salemate.manages_team(uuid) is 'Whether the caller manages the team: admins, its owner, its active managers and team leads.';

-- Who manages whom, kept as pairs: the rule below (team owners their active members, managers
-- and team leads the active members ranked below them) walks memberships twice, which a policy
-- must not do for every row it checks. The pairs are kept by statement triggers on teams and
-- team_memberships: a change recomputes the pairs of the profiles it touches, from the rule.
-- Nobody writes or reads the table but these functions (RLS on, no policy, no grant).
create table if not exists salemate.profile_managers (
  manager_id uuid not null references public.profiles (id) on delete cascade,
  profile_id uuid not null references public.profiles (id) on delete cascade,
  primary key (manager_id, profile_id)
);
create index if not exists profile_managers_profile_id_idx on salemate.profile_managers (profile_id);
alter table salemate.profile_managers enable row level security;
revoke all on salemate.profile_managers from public, anon, authenticated, service_role;
comment on table salemate.profile_managers is 'Who manages whom through teams (the owner of a team its active members; an active manager or team lead the active members ranked below them), kept by triggers on teams and team_memberships for RLS: salemate.managed_profile_ids() and manages_profile() read it. Admins manage everyone and are not listed.';
comment on column salemate.profile_managers.manager_id is 'The profile who manages.';
comment on column salemate.profile_managers.profile_id is 'The profile managed.';

-- The pairs in which one of these profiles manages or is managed, recomputed from memberships.
create or replace function salemate.refresh_profile_managers(p_profiles uuid[]) returns void
  language sql security definer
  set search_path = pg_catalog, pg_temp
  as $$
    delete from salemate.profile_managers pm where pm.manager_id = any (p_profiles) or pm.profile_id = any (p_profiles);
    insert into salemate.profile_managers (manager_id, profile_id)
    select distinct pair.manager_id, pair.profile_id
    from (
      select t.owner_profile_id as manager_id, theirs.profile_id
      from public.team_memberships theirs
      join public.teams t on t.id = theirs.team_id
      where theirs.status = 'active' and t.owner_profile_id is not null
      union all
      select mine.profile_id, theirs.profile_id
      from public.team_memberships theirs
      join public.team_memberships mine on mine.team_id = theirs.team_id
      where theirs.status = 'active' and mine.status = 'active' and mine.role in ('manager', 'team_lead')
        and salemate.team_rank(mine.role) > salemate.team_rank(theirs.role)
    ) pair
    where pair.manager_id <> pair.profile_id
      and (pair.manager_id = any (p_profiles) or pair.profile_id = any (p_profiles))
    on conflict do nothing;
  $$;
comment on function salemate.refresh_profile_managers(uuid[]) is 'Recomputes salemate.profile_managers for the pairs these profiles are in (as manager or managed), from teams and team_memberships.';
revoke execute on function salemate.refresh_profile_managers(uuid[]) from public, anon, authenticated, service_role;

-- A membership that changes touches its profile's pairs; a team whose owner changes or that
-- goes touches the pairs of its owners and members.
create or replace function salemate.tg_team_memberships__refresh_profile_managers() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    touched uuid[];
  begin
    if tg_op = 'INSERT' then
      select array_agg(distinct n.profile_id) into touched from new_rows n;
    elsif tg_op = 'DELETE' then
      select array_agg(distinct o.profile_id) into touched from old_rows o;
    else
      select array_agg(distinct x.profile_id) into touched
      from (select o.profile_id from old_rows o union select n.profile_id from new_rows n) x;
    end if;
    if touched is not null then
      perform salemate.refresh_profile_managers(touched);
    end if;
    return null;
  end
  $$;
create or replace function salemate.tg_teams__refresh_profile_managers() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    touched uuid[];
  begin
    if tg_op = 'DELETE' then
      select array_agg(distinct x.id) into touched
      from (select o.owner_profile_id as id from old_rows o
            union select m.profile_id from public.team_memberships m join old_rows o on o.id = m.team_id) x
      where x.id is not null;
    else
      select array_agg(distinct x.id) into touched
      from (select o.owner_profile_id as id from old_rows o join new_rows n on n.id = o.id
            where n.owner_profile_id is distinct from o.owner_profile_id
            union select n.owner_profile_id from old_rows o join new_rows n on n.id = o.id
            where n.owner_profile_id is distinct from o.owner_profile_id
            union select m.profile_id from public.team_memberships m join old_rows o on o.id = m.team_id
              join new_rows n on n.id = o.id where n.owner_profile_id is distinct from o.owner_profile_id) x
      where x.id is not null;
    end if;
    if touched is not null then
      perform salemate.refresh_profile_managers(touched);
    end if;
    return null;
  end
  $$;

drop trigger if exists tg_team_memberships__refresh_profile_managers_insert on public.team_memberships;
create trigger tg_team_memberships__refresh_profile_managers_insert after insert on public.team_memberships
  referencing new table as new_rows for each statement execute function salemate.tg_team_memberships__refresh_profile_managers();
drop trigger if exists tg_team_memberships__refresh_profile_managers_update on public.team_memberships;
create trigger tg_team_memberships__refresh_profile_managers_update after update on public.team_memberships
  referencing old table as old_rows new table as new_rows for each statement execute function salemate.tg_team_memberships__refresh_profile_managers();
drop trigger if exists tg_team_memberships__refresh_profile_managers_delete on public.team_memberships;
create trigger tg_team_memberships__refresh_profile_managers_delete after delete on public.team_memberships
  referencing old table as old_rows for each statement execute function salemate.tg_team_memberships__refresh_profile_managers();
drop trigger if exists tg_teams__refresh_profile_managers_update on public.teams;
create trigger tg_teams__refresh_profile_managers_update after update on public.teams
  referencing old table as old_rows new table as new_rows for each statement execute function salemate.tg_teams__refresh_profile_managers();
drop trigger if exists tg_teams__refresh_profile_managers_delete on public.teams;
create trigger tg_teams__refresh_profile_managers_delete after delete on public.teams
  referencing old table as old_rows for each statement execute function salemate.tg_teams__refresh_profile_managers();

-- The pairs of the teams backfilled above, once (running the file again recomputes the same).
select salemate.refresh_profile_managers(coalesce(array(select distinct m.profile_id from public.team_memberships m), '{}'));

create or replace function salemate.manages_profile(p_profile uuid) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select salemate.has_role('admin')
        or exists (select 1 from salemate.profile_managers pm where pm.manager_id = auth.uid() and pm.profile_id = p_profile)
  $$;
comment on function salemate.manages_profile(uuid) is 'Whether the caller manages this profile: admins manage everyone; a team''s owner manages its active members, a manager or team lead the active members ranked below them (salemate.profile_managers).';

create or replace function salemate.managed_profile_ids() returns setof uuid
  language sql stable security definer rows 10
  set search_path = pg_catalog, pg_temp
  as $$ select pm.profile_id from salemate.profile_managers pm where pm.manager_id = auth.uid() $$;
comment on function salemate.managed_profile_ids() is 'Ids of the profiles the caller manages as a team owner, manager or team lead (salemate.profile_managers; admins'' every-profile right is a policy of its own), for set-based RLS policies.';

-- The same two rules as sets, for policies: `team_id = any (array(select salemate.caller_team_ids()))`
-- is computed once per statement, where is_team_member(team_id) ran for every row.
create or replace function salemate.caller_team_ids() returns setof uuid
  language sql stable security definer rows 10
  set search_path = pg_catalog, pg_temp
  as $$
    select m.team_id from public.team_memberships m where m.profile_id = auth.uid() and m.status = 'active'
    union
    select t.id from public.teams t where t.owner_profile_id = auth.uid()
  $$;
comment on function salemate.caller_team_ids() is 'Ids of the teams the caller is an active member or the owner of (salemate.is_team_member as a set, for RLS policies).';

create or replace function salemate.managed_team_ids() returns setof uuid
  language sql stable security definer rows 10
  set search_path = pg_catalog, pg_temp
  as $$
    select t.id from public.teams t where salemate.has_role('admin')
    union
    select t.id from public.teams t where t.owner_profile_id = auth.uid()
    union
    select m.team_id from public.team_memberships m
    where m.profile_id = auth.uid() and m.status = 'active' and m.role in ('manager', 'team_lead')
  $$;
comment on function salemate.managed_team_ids() is 'Ids of the teams the caller manages: every team for admins, else those they own or are an active manager or team lead of (salemate.manages_team as a set, for RLS policies).';

-- Names of the people in the caller's teams (for team_relationships_view), without opening
-- profiles (phone, e-mail, wallet) to teammates.
create or replace function salemate.teammate_name(p_profile uuid) returns text
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select p.name from public.profiles p
    where p.id = p_profile
      and (not salemate.is_api_request() or p_profile = auth.uid() or salemate.is_staff() or salemate.has_role('finance')
           or exists (select 1 from public.team_memberships theirs
                      where theirs.profile_id = p_profile and theirs.status in ('active', 'invited')
                        and salemate.is_team_member(theirs.team_id))
           or exists (select 1 from public.teams t where t.owner_profile_id = p_profile and salemate.is_team_member(t.id)))
  $$;
comment on function salemate.teammate_name(uuid) is 'A profile''s name when it shares a team with the API caller (or the caller is staff, finance, or not an API user); null otherwise.';

grant execute on function salemate.has_role(text), salemate.is_team_member(uuid), salemate.manages_team(uuid),
  salemate.caller_team_ids(), salemate.managed_team_ids(),
  salemate.manages_profile(uuid), salemate.team_rank(text), salemate.teammate_name(uuid) to anon, authenticated, service_role;

-- What an API user may change on a membership (the policies below say which rows): only admins
-- give the manager, support or finance role or touch a manager's membership; a member's
-- consent makes an invited membership active; members themselves only accept or leave.
create or replace function salemate.tg_team_memberships__guard_changes() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := auth.uid();
  begin
    if not salemate.is_end_user() or salemate.has_role('admin') then
      return coalesce(new, old);
    end if;
    if tg_op = 'DELETE' then
      if old.role = 'manager' then
        raise exception 'only admins remove a team''s manager' using errcode = 'insufficient_privilege';
      end if;
      return old;
    end if;
    if new.role in ('manager', 'support', 'finance') and (tg_op = 'INSERT' or new.role is distinct from old.role) then
      raise exception 'only admins give the % role in a team', new.role using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'INSERT' then
      if new.status <> 'invited' and new.profile_id is distinct from me then
        raise exception 'a member joins by accepting: add them as invited' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if new.team_id is distinct from old.team_id or new.profile_id is distinct from old.profile_id then
      raise exception 'a membership cannot move to another team or person' using errcode = 'insufficient_privilege';
    end if;
    if old.role = 'manager' and old.profile_id is distinct from me then
      raise exception 'only admins change a team manager''s membership' using errcode = 'insufficient_privilege';
    end if;
    if not salemate.manages_team(old.team_id) then
      -- the member themselves
      if new.role is distinct from old.role
         or (new.status is distinct from old.status
             and not ((old.status = 'invited' and new.status = 'active') or new.status = 'left')) then
        raise exception 'members may only accept or leave their membership' using errcode = 'insufficient_privilege';
      end if;
    elsif old.status = 'invited' and new.status = 'active' and old.profile_id is distinct from me then
      raise exception 'an invited member joins by accepting themselves' using errcode = 'insufficient_privilege';
    end if;
    if new.status = 'active' and new.joined_at is null then
      new.joined_at := now();
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_team_memberships__guard_changes on public.team_memberships;
create trigger tg_team_memberships__guard_changes before insert or update or delete on public.team_memberships
  for each row execute function salemate.tg_team_memberships__guard_changes();

-- team_relationships_view -------------------------------------------------------------------------

create or replace view public.team_relationships_view with (security_invoker = true) as
select t.owner_profile_id as manager_id,
       salemate.teammate_name(t.owner_profile_id) as manager_name,
       m.profile_id as member_id,
       salemate.teammate_name(m.profile_id) as member_name,
       m.role as member_role,
       t.id as team_id,
       t.name as team_name,
       m.joined_at
from public.teams t
join public.team_memberships m on m.team_id = t.id and m.status = 'active' and m.profile_id is distinct from t.owner_profile_id;

comment on view public.team_relationships_view is 'Direct manager -> member relationships (a team''s owner and each active member), as the legacy manager_id gave them; for the team screens.';
comment on column public.team_relationships_view.manager_id is 'The manager (the team''s owner).';
comment on column public.team_relationships_view.manager_name is 'The manager''s name.';
comment on column public.team_relationships_view.member_id is 'The member reporting to them.';
comment on column public.team_relationships_view.member_name is 'The member''s name.';
comment on column public.team_relationships_view.member_role is 'The member''s role in the team: team_lead, agent, support, finance (or manager).';
comment on column public.team_relationships_view.team_id is 'The team.';
comment on column public.team_relationships_view.team_name is 'The team''s name.';
comment on column public.team_relationships_view.joined_at is 'When the member joined.';

revoke all on public.team_relationships_view from anon, authenticated, service_role;
grant select on public.team_relationships_view to authenticated, service_role;

-- Comments ----------------------------------------------------------------------------------------

comment on column public.profiles.manager_id is E'@behavior -*\nDeprecated: the legacy direct manager, kept for the old app (which reads and writes it); team_memberships mirrors it by trigger. Use team_memberships.';

comment on table public.teams is 'A team of people working together (sales, support, finance, admin), led by its owner. Members and their roles are in team_memberships.';
comment on column public.teams.id is 'Team id (for a legacy manager''s team: md5(''team:'' || manager id)).';
comment on column public.teams.name is 'Team name ("<manager>''s team" for legacy teams).';
comment on column public.teams.type is 'What the team does: sales, support, finance or admin.';
comment on column public.teams.owner_profile_id is 'The profile who leads the team (always also a member); null if they were deleted.';
comment on column public.teams.description is 'Free text about the team.';
comment on column public.teams.created_at is 'When the team was made (the manager''s sign-up for legacy teams).';
comment on column public.teams.updated_at is 'When the team last changed (set by trigger).';
comment on column public.teams.legacy_table is 'profiles for a team made from a legacy manager (phase 3), else null.';
comment on column public.teams.legacy_id is 'The legacy manager''s profile id.';

comment on table public.team_memberships is 'Who belongs to which team, in which role and since when. Replaces profiles.manager_id.';
comment on column public.team_memberships.id is 'Membership id.';
comment on column public.team_memberships.team_id is 'The team.';
comment on column public.team_memberships.profile_id is 'The member.';
comment on column public.team_memberships.role is 'Role in the team: manager, team_lead, agent, support or finance. Only admins give manager, support or finance.';
comment on column public.team_memberships.status is 'active, invited (waiting for the member to accept), suspended or left.';
comment on column public.team_memberships.joined_at is 'When the member joined (null while invited). For legacy memberships: when both the member and the manager existed.';
comment on column public.team_memberships.created_at is 'When the membership was recorded.';
comment on column public.team_memberships.updated_at is 'When the membership last changed (set by trigger).';
comment on column public.team_memberships.legacy_table is 'profiles.manager_id: the membership mirrors this profile''s manager_id (kept in step by trigger); profiles: the owner membership of a legacy manager''s team; null otherwise.';
comment on column public.team_memberships.legacy_id is 'The profile id the legacy row belongs to.';

-- Who may do what -----------------------------------------------------------------------------------

alter table public.teams enable row level security;
select salemate.take_over_policies(3, 'public.teams');
drop policy if exists "Members read their teams" on public.teams;
create policy "Members read their teams" on public.teams for select to authenticated
  using (id = any (array(select salemate.caller_team_ids())) or id = any (array(select salemate.managed_team_ids())));
drop policy if exists "Admins and support read every team" on public.teams;
create policy "Admins and support read every team" on public.teams for select to authenticated
  using ((select salemate.is_staff()));
drop policy if exists "Managers and admins create teams" on public.teams;
create policy "Managers and admins create teams" on public.teams for insert to authenticated
  with check ((select salemate.has_role('admin'))
              or (owner_profile_id = (select salemate.current_profile_id()) and (select salemate.has_role('manager'))));
drop policy if exists "Team managers update their teams" on public.teams;
create policy "Team managers update their teams" on public.teams for update to authenticated
  using (id = any (array(select salemate.managed_team_ids()))) with check (id = any (array(select salemate.managed_team_ids())));
drop policy if exists "Admins delete teams" on public.teams;
create policy "Admins delete teams" on public.teams for delete to authenticated
  using ((select salemate.has_role('admin')));
select salemate.claim_policies(3, 'public.teams');

alter table public.team_memberships enable row level security;
select salemate.take_over_policies(3, 'public.team_memberships');
drop policy if exists "Members read the memberships of their teams" on public.team_memberships;
create policy "Members read the memberships of their teams" on public.team_memberships for select to authenticated
  using (profile_id = (select salemate.current_profile_id()) or team_id = any (array(select salemate.caller_team_ids())) or team_id = any (array(select salemate.managed_team_ids())));
drop policy if exists "Admins and support read every membership" on public.team_memberships;
create policy "Admins and support read every membership" on public.team_memberships for select to authenticated
  using ((select salemate.is_staff()));
drop policy if exists "Team managers add members" on public.team_memberships;
create policy "Team managers add members" on public.team_memberships for insert to authenticated
  with check (team_id = any (array(select salemate.managed_team_ids())));
drop policy if exists "Team managers update memberships of their teams" on public.team_memberships;
create policy "Team managers update memberships of their teams" on public.team_memberships for update to authenticated
  using (team_id = any (array(select salemate.managed_team_ids()))) with check (team_id = any (array(select salemate.managed_team_ids())));
drop policy if exists "Members accept or leave their memberships" on public.team_memberships;
create policy "Members accept or leave their memberships" on public.team_memberships for update to authenticated
  using (profile_id = (select salemate.current_profile_id())) with check (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Team managers remove members" on public.team_memberships;
create policy "Team managers remove members" on public.team_memberships for delete to authenticated
  using (team_id = any (array(select salemate.managed_team_ids())));
select salemate.claim_policies(3, 'public.team_memberships');

revoke all on public.teams, public.team_memberships from anon, authenticated, service_role;
grant select, delete on public.teams, public.team_memberships to authenticated;
grant insert (name, type, owner_profile_id, description) on public.teams to authenticated;
grant update (name, type, owner_profile_id, description) on public.teams to authenticated;
grant insert (team_id, profile_id, role, status) on public.team_memberships to authenticated;
grant update (role, status) on public.team_memberships to authenticated;
grant all on public.teams, public.team_memberships to service_role;
