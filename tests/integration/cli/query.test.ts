/**
 * `kg query` runs a GraphQL file in-process against our schema over the real Neo4j, or POSTs it to a running
 * API with --url; both print the API's JSON response. Typed --var values, errors with their exit codes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../../src/graph/database';
import { startTestApi, type TestApi } from '../../support/api';
import { openTestDatabase, resetAndSeed } from '../../support/db';
import { errorLines, expectHelp, kg, UNREACHABLE } from './support/kg';

let db: GraphDatabase;
let api: TestApi | undefined;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-query-'));

function queryFile(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const TYPED = queryFile(
  'typed.graphql',
  `query Typed($id: ID!, $first: Int, $kinds: [EntityKind!]) {
     entity(id: $id) { name }
     search(text: "narcotic drugs", first: $first, kinds: $kinds, includePassages: false) { target { ... on Entity { id kind } } }
   }`,
);

beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
});
afterAll(async () => {
  await api?.stop();
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('kg query, in-process', () => {
  it('runs an example from examples/ and prints the JSON response: paths with evidence on every hop', async () => {
    const result = await kg(['query', 'examples/07-path.graphql']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as {
      data: { paths: { length: number; hops: { type: string; evidence: { quote: string }[] }[] }[] };
    };
    expect(body.data.paths.length).toBeGreaterThan(0);
    for (const path of body.data.paths) {
      expect(path.hops).toHaveLength(path.length);
      for (const hop of path.hops) expect(hop.evidence[0]?.quote.length).toBeGreaterThan(0);
    }
  });

  it('passes --var values typed by the declarations: ID as text, Int and lists as JSON, enums as text', async () => {
    const result = await kg(['query', TYPED, '--var', 'id=csto', '--var', 'first=3', '--var', 'kinds=ORGANISATION']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as {
      data: { entity: { name: string }; search: { target: { id: string; kind: string } }[] };
    };
    expect(body.data.entity).toEqual({ name: 'Collective Security Treaty Organisation' });
    expect(body.data.search.length).toBeGreaterThan(0);
    expect(body.data.search.length).toBeLessThanOrEqual(3);
    for (const hit of body.data.search) expect(hit.target.kind).toBe('ORGANISATION');
  });

  it('prints the errors of a request the API rejects, then exits 1 with one error line', async () => {
    const file = queryFile('invalid.graphql', '{ entity(id: "sco") { nam } }');
    const result = await kg(['query', file]);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(
        /^error: the query returned 1 error\(s\); the first: Cannot query field "nam".*\(GRAPHQL_VALIDATION_FAILED\)$/,
      ),
    ]);
  });

  it('a value of the wrong type is BAD_USER_INPUT, exit 1', async () => {
    const result = await kg(['query', TYPED, '--var', 'id=sco', '--var', 'first=many']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('names the file, line and column of a syntax error before running anything', async () => {
    const file = queryFile('broken.graphql', 'query {\n  entity(id: "sco") {\n    name\n');
    const result = await kg(['query', file]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([`error: ${file}:4:1: Syntax Error: Expected Name, found <EOF>.`]);
    expect(result.stdout).toBe('');
  });

  it('refuses a --var the query does not declare, and a missing file', async () => {
    const undeclared = await kg(['query', TYPED, '--var', 'limit=3']);
    expect(undeclared.code).toBe(1);
    expect(errorLines(undeclared.stderr)).toEqual([
      `error: --var limit: ${TYPED} declares no variable $limit (it declares $id, $first, $kinds)`,
    ]);
    const missing = await kg(['query', path.join(dir, 'nope.graphql')]);
    expect(missing.code).toBe(1);
    expect(errorLines(missing.stderr)).toEqual([`error: cannot read ${path.join(dir, 'nope.graphql')}: no such file`]);
  });

  it('exits 2 when the graph cannot be reached', async () => {
    const result = await kg(['query', TYPED, '--var', 'id=sco'], UNREACHABLE);
    expect(result.code).toBe(2);
    expect(errorLines(result.stderr)).toHaveLength(1);
  });

  it('has --help', () =>
    expectHelp('query', /Usage: kg query \[options\] <file>[\s\S]*--var <name=value>[\s\S]*--url <url>/));
});

describe('kg query --url', () => {
  it('POSTs to a running API and prints the same response as in-process', async () => {
    api = await startTestApi({ seed: false });
    const args = ['query', TYPED, '--var', 'id=sco', '--var', 'first=5'];
    const remote = await kg([...args, '--url', `${api.url}/graphql`]);
    const local = await kg(args);
    expect(remote.code).toBe(0);
    expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
    expect(JSON.parse(remote.stdout)).toMatchObject({
      data: { entity: { name: 'Shanghai Cooperation Organisation' } },
    });
  });

  it('exits 2 with one line when nothing answers at the URL, and 1 for a URL that is not one', async () => {
    const down = await kg(['query', TYPED, '--var', 'id=sco', '--url', 'http://127.0.0.1:9/graphql']);
    expect(down.code).toBe(2);
    expect(errorLines(down.stderr)).toEqual([
      expect.stringMatching(/^error: cannot reach http:\/\/127\.0\.0\.1:9\/graphql: /),
    ]);
    const bad = await kg(['query', TYPED, '--var', 'id=sco', '--url', 'not a url']);
    expect(bad.code).toBe(1);
    expect(errorLines(bad.stderr)).toEqual([
      'error: --url not a url: not a URL (example: http://127.0.0.1:4000/graphql)',
    ]);
  });
});
