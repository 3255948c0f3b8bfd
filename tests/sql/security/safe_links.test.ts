import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { MIGRATIONS_DIR } from "../../../server/paths.ts";
import { migrate } from "../../../server/db/migrator.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { asUser, DEMO, refusalOf } from "../../helpers/migration-kit.ts";

/**
 * 20251201001100_safe_links: every column holding a link the app renders accepts http(s) URLs and
 * scheme-less references (app paths, storage keys) only, checked by the database; legacy rows with
 * other links are kept, the link cleared and the row as it was kept in salemate.link_cleanups.
 */

const LINK_COLUMNS: Array<[string, string]> = [
  ["activity_notifications", "url"],
  ["cms_content", "path"],
  ["dashboard_banners", "cta_url"],
  ["dashboard_banners", "image_url"],
  ["inventory_items", "image"],
  ["inventory_partners", "logo_path"],
  ["inventory_partners", "website"],
  ["lead_transactions", "receipt_url"],
  ["profile_cards", "avatar_url"],
  ["profiles", "avatar_url"],
  ["support_messages", "attachments"],
  ["wallet_topup_requests", "receipt_file_url"],
];

const REFUSED = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/x.png",
  "\\\\evil.example\\x.png",
  "/\\evil.example",
  "https://cdn.salemate.example@evil.example/x.png",
  "https:evil.example",
  "ftp://files.example/x",
  "https://" + "a".repeat(2_050),
];
const ACCEPTED = [
  "https://cdn.salemate.example/units/58.jpg",
  "http://www.nawy.com",
  "HTTPS://EXAMPLE.COM/A?b=c#d",
  "/wallet/transactions",
  "/crm/leads/00000000-0000-4000-8000-000000000001?tab=events",
  "banners/banner-8.webp",
  "receipts/pr-5d80c60b.jpg",
  "receipts/2024-05-01T10:00.jpg",
];

describe("links are http(s) only (20251201001100_safe_links)", () => {
  let db: TestDatabase;
  let before: { notifications: number; items: number; messages: number };
  let planted: { notification: string; item: string; message: string; goodItem: string; goodItemImage: string };

  beforeAll(async () => {
    // The schema just before this migration, with legacy-looking bad links planted, then migrated.
    db = await createTestDatabase({ stage: "migrated", migrateTo: "20251201000990" });
    const one = async (sql: string) => (await db.query(sql)).rows[0];
    const notification = (await one("select notification_id as id from activity_notifications order by notification_id limit 1")).id;
    const [item, goodItem] = (await db.query("select id, image from inventory_items where image is not null order by id limit 2")).rows;
    const message = (await one("select message_id as id from support_messages order by message_id limit 1")).id;
    await db.query("alter table activity_notifications disable trigger user; alter table inventory_items disable trigger user; alter table support_messages disable trigger user");
    await db.query("update activity_notifications set url = 'javascript:alert(document.cookie)' where notification_id = $1", [notification]);
    await db.query("update inventory_items set image = 'data:text/html,<script>alert(1)</script>' where id = $1", [item.id]);
    await db.query(
      `update support_messages set attachments = '[{"url": "https://files.salemate.example/a.pdf", "name": "a.pdf"}, {"url": "javascript:alert(1)", "name": "b"}, "receipts/c.jpg"]' where message_id = $1`,
      [message],
    );
    await db.query("alter table activity_notifications enable trigger user; alter table inventory_items enable trigger user; alter table support_messages enable trigger user");
    before = await one(
      "select (select count(*) from activity_notifications)::int as notifications, (select count(*) from inventory_items)::int as items, (select count(*) from support_messages)::int as messages",
    );
    planted = { notification, item: item.id, message, goodItem: goodItem.id, goodItemImage: goodItem.image };
    const c = await db.pool.connect();
    try {
      await migrate(c, { dir: MIGRATIONS_DIR });
    } finally {
      c.release();
    }
  });
  afterAll(() => db?.drop());

  test("every link-named column of a public table carries a validated http-only check", async () => {
    const { rows } = await db.query(
      `select c.table_name, c.column_name,
              (select con.convalidated from pg_constraint con
                where con.conrelid = format('public.%I', c.table_name)::regclass and con.conname = c.table_name || '_' || c.column_name || '_http_only') as validated
         from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and c.column_name ~ '(url|link|href|avatar|image|media|photo|logo|website|attachments|^path$)'
          and c.data_type in ('text', 'character varying', 'jsonb')
        order by 1, 2`,
    );
    assert.deepEqual(
      rows.map((r) => [r.table_name, r.column_name]),
      LINK_COLUMNS,
      "a new link column needs its check in a migration (and in this list)",
    );
    assert.deepEqual(rows.filter((r) => r.validated !== true).map((r) => `${r.table_name}.${r.column_name}`), []);
  });

  test("legacy rows are kept: the bad link cleared, the row as it was in salemate.link_cleanups, a note per column", async () => {
    const after = (
      await db.query(
        "select (select count(*) from activity_notifications)::int as notifications, (select count(*) from inventory_items)::int as items, (select count(*) from support_messages)::int as messages",
      )
    ).rows[0];
    assert.deepEqual(after, before);
    assert.equal((await db.query("select url from activity_notifications where notification_id = $1", [planted.notification])).rows[0].url, null);
    assert.equal((await db.query("select image from inventory_items where id = $1", [planted.item])).rows[0].image, null);
    assert.equal((await db.query("select image from inventory_items where id = $1", [planted.goodItem])).rows[0].image, planted.goodItemImage, "good links untouched");
    assert.deepEqual((await db.query("select attachments from support_messages where message_id = $1", [planted.message])).rows[0].attachments, [
      { url: "https://files.salemate.example/a.pdf", name: "a.pdf" },
      "receipts/c.jpg",
    ]);
    const cleanups = (await db.query("select table_name, column_name, original_value, original_row from salemate.link_cleanups order by table_name")).rows;
    assert.deepEqual(
      cleanups.map((r) => [r.table_name, r.column_name, r.original_value]),
      [
        ["activity_notifications", "url", "javascript:alert(document.cookie)"],
        ["inventory_items", "image", "data:text/html,<script>alert(1)</script>"],
        [
          "support_messages",
          "attachments",
          '[{"url": "https://files.salemate.example/a.pdf", "name": "a.pdf"}, {"url": "javascript:alert(1)", "name": "b"}, "receipts/c.jpg"]',
        ],
      ],
    );
    assert.equal(cleanups[0].original_row.notification_id, planted.notification, "the whole row is kept");
    const notes = (await db.query("select subject, note from salemate.migration_notes where subject like 'links: %' order by subject")).rows;
    assert.deepEqual(
      notes.map((n) => n.subject),
      ["links: activity_notifications.url", "links: inventory_items.image", "links: support_messages.attachments"],
    );
    assert.match(notes[0].note, /^1 legacy value\(s\) .* cleared, rows kept, originals in salemate\.link_cleanups$/);
  });

  test("salemate.is_safe_link: http(s) URLs and scheme-less references pass, every other scheme and trick fails", async () => {
    const check = async (v: string) => (await db.query("select salemate.is_safe_link($1) as ok", [v])).rows[0].ok;
    for (const v of ACCEPTED) assert.equal(await check(v), true, JSON.stringify(v));
    for (const v of REFUSED) assert.equal(await check(v), false, JSON.stringify(v));
    assert.equal((await db.query("select salemate.is_safe_link(null) as ok")).rows[0].ok, true);
  });

  test("a javascript: link is refused with 23514 on every column, for the owner and for API roles", async () => {
    for (const [table, column] of LINK_COLUMNS) {
      const value = column === "attachments" ? `'[{"url": "javascript:alert(1)"}]'::jsonb` : `'javascript:alert(1)'`;
      const c = await db.pool.connect();
      try {
        await c.query("begin");
        await c.query(`alter table public.${table} disable trigger user`);
        const refused = await refusalOf(c, `update public.${table} set ${column} = ${value} where ctid = (select ctid from public.${table} limit 1)`);
        const exists = (await c.query(`select exists (select 1 from public.${table}) as e`)).rows[0].e;
        assert.ok(exists, `${table} has rows in the demo data to try`);
        assert.equal(refused?.code, "23514", `${table}.${column}: ${JSON.stringify(refused)}`);
        assert.match(refused!.message, new RegExp(`${table}_${column}_http_only`));
      } finally {
        await c.query("rollback");
        c.release();
      }
    }
    // Through an API role, on a path a user has: an attachment on a new support thread.
    const refused = await asUser(db, DEMO.customer, (c) =>
      refusalOf(c, `select public.open_support_thread('Help', 'see attached', 'medium', '[{"url": "javascript:alert(1)", "name": "x"}]'::jsonb)`),
    );
    assert.equal(refused?.code, "23514", JSON.stringify(refused));
    const accepted = await asUser(db, DEMO.customer, (c) =>
      refusalOf(c, `select public.open_support_thread('Help', 'see attached', 'medium', '[{"url": "https://files.salemate.example/x.pdf", "name": "x"}]'::jsonb)`),
    );
    assert.equal(accepted, null, "an https attachment is accepted");
  });
});
