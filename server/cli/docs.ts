import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSchema as schemaFromSdl, type GraphQLSchema } from "graphql";
import { checkMigrationGuide, generateMigrationGuide, GUIDE_PATH } from "../docs/migration-guide.js";
import { loadMigrationMap } from "../migration-map.js";
import { GRAPHQL_DIR, ROOT } from "../paths.js";
import { parse, UsageError } from "./args.js";
import { withDatabase } from "./context.js";

/**
 * `salemate docs`: regenerates docs/migration-guide.md from sql/map, the SDK's operations and
 * the GraphQL schema: graphql/schema.graphql when present (or --schema FILE), else, or with
 * --live, the schema the gateway builds on the database. --check only compares, for CI.
 * Exit 1 when the map does not hold against the schema or, with --check, when the committed
 * guide is out of date.
 */
export async function docsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { check: { type: "boolean" }, schema: { type: "string" }, live: { type: "boolean" }, out: { type: "string" } }, "docs");
  const out = values.out ?? path.join(ROOT, GUIDE_PATH);
  const schemaFile = values.schema ?? path.join(GRAPHQL_DIR, "schema.graphql");
  if (values.schema && !existsSync(schemaFile)) throw new UsageError(`docs: ${schemaFile}: no such file`);
  if (values.schema && values.live) throw new UsageError("docs: --schema or --live, not both");
  const fromFile = !values.live && existsSync(schemaFile);

  let schema: GraphQLSchema;
  if (fromFile) {
    schema = schemaFromSdl(readFileSync(schemaFile, "utf8"));
    console.error(`schema: ${path.relative(process.cwd(), schemaFile)}`);
  } else {
    const { buildSchema } = await import("../app.js");
    schema = await withDatabase((config, db) => buildSchema(config, db.url));
    console.error("schema: the live schema of the database");
  }

  const map = loadMigrationMap();
  const problems = checkMigrationGuide(map, schema);
  if (problems.length) {
    console.error(`the map does not hold against the schema (sql/map/replacements.json):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    if (fromFile) console.error(`(the schema came from ${path.relative(process.cwd(), schemaFile)}: if that is out of date, run \`npx salemate export-schema\` or use --live)`);
    return 1;
  }
  const guide = generateMigrationGuide(map, schema);
  const rel = path.relative(process.cwd(), out);
  if (values.check) {
    const current = existsSync(out) ? readFileSync(out, "utf8") : "";
    if (current === guide) {
      console.log(`${rel} is up to date`);
      return 0;
    }
    console.error(`${rel} is out of date: run \`npx salemate docs\``);
    return 1;
  }
  writeFileSync(out, guide);
  console.log(`wrote ${rel}`);
  return 0;
}
