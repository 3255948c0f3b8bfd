import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { buildSchema } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { printSortedSchema } from "../../server/graphql/export-schema.ts";
import { GRAPHQL_DIR } from "../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";

/** graphql/schema.graphql is the contract frontends and the SDK build on: it must be the live schema. */
describe("the exported GraphQL schema", () => {
  let db: TestDatabase;
  let live: string;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
    const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: "x".repeat(40), DATABASE_URL: db.url, LOG_LEVEL: "silent" });
    live = printSortedSchema(await buildSchema(config, db.url));
  });
  afterAll(() => db.drop());

  test("graphql/schema.graphql is up to date (run `npx salemate export-schema` after changing sql/)", () => {
    const committed = readFileSync(path.join(GRAPHQL_DIR, "schema.graphql"), "utf8");
    if (committed !== live) {
      const a = committed.split("\n");
      const b = live.split("\n");
      const i = a.findIndex((line, k) => line !== b[k]);
      assert.fail(`graphql/schema.graphql differs from the live schema at line ${i + 1}:\n  committed: ${a[i]}\n  live:      ${b[i]}\nRun \`npx salemate export-schema\` and commit the result.`);
    }
  });

  test("only the consolidated tables and helper views are exposed: no legacy names, archive, rejects or internals", () => {
    for (const hidden of [
      /\bwalletTransactions\b/, /\buserWallets\b/, /\bsupportCaseReplies\b/, /\bsupportCases\b/, /\bleadTags\b/, /\bleadReminders\b/,
      /\bsalemateInventories\b/, /\bteamInvitations\b/, /\btemplatesEmails?\b/, /\bcmsPages\b/, /\bpurchaseRequests\b/,
      /\bmigrationRejects?\b/i, /\blegacyArchive/i, /\botpChallenges\b/, /\bisAdmin\b/, /\bisSupport\b/,
    ]) {
      assert.doesNotMatch(live, hidden, `schema exposes ${hidden}`);
    }
    // profiles.manager_id stays for the old app but is not part of the API (team_memberships replaces it).
    const profile = /\ntype Profile implements Node \{[\s\S]*?\n\}/.exec(live)?.[0] ?? "";
    assert.ok(profile.length > 0);
    assert.doesNotMatch(profile, /\bmanagerId\b/);
    for (const shown of [/\bleads\(/, /\bprofileWalletLedgers\(/, /\bsupportThreads\(/, /\binventoryItems\(/, /\bteamMemberships\(/, /\bleadChanged\(/]) {
      assert.match(live, shown);
    }
  });

  test("types and fields carry the SQL comments as descriptions", () => {
    const lead = /"""\n([^"]+)\n"""\ntype Lead implements Node/.exec(live);
    assert.ok(lead && lead[1]!.trim().length > 10, "Lead has a description");
    const undocumentedTypes = [...live.matchAll(/(?<!"""\n)^type (\w+) implements Node/gm)].map((m) => m[1]);
    assert.deepEqual(undocumentedTypes, [], "every table type is documented");
  });
});

describe("GraphiQL's example operations", () => {
  test("graphql/examples.graphql is valid against the live schema", async () => {
    const { parse, validate } = await import("graphql");
    const db = await createTestDatabase({ stage: "migrated", seedScale: 0 });
    try {
      const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: "x".repeat(40), DATABASE_URL: db.url, LOG_LEVEL: "silent" });
      const schema = await buildSchema(config, db.url);
      const errors = validate(schema, parse(readFileSync(path.join(GRAPHQL_DIR, "examples.graphql"), "utf8")));
      assert.deepEqual(errors.map((e) => e.message), []);
    } finally {
      await db.drop();
    }
  });
});
