import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, wherever the process was started from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQL_DIR = path.join(ROOT, "sql");
export const SUPABASE_SQL_DIR = path.join(SQL_DIR, "supabase");
export const LEGACY_SQL_DIR = path.join(SQL_DIR, "legacy");
export const MIGRATIONS_DIR = path.join(SQL_DIR, "migrations");
export const MAP_DIR = path.join(SQL_DIR, "map");
export const VERIFY_SQL_DIR = path.join(SQL_DIR, "verify");
export const GRAPHQL_DIR = path.join(ROOT, "graphql");
