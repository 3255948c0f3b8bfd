import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildSchema } from "../app.js";
import { printSortedSchema } from "../graphql/export-schema.js";
import { GRAPHQL_DIR } from "../paths.js";
import { parse } from "./args.js";
import { withDatabase } from "./context.js";

export async function exportSchema(argv: string[]): Promise<number> {
  const { values } = parse(argv, { out: { type: "string" } }, "export-schema");
  const out = values.out ?? path.join(GRAPHQL_DIR, "schema.graphql");
  return withDatabase(async (config, db) => {
    const schema = await buildSchema(config, db.url);
    writeFileSync(out, printSortedSchema(schema));
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
    return 0;
  });
}
