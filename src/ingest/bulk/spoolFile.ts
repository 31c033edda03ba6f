/**
 * The files of an offline import's spool: the importer's CSV (one file a row kind, with the columns plan.ts's
 * rows have) and, beside each, a file of the values CSV cannot carry, set once the store runs.
 */
import path from 'node:path';
import type { Row } from '../plan';
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
  statementIds: 'string[]',
  statementSourceIds: 'string[]',
  statementDates: 'string[]',
  statementStatuses: 'string[]',
  statementBases: 'string[]',
  statementTimeStarts: 'string[]',
  statementTimeEnds: 'string[]',
  sourceIds: 'string[]',
  conflicts: 'string[]',
  statementCount: 'double',
};

const TIME = ['at', 'from', 'to'].flatMap((part) => ['Value', 'Precision', 'Start', 'End'].map((p) => part + p));
const EVIDENCE = ['evidenceSourceIds', 'evidencePassageIds', 'evidenceQuotes', 'evidenceStarts', 'evidenceEnds'];

/** The properties of each row kind, as plan.ts writes them (a row with another property is refused). */
export const PROPERTIES = {
  Source: ['title', 'date', 'publisher', 'kind', 'language', 'file', 'text', 'contentHash'],
  Passage: ['localId', 'sourceId', 'kind', 'section', 'ordinal', 'start', 'end', 'text'],
  Entity: ['kind', 'name', 'aliases', 'aliasText', 'subtype', 'description', 'status', 'seeded', 'curated'],
  MENTIONS: ['starts', 'ends', 'texts', 'curated', 'contentHash'],
  fact: ['key', 'status', 'role', 'basis', 'note', 'sourceId', 'assertedOn', 'seeded', 'curated'],
} as const;
export const PASSAGE = [...PROPERTIES.Passage, 'sentenceStarts', 'sentenceEnds', 'contentHash'];
const STATISTIC = ['value', 'bound', 'unit', 'counts', 'subject', 'total'];
export const ENTITY = [
  ...PROPERTIES.Entity,
  'timeText',
  ...TIME,
  'timeStart',
  'timeEnd',
  ...STATISTIC,
  ...EVIDENCE,
  'contentHash',
];
export const FACT = [...PROPERTIES.fact, 'timeText', ...TIME, 'timeStart', 'timeEnd', ...EVIDENCE];
/**
 * What a fact stated by more than one source carries besides FACT (graph/statements.ts deriveFact): the columns of
 * its live statements and all its statements as JSON. `statementsJson` is the property only such facts have.
 */
export { STATEMENT_COLUMNS } from '../../graph/statements';

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
  /**
   * A property only the rows of this file have, when other files hold rows of the same type without this list
   * (facts stated by several sources: `statementsJson`): the empty list is set only where it is present.
   */
  readonly onlyWith?: string;
}

/**
 * What the importer would misread, set after the import: text with line breaks, and a list of one empty string
 * (written as an empty field, which the importer reads as no property; two or more elements, empty or not, it
 * reads back as written).
 */
function late(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\n') || value.includes('\r');
  if (Array.isArray(value)) return (value.length === 1 && value[0] === '') || value.some(late);
  return false;
}

/** One CSV file with its file of late values and the empty lists its rows held. */
export class SpoolFile {
  readonly csv: CsvFile;
  readonly late: LineFile;
  private readonly listColumns: readonly string[];
  private readonly empty = new Map<string, EmptyList>();

  /**
   * `label`: the nodes' label to find them by after the import; relationships are found by their type, and by
   * `onlyWith` (see EmptyList) when other files hold relationships of the same types.
   */
  constructor(
    dir: string,
    name: string,
    columns: readonly Column[],
    readonly match: string,
    private readonly label?: string,
    private readonly onlyWith?: string,
  ) {
    this.csv = new CsvFile(path.join(dir, `${name}.csv`), columns);
    this.late = new LineFile(path.join(dir, `${name}.late.jsonl`));
    this.listColumns = columns.filter((c) => c.type.endsWith('[]')).map((c) => c.name);
  }

  /** A file of nodes with `label`, found again by their id for the late values. */
  static nodes(dir: string, name: string, label: string, properties: readonly string[]): SpoolFile {
    return new SpoolFile(dir, name, nodeColumns(label, properties), `MATCH (x:${label} {id: row.id})`, label);
  }

  /** A file of relationships between nodes of the `from` and `to` id groups; `match` finds one again (binds x). */
  static relationships(
    dir: string,
    name: string,
    ends: { readonly from: string; readonly to: string },
    properties: readonly string[],
    match = '',
    onlyWith?: string,
  ): SpoolFile {
    return new SpoolFile(dir, name, relationshipColumns(ends.from, ends.to, properties), match, undefined, onlyWith);
  }

  private noteEmptyLists(own: Record<string, unknown>, props: Row['props']): void {
    for (const name of this.listColumns) {
      const list = props[name];
      if (!Array.isArray(list)) {
        throw new CsvValueError(`${path.basename(this.csv.file)}: list property "${name}" is missing`);
      }
      if (list.length > 0) continue;
      const scope: Omit<EmptyList, 'property'> =
        this.label === undefined
          ? { type: String(own.type), ...(this.onlyWith === undefined ? {} : { onlyWith: this.onlyWith }) }
          : { label: this.label };
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
