import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, errorOf, migratedWithFixture, NOBODY, rejectsOf, verifyPhase } from "../../helpers/migration-kit.ts";

// A page by a user since deleted, with null meta and an upper-case status; media with an
// impossible size.
const FIXTURE = `
  insert into cms_pages (id, slug, title, status, content_json, meta, published_at, created_by, created_at, updated_at) values
    ('f7100000-0000-4000-8000-000000000001', 'fixture-page', 'Fixture page', 'published', '{"blocks": [{"type": "paragraph", "text": "hi"}]}', null, '2024-03-01 08:00+00', '${NOBODY}', '2024-01-01 08:00+00', '2024-02-01 08:00+00'),
    ('f7100000-0000-4000-8000-000000000002', 'fixture-draft', 'Fixture draft', 'DRAFT', '{}', '{"lang": "ar"}', null, '${DEMO.admin}', '2024-01-02 08:00+00', '2024-02-02 08:00+00');
  insert into cms_media (id, bucket, path, alt, width, height, size_bytes, mime_type, meta, created_by, created_at) values
    ('f7100000-0000-4000-8000-000000000003', 'cms', 'fixture/a.webp', 'A', 800, 600, 12345, 'image/webp', '{}', '${DEMO.admin}', '2024-01-03 08:00+00'),
    ('f7100000-0000-4000-8000-000000000004', 'cms', 'fixture/b.webp', null, 800, 600, -1, 'image/webp', null, null, '2024-01-04 08:00+00');
`;
const id = (suffix: string) => `f7100000-0000-4000-8000-${suffix.padStart(12, "0")}`;

describe("cms_content (legacy cms_pages, cms_media)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedWithFixture(FIXTURE);
  });
  afterAll(() => db?.drop());

  test("salemate verify: pages and media carried or rejected, carried values agree", async () => {
    const c = await db.pool.connect();
    try {
      const checks = (await verifyPhase(c, 7)).filter((m) => m.target === "cms_content");
      assert.deepEqual(checks.map((m) => m.legacy).sort(), ["cms_media", "cms_pages"]);
      for (const m of checks) assert.ok(m.ok, `${m.legacy}: ${m.problem}`);
      assert.deepEqual((await rejectsOf(c, "cms_media")).get(id("4")), ["cms_content: impossible value: negative size_bytes"]);
    } finally {
      c.release();
    }
  });

  test("pages and media share one table, typed, with their legacy ids and timestamps", async () => {
    const { rows } = await db.query(
      `select content_id, content_type, slug, status, body, meta, bucket, path, created_by, created_at, updated_at
       from public.cms_content where content_id = any($1) order by content_id`,
      [[id("1"), id("2"), id("3")]],
    );
    assert.deepEqual(rows.map((r) => [r.content_id, r.content_type, r.slug, r.status, r.meta, r.bucket, r.created_by, r.created_at.toISOString(), r.updated_at.toISOString()]), [
      [id("1"), "page", "fixture-page", "published", {}, null, null, "2024-01-01T08:00:00.000Z", "2024-02-01T08:00:00.000Z"],
      [id("2"), "page", "fixture-draft", "draft", { lang: "ar" }, null, DEMO.admin, "2024-01-02T08:00:00.000Z", "2024-02-02T08:00:00.000Z"],
      [id("3"), "media", null, "published", {}, "cms", DEMO.admin, "2024-01-03T08:00:00.000Z", "2024-01-03T08:00:00.000Z"],
    ]);
    assert.deepEqual(rows[0].body, { blocks: [{ type: "paragraph", text: "hi" }] });
    const note = await db.query("select note from salemate.migration_notes where phase = 7 and subject = 'cms_pages.created_by'");
    assert.match(note.rows[0].note, /no longer has a profile/);
  });

  test("anyone reads published pages, through the new table and the legacy name; media and drafts are for admins", async () => {
    for (const who of [null, DEMO.agent]) {
      await asUser(db, who, async (c) => {
        const pages = await c.query("select slug from public.cms_content where slug like 'fixture-%'");
        assert.deepEqual(pages.rows, [{ slug: "fixture-page" }]);
        const legacy = await c.query("select slug, content_json from public.cms_pages where slug like 'fixture-%'");
        assert.deepEqual(legacy.rows.map((r) => r.slug), ["fixture-page"]);
        assert.equal((await c.query("select count(*)::int as n from public.cms_content where content_type = 'media'")).rows[0].n, 0);
      });
    }
    await asUser(db, DEMO.agent, async (c) => {
      assert.match((await errorOf(c, "insert into public.cms_pages (slug, title) values ('agent-page', 'x')"))!, /row-level security/);
    });
  });

  test("cms_pages and cms_media write into cms_content", async () => {
    await asUser(db, DEMO.admin, async (c) => {
      const page = await c.query("insert into public.cms_pages (slug, title) values ('fixture-new', 'New') returning id, status, content_json, meta");
      assert.deepEqual([page.rows[0].status, page.rows[0].content_json, page.rows[0].meta], ["draft", {}, {}]);
      await c.query("update public.cms_pages set status = 'published', published_at = now() where id = $1", [page.rows[0].id]);
      const row = await c.query("select content_type, status from public.cms_content where content_id = $1", [page.rows[0].id]);
      assert.deepEqual(row.rows, [{ content_type: "page", status: "published" }]);
      assert.match((await errorOf(c, "insert into public.cms_pages (slug, title) values ('fixture-page', 'dup')"))!, /cms_content_page_slug_key/);
      const media = await c.query("insert into public.cms_media (bucket, path, size_bytes) values ('cms', 'fixture/new.png', 10) returning id");
      assert.equal((await c.query("select content_type from public.cms_content where content_id = $1", [media.rows[0].id])).rows[0].content_type, "media");
      assert.equal((await c.query("delete from public.cms_media where id = $1", [id("1")])).rowCount, 0, "a page is not media");
    });
  });
});
