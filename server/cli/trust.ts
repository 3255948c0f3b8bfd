import { createHash } from "node:crypto";
import { userInfo } from "node:os";
import { parse as parseGraphQL, type OperationDefinitionNode } from "graphql";
import { withClient } from "../db/database.js";
import { loadManifest } from "../graphql/plugins/trusted-documents.js";
import { parse, UsageError } from "./args.js";
import { withDatabase } from "./context.js";

/**
 * `salemate trust <manifest.json> --app <name> [--by <who>]`: registers a frontend build's
 * persisted-documents manifest (hash -> document, as graphql-codegen's client preset writes it)
 * in salemate.trusted_documents, which a production gateway reads by hash without a restart.
 * `--list [--json]` shows what is registered; `--revoke <app|hash>` withdraws an app's documents
 * or one document. Every hash is checked to be the sha256 of its document, and every document to
 * parse, before anything is written (all or nothing).
 */
export async function trustCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { app: { type: "string" }, by: { type: "string" }, list: { type: "boolean" }, revoke: { type: "string" }, json: { type: "boolean" } },
    "trust",
  );
  const modes = [positionals.length > 0, values.list === true, values.revoke !== undefined].filter(Boolean).length;
  if (modes !== 1 || positionals.length > 1) {
    throw new UsageError("trust: give one of <manifest.json> --app <name>, --list, or --revoke <app|hash>");
  }
  if (positionals.length === 1 && !values.app) throw new UsageError("trust: --app <name> names the frontend the manifest belongs to");

  return withDatabase((_config, db) =>
    withClient(db.url, async (c) => {
      if (values.list) {
        const { rows } = await c.query(
          `select app, hash, document, registered_by, registered_at, revoked_at from salemate.trusted_documents order by app, registered_at, hash`,
        );
        const list = rows.map((r) => ({
          app: r.app as string,
          hash: r.hash as string,
          operations: operationNames(r.document),
          registeredBy: r.registered_by as string,
          registeredAt: (r.registered_at as Date).toISOString(),
          revokedAt: r.revoked_at ? (r.revoked_at as Date).toISOString() : null,
        }));
        if (values.json) console.log(JSON.stringify(list, null, 2));
        else if (list.length === 0) console.log("no registered documents");
        else for (const d of list) console.log(`${d.app}\t${d.hash}\t${d.operations.join(",") || "-"}\t${d.registeredBy}\t${d.registeredAt}\t${d.revokedAt ? `revoked ${d.revokedAt}` : "active"}`);
        return 0;
      }

      if (values.revoke !== undefined) {
        const target = values.revoke.replace(/^sha256:/i, "");
        const { rowCount } = await c.query(
          `update salemate.trusted_documents set revoked_at = now() where (app = $1 or hash = lower($1)) and revoked_at is null`,
          [target],
        );
        if (!rowCount) {
          console.error(`trust: no registered, unrevoked document has the app or hash "${values.revoke}"`);
          return 1;
        }
        console.log(`revoked ${rowCount} document(s) (${values.revoke}); running gateways refuse them within 5 s`);
        return 0;
      }

      const manifestPath = positionals[0]!;
      let operations: Record<string, string>;
      try {
        operations = loadManifest(manifestPath);
      } catch (err) {
        throw new UsageError(`trust: ${(err as Error).message.replace(/^trusted documents: /, "")}`);
      }
      const entries = Object.entries(operations);
      if (entries.length === 0) throw new UsageError(`trust: ${manifestPath} holds no documents`);
      for (const [hash, document] of entries) {
        const actual = createHash("sha256").update(document, "utf8").digest("hex");
        if (actual !== hash) throw new UsageError(`trust: ${manifestPath}: ${hash} is not the sha256 of its document (${actual}); nothing registered`);
        try {
          parseGraphQL(document);
        } catch (err) {
          throw new UsageError(`trust: ${manifestPath}: the document of ${hash} is not GraphQL (${(err as Error).message}); nothing registered`);
        }
      }
      const by = values.by ?? osUser();
      await c.query("begin");
      let added = 0;
      let renewed = 0;
      try {
        for (const [hash, document] of entries) {
          const { rows } = await c.query(
            `insert into salemate.trusted_documents as d (app, hash, document, registered_by)
             values ($1, $2, $3, $4 || ' as ' || current_user)
             on conflict (app, hash) do update
               set revoked_at = null, registered_at = now(), registered_by = excluded.registered_by
               where d.revoked_at is not null
             returning (xmax = 0) as inserted`,
            [values.app, hash, document, by],
          );
          if (rows[0]?.inserted) added++;
          else if (rows[0]) renewed++;
        }
        await c.query("commit");
      } catch (err) {
        await c.query("rollback");
        if ((err as { code?: string }).code === "23514") throw new UsageError(`trust: --app must be letters, digits, '.', '_' or '-' (at most 64), got "${values.app}"`);
        throw err;
      }
      const kept = entries.length - added - renewed;
      console.log(`trusted ${entries.length} document(s) for ${values.app}: ${added} new, ${renewed} reinstated, ${kept} already registered`);
      return 0;
    }),
  );
}

function operationNames(document: string): string[] {
  try {
    return parseGraphQL(document)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")
      .map((d) => `${d.operation} ${d.name?.value ?? "(anonymous)"}`);
  } catch {
    return [];
  }
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? "unknown";
  }
}
