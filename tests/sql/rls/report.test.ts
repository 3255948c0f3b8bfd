import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "@jest/globals";
import { loadRlsSpec, renderRlsMatrix, RLS_MATRIX_DOC } from "../../../server/docs/rls-matrix.ts";

test("docs/rls-matrix.md is the readable form of sql/rls/matrix.json (run `npm run docs:rls`)", () => {
  assert.equal(readFileSync(RLS_MATRIX_DOC, "utf8"), renderRlsMatrix(loadRlsSpec()));
});
