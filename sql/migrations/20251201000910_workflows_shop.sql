-- Shop workflows as GraphQL mutations (issue 5, shop part): the plan's flow
-- "lead ingestion -> shop -> purchase -> CRM".
--
--   ingest_lead_batch    -> ingestLeadBatch   admins: a batch and its leads in one step; they become shop stock
--   shop_projects        -> shopProjects      what the shop sells, per project (view; counts and prices only)
--   shop_lead_batches    -> shopLeadBatches   the same, per batch (view)
--   purchase_leads       -> purchaseLeads     buy N leads of a project (or of one batch) from the wallet, atomically
--   request_leads        -> requestLeads      ask for leads of a project (a pending request finance and admins decide)
--   lead_purchase_items  (table)              which leads each purchase delivered, at which price; a lead is sold once
--
-- Shop stock: leads with is_sold false and no buyer, owner or assignee. (A lead an agent added
-- for themselves is unsold too, but it has an owner: it is theirs, never stock.) A stock lead
-- costs its batch's cpl_price, or its project's price_per_lead when the batch has no price or
-- the lead no batch, rounded to cents (EGP). The views and purchase_leads use that one rule.
-- The shop never shows who the clients are: buyers cannot read unsold leads (leads RLS), and the
-- views read the stock through salemate.shop_stock(), which returns counts and prices only.
-- inventory_projects.available_leads is the legacy, hand-kept figure: nothing maintains it, so
-- purchases leave it alone (maintaining it would also make every purchase of a project queue on
-- the project row); the live count is shop_projects.available_leads.
--
-- purchase_leads, in one transaction, in this order: checks the caller (a signed-in, active
-- profile), the quantity (1-500), the project and batch; locks the buyer's wallet row (one
-- buyer's purchases queue there); picks the oldest stock leads with `for update skip locked`
-- (concurrent buyers never get the same lead and never wait for each other); refuses when fewer
-- are available or the wallet cannot pay, before writing anything; then writes the transaction
-- (purchase, fulfilled, paid from the wallet), marks the leads sold to the buyer (buyer, owner
-- and assignee; sold_at, assigned_at; cpl_price = the price paid), links each lead to the
-- transaction (lead_purchase_items), debits the wallet with one ledger entry (entry_type purchase,
-- reference lead_transaction) and records a 'purchased' event per lead. Any failure rolls all of
-- it back. It runs as definer (a buyer may neither read nor update stock leads), so it checks
-- the caller itself and names every object with its schema.
--
-- What leaves the GraphQL API: createLeadTransaction (purchases and requests are made by the
-- workflows; finance and admins still decide them with updateLeadTransaction) and every write
-- on lead_purchase_items. Errors are P0001 with a plain sentence and a hint (BUSINESS_RULE).
-- Running the file again changes nothing.

-- lead_purchase_items ---------------------------------------------------------------------------------

create table if not exists public.lead_purchase_items (
  transaction_id uuid not null references public.lead_transactions (transaction_id) on delete cascade,
  lead_id uuid not null references public.leads (id) on delete cascade,
  unit_price numeric(14, 2) not null check (unit_price >= 0),
  created_at timestamptz not null default now(),
  constraint lead_purchase_items_pkey primary key (transaction_id, lead_id),
  -- A lead is sold once: a second purchase of it cannot be recorded.
  constraint lead_purchase_items_lead_id_key unique (lead_id)
);
create index if not exists lead_purchase_items_created_at_idx on public.lead_purchase_items (created_at);

comment on table public.lead_purchase_items is E'@behavior -insert -update -delete\nThe leads a shop purchase delivered (purchaseLeads), one row per lead, with the price paid. A lead appears here at most once: it is sold once. Written only by purchaseLeads; visible to whoever can read the purchase.';
comment on column public.lead_purchase_items.transaction_id is 'The purchase (lead_transactions of type purchase) that delivered the lead.';
comment on column public.lead_purchase_items.lead_id is 'The lead delivered; unique, a lead is sold once.';
comment on column public.lead_purchase_items.unit_price is 'Price paid for this lead, EGP (its batch''s cpl_price, else its project''s price_per_lead).';
comment on column public.lead_purchase_items.created_at is 'When the lead was sold.';

alter table public.lead_purchase_items enable row level security;
select salemate.take_over_policies(4, 'public.lead_purchase_items');
drop policy if exists "People who can read a purchase read its items" on public.lead_purchase_items;
create policy "People who can read a purchase read its items" on public.lead_purchase_items for select to authenticated
  using (exists (select 1 from public.lead_transactions t where t.transaction_id = lead_purchase_items.transaction_id));
select salemate.claim_policies(4, 'public.lead_purchase_items');

revoke all on public.lead_purchase_items from anon, authenticated;
grant select on public.lead_purchase_items to authenticated;
grant all on public.lead_purchase_items to service_role;

-- The stock, for the shop views and purchase_leads ---------------------------------------------------

create index if not exists leads_shop_stock_idx on public.leads (project_id, batch_id, created_at, id)
  where not is_sold and buyer_user_id is null and owner_id is null and assigned_to_id is null;

-- Definer: buyers may not read stock leads. It returns counts and prices, never a lead.
create or replace function salemate.shop_stock()
  returns table (project_id uuid, batch_id uuid, batch_name text, price_per_lead numeric, available_leads bigint,
                 oldest_lead_at timestamptz, newest_lead_at timestamptz)
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select l.project_id, l.batch_id, b.batch_name, round(coalesce(b.cpl_price, p.price_per_lead), 2), count(*),
           min(l.created_at), max(l.created_at)
    from public.leads l
    join public.inventory_projects p on p.id = l.project_id
    left join public.lead_batches b on b.id = l.batch_id
    where not l.is_sold and l.buyer_user_id is null and l.owner_id is null and l.assigned_to_id is null
    group by l.project_id, l.batch_id, b.batch_name, b.cpl_price, p.price_per_lead
  $$;
comment on function salemate.shop_stock() is 'Shop stock per project and batch: how many leads are for sale and at what price (no lead details).';
revoke all on function salemate.shop_stock() from public;
grant execute on function salemate.shop_stock() to authenticated, service_role;

create or replace view public.shop_projects with (security_invoker = true) as
  select p.id as project_id, p.name, p.developer, p.region, p.description,
         round(p.price_per_lead, 2) as price_per_lead,
         coalesce(sum(s.available_leads), 0)::bigint as available_leads,
         min(s.price_per_lead) as min_price_per_lead,
         max(s.price_per_lead) as max_price_per_lead
  from public.inventory_projects p
  left join salemate.shop_stock() s on s.project_id = p.id
  group by p.id;
comment on view public.shop_projects is E'@primaryKey project_id\n@behavior -insert -update -delete\nThe shop, per project: how many leads are for sale and their prices. Buy with purchaseLeads; client details are only visible once bought.';
comment on column public.shop_projects.project_id is 'The project (inventory_projects).';
comment on column public.shop_projects.name is 'Project (compound) name.';
comment on column public.shop_projects.developer is 'Developer that builds the project.';
comment on column public.shop_projects.region is 'Region the project is in.';
comment on column public.shop_projects.description is 'Description shown in the shop.';
comment on column public.shop_projects.price_per_lead is 'The project''s price per lead, EGP: what a lead costs unless its batch has a price of its own.';
comment on column public.shop_projects.available_leads is 'Leads of the project for sale now.';
comment on column public.shop_projects.min_price_per_lead is 'Cheapest lead for sale now, EGP (null when none).';
comment on column public.shop_projects.max_price_per_lead is 'Dearest lead for sale now, EGP (null when none).';

create or replace view public.shop_lead_batches with (security_invoker = true) as
  select s.project_id, p.name as project_name, s.batch_id, s.batch_name, s.price_per_lead, s.available_leads,
         s.oldest_lead_at, s.newest_lead_at
  from salemate.shop_stock() s
  join public.inventory_projects p on p.id = s.project_id;
comment on view public.shop_lead_batches is E'@foreignKey (project_id) references shop_projects (project_id)\n@behavior -insert -update -delete\nThe shop, per batch of a project: leads for sale and their price. Leads added outside a batch are one row with batchId null. Buy from a batch with purchaseLeads(batchId).';
comment on column public.shop_lead_batches.project_id is 'The project.';
comment on column public.shop_lead_batches.project_name is 'Project (compound) name.';
comment on column public.shop_lead_batches.batch_id is 'The batch (null: the project''s leads that came in no batch).';
comment on column public.shop_lead_batches.batch_name is 'Name of the batch.';
comment on column public.shop_lead_batches.price_per_lead is 'Price of one lead of this batch, EGP (the batch''s cpl_price, else the project''s price_per_lead).';
comment on column public.shop_lead_batches.available_leads is 'Leads of this batch for sale now.';
comment on column public.shop_lead_batches.oldest_lead_at is 'When the oldest lead for sale came in (sold first).';
comment on column public.shop_lead_batches.newest_lead_at is 'When the newest lead for sale came in.';

revoke all on public.shop_projects, public.shop_lead_batches from anon, authenticated;
grant select on public.shop_projects, public.shop_lead_batches to authenticated, service_role;

-- ingest_lead_batch -------------------------------------------------------------------------------------

create or replace function public.ingest_lead_batch(project_id uuid, batch_name text, leads jsonb, cpl_price numeric default null)
  returns public.lead_batches
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_name text := nullif(btrim(ingest_lead_batch.batch_name), '');
    v_project public.inventory_projects;
    n int;
    bad record;
    batch public.lead_batches;
  begin
    if me is null or not salemate.has_role('admin') then
      raise exception 'Only admins upload lead batches.' using errcode = 'P0001',
        hint = 'Ask an admin to upload the leads.';
    end if;
    select p.* into v_project from public.inventory_projects p where p.id = ingest_lead_batch.project_id;
    if not found then
      raise exception 'Project not found.' using errcode = 'P0001', hint = 'Check the project id; add the project to the inventory first.';
    end if;
    if v_name is null then
      raise exception 'The batch name is empty.' using errcode = 'P0001', hint = 'Name the batch, e.g. "Mivida - Facebook - March".';
    end if;
    if ingest_lead_batch.cpl_price is not null and not (ingest_lead_batch.cpl_price >= 0 and ingest_lead_batch.cpl_price < 1e12) then
      raise exception 'The price per lead must be zero or more.' using errcode = 'P0001',
        hint = 'Leave it out to sell the leads at the project''s price per lead.';
    end if;
    if ingest_lead_batch.leads is null or jsonb_typeof(ingest_lead_batch.leads) <> 'array' or jsonb_array_length(ingest_lead_batch.leads) = 0 then
      raise exception 'Leads must be a non-empty list of objects.' using errcode = 'P0001',
        hint = 'Send [{"client_name": "...", "client_phone": "...", "platform": "Facebook"}, ...].';
    end if;
    n := jsonb_array_length(ingest_lead_batch.leads);
    if n > 5000 then
      raise exception 'A batch holds at most 5000 leads; this one has %.', n using errcode = 'P0001', hint = 'Split the upload into several batches.';
    end if;

    -- The first lead that cannot be stored, if any: the whole upload is refused, naming it.
    select x.ord, x.problem into bad
    from (
      select e.ord,
             case when jsonb_typeof(e.v) <> 'object' then 'is not an object'
                  when jsonb_typeof(e.v -> 'client_name') is distinct from 'string' or btrim(e.v ->> 'client_name') = '' then 'has no client_name'
                  when jsonb_typeof(e.v -> 'client_phone') is distinct from 'string' or btrim(e.v ->> 'client_phone') = '' then 'has no client_phone'
                  when e.v ? 'platform' and jsonb_typeof(e.v -> 'platform') <> 'null'
                       and not exists (select 1 from unnest(enum_range(null::public.platform_type)) t(x) where lower(t.x::text) = lower(btrim(e.v ->> 'platform')))
                    then format('has an unknown platform %s (Facebook, Google, TikTok or Other)', e.v -> 'platform')
                  when e.v ? 'budget' and jsonb_typeof(e.v -> 'budget') not in ('number', 'null') then 'has a budget that is not a number'
             end as problem
      from jsonb_array_elements(ingest_lead_batch.leads) with ordinality e(v, ord)
    ) x
    where x.problem is not null
    order by x.ord
    limit 1;
    if found then
      raise exception 'Lead % of the upload %.', bad.ord, bad.problem using errcode = 'P0001',
        hint = 'Every lead needs client_name and client_phone; platform is Facebook, Google, TikTok or Other. Nothing was uploaded.';
    end if;

    insert into public.lead_batches (batch_name, project_id, upload_user_id, cpl_price, status, total_leads, successful_leads, failed_leads)
    values (v_name, v_project.id, me, round(ingest_lead_batch.cpl_price, 2), 'completed', n, n, 0)
    returning * into batch;

    insert into public.leads (project_id, project_name, batch_id, client_name, client_phone, client_phone2, client_phone3, client_email,
                              client_job_title, company_name, budget, platform, source, stage, priority, is_sold, upload_user_id)
    select v_project.id, v_project.name, batch.id, btrim(e.v ->> 'client_name'), btrim(e.v ->> 'client_phone'),
           nullif(btrim(e.v ->> 'client_phone2'), ''), nullif(btrim(e.v ->> 'client_phone3'), ''), nullif(btrim(e.v ->> 'client_email'), ''),
           nullif(btrim(e.v ->> 'client_job_title'), ''), nullif(btrim(e.v ->> 'company_name'), ''), (e.v ->> 'budget')::numeric,
           coalesce((select t.x from unnest(enum_range(null::public.platform_type)) t(x) where lower(t.x::text) = lower(btrim(e.v ->> 'platform'))),
                    'Other'),
           coalesce(nullif(btrim(e.v ->> 'source'), ''), 'csv_upload'), 'New Lead'::public.lead_stage, 'normal', false, me
    from jsonb_array_elements(ingest_lead_batch.leads) with ordinality e(v, ord)
    order by e.ord;
    return batch;
  end
  $$;
comment on function public.ingest_lead_batch(uuid, text, jsonb, numeric) is
'Admins upload a batch of leads for a project: the batch (status completed) and its leads, which go on sale in the shop at once.
Arguments: projectId, the project (inventory); batchName, shown to admins; leads, a JSON list of objects with client_name and client_phone (required) and client_phone2, client_phone3, client_email, client_job_title, company_name, budget (a number), platform (Facebook, Google, TikTok or Other; default Other), source (default csv_upload); cplPrice, the price of one lead of this batch in EGP (default: the project''s price per lead).
Fails with BUSINESS_RULE when the caller is not an admin, the project does not exist, the name is blank, the price is negative, the list is empty or longer than 5000, or a lead lacks a name or phone or has an unknown platform (the error names the first such lead); nothing is uploaded then.';

-- purchase_leads ---------------------------------------------------------------------------------------

create or replace function public.purchase_leads(project_id uuid, quantity integer, batch_id uuid default null)
  returns public.lead_transactions
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_status text;
    v_project public.inventory_projects;
    v_batch public.lead_batches;
    v_wallet public.profile_wallets;
    v_where text;
    picked uuid[];
    n int;
    total numeric(14, 2);
    tx public.lead_transactions;
  begin
    if me is not null then
      select p.status into v_status from public.profiles p where p.id = me;
    end if;
    if v_status is null then
      raise exception 'Only a signed-in user with a profile buys leads.' using errcode = 'P0001',
        hint = 'Sign in (and finish creating your profile) first.';
    end if;
    if v_status <> 'active' then
      raise exception 'Your account is %: it cannot buy leads.', v_status using errcode = 'P0001', hint = 'Contact support.';
    end if;
    if purchase_leads.quantity is null or purchase_leads.quantity not between 1 and 500 then
      raise exception 'You can buy between 1 and 500 leads at a time.' using errcode = 'P0001',
        hint = 'Ask for 1 to 500 leads; buy more in several purchases.';
    end if;
    select p.* into v_project from public.inventory_projects p where p.id = purchase_leads.project_id;
    if not found then
      raise exception 'Project not found.' using errcode = 'P0001', hint = 'Pick a project from the shop (shopProjects).';
    end if;
    if purchase_leads.batch_id is not null then
      select b.* into v_batch from public.lead_batches b where b.id = purchase_leads.batch_id and b.project_id = v_project.id;
      if not found then
        raise exception 'Lead batch not found in this project.' using errcode = 'P0001',
          hint = 'Pick a batch of this project from the shop (shopLeadBatches), or leave the batch out.';
      end if;
    end if;
    v_where := case when purchase_leads.batch_id is null then 'of this project' else 'of this batch' end;

    -- The buyer's wallet, locked: one buyer's purchases queue here, so the balance checked
    -- below is the balance debited. (No wallet: nothing to pay with.)
    select w.* into v_wallet from public.profile_wallets w where w.profile_id = me for update;

    -- The oldest stock leads, locked; leads another purchase holds are skipped, not waited for.
    select coalesce(array_agg(s.id order by s.created_at, s.id), '{}'), count(*), coalesce(sum(s.price), 0)
      into picked, n, total
    from (
      select l.id, l.created_at, round(coalesce(b.cpl_price, v_project.price_per_lead), 2) as price
      from public.leads l
      left join public.lead_batches b on b.id = l.batch_id
      where l.project_id = v_project.id
        and (purchase_leads.batch_id is null or l.batch_id = purchase_leads.batch_id)
        and not l.is_sold and l.buyer_user_id is null and l.owner_id is null and l.assigned_to_id is null
      order by l.created_at, l.id
      limit purchase_leads.quantity
      for update of l skip locked
    ) s;

    if n = 0 then
      raise exception 'No leads % are available.', v_where using errcode = 'P0001',
        hint = 'Pick another project or batch in the shop, or request leads of this project (requestLeads).';
    end if;
    if n < purchase_leads.quantity then
      raise exception 'Only % % % available; you asked for %.', n, case when n = 1 then 'lead' else 'leads' end,
        v_where || case when n = 1 then ' is' else ' are' end, purchase_leads.quantity
        using errcode = 'P0001', hint = format('Buy %s or fewer, or request more leads of this project (requestLeads).', n);
    end if;
    if v_wallet.id is not null and v_wallet.currency <> 'EGP' then
      raise exception 'Your wallet is in %; leads are sold in EGP.', v_wallet.currency using errcode = 'P0001', hint = 'Contact finance.';
    end if;
    if coalesce(v_wallet.balance, 0) < total then
      raise exception 'Insufficient balance: the wallet holds % EGP, the purchase costs % EGP.', coalesce(v_wallet.balance, 0.00)::numeric(14, 2), total
        using errcode = 'P0001', hint = 'Top up your wallet or buy fewer leads.';
    end if;

    -- Nothing was written so far; from here on, all of it or none.
    insert into public.lead_transactions (transaction_type, profile_id, project_id, project_name, batch_id, quantity, amount, currency,
                                          status, payment_method, source, fulfilled_at)
    values ('purchase', me, v_project.id, v_project.name, purchase_leads.batch_id, n, total, 'EGP',
            'fulfilled', 'wallet', 'wallet', now())
    returning * into tx;

    update public.leads l set
      is_sold = true, sold_at = now(), buyer_user_id = me, owner_id = me, assigned_to_id = me, assigned_at = now(),
      cpl_price = round(coalesce((select b.cpl_price from public.lead_batches b where b.id = l.batch_id), v_project.price_per_lead), 2),
      stage = coalesce(l.stage, 'New Lead')
    where l.id = any (picked);

    insert into public.lead_purchase_items (transaction_id, lead_id, unit_price)
    select tx.transaction_id, l.id, l.cpl_price from public.leads l where l.id = any (picked);

    -- Free leads move no money: no ledger entry then. (The source says the buyer's own purchase;
    -- phase 2's tg_profile_wallet_ledger__resolve_wallet stamps created_by with the buyer.)
    if total > 0 then
      insert into public.profile_wallet_ledger (profile_id, wallet_id, entry_type, amount, source, status, description,
                                                reference_type, reference_id, metadata)
      values (me, v_wallet.id, 'purchase', -total, 'app', 'completed',
              format('%s %s of %s', n, case when n = 1 then 'lead' else 'leads' end, v_project.name),
              'lead_transaction', tx.transaction_id,
              jsonb_strip_nulls(jsonb_build_object('project_id', v_project.id, 'batch_id', purchase_leads.batch_id, 'quantity', n)));
    end if;

    insert into public.lead_events (lead_id, actor_profile_id, event_type, payload)
    select l.id, me, 'purchased', jsonb_build_object('transaction_id', tx.transaction_id, 'price', l.cpl_price, 'currency', 'EGP')
    from public.leads l where l.id = any (picked);

    return tx;
  end
  $$;
comment on function public.purchase_leads(uuid, integer, uuid) is
'Buys leads from the shop with the wallet, in one step: the oldest leads for sale of the project (or of one of its batches) become the caller''s (buyer, owner and assignee; they appear in the CRM), the wallet is debited their price (one purchase entry in the wallet history), and the purchase is returned (status fulfilled; its leads are in leadPurchaseItemsByTransactionId). Each lead costs its batch''s price, else the project''s price per lead. Concurrent buyers never get the same lead.
Arguments: projectId, the project (see shopProjects); quantity, how many leads, 1 to 500; batchId, a batch of that project to buy from (default: any).
Fails with BUSINESS_RULE, and changes nothing, when the caller has no active profile, the quantity is outside 1-500, the project or batch does not exist, fewer leads are available than asked ("Only N leads of this project are available"), or the wallet cannot pay ("Insufficient balance: the wallet holds X EGP, the purchase costs Y EGP").';

-- request_leads -----------------------------------------------------------------------------------------

create or replace function public.request_leads(project_id uuid, quantity integer, notes text default null)
  returns public.lead_transactions
  language plpgsql volatile security invoker
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    v_project public.inventory_projects;
    tx public.lead_transactions;
  begin
    if me is null or not exists (select 1 from public.profiles p where p.id = me) then
      raise exception 'Only a signed-in user with a profile requests leads.' using errcode = 'P0001',
        hint = 'Sign in (and finish creating your profile) first.';
    end if;
    if request_leads.quantity is null or request_leads.quantity not between 1 and 5000 then
      raise exception 'You can request between 1 and 5000 leads at a time.' using errcode = 'P0001', hint = 'Ask for 1 to 5000 leads.';
    end if;
    select p.* into v_project from public.inventory_projects p where p.id = request_leads.project_id;
    if not found then
      raise exception 'Project not found.' using errcode = 'P0001', hint = 'Pick a project from the shop (shopProjects).';
    end if;
    insert into public.lead_transactions (transaction_type, profile_id, project_id, project_name, quantity, amount, currency, status, source, notes)
    values ('request', me, v_project.id, v_project.name, request_leads.quantity,
            round(request_leads.quantity * v_project.price_per_lead, 2), 'EGP', 'pending', 'shop', nullif(btrim(request_leads.notes), ''))
    returning * into tx;
    return tx;
  end
  $$;
comment on function public.request_leads(uuid, integer, text) is
'Asks for leads of a project the shop cannot supply now: a pending request (transaction type request) that finance and admins approve or reject. Nothing is paid; the amount is the estimate at the project''s price per lead.
Arguments: projectId, the project; quantity, how many leads, 1 to 5000; notes, optional text for the reviewers.
Fails with BUSINESS_RULE when the caller has no profile, the quantity is outside 1-5000 or the project does not exist.';

revoke all on function public.ingest_lead_batch(uuid, text, jsonb, numeric), public.purchase_leads(uuid, integer, uuid),
  public.request_leads(uuid, integer, text) from public, anon;
grant execute on function public.ingest_lead_batch(uuid, text, jsonb, numeric), public.purchase_leads(uuid, integer, uuid),
  public.request_leads(uuid, integer, text) to authenticated;

-- What leaves the GraphQL API --------------------------------------------------------------------------
-- Purchases and requests are made by the workflows above; finance and admins still decide
-- transactions (updateLeadTransaction) and admins delete them. (salemate.add_behavior comes
-- from 20251201000900_workflows_wallet.sql.)

select salemate.add_behavior('public.lead_transactions', '-insert');
