import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { ROOT } from "../../server/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";

/**
 * The SDK's documents for a frontend's first screens (CurrentUser, MyLeads), run as the SDK
 * sends them, and one spelling of enum values: groupedAggregates keys are the enum's GraphQL
 * names, as the enum fields are.
 */
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, "client-sdk/src/generated/persisted-documents.json"), "utf8"));
const documentOf = (operation: string) => {
  const found = Object.values(manifest).find((d) => new RegExp(`query ${operation}\\b`).test(d));
  assert.ok(found, `the SDK has ${operation}`);
  return found;
};

describe("first-screen documents and enum spelling", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let agent: { id: string; email: string };
  let token: string;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    token = await tokenFor(agent.id, agent.email);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  test("CurrentUser is the token's person, with their card and active teams; refused when signed out", async () => {
    const r = await gw.graphql(documentOf("CurrentUser"), { token });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const me = r.body.data.currentProfile;
    assert.equal(me.id, agent.id);
    assert.equal(me.email, agent.email);
    assert.equal(me.profileCard.id, agent.id);
    const teams = (await db.query("select count(*)::int as n from team_memberships where profile_id = $1 and status = 'active'", [agent.id])).rows[0].n;
    assert.equal(me.teamMemberships.nodes.length, teams);
    // Signed out, the person's tables are not anon's to read at all: refused, not an empty person.
    const anon = await gw.graphql(documentOf("CurrentUser"));
    assert.equal(anon.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(anon.body));
    assert.equal(anon.body.data?.currentProfile ?? null, null);
  });

  test("MyLeads counts per stage under the same names the stage field uses", async () => {
    const r = await gw.graphql(documentOf("MyLeads"), { token, variables: { first: 100 } });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const leads = r.body.data.leads;
    const enumValues = (await gw.graphql(`{ __type(name: "LeadStage") { enumValues { name } } }`, { token })).body.data.__type.enumValues.map((v: { name: string }) => v.name);
    const counted = new Map<string | null, number>();
    for (const n of leads.nodes) counted.set(n.stage, (counted.get(n.stage) ?? 0) + 1);
    assert.equal(leads.nodes.length, leads.totalCount, "one page holds the agent's leads");
    assert.ok(leads.byStage.length >= 2);
    for (const group of leads.byStage) {
      const [stage] = group.keys;
      if (stage !== null) assert.ok(enumValues.includes(stage), `${stage} is a LeadStage name (not a database label)`);
      assert.equal(Number(group.distinctCount.id), counted.get(stage) ?? 0, `count of ${stage}`);
    }
    const labels = (await db.query("select distinct stage::text as s from leads where stage is not null and $1 in (owner_id, assigned_to_id, buyer_user_id)", [agent.id])).rows.map((x) => x.s);
    assert.ok(labels.some((l: string) => /\s/.test(l)), "the agent's leads include a label with a space, so the mapping is exercised");
  });

  test("every enum key is spelled as its enum (platform too); keys that are not enums stay as PostgreSQL prints them", async () => {
    const r = await gw.graphql(
      `{ byPlatform: leads { groupedAggregates(groupBy: [PLATFORM]) { keys } } byProject: leads { groupedAggregates(groupBy: [PROJECT_ID]) { keys } }
         __type(name: "PlatformType") { enumValues { name } } }`,
      { token },
    );
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const names = r.body.data.__type.enumValues.map((v: { name: string }) => v.name);
    const platforms = r.body.data.byPlatform.groupedAggregates.map((g: { keys: Array<string | null> }) => g.keys[0]);
    assert.ok(platforms.length > 0);
    for (const p of platforms) if (p !== null) assert.ok(names.includes(p), `${p} is a PlatformType name`);
    const keys = r.body.data.byProject.groupedAggregates.map((g: { keys: Array<string | null> }) => g.keys[0]);
    const projects = (await db.query("select distinct project_id::text as p from leads where $1 in (owner_id, assigned_to_id, buyer_user_id)", [agent.id])).rows.map((x) => x.p);
    assert.deepEqual([...keys].sort(), [...projects].sort());
  });

});
