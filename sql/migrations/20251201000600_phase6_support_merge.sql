-- salemate:replaces sha256:3dc0a574ef7c882bd0adfa084ae0bc7d357ceacc5be306c53e097fe7f9af30b0
-- (that revision resolved people and attachments with a function call per row and kept the support keys up to date row by row; this one joins and adds the keys after the rows: same end state)
-- Phase 6 of the SaleMate refactor: support domain merge (plan "5. Support Domain").
--
--   legacy_archive.support_cases         -> support_threads (ids kept) + its description as the
--                                           thread's opening message in support_messages
--   legacy_archive.support_case_replies  -> support_messages (ids kept; internal notes -> 'internal')
--   support_activity                     -> per-thread metrics view for the support UI
--
-- Legacy support_cases kept people as TEXT: a uuid of a profile, an e-mail, garbage or ''.
-- The creator must resolve to a profile (else the case and its replies are rejected); an
-- assignee that does not resolve is carried as null, the text kept in legacy_assigned_to.
-- Customers see their own threads and never an internal message, through the new tables and
-- through the support_cases / support_case_replies compatibility views alike.
-- Running the file again changes nothing.

-- A legacy reference to a person, as support_cases wrote it, resolved to a profile id: a
-- uuid (any case, spaces ignored) of an existing profile, else the profile with that e-mail
-- (exact, else the only case-insensitive match). Null when nothing matches. Runs with the
-- caller's rights: a customer resolves only the profiles they can see.
create or replace function salemate.profile_id_from_text(p_ref text) returns uuid
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select coalesce(
      (select p.id from public.profiles p
       where p.id = case when btrim(p_ref) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then btrim(p_ref)::uuid end),
      (select p.id from public.profiles p where position('@' in p_ref) > 0 and p.email = btrim(p_ref)),
      (select min(p.id::text)::uuid from public.profiles p
       where position('@' in p_ref) > 0 and lower(p.email) = lower(btrim(p_ref)) having count(*) = 1)
    )
  $$;
comment on function salemate.profile_id_from_text(text) is 'Resolves a legacy text reference to a person (uuid or e-mail) to a profile id, or null.';
grant execute on function salemate.profile_id_from_text(text) to authenticated, service_role;

-- A database that already keeps these people as uuid (SaleMate's record does): the profile with
-- that id, or null.
create or replace function salemate.profile_id_from_text(p_ref uuid) returns uuid
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select p.id from public.profiles p where p.id = p_ref $$;
comment on function salemate.profile_id_from_text(uuid) is 'A legacy reference to a person already typed uuid: the profile id when such a profile exists, else null.';
grant execute on function salemate.profile_id_from_text(uuid) to authenticated, service_role;

-- Attachments are a JSON array; legacy rows hold null, an array, or a single object.
create or replace function salemate.attachments_array(p jsonb) returns jsonb
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$ select case when p is null or p = 'null'::jsonb then '[]'::jsonb when jsonb_typeof(p) = 'array' then p else jsonb_build_array(p) end $$;
comment on function salemate.attachments_array(jsonb) is 'Legacy attachments as a JSON array: null -> [], a single object -> [object].';
grant execute on function salemate.attachments_array(jsonb) to authenticated, service_role;

-- Attachments kept as text (a JSON document, a single URL) or absent (an untyped null).
create or replace function salemate.attachments_array(p text) returns jsonb
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$
    select case when nullif(btrim(p), '') is null then '[]'::jsonb
                when salemate.try_cast(p, null::jsonb) is not null then salemate.attachments_array(salemate.try_cast(p, null::jsonb))
                else jsonb_build_array(jsonb_build_object('url', btrim(p))) end
  $$;
comment on function salemate.attachments_array(text) is 'Legacy attachments kept as text: a JSON document as salemate.attachments_array(jsonb) reads it, any other text as [{"url": text}], null or empty as [].';
grant execute on function salemate.attachments_array(text) to authenticated, service_role;

-- support_threads ---------------------------------------------------------------------------

create table if not exists public.support_threads (
  thread_id uuid primary key default gen_random_uuid(),
  subject text not null,
  status text not null default 'open' check (status in ('open', 'in_progress', 'resolved', 'closed')),
  priority text not null default 'medium' check (priority in ('low', 'medium', 'high', 'urgent')),
  created_by uuid not null, -- references public.profiles (id) on delete cascade: added after the backfill, below
  assigned_to uuid, -- references public.profiles (id) on delete set null: added after the backfill, below
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_created_by text,
  legacy_assigned_to text
);
comment on table public.support_threads is 'Support tickets: subject, state and people of a conversation whose messages are in support_messages (legacy support_cases, ids kept).';
comment on column public.support_threads.thread_id is 'Thread id (the legacy support_cases.id).';
comment on column public.support_threads.subject is 'What the ticket is about.';
comment on column public.support_threads.status is 'open, in_progress, resolved or closed (legacy null: open).';
comment on column public.support_threads.priority is 'low, medium, high or urgent (legacy null: medium).';
comment on column public.support_threads.created_by is 'The profile that opened the ticket (the customer); they read and write it.';
comment on column public.support_threads.assigned_to is 'The staff member handling the ticket, if any.';
comment on column public.support_threads.resolved_at is 'When the ticket was resolved or closed (legacy tickets: their last update); cleared when reopened.';
comment on column public.support_threads.created_at is 'When the ticket was opened.';
comment on column public.support_threads.updated_at is 'When the ticket header last changed.';
comment on column public.support_threads.legacy_created_by is 'The legacy support_cases.created_by text this creator was resolved from (uuid or e-mail); null for new tickets.';
comment on column public.support_threads.legacy_assigned_to is 'The legacy support_cases.assigned_to text; when assigned_to is null and this is not, the text named no known profile.';

-- support_messages --------------------------------------------------------------------------

create table if not exists public.support_messages (
  message_id uuid primary key default gen_random_uuid(),
  thread_id uuid not null, -- references public.support_threads (thread_id) on delete cascade: added after the backfill, below
  author_id uuid, -- references public.profiles (id) on delete set null: added after the backfill, below
  message_type text not null default 'user' check (message_type in ('user', 'internal', 'system')),
  body text not null,
  attachments jsonb not null default '[]' check (jsonb_typeof(attachments) = 'array'),
  is_opening boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz,
  legacy_table text,
  legacy_id text,
  constraint support_messages_legacy_key unique (legacy_table, legacy_id),
  constraint support_messages_legacy_pair check ((legacy_table is null) = (legacy_id is null)),
  constraint support_messages_opening_is_user check (not is_opening or message_type = 'user')
);
comment on table public.support_messages is 'The conversation of a support thread: the opening message (legacy support_cases.description), replies, internal staff notes and system messages.';
comment on column public.support_messages.message_id is 'Message id (legacy reply id; for an opening message a uuid derived from the case id).';
comment on column public.support_messages.thread_id is 'The thread the message belongs to.';
comment on column public.support_messages.author_id is 'Who wrote it; null for system messages (and authors since deleted).';
comment on column public.support_messages.message_type is 'user: visible to the customer; internal: staff note, never shown to the customer; system: generated.';
comment on column public.support_messages.body is 'Message text.';
comment on column public.support_messages.attachments is 'JSON array of attachment descriptors (storage path, name, ...).';
comment on column public.support_messages.is_opening is 'The message that opened the thread (what legacy support_cases called description); at most one per thread.';
comment on column public.support_messages.created_at is 'When the message was written.';
comment on column public.support_messages.updated_at is 'When the message was last edited; null if never.';
comment on column public.support_messages.legacy_table is 'Legacy table the row came from (support_cases for opening messages, support_case_replies); null for new messages.';
comment on column public.support_messages.legacy_id is 'Id of the legacy row (case id or reply id).';

-- Backfill: threads ---------------------------------------------------------------------------

do $$
declare
  -- people as text (a uuid, an e-mail, garbage) or as uuid: read as text, resolved below.
  src regclass := salemate.conformed_legacy_table(6, 'support_cases', array['support_threads', 'support_messages'], array[
    'assigned_to text', 'created_at timestamptz', 'created_by text', 'description text', 'id uuid', 'priority text', 'status text',
    'subject text', 'updated_at timestamptz']);
  n int;
begin
  if src is null then
    perform salemate.note(6, 'support_cases', 'legacy support_cases is absent (or already replaced): support_threads not backfilled');
    return;
  end if;
  -- Creator and assignee resolved as salemate.profile_id_from_text(text) does, written out as
  -- joins: the function (not inlined: it pins its search_path) cost ~18 us a call, two calls a
  -- case. By id when the text is a uuid, else by exact e-mail, else by the only
  -- case-insensitive e-mail match (phase6_email_ci: the e-mails only one profile has, lowered).
  drop table if exists phase6_cases, phase6_email_ci;
  create temporary table phase6_email_ci on commit drop as
  select lower(p.email) as email, min(p.id::text)::uuid as id from public.profiles p group by lower(p.email) having count(*) = 1;
  -- (its statistics say one row per e-mail: without them the joins were estimated at a million
  -- rows and the statement was JIT-compiled)
  analyze phase6_email_ci;
  execute format($q$
    create temporary table phase6_cases on commit drop as
    select s.id, s.subject, s.description, s.status::text as status, %1$s as priority,
           s.created_by as legacy_created_by, %2$s as legacy_assigned_to,
           coalesce(c1.id, c2.id, c3.id) as created_by,
           coalesce(a1.id, a2.id, a3.id) as assigned_to,
           %3$s as created_at, %4$s as updated_at, to_jsonb(s) as row_data
    from %5$s s
    left join public.profiles c1
      on c1.id = case when btrim(s.created_by) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then btrim(s.created_by)::uuid end
    left join public.profiles c2 on position('@' in s.created_by) > 0 and c2.email = btrim(s.created_by)
    left join phase6_email_ci c3 on position('@' in s.created_by) > 0 and c3.email = lower(btrim(s.created_by))
    left join public.profiles a1
      on a1.id = case when btrim(%2$s) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then btrim(%2$s)::uuid end
    left join public.profiles a2 on position('@' in %2$s) > 0 and a2.email = btrim(%2$s)
    left join phase6_email_ci a3 on position('@' in %2$s) > 0 and a3.email = lower(btrim(%2$s))
    where not exists (select 1 from public.support_threads t where t.thread_id = s.id)
  $q$, salemate.legacy_column('support_cases', 'priority'), salemate.legacy_column('support_cases', 'assigned_to'),
       salemate.legacy_column('support_cases', 'created_at'), salemate.legacy_column('support_cases', 'updated_at'), src);

  insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
  select 6, 'support_cases', c.id::text, x.target, x.reason, c.row_data
  from phase6_cases c
  cross join lateral (values
    ('support_threads', 'creator is not a known profile'),
    ('support_messages', 'its support case was rejected: creator is not a known profile')) x(target, reason)
  where c.created_by is null
  on conflict (legacy_table, legacy_id, target_table) do nothing;

  insert into public.support_threads (thread_id, subject, status, priority, created_by, assigned_to, resolved_at,
    created_at, updated_at, legacy_created_by, legacy_assigned_to)
  select c.id, c.subject, coalesce(c.status, 'open'), coalesce(c.priority::text, 'medium'), c.created_by, c.assigned_to,
         case when c.status in ('resolved', 'closed') then coalesce(c.updated_at, c.created_at) end,
         coalesce(c.created_at, c.updated_at, salemate.legacy_seen_at('support_cases')), coalesce(c.updated_at, c.created_at, salemate.legacy_seen_at('support_cases')),
         c.legacy_created_by, c.legacy_assigned_to
  from phase6_cases c
  where c.created_by is not null
  on conflict (thread_id) do nothing;
  get diagnostics n = row_count;
  if n = 0 then
    return;
  end if;

  select count(*) into n from phase6_cases c
  where c.created_by is not null and c.assigned_to is null and nullif(btrim(c.legacy_assigned_to), '') is not null;
  if n > 0 then
    perform salemate.note(6, 'support_cases.assigned_to',
      format('%s case(s) were assigned to text that names no known profile; carried unassigned, the text kept in support_threads.legacy_assigned_to', n));
  end if;
  select count(*) into n from phase6_cases c where c.created_by is not null and (c.status is null or c.priority is null);
  if n > 0 then
    perform salemate.note(6, 'support_cases.status_priority', format('%s case(s) had no status or priority; carried as open / medium', n));
  end if;
end
$$;

-- Backfill: opening messages (the case description) and replies --------------------------------

do $$
declare
  src regclass := salemate.conformed_legacy_table(6, 'support_cases', array['support_threads', 'support_messages'], array[
    'assigned_to text', 'created_at timestamptz', 'created_by text', 'description text', 'id uuid', 'priority text', 'status text',
    'subject text', 'updated_at timestamptz']);
begin
  if src is null then
    return;
  end if;
  execute format($q$
    insert into public.support_messages (message_id, thread_id, author_id, message_type, body, attachments, is_opening,
      created_at, legacy_table, legacy_id)
    select md5('support_cases:' || s.id::text)::uuid, t.thread_id, t.created_by, 'user', s.description, '[]', true,
           t.created_at, 'support_cases', s.id::text
    from %s s
    join public.support_threads t on t.thread_id = s.id
    where not exists (select 1 from public.support_messages m where m.legacy_table = 'support_cases' and m.legacy_id = s.id::text)
    on conflict do nothing
  $q$, src);
end
$$;

do $$
declare
  src regclass := salemate.conformed_legacy_table(6, 'support_case_replies', array['support_messages'], array[
    'id uuid', 'case_id uuid', 'user_id uuid', 'message text', 'is_internal_note boolean', 'attachments jsonb', 'created_at timestamptz',
    'updated_at timestamptz']);
  n int;
begin
  if src is null then
    perform salemate.note(6, 'support_case_replies', 'legacy support_case_replies is absent (or already replaced): no replies backfilled');
    return;
  end if;
  drop table if exists phase6_replies;
  execute format($q$
    create temporary table phase6_replies on commit drop as
    select s.id, s.case_id, s.user_id, s.message, coalesce(%1$s, false) as is_internal_note, %2$s as attachments,
           s.created_at, %3$s as updated_at, to_jsonb(s) as row_data,
           case
             when exists (select 1 from salemate.migration_rejects r
                          where r.legacy_table = 'support_cases' and r.legacy_id = s.case_id::text and r.target_table = 'support_threads')
               then 'its support case was rejected'
             when not exists (select 1 from public.support_threads t where t.thread_id = s.case_id)
               then 'its support case does not exist'
             when s.user_id is null or not exists (select 1 from public.profiles p where p.id = s.user_id)
               then 'author is not a known profile'
           end as reason
    from %4$s s
    where not exists (select 1 from public.support_messages m where m.legacy_table = 'support_case_replies' and m.legacy_id = s.id::text)
  $q$, salemate.legacy_column('support_case_replies', 'is_internal_note', 'null::boolean'), salemate.legacy_column('support_case_replies', 'attachments', 'null::jsonb'),
       salemate.legacy_column('support_case_replies', 'updated_at'), src);

  insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
  select 6, 'support_case_replies', r.id::text, 'support_messages', r.reason, r.row_data
  from phase6_replies r where r.reason is not null
  on conflict (legacy_table, legacy_id, target_table) do nothing;

  -- Attachments as salemate.attachments_array(jsonb) makes them, written out (the function pins
  -- its search_path, so it is called, not inlined, once per row).
  drop view if exists phase6_replies_in;
  create temporary view phase6_replies_in as
  select r.id, r.case_id, r.user_id, case when r.is_internal_note then 'internal' else 'user' end as message_type, r.message,
         case when r.attachments is null or r.attachments = 'null'::jsonb then '[]'::jsonb
              when jsonb_typeof(r.attachments) = 'array' then r.attachments else jsonb_build_array(r.attachments) end as attachments,
         false as is_opening, coalesce(r.created_at, now()) as created_at, r.updated_at,
         'support_case_replies'::text as legacy_table, r.id::text as legacy_id
  from phase6_replies r where r.reason is null;
  -- A plain insert: the ids are the legacy primary key and the replies already carried were left
  -- out above, so none conflicts, and speculative insertion (on conflict) cost as much again as
  -- the insert. Should a key repeat after all, the insert is redone skipping the repeats.
  begin
    insert into public.support_messages (message_id, thread_id, author_id, message_type, body, attachments, is_opening,
      created_at, updated_at, legacy_table, legacy_id)
    select * from phase6_replies_in;
    get diagnostics n = row_count;
  exception when unique_violation then
    insert into public.support_messages (message_id, thread_id, author_id, message_type, body, attachments, is_opening,
      created_at, updated_at, legacy_table, legacy_id)
    select * from phase6_replies_in
    on conflict do nothing;
    get diagnostics n = row_count;
  end;
  drop view phase6_replies_in;
  if n > 0 then
    select count(*) into n from phase6_replies r
    where r.reason is null and r.attachments is not null and r.attachments <> 'null'::jsonb and jsonb_typeof(r.attachments) <> 'array';
    if n > 0 then
      perform salemate.note(6, 'support_case_replies.attachments', format('%s repl(ies) had a single attachment object instead of an array; wrapped in an array', n));
    end if;
  end if;
end
$$;

-- Foreign keys (after the bulk inserts) --------------------------------------------------------
-- One set-based check each over the carried rows instead of a lookup per inserted row (the
-- backfills above only carry rows whose thread and people exist). Same names and actions as
-- the column constraints they replace; a table that already has them keeps them.

do $$
declare
  k record;
begin
  for k in
    select * from (values
      ('support_threads', 'support_threads_created_by_fkey', 'foreign key (created_by) references public.profiles (id) on delete cascade'),
      ('support_threads', 'support_threads_assigned_to_fkey', 'foreign key (assigned_to) references public.profiles (id) on delete set null'),
      ('support_messages', 'support_messages_thread_id_fkey', 'foreign key (thread_id) references public.support_threads (thread_id) on delete cascade'),
      ('support_messages', 'support_messages_author_id_fkey', 'foreign key (author_id) references public.profiles (id) on delete set null')
    ) v(tbl, conname, def)
  loop
    continue when exists (select 1 from pg_constraint c where c.conrelid = format('public.%I', k.tbl)::regclass and c.conname = k.conname);
    execute format('alter table public.%I add constraint %I %s', k.tbl, k.conname, k.def);
  end loop;
end
$$;

-- Indexes (after the bulk inserts) -----------------------------------------------------------

create index if not exists support_threads_created_by_idx on public.support_threads (created_by);
create index if not exists support_threads_assigned_to_idx on public.support_threads (assigned_to);
create index if not exists support_threads_status_idx on public.support_threads (status);
create index if not exists support_threads_priority_idx on public.support_threads (priority);
create index if not exists support_threads_created_at_idx on public.support_threads (created_at);
create index if not exists support_threads_updated_at_idx on public.support_threads (updated_at);
create index if not exists support_messages_thread_id_created_at_idx on public.support_messages (thread_id, created_at);
create index if not exists support_messages_author_id_idx on public.support_messages (author_id);
create index if not exists support_messages_message_type_idx on public.support_messages (message_type);
create index if not exists support_messages_created_at_idx on public.support_messages (created_at);
create unique index if not exists support_messages_one_opening_per_thread_key on public.support_messages (thread_id) where is_opening;

-- Triggers (after the backfill) ------------------------------------------------------------------

-- Customers open and follow their tickets; only staff assign them, change their priority or
-- move them on behalf of the customer. A customer may close their own ticket.
create or replace function salemate.tg_support_threads__guard_customer_changes() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if current_user not in ('anon', 'authenticated') or salemate.is_staff() then
      return new;
    end if;
    if tg_op = 'INSERT' then
      if new.assigned_to is not null or new.status <> 'open' or new.resolved_at is not null then
        raise exception 'only support staff assign a ticket or open it in another state than open' using errcode = '42501';
      end if;
    elsif new.assigned_to is distinct from old.assigned_to or new.priority is distinct from old.priority
       or (new.status is distinct from old.status and new.status <> 'closed') then
      raise exception 'only support staff change a ticket''s assignee, priority or status (a customer may close it)' using errcode = '42501';
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_support_threads__guard_customer_changes on public.support_threads;
create trigger tg_support_threads__guard_customer_changes before insert or update on public.support_threads
  for each row execute function salemate.tg_support_threads__guard_customer_changes();

create or replace function salemate.tg_support_threads__track_resolution() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    new.updated_at := now();
    if new.status in ('resolved', 'closed') and old.status not in ('resolved', 'closed') then
      new.resolved_at := coalesce(new.resolved_at, now());
    elsif new.status not in ('resolved', 'closed') then
      new.resolved_at := null;
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_support_threads__track_resolution on public.support_threads;
create trigger tg_support_threads__track_resolution before update on public.support_threads
  for each row execute function salemate.tg_support_threads__track_resolution();

create or replace function salemate.tg_support_messages__touch_updated_at() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if (new.body, new.attachments, new.message_type) is distinct from (old.body, old.attachments, old.message_type) then
      new.updated_at := now();
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_support_messages__touch_updated_at on public.support_messages;
create trigger tg_support_messages__touch_updated_at before update on public.support_messages
  for each row execute function salemate.tg_support_messages__touch_updated_at();

-- Row-level security ----------------------------------------------------------------------------

alter table public.support_threads enable row level security;
alter table public.support_messages enable row level security;
select salemate.take_over_policies(6, 'public.support_threads');
select salemate.take_over_policies(6, 'public.support_messages');

drop policy if exists "Customers read their own support threads" on public.support_threads;
create policy "Customers read their own support threads" on public.support_threads
  for select to authenticated using (created_by = (select salemate.current_profile_id()));
drop policy if exists "Staff read every support thread" on public.support_threads;
create policy "Staff read every support thread" on public.support_threads
  for select to authenticated using ((select salemate.is_staff()));
drop policy if exists "Customers open support threads for themselves" on public.support_threads;
create policy "Customers open support threads for themselves" on public.support_threads
  for insert to authenticated with check (created_by = (select salemate.current_profile_id()));
drop policy if exists "Staff open support threads for anyone" on public.support_threads;
create policy "Staff open support threads for anyone" on public.support_threads
  for insert to authenticated with check ((select salemate.is_staff()));
drop policy if exists "Customers update their own support threads" on public.support_threads;
create policy "Customers update their own support threads" on public.support_threads
  for update to authenticated using (created_by = (select salemate.current_profile_id())) with check (created_by = (select salemate.current_profile_id()));
drop policy if exists "Staff update every support thread" on public.support_threads;
create policy "Staff update every support thread" on public.support_threads
  for update to authenticated using ((select salemate.is_staff())) with check ((select salemate.is_staff()));
drop policy if exists "Admins delete support threads" on public.support_threads;
create policy "Admins delete support threads" on public.support_threads
  for delete to authenticated using ((select salemate.has_role('admin')));

drop policy if exists "Customers read the visible messages of their threads" on public.support_messages;
create policy "Customers read the visible messages of their threads" on public.support_messages
  for select to authenticated using (
    message_type <> 'internal'
    and exists (select 1 from public.support_threads t where t.thread_id = support_messages.thread_id and t.created_by = (select salemate.current_profile_id())));
drop policy if exists "Staff read every support message" on public.support_messages;
create policy "Staff read every support message" on public.support_messages
  for select to authenticated using ((select salemate.is_staff()));
drop policy if exists "Customers write user messages in their threads" on public.support_messages;
create policy "Customers write user messages in their threads" on public.support_messages
  for insert to authenticated with check (
    message_type = 'user' and author_id = (select salemate.current_profile_id())
    and exists (select 1 from public.support_threads t where t.thread_id = support_messages.thread_id and t.created_by = (select salemate.current_profile_id())));
drop policy if exists "Staff write messages in every thread" on public.support_messages;
create policy "Staff write messages in every thread" on public.support_messages
  for insert to authenticated with check ((select salemate.is_staff()));
drop policy if exists "Staff edit support messages" on public.support_messages;
create policy "Staff edit support messages" on public.support_messages
  for update to authenticated using ((select salemate.is_staff())) with check ((select salemate.is_staff()));
drop policy if exists "Staff delete support messages" on public.support_messages;
create policy "Staff delete support messages" on public.support_messages
  for delete to authenticated using ((select salemate.is_staff()));
-- Restrictive: whatever other policy lets a row through, an internal message needs staff.
drop policy if exists "Internal messages are for staff only" on public.support_messages;
create policy "Internal messages are for staff only" on public.support_messages
  as restrictive for all to authenticated
  using (message_type <> 'internal' or (select salemate.is_staff()))
  with check (message_type <> 'internal' or (select salemate.is_staff()));
select salemate.claim_policies(6, 'public.support_threads');
select salemate.claim_policies(6, 'public.support_messages');

revoke all on public.support_threads, public.support_messages from anon;
grant select, delete on public.support_threads, public.support_messages to authenticated;
grant insert (thread_id, subject, status, priority, created_by, assigned_to, resolved_at, created_at, updated_at),
      update (subject, status, priority, assigned_to, resolved_at, updated_at)
  on public.support_threads to authenticated;
grant insert (message_id, thread_id, author_id, message_type, body, attachments, is_opening, created_at),
      update (message_type, body, attachments, updated_at)
  on public.support_messages to authenticated;
grant all on public.support_threads, public.support_messages to service_role;

-- support_activity -----------------------------------------------------------------------------
-- One row per thread with what the support UI shows: message counts by type, first response
-- (the first customer-visible message by someone other than the creator), last activity.
-- security_invoker: a customer's counts leave internal messages out, as they should.

create or replace view public.support_activity with (security_invoker = true) as
select
  t.thread_id,
  t.subject,
  t.status,
  t.priority,
  t.created_by,
  t.assigned_to,
  t.created_at,
  t.resolved_at,
  count(m.message_id) as message_count,
  count(m.message_id) filter (where m.message_type = 'user') as user_message_count,
  count(m.message_id) filter (where m.message_type = 'internal') as internal_message_count,
  count(m.message_id) filter (where m.message_type = 'system') as system_message_count,
  min(m.created_at) filter (where m.message_type = 'user' and m.author_id is distinct from t.created_by) as first_response_at,
  extract(epoch from min(m.created_at) filter (where m.message_type = 'user' and m.author_id is distinct from t.created_by) - t.created_at)::bigint
    as first_response_seconds,
  max(m.created_at) as last_message_at,
  greatest(t.updated_at, max(m.created_at)) as last_activity_at
from public.support_threads t
left join public.support_messages m on m.thread_id = t.thread_id
group by t.thread_id;
comment on view public.support_activity is E'@primaryKey thread_id\n@foreignKey (thread_id) references support_threads (thread_id)\nSupport metrics per thread: message counts by type, first response, last activity. Counts only what the caller may read (customers never count internal notes).';
comment on column public.support_activity.message_count is 'Messages of the thread the caller can read (opening message included).';
comment on column public.support_activity.user_message_count is 'Customer-visible messages.';
comment on column public.support_activity.internal_message_count is 'Internal staff notes (0 for customers).';
comment on column public.support_activity.system_message_count is 'System messages.';
comment on column public.support_activity.first_response_at is 'First customer-visible message by someone other than the creator.';
comment on column public.support_activity.first_response_seconds is 'Seconds from opening to first response.';
comment on column public.support_activity.last_message_at is 'When the latest message was written.';
comment on column public.support_activity.last_activity_at is 'Latest of the last message and the last header change.';
revoke all on public.support_activity from anon;
grant select on public.support_activity to authenticated, service_role;

-- Compatibility views ----------------------------------------------------------------------------

select salemate.install_compat_view(6, 'support_cases', format($v$
  select t.assigned_to::text as assigned_to, t.created_at, t.created_by::text as created_by,
         coalesce(
           (select m.body from public.support_messages m where m.thread_id = t.thread_id and m.is_opening),
           (select m.body from public.support_messages m where m.thread_id = t.thread_id and m.message_type = 'user'
            order by m.created_at, m.message_id limit 1)) as description,
         t.thread_id as id, %s as priority, %s as status, t.subject, t.updated_at
  from public.support_threads t
$v$,
  case when to_regtype('public.support_case_priority') is not null then 't.priority::public.support_case_priority' else 't.priority' end,
  case when to_regtype('public.support_case_status') is not null then 't.status::public.support_case_status' else 't.status' end),
  'Compatibility view: legacy support_cases, now support_threads plus the opening message of support_messages (phase 6).');

create or replace function salemate.tg_support_cases__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    creator uuid := coalesce(salemate.profile_id_from_text(new.created_by), case when new.created_by is null then salemate.current_profile_id() end);
    assignee uuid := salemate.profile_id_from_text(new.assigned_to);
  begin
    if creator is null then
      raise exception 'support case creator % is not a known profile', new.created_by using errcode = '23503';
    end if;
    if assignee is null and nullif(btrim(new.assigned_to), '') is not null then
      raise exception 'support case assignee % is not a known profile', new.assigned_to using errcode = '23503';
    end if;
    insert into public.support_threads (thread_id, subject, status, priority, created_by, assigned_to, created_at, updated_at)
    values (coalesce(new.id, gen_random_uuid()), new.subject, coalesce(new.status::text, 'open'), coalesce(new.priority::text, 'medium'),
            creator, assignee, coalesce(new.created_at, now()), coalesce(new.updated_at, now()))
    returning thread_id, created_by::text, assigned_to::text, status, priority, created_at, updated_at
    into new.id, new.created_by, new.assigned_to, new.status, new.priority, new.created_at, new.updated_at;
    insert into public.support_messages (thread_id, author_id, message_type, body, is_opening, created_at)
    values (new.id, creator, 'user', coalesce(new.description, ''), true, new.created_at);
    return new;
  end
  $$;
create or replace function salemate.tg_support_cases__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    assignee uuid := case when new.assigned_to is not distinct from old.assigned_to then old.assigned_to::uuid
                          else salemate.profile_id_from_text(new.assigned_to) end;
  begin
    if assignee is null and nullif(btrim(new.assigned_to), '') is not null then
      raise exception 'support case assignee % is not a known profile', new.assigned_to using errcode = '23503';
    end if;
    update public.support_threads set subject = new.subject, status = coalesce(new.status::text, status),
      priority = coalesce(new.priority::text, priority), assigned_to = assignee
    where thread_id = old.id
    returning assigned_to::text, status, priority, updated_at into new.assigned_to, new.status, new.priority, new.updated_at;
    if not found then return null; end if;
    if new.description is distinct from old.description then
      update public.support_messages set body = coalesce(new.description, '') where thread_id = old.id and is_opening;
      if not found then
        insert into public.support_messages (thread_id, author_id, message_type, body, is_opening, created_at)
        select t.thread_id, t.created_by, 'user', coalesce(new.description, ''), true, t.created_at
        from public.support_threads t where t.thread_id = old.id;
      end if;
    end if;
    return new;
  end
  $$;
create or replace function salemate.tg_support_cases__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.support_threads where thread_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('support_cases', 'support_cases');

select salemate.install_compat_view(6, 'support_case_replies', $v$
  select m.message_id as id, m.thread_id as case_id, m.author_id as user_id, m.body as message,
         (m.message_type = 'internal') as is_internal_note, m.attachments, m.created_at, m.updated_at
  from public.support_messages m
  where not m.is_opening
$v$, 'Compatibility view: legacy support_case_replies, now support_messages other than the opening message (phase 6). Internal notes stay invisible to customers.');

create or replace function salemate.tg_support_case_replies__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.support_messages (message_id, thread_id, author_id, message_type, body, attachments, created_at)
    values (coalesce(new.id, gen_random_uuid()), new.case_id, coalesce(new.user_id, salemate.current_profile_id()),
            case when coalesce(new.is_internal_note, false) then 'internal' else 'user' end, new.message,
            salemate.attachments_array(new.attachments), coalesce(new.created_at, now()))
    returning message_id, author_id, message_type = 'internal', attachments, created_at
    into new.id, new.user_id, new.is_internal_note, new.attachments, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_support_case_replies__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.support_messages set body = new.message,
      message_type = case when coalesce(new.is_internal_note, false) then 'internal'
                          when message_type = 'internal' then 'user' else message_type end,
      attachments = salemate.attachments_array(new.attachments)
    where message_id = old.id and not is_opening
    returning attachments, updated_at into new.attachments, new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_support_case_replies__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.support_messages where message_id = old.id and not is_opening;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('support_case_replies', 'support_case_replies');

-- The legacy tables are read by nothing outside the archive now: their policies and API grants go.
select salemate.take_over_archived_table(6, t) from unnest(array['support_cases', 'support_case_replies']) t;
