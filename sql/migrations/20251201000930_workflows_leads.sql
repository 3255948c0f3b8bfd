-- Lead (CRM) workflows as GraphQL mutations (issue 5, leads part).
--
--   transfer_lead        -> transferLead       hand a lead to a teammate: lead_transfers row, new assignee, 'transferred' event
--   update_lead_stage    -> updateLeadStage    move a lead along the pipeline, with a 'stage_change' event
--   add_lead_event       -> addLeadEvent       note a call, message, meeting, feedback... on the lead's timeline
--   create_lead_task     -> createLeadTask     a follow-up due at a time, for the caller or a colleague
--   complete_lead_task   -> completeLeadTask   pending -> done
--   cancel_lead_task     -> cancelLeadTask     pending -> cancelled
--   add_lead_label       -> addLeadLabel       put a label on (case-insensitive: an existing 'VIP' is returned for 'vip')
--   remove_lead_label    -> removeLeadLabel    take a label off (whatever its case)
--
-- Who: every workflow first finds the lead as the caller (leads RLS: owner, buyer, assignee,
-- their managers, admins and support); a lead that does not exist and one the caller may not
-- see give the same "Lead not found.". Events, tasks and labels may be added by whoever sees
-- the lead (the phase 4 policies); changing the lead itself (stage) needs the leads update
-- policy (owner, buyer, assignee, their managers, admins): support staff see leads but are told
-- "You may not change this lead.". Each runs as the caller (RLS applies) except transfer_lead:
-- after handing a lead over, an assignee who does not own it no longer passes the leads update
-- policy, so the transfer runs as definer and checks the caller itself:
--   * who transfers: the lead's owner, buyer or assignee, a manager of one of them
--     (salemate.manages_profile), or an admin. Support staff, who only read leads, may not;
--   * to whom: admins to any active profile; everyone else to themselves or to an active member
--     of a team they belong to (member or owner): managers and team leads within the teams they
--     lead, agents to their teammates (and to their team's manager);
--   * a transfer to the current assignee is refused. The owner and buyer do not change: the
--     lead stays theirs, the assignee works it (the phase 7 trigger notifies the new assignee).
-- Locks: transfer and stage changes lock the lead row; completing or cancelling a task locks
-- the task; labels rely on the unique (lead, lower(label)) index, so two callers adding 'VIP'
-- and 'vip' at once get the same label.
-- Errors: P0001 with one plain sentence and a hint (BUSINESS_RULE in GraphQL).
--
-- What leaves the GraphQL API, so these workflows are the way to write (the legacy
-- compatibility views keep their write-through for the old app, and the service role writes
-- with SQL):
--   * lead_events: every plain mutation (the timeline is appended to by the workflows only);
--   * lead_tasks: createLeadTask (the workflow checks the assignee); updateLeadTask keeps
--     task_type, due_at, notes and metadata (status moves by completeLeadTask / cancelLeadTask);
--     deleteLeadTask stays (creators, assignees, admins by RLS);
--   * lead_labels: create and delete (addLeadLabel / removeLeadLabel); updateLeadLabel keeps the colour;
--   * lead_transfers: create and delete (transferLead); updateLeadTransfer keeps the reason;
--   * leads: createLead and deleteLead stay; updateLead no longer writes the stage (updateLeadStage),
--     ownership, assignment and sale (transferLead, purchaseLeads), price, batch, project or timestamps.
-- salemate.add_behavior (tables) comes from 20251201000900_workflows_wallet.sql; its column
-- counterpart is below. Running the file again changes nothing.

-- Private helpers -------------------------------------------------------------------------------------

-- The same sentence for a lead that does not exist and one the caller may not see.
create or replace function salemate.raise_lead_not_found() returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    raise exception 'Lead not found.' using errcode = 'P0001',
      hint = 'Check the lead id. You can act on the leads you own, bought or are assigned, and on those of the people you manage.';
  end
  $$;
comment on function salemate.raise_lead_not_found() is 'Raises the lead workflows'' "not found" error (also for leads the caller may not see).';

-- The lead as the caller sees it (RLS applies: security invoker), or "Lead not found.".
create or replace function salemate.visible_lead(p_lead uuid) returns public.leads
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    l public.leads;
  begin
    select x.* into l from public.leads x where x.id = p_lead;
    if not found then
      perform salemate.raise_lead_not_found();
    end if;
    return l;
  end
  $$;
comment on function salemate.visible_lead(uuid) is 'The lead, read as the caller (under the leads policies); raises "Lead not found." when it does not exist or is not visible.';

-- The lead locked for a change, as the caller: a row lock needs the leads update policy too, so a
-- lead the caller reads but may not change is told apart from one they cannot see.
create or replace function salemate.lock_lead_for_change(p_lead uuid) returns public.leads
  language plpgsql volatile
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    l public.leads;
  begin
    perform salemate.visible_lead(p_lead);
    select x.* into l from public.leads x where x.id = p_lead for update;
    if not found then
      raise exception 'You may not change this lead.' using errcode = 'P0001',
        hint = 'Its owner, buyer or assignee, their managers and admins change a lead; you can still add notes, tasks and labels.';
    end if;
    return l;
  end
  $$;
comment on function salemate.lock_lead_for_change(uuid) is 'Locks the lead for update as the caller; "Lead not found." when invisible, "You may not change this lead." when visible but not the caller''s to change.';

revoke all on function salemate.raise_lead_not_found(), salemate.visible_lead(uuid), salemate.lock_lead_for_change(uuid) from public;
grant execute on function salemate.raise_lead_not_found(), salemate.visible_lead(uuid), salemate.lock_lead_for_change(uuid)
  to authenticated, service_role;

-- transfer_lead -----------------------------------------------------------------------------------------

create or replace function public.transfer_lead(lead_id uuid, to_profile_id uuid, reason text default null)
  returns public.lead_transfers
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    is_admin boolean := salemate.has_role('admin');
    v_reason text := nullif(btrim(transfer_lead.reason), '');
    l public.leads;
    exists_ boolean;
    works_it boolean;
    manages_it boolean;
    transfer public.lead_transfers;
  begin
    if me is null then
      perform salemate.raise_lead_not_found();
    end if;
    -- Look first, lock second: a caller who may not see the lead never locks it. The checks are
    -- repeated on the locked row, which may have changed hands in between.
    for pass in 1 .. 2 loop
      if pass = 1 then
        select x.* into l from public.leads x where x.id = transfer_lead.lead_id;
      else
        select x.* into l from public.leads x where x.id = transfer_lead.lead_id for update;
      end if;
      exists_ := found;
      works_it := coalesce(l.owner_id = me or l.assigned_to_id = me or l.buyer_user_id = me, false);
      manages_it := exists_ and (salemate.manages_profile(l.owner_id) or salemate.manages_profile(l.assigned_to_id)
                                 or salemate.manages_profile(l.buyer_user_id));
      -- Not found, exactly as the leads policies would hide it (they let staff read every lead).
      if not exists_ or not (is_admin or works_it or manages_it or salemate.is_staff()) then
        perform salemate.raise_lead_not_found();
      end if;
      if not (is_admin or works_it or manages_it) then
        raise exception 'Only the lead''s owner or assignee, their manager or an admin can transfer it.' using errcode = 'P0001',
          hint = 'Ask the agent working the lead, or their manager, to transfer it.';
      end if;
    end loop;
    if transfer_lead.to_profile_id is null then
      raise exception 'Choose who gets the lead.' using errcode = 'P0001', hint = 'Pass the profile id of the colleague who will work the lead.';
    end if;
    if not exists (select 1 from public.profiles p where p.id = transfer_lead.to_profile_id and p.status = 'active')
       or not (is_admin or transfer_lead.to_profile_id = me or exists (
             select 1
             from public.team_memberships theirs
             join public.teams t on t.id = theirs.team_id
             where theirs.profile_id = transfer_lead.to_profile_id and theirs.status = 'active'
               and (t.owner_profile_id = me
                    or exists (select 1 from public.team_memberships mine
                               where mine.team_id = theirs.team_id and mine.profile_id = me and mine.status = 'active')))
           or exists (
             select 1
             from public.teams t
             join public.team_memberships mine on mine.team_id = t.id and mine.profile_id = me and mine.status = 'active'
             where t.owner_profile_id = transfer_lead.to_profile_id)) then
      raise exception '%', case when is_admin then 'You can transfer a lead only to an active SaleMate user.'
                                else 'You can transfer a lead only to an active member of your team.' end
        using errcode = 'P0001',
        hint = 'Managers and team leads transfer within the teams they lead, agents to their teammates; admins to anyone active.';
    end if;
    if l.assigned_to_id is not distinct from transfer_lead.to_profile_id then
      raise exception 'The lead is already assigned to them.' using errcode = 'P0001', hint = 'Pick someone else, or leave the lead where it is.';
    end if;

    insert into public.lead_transfers (lead_id, from_profile_id, to_profile_id, reason, transferred_by)
    values (l.id, l.assigned_to_id, transfer_lead.to_profile_id, v_reason, me)
    returning * into transfer;
    update public.leads x set assigned_to_id = transfer_lead.to_profile_id, assigned_at = now() where x.id = l.id;
    insert into public.lead_events (lead_id, actor_profile_id, event_type, payload)
    values (l.id, me, 'transferred', jsonb_strip_nulls(jsonb_build_object(
      'transfer_id', transfer.transfer_id, 'from_profile_id', l.assigned_to_id, 'to_profile_id', transfer_lead.to_profile_id, 'reason', v_reason)));
    return transfer;
  end
  $$;
comment on function public.transfer_lead(uuid, uuid, text) is
'Hands a lead to a colleague, who becomes its assignee (owner and buyer stay): the handover is recorded (lead_transfers, returned), the lead''s timeline gets a transferred event and the colleague is notified.
Who: the lead''s owner, buyer or assignee, a manager of one of them, or an admin. To whom: admins to any active user; others to themselves or an active member of a team they belong to (managers and team leads within the teams they lead, agents to teammates).
Arguments: leadId, the lead; toProfileId, the colleague; reason, optional text saying why.
Fails with BUSINESS_RULE when the lead is not found (or not yours), the caller may only read it (support), the colleague is not an active member of the caller''s teams, or the lead is already assigned to them; nothing changes then.';

-- update_lead_stage --------------------------------------------------------------------------------------

create or replace function public.update_lead_stage(lead_id uuid, stage public.lead_stage, note text default null)
  returns public.leads
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_note text := nullif(btrim(update_lead_stage.note), '');
    l public.leads;
  begin
    l := salemate.lock_lead_for_change(update_lead_stage.lead_id);
    if update_lead_stage.stage is null then
      raise exception 'Choose a stage.' using errcode = 'P0001', hint = 'Pass one of the pipeline stages (NEW_LEAD, POTENTIAL, HOT_CASE, ...).';
    end if;
    if l.stage is not distinct from update_lead_stage.stage then
      raise exception 'The lead is already at stage %.', l.stage using errcode = 'P0001', hint = 'Pick another stage.';
    end if;
    update public.leads x set stage = update_lead_stage.stage where x.id = l.id;
    insert into public.lead_events (lead_id, actor_profile_id, event_type, payload)
    values (l.id, me, 'stage_change', jsonb_strip_nulls(jsonb_build_object('from', l.stage, 'to', update_lead_stage.stage, 'note', v_note)));
    select x.* into l from public.leads x where x.id = l.id;
    return l;
  end
  $$;
comment on function public.update_lead_stage(uuid, public.lead_stage, text) is
'Moves a lead to another pipeline stage and records it on the lead''s timeline (a stage_change event with the previous stage, the new one and the note). Returns the lead.
Arguments: leadId, the lead; stage, the new stage; note, optional text saying why.
Fails with BUSINESS_RULE when the lead is not found (or not yours), the caller may only read it, or it is at that stage already; nothing changes then.';

-- add_lead_event -------------------------------------------------------------------------------------------

create or replace function public.add_lead_event(lead_id uuid, event_type text, payload jsonb default '{}')
  returns public.lead_events
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    allowed constant text[] := array['note', 'call', 'whatsapp', 'sms', 'email', 'meeting', 'site_visit', 'feedback'];
    v_type text := case when nullif(btrim(add_lead_event.event_type), '') is not null then salemate.type_slug(add_lead_event.event_type) end;
    v_payload jsonb := coalesce(nullif(add_lead_event.payload, 'null'::jsonb), '{}');
    l public.leads;
    event public.lead_events;
  begin
    l := salemate.visible_lead(add_lead_event.lead_id);
    if v_type is null or not v_type = any (allowed) then
      raise exception 'Event type must be one of: %.', array_to_string(allowed, ', ') using errcode = 'P0001',
        hint = 'Stage changes, transfers and purchases are recorded by updateLeadStage, transferLead and purchaseLeads.';
    end if;
    if jsonb_typeof(v_payload) <> 'object' then
      raise exception 'The event details must be a JSON object.' using errcode = 'P0001', hint = 'Send e.g. {"text": "Called, asked for the brochure"}.';
    end if;
    if octet_length(v_payload::text) > 16384 then
      raise exception 'The event details are too large (at most 16 KB).' using errcode = 'P0001', hint = 'Keep notes short; attach files by reference.';
    end if;
    insert into public.lead_events (lead_id, actor_profile_id, event_type, payload)
    values (l.id, me, v_type, v_payload)
    returning * into event;
    -- Contact with the client: the lead remembers when (where the caller may change the lead;
    -- for a read-only caller the update matches no row).
    if v_type in ('call', 'whatsapp', 'sms', 'email', 'meeting', 'site_visit') then
      update public.leads x set last_contacted_at = event.created_at where x.id = l.id;
    end if;
    return event;
  end
  $$;
comment on function public.add_lead_event(uuid, text, jsonb) is
'Adds an entry to a lead''s timeline as the caller: a note, a call, a WhatsApp or SMS message, an e-mail, a meeting, a site visit or feedback. Contact events (call, whatsapp, sms, email, meeting, site_visit) also set the lead''s lastContactedAt when the caller works the lead.
Arguments: leadId, the lead; eventType, one of note, call, whatsapp, sms, email, meeting, site_visit, feedback; payload, the details as a JSON object (default {}; at most 16 KB).
Fails with BUSINESS_RULE when the lead is not found (or not yours), the type is not one of those, or the details are not a JSON object or too large.';

-- create_lead_task -----------------------------------------------------------------------------------------

create or replace function public.create_lead_task(lead_id uuid, task_type text, due_at timestamptz, notes text default null, assignee_id uuid default null)
  returns public.lead_tasks
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_type text := case when nullif(btrim(create_lead_task.task_type), '') is not null then salemate.type_slug(create_lead_task.task_type) end;
    v_assignee uuid := coalesce(create_lead_task.assignee_id, me);
    l public.leads;
    task public.lead_tasks;
  begin
    l := salemate.visible_lead(create_lead_task.lead_id);
    if v_type is null then
      raise exception 'The task type is empty.' using errcode = 'P0001', hint = 'Say what to do: call, meeting, whatsapp_followup, send_brochure, ...';
    end if;
    if v_type !~ '^[a-z][a-z0-9_]*$' or length(v_type) > 50 then
      raise exception 'The task type must be a short word such as call, meeting or whatsapp_followup.' using errcode = 'P0001',
        hint = 'Start with a letter; at most 50 letters, digits and underscores.';
    end if;
    if create_lead_task.due_at is null then
      raise exception 'The task needs a due time.' using errcode = 'P0001', hint = 'Say when it is due (dueAt).';
    end if;
    if v_assignee is distinct from me and v_assignee is distinct from l.owner_id and v_assignee is distinct from l.assigned_to_id
       and v_assignee is distinct from l.buyer_user_id and not salemate.manages_profile(v_assignee) then
      raise exception 'A task can be given to yourself, to whoever owns or works the lead, or to someone you manage.' using errcode = 'P0001',
        hint = 'Leave the assignee out to take the task yourself.';
    end if;
    insert into public.lead_tasks (lead_id, assignee_id, task_type, status, due_at, notes, created_by)
    values (l.id, v_assignee, v_type, 'pending', create_lead_task.due_at, nullif(btrim(create_lead_task.notes), ''), me)
    returning * into task;
    return task;
  end
  $$;
comment on function public.create_lead_task(uuid, text, timestamptz, text, uuid) is
'Creates a follow-up on a lead (pending), due at a time, for the caller or a colleague.
Arguments: leadId, the lead; taskType, what to do, as a word (call, meeting, whatsapp_followup, ...; "Call back" becomes call_back); dueAt, when; notes, optional text; assigneeId, who does it: the caller (default), the lead''s owner, buyer or assignee, or someone the caller manages.
Fails with BUSINESS_RULE when the lead is not found (or not yours), the type is empty or not a word, the due time is missing, or the assignee is none of those.';

-- complete_lead_task / cancel_lead_task -------------------------------------------------------------------

-- The task locked for a change, as the caller (the lead_tasks policies: whoever sees the lead, and
-- the assignee), or "Task not found.".
create or replace function salemate.lock_lead_task(p_task uuid) returns public.lead_tasks
  language plpgsql volatile
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    task public.lead_tasks;
  begin
    select t.* into task from public.lead_tasks t where t.task_id = p_task for update;
    if not found then
      raise exception 'Task not found.' using errcode = 'P0001',
        hint = 'Check the task id. You can act on the tasks of the leads you see and on the tasks given to you.';
    end if;
    return task;
  end
  $$;
comment on function salemate.lock_lead_task(uuid) is 'Locks a lead task for update as the caller; raises "Task not found." when it does not exist or is not visible.';
revoke all on function salemate.lock_lead_task(uuid) from public;
grant execute on function salemate.lock_lead_task(uuid) to authenticated, service_role;

create or replace function public.complete_lead_task(task_id uuid, notes text default null)
  returns public.lead_tasks
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_notes text := nullif(btrim(complete_lead_task.notes), '');
    task public.lead_tasks := salemate.lock_lead_task(complete_lead_task.task_id);
  begin
    if task.status = 'done' then
      raise exception 'This task is already done.' using errcode = 'P0001', hint = 'Nothing to do; create a new task for another follow-up.';
    end if;
    if task.status = 'cancelled' then
      raise exception 'This task was cancelled.' using errcode = 'P0001', hint = 'Create a new task instead.';
    end if;
    update public.lead_tasks t set status = 'done', completed_at = now(), notes = concat_ws(E'\n', t.notes, v_notes)
    where t.task_id = task.task_id
    returning t.* into task;
    return task;
  end
  $$;
comment on function public.complete_lead_task(uuid, text) is
'Marks a pending task done (completedAt set), optionally adding a line to its notes.
Arguments: taskId, the task; notes, optional text appended to the task''s notes.
Fails with BUSINESS_RULE when the task is not found (or not yours), is already done, or was cancelled.';

create or replace function public.cancel_lead_task(task_id uuid, reason text default null)
  returns public.lead_tasks
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_reason text := nullif(btrim(cancel_lead_task.reason), '');
    task public.lead_tasks := salemate.lock_lead_task(cancel_lead_task.task_id);
  begin
    if task.status = 'done' then
      raise exception 'This task is already done.' using errcode = 'P0001', hint = 'A done task stays done.';
    end if;
    if task.status = 'cancelled' then
      raise exception 'This task is already cancelled.' using errcode = 'P0001', hint = 'Nothing to do.';
    end if;
    update public.lead_tasks t set status = 'cancelled', notes = concat_ws(E'\n', t.notes, 'Cancelled: ' || v_reason)
    where t.task_id = task.task_id
    returning t.* into task;
    return task;
  end
  $$;
comment on function public.cancel_lead_task(uuid, text) is
'Cancels a pending task, optionally saying why (added to its notes).
Arguments: taskId, the task; reason, optional text.
Fails with BUSINESS_RULE when the task is not found (or not yours), is done, or is already cancelled.';

-- add_lead_label / remove_lead_label ---------------------------------------------------------------------

create or replace function public.add_lead_label(lead_id uuid, label text, color text default null)
  returns public.lead_labels
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  #variable_conflict use_column
  declare
    me uuid := salemate.current_profile_id();
    v_label text := salemate.lead_label(add_lead_label.label);
    v_color text := nullif(btrim(add_lead_label.color), '');
    l public.leads;
    result public.lead_labels;
  begin
    l := salemate.visible_lead(add_lead_label.lead_id);
    if coalesce(v_label, '') = '' then
      raise exception 'The label is empty.' using errcode = 'P0001', hint = 'Write the label, e.g. VIP or Cash buyer.';
    end if;
    if length(v_label) > 50 then
      raise exception 'A label has at most 50 characters.' using errcode = 'P0001', hint = 'Use a shorter label; put details in a note.';
    end if;
    if v_color is not null and v_color !~ '^#[0-9A-Fa-f]{6}$' then
      raise exception 'The colour must be a hex colour such as #3b82f6.' using errcode = 'P0001', hint = 'Leave it out for the default colour.';
    end if;
    -- A lead has each label once, whatever the case: an existing 'VIP' is the answer to 'vip'.
    insert into public.lead_labels (lead_id, label, color, applied_by)
    values (l.id, v_label, coalesce(v_color, '#3b82f6'), me)
    on conflict (lead_id, lower(label)) do nothing
    returning * into result;
    if not found then
      select x.* into result from public.lead_labels x where x.lead_id = l.id and lower(x.label) = lower(v_label);
    end if;
    return result;
  end
  $$;
comment on function public.add_lead_label(uuid, text, text) is
'Puts a label on a lead (whitespace tidied). A lead has each label once whatever its case: when it already has the label (''VIP'' for ''vip''), that label is returned unchanged.
Arguments: leadId, the lead; label, the text (at most 50 characters); color, a hex colour such as #3b82f6 (default that blue).
Fails with BUSINESS_RULE when the lead is not found (or not yours), the label is blank or too long, or the colour is not a hex colour.';

create or replace function public.remove_lead_label(lead_id uuid, label text)
  returns public.lead_labels
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  #variable_conflict use_column
  declare
    v_label text := salemate.lead_label(remove_lead_label.label);
    l public.leads;
    result public.lead_labels;
  begin
    l := salemate.visible_lead(remove_lead_label.lead_id);
    if coalesce(v_label, '') = '' then
      raise exception 'The label is empty.' using errcode = 'P0001', hint = 'Name the label to take off.';
    end if;
    delete from public.lead_labels x where x.lead_id = l.id and lower(x.label) = lower(v_label)
    returning x.* into result;
    if not found then
      raise exception 'This lead has no label "%".', v_label using errcode = 'P0001', hint = 'Labels are matched whatever their case; check the spelling.';
    end if;
    return result;
  end
  $$;
comment on function public.remove_lead_label(uuid, text) is
'Takes a label off a lead, matched whatever its case (''vip'' removes ''VIP''). Returns the label removed.
Arguments: leadId, the lead; label, the label''s text.
Fails with BUSINESS_RULE when the lead is not found (or not yours), the label is blank, or the lead has no such label.';

revoke all on function public.transfer_lead(uuid, uuid, text), public.update_lead_stage(uuid, public.lead_stage, text),
  public.add_lead_event(uuid, text, jsonb), public.create_lead_task(uuid, text, timestamptz, text, uuid),
  public.complete_lead_task(uuid, text), public.cancel_lead_task(uuid, text), public.add_lead_label(uuid, text, text),
  public.remove_lead_label(uuid, text) from public, anon;
grant execute on function public.transfer_lead(uuid, uuid, text), public.update_lead_stage(uuid, public.lead_stage, text),
  public.add_lead_event(uuid, text, jsonb), public.create_lead_task(uuid, text, timestamptz, text, uuid),
  public.complete_lead_task(uuid, text), public.cancel_lead_task(uuid, text), public.add_lead_label(uuid, text, text),
  public.remove_lead_label(uuid, text) to authenticated;

-- What leaves the GraphQL API ----------------------------------------------------------------------------
-- (See the head of the file for why.) Tables lose whole mutations; columns leave the patch types.

-- salemate.add_behavior for a column: adds behaviours to the @behavior line opening the column's
-- comment (made when missing), keeping its description. A column the table lacks is skipped.
create or replace function salemate.add_column_behavior(p_table regclass, p_column text, p_behaviors text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    col smallint := (select a.attnum from pg_attribute a where a.attrelid = p_table and a.attname = p_column and a.attnum > 0 and not a.attisdropped);
    descr text;
    tags text[] := '{}';
    wanted text;
  begin
    if col is null then
      return;
    end if;
    descr := coalesce(col_description(p_table, col), '');
    if descr ~ '^@behavior[^\n]*' then
      tags := regexp_split_to_array(btrim(substring(descr from '^@behavior([^\n]*)')), '\s+');
      descr := regexp_replace(descr, '^@behavior[^\n]*\n?', '');
    end if;
    foreach wanted in array regexp_split_to_array(btrim(p_behaviors), '\s+') loop
      if not wanted = any (tags) then
        tags := tags || wanted;
      end if;
    end loop;
    tags := array_remove(tags, '');
    execute format('comment on column %s.%I is %L', p_table, p_column, '@behavior ' || array_to_string(tags, ' ') || E'\n' || descr);
  end
  $$;
comment on function salemate.add_column_behavior(regclass, text, text) is 'Adds PostGraphile behaviours (e.g. "-attribute:update") to the @behavior line opening a column''s comment, keeping its description.';
revoke execute on function salemate.add_column_behavior(regclass, text, text) from public;

select salemate.add_behavior('public.lead_events', '-insert -update -delete');
select salemate.add_behavior('public.lead_tasks', '-insert');
select salemate.add_behavior('public.lead_labels', '-insert -delete');
select salemate.add_behavior('public.lead_transfers', '-insert -delete');

select salemate.add_column_behavior(t.tbl, c.col, '-attribute:update')
from (values
  ('public.lead_tasks'::regclass, array['task_id', 'lead_id', 'assignee_id', 'status', 'completed_at', 'notified_at', 'created_by',
                                        'created_at', 'updated_at', 'legacy_table', 'legacy_id', 'legacy_status', 'legacy_data']),
  ('public.lead_labels'::regclass, array['label_id', 'lead_id', 'label', 'applied_by', 'applied_at', 'legacy_id', 'legacy_data']),
  ('public.lead_transfers'::regclass, array['transfer_id', 'lead_id', 'from_profile_id', 'to_profile_id', 'transferred_by', 'created_at',
                                            'legacy_id', 'legacy_data']),
  ('public.leads'::regclass, array['id', 'stage', 'owner_id', 'buyer_user_id', 'assigned_to_id', 'assigned_at', 'is_sold', 'sold_at',
                                   'cpl_price', 'batch_id', 'project_id', 'upload_user_id', 'created_at', 'updated_at'])
) t(tbl, cols)
cross join lateral unnest(t.cols) c(col);
