import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { assertRefused, asUser, DEMO, refusalOf } from "../../helpers/migration-kit.ts";

/**
 * Who a person is comes from auth, not from a column they edit: profiles.email is the auth
 * user's address, kept in step by the database, unique whatever its case, and not writable
 * through the API.
 */
describe("profiles.email follows auth.users", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
  });
  afterAll(() => db?.drop());

  test("a user cannot change their profile e-mail, not even to a case variant of it", async () => {
    await asUser(db, DEMO.agent2, async (c) => {
      await assertRefused(c, "update profiles set email = 'someone.else@example.com' where id = $1", [DEMO.agent2]);
      await assertRefused(c, "update profiles set email = upper(email) where id = $1", [DEMO.agent2]);
      // The rest of their profile is still theirs to edit.
      assert.equal((await c.query("update profiles set name = 'Renamed' where id = $1", [DEMO.agent2])).rowCount, 1);
    });
    await asUser(db, DEMO.admin, async (c) => {
      await assertRefused(c, "update profiles set email = 'someone.else@example.com' where id = $1", [DEMO.agent2]);
    });
  });

  test("the service role cannot give a profile another address than its auth user's", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("set local role service_role");
      await assertRefused(c, "update profiles set email = 'someone.else@example.com' where id = $1", [DEMO.agent2], "42501", /change it through Supabase Auth/);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("e-mails are unique whatever their case (no case variant of another's address)", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      const r = await refusalOf(c, "update profiles set email = 'AGENT@salemate.test' where id = $1", [DEMO.agent2]);
      assert.equal(r?.code, "23505");
      assert.match(r!.message, /profiles_lower_email_key/);
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  test("an address changed in auth.users reaches the profile; a new profile takes its auth user's address", async () => {
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("update auth.users set email = 'agent2.new@example.com' where id = $1", [DEMO.agent2]);
      assert.equal((await c.query("select email from profiles where id = $1", [DEMO.agent2])).rows[0].email, "agent2.new@example.com");
      const id = randomUUID();
      await c.query("set local session_replication_role = replica"); // no sign-up trigger: the profile is made below
      await c.query("insert into auth.users (id, email, email_confirmed_at) values ($1, 'signed.up@example.com', now())", [id]);
      await c.query("set local session_replication_role = origin");
      await c.query("insert into profiles (id, email, name) values ($1, 'Typed.Otherwise@example.com', 'Signed Up')", [id]);
      assert.equal((await c.query("select email from profiles where id = $1", [id])).rows[0].email, "signed.up@example.com");
    } finally {
      await c.query("rollback");
      c.release();
    }
  });
});
