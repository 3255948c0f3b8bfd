-- Support workflows as GraphQL mutations (issue 5, support part).
--
--   open_support_thread      -> openSupportThread      the thread and its opening message, together
--   reply_to_support_thread  -> replyToSupportThread   a reply or an internal note; staff's first public reply: open -> in_progress
--   resolve_support_thread   -> resolveSupportThread   staff: open | in_progress -> resolved, with a system message
--   reopen_support_thread    -> reopenSupportThread    creator or staff: resolved -> open, with a system message
--   close_support_thread     -> closeSupportThread     creator or staff: any -> closed (final), with a system message
--   assign_support_thread    -> assignSupportThread    staff: hand the thread to a staff member (or nobody)
--
-- The plain CRUD mutations that would go around these rules leave the API: creating threads
-- and messages, editing and deleting messages, and writing a thread's status, assignee or
-- dates. What stays: updateSupportThread for subject and priority (RLS and the phase 6 guard
-- decide who: the creator renames, staff re-prioritise), deleteSupportThread (admins only, by
-- RLS). The legacy compatibility views keep their write-through for the old app.
--
-- Every function locks the thread row before it looks at the status, so concurrent calls see
-- each other's result (two staff resolving at once: one resolves, the other is told it is
-- resolved already). Business-rule failures raise P0001 with a plain message and a hint; a
-- thread the caller may not see is "not found", exactly like one that does not exist.
--
-- Functions run as the caller (RLS applies) except reopen and close: a customer may do both,
-- but the phase 6 rules let a customer neither write a system message nor reopen by a plain
-- update. Those two run as definer, look the thread up themselves and allow only its creator
-- and staff. System messages carry the person who caused them in author_id, so the phase 7
-- notification trigger tells the customer about staff's actions and not about their own.
-- Running the file again changes nothing.

-- Private helpers -----------------------------------------------------------------------------

-- The same sentence for a thread that does not exist and one the caller may not see.
create or replace function salemate.raise_support_thread_not_found() returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    raise exception 'Support thread not found.' using errcode = 'P0001',
      hint = 'Check the thread id. You can act on the threads you opened; support staff can act on every thread.';
  end
  $$;
comment on function salemate.raise_support_thread_not_found() is 'Raises the support workflows'' "not found" error (also for threads the caller may not see).';

-- A message or thread body: text that is not blank.
create or replace function salemate.support_require_text(p_text text, p_what text) returns text
  language plpgsql immutable
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if nullif(btrim(p_text), '') is null then
      raise exception '% is empty.', p_what using errcode = 'P0001', hint = format('Write some text in %s.', lower(p_what));
    end if;
    return btrim(p_text);
  end
  $$;
comment on function salemate.support_require_text(text, text) is 'Returns the text trimmed; raises "<what> is empty." when it is null or blank.';

-- Attachments: a JSON array of objects (null: none).
create or replace function salemate.support_attachments(p jsonb) returns jsonb
  language plpgsql immutable
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if p is null or p = 'null'::jsonb then
      return '[]'::jsonb;
    end if;
    if jsonb_typeof(p) <> 'array' or exists (select 1 from jsonb_array_elements(p) e where jsonb_typeof(e) <> 'object') then
      raise exception 'Attachments must be a list of objects.' using errcode = 'P0001',
        hint = 'Send attachments as [{"path": "...", "name": "..."}], or leave them out.';
    end if;
    return p;
  end
  $$;
comment on function salemate.support_attachments(jsonb) is 'Validates message attachments: a JSON array of objects; null becomes [].';

-- Whether a profile is support staff (admin, support, or an active support team membership),
-- the way salemate.is_staff() answers for the caller. Definer: staff may not read every
-- membership, and the answer (a yes or no) reveals nothing else.
create or replace function salemate.profile_is_staff(p_profile uuid) returns boolean
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select exists (select 1 from public.profiles p where p.id = p_profile and p.role::text in ('admin', 'support'))
        or exists (select 1 from public.team_memberships m where m.profile_id = p_profile and m.role = 'support' and m.status = 'active')
  $$;
comment on function salemate.profile_is_staff(uuid) is 'Whether a profile is support staff (admin or support, platform or team role): who a support thread may be assigned to.';

revoke all on function salemate.raise_support_thread_not_found(), salemate.support_require_text(text, text),
  salemate.support_attachments(jsonb), salemate.profile_is_staff(uuid) from public;
grant execute on function salemate.raise_support_thread_not_found(), salemate.support_require_text(text, text),
  salemate.support_attachments(jsonb), salemate.profile_is_staff(uuid) to authenticated, service_role;

-- open_support_thread ----------------------------------------------------------------------------

create or replace function public.open_support_thread(subject text, body text, priority text default 'medium', attachments jsonb default '[]')
  returns public.support_threads
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_subject text := salemate.support_require_text(open_support_thread.subject, 'The subject');
    v_body text := salemate.support_require_text(open_support_thread.body, 'The message');
    v_priority text := coalesce(lower(btrim(open_support_thread.priority)), 'medium');
    v_attachments jsonb := salemate.support_attachments(open_support_thread.attachments);
    thread public.support_threads;
  begin
    if me is null or not exists (select 1 from public.profiles p where p.id = me) then
      raise exception 'Only a signed-in user with a profile opens a support thread.' using errcode = 'P0001',
        hint = 'Sign in (and finish creating your profile) first.';
    end if;
    if v_priority not in ('low', 'medium', 'high', 'urgent') then
      raise exception 'Priority must be low, medium, high or urgent.' using errcode = 'P0001',
        hint = 'Leave the priority out for medium.';
    end if;
    insert into public.support_threads (subject, priority, created_by)
    values (v_subject, v_priority, me)
    returning * into thread;
    insert into public.support_messages (thread_id, author_id, message_type, body, attachments, is_opening)
    values (thread.thread_id, me, 'user', v_body, v_attachments, true);
    return thread;
  end
  $$;
comment on function public.open_support_thread(text, text, text, jsonb) is
'Opens a support thread for the caller: the thread (status open) and its opening message, in one step.
Arguments: subject, what the ticket is about (not blank); body, the opening message describing the problem (not blank); priority, low, medium (default), high or urgent; attachments, a JSON list of attachment objects such as {"path": ..., "name": ...} (default none).
Fails with BUSINESS_RULE when the subject or message is blank, the priority is unknown or the attachments are not a list of objects; nothing is created then.';

-- reply_to_support_thread ------------------------------------------------------------------------

create or replace function public.reply_to_support_thread(thread_id uuid, body text, internal boolean default false, attachments jsonb default '[]')
  returns public.support_messages
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    staff boolean := salemate.is_staff();
    is_internal boolean := coalesce(reply_to_support_thread.internal, false);
    v_body text;
    v_attachments jsonb;
    thread public.support_threads;
    message public.support_messages;
  begin
    select t.* into thread from public.support_threads t where t.thread_id = reply_to_support_thread.thread_id for update;
    if not found then
      perform salemate.raise_support_thread_not_found();
    end if;
    if is_internal and not staff then
      raise exception 'Only support staff post internal notes.' using errcode = 'P0001',
        hint = 'Send the message as a normal reply (internal: false).';
    end if;
    v_body := salemate.support_require_text(reply_to_support_thread.body, 'The message');
    v_attachments := salemate.support_attachments(reply_to_support_thread.attachments);
    if thread.status = 'closed' then
      raise exception 'This support thread is closed and takes no more messages.' using errcode = 'P0001',
        hint = 'Open a new support thread.';
    end if;
    if thread.status = 'resolved' and not is_internal then
      raise exception 'This support thread is resolved.' using errcode = 'P0001',
        hint = 'Reopen the thread to continue the conversation.';
    end if;
    insert into public.support_messages (thread_id, author_id, message_type, body, attachments)
    values (thread.thread_id, me, case when is_internal then 'internal' else 'user' end, v_body, v_attachments)
    returning * into message;
    -- Staff's first public answer takes the ticket in hand.
    if staff and not is_internal and thread.status = 'open' and me is distinct from thread.created_by then
      update public.support_threads t set status = 'in_progress' where t.thread_id = thread.thread_id;
    end if;
    return message;
  end
  $$;
comment on function public.reply_to_support_thread(uuid, text, boolean, jsonb) is
'Adds a message to a support thread: a reply (seen by the customer) or, for support staff, an internal note (never shown to the customer). A public reply by staff to an open thread moves it to in_progress; the customer is notified of staff replies.
Arguments: threadId, the thread; body, the message (not blank); internal, true for a staff-only note (default false); attachments, a JSON list of attachment objects (default none).
Fails with BUSINESS_RULE when the thread is not found (or not yours), the message is blank, a customer asks for an internal note, the thread is closed, or it is resolved (reopen it first; staff may still add internal notes).';

-- resolve_support_thread -------------------------------------------------------------------------

create or replace function public.resolve_support_thread(thread_id uuid, resolution_note text default null)
  returns public.support_threads
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    note text := nullif(btrim(resolve_support_thread.resolution_note), '');
    thread public.support_threads;
  begin
    select t.* into thread from public.support_threads t where t.thread_id = resolve_support_thread.thread_id for update;
    if not found then
      perform salemate.raise_support_thread_not_found();
    end if;
    if not salemate.is_staff() then
      raise exception 'Only support staff resolve a support thread.' using errcode = 'P0001',
        hint = 'If you no longer need help, close the thread instead.';
    end if;
    if thread.status = 'resolved' then
      raise exception 'This support thread is already resolved.' using errcode = 'P0001',
        hint = 'Nothing to do; reopen it first if the problem came back.';
    end if;
    if thread.status = 'closed' then
      raise exception 'This support thread is closed.' using errcode = 'P0001',
        hint = 'A closed thread is final and cannot be resolved.';
    end if;
    update public.support_threads t set status = 'resolved', resolved_at = now()
    where t.thread_id = thread.thread_id
    returning t.* into thread;
    insert into public.support_messages (thread_id, author_id, message_type, body)
    values (thread.thread_id, me, 'system', 'Marked as resolved by support.' || coalesce(' ' || note, ''));
    return thread;
  end
  $$;
comment on function public.resolve_support_thread(uuid, text) is
'Support staff mark a thread resolved (from open or in_progress): resolvedAt is set, a system message records it (with the note, if any) and the customer is notified.
Arguments: threadId, the thread; resolutionNote, optional text added to the system message the customer sees.
Fails with BUSINESS_RULE when the thread is not found, the caller is not support staff, or the thread is already resolved or closed; two staff resolving at once: one succeeds, the other is told it is already resolved.';

-- reopen_support_thread --------------------------------------------------------------------------
-- Definer: a customer reopens their own thread, which the phase 6 rules do not let them do by a
-- plain update, and the system message needs writing for them. Who may: the creator, staff.

create or replace function public.reopen_support_thread(thread_id uuid, reason text default null)
  returns public.support_threads
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_reason text := nullif(btrim(reopen_support_thread.reason), '');
    thread public.support_threads;
  begin
    select t.* into thread from public.support_threads t where t.thread_id = reopen_support_thread.thread_id for update;
    if not found or me is null or not (thread.created_by = me or salemate.is_staff()) then
      perform salemate.raise_support_thread_not_found();
    end if;
    if thread.status = 'closed' then
      raise exception 'This support thread is closed.' using errcode = 'P0001',
        hint = 'A closed thread is final; open a new support thread.';
    end if;
    if thread.status <> 'resolved' then
      raise exception 'This support thread is not resolved.' using errcode = 'P0001',
        hint = 'Only a resolved thread can be reopened; reply to it instead.';
    end if;
    update public.support_threads t set status = 'open', resolved_at = null
    where t.thread_id = thread.thread_id
    returning t.* into thread;
    insert into public.support_messages (thread_id, author_id, message_type, body)
    values (thread.thread_id, me, 'system',
            case when me = thread.created_by then 'Reopened by the customer.' else 'Reopened by support.' end || coalesce(' ' || v_reason, ''));
    return thread;
  end
  $$;
comment on function public.reopen_support_thread(uuid, text) is
'Reopens a resolved support thread (its creator or support staff): status back to open, resolvedAt cleared, a system message records who reopened it and why.
Arguments: threadId, the thread; reason, optional text added to the system message.
Fails with BUSINESS_RULE when the thread is not found (or not yours), is not resolved, or is closed (closed is final).';

-- close_support_thread ---------------------------------------------------------------------------
-- Definer for the same reason as reopen: a customer closes their own thread and gets a system
-- message written. Who may: the creator, staff.

create or replace function public.close_support_thread(thread_id uuid, reason text default null)
  returns public.support_threads
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_reason text := nullif(btrim(close_support_thread.reason), '');
    thread public.support_threads;
  begin
    select t.* into thread from public.support_threads t where t.thread_id = close_support_thread.thread_id for update;
    if not found or me is null or not (thread.created_by = me or salemate.is_staff()) then
      perform salemate.raise_support_thread_not_found();
    end if;
    if thread.status = 'closed' then
      raise exception 'This support thread is already closed.' using errcode = 'P0001',
        hint = 'Nothing to do; a closed thread is final.';
    end if;
    update public.support_threads t set status = 'closed', resolved_at = coalesce(t.resolved_at, now())
    where t.thread_id = thread.thread_id
    returning t.* into thread;
    insert into public.support_messages (thread_id, author_id, message_type, body)
    values (thread.thread_id, me, 'system',
            case when me = thread.created_by then 'Closed by the customer.' else 'Closed by support.' end || coalesce(' ' || v_reason, ''));
    return thread;
  end
  $$;
comment on function public.close_support_thread(uuid, text) is
'Closes a support thread for good (its creator or support staff), from any other state: a system message records it; a closed thread takes no more messages and cannot be reopened.
Arguments: threadId, the thread; reason, optional text added to the system message.
Fails with BUSINESS_RULE when the thread is not found (or not yours) or is already closed.';

-- assign_support_thread --------------------------------------------------------------------------

create or replace function public.assign_support_thread(thread_id uuid, assignee_id uuid)
  returns public.support_threads
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    thread public.support_threads;
  begin
    select t.* into thread from public.support_threads t where t.thread_id = assign_support_thread.thread_id for update;
    if not found then
      perform salemate.raise_support_thread_not_found();
    end if;
    if not salemate.is_staff() then
      raise exception 'Only support staff assign a support thread.' using errcode = 'P0001',
        hint = 'Support assigns your thread; reply to it if something is missing.';
    end if;
    if thread.status = 'closed' then
      raise exception 'This support thread is closed.' using errcode = 'P0001',
        hint = 'A closed thread is final and is no longer assigned.';
    end if;
    if assign_support_thread.assignee_id is not null and not salemate.profile_is_staff(assign_support_thread.assignee_id) then
      raise exception 'A support thread can only be assigned to support staff.' using errcode = 'P0001',
        hint = 'Pick an admin or support team member, or pass null to unassign.';
    end if;
    if thread.assigned_to is not distinct from assign_support_thread.assignee_id then
      return thread;
    end if;
    update public.support_threads t set assigned_to = assign_support_thread.assignee_id
    where t.thread_id = thread.thread_id
    returning t.* into thread;
    if thread.assigned_to is not null and thread.assigned_to <> me then
      insert into public.activity_notifications (profile_id, domain, subject_id, title, body, url)
      values (thread.assigned_to, 'support', thread.thread_id, 'Support case assigned to you',
              left(format('"%s" was assigned to you.', thread.subject), 500), '/support/cases/' || thread.thread_id);
    end if;
    return thread;
  end
  $$;
comment on function public.assign_support_thread(uuid, uuid) is
'Support staff hand a thread to a staff member (admin or support), or unassign it with null; the new assignee is notified (unless they assigned it to themselves). Assigning a thread to whom it is assigned already changes nothing.
Arguments: threadId, the thread; assigneeId, the staff member''s profile id, or null.
Fails with BUSINESS_RULE when the thread is not found, the caller is not support staff, the assignee is not support staff, or the thread is closed.';

revoke all on function public.open_support_thread(text, text, text, jsonb), public.reply_to_support_thread(uuid, text, boolean, jsonb),
  public.resolve_support_thread(uuid, text), public.reopen_support_thread(uuid, text), public.close_support_thread(uuid, text),
  public.assign_support_thread(uuid, uuid) from public, anon;
grant execute on function public.open_support_thread(text, text, text, jsonb), public.reply_to_support_thread(uuid, text, boolean, jsonb),
  public.resolve_support_thread(uuid, text), public.reopen_support_thread(uuid, text), public.close_support_thread(uuid, text),
  public.assign_support_thread(uuid, uuid) to authenticated;

-- What leaves the GraphQL API ------------------------------------------------------------------------
-- Smart tags must open the comment; the descriptions after them are phase 6's, repeated.

comment on table public.support_threads is E'@behavior -insert\nSupport tickets: subject, state and people of a conversation whose messages are in support_messages (legacy support_cases, ids kept). Opened, answered, resolved, reopened, closed and assigned through the support workflow mutations; updateSupportThread changes only the subject (its creator) and the priority (support staff).';
comment on table public.support_messages is E'@behavior -insert -update -delete\nThe conversation of a support thread: the opening message (legacy support_cases.description), replies, internal staff notes and system messages. Written only through the support workflow mutations; never edited or deleted through the API.';
comment on column public.support_messages.author_id is 'Who wrote it; for a system message, who caused it (null when nobody did); null also when the author was since deleted.';

-- A thread's state, people and dates change only through the workflows: everything but subject
-- and priority leaves updateSupportThread's patch.
do $$
declare
  col text;
  descr text;
begin
  foreach col in array array['thread_id', 'status', 'created_by', 'assigned_to', 'resolved_at', 'created_at', 'updated_at',
                              'legacy_created_by', 'legacy_assigned_to'] loop
    descr := col_description('public.support_threads'::regclass,
      (select a.attnum from pg_attribute a where a.attrelid = 'public.support_threads'::regclass and a.attname = col and not a.attisdropped));
    if descr is null or descr not like '@behavior -attribute:update%' then
      execute format('comment on column public.support_threads.%I is %L', col, E'@behavior -attribute:update\n' || coalesce(descr, ''));
    end if;
  end loop;
end
$$;
