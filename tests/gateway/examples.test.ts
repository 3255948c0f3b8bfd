import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { Kind, parse, print, type OperationDefinitionNode, type TypeNode } from "graphql";
import { examples } from "../../server/docs/migration-guide.ts";
import { loadMigrationMap } from "../../server/migration-map.ts";
import { GRAPHQL_DIR } from "../../server/paths.ts";
import { buildSchema } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";
import { wsClient } from "../helpers/subscriptions.ts";

/**
 * The examples people copy run as written: every operation of GraphiQL's default document
 * (graphql/examples.graphql) and every query and subscription of docs/migration-guide.md, for
 * a seeded user, without errors. A guide example's "$name" values stand for something the
 * caller has; here an id is a real one of the seed chosen by the name (a lead's for $leadId, a
 * thread's for $threadId, the caller's for $profileId or $userId...), else a well-formed id that
 * matches nothing (a lookup then answers null, which is no error); text is "x", numbers 1. Mutations of the guide are validated against
 * the schema by tests/lint/migration-guide.test.ts, not run: they would write.
 */
describe("GraphiQL's and the migration guide's examples run", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    for (const role of ["agent", "admin", "support"]) {
      const p = (await db.query("select id, email from profiles where email = $1", [`${role}@salemate.test`])).rows[0];
      tokens[role] = await tokenFor(p.id, p.email);
    }
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  async function subscribeBriefly(document: string, token: string, variables?: Record<string, unknown>) {
    const ws = wsClient(gw.url, () => token);
    try {
      const r = ws.subscribe(document, variables);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const outcome = { errors: [...r.errors], completed: r.completed, eventErrors: r.events.flatMap((e) => e.errors ?? []) };
      r.stop();
      return outcome;
    } finally {
      await ws.dispose();
    }
  }

  test("every operation of GraphiQL's default document runs for a seeded agent", async () => {
    const doc = parse(readFileSync(path.join(GRAPHQL_DIR, "examples.graphql"), "utf8"));
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    assert.ok(ops.length >= 5);
    for (const op of ops) {
      const text = print(op);
      if (op.operation === "subscription") {
        const r = await subscribeBriefly(text, tokens.agent!);
        assert.deepEqual([r.errors, r.eventErrors, r.completed], [[], [], false], `${op.name?.value}: ${JSON.stringify(r)}`);
        continue;
      }
      const r = await gw.graphql(text, { token: tokens.agent });
      assert.equal(r.status, 200, `${op.name?.value}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.errors, undefined, `${op.name?.value}: ${JSON.stringify(r.body.errors)}`);
      assert.ok(r.body.data && Object.values(r.body.data).every((v) => v !== null), `${op.name?.value} answered null`);
    }
  });

  test("every query and subscription example of the migration guide runs for a seeded admin", async () => {
    const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: "x".repeat(40), DATABASE_URL: db.url, LOG_LEVEL: "silent" });
    const schema = await buildSchema(config, db.url);
    const all = examples(loadMigrationMap(), schema).filter((x) => x.document);
    const one = async (sql: string) => ((await db.query(sql)).rows[0]?.id as string | undefined) ?? NO_SUCH_ID;
    const admin = await one("select id from profiles where email = 'admin@salemate.test'");
    const ids: Array<[RegExp, string]> = [
      [/lead/i, await one("select id from leads order by id limit 1")],
      [/thread|case/i, await one("select thread_id as id from support_threads order by thread_id limit 1")],
      [/project/i, await one("select id from inventory_projects order by id limit 1")],
      [/team/i, await one("select id from teams order by id limit 1")],
      [/profile|user|owner|created|assign|buyer|viewer|actor|^me$/i, admin],
    ];
    placeholderIds = (name: string) => ids.find(([re]) => re.test(name))?.[1] ?? NO_SUCH_ID;
    let queries = 0;
    let subscriptions = 0;
    let mutations = 0;
    const failures: string[] = [];
    for (const x of all) {
      const op = parse(x.document!).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      if (op.operation === "mutation") {
        mutations++;
        continue;
      }
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).flatMap((v) => {
          const name = v.variable.name.value;
          const given = x.variables?.[name];
          if (given === undefined) return [];
          return [[name, resolvePlaceholders(given, v.type, name)]];
        }),
      );
      if (op.operation === "subscription") {
        subscriptions++;
        const r = await subscribeBriefly(x.document!, tokens.admin!, variables);
        if (r.errors.length || r.eventErrors.length || r.completed) failures.push(`${x.legacy} (${x.label}): ${JSON.stringify(r)}`);
        continue;
      }
      queries++;
      const r = await gw.graphql(x.document!, { token: tokens.admin, variables });
      if (r.status !== 200 || r.body.errors) failures.push(`${x.legacy} (${x.label}): ${JSON.stringify(r.body.errors ?? r.body)}\n${x.document}\n${JSON.stringify(variables)}`);
    }
    assert.deepEqual(failures, []);
    assert.ok(queries >= 40, `${queries} query examples ran`);
    assert.ok(subscriptions >= 3, `${subscriptions} subscription examples ran`);
    assert.ok(mutations > 0);
  });
});

const NO_SUCH_ID = "00000000-0000-4000-8000-00000000beef";
let placeholderIds: (name: string) => string = () => NO_SUCH_ID;

/** "$name" placeholders of a guide example, as values of the variable's type. */
function resolvePlaceholders(value: unknown, type: TypeNode, name: string): unknown {
  const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
  if (typeof value === "string" && value.startsWith("$")) {
    switch (named(type)) {
      case "UUID":
        return placeholderIds(value.slice(1));
      case "Int":
      case "Float":
        return 1;
      case "BigFloat":
      case "BigInt":
        return "1";
      case "Boolean":
        return true;
      case "Datetime":
        return new Date().toISOString();
      default:
        return "x";
    }
  }
  if (Array.isArray(value)) return value.map((v) => resolvePlaceholders(v, type, name));
  if (value && typeof value === "object") {
    // Input objects: placeholders inside are ids by name, else text.
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === "string" && v.startsWith("$")
          ? /id$|^createdBy$|^assignedTo$|^owner$/i.test(k) || placeholderIds(k) !== NO_SUCH_ID
            ? placeholderIds(v.slice(1))
            : "x"
          : resolvePlaceholders(v, { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "JSON" } }, k),
      ]),
    );
  }
  return value;
}
