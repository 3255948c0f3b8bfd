import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../../helpers/gateway.ts";

/**
 * Issue 16's hostile examples over HTTP with real tokens: what a signed-in user may not write
 * through GraphQL, each refusal checked for its code (FORBIDDEN is PostgreSQL's 42501,
 * NOT_FOUND the gateway's "not found or not permitted").
 */

type Who = { id: string; email: string; token: string };

describe("write boundaries over GraphQL", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const people: Record<string, Who> = {};

  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    for (const name of ["agent", "agent2", "manager", "customer", "admin", "teamlead"]) {
      const { rows } = await db.query("select id, email from profiles where email = $1", [`${name}@salemate.test`]);
      people[name] = { ...rows[0], token: await tokenFor(rows[0].id, rows[0].email) };
    }
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  /** One error with this code, and no result. */
  async function refused(token: string, query: string, variables: Record<string, unknown>, code: string) {
    const r = await gw.graphql(query, { token, variables });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.errors?.length, 1, JSON.stringify(r.body));
    assert.equal(r.body.errors[0].extensions?.code, code, JSON.stringify(r.body.errors[0]));
    assert.equal(Object.values(r.body.data ?? {})[0] ?? null, null);
    return r.body.errors[0] as { message: string };
  }

  test("updateProfile on someone else's row is a clear 'not found or not permitted' error, not a silent null", async () => {
    const before = (await db.query("select name, phone from profiles where id = $1", [people.agent2!.id])).rows[0];
    const err = await refused(
      people.agent!.token,
      `mutation ($id: UUID!) { updateProfile(input: { id: $id, patch: { name: "Hijacked" } }) { profile { id name } } }`,
      { id: people.agent2!.id },
      "NOT_FOUND",
    );
    assert.match(err.message, /not found or not permitted/i);
    assert.deepEqual((await db.query("select name, phone from profiles where id = $1", [people.agent2!.id])).rows[0], before);
    // One's own row still updates.
    const own = await gw.graphql(`mutation ($id: UUID!) { updateProfile(input: { id: $id, patch: { name: "Agent Renamed" } }) { profile { name } } }`, {
      token: people.agent!.token,
      variables: { id: people.agent!.id },
    });
    assert.equal(own.body.errors, undefined, JSON.stringify(own.body.errors));
    assert.equal(own.body.data.updateProfile.profile.name, "Agent Renamed");
  });

  test("a profile's e-mail is not in the API's patch: it follows the sign-in address", async () => {
    const r = await gw.graphql(`mutation ($id: UUID!) { updateProfile(input: { id: $id, patch: { email: "MANAGER@salemate.test" } }) { profile { email } } }`, {
      token: people.agent!.token,
      variables: { id: people.agent!.id },
    });
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.match(r.body.errors[0].message, /"email" is not defined by type "ProfilePatch"/);
  });

  test("createLead cannot make a lead already sold, priced, or bought by another agent", async () => {
    const project = (await db.query("select id from inventory_projects order by id limit 1")).rows[0].id;
    const base = { clientName: "Sold Already", clientPhone: "+201000000001", platform: "OTHER", projectId: project, ownerId: people.agent!.id };
    const create = `mutation ($lead: LeadInput!) { createLead(input: { lead: $lead }) { lead { id isSold cplPrice buyerUserId } } }`;
    // The sale columns are not in the input at all.
    const sold = await gw.graphql(create, { token: people.agent!.token, variables: { lead: { ...base, isSold: true, buyerUserId: people.agent2!.id } } });
    assert.equal(sold.status, 400, JSON.stringify(sold.body));
    assert.match(sold.body.errors[0].message, /"isSold" is not defined by type "LeadInput"|"buyerUserId" is not defined/);
    // A price is: the database refuses it from anyone but an admin.
    await refused(people.agent!.token, create, { lead: { ...base, cplPrice: 0 } }, "FORBIDDEN");
    const n = (await db.query("select count(*)::int as n from leads where client_name = 'Sold Already'")).rows[0].n;
    assert.equal(n, 0);
  });

  test("an assignee cannot take a lead over through updateLead: owner, buyer, price and sale are not in the patch", async () => {
    const r = await gw.graphql(`mutation ($id: UUID!, $me: UUID!) { updateLead(input: { id: $id, patch: { ownerId: $me, cplPrice: 0, isSold: true } }) { lead { id } } }`, {
      token: people.agent!.token,
      variables: { id: "00000000-0000-4000-8000-000000000000", me: people.agent!.id },
    });
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.match(r.body.errors.map((e: { message: string }) => e.message).join(" "), /"ownerId" is not defined by type "LeadPatch"/);
  });

  test("a customer cannot change the amount or quantity of their own pending transaction", async () => {
    const tx = (
      await db.query(
        `insert into lead_transactions (transaction_type, profile_id, project_id, quantity, amount, status, source)
         select 'request', $1, id, 5, 500, 'pending', 'shop' from inventory_projects order by id limit 1 returning transaction_id`,
        [people.customer!.id],
      )
    ).rows[0].transaction_id;
    const update = `mutation ($id: UUID!, $patch: LeadTransactionPatch!) { updateLeadTransaction(input: { id: $id, patch: $patch }) { leadTransaction { amount quantity status } } }`;
    await refused(people.customer!.token, update, { id: tx, patch: { amount: "1" } }, "FORBIDDEN");
    await refused(people.customer!.token, update, { id: tx, patch: { quantity: 500 } }, "FORBIDDEN");
    // What a buyer may still do: add a note, cancel.
    const ok = await gw.graphql(update, { token: people.customer!.token, variables: { id: tx, patch: { notes: "call me first", status: "cancelled" } } });
    assert.equal(ok.body.errors, undefined, JSON.stringify(ok.body.errors));
    assert.deepEqual(ok.body.data.updateLeadTransaction.leadTransaction, { amount: "500.00", quantity: 5, status: "cancelled" });
  });

  test("the audit log offers no update or delete mutation, and an admin's entry is written as the admin", async () => {
    for (const name of ["updateAuditLog", "updateAuditLogByNodeId", "deleteAuditLog", "deleteAuditLogByNodeId"]) {
      const r = await gw.graphql(`mutation { ${name}(input: {}) { clientMutationId } }`, { token: people.admin!.token });
      assert.equal(r.status, 400, name);
      assert.match(r.body.errors[0].message, new RegExp(`Cannot query field "${name}" on type "Mutation"`));
    }
    const created = await gw.graphql(`mutation { createAuditLog(input: { auditLog: { action: "probe", entity: "probe", entityId: "1", actorId: "${people.agent!.id}" } }) { auditLog { actorId } } }`, {
      token: people.admin!.token,
    });
    assert.equal(created.body.errors?.[0]?.extensions?.code, "FORBIDDEN", JSON.stringify(created.body));
    const own = await gw.graphql(`mutation { createAuditLog(input: { auditLog: { action: "probe", entity: "probe", entityId: "1" } }) { auditLog { actorId } } }`, {
      token: people.admin!.token,
    });
    assert.equal(own.body.errors, undefined, JSON.stringify(own.body.errors));
    assert.equal(own.body.data.createAuditLog.auditLog.actorId, people.admin!.id);
  });

  test("team hijack: an e-mail case variant neither names the attacker on an invitation nor lets them accept it", async () => {
    const team = (await db.query("select id from teams where owner_profile_id = $1 and legacy_table = 'profiles'", [people.manager!.id])).rows[0].id;
    const invited = await gw.graphql(
      `mutation ($team: UUID!) { inviteToTeam(input: { teamId: $team, inviteeEmail: "new.lead@example.com", role: "team_lead" }) { result { id token inviteeProfileId } } }`,
      { token: people.manager!.token, variables: { team } },
    );
    assert.equal(invited.body.errors, undefined, JSON.stringify(invited.body.errors));
    const invite = invited.body.data.inviteToTeam.result;
    assert.equal(invite.inviteeProfileId, null, "nobody has confirmed that address");
    // Even holding the token (leaked link), the agent is not the invitee: their auth e-mail is theirs.
    const r = await gw.graphql(`mutation ($token: String!) { acceptTeamInvite(input: { token: $token }) { result { id } } }`, {
      token: people.agent2!.token,
      variables: { token: invite.token },
    });
    assert.equal(r.body.errors?.[0]?.extensions?.code, "BUSINESS_RULE", JSON.stringify(r.body));
    assert.match(r.body.errors[0].message, /Invitation not found|Only the person invited/);
    const member = await db.query("select 1 from team_memberships where team_id = $1 and profile_id = $2", [team, people.agent2!.id]);
    assert.equal(member.rowCount, 0);
  });
});
