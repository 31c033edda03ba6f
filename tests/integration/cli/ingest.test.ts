/**
 * Issue 16: `kg ingest` on the real Neo4j with the INVENTED document fixtures (tests/fixtures/documents): a PDF,
 * an HTML press release and a Markdown interview become sources with passages, linked mentions and a review
 * queue; the same file again changes nothing; a changed file is the next version; `kg candidates` lists the queue
 * and `kg review` decides on it. Every kind of bad input ends in one `error:` line naming the file or option and
 * the fix, exit 1, and the graph unchanged.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphChecksum } from '../../../src/graph/checksum';
import type { GraphDatabase } from '../../../src/graph/database';
import { openTestDatabase, resetAndSeed } from '../../support/db';
import { errorLines, expectHelp, kg } from './support/kg';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'documents');
const fixture = (name: string): string => path.join(FIXTURES, name);
const META = ['--publisher', 'Invented News Agency', '--kind', 'interview', '--date', '2019-05-22'];

let db: GraphDatabase;
let scratch: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
  scratch = mkdtempSync(path.join(tmpdir(), 'kg-ingest-'));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await resetAndSeed(db);
  await db.close();
});

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await db.read({ name: 'test-count', cypher }, params);
  return Number(result.records[0]?.get(0) ?? 0);
}

describe('kg ingest: bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['an empty file', [fixture('empty.txt'), '--title', 'Empty', ...META], /empty\.txt: the file is empty/],
    ['a whitespace-only file', [fixture('blank.txt'), '--title', 'Blank', ...META], /blank\.txt: .*empty/],
    ['a binary file', [fixture('binary.txt'), '--title', 'Binary', ...META], /binary\.txt: .*binary/i],
    ['text in an unknown encoding', [fixture('latin1.txt'), '--title', 'Latin', ...META], /latin1\.txt: .*iconv/],
    ['a PDF with no text layer', [fixture('scanned.pdf'), '--title', 'Scan', ...META], /scanned\.pdf: .*OCR/i],
    ['a corrupt PDF', [fixture('broken.pdf'), '--title', 'Broken', ...META], /broken\.pdf: /],
    ['an unsupported format', [fixture('slides.pptx'), '--title', 'Slides', ...META], /slides\.pptx: /],
    [
      'a missing date',
      [fixture('interview.md'), '--title', 'No date', '--publisher', 'X', '--kind', 'interview'],
      /--date: the document's date is missing\. Give it, e\.g\. --date 2019-05-22/,
    ],
    [
      'a date that is not a day',
      [fixture('interview.md'), '--title', 'Month', '--publisher', 'X', '--kind', 'news', '--date', '2019-05'],
      /--date: "2019-05" is not a day/,
    ],
    ['a missing title', [fixture('interview.md'), ...META], /--title: the document's title is missing/],
    ['a bad URL', [fixture('interview.md'), '--title', 'T', '--url', 'ftp:/x', ...META], /--url: .* is not an http/],
    ['a missing file', [path.join(FIXTURES, 'nope.txt'), '--title', 'T', ...META], /cannot read .*nope\.txt: no such/],
  ];

  it.each(cases)('refuses %s with one clear message, exit 1, nothing written', async (_what, args, message) => {
    const before = await graphChecksum(db);
    const result = await kg(['ingest', ...args]);
    expect(result.code).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe('');
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const big = path.join(scratch, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    const before = await graphChecksum(db);
    const result = await kg(['ingest', big, '--title', 'Huge', ...META]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)[0]).toMatch(/huge\.txt: is 50\.0 MB, over the 50 MB limit\. Split it/);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('has --help', () => expectHelp('ingest', /Usage: kg ingest \[options\] <file>[\s\S]*--title[\s\S]*--date/));
});

describe('kg ingest: documents of other layouts', () => {
  it('ingests a PDF: passages, mentions of known entities and a review queue, nothing in the facts', async () => {
    const relationsBefore = await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
    const entitiesBefore = await count('MATCH (e:Entity) RETURN count(e)');
    const result = await kg(['ingest', fixture('statement.pdf'), '--title', 'Invented statement', ...META]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Ingested .*statement\.pdf as invented-statement-2019-05-22 \(version 1; pdf, /m);
    const id = 'invented-statement-2019-05-22';
    expect(await count('MATCH (p:Passage {sourceId: $id}) RETURN count(p)', { id })).toBeGreaterThan(3);
    expect(
      await count('MATCH (p:Passage {sourceId: $id})-[m:MENTIONS]->(:Entity) RETURN count(m)', { id }),
    ).toBeGreaterThan(0);
    expect(await count('MATCH (c:Candidate {sourceId: $id}) RETURN count(c)', { id })).toBeGreaterThan(0);
    // Candidates are not facts: nothing entered the entities or relationships.
    expect(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(relationsBefore);
    expect(await count('MATCH (e:Entity) RETURN count(e)')).toBe(entitiesBefore);
  });

  it('the same bytes again change nothing; changed bytes become the next version', async () => {
    const before = await graphChecksum(db);
    const again = await kg(['ingest', fixture('statement.pdf'), '--title', 'Invented statement', ...META]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^Already ingested: \S*statement\.pdf has the same bytes .* as source invented-statement/m,
    );
    expect(await graphChecksum(db)).toEqual(before);

    const changed = path.join(scratch, 'notice.txt');
    writeFileSync(changed, readFileSync(fixture('notice.txt'), 'utf8'));
    const first = await kg(['ingest', changed, '--title', 'Invented notice', ...META]);
    expect(first.code).toBe(0);
    writeFileSync(changed, `${readFileSync(fixture('notice.txt'), 'utf8')}\nA sentence added in a later version.\n`);
    const second = await kg(['ingest', changed, '--title', 'Invented notice', ...META]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /as invented-notice-2019-05-22-v2 \(version 2, replacing invented-notice-2019-05-22;/,
    );
    expect(await count('MATCH (s:Source {versionOf: "invented-notice-2019-05-22"}) RETURN count(s)')).toBe(1);
  });

  it('ingests an HTML press release without its boilerplate, with headings as sections', async () => {
    const result = await kg(['ingest', fixture('press-release.html'), '--title', 'Invented press release', ...META]);
    expect(result.code).toBe(0);
    const id = 'invented-press-release-2019-05-22';
    expect(await count('MATCH (p:Passage {sourceId: $id, role: "heading"}) RETURN count(p)', { id })).toBeGreaterThan(
      0,
    );
    const text = String(
      (
        await db.read({ name: 't', cypher: 'MATCH (s:Source {id: $id}) RETURN s.text AS text' }, { id })
      ).records[0]?.get('text'),
    );
    expect(text).not.toMatch(/<[a-z]+[\s>]/i);
  });

  it('lists the queue with kg candidates and decides on it with kg review', async () => {
    const id = 'invented-statement-2019-05-22';
    const listed = await kg(['candidates', id, '--json']);
    expect(listed.code).toBe(0);
    const page = JSON.parse(listed.stdout) as {
      totalCount: number;
      items: { id: string; kind: string; state: string }[];
    };
    expect(page.totalCount).toBeGreaterThan(0);
    const open = page.items.find((c) => c.state === 'OPEN');
    expect(open).toBeDefined();
    const rejected = await kg(['review', 'reject', open?.id ?? '', '--reason', 'not in the text', '--by', 'tester']);
    expect(rejected.stderr).toBe('');
    expect(rejected.stdout).toMatch(new RegExp(`^${(open?.id ?? '').replace(/[/.]/g, '\\$&')}: rejected by tester`));
    const twice = await kg(['review', 'reject', open?.id ?? '']);
    expect(twice.code).toBe(1);
    expect(errorLines(twice.stderr)[0]).toMatch(/was already reviewed \(rejected by tester/);
    const text = await kg(['candidates', id, '--state', 'rejected']);
    expect(text.stdout).toMatch(/^rejected /m);
    expect(text.stdout).toMatch(/1 candidate of invented-statement-2019-05-22\.$/m);
  });
});
