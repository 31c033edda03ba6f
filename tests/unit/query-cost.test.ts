/**
 * The query cost estimate (src/server/queryCost.ts): what a client can work out before sending a query.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS } from '../../src/config';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { estimateQueryCost, pageArgumentLimits, queryCostRule, UNPAGED_LIST_SIZE } from '../../src/server/queryCost';

const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
const { maxCost } = DEFAULT_QUERY_LIMITS;

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return estimateQueryCost(schema, document, operation, variables).cost;
}

function refusals(query: string, variables: Record<string, unknown> = {}) {
  return validate(schema, parse(query), [queryCostRule(maxCost, variables)]);
}

const RELATIONS_WITH_EVIDENCE = `
  query Relations($first: Int) {
    entity(id: "sco") {
      name
      relations(first: $first) {
        totalCount
        nodes { type status other { name } evidence { quote passage { id } } }
      }
    }
  }`;

const THREE_NESTED_PAGES =
  '{ entities(first: 100) { nodes { relations(first: 100) { nodes { other { relations(first: 100) { nodes { other { name } evidence { quote } } } } } } } } }';

describe('query cost estimate', () => {
  it('counts every object once and multiplies lists by their page size', () => {
    // entity + relations + 100 nodes + 100 others + 100 x 10 evidence + 100 x 10 passages
    expect(cost(RELATIONS_WITH_EVIDENCE, { first: 100 })).toBe(1 + 1 + 100 + 100 + 100 * UNPAGED_LIST_SIZE * 2);
  });

  it('lets a page of 100 relations with their evidence through the default limit', () => {
    expect(refusals(RELATIONS_WITH_EVIDENCE, { first: 100 })).toEqual([]);
  });

  it('lets ten entities with 100 relations each and their evidence through (armor refused 24 each)', () => {
    const tenEntities = `query ($first: Int) { entities(first: 10) { nodes { name relations(first: $first) {
      nodes { type status other { name } evidence { quote passage { id } } } } } } }`;
    expect(refusals(tenEntities, { first: 100 })).toEqual([]);
  });

  it('refuses three nested pages of 100, saying the estimate, the limit and what to change', () => {
    const errors = refusals(THREE_NESTED_PAGES);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error?.message).toMatch(
      /^Query cost [\d,]+ exceeds the limit of 20,000: ask for fewer items per page \(first\) or split the query$/,
    );
    expect(error?.extensions).toMatchObject({
      code: 'QUERY_LIMIT_EXCEEDED',
      limit: 'maxCost',
      limitValue: maxCost,
      estimated: cost(THREE_NESTED_PAGES),
    });
    expect(error?.extensions.advice).toContain('entities.nodes.relations.nodes.other.relations.nodes.evidence');
  });

  it('counts a variable first like the same literal, and a missing one like its declared default', () => {
    const literal = cost(RELATIONS_WITH_EVIDENCE.replace('(first: $first)', '(first: 100)'));
    expect(cost(RELATIONS_WITH_EVIDENCE, { first: 100 })).toBe(literal);
    expect(cost(RELATIONS_WITH_EVIDENCE.replace('$first: Int', '$first: Int = 100'))).toBe(literal);
    // No value at all: the schema's default for relations(first:), 20.
    expect(cost(RELATIONS_WITH_EVIDENCE)).toBe(cost(RELATIONS_WITH_EVIDENCE.replace('(first: $first)', '(first: 20)')));
    expect(
      refusals(THREE_NESTED_PAGES.replaceAll('first: 100', 'first: $n').replace('{', 'query ($n: Int) {'), { n: 100 }),
    ).toHaveLength(1);
  });

  it('counts a page over the maximum as the maximum (the resolver refuses it before any Cypher runs)', () => {
    expect(cost('{ search(text: "x", first: 5000) { score target { __typename } } }')).toBe(50 * 2);
    expect(cost('{ neighbourhood(id: "sco") { nodes { entity { id } } } }')).toBe(1 + 200 + 200);
  });

  it('expands fragments once where they are spread, without compounding', () => {
    const inline = cost(RELATIONS_WITH_EVIDENCE, { first: 100 });
    const named = cost(
      `query Relations($first: Int) { entity(id: "sco") { ...Page } }
       fragment Page on Entity { name relations(first: $first) { ...Relations } }
       fragment Relations on RelationConnection { totalCount nodes { ...Relation } }
       fragment Relation on Relation { type status other { name } evidence { ...Quote } }
       fragment Quote on Evidence { quote passage { id } }`,
      { first: 100 },
    );
    const inlineFragments = cost(
      `query Relations($first: Int) { entity(id: "sco") { ... on Organisation { name relations(first: $first) {
         totalCount nodes { ... { type status other { name } evidence { quote passage { id } } } } } } } }`,
      { first: 100 },
    );
    expect(named).toBe(inline);
    expect(inlineFragments).toBe(inline);
  });

  it('sizes a connection’s edges like its nodes', () => {
    expect(cost('{ entities(first: 50) { edges { cursor node { id } } } }')).toBe(1 + 50 + 50);
  });

  it('ignores introspection', () => {
    expect(cost('{ __schema { types { name fields { name type { name } } } } }')).toBe(0);
    expect(cost('{ sources { id } __type(name: "Query") { fields { name } } }')).toBe(UNPAGED_LIST_SIZE);
  });
});

describe('page arguments', () => {
  it('lists each page argument with its schema default and its maximum', () => {
    const limits = pageArgumentLimits(schema);
    expect(limits).toEqual(
      expect.arrayContaining([
        { field: 'Query.entities', argument: 'first', default: 20, max: 100 },
        { field: 'Query.search', argument: 'first', default: 10, max: 50 },
        { field: 'Query.paths', argument: 'first', default: 5, max: 20 },
        { field: 'Query.neighbourhood', argument: 'limit', default: 200, max: 500 },
        { field: 'Organisation.members', argument: 'first', default: 20, max: 100 },
      ]),
    );
  });
});
