-- Wallet top-up workflow as GraphQL mutations (issue 5, wallet part; plan regression flow
-- "wallet top-up").
--
--   request_wallet_topup -> requestWalletTopup   a signed-in user asks for money to be added to their own wallet
--   approve_wallet_topup -> approveWalletTopup   finance / admin: pending -> approved, the wallet credited once
--   reject_wallet_topup  -> rejectWalletTopup    finance / admin: pending -> rejected, with a reason for the requester
--   cancel_wallet_topup  -> cancelWalletTopup    the requester: pending -> cancelled
--
-- Approval is the only way money reaches a wallet from a top-up request: it locks the request
-- (concurrent approvals queue; the second is told the request is approved already), writes ONE
-- completed ledger entry (entry_type topup, source topup_request, reference wallet_topup_request
-- = the request id; phase 2's triggers move the balance) and marks the request approved, in one
-- transaction. A unique index makes a second workflow credit for the same request impossible
-- whatever the path. A legacy request that the legacy ledger had already credited (completed
-- entry referencing it) is approved without crediting it again.
--
-- The functions run as definer: the ledger's insert policy lets API users write adjustments
-- only, and a requester may need a wallet made. Each checks who the caller is itself
-- (salemate.has_role('finance') / ('admin'), the requester), with search_path pinned and every
-- name qualified. Business-rule failures raise P0001 with a plain sentence and a hint (they
-- reach clients as BUSINESS_RULE); a request the caller may not see is "not found", exactly like
-- one that does not exist. Nobody reviews their own request.
--
-- What leaves the GraphQL API: creating, updating and deleting top-up requests (the workflow
-- does it), and updating or deleting ledger entries (never allowed anyway). createProfileWalletLedger
-- stays for finance's adjustments (phase 2's policy accepts entry_type adjustment only, so it
-- cannot book a top-up credit). Outside GraphQL
-- (the old app, PostgREST), an API user's direct insert of a request follows the same amount and
-- payment-method rules, and a direct change of a request's review columns is refused.
-- Running the file again changes nothing.

-- Smart tags -------------------------------------------------------------------------------------

-- Adds behaviours to the @behavior line that opens an object's comment (making that line when
-- there is none), keeping the description and any other tags. PostGraphile reads smart tags only
-- on the first lines of a comment. Idempotent: a behaviour already there is not repeated.
create or replace function salemate.add_behavior(p_object regclass, p_behaviors text) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    kind "char" := (select c.relkind from pg_class c where c.oid = p_object);
    descr text := coalesce(obj_description(p_object, 'pg_class'), '');
    tags text[] := '{}';
    wanted text;
  begin
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
    execute format('comment on %s %s is %L',
      case kind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, p_object,
      '@behavior ' || array_to_string(tags, ' ') || E'\n' || descr);
  end
  $$;
comment on function salemate.add_behavior(regclass, text) is 'Adds PostGraphile behaviours (e.g. "-insert -delete") to the @behavior line opening a table''s or view''s comment, keeping its description.';
revoke execute on function salemate.add_behavior(regclass, text) from public;

-- The rules of a request -----------------------------------------------------------------------

-- The amount: 50 to 500,000 EGP, in whole cents.
create or replace function salemate.wallet_topup_amount(p_amount numeric) returns numeric
  language plpgsql immutable
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if p_amount is null then
      raise exception 'The top-up amount is required.' using errcode = 'P0001',
        hint = 'Enter an amount between 50 and 500,000 EGP.';
    end if;
    if p_amount < 50 or p_amount > 500000 then
      raise exception 'The top-up amount must be between 50 and 500,000 EGP (% EGP was asked for).', p_amount using errcode = 'P0001',
        hint = 'Enter an amount of at least 50 EGP and at most 500,000 EGP.';
    end if;
    if p_amount <> round(p_amount, 2) then
      raise exception 'The top-up amount can have at most two decimals.' using errcode = 'P0001',
        hint = 'Round the amount to whole piastres (e.g. 150.25).';
    end if;
    return p_amount;
  end
  $$;
comment on function salemate.wallet_topup_amount(numeric) is 'A top-up amount checked: 50 to 500,000 EGP with at most two decimals; raises a clear error otherwise.';

-- The payment method, in its canonical spelling: Instapay, VodafoneCash, BankTransfer or card
-- (case, spaces, hyphens and underscores do not matter: "vodafone cash" is VodafoneCash).
create or replace function salemate.wallet_topup_method(p_method text) returns text
  language plpgsql immutable
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    m text := lower(regexp_replace(coalesce(p_method, ''), '[\s_-]+', '', 'g'));
  begin
    if m = '' then
      raise exception 'The payment method is required.' using errcode = 'P0001',
        hint = 'Use Instapay, VodafoneCash, BankTransfer or card.';
    end if;
    case m
      when 'instapay' then return 'Instapay';
      when 'vodafonecash' then return 'VodafoneCash';
      when 'banktransfer' then return 'BankTransfer';
      when 'card' then return 'card';
      else
        raise exception 'Unknown payment method "%".', btrim(p_method) using errcode = 'P0001',
          hint = 'Use Instapay, VodafoneCash, BankTransfer or card.';
    end case;
  end
  $$;
comment on function salemate.wallet_topup_method(text) is 'A top-up payment method in its canonical spelling (Instapay, VodafoneCash, BankTransfer, card); raises a clear error for anything else.';

-- The same sentence for a request that does not exist and one the caller may not see.
create or replace function salemate.raise_wallet_topup_not_found() returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    raise exception 'Top-up request not found.' using errcode = 'P0001',
      hint = 'Check the request id. You can act on your own requests; finance staff and admins review every request.';
  end
  $$;
comment on function salemate.raise_wallet_topup_not_found() is 'Raises the top-up workflows'' "not found" error (also for requests the caller may not see).';

-- A review (approve, reject, cancel) needs a pending request: anything else says what it is.
create or replace function salemate.wallet_topup_require_pending(p_status text) returns void
  language plpgsql immutable
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    case p_status
      when 'pending' then return;
      when 'approved' then
        raise exception 'This top-up request is already approved.' using errcode = 'P0001',
          hint = 'The wallet was credited when it was approved; there is nothing more to do.';
      when 'rejected' then
        raise exception 'This top-up request was rejected.' using errcode = 'P0001',
          hint = 'A rejected request is final; the requester can ask for a new top-up.';
      when 'cancelled' then
        raise exception 'This top-up request was cancelled by the requester.' using errcode = 'P0001',
          hint = 'A cancelled request is final; the requester can ask for a new top-up.';
      else
        raise exception 'This top-up request is % and cannot be reviewed.', p_status using errcode = 'P0001',
          hint = 'Only pending requests are approved, rejected or cancelled.';
    end case;
  end
  $$;
comment on function salemate.wallet_topup_require_pending(text) is 'Raises a clear error unless a top-up request''s status is pending (already approved, rejected, cancelled).';

-- Finance staff and admins review top-ups (the same test as the wallet policies of phase 2).
create or replace function salemate.wallet_topup_require_reviewer(p_action text) returns uuid
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
  begin
    if me is null or not (salemate.has_role('finance') or salemate.has_role('admin')) then
      raise exception 'Only finance staff or admins % top-up requests.', p_action using errcode = 'P0001',
        hint = 'Ask the finance team to review the request.';
    end if;
    return me;
  end
  $$;
comment on function salemate.wallet_topup_require_reviewer(text) is 'The caller''s profile id when they are finance staff or an admin; raises "Only finance staff or admins <action> top-up requests." otherwise.';

revoke all on function salemate.wallet_topup_amount(numeric), salemate.wallet_topup_method(text), salemate.raise_wallet_topup_not_found(),
  salemate.wallet_topup_require_pending(text), salemate.wallet_topup_require_reviewer(text) from public;
grant execute on function salemate.wallet_topup_amount(numeric), salemate.wallet_topup_method(text), salemate.raise_wallet_topup_not_found(),
  salemate.wallet_topup_require_pending(text), salemate.wallet_topup_require_reviewer(text) to authenticated, service_role;

-- At most one workflow credit per request, whatever calls it (legacy entries, source app, are not
-- concerned: the legacy ledger credited some requests several times).
create unique index if not exists profile_wallet_ledger_topup_request_credit_key on public.profile_wallet_ledger (reference_id)
  where reference_type = 'wallet_topup_request' and source = 'topup_request';

-- Direct writes by API users (the old app, PostgREST) ----------------------------------------------
-- A new request follows the workflow's rules; the review columns change only through the
-- workflow functions (definer: they do not run as an API user, so this does not stop them).
create or replace function salemate.tg_wallet_topup_requests__guard_workflow() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if not salemate.is_end_user() then
      return new;
    end if;
    if tg_op = 'INSERT' then
      new.amount := salemate.wallet_topup_amount(new.amount);
      new.payment_method := salemate.wallet_topup_method(new.payment_method);
      return new;
    end if;
    if (new.status, new.validated_by, new.validated_at, new.rejected_reason)
       is distinct from (old.status, old.validated_by, old.validated_at, old.rejected_reason) then
      raise exception 'A top-up request is approved, rejected or cancelled only through its workflow.' using errcode = 'P0001',
        hint = 'Use approveWalletTopup, rejectWalletTopup or cancelWalletTopup: approving credits the wallet.';
    end if;
    return new;
  end
  $$;
drop trigger if exists tg_wallet_topup_requests__guard_workflow on public.wallet_topup_requests;
create trigger tg_wallet_topup_requests__guard_workflow before insert or update on public.wallet_topup_requests
  for each row execute function salemate.tg_wallet_topup_requests__guard_workflow();

-- request_wallet_topup ---------------------------------------------------------------------------
-- Definer: the caller's wallet is made when they have none (salemate.ensure_profile_wallet).

create or replace function public.request_wallet_topup(amount numeric, payment_method text, receipt_file_url text default null,
    receipt_file_name text default null)
  returns public.wallet_topup_requests
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_amount numeric := salemate.wallet_topup_amount(request_wallet_topup.amount);
    v_method text := salemate.wallet_topup_method(request_wallet_topup.payment_method);
    wallet uuid;
    request public.wallet_topup_requests;
  begin
    if me is null or not exists (select 1 from public.profiles p where p.id = me) then
      raise exception 'Only a signed-in user with a profile asks for a top-up.' using errcode = 'P0001',
        hint = 'Sign in (and finish creating your profile) first.';
    end if;
    wallet := salemate.ensure_profile_wallet(me);
    insert into public.wallet_topup_requests (user_id, wallet_id, amount, payment_method, receipt_file_url, receipt_file_name, status)
    values (me, wallet, v_amount, v_method, nullif(btrim(request_wallet_topup.receipt_file_url), ''),
            nullif(btrim(request_wallet_topup.receipt_file_name), ''), 'pending')
    returning * into request;
    return request;
  end
  $$;
comment on function public.request_wallet_topup(numeric, text, text, text) is
'Asks for money to be added to the caller''s own wallet (made when they have none): a pending top-up request that finance reviews. Nothing moves until it is approved.
Arguments: amount, in EGP, from 50 to 500,000 with at most two decimals; paymentMethod, how the money was sent: Instapay, VodafoneCash, BankTransfer or card (any case; "vodafone cash" is VodafoneCash); receiptFileUrl, the storage path of the uploaded receipt (optional); receiptFileName, its original file name (optional).
Fails with BUSINESS_RULE when the amount is missing, out of range or has more than two decimals, or the payment method is unknown; nothing is created then.';

-- approve_wallet_topup ---------------------------------------------------------------------------

create or replace function public.approve_wallet_topup(request_id uuid, admin_notes text default null)
  returns public.wallet_topup_requests
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.wallet_topup_require_reviewer('approve');
    notes text := nullif(btrim(approve_wallet_topup.admin_notes), '');
    request public.wallet_topup_requests;
    wallet public.profile_wallets;
    credited_before uuid;
  begin
    select r.* into request from public.wallet_topup_requests r where r.id = approve_wallet_topup.request_id for update;
    if not found then
      perform salemate.raise_wallet_topup_not_found();
    end if;
    if request.user_id = me then
      raise exception 'You cannot review your own top-up request.' using errcode = 'P0001',
        hint = 'Another finance staff member or an admin must review it.';
    end if;
    perform salemate.wallet_topup_require_pending(request.status);

    -- Lock the wallet before the ledger insert: the insert's foreign-key check would otherwise take
    -- a share lock first, and two approvals for one wallet would deadlock upgrading it to the
    -- balance sync's row lock.
    select w.* into wallet from public.profile_wallets w
    where w.id = salemate.ensure_profile_wallet(request.user_id)
    for update;
    if request.wallet_id is distinct from wallet.id and request.wallet_id is not null then
      raise exception 'This top-up request names a wallet that is not the requester''s.' using errcode = 'P0001',
        hint = 'Reject the request; the requester can ask again.';
    end if;

    -- A legacy request the legacy ledger already credited is not credited twice.
    select l.ledger_id into credited_before from public.profile_wallet_ledger l
    where l.reference_type = 'wallet_topup_request' and l.reference_id = request.id and l.status = 'completed' and l.amount > 0
    order by l.created_at, l.ledger_id limit 1;
    if credited_before is null then
      insert into public.profile_wallet_ledger (profile_id, wallet_id, entry_type, amount, source, status, description,
                                                reference_type, reference_id, metadata)
      values (request.user_id, wallet.id, 'topup', round(request.amount, 2), 'topup_request', 'completed',
              format('Wallet top-up (%s)', request.payment_method), 'wallet_topup_request', request.id,
              jsonb_build_object('payment_method', request.payment_method, 'approved_by', me));
    else
      notes := concat_ws(' ', notes, format('[Already credited by ledger entry %s before this approval: not credited again.]', credited_before));
    end if;

    update public.wallet_topup_requests r set
      status = 'approved', validated_by = me, validated_at = now(), wallet_id = wallet.id,
      admin_notes = coalesce(notes, r.admin_notes)
    where r.id = request.id
    returning r.* into request;

    insert into public.activity_notifications (profile_id, domain, title, body, url)
    values (request.user_id, 'wallet', 'Top-up approved',
            format('Your top-up of %s %s was approved and added to your wallet.', to_char(request.amount, 'FM999,999,999,990.00'), wallet.currency),
            '/wallet');
    return request;
  end
  $$;
comment on function public.approve_wallet_topup(uuid, text) is
'Finance staff or an admin approve a pending top-up request: the requester''s wallet is credited with one completed ledger entry (entryType topup, source topup_request, referenceType wallet_topup_request, referenceId the request), the request becomes approved with validatedBy / validatedAt, and the requester is notified. A legacy request the legacy ledger had already credited is approved without a second credit (adminNotes says so).
Arguments: requestId, the request; adminNotes, internal notes for the record (optional).
Fails with BUSINESS_RULE when the caller is not finance staff or an admin, the request is not found, it is the caller''s own request, or it is not pending (already approved, rejected or cancelled); nothing is credited then. Two approvals at once credit the wallet once: the second is told the request is already approved.';

-- reject_wallet_topup ----------------------------------------------------------------------------

create or replace function public.reject_wallet_topup(request_id uuid, reason text, admin_notes text default null)
  returns public.wallet_topup_requests
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.wallet_topup_require_reviewer('reject');
    v_reason text := nullif(btrim(reject_wallet_topup.reason), '');
    notes text := nullif(btrim(reject_wallet_topup.admin_notes), '');
    request public.wallet_topup_requests;
  begin
    if v_reason is null then
      raise exception 'A reason is required to reject a top-up request.' using errcode = 'P0001',
        hint = 'Tell the requester why, e.g. "The receipt is unreadable"; they see it.';
    end if;
    select r.* into request from public.wallet_topup_requests r where r.id = reject_wallet_topup.request_id for update;
    if not found then
      perform salemate.raise_wallet_topup_not_found();
    end if;
    if request.user_id = me then
      raise exception 'You cannot review your own top-up request.' using errcode = 'P0001',
        hint = 'Another finance staff member or an admin must review it.';
    end if;
    perform salemate.wallet_topup_require_pending(request.status);
    update public.wallet_topup_requests r set
      status = 'rejected', rejected_reason = v_reason, validated_by = me, validated_at = now(),
      admin_notes = coalesce(notes, r.admin_notes)
    where r.id = request.id
    returning r.* into request;
    insert into public.activity_notifications (profile_id, domain, title, body, url)
    values (request.user_id, 'wallet', 'Top-up rejected',
            left(format('Your top-up of %s EGP was rejected: %s', to_char(request.amount, 'FM999,999,999,990.00'), v_reason), 500), '/wallet');
    return request;
  end
  $$;
comment on function public.reject_wallet_topup(uuid, text, text) is
'Finance staff or an admin reject a pending top-up request, telling the requester why: the request becomes rejected (final) with rejectedReason, validatedBy and validatedAt; the wallet is not touched; the requester is notified.
Arguments: requestId, the request; reason, shown to the requester (required, not blank); adminNotes, internal notes (optional).
Fails with BUSINESS_RULE when the caller is not finance staff or an admin, the reason is blank, the request is not found, it is the caller''s own request, or it is not pending.';

-- cancel_wallet_topup ----------------------------------------------------------------------------

create or replace function public.cancel_wallet_topup(request_id uuid)
  returns public.wallet_topup_requests
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    request public.wallet_topup_requests;
  begin
    select r.* into request from public.wallet_topup_requests r where r.id = cancel_wallet_topup.request_id for update;
    if not found or me is null
       or not (request.user_id = me or salemate.has_role('finance') or salemate.has_role('admin')) then
      perform salemate.raise_wallet_topup_not_found();
    end if;
    if request.user_id <> me then
      raise exception 'Only the person who asked for a top-up can cancel it.' using errcode = 'P0001',
        hint = 'To turn the request down, reject it with a reason.';
    end if;
    perform salemate.wallet_topup_require_pending(request.status);
    update public.wallet_topup_requests r set status = 'cancelled'
    where r.id = request.id
    returning r.* into request;
    return request;
  end
  $$;
comment on function public.cancel_wallet_topup(uuid) is
'The requester withdraws their own pending top-up request: it becomes cancelled (final); the wallet is not touched.
Arguments: requestId, the request.
Fails with BUSINESS_RULE when the request is not found (or not yours), or is no longer pending (approved, rejected or cancelled already).';

revoke all on function public.request_wallet_topup(numeric, text, text, text), public.approve_wallet_topup(uuid, text),
  public.reject_wallet_topup(uuid, text, text), public.cancel_wallet_topup(uuid) from public, anon;
grant execute on function public.request_wallet_topup(numeric, text, text, text), public.approve_wallet_topup(uuid, text),
  public.reject_wallet_topup(uuid, text, text), public.cancel_wallet_topup(uuid) to authenticated;

-- What leaves the GraphQL API ------------------------------------------------------------------------

select salemate.add_behavior('public.wallet_topup_requests', '-insert -update -delete');
select salemate.add_behavior('public.profile_wallet_ledger', '-update -delete');
