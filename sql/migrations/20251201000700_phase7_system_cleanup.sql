-- salemate:replaces sha256:7a62ec8b911d528c462d70a2470ed5f9338ff4b5109538fa3b082fa57f53260c
-- (that revision found each notification's subject with a regular expression per row and its recipient with a subquery per row; this one with strpos and a join: same end state)
-- Phase 7 of the SaleMate refactor: system cleanup (plan "6. System / Shared Tables", step 7).
--
--   legacy_archive.templates_email + templates_sms  -> communication_templates (channel email | sms)
--   legacy_archive.cms_pages + cms_media            -> cms_content (content_type page | media)
--   legacy_archive.notifications                    -> activity_notifications (domain from the url)
--   system_settings, feature_flags, audit_logs      -> stay; documented, admin-only RLS restated, indexed
--
-- New support replies and lead handovers create activity notifications by trigger.
-- recent_activity, posts and comments (kept) leave the API, their legacy rules restated as the
-- project's policies; dashboard_banners gets its indexes. Legacy security-definer functions
-- without a search_path get one.
-- legacy_archive is dropped only when salemate.settings.drop_legacy_archive is true (never by
-- default); the compatibility views of the retired names (purchase_requests, cms_pages,
-- cms_media) stay until then and go with it.
-- Running the file again changes nothing.

-- communication_templates ----------------------------------------------------------------------

create table if not exists public.communication_templates (
  template_id uuid primary key default gen_random_uuid(),
  channel text not null check (channel in ('email', 'sms')),
  key text not null,
  name text not null,
  subject text,
  body text not null,
  variables text[] not null default '{}',
  status text not null default 'active' check (status in ('active', 'inactive', 'draft', 'archived')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text,
  legacy_id text,
  constraint communication_templates_channel_key_key unique (channel, key),
  constraint communication_templates_legacy_key unique (legacy_table, legacy_id),
  constraint communication_templates_legacy_pair check ((legacy_table is null) = (legacy_id is null)),
  constraint communication_templates_subject_by_channel check (case channel when 'email' then subject is not null else subject is null end)
);
comment on table public.communication_templates is 'Outbound message templates, one row per channel and key (legacy templates_email and templates_sms). Edited by admins, read by support and by the functions that send e-mail and SMS.';
comment on column public.communication_templates.template_id is 'Template id (the legacy row id).';
comment on column public.communication_templates.channel is 'email or sms.';
comment on column public.communication_templates.key is 'Stable name the sending code looks the template up by (unique per channel), e.g. otp_code.';
comment on column public.communication_templates.name is 'Human-readable name shown in the admin console.';
comment on column public.communication_templates.subject is 'E-mail subject line (e-mail only; null for SMS).';
comment on column public.communication_templates.body is 'Template text with {{variable}} placeholders: HTML for e-mail, plain text for SMS.';
comment on column public.communication_templates.variables is 'Names of the placeholders the body and subject use.';
comment on column public.communication_templates.status is 'active, inactive, draft or archived; only active templates are sent.';
comment on column public.communication_templates.created_at is 'When the template was created.';
comment on column public.communication_templates.updated_at is 'When the template last changed.';
comment on column public.communication_templates.legacy_table is 'templates_email or templates_sms for migrated rows; null for new ones.';
comment on column public.communication_templates.legacy_id is 'Id of the legacy row.';

do $$
declare
  t text;
  ch text;
  src regclass;
begin
  foreach t in array array['templates_email', 'templates_sms'] loop
    src := case t when 'templates_email' then salemate.conformed_legacy_table(7, 'templates_email', array['communication_templates'], array[
        'id uuid', 'key text', 'name text', 'subject text', 'html text', 'variables text[]', 'status text', 'updated_at timestamptz', 'created_at timestamptz'])
                  else salemate.conformed_legacy_table(7, 'templates_sms', array['communication_templates'], array[
        'id uuid', 'key text', 'name text', 'body text', 'variables text[]', 'status text', 'updated_at timestamptz', 'created_at timestamptz']) end;
    ch := case t when 'templates_email' then 'email' else 'sms' end;
    if src is null then
      perform salemate.note(7, t, format('legacy %s is absent (or already replaced): no %s templates backfilled', t, ch));
      continue;
    end if;
    execute format('drop table if exists %I', 'phase7_' || t);
    execute format($q$
      create temporary table %1$I on commit drop as
      select s.id, s.key, s.name, %2$s as subject, %3$s as body, coalesce(%4$s, '{}') as variables,
             coalesce(nullif(lower(btrim(%5$s)), ''), 'active') as status,
             coalesce(%6$s, %7$s, now()) as created_at, coalesce(%7$s, %6$s, now()) as updated_at, to_jsonb(s) as row_data,
             case
               when exists (select 1 from public.communication_templates c where c.template_id = s.id)
                 then 'id already used by another template'
               when coalesce(nullif(lower(btrim(%5$s)), ''), 'active') not in ('active', 'inactive', 'draft', 'archived')
                 then format('unknown template status %%L', %5$s)
               when exists (select 1 from public.communication_templates c where c.channel = %8$L and c.key = s.key)
                 then 'another template already has this channel and key'
             end as reason
      from %9$s s
      where not exists (select 1 from public.communication_templates c where c.legacy_table = %10$L and c.legacy_id = s.id::text)
    $q$, 'phase7_' || t,
      case when ch = 'email' then salemate.legacy_column(t, 'subject') else 'null::text' end,
      case when ch = 'email' then salemate.legacy_column(t, 'html') else salemate.legacy_column(t, 'body') end,
      salemate.legacy_column(t, 'variables'), salemate.legacy_column(t, 'status', 'null::text'),
      salemate.legacy_column(t, 'created_at'), salemate.legacy_column(t, 'updated_at'), ch, src, t);

    execute format($q$
      insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
      select 7, %1$L, x.id::text, 'communication_templates', x.reason, x.row_data from %2$I x where x.reason is not null
      on conflict (legacy_table, legacy_id, target_table) do nothing
    $q$, t, 'phase7_' || t);

    execute format($q$
      insert into public.communication_templates (template_id, channel, key, name, subject, body, variables, status,
        created_at, updated_at, legacy_table, legacy_id)
      select x.id, %1$L, x.key, x.name, x.subject, x.body, x.variables, x.status, x.created_at, x.updated_at, %2$L, x.id::text
      from %3$I x where x.reason is null
      on conflict do nothing
    $q$, ch, t, 'phase7_' || t);
  end loop;
end
$$;

create index if not exists communication_templates_status_idx on public.communication_templates (status);
create index if not exists communication_templates_updated_at_idx on public.communication_templates (updated_at);

drop trigger if exists tg_communication_templates__touch_updated_at on public.communication_templates;
create trigger tg_communication_templates__touch_updated_at before update on public.communication_templates
  for each row execute function salemate.tg_touch_updated_at();

-- cms_content ----------------------------------------------------------------------------------

create table if not exists public.cms_content (
  content_id uuid primary key default gen_random_uuid(),
  content_type text not null check (content_type in ('page', 'media')),
  slug text,
  title text,
  status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
  body jsonb,
  bucket text,
  path text,
  alt text,
  width integer check (width >= 0),
  height integer check (height >= 0),
  size_bytes bigint check (size_bytes >= 0),
  mime_type text,
  meta jsonb not null default '{}',
  published_at timestamptz,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text,
  legacy_id text,
  constraint cms_content_legacy_key unique (legacy_table, legacy_id),
  constraint cms_content_legacy_pair check ((legacy_table is null) = (legacy_id is null)),
  constraint cms_content_page_fields check (content_type <> 'page' or (slug is not null and title is not null and body is not null)),
  constraint cms_content_media_fields check (content_type <> 'media' or (bucket is not null and path is not null))
);
comment on table public.cms_content is 'Admin-managed site content: pages (slug, title, JSON blocks) and media files (storage bucket and path), legacy cms_pages and cms_media. Published pages are public.';
comment on column public.cms_content.content_id is 'Content id (the legacy row id).';
comment on column public.cms_content.content_type is 'page or media.';
comment on column public.cms_content.slug is 'URL path of a page (unique among pages); null for media.';
comment on column public.cms_content.title is 'Page title; null for media.';
comment on column public.cms_content.status is 'draft, published or archived. Media are published once uploaded.';
comment on column public.cms_content.body is 'Page content as JSON blocks (legacy content_json); null for media.';
comment on column public.cms_content.bucket is 'Storage bucket of a media file.';
comment on column public.cms_content.path is 'Storage path of a media file within its bucket.';
comment on column public.cms_content.alt is 'Alternative text of a media file.';
comment on column public.cms_content.width is 'Image width, pixels.';
comment on column public.cms_content.height is 'Image height, pixels.';
comment on column public.cms_content.size_bytes is 'File size, bytes.';
comment on column public.cms_content.mime_type is 'MIME type of a media file.';
comment on column public.cms_content.meta is 'Free-form metadata (SEO description, language, ...).';
comment on column public.cms_content.published_at is 'When a page was published.';
comment on column public.cms_content.created_by is 'Admin who created the content (null: unknown or deleted).';
comment on column public.cms_content.created_at is 'When the content was created.';
comment on column public.cms_content.updated_at is 'When the content last changed (media: when uploaded).';
comment on column public.cms_content.legacy_table is 'cms_pages or cms_media for migrated rows; null for new ones.';
comment on column public.cms_content.legacy_id is 'Id of the legacy row.';

do $$
declare
  src regclass;
  n int;
begin
  src := salemate.conformed_legacy_table(7, 'cms_pages', array['cms_content'], array[
    'id uuid', 'slug text', 'title text', 'status text', 'content_json jsonb', 'meta jsonb', 'published_at timestamptz', 'created_by uuid', 'updated_at timestamptz', 'created_at timestamptz']);
  if src is null then
    perform salemate.note(7, 'cms_pages', 'legacy cms_pages is absent (or already replaced): no pages backfilled');
  else
    drop table if exists phase7_cms_pages;
    execute format($q$
      create temporary table phase7_cms_pages on commit drop as
      select s.id, s.slug, s.title, coalesce(nullif(lower(btrim(s.status)), ''), 'draft') as status,
             coalesce(%1$s, '{}') as body, coalesce(%2$s, '{}') as meta, %3$s as published_at,
             %4$s as legacy_created_by, coalesce(%5$s, %6$s, now()) as created_at, coalesce(%6$s, %5$s, now()) as updated_at,
             to_jsonb(s) as row_data
      from %7$s s
      where not exists (select 1 from public.cms_content c where c.legacy_table = 'cms_pages' and c.legacy_id = s.id::text)
    $q$, salemate.legacy_column('cms_pages', 'content_json'), salemate.legacy_column('cms_pages', 'meta'),
         salemate.legacy_column('cms_pages', 'published_at'), salemate.legacy_column('cms_pages', 'created_by', 'null::uuid'),
         salemate.legacy_column('cms_pages', 'created_at'), salemate.legacy_column('cms_pages', 'updated_at'), src);

    insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
    select 7, 'cms_pages', p.id::text, 'cms_content',
           case when p.status not in ('draft', 'published', 'archived') then format('unknown page status %L', p.row_data ->> 'status')
                else 'id already used by other content' end,
           p.row_data
    from phase7_cms_pages p
    where p.status not in ('draft', 'published', 'archived') or exists (select 1 from public.cms_content c where c.content_id = p.id)
    on conflict (legacy_table, legacy_id, target_table) do nothing;

    insert into public.cms_content (content_id, content_type, slug, title, status, body, meta, published_at, created_by,
      created_at, updated_at, legacy_table, legacy_id)
    select p.id, 'page', p.slug, p.title, p.status, p.body, p.meta, p.published_at,
           (select pr.id from public.profiles pr where pr.id = p.legacy_created_by), p.created_at, p.updated_at, 'cms_pages', p.id::text
    from phase7_cms_pages p
    where p.status in ('draft', 'published', 'archived') and not exists (select 1 from public.cms_content c where c.content_id = p.id)
    on conflict do nothing;
    get diagnostics n = row_count;
    if n > 0 then
      select count(*) into n from phase7_cms_pages p
      where p.legacy_created_by is not null and not exists (select 1 from public.profiles pr where pr.id = p.legacy_created_by);
      if n > 0 then
        perform salemate.note(7, 'cms_pages.created_by', format('%s page(s) were created by a user who no longer has a profile; created_by carried as null', n));
      end if;
    end if;
  end if;

  src := salemate.conformed_legacy_table(7, 'cms_media', array['cms_content'], array[
    'id uuid', 'bucket text', 'path text', 'alt text', 'width integer', 'height integer', 'size_bytes bigint', 'mime_type text', 'meta jsonb', 'created_by uuid', 'created_at timestamptz']);
  if src is null then
    perform salemate.note(7, 'cms_media', 'legacy cms_media is absent (or already replaced): no media backfilled');
  else
    drop table if exists phase7_cms_media;
    execute format($q$
      create temporary table phase7_cms_media on commit drop as
      select s.id, s.bucket, s.path, %1$s as alt, %2$s as width, %3$s as height, %4$s as size_bytes, %5$s as mime_type,
             coalesce(%6$s, '{}') as meta, %7$s as legacy_created_by, coalesce(%8$s, now()) as created_at, to_jsonb(s) as row_data
      from %9$s s
      where not exists (select 1 from public.cms_content c where c.legacy_table = 'cms_media' and c.legacy_id = s.id::text)
    $q$, salemate.legacy_column('cms_media', 'alt'), salemate.legacy_column('cms_media', 'width'),
         salemate.legacy_column('cms_media', 'height'), salemate.legacy_column('cms_media', 'size_bytes'),
         salemate.legacy_column('cms_media', 'mime_type'), salemate.legacy_column('cms_media', 'meta'),
         salemate.legacy_column('cms_media', 'created_by', 'null::uuid'), salemate.legacy_column('cms_media', 'created_at'), src);

    insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
    select 7, 'cms_media', m.id::text, 'cms_content',
           case when exists (select 1 from public.cms_content c where c.content_id = m.id) then 'id already used by other content'
                else 'impossible value: negative ' || array_to_string(array_remove(array[
                       case when m.width < 0 then 'width' end, case when m.height < 0 then 'height' end,
                       case when m.size_bytes < 0 then 'size_bytes' end], null), ', ') end,
           m.row_data
    from phase7_cms_media m
    where m.width < 0 or m.height < 0 or m.size_bytes < 0 or exists (select 1 from public.cms_content c where c.content_id = m.id)
    on conflict (legacy_table, legacy_id, target_table) do nothing;

    insert into public.cms_content (content_id, content_type, status, bucket, path, alt, width, height, size_bytes, mime_type,
      meta, created_by, created_at, updated_at, legacy_table, legacy_id)
    select m.id, 'media', 'published', m.bucket, m.path, m.alt, m.width, m.height, m.size_bytes, m.mime_type, m.meta,
           (select pr.id from public.profiles pr where pr.id = m.legacy_created_by), m.created_at, m.created_at, 'cms_media', m.id::text
    from phase7_cms_media m
    where coalesce(m.width, 0) >= 0 and coalesce(m.height, 0) >= 0 and coalesce(m.size_bytes, 0) >= 0
      and not exists (select 1 from public.cms_content c where c.content_id = m.id)
    on conflict do nothing;
    get diagnostics n = row_count;
    if n > 0 then
      select count(*) into n from phase7_cms_media m
      where m.legacy_created_by is not null and not exists (select 1 from public.profiles pr where pr.id = m.legacy_created_by);
      if n > 0 then
        perform salemate.note(7, 'cms_media.created_by', format('%s media file(s) were uploaded by a user who no longer has a profile; created_by carried as null', n));
      end if;
    end if;
  end if;
end
$$;

create unique index if not exists cms_content_page_slug_key on public.cms_content (slug) where content_type = 'page';
create index if not exists cms_content_content_type_status_idx on public.cms_content (content_type, status);
create index if not exists cms_content_created_by_idx on public.cms_content (created_by);
create index if not exists cms_content_published_at_idx on public.cms_content (published_at);
create index if not exists cms_content_created_at_idx on public.cms_content (created_at);
create index if not exists cms_content_bucket_path_idx on public.cms_content (bucket, path);

drop trigger if exists tg_cms_content__touch_updated_at on public.cms_content;
create trigger tg_cms_content__touch_updated_at before update on public.cms_content
  for each row execute function salemate.tg_touch_updated_at();

-- activity_notifications -------------------------------------------------------------------------

create table if not exists public.activity_notifications (
  notification_id uuid primary key default gen_random_uuid(),
  profile_id uuid not null, -- references public.profiles (id) on delete cascade: added after the backfill, below
  domain text not null default 'system' check (domain in ('lead', 'support', 'wallet', 'team', 'system')),
  subject_id uuid,
  title text not null,
  body text not null,
  url text,
  channels text[] not null default '{inapp}',
  status text not null default 'pending' check (status in ('pending', 'sent', 'read', 'failed')),
  read_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table public.activity_notifications is 'In-app / push / e-mail notifications to one profile about a lead, a support thread, their wallet, their team or the platform (legacy notifications, ids kept).';
comment on column public.activity_notifications.notification_id is 'Notification id (the legacy notifications.id).';
comment on column public.activity_notifications.profile_id is 'The recipient.';
comment on column public.activity_notifications.domain is 'What it is about: lead, support, wallet, team or system (legacy rows: read from the url).';
comment on column public.activity_notifications.subject_id is 'The lead or support thread it is about (lead and support domains), else null.';
comment on column public.activity_notifications.title is 'Short title.';
comment on column public.activity_notifications.body is 'Text shown to the recipient.';
comment on column public.activity_notifications.url is 'Where the app goes when the notification is opened.';
comment on column public.activity_notifications.channels is 'Channels to deliver on: inapp, push, email (legacy null: inapp).';
comment on column public.activity_notifications.status is 'pending, sent, read or failed.';
comment on column public.activity_notifications.read_at is 'When the recipient read it.';
comment on column public.activity_notifications.sent_at is 'When it was delivered.';
comment on column public.activity_notifications.created_at is 'When it was created.';

-- The domain and subject of a notification, from where it points to.
create or replace function salemate.notification_domain(p_url text) returns text
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$
    select case
      when p_url ~* '/crm/leads(/|$|\?)' then 'lead'
      when p_url ~* '/support(/|$|\?)' then 'support'
      when p_url ~* '/(wallet|topups?|payments?|billing)(/|$|\?)' then 'wallet'
      when p_url ~* '/teams?(/|$|\?)' then 'team'
      else 'system'
    end
  $$;
comment on function salemate.notification_domain(text) is 'lead (/crm/leads/...), support (/support/...), wallet (/wallet, /topup, /payments, /billing), team (/team...), else system.';
create or replace function salemate.notification_subject(p_url text) returns uuid
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$
    select (regexp_match(p_url, '/(?:crm/leads|support/cases)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[/?#]|$)'))[1]::uuid
  $$;
comment on function salemate.notification_subject(text) is 'The lead or support case uuid in /crm/leads/<uuid> or /support/cases/<uuid>, else null.';
grant execute on function salemate.notification_domain(text), salemate.notification_subject(text) to authenticated, service_role;

do $$
declare
  src regclass := salemate.conformed_legacy_table(7, 'notifications', array['activity_notifications'], array[
    'id uuid', 'user_id uuid', 'title text', 'body text', 'url text', 'channels text[]', 'status text', 'read_at timestamptz', 'sent_at timestamptz', 'created_at timestamptz']);
  n int;
begin
  if src is null then
    perform salemate.note(7, 'notifications', 'legacy notifications is absent (or already replaced): activity_notifications not backfilled');
    return;
  end if;
  -- The recipient is looked up by a join, not a subquery per row (estimated as one, the subquery
  -- priced the statement past jit_above_cost: JIT compiled for longer than the statement ran).
  -- The whole legacy row as JSON for the rejected ones only, made here (no second pass over
  -- the legacy table to join it back).
  drop table if exists phase7_notifications;
  execute format($q$
    create temporary table phase7_notifications on commit drop as
    select s.id, s.user_id, s.title, s.body, %1$s as url, %2$s as channels, coalesce(nullif(lower(btrim(s.status)), ''), 'pending') as status,
           %3$s as read_at, %4$s as sent_at, s.created_at,
           case
             when p.id is null then 'recipient is not a known profile'
             when coalesce(nullif(lower(btrim(s.status)), ''), 'pending') not in ('pending', 'sent', 'read', 'failed')
               then format('unknown notification status %%L', s.status)
           end as reason,
           case
             when p.id is null or coalesce(nullif(lower(btrim(s.status)), ''), 'pending') not in ('pending', 'sent', 'read', 'failed')
               then to_jsonb(s)
           end as row_data
    from %5$s s
    left join public.profiles p on p.id = s.user_id
    where not exists (select 1 from public.activity_notifications t where t.notification_id = s.id)
  $q$, salemate.legacy_column('notifications', 'url'), salemate.legacy_column('notifications', 'channels'),
       salemate.legacy_column('notifications', 'read_at'), salemate.legacy_column('notifications', 'sent_at'), src);

  insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
  select 7, 'notifications', x.id::text, 'activity_notifications', x.reason, x.row_data
  from phase7_notifications x where x.reason is not null
  on conflict (legacy_table, legacy_id, target_table) do nothing;

  -- Domain and subject as salemate.notification_domain and salemate.notification_subject say,
  -- written out so the copy does not call two functions per row.
  -- The subject: regexp_match with its capture group cost ~13 us a row (1.2 s of the 1.5 s
  -- insert at scale 100). Every match starts at an occurrence of '/crm/leads/' or
  -- '/support/cases/', so at the first of those (strpos) the 36 characters after it are checked
  -- by translate: a uuid there, followed by [/?#] or the end, is the leftmost match, i.e. what
  -- regexp_match returns. Anything else (a malformed id first, a later one) goes to regexp_match.
  drop view if exists phase7_notifications_in;
  create temporary view phase7_notifications_in as
  select x.id, x.user_id,
         case
           when x.url ~* '/crm/leads(/|$|\?)' then 'lead'
           when x.url ~* '/support(/|$|\?)' then 'support'
           when x.url ~* '/(wallet|topups?|payments?|billing)(/|$|\?)' then 'wallet'
           when x.url ~* '/teams?(/|$|\?)' then 'team'
           else 'system'
         end as domain,
         case
           when k.at is null then null
           when translate(substr(x.url, k.at, 36), '0123456789abcdefABCDEF', '0000000000000000000000') = '00000000-0000-0000-0000-000000000000'
                and substr(x.url, k.at + 36, 1) in ('', '/', '?', '#')
             then substr(x.url, k.at, 36)::uuid
           else (regexp_match(x.url, '/(?:crm/leads|support/cases)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[/?#]|$)'))[1]::uuid
         end as subject_id,
         x.title, x.body, x.url,
         coalesce(x.channels, '{inapp}') as channels, x.status, x.read_at, x.sent_at, coalesce(x.created_at, now()) as created_at
  from phase7_notifications x
  -- k.at: where the id after the first '/crm/leads/' or '/support/cases/' would start (null: neither occurs)
  cross join lateral (
    select least(nullif(strpos(x.url, '/crm/leads/'), 0) + 11, nullif(strpos(x.url, '/support/cases/'), 0) + 15) as at
  ) k
  where x.reason is null;

  -- A plain insert: the ids are the legacy primary key and the ones already carried were left
  -- out above, so none conflicts, and speculative insertion (on conflict) cost as much again
  -- as the insert. Should an id repeat after all, the insert is redone skipping the repeats.
  begin
    insert into public.activity_notifications (notification_id, profile_id, domain, subject_id, title, body, url, channels, status,
      read_at, sent_at, created_at)
    select * from phase7_notifications_in;
    get diagnostics n = row_count;
  exception when unique_violation then
    insert into public.activity_notifications (notification_id, profile_id, domain, subject_id, title, body, url, channels, status,
      read_at, sent_at, created_at)
    select * from phase7_notifications_in
    on conflict (notification_id) do nothing;
    get diagnostics n = row_count;
  end;
  drop view phase7_notifications_in;
  if n > 0 then
    select count(*) into n from phase7_notifications x where x.reason is null and x.channels is null;
    if n > 0 then
      perform salemate.note(7, 'notifications.channels', format('%s notification(s) had no channels; carried as {inapp} (the legacy default)', n));
    end if;
  end if;
end
$$;

-- The recipient's key, checked once over the carried rows rather than row by row.
do $$
begin
  if not exists (select 1 from pg_constraint where conrelid = 'public.activity_notifications'::regclass and conname = 'activity_notifications_profile_id_fkey') then
    alter table public.activity_notifications add constraint activity_notifications_profile_id_fkey
      foreign key (profile_id) references public.profiles (id) on delete cascade;
  end if;
end
$$;
create index if not exists activity_notifications_profile_id_created_at_idx on public.activity_notifications (profile_id, created_at desc);
create index if not exists activity_notifications_profile_id_status_idx on public.activity_notifications (profile_id, status);
create index if not exists activity_notifications_domain_subject_id_idx on public.activity_notifications (domain, subject_id);
create index if not exists activity_notifications_status_idx on public.activity_notifications (status);
create index if not exists activity_notifications_created_at_idx on public.activity_notifications (created_at);

-- Notifications from support replies and lead handovers ----------------------------------------------
-- Statement-level, set-based triggers (the backfills above ran before they existed). They run as
-- definer: the author of a reply may not write notifications for someone else directly.

create or replace function salemate.tg_support_messages__notify_customer() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.activity_notifications (profile_id, domain, subject_id, title, body, url)
    select t.created_by, 'support', t.thread_id, 'Support case updated',
           left(format('New reply on "%s": %s', t.subject, m.body), 500), '/support/cases/' || t.thread_id
    from new_messages m
    join public.support_threads t on t.thread_id = m.thread_id
    where m.message_type <> 'internal' and not m.is_opening and m.author_id is distinct from t.created_by;
    return null;
  end
  $$;
comment on function salemate.tg_support_messages__notify_customer() is 'after insert (statement): a customer-visible message by someone other than the thread''s creator notifies the creator.';
revoke execute on function salemate.tg_support_messages__notify_customer() from public;

do $$
begin
  if to_regclass('public.support_messages') is null then
    perform salemate.note(7, 'support_messages notifications', 'support_messages is absent (phase 6 not applied): no reply notifications');
    return;
  end if;
  drop trigger if exists tg_support_messages__notify_customer on public.support_messages;
  create trigger tg_support_messages__notify_customer after insert on public.support_messages
    referencing new table as new_messages
    for each statement execute function salemate.tg_support_messages__notify_customer();
end
$$;

-- lead_transfers comes from phase 4; its column names are read from the catalog (the new
-- assignee, the lead, who made the handover) so the trigger follows the table as it is.
do $$
declare
  lt regclass := to_regclass('public.lead_transfers');
  to_col text;
  by_col text;
  reason_col text;
  col_names text[];
begin
  if lt is null then
    perform salemate.note(7, 'lead_transfers notifications', 'lead_transfers is absent (phase 4 not applied): no handover notifications');
    return;
  end if;
  select array_agg(attname::text) into col_names from pg_attribute where attrelid = lt and attnum > 0 and not attisdropped;
  select c into to_col from unnest(array['to_profile_id', 'to_agent_id', 'to_assignee_id', 'to_agent', 'assignee_id']) with ordinality u(c, o)
    where c = any (col_names) order by o limit 1;
  select c into by_col from unnest(array['transferred_by', 'actor_profile_id', 'created_by']) with ordinality u(c, o)
    where c = any (col_names) order by o limit 1;
  select c into reason_col from unnest(array['reason', 'note', 'notes']) with ordinality u(c, o)
    where c = any (col_names) order by o limit 1;
  if to_col is null or not 'lead_id' = any (col_names) then
    perform salemate.note(7, 'lead_transfers notifications', 'lead_transfers has no recognisable lead_id / new-assignee column: no handover notifications');
    return;
  end if;
  execute format($f$
    create or replace function salemate.tg_lead_transfers__notify_assignee() returns trigger
      language plpgsql security definer
      set search_path = pg_catalog, pg_temp
      as $b$
      begin
        insert into public.activity_notifications (profile_id, domain, subject_id, title, body, url)
        select x.%1$I, 'lead', x.lead_id, 'Lead handed over to you',
               left('A lead was transferred to you.' || coalesce(' Reason: ' || %3$s, ''), 500), '/crm/leads/' || x.lead_id
        from new_transfers x
        where x.%1$I is not null
          and exists (select 1 from public.profiles p where p.id = x.%1$I)
          and x.%1$I is distinct from %2$s;
        return null;
      end
      $b$
  $f$, to_col, case when by_col is null then 'null::uuid' else format('x.%I', by_col) end,
       case when reason_col is null then 'null::text' else format('nullif(btrim(x.%I::text), %L)', reason_col, '') end);
  comment on function salemate.tg_lead_transfers__notify_assignee() is 'after insert (statement): the agent a lead is handed to gets a notification (unless they made the handover).';
  revoke execute on function salemate.tg_lead_transfers__notify_assignee() from public;
  drop trigger if exists tg_lead_transfers__notify_assignee on public.lead_transfers;
  create trigger tg_lead_transfers__notify_assignee after insert on public.lead_transfers
    referencing new table as new_transfers
    for each statement execute function salemate.tg_lead_transfers__notify_assignee();
end
$$;

-- Row-level security: templates, CMS, notifications ------------------------------------------------

alter table public.communication_templates enable row level security;
select salemate.take_over_policies(7, 'public.communication_templates');
drop policy if exists "Admins manage communication templates" on public.communication_templates;
create policy "Admins manage communication templates" on public.communication_templates
  for all to authenticated using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
drop policy if exists "Support reads communication templates" on public.communication_templates;
create policy "Support reads communication templates" on public.communication_templates
  for select to authenticated using ((select salemate.is_staff()));
select salemate.claim_policies(7, 'public.communication_templates');
revoke all on public.communication_templates from anon;
grant select, delete on public.communication_templates to authenticated;
grant insert (template_id, channel, key, name, subject, body, variables, status, created_at, updated_at),
      update (channel, key, name, subject, body, variables, status, updated_at)
  on public.communication_templates to authenticated;
grant all on public.communication_templates to service_role;

alter table public.cms_content enable row level security;
select salemate.take_over_policies(7, 'public.cms_content');
drop policy if exists "Admins manage CMS content" on public.cms_content;
create policy "Admins manage CMS content" on public.cms_content
  for all to authenticated using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
drop policy if exists "Everyone reads published pages" on public.cms_content;
create policy "Everyone reads published pages" on public.cms_content
  for select to anon, authenticated using (content_type = 'page' and status = 'published');
select salemate.claim_policies(7, 'public.cms_content');
grant select on public.cms_content to anon, authenticated;
grant delete on public.cms_content to authenticated;
grant insert (content_id, content_type, slug, title, status, body, bucket, path, alt, width, height, size_bytes, mime_type, meta,
        published_at, created_by, created_at, updated_at),
      update (content_type, slug, title, status, body, bucket, path, alt, width, height, size_bytes, mime_type, meta,
        published_at, created_by, updated_at)
  on public.cms_content to authenticated;
grant all on public.cms_content to service_role;

alter table public.activity_notifications enable row level security;
select salemate.take_over_policies(7, 'public.activity_notifications');
drop policy if exists "Recipients read their notifications" on public.activity_notifications;
create policy "Recipients read their notifications" on public.activity_notifications
  for select to authenticated using (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Staff read every notification" on public.activity_notifications;
create policy "Staff read every notification" on public.activity_notifications
  for select to authenticated using ((select salemate.is_staff()));
drop policy if exists "Recipients update their notifications" on public.activity_notifications;
create policy "Recipients update their notifications" on public.activity_notifications
  for update to authenticated using (profile_id = (select salemate.current_profile_id())) with check (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Recipients dismiss their notifications" on public.activity_notifications;
create policy "Recipients dismiss their notifications" on public.activity_notifications
  for delete to authenticated using (profile_id = (select salemate.current_profile_id()));
drop policy if exists "Staff send notifications" on public.activity_notifications;
create policy "Staff send notifications" on public.activity_notifications
  for insert to authenticated with check ((select salemate.is_staff()));
select salemate.claim_policies(7, 'public.activity_notifications');
revoke all on public.activity_notifications from anon;
grant select, delete on public.activity_notifications to authenticated;
grant insert (notification_id, profile_id, domain, subject_id, title, body, url, channels, status, read_at, sent_at, created_at),
      update (domain, subject_id, title, body, url, channels, status, read_at, sent_at)
  on public.activity_notifications to authenticated;
grant all on public.activity_notifications to service_role;

-- The kept tables of this phase, as the statements below rely on them: a column one lacks is
-- added (null for its rows), one of another type converted (salemate.conform_kept_table); an
-- absent one stays absent, noted below.
do $$
begin
  perform salemate.conform_kept_table(7, 'system_settings', array['value jsonb', 'description text', 'updated_by uuid', 'updated_at timestamptz default now()']);
  perform salemate.conform_kept_table(7, 'feature_flags', array['description text', 'enabled boolean default false', 'updated_by uuid', 'updated_at timestamptz default now()']);
  perform salemate.conform_kept_table(7, 'audit_logs', array['actor_id uuid', 'action text', 'entity text', 'entity_id text', 'changes jsonb', 'context jsonb',
    'created_at timestamptz default now()']);
  perform salemate.conform_kept_table(7, 'recent_activity', array['action text', 'created_at timestamptz default now()', 'details jsonb', 'user_id uuid']);
  perform salemate.conform_kept_table(7, 'posts', array['author_id uuid', 'content text', 'created_at timestamptz default now()', 'updated_at timestamptz default now()']);
  perform salemate.conform_kept_table(7, 'comments', array['author_id uuid', 'content text', 'created_at timestamptz default now()', 'post_id uuid',
    'updated_at timestamptz default now()']);
end
$$;

-- system_settings, feature_flags, audit_logs: remain, documented, admin only --------------------------

do $$
declare
  t text;
begin
  foreach t in array array['system_settings', 'feature_flags', 'audit_logs'] loop
    if to_regclass(format('public.%I', t)) is null then
      perform salemate.note(7, t, format('public.%s is absent: not documented or secured here', t));
      continue;
    end if;
    -- The legacy policies ("Admins full access to ...", via public.is_admin(), and any other) give way to the ones below.
    perform salemate.take_over_policies(7, format('public.%I', t)::regclass);
    execute format('alter table public.%I enable row level security', t);
    execute format('revoke all on public.%I from anon', t);
    execute format('grant select, insert, update, delete on public.%I to authenticated', t);
    execute format('grant all on public.%I to service_role', t);
  end loop;

  if to_regclass('public.system_settings') is not null then
    drop policy if exists "Admins manage system settings" on public.system_settings;
    create policy "Admins manage system settings" on public.system_settings
      for all to authenticated using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
    perform salemate.claim_policies(7, 'public.system_settings');
    comment on table public.system_settings is 'Platform configuration as key/value JSON (currency, top-up limits, OTP rules, payment methods, support hours, ...). Owner: platform admins, through the admin console; read by edge functions with the service role. Admin only through the API.';
    comment on column public.system_settings.key is 'Setting name, snake_case (e.g. min_topup_amount).';
    comment on column public.system_settings.value is 'Setting value as JSON (number, string, object or array).';
    comment on column public.system_settings.description is 'What the setting controls, for the admin console.';
    comment on column public.system_settings.updated_by is 'Admin who last changed it (profile id; null: a script).';
    comment on column public.system_settings.updated_at is 'When it last changed.';
    create index if not exists system_settings_updated_by_idx on public.system_settings (updated_by);
    create index if not exists system_settings_updated_at_idx on public.system_settings (updated_at);
  end if;

  if to_regclass('public.feature_flags') is not null then
    drop policy if exists "Admins manage feature flags" on public.feature_flags;
    create policy "Admins manage feature flags" on public.feature_flags
      for all to authenticated using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
    perform salemate.claim_policies(7, 'public.feature_flags');
    comment on table public.feature_flags is 'Switches for features being rolled out (ai_coach, inventory_matcher, payment gateways, ...). Owner: platform admins; read by edge functions with the service role and exposed to the app through them. Admin only through the API.';
    comment on column public.feature_flags.key is 'Flag name, snake_case.';
    comment on column public.feature_flags.description is 'What the flag turns on.';
    comment on column public.feature_flags.enabled is 'Whether the feature is on.';
    comment on column public.feature_flags.updated_by is 'Admin who last changed it (profile id; null: a script).';
    comment on column public.feature_flags.updated_at is 'When it last changed.';
    create index if not exists feature_flags_enabled_idx on public.feature_flags (enabled);
    create index if not exists feature_flags_updated_by_idx on public.feature_flags (updated_by);
  end if;

  if to_regclass('public.audit_logs') is not null then
    drop policy if exists "Admins read and write the audit log" on public.audit_logs;
    create policy "Admins read and write the audit log" on public.audit_logs
      for all to authenticated using ((select salemate.has_role('admin'))) with check ((select salemate.has_role('admin')));
    perform salemate.claim_policies(7, 'public.audit_logs');
    comment on table public.audit_logs is 'Who changed what: one row per sensitive action (lead stage changes, profile edits, top-up approvals, setting changes, scheduled jobs). Written by edge functions and admin tools with the service role; read by admins. Append-only by convention.';
    comment on column public.audit_logs.id is 'Entry id.';
    comment on column public.audit_logs.actor_id is 'Profile that acted; null for the system (cron jobs).';
    comment on column public.audit_logs.action is 'What was done: insert, update, delete, approve, reject, ...';
    comment on column public.audit_logs.entity is 'Kind of thing acted on: a table name (leads, profiles, wallet_topup_requests, system_settings) or system.';
    comment on column public.audit_logs.entity_id is 'Id of the thing acted on, as text (a uuid, a setting key, a job name).';
    comment on column public.audit_logs.changes is 'What changed, as JSON: column -> [before, after].';
    comment on column public.audit_logs.context is 'Request context (IP address, user agent, function name).';
    comment on column public.audit_logs.created_at is 'When it happened.';
    create index if not exists audit_logs_actor_id_idx on public.audit_logs (actor_id);
    create index if not exists audit_logs_entity_entity_id_idx on public.audit_logs (entity, entity_id);
    create index if not exists audit_logs_action_idx on public.audit_logs (action);
    create index if not exists audit_logs_created_at_idx on public.audit_logs (created_at);
  end if;
end
$$;

-- Kept legacy tables of this phase (sql/map/phase1_baseline.json): social data and banners ----------------
-- recent_activity, posts and comments stay as they are and out of the API (hidden from GraphQL);
-- dashboard_banners stays in it. Their keys get the indexes they lacked. The legacy app still
-- reads the first three through Supabase's API, so their legacy rules are restated as the
-- project's own policies (their legacy policies, whatever they are, are taken over): people read
-- their own activity; signed-in people read the wall; authors manage their posts and comments.

do $$
declare
  t text;
begin
  if to_regclass('public.recent_activity') is not null then
    comment on table public.recent_activity is E'@behavior -*\nLegacy per-user activity feed (action + details). Kept as is, not part of the API.';
    create index if not exists recent_activity_user_id_created_at_idx on public.recent_activity (user_id, created_at);
    alter table public.recent_activity enable row level security;
    perform salemate.take_over_policies(7, 'public.recent_activity');
    drop policy if exists "Profiles read their own activity" on public.recent_activity;
    create policy "Profiles read their own activity" on public.recent_activity for select to authenticated
      using (user_id = (select salemate.current_profile_id()));
    perform salemate.claim_policies(7, 'public.recent_activity');
  end if;
  if to_regclass('public.posts') is not null then
    comment on table public.posts is E'@behavior -*\nLegacy team wall posts. Kept as is, not part of the API.';
    create index if not exists posts_author_id_idx on public.posts (author_id);
    create index if not exists posts_created_at_idx on public.posts (created_at);
    alter table public.posts enable row level security;
    perform salemate.take_over_policies(7, 'public.posts');
    drop policy if exists "Signed-in users read the wall" on public.posts;
    create policy "Signed-in users read the wall" on public.posts for select to authenticated
      using ((select salemate.current_profile_id()) is not null);
    drop policy if exists "Authors manage their posts" on public.posts;
    create policy "Authors manage their posts" on public.posts for all to authenticated
      using (author_id = (select salemate.current_profile_id())) with check (author_id = (select salemate.current_profile_id()));
    perform salemate.claim_policies(7, 'public.posts');
  end if;
  if to_regclass('public.comments') is not null then
    comment on table public.comments is E'@behavior -*\nLegacy comments on team wall posts. Kept as is, not part of the API.';
    create index if not exists comments_post_id_idx on public.comments (post_id);
    create index if not exists comments_author_id_idx on public.comments (author_id);
    alter table public.comments enable row level security;
    perform salemate.take_over_policies(7, 'public.comments');
    drop policy if exists "Signed-in users read the comments on the wall" on public.comments;
    create policy "Signed-in users read the comments on the wall" on public.comments for select to authenticated
      using ((select salemate.current_profile_id()) is not null);
    drop policy if exists "Authors manage their comments" on public.comments;
    create policy "Authors manage their comments" on public.comments for all to authenticated
      using (author_id = (select salemate.current_profile_id())) with check (author_id = (select salemate.current_profile_id()));
    perform salemate.claim_policies(7, 'public.comments');
  end if;
  -- Not for anonymous callers (the legacy rules needed a signed-in user too).
  foreach t in array array['recent_activity', 'posts', 'comments'] loop
    continue when to_regclass(format('public.%I', t)) is null;
    execute format('revoke all on public.%I from anon', t);
    execute format('grant select, insert, update, delete on public.%I to authenticated', t);
    execute format('grant all on public.%I to service_role', t);
  end loop;
  if to_regclass('public.dashboard_banners') is not null then
    comment on table public.dashboard_banners is 'Marketing banners shown in the app (dashboard, wallet, CRM, support placements). Owner: admins; their views and clicks are in banner_metrics.';
    create index if not exists dashboard_banners_placement_status_idx on public.dashboard_banners (placement, status);
    create index if not exists dashboard_banners_created_by_idx on public.dashboard_banners (created_by);
    create index if not exists dashboard_banners_start_at_idx on public.dashboard_banners (start_at);
  end if;
end
$$;

-- Compatibility views ---------------------------------------------------------------------------------

select salemate.install_compat_view(7, 'templates_email', $v$
  select c.template_id as id, c.key, c.name, c.subject, c.body as html, c.variables, c.status, c.updated_at, c.created_at
  from public.communication_templates c
  where c.channel = 'email'
$v$, 'Compatibility view: legacy templates_email, now communication_templates with channel email (phase 7).');

create or replace function salemate.tg_templates_email__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.communication_templates (template_id, channel, key, name, subject, body, variables, status, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), 'email', new.key, new.name, new.subject, new.html, coalesce(new.variables, '{}'),
            coalesce(new.status, 'active'), coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning template_id, variables, status, created_at, updated_at into new.id, new.variables, new.status, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_templates_email__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.communication_templates set key = new.key, name = new.name, subject = new.subject, body = new.html,
      variables = coalesce(new.variables, '{}'), status = new.status
    where template_id = old.id and channel = 'email'
    returning variables, updated_at into new.variables, new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_templates_email__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.communication_templates where template_id = old.id and channel = 'email';
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('templates_email', 'templates_email');

select salemate.install_compat_view(7, 'templates_sms', $v$
  select c.template_id as id, c.key, c.name, c.body, c.variables, c.status, c.updated_at, c.created_at
  from public.communication_templates c
  where c.channel = 'sms'
$v$, 'Compatibility view: legacy templates_sms, now communication_templates with channel sms (phase 7).');

create or replace function salemate.tg_templates_sms__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.communication_templates (template_id, channel, key, name, subject, body, variables, status, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), 'sms', new.key, new.name, null, new.body, coalesce(new.variables, '{}'),
            coalesce(new.status, 'active'), coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning template_id, variables, status, created_at, updated_at into new.id, new.variables, new.status, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_templates_sms__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.communication_templates set key = new.key, name = new.name, body = new.body,
      variables = coalesce(new.variables, '{}'), status = new.status
    where template_id = old.id and channel = 'sms'
    returning variables, updated_at into new.variables, new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_templates_sms__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.communication_templates where template_id = old.id and channel = 'sms';
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('templates_sms', 'templates_sms');

select salemate.install_compat_view(7, 'cms_pages', $v$
  select c.content_id as id, c.slug, c.title, c.status, c.body as content_json, c.meta, c.published_at, c.created_by,
         c.updated_at, c.created_at
  from public.cms_content c
  where c.content_type = 'page'
$v$, 'Compatibility view: legacy cms_pages, now cms_content pages (phase 7). Retired with legacy_archive (salemate.settings drop_legacy_archive).', true);

create or replace function salemate.tg_cms_pages__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.cms_content (content_id, content_type, slug, title, status, body, meta, published_at, created_by, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), 'page', new.slug, new.title, coalesce(new.status, 'draft'), coalesce(new.content_json, '{}'),
            coalesce(new.meta, '{}'), new.published_at, new.created_by, coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning content_id, status, body, meta, created_at, updated_at
    into new.id, new.status, new.content_json, new.meta, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_cms_pages__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.cms_content set slug = new.slug, title = new.title, status = new.status, body = coalesce(new.content_json, '{}'),
      meta = coalesce(new.meta, '{}'), published_at = new.published_at, created_by = new.created_by
    where content_id = old.id and content_type = 'page'
    returning body, meta, updated_at into new.content_json, new.meta, new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_cms_pages__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.cms_content where content_id = old.id and content_type = 'page';
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('cms_pages', 'cms_pages');

select salemate.install_compat_view(7, 'cms_media', $v$
  select c.content_id as id, c.bucket, c.path, c.alt, c.width, c.height, c.size_bytes, c.mime_type, c.meta, c.created_by, c.created_at
  from public.cms_content c
  where c.content_type = 'media'
$v$, 'Compatibility view: legacy cms_media, now cms_content media (phase 7). Retired with legacy_archive (salemate.settings drop_legacy_archive).');

create or replace function salemate.tg_cms_media__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.cms_content (content_id, content_type, status, bucket, path, alt, width, height, size_bytes, mime_type, meta,
      created_by, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), 'media', 'published', new.bucket, new.path, new.alt, new.width, new.height,
            new.size_bytes, new.mime_type, coalesce(new.meta, '{}'), new.created_by, coalesce(new.created_at, now()), coalesce(new.created_at, now()))
    returning content_id, meta, created_at into new.id, new.meta, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_cms_media__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.cms_content set bucket = new.bucket, path = new.path, alt = new.alt, width = new.width, height = new.height,
      size_bytes = new.size_bytes, mime_type = new.mime_type, meta = coalesce(new.meta, '{}'), created_by = new.created_by
    where content_id = old.id and content_type = 'media'
    returning meta into new.meta;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_cms_media__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.cms_content where content_id = old.id and content_type = 'media';
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('cms_media', 'cms_media');

select salemate.install_compat_view(7, 'notifications', $v$
  select n.notification_id as id, n.profile_id as user_id, n.title, n.body, n.url, n.channels, n.status, n.read_at, n.sent_at, n.created_at
  from public.activity_notifications n
$v$, 'Compatibility view: legacy notifications, now activity_notifications (phase 7); domain and subject are read from the url.');

create or replace function salemate.tg_notifications__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.activity_notifications (notification_id, profile_id, domain, subject_id, title, body, url, channels, status,
      read_at, sent_at, created_at)
    values (coalesce(new.id, gen_random_uuid()), new.user_id, salemate.notification_domain(new.url), salemate.notification_subject(new.url),
            new.title, new.body, new.url, coalesce(new.channels, '{inapp}'), coalesce(lower(new.status), 'pending'),
            new.read_at, new.sent_at, coalesce(new.created_at, now()))
    returning notification_id, channels, status, created_at into new.id, new.channels, new.status, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_notifications__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.activity_notifications set
      domain = case when new.url is distinct from old.url then salemate.notification_domain(new.url) else domain end,
      subject_id = case when new.url is distinct from old.url then salemate.notification_subject(new.url) else subject_id end,
      title = new.title, body = new.body, url = new.url, channels = coalesce(new.channels, '{inapp}'),
      status = lower(new.status), read_at = new.read_at, sent_at = new.sent_at
    where notification_id = old.id
    returning channels, status into new.channels, new.status;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_notifications__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.activity_notifications where notification_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('notifications', 'notifications');

-- The legacy tables are read by nothing outside the archive now: their policies and API grants go.
select salemate.take_over_archived_table(7, t) from unnest(array['templates_email', 'templates_sms', 'cms_pages', 'cms_media', 'notifications']) t;

-- Legacy security-definer functions ---------------------------------------------------------------------
-- One without a pinned search_path runs with its owner's rights and the caller's search_path: a
-- caller who can put a function or table earlier on that path has it called with the owner's
-- rights. Every such function left in public (the legacy app's, made in the dashboard or by
-- migrations) gets the path the app ran it with: public, then Supabase's extensions schema where
-- there is one. Each is noted; one this role may not alter is noted as such and left.

do $$
declare
  f record;
  path text := case when to_regnamespace('extensions') is not null then 'public, extensions, pg_temp' else 'public, pg_temp' end;
begin
  for f in
    select format('public.%I(%s)', p.proname, oidvectortypes(p.proargtypes)) as sig
    from pg_proc p
    where p.pronamespace = 'public'::regnamespace and p.prosecdef
      and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) s where s like 'search_path=%')
      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
    order by 1
  loop
    begin
      execute format('alter routine %s set search_path = %s', f.sig, path);
      perform salemate.note(7, f.sig || ' (search_path)',
        format('legacy security-definer function %s had no search_path; pinned to %s', f.sig, path));
    exception when insufficient_privilege then
      perform salemate.note(7, f.sig || ' (search_path)',
        format('legacy security-definer function %s has no search_path and this role may not alter it (%s); pin it as its owner: alter function %s set search_path = %s', f.sig, sqlerrm, f.sig, path));
    end;
  end loop;
end
$$;

-- Dropping legacy_archive ---------------------------------------------------------------------------------
-- Only on request (salemate.settings drop_legacy_archive = true). First: nothing outside the
-- archive may still depend on it (a compatibility view still reading an archived table, a
-- foreign key into it); if something does, nothing is dropped and the list is raised. Then the
-- compatibility views of names the plan retires (purchase_requests, cms_pages, cms_media) go,
-- and the archive with every legacy table in it. salemate.legacy_snapshot keeps their row
-- counts and checksums.

create or replace function salemate.legacy_archive_dependents() returns table (dependent text, depends_on text)
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    with archive as (
      select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'legacy_archive'
    )
    select distinct format('%s %s', case v.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'relation' end, v.oid::regclass),
           d.refobjid::regclass::text
    from pg_depend d
    join pg_rewrite r on r.oid = d.objid and d.classid = 'pg_rewrite'::regclass
    join pg_class v on v.oid = r.ev_class
    where d.refclassid = 'pg_class'::regclass and d.refobjid in (select oid from archive) and v.oid not in (select oid from archive)
    union
    select format('foreign key %s on %s', k.conname, k.conrelid::regclass), k.confrelid::regclass::text
    from pg_constraint k
    where k.contype = 'f' and k.confrelid in (select oid from archive) and k.conrelid not in (select oid from archive)
    union
    select format('column default of %s.%s', a.attrelid::regclass, a.attname), d.refobjid::regclass::text
    from pg_depend d
    join pg_attrdef ad on ad.oid = d.objid and d.classid = 'pg_attrdef'::regclass
    join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
    where d.refclassid = 'pg_class'::regclass and d.refobjid in (select oid from archive) and ad.adrelid not in (select oid from archive)
  $$;
comment on function salemate.legacy_archive_dependents() is 'Objects outside legacy_archive that still depend on it (views, foreign keys, column defaults). Must be empty before the archive is dropped.';

create or replace function salemate.drop_legacy_archive() returns text
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    blockers text;
    retired text[] := '{}';
    v text;
    op text;
    tables text;
  begin
    if to_regnamespace('legacy_archive') is null then
      return 'legacy_archive is already gone';
    end if;
    -- The retired names' compatibility views go first (they read the new tables, not the archive).
    foreach v in array array['purchase_requests', 'cms_pages', 'cms_media'] loop
      if (select c.relkind from pg_class c where c.oid = to_regclass(format('public.%I', v))) = 'v' then
        execute format('drop view public.%I', v);
        foreach op in array array['insert', 'update', 'delete'] loop
          if to_regprocedure(format('salemate.%I()', format('tg_%s__instead_of_%s', v, op))) is not null then
            execute format('drop function salemate.%I()', format('tg_%s__instead_of_%s', v, op));
          end if;
        end loop;
        retired := retired || v;
      end if;
    end loop;
    select string_agg(format('%s -> %s', dependent, depends_on), '; ' order by dependent) into blockers
    from salemate.legacy_archive_dependents();
    if blockers is not null then
      raise exception 'legacy_archive not dropped: objects outside it still depend on it: %', blockers
        using hint = 'Apply the phase that replaces each of them, or set salemate.settings drop_legacy_archive back to false.';
    end if;
    select string_agg(c.relname, ', ' order by c.relname) into tables
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'legacy_archive' and c.relkind in ('r', 'p');
    drop schema legacy_archive cascade;
    perform salemate.note(7, 'legacy_archive', format('legacy_archive dropped on request (drop_legacy_archive = true): %s. Retired compatibility views dropped: %s. Row counts and checksums stay in salemate.legacy_snapshot.',
      coalesce(tables, 'no tables'), coalesce(nullif(array_to_string(retired, ', '), ''), 'none')));
    return 'dropped';
  end
  $$;
comment on function salemate.drop_legacy_archive() is 'Drops legacy_archive (and the retired purchase_requests / cms_pages / cms_media compatibility views) once nothing else depends on it; raises otherwise. Phase 7 calls it when salemate.settings drop_legacy_archive is true; an operator may call it later.';
revoke execute on function salemate.legacy_archive_dependents(), salemate.drop_legacy_archive() from public;

do $$
begin
  if coalesce((select s.value = 'true'::jsonb from salemate.settings s where s.key = 'drop_legacy_archive'), false) then
    perform salemate.drop_legacy_archive();
  elsif to_regnamespace('legacy_archive') is not null then
    perform salemate.note(7, 'legacy_archive', 'legacy_archive kept (salemate.settings drop_legacy_archive is not true); the purchase_requests, cms_pages and cms_media compatibility views stay until it is dropped. Run select salemate.drop_legacy_archive() once the app no longer reads the legacy names.');
  end if;
end
$$;
