/**
 * Text put together from a source file (a string literal, a concatenation of literals, a
 * template with holes) with, for each character, the offset in the file it came from: the
 * scanners match on the text and report at the file position.
 */
export interface LocatedText {
  text: string;
  offsets: number[];
}

/** Stands for a `${...}` whose value is unknown: an identifier character to the SQL scanner. */
export const HOLE = "\uE000";

export function located(text: string, start: number): LocatedText {
  return { text, offsets: Array.from({ length: text.length }, (_, i) => start + i) };
}

export function concat(parts: LocatedText[]): LocatedText {
  return { text: parts.map((p) => p.text).join(""), offsets: parts.flatMap((p) => p.offsets) };
}

/** Every character reported at one position (a constant's value, reported where it is used). */
export function at(text: LocatedText, offset: number): LocatedText {
  return { text: text.text, offsets: text.offsets.map(() => offset) };
}

/** 1-based line and column of each offset of a file. */
export function lineColumns(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Whole-word occurrences of `word` (not part of a longer identifier). */
export function wordIndexes(text: string, word: string): number[] {
  const out: number[] = [];
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?<![A-Za-z0-9_$\\uE000])${escaped}(?![A-Za-z0-9_\\uE000])`, "g");
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };

/** One escape sequence at raw[i] (a backslash): its value and its length in the source. */
function escape(raw: string, i: number): [string, number] {
  const next = raw[i + 1] ?? "";
  if (next in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[next]!, 2];
  if (next === "x") return [String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16)), 4];
  if (next === "u" && raw[i + 2] === "{") {
    const close = raw.indexOf("}", i);
    return [String.fromCodePoint(parseInt(raw.slice(i + 3, close), 16)), close - i + 1];
  }
  if (next === "u") return [String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)), 6];
  if (next === "\r") return ["", raw[i + 2] === "\n" ? 3 : 2]; // line continuation
  if (next === "\n" || next === "\u2028" || next === "\u2029") return ["", 2];
  return [next, 2];
}

/** The value of a JavaScript string or template literal from its raw text, each character at the offset of its source. */
export function cooked(raw: string, start: number): LocatedText {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const ch = raw[i]!;
    if (ch === "\r") {
      i++; // a template's CRLF is LF
    } else if (ch !== "\\") {
      text += ch;
      offsets.push(start + i++);
    } else {
      const [out, len] = escape(raw, i);
      text += out;
      for (let k = 0; k < out.length; k++) offsets.push(start + i);
      i += len;
    }
  }
  return { text, offsets };
}
