-- "Who manages these people", asked when a lead event is published (realtime audiences), now
-- reads the pairs salemate.profile_managers keeps (phase 3) instead of walking team memberships
-- again: the manages rule lives in one place, salemate.refresh_profile_managers, and the read
-- policies and the realtime audiences cannot drift apart. Admins manage everyone and are not
-- listed in the pairs, so they are added here as before.
-- Running the file again changes nothing.

create or replace function salemate.managers_of(p_profiles uuid[]) returns setof uuid
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select p.id from public.profiles p
    where p.role::text = 'admin' and exists (select 1 from unnest(p_profiles) x where x <> p.id)
    union
    select pm.manager_id from salemate.profile_managers pm where pm.profile_id = any (p_profiles)
  $$;
comment on function salemate.managers_of(uuid[]) is 'Profiles that manage any of these profiles: admins, and the managers salemate.profile_managers lists for them (the pairs the read policies use through salemate.managed_profile_ids()).';
