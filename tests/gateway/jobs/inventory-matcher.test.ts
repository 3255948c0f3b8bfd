import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { DEMO_USERS } from "../../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";
import { startTestWorker, waitFor, type TestWorker } from "../../helpers/jobs.ts";

/**
 * The inventory matcher: a lead created or changed with wishes gets one recommendation (source
 * matcher) from the rules of salemate.inventory_matches, recomputed without duplicates, seen by
 * whoever sees the lead and nobody else.
 */

function demo(email: string) {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return u;
}
const agent = demo("agent@salemate.test");
const agent2 = demo("agent2@salemate.test");
const admin = demo("admin@salemate.test");

const CREATE = `mutation ($lead: LeadInput!) { createLead(input: { lead: $lead }) { lead { id } } }`;
const UPDATE = `mutation ($id: UUID!, $patch: LeadPatch!) { updateLead(input: { id: $id, patch: $patch }) { lead { id minBedrooms } } }`;
const READ = `query ($lead: UUID!) { leadRecommendations(condition: { leadId: $lead }) { totalCount nodes { source resultCount topUnits filters } } }`;
const RECOMMEND = `mutation ($rec: LeadRecommendationInput!) { createLeadRecommendation(input: { leadRecommendation: $rec }) { leadRecommendation { id source } } }`;

describe("inventory matcher on the job worker", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let worker: TestWorker;
  let leadId = "";
  const units: Record<string, number> = {};

  const matcherRows = async () =>
    (await db.query<{ recommendation_id: string; result_count: number; top_units: number[]; filters: Record<string, unknown>; created_at: Date }>(
      "select recommendation_id, result_count, top_units, filters, created_at from lead_recommendations where lead_id = $1 and source = 'matcher'",
      [leadId],
    )).rows;
  const idle = (ms?: number) =>
    waitFor("the queue to drain", async () => (await db.query("select count(*)::int as n from graphile_worker.jobs")).rows[0].n === 0 || undefined, ms);

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    db.pool.on("error", () => {});
    gw = await startTestGateway(db);
    worker = await startTestWorker(db);
    // A district of its own, so the seeded inventory does not match.
    const rows: Array<[string, string, string, string, number, number, string]> = [
      ["a-best", "Dev A", "Zayed Testville North", "Apartment", 3, 2_000_000, "available"],
      ["a-second", "Dev A", "Testville", "Apartment", 3, 1_900_000, "available"],
      ["b-two-bed", "Dev B", "Testville", "Apartment", 2, 1_500_000, "available"],
      ["c-villa", "Dev C", "Testville", "Villa", 4, 1_800_000, "available"],
      ["d-over-budget", "Dev D", "Testville", "Apartment", 3, 2_600_000, "available"],
      ["e-too-cheap", "Dev E", "Testville", "Apartment", 3, 400_000, "available"],
      ["f-sold", "Dev F", "Testville", "Apartment", 3, 1_700_000, "sold"],
      ["g-elsewhere", "Dev G", "Maadi", "Apartment", 3, 1_000_000, "available"],
    ];
    for (const [unit, developer, area, type, beds, price, status] of rows) {
      units[unit] = Number(
        (await db.query(
          `insert into inventory_items (unit_id, developer, compound, area, property_type, number_of_bedrooms, price_in_egp, status)
           values ($1, $2, 'Matcher Compound', $3, $4, $5, $6, $7) returning id`,
          [unit, developer, area, type, beds, price, status],
        )).rows[0].id,
      );
    }
  });
  afterAll(async () => {
    await worker?.stop();
    await gw?.close();
    await db?.drop();
  });

  test("a lead created with wishes gets its matches: within budget, area, type and bedrooms, best first, one unit per developer", async () => {
    const token = await tokenFor(agent.id, agent.email);
    const projectId = (await db.query("select id from inventory_projects order by id limit 1")).rows[0].id;
    const r = await gw.graphql(CREATE, {
      token,
      variables: { lead: { clientName: "Matcher Client", clientPhone: "+201000000077", platform: "OTHER", projectId, ownerId: agent.id, budget: "2500000", preferredArea: "testville", preferredPropertyType: "apartment", minBedrooms: 2 } },
    });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    leadId = r.body.data.createLead.lead.id;
    const rows = await waitFor("the lead's recommendation", async () => ((await matcherRows()).length > 0 ? matcherRows() : undefined));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.result_count, 3, "a-best, a-second and b-two-bed match");
    assert.deepEqual(rows[0]!.top_units, [units["a-best"], units["b-two-bed"]], "dearest first, one per developer");
    assert.deepEqual(rows[0]!.filters, { budget_max: 2500000, area: "testville", property_type: "apartment", min_bedrooms: 2 });
  });

  test("reruns (the job again, the nightly sweep) add no duplicate and leave an unchanged result as it was", async () => {
    const [before] = await matcherRows();
    await db.query("select graphile_worker.add_job('match_lead_inventory', json_build_object('lead_id', $1::uuid))", [leadId]);
    // The nightly sweep recomputes every lead with wishes (about 1,700 in the seed).
    await db.query("select graphile_worker.add_job('match_all_lead_inventory', '{}'::json)");
    await idle(90_000);
    const after = await matcherRows();
    assert.equal(after.length, 1);
    assert.equal(after[0]!.recommendation_id, before!.recommendation_id);
    assert.equal(after[0]!.created_at.getTime(), before!.created_at.getTime(), "unchanged: not rewritten");
    const dupes = await db.query("select count(*)::int as n from (select lead_id from lead_recommendations where source = 'matcher' group by 1 having count(*) > 1) x");
    assert.equal(dupes.rows[0].n, 0, "no lead has two matcher recommendations");
  });

  test("changing a wish recomputes the same recommendation", async () => {
    const token = await tokenFor(agent.id, agent.email);
    const r = await gw.graphql(UPDATE, { token, variables: { id: leadId, patch: { minBedrooms: 3 } } });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const rows = await waitFor("the recomputed recommendation", async () => {
      const x = await matcherRows();
      return x[0]?.result_count === 2 ? x : undefined;
    });
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0]!.top_units, [units["a-best"]]);
  });

  test("the nightly sweep follows the inventory: a new unit within the wishes joins the top units, a sold one leaves", async () => {
    units["h-new"] = Number(
      (await db.query(
        `insert into inventory_items (unit_id, developer, compound, area, property_type, number_of_bedrooms, price_in_egp, status)
         values ('h-new', 'Dev H', 'Matcher Compound', 'Testville', 'Apartment', 3, 2400000, 'available') returning id`,
      )).rows[0].id,
    );
    await db.query("update inventory_items set status = 'sold' where id = $1", [units["a-best"]]);
    // Inventory changes enqueue nothing by themselves: the nightly sweep is what notices them.
    await idle();
    assert.deepEqual((await matcherRows())[0]!.top_units, [units["a-best"]], "not recomputed before the sweep");
    await db.query("select graphile_worker.add_job('match_all_lead_inventory', '{}'::json)");
    await idle(90_000);
    const [row] = await matcherRows();
    assert.equal(row!.result_count, 2, "h-new and a-second match; a-best is sold");
    assert.deepEqual(row!.top_units, [units["h-new"], units["a-second"]], "dearest first, one per developer");
  });

  test("the recommendation is seen by whoever sees the lead: its agent and admins, not an agent of another team", async () => {
    const read = async (who: { id: string; email: string }) => {
      const r = await gw.graphql(READ, { token: await tokenFor(who.id, who.email), variables: { lead: leadId } });
      assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
      return r.body.data.leadRecommendations;
    };
    const own = await read(agent);
    assert.equal(own.totalCount, 1);
    assert.equal(own.nodes[0].source, "matcher");
    assert.equal(own.nodes[0].resultCount, 2);
    assert.equal((await read(admin)).totalCount, 1);
    const other = await read(agent2);
    assert.equal(other.totalCount, 0, "another team's agent sees nothing");
    assert.deepEqual(other.nodes, []);
  });

  test("nobody forges the matcher's output: createLeadRecommendation with source matcher is FORBIDDEN for the lead's agent and for admins; the matcher still writes the lead's row", async () => {
    // A lead of the agent's with no wishes and no matcher row: a forged row would stand until the nightly sweep.
    const lead = (
      await db.query(
        `select l.id from leads l where l.assigned_to_id = $1 and l.budget is null and l.preferred_area is null and l.preferred_property_type is null and l.min_bedrooms is null
           and not exists (select 1 from lead_recommendations r where r.lead_id = l.id and r.source = 'matcher') order by l.id limit 1`,
        [agent.id],
      )
    ).rows[0].id as string;
    const matcherRows = async () => (await db.query("select result_count, top_units from lead_recommendations where lead_id = $1 and source = 'matcher'", [lead])).rows;
    for (const who of [agent, admin]) {
      const token = await tokenFor(who.id, who.email);
      const forged = await gw.graphql(RECOMMEND, {
        token,
        variables: { rec: { leadId: lead, source: "matcher", createdBy: who.id, resultCount: 99, topUnits: [units["f-sold"]], filters: { budget_max: 1 } } },
      });
      assert.equal(forged.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(forged.body));
      assert.equal(forged.body.data?.createLeadRecommendation ?? null, null);
      // The same mutation as a person's own recommendation is fine: the refusal is about the source.
      const own = await gw.graphql(RECOMMEND, { token, variables: { rec: { leadId: lead, source: "manual", createdBy: who.id, resultCount: 1 } } });
      assert.equal(own.body.errors, undefined, JSON.stringify(own.body.errors));
      assert.equal(own.body.data.createLeadRecommendation.leadRecommendation.source, "manual");
    }
    assert.deepEqual(await matcherRows(), [], "no forged matcher row");

    // A wish given through the API: the job (the matcher's own function) writes the row.
    const r = await gw.graphql(UPDATE, { token: await tokenFor(agent.id, agent.email), variables: { id: lead, patch: { preferredArea: "testville", minBedrooms: 4 } } });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const rows = await waitFor("the matcher's row", async () => ((await matcherRows()).length > 0 ? matcherRows() : undefined));
    assert.deepEqual(rows, [{ result_count: 1, top_units: [units["c-villa"]] }]);
  });
});
