import { applySupabaseLayer } from "../db/bootstrap.js";
import { withClient } from "../db/database.js";
import { migrate } from "../db/migrator.js";
import { MIGRATIONS_DIR } from "../paths.js";
import { parse } from "./args.js";
import { withDatabase } from "./context.js";

export async function migrateCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { to: { type: "string" }, "dry-run": { type: "boolean" } }, "migrate");
  return withDatabase((_config, db) =>
    withClient(db.url, async (c) => {
      if (!values["dry-run"]) await applySupabaseLayer(c);
      const r = await migrate(c, { dir: MIGRATIONS_DIR, to: values.to, dryRun: values["dry-run"], log: (l) => console.log(l) });
      if (values["dry-run"]) console.log(`${r.pending.length} migration(s) would be applied; ${r.alreadyApplied.length} already applied`);
      else console.log(`${r.applied.length} migration(s) applied; ${r.alreadyApplied.length} were already applied`);
      return 0;
    }),
  );
}
