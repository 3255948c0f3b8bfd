-- The gateway's database login: `authenticator`, as on Supabase (PostgREST logs in with it).
-- It can log in and do nothing else by itself (noinherit): for each request the gateway
-- switches to anon, authenticated or service_role (`set local role`), so row-level security
-- applies exactly as for the Supabase API. Never a superuser, never bypassrls.
-- On Supabase the role already exists with the same grants; nothing changes there.
-- Its password is set outside migrations (see README: "Running against Supabase").
do $$
begin
  if not exists (select from pg_roles where rolname = 'authenticator') then
    create role authenticator with login noinherit nosuperuser nocreatedb nocreaterole nobypassrls noreplication;
  end if;
exception
  when duplicate_object or unique_violation then null; -- created concurrently by another database of the cluster
end
$$;

do $$
begin
  grant anon, authenticated, service_role to authenticator;
exception
  when insufficient_privilege then
    raise notice 'could not grant the API roles to authenticator (%); on Supabase they are granted already', sqlerrm;
end
$$;

comment on role authenticator is 'The SaleMate gateway''s login. Switches to anon / authenticated / service_role per request; bypasses nothing.';

-- /readyz asks whether every migration is applied; the gateway's login may read the history.
do $$
begin
  if to_regclass('supabase_migrations.schema_migrations') is not null then
    grant usage on schema supabase_migrations to authenticator;
    grant select on supabase_migrations.schema_migrations to authenticator;
  end if;
exception
  when insufficient_privilege then
    raise notice 'could not let authenticator read the migration history (%); /readyz will report not ready', sqlerrm;
end
$$;
