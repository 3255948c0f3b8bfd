import { readFileSync } from "node:fs";

/**
 * The allow-list: uses being phased out that CI should not fail on. One entry a line,
 * `path-glob[:legacy_name]`, `#` starts a comment. Globs are relative to the scanned root:
 * `*` and `?` stay within a path segment, `**` crosses them, a pattern without a `/` matches
 * the file name at any depth, a trailing `/` means everything under a folder. Without a
 * name the entry allows every legacy name in the matching files.
 */

export interface AllowEntry {
  line: number;
  text: string;
  glob: RegExp;
  legacy: string | undefined;
  /** How many findings it allowed. */
  used: number;
}

export class AllowListError extends Error {}

export const DEFAULT_ALLOW_FILE = ".legacy-allow";

export function globToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/^\.\//, "");
  if (p.endsWith("/")) p += "**";
  if (p.startsWith("/")) p = p.slice(1);
  else if (!p.includes("/")) p = `**/${p}`;
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === "*" && p[i + 1] === "*") {
      const slash = p[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

export function parseAllowList(text: string, known: Set<string>, file: string): AllowEntry[] {
  const out: AllowEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!entry) return;
    const colon = entry.lastIndexOf(":");
    const name = colon > 0 ? entry.slice(colon + 1).trim() : "";
    const hasName = colon > 0 && !/[/*?]/.test(name);
    const glob = hasName ? entry.slice(0, colon).trim() : entry;
    if (hasName && !known.has(name)) throw new AllowListError(`${file}:${i + 1}: "${name}" is no legacy table, column, RPC or channel of the map`);
    if (!glob) throw new AllowListError(`${file}:${i + 1}: a path glob is required before ":${name}"`);
    out.push({ line: i + 1, text: entry, glob: globToRegExp(glob), legacy: hasName ? name : undefined, used: 0 });
  });
  return out;
}

export function readAllowList(file: string, known: Set<string>, label = file): AllowEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new AllowListError(`cannot read the allow-list ${label}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseAllowList(text, known, label);
}

/** The entry that allows this use, if any (counted as used). */
export function allowedBy(entries: AllowEntry[], file: string, legacy: string): AllowEntry | undefined {
  const e = entries.find((e) => e.glob.test(file) && (e.legacy === undefined || e.legacy === legacy));
  if (e) e.used++;
  return e;
}
