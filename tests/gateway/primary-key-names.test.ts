import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { loadMatrix } from "../sql/rls/matrix.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { apiKey, startTestGateway, type TestGateway } from "../helpers/gateway.ts";

/**
 * One naming rule for keys (server/graphql/plugins/primary-key-names.ts), over the introspected
 * schema: every row type is a Node whose `nodeId: ID!` is the Relay global id and whose `id` is
 * its table's primary key, of the key's type (the row fetcher takes it: `leadEvent(id:)`); a
 * composite key gives no `id`; no `rowId` is left anywhere. The tables are those the RLS matrix
 * lists (sql/rls/matrix.json, table -> connection field), and every Node type must be one of them.
 */
const matrix = loadMatrix();
const SCALAR: Record<string, string> = { uuid: "UUID", bigint: "BigInt", text: "String", integer: "Int" };

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  type: TypeRef;
  args?: Field[];
}
interface GqlType {
  name: string;
  kind: string;
  interfaces: Array<{ name: string }> | null;
  fields: Field[] | null;
  inputFields: Field[] | null;
  enumValues: Array<{ name: string }> | null;
}

const INTROSPECT = `{ __schema { types { name kind interfaces { name }
  fields { name type { ...T } args { name type { ...T } } }
  inputFields { name type { ...T } }
  enumValues { name } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

/** `UUID!`, `[Lead!]`: a type reference as SDL spells it. */
const spell = (t: TypeRef): string => (t.kind === "NON_NULL" ? `${spell(t.ofType!)}!` : t.kind === "LIST" ? `[${spell(t.ofType!)}]` : t.name!);
const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);
const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

describe("primary keys are `id`, the global id is `nodeId`", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let serviceRole: string;
  const types = new Map<string, GqlType>();
  /** Per table of the matrix: its row type, and its primary key's columns and SQL types (views: the @primaryKey tag). */
  const tables: Array<{ table: string; type: GqlType; connection: string; key: Array<{ column: string; sqlType: string }> }> = [];

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    serviceRole = await apiKey("service_role");
    const r = await gw.graphql(INTROSPECT);
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    for (const t of r.body.data.__schema.types as GqlType[]) types.set(t.name, t);
    const { rows } = await db.query(
      `with keyed as (
         select c.oid, c.relname::text as "table",
                coalesce((select array_agg(a.attname::text order by u.ord)
                            from pg_constraint k cross join unnest(k.conkey) with ordinality u(attnum, ord)
                            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
                           where k.conrelid = c.oid and k.contype = 'p'),
                         string_to_array(substring(obj_description(c.oid, 'pg_class') from '@primaryKey ([^\\n]+)'), ',')) as key
           from pg_class c
          where c.relnamespace = 'public'::regnamespace and c.relname = any ($1::text[]))
       select "table", coalesce((select jsonb_agg(jsonb_build_object('column', k.col, 'sqlType', format_type(a.atttypid, a.atttypmod)) order by k.ord)
                                   from unnest(key) with ordinality k(col, ord) join pg_attribute a on a.attrelid = oid and a.attname = k.col), '[]') as key
         from keyed`,
      [Object.keys(matrix.tables)],
    );
    const query = types.get("Query")!;
    for (const { table, key } of rows) {
      const connection = matrix.tables[table]!.graphql;
      const field = query.fields!.find((f) => f.name === connection);
      if (!field) continue;
      const nodes = types.get(named(field.type))!.fields!.find((f) => f.name === "nodes")!;
      tables.push({ table, type: types.get(named(nodes.type))!, connection, key });
    }
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  const isNode = (t: GqlType) => (t.interfaces ?? []).some((i) => i.name === "Node");

  test("no field, argument, input field or enum value is named rowId any more", () => {
    const found: string[] = [];
    for (const t of types.values()) {
      if (t.name.startsWith("__")) continue;
      for (const f of [...(t.fields ?? []), ...(t.inputFields ?? [])]) {
        if (/rowId|RowId/.test(f.name)) found.push(`${t.name}.${f.name}`);
        for (const a of f.args ?? []) if (a.name === "rowId") found.push(`${t.name}.${f.name}(${a.name})`);
      }
      for (const v of t.enumValues ?? []) if (/ROW_ID/.test(v.name)) found.push(`${t.name}.${v.name}`);
    }
    assert.deepEqual(found, []);
  });

  test("the Relay global id is nodeId: on the Node interface, node(nodeId:) and every Node type", () => {
    assert.deepEqual(types.get("Node")!.fields!.map((f) => [f.name, spell(f.type)]), [["nodeId", "ID!"]]);
    const node = types.get("Query")!.fields!.find((f) => f.name === "node")!;
    assert.deepEqual(node.args!.map((a) => [a.name, spell(a.type)]), [["nodeId", "ID!"]]);
    for (const t of types.values()) {
      if (isNode(t)) assert.equal(spell(t.fields!.find((f) => f.name === "nodeId")?.type ?? { kind: "SCALAR", name: "none", ofType: null }), "ID!", t.name);
    }
  });

  test("every Node type is a table or view of the matrix, so the next test covers it", () => {
    const covered = new Set(tables.map((t) => t.type.name));
    const rowTypes = [...types.values()].filter((t) => isNode(t) && t.name !== "Query").map((t) => t.name);
    assert.ok(rowTypes.length > 30, `${rowTypes.length} Node types`);
    assert.deepEqual(rowTypes.filter((name) => !covered.has(name)), []);
  });

  test("id is the primary key, of its type, and the row fetcher takes it; a composite key gives no id", () => {
    const problems: string[] = [];
    const query = types.get("Query")!;
    for (const { table, type, key } of tables) {
      const fields = new Map(type.fields!.map((f) => [f.name, f]));
      if (key.length === 1) {
        const [{ column, sqlType }] = key as [{ column: string; sqlType: string }];
        const want = `${SCALAR[sqlType] ?? `(${sqlType})`}!`;
        if (!isNode(type)) problems.push(`${type.name} (${table}) has a primary key but is no Node`);
        const id = fields.get("id");
        if (!id || spell(id.type) !== want) problems.push(`${type.name}.id should be ${want} (${table}.${column}), is ${id ? spell(id.type) : "missing"}`);
        if (column !== "id" && fields.has(camel(column))) problems.push(`${type.name}.${camel(column)} is the primary key under its own name too`);
        const fetcher = query.fields!.find((f) => f.name === lowerFirst(type.name));
        const args = fetcher?.args?.map((a) => `${a.name}: ${spell(a.type)}`).join(", ");
        if (args !== `id: ${want}`) problems.push(`Query.${lowerFirst(type.name)} should take (id: ${want}), takes ${fetcher ? `(${args})` : "nothing: it is missing"}`);
      } else if (key.length > 1) {
        if (fields.has("id")) problems.push(`${type.name} (${table}, key ${key.map((k) => k.column).join(", ")}) has an id that is not its key`);
        for (const { column } of key) if (!fields.has(camel(column))) problems.push(`${type.name}.${camel(column)} (part of the key) is missing`);
      } else if (isNode(type)) {
        problems.push(`${type.name} (${table}) is a Node without a primary key`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(tables.filter((t) => t.key.length === 1).length > 30, "the single-key tables were checked");
  });

  test("a row's nodeId encodes the same key as its id", async () => {
    let checked = 0;
    for (const { type, connection, key } of tables) {
      if (key.length !== 1 || !isNode(type)) continue;
      const r = await gw.graphql(`{ ${connection}(first: 1) { nodes { nodeId id } } }`, { token: serviceRole });
      assert.equal(r.body.errors, undefined, `${connection}: ${JSON.stringify(r.body.errors)}`);
      const row = r.body.data[connection].nodes[0] as { nodeId: string; id: string } | undefined;
      if (!row) continue;
      const [typeName, ...keyValues] = JSON.parse(Buffer.from(row.nodeId, "base64").toString("utf8")) as unknown[];
      assert.deepEqual([typeName, keyValues.map(String)], [type.name, [String(row.id)]], `${type.name}: nodeId ${row.nodeId}`);
      checked++;
    }
    assert.ok(checked > 20, `${checked} row types had a row to check`);
  });
});
