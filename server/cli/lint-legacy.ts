import { existsSync } from "node:fs";
import path from "node:path";
import { AllowListError } from "../lint/allow-list.js";
import { parse, UsageError } from "./args.js";

const USAGE = `usage: salemate lint-legacy <path> [--json] [--allow <file>]

Finds uses of legacy tables, views, columns, RPCs and realtime channels (sql/map) in a frontend
or edge-function tree: supabase-js calls, raw SQL, realtime subscriptions, GraphQL documents.
  --json          print the findings as a JSON array
  --allow <file>  allow-list (default: <path>/.legacy-allow): lines "path-glob[:legacy_name]", # comments
Exit status: 0 no uses, 1 uses found, 2 usage error or no source files at <path>.`;

/**
 * Exit 0 when clean, 1 on findings (a CI gate), 2 when it could not run as asked, including a
 * path with no source files: a CI job pointed at the wrong folder must fail, not pass clean.
 */
export async function lintLegacyCommand(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parse(argv, { json: { type: "boolean" }, allow: { type: "string" }, help: { type: "boolean", short: "h" } }, "lint-legacy");
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`lint-legacy: ${positionals.length ? "one path only" : "a path to scan is required"}`);
    const target = positionals[0]!;
    if (!existsSync(target)) throw new UsageError(`lint-legacy: ${target}: no such file or directory`);
    if (values.allow !== undefined && !existsSync(values.allow)) throw new UsageError(`lint-legacy: allow-list ${values.allow}: no such file`);

    // The scanners load the TypeScript compiler: only once the arguments are known to be good.
    const { lintLegacy, SCANNED_KINDS } = await import("../lint/lint-legacy.js");
    const { formatFindings, summary, unusedAllowEntries } = await import("../lint/report.js");
    const result = lintLegacy(target, { allowFile: values.allow });
    if (result.files === 0) {
      console.error(
        `salemate lint-legacy: ${target}: no source files to scan, so nothing was checked. It reads ${SCANNED_KINDS} files ` +
          "(skipping node_modules, dist, build and the like): point it at the app's source folder, e.g. src or supabase/functions.",
      );
      return 2;
    }
    const display = (file: string) => path.relative(process.cwd(), path.join(result.root, file)) || file;
    if (values.json) {
      console.log(JSON.stringify(result.findings.map((f) => ({ ...f, file: display(f.file) })), null, 2));
    } else {
      for (const line of formatFindings(result.findings, display)) console.log(line);
      console.log(summary(result));
    }
    for (const warning of unusedAllowEntries(result)) console.error(`warning: ${warning}`);
    return result.findings.length ? 1 : 0;
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof AllowListError)) throw err;
    console.error(`salemate ${err instanceof AllowListError ? `lint-legacy: ${err.message}` : err.message}\n\n${USAGE}`);
    return 2;
  }
}
