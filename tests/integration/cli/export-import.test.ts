/**
 * Exports that round-trip on the real Neo4j: the JSON export, wiped and imported back with `kg import`, and the
 * Cypher script, run statement by statement, give the same graph (checksum and property value types), the
 * curation history of edits made through the API included. An import refuses a non-empty graph unless
 * --replace, refuses a bad file naming the field, and is one transaction.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../../src/graph/database';
import { cypherFile, cypherFilesIn } from '../../../src/graph/cypherFiles';
import { cypherStatements } from '../../../src/graph/schema';
import { openTestDatabase, resetAndSeed, testNeo4jUri, wipe } from '../../support/db';
import { startTestApi, type TestApi } from '../../support/api';
import { cleanEnv, ROOT } from '../../support/processes';
import { editorToken, testAuth } from '../../support/tokens';
import { graphFingerprint, type GraphFingerprint } from './support/graphFingerprint';
import { errorLines, expectHelp, kg, KG } from './support/kg';

interface ExportJson {
  format: string;
  version: number;
  sources: { id: string; properties: Record<string, unknown> }[];
  passages: { id: string; source: string | null; section: string | null }[];
  entities: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
  mentions: { passage: string; entity: string }[];
  changes?: { id: string; entities: string[]; properties: Record<string, unknown> }[];
  candidates?: { id: string; properties: Record<string, unknown> }[];
}

const scriptAvailable = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

let db: GraphDatabase;
let seeded: GraphFingerprint;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-roundtrip-'));
const JSON_EXPORT = path.join(dir, 'graph.json');
const CYPHER_EXPORT = path.join(dir, 'graph.cypher');

const nodeCount = async (): Promise<number> => {
  const result = await db.read({ name: 'test: node count', cypher: 'MATCH (n) RETURN count(n) AS nodes' });
  return Number(result.records[0]?.get('nodes'));
};

function writeVariant(name: string, edit: (document: ExportJson) => void): string {
  const document = JSON.parse(readFileSync(JSON_EXPORT, 'utf8')) as ExportJson;
  edit(document);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
  seeded = await graphFingerprint(db);
});
afterAll(async () => {
  await db.runSchema('DROP CONSTRAINT kg_test_unique_unit IF EXISTS');
  await resetAndSeed(db);
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('kg export --format json', () => {
  it('writes the documented, versioned document holding the whole graph', async () => {
    const result = await kg(['export', '--format', 'json', '--out', JSON_EXPORT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Exported \d+ entities and \d+ relationships, with 1 source\(s\), \d+ passages and \d+ mentions to /,
    );
    const document = JSON.parse(readFileSync(JSON_EXPORT, 'utf8')) as ExportJson;
    expect(Object.keys(document)).toEqual([
      'format',
      'version',
      'sources',
      'passages',
      'entities',
      'relationships',
      'mentions',
      'changes',
      'candidates',
    ]);
    expect(document).toMatchObject({ format: 'sco-kg-export', version: 3, changes: [], candidates: [] });
    const holds = document.sources.length + document.passages.length + document.entities.length;
    expect(holds).toBe(seeded.checksum.nodes);
    const links =
      document.passages.filter((p) => p.source !== null).length +
      document.passages.filter((p) => p.section !== null).length +
      document.relationships.length +
      document.mentions.length;
    expect(links).toBe(seeded.checksum.relationships);
    expect(document.entities.find((e) => e.id === 'sco')).toMatchObject({
      labels: ['Entity', 'Organisation'],
      properties: { id: 'sco', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
    });
    expect(document.relationships.find((r) => r.properties.key === 'MEMBER_OF:india:sco')).toMatchObject({
      type: 'MEMBER_OF',
      from: 'india',
      to: 'sco',
      properties: { status: 'member', evidencePassageIds: expect.arrayContaining([expect.stringMatching(/#q2\.p1$/)]) },
    });
  });

  it('is the same file twice: the order is fixed', async () => {
    const again = await kg(['export', '--format', 'json']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(readFileSync(JSON_EXPORT, 'utf8'));
  });
});

describe('kg import', () => {
  it('refuses a graph that is not empty, and changes nothing (exit 1)', async () => {
    const result = await kg(['import', JSON_EXPORT]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      `error: the target graph is not empty (${seeded.checksum.nodes} nodes): nothing was imported; add --replace to delete everything in it first`,
    ]);
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it('export, wipe, import: the same graph (checksum and property value types)', async () => {
    await wipe(db);
    expect(await nodeCount()).toBe(0);
    const result = await kg(['import', JSON_EXPORT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Imported \d+ entities, \d+ relationships, 1 source\(s\), \d+ passages and \d+ mentions into bolt:\/\/127\.0\.0\.1:\d+ in \d+ ms \(one transaction\)\.$/m,
    );
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it('the imported graph answers like the seeded one: search (external aliases too) and paths work', async () => {
    const search = await kg(['search', 'CSTO', '--json', '--no-passages']);
    // First by its acronym; the passages that name it find the others it is named with (search over subjects).
    const hits = (json: string): { id: string; reason: string | null }[] =>
      (JSON.parse(json) as { hits: { id: string; reason: string | null }[] }).hits;
    expect(hits(search.stdout)[0]).toMatchObject({ id: 'csto' });
    // External aliases are entity properties: the export carries them and the import brings them back (issue 17).
    const external = await kg(['search', 'UNWTO', '--json', '--no-passages']);
    expect(hits(external.stdout)[0]).toMatchObject({
      id: 'world-tourism-organisation',
      reason: expect.stringMatching(/\(not used by the source\)$/),
    });
    const pathResult = await kg(['path', 'india', 'sco', '--json', '--max', '1']);
    const { paths } = JSON.parse(pathResult.stdout) as { paths: { length: number }[] };
    expect(paths.length).toBeGreaterThan(0);
    for (const found of paths) expect(found.length).toBe(1);
  });

  it('--replace deletes what was there and imports, in the same transaction', async () => {
    await db.writeTransaction('test: extra node', (run) =>
      run({ name: 'test: extra', cypher: `CREATE (:Entity:State {id: 'atlantis', kind: 'State', name: 'Atlantis'})` }),
    );
    const result = await kg(['import', JSON_EXPORT, '--replace']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Deleted the ${seeded.checksum.nodes + 1} nodes the graph held (--replace).`);
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it('a failure part-way rolls everything back, the --replace deletion included (exit 2)', async () => {
    // A constraint the seeds break (statistics share units) makes the entity statement fail after the sources
    // and passages were written and the old graph deleted, all in the same transaction.
    const document = JSON.parse(readFileSync(JSON_EXPORT, 'utf8')) as ExportJson;
    const units = document.entities.filter((e) => e.labels.includes('Statistic')).map((e) => e.properties.unit);
    expect(new Set(units).size).toBeLessThan(units.length);
    await wipe(db);
    await db.writeTransaction('test: one node', (run) =>
      run({
        name: 'test: one node',
        cypher: `CREATE (:Entity:State {id: 'atlantis', kind: 'State', name: 'Atlantis'})`,
      }),
    );
    await db.runSchema(
      'CREATE CONSTRAINT kg_test_unique_unit IF NOT EXISTS FOR (s:Statistic) REQUIRE s.unit IS UNIQUE',
    );
    try {
      const result = await kg(['import', JSON_EXPORT, '--replace']);
      expect(result.code).toBe(2);
      expect(errorLines(result.stderr)).toEqual([
        expect.stringMatching(/^error: Neo4j: Neo\.ClientError\.Schema\.ConstraintValidationFailed: /),
      ]);
      const left = await db.read({ name: 'test: left', cypher: 'MATCH (n) RETURN collect(n.id) AS ids' });
      expect(left.records[0]?.get('ids')).toEqual(['atlantis']);
    } finally {
      await db.runSchema('DROP CONSTRAINT kg_test_unique_unit IF EXISTS');
    }
    const retried = await kg(['import', JSON_EXPORT, '--replace']);
    expect(retried.code).toBe(0);
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it('checks the whole file first: each bad field named, nothing written (exit 1)', async () => {
    const file = writeVariant('bad.json', (document) => {
      const state = document.entities.findIndex((e) => e.labels.includes('State'));
      const entity = document.entities[state];
      if (entity) entity.labels = ['Entity', 'Villain'];
      const first = document.relationships[0];
      if (first) first.type = 'HATES';
      const second = document.relationships[1];
      if (second) second.to = 'atlantis';
    });
    const result = await kg(['import', file, '--replace']);
    expect(result.code).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^error: ${file}: entities\\[\\d+\\]\\.labels: "Villain" is not a label of the model$`),
        ),
        `error: ${file}: relationships[0].type: "HATES" is not a relationship type of the vocabulary`,
        `error: ${file}: relationships[1].to: no entity "atlantis" in this export`,
      ]),
    );
    expect(lines.at(-1)).toBe('error: nothing was imported');
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it('names the line and column of broken JSON, and refuses a newer format version', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "format": "sco-kg-export",\n  "version": 1,\n  "sources": [}\n');
    const syntax = await kg(['import', broken]);
    expect(syntax.code).toBe(1);
    expect(errorLines(syntax.stderr)[0]).toBe(`error: ${broken}:4:15: not valid JSON: Unexpected token '}'`);

    const newer = writeVariant('v4.json', (document) => {
      document.version = 4;
    });
    const versioned = await kg(['import', newer]);
    expect(versioned.code).toBe(1);
    expect(errorLines(versioned.stderr)[0]).toBe(
      `error: ${newer}: version: written by a newer kg (format version 4); this kg reads versions 1 to 3`,
    );
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it('still imports a version 1 file (no change history) and a version 2 file (no review queues)', async () => {
    const older = writeVariant('v1.json', (document) => {
      document.version = 1;
      delete document.changes;
      delete document.candidates;
    });
    const result = await kg(['import', older, '--replace']);
    expect(result.code).toBe(0);
    expect(await graphFingerprint(db)).toEqual(seeded);
    const v2 = writeVariant('v2.json', (document) => {
      document.version = 2;
      delete document.candidates;
    });
    const second = await kg(['import', v2, '--replace']);
    expect(second.code).toBe(0);
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  // `script` (util-linux) gives the command a terminal, as a person at a shell would have.
  (scriptAvailable ? it : it.skip)('shows progress on a terminal, and none when its output is captured', async () => {
    const captured = await kg(['import', JSON_EXPORT, '--replace']);
    expect(captured.code).toBe(0);
    expect(captured.stderr).toBe('');
    const terminal = spawnSync(
      'script',
      ['-qec', `'${process.execPath}' ${KG} import '${JSON_EXPORT}' --replace`, '/dev/null'],
      {
        cwd: ROOT,
        env: cleanEnv({ NEO4J_URI: testNeo4jUri() }),
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toMatch(/Importing \[#{30}\] (\d+)\/\1/);
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it('has --help', () => expectHelp('import', /Usage: kg import \[options\] <file>[\s\S]*--replace/));
});

describe('kg export --format cypher', () => {
  it('is a script that rebuilds the same graph in an empty database', async () => {
    const result = await kg(['export', '--format', 'cypher', '--out', CYPHER_EXPORT]);
    expect(result.code).toBe(0);
    const statements = cypherStatements(readFileSync(CYPHER_EXPORT, 'utf8'));
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT entity_id IF NOT EXISTS/);
    await wipe(db);
    // As cypher-shell runs a file: each statement on its own, in order.
    for (const statement of statements) await db.runSchema(statement);
    expect(await graphFingerprint(db)).toEqual(seeded);
  });
});

describe('a graph with curation history', () => {
  const CURATED_JSON = path.join(dir, 'curated.json');
  const CURATED_CYPHER = path.join(dir, 'curated.cypher');
  const SOURCE = 'sco-sg-news-conference-2019-03-20';
  const QUOTE = { passage: 'q9.p6', quote: 'three EAEU countries are also SCO members' };
  let api: TestApi;
  let curated: GraphFingerprint;

  beforeAll(async () => {
    // The API reseeds the shared database, then analysts edit it: every edit leaves a :Change node.
    api = await startTestApi({ config: { auth: testAuth() } });
    const token = await editorToken('curator-exporter');
    const edit = async (query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> => {
      const response = await api.graphql(query, variables, { token });
      expect(response.errors).toBeUndefined();
      return response.data ?? {};
    };
    const merged = (await edit(
      `mutation { mergeEntities(keep: "csto", merge: "cis", reason: "test") { change { id } } }`,
      {},
    )) as { mergeEntities: { change: { id: string } } };
    await edit(`mutation($id: ID!) { undoMerge(changeId: $id) { kept { id } } }`, {
      id: merged.mergeEntities.change.id,
    });
    await edit(`mutation($input: EntityInput!) { addEntity(input: $input) { id } }`, {
      input: {
        id: 'eurasian-test-forum',
        kind: 'ORGANISATION',
        name: 'Eurasian Test Forum',
        aliases: ['ETF'],
        description: 'A body added by an analyst in a test.',
        status: 'active',
      },
    });
    await edit(`mutation($input: EntityInput!) { updateEntity(input: $input) { id } }`, {
      input: {
        id: 'eurasian-test-forum',
        kind: 'ORGANISATION',
        name: 'Eurasian Test Forum',
        aliases: ['ETF', 'The Forum'],
        description: 'Edited: "quotes", a $ and a \\ backslash.',
        status: 'active',
      },
    });
    await edit(`mutation($input: RelationInput!) { addRelation(input: $input) { id } }`, {
      input: {
        type: 'COOPERATES_WITH',
        from: 'cis',
        to: 'csto',
        status: 'CONTACTS',
        source: SOURCE,
        evidence: [QUOTE],
      },
    });
    await edit(`mutation($id: ID!, $reason: String!) { retireRelation(id: $id, reason: $reason) { id } }`, {
      id: 'MEMBER_OF:russia:sco',
      reason: 'wrong source',
    });
    // A merge that stays: the history then names an entity that no longer exists (and has no CHANGED link to it).
    await edit(
      `mutation { mergeEntities(keep: "sco", merge: "eurasian-test-forum", reason: "same body") { entity { id } } }`,
      {},
    );
    curated = await graphFingerprint(db);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('the curated graph holds the history and the curation marks', () => {
    expect(curated.checksum).not.toEqual(seeded.checksum);
    expect(curated.valueTypes).toEqual(
      expect.arrayContaining([
        'node curated: BOOLEAN NOT NULL',
        'node sequence: FLOAT NOT NULL',
        'relationship retired: BOOLEAN NOT NULL',
        'relationship retiredReason: STRING NOT NULL',
      ]),
    );
  });

  it('kg export --format json carries the changes and their CHANGED links', async () => {
    const result = await kg(['export', '--format', 'json', '--out', CURATED_JSON]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/mentions \(and 7 curation change\(s\)\) to /);
    const document = JSON.parse(readFileSync(CURATED_JSON, 'utf8')) as ExportJson;
    expect(document.version).toBe(3);
    expect(document.changes?.map((c) => c.properties.action)).toEqual([
      'MERGE_ENTITIES',
      'UNDO_MERGE',
      'ADD_ENTITY',
      'UPDATE_ENTITY',
      'ADD_RELATION',
      'RETIRE_RELATION',
      'MERGE_ENTITIES',
    ]);
    expect(document.changes?.at(-1)).toMatchObject({
      entities: ['sco'],
      properties: { entityIds: ['sco', 'eurasian-test-forum'], by: 'curator-exporter', reason: 'same body' },
    });
    const links = (document.changes ?? []).reduce((sum, change) => sum + change.entities.length, 0);
    const covered =
      document.passages.filter((p) => p.source !== null).length +
      document.passages.filter((p) => p.section !== null).length +
      document.relationships.length +
      document.mentions.length +
      links;
    expect(covered).toBe(curated.checksum.relationships);
    expect(document.entities.find((e) => e.id === 'sco')?.properties).toMatchObject({ curated: true });
    expect(document.relationships.find((r) => r.properties.key === 'MEMBER_OF:russia:sco')?.properties).toMatchObject({
      curated: true,
      retired: true,
      retiredBy: 'curator-exporter',
      retiredReason: 'wrong source',
    });
  });

  it('export, wipe, import: the same graph, history included', async () => {
    await wipe(db);
    const result = await kg(['import', CURATED_JSON]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/mentions \(and 7 curation change\(s\)\) into /);
    expect(await graphFingerprint(db)).toEqual(curated);
    // The history reads as before: the API finds the changes of an entity through their entityIds.
    const history = await api.graphql<{ history: { nodes: { action: string }[] } }>(
      `{ history(entityId: "eurasian-test-forum") { nodes { action } } }`,
    );
    expect(history.data?.history.nodes).toEqual([
      { action: 'MERGE_ENTITIES' },
      { action: 'UPDATE_ENTITY' },
      { action: 'ADD_ENTITY' },
    ]);
  });

  it('the Cypher export rebuilds it too', async () => {
    const result = await kg(['export', '--format', 'cypher', '--out', CURATED_CYPHER]);
    expect(result.code).toBe(0);
    const statements = cypherStatements(readFileSync(CURATED_CYPHER, 'utf8'));
    await wipe(db);
    for (const statement of statements) await db.runSchema(statement);
    expect(await graphFingerprint(db)).toEqual(curated);
  });

  it('GraphML, GEXF and CSV export its entities and facts, without the history', async () => {
    for (const format of ['graphml', 'gexf']) {
      const result = await kg(['export', '--format', format]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('The Forum');
      expect(result.stdout).toContain('retiredReason');
      expect(result.stdout).not.toContain('MERGE_ENTITIES');
    }
    const csvDir = mkdtempSync(path.join(dir, 'csv-'));
    const csv = await kg(['export', '--format', 'csv', '--out', csvDir]);
    expect(csv.code).toBe(0);
    const nodes = readFileSync(path.join(csvDir, 'nodes.csv'), 'utf8');
    const edges = readFileSync(path.join(csvDir, 'edges.csv'), 'utf8');
    expect(nodes.split('\r\n')[0]).toContain(',curated');
    expect(nodes).toContain('The Forum');
    expect(edges.split('\r\n')[0]).toMatch(/,retired,retiredAt,retiredBy,retiredReason/);
    expect(edges).toContain('wrong source');
    expect(nodes + edges).not.toContain('MERGE_ENTITIES');
  });
});

describe('cypher/export and cypher/import', () => {
  const names = [...cypherFilesIn('export'), ...cypherFilesIn('import')];

  it.each(names)('%s plans with EXPLAIN', async (name) => {
    const explain = { name: `explain ${name}`, cypher: `EXPLAIN ${cypherFile(name).cypher}` };
    await db.writeTransaction('test: explain', (run) => run(explain, { rows: [], types: [] }));
  });
});
