/**
 * `kg search` and `kg path` on the seeded graph: tables for people (names, scores, snippets; each hop with its
 * type, status and evidence quote), JSON for scripts, and bad input refused with exit 1.
 */
import type { GraphDatabase } from '../../../src/graph/database';
import { openTestDatabase, resetAndSeed } from '../../support/db';
import { errorLines, expectHelp, kg } from './support/kg';

let db: GraphDatabase;
let sourceText: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
  const source = await db.read({ name: 'test: source text', cypher: 'MATCH (s:Source) RETURN s.text AS text' });
  sourceText = String(source.records[0]?.get('text'));
});
afterAll(async () => db.close());

interface SearchJson {
  text: string;
  hits: {
    score: number;
    kind: string;
    id: string;
    name: string | null;
    snippet: string;
    snippetHtml: string;
    reason: string | null;
  }[];
}

describe('kg search', () => {
  it('prints a table of hits: score, kind, id and the matching text', async () => {
    const result = await kg(['search', 'CSTO']);
    expect(result.code).toBe(0);
    const [header, rule, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^score +kind +id +match$/);
    expect(rule).toMatch(/^-+ +-+ +-+ +-+$/);
    expect(rows[0]).toMatch(/^\d+\.\d\d +Organisation +csto +Collective Security Treaty Organisation \(CSTO\)$/);
    expect(
      rows.some((row) => /^\d+\.\d\d +Passage +sco-sg-news-conference-2019-03-20#q\d+\.p\d+ +.*CSTO/.test(row)),
    ).toBe(true);
  });

  it('--json gives scores, ids, names and plain and highlighted snippets, best first', async () => {
    const result = await kg(['search', 'narcotic', 'drugs', '--json', '--limit', '4']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as SearchJson;
    expect(body.text).toBe('narcotic drugs');
    expect(body.hits).toHaveLength(4);
    expect(body.hits[0]).toMatchObject({ kind: 'Organisation', id: 'un-commission-on-narcotic-drugs' });
    const scores = body.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of body.hits) {
      expect(hit.snippetHtml).toContain('<mark>');
      expect(hit.snippet).not.toContain('<mark>');
    }
  });

  it('--json says why an entity was found when its name did not match (issue 17)', async () => {
    const result = await kg(['search', 'drug trafficking', '--json', '--no-passages', '--limit', '5']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as SearchJson;
    const sco = body.hits.find((hit) => hit.id === 'sco');
    expect(sco?.reason).toMatch(/^mentioned in q\d+\.p\d+: '.*drug trafficking.*'$/);
    // First, the seizure statistic: the passage that states it speaks of "drug trafficking" (both words), its name
    // of "drug" only.
    expect(body.hits[0]).toMatchObject({
      id: 'stat-sco-drug-seizure-share',
      reason: expect.stringMatching(/^mentioned in q4\.p12: '.*drug trafficking.*'$/),
    });
  });

  it('--kind and --no-passages narrow the hits', async () => {
    const result = await kg(['search', 'summit', '--kind', 'event', '--no-passages', '--json']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as SearchJson;
    expect(body.hits.length).toBeGreaterThan(0);
    for (const hit of body.hits) expect(hit.kind).toBe('Event');
  });

  it('says so when nothing matches', async () => {
    const result = await kg(['search', 'zyxwvutsrq']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('No matches for "zyxwvutsrq".\n');
  });

  it('refuses an unknown kind and a limit out of range (exit 1, one line)', async () => {
    const kind = await kg(['search', 'SCO', '--kind', 'Planet']);
    expect(kind.code).toBe(1);
    expect(errorLines(kind.stderr)).toEqual([
      expect.stringMatching(/^error: option '--kind <kind>' argument 'Planet' is invalid\. must be one of State, /),
    ]);
    const limit = await kg(['search', 'SCO', '--limit', '500']);
    expect(limit.code).toBe(1);
    expect(errorLines(limit.stderr)).toHaveLength(1);
  });

  it('has --help', () =>
    expectHelp('search', /Usage: kg search \[options\] <text\.\.\.>[\s\S]*--kind <kind>[\s\S]*--json/));
});

interface PathJson {
  from: { id: string; name: string };
  to: { id: string; name: string };
  maxLength: number;
  paths: {
    length: number;
    entities: { id: string; name: string; kind: string }[];
    hops: {
      type: string;
      from: string;
      to: string;
      status: string;
      time: string | null;
      evidence: { quote: string; passageId: string; start: number; end: number }[];
    }[];
  }[];
}

describe('kg path', () => {
  it('prints each shortest path as a table: entities, relation with its direction, status and evidence quote', async () => {
    const result = await kg(['path', 'india', 'unodc']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\d+ shortest path\(s\) of 2 hop\(s\) between Republic of India \(india\) and United Nations Office on Drugs and Crime \(unodc\)\.$/m,
    );
    expect(result.stdout).toMatch(/^# {2}from +relation +to +status +time +evidence$/m);
    // India is a member of the SCO: the fact points from India, so the arrow does too; the quote follows.
    expect(result.stdout).toMatch(
      /^1 {2}Republic of India +-MEMBER_OF-> +Shanghai Cooperation Organisation +member +"the accession of\u00a0India and Pakistan has given the SCO a transcontinental character" \(sco-sg-news-conference-2019-03-20#q2\.p1\) \(\+1 more\)$/m,
    );
  });

  it('finds the ends by name or alias in any case, and --json gives every hop with its evidence', async () => {
    const result = await kg(['path', 'Republic of India', 'csto', '--json', '--max', '2']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as PathJson;
    expect(body.from).toMatchObject({ id: 'india', name: 'Republic of India' });
    expect(body.to).toMatchObject({ id: 'csto' });
    expect(body.maxLength).toBe(2);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.entities[0]?.id).toBe('india');
      expect(path.entities.at(-1)?.id).toBe('csto');
      expect(path.hops).toHaveLength(path.length);
      for (const hop of path.hops) {
        expect(hop.status).not.toBe('');
        expect(hop.evidence.length).toBeGreaterThan(0);
        // Evidence is exact: the quote slices out of the source text at its offsets.
        for (const evidence of hop.evidence)
          expect(sourceText.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
  });

  it('says so when no path is short enough', async () => {
    const result = await kg(['path', 'india', 'unodc', '--max', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'No path of at most 1 hops between Republic of India (india) and United Nations Office on Drugs and Crime (unodc).\n',
    );
  });

  it('refuses an entity it cannot find, naming candidates, and a --max out of range (exit 1)', async () => {
    const unknown = await kg(['path', 'india', 'Atlantis']);
    expect(unknown.code).toBe(1);
    expect(errorLines(unknown.stderr)).toEqual([
      'error: no entity has the id, name or alias "Atlantis" (kg search "Atlantis" finds near matches)',
    ]);
    const partial = await kg(['path', 'india', 'Cooperation']);
    expect(partial.code).toBe(1);
    expect(errorLines(partial.stderr)).toEqual([
      expect.stringMatching(/^error: no entity is called "Cooperation"; names containing it: .+ \(.+\)/),
    ]);
    const max = await kg(['path', 'india', 'sco', '--max', '5']);
    expect(max.code).toBe(1);
    expect(errorLines(max.stderr)).toEqual([
      "error: option '--max <n>' argument '5' is invalid. must be a whole number from 1 to 4.",
    ]);
  });

  it('has --help', () => expectHelp('path', /Usage: kg path \[options\] <a> <b>[\s\S]*--max <n>[\s\S]*--json/));
});
