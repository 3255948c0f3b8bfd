import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { runVerification, type Verification } from "../../../server/verify/run.ts";
import { runSalemateOn } from "../../helpers/cli.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

/**
 * A real SaleMate database has tables the migration does not know (deals, developers, otp_codes,
 * made in the dashboard, without RLS or an index on their keys). The whole-schema checks hold the
 * project's own tables, the kept legacy ones and the views reading them to the rules; the others
 * are listed as "not ours: not checked", never a failure.
 */

let db: TestDatabase;

async function verification(): Promise<Verification> {
  const c = await db.pool.connect();
  try {
    return await runVerification(c);
  } finally {
    c.release();
  }
}

beforeAll(async () => {
  db = await createTestDatabase({ stage: "migrated", seedScale: 1 });
  await db.query(`
    create table public.developers (id uuid primary key default gen_random_uuid(), name text not null);
    create table public.deals (id uuid primary key default gen_random_uuid(), lead_id uuid references public.leads (id),
                               developer_id uuid references public.developers (id), amount numeric);
    create table public.otp_codes (id uuid primary key default gen_random_uuid(), phone text not null, code_hash text not null);
    create view public.deal_totals as select developer_id, sum(amount) as total from public.deals group by developer_id;
    insert into public.developers (name) values ('Palm Hills'), ('SODIC');`);
});
afterAll(() => db?.drop());

describe("tables the migration does not know", () => {
  test("a table unknown to the migration without RLS or indexed keys does not fail verify, and is listed as not ours: not checked", async () => {
    const v = await verification();
    assert.deepEqual(v.schema.filter((s) => !s.ok).map((s) => `${s.check}: ${s.detail}`), []);
    assert.equal(v.ok, true);
    assert.deepEqual(v.notOurs.map((n) => `${n.relation} ${n.kind} ${n.rowSecurity}`).sort(),
                     ["public.deal_totals view null", "public.deals table false", "public.developers table false", "public.otp_codes table false"]);
    const listed = v.schema.find((s) => s.check.startsWith("relations in public the migration does not know"));
    assert.match(listed?.detail ?? "", /public\.deals \(no RLS\), public\.developers \(no RLS\), public\.otp_codes \(no RLS\)/);

    const cli = await runSalemateOn(db.url, ["verify"]);
    assert.equal(cli.code, 0, cli.stdout + cli.stderr);
    assert.match(cli.stdout, /not ours: not checked \(4 relation\(s\)[^\n]*public\.deal_totals \(view\), public\.deals \(no RLS\), public\.developers \(no RLS\), public\.otp_codes \(no RLS\)/);
    assert.match(cli.stdout, /verify: OK, nothing lost/);
  });

  test("the project's own tables and the views reading them are still held to the rules", async () => {
    await db.query("create view public.hot_leads as select id, client_name from public.leads where stage = 'Hot Case'");
    await db.query("alter table public.lead_batches disable row level security");
    const v = await verification();
    const failed = v.schema.filter((s) => !s.ok);
    assert.equal(failed.find((s) => s.check.startsWith("every public view is security_invoker"))?.detail, "hot_leads");
    assert.equal(failed.find((s) => s.check.startsWith("every public table has row-level security enabled"))?.detail, "lead_batches");
    assert.ok(!v.notOurs.some((n) => n.relation === "public.hot_leads"), "a view over leads is ours");
    assert.equal(v.ok, false);
  });
});
