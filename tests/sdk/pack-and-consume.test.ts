import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { promisify } from "node:util";
import { ROOT } from "../../server/paths.ts";
import { runSalemateOn } from "../helpers/cli.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, tokenFor, type TestGateway } from "../helpers/gateway.ts";

/**
 * The SDK as a consumer gets it: `npm pack` of client-sdk (its prepack builds dist with tsc), the
 * tarball installed into a fresh project, and files of that project compiled with `tsc --strict`:
 * correct use compiles, a variable of the wrong type does not. Offline: the install reads only the
 * tarball, and the peer dependencies (and the SDK's one dependency, types only) are links to this
 * repository's node_modules.
 */

const run = promisify(execFile);
const NODE_MODULES = path.join(ROOT, "node_modules");
const TSC = path.join(NODE_MODULES, "typescript", "bin", "tsc");
const PEERS = ["@apollo/client", "graphql", "graphql-ws", "rxjs"];
// A frontend's own build tools (dev dependencies there), linked from this repository.
const BUILD_TOOLS = ["@graphql-codegen/cli", "@graphql-codegen/client-preset"];
const CODEGEN = path.join(NODE_MODULES, "@graphql-codegen", "cli", "esm", "bin.js");
// Apollo's own dependency @wry/caches ships declarations NodeNext rejects; apps on NodeNext
// resolution use skipLibCheck. Bundler resolution (Vite, Next) checks every declaration, ours too.
const BUNDLER = ["--module", "esnext", "--moduleResolution", "bundler"];
const NODENEXT = ["--module", "nodenext", "--moduleResolution", "nodenext", "--skipLibCheck"];

const GOOD = `import {
  createSaleMateClient,
  LeadBoardColumnDocument,
  LeadStage,
  MyWalletChangesDocument,
  PurchaseLeadsDocument,
  type LeadCardFragment,
  type PurchaseLeadsMutationVariables,
} from "@salemate/client-sdk";
import persistedDocuments from "@salemate/client-sdk/persisted-documents";

const client = createSaleMateClient({
  httpUrl: "http://localhost:5678/graphql",
  wsUrl: "ws://localhost:5678/graphql",
  getToken: async () => "a token",
});

export async function newLeads(): Promise<LeadCardFragment[]> {
  const { data } = await client.query({ query: LeadBoardColumnDocument, variables: { stage: LeadStage.NewLead, first: 20 } });
  return data?.leads?.edges.map((edge) => edge.node) ?? [];
}

const purchase: PurchaseLeadsMutationVariables = { projectId: "6b1f3c3e-0000-4000-8000-000000000000", quantity: 3 };
export const buy = () => client.mutate({ mutation: PurchaseLeadsDocument, variables: purchase });

export const balances = client.subscribe({ query: MyWalletChangesDocument }).subscribe(({ data }) => {
  const balance: string | undefined = data?.myWallet?.wallet?.balance;
  return balance;
});

export const manifestSize: number = Object.keys(persistedDocuments).length;
`;

const BAD_LINE = 8;
const BAD = `import { createSaleMateClient, PurchaseLeadsDocument } from "@salemate/client-sdk";

const client = createSaleMateClient({ httpUrl: "http://localhost:5678/graphql", wsUrl: "ws://localhost:5678/graphql", getToken: () => null });

export const buy = () =>
  client.mutate({
    mutation: PurchaseLeadsDocument,
    variables: { projectId: "6b1f3c3e-0000-4000-8000-000000000000", quantity: "3" }, // quantity is an Int
  });
`;

// Runs in Node as an ES module: the entry points load, and the client is built without a server.
const SMOKE = `import { createSaleMateClient, LeadBoardDocument, documentHash } from "@salemate/client-sdk";
import manifest from "@salemate/client-sdk/persisted-documents";
const client = createSaleMateClient({ httpUrl: "http://127.0.0.1:9/graphql", wsUrl: "ws://127.0.0.1:9/graphql", getToken: () => null });
console.log(JSON.stringify({ client: client.constructor.name, hashInManifest: typeof manifest["sha256:" + documentHash(LeadBoardDocument)] === "string" }));
await client.dispose();
`;

// A team's own query, typed by its own codegen run against the schema the SDK ships.
const CODEGEN_CONFIG = `import { saleMateCodegenConfig } from "@salemate/client-sdk/codegen";
export default saleMateCodegenConfig({ documents: ["src/**/*.ts", "!src/gql/**"], output: "src/gql/" });
`;
const OWN_QUERY = `import { graphql, type FragmentType, useFragment } from "./gql/index.js";

export const OwnerFields = graphql(\`
  fragment OwnerFields on ProfileCard {
    id
    name
    roleLabel
  }
\`);

export const TeamBoardQuery = graphql(\`
  query TeamBoard($first: Int!) {
    leads(first: $first) {
      totalCount
      nodes {
        id
        clientName
        stage
        ownerCard {
          ...OwnerFields
        }
      }
    }
  }
\`);

export function ownerName(card: FragmentType<typeof OwnerFields> | null): string | null {
  return card ? useFragment(OwnerFields, card).name : null;
}
`;
const OWN_RUN = `declare const process: { env: Record<string, string | undefined> };
import { createSaleMateClient, LeadStage } from "@salemate/client-sdk";
import { ownerName, TeamBoardQuery } from "./queries.js";

const client = createSaleMateClient({ httpUrl: process.env.GATEWAY_URL + "/graphql", wsUrl: "ws://127.0.0.1:9/graphql", getToken: () => process.env.TOKEN ?? null });
try {
  const { data } = await client.query({ query: TeamBoardQuery, variables: { first: 5 }, fetchPolicy: "network-only" });
  const total: number = data?.leads?.totalCount ?? -1;
  const stages: Array<LeadStage | null> = data?.leads?.nodes.map((n) => n.stage) ?? [];
  const owners = data?.leads?.nodes.map((n) => ownerName(n.ownerCard)) ?? [];
  console.log(JSON.stringify({ ok: true, total, stages, owners }));
} catch (err) {
  // A 400 comes as Apollo's ServerError, the gateway's answer in its bodyText.
  const e = err as { message?: string; errors?: Array<{ extensions?: { code?: string } }>; bodyText?: string };
  const errors = e.errors ?? (e.bodyText ? (JSON.parse(e.bodyText).errors as Array<{ extensions?: { code?: string } }>) : []);
  console.log(JSON.stringify({ ok: false, message: e.message ?? String(err), codes: errors.map((x) => x.extensions?.code ?? null) }));
} finally {
  await client.dispose();
}
`;
// Reads a field the query did not select: the generated types make it a compile error.
const MISREAD = `import { TeamBoardQuery } from "./queries.js";
import type { ResultOf } from "@graphql-typed-document-node/core";
export const first = (r: ResultOf<typeof TeamBoardQuery>) => r.leads?.nodes[0]?.clientNmae;
`;
// A misspelt field in the document itself: the codegen step of the build fails on it.
const MISSPELT = `import { graphql } from "./gql/index.js";
export const Broken = graphql(\`
  query Broken {
    leads(first: 1) {
      nodes {
        clientNmae
      }
    }
  }
\`);
`;

describe("the packed SDK in a fresh project", () => {
  let dir: string;
  let tarball: string;
  let packed: { files: Array<{ path: string }>; size: number; unpackedSize: number };
  const consumer = () => path.join(dir, "consumer");

  async function tsc(file: string, resolution: string[]) {
    try {
      await run(process.execPath, [TSC, "--strict", "--noEmit", "--target", "es2022", "--lib", "es2022,dom", ...resolution, file], { cwd: consumer() });
      return { ok: true, output: "" };
    } catch (err) {
      return { ok: false, output: String((err as { stdout?: string }).stdout ?? err) };
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "salemate-sdk-"));
    // A copy of the package, so packing (and its build) leaves the working tree alone.
    const sdk = path.join(dir, "sdk");
    mkdirSync(sdk);
    for (const f of ["package.json", "README.md", "tsconfig.json", "src"]) cpSync(path.join(ROOT, "client-sdk", f), path.join(sdk, f), { recursive: true });
    symlinkSync(NODE_MODULES, path.join(sdk, "node_modules"));
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: sdk });
    [packed] = JSON.parse(stdout.slice(stdout.indexOf("[")));
    tarball = path.join(dir, (packed as unknown as { filename: string }).filename);

    mkdirSync(consumer());
    const manifest = {
      name: "sdk-consumer",
      private: true,
      type: "module",
      dependencies: { "@graphql-typed-document-node/core": `file:${path.join(NODE_MODULES, "@graphql-typed-document-node", "core")}` },
    };
    writeFileSync(path.join(consumer(), "package.json"), JSON.stringify(manifest, null, 2));
    await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--legacy-peer-deps", "--ignore-scripts", tarball], { cwd: consumer() });
    for (const peer of [...PEERS, ...BUILD_TOOLS]) {
      mkdirSync(path.dirname(path.join(consumer(), "node_modules", peer)), { recursive: true });
      symlinkSync(path.join(NODE_MODULES, peer), path.join(consumer(), "node_modules", peer));
    }
    writeFileSync(path.join(consumer(), "good.ts"), GOOD);
    writeFileSync(path.join(consumer(), "bad.ts"), BAD);
    writeFileSync(path.join(consumer(), "smoke.mjs"), SMOKE);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the tarball holds the built package, its README and package.json, nothing else", () => {
    const files = packed.files.map((f) => f.path).sort();
    assert.deepEqual(files.filter((f) => !f.startsWith("dist/")), ["README.md", "package.json"]);
    for (const f of ["dist/index.js", "dist/index.d.ts", "dist/client.js", "dist/generated/graphql.js", "dist/generated/graphql.d.ts", "dist/persisted-documents.js", "dist/generated/persisted-documents.json", "dist/codegen.js", "dist/codegen.d.ts", "dist/schema.graphql"]) {
      assert.ok(files.includes(f), `${f} is packed`);
    }
    assert.deepEqual(files.filter((f) => /\.map$|\/src\/|gql\.|\/codegen\//.test(f)), []);
    const pkg = JSON.parse(readFileSync(path.join(consumer(), "node_modules", "@salemate", "client-sdk", "package.json"), "utf8"));
    assert.match(pkg.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(Object.keys(pkg.peerDependencies).sort(), [...PEERS].sort());
    assert.equal(pkg.peerDependencies["@apollo/client"], "^4.0.0");
    assert.ok(packed.size < 200_000, `tarball is ${packed.size} bytes`);
  });

  test("a consumer using the SDK correctly compiles with tsc --strict", async () => {
    const bundler = await tsc("good.ts", BUNDLER);
    assert.ok(bundler.ok, bundler.output);
    const nodenext = await tsc("good.ts", NODENEXT);
    assert.ok(nodenext.ok, nodenext.output);
  });

  test("a variable of the wrong type does not compile, and that is the only error", async () => {
    const { ok, output } = await tsc("bad.ts", BUNDLER);
    assert.equal(ok, false, "bad.ts compiled");
    const errors = output.split("\n").filter((l) => /error TS\d+/.test(l));
    assert.equal(errors.length, 1, output);
    assert.match(errors[0]!, new RegExp(`^bad\\.ts\\(${BAD_LINE},\\d+\\): error TS`));
    assert.match(output, /Type 'string' is not assignable to type 'number'/);
  });

  test("the package loads in Node as an ES module", async () => {
    const { stdout } = await run(process.execPath, ["smoke.mjs"], { cwd: consumer() });
    assert.deepEqual(JSON.parse(stdout), { client: "SaleMateClient", hashInManifest: true });
  });
});

describe("a frontend team's own typed query, trusted in production with salemate trust", () => {
  let dir: string;
  let db: TestDatabase;
  let gw: TestGateway;
  let token: string;
  const app = () => path.join(dir, "app");

  async function codegen() {
    try {
      // As a developer runs it (jest's NODE_ENV=test makes graphql-codegen leave out the reasons).
      await run(process.execPath, [CODEGEN, "--config", "codegen.ts"], { cwd: app(), env: { ...process.env, NODE_ENV: "development" } });
      return { ok: true, output: "" };
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
    }
  }
  async function tsc(args: string[]) {
    try {
      await run(process.execPath, [TSC, "--strict", "--target", "es2022", "--lib", "es2022,dom", ...NODENEXT, ...args], { cwd: app() });
      return { ok: true, output: "" };
    } catch (err) {
      return { ok: false, output: String((err as { stdout?: string }).stdout ?? err) };
    }
  }
  async function runApp() {
    const { stdout } = await run(process.execPath, ["dist/run.js"], { cwd: app(), env: { ...process.env, GATEWAY_URL: gw.url, TOKEN: token } });
    return JSON.parse(stdout.trim().split("\n").pop()!);
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "salemate-app-"));
    const sdk = path.join(dir, "sdk");
    mkdirSync(sdk);
    for (const f of ["package.json", "README.md", "tsconfig.json", "src"]) cpSync(path.join(ROOT, "client-sdk", f), path.join(sdk, f), { recursive: true });
    symlinkSync(NODE_MODULES, path.join(sdk, "node_modules"));
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: sdk });
    const tarball = path.join(dir, JSON.parse(stdout.slice(stdout.indexOf("[")))[0].filename);
    mkdirSync(path.join(app(), "src"), { recursive: true });
    const pkg = {
      name: "team-app",
      private: true,
      type: "module",
      dependencies: { "@graphql-typed-document-node/core": `file:${path.join(NODE_MODULES, "@graphql-typed-document-node", "core")}` },
    };
    writeFileSync(path.join(app(), "package.json"), JSON.stringify(pkg, null, 2));
    await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--legacy-peer-deps", "--ignore-scripts", tarball], { cwd: app() });
    for (const dep of [...PEERS, ...BUILD_TOOLS]) {
      mkdirSync(path.dirname(path.join(app(), "node_modules", dep)), { recursive: true });
      symlinkSync(path.join(NODE_MODULES, dep), path.join(app(), "node_modules", dep));
    }
    writeFileSync(path.join(app(), "codegen.ts"), CODEGEN_CONFIG);
    writeFileSync(path.join(app(), "src", "queries.ts"), OWN_QUERY);
    writeFileSync(path.join(app(), "src", "run.ts"), OWN_RUN);

    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db, { NODE_ENV: "production" });
    const agent = (await db.query("select id, email from profiles where email = 'agent@salemate.test'")).rows[0];
    token = await tokenFor(agent.id, agent.email);
  });
  afterAll(async () => {
    await gw?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("codegen against the SDK's schema types the team's graphql() query; the app compiles under strict", async () => {
    const gen = await codegen();
    assert.ok(gen.ok, gen.output);
    const manifest = JSON.parse(readFileSync(path.join(app(), "src", "gql", "persisted-documents.json"), "utf8"));
    assert.deepEqual(Object.keys(manifest).length, 1);
    assert.match(Object.values(manifest)[0] as string, /fragment OwnerFields on ProfileCard[\s\S]*query TeamBoard\b/);
    const built = await tsc(["--outDir", "dist", "--rootDir", "src", "src/run.ts"]);
    assert.ok(built.ok, built.output);
  });

  test("reading a field the query does not select fails to compile, and that is the only error", async () => {
    writeFileSync(path.join(app(), "src", "misread.ts"), MISREAD);
    try {
      const { ok, output } = await tsc(["--noEmit", "src/misread.ts"]);
      assert.equal(ok, false, "misread.ts compiled");
      const errors = output.split("\n").filter((l) => /error TS\d+/.test(l));
      assert.equal(errors.length, 1, output);
      assert.match(errors[0]!, /src\/misread\.ts\(3,\d+\): error TS2551: Property 'clientNmae' does not exist .* Did you mean 'clientName'\?/);
    } finally {
      rmSync(path.join(app(), "src", "misread.ts"));
    }
  });

  test("a misspelt field in the team's document fails the build at codegen, naming the field", async () => {
    writeFileSync(path.join(app(), "src", "broken.ts"), MISSPELT);
    try {
      const gen = await codegen();
      assert.equal(gen.ok, false, "codegen accepted a misspelt field");
      assert.match(gen.output, /Cannot query field "clientNmae" on type "Lead"\. Did you mean "clientName"/);
    } finally {
      rmSync(path.join(app(), "src", "broken.ts"));
    }
  });

  test("production refuses the team's query until `salemate trust` registers its manifest; then it runs, and --revoke stops it", async () => {
    const refused = await runApp();
    assert.equal(refused.ok, false, JSON.stringify(refused));
    assert.deepEqual(refused.codes, ["TRUSTED_DOCUMENT_UNKNOWN"], JSON.stringify(refused));

    const manifest = path.join(app(), "src", "gql", "persisted-documents.json");
    const trust = await runSalemateOn(db.url, ["trust", manifest, "--app", "team-app", "--by", "ci"]);
    assert.equal(trust.code, 0, trust.stderr);
    assert.match(trust.stdout, /trusted 1 document\(s\) for team-app: 1 new, 0 reinstated, 0 already registered/);
    const row = (await db.query("select app, registered_by, revoked_at from salemate.trusted_documents")).rows;
    assert.equal(row.length, 1);
    assert.equal(row[0].app, "team-app");
    assert.match(row[0].registered_by, /^ci as \w+/);
    assert.equal(row[0].revoked_at, null);

    const ran = await runApp();
    assert.equal(ran.ok, true, JSON.stringify(ran));
    const expected = (await db.query("select count(*)::int as n from leads where (select id from profiles where email = 'agent@salemate.test') in (owner_id, assigned_to_id, buyer_user_id)")).rows[0].n;
    assert.equal(ran.total, expected);
    assert.equal(ran.stages.length, Math.min(5, expected));
    // The owner's name comes through the fragment, read from Apollo's cache with useFragment.
    const owners = (
      await db.query(
        "select p.name from (select id, owner_id from leads where (select id from profiles where email = 'agent@salemate.test') in (owner_id, assigned_to_id, buyer_user_id) order by id limit 5) l left join profiles p on p.id = l.owner_id order by l.id",
      )
    ).rows.map((r) => r.name ?? null);
    assert.deepEqual(ran.owners, owners);
    assert.ok(owners.some((o) => o !== null), "the agent's first leads have owners");

    const list = await runSalemateOn(db.url, ["trust", "--list", "--json"]);
    assert.equal(list.code, 0, list.stderr);
    const listed = JSON.parse(list.stdout);
    assert.deepEqual(listed.map((d: any) => [d.app, d.operations, d.registeredBy.startsWith("ci as "), d.revokedAt]), [["team-app", ["query TeamBoard"], true, null]]);

    const revoke = await runSalemateOn(db.url, ["trust", "--revoke", "team-app"]);
    assert.equal(revoke.code, 0, revoke.stderr);
    await new Promise((r) => setTimeout(r, 5_200)); // the gateway remembers a registered document for 5 s
    const after = await runApp();
    assert.deepEqual(after.codes, ["TRUSTED_DOCUMENT_UNKNOWN"], JSON.stringify(after));
    const again = await runSalemateOn(db.url, ["trust", "--revoke", "team-app"]);
    assert.equal(again.code, 1, "nothing left to revoke");
  });

  test("salemate trust refuses a manifest whose hash is not its document's, and registers nothing", async () => {
    const forged = path.join(dir, "forged.json");
    writeFileSync(forged, JSON.stringify({ ["sha256:" + "0".repeat(64)]: "query Everything { profiles { nodes { email phone } } }" }));
    const r = await runSalemateOn(db.url, ["trust", forged, "--app", "mallory"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /is not the sha256 of its document; nothing registered|is not the sha256 of its document \(/);
    assert.equal((await db.query("select count(*)::int as n from salemate.trusted_documents where app = 'mallory'")).rows[0].n, 0);
  });
});
