-- SaleMate's legacy schema, as its public migration record leaves it (mid-November 2025),
-- plus the tables that were made by hand in the dashboard and never recorded. This is the
-- "before" picture the consolidation migrates from. It is applied to scratch and embedded
-- databases only (salemate start, seed --legacy, tests), never by `salemate migrate`.

create extension if not exists pgcrypto;

create type lead_stage as enum ('New Lead', 'Potential', 'Hot Case', 'Meeting Done', 'No Answer', 'Call Back', 'Whatsapp', 'Wrong Number', 'Non Potential');
create type order_status as enum ('pending', 'confirmed', 'failed', 'cancelled');
create type partner_status as enum ('active', 'inactive', 'pending');
create type payment_method_type as enum ('Instapay', 'VodafoneCash', 'BankTransfer');
create type platform_type as enum ('Facebook', 'Google', 'TikTok', 'Other');
create type support_case_priority as enum ('low', 'medium', 'high', 'urgent');
create type support_case_status as enum ('open', 'in_progress', 'resolved', 'closed');
create type user_role as enum ('admin', 'support', 'manager', 'user');
