import type { EventEmitter } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { lineOfPosition, splitSqlStatements, type SqlStatement } from "./sql-statements.js";

/**
 * SQL files run as PostgreSQL scripts: each file is one simple-protocol query, so the server
 * splits it into statements, and a failure is reported as file:line.
 */

export class SqlFileError extends Error {
  constructor(
    message: string,
    public readonly file: string,
    public readonly line: number | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "SqlFileError";
  }
}

/** Runs every `.sql` file of a folder in name order, inside the caller's transaction. */
export async function applySqlDir(client: pg.ClientBase, dir: string): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
  for (const f of files) {
    const file = path.join(dir, f);
    await runSqlScript(client, path.relative(process.cwd(), file), readFileSync(file, "utf8"));
  }
  return files;
}

/**
 * Sends `script` as one query. `statements` are the statements it holds, when the caller has
 * parsed it already; otherwise it is parsed only if it fails, to name the failing statement.
 */
export async function runSqlScript(client: pg.ClientBase, label: string, script: string, statements?: SqlStatement[]): Promise<void> {
  const progress = watchCompletions(client);
  try {
    await client.query(script);
  } catch (err) {
    throw locate(err, label, script, progress.completed(), statements);
  } finally {
    progress.stop();
  }
}

/**
 * How many statements of a script the server finished before it failed: it sends one
 * CommandComplete per statement, which pg's Client emits as a protocol event on its public
 * `connection`. Undefined when those events cannot be seen (another client library, a pg
 * that stops emitting them): the failure's own ErrorResponse must have been seen as well.
 */
function watchCompletions(client: pg.ClientBase): { completed(): number | undefined; stop(): void } {
  const connection = (client as { connection?: EventEmitter }).connection;
  if (typeof connection?.on !== "function") return { completed: () => undefined, stop() {} };
  let completed = 0;
  let sawError = false;
  const onComplete = () => void completed++;
  const onError = () => void (sawError = true);
  connection.on("commandComplete", onComplete);
  connection.on("errorMessage", onError);
  return {
    completed: () => (sawError ? completed : undefined),
    stop() {
      connection.off("commandComplete", onComplete);
      connection.off("errorMessage", onError);
    },
  };
}

interface ServerError {
  message: string;
  position?: string;
  where?: string;
  detail?: string;
  hint?: string;
}

function locate(err: unknown, label: string, script: string, completed: number | undefined, known: SqlStatement[] | undefined): SqlFileError {
  const e = err as ServerError;
  const statements = known ?? statementsOf(script);
  const position = e.position ? Number(e.position) : undefined;
  // A position is the server's own word (and a syntax error stops the script before any
  // statement runs); without one, the failing statement is the first the server did not finish.
  const failing = position
    ? statements?.find((s) => position - 1 >= s.start && position - 1 <= s.end)
    : completed === undefined ? undefined : statements?.[completed];
  const line = position ? lineOfPosition(script, position) : failing && (lineInDoBlock(failing, e.where) ?? failing.line);

  const parts = [`${label}${line ? `:${line}` : ""}: ${e.message ?? String(err)}`];
  if (e.detail) parts.push(`  detail: ${e.detail}`);
  if (e.hint) parts.push(`  hint: ${e.hint}`);
  if (e.where) parts.push(...e.where.split("\n").map((w) => `  where: ${w}`));
  if (failing) parts.push(`  in the statement at line ${failing.line}: ${excerpt(failing.text)}`);
  return new SqlFileError(parts.join("\n"), label, line, { cause: err });
}

function statementsOf(script: string): SqlStatement[] | undefined {
  try {
    return splitSqlStatements(script);
  } catch {
    return undefined;
  }
}

/** PL/pgSQL numbers a DO block's lines from the start of its body: "inline_code_block line 3". */
function lineInDoBlock(s: SqlStatement, where: string | undefined): number | undefined {
  const outermost = where?.split("\n").at(-1);
  const m = outermost && /^PL\/pgSQL function inline_code_block line (\d+)\b/.exec(outermost);
  return m && s.bodyLine !== undefined ? s.bodyLine + Number(m[1]) - 1 : undefined;
}

function excerpt(text: string): string {
  const first = text.split("\n", 1)[0]!;
  return first.length > 100 || first.length < text.length ? `${first.slice(0, 100)} …` : first;
}
