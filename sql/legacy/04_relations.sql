-- Keys, references and indexes of the legacy schema. Some references the data needs were
-- never declared (lead_reminders.lead_id, notifications.user_id, wallet_transactions.user_id),
-- which is how orphans got in.

alter table profiles add primary key (id);
alter table profiles add constraint profiles_email_key unique (email);
alter table profiles add constraint profiles_id_fkey foreign key (id) references auth.users (id) on delete cascade;
alter table profiles add constraint profiles_manager_id_fkey foreign key (manager_id) references profiles (id) on delete set null;

alter table user_wallets add primary key (id);
alter table user_wallets add constraint user_wallets_user_id_key unique (user_id);
alter table user_wallets add constraint user_wallets_user_id_fkey foreign key (user_id) references profiles (id) on delete cascade;
alter table wallet_transactions add primary key (id);
create index wallet_transactions_user_id_idx on wallet_transactions (user_id);
alter table payment_transactions add primary key (id);
alter table payment_transactions add constraint payment_transactions_user_id_fkey foreign key (user_id) references profiles (id) on delete cascade;
alter table wallet_topup_requests add primary key (id);
alter table wallet_topup_requests add constraint wallet_topup_requests_user_id_fkey foreign key (user_id) references profiles (id) on delete cascade;
alter table wallet_topup_requests add constraint wallet_topup_requests_payment_transaction_id_fkey foreign key (payment_transaction_id) references payment_transactions (id);
alter table otp_challenges add primary key (id);
alter table otp_attempts add primary key (id);
alter table otp_attempts add constraint otp_attempts_challenge_id_fkey foreign key (challenge_id) references otp_challenges (id) on delete cascade;
alter table recent_activity add primary key (id);
alter table posts add primary key (id);
alter table comments add primary key (id);
alter table comments add constraint comments_post_id_fkey foreign key (post_id) references posts (id) on delete cascade;
alter table partners add primary key (id);

alter table projects add primary key (id);
alter table project_partner_commissions add primary key (id);
alter table project_partner_commissions add constraint project_partner_commissions_project_id_fkey foreign key (project_id) references projects (id) on delete cascade;
alter table project_partner_commissions add constraint project_partner_commissions_partner_id_fkey foreign key (partner_id) references partners (id) on delete cascade;
alter table "salemate-inventory" add primary key (id);

alter table lead_batches add primary key (id);
alter table lead_batches add constraint lead_batches_project_id_fkey foreign key (project_id) references projects (id);
alter table leads add primary key (id);
alter table leads add constraint leads_project_id_fkey foreign key (project_id) references projects (id);
alter table leads add constraint leads_batch_id_fkey foreign key (batch_id) references lead_batches (id) on delete set null;
alter table leads add constraint leads_buyer_user_id_fkey foreign key (buyer_user_id) references profiles (id) on delete set null;
alter table leads add constraint leads_assigned_to_id_fkey foreign key (assigned_to_id) references profiles (id) on delete set null;
alter table leads add constraint leads_owner_id_fkey foreign key (owner_id) references profiles (id) on delete set null;
create index leads_buyer_user_id_idx on leads (buyer_user_id);
create index leads_project_id_idx on leads (project_id);
create index leads_stage_idx on leads (stage);
alter table lead_tags add primary key (id);
alter table lead_tags add constraint lead_tags_lead_id_fkey foreign key (lead_id) references leads (id) on delete cascade;
alter table lead_reminders add primary key (id);
alter table lead_activities add primary key (id);
alter table lead_activities add constraint lead_activities_lead_id_fkey foreign key (lead_id) references leads (id) on delete cascade;
alter table feedback_history add primary key (id);
alter table case_feedback add primary key (id);
alter table case_feedback add constraint case_feedback_lead_id_fkey foreign key (lead_id) references leads (id) on delete cascade;
alter table case_actions add primary key (id);
alter table case_actions add constraint case_actions_lead_id_fkey foreign key (lead_id) references leads (id) on delete cascade;
alter table case_faces add primary key (id);
alter table case_faces add constraint case_faces_lead_id_fkey foreign key (lead_id) references leads (id) on delete cascade;
alter table inventory_matches add primary key (id);
alter table inventory_matches add constraint inventory_matches_lead_id_fkey foreign key (lead_id) references leads (id) on delete cascade;
alter table notifications add primary key (id);
alter table lead_requests add primary key (id);
alter table lead_requests add constraint lead_requests_user_id_fkey foreign key (user_id) references profiles (id) on delete cascade;
alter table lead_purchase_requests add primary key (id);
alter table purchase_requests add primary key (id);
alter table purchase_requests add constraint purchase_requests_user_id_fkey foreign key (user_id) references profiles (id) on delete cascade;
alter table purchase_requests add constraint purchase_requests_project_id_fkey foreign key (project_id) references projects (id);
alter table orders add primary key (id);
alter table orders add constraint orders_user_id_fkey foreign key (user_id) references profiles (id) on delete cascade;
alter table orders add constraint orders_project_id_fkey foreign key (project_id) references projects (id);
alter table ad_integrations add primary key (id);
alter table dashboard_banners add primary key (id);
alter table banner_metrics add primary key (id);
alter table banner_metrics add constraint banner_metrics_banner_id_fkey foreign key (banner_id) references dashboard_banners (id) on delete cascade;

alter table team_invitations add primary key (id);
alter table team_invitations add constraint team_invitations_token_key unique (token);
alter table team_invitations add constraint team_invitations_manager_id_fkey foreign key (manager_id) references profiles (id) on delete cascade;

alter table support_cases add primary key (id);
alter table support_case_replies add primary key (id);
alter table support_case_replies add constraint support_case_replies_case_id_fkey foreign key (case_id) references support_cases (id) on delete cascade;

alter table cms_pages add primary key (id);
alter table cms_pages add constraint cms_pages_slug_key unique (slug);
alter table cms_media add primary key (id);
alter table templates_email add primary key (id);
alter table templates_email add constraint templates_email_key_key unique (key);
alter table templates_sms add primary key (id);
alter table templates_sms add constraint templates_sms_key_key unique (key);
alter table system_settings add primary key (key);
alter table feature_flags add primary key (key);
alter table audit_logs add primary key (id);
