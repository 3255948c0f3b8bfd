-- Team invitation workflow as GraphQL mutations (issue 5, team part; plan regression flow
-- "team invitation").
--
--   invite_to_team     -> inviteToTeam      a team's manager (or team lead, or an admin) invites an e-mail address
--   accept_team_invite -> acceptTeamInvite  the invitee joins the team in the invited role
--   decline_team_invite -> declineTeamInvite the invitee turns the invitation down
--   revoke_team_invite -> revokeTeamInvite  the team's managers withdraw a pending invitation
--
-- An invitation is answered with its token (the secret of the e-mailed link: 244 random bits,
-- phase 3's column default) by the signed-in person whose profile e-mail is the invited address
-- (any case). Accepting makes the membership through phase 3's trigger
-- (tg_team_invites__join_on_accept: an active membership in the invited role), so the team's
-- managers manage the newcomer from then on (salemate.manages_profile). When the team is the
-- inviting owner's legacy team (phase 3: one team per legacy manager) and the newcomer has no
-- manager_id, manager_id is set to the owner so the old app shows the newcomer in that team too;
-- phase 3's trigger then makes that membership the one mirroring manager_id.
--
-- Every function locks the invitation row (for update) before looking at its status, so
-- concurrent answers see each other's result. Two invitations of the same address to the same
-- team are serialised by an advisory lock, so at most one is pending. An invitation past its
-- expires_at is refused as expired whatever its stored status; refusing rolls the call back, so
-- the stored status is brought up to date by the next successful invitation to the team
-- (salemate.expire_team_invites, also callable by the service role on a schedule), and the
-- GraphQL field TeamInvite.isExpired answers in the meantime. Business-rule failures raise P0001
-- with a plain sentence and a hint (BUSINESS_RULE for clients); an invitation the caller may not
-- see, including one sent to someone else, is "not found", exactly like an unknown token or id.
--
-- The functions run as definer (the invitee may not read the team's memberships, nor a team lead
-- every profile) and check who the caller is themselves: salemate.manages_team for inviting and
-- revoking, the profile e-mail for answering. Only admins invite as manager, support or finance
-- (phase 3's rule for memberships); a team lead invites agents only.
--
-- What leaves the GraphQL API: creating, updating and deleting team_invites (the workflow does
-- each). The team_invitations compatibility view keeps the old app's writes, under phase 3's
-- rules. Running the file again changes nothing.

-- Private helpers -----------------------------------------------------------------------------

-- The same sentence for an invitation that does not exist and one the caller may not see.
create or replace function salemate.raise_team_invite_not_found() returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    raise exception 'Invitation not found.' using errcode = 'P0001',
      hint = 'Check the invitation link, and that you are signed in with the e-mail address the invitation was sent to.';
  end
  $$;
comment on function salemate.raise_team_invite_not_found() is 'Raises the team invitation workflows'' "not found" error (also for invitations the caller may not see).';

-- An answer (accept, decline) needs a pending invitation that has not expired: anything else
-- says what it is.
create or replace function salemate.team_invite_require_open(p_status text, p_expires_at timestamptz) returns void
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    case p_status
      when 'pending' then
        if p_expires_at <= now() then
          raise exception 'This invitation has expired.' using errcode = 'P0001',
            hint = 'Ask the team''s manager to invite you again.';
        end if;
      when 'expired' then
        raise exception 'This invitation has expired.' using errcode = 'P0001',
          hint = 'Ask the team''s manager to invite you again.';
      when 'accepted' then
        raise exception 'This invitation has already been accepted.' using errcode = 'P0001',
          hint = 'The invitee is a member of the team; nothing more to do.';
      when 'declined' then
        raise exception 'This invitation was declined.' using errcode = 'P0001',
          hint = 'A declined invitation is final; the team''s manager can send a new one.';
      when 'revoked' then
        raise exception 'This invitation was revoked.' using errcode = 'P0001',
          hint = 'A revoked invitation is final; the team''s manager can send a new one.';
      else
        raise exception 'This invitation is %.', p_status using errcode = 'P0001',
          hint = 'Only pending invitations are answered.';
    end case;
  end
  $$;
comment on function salemate.team_invite_require_open(text, timestamptz) is 'Raises a clear error unless an invitation is pending and not past expires_at (expired, already accepted, declined, revoked).';

-- Marks pending invitations past their expiry as expired (of one team, or all): run by every
-- invitation to the team and, for the rest, by the service role on a schedule.
create or replace function salemate.expire_team_invites(p_team uuid default null) returns integer
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    n integer;
  begin
    update public.team_invites i set status = 'expired'
    where i.status = 'pending' and i.expires_at <= now() and (p_team is null or i.team_id = p_team);
    get diagnostics n = row_count;
    return n;
  end
  $$;
comment on function salemate.expire_team_invites(uuid) is 'Marks pending invitations past expires_at as expired (of one team, or every team when null); returns how many.';

-- The profile of the signed-in caller, or a clear error.
create or replace function salemate.team_invite_caller() returns public.profiles
  language plpgsql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me public.profiles;
  begin
    select p.* into me from public.profiles p where p.id = salemate.current_profile_id();
    if not found then
      raise exception 'Only a signed-in user with a profile takes part in team invitations.' using errcode = 'P0001',
        hint = 'Sign in (and finish creating your profile) first.';
    end if;
    return me;
  end
  $$;
comment on function salemate.team_invite_caller() is 'The caller''s profile; raises a clear error when there is none.';

-- Whether an invitation is addressed to this profile: its e-mail is the profile's (any case) and
-- it names no other profile.
create or replace function salemate.team_invite_is_for(p_invite public.team_invites, p_profile public.profiles) returns boolean
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$
    select lower(btrim(p_invite.invitee_email)) = lower(btrim(p_profile.email))
       and (p_invite.invitee_profile_id is null or p_invite.invitee_profile_id = p_profile.id)
  $$;
comment on function salemate.team_invite_is_for(public.team_invites, public.profiles) is 'Whether the invitation was sent to this profile''s e-mail address (case-insensitive) and names no other profile.';

revoke all on function salemate.raise_team_invite_not_found(), salemate.team_invite_require_open(text, timestamptz),
  salemate.expire_team_invites(uuid), salemate.team_invite_caller(), salemate.team_invite_is_for(public.team_invites, public.profiles) from public;
grant execute on function salemate.raise_team_invite_not_found(), salemate.team_invite_require_open(text, timestamptz),
  salemate.team_invite_is_for(public.team_invites, public.profiles) to authenticated, service_role;
grant execute on function salemate.expire_team_invites(uuid) to service_role;

-- invite_to_team ---------------------------------------------------------------------------------

create or replace function public.invite_to_team(team_id uuid, invitee_email text, role text default 'agent')
  returns public.team_invites
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me public.profiles := salemate.team_invite_caller();
    v_email text := lower(btrim(invite_to_team.invitee_email));
    v_role text := lower(btrim(coalesce(invite_to_team.role, 'agent')));
    team public.teams;
    my_role text;
    invite public.team_invites;
  begin
    select t.* into team from public.teams t where t.id = invite_to_team.team_id;
    if not found or not (salemate.is_team_member(team.id) or salemate.manages_team(team.id) or salemate.is_staff()) then
      raise exception 'Team not found.' using errcode = 'P0001',
        hint = 'Check the team id. You can invite people to the teams you manage.';
    end if;
    if not salemate.manages_team(team.id) then
      raise exception 'Only the team''s managers invite people to it.' using errcode = 'P0001',
        hint = 'Ask the team''s manager or a team lead to send the invitation.';
    end if;
    if v_email is null or v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
      raise exception 'That is not a valid e-mail address.' using errcode = 'P0001',
        hint = 'Enter the address the invitation goes to, like name@example.com.';
    end if;
    if v_role not in ('manager', 'team_lead', 'agent', 'support', 'finance') then
      raise exception 'Unknown team role "%".', btrim(invite_to_team.role) using errcode = 'P0001',
        hint = 'Use agent, team_lead, support, finance or manager.';
    end if;
    if v_role in ('manager', 'support', 'finance') and not salemate.has_role('admin') then
      raise exception 'Only admins invite people as manager, support or finance.' using errcode = 'P0001',
        hint = 'Invite them as agent or team_lead, or ask an admin.';
    end if;
    if not salemate.has_role('admin') and team.owner_profile_id is distinct from me.id then
      select m.role into my_role from public.team_memberships m
      where m.team_id = team.id and m.profile_id = me.id and m.status = 'active';
      if salemate.team_rank(v_role) >= salemate.team_rank(my_role) then
        raise exception 'A team lead can invite agents only.' using errcode = 'P0001',
          hint = 'Ask the team''s manager to invite a team lead.';
      end if;
    end if;

    -- One invitation of an address to a team at a time.
    perform pg_advisory_xact_lock(hashtextextended('salemate:team_invite:' || team.id::text || ':' || v_email, 0));
    perform salemate.expire_team_invites(team.id);
    if exists (select 1 from public.team_memberships m join public.profiles p on p.id = m.profile_id
               where m.team_id = team.id and m.status = 'active' and lower(btrim(p.email)) = v_email) then
      raise exception '% is already a member of this team.', v_email using errcode = 'P0001',
        hint = 'Nothing to do; change their role in the team''s memberships if needed.';
    end if;
    if exists (select 1 from public.team_invites i
               where i.team_id = team.id and i.status = 'pending' and lower(btrim(i.invitee_email)) = v_email) then
      raise exception '% already has a pending invitation to this team.', v_email using errcode = 'P0001',
        hint = 'Wait for them to answer, or revoke that invitation and invite them again.';
    end if;

    insert into public.team_invites (team_id, invited_by, invitee_email, role, status, expires_at)
    values (team.id, me.id, v_email, v_role, 'pending', now() + interval '7 days')
    returning * into invite;

    if invite.invitee_profile_id is not null then
      insert into public.activity_notifications (profile_id, domain, title, body, url)
      values (invite.invitee_profile_id, 'team', 'Team invitation',
              left(format('%s invited you to join %s as %s.', coalesce(nullif(btrim(me.name), ''), me.email), team.name,
                          replace(invite.role, '_', ' ')), 500),
              '/team/invites');
    end if;
    return invite;
  end
  $$;
comment on function public.invite_to_team(uuid, text, text) is
'Invites an e-mail address to a team the caller manages (its owner, managers and team leads; admins everywhere): a pending invitation with a secret token for the invitation link, valid for 7 days. A person who already has a profile with that address is notified.
Arguments: teamId, the team; inviteeEmail, where the invitation goes (stored in lower case); role, the role they will have: agent (default) or team_lead; admins may also invite as manager, support or finance. A team lead invites agents only.
Fails with BUSINESS_RULE when the team is not found (or not yours to see), the caller does not manage it, the address is not valid, the role is unknown or above what the caller may give, the address is already an active member, or it already has a pending invitation to the team; nothing is created then.';

-- accept_team_invite -----------------------------------------------------------------------------

create or replace function public.accept_team_invite(token text)
  returns public.team_memberships
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me public.profiles := salemate.team_invite_caller();
    invite public.team_invites;
    team public.teams;
    membership public.team_memberships;
  begin
    select i.* into invite from public.team_invites i where i.token = btrim(accept_team_invite.token) for update;
    if not found
       or not (salemate.team_invite_is_for(invite, me) or salemate.manages_team(invite.team_id) or invite.invited_by = me.id) then
      perform salemate.raise_team_invite_not_found();
    end if;
    if not salemate.team_invite_is_for(invite, me) then
      raise exception 'Only the person invited can accept this invitation.' using errcode = 'P0001',
        hint = format('It was sent to %s; they accept it when signed in with that address.', invite.invitee_email);
    end if;
    perform salemate.team_invite_require_open(invite.status, invite.expires_at);

    -- phase 3's tg_team_invites__join_on_accept makes the membership
    update public.team_invites i set status = 'accepted', invitee_profile_id = me.id
    where i.id = invite.id
    returning i.* into invite;

    select t.* into team from public.teams t where t.id = invite.team_id;
    if team.owner_profile_id is not null and team.owner_profile_id <> me.id
       and team.id = salemate.legacy_team_id(team.owner_profile_id) and me.manager_id is null then
      update public.profiles p set manager_id = team.owner_profile_id where p.id = me.id and p.manager_id is null;
    end if;

    select m.* into membership from public.team_memberships m where m.team_id = invite.team_id and m.profile_id = me.id;
    if membership.status is distinct from 'active' then
      raise exception 'the membership could not be made active (team %, profile %)', invite.team_id, me.id using errcode = 'internal_error';
    end if;

    if invite.invited_by is not null and invite.invited_by <> me.id then
      insert into public.activity_notifications (profile_id, domain, title, body, url)
      values (invite.invited_by, 'team', 'Invitation accepted',
              left(format('%s accepted your invitation and joined %s as %s.', coalesce(nullif(btrim(me.name), ''), me.email), team.name,
                          replace(membership.role, '_', ' ')), 500),
              '/team');
    end if;
    return membership;
  end
  $$;
comment on function public.accept_team_invite(text) is
'The invitee accepts an invitation: signed in with the invited e-mail address (any case), they become an active member of the team in the invited role (an existing membership is reactivated), the invitation becomes accepted, and whoever invited them is notified. From then on the team''s managers manage them. Returns the membership.
Arguments: token, the secret from the invitation link.
Fails with BUSINESS_RULE when the invitation is not found (an unknown token, or one sent to another address: the same error), it has expired ("This invitation has expired."), or it was already accepted, declined or revoked; nothing changes then.';

-- decline_team_invite ----------------------------------------------------------------------------

create or replace function public.decline_team_invite(token text)
  returns public.team_invites
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me public.profiles := salemate.team_invite_caller();
    invite public.team_invites;
  begin
    select i.* into invite from public.team_invites i where i.token = btrim(decline_team_invite.token) for update;
    if not found
       or not (salemate.team_invite_is_for(invite, me) or salemate.manages_team(invite.team_id) or invite.invited_by = me.id) then
      perform salemate.raise_team_invite_not_found();
    end if;
    if not salemate.team_invite_is_for(invite, me) then
      raise exception 'Only the person invited can decline this invitation.' using errcode = 'P0001',
        hint = 'To withdraw an invitation you sent, revoke it.';
    end if;
    perform salemate.team_invite_require_open(invite.status, invite.expires_at);
    update public.team_invites i set status = 'declined', invitee_profile_id = me.id
    where i.id = invite.id
    returning i.* into invite;
    if invite.invited_by is not null and invite.invited_by <> me.id then
      insert into public.activity_notifications (profile_id, domain, title, body, url)
      values (invite.invited_by, 'team', 'Invitation declined',
              left(format('%s declined your invitation to %s.', coalesce(nullif(btrim(me.name), ''), me.email),
                          (select t.name from public.teams t where t.id = invite.team_id)), 500),
              '/team');
    end if;
    return invite;
  end
  $$;
comment on function public.decline_team_invite(text) is
'The invitee turns an invitation down: it becomes declined (final) and whoever invited them is notified; no membership is made.
Arguments: token, the secret from the invitation link.
Fails with BUSINESS_RULE when the invitation is not found (an unknown token, or one sent to another address: the same error), it has expired, or it was already accepted, declined or revoked.';

-- revoke_team_invite -----------------------------------------------------------------------------

create or replace function public.revoke_team_invite(invite_id uuid)
  returns public.team_invites
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me public.profiles := salemate.team_invite_caller();
    invite public.team_invites;
  begin
    select i.* into invite from public.team_invites i where i.id = revoke_team_invite.invite_id for update;
    if not found
       or not (salemate.manages_team(invite.team_id) or invite.invited_by = me.id or salemate.team_invite_is_for(invite, me)) then
      perform salemate.raise_team_invite_not_found();
    end if;
    if not salemate.manages_team(invite.team_id) then
      raise exception 'Only the team''s managers revoke an invitation.' using errcode = 'P0001',
        hint = 'To turn down an invitation sent to you, decline it.';
    end if;
    case invite.status
      when 'pending' then null; -- also when past its expiry: revoking it is final all the same
      when 'accepted' then
        raise exception 'This invitation has already been accepted.' using errcode = 'P0001',
          hint = 'Only pending invitations are revoked; to remove the member, end their membership of the team.';
      else
        perform salemate.team_invite_require_open(invite.status, invite.expires_at);
    end case;
    update public.team_invites i set status = 'revoked'
    where i.id = invite.id
    returning i.* into invite;
    return invite;
  end
  $$;
comment on function public.revoke_team_invite(uuid) is
'A manager of the team (its owner, managers, team leads; admins) withdraws a pending invitation: it becomes revoked (final) and its link no longer works.
Arguments: inviteId, the invitation.
Fails with BUSINESS_RULE when the invitation is not found (or not yours to see), the caller does not manage its team, or it is no longer pending (already accepted, declined, revoked or marked expired).';

-- TeamInvite.isExpired ---------------------------------------------------------------------------

create or replace function public.team_invites_is_expired(invite public.team_invites) returns boolean
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select invite.status = 'expired' or (invite.status = 'pending' and invite.expires_at <= now()) $$;
comment on function public.team_invites_is_expired(public.team_invites) is 'Whether the invitation can no longer be accepted because it expired (its status may still say pending until the next sweep).';

revoke all on function public.invite_to_team(uuid, text, text), public.accept_team_invite(text), public.decline_team_invite(text),
  public.revoke_team_invite(uuid), public.team_invites_is_expired(public.team_invites) from public, anon;
grant execute on function public.invite_to_team(uuid, text, text), public.accept_team_invite(text), public.decline_team_invite(text),
  public.revoke_team_invite(uuid), public.team_invites_is_expired(public.team_invites) to authenticated;
grant execute on function public.team_invites_is_expired(public.team_invites) to service_role;

-- What leaves the GraphQL API ------------------------------------------------------------------------

select salemate.add_behavior('public.team_invites', '-insert -update -delete');
