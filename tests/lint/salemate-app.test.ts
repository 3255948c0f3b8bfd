import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, test } from "@jest/globals";
import { buildSchema } from "graphql";
import { checkMigrationGuide } from "../../server/docs/migration-guide.ts";
import { lintLegacy } from "../../server/lint/lint-legacy.ts";
import { buildRules } from "../../server/lint/rules.ts";
import { loadSdkOperations, sdkOperationFor } from "../../server/lint/sdk-documents.ts";
import { appReplacementUse, isReplaced, loadAppUsage, loadMigrationMap, USES } from "../../server/migration-map.ts";
import { GRAPHQL_DIR, MAP_DIR } from "../../server/paths.ts";

/**
 * sql/map/app.json, what SaleMate's own app calls, against SaleMate's code and the gateway's
 * schema: every name the real app uses is in it and reported by the linter, and every
 * replacement the map names is a field of graphql/schema.graphql (no database needed).
 */

/**
 * Names SaleMate's frontend and edge functions use, each with one file it was seen in, read
 * from github.com/imartin010/SaleMate-eg at 27abbbb (2025-11-29), src/ and supabase/functions/.
 * Kept here apart from sql/map/app.json, so that dropping a name from the map fails a test.
 */
const REAL_RPCS: Array<[string, string]> = [
  ["accept_team_invitation", "src/pages/Team/AcceptInvitation.tsx"],
  ["add_to_wallet", "src/pages/Checkout/Checkout.tsx"],
  ["approve_purchase_request", "src/components/admin/PurchaseRequests.tsx"],
  ["approve_purchase_request_and_assign_leads", "src/pages/Admin/PurchaseRequests.tsx"],
  ["assign_leads_for_wallet_purchase", "src/pages/Checkout/Checkout.tsx"],
  ["assign_leads_to_team_member", "src/components/crm/AssignLeadDialog.tsx"],
  ["assign_leads_to_user", "src/features/marketplace/store/orders.store.ts"],
  ["assign_manager", "src/services/agentService.ts"],
  ["bulk_assign_manager", "src/services/agentService.ts"],
  ["bulk_remove_manager", "src/services/agentService.ts"],
  ["calculate_franchise_net_revenue", "supabase/functions/franchise-ai-assistant/index.ts"],
  ["calculate_next_send_at", "src/hooks/crm/useScheduledReports.ts"],
  ["can_purchase_for", "src/lib/rbac.ts"],
  ["can_user_view", "src/lib/rbac.ts"],
  ["create_lead_request", "src/components/leads/LeadRequestDialog.tsx"],
  ["create_otp", "supabase/functions/auth-otp/index.ts"],
  ["deduct_from_wallet", "src/features/wallet/services/wallet.service.ts"],
  ["exec_sql", "supabase/functions/recalc_analytics/index.ts"],
  ["get_crm_time_analytics", "src/hooks/crm/useCRMAnalytics.ts"],
  ["get_lead_stats", "src/features/leads/services/leads.service.ts"],
  ["get_manager_chain", "src/services/agentService.ts"],
  ["get_marketplace_projects", "supabase/functions/marketplace/index.ts"],
  ["get_project_commissions", "supabase/functions/partners/index.ts"],
  ["get_team_tree_stats", "src/services/agentService.ts"],
  ["get_team_user_ids", "src/lib/rbac.ts"],
  ["get_user_tree", "src/lib/rbac.ts"],
  ["increment", "supabase/functions/bulk-lead-upload/index.ts"],
  ["increment_available_leads", "supabase/functions/facebook-leads-webhook/index.ts"],
  ["increment_project_available_leads", "src/services/adsManagerService.ts"],
  ["process_payment_and_topup", "src/services/paymentGateway.ts"],
  ["refresh_materialized_view", "supabase/functions/recalc_analytics/index.ts"],
  ["reject_purchase_request", "supabase/functions/admin-marketplace/index.ts"],
  ["reject_team_invitation", "src/pages/Team/AcceptInvitation.tsx"],
  ["rpc_calculate_order_total", "src/lib/supabaseClient.ts"],
  ["rpc_confirm_order", "supabase/functions/payment_webhook/index.ts"],
  ["rpc_get_project_availability", "src/components/projects/ImprovedProjectCard.tsx"],
  ["rpc_get_shop_projects", "src/lib/supabaseClient.ts"],
  ["rpc_leads_stats", "src/lib/supabaseClient.ts"],
  ["rpc_project_stats", "src/lib/supabaseAdminClient.ts"],
  ["rpc_reassign_lead", "supabase/functions/assign_leads/index.ts"],
  ["rpc_start_order", "src/lib/supabaseClient.ts"],
  ["rpc_team_user_ids", "src/lib/supabaseClient.ts"],
  ["rpc_update_project_cpl", "src/lib/supabaseAdminClient.ts"],
  ["rpc_update_project_leads", "src/lib/supabaseClient.ts"],
  ["rpc_upload_leads", "src/lib/supabaseAdminClient.ts"],
  ["unassign_leads", "src/components/crm/AssignLeadDialog.tsx"],
  ["verify_otp", "supabase/functions/auth-otp/index.ts"],
];
const REAL_TABLES: Array<[string, string]> = [
  ["activities", "supabase/functions/case-actions/index.ts"],
  ["audit_logs", "src/lib/data/audit.ts"],
  ["banner_metrics", "src/lib/data/banners.ts"],
  ["case_actions", "supabase/functions/case-actions/index.ts"],
  ["cms_media", "src/lib/data/cms.ts"],
  ["cms_pages", "src/lib/data/cms.ts"],
  ["coldwell_banker_inventory", "src/pages/Performance/PerformanceAdminPanel.tsx"],
  ["comments", "src/lib/supabaseClient.ts"],
  ["commerce", "src/pages/Admin/PurchaseRequests.tsx"],
  ["contact_requests", "src/pages/marketing/components/ContactFormModal.tsx"],
  ["content", "src/components/dashboard/BannerDisplay.tsx"],
  ["crm_agent_performance", "src/hooks/crm/useCRMAnalytics.ts"],
  ["crm_agent_revenue", "src/hooks/crm/useCRMAnalytics.ts"],
  ["crm_area_performance", "src/hooks/crm/useCRMAnalytics.ts"],
  ["crm_developer_performance", "src/hooks/crm/useCRMAnalytics.ts"],
  ["crm_project_performance", "src/hooks/crm/useCRMAnalytics.ts"],
  ["crm_saved_filters", "src/hooks/crm/useSavedFilters.ts"],
  ["crm_scheduled_reports", "src/hooks/crm/useScheduledReports.ts"],
  ["crm_smart_lists", "src/hooks/crm/useSmartLists.ts"],
  ["crm_source_performance", "src/hooks/crm/useCRMAnalytics.ts"],
  ["deal_attachments", "supabase/functions/deals/index.ts"],
  ["deals", "supabase/functions/deals/index.ts"],
  ["developers", "src/pages/Admin/LeadRequests.tsx"],
  ["email_templates", "supabase/functions/cms-preview/index.ts"],
  ["entities", "supabase/functions/partners/index.ts"],
  ["events", "src/components/case/ChatInterface.tsx"],
  ["feature_flags", "src/lib/data/featureFlags.ts"],
  ["feedback_history", "src/hooks/crm/useLeads.ts"],
  ["franchise_ai_chat_messages", "src/components/performance/FranchiseAIAssistant.tsx"],
  ["lead_analytics_mv", "src/lib/supabaseClient.ts"],
  ["lead_batches", "supabase/functions/admin-marketplace/index.ts"],
  ["lead_purchase_requests", "supabase/functions/admin-marketplace/index.ts"],
  ["lead_requests", "src/pages/Admin/LeadRequests.tsx"],
  ["leads", "src/components/case/FeedbackEditor.tsx"],
  ["notification_events", "src/features/case-manager/hooks/useNotifications.ts"],
  ["notifications", "supabase/functions/notify-user/index.ts"],
  ["orders", "src/features/marketplace/store/orders.store.ts"],
  ["otp_attempts", "supabase/functions/otp-verify/index.ts"],
  ["otp_challenges", "supabase/functions/otp-request/index.ts"],
  ["otp_codes", "supabase/functions/auth-otp/index.ts"],
  ["partners", "src/lib/supabaseClient.ts"],
  ["payment_transactions", "supabase/functions/kashier-webhook/index.ts"],
  ["performance_commission_cuts", "src/hooks/performance/usePerformanceData.ts"],
  ["performance_commission_schemes", "src/hooks/performance/usePerformanceData.ts"],
  ["performance_expenses", "src/hooks/performance/usePerformanceData.ts"],
  ["performance_franchises", "src/contexts/FranchiseContext.tsx"],
  ["performance_transactions", "src/hooks/performance/usePerformanceData.ts"],
  ["posts", "src/lib/supabaseClient.ts"],
  ["profiles", "src/components/admin/PurchaseRequests.tsx"],
  ["project_partner_commissions", "supabase/functions/partners/index.ts"],
  ["projects", "src/components/admin/PurchaseRequests.tsx"],
  ["purchase_requests", "src/components/admin/PurchaseRequests.tsx"],
  ["recent_activity", "src/lib/supabaseClient.ts"],
  ["salemate-inventory", "src/components/home/InventorySection.tsx"],
  ["sms_templates", "supabase/functions/cms-preview/index.ts"],
  ["support_cases", "src/pages/Admin/AdminDashboard.tsx"],
  ["support_messages", "src/lib/supabaseClient.ts"],
  ["support_threads", "src/lib/supabaseClient.ts"],
  ["system_data", "src/pages/Partners/PartnersPage.tsx"],
  ["system_logs", "supabase/functions/purchase-leads/index.ts"],
  ["system_settings", "src/lib/data/settings.ts"],
  ["team_members", "src/app/layout/Sidebar.tsx"],
  ["teams", "supabase/functions/send-team-invitation/index.ts"],
  ["templates_email", "src/lib/data/templates.ts"],
  ["templates_sms", "src/lib/data/templates.ts"],
  ["transactions", "src/components/home/TopUpModal.tsx"],
  ["wallet_topup_requests", "src/pages/Admin/AdminDashboard.tsx"],
];
/** Channels named with an id (`case-${caseId}`) by their fixed part. */
const REAL_CHANNELS: Array<[string, string]> = [
  ["admin-updates", "src/features/admin/hooks/useAdminData.ts"],
  ["audit_logs_changes", "src/pages/Admin/System/AuditLogs.tsx"],
  ["case-", "src/features/case-manager/hooks/useCase.ts"],
  ["chat-", "src/components/case/ChatInterface.tsx"],
  ["inventory-matches-", "src/components/case/InventoryMatchesCard.tsx"],
  ["lead_requests_changes", "src/pages/Admin/LeadRequests.tsx"],
  ["leads_changes", "src/pages/Admin/Leads.tsx"],
  ["leads-changes", "src/features/leads/hooks/useLeads.ts"],
  ["notifications-", "src/features/case-manager/hooks/useNotifications.ts"],
  ["profiles_changes", "src/pages/Admin/UserManagement.tsx"],
  ["projects_changes", "src/pages/Admin/Projects.tsx"],
  ["purchase_requests_changes", "src/pages/Admin/AdminDashboard.tsx"],
  ["transactions_changes", "src/pages/Admin/PurchaseRequests.tsx"],
  ["wallet_topup_changes", "src/pages/Admin/AdminDashboard.tsx"],
];

const map = loadMigrationMap();
const app = loadAppUsage();
const schema = buildSchema(readFileSync(path.join(GRAPHQL_DIR, "schema.graphql"), "utf8"));

describe("SaleMate's own app in sql/map/app.json", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "salemate-app-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("every RPC, table and channel the real app uses is listed, with the file it was seen in", () => {
    for (const [kind, names, listed] of [["rpc", REAL_RPCS, app.rpc], ["table", REAL_TABLES, app.tables], ["channel", REAL_CHANNELS, app.channels]] as const) {
      for (const [name, file] of names) {
        const entry = (listed as Record<string, { seen: string[] }>)[name];
        assert.ok(entry, `${kind} ${name} (${file}) is not in sql/map/app.json`);
        assert.ok(entry.seen.includes(file), `${kind} ${name}: sql/map/app.json does not say it was seen in ${file}`);
      }
    }
    // Nothing listed that the app does not use (two RPCs only SaleMate's SQL and typings name).
    assert.deepEqual(Object.keys(app.rpc).filter((n) => !REAL_RPCS.some(([r]) => r === n)).sort(), ["get_user_wallet_balance", "mark_notification_read"]);
    assert.deepEqual(Object.keys(app.tables).filter((n) => !REAL_TABLES.some(([t]) => t === n)), []);
    assert.deepEqual(Object.keys(app.channels).filter((n) => !REAL_CHANNELS.some(([c]) => c === n)), []);
  });

  test("lint-legacy reports every one of them, except tables the migration keeps under their name", () => {
    const dir = path.join(tmp, "real-names");
    mkdirSync(dir);
    const channel = (name: string) => (name.endsWith("-") ? `\`${name}\${id}\`` : JSON.stringify(name));
    const lines = [
      ...REAL_RPCS.map(([n]) => `supabase.rpc(${JSON.stringify(n)}, {});`),
      ...REAL_TABLES.map(([n]) => `supabase.from(${JSON.stringify(n)}).select("*");`),
      ...REAL_CHANNELS.map(([n]) => `supabase.channel(${channel(n)}).on("postgres_changes", { event: "*", schema: "public", table: "leads" }, onChange).subscribe();`),
    ];
    writeFileSync(path.join(dir, "calls.ts"), lines.join("\n") + "\n");
    const found = new Map(lintLegacy(dir).findings.map((f) => [f.line, f]));
    const kept = new Set(map.filter((m) => !isReplaced(m)).map((m) => m.legacy));
    const names = [...REAL_RPCS, ...REAL_TABLES, ...REAL_CHANNELS].map(([n]) => n);
    for (const [i, name] of names.entries()) {
      const f = found.get(i + 1);
      if (kept.has(name)) assert.equal(f, undefined, `${name} is kept by the migration: no finding`);
      else {
        assert.equal(f?.legacy, name, `line ${i + 1}: ${lines[i]}`);
        assert.ok(f.replacement.graphql || f.replacement.status, `${name}: the finding names no replacement and no reason`);
      }
    }
    assert.ok([...kept].filter((k) => names.includes(k)).length >= 10, "the app uses kept tables such as leads and profiles");
  });

  test("every replacement the map names is a root field of graphql/schema.graphql, and each example validates", () => {
    const named: Array<[string, string]> = [];
    for (const m of map) for (const u of USES) if (m.replacement?.uses[u] && !m.replacement.uses[u]!.planned) named.push([`${m.legacy} (${u})`, m.replacement.uses[u]!.graphql]);
    for (const [kind, entries] of [["rpc", app.rpc], ["table", app.tables], ["channel", app.channels]] as const) {
      for (const [name, call] of Object.entries(entries)) {
        const use = appReplacementUse(call);
        if (use && !use.planned) named.push([`${kind} ${name}`, use.graphql]);
      }
    }
    assert.ok(named.length > 100, `${named.length} replacements named`);
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const missing = named.filter(([, field]) => !roots.some((t) => t?.getFields()[field]));
    assert.deepEqual(missing, [], "named in sql/map but not a root field of graphql/schema.graphql");
    // The guide's check, against the exported schema: arguments and fields of every example.
    assert.deepEqual(checkMigrationGuide(map, schema), []);
  });

  test("every SDK document the linter and guide name is an operation in graphql/operations calling that field", () => {
    const ops = loadSdkOperations();
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const defined = new Set(files(path.join(GRAPHQL_DIR, "operations")).flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^(?:query|mutation|subscription)\s+(\w+)/gm)].map((m) => `${m[1]}Document`)));
    const rules = buildRules(map);
    let inSdk = 0;
    for (const n of [...rules.rpcs.values(), ...rules.channels.values()]) {
      if (!n.rpcUse) continue;
      const op = sdkOperationFor(n.rpcUse.graphql, ops);
      if (!op) continue;
      inSdk++;
      assert.ok(defined.has(op.document), `${n.legacy}: ${op.document} is no operation of graphql/operations`);
      assert.ok(op.rootFields.some((r) => r.field === n.rpcUse!.graphql), `${n.legacy}: ${op.document} does not call ${n.rpcUse.graphql}`);
    }
    assert.ok(inSdk >= 15, `${inSdk} RPCs and channels have an SDK document`);
  });

  describe("the loader refuses", () => {
    const valid = JSON.parse(readFileSync(path.join(MAP_DIR, "app.json"), "utf8"));
    const load = (change: (a: any) => void) => () => {
      const dir = mkdtempSync(path.join(tmp, "map-"));
      for (const f of readdirSync(MAP_DIR).filter((f) => /^phase\d+_.*\.json$/.test(f))) writeFileSync(path.join(dir, f), readFileSync(path.join(MAP_DIR, f)));
      const a = structuredClone(valid);
      change(a);
      writeFileSync(path.join(dir, "app.json"), JSON.stringify(a));
      return loadAppUsage(dir);
    };
    const rpc = { seen: ["src/lib/x.ts"], graphql: "purchaseLeads" };
    test.each([
      ["an RPC tied to no legacy object of the map", (a: any) => (a.rpc.x = { ...rpc, legacy: "wallet_transaction" }), /rpc x: "wallet_transaction" names no legacy object/],
      ["an RPC with two answers", (a: any) => (a.rpc.x = { ...rpc, missing: "why" }), /rpc\.x: one answer only, not graphql and missing/],
      ["an RPC with no answer", (a: any) => (a.rpc.x = { seen: ["src/lib/x.ts"] }), /rpc\.x: needs an answer/],
      ["an RPC seen nowhere", (a: any) => (a.rpc.x = { graphql: "purchaseLeads" }), /rpc\.x: seen or defined/],
      ["example variables without a root field", (a: any) => (a.rpc.x = { seen: ["src/x.ts"], kept: "why", variables: {} }), /variables, fields and planned go with graphql/],
      ["an answer for a table the map moves", (a: any) => (a.tables.orders.graphql = "leadTransactions"), /tables\.orders is a legacy object of the map/],
      ["a table outside the map without its group", (a: any) => delete a.tables.deals.group, /tables\.deals: a table the map does not list needs its group/],
      ["a table outside the map without an answer", (a: any) => delete a.tables.deals.kept, /tables\.deals: needs an answer/],
      ["a channel on a table nobody lists", (a: any) => (a.channels.x = { seen: ["src/x.ts"], tables: ["ghosts"], missing: "why" }), /channels\.x: it watches "ghosts"/],
      ["a name that is two things", (a: any) => (a.channels.deals = { seen: ["src/x.ts"], tables: ["leads"], missing: "why" }), /"deals" is both a table and a channel/],
    ])("%s", (_what, change, message) => {
      assert.throws(load(change), message);
    });
    test("and loads the committed file", () => {
      assert.equal(Object.keys(load(() => {})().rpc).length, Object.keys(app.rpc).length);
    });
  });
});
