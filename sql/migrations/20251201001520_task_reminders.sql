-- Reminders for due lead tasks (issue 20; replaces the edge function reminder-scheduler).
--
-- A pending lead_tasks row whose due_at has come produces one activity_notifications row for the
-- person who has to act (the task's assignee, else the lead's assignee, else its owner), and
-- lead_tasks.notified_at is stamped, which publishes TASK_UPDATED on the lead's realtime channel.
-- However the task was written (createLeadTask, plain SQL, the legacy lead_reminders /
-- case_actions views), two paths lead to salemate.deliver_due_reminders:
--   * tg_lead_tasks__schedule_reminder keeps one job per task, deliver_task_reminder keyed
--     'task_reminder:<task id>', at run_at = due_at: a new due time (snooze) replaces it, done or
--     cancelled removes it. It fires within the worker's poll interval of the due time.
--   * the cron item deliver_due_reminders (server/jobs/crontab, every minute) sweeps whatever the
--     first path missed (tasks written before the worker's queue existed, a job that gave up).
-- Exactly once per due time: salemate.lead_task_reminders has the key (task_id, due_at) and the
-- notification is written in the same transaction as that row, so two workers, a retried job
-- or both paths at once deliver one notification. Snoozing gives a new due time, hence a new
-- reminder; completing or cancelling before the due time means none (only pending tasks are
-- delivered). Tasks already overdue by more than a day when first seen (the legacy backlog) and
-- legacy tasks notified since their due time are not reminded. Running the file again changes nothing.

create table if not exists salemate.lead_task_reminders (
  task_id uuid not null references public.lead_tasks (task_id) on delete cascade,
  due_at timestamptz not null,
  profile_id uuid references public.profiles (id) on delete set null,
  notification_id uuid references public.activity_notifications (notification_id) on delete set null,
  delivered_at timestamptz not null default now(),
  primary key (task_id, due_at)
);
comment on table salemate.lead_task_reminders is 'One row per reminder delivered: a lead task at one due time. The key makes delivery exactly once.';
comment on column salemate.lead_task_reminders.profile_id is 'Who was reminded (null: the task and its lead had nobody to remind).';
comment on column salemate.lead_task_reminders.notification_id is 'The notification written.';
create index if not exists lead_task_reminders_profile_id_idx on salemate.lead_task_reminders (profile_id);
create index if not exists lead_task_reminders_notification_id_idx on salemate.lead_task_reminders (notification_id);
alter table salemate.lead_task_reminders enable row level security;
revoke all on salemate.lead_task_reminders from public, anon, authenticated;

-- Pending tasks by due time, for the sweep.
create index if not exists lead_tasks_pending_due_at_idx on public.lead_tasks (due_at) where status = 'pending';

-- How far back a due time may lie for a reminder to still be sent.
create or replace function salemate.reminder_lookback() returns interval
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$ select interval '1 day' $$;
comment on function salemate.reminder_lookback() is 'A task overdue by more than this when the scheduler first sees it gets no reminder (the legacy backlog).';
revoke all on function salemate.reminder_lookback() from public;

-- Delivers the reminders that are due (all, or one task's), each once. Returns how many it delivered.
create or replace function salemate.deliver_due_reminders(p_task uuid default null, p_limit integer default 500) returns integer
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    r record;
    v_notification uuid;
    n integer := 0;
  begin
    for r in
      select t.task_id, t.lead_id, t.due_at, t.task_type, t.notes, l.client_name,
             coalesce(t.assignee_id, l.assigned_to_id, l.owner_id) as recipient
      from public.lead_tasks t
      join public.leads l on l.id = t.lead_id
      where t.status = 'pending' and t.due_at <= now() and t.due_at > now() - salemate.reminder_lookback()
        and (p_task is null or t.task_id = p_task)
        and (t.notified_at is null or t.notified_at < t.due_at)
        and not exists (select 1 from salemate.lead_task_reminders x where x.task_id = t.task_id and x.due_at = t.due_at)
      order by t.due_at
      limit p_limit
      for update of t skip locked
    loop
      insert into salemate.lead_task_reminders (task_id, due_at, profile_id) values (r.task_id, r.due_at, r.recipient)
      on conflict (task_id, due_at) do nothing;
      continue when not found;
      if r.recipient is not null then
        insert into public.activity_notifications (profile_id, domain, subject_id, title, body, url)
        values (r.recipient, 'lead', r.lead_id,
                'Reminder: ' || replace(r.task_type, '_', ' '),
                coalesce(nullif(btrim(r.notes), ''), 'Follow up with ' || coalesce(nullif(btrim(r.client_name), ''), 'the client') || '.'),
                '/crm/leads/' || r.lead_id)
        returning notification_id into v_notification;
        update salemate.lead_task_reminders x set notification_id = v_notification where x.task_id = r.task_id and x.due_at = r.due_at;
      end if;
      update public.lead_tasks t set notified_at = now() where t.task_id = r.task_id;
      n := n + 1;
    end loop;
    return n;
  end
  $$;
comment on function salemate.deliver_due_reminders(uuid, integer) is 'For the reminder jobs: one notification per pending lead task at its due time (the assignee, else the lead''s assignee or owner), at most p_limit at a time; returns how many it delivered.';
revoke all on function salemate.deliver_due_reminders(uuid, integer) from public;

-- Keeps one scheduled job per pending task with a due time; removes it otherwise.
create or replace function salemate.tg_lead_tasks__schedule_reminder() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if tg_op = 'UPDATE' and new.due_at is not distinct from old.due_at and new.status is not distinct from old.status then
      return null;
    end if;
    if new.status = 'pending' and new.due_at is not null and new.due_at > now() - salemate.reminder_lookback() then
      perform salemate.add_job('deliver_task_reminder', jsonb_build_object('task_id', new.task_id), new.due_at, 'task_reminder:' || new.task_id);
    elsif tg_op = 'UPDATE' then
      perform salemate.remove_job('task_reminder:' || new.task_id);
    end if;
    return null;
  end
  $$;
comment on function salemate.tg_lead_tasks__schedule_reminder() is 'Schedules (or reschedules, or removes) the task''s reminder job when its due time or status changes.';
revoke all on function salemate.tg_lead_tasks__schedule_reminder() from public;
drop trigger if exists tg_lead_tasks__schedule_reminder on public.lead_tasks;
create trigger tg_lead_tasks__schedule_reminder after insert or update of due_at, status on public.lead_tasks
  for each row execute function salemate.tg_lead_tasks__schedule_reminder();
