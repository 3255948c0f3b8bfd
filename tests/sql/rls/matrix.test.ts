import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { mintToken } from "../../../server/auth/mint.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, TEST_JWT_SECRET, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { asPersona, cell, expectedKeysSql, loadMatrix, OPS, personas, sampleInsertSql, type Fixtures, type Persona } from "./matrix.ts";

/**
 * Every cell of sql/rls/matrix.json, twice: in SQL as the persona (role and claims set the way
 * the gateway sets them) and through the gateway over HTTP with a real token.
 */
const matrix = loadMatrix();

async function keys(c: pg.ClientBase, sql: string): Promise<string[]> {
  const { rows } = await c.query(sql);
  return rows.map((r) => String(Object.values(r)[0])).sort();
}

describe("RLS matrix", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let client: pg.PoolClient;
  let people: Persona[];
  const fx: Fixtures = {};
  const mismatches: string[] = [];
  let cells = 0;
  const expected = new Map<string, number>();
  let customerId = "";

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    client = await db.pool.connect();
    people = await personas(client, matrix);
    // Fixtures the sample rows and rules refer to.
    const fresh = randomUUID();
    const newId = randomUUID(); // an auth user with no profile yet, for the profiles insert cell
    await client.query("insert into auth.users (id, email) values ($1, $2)", [newId, `rls-probe-${newId}@salemate.test`]);
    await client.query("insert into auth.users (id, email) values ($1, $2)", [fresh, `fresh-${fresh}@salemate.test`]);
    await client.query("insert into public.profiles (id, email, name, profile_type) values ($1, $2, 'Fresh Profile', 'customer')", [fresh, `fresh-${fresh}@salemate.test`]);
    await client.query("delete from public.profile_preferences where profile_id = $1", [fresh]);
    const one = async (sql: string, params: unknown[] = []) => String(Object.values((await client.query(sql, params)).rows[0] ?? { v: "" })[0]);
    const customer = people.find((p) => p.name === "customer")!.id!;
    customerId = customer;
    // Every signed-in persona gets a support thread of its own, for the "write in your own thread" cells.
    for (const p of people) {
      if (p.id) await client.query("insert into public.support_threads (subject, created_by) select 'RLS fixture thread', $1 where not exists (select 1 from public.support_threads where created_by = $1)", [p.id]);
    }
    Object.assign(fx, {
      ":fresh_wallet_owner": `'${customer}'::uuid`,
      ":fresh_wallet": `'${await one("select id from public.profile_wallets where profile_id = $1", [customer])}'::uuid`,
      ":fresh": `'${fresh}'::uuid`,
      ":a_project": `'${await one("select id from public.inventory_projects order by id limit 1")}'::uuid`,
      ":a_partner": `'${await one("select id from public.inventory_partners order by id limit 1")}'::uuid`,
      ":newid": `'${newId}'::uuid`,
    });
    gw = await startTestGateway(db);
  });
  afterAll(async () => {
    client?.release();
    await gw?.close();
    await db?.drop();
  });

  /** Per-persona fixtures: a lead it can see, its own thread, a team it manages. */
  async function personaFixtures(p: Persona): Promise<Fixtures> {
    const f: Fixtures = { ...fx };
    const visibleLead = (await client.query(`select k from (${expectedKeysSql(matrix, "leads", "select", p, fx)}) x(k) order by k limit 1`)).rows[0]?.k;
    const anyLead = (await client.query("select id::text from public.leads order by id limit 1")).rows[0].id;
    f[":a_visible_lead"] = `'${visibleLead ?? anyLead}'::uuid`;
    const thread = p.id ? (await client.query("select thread_id::text from public.support_threads where created_by = $1 limit 1", [p.id])).rows[0]?.thread_id : undefined;
    f[":own_thread"] = `'${thread ?? (await client.query("select thread_id::text from public.support_threads limit 1")).rows[0].thread_id}'::uuid`;
    const team = p.id
      ? (await client.query("select t.id::text from public.teams t where t.owner_profile_id = $1 union all select m.team_id::text from public.team_memberships m where m.profile_id = $1 and m.role in ('manager', 'team_lead') limit 1", [p.id])).rows[0]?.id
      : undefined;
    f[":a_managed_team"] = `'${team ?? (await client.query("select id::text from public.teams limit 1")).rows[0].id}'::uuid`;
    return f;
  }

  test("the matrix covers every table and view the gateway exposes", async () => {
    const { rows } = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
         and coalesce(obj_description(c.oid, 'pg_class'), '') not like '@behavior -*%' order by 1`,
    );
    assert.deepEqual(rows.map((r) => r.name), Object.keys(matrix.tables).sort());
  });

  test("every cell holds in SQL: zero unexpected allows, zero unexpected denials", async () => {
    for (const p of people) {
      const f = await personaFixtures(p);
      for (const [table, spec] of Object.entries(matrix.tables)) {
        for (const op of OPS) {
          cells++;
          const where = `${table}.${op} as ${p.name}`;
          if (op === "insert") {
            const want = cell(spec.insert, p.name, where);
            const sql = sampleInsertSql(matrix, table, p, f, customerId);
            let got = false;
            let why = "";
            if (sql) {
              try {
                // Triggers on: inserts rely on them for defaults (source, created_by, joined_at).
                await asPersona(client, p, () => client.query(sql), false);
                got = true;
              } catch (e) {
                why = (e as Error).message;
              }
            }
            if (got !== want) mismatches.push(`${where}: expected ${want ? "allowed" : "denied"}, got ${got ? "allowed" : `denied (${why})`}`);
            continue;
          }
          const want = await keys(client, expectedKeysSql(matrix, table, op, p, f));
          if (op === "select") expected.set(`${table}:${p.name}`, want.length);
          const actualSql =
            op === "select"
              ? `select (${spec.key})::text from public.${table}`
              : op === "update"
                ? `update public.${table} set "${spec.probe}" = "${spec.probe}" returning (${spec.key})::text`
                : `delete from public.${table} returning (${spec.key})::text`;
          let got: string[];
          try {
            got = await asPersona(client, p, () => keys(client, actualSql));
          } catch {
            got = []; // refused outright (no privilege, not updatable): nothing reachable
          }
          const extra = got.filter((k) => !want.includes(k));
          const missing = want.filter((k) => !got.includes(k));
          if (extra.length || missing.length) {
            mismatches.push(`${where}: ${extra.length} unexpected allow(s) ${extra.slice(0, 2).join(",")}; ${missing.length} unexpected denial(s) ${missing.slice(0, 2).join(",")} (expected ${want.length}, got ${got.length})`);
          }
        }
      }
    }
    console.log(`RLS matrix: ${cells} cells checked in SQL (${Object.keys(matrix.tables).length} tables and views × ${people.length} personas × 4 operations)`);
    assert.deepEqual(mismatches, []);
  });

  test("every select cell holds through the gateway: totalCount over HTTP equals the spec", async () => {
    const httpMismatches: string[] = [];
    let httpCells = 0;
    for (const p of people) {
      const token =
        p.name === "anon" ? undefined : p.name === "service_role" ? await mintToken(TEST_JWT_SECRET, { role: "service_role" }) : await tokenFor(p.id!, p.email!);
      for (const [table, spec] of Object.entries(matrix.tables)) {
        httpCells++;
        const want = expected.get(`${table}:${p.name}`);
        const r = await gw.graphql(`{ ${spec.graphql} { totalCount } }`, { token });
        // No privilege at all (anon on most tables) is answered FORBIDDEN: no rows reachable.
        const forbidden = r.body?.errors?.[0]?.extensions?.code === "FORBIDDEN" && r.body?.data?.[spec.graphql] == null;
        const got = forbidden ? 0 : r.body?.data?.[spec.graphql]?.totalCount;
        if (got !== want) httpMismatches.push(`${table} as ${p.name}: expected ${want}, got ${got ?? JSON.stringify(r.body?.errors?.[0]?.message)}`);
      }
    }
    console.log(`RLS matrix: ${httpCells} select cells checked over HTTP`);
    assert.deepEqual(httpMismatches, []);
  });
});
