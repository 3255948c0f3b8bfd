-- Tables the app uses that were created by hand in the Supabase dashboard, so the migration
-- record never shows them. Their columns are inferred from the plan and from the tables
-- that refer to them; they carry the inconsistencies the plan complains about.

-- One wallet per user. The same balance is also kept on profiles.wallet_balance by some
-- scripts, and the two drift apart.
create table user_wallets (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  balance numeric not null default 0,
  currency text default 'EGP',
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);

-- The wallet ledger, written by three generations of code:
--  * typed rows: `type` in (deposit, withdrawal, credit, debit, purchase, refund, topup) with a positive `amount`;
--  * signed rows: `amount` positive or negative, `type` null;
--  * double-entry rows: `credit` / `debit` columns set, `amount` null.
-- `status` mixes vocabularies (completed, COMPLETED, success, done, approved, pending,
-- processing, failed, rejected, cancelled, null).
create table wallet_transactions (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  wallet_id uuid,
  type text,
  amount numeric,
  credit numeric,
  debit numeric,
  status text,
  description text,
  reference_type text,
  reference_id uuid,
  metadata jsonb,
  created_at timestamptz default now(),
  updated_at timestamptz
);

-- The first generation of lead feedback, before case_feedback existed.
create table feedback_history (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  user_id uuid,
  feedback_text text not null,
  stage text,
  created_at timestamptz default now()
);

-- Requests to buy leads of a project from the shop, paid by wallet or receipt.
create table lead_purchase_requests (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  project_id uuid,
  batch_id uuid,
  number_of_leads integer not null,
  total_price numeric not null,
  payment_method text,
  status text not null default 'pending',
  receipt_url text,
  admin_notes text,
  approved_by uuid,
  approved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz
);

-- Threaded replies to support cases. `user_id` is a uuid here although support_cases keeps
-- its people as text.
create table support_case_replies (
  id uuid not null default gen_random_uuid(),
  case_id uuid not null,
  user_id uuid not null,
  message text not null,
  is_internal_note boolean default false,
  attachments jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz
);

-- Advertising accounts that feed leads in (Facebook lead ads, Google, TikTok).
create table ad_integrations (
  id uuid not null default gen_random_uuid(),
  platform platform_type not null,
  name text not null,
  account_id text,
  project_id uuid,
  status text not null default 'active',
  config jsonb default '{}'::jsonb,
  last_sync_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz
);
