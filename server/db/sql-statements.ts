/**
 * A script's statements as PostgreSQL's own parser sees them (libpg-query: the server's
 * grammar compiled to WebAssembly), each with the 1-based line it starts on. The runner
 * sends each file to the server as one script; this list only names statements: in the
 * history table's `statements` column and in error messages.
 */
import { loadModule, parseSync } from "libpg-query";

// parseSync needs the WebAssembly module loaded; loading it here keeps the callers synchronous.
await loadModule();

export interface SqlStatement {
  text: string;
  line: number;
  /** Offsets in code points (PostgreSQL's error positions count characters, not bytes or UTF-16 units). */
  start: number;
  end: number;
  /** The parse node's type: "CreateStmt", "DoStmt", "TransactionStmt", … */
  kind: string;
  /** For BEGIN, COMMIT and friends: "TRANS_STMT_BEGIN", "TRANS_STMT_COMMIT", … */
  transaction?: string;
  /** For a DO block: the line its body string starts on, which PL/pgSQL calls "line 1". */
  bodyLine?: number;
}

interface RawStmt {
  stmt: Record<string, Record<string, unknown>>;
  stmt_location?: number;
  stmt_len?: number;
}

/** Throws libpg-query's SqlError when the script does not parse. */
export function splitSqlStatements(script: string): SqlStatement[] {
  const bytes = Buffer.from(script, "utf8");
  const at = positionsOf(bytes);
  const stmts = (parseSync(script) as unknown as { stmts?: RawStmt[] }).stmts ?? [];
  return stmts.map((s) => {
    const from = s.stmt_location ?? 0;
    // stmt_len 0 (omitted): the statement runs to the end of the script.
    const to = s.stmt_len ? from + s.stmt_len : bytes.length;
    const [kind, node] = Object.entries(s.stmt)[0]!;
    // PostgreSQL's own whitespace: to it, a trailing no-break space would be part of a name.
    const text = bytes.subarray(from, to).toString("utf8").replace(/[ \t\n\r\f\v]+$/, "");
    const start = at(from);
    const statement: SqlStatement = { text, line: start.line, start: start.char, end: 0, kind };
    if (kind === "TransactionStmt") statement.transaction = String(node.kind);
    if (kind === "DoStmt") {
      // The body is the `as` argument; its location is that of the string literal.
      const body = (node.args as Array<{ DefElem?: { defname: string; location?: number } }>).find((a) => a.DefElem?.defname === "as");
      if (body?.DefElem?.location !== undefined) statement.bodyLine = at(body.DefElem.location).line;
    }
    statement.end = at(from + Buffer.byteLength(text)).char;
    return statement;
  });
}

/**
 * Line and code-point offset of byte offsets, asked for in increasing order (statements come
 * in order), so a whole file is walked once.
 */
function positionsOf(bytes: Buffer): (byte: number) => { line: number; char: number } {
  let i = 0;
  let line = 1;
  let char = 0;
  return (byte) => {
    if (byte < i) {
      i = 0;
      line = 1;
      char = 0;
    }
    for (; i < byte && i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 0x0a) line++;
      if ((b & 0xc0) !== 0x80) char++;
    }
    return { line, char };
  };
}

/** 1-based line of an error `position` (1-based, in characters, counted from the start of the script sent). */
export function lineOfPosition(script: string, position: number): number {
  let line = 1;
  let k = 1;
  for (const ch of script) {
    if (k++ >= position) break;
    if (ch === "\n") line++;
  }
  return line;
}

/**
 * Whether two scripts say the same thing to PostgreSQL: equal parse trees once token
 * positions are set aside, so layout, comments, keyword case and the split into statements
 * do not count, while any change to a name, a type, a literal or a function body does.
 * False when either does not parse.
 */
export function sameSql(a: string, b: string): boolean {
  const shape = (sql: string) => {
    try {
      return JSON.stringify(parseSync(sql), (key, value) => (POSITION_KEYS.test(key) ? undefined : value));
    } catch {
      return undefined;
    }
  };
  const x = shape(a);
  return x !== undefined && x === shape(b);
}

// Byte offsets the parse tree carries: where tokens are, not what the script says.
const POSITION_KEYS = /^(stmt_len|(\w+_)?location|(\w+_)?list_(start|end))$/;
