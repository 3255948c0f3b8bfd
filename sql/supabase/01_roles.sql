-- Supabase's API roles. A real Supabase project already has them; plain PostgreSQL gets
-- them here, with the same attributes, so that every migration runs unchanged on both.
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
exception
  -- Two databases of one cluster initialised at the same moment (parallel test setup) can
  -- race on these cluster-wide names; the loser finds the role made by the winner.
  when unique_violation or duplicate_object then null;
end
$$;
