import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "@jest/globals";
import { buildSchema, isObjectType, type GraphQLSchema } from "graphql";
import { generateMigrationGuide } from "../../server/docs/migration-guide.ts";
import { lintLegacy } from "../../server/lint/lint-legacy.ts";
import { buildRules, replacementFor, type LegacyName } from "../../server/lint/rules.ts";
import { loadMigrationMap, USES } from "../../server/migration-map.ts";
import { GRAPHQL_DIR, ROOT } from "../../server/paths.ts";

/**
 * Every replacement the linter or the migration guide names exists: an SDK document is exported
 * by @salemate/client-sdk and its operation calls the field named with it; a GraphQL field is a
 * root field of the schema (or a `Type.field` coordinate), unless marked planned, and then it is
 * not one yet. No database needed: the schema is graphql/schema.graphql, which
 * tests/gateway/schema-contract.test.ts keeps equal to the live one.
 */
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(GRAPHQL_DIR, "schema.graphql"), "utf8"));
const map = loadMigrationMap();
const rules = buildRules(map);
const FIXTURE = path.join(ROOT, "tests", "lint", "fixtures", "frontend");

function fieldExists(field: string): boolean {
  const [type, name] = field.includes(".") ? field.split(".") : [undefined, field];
  const types = type ? [schema.getType(type)] : [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return types.some((t) => t && isObjectType(t) && name! in t.getFields());
}

async function sdkExports(): Promise<Set<string>> {
  const sdk = (await import("../../client-sdk/src/generated/graphql.ts")) as Record<string, unknown>;
  return new Set(Object.keys(sdk).filter((k) => k.endsWith("Document")));
}

function everyName(): LegacyName[] {
  return [...rules.tables.values(), ...[...rules.columns.values()].flatMap((m) => [...m.values()]), ...rules.rpcs.values(), ...rules.channels.values()];
}

describe("the replacements the linter and the guide name", () => {
  test("every SDK document the linter names is exported by the SDK and calls the field it is named with", async () => {
    const exported = await sdkExports();
    const problems: string[] = [];
    let named = 0;
    let none = 0;
    for (const name of everyName()) {
      for (const use of USES) {
        const r = replacementFor(rules, name, use);
        if (r.sdk) {
          named++;
          if (!exported.has(r.sdk)) problems.push(`${name.legacy} (${use}): SDK ${r.sdk} is not exported`);
          const op = rules.sdkOperations.find((o) => o.document === r.sdk);
          if (!op?.rootFields.some((f) => f.field === r.graphql)) problems.push(`${name.legacy} (${use}): ${r.sdk} does not call ${r.graphql}`);
        } else if (r.graphql) none++;
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(named > 20, `${named} uses name an SDK document`);
    assert.ok(none > 0, "some uses have no SDK document and say so");
  });

  test("every GraphQL field the linter names is in the schema; a planned one is not yet", () => {
    const problems: string[] = [];
    for (const name of everyName()) {
      for (const use of USES) {
        const r = replacementFor(rules, name, use);
        if (!r.graphql) continue;
        const exists = fieldExists(r.graphql);
        if (r.planned && exists) problems.push(`${name.legacy} (${use}): ${r.graphql} is marked planned but exists: drop "planned"`);
        if (!r.planned && !exists) problems.push(`${name.legacy} (${use}): ${r.graphql} is not in the schema`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test("a table embedded in another's select points at the parent's relation field, which exists", () => {
    const { findings } = lintLegacy(FIXTURE);
    const embedded = findings.find((f) => f.file === "src/lib/wallet.ts" && f.line === 31 && f.legacy === "projects");
    assert.ok(embedded, "the fixture's `.from('leads').select('*, project:projects(name)')` is a finding");
    assert.equal(embedded.replacement.graphql, "Lead.project");
    const plain = findings.find((f) => f.legacy === "projects" && f.replacement.graphql !== "Lead.project");
    assert.equal(plain?.replacement.graphql ?? "inventoryProjects", "inventoryProjects", "a plain from('projects') keeps the root field");
    const coordinates = map.flatMap((m) => Object.values(m.replacement?.embeddedIn ?? {}));
    assert.ok(coordinates.length >= 3);
    assert.deepEqual(coordinates.filter((c) => !fieldExists(c)), []);
  });

  test("the linter's findings on a frontend name only real SDK documents", async () => {
    const exported = await sdkExports();
    const { findings } = lintLegacy(FIXTURE);
    assert.ok(findings.length > 20);
    const bad = findings.filter((f) => f.replacement.sdk && !exported.has(f.replacement.sdk)).map((f) => `${f.file}:${f.line} ${f.legacy} -> ${f.replacement.sdk}`);
    assert.deepEqual(bad, []);
    assert.ok(findings.some((f) => f.replacement.sdk), "some findings name an SDK document");
  });

  test("every SDK document the guide mentions is exported by the SDK", async () => {
    const exported = await sdkExports();
    const guide = generateMigrationGuide(map, schema);
    const mentioned = new Set([...guide.matchAll(/\b([A-Z]\w*Document)\b/g)].map((m) => m[1]!));
    const missing = [...mentioned].filter((d) => !exported.has(d));
    assert.deepEqual(missing, []);
    assert.ok(mentioned.size > 10, `${mentioned.size} documents mentioned`);
  });
});
