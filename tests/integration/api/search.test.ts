/**
 * Issue 4: full-text search over entity names and aliases and over passage text, ranked, with highlighted,
 * HTML-escaped snippets; user text never reaches Lucene as syntax.
 */
import { startTestApi, type TestApi } from '../../support/api';

interface Hit {
  score: number;
  snippet: string;
  target: { __typename: string; id: string; text?: string; localId?: string };
}

const SEARCH = `
  query ($text: String!, $kinds: [EntityKind!], $includePassages: Boolean, $first: Int) {
    search(text: $text, kinds: $kinds, includePassages: $includePassages, first: $first) {
      score snippet
      target { __typename ... on Entity { id } ... on Passage { id localId text } }
    }
  }`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

async function search(text: string, options: { kinds?: string[]; includePassages?: boolean; first?: number } = {}) {
  const { data, errors } = await api.graphql<{ search: Hit[] }>(SEARCH, { text, ...options });
  expect(errors).toBeUndefined();
  return data?.search ?? [];
}

const unmarked = (snippet: string): string => snippet.replace(/<\/?mark>/g, '');
/** The text uses no-break spaces inside phrases; compare words, not whitespace. */
const words = (text: string): string => text.replace(/\s+/g, ' ');

describe('search', () => {
  it('finds the CSTO by its acronym, first, with the acronym highlighted', async () => {
    const hits = await search('CSTO');
    expect(hits[0]?.target).toMatchObject({ __typename: 'Organisation', id: 'csto' });
    expect(hits[0]?.snippet).toContain('<mark>CSTO</mark>');
    expect(hits[0]?.snippet).toContain('Collective Security Treaty Organisation');
    // The three paragraphs that name it: the signed documents, RATS's partners, the coming meeting.
    const passages = hits.filter((h) => h.target.__typename === 'Passage').map((h) => h.target.localId);
    expect(passages).toEqual(expect.arrayContaining(['q3.p2', 'q4.p6', 'q14.p11']));
  });

  it('ranks hits by score, highest first, and marks the words found in every snippet', async () => {
    for (const text of ['CSTO', 'Qingdao', 'Afghanistan contact group', 'terrorism', 'UN-SCO', '2019-Q1', '#1']) {
      const hits = await search(text, { first: 20 });
      expect(hits.length).toBeGreaterThan(0);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const hit of hits) expect(hit.snippet).toMatch(/<mark>[^<]+<\/mark>/);
    }
  });

  it("finds the state from a possessive: Afghanistan's", async () => {
    const hits = await search("Afghanistan's", { first: 5 });
    expect(hits[0]?.target).toMatchObject({ __typename: 'State', id: 'afghanistan' });
    expect(hits[0]?.snippet).toContain('<mark>Afghanistan</mark>');
  });

  it('finds a passage by its words: the share of heroin and marijuana confiscated', async () => {
    const hits = await search('heroin marijuana');
    const passage = hits.find((h) => h.target.__typename === 'Passage');
    expect(passage?.target.localId).toBe('q4.p12');
    expect(words(passage?.target.text ?? '')).toContain('about 40 percent of the total amount of heroin and marijuana');
    expect(passage?.snippet).toContain('<mark>heroin</mark>');
    expect(passage?.snippet).toContain('<mark>marijuana</mark>');
  });

  it('escapes the text around the marks', async () => {
    const hits = await search('Shanghai spirit', { first: 20 });
    const passage = hits.find(
      (h) => h.target.__typename === 'Passage' && words(h.target.text ?? '').includes('"Shanghai spirit"'),
    );
    expect(passage?.snippet).toContain('&quot;<mark>Shanghai</mark> <mark>spirit</mark>&quot;');
    for (const hit of hits) expect(unmarked(hit.snippet)).not.toMatch(/[<>"]/);
  });

  it('filters by kind before taking the first hits', async () => {
    // The summit and the city outrank the declaration; a kind filter must still find the documents.
    const hits = await search('Qingdao', { kinds: ['DOCUMENT'], includePassages: false, first: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.target.__typename).toBe('Document');
    expect(['qingdao-declaration', 'qingdao-summit-documents']).toContain(hits[0]?.target.id);

    const all = await search('Qingdao', { kinds: ['DOCUMENT', 'PLACE'], includePassages: false, first: 10 });
    expect(all.map((h) => h.target.id).sort()).toEqual(['qingdao', 'qingdao-declaration', 'qingdao-summit-documents']);
  });

  it('leaves passages out when asked', async () => {
    const hits = await search('Qingdao', { includePassages: false, first: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.target.__typename !== 'Passage')).toBe(true);
  });

  it.each([
    'AND OR ( " * ~ : \\ /',
    '"unclosed',
    '*',
    'name:CSTO',
    'CSTO AND (UN OR',
    '[1 TO 5]',
    '{a TO b}',
    '~~~ ^2 !',
    '&& || -CSTO +CSTO',
    '\\',
    'NOT',
    '<script>alert(1)</script>',
    '\u0000',
  ])('takes hostile input as plain words without error: %j', async (text) => {
    const { data, errors } = await api.graphql<{ search: Hit[] }>(SEARCH, { text });
    expect(errors).toBeUndefined();
    expect(Array.isArray(data?.search)).toBe(true);
    for (const hit of data?.search ?? []) expect(unmarked(hit.snippet)).not.toMatch(/[<>"]/);
  });

  it('finds the CSTO even with operators around it', async () => {
    const hits = await search('+CSTO AND ("CSTO"~2)');
    expect(hits[0]?.target.id).toBe('csto');
  });

  it('rejects text over 200 characters and more than 50 hits with BAD_USER_INPUT', async () => {
    const long = await api.graphql(SEARCH, { text: 'a'.repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await api.graphql(SEARCH, { text: 'SCO', first: 51 });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns nothing for text without words', async () => {
    expect(await search('  ( ) * ')).toEqual([]);
  });
});
