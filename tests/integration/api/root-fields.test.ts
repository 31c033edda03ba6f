/**
 * Issue 4: the root fields that read entities, figures, passages, sources and the vocabulary; Relay pagination;
 * coded errors for bad arguments, never a stack trace in a message.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RELATIONSHIP_TYPES } from '../../../src/ingest/vocabulary';
import { startTestApi, type TestApi } from '../../support/api';

const SOURCE_ID = 'sco-sg-news-conference-2019-03-20';
const TEXT = readFileSync(
  path.join(__dirname, '../../../seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt'),
  'utf8',
);
const words = (text: string): string => text.replace(/\s+/g, ' ');

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface EntityPageView {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: { id: string } }[];
  nodes: {
    id: string;
    kind: string;
    name: string;
    subtype: string | null;
    status: string | null;
    time: { at: { start: string } | null } | null;
  }[];
}

const ENTITIES = `
  query ($kind: [EntityKind!], $filter: EntityFilter, $orderBy: EntityOrder, $first: Int, $after: String) {
    entities(kind: $kind, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
      nodes { id kind name subtype status time { at { start } } }
    }
  }`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.graphql<T>(query, variables);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data;
}

const entities = async (variables: Record<string, unknown>): Promise<EntityPageView> =>
  (await ask<{ entities: EntityPageView }>(ENTITIES, variables)).entities;

async function allPages(
  variables: Record<string, unknown>,
  size: number,
): Promise<{ ids: string[]; pages: EntityPageView[] }> {
  const pages: EntityPageView[] = [];
  let after: string | null = null;
  do {
    const page = await entities({ ...variables, first: size, after });
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && pages.length < 100);
  return { ids: pages.flatMap((p) => p.nodes.map((n) => n.id)), pages };
}

describe('entity', () => {
  it('reads one entity by id, typed by its kind', async () => {
    const data = await ask<{
      entity: { __typename: string; id: string; kind: string; name: string; aliases: string[] };
    }>('{ entity(id: "csto") { __typename id kind name aliases } }');
    expect(data.entity).toEqual({
      __typename: 'Organisation',
      id: 'csto',
      kind: 'ORGANISATION',
      name: 'Collective Security Treaty Organisation',
      aliases: ['CSTO'],
    });
    expect(words(TEXT)).toContain('the Collective Security Treaty Organisation (CSTO)');
  });

  it('answers null for an id no entity has, well-formed or not', async () => {
    const data = await ask<Record<string, unknown>>(
      '{ a: entity(id: "atlantis") { id } b: entity(id: "Not An Id!") { id } c: entity(id: "") { id } }',
    );
    expect(data).toEqual({ a: null, b: null, c: null });
  });
});

describe('entities', () => {
  it('pages through every entity once, in a stable order, with consistent Relay page info', async () => {
    const everything = await entities({ first: 100 });
    const { ids, pages } = await allPages({}, 17);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(everything.totalCount);
    expect(ids.slice(0, 100)).toEqual(everything.nodes.map((n) => n.id));
    expect(everything.totalCount).toBeGreaterThan(100);
    pages.forEach((page, i) => {
      expect(page.totalCount).toBe(everything.totalCount);
      expect(page.pageInfo.hasNextPage).toBe(i < pages.length - 1);
      expect(page.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(page.edges.map((e) => e.node.id)).toEqual(page.nodes.map((n) => n.id));
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor);
    });
    // The same request gives the same page.
    const again = await allPages({}, 17);
    expect(again.ids).toEqual(ids);
  });

  it('orders by name by default, case-insensitively', async () => {
    const { pages } = await allPages({}, 100);
    const names = pages.flatMap((p) => p.nodes.map((n) => n.name.toLowerCase()));
    for (let i = 1; i < names.length; i += 1) expect((names[i - 1] ?? '') <= (names[i] ?? '')).toBe(true);
  });

  it('orders by time, dated first, and by id descending', async () => {
    const byTime = await entities({ kind: ['EVENT'], orderBy: { field: 'TIME', direction: 'ASC' }, first: 100 });
    const starts = byTime.nodes.map((n) => n.time?.at?.start ?? null);
    const dated = starts.filter((s): s is string => s !== null);
    expect(starts.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort());
    expect(starts.slice(dated.length).every((s) => s === null)).toBe(true);
    const byId = await entities({ kind: ['STATE'], orderBy: { field: 'ID', direction: 'DESC' }, first: 100 });
    const stateIds = byId.nodes.map((n) => n.id);
    expect(stateIds).toEqual([...stateIds].sort().reverse());
  });

  it('filters by kind, subtype, status and words of the name or an alias', async () => {
    const states = await entities({ kind: ['STATE'], first: 100 });
    expect(states.nodes.every((n) => n.kind === 'STATE')).toBe(true);
    expect(states.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['kyrgyzstan', 'afghanistan', 'iran']));

    const summits = await entities({ kind: ['EVENT'], filter: { subtype: 'summit' } });
    expect(summits.nodes.map((n) => n.id).sort()).toEqual(['bishkek-summit-2019', 'qingdao-summit-2018']);
    const planned = await entities({ kind: ['EVENT'], filter: { subtype: 'summit', status: 'planned' } });
    expect(planned.nodes.map((n) => n.id)).toEqual(['bishkek-summit-2019']);
    expect(words(TEXT)).toContain('the upcoming SCO Heads of State Council Meeting in Bishkek');

    const byAlias = await entities({ filter: { nameContains: 'csto' } });
    expect(byAlias.nodes.map((n) => n.id)).toEqual(['csto']);
    const qingdao = await entities({ filter: { nameContains: 'Qingdao' } });
    expect(qingdao.nodes.map((n) => n.id).sort()).toEqual(
      ['qingdao', 'qingdao-declaration', 'qingdao-summit-2018', 'qingdao-summit-documents'].sort(),
    );
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
    [{ filter: { nameContains: 'x'.repeat(201) } }, 'filter.nameContains'],
  ])('rejects %j with BAD_USER_INPUT', async (variables, argument) => {
    const { data, errors } = await api.graphql(ENTITIES, variables);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errors?.[0]?.message).not.toMatch(/\n\s+at |Error:|neo4j|Cypher/i);
  });

  it('rejects page sizes over 100 on nested connections too', async () => {
    const { errors } = await api.graphql('{ entity(id: "sco") { relations(first: 101) { totalCount } } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toBe('first must be between 0 and 100, got 101');
  });

  it('gives an empty page past the end', async () => {
    const everything = await entities({ first: 100 });
    const last = await entities({ first: 100, after: everything.pageInfo.endCursor });
    const past = await entities({ first: 10, after: last.pageInfo.endCursor });
    expect(past.nodes).toEqual([]);
    expect(past.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });
});

describe('statistics', () => {
  interface StatisticView {
    id: string;
    value: number;
    bound: string;
    unit: string;
    counts: string;
    subject: { id: string };
    time: { text: string | null } | null;
    evidence: { quote: string; start: number; end: number }[];
  }
  const STATISTICS = `
    query ($subject: ID, $about: String) {
      statistics(subject: $subject, about: $about, first: 100) {
        totalCount nodes { ... on Statistic { id value bound unit counts subject { id } time { text } evidence { quote start end } } }
      }
    }`;

  it('finds the figures about a subject, each quoting the source', async () => {
    const data = await ask<{ statistics: { totalCount: number; nodes: StatisticView[] } }>(STATISTICS, {
      subject: 'rats',
    });
    expect(data.statistics.totalCount).toBe(data.statistics.nodes.length);
    expect(data.statistics.nodes.every((s) => s.subject.id === 'rats')).toBe(true);
    const resources = data.statistics.nodes.find((s) => s.unit === 'online resources');
    expect(resources).toMatchObject({ value: 80000, bound: 'OVER' });
    for (const figure of data.statistics.nodes) {
      for (const evidence of figure.evidence) expect(TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(words(TEXT)).toContain('RATS restricted access to over 80,000 online resources');
  });

  it('finds a figure by the words of what it counts: about 40 percent of the heroin and marijuana', async () => {
    const data = await ask<{ statistics: { nodes: StatisticView[] } }>(STATISTICS, { about: 'heroin' });
    expect(data.statistics.nodes.map((s) => [s.value, s.bound, s.unit, s.subject.id])).toEqual([
      [40, 'ABOUT', 'percent', 'sco'],
    ]);
    expect(words(data.statistics.nodes[0]?.evidence.map((e) => e.quote).join(' ') ?? '')).toContain('about 40 percent');
  });

  it('rejects a malformed subject with BAD_USER_INPUT', async () => {
    const { errors } = await api.graphql(STATISTICS, { subject: 'Not An Id!' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'subject' });
  });
});

describe('passage and sources', () => {
  interface PassageView {
    id: string;
    localId: string;
    kind: string;
    section: string;
    text: string;
    start: number;
    end: number;
    source: { id: string };
    parent: { id: string } | null;
    paragraphs: { id: string }[];
    sentences: { text: string; start: number; end: number }[];
    mentions: { entity: { id: string }; spans: { text: string; start: number; end: number }[] }[];
  }
  const PASSAGE = `
    query ($id: ID!) { passage(id: $id) {
      id localId kind section text start end source { id } parent { id } paragraphs { id }
      sentences { text start end } mentions { entity { id } spans { text start end } }
    } }`;

  it('reads a paragraph by id: its text, sentences and the entities it mentions', async () => {
    const { passage } = await ask<{ passage: PassageView }>(PASSAGE, { id: `${SOURCE_ID}#q3.p2` });
    expect(passage).toMatchObject({
      localId: 'q3.p2',
      kind: 'PARAGRAPH',
      section: '3',
      source: { id: SOURCE_ID },
      parent: { id: `${SOURCE_ID}#q3` },
      paragraphs: [],
    });
    expect(TEXT.slice(passage.start, passage.end)).toBe(passage.text);
    expect(words(passage.text)).toContain(
      'Cooperation documents are also being worked out with the World Tourism Organisation',
    );
    expect(passage.sentences.length).toBe(4);
    for (const sentence of passage.sentences) {
      expect(TEXT.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.start).toBeGreaterThanOrEqual(passage.start);
      expect(sentence.end).toBeLessThanOrEqual(passage.end);
    }
    const mentioned = passage.mentions.map((m) => m.entity.id);
    expect(mentioned).toEqual(
      expect.arrayContaining(['sco', 'un', 'cis', 'csto', 'osce', 'world-tourism-organisation', 'unece']),
    );
    for (const span of passage.mentions.flatMap((m) => m.spans)) {
      expect(TEXT.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('reads a section with its paragraphs in order', async () => {
    const { passage } = await ask<{ passage: PassageView }>(PASSAGE, { id: `${SOURCE_ID}#q5` });
    expect(passage.kind).toBe('SECTION');
    expect(passage.parent).toBeNull();
    expect(passage.paragraphs.map((p) => p.id)).toEqual([1, 2, 3, 4, 5].map((n) => `${SOURCE_ID}#q5.p${n}`));
    expect(words(passage.text)).toContain(
      "The question of Afghanistan's full membership in the SCO is not currently being considered",
    );
  });

  it('answers null for a passage id that does not exist or is malformed', async () => {
    const data = await ask<Record<string, unknown>>(
      `{ a: passage(id: "${SOURCE_ID}#q99.p1") { id } b: passage(id: "no such thing") { id } }`,
    );
    expect(data).toEqual({ a: null, b: null });
  });

  it('lists the source with its full text and its sections, each with its paragraphs', async () => {
    interface SourceView {
      id: string;
      title: string;
      date: string;
      publisher: string;
      kind: string;
      language: string;
      text: string;
      sections: {
        localId: string;
        kind: string;
        start: number;
        end: number;
        text: string;
        paragraphs: {
          localId: string;
          kind: string;
          start: number;
          end: number;
          text: string;
          parent: { localId: string };
        }[];
      }[];
    }
    const { sources } = await ask<{ sources: SourceView[] }>(`{ sources {
      id title date publisher kind language text
      sections { localId kind start end text paragraphs { localId kind start end text parent { localId } } }
    } }`);
    expect(sources).toHaveLength(1);
    const [source] = sources;
    if (!source) throw new Error('no source');
    expect(source).toMatchObject({ id: SOURCE_ID, date: '2019-03-20', publisher: 'SCO Secretariat', language: 'en' });
    expect(source.text).toBe(TEXT);
    expect(source.sections.map((s) => s.localId)).toEqual([
      'title',
      'lead',
      ...Array.from({ length: 14 }, (_, i) => `q${i + 1}`),
    ]);
    let previousEnd = -1;
    for (const section of source.sections) {
      expect(section.kind).toBe('SECTION');
      expect(section.start).toBeGreaterThan(previousEnd);
      previousEnd = section.end;
      expect(TEXT.slice(section.start, section.end)).toBe(section.text);
      expect(section.paragraphs.length).toBeGreaterThan(0);
      section.paragraphs.forEach((paragraph, i) => {
        expect(paragraph).toMatchObject({
          localId: `${section.localId}.p${i + 1}`,
          kind: 'PARAGRAPH',
          parent: { localId: section.localId },
        });
        expect(TEXT.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
        expect(paragraph.start).toBeGreaterThanOrEqual(section.start);
        expect(paragraph.end).toBeLessThanOrEqual(section.end);
      });
    }
    // Question 14's answer is the last paragraph of the text.
    expect(words(source.sections[15]?.paragraphs.at(-1)?.text ?? '')).toContain(
      'We will meet with representatives of the CIS and CSTO',
    );
  });
});

describe('relationTypes', () => {
  interface TypeInfo {
    type: string;
    description: string;
    fromKinds: string[];
    toKinds: string[];
    statuses: string[];
  }

  it('lists the whole vocabulary with its endpoints and statuses', async () => {
    const { relationTypes } = await ask<{ relationTypes: TypeInfo[] }>(
      '{ relationTypes { type description fromKinds toKinds statuses } }',
    );
    expect(relationTypes.map((t) => t.type).sort()).toEqual(Object.keys(RELATIONSHIP_TYPES).sort());
    const byType = new Map(relationTypes.map((t) => [t.type, t]));
    expect(byType.get('MEMBER_OF')?.statuses).toEqual(
      expect.arrayContaining(['MEMBER', 'NOT_UNDER_CONSIDERATION', 'QUESTION_ONLY']),
    );
    expect(byType.get('COOPERATION_DOCUMENT_WITH')).toMatchObject({
      fromKinds: ['ORGANISATION'],
      toKinds: ['ORGANISATION'],
      statuses: ['SIGNED', 'BEING_WORKED_OUT'],
    });
    for (const type of [
      'COORDINATES',
      'DRAFTED_BY',
      'MEETING_OF',
      'PRESENTED_AT',
      'PRESENTED_BY',
      'TAKES_PART_IN',
      'APPEALED_TO',
      'CHARACTERISES',
    ]) {
      expect(byType.get(type)?.description).toBeTruthy();
    }
    expect(byType.get('CHARACTERISES')?.statuses).toContain('NOT_A_MILITARY_POLITICAL_BLOC');
  });

  it('every relation in the graph has a status its type allows and endpoints of the allowed kinds', async () => {
    const { relationTypes } = await ask<{ relationTypes: TypeInfo[] }>(
      '{ relationTypes { type description fromKinds toKinds statuses } }',
    );
    const byType = new Map(relationTypes.map((t) => [t.type, t]));
    interface Outgoing {
      entities: {
        pageInfo: PageInfo;
        nodes: {
          relations: {
            totalCount: number;
            nodes: { type: string; status: string; from: { kind: string }; to: { kind: string } }[];
          };
        }[];
      };
    }
    const relations: Outgoing['entities']['nodes'][number]['relations']['nodes'] = [];
    let after: string | null = null;
    do {
      const page: Outgoing = await ask<Outgoing>(
        // 50 entities a page: 50 x 100 relations with both ends is 15,102 of the 20,000 cost limit (100 x 100 is not).
        `query ($after: String, $entities: Int, $relations: Int) { entities(first: $entities, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { relations(first: $relations, direction: OUTGOING) { totalCount nodes { type status from { kind } to { kind } } } } } }`,
        { after, entities: 50, relations: 100 },
      );
      for (const entity of page.entities.nodes) {
        expect(entity.relations.nodes).toHaveLength(entity.relations.totalCount);
        relations.push(...entity.relations.nodes);
      }
      after = page.entities.pageInfo.hasNextPage ? page.entities.pageInfo.endCursor : null;
    } while (after);
    expect(relations.length).toBeGreaterThan(200);
    for (const relation of relations) {
      const info = byType.get(relation.type);
      expect(info?.statuses).toContain(relation.status);
      expect(info?.fromKinds).toContain(relation.from.kind);
      expect(info?.toKinds).toContain(relation.to.kind);
    }
  });
});
