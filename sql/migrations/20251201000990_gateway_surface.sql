-- What the gateway shows. PostGraphile exposes `public`; these smart tags keep out what is not
-- part of the API (smart tags must open a comment: PostGraphile reads them only there).
--  * legacy helper functions in public (is_admin, is_support): the old app's RLS helpers;
--  * lookups and mutations by (legacy_table, legacy_id): provenance of migrated rows, kept
--    as columns for audits but not a way to address rows.
-- Runs after every phase and workflow, and again harmlessly: each comment is rewritten only
-- when its tag is missing.

do $$
declare
  r record;
begin
  for r in
    select p.oid::regprocedure as fn, coalesce(obj_description(p.oid, 'pg_proc'), '') as d
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname in ('is_admin', 'is_support')
  loop
    continue when r.d like '@behavior -*%';
    execute format('comment on function %s is %L', r.fn, E'@behavior -*\n' || coalesce(nullif(r.d, ''), 'Legacy RLS helper of the old app; not part of the API.'));
  end loop;

  for r in
    select c.conname, c.conrelid::regclass as tbl, coalesce(obj_description(c.oid, 'pg_constraint'), '') as d
    from pg_constraint c
    join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.contype = 'u'
      and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attnum = any (c.conkey) and a.attname = 'legacy_id')
  loop
    continue when r.d like '@behavior%';
    execute format('comment on constraint %I on %s is %L', r.conname, r.tbl,
      E'@behavior -single -update -delete\n' || coalesce(nullif(r.d, ''), 'Each migrated row points back to one legacy row.'));
  end loop;
end
$$;

-- Relation names that read naturally where the key is not called `id`: a thread's messages.
do $$
begin
  if to_regclass('public.support_messages') is not null
     and exists (select 1 from pg_constraint where conname = 'support_messages_thread_id_fkey' and conrelid = 'public.support_messages'::regclass) then
    comment on constraint support_messages_thread_id_fkey on public.support_messages is
      E'@fieldName thread\n@foreignFieldName messages\nEach message belongs to one support thread.';
  end if;
end
$$;
