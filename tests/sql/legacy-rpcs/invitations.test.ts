// The app's invitation RPCs after migration (accept_team_invitation, reject_team_invitation): the
// invitee answers, and accepting makes an active membership of the inviting manager's team.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { PEOPLE, asUser, migratedWithLegacyFunctions } from "./fixtures.ts";

let db: TestDatabase;
let team: string;
beforeAll(async () => {
  db = await migratedWithLegacyFunctions();
  team = (await db.query("select salemate.legacy_team_id($1) as team", [PEOPLE.manager])).rows[0].team;
});
afterAll(async () => {
  await db?.drop();
});

/** The manager invites an address the way the new app does; the token is what the invitation link carries. */
async function invite(email: string): Promise<string> {
  return asUser(db.pool, PEOPLE.manager, async (c) =>
    (await c.query("select (public.invite_to_team($1, $2)).token as token", [team, email])).rows[0].token as string, true);
}

const accept = "select public.accept_team_invitation(invitation_token => $1) as r";
const reject = "select public.reject_team_invitation(invitation_token => $1) as r";

describe("accept_team_invitation", () => {
  test("the invitee joins the manager's team: an active membership, the invitation accepted", async () => {
    const token = await invite("customer@salemate.test");
    const r = await asUser(db.pool, PEOPLE.customer, async (c) => (await c.query(accept, [token])).rows[0].r, true);
    assert.deepEqual(r, { success: true, team_id: team, role: "agent", manager_id: PEOPLE.manager, message: "Successfully joined team" });
    const { rows: [m] } = await db.query("select role, status from public.team_memberships where team_id = $1 and profile_id = $2", [team, PEOPLE.customer]);
    assert.deepEqual(m, { role: "agent", status: "active" });
    const { rows: [i] } = await db.query("select status, invitee_profile_id from public.team_invites where token = $1", [token]);
    assert.deepEqual(i, { status: "accepted", invitee_profile_id: PEOPLE.customer });
  });

  test("someone else holding the link gets {success: false} and joins nothing", async () => {
    const token = await invite("finance@salemate.test");
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      const { rows: [{ r }] } = await c.query(accept, [token]);
      assert.equal(r.success, false);
      assert.match(r.error, /not found/i);
      const { rows } = await c.query("select 1 from public.team_memberships where team_id = $1 and profile_id = $2", [team, PEOPLE.agent2]);
      assert.equal(rows.length, 0);
    });
  });
});

describe("reject_team_invitation", () => {
  test("the invitee declines: the invitation is declined, no membership; answering again is {success: false}", async () => {
    const token = await invite("agent2@salemate.test");
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      const { rows: [{ r }] } = await c.query(reject, [token]);
      assert.deepEqual(r, { success: true });
      const { rows: [again] } = await c.query(accept, [token]);
      assert.equal(again.r.success, false);
    }, true);
    const { rows: [i] } = await db.query("select status from public.team_invites where token = $1", [token]);
    assert.equal(i.status, "declined");
    const { rows } = await db.query("select 1 from public.team_memberships where team_id = $1 and profile_id = $2 and status = 'active'", [team, PEOPLE.agent2]);
    assert.equal(rows.length, 0);
  });
});
