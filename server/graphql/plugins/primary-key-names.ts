/**
 * One naming rule for keys (issue 19): `id` is a row type's primary key, whatever its column is
 * called (`lead_events.event_id` and `leads.id` are both `id`), and `nodeId` is the Relay global
 * id (the Node interface field and `node(nodeId:)`). Foreign keys keep their names (`leadId`).
 * Every derived name (row fetchers, orderBy values, conditions, filters, patches, aggregates)
 * comes from these two inflectors, so it follows.
 *
 * Only a single-column primary key becomes `id`; a composite key (lead_purchase_items,
 * lead_sources) keeps its columns' names and the type has no `id`. A column named `id` that is
 * not the key keeps the name only where there is no key to confuse it with (views and composite
 * types without a primary key); beside a primary key it is an error to fix with `@name`.
 */
declare global {
  namespace DataplanPg {
    interface PgCodecAttributeExtensions {
      /** The attribute is its table's (or view's `@primaryKey`) whole primary key. */
      isPrimaryKey?: boolean;
    }
  }
}

export const PrimaryKeyNamesPlugin: GraphileConfig.Plugin = {
  name: "SaleMatePrimaryKeyNamesPlugin",
  version: "1.0.0",
  gather: {
    hooks: {
      // Inflectors see a codec, not the resource holding its uniques: mark the key on the
      // attribute. Views' `@primaryKey` smart tags are constraints by now (PgFakeConstraintsPlugin).
      pgCodecs_attribute(_info, { pgClass, pgAttribute, attribute }) {
        const primaryKey = pgClass.getConstraints().find((c) => c.contype === "p");
        const name = attribute.extensions?.tags?.name ?? pgAttribute.attname;
        if (primaryKey?.conkey?.length === 1 && primaryKey.conkey[0] === pgAttribute.attnum) {
          attribute.extensions ??= Object.create(null);
          attribute.extensions!.isPrimaryKey = true;
        } else if (primaryKey && typeof name === "string" && name.toLowerCase() === "id") {
          throw new Error(
            `${pgClass.getNamespace()?.nspname}.${pgClass.relname}.${pgAttribute.attname} would be named \`id\`, but \`id\` is this table's primary key; give the column a @name smart tag`,
          );
        }
      },
    },
  },
  inflection: {
    replace: {
      nodeIdFieldName() {
        return "nodeId";
      },
      _attributeName(previous, _options, details) {
        // skipRowId asks for the column's own name (@graphile/simplify-inflection names relations
        // from it: `event_id` → `event`), so relation names do not change.
        if (!details.skipRowId && details.codec.attributes[details.attributeName]?.extensions?.isPrimaryKey) return "id";
        // `id` no longer clashes with the global id: a key-less `id` column keeps its name.
        return previous!.call(this, { ...details, skipRowId: true });
      },
    },
  },
};
