-- The signed-in person, for a frontend's first screen: Query.currentProfile. Security definer:
-- it returns only the row of the token's subject (none for a token without a profile), which
-- the profiles policies let that person read anyway. Signed out, the profile's related tables
-- are not anon's to read, so a document selecting them is refused (FORBIDDEN).
create or replace function public.current_profile() returns public.profiles
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$ select p.* from public.profiles p where p.id = (select auth.uid()) $$;
comment on function public.current_profile() is 'The signed-in person''s profile (from the token''s subject), or null when signed out.';
revoke execute on function public.current_profile() from public, anon; -- Supabase's default privileges grant anon
grant execute on function public.current_profile() to authenticated, service_role;
