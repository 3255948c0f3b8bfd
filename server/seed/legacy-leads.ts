// Leads and the CRM tables around them. Children pick their lead by number and recompute
// what they need of it (creation time, agent) from the lead model, so no step reads
// another step's rows.

import { COMPANIES, JOB_TITLES, LEAD_FEEDBACK, REMINDER_TEXTS, TAGS, TAG_COLORS } from "./legacy-data.ts";
import { T_END, plusSeconds, textArray, uuidOf, type SeedStep } from "./legacy-sql.ts";
import {
  DEMO_K,
  batchCpl,
  batchCreated,
  batchId,
  batchProject,
  batchUploaderK,
  deletedLeadId,
  emailLocal,
  integrationId,
  integrationPlatform,
  leadAssignedK,
  leadBatch,
  leadBuyerK,
  leadCreated,
  leadHasBatch,
  leadId,
  leadIntegration,
  leadProject,
  leadStage,
  leadWorkerK,
  mobile,
  personName,
  pid,
  projectId,
  projectName,
  projectPpm,
  projectPrice,
  randomAgentK,
  randomDemoAgentLead,
  randomLead,
  randomManagerK,
  type World,
} from "./legacy-world.ts";

const STAGE_LABELS = ["New Lead", "Potential", "Hot Case", "Meeting Done", "No Answer", "Call Back", "Whatsapp", "Wrong Number", "Non Potential"];

export function leadSteps(w: World): SeedStep[] {
  const r = w.rand;
  /** A lead a child row hangs off: one of the demo agent's every `demoEvery` rows, else any. */
  const childLead = (label: string, demoEvery: number) => `(case when n % ${demoEvery} = 0 then ${randomDemoAgentLead(w, "n", `${label}.demo`)} else ${randomLead(w, "n", label)} end)`;

  return [
    {
      // status arrived in September 2024: older batches have none.
      table: "lead_batches",
      rows: w.batches,
      sql: (lo, hi) => `
        insert into lead_batches (batch_name, cpl_price, created_at, failed_leads, id, project_id, status, successful_leads, total_leads, updated_at, upload_user_id)
        select ${projectName(batchProject(w, "n"))} || ' - ' || ${r.pick("n", "batch.channel", ["Facebook", "Google", "TikTok", "Mixed"])} || ' - ' || to_char(${batchCreated(w, "n")} at time zone 'UTC', 'Mon YYYY'),
               ${batchCpl(w, "n")}, ${batchCreated(w, "n")}, failed, ${batchId(w, "n")}, ${projectId(batchProject(w, "n"))},
               case when ${batchCreated(w, "n")} >= timestamptz '2024-09-01 00:00:00+00'
                    then ${r.weighted("n", "batch.status", [["'completed'", 70], ["'processing'", 5], ["'failed'", 5], ["'partial'", 10], ["'COMPLETED'", 10]])} end,
               ok, ok + failed, ${r.after(batchCreated(w, "n"), "n", "batch.updated", 86_400)}, ${pid(batchUploaderK(w, "n"))}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.int("n", "batch.ok", Math.max(5, Math.floor((w.leads * 0.75) / w.batches) - 20), Math.floor((w.leads * 0.75) / w.batches) + 20)} as ok,
                                   ${r.weighted("n", "batch.failedn", [["0", 6], [r.int("n", "batch.failed", 1, 15), 4]])} as failed offset 0) x`,
    },
    {
      table: "leads",
      rows: w.leads,
      sql: (lo, hi) => {
        const client = "(case when n % 50 = 25 then n - 1 else n end)"; // every 50th lead repeats the previous client
        const name = personName(w, client, "lead.client");
        return `
        insert into leads (assigned_to_id, batch_id, buyer_user_id, client_email, client_job_title, client_name, client_phone, client_phone2, client_phone3,
                           cpl_price, created_at, feedback, id, is_sold, platform, project_id, sold_at, source, stage, updated_at, upload_user_id,
                           company_name, assigned_at, owner_id, budget, project_name, priority, last_contacted_at, next_followup_at, integration_id)
        select assigned_id, case when hb then ${batchId(w, leadBatch(w, "n"))} end, buyer_id,
               case when ${r.chance(client, "lead.hasemail", 0.45)} then ${emailLocal(w, client, "lead.client")} || ${r.int(client, "lead.emailnum", 1, 99)} || '@' || ${r.pick(client, "lead.emaildomain", ["gmail.com", "yahoo.com", "hotmail.com"])} end,
               case when ${r.chance("n", "lead.hasjob", 0.3)} then ${r.pick("n", "lead.job", JOB_TITLES)} end,
               ${r.weighted("n", "lead.namemess", [[name, 95], [`${name} || '  '`, 3], [`upper(${name})`, 2]])},
               ${r.weighted("n", "lead.phonefmt", [
                 [`'+20' || phone`, 92],
                 [`'0' || phone`, 6],
                 [`'+20 ' || substr(phone, 1, 2) || ' ' || substr(phone, 3, 4) || ' ' || substr(phone, 7)`, 2],
               ])},
               case when ${r.chance("n", "lead.phone2", 0.15)} then ${mobile(w, "n", "lead.phone2")} end,
               case when ${r.chance("n", "lead.phone3", 0.04)} then ${mobile(w, "n", "lead.phone3")} end,
               case when ${r.chance("n", "lead.nocpl", 0.05)} then null when hb then ${batchCpl(w, leadBatch(w, "n"))} else ${projectPrice("pi")} end,
               created,
               case when ${r.chance("n", "lead.hasfeedback", 0.4)} then ${r.pick("n", "lead.feedback", LEAD_FEEDBACK)} end,
               ${leadId("n")},
               case when bk is not null then case when ${r.chance("n", "lead.soldnull", 0.05)} then null else true end
                    else case when ${r.chance("n", "lead.unsoldnull", 0.1)} then null else false end end,
               (case when ii is not null then ${integrationPlatform("ii")}
                     else ${r.weighted("n", "lead.platform", [["'Facebook'", 55], ["'Google'", 20], ["'TikTok'", 15], ["'Other'", 10]])} end)::platform_type,
               ${projectId("pi")},
               case when bk is not null and ${r.chance("n", "lead.soldat", 0.97)} then ${r.after("created", "n", "lead.soldlag", 3 * 86_400)} end,
               case when hb then ${r.pick("n", "lead.batchsource", ["csv_upload", "csv_upload", "bulk_upload", "CSV"])}
                    when ii is not null then ${textArray(["facebook_lead_ads", "google_ads", "tiktok_lead_gen"])}[(ii - 1) % 3 + 1]
                    else ${r.weighted("n", "lead.source", [["'landing_page'", 40], ["'manual'", 25], ["'referral'", 10], ["'whatsapp'", 10], ["null", 15]])} end,
               st,
               ${r.after("created", "n", "lead.updated", 120 * 86_400)},
               case when hb then ${pid(batchUploaderK(w, leadBatch(w, "n")))} when ${r.chance("n", "lead.uploader", 0.7)} then ${pid(`coalesce(ak, ${DEMO_K.admin})`)} end,
               case when ${r.chance("n", "lead.hascompany", 0.2)} then ${r.pick("n", "lead.company", COMPANIES)} end,
               case when ak is not null and created >= timestamptz '2024-05-01 00:00:00+00' then ${r.after("created", "n", "lead.assignlag", 4 * 86_400)} end,
               case when created >= timestamptz '2025-03-01 00:00:00+00' then buyer_id end,
               case when ${r.chance("n", "lead.hasbudget", 0.55)} then round(${projectPpm("pi")} * ${r.int("n", "lead.area", 80, 250)} / 50000) * 50000 end,
               ${r.weighted("n", "lead.projname", [[projectName("pi"), 85], ["null", 10], [`upper(${projectName("pi")})`, 5]])},
               case when created >= timestamptz '2025-01-10 00:00:00+00'
                    then ${r.weighted("n", "lead.priority", [["'normal'", 70], ["'high'", 15], ["'low'", 10], ["'urgent'", 5]])} end,
               case when ak is not null and st is distinct from 'New Lead' and created >= timestamptz '2024-10-01 00:00:00+00'
                    then ${r.after("created", "n", "lead.contacted", 30 * 86_400)} end,
               case when st in ('Potential', 'Hot Case', 'Call Back', 'Whatsapp') and created >= timestamptz '2024-10-01 00:00:00+00'
                    then ${plusSeconds("created", `86400 + ${r.u("n", "lead.followup")} * 20 * 86400`)} end,
               ${integrationId("ii")}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${leadHasBatch(w, "n")} as hb, ${leadProject(w, "n")} as pi, ${leadIntegration(w, "n")} as ii,
                                   ${leadAssignedK(w, "n")} as ak, ${leadBuyerK(w, "n")} as bk, ${leadCreated(w, "n")} as created,
                                   lpad(${r.pick(client, "lead.phone.prefix", ["10", "11", "12", "15"])} || lpad(floor(${r.u(client, "lead.phone.digits")} * 100000000)::int8::text, 8, '0'), 10, '0') as phone offset 0) x
        cross join lateral (select case when bk is null then case when ${r.chance("n", "lead.freshstage", 0.95)} then 'New Lead'::lead_stage end else ${leadStage(w, "n")} end as st,
                                   ${pid("ak")} as assigned_id, ${pid("bk")} as buyer_id offset 0) y`;
      },
    },
    {
      // Rows 1-3 are the demo agent's 'VIP' / 'vip' / ' Vip '; every 20th row repeats the
      // previous row's tag on the same lead in another case or with spaces.
      table: "lead_tags",
      rows: w.count(1000, 60),
      sql: (lo, hi) => {
        const baseLead = (m: string) => `(case when (${m}) % 10 = 3 then ${randomDemoAgentLead(w, m, "tag.demo")} else ${randomLead(w, m, "tag.lead")} end)`;
        const baseTag = (m: string) => r.pick(m, "tag.name", TAGS);
        return `
        insert into lead_tags (id, lead_id, tag_name, color, created_at, created_by)
        select ${uuidOf("lead_tags", "n")}, ${leadId("ln")}, tag, ${r.pick("n", "tag.color", TAG_COLORS)},
               ${r.after(leadCreated(w, "ln"), "n", "tag.lag", 60 * 86_400)},
               case when ${r.chance("n", "tag.nocreator", 0.1)} then null else ${pid(leadWorkerK(w, "ln"))} end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select case when n <= 3 then 40 when n % 20 = 0 then ${baseLead("n - 1")} else ${baseLead("n")} end as ln,
                                   case when n <= 3 then ${textArray(["VIP", "vip", " Vip "])}[n]
                                        when n % 20 = 0 then case (n / 20) % 3 when 0 then lower(${baseTag("n - 1")}) when 1 then upper(${baseTag("n - 1")})
                                                                                 else ' ' || initcap(${baseTag("n - 1")}) || ' ' end
                                        else ${baseTag("n")} end as tag offset 0) x`;
      },
    },
    {
      // lead_id has no foreign key: some reminders outlived their (deleted) lead.
      table: "lead_reminders",
      rows: w.count(500, 40),
      sql: (lo, hi) => `
        insert into lead_reminders (id, lead_id, user_id, reminder_date, reminder_text, is_completed, completed_at, created_at, updated_at)
        select ${uuidOf("lead_reminders", "n")}, case when orphan then ${deletedLeadId(w, "n", "reminder.deleted")} else ${leadId("ln")} end,
               ${pid(`case when orphan then ${randomAgentK(w, "n", "reminder.agent")} when n % 8 = 0 then ${DEMO_K.agent} else ${leadWorkerK(w, "ln")} end`)},
               due, case when ${r.chance("n", "reminder.notext", 0.1)} then null else ${r.pick("n", "reminder.text", REMINDER_TEXTS)} end,
               done, case when done and ${r.chance("n", "reminder.completedat", 0.9)} then ${r.after("due", "n", "reminder.donelag", 86_400)} end,
               created, ${r.after("created", "n", "reminder.updated", 5 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.chance("n", "reminder.orphan", 0.05)} or n = 7 as orphan,
                                   ${childLead("reminder.lead", 8)} as ln offset 0) x
        cross join lateral (select case when orphan then ${r.createdAt("n", "reminder.created")} else ${r.after(leadCreated(w, "ln"), "n", "reminder.lag", 20 * 86_400)} end as created offset 0) y
        cross join lateral (select ${plusSeconds("created", `3600 + ${r.u("n", "reminder.ahead")} * 30 * 86400`)} as due offset 0) z
        cross join lateral (select due < timestamptz '${T_END}' and ${r.chance("n", "reminder.done", 0.7)} as done offset 0) d`,
    },
    {
      table: "lead_activities",
      rows: w.count(1200, 60),
      sql: (lo, hi) => `
        insert into lead_activities (id, lead_id, user_id, activity_type, activity_data, description, created_at)
        select ${uuidOf("lead_activities", "n")}, ${leadId("ln")}, ${pid(leadWorkerK(w, "ln"))}, kind,
               case kind when 'call' then jsonb_build_object('duration_sec', ${r.int("n", "act.duration", 0, 900)}, 'outcome', ${r.pick("n", "act.outcome", ["answered", "no_answer", "busy"])})
                         when 'stage_change' then jsonb_build_object('from', 'New Lead', 'to', ${r.pick("n", "act.stage", STAGE_LABELS)})
                         when 'assignment' then jsonb_build_object('to', ${pid(leadWorkerK(w, "ln"))})
                         when 'note' then '{}'::jsonb
                         else null end,
               case kind when 'call' then 'Called client' when 'whatsapp' then 'Sent WhatsApp message' when 'stage_change' then 'Stage updated'
                         when 'meeting' then 'Meeting at sales center' when 'email' then 'Sent brochure by email' when 'assignment' then 'Lead assigned'
                         else ${r.pick("n", "act.note", LEAD_FEEDBACK)} end,
               ${r.after(leadCreated(w, "ln"), "n", "act.lag", 45 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${childLead("act.lead", 10)} as ln,
                                   ${r.weighted("n", "act.kind", [["'call'", 30], ["'whatsapp'", 20], ["'note'", 15], ["'stage_change'", 15], ["'email'", 5], ["'meeting'", 5], ["'assignment'", 10]])} as kind offset 0) x`,
    },
    {
      // The first feedback table: stage as free text, some authors unknown, some leads gone.
      table: "feedback_history",
      rows: w.count(600, 40),
      sql: (lo, hi) => `
        insert into feedback_history (id, lead_id, user_id, feedback_text, stage, created_at)
        select ${uuidOf("feedback_history", "n")}, case when orphan then ${deletedLeadId(w, "n", "fh.deleted")} else ${leadId("ln")} end,
               case when orphan or ${r.chance("n", "fh.nouser", 0.1)} then null else ${pid(leadWorkerK(w, "ln"))} end,
               ${r.pick("n", "fh.text", LEAD_FEEDBACK)},
               ${r.weighted("n", "fh.stage", [[r.pick("n", "fh.label", STAGE_LABELS), 70], [`lower(${r.pick("n", "fh.label", STAGE_LABELS)})`, 10], [`replace(lower(${r.pick("n", "fh.label", STAGE_LABELS)}), ' ', '_')`, 10], ["null", 10]])},
               case when orphan then ${r.createdAt("n", "fh.created")} else ${r.after(leadCreated(w, "ln"), "n", "fh.lag", 30 * 86_400)} end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${r.chance("n", "fh.orphan", 0.05)} or n = 3 as orphan, ${childLead("fh.lead", 12)} as ln offset 0) x`,
    },
    {
      table: "case_feedback",
      rows: w.count(400, 30),
      sql: (lo, hi) => `
        insert into case_feedback (id, lead_id, stage, feedback, ai_coach, created_by, created_at)
        select ${uuidOf("case_feedback", "n")}, ${leadId("ln")}, ${r.pick("n", "cf.stage", STAGE_LABELS)}, ${r.pick("n", "cf.text", LEAD_FEEDBACK)},
               case when ${r.chance("n", "cf.hascoach", 0.4)} then ${r.pick("n", "cf.coach", [
                 "Ask about the preferred down payment before sending units.",
                 "Client sounds price-sensitive: lead with the longest installment plan.",
                 "Book a site visit within 48 hours while interest is high.",
                 "اقترح على العميل زيارة الموقع خلال يومين",
               ])} end,
               ${pid(leadWorkerK(w, "ln"))},
               ${r.after(`greatest(${leadCreated(w, "ln")}, timestamptz '2025-02-01 00:00:00+00')`, "n", "cf.lag", 30 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${childLead("cf.lead", 10)} as ln offset 0) x`,
    },
    {
      table: "case_actions",
      rows: w.count(400, 30),
      sql: (lo, hi) => `
        insert into case_actions (id, lead_id, action_type, payload, due_at, status, created_by, created_at, completed_at, notified_at)
        select ${uuidOf("case_actions", "n")}, ${leadId("ln")}, kind,
               jsonb_build_object('note', ${r.pick("n", "ca.note", REMINDER_TEXTS)}),
               due, st, ${pid(leadWorkerK(w, "ln"))}, created,
               case when st in ('DONE', 'done') then ${r.after("created", "n", "ca.donelag", 7 * 86_400)} end,
               case when due < timestamptz '${T_END}' and ${r.chance("n", "ca.notified", 0.7)} then due end
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${childLead("ca.lead", 10)} as ln,
                                   ${r.weighted("n", "ca.kind", [["'CALL_REMINDER'", 40], ["'WHATSAPP_FOLLOWUP'", 25], ["'SEND_BROCHURE'", 15], ["'MEETING'", 15], ["'CHANGE_FACE'", 5]])} as kind,
                                   ${r.weighted("n", "ca.status", [["'PENDING'", 35], ["'DONE'", 40], ["'SKIPPED'", 10], ["'CANCELLED'", 5], ["'pending'", 5], ["'done'", 5]])} as st offset 0) x
        cross join lateral (select ${r.after(`greatest(${leadCreated(w, "ln")}, timestamptz '2025-02-01 00:00:00+00')`, "n", "ca.lag", 30 * 86_400)} as created offset 0) y
        cross join lateral (select ${plusSeconds("created", `3600 + ${r.u("n", "ca.due")} * 7 * 86400`)} as due offset 0) z`,
    },
    {
      table: "case_faces",
      rows: w.count(150, 15),
      sql: (lo, hi) => `
        insert into case_faces (id, lead_id, from_agent, to_agent, reason, created_by, created_at)
        select ${uuidOf("case_faces", "n")}, ${leadId("ln")},
               case when ${r.chance("n", "face.nofrom", 0.2)} then null else ${pid(leadWorkerK(w, "ln"))} end,
               ${pid(`case when n % 7 = 0 then ${DEMO_K.agent} else ${randomAgentK(w, "n", "face.to")} end`)},
               ${r.pick("n", "face.reason", ["Client asked for another agent", "Agent on leave", "Rebalancing team load", "No progress after 2 weeks", "العميل طلب التحويل"])},
               ${pid(randomManagerK(w, "n", "face.by"))},
               ${r.after(leadCreated(w, "ln"), "n", "face.lag", 40 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${randomLead(w, "n", "face.lead")} as ln offset 0) x`,
    },
    {
      table: "inventory_matches",
      rows: w.count(150, 15),
      sql: (lo, hi) => `
        insert into inventory_matches (id, lead_id, filters, result_count, top_units, recommendation, created_by, created_at)
        select ${uuidOf("inventory_matches", "n")}, ${leadId("ln")},
               jsonb_build_object('budget_max', ${r.int("n", "im.budget", 3, 40)} * 1000000, 'bedrooms', ${r.int("n", "im.beds", 1, 5)},
                                  'area', ${r.pick("n", "im.area", ["New Cairo", "Sheikh Zayed", "6th of October", "New Capital", "North Coast", "Ain Sokhna"])},
                                  'property_type', ${r.pick("n", "im.type", ["Apartment", "Villa", "Townhouse", "Chalet"])}),
               cnt,
               case when cnt > 0 then jsonb_build_array(${r.int("n", "im.u1", 1, w.inventory)}, ${r.int("n", "im.u2", 1, w.inventory)}, ${r.int("n", "im.u3", 1, w.inventory)}) end,
               case when cnt = 0 then 'No units match this budget; suggest resale.' else ${r.pick("n", "im.rec", ["Top pick has the longest payment plan.", "Ready-to-move units fit the client's timeline.", "Consider the launch phase for a lower entry price."])} end,
               ${pid(leadWorkerK(w, "ln"))},
               ${r.after(`greatest(${leadCreated(w, "ln")}, timestamptz '2025-04-01 00:00:00+00')`, "n", "im.lag", 20 * 86_400)}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select ${childLead("im.lead", 6)} as ln, ${r.weighted("n", "im.count", [["0", 15], [r.int("n", "im.n", 1, 60), 85]])} as cnt offset 0) x`,
    },
  ];
}
