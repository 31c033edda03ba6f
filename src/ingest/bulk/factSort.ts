/**
 * The statements of an offline import grouped by fact, so that each fact is written to the import CSV once, with
 * all its statements merged, instead of imported with its first statement and rewritten after the import (that
 * pass, restatements.ts, read each restated fact by its two ends: 274 s of a 477 s load at 1M facts, issue 15).
 *
 * An external sort by fact key: rows (as plan.ts's factRow makes them, one a statement) are buffered as JSON,
 * sorted in memory and spilled to a run file each time the buffer holds `runChars` characters; the runs are then
 * merged k ways. Memory holds one buffer and one read chunk per run, whatever the number of statements. The
 * statements of one key come out in the order they were added (a stable sort, and ties between runs go to the
 * earlier run): the order in which the post-import pass applied them, which matters only when two statements have
 * the same id (the later replaces the earlier).
 */
import { createReadStream, mkdirSync, rmSync, type ReadStream } from 'node:fs';
import path from 'node:path';
import type { FactRow } from '../plan';
import { LineFile } from './csv';

/** About 64 MB of buffered JSON (UTF-16 at worst) before a run is spilled. */
export const DEFAULT_RUN_CHARS = 32 * 2 ** 20;
/** Facts handed out per batch: one await per batch rather than one per fact. */
const FACTS_PER_BATCH = 1000;

interface Buffered {
  readonly key: string;
  readonly line: string;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A sorted run being read: the row at its head, or null once it is read to the end. */
interface Run {
  readonly order: number;
  readonly head: FactRow | null;
  next(): Promise<void>;
  close(): void;
}

/** The last run, never spilled: sorted in memory. */
class MemoryRun implements Run {
  head: FactRow | null = null;
  private index = 0;

  constructor(
    readonly order: number,
    private readonly rows: readonly Buffered[],
  ) {
    this.read();
  }

  next(): Promise<void> {
    this.index += 1;
    this.read();
    return Promise.resolve();
  }

  private read(): void {
    const row = this.rows[this.index];
    this.head = row === undefined ? null : (JSON.parse(row.line) as FactRow);
  }

  close(): void {}
}

/** A spilled run, read a 64 KiB chunk at a time. */
class FileRun implements Run {
  head: FactRow | null = null;
  private lines: string[] = [];
  private index = 0;
  private rest = '';
  private readonly stream: ReadStream;
  private readonly chunks: AsyncIterator<string>;

  private constructor(
    readonly order: number,
    file: string,
  ) {
    this.stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
    this.chunks = this.stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  }

  static async open(order: number, file: string): Promise<FileRun> {
    const run = new FileRun(order, file);
    await run.next();
    return run;
  }

  async next(): Promise<void> {
    while (this.index >= this.lines.length) {
      const chunk = await this.chunks.next();
      if (chunk.done === true) {
        this.lines = this.rest === '' ? [] : [this.rest];
        this.rest = '';
        this.index = 0;
        if (this.lines.length === 0) {
          this.head = null;
          return;
        }
        break;
      }
      this.lines = (this.rest + chunk.value).split('\n');
      this.rest = this.lines.pop() ?? '';
      this.index = 0;
    }
    const line = this.lines[this.index] ?? '';
    this.index += 1;
    this.head = JSON.parse(line) as FactRow;
  }

  close(): void {
    this.stream.destroy();
  }
}

/** Runs ordered by their head's key, then by the order they were written in. */
class RunHeap {
  private readonly runs: Run[] = [];

  get top(): Run | undefined {
    return this.runs[0];
  }

  push(run: Run): void {
    this.runs.push(run);
    let i = this.runs.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The top run moved on: restore the order, or drop the run once it is read. */
  update(): void {
    const top = this.runs[0];
    if (!top) return;
    if (top.head === null) {
      const last = this.runs.pop();
      if (this.runs.length === 0 || !last) return;
      this.runs[0] = last;
    }
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < this.runs.length && this.before(left, least)) least = left;
      if (right < this.runs.length && this.before(right, least)) least = right;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private before(i: number, j: number): boolean {
    const a = this.runs[i];
    const b = this.runs[j];
    if (!a?.head || !b?.head) return false;
    const order = compareKeys(a.head.key, b.head.key);
    return order < 0 || (order === 0 && a.order < b.order);
  }

  private swap(i: number, j: number): void {
    const a = this.runs[i];
    const b = this.runs[j];
    if (!a || !b) return;
    this.runs[i] = b;
    this.runs[j] = a;
  }
}

export class FactSort {
  private buffer: Buffered[] = [];
  private chars = 0;
  private readonly runFiles: string[] = [];
  private added = 0;

  /** `dir` is created, and holds the run files until `facts()` has read them. */
  constructor(
    private readonly dir: string,
    private readonly runChars: number = DEFAULT_RUN_CHARS,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Statements added. */
  get statements(): number {
    return this.added;
  }

  /** Runs spilled to disk so far. */
  get runs(): number {
    return this.runFiles.length;
  }

  async add(row: FactRow): Promise<void> {
    const line = JSON.stringify(row);
    this.buffer.push({ key: row.key, line });
    this.chars += line.length;
    this.added += 1;
    if (this.chars >= this.runChars) await this.spill();
  }

  private takeSorted(): Buffered[] {
    const rows = this.buffer;
    this.buffer = [];
    this.chars = 0;
    // Array.prototype.sort is stable: statements of one key stay in the order they were added.
    return rows.sort((a, b) => compareKeys(a.key, b.key));
  }

  private async spill(): Promise<void> {
    const file = path.join(this.dir, `run-${this.runFiles.length}.jsonl`);
    const out = new LineFile(file);
    try {
      for (const { line } of this.takeSorted()) await out.write(line);
      await out.close();
    } catch (error) {
      out.destroy();
      throw error;
    }
    this.runFiles.push(file);
  }

  /**
   * Every fact's statements (one array a fact, in key order), in batches; call once, after the last `add`. The
   * run files are removed once read.
   */
  async *facts(): AsyncGenerator<FactRow[][]> {
    const heap = new RunHeap();
    const opened: Run[] = [];
    try {
      for (const [order, file] of this.runFiles.entries()) opened.push(await FileRun.open(order, file));
      opened.push(new MemoryRun(this.runFiles.length, this.takeSorted()));
      for (const run of opened) if (run.head !== null) heap.push(run);
      let batch: FactRow[][] = [];
      let fact: FactRow[] = [];
      for (let run = heap.top; run?.head; run = heap.top) {
        const row = run.head;
        if (fact.length > 0 && fact[0]?.key !== row.key) {
          batch.push(fact);
          fact = [];
          if (batch.length >= FACTS_PER_BATCH) {
            yield batch;
            batch = [];
          }
        }
        fact.push(row);
        await run.next();
        heap.update();
      }
      if (fact.length > 0) batch.push(fact);
      if (batch.length > 0) yield batch;
    } finally {
      for (const run of opened) run.close();
      for (const file of this.runFiles) rmSync(file, { force: true });
    }
  }
}
