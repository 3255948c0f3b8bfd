// The realtime audience of a lead (sql/migrations/20251201001300_realtime_lead_audience.sql) is
// the leads read policies read from the lead's side. This checks it against RLS itself, for every
// seeded profile and every lead: if the policies change and the audience does not, this fails.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

let db: TestDatabase;
let profiles: Array<{ id: string; staff: boolean }>;
/** Lead ids each profile reads under RLS, as that profile. */
const visible = new Map<string, Set<string>>();
let allLeads: Set<string>;

beforeAll(async () => {
  db = await createTestDatabase({ stage: "migrated" });
  const c = await db.pool.connect();
  try {
    profiles = (
      await c.query(`
        select p.id, (p.role::text in ('admin', 'support')
                      or exists (select 1 from team_memberships m where m.profile_id = p.id and m.role = 'support' and m.status = 'active')) as staff
        from profiles p order by p.id`)
    ).rows;
    allLeads = new Set((await c.query("select id from leads")).rows.map((r) => r.id));
    for (const p of profiles) {
      await c.query("begin");
      await c.query("set local role authenticated");
      await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: p.id, role: "authenticated" })]);
      visible.set(p.id, new Set((await c.query("select id from public.leads")).rows.map((r) => r.id)));
      await c.query("rollback");
    }
  } finally {
    c.release();
  }
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

const sorted = (s: Iterable<string>) => [...s].sort();

describe("realtime audience of a lead = who the leads read policies let see it", () => {
  test("the data is varied enough to mean something", () => {
    assert.ok(profiles.length >= 8, `${profiles.length} profiles`);
    assert.ok(allLeads.size >= 50, `${allLeads.size} leads`);
    const counts = profiles.filter((p) => !p.staff).map((p) => visible.get(p.id)!.size);
    assert.ok(counts.some((n) => n === 0), "someone sees no lead");
    assert.ok(counts.some((n) => n > 0 && n < allLeads.size), "someone sees some leads but not all");
    assert.ok(profiles.some((p) => p.staff), "there is staff");
  });

  test("lead_feed_recipients: a profile is in a lead's audience exactly when RLS lets it read the lead (staff: its own set)", async () => {
    const rows = (await db.query("select l.id as lead, r.profile_id, r.sees from leads l cross join lateral salemate.lead_feed_recipients(l.id) r")).rows;
    assert.ok(rows.every((r) => r.sees === true), "no REMOVED without a former audience");
    const feed = new Map<string, Set<string>>();
    for (const r of rows) feed.set(r.profile_id, (feed.get(r.profile_id) ?? new Set()).add(r.lead));
    let compared = 0;
    for (const p of profiles) {
      const mine = feed.get(p.id) ?? new Set<string>();
      if (p.staff) {
        // Support reads every lead but its feed is its own leads; admins manage everyone.
        for (const l of mine) assert.ok(visible.get(p.id)!.has(l));
        continue;
      }
      assert.deepEqual(sorted(mine), sorted(visible.get(p.id)!), `feed of ${p.id}`);
      compared++;
    }
    assert.ok(compared >= 5);
  });

  test("lead_readers: exactly the profiles RLS lets read the lead, staff included", async () => {
    const ids = profiles.map((p) => p.id);
    const rows = (await db.query("select l.id as lead, r as profile_id from leads l cross join lateral salemate.lead_readers(l.id, $1::uuid[]) r", [ids])).rows;
    const readers = new Map<string, Set<string>>();
    for (const r of rows) readers.set(r.profile_id, (readers.get(r.profile_id) ?? new Set()).add(r.lead));
    for (const p of profiles) assert.deepEqual(sorted(readers.get(p.id) ?? []), sorted(visible.get(p.id)!), `readers: ${p.id}`);
    // Only the candidates asked about are answered.
    const one = (await db.query("select r from leads l cross join lateral salemate.lead_readers(l.id, $1::uuid[]) r", [[ids[0]]])).rows;
    assert.ok(one.every((r) => r.r === ids[0]));
  });

  test("after a reassignment, the former audience that lost the lead is named (sees = false), the rest still sees it", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const lead = (await c.query("select id, owner_id, assigned_to_id, buyer_user_id from leads where assigned_to_id is not null and owner_id = assigned_to_id order by id limit 1")).rows[0];
      const before = new Set((await c.query("select profile_id from salemate.lead_feed_recipients($1)", [lead.id])).rows.map((r) => r.profile_id));
      const other = (await c.query("select id from profiles where id <> all($1::uuid[]) and role::text = 'user' order by id limit 1", [[...before]])).rows[0].id;
      await c.query("update leads set owner_id = $2, assigned_to_id = $2, buyer_user_id = $2 where id = $1", [lead.id, other]);
      const after = (await c.query("select profile_id, sees from salemate.lead_feed_recipients($1, $2::uuid[])", [lead.id, [lead.owner_id, lead.assigned_to_id, lead.buyer_user_id]])).rows;
      const lost = sorted(after.filter((r) => !r.sees).map((r) => r.profile_id));
      const now = new Set(after.filter((r) => r.sees).map((r) => r.profile_id));
      assert.ok(now.has(other));
      assert.ok(lost.includes(lead.assigned_to_id));
      assert.deepEqual(lost, sorted([...before].filter((p) => !now.has(p))));
      // A deleted lead: everyone who saw it is told, nobody sees it.
      await c.query("delete from leads where id = $1", [lead.id]);
      const gone = (await c.query("select profile_id, sees from salemate.lead_feed_recipients($1, $2::uuid[])", [lead.id, [other, other, other]])).rows;
      assert.deepEqual(sorted(gone.map((r) => r.profile_id)), sorted(now));
      assert.ok(gone.every((r) => r.sees === false));
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("API roles cannot call the audience functions (the gateway's login and service_role only)", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("set local role authenticated");
      await assert.rejects(c.query("select * from salemate.lead_feed_recipients(gen_random_uuid())"), (e: any) => e.code === "42501");
    } finally {
      await c.query("rollback");
      c.release();
    }
  });
});
