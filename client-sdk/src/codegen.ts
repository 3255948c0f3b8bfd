/**
 * graphql-codegen configuration for a frontend's OWN documents, typed against the schema this
 * version of the SDK was built from (shipped as `@salemate/client-sdk/schema.graphql`), with the
 * same scalar and enum conventions as the SDK's documents. It writes, under `output`:
 *  - `graphql()` (gql.ts): write `graphql(\`query ... \`)` and get a TypedDocumentNode whose result
 *    and variables are typed; a misspelt field fails the codegen step, a misread one fails tsc;
 *  - `useFragment` / `FragmentType` / `makeFragmentData` (fragment-masking.ts);
 *  - `persisted-documents.json`: the build's manifest, for `salemate trust <file> --app <name>`.
 * Each document carries its sha256 hash, which the SDK's client sends, so a production gateway
 * runs it once the manifest is registered. Documents get `__typename` on every selection before
 * they are hashed, as Apollo Client adds it before sending: the manifest then holds exactly what
 * the client sends, and the cache can tell which fragment a row matches. Needs `@graphql-codegen/cli` and
 * `@graphql-codegen/client-preset` as dev dependencies of the frontend.
 */
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

export interface SaleMateCodegenOptions {
  /** Globs of the files holding `graphql(...)` calls, e.g. `["src/**\/*.tsx", "!src/gql/**"]`. */
  documents: string | string[];
  /** Folder the generated files go to, e.g. `src/gql/`. */
  output: string;
}

/** The schema of this SDK version, as a file path (for codegen, editors, eslint-plugin-graphql). */
export const schemaPath: string = decodeURIComponent(new URL("./schema.graphql", import.meta.url).pathname);

export function saleMateCodegenConfig(options: SaleMateCodegenOptions) {
  const output = options.output.endsWith("/") ? options.output : `${options.output}/`;
  return {
    overwrite: true,
    schema: schemaPath,
    documents: options.documents,
    ignoreNoDocuments: false,
    emitLegacyCommonJSImports: false,
    generates: {
      [output]: {
        preset: "client",
        presetConfig: {
          fragmentMasking: { unmaskFunctionName: "useFragment" },
          persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
        },
        documentTransforms: [addTypenameSelectionDocumentTransform],
        config: {
          useTypeImports: true,
          enumType: "const",
          nonOptionalTypename: true,
          skipTypeNameForRoot: true,
          avoidOptionals: { field: true, inputValue: false },
          strictScalars: true,
          defaultScalarType: "unknown",
          scalars: {
            UUID: "string",
            Datetime: "string",
            BigFloat: "string",
            BigInt: "string",
            Cursor: "string",
            JSON: { input: "unknown", output: "unknown" },
          },
        },
      },
    },
  };
}
