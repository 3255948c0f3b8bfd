import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { checkMigrationGuide, examples, generateMigrationGuide, GUIDE_PATH } from "../../server/docs/migration-guide.ts";
import { loadEdgeFunctions } from "../../server/jobs/edge-functions.ts";
import { scanFile } from "../../server/lint/lint-legacy.ts";
import { buildRules } from "../../server/lint/rules.ts";
import { isReplaced, loadMigrationMap, type Mapping } from "../../server/migration-map.ts";
import { MAP_DIR, ROOT } from "../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";

/**
 * docs/migration-guide.md against its sources: the legacy-to-target map with
 * sql/map/replacements.json, and the schema the gateway builds on a migrated database.
 */

describe("docs/migration-guide.md", () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const map: Mapping[] = loadMigrationMap();
  const rules = buildRules(map);

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
    schema = await buildSchema(loadConfig({ NODE_ENV: "test", JWT_SECRET: "x".repeat(40), DATABASE_URL: db.url, LOG_LEVEL: "silent" }), db.url);
  });
  afterAll(() => db?.drop());

  test("the map holds against the schema: each named root field exists, each example validates, no legacy GraphQL name is a field today", () => {
    assert.deepEqual(checkMigrationGuide(map, schema), []);
  });

  test("the committed guide is what the map, the schema and the SDK's operations generate (run `npx salemate docs` when this fails)", () => {
    const committed = readFileSync(path.join(ROOT, GUIDE_PATH), "utf8");
    const generated = generateMigrationGuide(map, schema);
    if (committed !== generated) {
      const a = committed.split("\n");
      const b = generated.split("\n");
      const line = a.findIndex((l, i) => l !== b[i]);
      assert.fail(`${GUIDE_PATH} is out of date from line ${line + 1}:\n  committed: ${a[line]}\n  generated: ${b[line]}\nRegenerate it with \`npx salemate docs\` (\`--live\` when graphql/schema.graphql is behind the migrations).`);
    }
  });

  test("every replaced legacy table, column and RPC has its section, target and replacement", () => {
    const guide = generateMigrationGuide(map, schema);
    for (const m of map.filter(isReplaced)) {
      assert.ok(guide.includes(`### \`${m.legacy}\` → `), `no section for ${m.legacy}`);
      assert.ok(guide.includes(`\`${m.target}\``), `${m.legacy}: its target ${m.target} is not named`);
      assert.ok(m.replacement && Object.values(m.replacement.uses).length, `${m.legacy}: no uses in sql/map/replacements.json`);
    }
    for (const rpc of rules.rpcs.keys()) assert.ok(guide.includes(`\`${rpc}\``), `RPC ${rpc} is not in the guide`);
    for (const channel of rules.channels.keys()) assert.ok(guide.includes(`\`${channel}`), `channel ${channel} is not in the guide`);
    for (const [table, name] of rules.tables) if (!name.mappings.length) assert.ok(guide.includes(`| \`${table}\` |`), `the app's table ${table} is not in the guide`);
  });

  test("every edge function the refactor plan lists is mapped to its replacement, each a root field of the schema or a job of the worker", () => {
    const plan = ["otp-request", "otp-verify", "purchase-leads", "marketplace", "reminder-scheduler", "inventory-matcher", "support functions"];
    const functions = loadEdgeFunctions();
    assert.deepEqual(functions.map((f) => f.name), plan);
    const guide = generateMigrationGuide(map, schema);
    for (const f of functions) {
      assert.ok(guide.includes(`| \`${f.name}\` |`), `${f.name} has its row in the guide`);
      for (const u of f.uses) assert.ok(guide.includes(u.graphql ? `GraphQL \`${u.graphql}\`` : `job \`${u.job}\``), `${f.name}: ${u.use}`);
    }
    // checkMigrationGuide (first test) fails on a field the schema lacks or a job the worker does not run.
    assert.ok(checkMigrationGuide(map, schema).every((p) => !p.startsWith("edge function")));
  });

  test("the guide and the linter agree: every 'before' of a moved name is a finding (a kept table's is not), no 'after' is", () => {
    const all = examples(map, schema, rules);
    assert.ok(all.length > 60);
    for (const x of all) {
      const expected = x.label.startsWith("rpc ") ? x.label.slice(4) : x.legacy;
      const found = scanFile("before.ts", x.before, rules).map((h) => h.name.legacy);
      // A kept table's own uses are not findings (the old call keeps working); its section shows the gateway's way.
      if (x.kept) assert.ok(!found.includes(expected), `${x.legacy} (${x.label}) is kept: the linter should not report ${expected} in: ${x.before}`);
      else assert.ok(found.includes(expected), `${x.legacy} (${x.label}): the linter does not find ${expected} in: ${x.before}`);
      if (!x.document) continue;
      assert.deepEqual(scanFile("after.graphql", x.document, rules), [], `${x.legacy} (${x.label}): the replacement is itself a finding:\n${x.document}`);
      assert.deepEqual(scanFile("after.ts", x.call!, rules), [], `${x.legacy} (${x.label}): ${x.call}`);
    }
  });

  describe("sql/map/replacements.json", () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "salemate-map-"));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));
    const withReplacements = (replacements: unknown) => {
      const dir = mkdtempSync(path.join(tmp, "map-"));
      for (const f of ["phase2_profiles_wallets.json", "phase6_support.json"]) writeFileSync(path.join(dir, f), readFileSync(path.join(MAP_DIR, f)));
      writeFileSync(path.join(dir, "replacements.json"), JSON.stringify(replacements));
      return () => loadMigrationMap(dir);
    };

    test("is merged onto every mapping of its legacy name", () => {
      const cases = map.filter((m) => m.legacy === "support_cases");
      assert.equal(cases.length, 2);
      for (const m of cases) assert.equal(m.replacement?.uses.list?.graphql, "supportThreads");
    });

    test("every key names a legacy object of the map (RPCs and channels live in app.json, with where they were seen)", () => {
      assert.throws(withReplacements({ wallet_transaction: { uses: { list: { graphql: "x" } } } }), /"wallet_transaction" names no legacy object of the map/);
      assert.throws(withReplacements({ wallet_transactions: { uses: { lits: { graphql: "x" } } } }), /"wallet_transactions": uses/);
      assert.throws(withReplacements({ wallet_transactions: { rpc: { add_to_wallet: { graphql: "x" } } } }), /"wallet_transactions": .*Unrecognized key/);
      assert.equal(withReplacements({ $comment: "notes are allowed", user_wallets: { uses: { list: { graphql: "profileWallets" } } } })().find((m) => m.legacy === "user_wallets")?.replacement?.uses.list?.graphql, "profileWallets");
    });
  });
});
