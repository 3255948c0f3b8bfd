-- Deletions on record, so `salemate verify` stays true while the app runs.
--
-- verify accounts for every legacy row: carried, rejected, or deleted since the migration. The
-- app deletes rows in ordinary use (GraphQL delete mutations, the compatibility views, the
-- workflows), and only some of those leave an audit_logs entry. Every table of the project's (the
-- ones whose policies it took over: new, renamed, merged and kept ones) records each
-- row deleted by an API role here: which table, its key and legacy id, who deleted it (the
-- token's subject) and when.
-- Never exposed: the salemate schema is not in the API; RLS on with no policy.
-- Running it again changes nothing.

create table if not exists salemate.deleted_rows (
  id bigserial primary key,
  table_name text not null,
  row_id text,
  legacy_table text,
  legacy_id text,
  deleted_by uuid,
  deleted_at timestamptz not null default now()
);
comment on table salemate.deleted_rows is 'Rows deleted from tables holding carried legacy rows (or kept from the legacy schema), after the migration: how salemate verify tells a deletion by the app from a loss.';
comment on column salemate.deleted_rows.table_name is 'The public table the row was deleted from.';
comment on column salemate.deleted_rows.row_id is 'Its id, as text.';
comment on column salemate.deleted_rows.legacy_table is 'For a row carried into a merged table: the legacy table it came from.';
comment on column salemate.deleted_rows.legacy_id is 'For a row carried into a merged table: its id there.';
comment on column salemate.deleted_rows.deleted_by is 'The subject of the token that deleted it (null: a database session without one).';
alter table salemate.deleted_rows enable row level security;
create index if not exists deleted_rows_table_name_idx on salemate.deleted_rows (table_name);
create index if not exists deleted_rows_legacy_table_idx on salemate.deleted_rows (legacy_table) where legacy_table is not null;

-- security definer: the deleting user may not write the salemate schema; search_path pinned.
create or replace function salemate.tg_any__record_deletion() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    r jsonb := to_jsonb(old);
    sub text := nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub';
  begin
    -- Deletions by the app only: an API role (set by the gateway or PostgREST; workflow functions
    -- keep it). A row gone any other way (by hand, with triggers off) is left for verify to call lost.
    if coalesce(current_setting('role', true), 'none') not in ('anon', 'authenticated', 'service_role') then
      return old;
    end if;
    insert into salemate.deleted_rows (table_name, row_id, legacy_table, legacy_id, deleted_by)
    values (tg_table_name, r ->> coalesce(tg_argv[0], 'id'), r ->> 'legacy_table', r ->> 'legacy_id',
            case when sub ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then sub::uuid end);
    return old;
  end
  $$;
revoke all on function salemate.tg_any__record_deletion() from public;
comment on function salemate.tg_any__record_deletion() is 'Records a deleted row in salemate.deleted_rows (AFTER DELETE, per row; the trigger''s argument names the key column).';

do $$
declare
  t record;
begin
  for t in
    select c.oid::regclass as tbl, c.relname,
           coalesce((select a.attname::text from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                     where k.conrelid = c.oid and k.contype = 'p' and cardinality(k.conkey) = 1), 'id') as key_column
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
      and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'legacy_id' and not a.attisdropped)
           or c.relname in (select s.table_name from salemate.legacy_snapshot s)
           or c.relname in (select p.table_name from salemate.policy_takeovers p where p.schema_name = 'public'))
    order by 2
  loop
    execute format('drop trigger if exists %I on %s', 'tg_' || t.relname || '__record_deletion', t.tbl);
    execute format('create trigger %I after delete on %s for each row execute function salemate.tg_any__record_deletion(%L)',
                   'tg_' || t.relname || '__record_deletion', t.tbl, t.key_column);
  end loop;
end
$$;
