-- salemate:replaces sha256:db9716f4898a2c749b9f6027f9f8317ac65be9ee52b5e970b3c901252b09580e
-- (that revision built the snapshot rows' primary key row by row, their keys sorted first; this one builds it after the rows. Same tables, rows and keys; only the bodies of salemate.snapshot_kept_rows (which this file alone calls) and salemate.with_extra_columns (same results, now inlined into the backfills) differ)
-- Phase 1 of the SaleMate refactor: baseline and safety.
--
-- Before anything changes, this phase
--   * records a snapshot of the legacy schema (every column) and data (row count and checksum
--     of every legacy table) in salemate.legacy_snapshot;
--   * moves every legacy table that a later phase consolidates into the schema legacy_archive,
--     untouched: that archive is the data snapshot the later phases backfill from and
--     `salemate verify` compares against, and it costs no copy;
--   * leaves a pass-through view under each moved name (security_invoker, automatically
--     updatable), so the running app reads and writes exactly as before;
--   * creates the bookkeeping tables (rejects, notes, settings) and the RLS helper functions
--     every later phase uses, among them the policy take-over each later phase runs on the
--     tables it writes policies for (the legacy policies stay until then: the app still needs
--     them).
-- Running it again changes nothing.

create schema if not exists salemate;
comment on schema salemate is 'Migration bookkeeping and security helpers of the SaleMate consolidation. Never exposed through the API.';
create schema if not exists legacy_archive;
comment on schema legacy_archive is 'Legacy SaleMate tables, moved here unchanged by phase 1. Read by the backfills and by salemate verify; dropped only on request (salemate.settings drop_legacy_archive).';

grant usage on schema salemate to anon, authenticated, service_role;
-- Only the security helpers below are granted back; bookkeeping functions stay private.
alter default privileges in schema salemate revoke execute on functions from public;
-- The legacy tables keep their own grants and RLS; the pass-through views read them as the caller.
grant usage on schema legacy_archive to anon, authenticated, service_role;

-- Bookkeeping -----------------------------------------------------------------------------

create table if not exists salemate.migration_rejects (
  id bigserial primary key,
  phase smallint not null check (phase between 1 and 7),
  legacy_table text not null,
  legacy_id text not null,
  target_table text not null,
  reason text not null,
  row_data jsonb not null,
  rejected_at timestamptz not null default now(),
  unique (legacy_table, legacy_id, target_table)
);
comment on table salemate.migration_rejects is 'Legacy rows a phase could not carry into the new schema, with the reason and the whole row, so nothing is lost silently.';
alter table salemate.migration_rejects enable row level security;

create table if not exists salemate.migration_notes (
  id bigserial primary key,
  phase smallint not null check (phase between 1 and 7),
  subject text not null,
  note text not null,
  noted_at timestamptz not null default now(),
  unique (phase, subject)
);
comment on table salemate.migration_notes is 'Differences between this database and the expected legacy schema (a missing table or column), and what the phase did about them.';
alter table salemate.migration_notes enable row level security;

create table if not exists salemate.settings (
  key text primary key,
  value jsonb not null,
  description text
);
comment on table salemate.settings is 'Switches that change what a migration does. drop_legacy_archive (default false): phase 7 drops legacy_archive only when true.';
alter table salemate.settings enable row level security;
insert into salemate.settings (key, value, description)
values ('drop_legacy_archive', 'false', 'Set to true before phase 7 to drop the legacy_archive schema once the app no longer reads it.')
on conflict (key) do nothing;

create table if not exists salemate.legacy_snapshot (
  table_name text primary key,
  row_count bigint not null,
  checksum text,
  columns jsonb not null,
  taken_at timestamptz not null default now()
);
comment on table salemate.legacy_snapshot is 'The legacy schema and data as phase 1 found them: columns, row count and a checksum (sum of 64-bit hashes of every row) of each legacy table.';
alter table salemate.legacy_snapshot enable row level security;

-- Helpers for the phases --------------------------------------------------------------------

create or replace function salemate.note(p_phase int, p_subject text, p_note text) returns void
  language sql
  as $$
    insert into salemate.migration_notes (phase, subject, note) values (p_phase, p_subject, p_note)
    on conflict (phase, subject) do update set note = excluded.note, noted_at = now()
  $$;
comment on function salemate.note(int, text, text) is 'Records a difference between this database and the expected legacy schema.';

-- Where a legacy table's rows are now: the archive after phase 1, else public (a database
-- where phase 1 found the table absent has neither, and gets null).
create or replace function salemate.legacy_source(p_table text) returns regclass
  language sql stable
  as $$ select coalesce(to_regclass(format('legacy_archive.%I', p_table)), to_regclass(format('public.%I', p_table))) $$;

create or replace function salemate.has_legacy_column(p_table text, p_column text) returns boolean
  language sql stable
  as $$
    select exists (
      select 1 from pg_attribute
      where attrelid = salemate.legacy_source(p_table) and attname = p_column and attnum > 0 and not attisdropped
    )
  $$;

-- Moves public.<p_table> into legacy_archive and leaves a pass-through view behind.
create or replace function salemate.archive_legacy_table(p_table text) returns text
  language plpgsql
  as $$
  declare
    kind "char";
  begin
    select c.relkind into kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relname = p_table;

    if to_regclass(format('legacy_archive.%I', p_table)) is not null then
      return 'already archived';
    end if;
    if kind is null then
      perform salemate.note(1, p_table, format('legacy table %s is absent from this database; its backfill will be skipped', p_table));
      return 'absent';
    end if;
    -- Run again, phase 1 finds the compatibility view a later phase put under the name of a table
    -- that was absent: still absent.
    if kind = 'v' and exists (select 1 from salemate.migration_notes n where n.phase = 1 and n.subject = p_table and n.note like '%absent%') then
      return 'absent';
    end if;
    if kind not in ('r', 'p') then
      perform salemate.note(1, p_table, format('public.%s is not a table (relkind %s); left where it is', p_table, kind));
      return 'not a table';
    end if;

    execute format('alter table public.%I set schema legacy_archive', p_table);
    execute format('create view public.%I with (security_invoker = true) as select * from legacy_archive.%I', p_table, p_table);
    execute format('comment on view public.%I is %L', p_table,
      format(E'@behavior -*\nCompatibility view over legacy_archive.%s until its phase consolidates it.', p_table));
    execute format('grant select, insert, update, delete on public.%I to authenticated, service_role', p_table);
    execute format('grant select on public.%I to anon', p_table);
    return 'archived';
  end
  $$;

-- Shared by phases 2-7: reading legacy tables and columns that may be absent, installing the
-- compatibility views and their instead-of triggers, touching updated_at, adding a constraint once.

create or replace function salemate.legacy_table(p_table text) returns regclass
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select c.oid::regclass from pg_class c
    where c.oid = salemate.legacy_source(p_table) and c.relkind in ('r', 'p')
  $$;
comment on function salemate.legacy_table(text) is 'The legacy base table a backfill reads (legacy_archive first, then public); null when absent or already replaced by a view.';

create or replace function salemate.install_compat_view(p_phase int, p_view text, p_select text, p_comment text, p_anon_select boolean default false) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    kind "char";
  begin
    select c.relkind into kind from pg_class c where c.oid = to_regclass(format('public.%I', p_view));
    if kind is not null and kind <> 'v' then
      perform salemate.note(p_phase, p_view || ' (compat view)',
        format('public.%s is a base table (relkind %s), not phase 1''s pass-through view; its compatibility view was not installed', p_view, kind));
      return;
    end if;
    begin
      execute format('create or replace view public.%I with (security_invoker = true) as %s', p_view, p_select);
    exception when invalid_table_definition or datatype_mismatch or feature_not_supported then
      execute format('drop view public.%I', p_view);
      execute format('create view public.%I with (security_invoker = true) as %s', p_view, p_select);
    end;
    execute format('comment on view public.%I is %L', p_view, E'@behavior -*\n' || p_comment);
    execute format('revoke all on public.%I from anon', p_view);
    execute format('grant select, insert, update, delete on public.%I to authenticated, service_role', p_view);
    if p_anon_select then
      execute format('grant select on public.%I to anon', p_view);
    end if;
  end
  $$;
comment on function salemate.install_compat_view(int, text, text, text, boolean) is 'Replaces a legacy name''s pass-through view by a security_invoker compatibility view over the new tables, hidden from GraphQL.';

create or replace function salemate.install_instead_of_triggers(p_view text, p_name text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    op text;
  begin
    if (select c.relkind from pg_class c where c.oid = to_regclass(format('public.%I', p_view))) is distinct from 'v' then
      return;
    end if;
    foreach op in array array['insert', 'update', 'delete'] loop
      execute format('drop trigger if exists %I on public.%I', format('tg_%s__instead_of_%s', p_name, op), p_view);
      execute format('create trigger %I instead of %s on public.%I for each row execute function salemate.%I()',
        format('tg_%s__instead_of_%s', p_name, op), op, p_view, format('tg_%s__instead_of_%s', p_name, op));
    end loop;
  end
  $$;

create or replace function salemate.tg_touch_updated_at() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    new.updated_at := now();
    return new;
  end
  $$;
comment on function salemate.tg_touch_updated_at() is 'before update trigger: updated_at = now().';

create or replace function salemate.add_constraint_once(p_phase int, p_table regclass, p_name text, p_definition text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if exists (select 1 from pg_constraint where conrelid = p_table and conname = p_name) then
      return;
    end if;
    if p_definition !~* '^\s*(foreign\s+key|check)\M' then
      execute format('alter table %s add constraint %I %s', p_table, p_name, p_definition);
      return;
    end if;
    execute format('alter table %s add constraint %I %s not valid', p_table, p_name, p_definition);
    begin
      execute format('alter table %s validate constraint %I', p_table, p_name);
    exception when foreign_key_violation or check_violation then
      perform salemate.note(p_phase, format('%s.%s', p_table, p_name),
        format('existing rows of %s violate %s (%s); it is left NOT VALID, so only new and changed rows are checked', p_table, p_name, p_definition));
    end;
  end
  $$;
comment on function salemate.add_constraint_once(int, regclass, text, text) is 'Adds a constraint unless present; checks and foreign keys are validated after the fact and left NOT VALID (with a note) when legacy rows break them.';

create or replace function salemate.legacy_column(p_table text, p_column text, p_fallback text default 'null') returns text
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    typed text;
  begin
    if salemate.has_legacy_column(p_table, p_column) then
      return format('s.%I', p_column);
    end if;
    -- A bare null takes the type the backfill reads the column as (salemate.legacy_shapes, below),
    -- so that expressions over it still resolve (an untyped null is text: null < 0 fails).
    if p_fallback = 'null' and to_regclass('salemate.legacy_shapes') is not null then
      execute 'select format(''null::%s'', sh.types[array_position(sh.columns, $2)]) from salemate.legacy_shapes sh
               where sh.table_name = $1 and $2 = any (sh.columns)' into typed using p_table, p_column;
    end if;
    return coalesce(typed, p_fallback);
  end
  $$;
comment on function salemate.legacy_column(text, text, text) is 'A backfill column expression: s.<column> when the legacy table has it, else the fallback (a bare null typed as the backfill reads the column, salemate.legacy_shapes).';

-- Adapting to the legacy database as it is ----------------------------------------------------
-- A real database differs from the legacy baseline: columns never added (or dropped by hand),
-- people ids kept as text where the baseline has uuid (or the other way round), amounts typed
-- as text, enums replaced by text, columns added in the dashboard. So a backfill says which
-- legacy columns it reads and as what type ('user_id uuid', ...), and reads the relation
-- salemate.conformed_legacy_table gives it: exactly those columns with those types (a missing
-- one null), plus the table's extra columns as they are. A row with a value that does not
-- convert goes to salemate.migration_rejects, naming the table, column and value; it never
-- aborts the file. A table the project keeps in place is brought to its shape by
-- salemate.conform_kept_table. Both note every difference in salemate.migration_notes.

create table if not exists salemate.legacy_shapes (
  table_name text primary key,
  columns text[] not null,
  types text[] not null,
  recorded_at timestamptz not null default now()
);
comment on table salemate.legacy_shapes is 'The legacy columns each backfill reads and the types it reads them as (salemate.conformed_legacy_table): any other column of the legacy table is an extra one, carried in legacy_data where the target has it.';
alter table salemate.legacy_shapes enable row level security;

-- The value as the type of p_type (a typed null: null::uuid), or null when it does not convert.
create or replace function salemate.try_cast(p_value text, p_type anyelement) returns anyelement
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    converted alias for $0;
  begin
    converted := p_value;
    return converted;
  exception when others then
    return null;
  end
  $$;
comment on function salemate.try_cast(text, anyelement) is 'p_value converted to the type of p_type (pass a typed null, null::uuid), or null when it does not convert: how a backfill reads a legacy column of another type.';

create or replace function salemate.conformed_legacy_table(p_phase int, p_table text, p_targets text[], p_columns text[]) returns regclass
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    src regclass := salemate.legacy_table(p_table);
    spec text;
    col text;
    want regtype;
    found_type regtype;
    known text[] := '{}';
    known_types text[] := '{}';
    picks text[] := '{}';
    fails text[] := '{}';
    reasons text[] := '{}';
    missing text[] := '{}';
    converted text[] := '{}';
    extra text[];
    copy text := 'conformed_' || p_table;
    n bigint := 0;
  begin
    if src is null then
      perform salemate.note(p_phase, p_table, format('legacy table %s is absent: nothing carried into %s', p_table, array_to_string(p_targets, ', ')));
      return null;
    end if;
    foreach spec in array p_columns loop
      col := split_part(btrim(spec), ' ', 1);
      want := btrim(substr(btrim(spec), length(col) + 2))::regtype;
      known := known || col;
      known_types := known_types || format_type(want, null);
      found_type := (select a.atttypid::regtype from pg_attribute a
                     where a.attrelid = src and a.attname = col and a.attnum > 0 and not a.attisdropped);
      if found_type is null then
        picks := picks || format('null::%s as %I', want, col);
        missing := missing || col;
      elsif found_type = want or (want = 'text'::regtype and (select t.typtype = 'e' from pg_type t where t.oid = found_type)) then
        -- (an enum is read as it is where text is expected: the backfills compare its text)
        picks := picks || format('s.%I', col);
      elsif want = 'text'::regtype then
        picks := picks || format('s.%1$I::text as %1$I', col);
        converted := converted || format('%s (%s, read as text)', col, found_type);
      else
        picks := picks || format('salemate.try_cast(s.%1$I::text, null::%2$s) as %1$I', col, want);
        fails := fails || format('(s.%1$I is not null and salemate.try_cast(s.%1$I::text, null::%2$s) is null)', col, want);
        reasons := reasons || format('case when s.%1$I is not null and salemate.try_cast(s.%1$I::text, null::%2$s) is null then format(%3$L, s.%1$I::text) end',
                                     col, want, format('%s.%s is %%L, which is not a %s', p_table, col, want));
        converted := converted || format('%s (%s, read as %s)', col, found_type, want);
      end if;
    end loop;
    insert into salemate.legacy_shapes (table_name, columns, types) values (p_table, known, known_types)
    on conflict (table_name) do update set columns = excluded.columns, types = excluded.types, recorded_at = now()
      where (legacy_shapes.columns, legacy_shapes.types) is distinct from (excluded.columns, excluded.types);
    select array_agg(a.attname::text order by a.attnum) into extra from pg_attribute a
    where a.attrelid = src and a.attnum > 0 and not a.attisdropped and a.attname::text <> all (known);

    if cardinality(missing) = 0 and cardinality(converted) = 0 and extra is null then
      return src;
    end if;
    if cardinality(fails) > 0 then
      execute format($q$
        insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
        select %1$s, %2$L, s.id::text, t.target, concat_ws('; ', %3$s), to_jsonb(s)
        from %4$s s cross join unnest(%5$L::text[]) t(target)
        where %6$s
        on conflict (legacy_table, legacy_id, target_table) do nothing
      $q$, p_phase, p_table, array_to_string(reasons, ', '), src, p_targets, array_to_string(fails, ' or '));
      execute format('select count(*) from %s s where %s', src, array_to_string(fails, ' or ')) into n;
    end if;
    perform salemate.note(p_phase, p_table || ' (shape)', concat_ws('; ',
      case when cardinality(missing) > 0 then format('legacy %s has no column(s) %s: read as null', p_table, array_to_string(missing, ', ')) end,
      case when cardinality(converted) > 0 then format('column(s) of another type: %s', array_to_string(converted, ', ')) end,
      case when n > 0 then format('%s row(s) with a value that does not convert: rejected (salemate.migration_rejects)', n) end,
      case when extra is not null then format('extra column(s) %s: carried in legacy_data where %s has it, else left in legacy_archive.%s',
                                              array_to_string(extra, ', '), array_to_string(p_targets, ', '), p_table) end));
    execute format('drop table if exists pg_temp.%I', copy);
    execute format('create temp table %I on commit drop as select %s%s from %s s%s', copy, array_to_string(picks, ', '),
                   coalesce((select string_agg(format(', s.%I', e), '') from unnest(extra) e), ''), src,
                   case when cardinality(fails) > 0 then format(' where not (%s)', array_to_string(fails, ' or ')) end);
    return to_regclass(format('pg_temp.%I', copy));
  end
  $$;
comment on function salemate.conformed_legacy_table(int, text, text[], text[]) is 'The legacy table a backfill reads, shaped as it expects (p_columns: ''<column> <type>'', every legacy column it knows): missing columns null, others converted, extra columns appended; rows whose values do not convert are rejected for every target. The table itself when it already has that shape; null (noted) when absent.';

-- An expression over the backfill's row s: its extra legacy columns as a JSON object, null when
-- none (after salemate.conformed_legacy_table recorded the table's shape).
create or replace function salemate.legacy_extra_columns(p_table text) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select coalesce((
      select format('nullif(to_jsonb(s) - %L::text[], ''{}'')', sh.columns) from salemate.legacy_shapes sh
      where sh.table_name = p_table
        and exists (select 1 from pg_attribute a
                    where a.attrelid = salemate.legacy_table(p_table) and a.attnum > 0 and not a.attisdropped
                      and a.attname::text <> all (sh.columns))), 'null::jsonb')
  $$;
comment on function salemate.legacy_extra_columns(text) is 'A backfill expression: the columns of legacy row s beyond the shape its backfill reads, as a JSON object (null when there are none).';

-- legacy_data with the row's extra legacy columns under extra_columns (unchanged when none).
-- Plain SQL so the planner inlines it into the set-based backfills, which takes more than plain
-- SQL: only immutable functions inside (jsonb_set_lax, not the stable jsonb_build_object) and
-- p_legacy_data read once (the backfills pass it as an expression, which the planner will not
-- evaluate twice). Otherwise it is called per row, about 1 µs each over 450,000 rows.
-- ('return_target': no extra columns, legacy_data as it is, null included.)
create or replace function salemate.with_extra_columns(p_legacy_data jsonb, p_extra jsonb) returns jsonb
  language sql immutable parallel safe
  as $$ select jsonb_set_lax(coalesce(p_legacy_data, case when p_extra is not null then '{}'::jsonb end),
                             '{extra_columns}', p_extra, true, 'return_target') $$;
comment on function salemate.with_extra_columns(jsonb, jsonb) is 'A target row''s legacy_data plus its legacy row''s extra columns, as {"extra_columns": {...}}; unchanged when there are none.';

-- When a legacy row says nothing about when it was made (no created_at, no updated_at, not even
-- the column): the time phase 1 looked at the table. Never the time a later file happens to run,
-- so that verify can say the same.
create or replace function salemate.legacy_seen_at(p_table text) returns timestamptz
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select coalesce((select s.taken_at from salemate.legacy_snapshot s where s.table_name = p_table), now()) $$;
comment on function salemate.legacy_seen_at(text) is 'When phase 1 took the snapshot of a legacy table (now() if it did not): the creation time of a carried row that has none.';

-- A table the project keeps in public, brought to the shape the phases rely on: p_columns are
-- '<column> <type> [<options for a new column>]'. A missing column is added (null for the rows
-- there, or the options' default); one of another type is converted in place, a value that
-- does not convert set to null and recorded in salemate.migration_rejects (target
-- '<table>.<column>': the row stays). A conversion the database refuses (a view or policy on
-- the column) leaves it as it is, noted.
create or replace function salemate.conform_kept_table(p_phase int, p_table text, p_columns text[]) returns regclass
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    t regclass := (select c.oid::regclass from pg_class c where c.oid = to_regclass(format('public.%I', p_table)) and c.relkind in ('r', 'p'));
    spec text;
    col text;
    rest text;
    type_name text;
    want regtype;
    found_type regtype;
    not_null boolean;
    old_default text;
    n bigint;
  begin
    if t is null then
      return null;
    end if;
    foreach spec in array p_columns loop
      col := split_part(btrim(spec), ' ', 1);
      rest := btrim(substr(btrim(spec), length(col) + 2));
      type_name := split_part(rest, ' ', 1);
      want := to_regtype(type_name);
      select a.atttypid::regtype, a.attnotnull into found_type, not_null from pg_attribute a
      where a.attrelid = t and a.attname = col and a.attnum > 0 and not a.attisdropped;
      if found_type is null then
        if want is null then
          rest := 'text' || substr(rest, length(type_name) + 1);
        end if;
        -- A default is for new rows: the rows there get null (they never said), unless the column
        -- may not be null.
        if rest ~* '\mnot null\M' or rest !~* '\mdefault\M' then
          execute format('alter table %s add column %I %s', t, col, rest);
        else
          execute format('alter table %s add column %I %s', t, col, substring(rest from '^(.*?)\s+default\M'));
          execute format('alter table %s alter column %I set %s', t, col, substring(rest from '(?i)\m(default\M.*)$'));
        end if;
        perform salemate.note(p_phase, format('%s.%s', p_table, col),
          format('%s had no column %s; added as %s%s', p_table, col, rest,
                 case when want is null then format(' (type %s is absent here)', type_name)
                      when rest ~* '\mnot null\M' or rest !~* '\mdefault\M' then '' else ' (null for the rows there)' end));
        continue;
      end if;
      continue when want is null or found_type = want;
      old_default := (select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
                      where d.adrelid = t and a.attname = col);
      -- A legacy policy that reads the column stops its conversion: the table's legacy policies are
      -- taken over (recorded and dropped) now rather than later in this file, and it is tried again.
      for attempt in 1..2 loop
        begin
          execute format($q$
            insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
            select %1$s, %2$L, coalesce(to_jsonb(s)->>'id', to_jsonb(s)->>'key', s.ctid::text), %2$L || '.' || %3$L,
                   format('%2$s.%3$s is %%L, which is not a %4$s: set to null, the row stays', s.%3$I::text), to_jsonb(s)
            from %5$s s
            where s.%3$I is not null and salemate.try_cast(s.%3$I::text, null::%4$s) is null
            on conflict (legacy_table, legacy_id, target_table) do nothing
          $q$, p_phase, p_table, col, want, t);
          get diagnostics n = row_count;
          if n > 0 and not_null then
            execute format('alter table %s alter column %I drop not null', t, col);
          end if;
          execute format('alter table %s alter column %I drop default', t, col);
          execute format('alter table %1$s alter column %2$I type %3$s using salemate.try_cast(%2$I::text, null::%3$s)', t, col, want);
          if old_default is not null then
            begin
              execute format('alter table %s alter column %I set default (%s)::%s', t, col, old_default, want);
            exception when others then
              perform salemate.note(p_phase, format('%s.%s (default)', p_table, col),
                format('the default of %s.%s (%s) is no %s: dropped', p_table, col, old_default, want));
            end;
          end if;
          perform salemate.note(p_phase, format('%s.%s', p_table, col),
            format('%s.%s was %s: converted to %s%s', p_table, col, found_type, want,
                   case when n > 0 then format('; %s value(s) that do not convert set to null (salemate.migration_rejects, target %s.%s)', n, p_table, col)
                        else '' end));
          exit;
        exception when feature_not_supported or dependent_objects_still_exist or datatype_mismatch then
          if attempt = 1 and sqlerrm ~ 'policy' then
            perform salemate.take_over_policies(p_phase, t);
            continue;
          end if;
          perform salemate.note(p_phase, format('%s.%s', p_table, col),
            format('%s.%s is %s, not %s, and stays so: %s', p_table, col, found_type, want, sqlerrm));
          exit;
        end;
      end loop;
    end loop;
    return t;
  end
  $$;
comment on function salemate.conform_kept_table(int, text, text[]) is 'Brings a legacy table kept in public to the columns and types the phases rely on (''<column> <type> [<options>]''): missing columns added, others converted in place, values that do not convert set to null and recorded; each difference noted. Null when the table is absent.';

revoke execute on function salemate.conformed_legacy_table(int, text, text[], text[]), salemate.legacy_extra_columns(text),
  salemate.conform_kept_table(int, text, text[]), salemate.try_cast(text, anyelement), salemate.legacy_seen_at(text) from public;
-- (salemate.attachments_array(text) reads with it, as the caller)
grant execute on function salemate.try_cast(text, anyelement) to authenticated, service_role;

-- Policy take-over ----------------------------------------------------------------------------
-- A real database carries policies nobody recorded: permissive ones that let every role read
-- every row (permissive policies are OR'ed, so the project's cannot narrow them), ones that read
-- their own table and recurse. So every table the project keeps, replaces or archives is taken
-- over, whatever its policies are called: the file that writes a table's policies first drops
-- every policy on it that is not the project's (each recorded in salemate.legacy_policies, as
-- the statement that puts it back), then creates its own and claims them
-- (salemate.project_policies: the policies on the table right after that file ran). A re-run
-- finds its own policies claimed and leaves them; a policy added since, under any name, goes.
-- An archived table keeps its legacy policies while the app reads it through phase 1's
-- pass-through view (as the caller); the phase that replaces that view takes it over.

create table if not exists salemate.legacy_policies (
  id bigserial primary key,
  phase smallint not null check (phase between 1 and 7),
  schema_name text not null,
  table_name text not null,
  policy_name text not null,
  permissive boolean not null,
  command text not null check (command in ('all', 'select', 'insert', 'update', 'delete')),
  roles text[] not null,
  using_expr text,
  check_expr text,
  definition text not null,
  taken_over_at timestamptz not null default now(),
  unique (schema_name, table_name, policy_name, definition)
);
comment on table salemate.legacy_policies is 'Policies found on a table the project took over, dropped by salemate.take_over_policies: where they were, their terms, and definition, the create policy statement that puts one back.';
alter table salemate.legacy_policies enable row level security;

create table if not exists salemate.project_policies (
  schema_name text not null,
  table_name text not null,
  policy_name text not null,
  phase smallint not null check (phase between 1 and 7),
  definition text not null,
  claimed_at timestamptz not null default now(),
  primary key (schema_name, table_name, policy_name)
);
comment on table salemate.project_policies is 'The project''s own policies: those on a taken-over table right after the file that wrote them ran (salemate.claim_policies), as salemate.policy_definition renders them. verify holds every policy of a taken-over table to this list.';
alter table salemate.project_policies enable row level security;

create table if not exists salemate.policy_takeovers (
  schema_name text not null,
  table_name text not null,
  phase smallint not null check (phase between 1 and 7),
  taken_over_at timestamptz not null default now(),
  primary key (schema_name, table_name)
);
comment on table salemate.policy_takeovers is 'Tables whose policies the project took over: from then on, only the policies in salemate.project_policies belong on them.';
alter table salemate.policy_takeovers enable row level security;

-- One policy as the statement that creates it, schema-qualified (the pinned search_path), so
-- that the same policy always reads the same.
create or replace function salemate.policy_definition(p_policy oid) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select format('create policy %I on %s as %s for %s to %s', x.polname, x.polrelid::regclass,
                  case when x.polpermissive then 'permissive' else 'restrictive' end,
                  case x.polcmd when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update' when 'd' then 'delete' else 'all' end,
                  coalesce((select string_agg(case when r = 0 then 'public' else r::regrole::text end, ', ' order by r::regrole::text)
                            from unnest(x.polroles) r), 'public'))
           || coalesce(' using (' || pg_get_expr(x.polqual, x.polrelid) || ')', '')
           || coalesce(' with check (' || pg_get_expr(x.polwithcheck, x.polrelid) || ')', '')
    from pg_policy x where x.oid = p_policy
  $$;
comment on function salemate.policy_definition(oid) is 'A policy as the create policy statement that makes it (schema-qualified): how legacy policies are recorded and the project''s are recognised.';

create or replace function salemate.take_over_policies(p_phase int, p_table regclass) returns int
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    p record;
    dropped int := 0;
  begin
    if p_table is null then
      return 0;
    end if;
    insert into salemate.policy_takeovers (schema_name, table_name, phase)
    select n.nspname, c.relname, p_phase from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = p_table
    on conflict (schema_name, table_name) do nothing;
    for p in
      select x.oid, x.polname, x.polpermissive, x.polcmd, n.nspname, c.relname, salemate.policy_definition(x.oid) as definition,
             array(select case when r = 0 then 'public' else r::regrole::text end from unnest(x.polroles) r order by 1) as roles,
             pg_get_expr(x.polqual, x.polrelid) as using_expr, pg_get_expr(x.polwithcheck, x.polrelid) as check_expr
      from pg_policy x join pg_class c on c.oid = x.polrelid join pg_namespace n on n.oid = c.relnamespace
      where x.polrelid = p_table
    loop
      continue when exists (select 1 from salemate.project_policies o
                            where o.schema_name = p.nspname and o.table_name = p.relname and o.policy_name = p.polname and o.definition = p.definition);
      insert into salemate.legacy_policies (phase, schema_name, table_name, policy_name, permissive, command, roles, using_expr, check_expr, definition)
      values (p_phase, p.nspname, p.relname, p.polname, p.polpermissive,
              case p.polcmd when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update' when 'd' then 'delete' else 'all' end,
              p.roles, p.using_expr, p.check_expr, p.definition)
      on conflict (schema_name, table_name, policy_name, definition) do nothing;
      execute format('drop policy %I on %s', p.polname, p_table);
      dropped := dropped + 1;
    end loop;
    -- Grants: the file states what the API roles may do right after this. Until then they keep
    -- only select (revoking it too would move their entry in the ACL, so a re-run would not
    -- leave the table as it was). Nothing goes through PUBLIC (it reaches anon); no table-level
    -- write grant (a legacy one, or Supabase's default privileges) overrides the file's column
    -- grants; nothing row-level security does not filter (truncate, trigger, ...) is left.
    execute format('revoke all on %s from public', p_table);
    execute format('revoke insert, update, delete, truncate, references, trigger on %s from anon, authenticated', p_table);
    if current_setting('server_version_num')::int >= 170000 then
      execute format('revoke maintain on %s from anon, authenticated', p_table);
    end if;
    return dropped;
  end
  $$;
comment on function salemate.take_over_policies(int, regclass) is 'Drops every policy on the table that is not one of the project''s claimed ones (whatever its name), recording each in salemate.legacy_policies; revokes every grant to PUBLIC and every one but select from anon and authenticated (the file grants what it means next). Called by the file that writes the table''s own policies, just before it does.';

create or replace function salemate.claim_policies(p_phase int, p_table regclass) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    sch text;
    tbl text;
  begin
    if p_table is null then
      return;
    end if;
    select n.nspname, c.relname into sch, tbl from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = p_table;
    if not exists (select 1 from salemate.policy_takeovers t where t.schema_name = sch and t.table_name = tbl) then
      raise exception 'claim_policies(%): the table was not taken over first', p_table
        using hint = 'Call salemate.take_over_policies on it before creating its policies.';
    end if;
    delete from salemate.project_policies o
    where o.schema_name = sch and o.table_name = tbl
      and not exists (select 1 from pg_policy x where x.polrelid = p_table and x.polname = o.policy_name);
    insert into salemate.project_policies (schema_name, table_name, policy_name, phase, definition)
    select sch, tbl, x.polname, p_phase, salemate.policy_definition(x.oid) from pg_policy x where x.polrelid = p_table
    on conflict (schema_name, table_name, policy_name) do update
      set definition = excluded.definition, phase = excluded.phase, claimed_at = now()
      where project_policies.definition is distinct from excluded.definition;
  end
  $$;
comment on function salemate.claim_policies(int, regclass) is 'Records the policies now on a taken-over table as the project''s own. Called right after the file created them, in the same transaction as the take-over, so nothing else is on the table.';

-- An archived legacy table, once nothing outside legacy_archive reads it (its pass-through
-- view replaced): its policies are taken over (it keeps none: only migrations and verify read
-- it, as its owner) and the API roles lose their grants on it.
create or replace function salemate.take_over_archived_table(p_phase int, p_table text) returns text
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    t regclass := to_regclass(format('legacy_archive.%I', p_table));
    readers text;
  begin
    if t is null then
      return 'absent';
    end if;
    select string_agg(distinct v.oid::regclass::text, ', ') into readers
    from pg_depend d
    join pg_rewrite r on r.oid = d.objid and d.classid = 'pg_rewrite'::regclass
    join pg_class v on v.oid = r.ev_class
    where d.refclassid = 'pg_class'::regclass and d.refobjid = t and v.oid <> t
      and v.relnamespace <> 'legacy_archive'::regnamespace;
    if readers is not null then
      perform salemate.note(p_phase, p_table || ' (policies)',
        format('legacy_archive.%s is still read by %s: its legacy policies and grants stay until that is replaced', p_table, readers));
      return 'still read';
    end if;
    perform salemate.take_over_policies(p_phase, t);
    perform salemate.claim_policies(p_phase, t);
    execute format('revoke all on %s from anon, authenticated', t);
    return 'taken over';
  end
  $$;
comment on function salemate.take_over_archived_table(int, text) is 'Takes over the policies of legacy_archive.<table> and revokes anon''s and authenticated''s grants on it, once no view outside the archive reads it; otherwise notes why it waits.';

revoke execute on function salemate.policy_definition(oid), salemate.take_over_policies(int, regclass),
  salemate.claim_policies(int, regclass), salemate.take_over_archived_table(int, text) from public;

-- Snapshot ------------------------------------------------------------------------------------

-- A table kept in public is reshaped in place by later phases (columns added, types converted,
-- statuses normalised), so its whole-row checksum says nothing afterwards. For those, the
-- snapshot also keeps every row's key, a hash of the columns no phase rewrites (the promise
-- verify holds the table to) and its updated_at (a row updated since was changed by the app,
-- or by a phase that stamps it). verify computes the same with salemate.kept_rows_sql.

alter table salemate.legacy_snapshot add column if not exists key_column text;
alter table salemate.legacy_snapshot add column if not exists kept_columns text[];
alter table salemate.legacy_snapshot add column if not exists stamp_column text;
comment on column salemate.legacy_snapshot.kept_columns is 'For a table kept in public: the columns no phase rewrites, hashed per row in salemate.legacy_snapshot_rows (key_column the row key, stamp_column its updated_at).';

-- Its primary key is added once the rows are in (below): one sorted build instead of keeping
-- the index up to date row by row (the leads alone are 300,000 rows at scale 100).
create table if not exists salemate.legacy_snapshot_rows (
  table_name text not null,
  key text not null,
  fingerprint bigint not null,
  stamp text
);
comment on table salemate.legacy_snapshot_rows is 'Every row of each legacy table kept in public, as phase 1 found it: key, hash of the kept columns, updated_at (epoch). What salemate verify compares a reshaped table with.';
alter table salemate.legacy_snapshot_rows enable row level security;

-- select key, fingerprint, stamp from p_relation, by what the snapshot recorded for p_table
-- (a kept column gone since hashes as such, so the row differs).
create or replace function salemate.kept_rows_sql(p_table text, p_relation regclass) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select format('select s.%I::text as key, hashtextextended(concat_ws(E''\x1f'', %s), 0) as fingerprint, %s as stamp from %s s',
                  sn.key_column,
                  coalesce((select string_agg(case when a.attname is null then quote_literal('(no column ' || k.col || ')')
                                                   when a.atttypid in ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype)
                                                     then format('coalesce(extract(epoch from s.%I)::text, ''∅'')', k.col)
                                                   else format('coalesce(s.%I::text, ''∅'')', k.col) end, ', ' order by k.ord)
                            from unnest(sn.kept_columns) with ordinality k(col, ord)
                            left join pg_attribute a on a.attrelid = p_relation and a.attname = k.col and a.attnum > 0 and not a.attisdropped), '''''::text'),
                  coalesce((select case when a.atttypid in ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype)
                                        then format('extract(epoch from s.%I)::text', a.attname) else format('s.%I::text', a.attname) end
                            from pg_attribute a where a.attrelid = p_relation and a.attname = sn.stamp_column and a.attnum > 0 and not a.attisdropped), 'null::text'),
                  p_relation)
    from salemate.legacy_snapshot sn where sn.table_name = p_table and sn.key_column is not null
  $$;
comment on function salemate.kept_rows_sql(text, regclass) is 'The query giving each row''s key, kept-column hash and updated_at for a table kept in public, as salemate.legacy_snapshot_rows holds them: phase 1 fills the snapshot with it, verify reads the table as it is now with it.';

create or replace function salemate.snapshot_kept_rows(p_table text, p_relation regclass) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    -- table, key, columns no phase rewrites (updated_at, statuses phases normalise, created_at
    -- phases fill in and e-mails synced from auth.users stay out)
    spec record;
  begin
    select x.key_column, x.kept into spec from (values
      ('profiles', 'id', array['name', 'created_at']), ('wallet_topup_requests', 'id', array['user_id', 'amount', 'created_at']),
      ('otp_challenges', 'id', array['context', 'target', 'created_at']), ('otp_attempts', 'id', array['challenge_id', 'result', 'created_at']),
      ('recent_activity', 'id', array['user_id', 'action', 'details', 'created_at']), ('posts', 'id', array['author_id', 'content', 'created_at']),
      ('comments', 'id', array['post_id', 'author_id', 'content', 'created_at']), ('leads', 'id', array['client_name', 'client_phone', 'project_id']),
      ('lead_batches', 'id', array['batch_name', 'project_id']), ('ad_integrations', 'id', array['name']),
      ('banner_metrics', 'id', array['banner_id', 'event', 'created_at']), ('dashboard_banners', 'id', array['title', 'placement', 'created_at']),
      ('system_settings', 'key', array['value']), ('feature_flags', 'key', array['description']),
      ('audit_logs', 'id', array['actor_id', 'action', 'entity', 'entity_id', 'created_at'])) x(table_name, key_column, kept)
    where x.table_name = p_table;
    if not found or (select c.relkind from pg_class c where c.oid = p_relation) not in ('r', 'p')
       or not exists (select 1 from pg_attribute a where a.attrelid = p_relation and a.attname = spec.key_column and not a.attisdropped) then
      return;
    end if;
    update salemate.legacy_snapshot sn set key_column = spec.key_column,
      kept_columns = array(select k from unnest(spec.kept) k
                           where exists (select 1 from pg_attribute a where a.attrelid = p_relation and a.attname = k and a.attnum > 0 and not a.attisdropped)),
      stamp_column = (select a.attname::text from pg_attribute a where a.attrelid = p_relation and a.attname = 'updated_at' and not a.attisdropped)
    where sn.table_name = p_table;
    -- A table is recorded once (the caller skips one already in legacy_snapshot), so its keys are
    -- new here; the primary key, built after the last table, is what proves them unique.
    execute format('insert into salemate.legacy_snapshot_rows (table_name, key, fingerprint, stamp) select %L, r.key, r.fingerprint, r.stamp from (%s) r
                    where r.key is not null', p_table, salemate.kept_rows_sql(p_table, p_relation));
  exception when others then
    -- (never a reason for phase 1 to fail: verify then compares row counts only)
    update salemate.legacy_snapshot sn set key_column = null where sn.table_name = p_table;
    perform salemate.note(1, p_table || ' (snapshot rows)', format('the rows of %s could not be recorded one by one (%s): verify compares its row count only', p_table, sqlerrm));
  end
  $$;
comment on function salemate.snapshot_kept_rows(text, regclass) is 'Records, for a legacy table kept in public, its key, the columns no phase rewrites and each row''s hash of them (salemate.legacy_snapshot_rows).';
revoke execute on function salemate.kept_rows_sql(text, regclass), salemate.snapshot_kept_rows(text, regclass) from public;

do $$
declare
  t text;
  src regclass;
  n bigint;
  sum text;
begin
  foreach t in array array[
    'profiles', 'user_wallets', 'wallet_transactions', 'wallet_topup_requests', 'payment_transactions',
    'otp_challenges', 'otp_attempts', 'recent_activity', 'comments', 'posts', 'partners',
    'leads', 'lead_batches', 'lead_tags', 'lead_reminders', 'lead_activities', 'feedback_history',
    'case_feedback', 'case_actions', 'case_faces', 'inventory_matches', 'notifications',
    'lead_requests', 'lead_purchase_requests', 'purchase_requests', 'orders',
    'ad_integrations', 'banner_metrics', 'dashboard_banners', 'lead_analytics_mv',
    'team_invitations', 'salemate-inventory', 'projects', 'project_partner_commissions',
    'support_cases', 'support_case_replies',
    'cms_pages', 'cms_media', 'templates_email', 'templates_sms', 'system_settings', 'feature_flags', 'audit_logs']
  loop
    continue when exists (select 1 from salemate.legacy_snapshot where table_name = t);
    src := salemate.legacy_source(t);
    -- (run again: a view under the name of a table found absent is a later phase's compatibility view)
    continue when (select c.relkind = 'v' from pg_class c where c.oid = src)
      and exists (select 1 from salemate.migration_notes n where n.phase = 1 and n.subject = t and n.note like '%absent%');
    if src is null then
      perform salemate.note(1, t, format('legacy table %s is absent from this database', t));
      continue;
    end if;
    -- An order-independent checksum (sum of 64-bit row hashes): no sort over millions of rows.
    -- The row hashed by its columns' own hash functions (a third of the time of hashing its
    -- text); a table with a column type that has none (json, point, ...) is hashed as text.
    begin
      execute format('select count(*), coalesce(sum(hash_record_extended(x, 0)), 0)::text from %s x', src)
        into n, sum;
    exception when undefined_function then
      execute format('select count(*), coalesce(sum(hashtextextended(x::text, 0)::numeric), 0)::text from %s x', src)
        into n, sum;
    end;
    insert into salemate.legacy_snapshot (table_name, row_count, checksum, columns)
    select t, n, sum, coalesce(jsonb_agg(jsonb_build_object(
             'column', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
             'nullable', not a.attnotnull) order by a.attnum), '[]')
    from pg_attribute a where a.attrelid = src and a.attnum > 0 and not a.attisdropped;
    perform salemate.snapshot_kept_rows(t, src);
  end loop;
end
$$;

do $$ begin
  if not exists (select 1 from pg_constraint where conrelid = 'salemate.legacy_snapshot_rows'::regclass and contype = 'p') then
    alter table salemate.legacy_snapshot_rows add constraint legacy_snapshot_rows_pkey primary key (table_name, key);
  end if;
end $$;

-- Archive: the legacy tables that phases 2-7 replace ----------------------------------------

do $$ begin perform salemate.archive_legacy_table(t)
from unnest(array[
  -- phase 2
  'user_wallets', 'wallet_transactions', 'payment_transactions',
  -- phase 3
  'team_invitations',
  -- phase 4
  'feedback_history', 'case_feedback', 'lead_activities', 'lead_reminders', 'case_actions', 'lead_tags',
  'case_faces', 'inventory_matches', 'lead_requests', 'lead_purchase_requests', 'orders', 'purchase_requests',
  -- phase 5
  'salemate-inventory', 'projects', 'project_partner_commissions', 'partners',
  -- phase 6
  'support_cases', 'support_case_replies',
  -- phase 7
  'templates_email', 'templates_sms', 'cms_pages', 'cms_media', 'notifications'
]) as t; end $$;

-- The helpers below read profiles.role and profiles.manager_id: a database whose profiles lacks
-- them (or keeps them as text) gets them added (null: a plain user with no manager) or converted
-- here, as phase 2 does for the rest of profiles.
do $$
begin
  perform salemate.conform_kept_table(1, 'profiles', array['role public.user_role', 'manager_id uuid']);
end
$$;

-- Security helpers used by every domain's policies ------------------------------------------
-- security definer so a policy can ask about the caller's roles without tripping over the
-- policies of the tables it reads (no recursion); search_path pinned.

create or replace function salemate.current_profile_id() returns uuid
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select auth.uid() $$;
comment on function salemate.current_profile_id() is 'The caller''s profile id: the JWT subject (auth.uid()).';

create or replace function salemate.has_role(p_role text) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select exists (select 1 from public.profiles p where p.id = auth.uid() and p.role::text = p_role)
  $$;
comment on function salemate.has_role(text) is 'Whether the caller holds an application role (admin, support, manager, finance, ...). Phase 3 extends it to team roles.';

create or replace function salemate.is_staff() returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$ select salemate.has_role('admin') or salemate.has_role('support') $$;
comment on function salemate.is_staff() is 'Admins and support staff: they see every profile and every support thread.';

create or replace function salemate.manages_profile(p_profile uuid) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select salemate.has_role('admin')
      or exists (select 1 from public.profiles p where p.id = p_profile and p.manager_id = auth.uid())
  $$;
comment on function salemate.manages_profile(uuid) is 'Whether the caller manages this profile: admins manage everyone; otherwise a manager or team lead of a team the profile belongs to. Phase 3 replaces the legacy manager_id rule with team memberships.';

-- The same rule as a set, for policies: `id = any (array(select salemate.managed_profile_ids()))`
-- is computed once per statement (an init-plan) and can use the indexes, where a
-- manages_profile(id) call per row cannot. Admins' right to every profile is not in the set:
-- each table says it in a policy of its own (a set of every profile would be a long array to
-- compare every row with). Phase 3 answers it from salemate.profile_managers. `rows 10`: people
-- manage a handful of others; the default estimate for a set (1000) makes the planner prefer
-- reading the whole table to the indexes.
create or replace function salemate.managed_profile_ids() returns setof uuid
  language sql stable security definer rows 10
  set search_path = pg_catalog, pg_temp
  as $$ select p.id from public.profiles p where p.manager_id = auth.uid() $$;
comment on function salemate.managed_profile_ids() is 'Ids of the profiles the caller manages as a manager or team lead (salemate.manages_profile without the admins'' every-profile right), for set-based RLS policies.';

-- Staff's right to every row of a big table, in a form the planner can use: the smallest uuid
-- for staff, null for everyone else, so `id between (select salemate.staff_id_floor()) and
-- 'ffffffff-ffff-ffff-ffff-ffffffffffff'` holds for every row when the caller is staff and for
-- none otherwise. A plain `(select salemate.is_staff())` OR'ed with the other policies is
-- estimated at half the table and cannot join their index scans (BitmapOr), so every other
-- persona's query read the whole table; a range on the primary key can, and is empty (a null
-- bound) for them.
create or replace function salemate.staff_id_floor() returns uuid
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select case when salemate.is_staff() then '00000000-0000-0000-0000-000000000000'::uuid end $$;
comment on function salemate.staff_id_floor() is 'The smallest uuid when the caller is staff (admin or support), null otherwise: the lower bound of a primary-key range that is every row for staff and none for anyone else (see the leads policies).';

grant execute on function salemate.current_profile_id(), salemate.has_role(text), salemate.is_staff(), salemate.manages_profile(uuid) to anon, authenticated, service_role;
grant execute on function salemate.staff_id_floor() to authenticated, service_role;
grant execute on function salemate.managed_profile_ids() to authenticated, service_role;
revoke execute on function salemate.archive_legacy_table(text), salemate.note(int, text, text),
  salemate.legacy_source(text), salemate.has_legacy_column(text, text) from public;
