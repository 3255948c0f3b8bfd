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
