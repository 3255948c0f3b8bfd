import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { migratedWithFixture } from "../../helpers/migration-kit.ts";

/**
 * Phase 3 makes the membership that mirrors each profile's manager_id set-based, with
 * salemate.legacy_team_id and salemate.legacy_member_role spelled out in the insert (two
 * function calls per profile were most of it); the functions stay for the triggers that keep
 * the membership in step afterwards. Both must give every profile the same team and role:
 * each legacy role, with and without reports, and a manager_id that points at the profile itself.
 */
const id = (n: number) => `00000000-0000-4000-8000-${String(900000000000 + n)}`;
// n, role, manager n (null: none)
const PEOPLE: Array<[number, string | null, number | null]> = [
  [1, "manager", null], // top manager
  [2, "user", 1], // has a report (3): team lead
  [3, "user", 2], // agent
  [4, "support", 1],
  [5, "admin", 1],
  [6, "manager", 1], // a manager with no reports: team lead by role
  [7, "user", 7], // manager_id is themselves: no membership
  [8, "user", 1],
  [9, "support", 4], // support under support: 4 has a report
  [10, "admin", 5],
  [11, "user", 2],
  [12, null, 1],
];

const FIXTURE = `
  insert into auth.users (id, email, created_at)
  select x.id::uuid, 'rules' || x.n || '@fixture.test', '2024-02-01'
  from (values ${PEOPLE.map(([n]) => `(${n}, '${id(n)}')`).join(", ")}) x(n, id);
  insert into profiles (id, email, name, role, manager_id, created_at, updated_at)
  select x.id::uuid, 'rules' || x.n || '@fixture.test', 'Rules ' || x.n, x.role::user_role, null, '2024-02-01', '2024-02-01'
  from (values ${PEOPLE.map(([n, role]) => `(${n}, '${id(n)}', ${role === null ? "null" : `'${role}'`})`).join(", ")}) x(n, id, role);
  update profiles p set manager_id = x.manager::uuid
  from (values ${PEOPLE.filter(([, , m]) => m !== null).map(([n, , m]) => `('${id(n)}', '${id(m!)}')`).join(", ")}) x(id, manager)
  where p.id = x.id::uuid;`;

describe("legacy member rules", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE, "20251201000300");
  });
  afterAll(() => db?.drop());

  test("each profile's manager_id membership has salemate.legacy_team_id's team and salemate.legacy_member_role's role", async () => {
    const { rows } = await db.query(`
      select p.id, p.role::text as legacy_role, m.team_id, m.role, salemate.legacy_team_id(p.manager_id) as fn_team,
             salemate.legacy_member_role(p.id) as fn_role
      from public.profiles p
      left join public.team_memberships m on m.legacy_table = 'profiles.manager_id' and m.legacy_id = p.id::text
      where p.manager_id is not null and p.manager_id <> p.id and exists (select 1 from public.profiles x where x.id = p.manager_id)`);
    assert.ok(rows.length >= PEOPLE.length - 2, `${rows.length} profiles with a manager`);
    const wrong = rows.filter((r) => r.team_id !== r.fn_team || r.role !== r.fn_role)
      .map((r) => `${r.id} (${r.legacy_role}): backfill ${r.team_id} ${r.role}, functions ${r.fn_team} ${r.fn_role}`);
    assert.deepEqual(wrong, []);
    // the fixture reaches every branch
    const mine = new Map(rows.filter((r) => r.id.startsWith("00000000-0000-4000-8000-9")).map((r) => [r.id, r.role]));
    assert.deepEqual([2, 3, 4, 5, 6, 8, 9, 10, 11, 12].map((n) => mine.get(id(n))),
      ["team_lead", "agent", "team_lead", "team_lead", "team_lead", "agent", "support", "agent", "agent", "agent"]);
  });
});
