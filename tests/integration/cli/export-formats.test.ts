/**
 * `kg export` to the graph-tool formats on the seeded graph: GraphML and GEXF valid against their XML schemas
 * and loaded by networkx with every entity, fact and attribute; CSV with its evidence columns lined up.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../../src/graph/database';
import { openTestDatabase, resetAndSeed } from '../../support/db';
import { errorLines, expectHelp, kg } from './support/kg';
import { loadWithNetworkx, networkxAvailable } from './support/networkx';
import { validateXml } from './support/xmlSchemas';

let db: GraphDatabase;
let counts: { entities: number; facts: number };
let sourceText: string;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
const out = (name: string): string => path.join(dir, name);

const INDIA_IN_SCO = 'the accession of\u00a0India and Pakistan has given the SCO a transcontinental character';

beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
  const result = await db.read({
    name: 'test: counts',
    cypher: `MATCH (e:Entity) WITH count(e) AS entities
             MATCH (:Entity)-[r]->(:Entity) WITH entities, count(r) AS facts
             MATCH (s:Source) RETURN entities, facts, s.text AS text`,
  });
  const record = result.records[0];
  counts = { entities: Number(record?.get('entities')), facts: Number(record?.get('facts')) };
  sourceText = String(record?.get('text'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('kg export --format graphml', () => {
  beforeAll(async () => {
    const result = await kg(['export', '--format', 'graphml', '--out', out('graph.graphml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Exported ${counts.entities} entities and ${counts.facts} relationships to ${out('graph.graphml')}.\n`,
    );
  });

  it('declares every attribute with a typed <key>', () => {
    const text = readFileSync(out('graph.graphml'), 'utf8');
    expect(text).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="value" attr.type="double"\/>/);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="seeded" attr.type="boolean"\/>/);
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="evidenceQuotes" attr.type="string"\/>/);
  });

  it('is valid against the GraphML XML schema', async () => {
    expect(await validateXml('graphml.xsd', out('graph.graphml'))).toEqual({ valid: true, report: 'valid' });
  });

  it('prints the same document to stdout without --out', async () => {
    const result = await kg(['export', '--format', 'graphml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(out('graph.graphml'), 'utf8'));
  });

  (networkxAvailable ? it : it.skip)('loads in networkx with every entity, fact and attribute', () => {
    const graph = loadWithNetworkx('graphml', out('graph.graphml'), 'sco', { from: 'india', to: 'sco' });
    expect(graph).toMatchObject({ graphType: 'MultiDiGraph', nodes: counts.entities, edges: counts.facts });
    expect(graph.node).toMatchObject({
      label: 'Shanghai Cooperation Organisation',
      kind: 'Organisation',
      aliases: 'SCO',
      seeded: true,
    });
    const membership = graph.edgesBetween.find((edge) => edge.relation === 'MEMBER_OF');
    expect(membership).toMatchObject({ factKey: 'MEMBER_OF:india:sco', status: 'member' });
    expect(String(membership?.evidenceQuotes).split(' | ')).toContain(INDIA_IN_SCO);
  });
});

describe('kg export --format gexf', () => {
  beforeAll(async () => {
    const result = await kg(['export', '--format', 'gexf', '--out', out('graph.gexf')]);
    expect(result.code).toBe(0);
  });

  it('is GEXF 1.2draft with declared, typed attributes', () => {
    const text = readFileSync(out('graph.gexf'), 'utf8');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/www.gexf.net\/1.2draft"/);
    expect(text).toMatch(/<graph defaultedgetype="directed" mode="static">/);
    expect(text).toMatch(/<attribute id="\d+" title="value" type="double"\/>/);
    expect(text).toContain(`<nodes count="${counts.entities}">`);
    expect(text).toContain(`<edges count="${counts.facts}">`);
  });

  it('is valid against the GEXF 1.2draft schema (from Maven Central: see support/xmlSchemas.ts)', async () => {
    expect(await validateXml('gexf.xsd', out('graph.gexf'))).toEqual({ valid: true, report: 'valid' });
  });

  (networkxAvailable ? it : it.skip)('loads in networkx with every entity, fact and attribute', () => {
    const graph = loadWithNetworkx('gexf', out('graph.gexf'), 'sco', { from: 'india', to: 'sco' });
    expect(graph).toMatchObject({ nodes: counts.entities, edges: counts.facts });
    expect(graph.node).toMatchObject({ label: 'Shanghai Cooperation Organisation', kind: 'Organisation' });
    const membership = graph.edgesBetween.find((edge) => edge.relation === 'MEMBER_OF');
    expect(membership).toMatchObject({ label: 'MEMBER_OF', factKey: 'MEMBER_OF:india:sco', status: 'member' });
    expect(String(membership?.evidenceQuotes).split(' | ')).toContain(INDIA_IN_SCO);
  });
});

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  const [header = [], ...data] = rows;
  return data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

describe('kg export --format csv', () => {
  let nodes: Record<string, string>[];
  let edges: Record<string, string>[];

  beforeAll(async () => {
    const result = await kg(['export', '--format', 'csv', '--out', out('csv')]);
    expect(result.code).toBe(0);
    nodes = parseCsv(readFileSync(out('csv/nodes.csv'), 'utf8'));
    edges = parseCsv(readFileSync(out('csv/edges.csv'), 'utf8'));
  });

  it('writes nodes.csv and edges.csv with a row per entity and per fact', () => {
    expect(nodes).toHaveLength(counts.entities);
    expect(edges).toHaveLength(counts.facts);
    expect(Object.keys(nodes[0] ?? {}).slice(0, 4)).toEqual(['id', 'label', 'kind', 'name']);
    expect(Object.keys(edges[0] ?? {}).slice(0, 4)).toEqual(['source', 'target', 'relation', 'factKey']);
    expect(nodes.find((node) => node.id === 'sco')).toMatchObject({
      label: 'Shanghai Cooperation Organisation',
      aliases: 'SCO',
    });
  });

  it('has evidence columns (quote, passage id, offsets) whose i-th items belong together', () => {
    const membership = edges.find((edge) => edge.factKey === 'MEMBER_OF:india:sco');
    expect(membership).toMatchObject({ source: 'india', target: 'sco', relation: 'MEMBER_OF', status: 'member' });
    for (const edge of edges) {
      const quotes = (edge.evidenceQuotes ?? '').split(' | ');
      const passages = (edge.evidencePassageIds ?? '').split(' | ');
      const starts = (edge.evidenceStarts ?? '').split(' | ').map(Number);
      const ends = (edge.evidenceEnds ?? '').split(' | ').map(Number);
      expect(quotes[0]).not.toBe('');
      expect([passages.length, starts.length, ends.length]).toEqual([quotes.length, quotes.length, quotes.length]);
      quotes.forEach((quote, i) => expect(sourceText.slice(starts[i], ends[i])).toBe(quote));
    }
  });

  it('needs a folder: without --out it refuses (exit 1)', async () => {
    const result = await kg(['export', '--format', 'csv']);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      'error: --format csv writes nodes.csv and edges.csv: give a folder with --out DIR',
    ]);
  });
});

describe('kg export arguments', () => {
  it('refuses a missing or unknown --format (exit 1)', async () => {
    const missing = await kg(['export']);
    expect(missing.code).toBe(1);
    expect(errorLines(missing.stderr)).toEqual(["error: required option '--format <format>' not specified"]);
    const unknown = await kg(['export', '--format', 'xml']);
    expect(unknown.code).toBe(1);
    expect(errorLines(unknown.stderr)).toEqual([
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are graphml, gexf, csv, json, cypher.",
    ]);
  });

  it('has --help', () =>
    expectHelp('export', /Usage: kg export \[options\][\s\S]*--format <format>[\s\S]*--out <path>/));
});
