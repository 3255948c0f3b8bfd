-- Realtime: small NOTIFY payloads (ids and the kind of change) from the consolidated tables.
-- The gateway LISTENs and re-reads each row under the subscriber's own role and claims, so a
-- payload never carries data a subscriber could not read; it only says "look again".
--
-- Channels (each at most 63 bytes):
--   salemate:lead:<lead id>             changes to one lead and its events, tasks, labels, transfers
--   salemate:leads                      lead created / assigned / transferred (the "my leads" feed)
--   salemate:support_thread:<thread id> new messages in one thread, and its status changes
--   salemate:support_queue              threads opened, assigned, resolved, reopened, closed
--   salemate:wallet:<profile id>        ledger entries and balance changes of one profile's wallet
-- Payload: {"kind": "...", "id": "<row id>", "lead_id"/"thread_id"/"profile_id": "..."}.

create or replace function salemate.publish(p_channel text, p_payload jsonb) returns void
  language sql
  set search_path = pg_catalog, pg_temp
  as $$ select pg_notify(p_channel, p_payload::text) $$;
comment on function salemate.publish(text, jsonb) is 'Publishes a realtime event (ids only) on a gateway channel.';
revoke execute on function salemate.publish(text, jsonb) from public;

-- Trigger functions run as the table owner (security definer) so that any writer, whatever
-- its role, can publish; they only ever publish ids.

create or replace function salemate.tg_leads__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    kind text;
  begin
    if tg_op = 'INSERT' then
      kind := 'LEAD_CREATED';
    elsif new.assigned_to_id is distinct from old.assigned_to_id or new.owner_id is distinct from old.owner_id then
      kind := 'LEAD_ASSIGNED';
    elsif new.stage is distinct from old.stage then
      kind := 'STAGE_CHANGED';
    else
      kind := 'LEAD_UPDATED';
    end if;
    perform salemate.publish('salemate:lead:' || new.id, jsonb_build_object('kind', kind, 'id', new.id, 'lead_id', new.id));
    if kind in ('LEAD_CREATED', 'LEAD_ASSIGNED') then
      perform salemate.publish('salemate:leads', jsonb_build_object('kind', kind, 'id', new.id, 'lead_id', new.id));
    end if;
    return null;
  end
  $$;

create or replace function salemate.tg_lead_children__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    r record := case when tg_op = 'DELETE' then old else new end;
    row_id uuid := (to_jsonb(r) ->> tg_argv[0])::uuid;
  begin
    perform salemate.publish('salemate:lead:' || r.lead_id,
      jsonb_build_object('kind', tg_argv[1] || '_' || case tg_op when 'INSERT' then 'ADDED' when 'UPDATE' then 'UPDATED' else 'REMOVED' end,
                         'id', row_id, 'lead_id', r.lead_id));
    if tg_table_name = 'lead_transfers' and tg_op = 'INSERT' then
      perform salemate.publish('salemate:leads', jsonb_build_object('kind', 'LEAD_TRANSFERRED', 'id', r.lead_id, 'lead_id', r.lead_id));
    end if;
    return null;
  end
  $$;

create or replace function salemate.tg_support_messages__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    perform salemate.publish('salemate:support_thread:' || new.thread_id,
      jsonb_build_object('kind', 'MESSAGE_ADDED', 'id', new.message_id, 'thread_id', new.thread_id));
    return null;
  end
  $$;

create or replace function salemate.tg_support_threads__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    kind text;
  begin
    if tg_op = 'INSERT' then
      kind := 'THREAD_OPENED';
    elsif new.status is distinct from old.status then
      kind := case
        when new.status = 'resolved' then 'THREAD_RESOLVED'
        when new.status = 'closed' then 'THREAD_CLOSED'
        when old.status in ('resolved', 'closed') then 'THREAD_REOPENED'
        else 'THREAD_UPDATED' end;
    elsif new.assigned_to is distinct from old.assigned_to then
      kind := 'THREAD_ASSIGNED';
    else
      kind := 'THREAD_UPDATED';
    end if;
    perform salemate.publish('salemate:support_queue', jsonb_build_object('kind', kind, 'id', new.thread_id, 'thread_id', new.thread_id));
    perform salemate.publish('salemate:support_thread:' || new.thread_id, jsonb_build_object('kind', kind, 'id', new.thread_id, 'thread_id', new.thread_id));
    return null;
  end
  $$;

create or replace function salemate.tg_profile_wallet_ledger__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    perform salemate.publish('salemate:wallet:' || new.profile_id,
      jsonb_build_object('kind', case tg_op when 'INSERT' then 'LEDGER_ENTRY_ADDED' else 'LEDGER_ENTRY_UPDATED' end,
                         'id', new.ledger_id, 'profile_id', new.profile_id));
    return null;
  end
  $$;

create or replace function salemate.tg_profile_wallets__publish() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if tg_op = 'INSERT' or new.balance is distinct from old.balance then
      perform salemate.publish('salemate:wallet:' || new.profile_id,
        jsonb_build_object('kind', 'BALANCE_CHANGED', 'id', new.id, 'profile_id', new.profile_id));
    end if;
    return null;
  end
  $$;

do $$
declare
  t record;
begin
  for t in
    select * from (values
      ('leads', 'tg_leads__publish', 'insert or update', null::text, null::text),
      ('lead_events', 'tg_lead_children__publish', 'insert or update or delete', 'event_id', 'EVENT'),
      ('lead_tasks', 'tg_lead_children__publish', 'insert or update or delete', 'task_id', 'TASK'),
      ('lead_labels', 'tg_lead_children__publish', 'insert or update or delete', 'label_id', 'LABEL'),
      ('lead_transfers', 'tg_lead_children__publish', 'insert', 'transfer_id', 'TRANSFER'),
      ('support_messages', 'tg_support_messages__publish', 'insert', null, null),
      ('support_threads', 'tg_support_threads__publish', 'insert or update', null, null),
      ('profile_wallet_ledger', 'tg_profile_wallet_ledger__publish', 'insert or update', null, null),
      ('profile_wallets', 'tg_profile_wallets__publish', 'insert or update', null, null)
    ) as x(tbl, fn, events, id_col, kind)
  loop
    if to_regclass('public.' || t.tbl) is null then
      raise notice 'realtime: table % is absent; no trigger', t.tbl;
      continue;
    end if;
    execute format('drop trigger if exists %I on public.%I', t.tbl || '__publish', t.tbl);
    execute format('create trigger %I after %s on public.%I for each row execute function salemate.%I(%s)',
      t.tbl || '__publish', t.events, t.tbl, t.fn,
      case when t.id_col is null then '' else quote_literal(t.id_col) || ', ' || quote_literal(t.kind) end);
  end loop;
end
$$;
