// The legacy generator: deterministic, fast at scale 1, every legacy table filled, every
// declared key kept, and every kind of mess the consolidation must handle present.
// Until the shared test-database helper lands, this file makes its own scratch databases.

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { DEMO_USERS, seedLegacy, type LegacySeedResult } from "../../../server/seed/legacy.ts";

const ADMIN_URL = process.env.SEEDTEST_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SQL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../sql");

async function scratchDatabase(): Promise<{ client: pg.Client; drop: () => Promise<void> }> {
  const name = `seedtest_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(ADMIN_URL);
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client(url.toString());
  await client.connect();
  for (const dir of ["supabase", "legacy"]) {
    for (const file of readdirSync(path.join(SQL_DIR, dir)).filter((f) => f.endsWith(".sql")).sort()) {
      await client.query(readFileSync(path.join(SQL_DIR, dir, file), "utf8"));
    }
  }
  return {
    client,
    async drop() {
      await client.end();
      const admin = new pg.Client(ADMIN_URL);
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Every relation the seed fills: auth.users, the public tables and the materialised view. */
async function seededRelations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public'
    union all select 'auth.users'
    union all select format('%I.%I', schemaname, matviewname) from pg_matviews where schemaname = 'public'
    order by 1`);
  return rows.map((r) => r.name);
}

async function checksums(client: pg.Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rel of await seededRelations(client)) {
    const { rows } = await client.query(`select md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), '')) as sum from ${rel} t`);
    out[rel] = rows[0].sum;
  }
  return out;
}

const ledgerSigned = `case
  when amount is null and credit is null and debit is null then null
  when coalesce(credit, 0) < 0 or coalesce(debit, 0) < 0 then null
  when type is not null then case when type in ('deposit', 'credit', 'refund', 'topup') then amount else -amount end
  when amount is not null then amount
  else coalesce(credit, 0) - coalesce(debit, 0) end`;
const completed = `status in ('completed', 'COMPLETED', 'success', 'done', 'approved')`;

describe("legacy seed", () => {
  let a: Awaited<ReturnType<typeof scratchDatabase>>;
  let b: Awaited<ReturnType<typeof scratchDatabase>>;
  let result: LegacySeedResult;
  let resultB: LegacySeedResult;
  const progress = new Map<string, number>();
  const one = async <T = any>(sql: string, params: unknown[] = []): Promise<T> => (await a.client.query(sql, params)).rows[0] as T;
  const num = async (sql: string, params: unknown[] = []) => Number(Object.values(await one<Record<string, unknown>>(sql, params))[0]);

  beforeAll(async () => {
    [a, b] = await Promise.all([scratchDatabase(), scratchDatabase()]);
    result = await seedLegacy(a.client, { scale: 1, onProgress: (table) => progress.set(table, (progress.get(table) ?? 0) + 1) });
    await b.client.query("begin");
    resultB = await seedLegacy(b.client, { scale: 1, seed: 42 });
    await b.client.query("commit");
  });

  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop()]);
  });

  test("is deterministic: the same scale and seed give identical tables, ids included", async () => {
    assert.deepEqual(resultB.rows, result.rows);
    const [sumsA, sumsB] = await Promise.all([checksums(a.client), checksums(b.client)]);
    assert.deepEqual(sumsB, sumsA);
  });

  test("another seed gives other data, with the same demo accounts", async () => {
    await a.client.query("begin");
    try {
      const tables = (await seededRelations(a.client)).filter((r) => r !== "public.lead_analytics_mv");
      await a.client.query(`truncate ${tables.join(", ")} cascade`);
      await seedLegacy(a.client, { scale: 1, seed: 7 });
      const other = await checksums(a.client);
      await a.client.query("rollback");
      const base = await checksums(a.client);
      assert.notEqual(other["public.leads"], base["public.leads"]);
      assert.equal(other["public.projects"], base["public.projects"], "reference tables do not depend on the seed");
    } finally {
      await a.client.query("rollback").catch(() => {});
    }
    assert.equal(await num("select count(*) from profiles where id = any($1::uuid[])", [DEMO_USERS.map((u) => u.id)]), DEMO_USERS.length);
  });

  test("is fast at scale 1, and scales the big tables only", () => {
    assert.ok(result.seconds < 5, `took ${result.seconds.toFixed(2)} s`);
    assert.ok(result.totalRows > 5_000 && result.totalRows < 20_000, `total ${result.totalRows}`);
    assert.equal(result.totalRows, Object.values(result.rows).reduce((x, y) => x + y, 0));
  });

  test("fills every legacy table and reports what it inserted", async () => {
    for (const rel of await seededRelations(a.client)) {
      const n = await num(`select count(*) from ${rel}`);
      assert.ok(n > 0, `${rel} is empty`);
      const key = rel.replace(/^public\./, "").replaceAll('"', "");
      assert.equal(result.rows[key], n, `rows["${key}"]`);
      assert.ok(progress.get(key), `no progress reported for ${key}`);
    }
  });

  test("keeps every declared foreign key although it ran with key triggers off", async () => {
    const { rows: fks } = await a.client.query<{ name: string; child: string; col: string; parent: string; pcol: string }>(`
      select c.conname as name, c.conrelid::regclass::text as child, ca.attname as col, c.confrelid::regclass::text as parent, pa.attname as pcol
      from pg_constraint c
      join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = c.conkey[1]
      join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace and cardinality(c.conkey) = 1`);
    assert.ok(fks.length > 20);
    for (const fk of fks) {
      const broken = await num(
        `select count(*) from ${fk.child} c where c.${fk.col} is not null and not exists (select 1 from ${fk.parent} p where p.${fk.pcol} = c.${fk.col})`,
      );
      assert.equal(broken, 0, `${fk.name}: ${broken} rows`);
    }
  });

  test("restores the session settings it changed", async () => {
    const s = await one("select current_setting('session_replication_role') as role, current_setting('jit') as jit");
    assert.equal(s.role, "origin");
    assert.equal(s.jit, "on");
  });

  describe("demo accounts", () => {
    const id = (role: string, nth = 0) => DEMO_USERS.filter((u) => u.role === role)[nth]!.id;

    test("exist in auth.users and profiles with their legacy roles", async () => {
      assert.deepEqual(
        DEMO_USERS.map((u) => u.role),
        ["admin", "support", "manager", "team_lead", "agent", "agent", "finance", "customer"],
      );
      const { rows } = await a.client.query(
        `select p.id, p.email, p.role::text, u.email as auth_email from profiles p join auth.users u using (id) where p.id = any($1::uuid[])`,
        [DEMO_USERS.map((u) => u.id)],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const legacy: Record<string, string> = { admin: "admin", support: "support", manager: "manager", team_lead: "user", agent: "user", finance: "user", customer: "user" };
      for (const u of DEMO_USERS) {
        assert.equal(byId.get(u.id)?.email, u.email);
        assert.equal(byId.get(u.id)?.auth_email, u.email);
        assert.equal(byId.get(u.id)?.role, legacy[u.role], u.email);
      }
    });

    test("the manager leads the team lead and the agent; the team lead has agents; agent2 is in another team", async () => {
      const manager = id("manager");
      assert.equal((await one("select manager_id from profiles where id = $1", [id("team_lead")])).manager_id, manager);
      assert.equal((await one("select manager_id from profiles where id = $1", [id("agent")])).manager_id, manager);
      assert.ok((await num("select count(*) from profiles where manager_id = $1", [id("team_lead")])) >= 3);
      const other = (await one("select manager_id from profiles where id = $1", [id("agent", 1)])).manager_id;
      assert.ok(other && other !== manager);
      assert.ok((await num("select count(*) from team_invitations where manager_id = $1", [manager])) >= 3);
    });

    test("the agent has leads, a wallet with ledger rows, reminders and tags", async () => {
      const agent = id("agent");
      assert.ok((await num("select count(*) from leads where assigned_to_id = $1", [agent])) >= 10);
      assert.equal(await num("select count(*) from user_wallets where user_id = $1", [agent]), 1);
      assert.ok((await num("select count(*) from wallet_transactions where user_id = $1", [agent])) >= 5);
      assert.ok((await num("select count(*) from lead_reminders where user_id = $1", [agent])) >= 5);
      assert.ok((await num("select count(*) from lead_tags t join leads l on l.id = t.lead_id where l.assigned_to_id = $1", [agent])) >= 5);
    });

    test("the customer bought leads and has support cases with replies, some of them internal notes", async () => {
      const customer = id("customer");
      assert.ok((await num("select count(*) from leads where buyer_user_id = $1", [customer])) >= 10);
      assert.ok((await num("select count(*) from support_cases where created_by = $1::text", [customer])) >= 3);
      const replies = await one(
        `select count(*) filter (where r.is_internal_note) as internal, count(*) filter (where not r.is_internal_note) as visible
         from support_case_replies r join support_cases c on c.id = r.case_id where c.created_by = $1::text`,
        [customer],
      );
      assert.ok(Number(replies.internal) >= 1 && Number(replies.visible) >= 1);
    });
  });

  describe("mess", () => {
    test("columns added late are null on older rows", async () => {
      for (const [table, col, since] of [
        ["leads", "owner_id", "2025-03-01"],
        ["leads", "priority", "2025-01-10"],
        ["leads", "integration_id", "2025-06-01"],
        ["lead_batches", "status", "2024-09-01"],
        ["wallet_topup_requests", "gateway", "2025-04-01"],
      ] as const) {
        const s = await one(
          `select count(*) filter (where ${col} is null) as nulls, count(*) filter (where ${col} is not null) as set,
                  count(*) filter (where ${col} is not null and created_at < $1::timestamptz) as set_before
           from ${table}`,
          [`${since} 00:00:00+00`],
        );
        assert.ok(Number(s.nulls) > 0 && Number(s.set) > 0, `${table}.${col}: ${JSON.stringify(s)}`);
        assert.equal(Number(s.set_before), 0, `${table}.${col} set before ${since}`);
      }
    });

    test("orphans: reminders and feedback of deleted leads, notifications and ledger rows of deleted users", async () => {
      assert.ok((await num("select count(*) from lead_reminders r where not exists (select 1 from leads l where l.id = r.lead_id)")) > 0);
      assert.ok((await num("select count(*) from feedback_history f where not exists (select 1 from leads l where l.id = f.lead_id)")) > 0);
      assert.ok((await num("select count(*) from notifications n where not exists (select 1 from profiles p where p.id = n.user_id)")) > 0);
      assert.ok((await num("select count(*) from wallet_transactions t where not exists (select 1 from profiles p where p.id = t.user_id)")) > 0);
      assert.ok((await num("select count(*) from auth.users u where not exists (select 1 from profiles p where p.id = u.id)")) > 0);
    });

    test("wallet_transactions come in three column variants, impossible rows and mixed statuses", async () => {
      const v = await one(`select
          count(*) filter (where type is not null and amount > 0) as typed,
          count(*) filter (where type is not null and amount <= 0) as typed_nonpositive,
          count(*) filter (where type is null and amount < 0) as signed_negative,
          count(*) filter (where type is null and amount > 0) as signed_positive,
          count(*) filter (where amount is null and (credit > 0 or debit > 0)) as double_entry,
          count(*) filter (where amount is null and credit is null and debit is null) as all_null,
          count(*) filter (where credit < 0) as negative_credit
        from wallet_transactions`);
      for (const k of ["typed", "signed_negative", "signed_positive", "double_entry", "all_null", "negative_credit"]) assert.ok(Number(v[k]) > 0, k);
      assert.equal(Number(v.typed_nonpositive), 0);
      const { rows } = await a.client.query("select distinct status from wallet_transactions");
      assert.deepEqual(
        new Set(rows.map((r) => r.status)),
        new Set(["completed", "COMPLETED", "success", "done", "approved", "pending", "processing", "failed", "rejected", "cancelled", null]),
      );
    });

    test("balances disagree with the ledger for about one user in ten, and with profiles for some", async () => {
      const s = await one(`
        with ledger as (select user_id, coalesce(sum(${ledgerSigned}), 0) as total from wallet_transactions where ${completed} group by user_id)
        select count(*) as wallets, count(*) filter (where w.balance <> coalesce(l.total, 0)) as drifted
        from user_wallets w left join ledger l using (user_id)`);
      const share = Number(s.drifted) / Number(s.wallets);
      assert.ok(share >= 0.04 && share <= 0.2, `drifted ${s.drifted} of ${s.wallets}`);
      assert.ok((await num("select count(*) from profiles p join user_wallets w on w.user_id = p.id where p.wallet_balance <> w.balance")) > 0);
      assert.ok(
        (await num(`select count(distinct t.user_id) from wallet_transactions t join profiles p on p.id = t.user_id
                    where not exists (select 1 from user_wallets w where w.user_id = t.user_id)`)) > 0,
      );
    });

    test("the same tag on the same lead in other case or with spaces", async () => {
      assert.ok(
        (await num(`select count(*) from (select lead_id, lower(trim(tag_name)) from lead_tags group by 1, 2 having count(distinct tag_name) > 1) d`)) > 0,
      );
      assert.ok((await num(`select count(*) from (select lead_id from lead_tags where tag_name in ('VIP', 'vip', ' Vip ') group by 1 having count(distinct tag_name) = 3) d`)) > 0);
    });

    test("statuses in mixed vocabularies", async () => {
      const statuses = async (table: string) => new Set((await a.client.query(`select distinct status from ${table}`)).rows.map((r) => r.status));
      const expect = {
        lead_requests: ["pending", "Pending", "approved", "fulfilled", "rejected"],
        team_invitations: ["pending", "accepted", "expired", "revoked", "cancelled"],
        wallet_topup_requests: ["pending", "approved", "rejected", "Approved"],
        purchase_requests: ["pending", "approved", "Approved", "rejected"],
        lead_purchase_requests: ["pending", "PENDING", "approved", "completed", "rejected"],
      };
      for (const [table, values] of Object.entries(expect)) {
        const have = await statuses(table);
        for (const v of values) assert.ok(have.has(v), `${table} lacks status ${v}`);
      }
    });

    test("support cases keep people as text: uuids mostly, some e-mails and junk, some unassigned", async () => {
      const s = await one(`select
          count(*) filter (where created_by ~ '^[0-9a-f-]{36}$') as uuids,
          count(*) filter (where created_by like '%@%') as emails,
          count(*) filter (where created_by in ('admin', '')) as junk,
          count(*) filter (where assigned_to is null) as unassigned,
          count(*) as total
        from support_cases`);
      assert.ok(Number(s.uuids) > Number(s.total) * 0.7, JSON.stringify(s));
      for (const k of ["emails", "junk", "unassigned"]) assert.ok(Number(s[k]) > 0, k);
    });

    test("inventory has zeros and nulls in numeric columns and units listed twice", async () => {
      const s = await one(`select
          count(*) filter (where unit_area is null) as area_null, count(*) filter (where unit_area = 0) as area_zero,
          count(*) filter (where price_in_egp is null) as price_null, count(*) filter (where price_in_egp = 0) as price_zero
        from "salemate-inventory"`);
      for (const k of Object.keys(s)) assert.ok(Number(s[k]) > 0, k);
      assert.ok((await num(`select count(*) from (select unit_id from "salemate-inventory" group by 1 having count(*) > 1) d`)) > 0);
      assert.ok((await num("select count(distinct project_id) from leads")) >= 15);
      assert.ok((await num("select count(*) from project_partner_commissions")) > 0);
    });

    test("manager chains run agent → team lead → manager, without cycles; some managers have no team", async () => {
      assert.ok(
        (await num(`select count(*) from profiles a join profiles tl on tl.id = a.manager_id join profiles m on m.id = tl.manager_id
                    where m.role = 'manager' and tl.role = 'user'`)) > 10,
      );
      assert.equal(await num("select count(*) from profiles where manager_id = id"), 0);
      const cyclic = await num(`
        with recursive up(start, id, depth) as (
          select id, manager_id, 1 from profiles where manager_id is not null
          union all select up.start, p.manager_id, depth + 1 from up join profiles p on p.id = up.id where p.manager_id is not null and depth < 10)
        select count(*) from up where id = start or depth >= 10`);
      assert.equal(cyclic, 0);
      assert.ok((await num("select count(*) from profiles m where role = 'manager' and not exists (select 1 from profiles a where a.manager_id = m.id)")) > 0);
    });

    test("notifications point at leads, support cases and the wallet", async () => {
      const s = await one(`select
          count(*) filter (where substring(url from '^/crm/leads/(.*)$')::uuid in (select id from leads)) as leads,
          count(*) filter (where substring(url from '^/support/cases/(.*)$')::uuid in (select id from support_cases)) as cases,
          count(*) filter (where url like '/wallet%') as wallet,
          count(*) filter (where url is null) as none
        from notifications n`);
      for (const k of Object.keys(s)) assert.ok(Number(s[k]) > 0, k);
    });
  });

  describe("realism", () => {
    test("Egyptian phones, Arabic and English names, EGP, two years ending 2025-11-15", async () => {
      const s = await one(`select
          count(*) filter (where phone ~ '^\\+201[0125][0-9]{8}$') as phones, count(phone) as with_phone,
          count(*) filter (where name ~ '[ء-ي]') as arabic, count(*) filter (where name ~ '^[A-Za-z]') as latin
        from profiles`);
      assert.equal(s.phones, s.with_phone);
      assert.ok(Number(s.arabic) > 0 && Number(s.latin) > 0);
      const leads = await one(`select min(created_at) as first, max(created_at) as last,
          count(*) filter (where client_phone ~ '^\\+201[0125][0-9]{8}$') as canonical, count(*) as total from leads`);
      assert.ok(leads.first >= new Date("2023-11-15T00:00:00Z") && leads.last <= new Date("2025-11-15T00:00:00Z"));
      assert.ok(Number(leads.canonical) > Number(leads.total) * 0.85);
      assert.ok((await num("select count(distinct stage) from leads")) === 9);
      assert.ok((await num("select count(*) from wallet_transactions where amount is not null and amount <> round(amount)")) === 0);
      assert.equal(await num("select count(*) from user_wallets where currency is distinct from 'EGP' and lower(currency) <> 'egp'"), 0);
    });

    test("rows hang together: children after their lead, batch leads in the batch's project, top-ups matching their payment", async () => {
      for (const table of ["lead_tags", "lead_activities", "case_feedback", "case_actions", "case_faces", "inventory_matches", "lead_reminders", "feedback_history"]) {
        assert.equal(await num(`select count(*) from ${table} c join leads l on l.id = c.lead_id where c.created_at < l.created_at`), 0, table);
      }
      assert.equal(await num("select count(*) from leads l join lead_batches b on b.id = l.batch_id where b.project_id <> l.project_id"), 0);
      assert.equal(await num("select count(*) from leads where sold_at < created_at or (is_sold is false and buyer_user_id is not null)"), 0);
      assert.equal(
        await num(`select count(*) from wallet_topup_requests w join payment_transactions p on p.id = w.payment_transaction_id
                   where p.user_id <> w.user_id or p.amount <> w.amount or p.reference_id <> w.id`),
        0,
      );
      assert.ok((await num("select count(*) from wallet_topup_requests where payment_transaction_id is not null")) > 0);
    });

    test("lead_analytics_mv was refreshed", async () => {
      assert.equal(await num("select sum(lead_count) from lead_analytics_mv"), await num("select count(*) from leads"));
    });
  });
});
