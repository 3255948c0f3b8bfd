// Support cases with their replies (people kept as text on the case, as uuids on the
// reply), and the notifications table that lead, support and wallet code all write to.

import { INTERNAL_NOTES, SUPPORT_REPLIES, SUPPORT_SUBJECTS } from "./legacy-data.ts";
import { uuidOf, type SeedStep } from "./legacy-sql.ts";
import {
  DEMO_K,
  deletedUserId,
  leadId,
  leadWorkerK,
  pid,
  profileEmail,
  randomAgentK,
  randomCustomerK,
  randomDemoAgentLead,
  randomLead,
  randomManagerK,
  randomProfileK,
  randomStaffK,
  type World,
} from "./legacy-world.ts";

export const caseId = (c: string) => uuidOf("support_cases", c);

/** Every tenth case is the demo customer's, every tenth the demo agent's. */
const caseCreatorK = (w: World, c: string) =>
  `(case (${c}) % 10 when 1 then ${DEMO_K.customer} when 5 then ${DEMO_K.agent}
    else ${w.rand.weighted(c, "case.creator", [[randomCustomerK(w, c, "case.customer"), 5], [randomAgentK(w, c, "case.agent"), 3], [randomManagerK(w, c, "case.manager"), 2]])} end)`;
/** How created_by spells the creator: a uuid mostly; an e-mail, upper case or junk for a few. */
const caseCreatorForm = (w: World, c: string) =>
  `(case when (${c}) % 10 in (1, 5) then 'uuid' when (${c}) = 7 then 'junk' when (${c}) = 13 then 'empty' when (${c}) = 17 then 'email' when (${c}) = 19 then 'upper'
    else ${w.rand.weighted(c, "case.form", [["'uuid'", 88], ["'upper'", 3], ["'email'", 5], ["'junk'", 4]])} end)`;
const caseCreated = (w: World, c: string) => w.rand.createdAt(c, "case.created");
const caseAssigneeK = (w: World, c: string) => randomStaffK(w, c, "case.assignee");

export function supportSteps(w: World): SeedStep[] {
  const r = w.rand;
  const C = w.supportCases;
  return [
    {
      table: "support_cases",
      rows: C,
      sql: (lo, hi) => `
        insert into support_cases (assigned_to, created_at, created_by, description, id, priority, status, subject, updated_at)
        select case af when 'none' then null when 'uuid' then ${pid("ak")}::text when 'email' then ${profileEmail(w, "ak")} else 'support' end,
               ${caseCreated(w, "n")},
               case cf when 'uuid' then ${pid("ck")}::text when 'upper' then upper(${pid("ck")}::text) when 'email' then ${profileEmail(w, "ck")}
                       when 'empty' then '' else ${r.pick("n", "case.junk", ["admin", "unknown", "null", "admin"])} end,
               ${r.pick("n", "case.body", [
                 "I transferred the amount by Instapay but my wallet still shows the old balance.",
                 "Half of the leads in my last batch have wrong numbers.",
                 "My agent cannot see the leads I assigned to him.",
                 "حولت المبلغ ولم يظهر في المحفظة",
                 "The OTP message never arrives on my Vodafone line.",
                 "Please send a tax invoice for my company.",
               ])},
               ${caseId("n")},
               ${r.weighted("n", "case.priority", [["'low'", 25], ["'medium'", 45], ["'high'", 20], ["'urgent'", 5], ["null", 5]])}::support_case_priority,
               ${r.weighted("n", "case.status", [["'open'", 25], ["'in_progress'", 20], ["'resolved'", 35], ["'closed'", 17], ["null", 3]])}::support_case_status,
               ${r.pick("n", "case.subject", SUPPORT_SUBJECTS)},
               ${r.after(caseCreated(w, "n"), "n", "case.updated", 10 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${caseCreatorK(w, "n")} as ck, ${caseCreatorForm(w, "n")} as cf, ${caseAssigneeK(w, "n")} as ak,
                                   case when n = 2 then 'none' else ${r.weighted("n", "case.assignform", [["'none'", 25], ["'uuid'", 65], ["'email'", 5], ["'junk'", 5]])} end as af offset 0) x`,
    },
    {
      // Reply j of case c alternates staff (even j) and creator (odd j); the third reply
      // of every case, and some others, are internal notes the creator must not see.
      table: "support_case_replies",
      rows: w.count(200, 60),
      sql: (lo, hi) => `
        insert into support_case_replies (id, case_id, user_id, message, is_internal_note, attachments, created_at, updated_at)
        select ${uuidOf("support_case_replies", "n")}, ${caseId("c")}, ${pid("author")},
               case when internal then ${r.pick("n", "reply.note", INTERNAL_NOTES)} else ${r.pick("n", "reply.text", SUPPORT_REPLIES)} end,
               case when internal then true when created < timestamptz '2024-06-01 00:00:00+00' and ${r.chance("n", "reply.nullflag", 0.5)} then null else false end,
               case when ${r.chance("n", "reply.attach", 0.1)} then jsonb_build_array(jsonb_build_object('url', 'support/' || md5('att:' || n) || '.jpg', 'name', 'screenshot.jpg')) end,
               created, case when ${r.chance("n", "reply.edited", 0.05)} then created + interval '5 minutes' end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ((n - 1) % ${C}) + 1 as c, (n - 1) / ${C} as j offset 0) x
        cross join lateral (select j % 2 = 1 and ${caseCreatorForm(w, "c")} in ('uuid', 'upper', 'email') as by_creator offset 0) y
        cross join lateral (select case when by_creator then ${caseCreatorK(w, "c")} else coalesce(${caseAssigneeK(w, "c")}, ${DEMO_K.support}) end as author,
                                   not by_creator and (j = 2 or ${r.chance("n", "reply.internal", 0.15)}) as internal,
                                   ${caseCreated(w, "c")} + (j + 1) * interval '20 hours' + floor(${r.u("n", "reply.lag")} * 36000) * interval '1 second' as created offset 0) z`,
    },
    {
      // One table for every kind of alert; the kind shows only in the url. A few belong to
      // users deleted since (user_id has no foreign key).
      table: "notifications",
      rows: w.count(800, 60),
      sql: (lo, hi) => `
        insert into notifications (id, user_id, title, body, url, channels, status, read_at, sent_at, created_at)
        select ${uuidOf("notifications", "n")},
               case when orphan then ${deletedUserId(w, "n", "notif.deleted")} else ${pid("k")} end,
               case kind when 'lead' then 'New lead assigned' when 'reminder' then 'Reminder due' when 'support' then 'Support case updated'
                         when 'wallet' then 'Wallet updated' else 'SaleMate update' end,
               case kind when 'lead' then 'A new lead was assigned to you.' when 'reminder' then 'You have a follow-up due today.'
                         when 'support' then 'Our team replied to your support case.' when 'wallet' then 'Your wallet balance changed.'
                         else ${r.pick("n", "notif.sys", ["New projects are available in the shop.", "تم إضافة مشاريع جديدة", "Scheduled maintenance tonight at 2am."])} end,
               case kind when 'lead' then '/crm/leads/' || ${leadId("ln")} when 'reminder' then '/crm/leads/' || ${leadId("ln")}
                         when 'support' then '/support/cases/' || ${caseId("c")}
                         when 'wallet' then ${r.pick("n", "notif.wurl", ["/wallet", "/wallet/transactions"])} end,
               ${r.weighted("n", "notif.channels", [["array['inapp']", 60], ["array['inapp', 'push']", 20], ["array['inapp', 'email']", 10], ["array['push']", 5], ["null::text[]", 5]])},
               st, case when st = 'read' then ${r.after("created", "n", "notif.readlag", 3 * 86_400)} end,
               case when st in ('sent', 'read') then created + interval '2 seconds' end, created
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.weighted("n", "notif.kind", [["'lead'", 40], ["'reminder'", 10], ["'support'", 15], ["'wallet'", 20], ["'system'", 15]])} as kind,
                                   ${r.chance("n", "notif.orphan", 0.04)} or n = 5 as orphan,
                                   case when n % 10 = 0 then ${randomDemoAgentLead(w, "n", "notif.demolead")} else ${randomLead(w, "n", "notif.lead")} end as ln,
                                   ${r.int("n", "notif.case", 1, C)} as c,
                                   ${r.createdAt("n", "notif.created")} as created,
                                   ${r.weighted("n", "notif.status", [["'pending'", 10], ["'sent'", 40], ["'read'", 45], ["'failed'", 5]])} as st offset 0) x
        cross join lateral (select case kind when 'lead' then ${leadWorkerK(w, "ln")} when 'reminder' then ${leadWorkerK(w, "ln")}
                                             when 'support' then ${caseCreatorK(w, "c")}
                                             when 'wallet' then case when n % 5 = 0 then ${DEMO_K.agent} else ${randomProfileK(w, "n", "notif.wuser")} end
                                             else ${randomProfileK(w, "n", "notif.user")} end as k offset 0) y`,
    },
  ];
}
