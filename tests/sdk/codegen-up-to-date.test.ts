import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "@jest/globals";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { ROOT } from "../../server/paths.ts";

/**
 * client-sdk/src/generated/ is what `npm run codegen` writes from graphql/schema.graphql and
 * graphql/operations: generated here in memory (nothing is written) and compared file by file,
 * so a changed document or schema without a codegen run fails.
 */

const GENERATED = path.join(ROOT, "client-sdk", "src", "generated");

test("client-sdk/src/generated is what `npm run codegen` writes", async () => {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, "codegen.yml") });
  const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: ROOT, silent: true, verbose: false }, false);
  const expected = new Map(outputs.map((o) => [path.resolve(ROOT, o.filename), o.content]));
  assert.ok(expected.size >= 4, `codegen produced ${[...expected.keys()].join(", ")}`);

  const stale: string[] = [];
  for (const [file, content] of expected) {
    let onDisk: string | undefined;
    try {
      onDisk = readFileSync(file, "utf8");
    } catch {
      onDisk = undefined;
    }
    if (onDisk !== content) stale.push(path.relative(ROOT, file) + (onDisk === undefined ? " (missing)" : ""));
  }
  for (const name of readdirSync(GENERATED)) {
    const file = path.join(GENERATED, name);
    if (!expected.has(file)) stale.push(`${path.relative(ROOT, file)} (not generated any more)`);
  }
  assert.deepEqual(stale, [], `out of date: run \`npm run codegen\` and commit the result.\n  ${stale.join("\n  ")}`);
});

test("the manifest holds every generated document, each under the hash its document carries", async () => {
  const manifest = JSON.parse(readFileSync(path.join(GENERATED, "persisted-documents.json"), "utf8")) as Record<string, string>;
  const sdk = (await import("../../client-sdk/src/generated/graphql.ts")) as Record<string, unknown>;
  const { createHash } = await import("node:crypto");
  const documents = Object.entries(sdk).filter(([name]) => name.endsWith("Document"));
  const operations = documents.filter(([, d]) => (d as { definitions: Array<{ kind: string }> }).definitions.some((def) => def.kind === "OperationDefinition"));
  assert.equal(operations.length, Object.keys(manifest).length, "one manifest entry per operation");
  for (const [name, document] of operations) {
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    assert.ok(hash && manifest[hash], `${name} has a hash in the manifest`);
    assert.equal(hash, `sha256:${createHash("sha256").update(manifest[hash]!).digest("hex")}`, `${name}: the hash is the text's`);
  }
});
