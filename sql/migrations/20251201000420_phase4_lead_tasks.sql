-- salemate:replaces sha256:3744434378d93072ceba7e28d30ccfdfead09f2cbfc76cbbbc065beee0f8c0b2
-- (that revision normalised each row's type and status with a function call per row; this one each distinct spelling once; the two sources now meet leads in one statement, not one hash of every lead each: same end state)
-- Phase 4: lead_tasks, the follow-ups due on a lead (plan "2. Leads Domain").
--
--   legacy_archive.lead_reminders  -> lead_tasks, task_type 'reminder', status from is_completed
--   legacy_archive.case_actions    -> lead_tasks, task_type from action_type ('CALL_REMINDER' -> 'call_reminder'),
--                                     status normalised ('PENDING', 'done', 'SKIPPED' -> pending, done, cancelled)
--
-- Ids and timestamps are kept (case_actions had no updated_at: its latest of created_at,
-- completed_at and notified_at). Rejected: a row whose lead no longer exists, a case action whose
-- status means none of pending/done/cancelled. A user id with no profile leaves the column null
-- and is kept in legacy_data; the legacy status spelling stays in legacy_status. "Overdue" is not
-- a status: it is a pending task whose due_at has passed. The two legacy names become
-- compatibility views. Running the file again changes nothing.

-- The bulk statements below hash and sort in memory (settings end with this file's transaction).
set local work_mem = '64MB';
set local maintenance_work_mem = '256MB';

create table if not exists public.lead_tasks (
  task_id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  assignee_id uuid,
  task_type text not null check (task_type ~ '^[a-z][a-z0-9_]*$'),
  status text not null default 'pending' check (status in ('pending', 'done', 'cancelled')),
  due_at timestamptz,
  completed_at timestamptz,
  notified_at timestamptz,
  notes text,
  metadata jsonb,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  legacy_table text check (legacy_table in ('lead_reminders', 'case_actions')),
  legacy_id text,
  legacy_status text,
  legacy_data jsonb check (jsonb_typeof(legacy_data) = 'object'),
  check (legacy_id is null or legacy_table is not null)
);
-- Keys, foreign keys and indexes follow the backfill.

comment on table public.lead_tasks is 'Something to do about a lead by a time: reminders, calls, WhatsApp follow-ups, meetings. Replaces lead_reminders and case_actions. Visible to whoever can see the lead, and to its assignee.';
comment on column public.lead_tasks.task_id is 'Task id (the legacy row''s id for carried rows).';
comment on column public.lead_tasks.lead_id is 'Lead the task is about; tasks go with their lead.';
comment on column public.lead_tasks.assignee_id is 'Profile who has to do it; null when it falls to whoever works the lead (legacy case actions).';
comment on column public.lead_tasks.task_type is 'Kind of task, lower snake case: reminder, call_reminder, whatsapp_followup, meeting, send_brochure, ...';
comment on column public.lead_tasks.status is 'pending, done or cancelled. A pending task whose due_at has passed is overdue.';
comment on column public.lead_tasks.due_at is 'When it is due.';
comment on column public.lead_tasks.completed_at is 'When it was done.';
comment on column public.lead_tasks.notified_at is 'When the reminder scheduler last notified about it.';
comment on column public.lead_tasks.notes is 'Free-text note (the reminder text).';
comment on column public.lead_tasks.metadata is 'Task details as JSON (the legacy case action''s payload).';
comment on column public.lead_tasks.created_by is 'Profile who created the task.';
comment on column public.lead_tasks.created_at is 'When the task was created.';
comment on column public.lead_tasks.updated_at is 'When the task last changed (set by trigger).';
comment on column public.lead_tasks.legacy_table is 'Legacy table the row was carried from, or whose compatibility view wrote it; null for rows the new app writes.';
comment on column public.lead_tasks.legacy_id is 'Id of the legacy row it was carried from (null for rows written after phase 4).';
comment on column public.lead_tasks.legacy_status is 'Status as the legacy row spelled it (PENDING, DONE, SKIPPED, ...), kept for the compatibility view.';
comment on column public.lead_tasks.legacy_data is 'Legacy values no column holds as they were: user_id / created_by (no such profile), action_type (its original spelling). Null when none.';

alter table public.lead_tasks enable row level security;

-- pending / done / cancelled for the status words legacy rows use; null for anything else.
create or replace function salemate.lead_task_status(p_status text) returns text
  language sql immutable parallel safe
  as $$
    select case lower(btrim(coalesce(p_status, 'pending')))
      when 'pending' then 'pending' when 'open' then 'pending' when 'todo' then 'pending' when 'scheduled' then 'pending'
      when 'new' then 'pending' when 'in_progress' then 'pending' when 'processing' then 'pending' when 'snoozed' then 'pending'
      when 'overdue' then 'pending' when 'due' then 'pending' when '' then 'pending'
      when 'done' then 'done' when 'completed' then 'done' when 'complete' then 'done' when 'finished' then 'done'
      when 'success' then 'done' when 'approved' then 'done' when 'closed' then 'done'
      when 'cancelled' then 'cancelled' when 'canceled' then 'cancelled' when 'skipped' then 'cancelled'
      when 'dismissed' then 'cancelled' when 'expired' then 'cancelled' when 'rejected' then 'cancelled' when 'failed' then 'cancelled'
    end
  $$;
comment on function salemate.lead_task_status(text) is 'A legacy task status word as pending, done or cancelled; null when it means none of them.';
grant execute on function salemate.lead_task_status(text) to authenticated, service_role;

-- Backfill -----------------------------------------------------------------------------------
-- One statement carries both sources: each source's rows are shaped as tasks, then the two
-- streams meet public.leads once to learn whether the lead exists (a hash of every lead costs
-- about as much as a source's own work: built once, not twice). Rows with a reason not to carry
-- them go to salemate.migration_rejects with their whole legacy row, as
-- salemate.carry_legacy_rows does; the rest into lead_tasks. A source's rows already carried
-- are skipped, but lead_tasks is only searched for them when it holds rows of that source (a
-- fresh database has none: no anti join over every row).

do $$
declare
  src regclass;
  parts text[] := '{}';
  rejects text[] := '{}';
  -- the rows of a source not carried yet: a guard only when lead_tasks has rows from it
  not_carried constant text := $g$ and not exists (select 1 from public.lead_tasks t where t.legacy_table = %L and t.legacy_id = s.id::text)$g$;
begin
  -- lead_reminders -> 'reminder'
  src := salemate.conformed_legacy_table(4, 'lead_reminders', array['lead_tasks'], array[
    'id uuid', 'lead_id uuid', 'user_id uuid', 'reminder_date timestamptz', 'reminder_text text', 'is_completed boolean', 'completed_at timestamptz', 'created_at timestamptz', 'updated_at timestamptz']);
  if src is null then
    perform salemate.note(4, 'lead_reminders', 'legacy lead_reminders is absent (or already replaced): nothing carried into lead_tasks');
  else
    parts := parts || format($q$
      select 'lead_reminders' as legacy_table, r.id, r.lead_id, case when r.user_known then r.user_id end as assignee_id, 'reminder' as task_type,
             case when r.is_completed then 'done' else 'pending' end as status, r.reminder_date as due_at, r.completed_at, null::timestamptz as notified_at,
             r.reminder_text as notes, null::jsonb as metadata, case when r.user_known then r.user_id end as created_by, r.created_at,
             coalesce(r.updated_at, r.created_at) as updated_at, null::text as legacy_status,
             salemate.with_extra_columns(case when r.user_id is not null and not r.user_known then jsonb_build_object('user_id', r.user_id) end, r.legacy_extra) as legacy_data,
             null::text as bad_status
      from (select s.id, %4$s as legacy_extra, s.lead_id, s.user_id, s.reminder_date, s.reminder_text, coalesce(s.is_completed, false) as is_completed,
                   %1$s as completed_at, s.created_at, %2$s as updated_at, s.user_id in (select p.id from public.profiles p) as user_known
            from %3$s s
            where true %5$s
            offset 0) r -- (offset 0: user_known computed once per row, not once per use)
    $q$, salemate.optional_legacy_column(4, 'lead_reminders', 'completed_at', 'null::timestamptz'), salemate.optional_legacy_column(4, 'lead_reminders', 'updated_at', 's.created_at'),
       src, salemate.legacy_extra_columns('lead_reminders'),
       case when exists (select 1 from public.lead_tasks t where t.legacy_table = 'lead_reminders') then format(not_carried, 'lead_reminders') end);
    rejects := rejects || format($q$
      select 'lead_reminders', r.id::text, r.reject_reason, to_jsonb(t) from rejected_rows r join %s t on t.id = r.id
      where r.legacy_table = 'lead_reminders'$q$, src);
  end if;

  -- case_actions -> task_type from action_type, status normalised
  src := salemate.conformed_legacy_table(4, 'case_actions', array['lead_tasks'], array[
    'id uuid', 'lead_id uuid', 'action_type text', 'payload jsonb', 'due_at timestamptz', 'status text', 'created_by uuid', 'created_at timestamptz', 'completed_at timestamptz', 'notified_at timestamptz']);
  if src is null then
    perform salemate.note(4, 'case_actions', 'legacy case_actions is absent (or already replaced): nothing carried into lead_tasks');
  else
    parts := parts || format($q$
      select 'case_actions' as legacy_table, r.id, r.lead_id, null::uuid as assignee_id, r.task_type, r.task_status as status, r.due_at, r.completed_at, r.notified_at,
             null::text as notes, r.payload as metadata, case when r.user_known then r.created_by end as created_by, r.created_at,
             greatest(r.created_at, r.completed_at, r.notified_at) as updated_at, r.status as legacy_status,
             salemate.with_extra_columns(case when not r.user_known or r.action_type is distinct from upper(r.task_type) then
               nullif(case when r.created_by is not null and not r.user_known then jsonb_build_object('created_by', r.created_by) else '{}' end
                      || case when r.action_type is distinct from upper(r.task_type) then jsonb_build_object('action_type', r.action_type) else '{}' end, '{}')
             end, r.legacy_extra) as legacy_data,
             case when r.status is not null and r.task_status is null
               then format('status %%L is not a task status (pending, done or cancelled)', r.status) end as bad_status
      from (select s.id, %5$s as legacy_extra, s.lead_id, s.action_type, %1$s as payload, s.due_at, s.status, s.created_by, s.created_at,
                   %2$s as completed_at, %3$s as notified_at, s.created_by in (select p.id from public.profiles p) as user_known,
                   case when s.action_type is null then salemate.type_slug(null) else tt.task_type end as task_type,
                   case when s.status is null then salemate.lead_task_status(null) else ts.task_status end as task_status
            from %4$s s
            -- A handful of distinct action types and status words: each normalised once, then a hash
            -- lookup per row. A null matches no join, so the cases above ask the function about null
            -- ('other', 'pending': a null status is never rejected).
            left join (select d.action_type, salemate.type_slug(d.action_type) as task_type
                       from (select distinct s.action_type from %4$s s) d) tt on tt.action_type = s.action_type
            left join (select d.status, salemate.lead_task_status(d.status) as task_status
                       from (select distinct s.status from %4$s s) d) ts on ts.status = s.status
            where true %6$s
            offset 0) r
    $q$, salemate.optional_legacy_column(4, 'case_actions', 'payload', 'null::jsonb'), salemate.optional_legacy_column(4, 'case_actions', 'completed_at', 'null::timestamptz'),
       salemate.optional_legacy_column(4, 'case_actions', 'notified_at', 'null::timestamptz'), src, salemate.legacy_extra_columns('case_actions'),
       case when exists (select 1 from public.lead_tasks t where t.legacy_table = 'case_actions') then format(not_carried, 'case_actions') end);
    rejects := rejects || format($q$
      select 'case_actions', r.id::text, r.reject_reason, to_jsonb(t) from rejected_rows r join %s t on t.id = r.id
      where r.legacy_table = 'case_actions'$q$, src);
  end if;

  if cardinality(parts) = 0 then
    return;
  end if;
  -- Rejected: a row whose lead no longer exists, a case action whose status means none of
  -- pending/done/cancelled.
  execute format($q$
    with candidates as materialized (
      select r.*, case when l.id is null then 'lead does not exist (deleted lead)' else r.bad_status end as reject_reason
      from (%1$s) r
      left join public.leads l on l.id = r.lead_id),
    -- (a few rows at most: each source's rejects read from here, not from every candidate)
    rejected_rows as materialized (select r.legacy_table, r.id, r.reject_reason from candidates r where r.reject_reason is not null),
    rejected as (
      insert into salemate.migration_rejects (phase, legacy_table, legacy_id, target_table, reason, row_data)
      select 4, x.legacy_table, x.legacy_id, 'lead_tasks', x.reason, x.row_data
      from (%2$s) x (legacy_table, legacy_id, reason, row_data)
      on conflict (legacy_table, legacy_id, target_table) do nothing)
    insert into public.lead_tasks (task_id, lead_id, assignee_id, task_type, status, due_at, completed_at, notified_at, notes, metadata, created_by,
                                   created_at, updated_at, legacy_table, legacy_id, legacy_status, legacy_data)
    select r.id, r.lead_id, r.assignee_id, r.task_type, r.status, r.due_at, r.completed_at, r.notified_at, r.notes, r.metadata, r.created_by,
           r.created_at, r.updated_at, r.legacy_table, r.id::text, r.legacy_status, r.legacy_data
    from candidates r
    where r.reject_reason is null
  $q$, array_to_string(parts, ' union all '), array_to_string(rejects, ' union all '));
end
$$;

-- Keys, indexes and the updated_at trigger, after the bulk insert ------------------------------

select salemate.add_merged_primary_key(4, 'public.lead_tasks', 'task_id');
select salemate.add_constraint_once(4, 'public.lead_tasks', 'lead_tasks_legacy_key', 'unique (legacy_table, legacy_id)');
select salemate.add_constraint_once(4, 'public.lead_tasks', 'lead_tasks_lead_id_fkey',
  'foreign key (lead_id) references public.leads (id) on delete cascade');
select salemate.add_constraint_once(4, 'public.lead_tasks', 'lead_tasks_assignee_id_fkey',
  'foreign key (assignee_id) references public.profiles (id) on delete set null');
select salemate.add_constraint_once(4, 'public.lead_tasks', 'lead_tasks_created_by_fkey',
  'foreign key (created_by) references public.profiles (id) on delete set null');

create index if not exists lead_tasks_lead_id_due_at_idx on public.lead_tasks (lead_id, due_at);
create index if not exists lead_tasks_assignee_id_status_due_at_idx on public.lead_tasks (assignee_id, status, due_at);
create index if not exists lead_tasks_created_by_idx on public.lead_tasks (created_by);
create index if not exists lead_tasks_pending_due_at_idx on public.lead_tasks (due_at) where status = 'pending';

drop trigger if exists tg_lead_tasks__touch_updated_at on public.lead_tasks;
create trigger tg_lead_tasks__touch_updated_at before update on public.lead_tasks
  for each row execute function salemate.tg_touch_updated_at();

-- Who may do what ------------------------------------------------------------------------------

select salemate.take_over_policies(4, 'public.lead_tasks');
drop policy if exists "People who can see a lead read its tasks" on public.lead_tasks;
create policy "People who can see a lead read its tasks" on public.lead_tasks for select to authenticated
  using (exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Assignees read the tasks given to them" on public.lead_tasks;
create policy "Assignees read the tasks given to them" on public.lead_tasks for select to authenticated
  using (assignee_id = (select salemate.current_profile_id()));

drop policy if exists "People who can see a lead add tasks to it" on public.lead_tasks;
create policy "People who can see a lead add tasks to it" on public.lead_tasks for insert to authenticated
  with check (created_by = (select salemate.current_profile_id())
              and exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "People who can see a lead, and assignees, update its tasks" on public.lead_tasks;
create policy "People who can see a lead, and assignees, update its tasks" on public.lead_tasks for update to authenticated
  using (assignee_id = (select salemate.current_profile_id()) or exists (select 1 from public.leads l where l.id = lead_id))
  with check (assignee_id = (select salemate.current_profile_id()) or exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "Creators, assignees and admins delete tasks" on public.lead_tasks;
create policy "Creators, assignees and admins delete tasks" on public.lead_tasks for delete to authenticated
  using (created_by = (select salemate.current_profile_id())
      or assignee_id = (select salemate.current_profile_id())
      or (select salemate.has_role('admin')));
select salemate.claim_policies(4, 'public.lead_tasks');

-- legacy_table/legacy_status/legacy_data are writable so the compatibility views can keep the
-- legacy spelling; legacy_id is not.
revoke all on public.lead_tasks from anon, authenticated;
grant select, delete on public.lead_tasks to authenticated;
grant insert (task_id, lead_id, assignee_id, task_type, status, due_at, completed_at, notified_at, notes, metadata, created_by,
              created_at, legacy_table, legacy_status, legacy_data),
      update (lead_id, assignee_id, task_type, status, due_at, completed_at, notified_at, notes, metadata, legacy_status, legacy_data)
  on public.lead_tasks to authenticated;
grant all on public.lead_tasks to service_role;

-- Compatibility views --------------------------------------------------------------------------
-- lead_reminders shows its own rows and the new app's 'reminder' tasks; case_actions the rest.

select salemate.install_compat_view(4, 'lead_reminders', $v$
  select t.task_id as id, t.lead_id, coalesce(t.assignee_id, t.created_by, (t.legacy_data->>'user_id')::uuid) as user_id,
         t.due_at as reminder_date, t.notes as reminder_text, t.status = 'done' as is_completed, t.completed_at,
         t.created_at, t.updated_at
  from public.lead_tasks t
  where coalesce(t.legacy_table, case when t.task_type = 'reminder' then 'lead_reminders' else 'case_actions' end) = 'lead_reminders'
$v$, 'Compatibility view: legacy lead_reminders, now lead_tasks of type reminder (phase 4).');

create or replace function salemate.tg_lead_reminders__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    insert into public.lead_tasks (task_id, lead_id, assignee_id, task_type, status, due_at, completed_at, notes, created_by, created_at, legacy_table)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, new.user_id, 'reminder',
            case when coalesce(new.is_completed, false) then 'done' else 'pending' end, new.reminder_date, new.completed_at,
            new.reminder_text, new.user_id, coalesce(new.created_at, now()), 'lead_reminders')
    returning task_id, status = 'done', created_at, updated_at into new.id, new.is_completed, new.created_at, new.updated_at;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_reminders__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.lead_tasks t set
      lead_id = new.lead_id,
      assignee_id = case when new.user_id is not distinct from old.user_id then t.assignee_id else new.user_id end,
      due_at = new.reminder_date,
      notes = new.reminder_text,
      status = case when new.is_completed then 'done' when old.is_completed then 'pending' else t.status end,
      completed_at = new.completed_at
    where t.task_id = old.id
    returning t.updated_at into new.updated_at;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_reminders__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_tasks where task_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('lead_reminders', 'lead_reminders');

-- status shows the legacy spelling while it still means the task's status, else upper case.
select salemate.install_compat_view(4, 'case_actions', $v$
  select t.task_id as id, t.lead_id, coalesce(t.legacy_data->>'action_type', upper(t.task_type)) as action_type, t.metadata as payload,
         t.due_at,
         case when t.legacy_status is not null and salemate.lead_task_status(t.legacy_status) = t.status then t.legacy_status
              else upper(t.status) end as status,
         coalesce(t.created_by, (t.legacy_data->>'created_by')::uuid) as created_by, t.created_at, t.completed_at, t.notified_at
  from public.lead_tasks t
  where coalesce(t.legacy_table, case when t.task_type = 'reminder' then 'lead_reminders' else 'case_actions' end) = 'case_actions'
$v$, 'Compatibility view: legacy case_actions, now lead_tasks (phase 4).');

create or replace function salemate.tg_case_actions__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_task_status(coalesce(new.status, 'PENDING'));
    v_type text := salemate.type_slug(new.action_type);
  begin
    if v_status is null then
      raise exception 'case action status % is not a task status (pending, done or cancelled)', new.status using errcode = 'check_violation';
    end if;
    new.status := coalesce(new.status, 'PENDING');
    insert into public.lead_tasks (task_id, lead_id, task_type, status, due_at, completed_at, notified_at, metadata, created_by,
                                   created_at, legacy_table, legacy_status, legacy_data)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, v_type, v_status, new.due_at, new.completed_at, new.notified_at,
            new.payload, new.created_by, coalesce(new.created_at, now()), 'case_actions', new.status,
            case when new.action_type is distinct from upper(v_type) then jsonb_build_object('action_type', new.action_type) end)
    returning task_id, created_at into new.id, new.created_at;
    return new;
  end
  $$;
create or replace function salemate.tg_case_actions__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_status text := salemate.lead_task_status(new.status);
    v_type text := salemate.type_slug(new.action_type);
  begin
    if v_status is null then
      raise exception 'case action status % is not a task status (pending, done or cancelled)', new.status using errcode = 'check_violation';
    end if;
    update public.lead_tasks t set
      lead_id = new.lead_id,
      task_type = v_type,
      status = v_status,
      legacy_status = new.status,
      due_at = new.due_at,
      completed_at = new.completed_at,
      notified_at = new.notified_at,
      metadata = new.payload,
      legacy_data = nullif((coalesce(t.legacy_data, '{}') - 'action_type')
                           || case when new.action_type is distinct from upper(v_type) then jsonb_build_object('action_type', new.action_type) else '{}' end, '{}')
    where t.task_id = old.id;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_case_actions__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_tasks where task_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('case_actions', 'case_actions');

-- The legacy tables are read by nothing outside the archive now: their policies and API grants go.
select salemate.take_over_archived_table(4, t) from unnest(array['lead_reminders', 'case_actions']) t;
