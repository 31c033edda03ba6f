/**
 * Streams seed files to disk: a large corpus is never held in memory as text. Writes are gathered into
 * chunks of about a megabyte and wait for the stream to drain, so memory stays flat however much is written.
 * Record files (entities, facts) are split after `maxItems` items; every part repeats its header, so each
 * file stands on its own.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { stringify } from 'yaml';

const CHUNK_SIZE = 1 << 20;

export class ChunkedFile {
  private readonly stream: WriteStream;
  private parts: string[] = [];
  private size = 0;
  private failure: Error | null = null;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { encoding: 'utf8' });
    // Kept until the next write or close reports it: an unhandled stream error would end the process.
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_SIZE) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    if (this.failure) throw this.failure;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.size === 0) return;
    const data = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(data)) await once(this.stream, 'drain');
  }
}

export type SeedFormat = 'jsonl' | 'yaml';

/** How one kind of record file looks in a format: its header and one item. */
export interface RecordLayout<T> {
  readonly header: string;
  readonly render: (item: T) => string;
}

/** `- id: x\n  kind: y` indented under its list key, with a blank line between items as in the real seeds. */
function yamlListItem(item: object): string {
  const lines = stringify([item], { lineWidth: 0 }).trimEnd().split('\n');
  return `\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

export function entityLayout<T extends object>(format: SeedFormat, comment: string): RecordLayout<T> {
  return format === 'jsonl'
    ? { header: '', render: (item) => `${JSON.stringify(item)}\n` }
    : { header: `# ${comment}\nentities:\n`, render: yamlListItem };
}

export function factLayout<T extends object>(format: SeedFormat, sourceId: string): RecordLayout<T> {
  return format === 'jsonl'
    ? { header: `${JSON.stringify({ source: sourceId })}\n`, render: (item) => `${JSON.stringify(item)}\n` }
    : { header: `source: ${sourceId}\nrelationships:\n`, render: yamlListItem };
}

/**
 * Writes `name.ext`, then `name.part-0002.ext` ... with at most `maxItems` items each. A file is created with its
 * first item, so a list that stays empty leaves no file (an empty YAML list key would not validate).
 */
export class RecordFiles<T> {
  readonly files: string[] = [];
  private current: ChunkedFile | null = null;
  private inCurrent = 0;
  count = 0;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly format: SeedFormat,
    private readonly layout: RecordLayout<T>,
    private readonly maxItems: number,
  ) {}

  async add(item: T): Promise<void> {
    if (!this.current || this.inCurrent >= this.maxItems) await this.nextFile();
    await this.current?.write(this.layout.render(item));
    this.inCurrent += 1;
    this.count += 1;
  }

  async close(): Promise<void> {
    await this.current?.close();
    this.current = null;
  }

  private async nextFile(): Promise<void> {
    await this.current?.close();
    const part = this.files.length + 1;
    // `states.jsonl`, `states.part-0002.jsonl` ...: sorted by name, the parts keep the order they were written in.
    const suffix = part === 1 ? '' : `.part-${String(part).padStart(4, '0')}`;
    const file = path.join(this.dir, `${this.name}${suffix}.${this.format}`);
    this.current = new ChunkedFile(file);
    this.files.push(file);
    this.inCurrent = 0;
    await this.current.write(this.layout.header);
  }
}
