/**
 * `kg examples` runs the README's questions through the typed client generated from examples/*.graphql:
 * listed, run in-process over the real Neo4j, and run through a running API with --url.
 */
import type { GraphDatabase } from '../../../src/graph/database';
import { startTestApi, type TestApi } from '../../support/api';
import { openTestDatabase, resetAndSeed } from '../../support/db';
import { errorLines, expectHelp, kg } from './support/kg';

let db: GraphDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
});
afterAll(async () => db.close());

const env = (): NodeJS.ProcessEnv => ({ NEO4J_URI: process.env.TEST_NEO4J_URI ?? '' });

it('lists every example with its question', async () => {
  const result = await kg(['examples'], env());
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/CooperationDocuments\s+Which organisations has the SCO signed cooperation documents/);
  expect(result.stdout.trim().split('\n').length).toBe(13); // header, rule and the eleven examples
});

it('runs one in-process and prints the typed answer', async () => {
  const result = await kg(['examples', 'CooperationDocuments'], env());
  expect(result.code).toBe(0);
  const body = JSON.parse(result.stdout) as { data: { entity: { signed: { totalCount: number } } } };
  expect(body.data.entity.signed.totalCount).toBe(11);
});

it('runs one through a running API with --url', async () => {
  const api: TestApi = await startTestApi({ seed: false });
  try {
    const result = await kg(['examples', 'membership', '--url', `${api.url}/graphql`], env());
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as {
      data: { afghanistan: { memberships: { nodes: { status: string }[] } } };
    };
    expect(body.data.afghanistan.memberships.nodes.map((n) => n.status)).toContain('NOT_UNDER_CONSIDERATION');
  } finally {
    await api.stop();
  }
});

it('refuses an unknown example with one line and exit 1', async () => {
  const result = await kg(['examples', 'NoSuchExample'], env());
  expect(result.code).toBe(1);
  expect(errorLines(result.stderr)).toEqual(['error: no example "NoSuchExample"; kg examples lists them']);
});

it('has --help', async () => {
  await expectHelp('examples', /Usage: kg examples \[options\] \[name\]/);
});
