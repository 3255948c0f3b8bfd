import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { print, type DocumentNode } from "graphql";
import type pg from "pg";
import * as sdk from "../../client-sdk/src/index.ts";
import { pgSettingsFor } from "../../server/auth/pg-settings.ts";
import { DEMO_USERS } from "../../server/seed/legacy.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";

/**
 * The plan gate: every query document of the SDK runs through the gateway as each persona on a
 * scale-5 database, with the SQL the gateway ran captured (x-graphql-explain: sql); every
 * captured statement is then EXPLAINed as that persona (same role, same claims) as the generic
 * plan the gateway's prepared statements get. A plan fails the gate when it reads the big tables
 * (leads, lead_events, support_messages, profile_wallet_ledger) with a sequential scan while the
 * persona's policies reach only part of them, or when it evaluates a salemate visibility helper
 * per row (anywhere but in an init-plan, which runs once per statement).
 *
 * Staff (admin, support) read every row of leads, events and messages, so a query that counts
 * or reads all of them may scan the table: the sequential-scan rule is for the other personas.
 * Mutations and subscriptions are not run here (their SQL is the workflow functions' and the
 * realtime re-checks'); their lookups use the same policies.
 */

const BIG_TABLES = ["leads", "lead_events", "support_messages", "profile_wallet_ledger"];
const STAFF = new Set(["admin@salemate.test", "support@salemate.test"]);
const PERSONAS = ["agent@salemate.test", "manager@salemate.test", "finance@salemate.test", "support@salemate.test", "admin@salemate.test", "customer@salemate.test"].map(
  (email) => {
    const u = DEMO_USERS.find((d) => d.email === email);
    if (!u) throw new Error(`no demo user ${email}`);
    return u;
  },
);

const queries: Array<{ name: string; text: string; variables: string[] }> = Object.entries(sdk)
  .filter(([name, d]) => name.endsWith("Document") && (d as DocumentNode).definitions?.some((def: any) => def.kind === "OperationDefinition" && def.operation === "query"))
  .map(([name, d]) => {
    const op = (d as DocumentNode).definitions.find((def: any) => def.kind === "OperationDefinition") as any;
    return { name: name.replace(/Document$/, ""), text: print(d as DocumentNode), variables: (op.variableDefinitions ?? []).map((v: any) => v.variable.name.value) };
  });

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Parent Relationship"?: string;
  "Subplan Name"?: string;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

const CONDITIONS = ["Filter", "Index Cond", "Recheck Cond", "Join Filter", "Hash Cond", "Merge Cond", "One-Time Filter", "TID Cond"];

/** What is wrong with a plan, as sentences (empty when it passes). */
function planProblems(plan: PlanNode, opts: { seqScansAllowed: boolean }): string[] {
  const problems: string[] = [];
  const walk = (node: PlanNode, inInitPlan: boolean) => {
    const initPlan = inInitPlan || node["Parent Relationship"] === "InitPlan";
    if (node["Node Type"] === "Seq Scan" && BIG_TABLES.includes(node["Relation Name"] ?? "") && !opts.seqScansAllowed) {
      problems.push(`Seq Scan on ${node["Relation Name"]}`);
    }
    if (!initPlan) {
      for (const key of CONDITIONS) {
        const cond = node[key];
        const helper = typeof cond === "string" ? /salemate\.\w+\(/.exec(cond) : null;
        if (helper) problems.push(`${node["Node Type"]}${node["Relation Name"] ? ` on ${node["Relation Name"]}` : ""} calls ${helper[0]}) per row (${key}: ${cond})`);
      }
    }
    for (const child of node.Plans ?? []) walk(child, initPlan);
  };
  walk(plan, false);
  return problems;
}

describe("the plan gate", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  const values: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    db = await createTestDatabase({ seedScale: 5 });
    gw = await startTestGateway(db, { GRAPHQL_EXPLAIN: "true" });
    // Values for the documents' required variables: rows each persona can reach where it has any.
    for (const p of PERSONAS) {
      const one = async (sql: string) => (await db.query(sql, [p.id])).rows[0]?.id ?? "00000000-0000-4000-8000-000000000000";
      values[p.email] = {
        profileId: p.id,
        leadId: await one("select id from leads where owner_id = $1 or assigned_to_id = $1 or buyer_user_id = $1 order by created_at desc limit 1"),
        teamId: await one("select team_id as id from team_memberships where profile_id = $1 order by created_at limit 1"),
        threadId: await one("select thread_id as id from support_threads where created_by = $1 order by created_at limit 1"),
        token: "no-such-invite-token",
        stage: "HOT_CASE",
      };
    }
  });

  afterAll(async () => {
    await gw?.close();
    await db?.drop();
  });

  test("the SDK has query documents to gate", () => {
    for (const name of ["LeadBoard", "LeadDetail", "LeadTimeline", "SupportThread", "WalletLedger", "MyWallet"]) {
      assert.ok(queries.some((q) => q.name === name), `${name} is not among the SDK's queries`);
    }
  });

  test("the gate refuses a sequential scan and a per-row helper call", () => {
    const bad: PlanNode = {
      "Node Type": "Seq Scan",
      "Relation Name": "leads",
      Filter: "(owner_id = auth.uid())",
      Plans: [{ "Node Type": "Index Scan", "Relation Name": "profiles", "Parent Relationship": "SubPlan", Filter: "salemate.manages_profile(id)" }],
    };
    assert.deepEqual(planProblems(bad, { seqScansAllowed: false }), [
      "Seq Scan on leads",
      "Index Scan on profiles calls salemate.manages_profile() per row (Filter: salemate.manages_profile(id))",
    ]);
    const initPlanOnly: PlanNode = {
      "Node Type": "Index Scan",
      "Relation Name": "leads",
      Filter: "(owner_id = ANY ((InitPlan 1).col1))",
      Plans: [{ "Node Type": "Result", "Parent Relationship": "InitPlan", "One-Time Filter": "salemate.is_staff()" }],
    };
    assert.deepEqual(planProblems(initPlanOnly, { seqScansAllowed: false }), []);
  });

  test("every SDK query, as every persona, plans without a sequential scan of a big table or a per-row visibility helper", async () => {
    const failures: string[] = [];
    let statements = 0;
    const plans = new Map<string, PlanNode>();
    const c = await db.pool.connect();
    try {
      for (const p of PERSONAS) {
        const token = await tokenFor(p.id, p.email);
        const v = values[p.email]!;
        for (const q of queries) {
          const variables: Record<string, unknown> = {};
          for (const name of q.variables) {
            // `$id` is the primary key of the document's row: a team's, a thread's or a lead's.
            if (name === "id") variables.id = q.name === "Team" ? v.teamId : q.name === "SupportThread" ? v.threadId : v.leadId;
            else if (name in v) variables[name] = v[name];
          }
          const res = await gw.graphql(q.text, { token, variables, headers: { "x-graphql-explain": "sql" } });
          assert.equal(res.status, 200, `${q.name} as ${p.email}: HTTP ${res.status}`);
          const sqls: string[] = (res.body.extensions?.explain?.operations ?? []).filter((o: any) => o.type === "sql").map((o: any) => o.query);
          // A refused query (a persona without the right) may run no SQL; one that ran must have been captured.
          if (!res.body.errors) assert.ok(sqls.length > 0, `${q.name} as ${p.email}: no SQL captured`);
          for (const sql of sqls) {
            statements++;
            // The plan depends on the statement and the role, not on the claims (the helpers run
            // at execution, as init-plans): a statement several personas share is planned once.
            let plan = plans.get(sql);
            if (!plan) {
              const settings = pgSettingsFor({ role: "authenticated", sub: p.id, email: p.email } as any);
              await c.query("begin");
              try {
                const keys = Object.keys(settings).filter((k) => k !== "role");
                await c.query(`select ${keys.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, keys.flatMap((k) => [k, settings[k]!]));
                await c.query("set local role authenticated");
                plan = await genericPlan(c, sql);
                plans.set(sql, plan);
              } finally {
                await c.query("rollback");
              }
            }
            for (const problem of planProblems(plan, { seqScansAllowed: STAFF.has(p.email) })) failures.push(`${q.name} as ${p.email}: ${problem}`);
          }
        }
      }
    } finally {
      c.release();
    }
    assert.ok(statements >= queries.length, `only ${statements} statements were explained`);
    assert.deepEqual([...new Set(failures)], []);
  });
});

/**
 * The statement's generic plan (the one for any parameter values): `EXPLAIN (GENERIC_PLAN)` on
 * PostgreSQL 16+, else the statement prepared and executed with nulls under force_generic_plan
 * (PostgreSQL 15, which Supabase runs, has no GENERIC_PLAN option). Inside the caller's transaction.
 */
let prepared = 0;
async function genericPlan(c: pg.ClientBase, sql: string): Promise<PlanNode> {
  const version = Number((await c.query("show server_version_num")).rows[0].server_version_num);
  if (version >= 160000) {
    const r = await c.query(`explain (generic_plan, format json) ${sql}`);
    return (r.rows[0]["QUERY PLAN"][0] as { Plan: PlanNode }).Plan;
  }
  const params = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const name = `plan_gate_${++prepared}`; // prepared statements outlive a rolled-back transaction
  await c.query("set local plan_cache_mode = force_generic_plan");
  await c.query(`prepare ${name} as ${sql}`);
  try {
    const args = params ? `(${Array.from({ length: params }, () => "null").join(", ")})` : "";
    const r = await c.query(`explain (format json) execute ${name}${args}`);
    return (r.rows[0]["QUERY PLAN"][0] as { Plan: PlanNode }).Plan;
  } finally {
    await c.query(`deallocate ${name}`).catch(() => {});
  }
}
