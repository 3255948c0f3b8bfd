// A legacy database with SaleMate's own functions, triggers and views in it (tests/helpers/
// drift-functions.ts) migrates, and afterwards none of them reads or writes a moved table: the
// app's RPCs are the project's versions under the app's names, the rest are gone, each recorded
// (salemate.legacy_functions, with the statement that puts it back) and noted. A sign-up makes
// the new rows. (The RPCs' behaviour, as their callers: tests/sql/legacy-rpcs/.)

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { migrate } from "../../../server/db/migrator.ts";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { preflight, type PreflightReport } from "../../../server/preflight/preflight.ts";
import type { TestDatabase } from "../../helpers/database.ts";
import { driftedLegacyDatabase } from "../../helpers/drift.ts";
import { LEGACY_ROUTINES, LEGACY_TRIGGERS, LEGACY_VIEWS, legacyFunctionsAndTriggers } from "../../helpers/drift-functions.ts";

let db: TestDatabase;
let c: pg.PoolClient;
let migrateError: Error | undefined;
const plantedBefore = new Map<string, boolean>();
let dryRun: PreflightReport;

beforeAll(async () => {
  db = await driftedLegacyDatabase(legacyFunctionsAndTriggers);
  c = await db.pool.connect();
  for (const r of LEGACY_ROUTINES) plantedBefore.set(r.signature, await exists(r.signature));
  dryRun = await preflight(c);
  await migrate(c, { dir: MIGRATIONS_DIR }).catch((err: Error) => {
    migrateError = err;
  });
});
afterAll(async () => {
  c?.release();
  await db?.drop();
});

const exists = async (signature: string) => (await c.query("select to_regprocedure($1) is not null as ok", [signature])).rows[0].ok as boolean;
const recorded = async (kind: string, name: string) =>
  (await c.query("select action, reason, definition from salemate.legacy_functions where kind = $1 and name = $2", [kind, name])).rows[0] as
    { action: string; reason: string; definition: string } | undefined;
const noted = async (subject: string) =>
  (await c.query("select note from salemate.migration_notes where phase = 7 and subject = $1", [subject])).rows[0]?.note as string | undefined;

test("before migrating, every planted legacy function is there", () => {
  assert.deepEqual([...plantedBefore].filter(([, ok]) => !ok).map(([sig]) => sig), []);
});

test("the dry run reports each legacy function the migration replaces or drops, and the legacy view, as handled and how", () => {
  const unreported: string[] = [];
  for (const r of LEGACY_ROUTINES.filter((x) => x.fate !== "kept")) {
    const name = r.signature.slice("public.".length, r.signature.indexOf("("));
    const d = dryRun.differences.find((x) => x.kind === "function" && x.object.startsWith(`${name}(`));
    if (d?.class !== "handled" || !/replaced by the project's version|dropped by 20251201000970_legacy_functions\.sql/.test(d.how ?? "")) unreported.push(`${r.signature}: ${JSON.stringify(d)}`);
  }
  // (A view over a view is not a legacy table's reader: the migration drops it with the view it reads.)
  for (const v of LEGACY_VIEWS.filter((x) => /\bwallet_transactions\b/.test(x.sql))) {
    const d = dryRun.differences.find((x) => x.kind === "view" && x.object === v.name);
    if (d?.class !== "handled") unreported.push(`${v.name}: ${JSON.stringify(d)}`);
  }
  assert.deepEqual(unreported, []);
});

test("migrate completes: every migration file applies", () => {
  assert.equal(migrateError, undefined, migrateError?.message);
});

describe.each(LEGACY_ROUTINES.filter((r) => r.fate === "replaced"))("replaced: $signature", (r) => {
  test("recorded with the statement that puts it back; the app's name is the project's function", async () => {
    const rec = await recorded("function", r.signature);
    assert.equal(rec?.action, "replaced", r.why);
    assert.match(rec!.definition, /^CREATE OR REPLACE FUNCTION public\./);
    assert.match((await noted(`${r.signature} (function)`)) ?? "", / replaced: /);
    const name = r.signature.slice("public.".length, r.signature.indexOf("("));
    const { rows } = await c.query(
      `select p.oid::regprocedure::text as sig, p.proconfig, obj_description(p.oid, 'pg_proc') as comment
       from pg_proc p where p.pronamespace = 'public'::regnamespace and p.proname = $1`, [name]);
    assert.equal(rows.length, 1, `one ${name}: PostgREST must not have to choose`);
    assert.deepEqual(rows[0].proconfig, ["search_path=pg_catalog, pg_temp"]);
    assert.match(rows[0].comment, /^@behavior -\*\nLegacy RPC\b/, "hidden from GraphQL");
  });
});

describe.each(LEGACY_ROUTINES.filter((r) => r.fate === "dropped"))("dropped: $signature", (r) => {
  test("gone, recorded and noted", async () => {
    assert.equal(await exists(r.signature), false);
    const rec = await recorded("function", r.signature);
    assert.ok(rec, `recorded (${r.why})`);
    assert.ok(["dropped", "replaced"].includes(rec.action));
    assert.ok(await noted(`${r.signature} (function)`));
  });
});

test("the legacy functions the map keeps stay, with a pinned search_path when they are security definers", async () => {
  for (const r of LEGACY_ROUTINES.filter((x) => x.fate === "kept")) {
    assert.ok(await exists(r.signature), `${r.signature}: ${r.why}`);
    assert.equal(await recorded("function", r.signature), undefined);
  }
});

describe.each(LEGACY_TRIGGERS)("trigger $name on $table", (t) => {
  test(`${t.fate}`, async () => {
    const table = t.table.includes(".") ? t.table : (await c.query("select coalesce(to_regclass('legacy_archive.' || quote_ident($1)), to_regclass('public.' || quote_ident($1)))::text as t", [t.table])).rows[0].t;
    const { rows } = await c.query("select 1 from pg_trigger where tgname = $1 and tgrelid = to_regclass($2)", [t.name, table]);
    if (t.fate === "kept") {
      assert.equal(rows.length, 1, t.why);
      return;
    }
    assert.equal(rows.length, 0, t.why);
    const rec = (await c.query("select definition from salemate.legacy_functions where kind = 'trigger' and name like $1", [`${t.name} on %`])).rows[0];
    assert.match(rec?.definition ?? "", new RegExp(`^CREATE TRIGGER ${t.name} `));
  });
});

test("legacy views over moved tables are dropped and recorded", async () => {
  for (const v of LEGACY_VIEWS) {
    assert.equal((await c.query("select to_regclass($1) as r", [`public.${v.name}`])).rows[0].r, null);
    assert.match((await recorded("view", `public.${v.name}`))?.definition ?? "", /legacy_archive\.wallet_transactions|public\.wallet_balances_summary/);
  }
});

test("each dropped object's recorded definition puts it back as it was", async () => {
  await c.query("begin");
  try {
    // Functions before the triggers that run them; a view before the views that read it (recorded after them).
    const { rows } = await c.query(`select kind, name, definition from salemate.legacy_functions where action = 'dropped'
                                    order by case kind when 'function' then 1 when 'trigger' then 2 else 3 end, case when kind = 'view' then -id else id end`);
    assert.ok(rows.length >= LEGACY_ROUTINES.filter((r) => r.fate === "dropped").length);
    for (const r of rows) {
      await c.query(r.definition);
      if (r.kind === "function") assert.ok(await exists(r.name), r.name);
    }
  } finally {
    await c.query("rollback");
  }
});

test("nothing left in public reads or writes a moved table, but the project's own functions and the kept ones", async () => {
  const { rows } = await c.query(`
    select p.oid::regprocedure::text as fn from pg_proc p
    where p.pronamespace = 'public'::regnamespace and salemate.is_legacy_function(p.oid) and salemate.touches_moved_tables(p.prosrc)`);
  assert.deepEqual(rows.map((r) => r.fn), []);
});

test("no security-definer function in public lacks a pinned search_path", async () => {
  const { rows } = await c.query(`
    select p.oid::regprocedure::text as fn from pg_proc p
    where p.pronamespace = 'public'::regnamespace and p.prosecdef
      and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) s where s like 'search_path=%')`);
  assert.deepEqual(rows.map((r) => r.fn), []);
});

test("a sign-up makes the profile and its wallet, never a role from the user's own metadata", async () => {
  await c.query("begin");
  try {
    const { rows: [u] } = await c.query(
      `insert into auth.users (id, email, email_confirmed_at, raw_user_meta_data)
       values (gen_random_uuid(), 'new.signup@example.com', now(), '{"name": "New Person", "phone": "+201000000777", "role": "admin"}')
       returning id`);
    const { rows: [p] } = await c.query("select name, email, phone, role::text from public.profiles where id = $1", [u.id]);
    assert.deepEqual([p.name, p.email, p.phone], ["New Person", "new.signup@example.com", "+201000000777"]);
    assert.notEqual(p.role, "admin");
    const { rows: [w] } = await c.query("select balance::float8 as b from public.profile_wallets where profile_id = $1", [u.id]);
    assert.equal(w?.b, 0);
    const { rows: [pref] } = await c.query("select count(*)::int as n from public.profile_preferences where profile_id = $1", [u.id]);
    assert.equal(pref.n, 1);
  } finally {
    await c.query("rollback");
  }
});

test("running the file again changes nothing", async () => {
  const file = readFileSync(path.join(MIGRATIONS_DIR, "20251201000970_legacy_functions.sql"), "utf8");
  const state = async () => {
    const { rows } = await c.query(`
      select (select count(*) from salemate.legacy_functions)::int as recorded,
             (select string_agg(f, ' ' order by f) from (select p.oid::regprocedure::text || coalesce(array_to_string(p.proconfig, ','), '') as f
              from pg_proc p where p.pronamespace = 'public'::regnamespace) x) as functions,
             (select string_agg(t, ' ' order by t) from (select x.tgrelid::regclass::text || '.' || x.tgname as t from pg_trigger x where not x.tgisinternal) y) as triggers`);
    return rows[0];
  };
  const before = await state();
  await c.query("begin");
  try {
    await c.query(file);
    assert.deepEqual(await state(), before);
  } finally {
    await c.query("rollback");
  }
});
