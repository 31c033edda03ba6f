/**
 * `kg check` and `kg seed` on the real Neo4j: check validates without writing, seed loads in one transaction and
 * reports what changed, and bad seeds or an unreachable database end in `error:` lines with exit codes 1 and 2.
 */
import { graphChecksum, type GraphChecksum } from '../../../src/graph/checksum';
import type { GraphDatabase } from '../../../src/graph/database';
import { openTestDatabase, resetAndSeed } from '../../support/db';
import { copySeeds, type SeedCopy } from '../../support/seedCopy';
import { errorLines, expectHelp, kg, UNREACHABLE } from './support/kg';

let db: GraphDatabase;
let seeded: GraphChecksum;
let seeds: SeedCopy | undefined;

beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
  seeded = await graphChecksum(db);
});
afterAll(async () => {
  seeds?.remove();
  await resetAndSeed(db);
  await db.close();
});

describe('kg check', () => {
  it('validates the seeds, says what they hold and writes nothing', async () => {
    const result = await kg(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Seeds valid: 1 source\(s\), \d+ entities, \d+ relationships, \d+ mentions\.$/m);
    expect(result.stderr).toBe('');
    expect(await graphChecksum(db)).toEqual(seeded);
  });

  it('reports each problem as file:line: field: message, exits 1 and writes nothing', async () => {
    seeds = copySeeds();
    seeds.replace('entities/states.yaml', '    name: Republic of Kazakhstan', '    name: Republic of India');
    const result = await kg(['check', '--dir', seeds.dir]);
    expect(result.code).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines[0]).toMatch(
      /^error: .*entities\/states\.yaml:\d+: entities\[\d+\]\.name: "Republic of India" already names/,
    );
    expect(lines.at(-1)).toBe('error: 1 problem(s) in the seeds; nothing was written');
    expect(result.stdout).toBe('');
    expect(await graphChecksum(db)).toEqual(seeded);
  });

  it('has --help', () => expectHelp('check', /Usage: kg check \[options\][\s\S]*--dir <dir>/));
});

describe('kg seed', () => {
  it('loads an edited seed folder, reporting the updated entity, and the project seeds restore the graph', async () => {
    seeds?.remove();
    seeds = copySeeds();
    seeds.replace(
      'entities/states.yaml',
      '    name: Republic of Kazakhstan',
      '    name: Kazakhstan (renamed by kg seed)',
    );
    const edited = await kg(['seed', '--dir', seeds.dir]);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toMatch(/^State +0 +1 +\d+ +0$/m);
    expect(edited.stdout).toMatch(/Loaded into bolt:\/\/127\.0\.0\.1:\d+ in \d+ ms \(one transaction\)\./);
    const renamed = await db.read({
      name: 'test: renamed',
      cypher: `MATCH (k:State {id: 'kazakhstan'}) RETURN k.name AS name`,
    });
    expect(renamed.records[0]?.get('name')).toBe('Kazakhstan (renamed by kg seed)');

    const restored = await kg(['seed']);
    expect(restored.code).toBe(0);
    expect(await graphChecksum(db)).toEqual(seeded);
  });

  it('a second run changes nothing: every row unchanged', async () => {
    const result = await kg(['seed']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^\S+ +\d+ +\d+ +\d+ +\d+$/.test(line));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row).toMatch(/^\S+ +0 +0 +\d+ +0$/);
    expect(await graphChecksum(db)).toEqual(seeded);
  });

  it('refuses invalid seeds before touching the database (exit 1)', async () => {
    seeds?.remove();
    seeds = copySeeds();
    seeds.replace('entities/states.yaml', '    name: Republic of Kazakhstan', '    name: Republic of India');
    const result = await kg(['seed', '--dir', seeds.dir]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr).at(-1)).toBe('error: 1 problem(s) in the seeds; nothing was written');
    expect(await graphChecksum(db)).toEqual(seeded);
  });

  it('ends with one error line and exit 2 when Neo4j cannot be reached', async () => {
    const result = await kg(['seed'], UNREACHABLE);
    expect(result.code).toBe(2);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(/^error: Neo4j at bolt:\/\/127\.0\.0\.1:1 is unreachable .*check NEO4J_URI/),
    ]);
  });

  it('ends with exit 2 naming the variable when the configuration is wrong', async () => {
    const result = await kg(['seed'], { NEO4J_URI: 'http://example.org' });
    expect(result.code).toBe(2);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(/^error: NEO4J_URI: "http:\/\/example\.org" must be/),
    ]);
  });

  it('has --help', () => expectHelp('seed', /Usage: kg seed \[options\][\s\S]*--dir <dir>/));
});
