/**
 * @graphile/pg-aggregates offers every attribute with a having filter type under every aggregate
 * in `groupedAggregates(having: ...)`, without asking the aggregate whether it suits the column:
 * `having: { sum: { createdAt: ... } }` passes validation and PostgreSQL then refuses
 * `sum(timestamptz)` (found by tests/bench/fuzz.ts). This removes the fields an aggregate does
 * not support, so such a query is a clear validation error instead of an unexpected one. min and
 * max stay on every column a having filter exists for (numbers, text, dates and times): PostgreSQL
 * orders all of them.
 */
const ORDERING_AGGREGATES = new Set(["min", "max"]);
export const HavingTypesPlugin: GraphileConfig.Plugin = {
  name: "SaleMateHavingTypesPlugin",
  version: "1.0.0",
  after: ["PgAggregatesAddHavingAggregateTypesPlugin"],
  schema: {
    hooks: {
      GraphQLInputObjectType_fields(fields, build, context) {
        const unsuitable = unsuitableFieldsByType(build).get(context.Self.name);
        if (!unsuitable) return fields;
        const kept = { ...fields };
        for (const fieldName of unsuitable) delete kept[fieldName];
        return kept;
      },
    },
  },
};

const cache = new WeakMap<object, Map<string, string[]>>();

/** Having input type name → the attribute fields its aggregate cannot be applied to. */
function unsuitableFieldsByType(build: GraphileBuild.Build): Map<string, string[]> {
  let byType = cache.get(build);
  if (byType) return byType;
  byType = new Map();
  const specs = (build as unknown as { pgAggregateSpecs?: AggregateSpec[] }).pgAggregateSpecs ?? [];
  const inflection = build.inflection as unknown as InflectionWithHaving;
  for (const resource of Object.values(build.input.pgRegistry.pgResources)) {
    if (resource.parameters || !resource.codec.attributes) continue;
    for (const spec of specs) {
      if (ORDERING_AGGREGATES.has(spec.id)) continue;
      const unsuitable = Object.entries(resource.codec.attributes)
        .filter(([, attribute]) => !spec.isSuitableType(attribute.codec))
        .map(([attributeName]) => build.inflection.attribute({ codec: resource.codec, attributeName }));
      if (unsuitable.length) byType.set(inflection.aggregateHavingAggregateInputType({ resource, aggregateSpec: spec }), unsuitable);
    }
  }
  cache.set(build, byType);
  return byType;
}

interface AggregateSpec {
  id: string;
  isSuitableType(codec: unknown): boolean;
}
interface InflectionWithHaving {
  aggregateHavingAggregateInputType(details: { resource: unknown; aggregateSpec: AggregateSpec }): string;
}
