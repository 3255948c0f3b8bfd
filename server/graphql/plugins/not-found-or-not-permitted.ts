import { lambda, object, SafeError, type ExecutableStep, type ObjectStep } from "postgraphile/grafast";

/**
 * An update whose row the caller cannot see or may not change touches no row. PostGraphile
 * answers that with a null record and no error, so a client cannot tell "saved" from "refused".
 * Every update mutation here fails instead with NOT_FOUND: "not found or not permitted" (the
 * same answer for a row that does not exist and one the caller may not reach, as for deletes).
 */
export const NOT_FOUND_OR_NOT_PERMITTED = "Not found or not permitted: no row you may change matches.";

export const NotFoundOrNotPermittedPlugin: GraphileConfig.Plugin = {
  name: "SaleMateNotFoundOrNotPermittedPlugin",
  version: "1.0.0",
  schema: {
    hooks: {
      GraphQLObjectType_fields_field(field, _build, context) {
        if (!context.scope.isPgUpdateMutation || !field.plan) return field;
        const plan = field.plan;
        return {
          ...field,
          plan(...args: Parameters<typeof plan>) {
            const $payload = plan(...args) as ObjectStep<{ result: ExecutableStep }>;
            const $result = $payload.get("result");
            const $found = lambda($result, (row) => {
              if (row == null) throw new SafeError(NOT_FOUND_OR_NOT_PERMITTED, { code: "NOT_FOUND" });
              return true;
            });
            return object({ result: $result, found: $found });
          },
        };
      },
    },
  },
};
