-- Writes as a security boundary (issue 16): each role changes only what its job needs, and the
-- database says so on every path (GraphQL, PostgREST as `authenticated`, the compatibility
-- views' INSTEAD OF triggers, which run as the caller). sql/rls/write-model.json lists what each
-- persona may set on insert and change on update; tests/sql/rls/write-matrix.test.ts checks it.
--
--   identity    who a person is comes from auth.users, not from a profile column they edit:
--               profiles.email follows auth.users.email (trigger) and is unique whatever its
--               case; an invitation is answered only by the auth user it names or whose
--               confirmed e-mail it was sent to
--   ceilings    nobody gives a team role above what they may give: manager, support and finance
--               by admins only; a team lead gives agent; nobody but admins moves a team's owner
--   leads       ownership, assignment, sale and price change only through the workflows
--               (purchaseLeads, transferLead, ingestLeadBatch), never by a direct write
--   money       a buyer changes nothing on their own pending transaction but its notes and
--               receipt, and may cancel it; statuses move along the transaction's life
--   append-only audit_logs, lead_events and wallet ledger entries are never updated or deleted
--               by an API role (the service role may only settle a pending ledger entry)
--
-- Refusals are 42501 (insufficient_privilege) with a sentence saying what is not allowed: the
-- gateway answers FORBIDDEN. Security-definer workflows run as their owner and pass: they check
-- the caller themselves. Running the file again changes nothing.

-- Helpers -----------------------------------------------------------------------------------------

-- The confirmed e-mail of an auth user: what the person proved they receive. Null while the
-- address is unconfirmed (or the user signed up by phone).
create or replace function salemate.auth_email(p_user uuid) returns text
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$ select u.email::text from auth.users u where u.id = p_user and u.email_confirmed_at is not null $$;
comment on function salemate.auth_email(uuid) is 'The confirmed e-mail address of an auth user (auth.users), null while unconfirmed.';

create or replace function salemate.current_auth_email() returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select salemate.auth_email(auth.uid()) $$;
comment on function salemate.current_auth_email() is 'The caller''s confirmed e-mail address, from auth.users (never from the token''s claims or the profile).';

-- Any role the API hands out (PostgREST and the gateway switch to one per request).
create or replace function salemate.is_api_role() returns boolean
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select current_user::text in ('anon', 'authenticated', 'service_role')
        or coalesce(current_setting('role', true), 'none') in ('anon', 'authenticated', 'service_role')
  $$;
comment on function salemate.is_api_role() is 'Whether the statement comes through the API (anon, authenticated or service_role), also inside security-definer functions.';

revoke all on function salemate.auth_email(uuid), salemate.current_auth_email(), salemate.is_api_role() from public;
grant execute on function salemate.auth_email(uuid), salemate.current_auth_email(), salemate.is_api_role() to anon, authenticated, service_role;

-- Identity: profiles.email follows auth.users -----------------------------------------------------

-- A profile whose e-mail differs from its auth user's takes the auth user's (the address the
-- person signs in with). The notes say how many, and the first ones with their old address.
do $$
declare
  n bigint;
  shown text;
begin
  with old as (
    select p.id, p.email as was from public.profiles p join auth.users u on u.id = p.id
    where u.email is not null and p.email is distinct from u.email
  ), changed as (
    update public.profiles p set email = u.email
    from auth.users u, old
    where u.id = p.id and old.id = p.id
    returning p.id, old.was
  )
  select count(*), string_agg(format('%s (was %s)', c.id, c.was), ', ') filter (where c.rn <= 20)
  into n, shown
  from (select changed.*, row_number() over (order by changed.id) as rn from changed) c;
  if n > 0 then
    perform salemate.note(2, 'profiles.email', format('%s profile(s) had an e-mail other than their auth user''s, now the auth user''s: %s%s',
      n, shown, case when n > 20 then ', ...' else '' end));
  end if;
end
$$;

-- E-mails are unique whatever their case (invitations and sign-in compare them that way). Two
-- profiles whose addresses differ only in case are two auth users Supabase would not make (it
-- stores addresses in lower case): the migration stops and names them.
do $$
declare
  dupes text;
begin
  select string_agg(format('%s (%s)', e, ids), '; ') into dupes
  from (select lower(p.email) as e, string_agg(p.id::text, ', ' order by p.id) as ids
        from public.profiles p group by lower(p.email) having count(*) > 1 limit 10) d;
  if dupes is not null then
    raise exception 'profiles with the same e-mail in another case: %', dupes
      using hint = 'Give each of these auth users its own address (auth.users.email) or merge them, then run the migration again.';
  end if;
end
$$;
create unique index if not exists profiles_lower_email_key on public.profiles (lower(email));

-- Supabase Auth changes auth.users.email (sign-up, e-mail change confirmed); the profile follows.
create or replace function salemate.tg_users__sync_profile_email() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.email is not null then
      update public.profiles p set email = new.email where p.id = new.id and p.email is distinct from new.email;
    end if;
    return null;
  end
  $$;
comment on function salemate.tg_users__sync_profile_email() is 'Keeps profiles.email equal to auth.users.email.';
revoke all on function salemate.tg_users__sync_profile_email() from public;
drop trigger if exists tg_users__sync_profile_email on auth.users;
create trigger tg_users__sync_profile_email after insert or update of email on auth.users
  for each row execute function salemate.tg_users__sync_profile_email();

-- A new profile takes its auth user's address; through the API nobody sets another one.
create or replace function salemate.tg_profiles__email_from_auth() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    auth_email text := (select u.email::text from auth.users u where u.id = new.id);
  begin
    if tg_op = 'INSERT' then
      new.email := coalesce(auth_email, new.email);
    elsif new.email is distinct from old.email and new.email is distinct from auth_email and salemate.is_api_role() then
      raise exception 'a profile''s e-mail is its sign-in address: change it through Supabase Auth'
        using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
comment on function salemate.tg_profiles__email_from_auth() is 'profiles.email is the auth user''s address: set from auth.users on insert, never changed to another through the API.';
revoke all on function salemate.tg_profiles__email_from_auth() from public;
drop trigger if exists tg_profiles__email_from_auth on public.profiles;
create trigger tg_profiles__email_from_auth before insert or update of email on public.profiles
  for each row execute function salemate.tg_profiles__email_from_auth();

revoke update (email) on public.profiles from authenticated;
comment on column public.profiles.email is 'Sign-in e-mail address: the auth user''s (kept in step by trigger), unique whatever its case. Changed through Supabase Auth, not here.';
select salemate.add_column_behavior('public.profiles', 'email', '-attribute:update');

-- Identity: team invitations -----------------------------------------------------------------------

-- An invitation is for a profile when it names that profile, or names nobody and was sent to the
-- profile's confirmed sign-in address (any case). The profile's own e-mail column is not asked.
create or replace function salemate.team_invite_is_for(p_invite public.team_invites, p_profile public.profiles) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select coalesce(p_invite.invitee_profile_id = p_profile.id
                    or (p_invite.invitee_profile_id is null
                        and lower(btrim(p_invite.invitee_email)) = lower(salemate.auth_email(p_profile.id))), false)
  $$;
comment on function salemate.team_invite_is_for(public.team_invites, public.profiles) is 'Whether the invitation names this profile, or names none and was sent to the profile''s confirmed auth e-mail (case-insensitive).';

-- The profile an address belongs to: the one auth user who confirmed it, whatever its case.
create or replace function salemate.profile_for_confirmed_email(p_email text) returns uuid
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select min(p.id::text)::uuid from auth.users u join public.profiles p on p.id = u.id
    where lower(u.email) = lower(btrim(p_email)) and u.email_confirmed_at is not null
    having count(*) = 1
  $$;
comment on function salemate.profile_for_confirmed_email(text) is 'The profile whose auth user confirmed this e-mail address (any case); null when none or several.';
revoke all on function salemate.profile_for_confirmed_email(text) from public;

-- The team roles the caller may give in a team: admins any; otherwise never manager, support or
-- finance, and below their own rank (the owner and a team's managers give team_lead and agent,
-- a team lead gives agent).
create or replace function salemate.may_give_team_role(p_team uuid, p_role text) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select salemate.has_role('admin')
        or (p_role in ('team_lead', 'agent')
            and (exists (select 1 from public.teams t where t.id = p_team and t.owner_profile_id = auth.uid())
                 or exists (select 1 from public.team_memberships m
                            where m.team_id = p_team and m.profile_id = auth.uid() and m.status = 'active'
                              and m.role in ('manager', 'team_lead') and salemate.team_rank(m.role) > salemate.team_rank(p_role))))
  $$;
comment on function salemate.may_give_team_role(uuid, text) is 'Whether the caller may give this role in this team: admins any; the owner and managers team_lead or agent; a team lead agent; manager, support and finance only admins.';
revoke all on function salemate.may_give_team_role(uuid, text) from public;
grant execute on function salemate.may_give_team_role(uuid, text), salemate.team_invite_is_for(public.team_invites, public.profiles) to authenticated, service_role;

-- team_invites, every path: who invites is the caller; the role stays under the inviter's
-- ceiling; the invitee (and nobody else) accepts or declines a pending, unexpired invitation; the
-- team's managers revoke it. Replaces phase 3's guard, now as the caller (security invoker): the
-- workflows (acceptTeamInvite, ...) run as definer and check the caller themselves, a direct
-- write is checked here.
create or replace function salemate.tg_team_invites__guard_changes() returns trigger
  language plpgsql security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me public.profiles;
  begin
    if salemate.is_end_user() and not salemate.has_role('admin') then
      if tg_op = 'INSERT' then
        new.invited_by := auth.uid();
        if not salemate.may_give_team_role(new.team_id, new.role) then
          raise exception 'you may not invite people to this team as %', new.role using errcode = 'insufficient_privilege',
            hint = 'Only admins invite managers, support or finance; a team lead invites agents.';
        end if;
        if new.status <> 'pending' or new.responded_at is not null then
          raise exception 'an invitation starts pending' using errcode = 'insufficient_privilege';
        end if;
        return new;
      end if;
      select p.* into me from public.profiles p where p.id = auth.uid();
      if (new.invited_by, new.responded_at) is distinct from (old.invited_by, old.responded_at) then
        raise exception 'who sent an invitation and when it was answered are not edited' using errcode = 'insufficient_privilege';
      end if;
      if salemate.manages_team(old.team_id) then
        if (new.role is distinct from old.role or new.team_id is distinct from old.team_id)
           and not salemate.may_give_team_role(new.team_id, new.role) then
          raise exception 'you may not invite people to this team as %', new.role using errcode = 'insufficient_privilege';
        end if;
      elsif (new.team_id, new.invitee_email, new.role, new.token, new.expires_at)
            is distinct from (old.team_id, old.invitee_email, old.role, old.token, old.expires_at)
         or new.invitee_profile_id is not null and new.invitee_profile_id is distinct from coalesce(old.invitee_profile_id, me.id) then
        raise exception 'an invitee may only accept or decline the invite' using errcode = 'insufficient_privilege';
      end if;
      if new.status is distinct from old.status then
        if old.status = 'pending' and new.status in ('accepted', 'declined') then
          if me.id is null or not salemate.team_invite_is_for(old, me) then
            raise exception 'only the person invited accepts or declines an invitation' using errcode = 'insufficient_privilege';
          end if;
          if old.expires_at <= now() then
            raise exception 'the invite expired at %', old.expires_at using errcode = 'check_violation';
          end if;
        elsif not (old.status = 'pending' and new.status = 'revoked' and salemate.manages_team(old.team_id)) then
          raise exception 'an invitation goes from pending to accepted or declined (by the invitee) or to revoked (by the team''s managers), not from % to %',
            old.status, new.status using errcode = 'insufficient_privilege';
        end if;
      end if;
    end if;
    if tg_op = 'UPDATE' and new.status is distinct from old.status and new.status in ('accepted', 'declined') then
      new.responded_at := now();
    end if;
    return new;
  end
  $$;

-- The invitee of an invitation sent to an address is the one auth user who confirmed it (any
-- case), found as the row is written (after the guard: tg_team_invites__guard_changes) by a
-- definer trigger, so the look-up is no function an API user can call to probe addresses.
create or replace function salemate.tg_team_invites__resolve_invitee() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if new.invitee_profile_id is null then
      new.invitee_profile_id := salemate.profile_for_confirmed_email(new.invitee_email);
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_team_invites__resolve_invitee() from public;
drop trigger if exists tg_team_invites__resolve_invitee on public.team_invites;
create trigger tg_team_invites__resolve_invitee before insert or update on public.team_invites
  for each row execute function salemate.tg_team_invites__resolve_invitee();

-- The invitee's policies ask auth for the address, not the token's claims.
drop policy if exists "Invitees read the invites sent to them" on public.team_invites;
create policy "Invitees read the invites sent to them" on public.team_invites for select to authenticated
  using (invitee_profile_id = (select salemate.current_profile_id())
         or (invitee_profile_id is null and lower(invitee_email) = lower((select salemate.current_auth_email()))));
drop policy if exists "Invitees accept or decline their invites" on public.team_invites;
create policy "Invitees accept or decline their invites" on public.team_invites for update to authenticated
  using (invitee_profile_id = (select salemate.current_profile_id())
         or (invitee_profile_id is null and lower(invitee_email) = lower((select salemate.current_auth_email()))))
  with check (invitee_profile_id = (select salemate.current_profile_id()));
select salemate.claim_policies(3, 'public.team_invites');

-- Pending invitations sent to an address whose owner is now known name them (as new ones do).
-- Set-based: the same answer as salemate.profile_for_confirmed_email (the one profile whose auth
-- user confirmed the address, any case), computed once for every address instead of a scan of
-- auth.users per invitation.
update public.team_invites i set invitee_profile_id = owner.profile_id
from (select lower(u.email) as email, min(p.id::text)::uuid as profile_id
      from auth.users u join public.profiles p on p.id = u.id
      where u.email_confirmed_at is not null and u.email is not null
      group by lower(u.email) having count(*) = 1) owner
where i.invitee_profile_id is null and i.status = 'pending' and owner.email = lower(btrim(i.invitee_email));

-- The old app joins a team by setting its own manager_id: only towards a team whose invitation
-- is for this person (named, or sent to their confirmed address) and open or accepted by them.
-- Replaces phase 3's guard, which compared the profile's own (then editable) e-mail.
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
      where (i.invited_by = new.manager_id or i.team_id = salemate.legacy_team_id(new.manager_id))
        and ((i.status = 'accepted' and i.invitee_profile_id = new.id)
             or (i.status = 'pending' and i.expires_at > now() and salemate.team_invite_is_for(i, old)))) then
      raise exception 'manager_id may only be set to a manager who invited this profile' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;

-- Role ceilings: memberships and teams -----------------------------------------------------------

-- Nobody gives a membership role above their ceiling (salemate.may_give_team_role), nor changes
-- the role of a member whose role they could not have given (a team lead changes agents only).
-- Phase 3's guard still decides who may add, accept and leave.
create or replace function salemate.tg_team_memberships__role_ceiling() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if not salemate.is_end_user() or salemate.has_role('admin') then
      return new;
    end if;
    if tg_op = 'INSERT' then
      if not salemate.may_give_team_role(new.team_id, new.role) then
        raise exception 'you may not give the % role in this team', new.role using errcode = 'insufficient_privilege';
      end if;
    elsif new.role is distinct from old.role then
      if not salemate.may_give_team_role(new.team_id, new.role)
         or not (salemate.may_give_team_role(old.team_id, old.role)) then
        raise exception 'you may not change this member''s role from % to %', old.role, new.role using errcode = 'insufficient_privilege';
      end if;
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_team_memberships__role_ceiling on public.team_memberships;
create trigger tg_team_memberships__role_ceiling before insert or update of role on public.team_memberships
  for each row execute function salemate.tg_team_memberships__role_ceiling();

-- A team's owner is its manager (tg_teams__add_owner makes them one): only admins hand a team
-- to someone, and a new team belongs to whoever makes it.
create or replace function salemate.tg_teams__guard_owner() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if not salemate.is_end_user() or salemate.has_role('admin') then
      return new;
    end if;
    if tg_op = 'INSERT' and new.owner_profile_id is distinct from auth.uid() then
      raise exception 'a new team belongs to whoever makes it' using errcode = 'insufficient_privilege';
    elsif tg_op = 'UPDATE' and new.owner_profile_id is distinct from old.owner_profile_id then
      raise exception 'only admins hand a team to another owner' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_teams__guard_owner on public.teams;
create trigger tg_teams__guard_owner before insert or update of owner_profile_id on public.teams
  for each row execute function salemate.tg_teams__guard_owner();

-- Leads: ownership, assignment, sale and price ----------------------------------------------------

-- An API user creates a lead for themselves, unsold and unpriced, and changes what they know
-- about the client and the pipeline. Who owns, bought or works a lead, whether and when it was
-- sold and for how much move only through the workflows (purchaseLeads, transferLead,
-- ingestLeadBatch), which run as definer; admins also price and file their own new leads.
create or replace function salemate.tg_leads__guard_ownership_and_sale() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    admin boolean;
  begin
    if not salemate.is_end_user() then
      return new;
    end if;
    admin := salemate.has_role('admin');
    if tg_op = 'INSERT' then
      -- (the old app files a lead it adds under its buyer: the caller themselves)
      if new.buyer_user_id is distinct from null and new.buyer_user_id is distinct from auth.uid()
         or coalesce(new.is_sold, false) or new.sold_at is not null then
        raise exception 'a lead is sold through the shop (purchaseLeads), not created sold or bought by someone' using errcode = 'insufficient_privilege';
      end if;
      if not admin and (new.cpl_price is not null or new.batch_id is not null
                        or new.assigned_to_id is distinct from null and new.assigned_to_id is distinct from auth.uid()
                        or new.assigned_at is not null and new.assigned_to_id is distinct from auth.uid()
                        or new.upload_user_id is distinct from null and new.upload_user_id is distinct from auth.uid()) then
        raise exception 'a new lead is yours, unassigned to others, with no price or batch' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if (new.owner_id, new.buyer_user_id, new.assigned_to_id, new.assigned_at, new.is_sold, new.sold_at, new.cpl_price, new.created_at)
       is distinct from (old.owner_id, old.buyer_user_id, old.assigned_to_id, old.assigned_at, old.is_sold, old.sold_at, old.cpl_price, old.created_at) then
      raise exception 'a lead''s owner, buyer, assignee, sale and price change through purchaseLeads and transferLead only'
        using errcode = 'insufficient_privilege';
    end if;
    if not admin and (new.batch_id, new.project_id, new.upload_user_id) is distinct from (old.batch_id, old.project_id, old.upload_user_id) then
      raise exception 'only admins move a lead to another batch or project' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_leads__guard_ownership_and_sale on public.leads;
create trigger tg_leads__guard_ownership_and_sale before insert or update on public.leads
  for each row execute function salemate.tg_leads__guard_ownership_and_sale();
-- createLead takes no sale (updateLead takes none of these since 20251201000930_workflows_leads.sql).
select salemate.add_column_behavior('public.leads', c, '-attribute:insert') from unnest(array['buyer_user_id', 'is_sold', 'sold_at']) c;

-- Lead transactions: what a buyer may touch, how statuses move ----------------------------------

-- A buyer opens a request or purchase (phase 4's policy) and may later add notes and a receipt,
-- or cancel it while pending; its kind, amount, quantity, project and review stay as they are.
-- Finance and admins decide: pending -> approved, confirmed, fulfilled, rejected, cancelled,
-- failed; approved -> confirmed, fulfilled, cancelled, failed; confirmed -> fulfilled,
-- cancelled, failed; the rest is final. Nobody re-assigns a transaction to another person.
create or replace function salemate.lead_transaction_may_move(p_from text, p_to text) returns boolean
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select p_from = p_to or case p_from
      when 'pending' then p_to in ('approved', 'confirmed', 'fulfilled', 'rejected', 'cancelled', 'failed')
      when 'approved' then p_to in ('confirmed', 'fulfilled', 'cancelled', 'failed')
      when 'confirmed' then p_to in ('fulfilled', 'cancelled', 'failed')
      else false end
  $$;
comment on function salemate.lead_transaction_may_move(text, text) is 'The lead transaction status transitions finance and admins make (fulfilled, rejected, cancelled and failed are final).';
grant execute on function salemate.lead_transaction_may_move(text, text) to authenticated, service_role;

create or replace function salemate.tg_lead_transactions__guard_changes() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    decider boolean;
  begin
    if not salemate.is_end_user() then
      return new;
    end if;
    decider := salemate.has_role('finance') or salemate.has_role('admin');
    if tg_op = 'INSERT' then
      if not decider and (new.admin_notes, new.rejected_reason, new.rejected_at, new.lead_id) is distinct from (null, null, null, null) then
        raise exception 'review notes, rejections and a lead are set by finance, not with the request' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if (new.profile_id, new.transaction_type, new.source, new.created_at)
       is distinct from (old.profile_id, old.transaction_type, old.source, old.created_at) then
      raise exception 'a transaction keeps its buyer, kind and source' using errcode = 'insufficient_privilege';
    end if;
    if decider then
      if not salemate.lead_transaction_may_move(old.status, new.status) then
        raise exception 'a % transaction does not become %', old.status, new.status using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if (new.project_id, new.project_name, new.batch_id, new.lead_id, new.quantity, new.amount, new.currency, new.admin_notes,
        new.rejected_reason, new.approved_by, new.approved_at, new.rejected_at, new.fulfilled_at)
       is distinct from (old.project_id, old.project_name, old.batch_id, old.lead_id, old.quantity, old.amount, old.currency, old.admin_notes,
                         old.rejected_reason, old.approved_by, old.approved_at, old.rejected_at, old.fulfilled_at) then
      raise exception 'a buyer changes only the notes and receipt of their transaction, or cancels it' using errcode = 'insufficient_privilege';
    end if;
    if new.status is distinct from old.status and not (old.status = 'pending' and new.status = 'cancelled') then
      raise exception 'a buyer may only cancel a pending transaction' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_lead_transactions__guard_changes on public.lead_transactions;
create trigger tg_lead_transactions__guard_changes before insert or update on public.lead_transactions
  for each row execute function salemate.tg_lead_transactions__guard_changes();

-- Append-only: audit log, lead timeline, wallet ledger -------------------------------------------

-- audit_logs: admins add entries as themselves; nobody in the API edits or removes one.
create or replace function salemate.tg_audit_logs__stamp() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() then
      if new.actor_id is distinct from null and new.actor_id is distinct from auth.uid() then
        raise exception 'an audit entry is written as yourself' using errcode = 'insufficient_privilege';
      end if;
      new.actor_id := auth.uid();
    end if;
    return new;
  end
  $$;
do $$
begin
  if to_regclass('public.audit_logs') is null then
    perform salemate.note(7, 'audit_logs', 'public.audit_logs is absent: nothing to make append-only');
    return;
  end if;
  revoke update, delete, truncate on public.audit_logs from anon, authenticated, service_role;
  drop trigger if exists tg_audit_logs__stamp on public.audit_logs;
  create trigger tg_audit_logs__stamp before insert on public.audit_logs
    for each row execute function salemate.tg_audit_logs__stamp();
  perform salemate.add_behavior('public.audit_logs', '-update -delete');
  comment on column public.audit_logs.actor_id is 'Profile that acted (the caller, for entries written through the API); null for the system (cron jobs).';
end
$$;

-- lead_events: the timeline is written by the workflows and as oneself; never rewritten.
revoke update, delete, truncate on public.lead_events from anon, authenticated, service_role;
drop policy if exists "Authors correct their own events" on public.lead_events;
drop policy if exists "Admins delete events" on public.lead_events;
select salemate.claim_policies(4, 'public.lead_events');

-- profile_wallet_ledger: entries are never edited or removed through the API; the service role
-- (payment webhooks) may settle a pending entry (pending -> completed, failed or cancelled).
create or replace function salemate.tg_profile_wallet_ledger__append_only() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if current_user::text not in ('anon', 'authenticated', 'service_role') then
      return new;
    end if;
    if (to_jsonb(new) - 'status' - 'updated_at') is distinct from (to_jsonb(old) - 'status' - 'updated_at')
       or (new.status is distinct from old.status and not (old.status = 'pending' and new.status in ('completed', 'failed', 'cancelled'))) then
      raise exception 'wallet entries are not edited: record an adjustment (a pending entry may only be settled)'
        using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_profile_wallet_ledger__append_only on public.profile_wallet_ledger;
create trigger tg_profile_wallet_ledger__append_only before update on public.profile_wallet_ledger
  for each row execute function salemate.tg_profile_wallet_ledger__append_only();
revoke update, delete, truncate on public.profile_wallet_ledger from anon, authenticated;
revoke delete, truncate on public.profile_wallet_ledger from service_role;

-- When a row was made is the database's to say ---------------------------------------------------

-- An API user's insert does not date its row: created_at, updated_at (and a label's applied_at)
-- are the time of the insert, whatever the statement gives. The service role and the workflows
-- (as definer) keep what they give: migrations and imports carry real dates.
create or replace function salemate.tg_stamp_insert_time() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() then
      new := jsonb_populate_record(new, jsonb_build_object('created_at', now(), 'updated_at', now(), 'applied_at', now()));
    end if;
    return new;
  end
  $$;
comment on function salemate.tg_stamp_insert_time() is 'Sets created_at, updated_at and applied_at (those the table has) to now() on an API user''s insert.';
revoke all on function salemate.tg_stamp_insert_time() from public;

do $$
declare
  t record;
begin
  for t in
    select c.oid::regclass as tbl, c.relname
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and coalesce(obj_description(c.oid, 'pg_class'), '') not like '@behavior -*%'
      and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname in ('created_at', 'updated_at', 'applied_at')
                    and a.attnum > 0 and not a.attisdropped)
  loop
    execute format('drop trigger if exists %I on %s', 'tg_' || t.relname || '__stamp_insert_time', t.tbl);
    execute format('create trigger %I before insert on %s for each row execute function salemate.tg_stamp_insert_time()',
                   'tg_' || t.relname || '__stamp_insert_time', t.tbl);
  end loop;
end
$$;

-- Lead tasks: for whom, on which lead ----------------------------------------------------------

-- A task is given to oneself, to whoever owns, bought or works its lead, or to someone one
-- manages (createLeadTask's rule, on every path); it stays on its lead and with its creator.
create or replace function salemate.tg_lead_tasks__guard_assignee() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    l record;
  begin
    if not salemate.is_end_user() or salemate.has_role('admin') then
      return new;
    end if;
    if tg_op = 'UPDATE' and (new.lead_id, new.created_by) is distinct from (old.lead_id, old.created_by) then
      raise exception 'a task stays on its lead and with whoever made it' using errcode = 'insufficient_privilege';
    end if;
    if new.assignee_id is not null and (tg_op = 'INSERT' or new.assignee_id is distinct from old.assignee_id)
       and new.assignee_id is distinct from auth.uid() and not salemate.manages_profile(new.assignee_id) then
      select x.owner_id, x.assigned_to_id, x.buyer_user_id into l from public.leads x where x.id = new.lead_id;
      if new.assignee_id is distinct from l.owner_id and new.assignee_id is distinct from l.assigned_to_id
         and new.assignee_id is distinct from l.buyer_user_id then
        raise exception 'a task is given to yourself, to whoever owns or works the lead, or to someone you manage'
          using errcode = 'insufficient_privilege';
      end if;
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_lead_tasks__guard_assignee() from public;
drop trigger if exists tg_lead_tasks__guard_assignee on public.lead_tasks;
create trigger tg_lead_tasks__guard_assignee before insert or update on public.lead_tasks
  for each row execute function salemate.tg_lead_tasks__guard_assignee();

-- Lead transfers: a handover happens through transferLead --------------------------------------

-- A transfer row records that a lead changed hands. Only the workflow, which moves the assignee
-- and checks who may hand a lead to whom, records a new hand; a direct insert (the old app's
-- note of a face change) may only name the lead's current assignee. The old app's case_faces
-- insert that names someone else goes through transferLead.
create or replace function salemate.tg_lead_transfers__guard_record() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user()
       and new.to_profile_id is distinct from (select l.assigned_to_id from public.leads l where l.id = new.lead_id) then
      raise exception 'a lead is handed to someone through transferLead' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_lead_transfers__guard_record() from public;
drop trigger if exists tg_lead_transfers__guard_record on public.lead_transfers;
create trigger tg_lead_transfers__guard_record before insert on public.lead_transfers
  for each row execute function salemate.tg_lead_transfers__guard_record();

create or replace function salemate.tg_case_faces__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    t public.lead_transfers;
  begin
    if salemate.is_end_user()
       and new.to_agent is distinct from (select l.assigned_to_id from public.leads l where l.id = new.lead_id) then
      t := public.transfer_lead(new.lead_id, new.to_agent, new.reason);
    else
      insert into public.lead_transfers (transfer_id, lead_id, from_profile_id, to_profile_id, reason, transferred_by, created_at)
      values (coalesce(new.id, gen_random_uuid()), new.lead_id, new.from_agent, new.to_agent, new.reason,
              coalesce(new.created_by, salemate.current_profile_id()), coalesce(new.created_at, now()))
      returning * into t;
    end if;
    new.id := t.transfer_id; new.from_agent := t.from_profile_id; new.to_agent := t.to_profile_id;
    new.created_by := t.transferred_by; new.created_at := t.created_at;
    return new;
  end
  $$;

-- Notifications: the recipient marks them read ----------------------------------------------------

create or replace function salemate.tg_activity_notifications__guard_recipient() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if not salemate.is_end_user() then
      return new;
    end if;
    if (to_jsonb(new) - 'read_at' - 'status') is distinct from (to_jsonb(old) - 'read_at' - 'status')
       or (new.status is distinct from old.status and new.status <> 'read') then
      raise exception 'a notification''s recipient marks it read; its content is not edited' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_activity_notifications__guard_recipient() from public;
drop trigger if exists tg_activity_notifications__guard_recipient on public.activity_notifications;
create trigger tg_activity_notifications__guard_recipient before update on public.activity_notifications
  for each row execute function salemate.tg_activity_notifications__guard_recipient();

-- Payments: statuses move along the gateway's life -----------------------------------------------

-- pending -> processing, completed, failed, cancelled; processing -> completed, failed,
-- cancelled; completed -> refunded; the rest is final. Finance and admins update payments
-- (phase 2's policy); which columns is phase 2's grant.
create or replace function salemate.payment_status_may_move(p_from text, p_to text) returns boolean
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select p_from = p_to or case p_from
      when 'pending' then p_to in ('processing', 'completed', 'failed', 'cancelled')
      when 'processing' then p_to in ('completed', 'failed', 'cancelled')
      when 'completed' then p_to = 'refunded'
      else false end
  $$;
comment on function salemate.payment_status_may_move(text, text) is 'The payment status transitions made through the API (failed, cancelled and refunded are final).';
grant execute on function salemate.payment_status_may_move(text, text) to authenticated, service_role;

create or replace function salemate.tg_profile_payment_transactions__guard_status() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() and not salemate.payment_status_may_move(old.status, new.status) then
      raise exception 'a % payment does not become %', old.status, new.status using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_profile_payment_transactions__guard_status() from public;
drop trigger if exists tg_profile_payment_transactions__guard_status on public.profile_payment_transactions;
create trigger tg_profile_payment_transactions__guard_status before update of status on public.profile_payment_transactions
  for each row execute function salemate.tg_profile_payment_transactions__guard_status();

-- Who did it is the caller ---------------------------------------------------------------------

-- The admin tables record who wrote a row (created_by) or last changed it (updated_by): for an
-- API user that is themselves, whatever the statement says.
create or replace function salemate.tg_stamp_actor() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() then
      new := jsonb_populate_record(new, case when tg_op = 'INSERT'
        then jsonb_build_object('created_by', auth.uid(), 'updated_by', auth.uid())
        else jsonb_build_object('updated_by', auth.uid()) end);
    end if;
    return new;
  end
  $$;
comment on function salemate.tg_stamp_actor() is 'Sets created_by (on insert) and updated_by (those the table has) to the API caller.';
revoke all on function salemate.tg_stamp_actor() from public;

do $$
declare
  t text;
begin
  foreach t in array array['cms_content', 'ad_integrations', 'dashboard_banners', 'system_settings', 'feature_flags'] loop
    continue when to_regclass(format('public.%I', t)) is null;
    execute format('drop trigger if exists %I on public.%I', 'tg_' || t || '__stamp_actor', t);
    execute format('create trigger %I before insert or update on public.%I for each row execute function salemate.tg_stamp_actor()',
                   'tg_' || t || '__stamp_actor', t);
  end loop;
end
$$;

-- A verified phone is the OTP flow's to record -----------------------------------------------

create or replace function salemate.tg_profiles__guard_phone_verification() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() and not salemate.has_role('admin')
       and new.phone_verified_at is not null and new.phone_verified_at is distinct from old.phone_verified_at then
      raise exception 'a phone is verified by the OTP flow, not marked so' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_profiles__guard_phone_verification() from public;
drop trigger if exists tg_profiles__guard_phone_verification on public.profiles;
create trigger tg_profiles__guard_phone_verification before update of phone_verified_at on public.profiles
  for each row execute function salemate.tg_profiles__guard_phone_verification();

-- A member joins by their own consent ------------------------------------------------------------

-- Phase 3's guard lets only the member turn an invitation into an active membership; a member
-- who left comes back the same way (a team's managers suspend and reinstate, they do not re-enlist).
create or replace function salemate.tg_team_memberships__guard_consent() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() and not salemate.has_role('admin')
       and new.status = 'active' and old.status = 'left' and old.profile_id is distinct from auth.uid() then
      raise exception 'a member who left comes back by joining again themselves' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_team_memberships__guard_consent() from public;
drop trigger if exists tg_team_memberships__guard_consent on public.team_memberships;
create trigger tg_team_memberships__guard_consent before update of status on public.team_memberships
  for each row execute function salemate.tg_team_memberships__guard_consent();

-- Support threads: when a thread was resolved is the database's -------------------------------

-- phase 6 stamps resolved_at when a thread is resolved or closed; a customer does not date it.
create or replace function salemate.tg_support_threads__guard_resolved_at() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() and not salemate.is_staff() and new.resolved_at is distinct from old.resolved_at then
      raise exception 'when a thread was resolved is recorded by the database' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end
  $$;
revoke all on function salemate.tg_support_threads__guard_resolved_at() from public;
drop trigger if exists tg_support_threads__guard_resolved_at on public.support_threads;
create trigger tg_support_threads__guard_resolved_at before update on public.support_threads
  for each row execute function salemate.tg_support_threads__guard_resolved_at();

-- Keys and creation times are not edited --------------------------------------------------------

-- Phase 7 granted update on the admin tables whole; a row's key and creation time are not the
-- admins' to edit (a renamed key orphans what refers to it, a re-dated row misleads).
do $$
declare
  t text;
  cols text;
begin
  foreach t in array array['ad_integrations', 'dashboard_banners', 'system_settings', 'feature_flags'] loop
    continue when to_regclass(format('public.%I', t)) is null;
    select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into cols
    from pg_attribute a
    where a.attrelid = format('public.%I', t)::regclass and a.attnum > 0 and not a.attisdropped and a.attname <> 'created_at'
      and not exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisprimary and a.attnum = any (i.indkey));
    execute format('revoke update on public.%I from authenticated', t);
    execute format('grant update (%s) on public.%I to authenticated', cols, t);
  end loop;
end
$$;

-- What the API roles reach, whatever default privileges gave ------------------------------------

-- On Supabase every table, view, sequence and function postgres makes in public is granted to
-- anon, authenticated and service_role as it is made (sql/supabase/03_default_privileges.sql
-- does the same on plain PostgreSQL). The phases grant what each object is for; this takes back
-- what no API role is meant to have:
--   * truncate, references and trigger on anything in public (anon and authenticated);
--   * writes through a view that has no INSTEAD OF trigger (the read-only views: every API role);
--   * anything anon has beyond reading published content (cms_content, cms_pages);
--   * sequences: anon nothing, authenticated only nextval (no setval);
--   * functions in public: anon executes none (they go to authenticated and the service role);
--   * legacy_archive: no view outside it reads it any more, so anon and authenticated lose it.
do $$
declare
  r record;
begin
  for r in
    select c.oid::regclass as obj, c.relname, c.relkind,
           exists (select 1 from pg_trigger t where t.tgrelid = c.oid and (t.tgtype & 64) <> 0) as instead_of
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
  loop
    execute format('revoke truncate, references, trigger on %s from anon, authenticated', r.obj);
    if current_setting('server_version_num')::int >= 170000 then
      execute format('revoke maintain on %s from anon, authenticated', r.obj);
    end if;
    if r.relkind in ('v', 'm') and not r.instead_of then
      execute format('revoke insert, update, delete on %s from anon, authenticated, service_role', r.obj);
    end if;
    if r.relname not in ('cms_content', 'cms_pages') then
      execute format('revoke all on %s from anon', r.obj);
    end if;
  end loop;

  for r in
    select c.oid::regclass as obj from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'S'
  loop
    execute format('revoke all on sequence %s from anon', r.obj);
    execute format('revoke update on sequence %s from authenticated', r.obj);
  end loop;

  for r in
    select p.oid::regprocedure as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prokind in ('f', 'p') and has_function_privilege('anon', p.oid, 'execute')
  loop
    execute format('revoke execute on function %s from public, anon', r.fn);
    execute format('grant execute on function %s to authenticated, service_role', r.fn);
  end loop;

  if not exists (
    select 1 from pg_depend d
    join pg_rewrite w on w.oid = d.objid and d.classid = 'pg_rewrite'::regclass
    join pg_class v on v.oid = w.ev_class
    join pg_class t on t.oid = d.refobjid and d.refclassid = 'pg_class'::regclass
    where t.relnamespace = 'legacy_archive'::regnamespace and v.relnamespace <> 'legacy_archive'::regnamespace) then
    revoke usage on schema legacy_archive from anon, authenticated;
  else
    perform salemate.note(7, 'legacy_archive (grants)', 'a view outside legacy_archive still reads it: anon and authenticated keep usage on the schema until it is replaced');
  end if;
end
$$;

revoke all on function salemate.tg_leads__guard_ownership_and_sale(), salemate.tg_lead_transactions__guard_changes(),
  salemate.tg_audit_logs__stamp(), salemate.tg_profile_wallet_ledger__append_only(),
  salemate.tg_team_memberships__role_ceiling(), salemate.tg_teams__guard_owner() from public;
