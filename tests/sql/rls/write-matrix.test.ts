import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { loadMatrix, matrixFixtures, personas, type Fixtures, type Persona } from "./matrix.ts";
import { checkCompatViews, checkWriteModel, loadWriteModel, mismatches, type Outcome } from "./write-model.ts";

/**
 * Every cell of sql/rls/write-model.json in SQL: per exposed table, persona and column an insert
 * and an update that set that column alone to a valid new value, as the persona (role and claims
 * as the gateway sets them, constraints and triggers on), and every transition of the status
 * columns. A refusal counts only as a permission error (42501, or the table's own SQLSTATE the
 * model names); any other error means the probe was not a valid write and fails the test too.
 */
const matrix = loadMatrix();
const model = loadWriteModel();

describe("write model", () => {
  let db: TestDatabase;
  let client: pg.PoolClient;
  let people: Persona[];
  let fx: Fixtures = {};
  let actor = "";

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    client = await db.pool.connect();
    people = await personas(client, matrix);
    ({ fx, actor } = await matrixFixtures(client, people));
  });
  afterAll(async () => {
    client?.release();
    await db?.drop();
  });

  test("the write model covers every table and view of the read matrix", () => {
    assert.deepEqual(Object.keys(model.tables), Object.keys(matrix.tables));
  });

  test("every cell holds in SQL: no unexpected allow, and every refusal is a permission error", async () => {
    const r = await checkWriteModel(client, model, matrix, people, fx, actor);
    const by = (o: Outcome) => r.cells.filter((x) => x.got === o).length;
    const unexpectedAllows = r.cells.filter((x) => (x.got === "allowed" || x.got === "derived") && !x.expected.includes(x.got)).length;
    console.log(
      `write model: ${r.cells.length} cells (${r.cells.filter((x) => x.op === "insert").length} inserts, ${r.cells.filter((x) => x.op === "update").length} updates, ` +
        `${r.cells.filter((x) => x.op === "transition").length} transitions) over ${Object.keys(model.tables).length} tables and views × ${people.length} personas: ` +
        `${by("allowed")} allowed, ${by("derived")} set by the database, ${by("refused")} refused (42501 or the model's code), ${by("unreachable")} no row reachable, ` +
        `${by("error")} other errors; ${unexpectedAllows} unexpected allows`,
    );
    assert.equal(unexpectedAllows, 0);
    assert.deepEqual(mismatches(r), []);
  });

  test("the same cells hold through the compatibility views the old app writes (their INSTEAD OF triggers run as the caller)", async () => {
    const r = await checkCompatViews(client, model, matrix, people, fx);
    const by = (o: Outcome) => r.cells.filter((x) => x.got === o).length;
    const narrower = r.cells.filter((x) => x.got === "refused" && !x.expected.every((e) => e === "refused" || e === "unreachable")).length;
    console.log(
      `write model through ${Object.keys(model.compat ?? {}).length} compatibility views: ${r.cells.length} cells, ${by("allowed")} allowed, ${by("refused")} refused ` +
        `(${narrower} where the table would allow it: the view writes columns the persona may not), ${by("unreachable")} no row reachable, ${by("derived")} set by the database, ${by("error")} other errors`,
    );
    assert.ok(by("allowed") > 0 && by("refused") > 0);
    assert.deepEqual(mismatches(r), []);
  });
});
