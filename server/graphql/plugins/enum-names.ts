import { lambda } from "postgraphile/grafast";

/**
 * SaleMate's enums hold labels people read ("New Lead", "Hot Case", "Meeting Done"). GraphQL
 * enum values must be names, so spaces and punctuation become underscores: NEW_LEAD, HOT_CASE.
 * The stored values do not change.
 */
export const EnumNamesPlugin: GraphileConfig.Plugin = {
  name: "SaleMateEnumNamesPlugin",
  version: "1.0.0",
  inflection: {
    replace: {
      enumValue(previous, options, value, codec) {
        const name = value
          .trim()
          .replace(/[^A-Za-z0-9_*<>=!]+/g, "_");
        return previous!.call(this, name.toUpperCase(), codec);
      },
    },
  },
};

type GroupDetails = { indicies: Array<{ index: number; codec: { values?: Array<{ value: string }> } }> } | null | undefined;

/**
 * One spelling of every enum value: `groupedAggregates { keys }` gives an enum column's group by
 * its GraphQL name (NEW_LEAD), as the column's own field does, instead of the stored label
 * ("New Lead"). Other keys (text, dates, numbers) stay as PostgreSQL prints them.
 */
export const EnumAggregateKeysPlugin: GraphileConfig.Plugin = {
  name: "SaleMateEnumAggregateKeysPlugin",
  version: "1.0.0",
  after: ["PgAggregatesAddAggregateTypesPlugin"],
  schema: {
    hooks: {
      GraphQLObjectType_fields_field(field, build, context) {
        const { scope } = context as unknown as { scope: { isPgAggregateContainerType?: boolean; fieldName?: string } };
        if (!scope.isPgAggregateContainerType || scope.fieldName !== "keys") return field;
        const names = new Map<unknown, Map<string, string>>();
        for (const codec of Object.values(build.input.pgRegistry.pgCodecs) as Array<{ values?: Array<{ value: string }> }>) {
          if (!Array.isArray(codec.values)) continue;
          names.set(codec, new Map(codec.values.map(({ value }) => [value, build.inflection.enumValue(value, codec as never)])));
        }
        return {
          ...field,
          plan($pgSelectSingle: any) {
            const $groupDetails = $pgSelectSingle.getClassStep().getGroupDetails();
            return lambda([$groupDetails, $pgSelectSingle], ([groupDetails, item]: readonly [any, any]) => {
              const details = groupDetails as GroupDetails;
              if (!details || details.indicies.length === 0 || item == null) return null;
              return details.indicies.map(({ index, codec }) => {
                const raw = item[index];
                return raw == null ? raw : (names.get(codec)?.get(raw) ?? raw);
              });
            });
          },
        };
      },
    },
  },
};
