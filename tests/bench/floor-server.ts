/**
 * The benchmark's true floor: a minimal Node HTTP handler answering the benchmarked operations
 * with the best single SQL statement each, the visibility rule written as an explicit predicate
 * for the caller (no RLS: it connects as the database owner, which bypasses it). It verifies the
 * JWT like the gateway does and answers in the gateway's JSON shape, so tests/bench/gateway.ts
 * can check that the floor returns exactly the rows the gateway returns for the same user.
 *
 * The rules restated here (from sql/rls/matrix.json and the policies):
 * - staff (admin or support, platform role or active team role 'support') see every lead,
 *   profile, support thread and message;
 * - a lead is visible to whoever owns, bought or works it, and to whoever manages one of those
 *   (team owner: its active members; active manager / team lead: active members ranked below);
 * - a profile is visible to itself, staff, finance and whoever manages it;
 * - a support thread to its creator (its non-internal messages) and staff.
 *   DATABASE_URL=<owner url> JWT_SECRET=... PORT=... tsx tests/bench/floor-server.ts
 */
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { bearerToken, makeTokenVerifier } from "../../server/auth/tokens.ts";


const TS = `'YYYY-MM-DD"T"HH24:MI:SS.USTZH:TZM'`;
// Who the caller is, as plain predicates on the tables ($1 = the caller's profile id): staff,
// finance, and the ids whose leads they see (their own and those they manage: the profiles of
// the teams they own, and, as an active manager or team lead, the active members ranked below).
const RANK = (col: string) => `(case ${col} when 'manager' then 3 when 'team_lead' then 2 else 1 end)`;
const CALLER = `
  caller as materialized (
    select
      exists (select 1 from public.profiles p where p.id = $1 and p.role::text in ('admin', 'support'))
        or exists (select 1 from public.team_memberships m where m.profile_id = $1 and m.role = 'support' and m.status = 'active') as staff,
      exists (select 1 from public.profiles p where p.id = $1 and p.role::text = 'finance') as finance,
      array(select theirs.profile_id from public.teams t join public.team_memberships theirs on theirs.team_id = t.id
            where t.owner_profile_id = $1 and theirs.status = 'active' and theirs.profile_id <> $1
            union
            select theirs.profile_id from public.team_memberships mine join public.team_memberships theirs on theirs.team_id = mine.team_id
            where mine.profile_id = $1 and mine.status = 'active' and mine.role in ('manager', 'team_lead')
              and theirs.status = 'active' and theirs.profile_id <> $1 and ${RANK("mine.role")} > ${RANK("theirs.role")}) as managed)`;
// The caller's leads: staff every one; everyone else those whose owner, buyer or assignee is the
// caller or someone they manage. The caller's values are init-plans, so the branch that does not
// apply is skipped whole and the other is one index scan per column, combined (BitmapOr).
const VISIBLE_LEADS = `
  visible_leads as (
    select l.* from public.leads l
    where not (select staff from caller)
      and (l.owner_id = any ((select managed || $1::uuid from caller)::uuid[]) or l.assigned_to_id = any ((select managed || $1::uuid from caller)::uuid[])
           or l.buyer_user_id = any ((select managed || $1::uuid from caller)::uuid[]))
    union all
    select l.* from public.leads l where (select staff from caller))`;
// The same as a predicate, for the board's newest-first page: walking the created_at index and
// keeping the visible rows finds the first 20 sooner than collecting every visible lead first.
const VISIBLE = (l: string) => `((select staff from caller)
      or ${l}.owner_id = any ((select managed || $1::uuid from caller)::uuid[]) or ${l}.assigned_to_id = any ((select managed || $1::uuid from caller)::uuid[])
      or ${l}.buyer_user_id = any ((select managed || $1::uuid from caller)::uuid[]))`;
// SupportThread needs only whether the caller is staff.
const STAFF = `
  caller as materialized (
    select exists (select 1 from public.profiles p where p.id = $1 and p.role::text in ('admin', 'support'))
        or exists (select 1 from public.team_memberships m where m.profile_id = $1 and m.role = 'support' and m.status = 'active') as staff)`;

/** The floor's statements; parameters: $1 the caller's profile id, $2 the thread (SupportThread). */
export const SQL: Record<string, string> = {
  LeadBoard: `with ${CALLER}
    select json_build_object('leads', json_build_object('nodes', coalesce(json_agg(json_build_object(
        'id', l.id, 'clientName', l.client_name, 'stage', upper(regexp_replace(l.stage::text, '[^A-Za-z0-9]+', '_', 'g')), 'createdAt', to_char(l.created_at, ${TS}),
        'owner', (select json_build_object('name', p.name) from public.profiles p, caller c
                  where p.id = l.owner_id and (p.id = $1 or c.staff or c.finance or p.id = any (c.managed))),
        'leadLabels', json_build_object('nodes', array(select json_build_object('label', b.label) from public.lead_labels b
                                                       where b.lead_id = l.id order by b.label_id)),
        'leadEvents', json_build_object('nodes', array(select json_build_object('eventType', ev.event_type, 'createdAt', to_char(ev.created_at, ${TS}))
                                                       from public.lead_events ev where ev.lead_id = l.id order by ev.created_at desc, ev.event_id desc limit 3)))
      order by l.created_at desc, l.id desc), '[]'))) as data
    from (select * from public.leads v where ${VISIBLE("v")} order by v.created_at desc, v.id desc limit 20) l`,
  SupportThread: `with ${STAFF}
    select json_build_object('supportThread', (
      select json_build_object('subject', t.subject, 'status', t.status, 'messages', json_build_object('nodes', array(
        select json_build_object('body', m.body, 'messageType', m.message_type, 'createdAt', to_char(m.created_at, ${TS}))
        from public.support_messages m where m.thread_id = t.thread_id and (c.staff or m.message_type <> 'internal')
        order by m.created_at, m.message_id)))
      from public.support_threads t, caller c where t.thread_id = $2 and (t.created_by = $1 or c.staff))) as data`,
  // Counted per stage first (a dozen groups), the enum names made from the group keys; the ids are
  // the primary key, so their distinct count is the row count.
  Dashboard: `with ${CALLER}, ${VISIBLE_LEADS}
    select json_build_object('leads', json_build_object('groupedAggregates', coalesce(json_agg(json_build_object(
      'keys', json_build_array(upper(regexp_replace(stage::text, '[^A-Za-z0-9]+', '_', 'g'))), 'distinctCount', json_build_object('id', n::text))), '[]'))) as data
    from (select stage, count(*) as n from visible_leads group by stage) s`,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const verify = makeTokenVerifier({ secret: process.env.JWT_SECRET!, audience: "authenticated", clockToleranceSec: 30 });
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  createServer(async (req, res) => {
    let claims;
    try {
      claims = await verify(bearerToken(req.headers.authorization) ?? "");
    } catch {
      return void res.writeHead(401).end();
    }
    try {
      const url = new URL(req.url!, "http://x");
      const op = url.pathname.slice(1);
      const sql = SQL[op];
      if (!sql || typeof claims.sub !== "string") return void res.writeHead(404).end();
      // Prepared (named) statements, as the gateway runs them: planned once per connection.
      const r = await pool.query({ name: `floor_${op}`, text: sql, values: op === "SupportThread" ? [claims.sub, url.searchParams.get("id")] : [claims.sub] });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: r.rows[0]?.data ?? null }));
    } catch (e) {
      console.error(e);
      res.writeHead(500).end();
    }
  }).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("floor ready"));
}
