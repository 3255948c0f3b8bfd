-- Legacy row-level security, named as SaleMate's record names it. The role checks read
-- profiles.role through a security-definer helper, as the app's own SQL did, so that the
-- policies on profiles do not recurse.

create or replace function public.is_admin() returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from profiles where id = auth.uid() and role = 'admin') $$;

create or replace function public.is_support() returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from profiles where id = auth.uid() and role in ('admin', 'support')) $$;

do $$
declare t text;
begin
  foreach t in array array[
    'audit_logs','banner_metrics','case_actions','case_faces','case_feedback','cms_media','cms_pages','comments',
    'dashboard_banners','feature_flags','inventory_matches','lead_activities','lead_batches','lead_reminders',
    'lead_requests','lead_tags','leads','notifications','orders','otp_attempts','otp_challenges','partners',
    'payment_transactions','posts','profiles','project_partner_commissions','projects','purchase_requests',
    'recent_activity','salemate-inventory','support_cases','system_settings','team_invitations','templates_email',
    'templates_sms','wallet_topup_requests','user_wallets','wallet_transactions','feedback_history',
    'lead_purchase_requests','support_case_replies','ad_integrations']
  loop
    execute format('alter table public.%I enable row level security', t);
  end loop;
end
$$;

create policy "Admins full access to audit_logs" on audit_logs for all using (is_admin()) with check (is_admin());
create policy "Admins can view banner metrics" on banner_metrics for select using (is_admin());
create policy "Users can track banner metrics" on banner_metrics for insert with check (viewer_id = auth.uid());

create policy "read case_actions" on case_actions for select using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())) or is_admin());
create policy "mutate case_actions" on case_actions for all using (created_by = auth.uid() or is_admin()) with check (created_by = auth.uid() or is_admin());
create policy "read case_faces" on case_faces for select using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())) or is_admin());
create policy "mutate case_faces" on case_faces for all using (created_by = auth.uid() or is_admin()) with check (created_by = auth.uid() or is_admin());
create policy "read case_feedback" on case_feedback for select using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())) or is_admin());
create policy "insert case_feedback" on case_feedback for insert with check (created_by = auth.uid());
create policy "update case_feedback" on case_feedback for update using (created_by = auth.uid());

create policy "Admins full access to cms_media" on cms_media for all using (is_admin()) with check (is_admin());
create policy "Admins full access to cms_pages" on cms_pages for all using (is_admin()) with check (is_admin());
create policy "Users can view published cms_pages" on cms_pages for select using (status = 'published');
create policy "Admins full access to dashboard_banners" on dashboard_banners for all using (is_admin()) with check (is_admin());
create policy "Admins full access to feature_flags" on feature_flags for all using (is_admin()) with check (is_admin());

create policy "read inventory_matches" on inventory_matches for select using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())) or is_admin());
create policy "insert inventory_matches" on inventory_matches for insert with check (created_by = auth.uid());

create policy "Users can view activities for their leads" on lead_activities for select using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())));
create policy "Users can create activities for their leads" on lead_activities for insert with check (user_id = auth.uid() and exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())));

create policy "Users can view their own reminders" on lead_reminders for select using (user_id = auth.uid());
create policy "Users can create their own reminders" on lead_reminders for insert with check (user_id = auth.uid());
create policy "Users can update their own reminders" on lead_reminders for update using (user_id = auth.uid());
create policy "Users can delete their own reminders" on lead_reminders for delete using (user_id = auth.uid());

create policy "Users can view their own lead requests" on lead_requests for select using (user_id = auth.uid());
create policy "Admins can view all lead requests" on lead_requests for select using (is_admin());
create policy "Users can create their own lead requests" on lead_requests for insert with check (user_id = auth.uid());
create policy "Admins can update lead requests" on lead_requests for update using (is_admin());

create policy "Users can view tags for their leads" on lead_tags for select using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())));
create policy "Users can create tags for their leads" on lead_tags for insert with check (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())));
create policy "Users can delete tags for their leads" on lead_tags for delete using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())));

create policy "Users can view their own purchased leads" on leads for select using (buyer_user_id = auth.uid() or assigned_to_id = auth.uid() or owner_id = auth.uid());
create policy "Admins can view all leads" on leads for select using (is_admin());
create policy "Users can create leads" on leads for insert with check (auth.uid() is not null);
create policy "Users can update their own leads" on leads for update using (buyer_user_id = auth.uid() or assigned_to_id = auth.uid());
create policy "Admins can update all leads" on leads for update using (is_admin());

create policy "read own notifications" on notifications for select using (user_id = auth.uid());
create policy "update own notifications" on notifications for update using (user_id = auth.uid());

create policy "Service role manage otp attempts" on otp_attempts for all to service_role using (true) with check (true);
create policy "Service role manage otp challenges" on otp_challenges for all to service_role using (true) with check (true);

create policy "Users can view their own payment transactions" on payment_transactions for select using (user_id = auth.uid());
create policy "Users can create their own payment transactions" on payment_transactions for insert with check (user_id = auth.uid());
create policy "Admins can update payment transactions" on payment_transactions for update using (is_admin());

create policy "Users can view their own profile" on profiles for select using (id = auth.uid());
create policy "Admins can view all profiles" on profiles for select using (is_admin());
create policy "Allow profile creation during signup" on profiles for insert with check (id = auth.uid());
create policy "Users can update their own profile" on profiles for update using (id = auth.uid());
create policy "Admins can update all profiles" on profiles for update using (is_admin());

create policy "Anyone can view project partner commissions" on project_partner_commissions for select using (true);
create policy "Only admins can manage project partner commissions" on project_partner_commissions for all using (is_admin()) with check (is_admin());
create policy "Users can view all projects" on projects for select using (true);
create policy "Admins can manage all projects" on projects for all using (is_admin()) with check (is_admin());

create policy "Users can view their own purchase requests" on purchase_requests for select using (user_id = auth.uid() or is_admin());
create policy "Users can create purchase requests" on purchase_requests for insert with check (user_id = auth.uid());
create policy "Admins can update purchase requests" on purchase_requests for update using (is_admin());

create policy "Anyone can view inventory" on "salemate-inventory" for select using (true);
create policy "Only admins can manage inventory" on "salemate-inventory" for all using (is_admin()) with check (is_admin());
create policy "Admins full access to system_settings" on system_settings for all using (is_admin()) with check (is_admin());

create policy "Managers can view their own invitations" on team_invitations for select using (manager_id = auth.uid());
create policy "Users can view invitations sent to them" on team_invitations for select using (invitee_user_id = auth.uid() or invitee_email = auth.email());
create policy "Managers can create invitations" on team_invitations for insert with check (manager_id = auth.uid());
create policy "Users can update their invitation status" on team_invitations for update using (invitee_user_id = auth.uid() or invitee_email = auth.email());
create policy "Managers can delete their invitations" on team_invitations for delete using (manager_id = auth.uid());

create policy "Admins full access to templates_email" on templates_email for all using (is_admin()) with check (is_admin());
create policy "Support can read templates_email" on templates_email for select using (is_support());
create policy "Admins full access to templates_sms" on templates_sms for all using (is_admin()) with check (is_admin());
create policy "Support can read templates_sms" on templates_sms for select using (is_support());

create policy "Users can view their own wallet topup requests" on wallet_topup_requests for select using (user_id = auth.uid() or is_admin());
create policy "Users can create their own wallet topup requests" on wallet_topup_requests for insert with check (user_id = auth.uid());
create policy "Admins can update wallet topup requests" on wallet_topup_requests for update using (is_admin());

-- Tables made by hand: policies in the same style, never recorded.
create policy "Users can view their own wallet" on user_wallets for select using (user_id = auth.uid() or is_admin());
create policy "Users can view their own wallet transactions" on wallet_transactions for select using (user_id = auth.uid() or is_admin());
create policy "Users can view feedback for their leads" on feedback_history for select using (exists (select 1 from leads l where l.id = lead_id and (l.buyer_user_id = auth.uid() or l.assigned_to_id = auth.uid())) or is_admin());
create policy "Users can view their own lead purchase requests" on lead_purchase_requests for select using (user_id = auth.uid() or is_admin());
create policy "Users can create lead purchase requests" on lead_purchase_requests for insert with check (user_id = auth.uid());
create policy "Users can view their own support cases" on support_cases for select using (created_by = auth.uid()::text or is_support());
create policy "Users can create support cases" on support_cases for insert with check (created_by = auth.uid()::text);
create policy "Support can update support cases" on support_cases for update using (is_support());
create policy "Users can view replies to their cases" on support_case_replies for select using (is_support() or (not coalesce(is_internal_note, false) and exists (select 1 from support_cases c where c.id = case_id and c.created_by = auth.uid()::text)));
create policy "Users can reply to their cases" on support_case_replies for insert with check (user_id = auth.uid());
create policy "Admins manage ad integrations" on ad_integrations for all using (is_admin()) with check (is_admin());
create policy "Users can view their own activity" on recent_activity for select using (user_id = auth.uid());
create policy "Anyone signed in can read posts" on posts for select using (auth.uid() is not null);
create policy "Authors manage their posts" on posts for all using (author_id = auth.uid()) with check (author_id = auth.uid());
create policy "Anyone signed in can read comments" on comments for select using (auth.uid() is not null);
create policy "Authors manage their comments" on comments for all using (author_id = auth.uid()) with check (author_id = auth.uid());
create policy "Anyone can view partners" on partners for select using (true);
create policy "Admins manage partners" on partners for all using (is_admin()) with check (is_admin());
create policy "Uploaders view their batches" on lead_batches for select using (upload_user_id = auth.uid() or is_admin());

-- Supabase exposes public to its API roles with table grants; RLS does the filtering.
grant usage on schema public to anon, authenticated, service_role;
grant select, insert, update, delete on all tables in schema public to authenticated, service_role;
grant select on all tables in schema public to anon;
grant usage, select on all sequences in schema public to authenticated, service_role;
