import { inspect } from "node:util";
import { ConfigError } from "../config.js";
import { EmbeddedPostgresError } from "../db/embedded.js";
import { MigrationError } from "../db/migrator.js";
import { UsageError } from "./args.js";

type Command = (argv: string[]) => Promise<number | void>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  start: { summary: "development all-in-one: database, migrations, demo data, gateway", load: async () => (await import("./start.js")).start },
  serve: { summary: "run the gateway on an already migrated database", load: async () => (await import("./serve.js")).serve },
  preflight: { summary: "inspect the database before migrating: differences handled, needing a decision, blocking [--json]", load: async () => (await import("./preflight.js")).preflightCommand },
  migrate: { summary: "apply sql/migrations [--to VERSION|phaseN] [--dry-run]; --digest FILE prints what a history records for a file", load: async () => (await import("./migrate.js")).migrateCommand },
  seed: { summary: "lay down data: --legacy [--scale N] [--force]", load: async () => (await import("./seed.js")).seed },
  verify: { summary: "prove the migration lost nothing; exit 1 on any unexplained difference", load: async () => (await import("./verify.js")).verifyCommand },
  "export-schema": { summary: "write graphql/schema.graphql from the live schema", load: async () => (await import("./export-schema.js")).exportSchema },
  token: { summary: "mint a development JWT: --role <role> | --user <email or id>", load: async () => (await import("./token.js")).token },
  docs: { summary: "regenerate docs/migration-guide.md from sql/map and the GraphQL schema [--check] [--live]", load: async () => (await import("./docs.js")).docsCommand },
  worker: { summary: "run the job worker (graphile-worker) alone [--no-cron]", load: async () => (await import("./worker.js")).workerCommand },
  jobs: { summary: "list queued, running, failed and scheduled jobs and the crontab's next runs [--json] [--limit N] [--unlock WORKER_ID]", load: async () => (await import("./jobs.js")).jobsCommand },
  "otp-last": { summary: "print the last phone code the development SMS sink recorded: <phone>", load: async () => (await import("./otp-last.js")).otpLastCommand },
  trust: { summary: "register a frontend's persisted-documents manifest for production: <manifest.json> --app <name> | --list [--json] | --revoke <app|hash>", load: async () => (await import("./trust.js")).trustCommand },
  "lint-legacy": { summary: "find uses of legacy tables, RPCs and channels in a codebase: <path> [--json] [--allow FILE]", load: async () => (await import("./lint-legacy.js")).lintLegacyCommand },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    "usage: salemate <command> [options]",
    "",
    ...Object.entries(COMMANDS).map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`),
    "",
    "Environment: DATABASE_URL (absent: embedded PostgreSQL), PORT (5678), SALEMATE_DATA_DIR (the project's .salemate),",
    "SALEMATE_PG_PORT (55432, the embedded PostgreSQL's), JWT_SECRET (absent in development: generated into the data dir),",
    "NODE_ENV, DEBUG (errors with their stack trace and PostgreSQL's log).",
  ].join("\n");
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`salemate: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const code = await (await cmd.load())(rest);
  return code ?? 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // One line naming the cause; DEBUG (or the older SALEMATE_DEBUG) adds the stack and PostgreSQL's log.
    const debug = Boolean(process.env.DEBUG || process.env.SALEMATE_DEBUG);
    if (err instanceof ConfigError) console.error(`configuration error: ${err.message}`);
    else if (err instanceof MigrationError) console.error(`migration failed: ${err.message}`);
    else if (err instanceof UsageError) console.error(`salemate: ${err.message}`);
    else if (err instanceof EmbeddedPostgresError) console.error(debug ? `${err.stack}\n\n${err.postgresLog}` : err.message);
    else if (err instanceof Error) console.error(debug ? err.stack : `error: ${err.message.split("\n")[0]}`);
    else console.error(`error: ${inspect(err)}`);
    process.exitCode = 1;
  },
);
