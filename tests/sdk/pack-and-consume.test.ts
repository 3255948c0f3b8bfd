import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import { promisify } from "node:util";
import { ROOT } from "../../server/paths.ts";

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
    for (const peer of PEERS) {
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
    for (const f of ["dist/index.js", "dist/index.d.ts", "dist/client.js", "dist/generated/graphql.js", "dist/generated/graphql.d.ts", "dist/persisted-documents.js", "dist/generated/persisted-documents.json"]) {
      assert.ok(files.includes(f), `${f} is packed`);
    }
    assert.deepEqual(files.filter((f) => /\.map$|\/src\/|gql\.|codegen/.test(f)), []);
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
