/**
 * The export serialisers on awkward values: text that needs escaping in CSV, XML and Cypher, typed attribute
 * columns, and the JSON export's checks of what an import would refuse.
 */
import { attributeTables } from '../../src/export/attributes';
import { formatCsv } from '../../src/export/csv';
import { cypherLiteral, formatCypherScript } from '../../src/export/cypherScript';
import { ExportFileError, formatJsonExport, parseJsonExport } from '../../src/export/jsonFormat';
import { jsonSyntaxProblem } from '../../src/export/jsonSyntax';
import { xmlAttribute, xmlText } from '../../src/export/xml';
import type { GraphSnapshot } from '../../src/graph/snapshot';

const AWKWARD = 'He said "no", then\r\nleft; 5 < 6 & $& \\ \u0001 done';

const snapshot: GraphSnapshot = {
  sources: [{ id: 's', properties: { id: 's', text: AWKWARD } }],
  passages: [
    { id: 's#q1', source: 's', section: null, properties: { id: 's#q1', start: 0 } },
    { id: 's#q1.p1', source: 's', section: 's#q1', properties: { id: 's#q1.p1', start: 3 } },
  ],
  entities: [
    {
      id: 'a',
      labels: ['Entity', 'State'],
      properties: { id: 'a', kind: 'State', name: AWKWARD, aliases: ['A', 'Ay'] },
    },
    {
      id: 'b',
      labels: ['Entity', 'Statistic'],
      properties: { id: 'b', kind: 'Statistic', name: 'B', value: 12.5, seeded: true },
    },
  ],
  relationships: [
    {
      type: 'MEASURES',
      from: 'b',
      to: 'a',
      properties: { key: 'MEASURES:b:a', evidenceQuotes: ['one', 'two'], evidenceStarts: [1, 20] },
    },
  ],
  mentions: [{ passage: 's#q1.p1', entity: 'a', properties: { starts: [3], ends: [4], texts: ['x'] } }],
  changes: [
    {
      id: 'change-1',
      entities: ['a', 'b'],
      properties: {
        id: 'change-1',
        action: 'MERGE_ENTITIES',
        at: '2026-01-02T03:04:05.678Z',
        sequence: 1767323045678001,
        by: 'analyst-ana',
        entityIds: ['a', 'b', 'gone'],
        reason: AWKWARD,
        before: '{"a":1}',
        after: '{"a":2}',
      },
    },
  ],
  candidates: [
    {
      id: 's/entity/csto',
      properties: { id: 's/entity/csto', sourceId: 's', kind: 'ENTITY', state: 'OPEN', proposal: '{"name":"CSTO"}' },
    },
  ],
};

/** The same graph after curation: a curated entity and a retired, curated fact. */
const curated: GraphSnapshot = {
  ...snapshot,
  entities: snapshot.entities.map((entity) =>
    entity.id === 'a' ? { ...entity, properties: { ...entity.properties, curated: true } } : entity,
  ),
  relationships: snapshot.relationships.map((relationship) => ({
    ...relationship,
    properties: {
      ...relationship.properties,
      curated: true,
      retired: true,
      retiredAt: '2026-01-02T03:04:05.678Z',
      retiredBy: 'analyst-ana',
      retiredReason: 'wrong source',
    },
  })),
};

describe('attribute tables', () => {
  it('types each column by its values, puts the known columns first and calls the fact key factKey', () => {
    const tables = attributeTables(snapshot);
    expect(tables.nodeColumns.slice(0, 3)).toEqual([
      { name: 'kind', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'aliases', type: 'string' },
    ]);
    expect(tables.nodeColumns).toEqual(
      expect.arrayContaining([
        { name: 'value', type: 'double' },
        { name: 'seeded', type: 'boolean' },
      ]),
    );
    expect(tables.edgeColumns.map((c) => c.name)).toEqual(['relation', 'factKey', 'evidenceQuotes', 'evidenceStarts']);
  });

  it('carries the curation marks of entities and facts, and no history', () => {
    const tables = attributeTables(curated);
    expect(tables.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(tables.nodeColumns).toContainEqual({ name: 'curated', type: 'boolean' });
    expect(tables.edgeColumns).toEqual(
      expect.arrayContaining([
        { name: 'curated', type: 'boolean' },
        { name: 'retired', type: 'boolean' },
        { name: 'retiredAt', type: 'string' },
        { name: 'retiredBy', type: 'string' },
        { name: 'retiredReason', type: 'string' },
      ]),
    );
    const csv = formatCsv(curated);
    expect(csv.edges.split('\r\n')[0]).toBe(
      'source,target,relation,factKey,evidenceQuotes,evidenceStarts,curated,retired,retiredAt,retiredBy,retiredReason',
    );
    expect(csv.nodes).not.toContain('change-1');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting, doubles quotes, joins lists with " | " and ends lines with CRLF', () => {
    const csv = formatCsv(snapshot);
    const [header, first] = csv.nodes.split('\r\n');
    expect(header).toBe('id,label,kind,name,aliases,seeded,value');
    expect(first).toBe(`a,"He said ""no"", then`);
    expect(csv.nodes).toContain(`left; 5 < 6 & $& \\ \u0001 done",State,"He said`);
    expect(csv.nodes).toContain(',A | Ay,,\r\n');
    expect(csv.edges).toBe(
      'source,target,relation,factKey,evidenceQuotes,evidenceStarts\r\nb,a,MEASURES,MEASURES:b:a,one | two,1 | 20\r\n',
    );
  });
});

describe('XML text', () => {
  it('escapes markup, keeps line breaks in attributes and drops characters XML 1.0 cannot hold', () => {
    expect(xmlText('a < b & "c"\r\n')).toBe('a &lt; b &amp; "c"&#13;\n');
    expect(xmlAttribute('"x"\n\ty\u0001')).toBe('&quot;x&quot;&#10;&#9;y\uFFFD');
    expect(xmlText('lone \uD800 surrogate, pair \uD83D\uDE00 kept')).toBe(
      'lone \uFFFD surrogate, pair \uD83D\uDE00 kept',
    );
  });
});

describe('Cypher literals', () => {
  it('escapes strings onto one line, writes numbers as floats and quotes odd keys', () => {
    expect(cypherLiteral(AWKWARD)).toBe(`'He said "no", then\\r\\nleft; 5 < 6 & $& \\\\ \\u0001 done'`);
    expect(cypherLiteral("it's")).toBe(`'it\\'s'`);
    expect(cypherLiteral([600, 12.5, -3, 1e21, 1e-7])).toBe('[600.0, 12.5, -3.0, 1e21, 1e-7]');
    expect(cypherLiteral({ id: 'x', 'odd key': true, empty: [] })).toBe("{id: 'x', `odd key`: true, empty: []}");
    expect(() => cypherLiteral(Number.NaN)).toThrow(/cannot be written/);
  });
});

describe('JSON export', () => {
  it('reads back what it writes', () => {
    const text = formatJsonExport(snapshot);
    expect(JSON.parse(text)).toMatchObject({ format: 'sco-kg-export', version: 3 });
    expect(parseJsonExport(text, 'x.json')).toEqual(snapshot);
    expect(parseJsonExport(formatJsonExport(curated), 'x.json')).toEqual(curated);
  });

  it('still reads version 1 (no history) and version 2 (no review queues), and refuses what they lack', () => {
    const written = JSON.parse(formatJsonExport(snapshot)) as Record<string, unknown>;
    const { changes: _changes, candidates: _candidates, ...v1 } = written;
    const { candidates: _c, ...v2 } = written;
    expect(parseJsonExport(JSON.stringify({ ...v1, version: 1 }), 'x.json')).toEqual({
      ...snapshot,
      changes: [],
      candidates: [],
    });
    expect(parseJsonExport(JSON.stringify({ ...v2, version: 2 }), 'x.json')).toEqual({ ...snapshot, candidates: [] });
    expect(() => parseJsonExport(JSON.stringify({ ...v1, version: 1, changes: [] }), 'x.json')).toThrow(
      /x\.json: : Unrecognized key: "changes"/,
    );
    expect(() => parseJsonExport(JSON.stringify({ ...v2, version: 2, candidates: [] }), 'x.json')).toThrow(
      /x\.json: : Unrecognized key: "candidates"/,
    );
    expect(() => parseJsonExport(JSON.stringify(v2), 'x.json')).toThrow(/x\.json: candidates: /);
    expect(() => parseJsonExport(JSON.stringify({ ...v1, version: 4 }), 'x.json')).toThrow(
      'x.json: version: written by a newer kg (format version 4); this kg reads versions 1 to 3',
    );
  });

  it('refuses a candidate of a source the export does not hold', () => {
    const orphan = {
      ...snapshot,
      candidates: [{ id: 'x/fact/1', properties: { id: 'x/fact/1', sourceId: 'nowhere', kind: 'FACT' } }],
    };
    expect(() => parseJsonExport(formatJsonExport(orphan), 'x.json')).toThrow(
      'x.json: candidates[0].properties.sourceId: no source "nowhere" in this export',
    );
  });

  const problemsOf = (edit: (document: Record<string, unknown[]>) => void): readonly string[] => {
    const document = JSON.parse(formatJsonExport(snapshot)) as Record<string, unknown[]>;
    edit(document);
    try {
      parseJsonExport(JSON.stringify(document), 'x.json');
    } catch (error) {
      if (error instanceof ExportFileError) return error.problems;
      throw error;
    }
    return [];
  };

  it('names each field an import would refuse', () => {
    expect(
      problemsOf((d) => {
        d.entities?.push({ id: 'a', labels: ['Entity'], properties: { id: 'z' } });
        d.passages?.push({ id: 's#q2', source: 'nowhere', section: null, properties: { id: 's#q2' } });
        d.mentions?.push({ passage: 's#q1', entity: 'ghost', properties: { '': 1 } });
        d.changes?.push({ id: 'change-1', entities: ['a', 'ghost', 'a'], properties: { id: 'change-1' } });
      }),
    ).toEqual([
      'x.json: entities[2].id: "a" appears twice',
      'x.json: entities[2].properties.id: must equal the id "a"',
      'x.json: changes[1].id: "change-1" appears twice',
      'x.json: mentions[1].properties[""]: is not a property name Neo4j accepts',
      'x.json: passages[2].source: no source "nowhere" in this export',
      'x.json: entities[2].labels: must name exactly one kind of State, Organisation, Event, Document, Initiative, Person, Place, Statistic',
      'x.json: mentions[1].entity: no entity "ghost" in this export',
      'x.json: changes[1].entities[1]: no entity "ghost" in this export',
      'x.json: changes[1].entities[2]: "a" appears twice',
    ]);
    expect(
      problemsOf((d) =>
        d.entities?.push({ id: 'c', labels: ['Entity', 'State'], properties: { id: 'c', x: { y: 1 } } }),
      ),
    ).toEqual([
      'x.json: entities[2].properties.x: must be a string, a number, a boolean or a list of one of these (Neo4j cannot store anything else)',
    ]);
  });
});

describe('Cypher script', () => {
  it('creates the changes and their CHANGED links after the entities', () => {
    const script = formatCypherScript(snapshot);
    const entities = script.indexOf('CREATE (e:$(row.labels))');
    const changes = script.indexOf('CREATE (c:Change)');
    expect(entities).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(entities);
    expect(script).toContain("{id: 'change-1', entities: ['a', 'b'], properties: {id: 'change-1'");
    expect(script).toContain('sequence: 1767323045678001.0');
    expect(script).toContain('CREATE (c)-[:CHANGED]->(e)');
  });
});

describe('broken JSON', () => {
  it.each([
    ['{\n  "sources": [}\n', "x.json:2:15: not valid JSON: Unexpected token '}'"],
    ['{\n  "a" 2\n}', "x.json:2:7: not valid JSON: Expected ':' after property name"],
    ['[1, 2', "x.json:1:6: not valid JSON: Expected ',' or ']' after array element"],
    ['{"a": 1} x', 'x.json:1:10: not valid JSON: Unexpected non-whitespace character after JSON'],
    ['', 'x.json:1:1: not valid JSON: Unexpected end of JSON input'],
  ])('%j is reported at its line and column', (text, expected) => {
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught;
    }
    expect(jsonSyntaxProblem(text, 'x.json', error)).toBe(expected);
  });
});
