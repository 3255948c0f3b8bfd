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
import pg from "pg";
import { bearerToken, makeTokenVerifier } from "../../server/auth/tokens.ts";

const verify = makeTokenVerifier({ secret: process.env.JWT_SECRET!, audience: "authenticated", clockToleranceSec: 30 });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const TS = `'YYYY-MM-DD"T"HH24:MI:SS.USTZH:TZM'`;
// Who the caller is, as plain predicates on the tables ($1 = the caller's profile id).
const CALLER = `
  caller as materialized (
    select
      exists (select 1 from public.profiles p where p.id = $1 and p.role::text in ('admin', 'support'))
        or exists (select 1 from public.team_memberships m where m.profile_id = $1 and m.role = 'support' and m.status = 'active') as staff,
      exists (select 1 from public.profiles p where p.id = $1 and p.role::text = 'finance') as finance,
      array(select theirs.profile_id
            from public.team_memberships theirs
            join public.teams t on t.id = theirs.team_id
            left join public.team_memberships mine on mine.team_id = theirs.team_id and mine.profile_id = $1 and mine.status = 'active'
            where theirs.status = 'active' and theirs.profile_id <> $1
              and (t.owner_profile_id = $1
                   or (mine.role in ('manager', 'team_lead')
                       and (case mine.role when 'manager' then 3 when 'team_lead' then 2 else 1 end)
                         > (case theirs.role when 'manager' then 3 when 'team_lead' then 2 else 1 end)))) as managed)`;
// The caller's leads: staff every one; everyone else those whose owner, buyer or assignee is the
// caller or someone the caller manages (one index scan per column, combined).
const VISIBLE_LEADS = `
  visible_leads as (
    select l.* from public.leads l, caller c
    where not c.staff and (l.owner_id = any (c.managed || $1::uuid) or l.assigned_to_id = any (c.managed || $1::uuid)
                           or l.buyer_user_id = any (c.managed || $1::uuid))
    union all
    select l.* from public.leads l where (select staff from caller))`;

const SQL: Record<string, string> = {
  LeadBoard: `with ${CALLER}, ${VISIBLE_LEADS}
    select json_build_object('leads', json_build_object('nodes', coalesce(json_agg(json_build_object(
        'rowId', l.id, 'clientName', l.client_name, 'stage', upper(regexp_replace(l.stage::text, '[^A-Za-z0-9]+', '_', 'g')), 'createdAt', to_char(l.created_at, ${TS}),
        'owner', (select json_build_object('name', p.name) from public.profiles p, caller c
                  where p.id = l.owner_id and (p.id = $1 or c.staff or c.finance or p.id = any (c.managed))),
        'leadLabels', json_build_object('nodes', array(select json_build_object('label', b.label) from public.lead_labels b
                                                       where b.lead_id = l.id order by b.label_id)),
        'leadEvents', json_build_object('nodes', array(select json_build_object('eventType', ev.event_type, 'createdAt', to_char(ev.created_at, ${TS}))
                                                       from public.lead_events ev where ev.lead_id = l.id order by ev.created_at desc, ev.event_id desc limit 3)))
      order by l.created_at desc, l.id desc), '[]'))) as data
    from (select * from visible_leads order by created_at desc, id desc limit 20) l`,
  SupportThread: `with ${CALLER}
    select json_build_object('supportThread', (
      select json_build_object('subject', t.subject, 'status', t.status, 'messages', json_build_object('nodes', array(
        select json_build_object('body', m.body, 'messageType', m.message_type, 'createdAt', to_char(m.created_at, ${TS}))
        from public.support_messages m where m.thread_id = t.thread_id and (c.staff or m.message_type <> 'internal')
        order by m.created_at, m.message_id)))
      from public.support_threads t, caller c where t.thread_id = $2 and (t.created_by = $1 or c.staff))) as data`,
  Dashboard: `with ${CALLER}, ${VISIBLE_LEADS}
    select json_build_object('leads', json_build_object('groupedAggregates', coalesce(json_agg(json_build_object(
      'keys', json_build_array(stage), 'distinctCount', json_build_object('rowId', n::text))), '[]'))) as data
    from (select stage::text as stage, count(distinct id) as n from visible_leads group by stage) s`,
};

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
    const r = await pool.query(sql, op === "SupportThread" ? [claims.sub, url.searchParams.get("id")] : [claims.sub]);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: r.rows[0]?.data ?? null }));
  } catch (e) {
    console.error(e);
    res.writeHead(500).end();
  }
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("floor ready"));
