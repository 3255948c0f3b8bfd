import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import pg from "pg";
import { fileDigest, migrate, MigrationError } from "../../../server/db/migrator.ts";
import { splitSqlStatements } from "../../../server/db/sql-statements.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { scratchMigrations } from "./scratch-migrations.ts";

describe("migration runner", () => {
  let db: TestDatabase;
  let client: pg.PoolClient;
  const scratch = scratchMigrations();
  const dir = scratch.dir;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
    client = await db.pool.connect();
  });
  afterAll(async () => {
    client.release();
    await db.drop();
    scratch.cleanup();
  });

  test("applies files in version order and records them like the Supabase CLI", async () => {
    const d = dir({
      "20250102000000_second.sql": "insert into t (v) values ('second');",
      "20250101000000_first.sql": "create table t (v text);\n-- a comment; with a semicolon\ncreate function f() returns int language sql as $$ select 1; $$;",
    });
    const lines: string[] = [];
    const r = await migrate(client, { dir: d, log: (l) => lines.push(l) });
    assert.deepEqual(r.applied, ["20250101000000_first.sql", "20250102000000_second.sql"]);
    assert.deepEqual(lines, ["applying 20250101000000_first.sql", "applying 20250102000000_second.sql"]);
    const cols = await client.query(
      "select column_name, data_type from information_schema.columns where table_schema = 'supabase_migrations' and table_name = 'schema_migrations' order by ordinal_position",
    );
    // The Supabase CLI's history table: version text primary key, statements text[], name text.
    assert.deepEqual(cols.rows, [
      { column_name: "version", data_type: "text" },
      { column_name: "statements", data_type: "ARRAY" },
      { column_name: "name", data_type: "text" },
    ]);
    const pk = await client.query(
      "select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where i.indrelid = 'supabase_migrations.schema_migrations'::regclass and i.indisprimary",
    );
    assert.deepEqual(pk.rows, [{ attname: "version" }]);
    const hist = await client.query("select version, name, statements from supabase_migrations.schema_migrations order by version");
    assert.deepEqual(hist.rows, [
      {
        version: "20250101000000",
        name: "first",
        statements: ["create table t (v text)", "create function f() returns int language sql as $$ select 1; $$"],
      },
      { version: "20250102000000", name: "second", statements: ["insert into t (v) values ('second')"] },
    ]);
    const again = await migrate(client, { dir: d });
    assert.deepEqual(again.applied, []);
    assert.equal((await client.query("select count(*)::int as n from t")).rows[0].n, 1);
  });

  test("a failing file rolls back alone, names file and line, and a re-run after the fix continues", async () => {
    const good = "20250201000000_good.sql";
    const bad = "20250202000000_bad.sql";
    const files: Record<string, string> = {
      [good]: "create table ok_table (id int);",
      [bad]: "create table half_done (id int);\ninsert into half_done values (1);\n\n\nselect * from\n  no_such_table;\n",
      "20250203000000_later.sql": "create table later_table (id int);",
    };
    const d = dir(files);
    await assert.rejects(migrate(client, { dir: d }), (err: unknown) => {
      assert.ok(err instanceof MigrationError);
      assert.match(err.message, /20250202000000_bad\.sql:6: relation "no_such_table" does not exist/);
      assert.equal(err.line, 6);
      return true;
    });
    const state = await client.query(
      "select to_regclass('ok_table') is not null as good, to_regclass('half_done') is not null as half, to_regclass('later_table') is not null as later",
    );
    assert.deepEqual(state.rows[0], { good: true, half: false, later: false });
    const versions = await client.query("select version from supabase_migrations.schema_migrations where version like '202502%' order by 1");
    assert.deepEqual(versions.rows.map((r) => r.version), ["20250201000000"]);

    writeFileSync(path.join(d, bad), "create table half_done (id int);\ninsert into half_done values (1);\n");
    const r = await migrate(client, { dir: d });
    assert.deepEqual(r.applied, [bad, "20250203000000_later.sql"]);
    assert.equal((await client.query("select count(*)::int as n from half_done")).rows[0].n, 1);
  });

  test("refuses to continue when an applied file has changed", async () => {
    const d = dir({ "20250301000000_once.sql": "create table once (id int);" });
    await migrate(client, { dir: d });
    writeFileSync(path.join(d, "20250301000000_once.sql"), "create table once (id bigint);");
    writeFileSync(path.join(d, "20250302000000_next.sql"), "create table next_one (id int);");
    await assert.rejects(migrate(client, { dir: d }), /20250301000000_once\.sql was changed after it was applied/);
    assert.equal((await client.query("select to_regclass('next_one') is null as absent")).rows[0].absent, true);
  });

  test("an applied file edited to do the same work another way is kept as applied when it names the revision it replaces", async () => {
    const name = "20250305000000_rework.sql";
    const before = "create table rework (id int primary key);\ninsert into rework select g from generate_series(1, 3) g;";
    const d = dir({ [name]: before });
    await migrate(client, { dir: d });
    // The same rows, the key added after the insert.
    const after = "create table rework (id int);\ninsert into rework select g from generate_series(1, 3) g;\nalter table rework add primary key (id);";
    writeFileSync(path.join(d, name), after);
    let digest = "";
    await assert.rejects(migrate(client, { dir: d }), (err: unknown) => {
      assert.ok(err instanceof MigrationError);
      assert.match(err.message, /was changed after it was applied/);
      digest = /-- salemate:replaces (sha256:[0-9a-f]{64})/.exec(err.message)?.[1] ?? "";
      return true;
    });
    assert.equal(digest, fileDigest(dir({ [name]: before }) + "/" + name), "the refusal names the applied revision's digest");

    writeFileSync(path.join(d, name), `-- salemate:replaces sha256:${"0".repeat(64)}\n${after}`);
    await assert.rejects(migrate(client, { dir: d }), /was changed after it was applied/, "a digest of another revision changes nothing");

    writeFileSync(path.join(d, name), `-- salemate:replaces ${digest} (keys after the rows)\n${after}`);
    await assert.rejects(migrate(client, { dir: d }), /20250305000000_rework\.sql:1: a replaces line is/, "a malformed replaces line is an error, never ignored");

    writeFileSync(path.join(d, name), `-- salemate:replaces ${digest}\n-- (keys after the rows)\n${after}`);
    writeFileSync(path.join(d, "20250306000000_after_rework.sql"), "insert into rework values (4);");
    const lines: string[] = [];
    const r = await migrate(client, { dir: d, log: (l) => lines.push(l) });
    assert.deepEqual(r.applied, ["20250306000000_after_rework.sql"]);
    assert.deepEqual(r.alreadyApplied, [name]);
    assert.ok(lines.some((l) => /1 file\(s\) this database applied in an earlier revision/.test(l) && l.endsWith(name)), lines.join("\n"));
    assert.equal((await client.query("select count(*)::int as n from rework")).rows[0].n, 4, "the replaced file did not run again");
  });

  test("--to stops after the named version and --dry-run changes nothing", async () => {
    const d = dir({
      "20250401000000_phase1_a.sql": "create table p1 (id int);",
      "20250402000000_phase2_b.sql": "create table p2 (id int);",
      "20250403000000_phase3_c.sql": "create table p3 (id int);",
    });
    const dry = await migrate(client, { dir: d, dryRun: true });
    assert.deepEqual(dry.pending, ["20250401000000_phase1_a.sql", "20250402000000_phase2_b.sql", "20250403000000_phase3_c.sql"]);
    assert.equal((await client.query("select to_regclass('p1') is null as absent")).rows[0].absent, true);
    const r = await migrate(client, { dir: d, to: "phase2" });
    assert.deepEqual(r.applied, ["20250401000000_phase1_a.sql", "20250402000000_phase2_b.sql"]);
    assert.equal((await client.query("select to_regclass('p3') is null as absent")).rows[0].absent, true);
    await assert.rejects(migrate(client, { dir: d, to: "phase9" }), /--to phase9: no migration with that version or name/);
    const rest = await migrate(client, { dir: d, to: "20250403000000" });
    assert.deepEqual(rest.applied, ["20250403000000_phase3_c.sql"]);
  });

  test("rejects badly named files", async () => {
    const d = dir({ "001_init.sql": "select 1;" });
    await assert.rejects(migrate(client, { dir: d }), /must be named <14-digit timestamp>_<snake_case_name>\.sql/);
  });
});

describe("statement splitter", () => {
  test("splits on top-level semicolons only and keeps start lines", () => {
    const sql = [
      "create table a (x text default 'a;b');",
      "/* block ; comment */ create table \"b;c\" (y int);",
      "do $body$ begin perform 1; end $body$;",
      "",
      "select $1::int; -- trailing; comment",
      "create function g() returns text language sql as $$select 'x;y'$$;",
    ].join("\n");
    const parts = splitSqlStatements(sql);
    assert.deepEqual(parts.map((p) => p.line), [1, 2, 3, 5, 6]);
    assert.equal(parts[1]!.text, 'create table "b;c" (y int)');
    assert.equal(parts[2]!.text, "do $body$ begin perform 1; end $body$");
    assert.equal(parts.length, 5);
  });
});
