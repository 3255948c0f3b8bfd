// Marketing (ad accounts, dashboard banners and their metrics) and the admin side: CMS,
// message templates, settings, feature flags and the audit log.

import { lit, textArray, uuidOf, type SeedStep } from "./legacy-sql.ts";
import {
  AD_INTEGRATIONS,
  DEMO_K,
  integrationPlatform,
  leadId,
  pid,
  projectId,
  projectName,
  randomLead,
  randomProfileK,
  type World,
} from "./legacy-world.ts";

const values = (rows: string[][]) => rows.map((cols) => `(${cols.join(", ")})`).join(",\n          ");
const json = (v: unknown) => `${lit(JSON.stringify(v))}::jsonb`;
const at = (iso: string) => `timestamptz ${lit(iso)}`;
const ADMIN = pid(String(DEMO_K.admin));

const BANNERS = [
  ["New: ZED East leads", "Fresh Facebook leads every morning", "Shop now", "/shop?project=zed-east", "dashboard_top", "active"],
  ["North Coast season", "Marassi and Hacienda Bay leads at launch prices", "Browse", "/shop?region=north-coast", "dashboard_top", "active"],
  ["Top up with Instapay", "Wallet top-ups are approved within an hour", "Top up", "/wallet", "wallet_sidebar", "active"],
  ["عروض العاصمة الإدارية", "عملاء جدد لمشروعات العاصمة", "تسوق", "/shop?region=new-capital", "dashboard_top", "scheduled"],
  ["Invite your team", "Managers can invite agents from the Team page", "Invite", "/team", "crm_sidebar", "active"],
  ["Ramadan offer", "10% bonus on top-ups above 10,000 EGP", "Learn more", "/wallet", "wallet_sidebar", "expired"],
  ["Support hours", "Our team answers 9am to 9pm, Saturday to Thursday", null, null, "support_header", "draft"],
  ["AI Coach beta", "Get coaching on every case you update", "Try it", "/crm", "crm_sidebar", "active"],
] as const;

const EMAIL_TEMPLATES = [
  ["welcome", "Welcome to SaleMate", "Welcome to SaleMate, {{name}}!", ["name"]],
  ["otp_code", "OTP code", "Your SaleMate code is {{code}}", ["code"]],
  ["topup_approved", "Top-up approved", "Your wallet was credited with {{amount}} EGP", ["amount", "name"]],
  ["topup_rejected", "Top-up rejected", "Your top-up request was rejected", ["reason", "name"]],
  ["leads_delivered", "Leads delivered", "{{quantity}} new leads from {{project}}", ["quantity", "project"]],
  ["team_invite", "Team invitation", "{{manager}} invited you to join their team", ["manager", "link"]],
  ["case_reply", "Support reply", "Update on your case: {{subject}}", ["subject"]],
  ["password_reset", "Password reset", "Reset your SaleMate password", ["link"]],
] as const;

const SMS_TEMPLATES = [
  ["otp_code", "OTP code", "SaleMate code: {{code}}. Valid for 10 minutes.", ["code"]],
  ["otp_code_ar", "OTP code (Arabic)", "كود التحقق الخاص بك: {{code}}", ["code"]],
  ["topup_approved", "Top-up approved", "تم شحن محفظتك بمبلغ {{amount}} جنيه", ["amount"]],
  ["reminder_due", "Reminder due", "Reminder: call {{client}} at {{time}}", ["client", "time"]],
  ["lead_assigned", "Lead assigned", "New lead: {{client}} ({{project}})", ["client", "project"]],
  ["team_invite", "Team invitation", "{{manager}} invited you to SaleMate: {{link}}", ["manager", "link"]],
  ["case_reply", "Support reply", "SaleMate support replied to your case", []],
  ["low_balance", "Low balance", "Your wallet balance is below {{threshold}} EGP", ["threshold"]],
] as const;

const SETTINGS: ReadonlyArray<readonly [string, unknown, string | null]> = [
  ["default_currency", "EGP", "Currency of every price and wallet"],
  ["min_topup_amount", 500, "Smallest wallet top-up in EGP"],
  ["max_topup_amount", 100000, null],
  ["otp", { ttl_seconds: 600, max_attempts: 5, provider: "twilio_sms" }, "OTP rules"],
  ["payment_methods", ["Instapay", "VodafoneCash", "BankTransfer"], "Methods shown on the top-up page"],
  ["instapay_handle", "salemate@instapay", null],
  ["support_hours", { from: "09:00", to: "21:00", days: "Sat-Thu" }, "Shown in the support page header"],
  ["lead_refund_window_days", 3, "Days a buyer has to report a wrong number"],
  ["shop_min_order", 10, "Smallest number of leads per order"],
  ["maintenance_mode", false, null],
];

const FLAGS: ReadonlyArray<readonly [string, string | null, boolean]> = [
  ["ai_coach", "AI coaching on case feedback", true],
  ["inventory_matcher", "Suggest units for a lead", true],
  ["kashier_gateway", "Card top-ups through Kashier", true],
  ["paymob_gateway", "Card top-ups through Paymob", false],
  ["whatsapp_otp", "Send OTP over WhatsApp", false],
  ["team_invites_v2", "New invitation flow", true],
  ["case_faces", "Hand a lead to another agent", true],
  ["cms_banners", "Dashboard banners from the CMS", true],
  ["legacy_wallet_ledger", null, false],
  ["realtime_notifications", "Push notifications over websockets", true],
];

const PAGES = [
  ["about", "About SaleMate", "published"],
  ["terms", "Terms of service", "published"],
  ["privacy", "Privacy policy", "published"],
  ["faq", "Frequently asked questions", "published"],
  ["how-it-works", "How buying leads works", "published"],
  ["refund-policy", "Refund policy", "draft"],
  ["careers", "Careers", "archived"],
  ["ar/about", "عن سيل ميت", "published"],
] as const;

export function systemSteps(w: World): SeedStep[] {
  const r = w.rand;
  return [
    {
      table: "ad_integrations",
      rows: AD_INTEGRATIONS,
      sql: (lo, hi) => `
        insert into ad_integrations (id, platform, name, account_id, project_id, status, config, last_sync_at, created_by, created_at, updated_at)
        select ${uuidOf("ad_integrations", "i")}, ${integrationPlatform("i")}::platform_type,
               ${projectName("i")} || ' - ' || ${integrationPlatform("i")} || ' lead ads',
               case ${integrationPlatform("i")} when 'Facebook' then 'act_' when 'Google' then 'gads-' else 'tt-' end || (1000000000 + i::int8 * 7777777),
               ${projectId("i")},
               ${textArray(["active", "active", "active", "paused", "active", "error", "active", "disconnected", "active", "active", "paused", "active"])}[i],
               case when i % 4 = 0 then '{}'::jsonb else jsonb_build_object('form_id', 'form_' || i, 'page_id', 'page_' || (i % 3), 'sync_interval_min', 15) end,
               case when i % 6 = 5 then null else timestamptz '2025-11-14 22:00:00+00' - i * interval '13 minutes' end,
               ${ADMIN}, timestamptz '2025-06-01 10:00:00+00' + i * interval '2 days',
               case when i % 2 = 0 then timestamptz '2025-10-01 10:00:00+00' + i * interval '1 day' end
        from generate_series(${lo}, ${hi}) g(i)`,
    },
    {
      table: "dashboard_banners",
      sql: () => `
        insert into dashboard_banners (id, title, subtitle, cta_label, cta_url, image_url, placement, audience, visibility_rules, status, start_at, end_at, priority, created_by, updated_at, created_at)
        values
          ${values(
            BANNERS.map(([title, subtitle, cta, url, placement, status], i) => [
              uuidOf("dashboard_banners", String(i + 1)),
              lit(title),
              lit(subtitle),
              cta === null ? "null" : lit(cta),
              url === null ? "null" : lit(url),
              i % 3 === 2 ? "null" : lit(`banners/banner-${i + 1}.webp`),
              lit(placement),
              i % 2 === 0 ? "array['user', 'manager']" : "'{}'::text[]",
              i % 4 === 1 ? json({ min_wallet_balance: 0, roles: ["manager"] }) : "'{}'::jsonb",
              lit(status),
              status === "draft" ? "null" : at(`2025-0${1 + i}-01 00:00:00+00`),
              status === "expired" ? at("2025-04-01 00:00:00+00") : status === "scheduled" ? at("2026-01-31 00:00:00+00") : "null",
              String(100 - i * 10),
              ADMIN,
              at(`2025-0${2 + i}-03 12:00:00+00`),
              at(`2025-0${1 + i}-01 09:00:00+00`),
            ]),
          )}`,
    },
    {
      table: "banner_metrics",
      rows: w.count(300, 30),
      sql: (lo, hi) => `
        insert into banner_metrics (id, banner_id, viewer_id, event, created_at)
        select ${uuidOf("banner_metrics", "n")},
               case when ${r.chance("n", "bm.nobanner", 0.03)} then null else ${uuidOf("dashboard_banners", r.int("n", "bm.banner", 1, BANNERS.length))} end,
               case when ${r.chance("n", "bm.anon", 0.05)} then null else ${pid(randomProfileK(w, "n", "bm.viewer"))} end,
               ${r.weighted("n", "bm.event", [["'impression'", 70], ["'click'", 20], ["'dismiss'", 8], ["'view'", 2]])},
               ${r.between("n", "bm.created", "2025-01-01 00:00:00+00", "2025-11-15 00:00:00+00")}
        from generate_series(${lo}, ${hi}) g(n)`,
    },
    {
      table: "cms_pages",
      sql: () => `
        insert into cms_pages (id, slug, title, status, content_json, meta, published_at, created_by, updated_at, created_at)
        values
          ${values(
            PAGES.map(([slug, title, status], i) => [
              uuidOf("cms_pages", String(i + 1)),
              lit(slug),
              lit(title),
              lit(status),
              json({ blocks: [{ type: "heading", text: title }, { type: "paragraph", text: `${title} for SaleMate brokers and agents.` }] }),
              i % 3 === 0 ? "null" : json({ description: title, lang: slug.startsWith("ar/") ? "ar" : "en" }),
              status === "published" ? at(`2024-0${1 + i}-10 08:00:00+00`) : "null",
              i === 6 ? "null" : ADMIN,
              at(`2025-0${1 + i}-12 08:00:00+00`),
              at(`2024-0${1 + i}-01 08:00:00+00`),
            ]),
          )}`,
    },
    {
      table: "cms_media",
      rows: 12,
      sql: (lo, hi) => `
        insert into cms_media (id, bucket, path, alt, width, height, size_bytes, mime_type, meta, created_by, created_at)
        select ${uuidOf("cms_media", "n")}, case when n % 4 = 0 then 'public' else 'cms' end,
               case when n <= 8 then 'banners/banner-' || n || '.webp' else 'pages/hero-' || n || '.jpg' end,
               case when n % 3 = 0 then null else 'SaleMate banner ' || n end,
               case when n % 5 = 0 then null else 1200 end, case when n % 5 = 0 then null else 400 + (n % 3) * 100 end,
               40000 + n * 5113, case when n <= 8 then 'image/webp' else 'image/jpeg' end, '{}'::jsonb,
               case when n % 6 = 0 then null else ${ADMIN} end, timestamptz '2025-01-01 00:00:00+00' + n * interval '9 days'
        from generate_series(${lo}, ${hi}) g(n)`,
    },
    {
      table: "templates_email",
      sql: () => `
        insert into templates_email (id, key, name, subject, html, variables, status, updated_at, created_at)
        values
          ${values(
            EMAIL_TEMPLATES.map(([key, name, subject, vars], i) => [
              uuidOf("templates_email", String(i + 1)),
              lit(key),
              lit(name),
              lit(subject),
              lit(`<h1>${subject}</h1><p>SaleMate</p>`),
              vars.length ? `array[${vars.map(lit).join(", ")}]` : "'{}'::text[]",
              lit(i === 7 ? "inactive" : "active"),
              at(`2025-0${1 + i}-05 10:00:00+00`),
              at(`2024-0${1 + i}-05 10:00:00+00`),
            ]),
          )}`,
    },
    {
      table: "templates_sms",
      sql: () => `
        insert into templates_sms (id, key, name, body, variables, status, updated_at, created_at)
        values
          ${values(
            SMS_TEMPLATES.map(([key, name, body, vars], i) => [
              uuidOf("templates_sms", String(i + 1)),
              lit(key),
              lit(name),
              lit(body),
              vars.length ? `array[${vars.map(lit).join(", ")}]` : "'{}'::text[]",
              lit(i === 6 ? "inactive" : "active"),
              at(`2025-0${1 + i}-06 10:00:00+00`),
              at(`2024-0${1 + i}-06 10:00:00+00`),
            ]),
          )}`,
    },
    {
      table: "system_settings",
      sql: () => `
        insert into system_settings (key, value, description, updated_by, updated_at)
        values
          ${values(
            SETTINGS.map(([key, value, description], i) => [
              lit(key),
              json(value),
              description === null ? "null" : lit(description),
              i % 3 === 2 ? "null" : ADMIN,
              at(`2025-${String(1 + i).padStart(2, "0")}-02 10:00:00+00`),
            ]),
          )}`,
    },
    {
      table: "feature_flags",
      sql: () => `
        insert into feature_flags (key, description, enabled, updated_by, updated_at)
        values
          ${values(
            FLAGS.map(([key, description, enabled], i) => [
              lit(key),
              description === null ? "null" : lit(description),
              String(enabled),
              i % 4 === 3 ? "null" : ADMIN,
              at(`2025-${String(1 + i).padStart(2, "0")}-04 10:00:00+00`),
            ]),
          )}`,
    },
    {
      // entity_id is text: uuids for most entities, keys for settings; actor null for the system.
      table: "audit_logs",
      rows: w.count(300, 30),
      sql: (lo, hi) => `
        insert into audit_logs (id, actor_id, action, entity, entity_id, changes, context, created_at)
        select ${uuidOf("audit_logs", "n")},
               case when entity = 'system' then null else ${pid(r.weighted("n", "audit.actor", [[`${DEMO_K.admin}`, 5], [`${DEMO_K.support}`, 2], [`${DEMO_K.finance}`, 1], [randomProfileK(w, "n", "audit.user"), 2]]))} end,
               ${r.pick("n", "audit.action", ["update", "update", "insert", "delete", "approve", "reject"])}, entity,
               case entity when 'leads' then ${leadId(randomLead(w, "n", "audit.lead"))}::text
                           when 'profiles' then ${pid(randomProfileK(w, "n", "audit.profile"))}::text
                           when 'wallet_topup_requests' then ${uuidOf("wallet_topup_requests", r.int("n", "audit.topup", 1, w.topups))}::text
                           when 'system_settings' then ${r.pick("n", "audit.setting", SETTINGS.map(([k]) => k))}
                           else 'cron:' || n end,
               case when entity = 'leads' then jsonb_build_object('stage', jsonb_build_array('New Lead', 'Potential'))
                    when entity = 'wallet_topup_requests' then jsonb_build_object('status', jsonb_build_array('pending', 'approved')) end,
               jsonb_build_object('ip', '197.34.' || ${r.int("n", "audit.ip", 0, 255)} || '.' || ${r.int("n", "audit.ip2", 1, 254)}),
               ${r.createdAt("n", "audit.created")}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.weighted("n", "audit.entity", [["'leads'", 40], ["'profiles'", 20], ["'wallet_topup_requests'", 20], ["'system_settings'", 10], ["'system'", 10]])} as entity offset 0) x`,
    },
  ];
}
