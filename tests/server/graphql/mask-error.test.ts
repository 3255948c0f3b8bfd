import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { GraphQLError } from "graphql";
import pg from "pg";
import { pino } from "pino";
import { Writable } from "node:stream";
import { makeMaskError } from "../../../server/graphql/plugins/errors.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

/**
 * What a client sees when PostgreSQL refuses its input: real errors from a real PostgreSQL, each
 * through the gateway's error masking. Input errors get a client code, never INTERNAL, and are
 * not logged as unexpected; a bug of ours (an undefined function) is INTERNAL with an error id.
 */
describe("error masking of PostgreSQL's refusals", () => {
  let db: TestDatabase;
  let client: pg.Client;
  const logged: any[] = [];
  const mask = makeMaskError(
    pino(
      { level: "error" },
      new Writable({
        write(chunk, _enc, cb) {
          logged.push(JSON.parse(String(chunk)));
          cb();
        },
      }),
    ),
  );
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "empty" });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query("create temp table t (k int primary key, s varchar(3), b box, exclude using gist (b with &&))");
    await client.query("insert into t values (1, 'a', box '((0,0),(1,1))')");
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  const refusal = async (sql: string): Promise<Error> => {
    try {
      await client.query(sql);
    } catch (e) {
      return e as Error;
    }
    throw new Error(`PostgreSQL accepted: ${sql}`);
  };

  const cases: Array<[string, string, string]> = [
    ["NUL in text (22021)", "select convert_from('\\x6100'::bytea, 'UTF8')", "INVALID_TEXT"],
    ["NUL in JSON text (22P05)", `select ('{"a":"\\u0000"}'::jsonb)->>'a'`, "INVALID_TEXT"],
    ["JSON nested too deep for the stack (54001)", `select (repeat('[', 200000) || repeat(']', 200000))::jsonb`, "INPUT_TOO_COMPLEX"],
    ["a requested length too large (54000)", "select repeat('x', 1073741824)", "VALUE_TOO_LARGE"],
    ["too long for the column (22001)", "insert into t (k, s) values (2, 'abcd')", "VALUE_TOO_LONG"],
    ["another data exception (22P02)", "select 'x'::int", "INVALID_VALUE"],
    ["the rest of class 22 (22025, invalid escape sequence)", "select 'a' like 'a' escape 'ab'", "INVALID_VALUE"],
    ["a duplicate key (23505)", "insert into t (k) values (1)", "ALREADY_EXISTS"],
    ["the rest of class 23 (23P01, exclusion)", "insert into t (k, b) values (3, box '((0,0),(2,2))')", "CONSTRAINT_VIOLATION"],
  ];
  for (const [name, sql, code] of cases) {
    test(`${name} → ${code}, not logged as unexpected`, async () => {
      const original = await refusal(sql);
      // The case names the SQLSTATE it means to produce: PostgreSQL must really raise that one.
      assert.equal((original as { code?: string }).code, /\((\w{5})[,)]/.exec(name)![1], original.message);
      const before = logged.length;
      const masked = mask(new GraphQLError(original.message, { originalError: original }));
      assert.equal(masked.extensions.code, code, `${(original as { code?: string }).code}: ${original.message}`);
      assert.doesNotMatch(masked.message, /select|insert|jsonb|repeat/i, "no SQL in the message");
      assert.equal(logged.length, before);
    });
  }

  test("a fault of ours (an undefined function) is INTERNAL with an error id, logged with the cause", async () => {
    const original = await refusal("select salemate_no_such_function()");
    const masked = mask(new GraphQLError(original.message, { originalError: original }));
    assert.equal(masked.extensions.code, "INTERNAL");
    assert.match(masked.message, /error id [0-9a-f-]{36}/);
    assert.equal(logged.at(-1)?.errorId, masked.extensions.errorId);
  });
});
