import { applySupabaseLayer } from "../db/bootstrap.js";
import { withClient } from "../db/database.js";
import { fileDigest, migrate } from "../db/migrator.js";
import { MIGRATIONS_DIR } from "../paths.js";
import { preflight, renderPreflight } from "../preflight/preflight.js";
import { parse } from "./args.js";
import { withDatabase } from "./context.js";

export async function migrateCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { to: { type: "string" }, "dry-run": { type: "boolean" }, digest: { type: "string" } }, "migrate");
  if (values.digest !== undefined) {
    // No database: the digest a history records for this text, for a `-- salemate:replaces` line.
    console.log(fileDigest(values.digest));
    return 0;
  }
  return withDatabase((_config, db) =>
    withClient(db.url, async (c) => {
      if (values["dry-run"]) {
        // Inspect first: what the migration will meet here, before the list of files.
        const report = await preflight(c);
        console.log(`${renderPreflight(report)}\n`);
        const r = await migrate(c, { dir: MIGRATIONS_DIR, to: values.to, dryRun: true, log: (l) => console.log(l) });
        console.log(`${r.pending.length} migration(s) would be applied; ${r.alreadyApplied.length} already applied`);
        if (report.counts.blocking) console.log(`${report.counts.blocking} blocking difference(s): migrate would fail or do harm until they are fixed (see above).`);
        return report.counts.blocking ? 1 : 0;
      }
      const log = (l: string) => console.log(l);
      await applySupabaseLayer(c, { log });
      const r = await migrate(c, { dir: MIGRATIONS_DIR, to: values.to, log });
      console.log(`${r.applied.length} migration(s) applied; ${r.alreadyApplied.length} were already applied`);
      return 0;
    }),
  );
}
