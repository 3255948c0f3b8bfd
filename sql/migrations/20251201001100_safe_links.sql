-- salemate:replaces sha256:3629b55f27de85259c7b20f93356f035c1829b693608e97efac4e5d001df0fce
-- (that revision scanned each table twice, to find bad links and then to validate; this one validates first and cleans only when that fails: same end state)
-- Links the app renders (notification links, banner targets and images, inventory images,
-- partner logos and websites, payment receipts, CMS media, support attachments) accept http and
-- https only: a `javascript:`, `data:` or `vbscript:` link is refused by the database, on every path
-- (GraphQL, PostgREST, the compatibility views), with SQLSTATE 23514 (CHECK_VIOLATION in GraphQL).
--
-- What a link may be (salemate.is_safe_link):
--  - an absolute http(s) URL with a host: https://cdn.salemate.example/units/58.jpg;
--  - a reference without a scheme: an app path (/wallet, /crm/leads/<id>) or a storage key
--    (banners/banner-8.webp, receipts/pr-<hash>.jpg), as the legacy app writes them;
--  - never: another scheme (anything with a colon before the first / ? #), a protocol-relative
--    //host or a backslash (browsers read \ as /), control characters (browsers drop tabs and
--    newlines inside "java\tscript:"), more than 2,048 characters.
--
-- Legacy rows are kept. A legacy value that breaks the rule is cleared (the link becomes null; a
-- bad attachment is taken out of its array), and the whole row as it was is kept in
-- salemate.link_cleanups, with a line in salemate.migration_notes per column; then each constraint
-- is validated, so it holds for every row, old and new. Idempotent: a second run finds nothing to clean.

create or replace function salemate.is_safe_link(p text) returns boolean
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
as $$
  select p is null or (
    length(p) <= 2048
    and p !~ '[[:cntrl:]\\]'
    and p !~ '^[[:space:]]*//'
    and (p ~* '^https?://[^/?#[:space:]@]+([/?#]|$)' or p !~ '^[^/?#]*:')
  )
$$;
comment on function salemate.is_safe_link(text) is 'True for a link the app may render: an http(s) URL with a host, or a reference without a scheme (an app path or a storage key); false for javascript:, data:, other schemes, //host, backslashes and control characters.';

create or replace function salemate.is_safe_attachment(p jsonb) returns boolean
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
as $$
  select case jsonb_typeof(p)
    when 'string' then salemate.is_safe_link(p #>> '{}')
    when 'object' then (select coalesce(bool_and(jsonb_typeof(v) <> 'string' or salemate.is_safe_link(v #>> '{}')), true)
                          from jsonb_each(p) as e(k, v) where lower(k) in ('url', 'href', 'src', 'link', 'path', 'signed_url', 'signedurl', 'public_url', 'publicurl'))
    else true
  end
$$;
comment on function salemate.is_safe_attachment(jsonb) is 'An attachment (a string, or an object whose url/href/src/link/path keys) holds only safe links (salemate.is_safe_link).';

create or replace function salemate.are_safe_attachments(p jsonb) returns boolean
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
as $$
  select p is null or jsonb_typeof(p) <> 'array' or not exists (select 1 from jsonb_array_elements(p) as a(x) where not salemate.is_safe_attachment(x))
$$;
comment on function salemate.are_safe_attachments(jsonb) is 'Every attachment of a JSON array holds only safe links.';

-- Constraints call these as the writing role.
revoke all on function salemate.is_safe_link(text), salemate.is_safe_attachment(jsonb), salemate.are_safe_attachments(jsonb) from public;
grant execute on function salemate.is_safe_link(text), salemate.is_safe_attachment(jsonb), salemate.are_safe_attachments(jsonb) to anon, authenticated, service_role;

create table if not exists salemate.link_cleanups (
  id bigserial primary key,
  table_name text not null,
  column_name text not null,
  original_value text,
  original_row jsonb not null,
  cleaned_at timestamptz not null default now()
);
comment on table salemate.link_cleanups is 'Legacy rows whose link broke the http(s)-only rule when 20251201001100_safe_links ran: the whole row as it was; the link was cleared (or the attachment taken out) and the row kept.';
alter table salemate.link_cleanups enable row level security;
revoke all on table salemate.link_cleanups from public;

do $do$
declare
  r record;
  n bigint;
  has_triggers boolean;
begin
  for r in
    select * from (values
      ('activity_notifications', 'url', 'link'),
      ('dashboard_banners', 'cta_url', 'link'),
      ('dashboard_banners', 'image_url', 'link'),
      ('inventory_items', 'image', 'link'),
      ('inventory_partners', 'logo_path', 'link'),
      ('inventory_partners', 'website', 'link'),
      ('lead_transactions', 'receipt_url', 'link'),
      ('wallet_topup_requests', 'receipt_file_url', 'link'),
      ('cms_content', 'path', 'link'),
      ('support_messages', 'attachments', 'attachments')
    ) as t(tbl, col, kind)
  loop
    if not exists (select 1 from information_schema.columns where table_schema = 'public' and table_name = r.tbl and column_name = r.col) then
      perform salemate.note(7, format('links: %s.%s', r.tbl, r.col), format('public.%s.%s is absent: no http(s)-only check added', r.tbl, r.col));
      continue;
    end if;
    if exists (select 1 from pg_constraint where conrelid = format('public.%I', r.tbl)::regclass and conname = format('%s_%s_http_only', r.tbl, r.col)) then
      continue;
    end if;
    -- The check first, as NOT VALID (rows written from here on are checked), then validated: one
    -- scan of the table when every legacy value keeps the rule, as it usually does. Only when one
    -- breaks it are the offending rows kept as they were and their values cleared, and the check
    -- validated again.
    if r.kind = 'link' then
      execute format('alter table public.%I add constraint %I check (salemate.is_safe_link(%I)) not valid', r.tbl, format('%s_%s_http_only', r.tbl, r.col), r.col);
    else
      execute format('alter table public.%I add constraint %I check (salemate.are_safe_attachments(%I)) not valid', r.tbl, format('%s_%s_http_only', r.tbl, r.col), r.col);
    end if;
    begin
      execute format('alter table public.%I validate constraint %I', r.tbl, format('%s_%s_http_only', r.tbl, r.col));
      continue;
    exception when check_violation then
      null;  -- some legacy values break it: clean them below
    end;
    if r.kind = 'link' then
      execute format('insert into salemate.link_cleanups (table_name, column_name, original_value, original_row)
                      select %L, %L, t.%I::text, to_jsonb(t) from public.%I t where not salemate.is_safe_link(t.%I)', r.tbl, r.col, r.col, r.tbl, r.col);
    else
      execute format('insert into salemate.link_cleanups (table_name, column_name, original_value, original_row)
                      select %L, %L, t.%I::text, to_jsonb(t) from public.%I t where not salemate.are_safe_attachments(t.%I)', r.tbl, r.col, r.col, r.tbl, r.col);
    end if;
    get diagnostics n = row_count;
    -- Row triggers (append-only guards, write boundaries, realtime) are for API writes, not this repair.
    select exists (select 1 from pg_trigger where tgrelid = format('public.%I', r.tbl)::regclass and not tgisinternal) into has_triggers;
    if has_triggers then execute format('alter table public.%I disable trigger user', r.tbl); end if;
    if r.kind = 'link' then
      execute format('update public.%I set %I = null where not salemate.is_safe_link(%I)', r.tbl, r.col, r.col);
    else
      execute format('update public.%I set %I = (select coalesce(jsonb_agg(x order by i), ''[]'') from jsonb_array_elements(%I) with ordinality as a(x, i) where salemate.is_safe_attachment(x))
                      where not salemate.are_safe_attachments(%I)', r.tbl, r.col, r.col, r.col);
    end if;
    if has_triggers then execute format('alter table public.%I enable trigger user', r.tbl); end if;
    perform salemate.note(7, format('links: %s.%s', r.tbl, r.col),
      format('%s legacy value(s) of public.%s.%s had a scheme other than http(s) (or //host, a backslash, control characters); cleared, rows kept, originals in salemate.link_cleanups', n, r.tbl, r.col));
    execute format('alter table public.%I validate constraint %I', r.tbl, format('%s_%s_http_only', r.tbl, r.col));
  end loop;
end
$do$;
