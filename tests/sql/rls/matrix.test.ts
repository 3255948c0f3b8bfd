import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { mintToken } from "../../../server/auth/mint.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, TEST_JWT_SECRET, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { checkMatrixInSql, loadMatrix, matrixFixtures, personas, type Fixtures, type Persona } from "./matrix.ts";

/**
 * Every cell of sql/rls/matrix.json, twice: in SQL as the persona (role and claims set the way
 * the gateway sets them) and through the gateway over HTTP with a real token.
 */
const matrix = loadMatrix();

describe("RLS matrix", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let client: pg.PoolClient;
  let people: Persona[];
  let fx: Fixtures = {};
  let expected = new Map<string, number>();
  let customerId = "";

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    client = await db.pool.connect();
    people = await personas(client, matrix);
    ({ fx, actor: customerId } = await matrixFixtures(client, people));
    gw = await startTestGateway(db);
  });
  afterAll(async () => {
    client?.release();
    await gw?.close();
    await db?.drop();
  });

  test("the matrix covers every table and view the gateway exposes", async () => {
    const { rows } = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
         and coalesce(obj_description(c.oid, 'pg_class'), '') not like '@behavior -*%' order by 1`,
    );
    assert.deepEqual(rows.map((r) => r.name), Object.keys(matrix.tables).sort());
  });

  test("every cell holds in SQL: zero unexpected allows, zero unexpected denials", async () => {
    const r = await checkMatrixInSql(client, matrix, people, fx, customerId);
    expected = r.expected;
    console.log(`RLS matrix: ${r.cells} cells checked in SQL (${Object.keys(matrix.tables).length} tables and views × ${people.length} personas × 4 operations)`);
    assert.deepEqual(r.mismatches, []);
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
