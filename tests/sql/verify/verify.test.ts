import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { ROOT } from "../../../server/paths.ts";
import { runVerification } from "../../../server/verify/run.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

function salemateVerify(databaseUrl: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), "verify"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: "v".repeat(40) },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe("salemate verify", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", seedScale: 1 });
  });
  afterAll(() => db.drop());

  test("after a full migration of messy scale-1 data every mapping reconciles and every schema check passes", async () => {
    const c = await db.pool.connect();
    try {
      const v = await runVerification(c);
      assert.deepEqual(v.mappings.filter((m) => !m.ok).map((m) => `${m.legacy}→${m.target}: ${m.problem}`), []);
      assert.deepEqual(v.schema.filter((s) => !s.ok).map((s) => `${s.check}: ${s.detail}`), []);
      assert.ok(v.mappings.length >= 29, `${v.mappings.length} mappings checked`);
      assert.ok(v.mappings.every((m) => m.legacyRows > 0), "every mapping had legacy rows to carry");
      assert.ok(v.mappings.some((m) => m.rejected > 0), "the messy data produced rejects, and they are accounted for");
      assert.ok(v.schema.length > 50, `${v.schema.length} schema checks`);
    } finally {
      c.release();
    }
    const cli = salemateVerify(db.url);
    assert.equal(cli.code, 0, cli.out);
    assert.match(cli.out, /verify: OK, nothing lost/);
    assert.match(cli.out, /wallet_transactions\s+profile_wallet_ledger\s+800\s+\d+\s+\d+\s+\w+\s+ok/);
  });

  test("a migrated row deleted afterwards is caught: exit 1, naming the mapping", async () => {
    await db.query("delete from public.lead_events where event_id = (select event_id from public.lead_events where legacy_table = 'case_feedback' order by event_id limit 1)");
    const cli = salemateVerify(db.url);
    assert.equal(cli.code, 1, cli.out);
    assert.match(cli.out, /case_feedback\s+lead_events\s+400\s+399\s+0\s+.*FAIL: 400 legacy rows but 399 carried \+ 0 rejected \(rows missing\)/);
    assert.match(cli.out, /verify: FAILED/);
  });

  test("a carried value changed afterwards is caught by the checksum", async () => {
    await db.query("update public.lead_tasks set due_at = due_at + interval '1 day' where task_id = (select task_id from public.lead_tasks where legacy_table = 'lead_reminders' order by task_id limit 1)");
    const c = await db.pool.connect();
    try {
      const v = await runVerification(c);
      const m = v.mappings.find((x) => x.legacy === "lead_reminders");
      assert.ok(m, "lead_reminders mapping is verified");
      assert.equal(m.ok, false);
      assert.match(m.problem ?? "", /checksums differ/);
    } finally {
      c.release();
    }
  });
});
