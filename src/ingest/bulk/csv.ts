/**
 * CSV files in the input format of `neo4j-admin database import`: a header of typed columns, one row a line,
 * every string quoted (quotes doubled), array elements joined by ARRAY_DELIMITER, labels likewise. A missing
 * value is an empty unquoted field (no property); an empty string is `""`. Rows are written through a file
 * stream that is awaited when its buffer is full, so a file of millions of rows never sits in memory.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Between the elements of an array value and between labels: a control character no seed text may hold. */
export const ARRAY_DELIMITER = '\u001f';
/** How the importer is told the delimiter (its `--array-delimiter` option). */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export type ColumnType = 'string' | 'double' | 'boolean' | 'string[]' | 'double[]';

/** A property column, or one of the importer's own columns (`:ID(group)`, `:LABEL`, `:START_ID(group)` ...). */
export interface Column {
  readonly name: string;
  readonly type: ColumnType | 'id' | 'labels' | 'start' | 'end' | 'relationshipType';
  /** The id space of an `id`, `start` or `end` column. */
  readonly group?: string;
}

function headerOf(column: Column): string {
  switch (column.type) {
    case 'id':
      return `${column.name}:ID(${column.group})`;
    case 'labels':
      return ':LABEL';
    case 'start':
      return `:START_ID(${column.group})`;
    case 'end':
      return `:END_ID(${column.group})`;
    case 'relationshipType':
      return ':TYPE';
    default:
      return `${column.name}:${column.type}`;
  }
}

/** A value the importer cannot read back as it was written (a control character used as a delimiter). */
export class CsvValueError extends Error {
  override readonly name = 'CsvValueError';
}

const quoted = (text: string): string => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

type Encode = (value: unknown) => string;

/** How a column's values are written, chosen once per column; `undefined` and `null` are a missing value. */
export function encoderOf(column: Column): Encode {
  const refuse = (expected: string, value: unknown): never => {
    throw new CsvValueError(`column ${column.name}: expected ${expected}, got ${JSON.stringify(value)}`);
  };
  const text = (value: unknown): string => {
    if (typeof value !== 'string') return refuse('a string', value);
    if (value.includes(ARRAY_DELIMITER)) {
      throw new CsvValueError(`column ${column.name}: the text holds the control character U+001F`);
    }
    return value;
  };
  const number = (value: unknown): string =>
    typeof value === 'number' && Number.isFinite(value) ? String(value) : refuse('a finite number', value);
  // An empty list cannot be written (the importer reads "" as no property): spool.ts sets it afterwards.
  const list = (value: unknown, each: Encode): string => {
    if (!Array.isArray(value)) return refuse('a list', value);
    return value.length === 0 ? '' : value.map(each).join(ARRAY_DELIMITER);
  };
  const missing = (value: unknown): boolean => value === undefined || value === null;
  switch (column.type) {
    case 'boolean':
      return (v) => (missing(v) ? '' : typeof v === 'boolean' ? String(v) : refuse('true or false', v));
    case 'double':
      return (v) => (missing(v) ? '' : number(v));
    case 'double[]':
      return (v) => (missing(v) ? '' : list(v, number));
    case 'string[]':
    case 'labels':
      return (v) => {
        if (missing(v)) return '';
        const joined = list(v, text);
        return joined === '' ? '' : quoted(joined);
      };
    default:
      return (v) => (missing(v) ? '' : quoted(text(v)));
  }
}

/** A text file written a line at a time through a stream that is awaited only when its buffer is full. */
export class LineFile {
  private readonly stream: WriteStream;
  private buffer = '';
  lines = 0;

  constructor(
    readonly file: string,
    header?: string,
  ) {
    this.stream = createWriteStream(file, { encoding: 'utf8' });
    if (header !== undefined) {
      this.buffer = `${header}\n`;
      this.lines = 1;
    }
  }

  async write(line: string): Promise<void> {
    this.buffer += `${line}\n`;
    this.lines += 1;
    if (this.buffer.length >= 1 << 16) await this.drain();
  }

  private async drain(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.drain();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  /** Closes the file on a failure, without waiting for what is left to be written. */
  destroy(): void {
    this.stream.destroy();
  }
}

/**
 * A CSV file being written. No field may hold a line break: the importer's reader of multi-line fields fails
 * on cells that cross its read buffer. The caller keeps them out (spool.ts already looks at every value to set
 * such text after the import), so rows are not scanned a second time here.
 */
export class CsvFile {
  private readonly out: LineFile;
  private readonly encoders: readonly Encode[];
  readonly columnNames: ReadonlySet<string>;

  constructor(
    readonly file: string,
    readonly columns: readonly Column[],
  ) {
    this.columnNames = new Set(columns.map((c) => c.name));
    this.encoders = columns.map(encoderOf);
    this.out = new LineFile(file, columns.map(headerOf).join(','));
  }

  get rows(): number {
    return this.out.lines - 1;
  }

  /** One row: its values in the order of the columns. */
  async row(values: readonly unknown[]): Promise<void> {
    let line = '';
    for (let i = 0; i < this.encoders.length; i += 1) {
      if (i > 0) line += ',';
      line += this.encoders[i]?.(values[i]) ?? '';
    }
    await this.out.write(line);
  }

  close(): Promise<void> {
    return this.out.close();
  }

  destroy(): void {
    this.out.destroy();
  }
}
