/**
 * The bulk loader's source shelf reads a source's text only when asked for and keeps the last few: these tests
 * pin that it reads lazily, keeps and evicts by its character budget, refuses a text that changed between two
 * readings, and that finding mentions through a shelf that keeps one source finds exactly what the sources held
 * in memory give.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../src/bench/generate/corpus';
import { SourceChangedError, SourceShelf } from '../../src/ingest/bulk/sourceShelf';
import { validateBulkSeeds } from '../../src/ingest/bulk/validate';
import { mentionsByPassage } from '../../src/ingest/mentions';
import { readSeedFolder, type SeedProblem } from '../../src/ingest/seedFiles';
import { readSourceDocuments, readSourceEntries, type SourceEntry } from '../../src/ingest/validate';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'source-shelf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let corpus: string;
let entries: Map<string, SourceEntry>;
beforeAll(async () => {
  corpus = path.join(scratch, 'corpus');
  await generateCorpus({ outDir: corpus, entities: 300, relationships: 3000, passages: 600 });
  const problems: SeedProblem[] = [];
  entries = readSourceEntries(readSeedFolder(corpus), problems);
  expect(problems).toEqual([]);
});

/** The size of the largest source text: a budget below it keeps only the last source read. */
function longestText(): number {
  return Math.max(...[...new SourceShelf(entries)].map((source) => source.text.length));
}

describe('SourceShelf', () => {
  it('has several sources to shelve', () => {
    expect(entries.size).toBeGreaterThanOrEqual(3);
  });

  it('reads no text until a source is asked for, then keeps it', () => {
    const shelf = new SourceShelf(entries);
    const [first] = [...entries.keys()];
    expect(shelf.reads).toBe(0);
    expect(shelf.size).toBe(entries.size);
    expect(shelf.dateOf(first ?? '')).toBe(entries.get(first ?? '')?.metadata.date);
    expect(shelf.reads).toBe(0);
    const source = shelf.get(first ?? '');
    expect(source?.passages.length).toBeGreaterThan(0);
    expect(shelf.get(first ?? '')).toBe(source);
    expect(shelf.reads).toBe(1);
    expect(shelf.get('no-such-source')).toBeUndefined();
  });

  it('walks the sources in the order of their metadata', () => {
    expect([...new SourceShelf(entries)].map((s) => s.id)).toEqual([...entries.keys()]);
  });

  it('drops the least recently used sources beyond its budget and reads them again', () => {
    const shelf = new SourceShelf(entries, longestText());
    const [a, b] = [...entries.keys()] as [string, string];
    const first = shelf.get(a);
    shelf.get(b);
    expect(shelf.reads).toBe(2);
    const again = shelf.get(a);
    expect(shelf.reads).toBe(3);
    expect(again).not.toBe(first);
    expect(again?.text).toBe(first?.text);
  });

  it('keeps every source a large budget holds', () => {
    const shelf = new SourceShelf(entries, longestText() * entries.size);
    for (let walk = 0; walk < 3; walk += 1)
      for (const source of shelf) expect(source.passages.length).toBeGreaterThan(0);
    expect(shelf.reads).toBe(entries.size);
  });

  it('refuses a text that changed on disk since it was first read', () => {
    const shelf = new SourceShelf(entries, 1);
    const [a, b] = [...entries.keys()] as [string, string];
    shelf.get(a);
    shelf.get(b);
    const file = entries.get(a)?.textFile ?? '';
    const text = readFileSync(file, 'utf8');
    appendFileSync(file, '\nAn added line.\n');
    try {
      expect(() => shelf.get(a)).toThrow(SourceChangedError);
      expect(() => shelf.get(a)).toThrow(/changed while the seeds were being loaded; run the load again/);
    } finally {
      writeFileSync(file, text);
    }
    expect(shelf.get(a)?.text).toBe(text);
  });
});

describe('finding mentions through the shelf', () => {
  it('finds what the sources held in memory give, reading each text once a walk', async () => {
    const seeds = await validateBulkSeeds(corpus);
    const problems: SeedProblem[] = [];
    const inMemory = [...readSourceDocuments(readSeedFolder(corpus), problems).values()];
    const expected = [...mentionsByPassage(inMemory, seeds.named)];
    expect(expected.length).toBeGreaterThan(1000);

    const shelf = new SourceShelf(entries, 1);
    expect([...mentionsByPassage(shelf, seeds.named)]).toEqual(expected);
    expect(shelf.reads).toBe(2 * entries.size);
  });
});
