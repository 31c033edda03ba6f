/**
 * Issue 16 through GraphQL, on the real Neo4j: an editor ingests the INVENTED Markdown interview
 * (tests/fixtures/documents/interview.md); the review queue is stored apart from the facts; accepting an entity
 * candidate creates a curated entity with the candidate's mentions, accepting a fact candidate creates a statement
 * of the document with its exact quote, an edit is applied before accepting, rejecting leaves nothing behind, a
 * candidate entity merges into a known one. Every decision is in the change history; bad input is one coded error
 * and leaves the graph unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphChecksum } from '../../../src/graph/checksum';
import { startTestApi, type TestApi } from '../../support/api';
import { editorToken, readerToken, testAuth } from '../../support/tokens';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'documents');
/** The invented interview, plus an invented paragraph naming things the seeds do not know. */
const INTERVIEW = `${readFileSync(path.join(FIXTURES, 'interview.md'), 'utf8')}
The Caspian Water Council (CWC) and the Eurasian Rail Forum will hold a joint session in Tashkent. The CWC
secretariat said that the Pamir Transit Programme would start next year.
`;
const SOURCE = 'invented-interview-2019-05-22';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true, config: { auth: testAuth() } });
  token = await editorToken();
}, 180_000);

afterAll(async () => {
  await api.stop();
});

interface IngestResult {
  outcome: string;
  passages: number;
  linkedMentions: number;
  candidateEntities: number;
  candidateFacts: number;
  negativeFacts: number;
  source: { id: string; version: number; origin: string; format: string; previousVersion: { id: string } | null };
}

interface CandidateView {
  id: string;
  kind: 'ENTITY' | 'FACT';
  state: string;
  label: string;
  score: number;
  entity: {
    key: string;
    name: string;
    kind: string;
    aliases: string[];
    method: string;
    mentions: { passage: { id: string }; start: number; end: number; text: string }[];
  } | null;
  fact: {
    type: string;
    status: string;
    negated: boolean;
    quote: string;
    start: number;
    end: number;
    passage: { id: string; text: string };
    from: { id: string; entity: { id: string } | null; candidate: { id: string; state: string } | null };
    to: { id: string; entity: { id: string } | null; candidate: { id: string; state: string } | null };
  } | null;
  acceptedEntity: { id: string } | null;
  acceptedRelation: { id: string } | null;
}

const CANDIDATE = `id kind state label score
  entity { key name kind aliases method mentions { passage { id } start end text } }
  fact { type status negated quote start end passage { id text }
         from { id entity { id } candidate { id state } } to { id entity { id } candidate { id state } } }
  acceptedEntity { id } acceptedRelation { id }`;

const INGEST = `mutation ($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    outcome passages linkedMentions candidateEntities candidateFacts negativeFacts
    source { id version origin format previousVersion { id } }
  } }`;

const input = (content: string, extra: Record<string, unknown> = {}) => ({
  fileName: 'interview.md',
  content,
  title: 'Invented interview',
  date: '2019-05-22',
  publisher: 'Invented News Agency',
  kind: 'interview',
  ...extra,
});

async function write<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.graphql<T>(query, variables, { token });
  expect(errors).toBeUndefined();
  return data as T;
}

async function queue(): Promise<CandidateView[]> {
  const { data, errors } = await api.graphql<{
    source: { candidates: { totalCount: number; nodes: CandidateView[] } };
  }>(`query ($id: ID!) { source(id: $id) { candidates(first: 100) { totalCount nodes { ${CANDIDATE} } } } }`, {
    id: SOURCE,
  });
  expect(errors).toBeUndefined();
  return data?.source.candidates.nodes ?? [];
}

/** What the facts are made of: entities, relationships between them, mentions (not candidates, not changes). */
async function factCounts(): Promise<{ entities: number; relationships: number; mentions: number }> {
  const result = await api.db.read({
    name: 'test-fact-counts',
    cypher: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
             CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
             CALL () { MATCH (:Passage)-[m:MENTIONS]->(:Entity) RETURN count(m) AS mentions }
             RETURN entities, relationships, mentions`,
  });
  const record = result.records[0];
  return {
    entities: Number(record?.get('entities')),
    relationships: Number(record?.get('relationships')),
    mentions: Number(record?.get('mentions')),
  };
}

describe('ingestDocument', () => {
  it('needs an editor', async () => {
    const before = await graphChecksum(api.db);
    const anonymous = await api.graphql(INGEST, { input: input(INTERVIEW) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api.graphql(INGEST, { input: input(INTERVIEW) }, { token: await readerToken() });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphChecksum(api.db)).toEqual(before);
  });

  it.each([
    ['an empty document', input(''), 'EMPTY', /interview\.md: the file is empty/],
    [
      'a missing title',
      input(INTERVIEW, { title: ' ' }),
      'BAD_METADATA',
      /input\.title: the document's title is missing/,
    ],
    ['a bad URL', input(INTERVIEW, { url: 'javascript:alert(1)' }), 'BAD_METADATA', /input\.url: .* is not an http/],
    [
      'binary content',
      input('', { content: null, contentBase64: Buffer.from([0, 1, 2, 0, 3]).toString('base64') }),
      'BINARY',
      /binary/i,
    ],
    ['both contents', input(INTERVIEW, { contentBase64: 'AA==' }), 'BAD_METADATA', /exactly one of content/],
  ])('refuses %s with one coded error, writing nothing', async (_what, variables, problem, message) => {
    const before = await graphChecksum(api.db);
    const { errors } = await api.graphql(INGEST, { input: variables }, { token });
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem });
    expect(errors?.[0]?.message).toMatch(message);
    expect(await graphChecksum(api.db)).toEqual(before);
  });

  it('ingests the interview: passages, linked mentions, candidates and a negative fact, none of it in the facts', async () => {
    const before = await factCounts();
    const { ingestDocument: result } = await write<{ ingestDocument: IngestResult }>(INGEST, {
      input: input(INTERVIEW),
    });
    expect(result).toMatchObject({
      outcome: 'CREATED',
      source: { id: SOURCE, version: 1, origin: 'INGESTED', format: 'MARKDOWN', previousVersion: null },
    });
    expect(result.passages).toBeGreaterThan(8);
    expect(result.linkedMentions).toBeGreaterThan(5);
    expect(result.candidateEntities).toBeGreaterThan(0);
    expect(result.candidateFacts).toBeGreaterThan(0);
    expect(result.negativeFacts).toBeGreaterThan(0);
    const after = await factCounts();
    // Mentions of known entities are linked at once; no entity or relationship is added before review.
    expect(after.entities).toBe(before.entities);
    expect(after.relationships).toBe(before.relationships);
    expect(after.mentions).toBeGreaterThan(before.mentions);
    const { data } = await api.graphql<{ relations: { totalCount: number } }>(
      `query ($s: ID!) { relations(source: $s) { totalCount } }`,
      { s: SOURCE },
    );
    expect(data?.relations.totalCount).toBe(0);
    const candidates = await queue();
    expect(candidates).toHaveLength(result.candidateEntities + result.candidateFacts);
    for (const c of candidates) {
      expect(c.state).toBe('OPEN');
      if (c.fact) expect(c.fact.passage.text).toContain(c.fact.quote);
    }
  });

  it('keeps the negative statement negative', async () => {
    const negative = (await queue()).filter((c) => c.fact?.negated);
    expect(negative.length).toBeGreaterThan(0);
    expect(negative.some((c) => /not under consideration/.test(c.fact?.quote ?? ''))).toBe(true);
    for (const c of negative) expect(c.fact?.status).toMatch(/^NOT_|REFUSED|DENIED|DOES_NOT/);
  });

  it('changes nothing for the same bytes; changed bytes are the next version', async () => {
    const before = await graphChecksum(api.db);
    const again = await write<{ ingestDocument: IngestResult }>(INGEST, { input: input(INTERVIEW) });
    expect(again.ingestDocument).toMatchObject({ outcome: 'UNCHANGED', source: { id: SOURCE } });
    expect(await graphChecksum(api.db)).toEqual(before);
    const changed = await write<{ ingestDocument: IngestResult }>(INGEST, {
      input: input(`${INTERVIEW}\nA closing line added later.\n`),
    });
    expect(changed.ingestDocument).toMatchObject({
      outcome: 'NEW_VERSION',
      source: { id: `${SOURCE}-v2`, version: 2, previousVersion: { id: SOURCE } },
    });
  });
});

describe('the review queue', () => {
  const ACCEPT = `mutation ($id: ID!, $edit: CandidateEdit) {
    acceptCandidate(id: $id, edit: $edit) {
      candidate { ${CANDIDATE} } entity { id name mentions { totalCount } } relation { id status }
      change { action by } } }`;

  it('accepting an entity candidate creates a curated entity with its mentions, in the history', async () => {
    const candidate = (await queue()).find((c) => c.kind === 'ENTITY' && c.state === 'OPEN');
    expect(candidate).toBeDefined();
    if (!candidate?.entity) return;
    const { acceptCandidate: result } = await write<{
      acceptCandidate: {
        candidate: CandidateView;
        entity: { id: string; name: string; mentions: { totalCount: number } };
        change: { action: string; by: string };
      };
    }>(ACCEPT, { id: candidate.id, edit: null });
    expect(result.candidate).toMatchObject({ state: 'ACCEPTED', acceptedEntity: { id: candidate.entity.key } });
    expect(result.entity).toMatchObject({ id: candidate.entity.key, name: candidate.entity.name });
    expect(result.entity.mentions.totalCount).toBeGreaterThan(0);
    expect(result.change).toMatchObject({ action: 'ACCEPT_CANDIDATE', by: 'analyst-ana' });
    const { data } = await api.graphql<{ history: { nodes: { action: string }[] } }>(
      `query ($id: ID!) { history(entityId: $id) { nodes { action } } }`,
      { id: candidate.entity.key },
    );
    expect(data?.history.nodes.map((n) => n.action)).toEqual(['ACCEPT_CANDIDATE', 'ADD_ENTITY']);
    const twice = await api.graphql(ACCEPT, { id: candidate.id, edit: null }, { token });
    expect(twice.errors?.[0]?.message).toMatch(/was already reviewed \(accepted by analyst-ana/);
  });

  it('accepting a fact candidate writes a statement of the document with its exact quote', async () => {
    const candidate = (await queue()).find(
      (c) => c.fact && c.state === 'OPEN' && c.fact.from.entity && c.fact.to.entity,
    );
    expect(candidate?.fact).toBeDefined();
    if (!candidate?.fact) return;
    const { acceptCandidate: result } = await write<{ acceptCandidate: { relation: { id: string } } }>(ACCEPT, {
      id: candidate.id,
      edit: null,
    });
    const { data } = await api.graphql<{
      relations: {
        nodes: {
          id: string;
          statements: { source: { id: string }; status: string; evidence: { quote: string }[] }[];
        }[];
      };
    }>(
      `query ($from: ID!, $to: ID!) { relations(type: [${candidate.fact.type}], from: $from, to: $to) {
         nodes { id statements { source { id } status evidence { quote } } } } }`,
      { from: candidate.fact.from.id, to: candidate.fact.to.id },
    );
    const relation = data?.relations.nodes.find((r) => r.id === result.relation.id);
    const statement = relation?.statements.find((s) => s.source.id === SOURCE);
    expect(statement).toMatchObject({ status: candidate.fact.status, evidence: [{ quote: candidate.fact.quote }] });
  });

  it('an edit is applied before accepting (state EDITED)', async () => {
    const candidate = (await queue()).find((c) => c.kind === 'ENTITY' && c.state === 'OPEN');
    expect(candidate).toBeDefined();
    if (!candidate) return;
    const { acceptCandidate: result } = await write<{
      acceptCandidate: { candidate: CandidateView; entity: { id: string; name: string } };
    }>(ACCEPT, { id: candidate.id, edit: { id: 'edited-in-review', name: 'Edited In Review' } });
    expect(result.candidate.state).toBe('EDITED');
    expect(result.entity).toMatchObject({ id: 'edited-in-review', name: 'Edited In Review' });
  });

  it('rejecting leaves nothing behind but the decision', async () => {
    const candidate = (await queue()).find((c) => c.state === 'OPEN');
    expect(candidate).toBeDefined();
    if (!candidate) return;
    const before = await factCounts();
    const { data, errors } = await api.graphql<{ rejectCandidate: { candidate: { state: string; reason: string } } }>(
      `mutation ($id: ID!) { rejectCandidate(id: $id, reason: "not what the text says") { candidate { state reason } } }`,
      { id: candidate.id },
      { token },
    );
    expect(errors).toBeUndefined();
    expect(data?.rejectCandidate.candidate).toEqual({ state: 'REJECTED', reason: 'not what the text says' });
    expect(await factCounts()).toEqual(before);
  });

  it('a fact whose candidate end is not accepted says what to do first', async () => {
    const waiting = (await queue()).find(
      (c) =>
        c.state === 'OPEN' &&
        c.fact &&
        [c.fact.from, c.fact.to].some((e) => e.candidate && e.candidate.state !== 'ACCEPTED'),
    );
    expect(waiting).toBeDefined();
    if (!waiting) return;
    const before = await graphChecksum(api.db);
    const { errors } = await api.graphql(ACCEPT, { id: waiting.id, edit: null }, { token });
    expect(errors?.[0]?.message).toMatch(/accept or merge that candidate first|point edit\.(from|to) at an entity/);
    expect(await graphChecksum(api.db)).toEqual(before);
  });

  it('a candidate entity merges into a known one: its names become aliases', async () => {
    const candidate = (await queue()).find((c) => c.kind === 'ENTITY' && c.state === 'OPEN');
    expect(candidate?.entity).toBeDefined();
    if (!candidate?.entity) return;
    const { data, errors } = await api.graphql<{
      mergeCandidate: { candidate: { state: string; acceptedEntity: { id: string } }; entity: { aliases: string[] } };
    }>(
      `mutation ($id: ID!) { mergeCandidate(id: $id, into: "sco") { candidate { state acceptedEntity { id } } entity { aliases } } }`,
      { id: candidate.id },
      { token },
    );
    expect(errors).toBeUndefined();
    expect(data?.mergeCandidate.candidate).toEqual({ state: 'MERGED', acceptedEntity: { id: 'sco' } });
    expect(data?.mergeCandidate.entity.aliases).toContain(candidate.entity.name);
  });
});
