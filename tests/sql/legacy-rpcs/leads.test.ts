// The app's lead, shop and notification RPCs after migration (rpc_upload_leads, rpc_leads_stats,
// rpc_get_shop_projects, mark_notification_read): as the caller, under row-level security.

import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { PEOPLE, asService, asUser, errorOf, expectRefused, migratedWithLegacyFunctions } from "./fixtures.ts";

let db: TestDatabase;
let project: string;
beforeAll(async () => {
  db = await migratedWithLegacyFunctions();
  project = (await db.query("select id as project from public.inventory_projects order by name limit 1")).rows[0].project;
});
afterAll(async () => {
  await db?.drop();
});

const upload = "select public.rpc_upload_leads(project_id => $1, leads_data => $2::jsonb) as r";

describe("rpc_upload_leads", () => {
  test("an admin uploads a JSON array: one batch on sale; leads without a phone and known phones skipped", async () => {
    const { rows: [{ phone }] } = await db.query("select client_phone as phone from public.leads where project_id = $1 limit 1", [project]);
    const leads = [
      { client_name: "Omar Adel", client_phone: "+201000000101", platform: "facebook" },
      { client_name: "Laila Nabil", client_phone: "+201000000102", source: "Google", client_email: "laila@example.com" },
      { client_name: "Repeat", client_phone: "+201000000101" },
      { client_name: "No phone" },
      { client_name: "Known", client_phone: phone },
    ];
    const r = await asUser(db.pool, PEOPLE.admin, async (c) => (await c.query(upload, [project, JSON.stringify(leads)])).rows[0].r, true);
    assert.deepEqual([r.success, r.uploaded_count, r.total_attempted, r.skipped], [true, 2, 5, 3]);
    const { rows } = await db.query(
      "select client_name, platform::text, is_sold, buyer_user_id, upload_user_id from public.leads where batch_id = $1 order by client_name", [r.batch_id]);
    assert.deepEqual(rows.map((l) => [l.client_name, l.platform, l.is_sold, l.buyer_user_id, l.upload_user_id]),
      [["Laila Nabil", "Google", false, null, PEOPLE.admin], ["Omar Adel", "Facebook", false, null, PEOPLE.admin]]);
  });

  test("an agent may not upload; nor may the service role, which has no profile to stand as the uploader", async () => {
    await asService(db.pool, async (c) => {
      const e = await errorOf(c, upload, [project, JSON.stringify([{ client_name: "Via service", client_phone: "+201000000199" }])]);
      assert.equal(e?.code, "P0001");
      assert.match(e!.message, /needs the admin who uploads it/);
    });
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const e = await errorOf(c, upload, [project, JSON.stringify([{ client_name: "x", client_phone: "+201000000198" }])]);
      assert.equal(e?.code, "P0001");
      assert.match(e!.message, /Only admins upload lead batches/);
    });
  });
});

describe("rpc_leads_stats", () => {
  test("counts the leads a user bought, as far as the caller may see them", async () => {
    const { rows: [{ n }] } = await db.query("select count(*)::int as n from public.leads where buyer_user_id = $1", [PEOPLE.manager]);
    assert.ok(n > 0);
    const stats = (who: string) => asUser(db.pool, who, async (c) => (await c.query("select public.rpc_leads_stats(for_user => $1) as s", [PEOPLE.manager])).rows[0].s);
    assert.equal((await stats(PEOPLE.manager)).total_leads, n);
    assert.equal((await stats(PEOPLE.admin)).total_leads, n);
    assert.equal((await stats(PEOPLE.agent2)).total_leads, 0, "another team's agent sees none of them");
  });
});

describe("rpc_get_shop_projects", () => {
  test("the projects with leads for sale, in the legacy projects shape, with the shop's live count", async () => {
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows } = await c.query("select * from public.rpc_get_shop_projects()");
      const { rows: shop } = await c.query("select project_id as id, available_leads::numeric as n from public.shop_projects where available_leads > 0");
      assert.ok(rows.length > 0);
      assert.deepEqual(rows.map((r) => r.id).sort(), shop.map((s) => s.id).sort());
      assert.deepEqual(Object.keys(rows[0]), ["id", "name", "developer", "region", "description", "price_per_lead", "available_leads", "created_at", "updated_at"]);
      assert.equal(rows[0].available_leads, shop.find((s) => s.id === rows[0].id)!.n);
    });
  });
});

describe("mark_notification_read", () => {
  test("the owner marks their notification read; nobody marks another's (42501)", async () => {
    const { rows: [{ id }] } = await db.query(
      "insert into public.activity_notifications (profile_id, domain, title, body) values ($1, 'lead', 'New lead', 'x') returning notification_id as id", [PEOPLE.agent]);
    await asUser(db.pool, PEOPLE.agent2, async (c) => {
      await expectRefused(c, "select public.mark_notification_read($1, $2)", [id, PEOPLE.agent], /your own notifications/);
      const { rows: [{ r }] } = await c.query("select public.mark_notification_read($1, $2) as r", [id, PEOPLE.agent2]);
      assert.equal(r, false);
    });
    await asUser(db.pool, PEOPLE.agent, async (c) => {
      const { rows: [{ r }] } = await c.query("select public.mark_notification_read(p_notification_id => $1, p_profile_id => $2) as r", [id, PEOPLE.agent]);
      assert.equal(r, true);
      const { rows: [n] } = await c.query("select status, read_at is not null as read from public.activity_notifications where notification_id = $1", [id]);
      assert.deepEqual(n, { status: "read", read: true });
    });
  });
});
