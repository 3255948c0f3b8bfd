import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { preflight, renderPreflight, type Difference, type PreflightReport } from "../../../server/preflight/preflight.ts";
import { runSalemateOn } from "../../helpers/cli.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

function find(r: PreflightReport, kind: Difference["kind"], object: string): Difference {
  const d = r.differences.find((x) => x.kind === kind && x.object === object);
  assert.ok(d, `no ${kind} difference for ${object}; got ${JSON.stringify(r.differences.map((x) => `${x.kind} ${x.object}`))}`);
  return d;
}

/** Catalog state that preflight must leave exactly as it was. */
async function catalogState(c: pg.ClientBase): Promise<string> {
  const r = await c.query(`select md5(string_agg(x, ',' order by x)) as h from (
    select format('%s.%s:%s', n.nspname, c.relname, c.relkind) as x from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'legacy_archive', 'salemate')
    union all select format('policy %s %s', tablename, policyname) from pg_policies
    union all select format('attr %s.%s %s', attrelid::regclass, attname, atttypid) from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and a.attnum > 0) s`);
  return r.rows[0].h;
}

describe("salemate preflight", () => {
  test("on the legacy baseline: every table present with its rows, nothing to report", async () => {
    const db = await createTestDatabase({ stage: "legacy", seedScale: 1 });
    const c = await db.pool.connect();
    try {
      const r = await preflight(c);
      assert.deepEqual(r.differences, []);
      assert.equal(r.tables.filter((t) => t.schema === null).length, 0);
      const leads = r.tables.find((t) => t.name === "leads")!;
      const counted = (await c.query("select count(*)::int as n from public.leads")).rows[0].n;
      assert.equal(leads.rows, counted);
    } finally {
      c.release();
      await db.drop();
    }
  });

  test("on an empty database: one blocking line saying this is not a SaleMate database, and how to rehearse", async () => {
    const db = await createTestDatabase({ stage: "empty" });
    const c = await db.pool.connect();
    try {
      const r = await preflight(c);
      assert.equal(r.differences.length, 1);
      assert.equal(r.differences[0]!.class, "blocking");
      assert.match(r.differences[0]!.found, /^none of the \d+ legacy tables is here/);
      assert.match(r.differences[0]!.remedy!, /salemate seed --legacy/);
    } finally {
      c.release();
      await db.drop();
    }
  });

  test("on a fully migrated database nothing blocks, the project's own objects are not reported, and migrate --dry-run exits 0", async () => {
    const db = await createTestDatabase({ stage: "migrated" });
    const c = await db.pool.connect();
    try {
      const r = await preflight(c);
      assert.equal(r.counts.blocking, 0, renderPreflight(r));
      // The project's own triggers, views and functions are not differences.
      assert.deepEqual(r.differences.filter((d) => ["trigger", "view", "function"].includes(d.kind)), [], renderPreflight(r));
      const out = await runSalemateOn(db.url, ["migrate", "--dry-run"]);
      assert.equal(out.code, 0, out.stdout + out.stderr);
      assert.match(out.stdout, /0 migration\(s\) would be applied/);
    } finally {
      c.release();
      await db.drop();
    }
  });

  describe("on a drifted legacy database", () => {
    let db: TestDatabase;
    let c: pg.PoolClient;
    let r: PreflightReport;
    let before: string;
    beforeAll(async () => {
      db = await createTestDatabase({ stage: "legacy", seedScale: 1 });
      c = await db.pool.connect();
      await c.query(`
        drop table public.lead_batches cascade;
        drop table public.leads cascade;
        alter table public.partners drop column updated_at;
        alter table public.orders add column coupon_code text;
        alter table public.notifications add column push_token text;
        alter table public.support_cases alter column assigned_to type uuid using null;
        create policy "Enable read access for all users" on public.profiles for select using (true);
        create policy "Managers see their team" on public.profiles for select
          using (exists (select 1 from public.profiles m where m.id = auth.uid() and m.role = 'manager'));
        create function public.log_order() returns trigger language plpgsql as $$ begin insert into public.notifications (user_id, title, body) values (new.user_id, 'order', 'placed'); return new; end $$;
        create trigger orders_notify after insert on public.orders for each row execute function public.log_order();
        create function public.wallet_total(p uuid) returns numeric language sql security definer as $$ select sum(balance) from public.user_wallets where user_id = p $$;
        create table public.deals (id uuid primary key, title text);`);
      before = await catalogState(c);
      r = await preflight(c);
    });
    afterAll(async () => {
      c?.release();
      await db?.drop();
    });

    test("changes nothing", async () => {
      assert.equal(await catalogState(c), before);
    });

    test("an absent table that a phase reads directly blocks, with the baseline's definition as the remedy", () => {
      const d = find(r, "table", "leads");
      assert.equal(d.found, "absent");
      assert.equal(d.class, "blocking");
      assert.match(d.remedy!, /phase4_leads_consolidation\.sql/);
      assert.match(d.remedy!, /create table public\.leads \(/);
    });

    test("an absent table a phase makes empty before reading it is handled, saying so", () => {
      const d = find(r, "table", "lead_batches");
      assert.equal(d.found, "absent");
      assert.equal(d.class, "handled");
      assert.match(d.how!, /created empty by 20251201000400_phase4_leads_consolidation\.sql/);
    });

    test("a missing column, an extra column and a column of another type are each classed", () => {
      const missing = find(r, "column", "partners.updated_at");
      assert.equal(missing.found, "missing");
      assert.ok(missing.class === "blocking" ? /alter table public\.partners add column updated_at timestamptz/.test(missing.remedy!) : Boolean(missing.how));
      const carried = find(r, "column", "orders.coupon_code");
      assert.equal(carried.class, "handled");
      assert.match(carried.how!, /carried with each row by 20251201000460_phase4_lead_transactions\.sql/);
      const extra = find(r, "column", "notifications.push_token");
      assert.equal(extra.class, "decision");
      assert.match(extra.setting!, /drop_legacy_archive/);
      const type = find(r, "type", "support_cases.assigned_to");
      assert.match(type.found, /^uuid \(expected text\)/);
      assert.equal(type.class, "handled");
      assert.match(type.how!, /read as text by 20251201000600_phase6_support_merge\.sql/);
    });

    test("unknown policies are listed with what they allow; one allowing every row says so", () => {
      const open = find(r, "policy", 'profiles: "Enable read access for all users"');
      assert.match(open.found, /unknown permissive policy for SELECT .*allows every row/);
      find(r, "policy", 'profiles: "Managers see their team"');
    });

    test("a legacy trigger, a security-definer function reading a moved table and an unknown table are reported", () => {
      // Both read moved tables: 20251201000970_legacy_functions.sql drops them, recording each.
      const trigger = find(r, "trigger", "orders: orders_notify");
      assert.equal(trigger.class, "handled");
      assert.match(trigger.how ?? "", /dropped with log_order\(\) by 20251201000970_legacy_functions\.sql .*salemate\.legacy_functions/);
      const fn = r.differences.filter((d) => d.kind === "function" && d.object.startsWith("wallet_total("));
      assert.ok(fn.some((d) => /reads user_wallets/.test(d.found) && d.class === "handled" && /dropped by/.test(d.how ?? "")), JSON.stringify(fn));
      assert.equal(find(r, "unknown table", "deals").class, "handled");
    });

    test("the report renders every class with its remedy or setting", () => {
      const text = renderPreflight(r);
      assert.match(text, /^preflight of salemate_test_/);
      assert.match(text, /BLOCKING/);
      assert.match(text, /remedy: .*create table public\.leads/);
      assert.match(text, /decided by: drop_legacy_archive/);
    });

    test("salemate preflight exits 1 when something blocks, and --json carries the same report", async () => {
      const text = await runSalemateOn(db.url, ["preflight"]);
      assert.equal(text.code, 1, text.stderr);
      assert.match(text.stdout, /differences: \d+ blocking/);
      const json = await runSalemateOn(db.url, ["preflight", "--json"]);
      assert.equal(json.code, 1);
      const parsed = JSON.parse(json.stdout) as PreflightReport;
      assert.equal(parsed.counts.blocking, r.counts.blocking);
      assert.equal(parsed.differences.length, r.differences.length);
    });

    test("salemate migrate --dry-run prints the same inspection before the files it would apply, and exits 1", async () => {
      const out = await runSalemateOn(db.url, ["migrate", "--dry-run"]);
      assert.equal(out.code, 1, out.stderr);
      assert.match(out.stdout, /BLOCKING[\s\S]*table leads: absent[\s\S]*would apply 20251201000100_phase1_baseline_safety\.sql/);
      assert.match(out.stdout, /\d+ blocking difference\(s\): migrate would fail/);
      assert.equal(await catalogState(c), before, "a dry run changes nothing");
    });
  });
});
