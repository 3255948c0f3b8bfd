/**
 * The benchmark's floor: a minimal Node HTTP handler answering the same three operations with
 * the best single SQL statement each, doing the same authorization work as the gateway: verify
 * the JWT, then one transaction with the same role and claim settings (so RLS applies alike).
 *   DATABASE_URL=... JWT_SECRET=... PORT=... tsx tests/bench/baseline-server.ts
 */
import { createServer } from "node:http";
import pg from "pg";
import { pgSettingsFor } from "../../server/auth/pg-settings.ts";
import { bearerToken, makeTokenVerifier } from "../../server/auth/tokens.ts";

const verify = makeTokenVerifier({ secret: process.env.JWT_SECRET!, audience: "authenticated", clockToleranceSec: 30 });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const SQL: Record<string, string> = {
  LeadBoard: `select coalesce(json_agg(x), '[]') as data from (
      select l.id, l.client_name, l.stage, l.created_at,
        (select json_build_object('name', p.name) from public.profiles p where p.id = l.owner_id) as owner,
        (select coalesce(json_agg(json_build_object('label', b.label)), '[]') from public.lead_labels b where b.lead_id = l.id) as labels,
        (select coalesce(json_agg(e), '[]') from (select ev.event_type, ev.created_at from public.lead_events ev
           where ev.lead_id = l.id order by ev.created_at desc limit 3) e) as events
      from public.leads l order by l.created_at desc limit 20) x`,
  SupportThread: `select json_build_object('subject', t.subject, 'status', t.status,
      'messages', (select coalesce(json_agg(json_build_object('body', m.body, 'messageType', m.message_type, 'createdAt', m.created_at)
                    order by m.created_at), '[]') from public.support_messages m where m.thread_id = t.thread_id)) as data
    from public.support_threads t where t.thread_id = $1`,
  Dashboard: `select coalesce(json_agg(json_build_object('keys', json_build_array(stage), 'count', n)), '[]') as data
    from (select stage, count(distinct id) as n from public.leads group by stage) s`,
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
    if (!sql) return void res.writeHead(404).end();
    const settings = { ...pgSettingsFor(claims), statement_timeout: "10000" };
    const c = await pool.connect();
    try {
      await c.query("begin");
      const keys = Object.keys(settings);
      await c.query(`select ${keys.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, keys.flatMap((k) => [k, settings[k as keyof typeof settings]]));
      const r = await c.query(sql, op === "SupportThread" ? [url.searchParams.get("id")] : []);
      await c.query("commit");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: r.rows[0]?.data ?? null }));
    } catch (e) {
      await c.query("rollback").catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  } catch {
    res.writeHead(500).end();
  }
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("baseline ready"));
