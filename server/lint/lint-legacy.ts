import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Use } from "../migration-map.js";
import { allowedBy, DEFAULT_ALLOW_FILE, readAllowList, type AllowEntry } from "./allow-list.js";
import { scanGraphql } from "./graphql.js";
import { scanJavaScript } from "./javascript.js";
import { lineColumns, located } from "./located-text.js";
import { buildRules, replacementFor, useOf, type FindingReplacement, type Hit, type Kind, type Rules } from "./rules.js";
import { scanSql } from "./sql.js";

/**
 * `salemate lint-legacy`: every use of a legacy table, view, column, RPC or realtime channel
 * in a frontend or edge-function tree, with what replaces it. Comments are never findings:
 * a CI gate must not fail on a note that says what used to be there.
 */

export interface Finding {
  /** Relative to the scanned root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  legacy: string;
  kind: Kind;
  use: Use;
  replacement: FindingReplacement;
}

export interface LintResult {
  root: string;
  files: number;
  findings: Finding[];
  /** Uses the allow-list let through. */
  allowed: Finding[];
  allowList: { file: string; entries: AllowEntry[] } | undefined;
}

export interface LintOptions {
  /** An allow-list file; default: .legacy-allow at the root, when there is one. */
  allowFile?: string;
  rules?: Rules;
}

export const SKIPPED_DIRS = new Set(["node_modules", ".git", "dist", "build", "out", "coverage", ".next", ".nuxt", ".svelte-kit", ".turbo", ".vercel", ".cache"]);
const SCANNED = /\.(tsx?|[mc]ts|jsx?|[mc]js|sql|graphql|gql)$/;
/** The files the linter reads, in words (for the error when a path holds none). */
export const SCANNED_KINDS = ".ts, .tsx, .js, .jsx, .mjs, .cjs, .sql, .graphql, .gql";

/** Whether the linter reads a file of this name. */
export function isSourceFile(name: string): boolean {
  return SCANNED.test(name) && !/\.min\.js$|\.d\.ts$/.test(name);
}

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(p);
      } else if (entry.isFile() && isSourceFile(entry.name)) {
        out.push(p);
      }
    }
  };
  walk(root);
  return out;
}

/** The uses in one file, each once (a string inside a template is seen both on its own and in the template). */
export function scanFile(file: string, source: string, rules: Rules): Hit[] {
  const hits = /\.sql$/.test(file)
    ? scanSql(located(source, 0), rules)
    : /\.(graphql|gql)$/.test(file)
      ? scanGraphql(located(source, 0), rules)
      : scanJavaScript(file, source, rules);
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.offset}:${h.name.legacy}:${h.kind}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

export function lintLegacy(target: string, opts: LintOptions = {}): LintResult {
  const rules = opts.rules ?? buildRules();
  const isFile = statSync(target).isFile();
  const root = isFile ? path.dirname(target) : target;
  const files = isFile ? (isSourceFile(path.basename(target)) ? [target] : []) : sourceFiles(target);

  const defaultAllow = path.join(root, DEFAULT_ALLOW_FILE);
  const allowFile = opts.allowFile ?? (existsSync(defaultAllow) ? defaultAllow : undefined);
  const allowList = allowFile ? { file: allowFile, entries: readAllowList(allowFile, rules.known) } : undefined;

  const findings: Finding[] = [];
  const allowed: Finding[] = [];
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const rel = path.relative(root, file).split(path.sep).join("/");
    const position = lineColumns(source);
    const hits = scanFile(file, source, rules).sort((a, b) => a.offset - b.offset || a.name.legacy.localeCompare(b.name.legacy));
    for (const h of hits) {
      const { line, column } = position(h.offset);
      const use = useOf(h);
      const f: Finding = { file: rel, line, column, legacy: h.name.legacy, kind: h.kind, use, replacement: replacementFor(rules, h.name, use, h.parent) };
      (allowList && allowedBy(allowList.entries, rel, f.legacy) ? allowed : findings).push(f);
    }
  }
  return { root, files: files.length, findings, allowed, allowList };
}
