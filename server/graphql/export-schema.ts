import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

/** The committed contract: the schema printed with types and fields sorted, so diffs are stable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)).trimEnd() + "\n";
}
