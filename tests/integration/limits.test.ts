/**
 * Abuse is refused cheaply, before any Cypher runs, with a coded error naming the limit; HTTP hygiene holds
 * (CSRF prevention, CORS allow-list, security headers, body size limit, no stack traces in production).
 */
import { loadConfig } from '../../src/config';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ config: { production: true, corsOrigins: ['https://analysts.example.org'] } });
});
afterAll(async () => api.stop());

const defaults = loadConfig({}).limits;

async function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

type ArmorLimit = 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens';

async function refusalOf(query: string, limit: string, variables?: Record<string, unknown>) {
  api.db.roundTrips = 0;
  const { errors, data, status } = await api.graphql(query, variables);
  expect(data).toBeUndefined();
  // armor's token limit answers 500 (it throws from Apollo's parsing hook); the others are the client's to fix.
  expect(status).toBe(limit === 'maxTokens' ? 500 : 400);
  for (const error of errors ?? []) expect(error.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  expect(api.db.roundTrips).toBe(0);
  // A query can break several limits at once; each is reported, and this one among them.
  return errors?.find((error) => error.extensions?.limit === limit);
}

async function expectLimit(query: string, limit: ArmorLimit): Promise<void> {
  const hit = await refusalOf(query, limit);
  expect(hit?.extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit, limitValue: defaults[limit] });
  expect(hit?.message).toMatch(new RegExp(`limit of ${defaults[limit]} exceeded`));
}

const NESTED_PAGES =
  '{ entities(first: 100) { nodes { relations(first: 100) { nodes { other { relations(first: 100) { nodes { other { name } evidence { quote } } } } } } } } }';

const RELATIONS_WITH_EVIDENCE = `query ($first: Int) { entity(id: "sco") { relations(first: $first) {
  totalCount nodes { type status other { name } evidence { quote passage { id } } } } } }`;

describe('query limits', () => {
  it('depth', async () => {
    let query = '{ name }';
    for (let i = 0; i < defaults.maxDepth; i += 1) query = `{ relations { nodes { other ${query} } } }`;
    await expectLimit(`{ entity(id: "sco") ${query} }`, 'maxDepth');
  });

  it('cost: refuses three nested pages of 100, with the estimate, the limit and what to change', async () => {
    const hit = await refusalOf(NESTED_PAGES, 'maxCost');
    expect(hit?.message).toMatch(
      /^Query cost [\d,]+ exceeds the limit of 20,000: ask for fewer items per page \(first\) or split the query$/,
    );
    expect(hit?.extensions).toEqual({
      code: 'QUERY_LIMIT_EXCEEDED',
      limit: 'maxCost',
      limitValue: defaults.maxCost,
      estimated: expect.any(Number),
      advice: expect.stringContaining('split the query'),
    });
    expect(hit?.extensions?.estimated).toBeGreaterThan(defaults.maxCost);
  });

  it('cost: counts first given as a variable like the same literal', async () => {
    const withVariables = NESTED_PAGES.replaceAll('first: 100', 'first: $n').replace('{', 'query ($n: Int) {');
    const hit = await refusalOf(withVariables, 'maxCost', { n: 100 });
    const literal = await refusalOf(NESTED_PAGES, 'maxCost');
    expect(hit?.extensions?.estimated).toBe(literal?.extensions?.estimated);
  });

  it('cost: lets a page of 100 relations with their evidence through', async () => {
    const { errors, data } = await api.graphql<{ entity: { relations: { totalCount: number; nodes: unknown[] } } }>(
      RELATIONS_WITH_EVIDENCE,
      { first: 100 },
    );
    expect(errors).toBeUndefined();
    const relations = data?.entity.relations;
    expect(relations?.nodes).toHaveLength(Math.min(100, relations?.totalCount ?? -1));
  });

  it('answers the limits it enforces', async () => {
    const { errors, data } = await api.graphql<{
      limits: { maxCost: number; maxPageSize: number; pageArguments: { field: string; max: number }[] };
    }>('{ limits { maxCost maxPageSize pageArguments { field argument default max } } }');
    expect(errors).toBeUndefined();
    expect(data?.limits.maxCost).toBe(defaults.maxCost);
    expect(data?.limits.maxPageSize).toBe(100);
    expect(data?.limits.pageArguments).toContainEqual({
      field: 'Query.search',
      argument: 'first',
      default: 10,
      max: 50,
    });
  });

  it('aliases', async () => {
    const aliases = Array.from({ length: defaults.maxAliases + 1 }, (_, i) => `a${i}: sources { id }`).join(' ');
    await expectLimit(`{ ${aliases} }`, 'maxAliases');
  });

  it('directives', async () => {
    const fields = Array.from({ length: defaults.maxDirectives + 1 }, () => 'id @include(if: true)').join(' ');
    await expectLimit(`{ sources { ${fields} } }`, 'maxDirectives');
  });

  it('tokens', async () => {
    await expectLimit(`{ sources { ${'id '.repeat(defaults.maxTokens)} } }`, 'maxTokens');
  });

  it('page size', async () => {
    const { errors } = await api.graphql('{ entities(first: 101) { totalCount } }');
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('request body size', async () => {
    const response = await post(JSON.stringify({ query: `{ sources { id } } #${'x'.repeat(defaults.maxBodyBytes)}` }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The request body is larger than ${defaults.maxBodyBytes} bytes`,
          extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxBodyBytes', limitValue: defaults.maxBodyBytes },
        },
      ],
    });
  });

  it('lets ordinary analyst queries through', async () => {
    const { errors, data } = await api.graphql(
      '{ entity(id: "sco") { name ... on Organisation { members { nodes { other { name ... on State { memberships { nodes { status other { name } } } } } } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data).toBeDefined();
  });
});

describe('HTTP hygiene', () => {
  it('refuses a GET query without a preflight-forcing header (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ sources { id } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ sources { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers CORS only for allowed origins', async () => {
    const allowed = await post('{"query":"{ sources { id } }"}', { origin: 'https://analysts.example.org' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analysts.example.org');
    const denied = await post('{"query":"{ sources { id } }"}', { origin: 'https://evil.example.com' });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers and no X-Powered-By', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers malformed JSON and unknown paths with a coded JSON error, no stack trace', async () => {
    const malformed = await post('{ not json');
    expect(malformed.status).toBe(400);
    const body = await malformed.text();
    expect(JSON.parse(body)).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const missing = await fetch(`${api.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('keeps stack traces out of production error responses', async () => {
    const { errors } = await api.graphql('{ entities(first: -1) { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:\d+|at /);
  });
});
