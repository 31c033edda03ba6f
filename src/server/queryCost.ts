/**
 * The query cost limit, estimated so that a client can work it out before sending a query: every object the
 * query can return costs 1, scalars cost nothing, and a list multiplies what is selected under it by its page size.
 * A page size is the field's `first`/`limit` argument (a literal or a variable's value), else the argument's
 * default in the schema, else the field's maximum; on a Relay connection the connection's `first` sizes its
 * `nodes` and `edges`. A list without a page argument (`evidence`, `paragraphs`, `hops` ...) counts as
 * UNPAGED_LIST_SIZE items. Fragments count once where they are spread; introspection is free.
 *
 * It replaces graphql-armor's costLimit, which counted a `first` given as a variable as 1 and compounded a depth
 * factor, so that a page of 24 relations with evidence was refused while the same query with a literal 100 passed.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { AppError, ErrorCode } from '../errors';
import { MAX_NEIGHBOURHOOD_NODES, MAX_PAGE_SIZE, MAX_PATHS, MAX_SEARCH_HITS } from '../graph/read/pagination';

/**
 * How many items a list without a page argument counts as. No relation in the seeds has more than 2 quotes and
 * the generated benchmark graphs have 1; 5 leaves room for curated evidence without refusing ordinary pages.
 */
export const UNPAGED_LIST_SIZE = 5;

const PAGE_ARGUMENTS = new Set(['first', 'limit']);

/** Page arguments bounded other than by MAX_PAGE_SIZE (enforced in src/resolvers/Query.ts). */
const PAGE_MAXIMA: Readonly<Record<string, number>> = {
  'Query.search': MAX_SEARCH_HITS,
  'Query.paths': MAX_PATHS,
  'Query.neighbourhood': MAX_NEIGHBOURHOOD_NODES,
};

export interface PageArgumentLimit {
  /** `Type.field`, e.g. `Query.search`. */
  readonly field: string;
  readonly argument: string;
  readonly default: number | null;
  readonly max: number;
}

const maxPageOf = (typeName: string, fieldName: string): number =>
  PAGE_MAXIMA[`${typeName}.${fieldName}`] ?? MAX_PAGE_SIZE;

/** Every page argument of the schema's object types with its default and maximum, in schema order. */
export function pageArgumentLimits(schema: GraphQLSchema): PageArgumentLimit[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type)
        ? Object.values(type.getFields()).flatMap((field) =>
            field.args
              .filter((arg) => PAGE_ARGUMENTS.has(arg.name))
              .map((arg) => ({
                field: `${type.name}.${field.name}`,
                argument: arg.name,
                default: typeof arg.defaultValue === 'number' ? arg.defaultValue : null,
                max: maxPageOf(type.name, field.name),
              })),
          )
        : [],
    );
}

type Variables = Readonly<Record<string, unknown>>;

interface Estimate {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Variables;
  /** The list that returns the most items, named by its path, for the advice in a refusal. */
  largest: { path: string; items: number } | null;
}

function pageSizeOf(
  estimate: Estimate,
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): number | null {
  const argument = field.args.find((arg) => PAGE_ARGUMENTS.has(arg.name));
  if (!argument) return null;
  const max = maxPageOf(parent.name, field.name);
  const given = node.arguments?.find((arg) => arg.name.value === argument.name)?.value;
  let value: unknown;
  if (given?.kind === Kind.VARIABLE) value = estimate.variables[given.name.value];
  else if (given) value = valueFromASTUntyped(given);
  // The resolvers read a missing or null page argument as the default.
  if (value === undefined || value === null) value = argument.defaultValue;
  if (typeof value !== 'number' || !Number.isFinite(value)) return max;
  // A page over the maximum is refused by the resolver before any Cypher runs, so it costs no more than the maximum.
  return Math.min(Math.max(Math.ceil(value), 0), max);
}

/**
 * What `selectionSet` costs when `count` objects of `parentType` select it. `pageSize` is the page argument of
 * the field that returned them, which sizes the lists directly under it (a connection's `nodes` and `edges`).
 */
function selectionCost(
  estimate: Estimate,
  parentType: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  count: number,
  pageSize: number | null,
  path: string,
  spreading: ReadonlySet<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__') || !(isObjectType(parentType) || isInterfaceType(parentType))) continue;
      const field = parentType.getFields()[name];
      const type = field && getNamedType(field.type);
      // Unknown fields are reported by graphql's own rules; scalars and enums cost nothing.
      if (!field || !type || !isCompositeType(type)) continue;
      const ownPage = pageSizeOf(estimate, parentType, field, selection);
      const isList = isListType(getNullableType(field.type));
      const items = isList ? count * (ownPage ?? pageSize ?? UNPAGED_LIST_SIZE) : count;
      const fieldPath = path ? `${path}.${name}` : name;
      if (isList && (estimate.largest === null || items > estimate.largest.items)) {
        estimate.largest = { path: fieldPath, items };
      }
      cost += items;
      if (selection.selectionSet) {
        const childPage = isList ? null : ownPage;
        cost += selectionCost(estimate, type, selection.selectionSet, items, childPage, fieldPath, spreading);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? estimate.schema.getType(selection.typeCondition.name.value) : parentType;
      if (!type || !isCompositeType(type)) continue;
      cost += selectionCost(estimate, type, selection.selectionSet, count, pageSize, path, spreading);
    } else {
      const name = selection.name.value;
      const fragment = estimate.fragments.get(name);
      // A fragment that spreads itself is refused by graphql's NoFragmentCycles; here it is not followed.
      if (!fragment || spreading.has(name)) continue;
      const type = estimate.schema.getType(fragment.typeCondition.name.value);
      if (!type || !isCompositeType(type)) continue;
      const inside = new Set(spreading).add(name);
      cost += selectionCost(estimate, type, fragment.selectionSet, count, pageSize, path, inside);
    }
  }
  return cost;
}

export interface QueryCost {
  readonly cost: number;
  /** The list returning the most items, e.g. `entities.nodes.relations.nodes`; null when there is no list. */
  readonly largestList: { readonly path: string; readonly items: number } | null;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The estimated cost of one operation of `document`, with the request's (uncoerced) variables. */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): QueryCost {
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, largestList: null };
  // A variable the request leaves out takes its default from the operation's declaration.
  const withDefaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    withDefaults[name] =
      variables[name] !== undefined
        ? variables[name]
        : definition.defaultValue
          ? valueFromASTUntyped(definition.defaultValue)
          : undefined;
  }
  const estimate: Estimate = { schema, fragments: fragmentsOf(document), variables: withDefaults, largest: null };
  const cost = selectionCost(estimate, root, operation.selectionSet, 1, null, '', new Set());
  return { cost, largestList: estimate.largest };
}

const formatNumber = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'more than 9,007,199,254,740,991';

/** The refusal: the estimate, the limit and what to change. */
export function queryCostError(estimate: QueryCost, maxCost: number): AppError {
  const largest = estimate.largestList;
  const advice =
    (largest ? `Most of the cost is ${largest.path} (${formatNumber(largest.items)} items). ` : '') +
    'Ask for fewer items per page (first, limit) on the nested lists, or split the query into several requests ' +
    '(fetch the outer page first, then the nested lists by entity id). Each object returned costs 1 and each ' +
    'list multiplies what is under it by its page size; `{ limits { maxCost pageArguments { field max } } }` ' +
    'lists the limits.';
  return new AppError(
    ErrorCode.QUERY_LIMIT_EXCEEDED,
    `Query cost ${formatNumber(estimate.cost)} exceeds the limit of ${formatNumber(maxCost)}: ask for fewer items per page (first) or split the query`,
    {
      limit: 'maxCost',
      limitValue: maxCost,
      estimated: Number.isFinite(estimate.cost) ? Math.round(estimate.cost) : Number.MAX_SAFE_INTEGER,
      advice,
      // Apollo takes the HTTP status from here (and removes it): a refused query is the client's to change.
      http: { status: 400 },
    },
  );
}

/**
 * The estimate as a graphql-js validation rule, for callers that have the variables at validation time
 * (`validate(schema, document, [queryCostRule(maxCost, variables)])`).
 */
export function queryCostRule(maxCost: number, variables: Variables = {}): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const estimate = estimateQueryCost(context.getSchema(), context.getDocument(), operation, variables);
      if (estimate.cost > maxCost) context.reportError(queryCostError(estimate, maxCost));
    },
  });
}

/**
 * The check in Apollo Server. Apollo validates a document once and caches it by query hash, without the
 * variables (they are coerced only at execution), so a validation rule cannot see `first: $n`. The
 * `didResolveOperation` hook runs for every request, after validation, with the request's variables and the
 * operation that will run; an error thrown there is the response and nothing is executed.
 */
export function queryCostPlugin<TContext extends object>(maxCost: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const estimate = estimateQueryCost(schema, document, operation, request.variables ?? {});
          if (estimate.cost > maxCost) throw queryCostError(estimate, maxCost);
        },
      };
    },
  };
}
