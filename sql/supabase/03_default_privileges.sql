-- Supabase's default privileges: on a Supabase project, every table, view, sequence and function
-- that postgres makes in public is granted to anon, authenticated and service_role at once (its
-- own setup runs these statements). Plain PostgreSQL gets the same here, so the migrations meet
-- the grants they will meet on Supabase and must revoke what they do not mean to expose; tests
-- see what a real project would expose. Idempotent.
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
