import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";

/** lead_analytics_mv (the admins' dashboard counts) is refreshed by the gateway, one process at a time. */
describe("lead analytics refresh", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let adminToken: string;

  const live = () =>
    db.query<{ stage: string | null; n: string }>("select stage::text as stage, count(*)::text as n from leads group by 1 order by 1").then((r) => r.rows);
  const materialised = () =>
    db.query<{ stage: string | null; n: string }>("select stage::text as stage, sum(lead_count)::text as n from lead_analytics_mv group by 1 order by 1").then((r) => r.rows);
  const moveOneLead = () =>
    db.query(
      `update leads set stage = case when stage = 'Wrong Number' then 'Potential' else 'Wrong Number' end::lead_stage
       where id = (select id from leads order by id limit 1)`,
    );

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db, { ANALYTICS_REFRESH_SECONDS: "1" });
    const admin = (await db.query("select id, email from profiles where email = 'admin@salemate.test'")).rows[0];
    adminToken = await tokenFor(admin.id, admin.email);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  test("a change to the leads reaches the view within the interval, and admins see it through leadAnalytics", async () => {
    await moveOneLead();
    const expected = await live();
    const t0 = Date.now();
    while (JSON.stringify(await materialised()) !== JSON.stringify(expected) && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(await materialised(), expected, "refreshed within 10 s at ANALYTICS_REFRESH_SECONDS=1");

    // Every row, page by page (a page is at most MAX_PAGE_SIZE rows).
    const byStage = new Map<string | null, number>();
    let after: string | null = null;
    do {
      const r = await gw.graphql("query ($after: Cursor) { leadAnalytics(first: 100, after: $after) { nodes { stage leadCount } pageInfo { hasNextPage endCursor } } }", { token: adminToken, variables: { after } });
      for (const n of r.body.data.leadAnalytics.nodes) byStage.set(n.stage, (byStage.get(n.stage) ?? 0) + Number(n.leadCount));
      after = r.body.data.leadAnalytics.pageInfo.hasNextPage ? r.body.data.leadAnalytics.pageInfo.endCursor : null;
    } while (after);
    const sorted = (rows: Array<{ stage: string | null; n: string }>) => [...rows].sort((a, b) => String(a.stage).localeCompare(String(b.stage)));
    assert.deepEqual(sorted([...byStage].map(([stage, n]) => ({ stage, n: String(n) }))), sorted(expected));
  });

  test("while another process refreshes (holds the lock), this one skips its round; afterwards it refreshes", async () => {
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query("select pg_advisory_lock(hashtext('salemate:refresh_lead_analytics'))");
      assert.deepEqual(await gw.analytics.refreshNow(), { status: "skipped" });
    } finally {
      await other.query("select pg_advisory_unlock_all()");
      await other.end();
    }
    assert.equal((await gw.analytics.refreshNow()).status, "refreshed");
  });

  test("a failed round says so and changes nothing else: requests are served, the next round succeeds", async () => {
    await db.query("alter function salemate.refresh_lead_analytics() rename to refresh_lead_analytics_away");
    try {
      const outcome = await gw.analytics.refreshNow();
      assert.equal(outcome.status, "failed");
      const r = await gw.graphql("{ leadAnalytics { totalCount } }", { token: adminToken });
      assert.equal(r.status, 200);
      assert.ok(r.body.data.leadAnalytics.totalCount > 0);
    } finally {
      await db.query("alter function salemate.refresh_lead_analytics_away() rename to refresh_lead_analytics");
    }
    assert.equal((await gw.analytics.refreshNow()).status, "refreshed");
  });
});
