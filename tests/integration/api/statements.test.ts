/**
 * Issue 15: one fact, many sources. The real seeds plus an INVENTED second source (tests/fixtures/second-source,
 * dated 2020-06-15) that restates facts, upgrades a status, contradicts one, disagrees on a date and adds a new
 * fact. Checked against the real Neo4j: one relationship per fact, its statements and their order, the derived
 * status with and without `asOf`, the status history, conflicts, the root `relations` query, undated facts in
 * windows, and bad input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { graphChecksum } from '../../../src/graph/checksum';
import { seedDatabase } from '../../../src/ingest/seed';
import { startTestApi, type TestApi } from '../../support/api';
import { FIRST_SOURCE, SECOND_SOURCE, seedTwoSources, twoSourceFolder } from '../../support/secondSource';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedTwoSources(api.db);
}, 180_000);

afterAll(async () => {
  await api.stop();
});

interface StatementView {
  id: string;
  source: { id: string };
  assertedOn: string;
  status: string;
  timeKnown: string;
  time: { text: string | null } | null;
  evidence: { quote: string; source: { id: string } }[];
  current: boolean;
}

interface RelationView {
  id: string;
  status: string;
  assertedOn: string;
  timeKnown: string;
  asOf: string | null;
  sourceIds: string[];
  evidence: { quote: string }[];
  statements: StatementView[];
  statusHistory: { status: string; previous: string | null; on: string; statement: { id: string } }[];
  conflicts: { kind: string; sides: { says: string; statements: { source: { id: string } }[] }[] }[];
}

const RELATION = `
  id status assertedOn timeKnown asOf sourceIds evidence { quote }
  statements { id source { id } assertedOn status timeKnown time { text } evidence { quote source { id } } current }
  statusHistory { status previous on statement { id } }
  conflicts { kind sides { says statements { source { id } } } }`;

async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.graphql<T>(query, variables);
  expect(errors).toBeUndefined();
  return data as T;
}

async function relationOf(from: string, type: string, to: string, asOf?: string): Promise<RelationView | undefined> {
  const data = await graphql<{ relations: { nodes: RelationView[] } }>(
    `query ($from: ID!, $to: ID!, $asOf: Date) {
       relations(type: [${type}], from: $from, to: $to, asOf: $asOf) { nodes { ${RELATION} } } }`,
    { from, to, asOf: asOf ?? null },
  );
  expect(data.relations.nodes.length).toBeLessThanOrEqual(1);
  return data.relations.nodes[0];
}

describe('a fact that several sources state', () => {
  it('stays one relationship, with one statement per source, newest first', async () => {
    const count = await api.db.read({
      name: 'countIndiaMemberships',
      cypher: `MATCH (:Entity {id: 'india'})-[r:MEMBER_OF]->(:Entity {id: 'sco'}) RETURN count(r) AS n`,
    });
    expect(Number(count.records[0]?.get('n'))).toBe(1);
    const india = await relationOf('india', 'MEMBER_OF', 'sco');
    expect(india?.statements.map((s) => [s.source.id, s.assertedOn, s.status, s.current])).toEqual([
      [SECOND_SOURCE, '2020-06-15', 'MEMBER', true],
      [FIRST_SOURCE, '2019-03-20', 'MEMBER', false],
    ]);
    expect(india?.statements[0]?.evidence.map((e) => e.quote)).toEqual(['India remains a full member of the SCO']);
    expect(india?.sourceIds.sort()).toEqual([SECOND_SOURCE, FIRST_SOURCE].sort());
    // The fact's evidence is every source's, the newest first; the same status twice is no change.
    expect(india?.evidence[0]?.quote).toBe('India remains a full member of the SCO');
    expect(india?.evidence.length).toBe(3);
    expect(india?.statusHistory.map((c) => [c.status, c.on])).toEqual([['MEMBER', '2019-03-20']]);
    expect(india?.conflicts).toEqual([]);
  });

  it('takes its status from the newest source, and the history shows the upgrade', async () => {
    const wto = await relationOf('sco', 'COOPERATION_DOCUMENT_WITH', 'world-tourism-organisation');
    expect(wto).toMatchObject({ status: 'SIGNED', assertedOn: '2020-06-15', timeKnown: 'STATED', asOf: null });
    expect(wto?.statusHistory).toEqual([
      {
        status: 'BEING_WORKED_OUT',
        previous: null,
        on: '2019-03-20',
        statement: { id: `COOPERATION_DOCUMENT_WITH:sco:world-tourism-organisation@${FIRST_SOURCE}` },
      },
      {
        status: 'SIGNED',
        previous: 'BEING_WORKED_OUT',
        on: '2020-06-15',
        statement: { id: `COOPERATION_DOCUMENT_WITH:sco:world-tourism-organisation@${SECOND_SOURCE}` },
      },
    ]);
    expect(wto?.conflicts).toEqual([]);
  });

  it('as of a date, reads only the sources dated on or before it', async () => {
    const in2019 = await relationOf('sco', 'COOPERATION_DOCUMENT_WITH', 'world-tourism-organisation', '2019-12-31');
    expect(in2019).toMatchObject({ status: 'BEING_WORKED_OUT', assertedOn: '2019-03-20', asOf: '2019-12-31' });
    expect(in2019?.timeKnown).toBe('SOURCE_DATE');
    expect(in2019?.statements.map((s) => s.source.id)).toEqual([FIRST_SOURCE]);
    expect(in2019?.evidence.map((e) => e.quote).join(' ')).not.toMatch(/May 2020/);
    const onTheDay = await relationOf('sco', 'COOPERATION_DOCUMENT_WITH', 'world-tourism-organisation', '2020-06-15');
    expect(onTheDay?.status).toBe('SIGNED');
    // Before any source: not known at all.
    expect(await relationOf('sco', 'COOPERATION_DOCUMENT_WITH', 'world-tourism-organisation', '2019-03-19')).toBe(
      undefined,
    );
    // A fact only the later source states is not known before it.
    expect(await relationOf('sco-secretariat', 'COOPERATES_WITH', 'eaeu', '2020-06-14')).toBeUndefined();
    expect((await relationOf('sco-secretariat', 'COOPERATES_WITH', 'eaeu'))?.sourceIds).toEqual([SECOND_SOURCE]);
  });

  it('a status filter applies to the status as of the date', async () => {
    const signed = async (asOf: string | null) =>
      graphql<{ entity: { cooperationDocuments: { nodes: { other: { id: string } }[] } } }>(
        `
          query ($asOf: Date) {
            entity(id: "sco") {
              ... on Organisation {
                cooperationDocuments(status: [SIGNED], asOf: $asOf, first: 100) {
                  nodes {
                    other {
                      id
                    }
                  }
                }
              }
            }
          }
        `,
        { asOf },
      ).then((d) => d.entity.cooperationDocuments.nodes.map((n) => n.other.id));
    expect(await signed(null)).toEqual(expect.arrayContaining(['world-tourism-organisation', 'unece']));
    expect(await signed('2019-12-31')).not.toContain('world-tourism-organisation');
    expect(await signed('2019-12-31')).not.toContain('unece');
  });
});

describe('conflicts', () => {
  const CONFLICTS = `query ($kind: [ConflictKind!], $asOf: Date) {
    conflicts(kind: $kind, asOf: $asOf) { totalCount nodes { ${RELATION} } } }`;
  type Conflicts = { conflicts: { totalCount: number; nodes: RelationView[] } };

  it('lists the facts whose sources disagree, with the statements on each side', async () => {
    const { conflicts } = await graphql<Conflicts>(CONFLICTS);
    expect(conflicts.nodes.map((r) => r.id)).toEqual(['MEMBER_OF:afghanistan:sco', 'MET_WITH:vladimir-norov:asean']);
    expect(conflicts.totalCount).toBe(2);
    const afghanistan = conflicts.nodes[0];
    expect(afghanistan?.status).toBe('APPLICANT');
    expect(afghanistan?.conflicts).toEqual([
      {
        kind: 'NEGATION',
        sides: [
          { says: 'applicant', statements: [{ source: { id: SECOND_SOURCE } }] },
          { says: 'not-under-consideration', statements: [{ source: { id: FIRST_SOURCE } }] },
        ],
      },
    ]);
    const asean = conflicts.nodes[1];
    expect(asean?.conflicts.map((c) => c.kind)).toEqual(['TIME']);
    expect(asean?.conflicts[0]?.sides.map((s) => s.says).sort()).toEqual(['in February', 'in January 2019']);
  });

  it('filters by kind, and as of a date before the second source there is none', async () => {
    const time = await graphql<Conflicts>(CONFLICTS, { kind: ['TIME'] });
    expect(time.conflicts.nodes.map((r) => r.id)).toEqual(['MET_WITH:vladimir-norov:asean']);
    const before = await graphql<Conflicts>(CONFLICTS, { asOf: '2019-12-31' });
    expect(before.conflicts).toEqual({ totalCount: 0, nodes: [] });
  });

  it('a negative statement stays negative: as of 2019 Afghanistan is not under consideration', async () => {
    const in2019 = await relationOf('afghanistan', 'MEMBER_OF', 'sco', '2019-12-31');
    expect(in2019?.status).toBe('NOT_UNDER_CONSIDERATION');
    expect(in2019?.conflicts).toEqual([]);
  });
});

describe('as of a date, across the graph', () => {
  it('the neighbourhood leaves out what no source knew yet and shows the status known then', async () => {
    const NEIGHBOURHOOD = `query ($id: ID!, $asOf: Date) { neighbourhood(id: $id, asOf: $asOf) {
      edges { id status relation { asOf statements { source { id } } } } } }`;
    type Graph = { neighbourhood: { edges: { id: string; status: string; relation: { asOf: string | null } }[] } };
    const now = await graphql<Graph>(NEIGHBOURHOOD, { id: 'eaeu' });
    expect(now.neighbourhood.edges.map((e) => e.id)).toContain('COOPERATES_WITH:sco-secretariat:eaeu');
    const before = await graphql<Graph>(NEIGHBOURHOOD, { id: 'eaeu', asOf: '2020-06-14' });
    expect(before.neighbourhood.edges.map((e) => e.id)).not.toContain('COOPERATES_WITH:sco-secretariat:eaeu');
    expect(before.neighbourhood.edges.length).toBe(now.neighbourhood.edges.length - 1);
    const sco = await graphql<Graph>(NEIGHBOURHOOD, { id: 'world-tourism-organisation', asOf: '2019-12-31' });
    expect(sco.neighbourhood.edges.find((e) => e.id.startsWith('COOPERATION_DOCUMENT_WITH'))).toMatchObject({
      status: 'BEING_WORKED_OUT',
      relation: { asOf: '2019-12-31' },
    });
  });

  it('paths only follow hops known on the date', async () => {
    const PATHS = `query ($asOf: Date) { paths(from: "sco-secretariat", to: "eaeu", maxLength: 1, asOf: $asOf) {
      hops { id asOf } } }`;
    type Paths = { paths: { hops: { id: string; asOf: string | null }[] }[] };
    expect((await graphql<Paths>(PATHS)).paths).toEqual([
      { hops: [{ id: 'COOPERATES_WITH:sco-secretariat:eaeu', asOf: null }] },
    ]);
    expect((await graphql<Paths>(PATHS, { asOf: '2019-12-31' })).paths).toEqual([]);
  });

  it('the timeline as of a day before any source is empty, and as of the first source is all of it', async () => {
    const TIMELINE = `query ($asOf: Date) { timeline(asOf: $asOf, first: 0) { totalCount } }`;
    type Timeline = { timeline: { totalCount: number } };
    const all = (await graphql<Timeline>(TIMELINE)).timeline.totalCount;
    expect(all).toBeGreaterThan(20);
    expect((await graphql<Timeline>(TIMELINE, { asOf: '2019-03-20' })).timeline.totalCount).toBe(all);
    expect((await graphql<Timeline>(TIMELINE, { asOf: '2019-03-19' })).timeline.totalCount).toBe(0);
  });
});

describe('the relations root query', () => {
  const RELATIONS = `query ($type: [RelationType!], $status: [RelationStatus!], $basis: [Basis!], $source: ID,
      $from: ID, $to: ID, $asOf: Date, $holdsOn: TimeFilter, $first: Int, $after: String) {
    relations(type: $type, status: $status, basis: $basis, source: $source, from: $from, to: $to, asOf: $asOf,
              holdsOn: $holdsOn, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id status basis timeKnown from { id } to { id } } } }`;
  type Page = {
    relations: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        id: string;
        status: string;
        basis: string;
        timeKnown: string;
        from: { id: string };
        to: { id: string };
      }[];
    };
  };
  const count = async (cypher: string): Promise<number> =>
    Number((await api.db.read({ name: 'count', cypher })).records[0]?.get('n'));

  it('every fact of one source, in one request', async () => {
    const { relations } = await graphql<Page>(RELATIONS, { source: SECOND_SOURCE });
    expect(relations.totalCount).toBe(6);
    expect(relations.nodes.map((r) => r.id)).toEqual([
      'COOPERATES_WITH:sco-secretariat:eaeu',
      'COOPERATION_DOCUMENT_WITH:sco:unece',
      'COOPERATION_DOCUMENT_WITH:sco:world-tourism-organisation',
      'MEMBER_OF:afghanistan:sco',
      'MEMBER_OF:india:sco',
      'MET_WITH:vladimir-norov:asean',
    ]);
  });

  it('every fact the sources only imply, paged, and the count agrees with Cypher', async () => {
    const implied = await count(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.basis = 'implied' AND coalesce(r.retired, false) = false RETURN count(r) AS n`,
    );
    expect(implied).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { relations }: Page = await graphql<Page>(RELATIONS, { basis: ['IMPLIED'], first: 10, after });
      expect(relations.totalCount).toBe(implied);
      expect(relations.nodes.every((r) => r.basis === 'IMPLIED')).toBe(true);
      seen.push(...relations.nodes.map((r) => r.id));
      if (!relations.pageInfo.hasNextPage) break;
      after = relations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(implied);
    expect(new Set(seen).size).toBe(implied);
  });

  it('filters by type, status and ends', async () => {
    const { relations } = await graphql<Page>(RELATIONS, { type: ['MEMBER_OF'], to: 'sco', status: ['MEMBER'] });
    expect(relations.nodes.map((r) => r.from.id).sort()).toEqual(
      ['china', 'india', 'kazakhstan', 'kyrgyzstan', 'pakistan', 'russia', 'tajikistan', 'uzbekistan'].sort(),
    );
    const all = await count(
      `MATCH (:Entity)-[r]->(:Entity) WHERE coalesce(r.retired, false) = false RETURN count(r) AS n`,
    );
    expect((await graphql<Page>(RELATIONS, { first: 0 })).relations.totalCount).toBe(all);
    const fromNorov = await graphql<Page>(RELATIONS, { from: 'vladimir-norov', type: ['MET_WITH'], first: 100 });
    expect(fromNorov.relations.nodes.every((r) => r.from.id === 'vladimir-norov')).toBe(true);
    expect(fromNorov.relations.nodes.map((r) => r.to.id)).toContain('asean');
    expect((await graphql<Page>(RELATIONS, { from: 'no-such-entity' })).relations.totalCount).toBe(0);
  });

  it('members of the SCO during 2018: the undated memberships come back, marked as known on the source date', async () => {
    const members = (undated?: string) =>
      graphql<Page>(RELATIONS, {
        type: ['MEMBER_OF'],
        to: 'sco',
        status: ['MEMBER'],
        holdsOn: { from: '2018', to: '2018', ...(undated ? { undated } : {}) },
      });
    const included = await members();
    expect(included.relations.totalCount).toBe(8);
    expect(included.relations.nodes.every((r) => r.timeKnown === 'SOURCE_DATE')).toBe(true);
    expect((await members('ON_SOURCE_DATE')).relations.totalCount).toBe(0);
    expect((await members('EXCLUDE')).relations.totalCount).toBe(0);
  });

  it('holds on a window by the stated time: the WTO document was signed in May 2020', async () => {
    const signedIn = async (window: string) =>
      graphql<Page>(RELATIONS, {
        type: ['COOPERATION_DOCUMENT_WITH'],
        holdsOn: { from: window, to: window, undated: 'EXCLUDE' },
      }).then((d) => d.relations.nodes.map((r) => r.id));
    expect(await signedIn('2020-05')).toEqual(['COOPERATION_DOCUMENT_WITH:sco:world-tourism-organisation']);
    expect(await signedIn('2020-07')).toEqual([]);
  });

  it('refuses an asOf that is not a date and a window that ends before it starts, with coded errors', async () => {
    const bad = await api.graphql(RELATIONS, { asOf: '2019-13-01' });
    expect(bad.errors?.[0]?.message).toMatch(/Date must be a day such as "2019-03-20"/);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reversed = await api.graphql(RELATIONS, { holdsOn: { from: '2020', to: '2019' } });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'holdsOn' });
    const badSource = await api.graphql(RELATIONS, { source: 'Robert; DROP' });
    expect(badSource.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'source' });
  });
});

describe('a second fact file with bad statements', () => {
  const FACTS = `facts/${SECOND_SOURCE}.yaml`;
  async function expectRefused(edit: (text: string) => string, message: RegExp): Promise<void> {
    const before = await graphChecksum(api.db);
    const folder = twoSourceFolder((dir) => {
      const file = path.join(dir, FACTS);
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
    });
    try {
      await expect(seedDatabase(api.db, folder.dir)).rejects.toThrow(message);
    } finally {
      folder.remove();
    }
    expect((await graphChecksum(api.db)).checksum).toBe(before.checksum);
  }

  it('citing an unknown source: one clear error, nothing written', async () => {
    await expectRefused(
      (text) => text.replace(`source: ${SECOND_SOURCE}`, 'source: no-such-source'),
      new RegExp(`${FACTS}:\\d+: source: unknown source "no-such-source"`),
    );
  });

  it('a quote that is not verbatim in its source: one clear error, nothing written', async () => {
    await expectRefused(
      (text) =>
        text.replace("'India remains a full member of the SCO'", "'India remains a founding member of the SCO'"),
      /evidence\[0\]\.quote: not found verbatim in passage q1\.p1: "India remains a founding member of the SCO"/,
    );
  });

  it('restating a keyed fact without its key: one clear error, nothing written', async () => {
    await expectRefused(
      (text) =>
        text.replace(
          'relationships:\n',
          `relationships:
  - type: APPEALED_TO
    from: sco
    to: india
    status: made
    evidence:
      - passage: q1.p1
        quote: 'India remains a full member of the SCO'
`,
        ),
      /relationships\[0\]\.key: restates APPEALED_TO:sco:india, which source "sco-sg-news-conference-2019-03-20" states with key "\w+" \(APPEALED_TO:sco:india:\w+\): use the same key/,
    );
  });
});
