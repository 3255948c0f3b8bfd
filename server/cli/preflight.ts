import { withClient } from "../db/database.js";
import { preflight, renderPreflight } from "../preflight/preflight.js";
import { parse } from "./args.js";
import { withDatabase } from "./context.js";

/** `salemate preflight [--json]`: what the migration will meet here; exit 1 only when something blocks it. */
export async function preflightCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: "boolean" } }, "preflight");
  return withDatabase((_config, db) =>
    withClient(db.url, async (c) => {
      const report = await preflight(c);
      console.log(values.json ? JSON.stringify(report, null, 2) : renderPreflight(report));
      return report.counts.blocking > 0 ? 1 : 0;
    }),
  );
}
