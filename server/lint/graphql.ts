import { Kind as AstKind, parse, type ArgumentNode, type SelectionSetNode, type ValueNode } from "graphql";
import type { Use } from "../migration-map.js";
import type { LocatedText } from "./located-text.js";
import { matchNested, type Hit, type LegacyName, type Rules } from "./rules.js";

/**
 * Legacy names in GraphQL operations (schema definitions are not uses): root fields an API
 * generated from a legacy table would have had (`walletTransactions`, `lead_tagsCollection`),
 * relation fields to one at any depth (`leadTagsByLeadId`), and fields that still expose a
 * deprecated column (`Profile.managerId`) where the selection is on that type: inside a
 * fragment on it, or under a field named for it (`profile`, `profiles`, `updateProfile`,
 * `ownerProfile`; connection wrappers `nodes`/`edges`/`node` are looked through).
 * A document that does not parse yields nothing.
 */

const WRAPPERS = new Set(["nodes", "edges", "node"]);
const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

function useOfRootField(operation: string, field: string): Use {
  if (operation === "subscription") return "subscribe";
  if (operation !== "mutation") return "list";
  return field.startsWith("update") ? "update" : field.startsWith("delete") ? "delete" : "create";
}

/** Whether a field named `field` most likely returns the GraphQL type `type`. */
export function fieldNamesType(field: string, type: string): boolean {
  const bare = field.replace(/^(all|create|update|delete|upsert)(?=[A-Z])/, "").replace(/By[A-Z]\w*$/, "");
  const lower = type.charAt(0).toLowerCase() + type.slice(1);
  const b = bare.charAt(0).toLowerCase() + bare.slice(1);
  return b === lower || b === `${lower}s` || bare.endsWith(type) || bare.endsWith(`${type}s`);
}

export function scanGraphql(source: LocatedText, rules: Rules): Hit[] {
  let doc;
  try {
    doc = parse(source.text);
  } catch {
    return [];
  }
  const hits: Hit[] = [];
  const hit = (start: number, name: LegacyName, kind: Hit["kind"], use: Use) => hits.push({ offset: source.offsets[start] ?? 0, name, kind, use });

  const columnType = (typeHint: string | undefined, ancestor: string | undefined): Map<string, LegacyName> | undefined => {
    for (const [type, fields] of rules.graphqlColumns) {
      if (typeHint ? typeHint === type : ancestor !== undefined && fieldNamesType(ancestor, type)) return fields;
    }
    return undefined;
  };

  const walkValue = (value: ValueNode, fields: Map<string, LegacyName>, use: Use) => {
    if (value.kind === AstKind.OBJECT) {
      for (const f of value.fields) {
        const name = fields.get(f.name.value);
        if (name) hit(f.name.loc!.start, name, "column", use);
        walkValue(f.value, fields, use);
      }
    } else if (value.kind === AstKind.LIST) {
      for (const v of value.values) walkValue(v, fields, use);
    }
  };

  const walk = (set: SelectionSetNode, ctx: { operation: string; root: boolean; use?: Use; typeHint?: string; ancestor?: string }) => {
    for (const sel of set.selections) {
      if (sel.kind === AstKind.INLINE_FRAGMENT) {
        const type = sel.typeCondition?.name.value;
        walk(sel.selectionSet, type ? { ...ctx, root: ROOT_TYPES.has(type), typeHint: type } : ctx);
        continue;
      }
      if (sel.kind !== AstKind.FIELD) continue;
      const field = sel.name.value;
      const at = sel.name.loc!.start;
      const root = ctx.root ? rules.graphqlRoot.get(field) : undefined;
      const nested = root ? undefined : matchNested(rules, field);
      if (root) hit(at, root.name, "graphql", root.use);
      else if (nested) hit(at, nested, "graphql", "list");
      const columns = columnType(ctx.typeHint, ctx.ancestor);
      const column = columns?.get(field);
      const use = ctx.use ?? useOfRootField(ctx.operation, field);
      if (column) hit(at, column, "column", use);
      const own = columnType(undefined, field);
      if (own) for (const arg of sel.arguments ?? ([] as readonly ArgumentNode[])) walkValue(arg.value, own, use);
      if (sel.selectionSet) {
        walk(sel.selectionSet, WRAPPERS.has(field) ? { ...ctx, root: false, use } : { operation: ctx.operation, root: false, use, ancestor: field });
      }
    }
  };

  for (const def of doc.definitions) {
    if (def.kind === AstKind.OPERATION_DEFINITION) walk(def.selectionSet, { operation: def.operation, root: true });
    else if (def.kind === AstKind.FRAGMENT_DEFINITION) {
      const type = def.typeCondition.name.value;
      walk(def.selectionSet, { operation: type === "Mutation" ? "mutation" : "query", root: ROOT_TYPES.has(type), typeHint: type });
    }
  }
  return hits;
}
