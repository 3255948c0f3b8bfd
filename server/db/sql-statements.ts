/**
 * Splits a PostgreSQL script into statements the way psql and the Supabase CLI do:
 * on semicolons outside quotes, dollar-quoted bodies, comments and parentheses.
 * Each statement keeps the 1-based line it starts on, so errors can name file and line.
 */
export interface SqlStatement {
  text: string;
  line: number;
}

export function splitSqlStatements(script: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let i = 0;
  let depth = 0;
  const n = script.length;

  const push = (end: number) => {
    const raw = script.slice(start, end);
    const lead = leadingTrivia(raw);
    const text = raw.slice(lead).trim();
    if (text) out.push({ text, line: startLine + count(raw.slice(0, lead), "\n") });
  };

  while (i < n) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? n : end;
    } else if (c === "/" && next === "*") {
      let nest = 1;
      i += 2;
      while (i < n && nest > 0) {
        if (script[i] === "\n") line++;
        if (script[i] === "/" && script[i + 1] === "*") { nest++; i += 2; }
        else if (script[i] === "*" && script[i + 1] === "/") { nest--; i += 2; }
        else i++;
      }
    } else if (c === "'" || c === '"') {
      i++;
      while (i < n) {
        if (script[i] === "\n") line++;
        if (script[i] === c) {
          if (script[i + 1] === c) { i += 2; continue; }
          break;
        }
        i++;
      }
      i++;
    } else if (c === "$" && /[A-Za-z_$]/.test(next ?? "") && !/[A-Za-z0-9_]/.test(script[i - 1] ?? "")) {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i, i + 64));
      if (!m) { i++; continue; }
      const tag = m[0];
      const end = script.indexOf(tag, i + tag.length);
      const stop = end === -1 ? n : end + tag.length;
      line += count(script.slice(i, stop), "\n");
      i = stop;
    } else if (c === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      depth = Math.max(0, depth - 1);
      i++;
    } else if (c === ";" && depth === 0) {
      push(i);
      i++;
      start = i;
      startLine = line;
    } else {
      i++;
    }
  }
  push(n);
  return out;
}

function count(s: string, ch: string): number {
  let k = 0;
  for (const c of s) if (c === ch) k++;
  return k;
}

/** Length of the whitespace and comments before a statement's first token. */
function leadingTrivia(raw: string): number {
  const m = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/.exec(raw);
  return m ? m[0].length : 0;
}

/** 1-based line within `text` of a 1-based character `position` (as PostgreSQL reports it). */
export function lineOfPosition(text: string, position: number): number {
  return count(text.slice(0, Math.max(0, position - 1)), "\n");
}
