// People and their social traces: auth users, profiles with their manager chains, team
// invitations, OTP challenges, activity, posts and comments.

import { COMMENTS, POSTS } from "./legacy-data.ts";
import { T_END, lit, plusSeconds, uuidOf, type SeedStep } from "./legacy-sql.ts";
import {
  DEMO_K,
  deletedUserId,
  emailLocal,
  lastK,
  legacyRole,
  managerK,
  mobile,
  pid,
  profileCreated,
  profileEmail,
  profileName,
  randomAgentK,
  randomManagerK,
  randomProfileK,
  type World,
} from "./legacy-world.ts";

/** bcrypt of "salemate-demo": every seeded account signs in with it. */
export const DEMO_PASSWORD = "salemate-demo";
const DEMO_PASSWORD_HASH = "$2a$10$SaleMateDemoSeedSaltXOoIIrq4Sjrled0u1f208l.v4/764TEdW";

const profilePhone = (w: World, k: string) => `(case when (${k}) > 8 and ${w.rand.chance(k, "profile.nophone", 0.1)} then null else ${mobile(w, k, "profile.phone", true)} end)`;
/** phone_verified_at arrived with the OTP flow in February 2025. */
const phoneVerifiedAt = (w: World, k: string) =>
  `(case when ${profilePhone(w, k)} is not null and ((${k}) <= 8 or ${w.rand.chance(k, "profile.verified", 0.6)})
     then ${w.rand.after(`greatest(${profileCreated(w, k)}, timestamptz '2025-02-01 00:00:00+00')`, k, "profile.verifiedat", 30 * 86_400)} end)`;
const lastLoginAt = (w: World, k: string) =>
  `(case when (${k}) <= 8 then timestamptz '2025-11-14 08:00:00+00' + (${k}) * interval '7 minutes'
         when ${w.rand.chance(k, "profile.neverlogged", 0.15)} then null
         else ${w.rand.after(profileCreated(w, k), k, "profile.lastlogin", 700 * 86_400)} end)`;

export function peopleSteps(w: World): SeedStep[] {
  const r = w.rand;
  const K = lastK(w);
  const authOnlyK = (n: string) => `(${K} + (${n}))`;

  return [
    {
      table: "auth.users",
      rows: K,
      sql: (lo, hi) => `
        insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, phone, phone_confirmed_at,
                                raw_app_meta_data, raw_user_meta_data, is_super_admin, last_sign_in_at, created_at, updated_at, deleted_at)
        select '00000000-0000-0000-0000-000000000000', ${pid("k")}, 'authenticated', 'authenticated', ${profileEmail(w, "k")}, ${lit(DEMO_PASSWORD_HASH)},
               ${plusSeconds(profileCreated(w, "k"), r.u("k", "auth.confirm") + " * 3600")},
               case when ${phoneVerifiedAt(w, "k")} is not null then ${profilePhone(w, "k")} end, ${phoneVerifiedAt(w, "k")},
               '{"provider": "email", "providers": ["email"]}'::jsonb,
               jsonb_build_object('name', ${profileName(w, "k")}),
               false, ${lastLoginAt(w, "k")}, ${profileCreated(w, "k")}, ${profileCreated(w, "k")}, null
        from generate_series(${lo}, ${hi}) g(k)`,
    },
    {
      // Sign-ups that never finished: an auth user with no profile.
      table: "auth.users",
      rows: w.authOnly,
      sql: (lo, hi) => `
        insert into auth.users (instance_id, id, aud, role, email, encrypted_password, raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at, deleted_at)
        select '00000000-0000-0000-0000-000000000000', ${pid(authOnlyK("n"))}, 'authenticated', 'authenticated',
               ${emailLocal(w, "n", "authonly.name")} || '.signup' || n || '@gmail.com', ${lit(DEMO_PASSWORD_HASH)},
               '{"provider": "email", "providers": ["email"]}'::jsonb, '{}'::jsonb, false,
               ${r.createdAt("n", "authonly.created")}, ${r.createdAt("n", "authonly.created")},
               case when n % 2 = 0 then timestamptz '${T_END}' - n * interval '3 days' end
        from generate_series(${lo}, ${hi}) g(n)`,
    },
    {
      table: "profiles",
      rows: K,
      sql: (lo, hi) => `
        insert into profiles (created_at, email, id, is_banned, manager_id, name, phone, role, updated_at, phone_verified_at, last_login_at, remember_token, wallet_balance)
        select ${profileCreated(w, "k")}, ${profileEmail(w, "k")}, ${pid("k")},
               case when (k) > 8 and ${profileCreated(w, "k")} < timestamptz '2024-06-01 00:00:00+00' then null
                    else (k) > 8 and ${r.chance("k", "profile.banned", 0.02)} end,
               ${pid(managerK("k"))}, ${profileName(w, "k")}, ${profilePhone(w, "k")}, ${legacyRole("k")},
               ${r.after(profileCreated(w, "k"), "k", "profile.updated", 200 * 86_400)},
               ${phoneVerifiedAt(w, "k")}, ${lastLoginAt(w, "k")},
               case when (k) > 8 and ${r.chance("k", "profile.token", 0.05)} then md5('remember:' || k) end,
               0
        from generate_series(${lo}, ${hi}) g(k)`,
    },
    {
      // A quarter come from the demo manager; re-invitations repeat the previous address.
      table: "team_invitations",
      rows: w.count(30, 12),
      sql: (lo, hi) => {
        const status = r.weighted("n", "invite.status", [["'pending'", 35], ["'accepted'", 30], ["'expired'", 15], ["'revoked'", 10], ["'cancelled'", 10]]);
        const freshEmail = (n: string) => `${emailLocal(w, n, "invite.name")} || '.' || (${n}) || '@' || ${r.pick(n, "invite.domain", ["gmail.com", "yahoo.com", "outlook.com"])}`;
        const created = r.createdAt("n", "invite.created");
        return `
        insert into team_invitations (id, manager_id, invitee_email, invitee_user_id, status, token, expires_at, created_at, updated_at)
        select ${uuidOf("team_invitations", "n")}, ${pid("mk")},
               case when st = 'accepted' then ${profileEmail(w, "ak")} when n % 10 = 5 then ${freshEmail("n - 1")} else ${freshEmail("n")} end,
               case when st = 'accepted' then ${pid("ak")} end,
               st, md5('salemate:invite-token:' || n), ${created} + interval '7 days', ${created},
               ${r.after(created, "n", "invite.updated", 10 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${status} as st,
                                   case when n % 4 = 1 then ${DEMO_K.manager} else ${randomManagerK(w, "n", "invite.manager")} end as mk,
                                   ${randomAgentK(w, "n", "invite.agent")} as ak offset 0) x`;
      },
    },
    {
      table: "otp_challenges",
      rows: w.otpChallenges,
      sql: (lo, hi) => {
        const created = otpCreated(w, "n");
        const status = r.weighted("n", "otp.status", [["'verified'", 60], ["'expired'", 20], ["'pending'", 8], ["'blocked'", 5], ["'failed'", 7]]);
        return `
        insert into otp_challenges (id, context, channel, target, phone, code_hash, provider, status, attempt_count, send_count, metadata,
                                    expires_at, verified_at, verified_by, created_at, updated_at)
        select ${uuidOf("otp_challenges", "n")}, ctx, ch, phone, case when ${r.chance("n", "otp.nophone", 0.2)} then null else phone end,
               encode(sha256(convert_to(lpad(${r.int("n", "otp.code", 0, 999999)}::text, 6, '0') || ':' || n, 'UTF8')), 'hex'),
               case when ch = 'whatsapp' then 'whatsapp_cloud' else ${r.weighted("n", "otp.provider", [["'twilio_sms'", 8], ["'twilio_verify'", 2]])} end,
               st, ${r.int("n", "otp.attempts", 0, 5)}, ${r.int("n", "otp.sends", 1, 3)},
               jsonb_build_object('ip', '41.' || ${r.int("n", "otp.ip1", 32, 47)} || '.' || ${r.int("n", "otp.ip2", 0, 255)} || '.' || ${r.int("n", "otp.ip3", 1, 254)}, 'locale', ${r.pick("n", "otp.locale", ["ar-EG", "en-US", "en-EG"])}),
               ${created} + interval '10 minutes',
               case when st = 'verified' then ${plusSeconds(created, `30 + ${r.u("n", "otp.verifylag")} * 240`)} end,
               case when st = 'verified' and ctx <> 'signup' then ${pid("k")} end,
               ${created}, ${created} + interval '5 minutes'
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.weighted("n", "otp.context", [["'login'", 45], ["'signup'", 30], ["'phone_change'", 10], ["'wallet_withdrawal'", 10], ["'password_reset'", 5]])} as ctx,
                                   ${r.weighted("n", "otp.channel", [["'sms'", 85], ["'whatsapp'", 15]])} as ch,
                                   ${status} as st,
                                   ${randomProfileK(w, "n", "otp.user")} as k,
                                   ${mobile(w, "n", "otp.phone")} as phone offset 0) x`;
      },
    },
    {
      table: "otp_attempts",
      rows: w.count(250),
      sql: (lo, hi) => {
        const challenge = r.int("n", "otpa.challenge", 1, w.otpChallenges);
        return `
        insert into otp_attempts (id, challenge_id, result, ip_address, user_agent, created_at)
        select n, ${uuidOf("otp_challenges", "c")},
               ${r.weighted("n", "otpa.result", [["'success'", 55], ["'invalid_code'", 30], ["'expired'", 10], ["'rate_limited'", 5]])},
               (${r.pick("n", "otpa.net", ["41.33", "41.44", "156.196", "197.34", "102.40"])} || '.' || ${r.int("n", "otpa.ip3", 0, 255)} || '.' || ${r.int("n", "otpa.ip4", 1, 254)})::inet,
               ${r.pick("n", "otpa.ua", ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", "Mozilla/5.0 (Linux; Android 14; SM-A546E)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0", "okhttp/4.12.0"])},
               ${plusSeconds(otpCreated(w, "c"), `${r.u("n", "otpa.lag")} * 600`)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${challenge} as c offset 0) x`;
      },
    },
    {
      // A few rows belong to users deleted since: user_id has no reference to profiles.
      table: "recent_activity",
      rows: w.count(300),
      sql: (lo, hi) => `
        insert into recent_activity (action, created_at, details, id, user_id)
        select act, ${r.createdAt("n", "activity.created")},
               case act when 'lead_purchased' then jsonb_build_object('quantity', ${r.int("n", "activity.qty", 5, 100)}, 'currency', 'EGP')
                        when 'wallet_topup' then jsonb_build_object('amount', ${r.int("n", "activity.amount", 5, 200)} * 100, 'method', ${r.pick("n", "activity.method", ["Instapay", "VodafoneCash", "BankTransfer"])})
                        when 'login' then null
                        else '{}'::jsonb end,
               ${uuidOf("recent_activity", "n")},
               case when ${r.chance("n", "activity.orphan", 0.02)} then ${deletedUserId(w, "n", "activity.deleted")}
                    when n % 10 = 0 then ${pid(String(DEMO_K.agent))} else ${pid(randomProfileK(w, "n", "activity.user"))} end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.pick("n", "activity.action", ["login", "login", "lead_purchased", "wallet_topup", "profile_updated", "lead_stage_changed", "team_member_invited"])} as act offset 0) x`,
    },
    {
      table: "posts",
      rows: w.posts,
      sql: (lo, hi) => `
        insert into posts (author_id, content, created_at, id, updated_at)
        select ${pid(`case when n % 5 = 0 then ${DEMO_K.agent} else ${randomAgentK(w, "n", "post.author")} end`)}, ${r.pick("n", "post.content", POSTS)},
               ${postCreated(w, "n")}, ${uuidOf("posts", "n")}, ${postCreated(w, "n")}
        from generate_series(${lo}, ${hi}) g(n)`,
    },
    {
      table: "comments",
      rows: w.count(80),
      sql: (lo, hi) => `
        insert into comments (author_id, content, created_at, id, post_id, updated_at)
        select ${pid(randomProfileK(w, "n", "comment.author"))}, ${r.pick("n", "comment.content", COMMENTS)},
               ${r.after(postCreated(w, "p"), "n", "comment.lag", 5 * 86_400)}, ${uuidOf("comments", "n")}, ${uuidOf("posts", "p")},
               ${r.after(postCreated(w, "p"), "n", "comment.lag", 5 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.int("n", "comment.post", 1, w.posts)} as p offset 0) x`,
    },
  ];
}

const otpCreated = (w: World, n: string) => w.rand.between(n, "otp.created", "2025-02-01 00:00:00+00", "2025-11-14 00:00:00+00");
const postCreated = (w: World, n: string) => w.rand.createdAt(n, "post.created");
