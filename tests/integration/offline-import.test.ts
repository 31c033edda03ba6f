/**
 * The offline import (`kg seed --offline`: validate and spool as CSV, neo4j-admin database import, then schema,
 * late values and indexes) against the transactional loaders, on real Neo4j processes: the same graph to the
 * checksum and to the stored type of every property, from the real seeds and from a generated corpus; a store
 * with data is refused and left as it was; bad seeds write nothing and leave no spool behind.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../src/bench/generate/corpus';
import { benchSize } from '../../src/bench/sizes';
import type { LocalNeo4jConfig } from '../../src/config';
import { graphChecksum, type GraphChecksum } from '../../src/graph/checksum';
import { openLocalGraph } from '../../src/graph/open';
import type { GraphDatabase } from '../../src/graph/database';
import { search } from '../../src/graph/read/search';
import { applySchema, schemaIsApplied } from '../../src/graph/schema';
import {
  importSeedsIntoNewStore,
  runImporter,
  spoolDirectory,
  StoreImportError,
} from '../../src/ingest/bulk/storeImport';
import {
  checkSeedFolder,
  DEFAULT_SEED_DIR,
  readSources,
  seedDatabase,
  SeedValidationError,
} from '../../src/ingest/seed';
import { freePort } from '../../src/neo4j/local';
import { openTestDatabase, resetAndSeed, wipe } from '../support/db';
import { twoSourceFolder } from '../support/secondSource';
import { runNode } from '../support/processes';

jest.setTimeout(300_000);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-offline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let testDb: GraphDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await resetAndSeed(testDb);
  await testDb.close();
});

async function storeConfig(name: string): Promise<LocalNeo4jConfig> {
  return { port: await freePort(), dataDir: path.join(scratch, name), heap: '512m', pageCache: '128m' };
}

/** Every label set (or relationship type) with each property's stored type: what a checksum cannot see. */
async function propertyTypes(db: GraphDatabase): Promise<string[]> {
  const nodes = await db.read<{ labels: string[]; key: string; type: string }>({
    name: 'nodePropertyTypes',
    cypher: `MATCH (n) UNWIND keys(n) AS key RETURN DISTINCT labels(n) AS labels, key, valueType(n[key]) AS type`,
  });
  const relationships = await db.read<{ type: string; key: string; valueType: string }>({
    name: 'relationshipPropertyTypes',
    cypher: `MATCH ()-[r]->() UNWIND keys(r) AS key
             RETURN DISTINCT type(r) AS type, key, valueType(r[key]) AS valueType`,
  });
  return [
    ...nodes.records.map((r) => `N ${[...r.get('labels')].sort().join(':')} ${r.get('key')} ${r.get('type')}`),
    ...relationships.records.map((r) => `R ${r.get('type')} ${r.get('key')} ${r.get('valueType')}`),
  ].sort();
}

interface Fingerprint {
  readonly checksum: GraphChecksum;
  readonly types: string[];
}

async function fingerprint(db: GraphDatabase): Promise<Fingerprint> {
  return { checksum: await graphChecksum(db), types: await propertyTypes(db) };
}

/** Starts the store of `config`, reads what `work` needs, and stops it. */
async function withStore<T>(config: LocalNeo4jConfig, work: (db: GraphDatabase) => Promise<T>): Promise<T> {
  const graph = await openLocalGraph(config, () => undefined, { database: 'neo4j', queryTimeoutMs: 60_000 });
  try {
    return await work(graph.db);
  } finally {
    await graph.close();
  }
}

const kg = (args: string[], env: NodeJS.ProcessEnv): ReturnType<typeof runNode> =>
  runNode('dist/src/cli/main.js', ['seed', '--offline', ...args], env, 240_000);
/** The environment of a user of the local Neo4j (no NEO4J_URI), with `extra` on top. */
const localEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  return { ...env, ...extra };
};

describe('kg seed --offline of the real seeds', () => {
  it('builds exactly the graph of the one-transaction loader, and refuses to import over it', async () => {
    const config = await storeConfig('real-seeds');
    const env = localEnv({ NEO4J_DATA_DIR: config.dataDir, NEO4J_LOCAL_PORT: String(config.port) });
    const run = await kg([], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Seeds valid: 1 source\(s\), \d+ entities, \d+ relationships, \d+ mentions/);
    expect(run.stdout).toMatch(/^MEMBER_OF\s+\d+\s+0\s+0\s+0$/m);
    expect(run.stdout).toMatch(/Imported into the local store .* \(offline: validate and spool .* s, neo4j-admin/);

    // A second import would replace the graph: refused, with the store left as it was (checked below).
    const again = await kg([], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: the local graph in .* already holds \d+ node\(s\); an offline import/);

    const imported = await withStore(config, async (db) => {
      expect(await schemaIsApplied(db)).toBe(true);
      // External aliases (seeds/external-aliases.yaml) came through the import and its full-text index (issue 17).
      const [hit] = await search(db, 'UNWTO', null, false, 5);
      expect(hit?.target.id).toBe('world-tourism-organisation');
      expect(hit?.reasons[0]?.kind).toBe('EXTERNAL_ALIAS');
      return fingerprint(db);
    });
    await wipe(testDb);
    await applySchema(testDb);
    await seedDatabase(testDb);
    const loaded = await fingerprint(testDb);
    expect(imported.checksum.nodes).toBeGreaterThan(100);
    expect(imported.checksum.relationships).toBeGreaterThan(500);
    expect(imported.checksum).toEqual(loaded.checksum);
    expect(imported.types).toEqual(loaded.types);
    // The real seeds hold both kinds of value the CSV cannot carry: they came back through the late values.
    expect(imported.types).toContain('N Entity:State aliases LIST<STRING NOT NULL> NOT NULL');
    expect(imported.types).toContain('N Entity:Organisation externalAliases LIST<STRING NOT NULL> NOT NULL');
    expect(imported.types.some((t) => /^N Passage sentenceStarts /.test(t))).toBe(true);
  });

  it('with a second source that restates facts: still the graph of the one-transaction loader (issue 15)', async () => {
    const config = await storeConfig('two-sources');
    const folder = twoSourceFolder();
    try {
      const env = localEnv({ NEO4J_DATA_DIR: config.dataDir, NEO4J_LOCAL_PORT: String(config.port) });
      const run = await kg(['--dir', folder.dir], env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Seeds valid: 2 source\(s\), 159 entities, 269 relationships \(274 statements\)/);
      const imported = await withStore(config, fingerprint);
      await wipe(testDb);
      await applySchema(testDb);
      await seedDatabase(testDb, folder.dir);
      const loaded = await fingerprint(testDb);
      expect(imported.checksum).toEqual(loaded.checksum);
      expect(imported.types).toEqual(loaded.types);
      expect(imported.types).toContain('R MEMBER_OF statementsJson STRING NOT NULL');
    } finally {
      folder.remove();
    }
  });

  it('refuses a remote Neo4j and --batch-size, with exit code 1', async () => {
    const remote = await kg([], localEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' }));
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/^error: --offline writes the files of the local store .* NEO4J_URI/);
    const batch = await kg(['--batch-size', '10'], localEnv());
    expect(batch.code).toBe(1);
    expect(batch.stderr).toMatch(/^error: --batch-size applies to transactional loads, not --offline/);
  });
});

/** The rows `kg seed` reports as created: the report table's second column, summed. */
function createdInReport(stdout: string): number {
  return [...stdout.matchAll(/^\S+\s+(\d+)\s+\d+\s+\d+\s+\d+$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

describe('the offline import of a generated corpus', () => {
  // From the command line, as users run it: the sources, passages and mentions are spooled on a worker thread
  // (in-process under jest they run on the main thread, as the bad-seeds test below does).
  it('builds exactly the graph of the transactional bulk loader', async () => {
    const corpus = path.join(scratch, 'corpus-tiny');
    await generateCorpus({ outDir: corpus, ...benchSize('tiny'), seed: 7, format: 'jsonl', replace: true });
    const config = await storeConfig('generated');
    const run = await kg(
      ['--dir', corpus],
      localEnv({ NEO4J_DATA_DIR: config.dataDir, NEO4J_LOCAL_PORT: String(config.port) }),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(spoolDirectory(config))).toBe(false);
    const [imported, links, lateValues] = await withStore(config, async (db) => {
      const counted = await db.read<{ links: number }>({
        name: 'passageLinks',
        cypher: 'MATCH ()-[r:HAS_PASSAGE|IN_SECTION]->() RETURN count(r) AS links',
      });
      // Passage texts hold no line breaks, but sources and sections do: set after the import (late values).
      const late = await db.read<{ n: number }>({
        name: 'lateValues',
        cypher: "MATCH (s:Source) WHERE s.text CONTAINS '\n' RETURN count(s) AS n",
      });
      return [
        await fingerprint(db),
        Number(counted.records[0]?.get('links')),
        Number(late.records[0]?.get('n')),
      ] as const;
    });
    expect(lateValues).toBeGreaterThan(0);

    await wipe(testDb);
    await applySchema(testDb);
    const seeds = await checkSeedFolder(corpus, { bulk: true, batchSize: 300 });
    await seeds.load(testDb);
    const loaded = await fingerprint(testDb);
    expect(imported.checksum.relationships).toBeGreaterThan(1000);
    expect(imported.checksum).toEqual(loaded.checksum);
    expect(imported.types).toEqual(loaded.types);
    // The report counts every node, fact and mention (passage links are not reported).
    expect(createdInReport(run.stdout)).toBe(imported.checksum.nodes + imported.checksum.relationships - links);
  });
});

describe('the offline import of a corpus where a third of the statements restate a fact (issue 15)', () => {
  it("merges each fact's statements before the import: the graph of the bulk loader, which merges them after", async () => {
    const corpus = path.join(scratch, 'corpus-tiny-statements');
    await generateCorpus({ outDir: corpus, ...benchSize('tiny-statements'), seed: 7, format: 'jsonl', replace: true });
    const config = await storeConfig('restated');
    // Runs of 20,000 characters: the statements are spilled in many sorted runs and merged from disk.
    const { spool } = await importSeedsIntoNewStore(corpus, config, () => undefined, undefined, { runChars: 20_000 });
    expect(spool.merge.runs).toBeGreaterThan(10);
    expect(spool.merge.statements).toBeGreaterThan(spool.counts.relationships);
    expect(existsSync(spoolDirectory(config))).toBe(false);
    const [imported, restated] = await withStore(config, async (db) => {
      const counted = await db.read<{ n: number }>({
        name: 'restatedFacts',
        cypher: 'MATCH ()-[r]->() WHERE r.statementCount >= 2 RETURN count(r) AS n',
      });
      return [await fingerprint(db), Number(counted.records[0]?.get('n'))] as const;
    });
    expect(restated).toBeGreaterThan(100);

    await wipe(testDb);
    await applySchema(testDb);
    // Batches of 50: the bulk loader's pass after the load meets restatements in other batches than their facts.
    const seeds = await checkSeedFolder(corpus, { bulk: true, batchSize: 50 });
    await seeds.load(testDb);
    const loaded = await fingerprint(testDb);
    expect(imported.checksum).toEqual(loaded.checksum);
    expect(imported.types).toEqual(loaded.types);
    expect(imported.types.some((t) => /^R \S+ statementsJson STRING NOT NULL$/.test(t))).toBe(true);
  });
});

describe('offline import of bad seeds', () => {
  it('reports the line, writes no store and leaves no spool', async () => {
    const dir = path.join(scratch, 'bad-seeds');
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const source = readSources(DEFAULT_SEED_DIR)[0]?.id ?? '';
    writeFileSync(
      path.join(dir, 'facts', 'late.jsonl'),
      `${JSON.stringify({ source })}\n${JSON.stringify({ type: 'MEMBER_OF', from: 'no-such-state', to: 'sco' })}\n`,
    );
    const config = await storeConfig('bad-seeds');
    const attempt = importSeedsIntoNewStore(dir, config, () => undefined);
    await expect(attempt).rejects.toThrow(SeedValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as SeedValidationError;
    expect(error.problems.some((p) => p.file.endsWith('late.jsonl') && p.line === 2)).toBe(true);
    expect(existsSync(spoolDirectory(config))).toBe(false);
    expect(existsSync(path.join(config.dataDir, 'data', 'databases', 'neo4j'))).toBe(false);

    // From the command line the sources are being spooled on a worker thread when the facts fail: it is
    // stopped, and nothing is left either.
    const cli = await storeConfig('bad-seeds-cli');
    const run = await kg(['--dir', dir], localEnv({ NEO4J_DATA_DIR: cli.dataDir, NEO4J_LOCAL_PORT: String(cli.port) }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/late\.jsonl:2: status: is required$/m);
    expect(run.stderr).toMatch(/nothing was written$/m);
    expect(existsSync(spoolDirectory(cli))).toBe(false);
    expect(existsSync(path.join(cli.dataDir, 'data', 'databases', 'neo4j'))).toBe(false);
  });
});

describe('an importer failure', () => {
  it('is reported with its log, and leaves no half-written store behind', async () => {
    // Seeds never reach the importer with a dangling relationship (validation refuses it); a spool made by hand does.
    const config = await storeConfig('importer-failure');
    const dir = path.join(scratch, 'hand-made-spool');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'nodes.csv'), 'id:ID(Entity),:LABEL\na,Entity\n');
    writeFileSync(path.join(dir, 'facts.csv'), ':START_ID(Entity),:END_ID(Entity),:TYPE\na,missing,MEMBER_OF\n');
    const spool = {
      dir,
      nodeFiles: [path.join(dir, 'nodes.csv')],
      relationshipFiles: [path.join(dir, 'facts.csv')],
      lateFiles: [],
      emptyLists: [],
      externalAliases: [],
      report: {},
      counts: { entities: 1, relationships: 1, mentions: 0 },
      summary: '',
    };
    const attempt = runImporter(spool, config, () => undefined);
    await expect(attempt).rejects.toThrow(StoreImportError);
    await expect(attempt).rejects.toThrow(
      /^neo4j-admin import failed: .*The store was left empty\. Log: .*import\.log$/,
    );
    expect(existsSync(path.join(config.dataDir, 'data', 'databases', 'neo4j'))).toBe(false);
    expect(existsSync(path.join(config.dataDir, 'logs', 'import.log'))).toBe(true);
  });
});
