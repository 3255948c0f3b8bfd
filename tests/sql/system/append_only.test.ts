import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { assertRefused, asUser, DEMO } from "../../helpers/migration-kit.ts";

/**
 * The audit log, a lead's timeline and the wallet ledger are append-only for every API role
 * (anon, authenticated whatever their persona, service_role), on every path: the tables and
 * the compatibility views over them. The refusal is 42501 each time.
 */
describe("append-only records", () => {
  let db: TestDatabase;
  let auditId: string;
  let eventId: string;
  let completedEntry: string;
  let pendingEntry: string;

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    auditId = (await db.query("select id from audit_logs order by id limit 1")).rows[0].id;
    eventId = (await db.query("select event_id from lead_events where legacy_table = 'feedback_history' order by event_id limit 1")).rows[0].event_id;
    completedEntry = (await db.query("select ledger_id from profile_wallet_ledger where status = 'completed' order by ledger_id limit 1")).rows[0].ledger_id;
    pendingEntry = (await db.query("select ledger_id from profile_wallet_ledger where status = 'pending' and amount > 0 order by ledger_id limit 1")).rows[0].ledger_id;
  });
  afterAll(() => db?.drop());

  async function asServiceRole<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("set local role service_role");
      await c.query("select set_config('request.jwt.claims', '{\"role\":\"service_role\"}', true)");
      return await fn(c);
    } finally {
      await c.query("rollback").catch(() => {});
      c.release();
    }
  }

  test("admins cannot edit or delete audit log entries (nor can the service role)", async () => {
    await asUser(db, DEMO.admin, async (c) => {
      assert.ok((await c.query("select 1 from audit_logs where id = $1", [auditId])).rowCount === 1, "admins read it");
      await assertRefused(c, "update audit_logs set context = '{}' where id = $1", [auditId]);
      await assertRefused(c, "delete from audit_logs where id = $1", [auditId]);
      await assertRefused(c, "truncate audit_logs");
    });
    await asServiceRole(async (c) => {
      await assertRefused(c, "update audit_logs set context = '{}' where id = $1", [auditId]);
      await assertRefused(c, "delete from audit_logs where id = $1", [auditId]);
    });
  });

  test("an admin's audit entry is written as the admin, never as someone else", async () => {
    await asUser(db, DEMO.admin, async (c) => {
      await assertRefused(c, "insert into audit_logs (action, entity, entity_id, actor_id) values ('probe', 'probe', '1', $1)", [DEMO.agent]);
      const mine = await c.query("insert into audit_logs (action, entity, entity_id, created_at) values ('probe', 'probe', '1', '2020-01-01') returning actor_id, created_at > now() - interval '1 minute' as now");
      assert.deepEqual(mine.rows, [{ actor_id: DEMO.admin, now: true }]);
    });
  });

  test("no API role edits or deletes a lead event, directly or through feedback_history", async () => {
    for (const who of [DEMO.admin, DEMO.agent, DEMO.manager]) {
      await asUser(db, who, async (c) => {
        await assertRefused(c, "update lead_events set payload = '{}' where event_id = $1", [eventId]);
        await assertRefused(c, "delete from lead_events where event_id = $1", [eventId]);
      });
    }
    await asUser(db, DEMO.admin, async (c) => {
      await assertRefused(c, "update feedback_history set feedback_text = 'rewritten' where id = $1", [eventId]);
      await assertRefused(c, "delete from feedback_history where id = $1", [eventId]);
    });
    await asServiceRole(async (c) => {
      await assertRefused(c, "update lead_events set payload = '{}' where event_id = $1", [eventId]);
      await assertRefused(c, "delete from lead_events where event_id = $1", [eventId]);
    });
  });

  test("no API role edits or deletes a wallet entry; the service role only settles a pending one", async () => {
    for (const who of [DEMO.admin, DEMO.finance, DEMO.customer]) {
      await asUser(db, who, async (c) => {
        await assertRefused(c, "update profile_wallet_ledger set amount = amount + 1 where ledger_id = $1", [completedEntry]);
        await assertRefused(c, "delete from profile_wallet_ledger where ledger_id = $1", [completedEntry]);
      });
    }
    await asServiceRole(async (c) => {
      await assertRefused(c, "update profile_wallet_ledger set amount = amount + 1 where ledger_id = $1", [completedEntry]);
      await assertRefused(c, "update profile_wallet_ledger set status = 'failed' where ledger_id = $1", [completedEntry]);
      await assertRefused(c, "update wallet_transactions set description = 'rewritten' where id = $1", [completedEntry]);
      await assertRefused(c, "delete from profile_wallet_ledger where ledger_id = $1", [completedEntry]);
      await assertRefused(c, "delete from wallet_transactions where id = $1", [completedEntry]);
      assert.equal((await c.query("update profile_wallet_ledger set status = 'completed' where ledger_id = $1", [pendingEntry])).rowCount, 1);
    });
  });
});
