/**
 * Killing the loader in the middle of a load leaves the previous graph intact (the load is one transaction), and
 * rerunning it gives the same graph as a clean load (content checksum).
 */
import { graphChecksum } from '../../src/graph/checksum';
import type { GraphDatabase } from '../../src/graph/database';
import { applySchema } from '../../src/graph/schema';
import { seedDatabase } from '../../src/ingest/seed';
import { openTestDatabase, resetAndSeed, testNeo4jUri, wipe } from '../support/db';
import { cleanEnv, runNode, startNode } from '../support/processes';
import { copySeeds, type SeedCopy } from '../support/seedCopy';

const PLACES = 1000;
const LINKS = 8000;

/** The real seeds plus thousands of synthetic places and links, so that a load takes long enough to be killed. */
function largeSeeds(): SeedCopy {
  const seeds = copySeeds();
  const entities = Array.from(
    { length: PLACES },
    (_, i) =>
      `  - id: synthetic-place-${i}\n    kind: Place\n    name: Synthetic place ${i}\n    description: A place made up by the ingestion-fault test.\n`,
  );
  seeds.write('entities/zz-synthetic.yaml', `entities:\n${entities.join('')}`);
  const links = Array.from({ length: LINKS }, (_, i) => {
    const from = i % PLACES;
    const to = (i * 7919 + 1) % PLACES;
    return `  - type: LOCATED_IN\n    from: synthetic-place-${from}\n    to: synthetic-place-${to === from ? (to + 1) % PLACES : to}\n    key: link-${i}\n    status: located\n    evidence:\n      - passage: lead.p1\n        quote: 'On 20 March 2019'\n`;
  });
  seeds.write(
    'facts/zz-synthetic.yaml',
    `source: sco-sg-news-conference-2019-03-20\nrelationships:\n${links.join('')}`,
  );
  return seeds;
}

let db: GraphDatabase;
let seeds: SeedCopy;
beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
  seeds = largeSeeds();
});
afterAll(async () => {
  seeds.remove();
  await resetAndSeed(db);
  await db.close();
});

it('a load killed midway leaves the previous graph; the rerun equals a clean load', async () => {
  const before = await graphChecksum(db);
  const env = cleanEnv({ NEO4J_URI: testNeo4jUri() });

  const loader = await startNode('dist/src/ingest/cli.js', env, /Seeds valid/, 120_000, ['--dir', seeds.dir]);
  // Wait until Neo4j lists the load's transaction as running, then kill the loader in the middle of it.
  let running = 0;
  for (let i = 0; i < 600 && running === 0; i += 1) {
    const result = await db.read({
      name: 'runningLoad',
      cypher: `SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.query = 'load-seeds' RETURN count(*) AS n`,
    });
    running = Number(result.records[0]?.get('n') ?? 0);
    if (running === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(running).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  loader.child.kill('SIGKILL');
  await loader.exited;
  expect(loader.output()).not.toContain('Loaded into');
  expect(await graphChecksum(db)).toEqual(before);

  const rerun = await runNode('dist/src/ingest/cli.js', ['--dir', seeds.dir], env, 300_000);
  expect(rerun.code).toBe(0);
  const afterRerun = await graphChecksum(db);

  await wipe(db);
  await applySchema(db);
  await seedDatabase(db, seeds.dir);
  expect(await graphChecksum(db)).toEqual(afterRerun);
  expect(afterRerun.relationships).toBeGreaterThan(LINKS);
}, 400_000);
