import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type pg from "pg";
import type { MappingCheck } from "../../../server/verify/mappings.ts";
import { runVerification, type Verification } from "../../../server/verify/run.ts";
import { runSalemateOn } from "../../helpers/cli.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

/**
 * verify stays true while the app runs: rows the workflows write after the migration are told
 * apart from carried ones (they have no legacy id) and counted as written since, never as extra
 * or lost; a carried row the app changes where it may (appWrites, or a kept row updated since) is
 * changed since; a carried row deleted with its deletion on record is deleted since. What the app
 * could not have done (a row gone with no record, a value changed without an update) still fails.
 */

let db: TestDatabase;
const ids: Record<string, string> = {};

/** Runs `fn` as the profile with this e-mail (or id), the way the gateway sets a request up, and commits. */
async function as<T>(who: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await db.pool.connect();
  try {
    await c.query("begin");
    await c.query("set local role authenticated");
    await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: ids[who] ?? who, role: "authenticated" })]);
    const out = await fn(c);
    await c.query("commit");
    return out;
  } catch (err) {
    await c.query("rollback").catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

async function verification(): Promise<Verification> {
  const c = await db.pool.connect();
  try {
    return await runVerification(c);
  } finally {
    c.release();
  }
}

function check(v: Verification, legacy: string, target?: string): MappingCheck {
  const m = v.mappings.find((x) => x.legacy === legacy && (!target || x.target === target));
  assert.ok(m, `${legacy} is verified`);
  return m;
}

const failures = (v: Verification) => v.mappings.filter((m) => !m.ok).map((m) => `${m.legacy}→${m.target}: ${m.problem}`);

beforeAll(async () => {
  db = await createTestDatabase({ stage: "migrated", seedScale: 1 });
  const { rows } = await db.query<{ email: string; id: string }>("select email, id from public.profiles where email like '%@salemate.test'");
  for (const r of rows) ids[r.email] = r.id;
});
afterAll(() => db?.drop());

describe("verify while the app runs", () => {
  test("after ordinary use (a top-up approved by finance, a lead created, support replies, a notification read) verify still passes, counting the new rows as written since", async () => {
    const before = await verification();
    assert.deepEqual(failures(before), []);

    // finance approves a legacy top-up request: a ledger entry, the request approved, a notification
    const { rows: [request] } = await db.query<{ id: string }>(
      `select r.id from public.wallet_topup_requests r where r.status = 'pending' and r.user_id <> $1
          and not exists (select 1 from public.profile_wallet_ledger l where l.reference_type = 'wallet_topup_request' and l.reference_id = r.id)
        order by r.id limit 1`, [ids["finance@salemate.test"]]);
    await as("finance@salemate.test", (c) => c.query("select status from public.approve_wallet_topup($1, 'receipt checked')", [request!.id]));
    // an agent creates a lead (GraphQL createLead) and corrects a client's name on a legacy one of theirs (updateLead)
    const { rows: [project] } = await db.query<{ id: string }>("select id from public.inventory_projects order by id limit 1");
    await as("agent@salemate.test", (c) => c.query(
      "insert into public.leads (client_name, client_phone, platform, project_id, owner_id) values ('Nadia Fahmy', '+201001234567', 'Facebook', $1, $2)",
      [project!.id, ids["agent@salemate.test"]]));
    const { rows: [lead] } = await db.query<{ id: string }>(
      "select l.id from public.leads l join salemate.legacy_snapshot_rows s on s.table_name = 'leads' and s.key = l.id::text where l.assigned_to_id = $1 order by l.id limit 1",
      [ids["agent@salemate.test"]]);
    const corrected = await as("agent@salemate.test", (c) => c.query("update public.leads set client_name = client_name || ' (corrected)' where id = $1", [lead!.id]));
    assert.equal(corrected.rowCount, 1, "the agent updates a lead assigned to them");
    // support answers a customer's legacy thread (it moves to in_progress), a customer opens a new one
    const { rows: [thread] } = await db.query<{ thread_id: string }>(
      "select thread_id from public.support_threads where status = 'open' and legacy_created_by is not null and created_by <> $1 order by thread_id limit 1",
      [ids["support@salemate.test"]]);
    await as("support@salemate.test", (c) => c.query("select message_id from public.reply_to_support_thread($1, 'We are looking into it.')", [thread!.thread_id]));
    await as("customer@salemate.test", (c) => c.query("select thread_id from public.open_support_thread('Receipt not accepted', 'My bank receipt was refused twice.')"));
    // a user reads one of their legacy notifications (the legacy app's RPC)
    const { rows: [note] } = await db.query<{ notification_id: string; profile_id: string }>(
      "select notification_id, profile_id from public.activity_notifications where status <> 'read' order by notification_id limit 1");
    const read = await as(note!.profile_id, (c) => c.query<{ changed: boolean }>("select public.mark_notification_read($1, $2) as changed", [note!.notification_id, note!.profile_id]));
    assert.equal(read.rows[0]!.changed, true);

    const v = await verification();
    assert.deepEqual(failures(v), []);
    assert.deepEqual(v.schema.filter((s) => !s.ok), []);
    assert.equal(v.ok, true);

    const notifications = check(v, "notifications");
    assert.equal(notifications.legacyRows, check(before, "notifications").legacyRows);
    assert.equal(notifications.carried + notifications.rejected, notifications.legacyRows, "the legacy rows are all accounted for, the new ones apart");
    assert.ok(notifications.writtenSince >= 2, `approval and reply notifications are written since (${notifications.writtenSince})`);
    assert.equal(notifications.changedSince, 1, "the notification read since is changed since");

    const leads = check(v, "leads");
    assert.equal(leads.kind, "kept");
    assert.equal(leads.writtenSince, 1);
    assert.equal(leads.changedSince, 1, "the corrected name is a change since (the row's updated_at moved)");
    assert.equal(leads.carried, leads.legacyRows);

    const threads = check(v, "support_cases", "support_threads");
    assert.equal(threads.writtenSince, 1);
    assert.equal(threads.changedSince, 1, "the thread the reply moved to in_progress");
    const ledger = (x: Verification) => x.newRows.find((r) => r.target === "profile_wallet_ledger")?.rows ?? 0;
    assert.equal(ledger(v), ledger(before) + 1, "the approval's ledger entry comes from no legacy table");
    assert.ok(v.summary.writtenSince >= 4);

    const cli = await runSalemateOn(db.url, ["verify"]);
    assert.equal(cli.code, 0, cli.stdout + cli.stderr);
    assert.match(cli.stdout, /notifications\s+activity_notifications\s+800\s+\d+\s+\d+\s+\w+\s+ok; \d+ written since/);
    assert.match(cli.stdout, /verify: OK, nothing lost/);
    assert.doesNotMatch(cli.stdout, /extra rows/);
  });

  test("salemate verify --json gives the same structure: every table with its status, counts and orphans, and the summary", async () => {
    const cli = await runSalemateOn(db.url, ["verify", "--json"]);
    assert.equal(cli.code, 0, cli.stderr);
    const v = JSON.parse(cli.stdout) as Verification;
    assert.equal(v.ok, true);
    const leads = v.mappings.find((m) => m.legacy === "leads")!;
    assert.equal(leads.status, "ok");
    assert.equal(typeof leads.writtenSince, "number");
    assert.ok(Array.isArray(leads.orphans));
    assert.equal(v.summary.failed, 0);
    const { rows: [snap] } = await db.query<{ n: number }>("select count(*)::int as n from salemate.legacy_snapshot");
    assert.equal(v.summary.tables + v.derived.length, snap!.n, "every legacy table phase 1 saw is verified (lead_analytics_mv counted as derived)");
    assert.ok(Array.isArray(v.notOurs));
  });

  test("a carried row the app deleted, with the deletion on record (audit_logs), is deleted since, not lost", async () => {
    // Gone without the deletion log's trigger (as a loss would be): LOST until audit_logs records it.
    const c = await db.pool.connect();
    let row: { event_id: string; legacy_id: string } | undefined;
    try {
      await c.query("begin");
      await c.query("set local session_replication_role = replica");
      ({ rows: [row] } = await c.query<{ event_id: string; legacy_id: string }>(
        "delete from public.lead_events where event_id = (select event_id from public.lead_events where legacy_table = 'lead_activities' order by event_id limit 1) returning event_id, legacy_id"));
      await c.query("commit");
    } finally {
      c.release();
    }
    const lost = check(await verification(), "lead_activities");
    assert.equal(lost.status, "lost");
    assert.equal(lost.lost, 1);
    assert.deepEqual(lost.examples, [row!.legacy_id]);

    await as("admin@salemate.test", (c) => c.query("insert into public.audit_logs (actor_id, action, entity, entity_id) values ($1, 'delete', 'lead_events', $2)",
                                                    [ids["admin@salemate.test"], row!.legacy_id]));
    const v = await verification();
    const m = check(v, "lead_activities");
    assert.equal(m.ok, true, m.problem);
    assert.equal(m.deletedSince, 1);
    assert.equal(m.lost, 0);
    assert.equal(m.carried + m.rejected + m.deletedSince, m.legacyRows);
    assert.equal(m.sourceChecksum, m.targetChecksum);
  });

  test("a carried row deleted the way the app deletes (as a signed-in user, no audit entry) is deleted since: the deletion log records it", async () => {
    const { rows: [label] } = await db.query<{ id: string; legacy_id: string }>(
      "select label_id::text as id, legacy_id from public.lead_labels where legacy_id is not null order by label_id limit 1");
    const deleted = await as("admin@salemate.test", (c) => c.query("delete from public.lead_labels where label_id::text = $1", [label!.id]));
    assert.equal(deleted.rowCount, 1, "an admin may delete a lead's label");
    const logged = await db.query("select table_name, legacy_table, legacy_id, deleted_by from salemate.deleted_rows where row_id = $1", [label!.id]);
    assert.deepEqual(logged.rows, [{ table_name: "lead_labels", legacy_table: null, legacy_id: label!.legacy_id, deleted_by: ids["admin@salemate.test"] }]);
    const m = check(await verification(), "lead_tags");
    assert.equal(m.ok, true, m.problem);
    assert.equal(m.deletedSince, 1);
    assert.equal(m.lost, 0);
  });

  test("a kept table's row gone without a record (a profile deleted by hand) fails verify, naming profiles", async () => {
    const { rows: [p] } = await db.query<{ id: string }>(
      "select p.id from public.profiles p where p.email not like '%@salemate.test' and p.id::text in (select key from salemate.legacy_snapshot_rows where table_name = 'profiles') order by p.id limit 1");
    const c = await db.pool.connect();
    try {
      // (no cascade, no trigger: the row just goes, as a loss would)
      await c.query("begin");
      await c.query("set local session_replication_role = replica");
      await c.query("delete from public.profiles where id = $1", [p!.id]);
      await c.query("commit");
    } finally {
      c.release();
    }
    const v = await verification();
    const profiles = check(v, "profiles");
    assert.equal(profiles.kind, "kept");
    assert.equal(profiles.status, "lost");
    assert.equal(profiles.lost, 1);
    assert.deepEqual(profiles.examples, [p!.id]);
    assert.equal(v.ok, false);

    const cli = await runSalemateOn(db.url, ["verify"]);
    assert.equal(cli.code, 1, cli.stdout + cli.stderr);
    assert.match(cli.stdout, new RegExp(`profiles\\s+profiles\\s+88\\s+87\\s+0\\s+\\S+\\s+FAIL: 88 legacy rows but 87 carried \\+ 0 rejected \\(rows missing\\): LOST 1[^\\n]*${p!.id}`));
    assert.match(cli.stdout, /verify: FAILED/);
  });

  test("a kept column changed without the row being updated (not the app: updated_at did not move) fails the checksum", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("set local session_replication_role = replica");
      await c.query("update public.lead_batches set batch_name = batch_name || ' (renamed)' where id = (select id from public.lead_batches order by id limit 1)");
      await c.query("commit");
    } finally {
      c.release();
    }
    const m = check(await verification(), "lead_batches");
    assert.equal(m.status, "changed");
    assert.match(m.problem ?? "", /checksums differ: carried values do not match the legacy rows \(1 row\(s\), not updated since\)/);
  });
});
