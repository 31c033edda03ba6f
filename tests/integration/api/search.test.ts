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
  query ($text: String!, $kinds: [EntityKind!], $includePassages: Boolean, $first: Int, $matchBy: [SearchReasonKind!]) {
    search(text: $text, kinds: $kinds, includePassages: $includePassages, first: $first, matchBy: $matchBy) {
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

async function search(
  text: string,
  options: { kinds?: string[]; includePassages?: boolean; first?: number; matchBy?: string[] } = {},
) {
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

    // By name (issue 4's search): exactly the documents and places named Qingdao.
    const named = await search('Qingdao', {
      kinds: ['DOCUMENT', 'PLACE'],
      includePassages: false,
      first: 10,
      matchBy: ['NAME', 'ALIAS'],
    });
    expect(named.map((h) => h.target.id).sort()).toEqual([
      'qingdao',
      'qingdao-declaration',
      'qingdao-summit-documents',
    ]);

    // By subject (issue 17), the default: those three first, then documents whose description or passages speak
    // of Qingdao (the JCPOA, which the Qingdao Declaration supports), and still nothing of another kind.
    const all = await search('Qingdao', { kinds: ['DOCUMENT', 'PLACE'], includePassages: false, first: 10 });
    expect(
      all
        .slice(0, 3)
        .map((h) => h.target.id)
        .sort(),
    ).toEqual(['qingdao', 'qingdao-declaration', 'qingdao-summit-documents']);
    expect(all.map((h) => h.target.id)).toContain('jcpoa');
    expect(all.every((h) => ['Document', 'Place'].includes(h.target.__typename))).toBe(true);
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

interface Reason {
  kind: string;
  score: number;
  snippet: string;
  passage: { localId: string } | null;
}
interface SubjectHit {
  score: number;
  snippet: string;
  reason: string | null;
  reasons: Reason[];
  target: { __typename: string; id: string };
}

const SUBJECTS = `
  query ($text: String!, $includePassages: Boolean, $first: Int = 10, $matchBy: [SearchReasonKind!]) {
    search(text: $text, includePassages: $includePassages, first: $first, matchBy: $matchBy) {
      score snippet reason
      reasons { kind score snippet passage { localId } }
      target { __typename ... on Entity { id } ... on Passage { id } }
    }
  }`;

async function subjects(
  text: string,
  includePassages = false,
  options: { first?: number; matchBy?: string[] } = {},
): Promise<SubjectHit[]> {
  const { data, errors } = await api.graphql<{ search: SubjectHit[] }>(SUBJECTS, { text, includePassages, ...options });
  expect(errors).toBeUndefined();
  return data?.search ?? [];
}

/** The hit for `id` among the first five, which must be there. */
function inFirstFive(hits: readonly SubjectHit[], id: string): SubjectHit {
  const hit = hits.slice(0, 5).find((h) => h.target.id === id);
  if (!hit) throw new Error(`${id} is not in the first five: ${hits.map((h) => h.target.id).join(', ')}`);
  return hit;
}

describe('issue 17: search over subjects', () => {
  it('"drug trafficking": the entities the matching passages mention, saying which passage', async () => {
    const hits = await subjects('drug trafficking');
    const seizures = inFirstFive(hits, 'stat-sco-drug-seizure-share');
    expect(seizures.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['NAME', 'PASSAGE']));
    // The UN body that deals with drugs, by the words of its name ("Narcotic Drugs").
    expect(inFirstFive(hits, 'un-commission-on-narcotic-drugs').reasons[0]?.kind).toBe('NAME');
    // The SCO's name has neither word: the passages that mention it and speak of drug trafficking find it.
    const sco = inFirstFive(hits, 'sco');
    expect(sco.reasons[0]?.kind).toBe('PASSAGE');
    expect(sco.reason).toMatch(/^mentioned in q\d+\.p\d+: '.*drug trafficking.*'$/);
    expect(sco.reasons.map((r) => r.passage?.localId)).toContain('q4.p10');
    expect(sco.snippet).toContain('<mark>trafficking</mark>');
  });

  it('"drug trafficking" ranks what has both words above what has "drug" alone: the SCO above the UNODC', async () => {
    const ids = (await subjects('drug trafficking')).map((h) => h.target.id);
    expect(ids.indexOf('sco')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('sco')).toBeLessThan(ids.indexOf('unodc'));
  });

  it('finds a name by a word near in meaning, and says so: "drug" finds the Anti-Narcotics Strategy', async () => {
    const hits = await subjects('drug', false, { first: 20 });
    const strategy = hits.find((h) => h.target.id === 'sco-anti-narcotics-strategy-2018-2023');
    expect(strategy?.reasons[0]).toMatchObject({ kind: 'RELATED_TERM' });
    expect(strategy?.snippet).toMatch(/<mark>narcotics<\/mark>/i);
    expect(strategy?.reason).toMatch(/^related word in the name: 'Anti-narcotics strategy/i);
    // A name with the word itself stays a NAME, and ranks above.
    const commission = hits.findIndex((h) => h.target.id === 'un-commission-on-narcotic-drugs');
    expect(hits[commission]?.reasons[0]?.kind).toBe('NAME');
    expect(commission).toBeLessThan(hits.indexOf(strategy as SubjectHit));
    // An autocomplete over names and aliases does not offer related words.
    const names = await subjects('drug', false, { first: 20, matchBy: ['NAME', 'ALIAS'] });
    expect(names.flatMap((h) => h.reasons).some((r) => r.kind === 'RELATED_TERM')).toBe(false);
  });

  it('"terrorism financing": the anti-terrorist bodies and programme, by name and by description', async () => {
    const hits = await subjects('terrorism financing');
    expect(inFirstFive(hits, 'un-office-of-counter-terrorism').reasons[0]?.kind).toBe('NAME');
    expect(inFirstFive(hits, 'sco-counter-terrorism-programme-2019-2021').reasons[0]?.kind).toBe('NAME');
    const rats = inFirstFive(hits, 'rats');
    expect(rats.reasons[0]?.kind).toBe('DESCRIPTION');
    expect(rats.reason).toMatch(/^description: '.*terrorism.*'$/);
  });

  it('"tourism": the organisation by name, the summit documents by description, the heritage list by passage', async () => {
    const hits = await subjects('tourism');
    expect(hits[0]?.target.id).toBe('world-tourism-organisation');
    expect(inFirstFive(hits, 'qingdao-summit-documents').reasons[0]?.kind).toBe('DESCRIPTION');
    const heritage = inFirstFive(hits, 'world-heritage-list');
    expect(heritage.reasons[0]).toMatchObject({ kind: 'PASSAGE', passage: { localId: 'q13.p4' } });
    expect(heritage.reason).toMatch(/^mentioned in q13\.p4: '.*tourism.*'$/);
  });

  it.each([
    ['Shangai', 'sco', 'Shanghai'],
    ['Kirgizstan', 'kyrgyzstan', 'Kyrgyzstan'],
    ['Uzbekstan', 'uzbekistan', 'Uzbekistan'],
  ])('finds a misspelling by a close spelling: %s -> %s', async (text, id, marked) => {
    const hit = inFirstFive(await subjects(text), id);
    expect(hit.reasons[0]?.kind).toBe('FUZZY');
    expect(hit.snippet).toContain(`<mark>${marked}</mark>`);
    expect(hit.reason).toMatch(/^close spelling: /);
  });

  it.each([
    ['UNWTO', 'world-tourism-organisation'],
    ['EEU', 'eaeu'],
    ['ШОС', 'sco'],
  ])('finds an entity by an external alias the source never uses: %s', async (text, id) => {
    const hits = await subjects(text, true);
    expect(hits[0]?.target.id).toBe(id);
    expect(hits[0]?.reasons[0]?.kind).toBe('EXTERNAL_ALIAS');
    expect(hits[0]?.reason).toContain('(not used by the source)');
    expect(hits[0]?.snippet).toContain(`<mark>${text}</mark>`);
    // Never a mention: no passage says it, so none is found and none lends a score.
    expect(hits.some((h) => h.target.__typename === 'Passage')).toBe(false);
    expect(hits.flatMap((h) => h.reasons).some((r) => r.kind === 'PASSAGE')).toBe(false);
  });

  it.each([
    ['Qingdao', 'qingdao'],
    ['CSTO', 'csto'],
    ['Shanghai Cooperation Organisation', 'sco'],
    ['Tashkent', 'tashkent'],
    ['World Tourism Organization', 'world-tourism-organisation'],
  ])('still ranks the entity an exact name means first, passages included: %s', async (text, id) => {
    const hits = await subjects(text, true);
    expect(hits[0]?.target.id).toBe(id);
    expect(['NAME', 'ALIAS']).toContain(hits[0]?.reasons[0]?.kind);
  });

  it.each(['drug trafficking', 'terrorism financing', 'tourism'])(
    'the first five of first: 5 are the first five of first: 20 (%s)',
    async (text) => {
      const few = await subjects(text, false, { first: 5 });
      const many = await subjects(text, false, { first: 20 });
      expect(few.map((h) => h.target.id)).toEqual(many.slice(0, 5).map((h) => h.target.id));
    },
  );

  it("an entity's score is the sum of its reasons, and passage hits have none", async () => {
    const hits = await subjects('drug trafficking', true);
    expect(hits.some((h) => h.target.__typename === 'Passage')).toBe(true);
    for (const hit of hits) {
      if (hit.target.__typename === 'Passage') {
        expect(hit).toMatchObject({ reason: null, reasons: [] });
      } else if (hit.reasons.length < 5) {
        const sum = hit.reasons.reduce((total, r) => total + r.score, 0);
        expect(hit.score).toBeCloseTo(sum, 5);
      }
    }
  });
});
