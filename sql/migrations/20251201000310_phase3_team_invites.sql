-- Phase 3, part 2: team invites (plan "3. Team Domain": team_invites replaces team_invitations).
--
-- Every legacy invitation becomes an invite to its manager's team (made when the manager had
-- none), id and token kept, status normalised (the original in legacy_status). Accepting an
-- invite makes the invitee an active member. Legacy accepted invitations make no membership
-- here: who belongs where in the legacy data is profiles.manager_id (phase 3, 000300).
-- A user may point their own manager_id (the old app's way of joining) only at a manager who
-- invited them. Running it again changes nothing.

-- pending, sent, invited, open (or none) -> pending; accepted, accept, joined, completed ->
-- accepted; declined, rejected -> declined; expired -> expired; revoked, cancelled, canceled,
-- deleted, withdrawn -> revoked. Anything else is unknown (null here).
create or replace function salemate.normalise_invite_status(p_status text) returns text
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select case
      when s is null or s in ('pending', 'sent', 'invited', 'open') then 'pending'
      when s in ('accepted', 'accept', 'joined', 'completed') then 'accepted'
      when s in ('declined', 'rejected') then 'declined'
      when s = 'expired' then 'expired'
      when s in ('revoked', 'cancelled', 'canceled', 'deleted', 'withdrawn') then 'revoked'
    end
    from (select nullif(lower(btrim(p_status)), '') as s) x
  $$;
comment on function salemate.normalise_invite_status(text) is 'A legacy invitation status as pending, accepted, declined, expired or revoked; null when unknown.';
grant execute on function salemate.normalise_invite_status(text) to authenticated, service_role;

create table if not exists public.team_invites (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  invited_by uuid references public.profiles (id) on delete set null,
  invitee_email text not null check (btrim(invitee_email) <> ''),
  invitee_profile_id uuid references public.profiles (id) on delete set null,
  role text not null default 'agent' check (role in ('manager', 'team_lead', 'agent', 'support', 'finance')),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'expired', 'revoked')),
  legacy_status text,
  token text not null unique default (replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')),
  expires_at timestamptz not null default (now() + interval '7 days'),
  responded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index if not exists team_invites_team_id_status_idx on public.team_invites (team_id, status);
create index if not exists team_invites_invited_by_idx on public.team_invites (invited_by);
create index if not exists team_invites_invitee_profile_id_idx on public.team_invites (invitee_profile_id);
create index if not exists team_invites_invitee_email_idx on public.team_invites (lower(invitee_email));
create index if not exists team_invites_status_idx on public.team_invites (status);
create index if not exists team_invites_created_at_idx on public.team_invites (created_at);
create index if not exists team_invites_expires_at_idx on public.team_invites (expires_at);

-- Backfill ----------------------------------------------------------------------------------------

select salemate.stage_legacy_table(3, 'team_invitations', array['team_invites'], array[
  'id uuid', 'manager_id uuid', 'invitee_email text', 'invitee_user_id uuid', 'status text', 'token text',
  'expires_at timestamptz', 'created_at timestamptz', 'updated_at timestamptz']);

drop table if exists pg_temp.p3_invites;
create temp table p3_invites on commit drop as
select s.*,
       (select ip.id from public.profiles ip where ip.id = s.invitee_user_id) as invitee_profile_id,
       coalesce(s.created_at, s.updated_at,
                (select ls.taken_at from salemate.legacy_snapshot ls where ls.table_name = 'team_invitations'), now()) as created,
       case
         when m.id is null then format('inviting manager has no profile (manager_id %s)', coalesce(s.manager_id::text, 'null'))
         when nullif(btrim(s.invitee_email), '') is null then 'invitee e-mail is empty'
         when nullif(btrim(s.token), '') is null then 'invitation has no token'
         when s.token in (select t.token from public.team_invites t where t.id <> s.id) then 'token already used by another invite'
       end as reject_reason
from pg_temp.legacy_team_invitations s
left join public.profiles m on m.id = s.manager_id;

insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
select 3, 'team_invitations', s.id::text, 'team_invites', s.reject_reason, s.row_data
from pg_temp.p3_invites s where s.reject_reason is not null
on conflict (legacy_table, legacy_id, target_table) do nothing;

-- Managers who invited without having a team get one.
select count(salemate.ensure_legacy_team(m.manager_id))
from (select distinct s.manager_id from pg_temp.p3_invites s where s.reject_reason is null) m;

insert into public.team_invites (id, team_id, invited_by, invitee_email, invitee_profile_id, role, status, legacy_status, token,
                                 expires_at, responded_at, created_at, updated_at)
select s.id, salemate.legacy_team_id(s.manager_id), s.manager_id, btrim(s.invitee_email), s.invitee_profile_id, 'agent',
       coalesce(salemate.normalise_invite_status(s.status), 'revoked'), s.status, s.token,
       coalesce(s.expires_at, s.created + interval '7 days'),
       case when salemate.normalise_invite_status(s.status) in ('accepted', 'declined') then coalesce(s.updated_at, s.created) end,
       s.created, coalesce(s.updated_at, s.created)
from pg_temp.p3_invites s
where s.reject_reason is null
on conflict do nothing;

do $$
declare
  unknown_status bigint;
  lost_invitee bigint;
begin
  select count(*) filter (where salemate.normalise_invite_status(s.status) is null),
         count(*) filter (where s.invitee_user_id is not null and s.invitee_profile_id is null)
  into unknown_status, lost_invitee
  from pg_temp.p3_invites s where s.reject_reason is null;
  if unknown_status > 0 or lost_invitee > 0 then
    perform salemate.note(3, 'team_invitations (values)', format(
      '%s invitation(s) had an unknown status (carried as revoked, legacy_status keeps it); %s named an invitee_user_id with no profile (carried without it; migration_rejects is not involved, the legacy row stays in legacy_archive.team_invitations)',
      unknown_status, lost_invitee));
  end if;
end
$$;

-- Triggers ----------------------------------------------------------------------------------------

-- Who invites is the caller (admins may name someone else); the invitee's profile is found from the e-mail when not given;
-- an invitee answers only a pending, unexpired invite, with accept or decline, and nothing else.
create or replace function salemate.tg_team_invites__guard_changes() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    api boolean := salemate.is_api_request();
  begin
    if new.invitee_profile_id is null then
      select p.id into new.invitee_profile_id from public.profiles p where lower(p.email) = lower(btrim(new.invitee_email)) limit 1;
    end if;
    if tg_op = 'INSERT' then
      if api and not salemate.has_role('admin') then
        new.invited_by := auth.uid();
        if new.role = 'manager' then
          raise exception 'only admins invite managers' using errcode = 'insufficient_privilege';
        end if;
      end if;
      return new;
    end if;
    if new.status is distinct from old.status and new.status in ('accepted', 'declined') then
      new.responded_at := now();
    end if;
    if not api or salemate.manages_team(old.team_id) then
      if api and new.role = 'manager' and new.role is distinct from old.role and not salemate.has_role('admin') then
        raise exception 'only admins invite managers' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    -- the invitee
    if (new.team_id, new.invited_by, new.invitee_email, new.role, new.token, new.expires_at)
       is distinct from (old.team_id, old.invited_by, old.invitee_email, old.role, old.token, old.expires_at)
       or new.invitee_profile_id is distinct from coalesce(old.invitee_profile_id, auth.uid()) then
      raise exception 'an invitee may only accept or decline the invite' using errcode = 'insufficient_privilege';
    end if;
    if new.status is distinct from old.status then
      if old.status <> 'pending' or new.status not in ('accepted', 'declined') then
        raise exception 'an invitee may only accept or decline a pending invite (it is %)', old.status using errcode = 'insufficient_privilege';
      end if;
      if old.expires_at <= now() then
        raise exception 'the invite expired at %', old.expires_at using errcode = 'check_violation';
      end if;
    end if;
    return new;
  end
  $$;

-- Accepting makes the invitee an active member in the invited role.
create or replace function salemate.tg_team_invites__join_on_accept() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.status = 'accepted' and old.status is distinct from 'accepted' then
      if new.invitee_profile_id is null then
        raise exception 'the invite to % names no profile to join the team', new.invitee_email using errcode = 'not_null_violation';
      end if;
      insert into public.team_memberships as m (team_id, profile_id, role, status, joined_at)
      values (new.team_id, new.invitee_profile_id, new.role, 'active', now())
      on conflict (team_id, profile_id) do update set status = 'active', joined_at = coalesce(m.joined_at, excluded.joined_at),
        role = case when m.status = 'active' then m.role else excluded.role end;
    end if;
    return null;
  end
  $$;

drop trigger if exists tg_team_invites__guard_changes on public.team_invites;
create trigger tg_team_invites__guard_changes before insert or update on public.team_invites
  for each row execute function salemate.tg_team_invites__guard_changes();
drop trigger if exists tg_team_invites__join_on_accept on public.team_invites;
create trigger tg_team_invites__join_on_accept after update of status on public.team_invites
  for each row execute function salemate.tg_team_invites__join_on_accept();
drop trigger if exists tg_team_invites__touch_updated_at on public.team_invites;
create trigger tg_team_invites__touch_updated_at before update on public.team_invites
  for each row execute function salemate.tg_touch_updated_at();

-- The old app joins a team by setting its own manager_id (kept in step with team_memberships):
-- an API user may do so only towards a manager who invited them (a pending, unexpired invite or
-- an accepted one), or clear it. Admins set anyone's.
create or replace function salemate.tg_profiles__guard_manager_id() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.manager_id is null or new.manager_id is not distinct from old.manager_id
       or not salemate.is_api_request() or salemate.has_role('admin') then
      return new;
    end if;
    if not exists (
      select 1 from public.team_invites i
      where (i.invitee_profile_id = new.id or lower(i.invitee_email) = lower(new.email))
        and (i.invited_by = new.manager_id or i.team_id = salemate.legacy_team_id(new.manager_id))
        and (i.status = 'accepted' or (i.status = 'pending' and i.expires_at > now()))) then
      raise exception 'manager_id may only be set to a manager who invited this profile' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_profiles__guard_manager_id on public.profiles;
create trigger tg_profiles__guard_manager_id before update of manager_id on public.profiles
  for each row execute function salemate.tg_profiles__guard_manager_id();

-- Comments ----------------------------------------------------------------------------------------

comment on table public.team_invites is 'An invitation to join a team, sent by e-mail with a token; accepting it makes the invitee a member in the invited role.';
comment on column public.team_invites.id is 'Invite id (the legacy team_invitations id).';
comment on column public.team_invites.team_id is 'The team the invitee is asked to join (for legacy invitations: the inviting manager''s team).';
comment on column public.team_invites.invited_by is 'The profile who sent the invite (the caller, for invites made through the API).';
comment on column public.team_invites.invitee_email is 'Where the invite was sent.';
comment on column public.team_invites.invitee_profile_id is 'The invitee''s profile, once known (found from the e-mail when the person has signed up).';
comment on column public.team_invites.role is 'The role the invitee will have in the team (agent by default; only admins invite managers).';
comment on column public.team_invites.status is 'pending, accepted, declined, expired or revoked. The invitee accepts or declines; the team''s managers revoke.';
comment on column public.team_invites.legacy_status is 'The status as the legacy table had it (phase 3), null for invites made since.';
comment on column public.team_invites.token is 'Secret in the invitation link (unique).';
comment on column public.team_invites.expires_at is 'After this the invite can no longer be accepted.';
comment on column public.team_invites.responded_at is 'When the invitee accepted or declined.';
comment on column public.team_invites.created_at is 'When the invite was sent.';
comment on column public.team_invites.updated_at is 'When the invite last changed (set by trigger).';

-- Who may do what -----------------------------------------------------------------------------------

alter table public.team_invites enable row level security;
select salemate.take_over_policies(3, 'public.team_invites');
drop policy if exists "Team managers read their teams' invites" on public.team_invites;
create policy "Team managers read their teams' invites" on public.team_invites for select to authenticated
  using (invited_by = (select salemate.current_profile_id()) or team_id = any (array(select salemate.managed_team_ids())));
drop policy if exists "Invitees read the invites sent to them" on public.team_invites;
create policy "Invitees read the invites sent to them" on public.team_invites for select to authenticated
  using (invitee_profile_id = (select salemate.current_profile_id())
         or lower(invitee_email) = lower((select auth.jwt() ->> 'email')));
drop policy if exists "Team managers invite people to their teams" on public.team_invites;
create policy "Team managers invite people to their teams" on public.team_invites for insert to authenticated
  with check (team_id = any (array(select salemate.managed_team_ids())) and status = 'pending');
drop policy if exists "Team managers update their teams' invites" on public.team_invites;
create policy "Team managers update their teams' invites" on public.team_invites for update to authenticated
  using (team_id = any (array(select salemate.managed_team_ids()))) with check (team_id = any (array(select salemate.managed_team_ids())));
drop policy if exists "Invitees accept or decline their invites" on public.team_invites;
create policy "Invitees accept or decline their invites" on public.team_invites for update to authenticated
  using (invitee_profile_id = (select salemate.current_profile_id())
         or lower(invitee_email) = lower((select auth.jwt() ->> 'email')))
  with check (invitee_profile_id = (select salemate.current_profile_id())
              or lower(invitee_email) = lower((select auth.jwt() ->> 'email')));
drop policy if exists "Team managers withdraw their teams' invites" on public.team_invites;
create policy "Team managers withdraw their teams' invites" on public.team_invites for delete to authenticated
  using (team_id = any (array(select salemate.managed_team_ids())));
select salemate.claim_policies(3, 'public.team_invites');

revoke all on public.team_invites from anon, authenticated, service_role;
grant select, delete on public.team_invites to authenticated;
grant insert (id, team_id, invited_by, invitee_email, invitee_profile_id, role, status, token, expires_at, created_at, updated_at)
  on public.team_invites to authenticated;
grant update (team_id, invited_by, invitee_email, invitee_profile_id, role, status, token, expires_at)
  on public.team_invites to authenticated;
grant all on public.team_invites to service_role;

-- team_invitations: compatibility view ---------------------------------------------------------------

create or replace function salemate.tg_team_invitations__instead_of_insert() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    i public.team_invites;
    team uuid;
  begin
    if new.status is not null and salemate.normalise_invite_status(new.status) is null then
      raise exception 'team_invitations row refused: unknown status %', new.status using errcode = 'check_violation';
    end if;
    -- its own statement, so that the insert's policy check sees a team made just now
    team := salemate.ensure_manager_team(new.manager_id);
    insert into public.team_invites (id, team_id, invited_by, invitee_email, invitee_profile_id, status, token, expires_at, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), team, new.manager_id, new.invitee_email,
            new.invitee_user_id, coalesce(salemate.normalise_invite_status(new.status), 'pending'),
            coalesce(new.token, replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')),
            coalesce(new.expires_at, now() + interval '7 days'), coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning * into i;
    new.id := i.id; new.manager_id := i.invited_by; new.invitee_user_id := i.invitee_profile_id; new.status := i.status;
    new.token := i.token; new.expires_at := i.expires_at; new.created_at := i.created_at; new.updated_at := i.updated_at;
    return new;
  end
  $$;

create or replace function salemate.tg_team_invitations__instead_of_update() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    team uuid;
  begin
    if new.status is distinct from old.status and salemate.normalise_invite_status(new.status) is null then
      raise exception 'team_invitations row refused: unknown status %', new.status using errcode = 'check_violation';
    end if;
    if new.manager_id is distinct from old.manager_id then
      team := salemate.ensure_manager_team(new.manager_id);
    end if;
    update public.team_invites set
      team_id = coalesce(team, team_id),
      invited_by = new.manager_id,
      invitee_email = new.invitee_email,
      invitee_profile_id = new.invitee_user_id,
      status = case when new.status is distinct from old.status then salemate.normalise_invite_status(new.status) else status end,
      token = new.token,
      expires_at = new.expires_at
    where id = old.id;
    return new;
  end
  $$;

create or replace function salemate.tg_team_invitations__instead_of_delete() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.team_invites where id = old.id;
    return old;
  end
  $$;

select salemate.install_compat_view(3, 'team_invitations', $v$
  select i.id, coalesce(i.invited_by, t.owner_profile_id) as manager_id, i.invitee_email, i.invitee_profile_id as invitee_user_id,
         i.status, i.token, i.expires_at, i.created_at, i.updated_at
  from public.team_invites i
  join public.teams t on t.id = i.team_id
$v$, 'Compatibility view: legacy team_invitations over team_invites (phase 3); statuses are the normalised ones.');
select salemate.install_instead_of_triggers('team_invitations', 'team_invitations');

-- The legacy table is read by nothing outside the archive now: its policies and API grants go.
select salemate.take_over_archived_table(3, 'team_invitations');
