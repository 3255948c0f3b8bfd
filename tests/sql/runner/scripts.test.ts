// Each migration file goes to PostgreSQL as one script, so it runs exactly as written; the
// history's statement list comes from PostgreSQL's own parser; a failure names file and line,
// also when the server gives no position.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { applySqlDir } from "../../../server/db/apply-sql.ts";
import { migrate, MigrationError } from "../../../server/db/migrator.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { scratchMigrations } from "./scratch-migrations.ts";

describe("a migration file as one script", () => {
  let db: TestDatabase;
  let client: pg.PoolClient;
  const scratch = scratchMigrations();

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
    client = await db.pool.connect();
  });
  afterAll(async () => {
    client.release();
    await db.drop();
    scratch.cleanup();
  });

  /** The MigrationError that migrating `text` as a single file raises. */
  async function failureOf(version: string, text: string): Promise<MigrationError> {
    const d = scratch.dir({ [`${version}_failing.sql`]: text });
    try {
      await migrate(client, { dir: d });
    } catch (err) {
      assert.ok(err instanceof MigrationError, String(err));
      return err;
    }
    assert.fail("the migration was expected to fail");
  }

  test("quotes, escapes, dollar-quoted bodies and comments holding semicolons apply as written", async () => {
    const text = [
      "create table quotes (id int primary key, v text not null);",
      "insert into quotes values (1, E'it\\'s; x');",
      "-- a comment; with a semicolon, and a quote: it's",
      "/* a block comment; /* nested; */ still the comment; */",
      "insert into quotes values (2, 'doubled ''quotes''; here');",
      "create function quotes_body() returns text language plpgsql as $fn$",
      "begin",
      "  -- $$ in a comment; of a tagged body",
      "  return $$it's; $tag$ not an end; $tag$ done$$;",
      "end",
      "$fn$;",
      "insert into quotes values (3, quotes_body());",
      "insert into quotes values (4, 'café; ☕ 😀');",
      "do $$ begin insert into quotes values (5, $q$from a DO; block$q$); end $$;",
      "",
    ].join("\n");
    const d = scratch.dir({ "20250701000000_quoting.sql": text });
    assert.deepEqual((await migrate(client, { dir: d })).applied, ["20250701000000_quoting.sql"]);

    const rows = await client.query("select id, v from quotes order by id");
    assert.deepEqual(rows.rows, [
      { id: 1, v: "it's; x" },
      { id: 2, v: "doubled 'quotes'; here" },
      { id: 3, v: "it's; $tag$ not an end; $tag$ done" },
      { id: 4, v: "café; ☕ 😀" },
      { id: 5, v: "from a DO; block" },
    ]);
    const history = await client.query("select statements from supabase_migrations.schema_migrations where version = '20250701000000'");
    assert.deepEqual(history.rows[0].statements, [
      "create table quotes (id int primary key, v text not null)",
      "insert into quotes values (1, E'it\\'s; x')",
      "insert into quotes values (2, 'doubled ''quotes''; here')",
      "create function quotes_body() returns text language plpgsql as $fn$\nbegin\n  -- $$ in a comment; of a tagged body\n  return $$it's; $tag$ not an end; $tag$ done$$;\nend\n$fn$",
      "insert into quotes values (3, quotes_body())",
      "insert into quotes values (4, 'café; ☕ 😀')",
      "do $$ begin insert into quotes values (5, $q$from a DO; block$q$); end $$",
    ]);
  });

  test("an error the server places is reported at its line, counted in characters past multi-byte text", async () => {
    const err = await failureOf(
      "20250702000000",
      [
        "create table notes (body text);",
        "insert into notes values ('naïve ☕ 😀 — a long; line'), (E'it\\'s; x');",
        "",
        "/* 😀😀😀😀😀😀😀😀 */ select body",
        "  from notes",
        "  where",
        "    no_such_column = 1;",
        "insert into notes values ('never');",
      ].join("\n"),
    );
    assert.equal(err.line, 7);
    assert.match(err.message, /^20250702000000_failing\.sql:7: column "no_such_column" does not exist\n/);
    assert.match(err.message, /\n {2}in the statement at line 4: select body …\n/);
    assert.match(err.message, /was rolled back; earlier migrations stay applied/);
    assert.equal((await client.query("select to_regclass('notes') is null as absent")).rows[0].absent, true);
  });

  test("a run-time error with no position names the statement the server was running", async () => {
    const err = await failureOf(
      "20250703000000",
      ["create table keyed (id int primary key);", "insert into keyed values (1);", "", "insert into keyed", "  values (1);", "insert into keyed values (2);"].join("\n"),
    );
    assert.equal(err.line, 4);
    assert.match(err.message, /^20250703000000_failing\.sql:4: duplicate key value violates unique constraint "keyed_pkey"\n {2}detail: Key \(id\)=\(1\) already exists\./);
    assert.match(err.message, /\n {2}in the statement at line 4: insert into keyed …/);
  });

  test("an exception raised in a DO block is reported at the line of the raise, in the right block", async () => {
    const err = await failureOf(
      "20250704000000",
      [
        "create table counted (id int);",
        "do $$ begin insert into counted values (1); end $$;",
        "do $$",
        "declare",
        "  n int;",
        "begin",
        "  select count(*) into n from counted;",
        "  raise exception 'expected no rows, found %', n;",
        "end",
        "$$;",
      ].join("\n"),
    );
    assert.equal(err.line, 8);
    assert.match(err.message, /^20250704000000_failing\.sql:8: expected no rows, found 1\n {2}where: PL\/pgSQL function inline_code_block line 6 at RAISE\n {2}in the statement at line 3: do \$\$ …/);
  });

  test("an error inside a function the file calls names the calling statement and the function", async () => {
    const err = await failureOf(
      "20250705000000",
      [
        "create function ratio(a int, b int) returns int language plpgsql as $$",
        "begin",
        "  return a / b;",
        "end $$;",
        "select ratio(4, 2);",
        "select ratio(1, 0);",
      ].join("\n"),
    );
    assert.equal(err.line, 6);
    assert.match(err.message, /^20250705000000_failing\.sql:6: division by zero\n( {2}where: PL\/pgSQL (SQL )?expression "a \/ b"\n)? {2}where: PL\/pgSQL function ratio\(integer,integer\) line 3 at RETURN\n {2}in the statement at line 6: select ratio\(1, 0\)$/m);
  });

  test("a deferred constraint that fails at commit names the file", async () => {
    const err = await failureOf(
      "20250705700000",
      "create table deferred_parent (id int primary key);\ncreate table deferred_child (parent int references deferred_parent deferrable initially deferred);\ninsert into deferred_child values (1);\n",
    );
    assert.equal(err.line, undefined);
    assert.match(err.message, /^20250705700000_failing\.sql \(at commit\): insert or update on table "deferred_child" violates foreign key constraint/);
    assert.equal((await client.query("select to_regclass('deferred_child') is null as absent")).rows[0].absent, true);
  });

  test("a file PostgreSQL's parser cannot read is still sent, and the server's syntax error is reported at its line", async () => {
    const err = await failureOf("20250705500000", "create table parsed_ok (id int);\n\ncreate tabel typo (id int);\n");
    assert.equal(err.line, 3);
    assert.match(err.message, /^20250705500000_failing\.sql:3: syntax error at or near "tabel"/);
  });

  test("a file wrapped whole in BEGIN … COMMIT runs in the runner's transaction, history row included", async () => {
    const d = scratch.dir({
      "20250706000000_wrapped.sql": "begin;\ncreate table wrapped (id int);\ninsert into wrapped values (1);\ncommit;\n",
      "20250707000000_wrapped_failing.sql": "BEGIN;\ncreate table wrapped_half (id int);\n\nselect 1 / 0;\nCOMMIT;\n",
    });
    await assert.rejects(migrate(client, { dir: d }), (err: unknown) => {
      assert.ok(err instanceof MigrationError);
      assert.match(err.message, /^20250707000000_wrapped_failing\.sql:4: division by zero/);
      return true;
    });
    const state = await client.query(
      "select to_regclass('wrapped') is not null as wrapped, to_regclass('wrapped_half') is null as half_absent, array(select version from supabase_migrations.schema_migrations where version in ('20250706000000', '20250707000000')) as versions",
    );
    assert.deepEqual(state.rows[0], { wrapped: true, half_absent: true, versions: ["20250706000000"] });
    const history = await client.query("select statements from supabase_migrations.schema_migrations where version = '20250706000000'");
    assert.deepEqual(history.rows[0].statements, ["begin", "create table wrapped (id int)", "insert into wrapped values (1)", "commit"]);
  });

  test("a COMMIT part-way through a file is refused before anything runs, unless the file was applied already", async () => {
    const commits = "create table before_commit (id int);\ncommit;\ncreate table after_commit (id int);\n";
    const d = scratch.dir({ "20250708000000_earlier.sql": "create table earlier_file (id int);", "20250708100000_commits.sql": commits });
    await assert.rejects(migrate(client, { dir: d }), /^MigrationError: 20250708100000_commits\.sql:2: COMMIT in a migration: each file runs in one transaction of its own/);
    const state = await client.query("select to_regclass('earlier_file') is null as earlier_absent, to_regclass('before_commit') is null as before_absent");
    assert.deepEqual(state.rows[0], { earlier_absent: true, before_absent: true });

    // As the earlier runner, statement by statement, could apply it.
    await client.query("insert into supabase_migrations.schema_migrations (version, name, statements) values ('20250708100000', 'commits', $1)", [
      ["create table before_commit (id int)", "commit", "create table after_commit (id int)"],
    ]);
    const r = await migrate(client, { dir: d });
    assert.deepEqual(r.applied, ["20250708000000_earlier.sql"]);
  });

  test("the Supabase and legacy layers report a failing file at its line too", async () => {
    const d = scratch.dir({ "01_ok.sql": "create table layer_ok (id int);", "02_bad.sql": "create table layer_bad (id int);\ninsert into layer_bad\n  values ('x');\n" });
    await client.query("begin");
    try {
      await assert.rejects(applySqlDir(client, d), (err: Error) => {
        assert.match(err.message, /02_bad\.sql:3: invalid input syntax for type integer: "x"/);
        return true;
      });
    } finally {
      await client.query("rollback");
    }
  });
});
