import { depthLimit } from "@graphile/depth-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  print,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  validate,
  visit,
} from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { SafeError } from "postgraphile/grafast";

/**
 * Limits for every operation, ad-hoc or trusted (persisted documents are resolved before this
 * plugin runs), over HTTP and websockets alike:
 *  - tokens in the document (graphql-armor's max-tokens parser), before anything else parses it;
 *  - aliases (graphql-armor's max-aliases rule) and depth (@graphile/depth-limit): validation rules;
 *  - field selections counted through fragments (MAX_FIELDS);
 *  - page sizes (`first` / `last` at most maxPageSize, `offset` >= 0) and the cost (rows the request
 *    can touch: the product of page sizes along each path, summed over aliases and root fields),
 *    both read AFTER variable coercion: a variable's value or its default counts like a literal;
 *  - rows without a page size: a field that pages (takes `first`) and returns rows, given neither
 *    `first` nor `last` (absent, null, or a variable that is null), gets `first: maxPageSize`, so
 *    no request reads a whole table; `pageInfo` and the cursors page on from there.
 * A breach is HTTP 400 with a GraphQL error naming the limit and the value (extensions.code,
 * extensions.limit, extensions.value). Also records the operation name on the request for logs and metrics.
 */
/** Largest number of field selections an operation may make, counting fragments where they are spread. */
export const MAX_FIELDS = 1_000;

export interface LimitsOptions {
  maxPageSize: number;
  maxDepth: number;
  /** Rows a request can touch (see above). */
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  /** Nesting of a variable's (or a literal's) lists and objects. */
  maxInputDepth: number;
  /** Characters in one string value. */
  maxStringLength: number;
}

/** Defaults, documented in the README's security section; server/config.ts reads the variables. */
export const LIMIT_DEFAULTS = { maxPageSize: 100, maxDepth: 12, maxCost: 20_000, maxAliases: 30, maxTokens: 5_000, maxInputDepth: 32, maxStringLength: 50_000 } as const;

function limitError(message: string, code: string, limit: string, max: number, value: number): SafeError {
  return new SafeError(message, { statusCode: 400, code, limit, max, value });
}

/** The fixed depth limits beside MAX_QUERY_DEPTH (README, security). */
const DEPTH_LIMITS = { maxListDepth: 5, maxSelfReferentialDepth: 3, maxIntrospectionDepth: 16 } as const;

/**
 * @graphile/depth-limit's refusal as a limit error: its message (which depth, how deep, the
 * maximum) with the code, the limit's name, the maximum and the value. Only the operation depth has
 * a variable; the list, self-reference and introspection depths are fixed (README, security).
 */
export function depthLimitError(message: string, maxDepth: number): SafeError {
  // The first limit the message names: "operation [introspection] [list] depth N exceeds maximum of M"
  // or "field Type.field nested N times which exceeds [self referential] maximum of M".
  const operation = /operation (introspection )?(list )?depth (\d+) exceeds maximum of (\d+)/.exec(message);
  const field = /field (\S+) nested (\d+) times which exceeds (?:self referential )?maximum of (\d+)/.exec(message);
  const first = operation && (!field || operation.index < field.index) ? operation : undefined;
  const limit = first
    ? first[1]
      ? "INTROSPECTION_DEPTH"
      : first[2]
        ? "LIST_DEPTH"
        : "MAX_QUERY_DEPTH"
    : field
      ? `NESTING_OF ${field[1]}`
      : "MAX_QUERY_DEPTH";
  const value = first ? Number(first[3]) : field ? Number(field[2]) : undefined;
  const max = first ? Number(first[4]) : field ? Number(field[3]) : maxDepth;
  const hint = `. The limits: operation depth ${maxDepth} (MAX_QUERY_DEPTH), list depth ${DEPTH_LIMITS.maxListDepth}, a field nested in itself ${DEPTH_LIMITS.maxSelfReferentialDepth} times, introspection depth ${DEPTH_LIMITS.maxIntrospectionDepth} (fixed); ask for less in one operation.`;
  return new SafeError(`${message.replace(/\.$/, "")}${hint}`, { statusCode: 400, code: "DEPTH_LIMIT_EXCEEDED", limit, max, value });
}

export function makeLimitsPlugin(partial: Partial<LimitsOptions> = {}): GraphileConfig.Plugin {
  const opts: LimitsOptions = { ...LIMIT_DEFAULTS, ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) };
  let schema: GraphQLSchema | undefined;
  const cache = new Map<string, DocumentNode | SafeError | null>();
  const parseCached = (query: string): DocumentNode | null => {
    let doc = cache.get(query);
    if (doc === undefined) {
      const parser = new MaxTokensParserWLexer(query, { n: opts.maxTokens, exposeLimits: true, onAccept: [], onReject: [], propagateOnRejection: true });
      try {
        doc = parser.parseDocument();
      } catch (e) {
        // Syntax errors: grafserv reports them itself.
        doc =
          e instanceof GraphQLError && /Token limit of \d+ exceeded/.test(e.message)
            ? limitError(`The document has more than ${opts.maxTokens} tokens (MAX_QUERY_TOKENS); send a smaller one.`, "TOO_MANY_TOKENS", "MAX_QUERY_TOKENS", opts.maxTokens, parser.tokenCount)
            : null;
      }
      if (cache.size > 500) cache.delete(cache.keys().next().value!);
      cache.set(query, doc);
    }
    if (doc instanceof SafeError) throw doc;
    return doc;
  };

  const depthRule = depthLimit({
    maxDepth: opts.maxDepth,
    ...DEPTH_LIMITS,
    // GraphiQL's introspection query unwraps types nine levels deep.
    maxDepthByFieldCoordinates: { "__Type.ofType": 12 },
    revealDetails: true,
  });
  // Depth first: a document that is too deep gets the depth error (from validation), not a cost.
  const depthErrors = new WeakMap<DocumentNode, SafeError | null>();
  const depthError = (doc: DocumentNode): SafeError | null => {
    if (!schema) return null;
    let error = depthErrors.get(doc);
    if (error === undefined) {
      const found = validate(schema, doc, [depthRule])[0];
      error = found ? depthLimitError(found.message, opts.maxDepth) : null;
      depthErrors.set(doc, error);
    }
    return error;
  };

  const documentChecks = new WeakMap<DocumentNode, null | SafeError>();
  const operationCosts = new WeakMap<OperationDefinitionNode, Unpaged[] | SafeError>();

  return {
    name: "SaleMateLimitsPlugin",
    version: "1.1.0",
    schema: {
      hooks: {
        // The coercion of variables needs the schema: keep the one built.
        finalize(built) {
          schema = built;
          return built;
        },
      },
    },
    grafserv: {
      middleware: {
        setPreset(next, event) {
          event.validationRules.push(
            depthRule,
            maxAliasesRule({
              n: opts.maxAliases,
              exposeLimits: true,
              propagateOnRejection: false,
              onAccept: [],
              onReject: [
                (context, err) => {
                  const found = Number(/found (\d+)/.exec(err?.message ?? "")?.[1] ?? NaN);
                  context?.reportError(
                    new GraphQLError(`The operation uses ${found} aliases; at most ${opts.maxAliases} are allowed (MAX_ALIASES).`, {
                      extensions: { code: "TOO_MANY_ALIASES", limit: "MAX_ALIASES", max: opts.maxAliases, value: found },
                    }),
                  );
                },
              ],
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
            const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
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
            // What depends on the document alone is checked once per document, and the page sizes
            // and cost of an operation without variables once per operation. (Before the schema is
            // built nothing is remembered: the depth cannot be known yet.)
            const refusal = memo(schema ? documentChecks : new WeakMap(), doc, () => {
              checkSize(doc);
              checkInputs(undefined, doc, opts);
              const tooDeep = depthError(doc);
              if (tooDeep) throw tooDeep;
              return null;
            });
            if (refusal) throw refusal;
            checkInputs(body.variableValues, null, opts);
            if (op) {
              const raw = body.variableValues;
              const variables = coerceVariables(schema, op, raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});
              // Variables that do not coerce: grafast answers with the coercion error itself.
              if (variables) {
                const cost = () => checkPageSizesAndCost(schema, doc, op, variables, opts);
                const unpaged = op.variableDefinitions?.length || !schema ? cost() : memo(operationCosts, op, cost);
                if (unpaged instanceof SafeError) throw unpaged;
                if (unpaged.length) applyDefaultPageSize(body, query!, doc, unpaged, opts.maxPageSize);
              }
            }
          }
          return next();
        },
      },
    },
  };
}

/** Computes once per key and remembers the result, or the refusal (a SafeError) it threw. */
function memo<K extends object, T>(seen: WeakMap<K, T | SafeError>, key: K, compute: () => T): T | SafeError {
  if (seen.has(key)) return seen.get(key)!;
  let result: T | SafeError;
  try {
    result = compute();
  } catch (e) {
    if (!(e instanceof SafeError)) throw e;
    result = e;
  }
  seen.set(key, result);
  return result;
}

/**
 * Cheap checks on client values before they reach PostgreSQL, which would refuse them with less
 * clear errors (22021/22P05 for NUL, 54001 for depth): NUL characters, nesting depth, string length.
 */
export function checkInputs(variables: unknown, doc: DocumentNode | null, opts: Pick<LimitsOptions, "maxInputDepth" | "maxStringLength">): void {
  const checkString = (s: string) => {
    if (s.includes("\u0000")) {
      throw new SafeError("A string value holds a NUL character (\\u0000), which the database cannot store.", { statusCode: 400, code: "INVALID_TEXT" });
    }
    if (s.length > opts.maxStringLength) {
      throw limitError(
        `A string value has ${s.length} characters; at most ${opts.maxStringLength} are allowed (MAX_STRING_LENGTH).`,
        "STRING_TOO_LONG",
        "MAX_STRING_LENGTH",
        opts.maxStringLength,
        s.length,
      );
    }
  };
  const tooDeep = (depth: number) =>
    limitError(`A value is nested more than ${opts.maxInputDepth} levels deep (MAX_INPUT_DEPTH); send a flatter one.`, "INPUT_TOO_DEEP", "MAX_INPUT_DEPTH", opts.maxInputDepth, depth);
  // Iterative: a hostile value may be nested far deeper than the stack allows.
  const stack: Array<[unknown, number]> = [[variables, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === "string") checkString(v);
    else if (v && typeof v === "object") {
      if (depth >= opts.maxInputDepth + 1) throw tooDeep(depth + 1);
      if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
      else
        for (const [k, x] of Object.entries(v)) {
          checkString(k);
          stack.push([x, depth + 1]);
        }
    }
  }
  if (!doc) return;
  const values: Array<[ValueNode, number]> = [];
  visit(doc, {
    Argument(node) {
      values.push([node.value, 0]);
    },
    VariableDefinition(node) {
      if (node.defaultValue) values.push([node.defaultValue, 0]);
    },
  });
  while (values.length) {
    const [v, depth] = values.pop()!;
    if (v.kind === Kind.STRING) checkString(v.value);
    else if (v.kind === Kind.LIST || v.kind === Kind.OBJECT) {
      if (depth >= opts.maxInputDepth) throw tooDeep(depth + 1);
      if (v.kind === Kind.LIST) for (const x of v.values) values.push([x, depth + 1]);
      else for (const f of v.fields) values.push([f.value, depth + 1]);
    }
  }
}

/** The variables as execution will see them: coerced to their types, defaults applied. */
export function coerceVariables(schema: GraphQLSchema | undefined, op: OperationDefinitionNode, raw: Record<string, unknown>): Record<string, unknown> | null {
  const defs = op.variableDefinitions ?? [];
  if (defs.length === 0) return {};
  if (!schema) return null;
  try {
    const result = getVariableValues(schema, defs, raw, { maxErrors: 1 });
    return result.coerced ?? null;
  } catch {
    return null;
  }
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

/** An argument's value after coercion: a literal, or the (coerced, defaulted) variable. */
function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.NULL) return null;
  return undefined;
}

/** A paging field given no page size: its node, and the variable its `first` names (null), if any. */
export interface Unpaged {
  field: FieldNode;
  variable?: string;
}

/**
 * Whether a paging field's selection returns rows: a list, or a connection whose `nodes` or
 * `edges` are selected (a connection read only for `totalCount` or aggregates returns none, and
 * a page size would not change those).
 */
function returnsRows(sel: FieldNode, field: GraphQLField<unknown, unknown>, fragments: Map<string, FragmentDefinitionNode>): boolean {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !("nodes" in type.getFields() || "edges" in type.getFields())) return true;
  const selects = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === "nodes" || s.name.value === "edges"
        : s.kind === Kind.INLINE_FRAGMENT
          ? selects(s.selectionSet, seen)
          : !seen.has(s.name.value) && selects(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])),
    );
  return selects(sel.selectionSet, new Set());
}

/** Rewritten documents, by the original text and the fields given a page size. */
const rewritten = new Map<string, string>();
const fieldIds = new WeakMap<FieldNode, number>();
let nextFieldId = 0;

/**
 * Gives every unpaged field `first: pageSize`: written into the document where `first` is absent
 * or the literal null, or into the variable where `first` names one that is null. A variable used
 * anywhere else as well cannot take the default for one use: that request is refused instead.
 */
export function applyDefaultPageSize(
  body: { query?: unknown; variableValues?: unknown },
  query: string,
  doc: DocumentNode,
  unpaged: Unpaged[],
  pageSize: number,
): void {
  const inDocument = unpaged.filter((u) => u.variable === undefined);
  const variables = new Set(unpaged.flatMap((u) => (u.variable === undefined ? [] : [u.variable])));
  if (variables.size) {
    const uses = new Map<string, number>();
    visit(doc, {
      Variable(node, _key, parent) {
        // Not the definitions themselves.
        if ((parent as { kind?: string } | undefined)?.kind !== Kind.VARIABLE_DEFINITION) uses.set(node.name.value, (uses.get(node.name.value) ?? 0) + 1);
      },
    });
    const raw = body.variableValues && typeof body.variableValues === "object" && !Array.isArray(body.variableValues) ? (body.variableValues as Record<string, unknown>) : {};
    const next = { ...raw };
    for (const name of variables) {
      const asFirst = unpaged.filter((u) => u.variable === name).length;
      if ((uses.get(name) ?? 0) !== asFirst) {
        throw new SafeError(
          `\`$${name}\` is null where it is a page size (\`first\`) and is used elsewhere too; give it a value (at most ${pageSize}, MAX_PAGE_SIZE).`,
          { statusCode: 400, code: "PAGE_SIZE_REQUIRED", limit: "MAX_PAGE_SIZE", max: pageSize },
        );
      }
      next[name] = pageSize;
    }
    body.variableValues = next;
  }
  if (inDocument.length === 0) return;
  const targets = new Set(inDocument.map((u) => u.field));
  for (const f of targets) if (!fieldIds.has(f)) fieldIds.set(f, nextFieldId++);
  const key = `${[...targets].map((f) => fieldIds.get(f)).sort((a, b) => a! - b!).join(",")}\u0000${pageSize}\u0000${query}`;
  let text = rewritten.get(key);
  if (text === undefined) {
    const first = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "first" }, value: { kind: Kind.INT, value: String(pageSize) } } as const;
    text = print(
      visit(doc, {
        Field(node) {
          if (!targets.has(node)) return undefined;
          return { ...node, arguments: [...(node.arguments ?? []).filter((a) => a.name.value !== "first"), first] };
        },
      }),
    );
    if (rewritten.size > 500) rewritten.delete(rewritten.keys().next().value!);
    rewritten.set(key, text);
  }
  body.query = text;
}

/**
 * Page sizes and offsets on every field that takes them, and the cost: a field that returns rows
 * by page (it takes `first`) touches (rows of its parent path) × (its page size) rows; without
 * `first`/`last` a connection counts as maxPageSize rows. The costs of all such fields are summed.
 */
export function checkPageSizesAndCost(
  schema: GraphQLSchema | undefined,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
  opts: LimitsOptions,
): Unpaged[] {
  const unpaged: Unpaged[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const rootType =
    op.operation === "query" ? schema?.getQueryType() : op.operation === "mutation" ? schema?.getMutationType() : schema?.getSubscriptionType();
  let cost = 0;

  const fieldOf = (type: GraphQLNamedType | undefined | null, name: string): GraphQLField<unknown, unknown> | undefined =>
    type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;

  const walk = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined | null, rows: number, seen: Set<string>): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema?.getType(sel.typeCondition.name.value) : type;
        walk(sel.selectionSet, cond, rows, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        walk(frag.selectionSet, schema?.getType(frag.typeCondition.name.value), rows, new Set([...seen, frag.name.value]));
        continue;
      }
      let pageSize: number | undefined;
      let sized = false;
      for (const arg of sel.arguments ?? []) {
        const name = arg.name.value;
        if (name !== "first" && name !== "last" && name !== "offset") continue;
        const value = argumentValue(arg.value, variables);
        if (typeof value !== "number") continue;
        if (name === "offset") {
          if (value < 0) {
            throw limitError(`\`offset\` must not be negative (got ${value}).`, "OFFSET_OUT_OF_RANGE", "offset >= 0", 0, value);
          }
          continue;
        }
        if (value < 0 || value > opts.maxPageSize) {
          throw limitError(
            `\`${name}\` must be between 0 and ${opts.maxPageSize} (got ${value}); page through larger results with the connection's cursors (MAX_PAGE_SIZE).`,
            "PAGE_SIZE_OUT_OF_RANGE",
            "MAX_PAGE_SIZE",
            opts.maxPageSize,
            value,
          );
        }
        pageSize = Math.min(pageSize ?? Infinity, value);
        sized = true;
      }
      const field = fieldOf(type, sel.name.value);
      const paged = pageSize !== undefined || Boolean(field?.args.some((a) => a.name === "first"));
      if (paged && !sized && field && returnsRows(sel, field, fragments)) {
        // Neither `first` nor `last`: the first page of maxPageSize rows (applied by the caller).
        const first = sel.arguments?.find((a) => a.name.value === "first");
        unpaged.push({ field: sel, variable: first?.value.kind === Kind.VARIABLE ? first.value.name.value : undefined });
      }
      let childRows = rows;
      if (paged) {
        childRows = rows * (pageSize ?? opts.maxPageSize);
        cost += childRows;
        if (cost > opts.maxCost) {
          throw limitError(
            `The operation can touch ${cost > 1e12 ? "more than 10^12" : cost} rows (page sizes multiplied along each path, summed over aliases and root fields); at most ${opts.maxCost} are allowed (MAX_QUERY_COST). Ask for smaller pages or split it.`,
            "COST_LIMIT_EXCEEDED",
            "MAX_QUERY_COST",
            opts.maxCost,
            cost,
          );
        }
      } else if (field && isListType(getNullableType(field.type)) && sel.name.value !== "nodes" && sel.name.value !== "edges") {
        // A list without a page size (e.g. a plain list field): as many rows as a page.
        childRows = rows * opts.maxPageSize;
      }
      walk(sel.selectionSet, field ? getNamedType(field.type) : undefined, childRows, seen);
    }
  };
  walk(op.selectionSet, rootType, 1, new Set());
  return unpaged;
}
