import { depthLimit } from "@graphile/depth-limit";
import { Kind, parse, visit, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import { SafeError } from "postgraphile/grafast";

/**
 * Limits for ad-hoc operations: a depth limit (validation rule) and a maximum page size for
 * `first` / `last`, checked on literals and on variables before anything runs. Also records
 * the operation name on the request for logs and metrics.
 */
/** Largest number of field selections an operation may make, counting fragments where they are spread. */
export const MAX_FIELDS = 1_000;

export function makeLimitsPlugin(opts: { maxPageSize: number; maxDepth: number }): GraphileConfig.Plugin {
  const cache = new Map<string, DocumentNode | null>();
  const parseCached = (query: string): DocumentNode | null => {
    if (cache.has(query)) return cache.get(query)!;
    let doc: DocumentNode | null;
    try {
      doc = parse(query);
    } catch {
      doc = null; // grafserv reports syntax errors itself
    }
    if (cache.size > 500) cache.delete(cache.keys().next().value!);
    cache.set(query, doc);
    return doc;
  };

  return {
    name: "SaleMateLimitsPlugin",
    version: "1.0.0",
    grafserv: {
      middleware: {
        setPreset(next, event) {
          event.validationRules.push(
            depthLimit({
              maxDepth: opts.maxDepth,
              maxListDepth: 5,
              maxSelfReferentialDepth: 3,
              maxIntrospectionDepth: 16,
              // GraphiQL's introspection query unwraps types nine levels deep.
              maxDepthByFieldCoordinates: { "__Type.ofType": 12 },
              revealDetails: true,
            }),
          );
          return next();
        },
        processGraphQLRequestBody(next, event) {
          const { body } = event;
          const query = typeof body.query === "string" ? body.query : undefined;
          const doc = query ? parseCached(query) : null;
          const req = event.request?.requestContext?.expressv4?.req ?? event.request?.requestContext?.node?.req;
          if (doc) {
            const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
            const named = typeof body.operationName === "string" ? body.operationName : ops.length === 1 ? ops[0]!.name?.value : undefined;
            if (req && named) req.operationName = named;
            const op = ops.find((o) => (named ? o.name?.value === named : true));
            // Subscriptions are served over websockets only; over HTTP they would hold the request open.
            if (event.request && op?.operation === "subscription") {
              throw new SafeError("Subscriptions are served over websockets (graphql-ws) on this same path, not over HTTP POST.", {
                statusCode: 405,
                code: "SUBSCRIPTION_OVER_HTTP",
              });
            }
            checkSize(doc);
            checkPageSizes(doc, (body.variableValues ?? {}) as Record<string, unknown>, opts.maxPageSize);
          }
          return next();
        },
      },
    },
  };
}

/** Alias and fragment bombs: count selections, each fragment once (memoised), before planning. */
function checkSize(doc: DocumentNode): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const count = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    let n = 0;
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) n += 1 + count(sel.selectionSet, seen);
      else if (sel.kind === Kind.INLINE_FRAGMENT) n += count(sel.selectionSet, seen);
      else {
        const name = sel.name.value;
        if (seen.has(name)) continue; // cycles are reported by validation
        if (!memo.has(name)) memo.set(name, count(fragments.get(name)?.selectionSet, new Set([...seen, name])));
        n += memo.get(name)!;
      }
      if (n > MAX_FIELDS) break;
    }
    return n;
  };
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const n = count(d.selectionSet, new Set());
    if (n > MAX_FIELDS) {
      throw new SafeError(`The operation selects more than ${MAX_FIELDS} fields (counting aliases and fragments where they are spread); split it.`, {
        statusCode: 400,
        code: "OPERATION_TOO_LARGE",
      });
    }
  }
}

function checkPageSizes(doc: DocumentNode, variables: Record<string, unknown>, max: number): void {
  visit(doc, {
    Argument(node) {
      const name = node.name.value;
      if (name === "offset") {
        const v = node.value.kind === Kind.INT ? Number(node.value.value) : node.value.kind === Kind.VARIABLE ? variables[node.value.name.value] : undefined;
        if (typeof v === "number" && v < 0) {
          throw new SafeError(`\`offset\` must not be negative (got ${v}).`, { statusCode: 400, code: "OFFSET_OUT_OF_RANGE" });
        }
        return;
      }
      if (name !== "first" && name !== "last") return;
      let value: unknown;
      if (node.value.kind === Kind.INT) value = Number(node.value.value);
      else if (node.value.kind === Kind.VARIABLE) value = variables[node.value.name.value];
      else return;
      if (typeof value !== "number") return;
      if (value < 0 || value > max) {
        throw new SafeError(`\`${name}\` must be between 0 and ${max} (got ${value}); page through larger results with the connection's cursors.`, {
          statusCode: 400,
          code: "PAGE_SIZE_OUT_OF_RANGE",
        });
      }
    },
  });
}
