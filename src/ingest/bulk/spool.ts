/**
 * The first half of an offline import: one streaming pass over a seed folder that validates every item with the
 * same rules as `kg seed` (validateBulkSeeds, SeedIndex) and, as items are accepted, writes the rows the load
 * statements would write (plan.ts: entityRow, factRow, mentionRow, passageRows, sourceRow) as the CSV files
 * `neo4j-admin database import` reads. Nothing is parsed twice. When anything is wrong the spool folder is
 * removed and SeedValidationError is thrown: the store is never touched.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { addToReport, type LoadReport } from '../load';
import { mentionsByPassage } from '../mentions';
import { entityRow, factRow, mentionRow, passageRows, sourceRow, statisticFact, type Row } from '../plan';
import type { SeedEntity, SeedRelationship } from '../rules';
import { validateBulkSeeds } from './validate';
import { CsvFile, CsvValueError, LineFile, type Column, type ColumnType } from './csv';

/** Properties written as numbers, booleans or lists; every other property is a string. */
const PROPERTY_TYPES: Readonly<Record<string, ColumnType>> = {
  ordinal: 'double',
  start: 'double',
  end: 'double',
  value: 'double',
  total: 'double',
  seeded: 'boolean',
  curated: 'boolean',
  aliases: 'string[]',
  evidenceSourceIds: 'string[]',
  evidencePassageIds: 'string[]',
  evidenceQuotes: 'string[]',
  evidenceStarts: 'double[]',
  evidenceEnds: 'double[]',
  sentenceStarts: 'double[]',
  sentenceEnds: 'double[]',
  starts: 'double[]',
  ends: 'double[]',
  texts: 'string[]',
};

const TIME = ['at', 'from', 'to'].flatMap((part) => ['Value', 'Precision', 'Start', 'End'].map((p) => part + p));
const EVIDENCE = ['evidenceSourceIds', 'evidencePassageIds', 'evidenceQuotes', 'evidenceStarts', 'evidenceEnds'];

/** The properties of each row kind, as plan.ts writes them (a row with another property is refused). */
const PROPERTIES = {
  Source: ['title', 'date', 'publisher', 'kind', 'language', 'file', 'text', 'contentHash'],
  Passage: ['localId', 'sourceId', 'kind', 'section', 'ordinal', 'start', 'end', 'text'],
  Entity: ['kind', 'name', 'aliases', 'aliasText', 'subtype', 'description', 'status', 'seeded', 'curated'],
  MENTIONS: ['starts', 'ends', 'texts', 'curated', 'contentHash'],
  fact: ['key', 'status', 'role', 'basis', 'note', 'sourceId', 'assertedOn', 'seeded', 'curated'],
} as const;
const PASSAGE = [...PROPERTIES.Passage, 'sentenceStarts', 'sentenceEnds', 'contentHash'];
const STATISTIC = ['value', 'bound', 'unit', 'counts', 'subject', 'total'];
const ENTITY = [
  ...PROPERTIES.Entity,
  'timeText',
  ...TIME,
  'timeStart',
  'timeEnd',
  ...STATISTIC,
  ...EVIDENCE,
  'contentHash',
];
const FACT = [...PROPERTIES.fact, 'timeText', ...TIME, 'timeStart', 'timeEnd', ...EVIDENCE];

const property = (name: string): Column => ({ name, type: PROPERTY_TYPES[name] ?? 'string' });
const nodeColumns = (group: string, names: readonly string[]): Column[] => [
  { name: 'id', type: 'id', group },
  { name: 'labels', type: 'labels' },
  ...names.map(property),
];
const relationshipColumns = (from: string, to: string, names: readonly string[]): Column[] => [
  { name: 'from', type: 'start', group: from },
  { name: 'to', type: 'end', group: to },
  { name: 'type', type: 'relationshipType' },
  ...names.map(property),
];

/**
 * Where text with line breaks goes (the importer's multi-line reader fails on a cell that crosses its read
 * buffer): one JSON line a row, `{target..., props}`, set by `MATCH ... SET x += row.props` once the store runs.
 * `match` is the statement's pattern; it binds `x` from `row`.
 */
export interface LateFile {
  readonly file: string;
  readonly match: string;
  readonly rows: number;
}

/**
 * A list property some rows hold empty: the importer reads an empty list as no property. Every row carries every
 * list property (SpoolFile refuses one without), so after the import the property is missing exactly where the
 * list was empty, and one statement per label (or type) and property sets it.
 */
export interface EmptyList {
  readonly label?: string;
  readonly type?: string;
  readonly property: string;
}

export interface Spool {
  readonly dir: string;
  readonly nodeFiles: readonly string[];
  readonly relationshipFiles: readonly string[];
  readonly lateFiles: readonly LateFile[];
  readonly emptyLists: readonly EmptyList[];
  /** What the import writes, per kind and relationship type, as `kg seed` reports a load. */
  readonly report: LoadReport;
  /** Relationships count facts (statistics' MEASURES included), not mentions or passage links. */
  readonly counts: { readonly entities: number; readonly relationships: number; readonly mentions: number };
  readonly summary: string;
}

/** Text the importer would misread: set after the import. */
function late(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\n') || value.includes('\r');
  if (Array.isArray(value)) return value.some(late);
  return false;
}

/** One CSV file with its file of late values and the empty lists its rows held. */
class SpoolFile {
  readonly csv: CsvFile;
  readonly late: LineFile;
  private readonly listColumns: readonly string[];
  private readonly empty = new Map<string, EmptyList>();

  /** `label`: the nodes' label to find them by after the import; relationships are found by their type. */
  constructor(
    dir: string,
    name: string,
    columns: readonly Column[],
    readonly match: string,
    private readonly label?: string,
  ) {
    this.csv = new CsvFile(path.join(dir, `${name}.csv`), columns);
    this.late = new LineFile(path.join(dir, `${name}.late.jsonl`));
    this.listColumns = columns.filter((c) => c.type.endsWith('[]')).map((c) => c.name);
  }

  private noteEmptyLists(own: Record<string, unknown>, props: Row['props']): void {
    for (const name of this.listColumns) {
      const list = props[name];
      if (!Array.isArray(list)) {
        throw new CsvValueError(`${path.basename(this.csv.file)}: list property "${name}" is missing`);
      }
      if (list.length > 0) continue;
      const scope = this.label === undefined ? { type: String(own.type) } : { label: this.label };
      const key = `${scope.label ?? ''}|${scope.type ?? ''}|${name}`;
      if (!this.empty.has(key)) this.empty.set(key, { ...scope, property: name });
    }
  }

  emptyLists(): EmptyList[] {
    return [...this.empty.values()];
  }

  /**
   * Writes one row: `own` holds the importer's columns (id, labels, start, end, type), `target` what the late
   * statement matches on; `props` must hold only the file's property columns.
   */
  async write(own: Record<string, unknown>, props: Row['props'], target: Record<string, unknown>): Promise<void> {
    let later: Record<string, unknown> | null = null;
    for (const name in props) {
      if (!this.csv.columnNames.has(name)) {
        throw new CsvValueError(`${path.basename(this.csv.file)}: no column for property "${name}"`);
      }
      const value = props[name];
      if (late(value)) (later ??= {})[name] = value;
    }
    this.noteEmptyLists(own, props);
    const values: unknown[] = [];
    for (const { name } of this.csv.columns) {
      values.push(name in own ? own[name] : later && name in later ? undefined : props[name]);
    }
    await this.csv.row(values);
    if (later) await this.late.write(JSON.stringify({ ...target, props: later }));
  }

  lateFile(): LateFile {
    return { file: this.late.file, match: this.match, rows: this.late.lines };
  }

  async close(): Promise<void> {
    await this.csv.close();
    await this.late.close();
  }

  destroy(): void {
    this.csv.destroy();
    this.late.destroy();
  }
}

/**
 * Validates the seed folder and writes it as import CSV files into `dir` (emptied first). Throws
 * SeedValidationError, with `dir` removed, when anything is wrong.
 */
export async function spoolBulkSeeds(seedDir: string, dir: string): Promise<Spool> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const byId = (label: string): string => `MATCH (x:${label} {id: row.id})`;
  const nodes = (name: string, label: string, properties: readonly string[]): SpoolFile =>
    new SpoolFile(dir, name, nodeColumns(label, properties), byId(label), label);
  const sources = nodes('sources', 'Source', PROPERTIES.Source);
  const passages = nodes('passages', 'Passage', PASSAGE);
  const entities = nodes('entities', 'Entity', ENTITY);
  const noProps = (name: string, from: string, to: string): SpoolFile =>
    new SpoolFile(dir, name, relationshipColumns(from, to, []), '');
  const hasPassage = noProps('has-passage', 'Source', 'Passage');
  const inSection = noProps('in-section', 'Passage', 'Passage');
  const mentions = new SpoolFile(
    dir,
    'mentions',
    relationshipColumns('Passage', 'Entity', PROPERTIES.MENTIONS),
    'MATCH (:Passage {id: row.from})-[x:MENTIONS]->(:Entity {id: row.to})',
  );
  const facts = new SpoolFile(
    dir,
    'facts',
    relationshipColumns('Entity', 'Entity', [...FACT, 'contentHash']),
    'MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MATCH (a)-[x:$(row.type)]->(b) WHERE x.key = row.key',
  );
  const all = [sources, passages, entities, hasPassage, inSection, mentions, facts];
  const report: LoadReport = {};
  const created = (group: string): void => addToReport(report, group, 'created');

  let factCount = 0;
  const writeFact = async (fact: SeedRelationship): Promise<void> => {
    factCount += 1;
    const row = factRow(fact);
    const own = { from: row.from, to: row.to, type: row.type };
    await facts.write(own, row.props, { ...own, key: row.key });
    created(row.type);
  };
  const statistics: SeedEntity[] = [];
  try {
    const seeds = await validateBulkSeeds(seedDir, {
      entities: async (list) => {
        for (const entity of list) {
          const row = entityRow(entity);
          await entities.write({ id: row.id, labels: ['Entity', entity.kind] }, row.props, { id: row.id });
          created(entity.kind);
          if (entity.statistic) statistics.push(entity);
        }
      },
      relationships: async (list) => {
        for (const fact of list) await writeFact(fact);
      },
    });
    const dateOf = (id: string): string => seeds.sources.dateOf(id) ?? '';
    for (const entity of statistics) {
      const measures = statisticFact(entity, dateOf);
      if (measures) await writeFact(measures);
    }
    for (const source of seeds.sources) {
      const row = sourceRow(source);
      await sources.write({ id: row.id, labels: ['Source'] }, row.props, { id: row.id });
      created('Source');
      for (const passage of passageRows(source)) {
        await passages.write({ id: passage.id, labels: ['Passage'] }, passage.props, { id: passage.id });
        created('Passage');
        await hasPassage.write({ from: source.id, to: passage.id, type: 'HAS_PASSAGE' }, {}, {});
        if (passage.sectionId !== null) {
          await inSection.write({ from: passage.id, to: passage.sectionId, type: 'IN_SECTION' }, {}, {});
        }
      }
    }
    for (const mention of mentionsByPassage(seeds.sources, seeds.named)) {
      const row = mentionRow(mention);
      const own = { from: row.passageId, to: row.entityId, type: 'MENTIONS' };
      await mentions.write(own, row.props, { from: row.passageId, to: row.entityId });
      created('MENTIONS');
    }
    for (const file of all) await file.close();
    return {
      dir,
      nodeFiles: [sources, passages, entities].map((f) => f.csv.file),
      relationshipFiles: [hasPassage, inSection, mentions, facts].map((f) => f.csv.file),
      lateFiles: all.map((f) => f.lateFile()).filter((f) => f.rows > 0),
      emptyLists: all.flatMap((f) => f.emptyLists()),
      report,
      counts: { entities: seeds.index.entityCount, relationships: factCount, mentions: mentions.csv.rows },
      summary:
        `Seeds valid: ${seeds.sources.size} source(s), ${seeds.index.entityCount} entities, ` +
        `${seeds.index.relationshipCount} relationships, ${mentions.csv.rows} mentions (offline import).`,
    };
  } catch (error) {
    for (const file of all) file.destroy();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
