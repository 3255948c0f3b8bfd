-- Tables recorded in SaleMate's migration history, column for column (see 03_unrecorded_tables.sql
-- for the ones made by hand). Keys and references follow in 04_relations.sql.

-- Profiles & Finance

create table profiles (
  created_at timestamptz default now(),
  email text not null,
  id uuid not null default gen_random_uuid(),
  is_banned boolean,
  manager_id uuid,
  name text not null,
  phone text,
  role user_role,
  updated_at timestamptz default now(),
  phone_verified_at timestamptz,
  last_login_at timestamptz,
  remember_token text,
  wallet_balance numeric not null default 0
);

create table payment_transactions (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  amount numeric not null,
  currency text not null default 'EGP'::text,
  payment_method text not null,
  gateway text not null,
  gateway_transaction_id text,
  gateway_payment_intent_id text,
  status text not null default 'pending'::text,
  transaction_type text not null,
  reference_id uuid,
  metadata jsonb,
  error_message text,
  test_mode boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz
);

create table wallet_topup_requests (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  amount numeric not null,
  receipt_file_url text,
  receipt_file_name text,
  payment_method text not null,
  status text not null default 'pending'::text,
  validated_by uuid,
  validated_at timestamptz,
  admin_notes text,
  rejected_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  payment_transaction_id uuid,
  gateway text,
  gateway_transaction_id text
);

create table otp_challenges (
  id uuid not null default gen_random_uuid(),
  context text not null,
  channel text not null default 'sms'::text,
  target text not null,
  phone text,
  code_hash text not null,
  provider text not null default 'twilio_sms'::text,
  status text not null default 'pending'::text,
  attempt_count integer not null default 0,
  send_count integer not null default 0,
  metadata jsonb not null default '{}'::jsonb,
  expires_at timestamptz not null,
  verified_at timestamptz,
  verified_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table otp_attempts (
  id bigserial not null,
  challenge_id uuid not null,
  result text not null,
  ip_address inet,
  user_agent text,
  created_at timestamptz not null default now()
);

create table recent_activity (
  action text not null,
  created_at timestamptz default now(),
  details jsonb,
  id uuid not null default gen_random_uuid(),
  user_id uuid not null
);

create table posts (
  author_id uuid not null,
  content text not null,
  created_at timestamptz default now(),
  id uuid not null default gen_random_uuid(),
  updated_at timestamptz default now()
);

create table comments (
  author_id uuid not null,
  content text not null,
  created_at timestamptz default now(),
  id uuid not null default gen_random_uuid(),
  post_id uuid not null,
  updated_at timestamptz default now()
);

create table partners (
  commission_rate numeric,
  created_at timestamptz default now(),
  description text,
  id uuid not null default gen_random_uuid(),
  logo_path text,
  name text not null,
  status partner_status,
  updated_at timestamptz default now(),
  website text
);

-- Inventory & Commerce

create table projects (
  available_leads numeric,
  created_at timestamptz default now(),
  description text,
  developer text not null,
  id uuid not null default gen_random_uuid(),
  name text not null,
  price_per_lead numeric not null,
  region text not null,
  updated_at timestamptz default now()
);

create table project_partner_commissions (
  id uuid not null default gen_random_uuid(),
  project_id uuid not null,
  partner_id uuid not null,
  commission_rate numeric not null,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table "salemate-inventory" (
  id bigserial not null,
  unit_id text,
  unit_number text,
  building_number text,
  compound text,
  developer text,
  area text,
  property_type text,
  number_of_bedrooms integer,
  number_of_bathrooms integer,
  unit_area numeric,
  price_in_egp numeric,
  price_per_meter numeric,
  currency text default 'EGP'::text,
  finishing text,
  sale_type text,
  is_launch boolean default false,
  ready_by text,
  floor_number integer,
  garden_area numeric,
  roof_area numeric,
  phase text,
  payment_plans text,
  offers text,
  image text,
  original_unit_id text,
  last_inventory_update timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Leads & CRM

create table lead_batches (
  batch_name text not null,
  cpl_price numeric,
  created_at timestamptz default now(),
  failed_leads numeric,
  id uuid not null default gen_random_uuid(),
  project_id uuid not null,
  status text,
  successful_leads numeric,
  total_leads numeric,
  updated_at timestamptz default now(),
  upload_user_id uuid not null
);

create table leads (
  assigned_to_id uuid,
  batch_id uuid,
  buyer_user_id uuid,
  client_email text,
  client_job_title text,
  client_name text not null,
  client_phone text not null,
  client_phone2 text,
  client_phone3 text,
  cpl_price numeric,
  created_at timestamptz default now(),
  feedback text,
  id uuid not null default gen_random_uuid(),
  is_sold boolean,
  platform platform_type not null,
  project_id uuid not null,
  sold_at timestamptz,
  source text,
  stage lead_stage,
  updated_at timestamptz default now(),
  upload_user_id uuid,
  company_name text,
  assigned_at timestamptz,
  owner_id uuid,
  budget numeric,
  project_name text,
  priority text default 'normal'::text,
  last_contacted_at timestamptz,
  next_followup_at timestamptz,
  integration_id uuid
);

create table lead_tags (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  tag_name text not null,
  color text default '#3b82f6'::text,
  created_at timestamptz not null default now(),
  created_by uuid
);

create table lead_reminders (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  user_id uuid not null,
  reminder_date timestamptz not null,
  reminder_text text,
  is_completed boolean not null default false,
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table lead_activities (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  user_id uuid not null,
  activity_type text not null,
  activity_data jsonb default '{}'::jsonb,
  description text,
  created_at timestamptz not null default now()
);

create table case_feedback (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  stage text not null,
  feedback text not null,
  ai_coach text,
  created_by uuid not null,
  created_at timestamptz not null default now()
);

create table case_actions (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  action_type text not null,
  payload jsonb,
  due_at timestamptz,
  status text not null default 'PENDING'::text,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  completed_at timestamptz,
  notified_at timestamptz
);

create table case_faces (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  from_agent uuid,
  to_agent uuid not null,
  reason text,
  created_by uuid not null,
  created_at timestamptz not null default now()
);

create table inventory_matches (
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  filters jsonb not null,
  result_count integer not null default 0,
  top_units jsonb,
  recommendation text,
  created_by uuid not null,
  created_at timestamptz not null default now()
);

create table notifications (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  title text not null,
  body text not null,
  url text,
  channels text[] default ARRAY['inapp'::text],
  status text not null default 'pending'::text,
  read_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);

create table lead_requests (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  project_name text not null,
  project_id uuid,
  quantity integer not null,
  budget numeric not null,
  status text not null default 'pending'::text,
  notes text,
  fulfilled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table purchase_requests (
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  project_id uuid not null,
  quantity integer not null,
  total_amount numeric not null,
  payment_method text not null,
  receipt_url text,
  receipt_file_name text,
  status text not null default 'pending'::text,
  admin_notes text,
  approved_by uuid,
  approved_at timestamptz,
  rejected_at timestamptz,
  rejected_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  project_name text
);

create table orders (
  created_at timestamptz default now(),
  id uuid not null default gen_random_uuid(),
  payment_method payment_method_type not null,
  payment_reference text,
  project_id uuid not null,
  quantity numeric not null,
  status order_status,
  total_amount numeric not null,
  updated_at timestamptz default now(),
  user_id uuid not null
);

create table banner_metrics (
  id uuid not null default gen_random_uuid(),
  banner_id uuid,
  viewer_id uuid,
  event text not null,
  created_at timestamptz not null default now()
);

create table dashboard_banners (
  id uuid not null default gen_random_uuid(),
  title text not null,
  subtitle text,
  cta_label text,
  cta_url text,
  image_url text,
  placement text not null,
  audience text[] default '{}'::text[],
  visibility_rules jsonb default '{}'::jsonb,
  status text not null default 'draft'::text,
  start_at timestamptz,
  end_at timestamptz,
  priority integer not null default 100,
  created_by uuid,
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);

-- Team & Access

create table team_invitations (
  id uuid not null default gen_random_uuid(),
  manager_id uuid not null,
  invitee_email text not null,
  invitee_user_id uuid,
  status text not null default 'pending'::text,
  token text not null,
  expires_at timestamptz not null default (now() + '7 days'::interval),
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);

-- Support & Operations

create table support_cases (
  assigned_to text,
  created_at timestamptz default now(),
  created_by text not null,
  description text not null,
  id uuid not null default gen_random_uuid(),
  priority support_case_priority,
  status support_case_status,
  subject text not null,
  updated_at timestamptz default now()
);

-- System / Content / Settings

create table cms_pages (
  id uuid not null default gen_random_uuid(),
  slug text not null,
  title text not null,
  status text not null default 'draft'::text,
  content_json jsonb not null default '{}'::jsonb,
  meta jsonb default '{}'::jsonb,
  published_at timestamptz,
  created_by uuid,
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);

create table cms_media (
  id uuid not null default gen_random_uuid(),
  bucket text not null,
  path text not null,
  alt text,
  width integer,
  height integer,
  size_bytes bigint,
  mime_type text,
  meta jsonb default '{}'::jsonb,
  created_by uuid,
  created_at timestamptz not null default now()
);

create table templates_email (
  id uuid not null default gen_random_uuid(),
  key text not null,
  name text not null,
  subject text not null,
  html text not null,
  variables text[] default '{}'::text[],
  status text not null default 'active'::text,
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);

create table templates_sms (
  id uuid not null default gen_random_uuid(),
  key text not null,
  name text not null,
  body text not null,
  variables text[] default '{}'::text[],
  status text not null default 'active'::text,
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);

create table system_settings (
  key text not null,
  value jsonb not null,
  description text,
  updated_by uuid,
  updated_at timestamptz not null default now()
);

create table feature_flags (
  key text not null,
  description text,
  enabled boolean not null default false,
  updated_by uuid,
  updated_at timestamptz not null default now()
);

create table audit_logs (
  id uuid not null default gen_random_uuid(),
  actor_id uuid,
  action text not null,
  entity text not null,
  entity_id text not null,
  changes jsonb,
  context jsonb,
  created_at timestamptz not null default now()
);
