import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "libpg-query";
import { LEGACY_SQL_DIR, MIGRATIONS_DIR } from "../paths.js";

/**
 * What the migration expects of a legacy database, read from the SQL itself (never restated):
 * the legacy baseline (sql/legacy/, parsed with PostgreSQL's own parser) gives the tables, their
 * columns and types, and the policies; the migration files tell which legacy columns they read
 * through the adapting helpers (salemate.legacy_column / has_legacy_column) and which tables
 * they guard against being absent.
 */

export interface ExpectedColumn {
  name: string;
  /** The type as the baseline writes it (resolved to PostgreSQL's canonical name by the database). */
  type: string;
}

export interface ExpectedTable {
  name: string;
  columns: ExpectedColumn[];
  /** The baseline's CREATE TABLE statement, the remedy for a table that is absent. */
  definition: string;
}

export interface Expectations {
  tables: Map<string, ExpectedTable>;
  /** "table policy name" pairs the baseline creates. */
  policies: Set<string>;
  /** Functions the baseline creates in public. */
  functions: Set<string>;
  /** Views and materialized views the baseline creates. */
  views: Set<string>;
  migrations: MigrationSource[];
}

export interface MigrationSource {
  file: string;
  text: string;
}

interface Node {
  [key: string]: unknown;
}

function typeText(typeName: Node): string {
  const names = (typeName.names as Array<{ String: { sval: string } }>)
    .map((n) => n.String.sval)
    .filter((n) => n !== "pg_catalog")
    .map((n) => SERIAL[n] ?? n);
  const arrays = Array.isArray(typeName.arrayBounds) ? "[]".repeat(typeName.arrayBounds.length) : "";
  return names.map((n) => (/^[a-z_][a-z0-9_]*$/.test(n) ? n : `"${n}"`)).join(".") + arrays;
}

// serial types are column shorthands (an integer with a sequence), not types of their own.
const SERIAL: Record<string, string> = { smallserial: "smallint", serial2: "smallint", serial: "integer", serial4: "integer", bigserial: "bigint", serial8: "bigint" };

let cached: Promise<Expectations> | undefined;

export function loadExpectations(): Promise<Expectations> {
  return (cached ??= readExpectations());
}

async function readExpectations(): Promise<Expectations> {
  const tables = new Map<string, ExpectedTable>();
  const policies = new Set<string>();
  const functions = new Set<string>();
  const views = new Set<string>();
  for (const f of readdirSync(LEGACY_SQL_DIR).filter((x) => x.endsWith(".sql")).sort()) {
    const text = readFileSync(path.join(LEGACY_SQL_DIR, f), "utf8");
    const bytes = Buffer.from(text, "utf8");
    const { stmts } = (await parse(text)) as { stmts: Array<{ stmt: Node; stmt_location?: number; stmt_len?: number }> };
    for (const s of stmts) {
      const [kind, body] = Object.entries(s.stmt)[0] as [string, Node];
      if (kind === "CreateStmt") {
        const relation = body.relation as { relname: string };
        const columns = ((body.tableElts as Node[] | undefined) ?? [])
          .filter((e) => "ColumnDef" in e)
          .map((e) => {
            const def = e.ColumnDef as Node;
            return { name: def.colname as string, type: typeText(def.typeName as Node) };
          });
        const start = s.stmt_location ?? 0;
        const definition = bytes.subarray(start, s.stmt_len ? start + s.stmt_len : undefined).toString("utf8").trim();
        tables.set(relation.relname, { name: relation.relname, columns, definition });
      } else if (kind === "ViewStmt") {
        views.add((body.view as { relname: string }).relname);
      } else if (kind === "CreateTableAsStmt") {
        views.add(((body.into as Node).rel as { relname: string }).relname);
      } else if (kind === "CreatePolicyStmt") {
        policies.add(`${(body.table as { relname: string }).relname} ${body.policy_name as string}`);
      } else if (kind === "CreateFunctionStmt") {
        const names = (body.funcname as Array<{ String: { sval: string } }>).map((n) => n.String.sval);
        functions.add(names.at(-1)!);
      }
    }
  }
  const migrations = readdirSync(MIGRATIONS_DIR)
    .filter((x) => x.endsWith(".sql"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(MIGRATIONS_DIR, file), "utf8") }));
  return { tables, policies, functions, views, migrations };
}
