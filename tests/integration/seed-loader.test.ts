/**
 * The loader on the real Neo4j: loading twice gives the identical graph; an edited seed updates in place and
 * removes what it no longer states; a load that fails part-way leaves the previous graph exactly as it was.
 */
import { graphChecksum } from '../../src/graph/checksum';
import type { GraphDatabase } from '../../src/graph/database';
import { applySchema } from '../../src/graph/schema';
import { loadPlan, type LoadReport } from '../../src/ingest/load';
import { checkSeeds, seedDatabase } from '../../src/ingest/seed';
import { openTestDatabase, wipe } from '../support/db';
import { copySeeds, type SeedCopy } from '../support/seedCopy';

let db: GraphDatabase;
let seeds: SeedCopy;
beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
  await applySchema(db);
});
afterAll(async () => {
  seeds?.remove();
  await db.close();
});

const total = (report: LoadReport, outcome: 'created' | 'updated' | 'unchanged' | 'removed'): number =>
  Object.values(report).reduce((sum, counts) => sum + counts[outcome], 0);

describe('seeding', () => {
  let first: Awaited<ReturnType<typeof graphChecksum>>;

  it('loads the seeds into an empty database, creating everything', async () => {
    const report = await seedDatabase(db);
    first = await graphChecksum(db);
    expect(total(report, 'created')).toBeGreaterThan(500);
    expect(total(report, 'updated') + total(report, 'unchanged') + total(report, 'removed')).toBe(0);
    expect(report.Organisation?.created).toBe(
      checkSeeds().graph.entities.filter((e) => e.kind === 'Organisation').length,
    );
  });

  it('a second run changes nothing: every row unchanged, identical checksum', async () => {
    const report = await seedDatabase(db);
    expect(total(report, 'created') + total(report, 'updated') + total(report, 'removed')).toBe(0);
    expect(total(report, 'unchanged')).toBeGreaterThan(500);
    expect(await graphChecksum(db)).toEqual(first);
  });

  it('an edited seed updates in place and removes what the seeds no longer state', async () => {
    seeds = copySeeds();
    seeds.replace(
      'entities/states.yaml',
      '    name: Republic of Kazakhstan',
      '    name: Kazakhstan (renamed in a test)',
    );
    const facts = 'facts/sco-sg-news-conference-2019-03-20.yaml';
    const withoutIndia = seeds
      .read(facts)
      .replace(
        / {2}- type: MEMBER_OF\n {4}from: india\n {4}to: sco\n {4}status: member\n {4}evidence:\n( {6}- passage: .*\n {8}quote: .*\n)+\n/,
        '',
      );
    expect(withoutIndia).not.toBe(seeds.read(facts));
    seeds.write(facts, withoutIndia);

    const report = await seedDatabase(db, seeds.dir);
    expect(report.State?.updated).toBe(1);
    expect(report.MEMBER_OF?.removed).toBe(1);
    const check = await db.read({
      name: 'edited',
      cypher: `MATCH (k:State {id: 'kazakhstan'}) OPTIONAL MATCH (:State {id: 'india'})-[r:MEMBER_OF]->(:Organisation {id: 'sco'})
               RETURN k.name AS name, count(r) AS india`,
    });
    expect(check.records[0]?.toObject()).toEqual({ name: 'Kazakhstan (renamed in a test)', india: 0 });

    await seedDatabase(db);
    expect(await graphChecksum(db)).toEqual(first);
  });

  it('a load that fails part-way leaves the previous graph intact (one transaction)', async () => {
    const { plan } = checkSeeds();
    const before = await graphChecksum(db);
    // Facts are written last: a broken fact row fails the load after everything else was written in the same
    // transaction, which must then roll back as a whole.
    const broken = {
      ...plan,
      entities: plan.entities.map((e) => ({ ...e, props: { ...e.props, description: 'half-written' } })),
      facts: [...plan.facts, { ...plan.facts[0]!, key: 'broken', type: '' }],
    };
    await expect(loadPlan(db, broken)).rejects.toThrow();
    expect(await graphChecksum(db)).toEqual(before);
  });
});
