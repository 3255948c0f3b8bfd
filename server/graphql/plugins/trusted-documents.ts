import { PersistedPlugin } from "@grafserv/persisted";
import { readFileSync } from "node:fs";
import { SafeError } from "postgraphile/grafast";

/**
 * Trusted documents: the gateway runs the operations of the SDK's persisted-documents manifest
 * (client-sdk/src/generated/persisted-documents.json, written by `npm run codegen`), named by
 * their hash, and refuses anything else. @grafserv/persisted looks the hash up; the guard in
 * front of it decides what happens to operations the manifest does not hold:
 *  - allowUnpersisted `false` (production): refused with 400 TRUSTED_DOCUMENT_REQUIRED;
 *  - `true` (development): run as sent, including a hash the manifest does not know yet (a
 *    client built from newer documents than the running gateway);
 *  - `"graphiql"`: only requests from the GraphiQL page (their Referer). Anyone can send that
 *    header: it spares a developer the manifest, it does not keep anyone out.
 * The hash is read the way Apollo's persisted queries send it (extensions.persistedQuery.sha256Hash),
 * or from `documentId` / `id`, with or without the manifest's `sha256:` prefix. Websocket
 * operations go through the same guard.
 *
 * A hash the manifest does not hold is then looked up among the documents frontends registered
 * (`salemate trust`, salemate.trusted_documents): found and not revoked, it runs as that document.
 * Lookups are remembered for REGISTERED_CACHE_MS, so a revocation takes effect within that time and
 * a registration at once (unknown hashes are not remembered).
 */

export interface TrustedDocumentsOptions {
  /** The manifest: a JSON object of `sha256:<hex>` (or `<hex>`) -> document text. */
  manifestPath: string;
  allowUnpersisted: boolean | "graphiql";
  /** Where GraphiQL is served, for `allowUnpersisted: "graphiql"`. Default `/graphiql`. */
  graphiqlPath?: string;
  /** The registered document of a hash (lower-case hex), or null: salemate.trusted_document(). */
  lookupRegistered?: (hash: string) => Promise<string | null>;
}

/** How long a registered document found by hash is run without asking the database again. */
export const REGISTERED_CACHE_MS = 5_000;
const REGISTERED_CACHE_SIZE = 1_000;

/** salemate.trusted_document(hash) through a pool, remembered for REGISTERED_CACHE_MS. */
export function registeredDocumentLookup(pool: { query: (text: string, values: unknown[]) => Promise<{ rows: Array<{ document: string | null }> }> }) {
  const cache = new Map<string, { document: string; at: number }>();
  return async (hash: string): Promise<string | null> => {
    const hit = cache.get(hash);
    if (hit && Date.now() - hit.at < REGISTERED_CACHE_MS) return hit.document;
    const { rows } = await pool.query("select salemate.trusted_document($1) as document", [hash]);
    const document = rows[0]?.document ?? null;
    cache.delete(hash);
    if (document !== null) {
      if (cache.size >= REGISTERED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(hash, { document, at: Date.now() });
    }
    return document;
  };
}

type Body = { query?: unknown; documentId?: unknown; id?: unknown; extensions?: unknown };

/** Manifest keys and request hashes compare as lower-case hex without the `sha256:` prefix. */
const normalizeHash = (hash: string) => hash.replace(/^sha256:/i, "").toLowerCase();

export function loadManifest(manifestPath: string): Record<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (err) {
    throw new Error(`trusted documents: cannot read the manifest ${manifestPath}: ${(err as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new Error(`trusted documents: ${manifestPath} is not a JSON object of hash -> document`);
  }
  const operations: Record<string, string> = Object.create(null);
  for (const [hash, document] of Object.entries(raw)) {
    if (typeof document !== "string") throw new Error(`trusted documents: ${manifestPath}: the document of ${hash} is not a string`);
    operations[normalizeHash(hash)] = document;
  }
  return operations;
}

function hashFromPayload(body: Body): string | undefined {
  const extensions = body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash ?? body.documentId ?? body.id;
  return typeof hash === "string" && hash !== "" ? normalizeHash(hash) : undefined;
}

function forgetHash(body: Body): void {
  const extensions = body.extensions as { persistedQuery?: unknown } | undefined;
  if (extensions && typeof extensions === "object") delete extensions.persistedQuery;
  body.documentId = undefined;
  body.id = undefined;
}

/** A preset to add to the gateway's (in `extends`), built around @grafserv/persisted. */
export function trustedDocumentsPreset(options: TrustedDocumentsOptions): GraphileConfig.Preset {
  const operations = loadManifest(options.manifestPath);
  const graphiqlPath = options.graphiqlPath ?? "/graphiql";

  const fromGraphiQL = (referer: string | undefined, host: string | undefined): boolean => {
    if (!referer) return false;
    try {
      const url = new URL(referer);
      return url.pathname === graphiqlPath && (!host || url.host === host);
    } catch {
      return false;
    }
  };

  const guard: GraphileConfig.Plugin = {
    name: "SaleMateTrustedDocumentsPlugin",
    version: "1.0.0",
    description: "Lets through the manifest's documents (and, when allowed, ad-hoc operations); refuses the rest",
    before: ["PersistedPlugin"],
    grafserv: {
      middleware: {
        async processGraphQLRequestBody(next, event) {
          const body = event.body as Body;
          const hash = hashFromPayload(body);
          if (hash !== undefined && hash in operations) return next();
          if (hash !== undefined && /^[0-9a-f]{64}$/.test(hash) && options.lookupRegistered) {
            const registered = await options.lookupRegistered(hash);
            if (registered !== null) {
              forgetHash(body);
              body.query = registered;
              return next();
            }
          }
          const allowed =
            options.allowUnpersisted === true ||
            (options.allowUnpersisted === "graphiql" && fromGraphiQL(event.request?.getHeader("referer"), event.request?.getHeader("host")));
          if (allowed && typeof body.query === "string") {
            forgetHash(body);
            return next();
          }
          throw new SafeError(
            hash === undefined
              ? "This gateway runs trusted documents only: send the hash of a document from the SDK's manifest."
              : "This gateway does not know that document hash: use the SDK version the gateway was deployed with, or register your build's manifest with `salemate trust`.",
            { statusCode: 400, code: hash === undefined ? "TRUSTED_DOCUMENT_REQUIRED" : "TRUSTED_DOCUMENT_UNKNOWN" },
          );
        },
      },
    },
  };

  return {
    plugins: [
      guard,
      // Resolved before the limits plugin, so that depth and page-size limits check the
      // document that will run.
      { ...PersistedPlugin, before: [...(PersistedPlugin.before ?? []), "SaleMateLimitsPlugin"] },
    ],
    grafserv: {
      persistedOperations: operations,
      hashFromPayload: (body) => hashFromPayload(body as Body),
      // The guard has already refused what is not allowed: what reaches the plugin without a
      // hash may run as sent.
      allowUnpersistedOperation: true,
    },
  };
}
