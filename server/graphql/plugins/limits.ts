import { depthLimit } from "@graphile/depth-limit";
import { Kind, parse, visit, type DocumentNode } from "graphql";
import { SafeError } from "postgraphile/grafast";

/**
 * Limits for ad-hoc operations: a depth limit (validation rule) and a maximum page size for
 * `first` / `last`, checked on literals and on variables before anything runs. Also records
 * the operation name on the request for logs and metrics.
 */
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
          if (req && doc) {
            const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
            const named = typeof body.operationName === "string" ? body.operationName : ops.length === 1 ? ops[0]!.name?.value : undefined;
            if (named) req.operationName = named;
          }
          if (doc) checkPageSizes(doc, (body.variableValues ?? {}) as Record<string, unknown>, opts.maxPageSize);
          return next();
        },
      },
    },
  };
}

function checkPageSizes(doc: DocumentNode, variables: Record<string, unknown>, max: number): void {
  visit(doc, {
    Argument(node) {
      const name = node.name.value;
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
