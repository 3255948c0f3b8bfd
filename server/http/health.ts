import type { Request, Response } from "express";
import type pg from "pg";
import { readMigrations } from "../db/migrator.js";
import { MIGRATIONS_DIR } from "../paths.js";

/** /healthz: the process is up. /readyz: the database answers and every migration is applied. */
export function healthHandlers(pool: pg.Pool) {
  const expected = readMigrations(MIGRATIONS_DIR).map((m) => m.version);
  return {
    healthz(_req: Request, res: Response) {
      res.json({ status: "ok" });
    },
    async readyz(_req: Request, res: Response) {
      try {
        const { rows } = await pool.query<{ version: string }>("select version from supabase_migrations.schema_migrations");
        const applied = new Set(rows.map((r) => r.version));
        const missing = expected.filter((v) => !applied.has(v));
        if (missing.length) {
          res.status(503).set("retry-after", "10").json({ status: "not ready", reason: `migrations not applied: ${missing.join(", ")}` });
          return;
        }
        res.json({ status: "ready", migrations: expected.length });
      } catch (err) {
        const code = (err as { code?: string }).code;
        // A PostgreSQL error code means the database answered but the check failed (e.g. no privilege).
        const reason = code && /^[0-9A-Z]{5}$/.test(code) ? `database check failed (SQLSTATE ${code})` : "database unreachable";
        res.status(503).set("retry-after", "5").json({ status: "not ready", reason });
      }
    },
  };
}
