/**
 * Issue 15: exports carry every statement of a fact. On the seeds plus the INVENTED second source, `kg export`
 * in each format keeps the statements of a fact two sources state, and a JSON export imported back with
 * --replace gives the same graph (statements, derived status and all).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphChecksum } from '../../../src/graph/checksum';
import type { GraphDatabase } from '../../../src/graph/database';
import { openTestDatabase } from '../../support/db';
import { FIRST_SOURCE, SECOND_SOURCE, seedTwoSources } from '../../support/secondSource';
import { kg } from './support/kg';

let db: GraphDatabase;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-export-statements-'));
const out = (name: string): string => path.join(dir, name);
const WTO = 'COOPERATION_DOCUMENT_WITH:sco:world-tourism-organisation';

beforeAll(async () => {
  db = await openTestDatabase();
  await seedTwoSources(db);
}, 180_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

interface ExportedFact {
  type: string;
  properties: Record<string, unknown>;
}

describe('exports of a graph with two sources', () => {
  it('JSON keeps both statements of a restated fact, and imports back to the same graph', async () => {
    const before = await graphChecksum(db);
    const result = await kg(['export', '--format', 'json', '--out', out('graph.json')]);
    expect(result.code).toBe(0);
    const document = JSON.parse(readFileSync(out('graph.json'), 'utf8')) as { relationships: ExportedFact[] };
    const wto = document.relationships.find((r) => r.properties.key === WTO);
    expect(wto?.properties).toMatchObject({
      status: 'signed',
      statementSourceIds: [FIRST_SOURCE, SECOND_SOURCE],
      statementStatuses: ['being-worked-out', 'signed'],
    });
    const statements = JSON.parse(String(wto?.properties.statementsJson)) as { id: string }[];
    expect(statements.map((s) => s.id)).toEqual([`${WTO}@${FIRST_SOURCE}`, `${WTO}@${SECOND_SOURCE}`]);

    const imported = await kg(['import', out('graph.json'), '--replace']);
    expect(imported.code).toBe(0);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('GraphML, GEXF, CSV and the Cypher script carry the statement columns', async () => {
    for (const [format, file] of [
      ['graphml', 'graph.graphml'],
      ['gexf', 'graph.gexf'],
      ['cypher', 'graph.cypher'],
    ] as const) {
      const result = await kg(['export', '--format', format, '--out', out(file)]);
      expect([format, result.code]).toEqual([format, 0]);
      const text = readFileSync(out(file), 'utf8');
      expect([format, text.includes('statementsJson'), text.includes(SECOND_SOURCE)]).toEqual([format, true, true]);
    }
    const csv = await kg(['export', '--format', 'csv', '--out', out('csv')]);
    expect(csv.code).toBe(0);
    const edges = readFileSync(out('csv/edges.csv'), 'utf8');
    const header = edges.split('\n')[0] ?? '';
    expect(header.split(',')).toEqual(
      expect.arrayContaining(['statementsJson', 'statementStatuses', 'statementDates']),
    );
    const wtoLine = edges.split('\n').find((line) => line.includes(WTO)) ?? '';
    expect(wtoLine).toContain('being-worked-out | signed');
  });
});
