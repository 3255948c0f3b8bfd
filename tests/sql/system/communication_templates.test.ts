import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, errorOf, migratedWithFixture, rejectsOf, verifyPhase } from "../../helpers/migration-kit.ts";

// The same key on both channels, a status with stray case and spaces, an unknown status,
// a null variables list.
const FIXTURE = `
  insert into templates_email (id, key, name, subject, html, variables, status, created_at, updated_at) values
    ('f7000000-0000-4000-8000-000000000001', 'fixture_welcome', 'Welcome', 'Hi {{name}}', '<p>Hi {{name}}</p>', '{name}', ' Active ', '2024-01-01 08:00+00', '2024-02-01 08:00+00'),
    ('f7000000-0000-4000-8000-000000000002', 'fixture_retired', 'Retired', 'Old', '<p>old</p>', null, 'retired', '2024-01-02 08:00+00', '2024-02-02 08:00+00');
  insert into templates_sms (id, key, name, body, variables, status, created_at, updated_at) values
    ('f7000000-0000-4000-8000-000000000003', 'fixture_welcome', 'Welcome', 'Hi {{name}}', null, 'INACTIVE', '2024-01-03 08:00+00', '2024-02-03 08:00+00');
`;
const id = (suffix: string) => `f7000000-0000-4000-8000-${suffix.padStart(12, "0")}`;

describe("communication_templates (legacy templates_email, templates_sms)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE);
  });
  afterAll(() => db?.drop());

  test("salemate verify: every template carried or rejected, carried values agree", async () => {
    const c = await db.pool.connect();
    try {
      const checks = (await verifyPhase(c, 7)).filter((m) => m.target === "communication_templates");
      assert.deepEqual(checks.map((m) => m.legacy).sort(), ["templates_email", "templates_sms"]);
      for (const m of checks) assert.ok(m.ok, `${m.legacy}: ${m.problem}`);
      assert.deepEqual((await rejectsOf(c, "templates_email")).get(id("2")), ["communication_templates: unknown template status 'retired'"]);
    } finally {
      c.release();
    }
  });

  test("one row per channel and key, legacy ids, timestamps and normalised status kept", async () => {
    const { rows } = await db.query(
      `select template_id, channel, key, subject, body, variables, status, created_at, updated_at, legacy_table
       from public.communication_templates where key = 'fixture_welcome' order by channel`,
    );
    assert.deepEqual(rows.map((r) => [r.template_id, r.channel, r.subject, r.body, r.variables, r.status, r.created_at.toISOString(), r.legacy_table]), [
      [id("1"), "email", "Hi {{name}}", "<p>Hi {{name}}</p>", ["name"], "active", "2024-01-01T08:00:00.000Z", "templates_email"],
      [id("3"), "sms", null, "Hi {{name}}", [], "inactive", "2024-01-03T08:00:00.000Z", "templates_sms"],
    ]);
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      assert.match(
        (await errorOf(c, "insert into public.communication_templates (channel, key, name, body) values ('sms', 'fixture_welcome', 'dup', 'x')"))!,
        /communication_templates_channel_key_key/,
      );
      assert.match(
        (await errorOf(c, "insert into public.communication_templates (channel, key, name, subject, body) values ('sms', 'with_subject', 'x', 'subject', 'x')"))!,
        /communication_templates_subject_by_channel/,
      );
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("templates_email and templates_sms read and write their channel", async () => {
    await asUser(db, DEMO.admin, async (c) => {
      const emails = await c.query("select count(*)::int as n from public.templates_email");
      const emailRows = await c.query("select count(*)::int as n from public.communication_templates where channel = 'email'");
      assert.equal(emails.rows[0].n, emailRows.rows[0].n);
      const ins = await c.query(
        "insert into public.templates_sms (key, name, body, variables) values ('fixture_new', 'New', 'Code {{code}}', '{code}') returning id, status, created_at",
      );
      assert.equal(ins.rows[0].status, "active");
      const row = await c.query("select channel, subject, body from public.communication_templates where template_id = $1", [ins.rows[0].id]);
      assert.deepEqual(row.rows, [{ channel: "sms", subject: null, body: "Code {{code}}" }]);
      await c.query("update public.templates_email set html = '<p>Hello {{name}}</p>' where key = 'fixture_welcome'");
      const email = await c.query("select body from public.communication_templates where template_id = $1", [id("1")]);
      assert.equal(email.rows[0].body, "<p>Hello {{name}}</p>");
      assert.equal((await c.query("update public.templates_sms set body = 'x' where id = $1", [id("1")])).rowCount, 0, "an email template is not an sms one");
    });
  });

  test("admins write templates, support reads them, agents see none", async () => {
    await asUser(db, DEMO.support, async (c) => {
      assert.ok((await c.query("select count(*)::int as n from public.communication_templates")).rows[0].n > 0);
      assert.equal((await c.query("update public.communication_templates set name = 'x'")).rowCount, 0);
      assert.match((await errorOf(c, "insert into public.templates_email (key, name, subject, html) values ('k', 'n', 's', 'h')"))!, /row-level security/);
    });
    await asUser(db, DEMO.agent, async (c) => {
      assert.equal((await c.query("select count(*)::int as n from public.communication_templates")).rows[0].n, 0);
      assert.equal((await c.query("select count(*)::int as n from public.templates_sms")).rows[0].n, 0);
    });
  });
});
