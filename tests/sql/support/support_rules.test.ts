import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { migratedWithFixture } from "../../helpers/migration-kit.ts";

/**
 * Phase 6 carries support cases and replies set-based, with salemate.profile_id_from_text (the
 * case's creator and assignee) and salemate.attachments_array (a reply's attachments) spelled out
 * in the copy as joins and a CASE (both functions pin their search_path, so they ran per row).
 * The functions stay for the compatibility views. Both must read every legacy value alike.
 */
const TWIN_A = "7a1e0000-0000-4000-8000-00000000000a";
const TWIN_B = "7a1e0000-0000-4000-8000-00000000000b";
const FIXTURE = `
  select set_config('session_replication_role', 'replica', false);
  insert into auth.users (id, email, created_at) values ('${TWIN_A}', 'Twin@Rules.test', now()), ('${TWIN_B}', 'twin@rules.test', now());
  insert into profiles (id, email, name, role) values ('${TWIN_A}', 'Twin@Rules.test', 'Twin A', 'user'), ('${TWIN_B}', 'twin@rules.test', 'Twin B', 'user');
  select set_config('session_replication_role', 'origin', false);
  with p as (select id, email from profiles where id not in ('${TWIN_A}', '${TWIN_B}') order by id limit 1),
  refs(r) as (
    select unnest(array[
      (select id::text from p), '  ' || (select id::text from p) || ' ', upper((select id::text from p)),
      (select email from p), upper((select email from p)), ' ' || (select email from p),
      'Twin@Rules.test', 'twin@rules.test', 'TWIN@RULES.TEST', 'nobody@rules.test', '@', 'not a person', '',
      '00000000-0000-4000-8000-000000000000', '${TWIN_A}'])
  )
  insert into support_cases (created_by, assigned_to, subject, description, status, priority)
  select coalesce(c.r, (select id::text from p)), a.r, 'rules fixture', 'd', 'open', 'medium'
  from refs c full join (select r from refs union all select null) a on true;
  insert into support_case_replies (case_id, user_id, message, attachments)
  select sc.id, (select id from profiles where id not in ('${TWIN_A}', '${TWIN_B}') order by id limit 1), 'rules fixture', x.a
  from (select id from support_cases where subject = 'rules fixture' limit 1) sc,
       unnest(array[null, 'null', '[]', '[{"url": "https://x.eg/a"}]', '{"url": "https://x.eg/b"}', '"https://x.eg/c"', '5', '{}']::jsonb[]) x(a);`;

describe("support rules", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE, "20251201000600");
  });
  afterAll(() => db?.drop());

  test("each case's creator and assignee are the profiles salemate.profile_id_from_text resolves", async () => {
    const { rows } = await db.query(`
      select s.created_by as legacy_created_by, s.assigned_to as legacy_assigned_to, t.thread_id, t.created_by, t.assigned_to,
             salemate.profile_id_from_text(s.created_by) as want_created_by, salemate.profile_id_from_text(s.assigned_to) as want_assigned_to
      from legacy_archive.support_cases s left join public.support_threads t on t.thread_id = s.id
      where s.subject = 'rules fixture'`);
    assert.ok(rows.length > 200);
    const wrong: string[] = [];
    for (const r of rows) {
      const what = `${JSON.stringify(r.legacy_created_by)} / ${JSON.stringify(r.legacy_assigned_to)}`;
      if (r.want_created_by === null) {
        if (r.thread_id !== null) wrong.push(`${what}: carried although its creator resolves to no one`);
      } else if (r.thread_id === null || r.created_by !== r.want_created_by || r.assigned_to !== r.want_assigned_to) {
        wrong.push(`${what}: ${r.created_by} / ${r.assigned_to}, function ${r.want_created_by} / ${r.want_assigned_to}`);
      }
    }
    assert.deepEqual(wrong, []);
    const resolved = new Set(rows.map((r) => r.want_assigned_to).filter(Boolean));
    assert.ok(resolved.has(TWIN_A) && resolved.has(TWIN_B), "exact e-mails of the two profiles whose e-mails differ only in case resolve to each");
    assert.ok(rows.some((r) => r.legacy_assigned_to === "TWIN@RULES.TEST" && r.thread_id && r.assigned_to === null), "an e-mail two profiles share (case aside) resolves to no one");
  });

  test("each reply's attachments are what salemate.attachments_array makes of the legacy value", async () => {
    const { rows } = await db.query(`
      select s.attachments as legacy, m.attachments, salemate.attachments_array(s.attachments) as want
      from legacy_archive.support_case_replies s join public.support_messages m on m.message_id = s.id
      where s.message = 'rules fixture'`);
    assert.equal(rows.length, 8);
    for (const r of rows) assert.deepEqual(r.attachments, r.want, JSON.stringify(r.legacy));
  });
});
