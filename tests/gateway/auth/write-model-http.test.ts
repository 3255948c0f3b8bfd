import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { mintToken } from "../../../server/auth/mint.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, TEST_JWT_SECRET, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { loadMatrix, matrixFixtures, personaFixtures, personas, type Fixtures, type Persona } from "../../sql/rls/matrix.ts";
import { columnsOf, loadWriteModel, planInserts, planUpdates, type Column, type Outcome } from "../../sql/rls/write-model.ts";

/**
 * sql/rls/write-model.json sampled over HTTP with real tokens: every create and update mutation
 * the API offers, every column of its input, as a customer, an agent, a team lead, finance and
 * an admin, against what the model says. FORBIDDEN (42501) is a refusal, NOT_FOUND a row the
 * persona does not reach; a column the mutation does not take is "not offered" (the API may be
 * narrower than the database, never wider). Each write that went through is undone as superuser.
 */
const matrix = loadMatrix();
const model = loadWriteModel();
const SAMPLED = ["customer", "agent", "team_lead", "finance", "admin"];

interface GqlType {
  name: string;
  kind: string;
  fields: Array<{ name: string; type: TypeRef }> | null;
  inputFields: Array<{ name: string; type: TypeRef }> | null;
  enumValues: Array<{ name: string }> | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const INTROSPECT = `{ __schema { types { name kind
  fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  enumValues { name } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef): boolean => t.kind === "LIST" || (t.ofType ? isList(t.ofType) : false);
/** A column's GraphQL field: the table's (single-column) primary key is `id`, any other column its camelCase name. */
const fieldOf = (cols: Column[], col: string) => {
  const key = cols.filter((c) => c.pk);
  return key.length === 1 && key[0]!.name === col ? "id" : col.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());
};
const enumName = (label: string) => label.trim().replace(/[^A-Za-z0-9_*<>=!]+/g, "_").toUpperCase();

/** A PostgreSQL value as text, as the GraphQL input type wants it. */
function toGraphql(text: string | null, type: TypeRef, types: Map<string, GqlType>): unknown {
  if (text === null) return null;
  const base = named(type);
  if (isList(type)) return text.replace(/^\{|\}$/g, "").split(",").filter(Boolean).map((x) => x.replace(/^"|"$/g, ""));
  switch (base.name) {
    case "Int":
    case "Float":
      return Number(text);
    case "Boolean":
      return text === "true" || text === "t";
    case "JSON":
      return JSON.parse(text);
  }
  if (types.get(base.name!)?.kind === "ENUM") return enumName(text);
  return text;
}

describe("the write model over HTTP", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let client: pg.PoolClient;
  let people: Persona[];
  let fx: Fixtures = {};
  let actor = "";
  const types = new Map<string, GqlType>();
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    client = await db.pool.connect();
    people = await personas(client, matrix);
    ({ fx, actor } = await matrixFixtures(client, people));
    gw = await startTestGateway(db);
    for (const p of people) if (p.id) tokens.set(p.name, await tokenFor(p.id, p.email!));
    tokens.set("service_role", await mintToken(TEST_JWT_SECRET, { role: "service_role" }));
    const r = await gw.graphql(INTROSPECT, { token: tokens.get("admin") });
    for (const t of r.body.data.__schema.types as GqlType[]) types.set(t.name, t);
  });
  afterAll(async () => {
    client?.release();
    await gw?.close();
    await db?.drop();
  });

  /** The table's GraphQL type name, from the read matrix's connection field. */
  function typeOf(table: string): string | undefined {
    const conn = types.get("Query")!.fields!.find((f) => f.name === matrix.tables[table]!.graphql);
    const connType = conn && types.get(named(conn.type).name!);
    const nodes = connType?.fields?.find((f) => f.name === "nodes");
    return nodes ? named(nodes.type).name! : undefined;
  }
  const mutation = (name: string) => types.get("Mutation")!.fields!.find((f) => f.name === name);

  /**
   * Who manages whom (which RLS reads through salemate.profile_managers) comes from these tables,
   * and writes elsewhere reach them: accepting an invite makes a membership. Each write that went
   * through is undone here too, and the pairs recomputed (the undo runs with triggers off).
   */
  const TEAM_TABLES = ["teams", "team_memberships"];
  const teamState = async () =>
    (await client.query(`select ${TEAM_TABLES.map((t) => `(select coalesce(jsonb_agg(to_jsonb(x) order by x.id), '[]') from public.${t} x)::text as "${t}"`).join(", ")}`)).rows[0] as Record<string, string>;
  async function undoTeamChanges(before: Record<string, string>, table: string): Promise<void> {
    const now = await teamState();
    const changed = TEAM_TABLES.filter((t) => now[t] !== before[t]);
    if (!changed.length && !TEAM_TABLES.includes(table)) return;
    await client.query("begin");
    await client.query("set local session_replication_role = replica");
    for (const t of changed) {
      await client.query(`delete from public.${t}`);
      await client.query(`insert into public.${t} select * from jsonb_populate_recordset(null::public.${t}, $1::jsonb)`, [before[t]]);
    }
    await client.query("select salemate.refresh_profile_managers(array(select id from public.profiles))");
    await client.query("commit");
  }

  /** The gateway's codes for the SQLSTATEs a model may name as a table's own refusals. */
  const SQLSTATE: Record<string, string> = { CHECK_VIOLATION: "23514", BUSINESS_RULE: "P0001" };

  /** What a GraphQL answer says happened; `stored` reads the column back as superuser when it went through. */
  async function outcomeOf(body: any, table: string, column: string, stored: () => Promise<string | null | undefined>, value: string | null): Promise<{ got: Outcome; why?: string }> {
    const err = body.errors?.[0];
    if (err) {
      const code = err.extensions?.code;
      const refusals = model.tables[table]!.refusals ?? {};
      const own = [...(refusals["*"] ?? []), ...(refusals[column] ?? [])].includes(SQLSTATE[code] ?? "");
      return { got: code === "FORBIDDEN" || own ? "refused" : code === "NOT_FOUND" ? "unreachable" : "error", why: `${code}: ${err.message}` };
    }
    return { got: (await stored()) === value ? "allowed" : "derived" };
  }

  test("every column of every create and update mutation, per persona: nothing the model refuses goes through", async () => {
    const managers = async () => (await client.query("select manager_id::text || '>' || profile_id::text as pair from salemate.profile_managers order by 1")).rows.map((r) => r.pair as string);
    const managersBefore = await managers();
    const teamsAtStart = await teamState();
    const mismatches: string[] = [];
    const counts: Record<string, number> = {};
    const count = (k: string) => void (counts[k] = (counts[k] ?? 0) + 1);
    for (const [table, spec] of Object.entries(model.tables)) {
      if (spec.view) continue;
      const typeName = typeOf(table);
      if (!typeName) continue;
      const cols = await columnsOf(client, table);
      const field = (col: string) => fieldOf(cols, col);
      const key = matrix.tables[table]!.key;
      const update = mutation(`update${typeName}`);
      const create = mutation(`create${typeName}`);
      const updateInput = update ? types.get(`Update${typeName}Input`) : undefined;
      const patchType = types.get(`${typeName}Patch`);
      const createInput = types.get(`${typeName}Input`);
      for (const p of people.filter((x) => SAMPLED.includes(x.name))) {
        const f = await personaFixtures(client, matrix, fx, p);
        const token = tokens.get(p.name)!;

        if (update && updateInput && patchType) {
          const plan = await planUpdates(client, model, matrix, table, p, f, cols);
          for (const u of plan?.cells ?? []) {
            const fields = [...u.set.keys()].map((c) => [c, patchType.inputFields!.find((x) => x.name === field(c))] as const);
            if (fields.some(([, fld]) => !fld)) {
              count("not offered");
              continue;
            }
            const patch = Object.fromEntries(fields.map(([c, fld]) => [fld!.name, toGraphql(u.set.get(c)!, fld!.type, types)]));
            const teamsBefore = await teamState();
            const before = (await client.query(`select ${[...u.set.keys()].map((c) => `("${c}")::text as "${c}"`).join(", ")} from public.${table} o where ${plan!.keyed}`, [plan!.key])).rows[0];
            const r = await gw.graphql(`mutation ($input: Update${typeName}Input!) { update${typeName}(input: $input) { clientMutationId } }`, {
              token,
              variables: { input: { [field(key)]: plan!.key, patch } },
            });
            const { got, why } = await outcomeOf(r.body, table, u.column, async () => (await client.query(`select ("${u.column}")::text as v from public.${table} o where ${plan!.keyed}`, [plan!.key])).rows[0]?.v, u.value);
            count(`update ${got}`);
            if (got === "allowed" || got === "derived") {
              await client.query("begin");
              await client.query("set local session_replication_role = replica");
              const sets = [...u.set.keys()];
              await client.query(`update public.${table} o set ${sets.map((c, i) => `"${c}" = $${i + 2}::${cols.find((x) => x.name === c)!.type}`).join(", ")} where ${plan!.keyed}`, [plan!.key, ...sets.map((c) => before[c])]);
              await client.query("commit");
              await undoTeamChanges(teamsBefore, table);
            }
            if (!u.expected.includes(got)) mismatches.push(`update${typeName}.${u.column} as ${p.name}: expected ${u.expected.join(" or ")}, got ${got}${why ? ` (${why})` : ""}`);
          }
        }

        if (create && createInput) {
          const inputField = types.get(`Create${typeName}Input`)!.inputFields!.find((x) => x.name !== "clientMutationId")!.name;
          for (const u of await planInserts(client, model, matrix, table, p, p.name, f, cols)) {
            const all = [...new Set([...Object.keys(u.row), ...u.set.keys()])];
            const fields = all.map((c) => [c, createInput.inputFields!.find((x) => x.name === field(c))] as const);
            if (fields.some(([, fld]) => !fld)) {
              count("not offered");
              continue;
            }
            const values = new Map(u.set);
            for (const c of Object.keys(u.row)) if (!values.has(c)) values.set(c, (await client.query(`select (${u.row[c]})::text as v`)).rows[0].v);
            const input = Object.fromEntries(fields.map(([c, fld]) => [fld!.name, toGraphql(values.get(c)!, fld!.type, types)]));
            const teamsBefore = await teamState();
            // The new row is found by its transaction (a persona may add rows it does not read back).
            const since = (await client.query("select pg_current_xact_id()::text::bigint as x")).rows[0].x;
            const r = await gw.graphql(`mutation ($input: Create${typeName}Input!) { create${typeName}(input: $input) { clientMutationId } }`, {
              token,
              variables: { input: { [inputField]: input } },
            });
            const made = (await client.query(`select (${key})::text as k, ("${u.column}")::text as v from public.${table} where xmin::text::bigint > $1`, [since])).rows;
            const { got, why } = await outcomeOf(r.body, table, u.column, async () => made[0]?.v, u.value);
            count(`insert ${got}`);
            for (const row of made) await client.query(`delete from public.${table} where (${key})::text = $1`, [row.k]);
            if (made.length) await undoTeamChanges(teamsBefore, table);
            if (!u.expected.includes(got)) mismatches.push(`create${typeName}.${u.column} as ${p.name}: expected ${u.expected.join(" or ")}, got ${got}${why ? ` (${why})` : ""}`);
          }
        }
      }
    }
    console.log(`write model over HTTP: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);
    assert.ok((counts["update refused"] ?? 0) > 0 && (counts["update allowed"] ?? 0) > 0 && (counts["insert allowed"] ?? 0) > 0);
    assert.deepEqual(mismatches, []);
    // Every write was undone: who manages whom is what it was.
    assert.deepEqual(await managers(), managersBefore);
    assert.deepEqual(await teamState(), teamsAtStart);
  });
});
