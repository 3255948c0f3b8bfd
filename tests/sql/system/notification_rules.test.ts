import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { migratedWithFixture } from "../../helpers/migration-kit.ts";

/**
 * Phase 7 carries notifications set-based, with salemate.notification_domain and
 * salemate.notification_subject spelled out in the copy (a regular expression per row was most of
 * its time; the subject is found by strpos and translate first). The functions stay for new
 * rows. Both must read every URL alike.
 */
const ID = "0b7d3c9e-52a1-4f6e-9c1d-2e8f4a6b1c3d";
const URLS = [
  null, "", "/", "/dashboard", "https://app.salemate.eg/crm/leads", `/crm/leads/${ID}`, `/crm/leads/${ID}/`, `/crm/leads/${ID}?tab=notes`,
  `/crm/leads/${ID}#x`, `/crm/leads/${ID.toUpperCase()}`, `/CRM/Leads/${ID}`, `/crm/leads/${ID}x`, `/crm/leads/${ID.slice(0, 35)}`,
  `/crm/leads/not-a-uuid/crm/leads/${ID}`, `/crm/leads/${ID.slice(0, 35)}/support/cases/${ID}`, `/support/cases/${ID}`,
  `/support/cases/${ID}/reply`, `https://x.eg/support?case=${ID}`, "/support", "/support/", "/supporters", "/wallet", "/topups/1",
  "/topup?x=1", "/payments", "/billing/", "/team", "/teams/abc", "/teamwork", `/crm/leadsx/${ID}`, `//crm/leads/${ID}`,
  `/crm/leads//${ID}`, `/crm/leads/${ID}/crm/leads/${ID.replace("0b7d", "ffff")}`, `/a/crm/leads/${ID}%2F`,
  `/crm/leads/${"g".repeat(8)}-0000-0000-0000-000000000000`, `/crm/leads/00000000-0000-0000-0000-000000000000`,
];
const lit = (v: string | null) => (v === null ? "null" : `'${v.replace(/'/g, "''")}'`);
const FIXTURE = `
  insert into notifications (user_id, title, body, url, status)
  select (select id from profiles order by id limit 1), 'rules fixture', 'b', u, 'pending'
  from unnest(array[${URLS.map(lit).join(", ")}]::text[]) u;`;

describe("notification rules", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE, "20251201000700");
  });
  afterAll(() => db?.drop());

  test("the backfill gives each notification the domain and subject the functions give its URL", async () => {
    const { rows } = await db.query(`
      select n.url, n.domain, n.subject_id, salemate.notification_domain(n.url) as want_domain, salemate.notification_subject(n.url) as want_subject
      from public.activity_notifications n where n.title = 'rules fixture'`);
    assert.equal(rows.length, URLS.length);
    const wrong = rows
      .filter((r) => r.domain !== r.want_domain || r.subject_id !== r.want_subject)
      .map((r) => `${JSON.stringify(r.url)}: ${r.domain} ${r.subject_id}, functions ${r.want_domain} ${r.want_subject}`);
    assert.deepEqual(wrong, []);
    // The fixture reaches every domain and both kinds of subject.
    assert.deepEqual([...new Set(rows.map((r) => r.domain))].sort(), ["lead", "support", "system", "team", "wallet"]);
    assert.ok(rows.filter((r) => r.subject_id).length >= 8);
  });
});
