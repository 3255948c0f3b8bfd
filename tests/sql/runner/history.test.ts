// An applied file must not change. The history's statement lists were written by the earlier
// runner (its own splitter) or by other tools (the Supabase CLI cuts statements its own way),
// so an unchanged file is recognised whatever the cut, while a real edit is still refused.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { ensureHistoryTable, migrate } from "../../../server/db/migrator.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { scratchMigrations } from "./scratch-migrations.ts";

const FILE = [
  "-- Profiles, as the first deploy made them.",
  "create table profiles_v1 (id int primary key, name text not null default 'anonymous');",
  "",
  "/* The label; computed. */",
  "create function profile_label(p profiles_v1) returns text language sql",
  "  as $$ select p.name || ' (' || p.id || '; first deploy)' $$;",
  "insert into profiles_v1 values (1, 'it''s me');   -- the first user",
  "",
].join("\n");

/** What the earlier runner's splitter recorded for FILE. */
const RECORDED_BY_EARLIER_RUNNER = [
  "create table profiles_v1 (id int primary key, name text not null default 'anonymous')",
  "create function profile_label(p profiles_v1) returns text language sql\n  as $$ select p.name || ' (' || p.id || '; first deploy)' $$",
  "insert into profiles_v1 values (1, 'it''s me')",
];

describe("an applied file", () => {
  let db: TestDatabase;
  let client: pg.PoolClient;
  const scratch = scratchMigrations();

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
    client = await db.pool.connect();
    await ensureHistoryTable(client);
  });
  afterAll(async () => {
    client.release();
    await db.drop();
    scratch.cleanup();
  });

  /** A folder holding FILE as `version`, recorded as applied with `statements`. */
  async function appliedAs(version: string, statements: string[]): Promise<string> {
    await client.query("insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, 'profiles', $2)", [version, statements]);
    return scratch.dir({ [`${version}_profiles.sql`]: FILE });
  }

  test("is up to date when the earlier runner recorded it", async () => {
    const d = await appliedAs("20250801000000", RECORDED_BY_EARLIER_RUNNER);
    const lines: string[] = [];
    const r = await migrate(client, { dir: d, log: (l) => lines.push(l) });
    assert.deepEqual(r.alreadyApplied, ["20250801000000_profiles.sql"]);
    assert.deepEqual(lines, ["database is up to date"]);
  });

  test("is up to date when recorded in another cut: statements with their semicolons and comments, or the file whole", async () => {
    const withSemicolons = [
      "-- Profiles, as the first deploy made them.\ncreate table profiles_v1 (id int primary key, name text not null default 'anonymous');",
      "\n\n/* The label; computed. */\ncreate function profile_label(p profiles_v1) returns text language sql\n  as $$ select p.name || ' (' || p.id || '; first deploy)' $$;",
      "\ninsert into profiles_v1 values (1, 'it''s me');   -- the first user\n",
    ];
    for (const [version, statements] of [["20250802000000", withSemicolons], ["20250803000000", [FILE]]] as const) {
      const r = await migrate(client, { dir: await appliedAs(version, [...statements]) });
      assert.deepEqual(r.alreadyApplied, [`${version}_profiles.sql`]);
    }
  });

  test("is up to date after edits to its layout, keyword case and comments only", async () => {
    const d = await appliedAs("20250804000000", RECORDED_BY_EARLIER_RUNNER);
    const relaid = [
      "CREATE TABLE profiles_v1 (",
      "  id   INT PRIMARY KEY,   -- who",
      "  name TEXT NOT NULL DEFAULT 'anonymous'",
      ");",
      "CREATE FUNCTION profile_label(p profiles_v1) RETURNS text LANGUAGE sql AS $$ select p.name || ' (' || p.id || '; first deploy)' $$;",
      "INSERT INTO profiles_v1 VALUES (1, 'it''s me')",
    ].join("\n");
    writeFileSync(path.join(d, "20250804000000_profiles.sql"), relaid);
    const r = await migrate(client, { dir: d });
    assert.deepEqual(r.alreadyApplied, ["20250804000000_profiles.sql"]);
  });

  test("is refused when edited: a literal, a function body, an added or reordered statement", async () => {
    const edits: Record<string, string> = {
      "a default": FILE.replace("'anonymous'", "'nobody'"),
      "a function body": FILE.replace("'; first deploy)'", "'; second deploy)'"),
      "an added statement": `${FILE}insert into profiles_v1 values (2, 'another');\n`,
      "two statements swapped": FILE.replace(/(create function[\s\S]*?\$\$;)\n(insert into profiles_v1 values \(1, 'it''s me'\);)/, "$2\n$1"),
    };
    for (const [version, [what, text]] of Object.entries(edits).map((e, i) => [`2025080500000${i}`, e] as const)) {
      assert.notEqual(text, FILE, what);
      const d = await appliedAs(version, RECORDED_BY_EARLIER_RUNNER);
      writeFileSync(path.join(d, `${version}_profiles.sql`), text);
      await assert.rejects(migrate(client, { dir: d }), new RegExp(`${version}_profiles\\.sql was changed after it was applied`), what);
    }
  });
});
