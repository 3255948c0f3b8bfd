import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

/**
 * salemate.profile_managers (who manages whom, read by the RLS helpers) stays equal to the rule
 * it caches, computed here from teams and memberships the way salemate.manages_profile() did
 * before the table existed, through every kind of change to teams and memberships; API roles
 * can neither read nor write it.
 */
const RULE = `
  select distinct me.id::text || ' ' || theirs.profile_id::text as pair
  from public.profiles me
  cross join public.team_memberships theirs
  join public.teams t on t.id = theirs.team_id
  left join public.team_memberships mine on mine.team_id = theirs.team_id and mine.profile_id = me.id and mine.status = 'active'
  where theirs.status = 'active' and theirs.profile_id <> me.id
    and (t.owner_profile_id = me.id
         or (mine.role in ('manager', 'team_lead') and salemate.team_rank(mine.role) > salemate.team_rank(theirs.role)))
  order by 1`;

describe("salemate.profile_managers", () => {
  let db: TestDatabase;
  let team: { id: string; owner: string };
  let outsider: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    team = (await db.query(`select t.id, t.owner_profile_id as owner from public.teams t
                            where t.owner_profile_id is not null and (select count(*) from public.team_memberships m where m.team_id = t.id and m.status = 'active') >= 3
                            order by t.id limit 1`)).rows[0];
    outsider = (await db.query(`select p.id from public.profiles p where not exists (select 1 from public.team_memberships m where m.team_id = $1 and m.profile_id = p.id)
                                order by p.id limit 1`, [team.id])).rows[0].id;
  });
  afterAll(() => db?.drop());

  const pairs = async () => [...(await db.query("select manager_id::text || ' ' || profile_id::text as pair from salemate.profile_managers order by 1")).rows.map((r) => r.pair)];
  const rule = async () => [...(await db.query(RULE)).rows.map((r) => r.pair)];
  const assertInStep = async (after: string) => assert.deepEqual(await pairs(), await rule(), `profile_managers differs from the rule after ${after}`);
  const has = async (manager: string, profile: string) =>
    (await db.query("select 1 from salemate.profile_managers where manager_id = $1 and profile_id = $2", [manager, profile])).rowCount === 1;

  test("after the migration it holds exactly the pairs of the rule", async () => {
    const now = await pairs();
    assert.ok(now.length > 0, "the seeded teams manage somebody");
    await assertInStep("the migration");
  });

  test("it follows memberships joining, changing role, leaving and going, and teams changing owner or going", async () => {
    await db.query("insert into public.team_memberships (team_id, profile_id, role, status, joined_at) values ($1, $2, 'agent', 'active', now())", [team.id, outsider]);
    assert.equal(await has(team.owner, outsider), true, "the owner manages a new active member");
    await assertInStep("a member joined");

    await db.query("update public.team_memberships set role = 'manager' where team_id = $1 and profile_id = $2", [team.id, outsider]);
    const agent = (await db.query("select profile_id from public.team_memberships where team_id = $1 and role = 'agent' and status = 'active' limit 1", [team.id])).rows[0].profile_id;
    assert.equal(await has(outsider, agent), true, "a new manager manages the team's agents");
    await assertInStep("a member became manager");

    await db.query("update public.team_memberships set status = 'suspended' where team_id = $1 and profile_id = $2", [team.id, outsider]);
    assert.equal(await has(outsider, agent), false, "a suspended manager manages nobody");
    assert.equal(await has(team.owner, outsider), false, "a suspended member is managed by nobody");
    await assertInStep("a member was suspended");

    await db.query("update public.team_memberships set status = 'active' where team_id = $1 and profile_id = $2", [team.id, outsider]);
    await db.query("update public.teams set owner_profile_id = $2 where id = $1", [team.id, outsider]);
    assert.equal(await has(outsider, team.owner), true, "the new owner manages the old owner, still an active member");
    await assertInStep("the team changed owner");

    await db.query("delete from public.team_memberships where team_id = $1 and profile_id = $2", [team.id, agent]);
    assert.equal(await has(outsider, agent), false);
    await assertInStep("a membership was deleted");

    await db.query("delete from public.teams where id = $1", [team.id]);
    await assertInStep("the team was deleted");
  });

  test("API roles can neither read nor write it", async () => {
    const c = await db.pool.connect();
    try {
      for (const role of ["authenticated", "anon"]) {
        await c.query("begin");
        await c.query(`set local role ${role}`);
        const read = await c.query("select 1 from salemate.profile_managers limit 1").then(() => null, (e) => e.code);
        await c.query("rollback");
        assert.equal(read, "42501", `${role} reads profile_managers`);
        await c.query("begin");
        await c.query(`set local role ${role}`);
        const write = await c.query("delete from salemate.profile_managers").then(() => null, (e) => e.code);
        await c.query("rollback");
        assert.equal(write, "42501", `${role} writes profile_managers`);
      }
    } finally {
      c.release();
    }
  });
});
