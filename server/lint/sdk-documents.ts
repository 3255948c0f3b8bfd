import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { GRAPHQL_DIR, ROOT } from "../paths.js";

/**
 * The SDK's documents: one per operation of graphql/operations (codegen names the document of
 * `query WalletLedger` WalletLedgerDocument). A root field the SDK has no operation for has no
 * document to name: a frontend writes its own with graphql() (client-sdk/README.md).
 */

export const OPERATIONS_DIR = path.join(GRAPHQL_DIR, "operations");

export interface SdkOperation {
  name: string;
  document: string;
  /** Relative to the repository root. */
  file: string;
  operation: OperationDefinitionNode["operation"];
  /** Root fields with the key they answer under (the alias, if any). */
  rootFields: Array<{ field: string; key: string }>;
  variables: Array<{ name: string; required: boolean }>;
  /** The operation as written, followed by the fragments it spreads (directly or through others). */
  source: string;
}

/** The operation's text with every fragment it needs, from the fragments of all the SDK's files. */
function withFragments(def: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): string {
  const needed: FragmentDefinitionNode[] = [];
  const seen = new Set<string>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (seen.has(name) || !fragment) return;
        seen.add(name);
        needed.push(fragment);
        collect(fragment);
      },
    });
  collect(def);
  return [def, ...needed].map((d) => print(d)).join("\n\n");
}

export function loadSdkOperations(dir: string = OPERATIONS_DIR): SdkOperation[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(graphql|gql)$/.test(f)) files.push(p);
    }
  };
  walk(dir);
  const out: SdkOperation[] = [];
  const docs: Array<[string, DocumentNode]> = [];
  for (const file of files) {
    try {
      docs.push([file, parse(readFileSync(file, "utf8"))]);
    } catch {
      // a document being written; the SDK's own build reports it
    }
  }
  const fragments = new Map(docs.flatMap(([, d]) => d.definitions.filter((x): x is FragmentDefinitionNode => x.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f] as const)));
  for (const [file, doc] of docs) {
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) continue;
      out.push({
        name: def.name.value,
        document: `${def.name.value}Document`,
        file: path.relative(ROOT, file).split(path.sep).join("/"),
        operation: def.operation,
        rootFields: def.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [{ field: s.name.value, key: s.alias?.value ?? s.name.value }] : [])),
        variables: (def.variableDefinitions ?? []).map((v) => ({ name: v.variable.name.value, required: v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue })),
        source: withFragments(def, fragments),
      });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The SDK operation calling a root field: one that calls only it if any, else the first that calls it. */
export function sdkOperationFor(field: string, ops: SdkOperation[]): SdkOperation | undefined {
  const calling = ops.filter((o) => o.rootFields.some((r) => r.field === field));
  return calling.find((o) => o.rootFields.every((r) => r.field === field)) ?? calling[0];
}

/** The SDK operation for a replacement: the one it names (`sdk`), else the one calling its root field. */
export function sdkOperationForUse(use: { graphql: string; sdk?: string }, ops: SdkOperation[]): SdkOperation | undefined {
  if (use.sdk) return ops.find((o) => o.name === use.sdk && o.rootFields.some((r) => r.field === use.graphql));
  return sdkOperationFor(use.graphql, ops);
}

/** The SDK's document calling a root field, or undefined when the SDK has none. */
export function sdkDocumentFor(field: string, ops: SdkOperation[]): string | undefined {
  return sdkOperationFor(field, ops)?.document;
}
