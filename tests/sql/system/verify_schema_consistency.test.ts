import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { VERIFY_SQL_DIR } from "../../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

const SCRIPT = readFileSync(path.join(VERIFY_SQL_DIR, "verify_schema_consistency.sql"), "utf8");

interface Check {
  check: string;
  ok: boolean;
  detail: string | null;
}

async function run(c: pg.ClientBase): Promise<Check[]> {
  await c.query("set local salemate.verify_report_only = on");
  await c.query(SCRIPT);
  return (await c.query<Check>(`select "check", ok, detail from salemate.verify_schema_consistency()`)).rows;
}

describe("sql/verify/verify_schema_consistency.sql", () => {
  let db: TestDatabase;
  let c: pg.PoolClient;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    c = await db.pool.connect();
  });
  afterAll(async () => {
    c?.release();
    await db?.drop();
  });

  test("on the migrated schema, the checks of phases 5-7 and the security invariants pass", async () => {
    await c.query("begin");
    try {
      const rows = await run(c);
      const mine = rows.filter((r) => /^phase [567]|^policy |row-level security|security_invoker|security-definer|materialized views/.test(r.check));
      assert.ok(mine.length >= 60, `${mine.length} checks`);
      assert.deepEqual(mine.filter((r) => !r.ok), []);
      const names = rows.map((r) => r.check);
      for (const phase of [2, 3, 4]) assert.ok(names.some((n) => n.startsWith(`phase ${phase}: `)), `phase ${phase} objects are listed too`);
    } finally {
      await c.query("rollback");
    }
  });

  test("a broken invariant fails its check with the culprit, and the script raises unless asked only to report", async () => {
    await c.query("begin");
    try {
      await c.query("alter table public.inventory_items disable row level security");
      await c.query("alter view public.support_activity set (security_invoker = false)");
      await c.query(`drop policy "Internal messages are for staff only" on public.support_messages`);
      await c.query(`create or replace view public.projects with (security_invoker = true) as select * from legacy_archive.projects`);
      const failed = (await run(c)).filter((r) => !r.ok);
      const find = (prefix: string) => failed.find((r) => r.check.startsWith(prefix));
      assert.match(find("every public table has row-level security enabled")?.detail ?? "", /\binventory_items\b/);
      assert.match(find("every public view is security_invoker")?.detail ?? "", /\bsupport_activity\b/);
      assert.ok(find(`policy "Internal messages are for staff only"`));
      assert.match(find("phase 5: legacy name projects")?.detail ?? "", /still reads legacy_archive/);

      await c.query("set local salemate.verify_report_only = off");
      await c.query("savepoint s");
      await assert.rejects(c.query(SCRIPT), /schema consistency checks failed:[\s\S]*inventory_items/);
      await c.query("rollback to savepoint s");
    } finally {
      await c.query("rollback");
    }
  });
});
