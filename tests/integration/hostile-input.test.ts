/**
 * Hundreds of random and hostile values fed to every argument of every root field (generated from
 * schema.graphql, seeded so a failure can be replayed): no 5xx, no driver or Cypher text leaked, only our error
 * codes, the process keeps answering and the graph is unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLField,
} from 'graphql';
import { graphChecksum, type GraphChecksum } from '../../src/graph/checksum';
import { startTestApi, type TestApi } from '../support/api';

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {});

const HOSTILE_STRINGS = [
  '',
  ' ',
  'sco',
  'AND OR NOT ( ) " * ~ : \\ /',
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 //",
  '`; DROP DATABASE neo4j',
  '${jndi:ldap://127.0.0.1/a}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'sco-sg-news-conference-2019-03-20#q3.p2',
  '#',
  '\u0000\u0001\u0002',
  '\u202e\u200f RTL',
  '🦄🔥💥',
  'ＳＣＯ',
  'a'.repeat(10_000),
  '*',
  '?',
  '~1',
  'title:SCO',
  '[a TO z]',
  '2019-02-30',
  '2019-Q9',
  '99999',
  '-1',
  'null',
  '{"$ne": null}',
];
const HOSTILE_INTS = [0, -1, 1, 3, 4, 5, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31)];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function valueFor(type: GraphQLInputType, next: () => number, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, next, depth);
  if (next() < 0.08) return null;
  if (isListType(type))
    return Array.from({ length: Math.floor(next() * 4) }, () => valueFor(type.ofType, next, depth + 1));
  const named = getNamedType(type);
  if (isEnumType(named)) return pick(next, named.getValues()).value;
  if (isInputObjectType(named)) {
    if (depth > 2) return {};
    return Object.fromEntries(
      Object.values(named.getFields()).map((field) => [field.name, valueFor(field.type, next, depth + 1)]),
    );
  }
  if (isScalarType(named)) {
    if (named.name === 'Int') return pick(next, HOSTILE_INTS);
    if (named.name === 'Float') return next() * 1e6;
    if (named.name === 'Boolean') return next() < 0.5;
    if (named.name === 'PartialDate' || named.name === 'Date') {
      return pick(next, ['2018', '2019-Q1', '2015-05', '2018-08-late', '2019-03-14', ...HOSTILE_STRINGS]);
    }
    return pick(next, HOSTILE_STRINGS);
  }
  return null;
}

function typeName(type: GraphQLInputType): string {
  return type.toString();
}

/** A query selecting a small, valid set of fields for each root field. */
const SELECTIONS: Record<string, string> = {
  entity: '{ id name }',
  entities: '{ totalCount nodes { id } }',
  search: '{ score snippet }',
  neighbourhood: '{ truncated nodes { id } edges { id } }',
  paths: '{ length hops { id evidence { quote } } }',
  timeline: '{ totalCount nodes { start end } }',
  statistics: '{ totalCount nodes { id } }',
  passage: '{ id text }',
  sources: '{ id }',
  source: '{ id candidates(first: 5) { totalCount nodes { id state } } }',
  candidate: '{ id state fact { quote } entity { name } }',
  relationTypes: '{ type }',
  history: '{ totalCount nodes { id } }',
  relations: '{ totalCount nodes { id status asOf } }',
  conflicts: '{ totalCount nodes { id conflicts { kind } } }',
  limits: '{ maxCost pageArguments { field max } }',
};

function queryFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `query Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${SELECTIONS[field.name] ?? '{ __typename }'} }`;
}

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_LIMIT_EXCEEDED', 'QUERY_TIMEOUT']);
const LEAKS =
  /neo4j|cypher|Neo\.|bolt|ECONN|stacktrace|\bat [\w.]+ \(|Lucene|ParseException|SyntaxError: Invalid input/i;

let api: TestApi;
let before: GraphChecksum;
beforeAll(async () => {
  api = await startTestApi({ config: { production: true } });
  before = await graphChecksum(api.db);
});
afterAll(async () => api.stop());

describe('hostile input to every argument of every root field', () => {
  it('covers every root field of the schema', () => {
    expect(queryFields.map((f) => f.name).sort()).toEqual(Object.keys(SELECTIONS).sort());
  });

  it.each(queryFields.map((field) => [field.name, field] as const))('%s', async (_name, field) => {
    const next = random(field.name.split('').reduce((sum, c) => sum + c.charCodeAt(0), 0));
    const query = queryFor(field);
    const cases = field.args.length === 0 ? 3 : 60;
    for (let i = 0; i < cases; i += 1) {
      const variables = Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, next)]));
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const context = `${field.name} ${JSON.stringify(variables).slice(0, 300)}`;
      expect([context, response.status < 500]).toEqual([context, true]);
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      for (const error of body.errors ?? []) {
        const code = error.extensions?.code ?? '';
        // Variables of the wrong shape are refused by GraphQL itself before our resolvers run.
        const ok = ALLOWED_CODES.has(code) || (response.status === 400 && code === 'BAD_USER_INPUT');
        expect([context, code, ok]).toEqual([context, code, true]);
        // Messages may quote the caller's own value back ("... is not a date"); anything else must not leak.
        // Longest first: stripping a short value (a lone space) first would break up the longer ones it is part of.
        const ownWords = (JSON.stringify(variables).match(/"(?:[^"\\]|\\.)*"/g) ?? []).sort(
          (a, b) => b.length - a.length,
        );
        const message = ownWords.reduce((text, word) => text.split(JSON.parse(word) as string).join(''), error.message);
        expect([context, LEAKS.test(message) ? error.message : false]).toEqual([context, false]);
      }
    }
  });

  it('leaves the process answering and the graph unchanged', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    expect(await graphChecksum(api.db)).toEqual(before);
  });
});
