/**
 * A drifted legacy database with SaleMate's own functions and triggers in it: the RPCs its app
 * calls, the helpers around them and the triggers its migration record made, with the names,
 * signatures and effects SaleMate's public repository gives them (imartin010/SaleMate-eg:
 * supabase/migrations and the SQL files it later deleted), written here in the legacy style
 * (unqualified names, security definer with or without a search_path, balances moved by hand).
 * Planted in a `stage: "legacy"` database before migrating (tests/helpers/drift.ts applyDrift).
 *
 * What the migration must do with each is listed beside it (LEGACY_ROUTINES): replace it under
 * the name and signature the app calls, drop it (recorded in salemate.legacy_functions, noted),
 * or keep it.
 */
import type { DriftVariant } from "./drift.ts";

export type Fate = "replaced" | "dropped" | "kept";

export interface LegacyRoutine {
  /** As regprocedure prints it, search_path aside: public.name(argument types). */
  signature: string;
  fate: Fate;
  /** Why (for the test's messages). */
  why: string;
  sql: string;
}

export interface LegacyTrigger {
  name: string;
  /** The table it is on, as named before phase 1 moves anything. */
  table: string;
  fate: "dropped" | "kept";
  why: string;
  sql: string;
}

const fn = (signature: string, fate: Fate, why: string, sql: string): LegacyRoutine => ({ signature, fate, why, sql });

export const LEGACY_ROUTINES: LegacyRoutine[] = [
  // Wallet ---------------------------------------------------------------------------------------
  fn("public.get_user_wallet_balance(uuid)", "replaced", "the app's RPC: any user's balance, read as the owner", `
    create function get_user_wallet_balance(p_user_id uuid) returns numeric language plpgsql security definer as $$
    declare v_balance numeric;
    begin
      select coalesce(wallet_balance, 0) into v_balance from profiles where id = p_user_id;
      return coalesce(v_balance, 0);
    end $$;
    grant execute on function get_user_wallet_balance(uuid) to authenticated`),
  fn("public.get_wallet_balance(uuid)", "dropped", "reads user_wallets; the app never calls it", `
    create function get_wallet_balance(p_profile_id uuid) returns numeric language sql stable as $$
      select coalesce((select balance from user_wallets where user_id = p_profile_id), 0) $$`),
  fn("public.add_to_wallet(uuid,numeric,text,text,uuid)", "replaced",
    "another signature than the app's call (p_user_id, p_amount, p_description): dropped, the app's one made", `
    create function add_to_wallet(p_profile_id uuid, p_amount numeric, p_description text default 'Wallet credit',
        p_reference_type text default null, p_reference_id uuid default null) returns uuid language plpgsql as $$
    declare v_id uuid;
    begin
      insert into wallet_transactions (user_id, type, amount, status, description, reference_type, reference_id)
      values (p_profile_id, 'credit', p_amount, 'completed', p_description, p_reference_type, p_reference_id) returning id into v_id;
      update profiles set wallet_balance = wallet_balance + p_amount where id = p_profile_id;
      return v_id;
    end $$`),
  fn("public.deduct_from_wallet(uuid,numeric,text)", "replaced", "the app's RPC: debits profiles.wallet_balance by hand, for any user", `
    create function deduct_from_wallet(p_user_id uuid, p_amount numeric, p_description text default 'Lead purchase')
    returns jsonb language plpgsql security definer set search_path = public as $$
    declare v_balance numeric;
    begin
      select wallet_balance into v_balance from profiles where id = p_user_id for update;
      if v_balance is null then return jsonb_build_object('success', false, 'error', 'User profile not found'); end if;
      if v_balance < p_amount then
        return jsonb_build_object('success', false, 'error', format('Insufficient funds. Balance: %s EGP, Required: %s EGP', v_balance, p_amount));
      end if;
      update profiles set wallet_balance = v_balance - p_amount, updated_at = now() where id = p_user_id;
      insert into wallet_transactions (user_id, type, amount, status, description) values (p_user_id, 'debit', p_amount, 'completed', p_description);
      return jsonb_build_object('success', true, 'new_balance', v_balance - p_amount, 'deducted_amount', p_amount, 'description', p_description);
    end $$;
    grant execute on function deduct_from_wallet(uuid, numeric, text) to authenticated`),
  fn("public.deduct_from_wallet(uuid,numeric,text,text,uuid)", "dropped",
    "a second overload of an app RPC (the 2024 ledger's): PostgREST could not choose between them", `
    create function deduct_from_wallet(p_profile_id uuid, p_amount numeric, p_description text, p_reference_type text, p_reference_id uuid)
    returns uuid language plpgsql as $$
    declare v_id uuid;
    begin
      insert into wallet_transactions (user_id, type, amount, status, description, reference_type, reference_id)
      values (p_profile_id, 'debit', p_amount, 'completed', p_description, p_reference_type, p_reference_id) returning id into v_id;
      return v_id;
    end $$`),
  fn("public.process_payment_and_topup(uuid,text)", "replaced", "the app's RPC: completes a gateway payment and credits the wallet by hand", `
    create function process_payment_and_topup(p_transaction_id uuid, p_status text) returns jsonb
    language plpgsql security definer as $$
    declare t record;
    begin
      select * into t from payment_transactions where id = p_transaction_id;
      if not found then return jsonb_build_object('success', false, 'error', 'Transaction not found'); end if;
      if t.status = 'completed' then return jsonb_build_object('success', true, 'message', 'Transaction already processed'); end if;
      update payment_transactions set status = p_status, completed_at = case when p_status = 'completed' then now() end where id = p_transaction_id;
      if p_status = 'completed' and t.transaction_type = 'wallet_topup' then
        update profiles set wallet_balance = wallet_balance + t.amount where id = t.user_id;
        insert into wallet_transactions (user_id, type, amount, status, description, reference_id)
        values (t.user_id, 'credit', t.amount, 'completed', 'Wallet top-up via ' || t.payment_method, t.id);
      end if;
      return jsonb_build_object('success', true, 'transaction_id', p_transaction_id, 'status', p_status);
    end $$;
    grant execute on function process_payment_and_topup(uuid, text) to authenticated`),

  // Purchases ------------------------------------------------------------------------------------
  fn("public.create_lead_request(uuid,uuid,integer,numeric,text)", "replaced", "the app's RPC: a request row for whoever is named", `
    create function create_lead_request(p_user_id uuid, p_project_id uuid, p_requested_quantity integer, p_price_per_lead numeric,
        p_user_notes text default null) returns uuid language plpgsql security definer as $$
    declare v_id uuid;
    begin
      insert into lead_requests (user_id, project_id, project_name, quantity, budget, notes)
      values (p_user_id, p_project_id, (select name from projects where id = p_project_id), p_requested_quantity,
              p_requested_quantity * p_price_per_lead, p_user_notes) returning id into v_id;
      return v_id;
    end $$;
    grant execute on function create_lead_request(uuid, uuid, integer, numeric, text) to authenticated`),
  fn("public.approve_purchase_request(uuid)", "replaced", "one of two overloads the app's types declare: made one function with a default", `
    create function approve_purchase_request(request_id uuid) returns json language plpgsql security definer as $$
    declare r record; n int;
    begin
      select * into r from purchase_requests where id = request_id and status = 'pending' for update;
      if not found then return json_build_object('success', false, 'error', 'Purchase request not found or already processed'); end if;
      update leads set buyer_user_id = r.user_id, owner_id = r.user_id, is_sold = true, sold_at = now()
      where id in (select id from leads where project_id = r.project_id and buyer_user_id is null limit r.quantity);
      get diagnostics n = row_count;
      update purchase_requests set status = 'approved', approved_at = now(), approved_by = auth.uid() where id = request_id;
      update projects set available_leads = available_leads - n where id = r.project_id;
      return json_build_object('success', true, 'leads_assigned', n);
    end $$;
    grant execute on function approve_purchase_request(uuid) to authenticated`),
  fn("public.approve_purchase_request(uuid,integer)", "replaced", "the overload the admin screen calls (request_id, lead_quantity)", `
    create function approve_purchase_request(request_id uuid, lead_quantity integer) returns json language plpgsql security definer as $$
    begin
      update purchase_requests set quantity = lead_quantity where id = request_id and status = 'pending';
      return approve_purchase_request(request_id);
    end $$;
    grant execute on function approve_purchase_request(uuid, integer) to authenticated`),
  fn("public.approve_purchase_request_and_assign_leads(uuid,uuid,text)", "replaced", "the app's RPC: trusts the admin id it is given", `
    create function approve_purchase_request_and_assign_leads(p_request_id uuid, p_admin_id uuid, p_admin_notes text default null)
    returns jsonb language plpgsql security definer set search_path = public as $$
    begin
      update purchase_requests set admin_notes = p_admin_notes, approved_by = p_admin_id where id = p_request_id;
      return approve_purchase_request(p_request_id)::jsonb;
    end $$;
    grant execute on function approve_purchase_request_and_assign_leads(uuid, uuid, text) to authenticated`),
  fn("public.assign_leads_to_user(uuid,uuid,integer)", "replaced", "the app's RPC: hands any user unsold leads, unpaid", `
    create function assign_leads_to_user(user_id uuid, project_id uuid, quantity integer) returns jsonb
    language plpgsql security definer as $$
    declare ids uuid[];
    begin
      select array_agg(l.id) into ids from (select id from leads l where l.project_id = assign_leads_to_user.project_id
        and l.buyer_user_id is null order by l.created_at limit assign_leads_to_user.quantity for update skip locked) l;
      update leads set buyer_user_id = assign_leads_to_user.user_id, is_sold = true, sold_at = now() where id = any (ids);
      update projects set available_leads = greatest(coalesce(available_leads, 0) - coalesce(cardinality(ids), 0), 0)
      where id = assign_leads_to_user.project_id;
      return jsonb_build_object('success', true, 'assigned_count', coalesce(cardinality(ids), 0));
    end $$;
    grant execute on function assign_leads_to_user(uuid, uuid, integer) to authenticated`),
  fn("public.rpc_start_order(uuid,uuid,integer,text)", "dropped", "writes orders; purchaseLeads pays and delivers in one step", `
    create function rpc_start_order(user_id uuid, project_id uuid, quantity integer, payment_method text) returns uuid
    language plpgsql security definer as $$
    declare v_id uuid;
    begin
      insert into orders (user_id, project_id, quantity, total_amount, payment_method, status)
      values (rpc_start_order.user_id, rpc_start_order.project_id, rpc_start_order.quantity,
              rpc_start_order.quantity * (select price_per_lead from projects where id = rpc_start_order.project_id),
              rpc_start_order.payment_method::payment_method_type, 'pending') returning id into v_id;
      return v_id;
    end $$`),
  fn("public.rpc_confirm_order(uuid,text)", "dropped", "confirms orders waiting for a payment; no order waits for one any more", `
    create function rpc_confirm_order(order_id uuid, payment_reference text) returns json language plpgsql security definer as $$
    begin
      update orders set status = 'confirmed', payment_reference = rpc_confirm_order.payment_reference where id = rpc_confirm_order.order_id;
      return json_build_object('success', found);
    end $$`),

  // Assignment -----------------------------------------------------------------------------------
  fn("public.assign_leads_to_team_member(uuid[],uuid,uuid)", "replaced", "the app's RPC: trusts the manager id it is given", `
    create function assign_leads_to_team_member(p_lead_ids uuid[], p_manager_id uuid, p_assignee_id uuid) returns jsonb
    language plpgsql security definer as $$
    declare n int;
    begin
      update leads set assigned_to_id = p_assignee_id, assigned_at = now(), updated_at = now()
      where id = any (p_lead_ids) and (buyer_user_id = p_manager_id or owner_id = p_manager_id);
      get diagnostics n = row_count;
      return jsonb_build_object('success', true, 'updated_count', n);
    end $$;
    grant execute on function assign_leads_to_team_member(uuid[], uuid, uuid) to authenticated`),
  fn("public.unassign_leads(uuid[],uuid)", "replaced", "the app's RPC: trusts the manager id it is given", `
    create function unassign_leads(p_lead_ids uuid[], p_manager_id uuid) returns jsonb language plpgsql security definer as $$
    declare n int;
    begin
      update leads set assigned_to_id = null, assigned_at = null, updated_at = now()
      where id = any (p_lead_ids) and (buyer_user_id = p_manager_id or owner_id = p_manager_id);
      get diagnostics n = row_count;
      return jsonb_build_object('success', true, 'updated_count', n);
    end $$;
    grant execute on function unassign_leads(uuid[], uuid) to authenticated`),
  fn("public.rpc_reassign_lead(uuid,uuid)", "replaced", "the edge function's RPC: support and admins move a lead, logged in recent_activity", `
    create function rpc_reassign_lead(lead_id uuid, to_user_id uuid) returns json language plpgsql security definer as $$
    declare l record;
    begin
      select * into l from leads where id = rpc_reassign_lead.lead_id;
      if not found then raise exception 'Lead not found'; end if;
      update leads set buyer_user_id = rpc_reassign_lead.to_user_id, updated_at = now() where id = rpc_reassign_lead.lead_id;
      insert into recent_activity (user_id, action, details) values (rpc_reassign_lead.to_user_id, 'lead_reassigned',
        jsonb_build_object('lead_id', rpc_reassign_lead.lead_id, 'from_user_id', l.buyer_user_id));
      return json_build_object('lead_id', rpc_reassign_lead.lead_id, 'new_owner_id', rpc_reassign_lead.to_user_id, 'status', 'reassigned');
    end $$`),

  // Invitations ----------------------------------------------------------------------------------
  fn("public.accept_team_invitation(text)", "replaced", "the app's RPC: reads team_invitations, sets profiles.manager_id", `
    create function accept_team_invitation(invitation_token text) returns json language plpgsql security definer as $$
    declare inv record;
    begin
      select * into inv from team_invitations where token = invitation_token and status = 'pending' and expires_at > now()
        and invitee_email = (select email from profiles where id = auth.uid());
      if not found then return json_build_object('success', false, 'error', 'Invalid or expired invitation'); end if;
      update profiles set manager_id = inv.manager_id, updated_at = now() where id = auth.uid();
      update team_invitations set status = 'accepted', invitee_user_id = auth.uid(), updated_at = now() where token = invitation_token;
      return json_build_object('success', true, 'manager_id', inv.manager_id, 'message', 'Successfully joined team');
    end $$;
    grant execute on function accept_team_invitation(text) to authenticated`),
  fn("public.reject_team_invitation(text)", "replaced", "the app's RPC: updates team_invitations", `
    create function reject_team_invitation(invitation_token text) returns json language plpgsql security definer as $$
    begin
      update team_invitations set status = 'rejected', updated_at = now()
      where token = invitation_token and status = 'pending' and invitee_email = (select email from profiles where id = auth.uid());
      if not found then return json_build_object('success', false, 'error', 'Invalid invitation'); end if;
      return json_build_object('success', true);
    end $$`),
  fn("public.cleanup_expired_invitations()", "dropped", "updates team_invitations; salemate.expire_team_invites does it now", `
    create function cleanup_expired_invitations() returns integer language plpgsql as $$
    declare n int;
    begin
      update team_invitations set status = 'expired' where status = 'pending' and expires_at < now();
      get diagnostics n = row_count;
      return n;
    end $$`),

  // Leads ----------------------------------------------------------------------------------------
  fn("public.rpc_upload_leads(uuid,jsonb[])", "replaced",
    "another signature than the one made (uuid, jsonb: the app sends a JSON array): dropped, recorded", `
    create function rpc_upload_leads(project_id uuid, leads_data jsonb[]) returns json language plpgsql security definer as $$
    declare d jsonb; n int := 0;
    begin
      perform 1 from projects where id = rpc_upload_leads.project_id for update;
      if not found then raise exception 'Project not found'; end if;
      foreach d in array leads_data loop
        insert into leads (project_id, client_name, client_phone, platform, stage)
        values (rpc_upload_leads.project_id, d->>'client_name', d->>'client_phone', coalesce((d->>'platform')::platform_type, 'Other'), 'New Lead');
        n := n + 1;
      end loop;
      update projects set available_leads = coalesce(available_leads, 0) + n where id = rpc_upload_leads.project_id;
      return json_build_object('success', true, 'uploaded_count', n);
    end $$`),
  fn("public.rpc_leads_stats(uuid)", "replaced", "the app's RPC: any user's lead counts, read as the owner", `
    create function rpc_leads_stats(for_user uuid) returns json language plpgsql security definer as $$
    declare s record;
    begin
      select count(*) as total_leads, count(*) filter (where stage = 'New Lead') as new_leads into s from leads where buyer_user_id = for_user;
      return json_build_object('total_leads', s.total_leads, 'new_leads', s.new_leads);
    end $$`),
  fn("public.mark_notification_read(uuid,uuid)", "replaced", "SaleMate's RPC: updates notifications", `
    create function mark_notification_read(p_notification_id uuid, p_profile_id uuid) returns boolean language plpgsql as $$
    begin
      update notifications set status = 'read', read_at = now() where id = p_notification_id and user_id = p_profile_id and status <> 'read';
      return found;
    end $$`),
  fn("public.rpc_get_shop_projects()", "replaced", "the app's RPC: returns setof projects (the archived table's row type after phase 1)", `
    create function rpc_get_shop_projects() returns setof projects language plpgsql security definer as $$
    begin
      return query select * from projects where available_leads > 0 order by available_leads desc, name;
    end $$`),

  // Kept -----------------------------------------------------------------------------------------
  fn("public.get_user_tree(uuid)", "kept", "reads profiles.manager_id, which stays (kept in step with team memberships)", `
    create function get_user_tree(root_user_id uuid) returns table (user_id uuid, user_name text, depth int)
    language sql stable security definer as $$
      with recursive tree as (
        select p.id, p.name, 0 as depth from profiles p where p.id = root_user_id
        union all
        select c.id, c.name, t.depth + 1 from profiles c join tree t on c.manager_id = t.id where t.depth < 10)
      select id, name, depth from tree $$`),
  fn("public.calculate_next_send_at(text,time without time zone,integer,integer)", "kept", "app.json: kept (crm_scheduled_reports is not migrated)", `
    create function calculate_next_send_at(p_frequency text, p_time_of_day time, p_day_of_week integer default null,
        p_day_of_month integer default null) returns timestamptz language plpgsql stable as $$
    begin
      return date_trunc('day', now()) + interval '1 day' + p_time_of_day;
    end $$`),
];

export const LEGACY_TRIGGERS: LegacyTrigger[] = [
  {
    name: "on_auth_user_created",
    table: "auth.users",
    fate: "dropped",
    why: "handle_new_user makes the profile alone (and takes its role from the user's own metadata); the project's trigger makes the profile and its wallet",
    sql: `
      create function public.handle_new_user() returns trigger language plpgsql security definer set search_path = public as $$
      begin
        insert into profiles (id, name, email, phone, role)
        values (new.id, coalesce(new.raw_user_meta_data->>'name', split_part(new.email, '@', 1)), new.email,
                coalesce(new.raw_user_meta_data->>'phone', new.phone, ''), coalesce((new.raw_user_meta_data->>'role')::user_role, 'user'))
        on conflict (id) do update set name = coalesce(excluded.name, profiles.name), email = coalesce(excluded.email, profiles.email);
        return new;
      end $$;
      create trigger on_auth_user_created after insert on auth.users for each row execute function public.handle_new_user()`,
  },
  {
    name: "auto_assign_manager_on_signup",
    table: "profiles",
    fate: "dropped",
    why: "reads and writes team_invitations on every new profile",
    sql: `
      create function public.check_pending_invitations_on_signup() returns trigger language plpgsql security definer as $$
      declare inv record;
      begin
        select * into inv from team_invitations where invitee_email = new.email and status = 'pending' and expires_at > now()
        order by created_at desc limit 1;
        if found then
          new.manager_id := inv.manager_id;
          update team_invitations set status = 'accepted', invitee_user_id = new.id, updated_at = now() where id = inv.id;
        end if;
        return new;
      end $$;
      create trigger auto_assign_manager_on_signup before insert on profiles for each row execute function public.check_pending_invitations_on_signup()`,
  },
  {
    name: "trigger_update_lead_project_name",
    table: "leads",
    fate: "dropped",
    why: "reads projects (moved to inventory_projects) on every lead written",
    sql: `
      create function public.update_lead_project_name() returns trigger language plpgsql as $$
      begin
        select name into new.project_name from projects where id = new.project_id;
        return new;
      end $$;
      create trigger trigger_update_lead_project_name before insert or update of project_id on leads
        for each row execute function public.update_lead_project_name()`,
  },
  {
    name: "trg_wallet_transactions_balance",
    table: "wallet_transactions",
    fate: "dropped",
    why: "a trigger on a moved table that writes another table (profiles.wallet_balance)",
    sql: `
      create function public.sync_wallet_balance_from_transactions() returns trigger language plpgsql security definer as $$
      begin
        update profiles set wallet_balance = wallet_balance + case when new.type = 'debit' then -new.amount else new.amount end
        where id = new.user_id;
        return new;
      end $$;
      create trigger trg_wallet_transactions_balance after insert on wallet_transactions
        for each row execute function public.sync_wallet_balance_from_transactions()`,
  },
  {
    name: "trigger_update_purchase_requests_updated_at",
    table: "purchase_requests",
    fate: "kept",
    why: "a trigger on a moved table that writes nothing else: it stays on the archived table, inert",
    sql: `
      create function public.update_purchase_requests_updated_at() returns trigger language plpgsql as $$
      begin
        new.updated_at := now();
        return new;
      end $$;
      create trigger trigger_update_purchase_requests_updated_at before update on purchase_requests
        for each row execute function public.update_purchase_requests_updated_at()`,
  },
];

/** A legacy view over a moved table (after phase 1 it would read the archive, frozen), and one over that view. */
export const LEGACY_VIEWS = [
  {
    name: "wallet_balances_summary",
    sql: `create view public.wallet_balances_summary as
            select user_id, sum(case when type = 'debit' then -amount else amount end) as balance, count(*) as entries
            from wallet_transactions group by user_id`,
  },
  {
    name: "wallet_top_balances",
    sql: "create view public.wallet_top_balances as select * from public.wallet_balances_summary where balance > 1000",
  },
];

/** The functions the app-facing triggers above run (recorded with their trigger when dropped). */
export const LEGACY_TRIGGER_FUNCTIONS = [
  "public.handle_new_user()",
  "public.check_pending_invitations_on_signup()",
  "public.update_lead_project_name()",
  "public.sync_wallet_balance_from_transactions()",
];

export const legacyFunctionsAndTriggers: DriftVariant = {
  name: "SaleMate's legacy functions and triggers",
  sql: [
    ...LEGACY_ROUTINES.map((r) => r.sql.trim()),
    ...LEGACY_TRIGGERS.map((t) => t.sql.trim()),
    ...LEGACY_VIEWS.map((v) => v.sql.trim()),
  ].join(";\n"),
};
