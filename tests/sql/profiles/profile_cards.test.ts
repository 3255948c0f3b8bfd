import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";

/**
 * The cards of the profiles that existed when 20251201001400_profile_cards ran are written in one
 * statement; later changes go through salemate.refresh_profile_card. Both must give the same card.
 */
describe("profile cards backfill", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated", migrateTo: "20251201001400" });
  });
  afterAll(() => db.drop());

  test("every profile has a card, and refresh_profile_card finds nothing to change in any of them", async () => {
    const cards = async () =>
      (await db.query("select id, name, avatar_url, role_label, team_id, team_name, updated_at from public.profile_cards order by id")).rows;
    const before = await cards();
    const profiles = (await db.query("select count(*)::int as n from public.profiles")).rows[0].n;
    assert.equal(before.length, profiles);
    // The seed has people in teams under each team role, and people in none.
    const labels = new Set(before.map((c) => c.role_label));
    for (const l of ["Manager", "Team lead", "Agent", "Customer"]) assert.ok(labels.has(l), `a "${l}" card: ${[...labels].join(", ")}`);
    assert.ok(before.some((c) => c.team_id) && before.some((c) => !c.team_id));

    // Written again one by one: an identical card is left alone (its updated_at too).
    await db.query("select salemate.refresh_profile_card(p.id) from public.profiles p");
    assert.deepEqual(await cards(), before);

    // And the comparison can fail: a card that differs is rewritten.
    const one = before.find((c) => c.team_id)!;
    await db.query("update public.profile_cards set team_name = 'stale' where id = $1", [one.id]);
    await db.query("select salemate.refresh_profile_card($1)", [one.id]);
    const after = await cards();
    assert.equal(after.find((c) => c.id === one.id).team_name, one.team_name);
  });
});
