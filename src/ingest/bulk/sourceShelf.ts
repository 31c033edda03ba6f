/**
 * The sources of a bulk load. Their metadata is held; a source's text is read from disk and split into passages
 * when it is asked for, and only the last few read are kept, so that a load holds a few texts instead of all of
 * them (some 150 MB at a million facts). Evidence cites the source of its own facts file, and the passes walk
 * the sources in order, so a load reads each text a few times, not once per fact.
 */
import { hash } from 'node:crypto';
import type { SourceLookup } from '../rules';
import { displayPath } from '../seedFiles';
import { readSource, type SeedSource, type SourceEntry } from '../validate';

/** Characters of text kept at most (the last source read is kept whatever its size). */
const KEPT_CHARACTERS = 1 << 22;

/** A source text changed on disk between two readings of one load: what was checked is no longer what is written. */
export class SourceChangedError extends Error {
  constructor(file: string) {
    super(`${displayPath(file)} changed while the seeds were being loaded; run the load again`);
    this.name = 'SourceChangedError';
  }
}

export class SourceShelf implements SourceLookup, Iterable<SeedSource> {
  /** The kept sources, least recently used first. */
  private readonly kept = new Map<string, SeedSource>();
  private keptCharacters = 0;
  /** The digest of each text at its first reading. */
  private readonly firstDigests = new Map<string, string>();
  private readCount = 0;
  /** The source asked for last, the most recently used of the kept ones. */
  private lastId: string | null = null;
  private last: SeedSource | null = null;

  constructor(
    readonly entries: ReadonlyMap<string, SourceEntry>,
    private readonly keptLimit = KEPT_CHARACTERS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The digest of each text read so far, at its first reading. */
  get digests(): ReadonlyMap<string, string> {
    return this.firstDigests;
  }

  /**
   * Compares another reading of the texts (a worker's) with this one: a text both read that differs changed while
   * the seeds were being loaded.
   */
  confirm(digests: ReadonlyMap<string, string>): void {
    for (const [id, digest] of digests) {
      const own = this.firstDigests.get(id);
      if (own !== undefined && own !== digest) throw new SourceChangedError(this.entries.get(id)?.textFile ?? id);
    }
  }

  /** How many times a text was read from disk. */
  get reads(): number {
    return this.readCount;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** A source's date, without reading its text. */
  dateOf(id: string): string | undefined {
    return this.entries.get(id)?.metadata.date;
  }

  get(id: string): SeedSource | undefined {
    // Every fact's evidence asks for its source: the one asked for last needs no reordering.
    if (id === this.lastId && this.last) return this.last;
    const kept = this.kept.get(id);
    if (kept) {
      this.kept.delete(id);
      this.kept.set(id, kept);
      this.remember(id, kept);
      return kept;
    }
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const source = readSource(entry);
    this.readCount += 1;
    const digest = hash('sha256', source.text, 'hex');
    const first = this.firstDigests.get(id);
    if (first === undefined) this.firstDigests.set(id, digest);
    else if (first !== digest) throw new SourceChangedError(entry.textFile);
    this.kept.set(id, source);
    this.keptCharacters += source.text.length;
    for (const [keptId, old] of this.kept) {
      if (this.keptCharacters <= this.keptLimit || keptId === id) break;
      this.kept.delete(keptId);
      this.keptCharacters -= old.text.length;
    }
    this.remember(id, source);
    return source;
  }

  private remember(id: string, source: SeedSource): void {
    this.lastId = id;
    this.last = source;
  }

  /** Every source in the order of its metadata file, read one at a time. */
  *[Symbol.iterator](): Iterator<SeedSource> {
    for (const id of this.entries.keys()) {
      const source = this.get(id);
      if (source) yield source;
    }
  }
}
