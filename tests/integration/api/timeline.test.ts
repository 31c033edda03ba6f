/**
 * Issue 4: time as the source states it. Partial dates ("May 2015", "late August 2018", "2019-Q1") cover ranges
 * of days: a window keeps what overlaps it; relation fields filter by the same rule. Issue 17: each entry says
 * whether it happened, is planned or is only dated by its source, and sorts by the last day it can mean, so that a
 * "this year" plan does not sit among the March 2019 events.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApi, type TestApi } from '../../support/api';

const TEXT = readFileSync(
  path.join(__dirname, '../../../seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt'),
  'utf8',
);
const words = (text: string): string => text.replace(/\s+/g, ' ');

interface DateView {
  value: string;
  precision: string;
  start: string;
  end: string;
}

interface Entry {
  start: string;
  end: string;
  occurrence: 'HAPPENED' | 'PLANNED' | 'SOURCE_DATED';
  precision: string | null;
  reportedOn: string | null;
  entity: { id: string; kind: string; name: string; status: string | null };
  time: { text: string | null; at: DateView | null; from: DateView | null; to: DateView | null } | null;
}

interface TimelineView {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Entry[];
}

const DATE = 'value precision start end';
const TIMELINE = `
  query (
    $from: PartialDate
    $to: PartialDate
    $kinds: [EntityKind!]
    $occurrence: [TimelineOccurrence!]
    $entities: [ID!]
    $asOf: Date
    $first: Int
    $after: String
  ) {
    timeline(
      from: $from, to: $to, kinds: $kinds, occurrence: $occurrence, entities: $entities, asOf: $asOf, first: $first,
      after: $after
    ) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes {
        start end occurrence precision reportedOn entity { id kind name status }
        time { text at { ${DATE} } from { ${DATE} } to { ${DATE} } }
      }
    }
  }`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

async function timeline(variables: Record<string, unknown> = {}): Promise<TimelineView> {
  const { data, errors } = await api.graphql<{ timeline: TimelineView }>(TIMELINE, { first: 100, ...variables });
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.timeline;
}

const ids = (view: TimelineView): string[] => view.nodes.map((n) => n.entity.id);

describe('timeline', () => {
  it('sorts by the last day an entry can mean, the finer of two entries ending the same day first', async () => {
    const all = await timeline();
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.nodes.length).toBeGreaterThan(20);
    // The documented order: last day, then first day latest first, stated dates before source dates, then id.
    const key = (n: Entry) => [n.end, n.start, n.occurrence === 'SOURCE_DATED' ? 1 : 0, n.entity.id] as const;
    const documented = [...all.nodes].sort((a, b) => {
      const [ae, as, asd, aid] = key(a);
      const [be, bs, bsd, bid] = key(b);
      return ae.localeCompare(be) || bs.localeCompare(as) || asd - bsd || aid.localeCompare(bid);
    });
    expect(ids(all)).toEqual(documented.map((n) => n.entity.id));
    for (const entry of all.nodes) {
      expect(['EVENT', 'DOCUMENT']).toContain(entry.entity.kind);
      expect(entry.start <= entry.end).toBe(true);
      // The date as stated is the source's own words.
      if (entry.time?.text) expect(words(TEXT)).toContain(words(entry.time.text));
    }
  });

  it('gives partial dates their range: May 2015 is a month, late August 2018 the 21st to the 31st', async () => {
    const all = await timeline();
    const byId = new Map(all.nodes.map((n) => [n.entity.id, n]));
    expect(words(TEXT)).toContain(
      'in May 2015, President of Russia Vladimir Putin and President of China Xi Jinping signed an agreement',
    );
    expect(byId.get('bri-eaeu-linking-agreement')).toMatchObject({
      start: '2015-05-01',
      end: '2015-05-31',
      time: { text: 'May 2015', at: { value: '2015-05', precision: 'MONTH', start: '2015-05-01', end: '2015-05-31' } },
    });
    expect(words(TEXT)).toContain(
      'Peace Mission 2018 at the Chebarkul training grounds in the Chelyabinsk Region in late August 2018',
    );
    expect(byId.get('peace-mission-2018')).toMatchObject({
      start: '2018-08-21',
      end: '2018-08-31',
      time: { text: 'late August 2018', at: { value: '2018-08-late', precision: 'PART_OF_MONTH' } },
    });
    expect(words(TEXT)).toContain('On 14 March 2019, a joint event');
    expect(byId.get('un-sco-drugs-side-event-2019-03-14')).toMatchObject({
      start: '2019-03-14',
      end: '2019-03-14',
      time: { at: { precision: 'DAY' } },
    });
    expect(byId.get('qingdao-summit-2018')?.time?.at).toMatchObject({ value: '2018-06', precision: 'MONTH' });
    // May 2015 comes before June 2018, before late August 2018, before 14 March 2019, before 20 March 2019.
    const at = (id: string) => ids(all).indexOf(id);
    expect(at('bri-eaeu-linking-agreement')).toBeLessThan(at('qingdao-summit-2018'));
    expect(at('qingdao-summit-2018')).toBeLessThan(at('peace-mission-2018'));
    expect(at('peace-mission-2018')).toBeLessThan(at('un-sco-drugs-side-event-2019-03-14'));
    expect(at('un-sco-drugs-side-event-2019-03-14')).toBeLessThan(at('norov-news-conference-2019-03-20'));
  });

  it('keeps what overlaps the window: 25-31 August 2018 holds the late-August exercise', async () => {
    const window = await timeline({ from: '2018-08-25', to: '2018-08-31' });
    expect(ids(window)).toEqual(['peace-mission-2018']);
    const justBefore = await timeline({ from: '2018-08-01', to: '2018-08-20' });
    expect(ids(justBefore)).not.toContain('peace-mission-2018');
  });

  it('takes partial dates as window ends: 2019-Q1 is January to March 2019', async () => {
    const q1 = await timeline({ from: '2019-Q1', to: '2019-Q1' });
    expect(ids(q1)).toEqual(
      expect.arrayContaining([
        'norov-visit-asean-2019-02',
        'un-sco-drugs-side-event-2019-03-14',
        'norov-news-conference-2019-03-20',
      ]),
    );
    // "This year" (2019) overlaps the first quarter; June 2018 does not.
    expect(ids(q1)).toContain('bishkek-summit-2019');
    expect(ids(q1)).not.toContain('qingdao-summit-2018');
    for (const entry of q1.nodes) {
      expect(entry.end >= '2019-01-01' && entry.start <= '2019-03-31').toBe(true);
    }
    const afterThe14th = await timeline({ from: '2019-03-15' });
    expect(ids(afterThe14th)).not.toContain('un-sco-drugs-side-event-2019-03-14');
    expect(ids(afterThe14th)).toContain('norov-news-conference-2019-03-20');
    const until2015 = await timeline({ to: '2015' });
    expect(ids(until2015).sort()).toEqual(['bri-eaeu-linking-agreement', 'sco-development-strategy-2025']);
  });

  it('filters by kind', async () => {
    const documents = await timeline({ kinds: ['DOCUMENT'] });
    expect(documents.nodes.every((n) => n.entity.kind === 'DOCUMENT')).toBe(true);
    expect(ids(documents)).toContain('qingdao-declaration');
    expect(ids(documents)).not.toContain('qingdao-summit-2018');
  });

  it('pages through the same order without gaps or duplicates', async () => {
    const all = await timeline();
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const view = await timeline({ first: 7, after });
      expect(view.totalCount).toBe(all.totalCount);
      paged.push(...ids(view));
      if (!view.pageInfo.hasNextPage) break;
      after = view.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids(all));
  });

  it('rejects a window that ends before it starts, and dates that do not exist', async () => {
    const backwards = await api.graphql(TIMELINE, { from: '2019-05', to: '2019-01' });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const bad of ['2019-13', '2019-02-30', '2019-Q5', 'late August', '20190301']) {
      const { errors } = await api.graphql(TIMELINE, { from: bad });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).not.toMatch(/\n\s+at /);
    }
    // Written into the query rather than passed as a variable, the bad date fails validation, with the reason.
    const literal = await api.graphql('{ timeline(from: "2019-13") { totalCount } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toContain('month 13 does not exist');
  });
});

describe('timeline: happened, planned or only dated by the source (issue 17)', () => {
  it('every entry says how it is known; a "2019" plan is PLANNED, a March 2019 event HAPPENED', async () => {
    const all = await timeline();
    const byId = new Map(all.nodes.map((n) => [n.entity.id, n]));
    for (const entry of all.nodes) expect(['HAPPENED', 'PLANNED', 'SOURCE_DATED']).toContain(entry.occurrence);
    expect(words(TEXT)).toContain('Regarding the upcoming SCO Heads of State Council Meeting in Bishkek');
    expect(byId.get('bishkek-summit-2019')).toMatchObject({
      occurrence: 'PLANNED',
      precision: 'YEAR',
      start: '2019-01-01',
      end: '2019-12-31',
      reportedOn: '2019-03-20',
      time: { text: 'this year' },
    });
    expect(byId.get('un-sco-drugs-side-event-2019-03-14')).toMatchObject({ occurrence: 'HAPPENED', precision: 'DAY' });
    expect(byId.get('qingdao-summit-2018')).toMatchObject({ occurrence: 'HAPPENED', precision: 'MONTH' });
    // No status: dated 14 March 2019 in a source of 20 March 2019, so it had happened.
    expect(byId.get('cnd-joint-statement-2019')).toMatchObject({ occurrence: 'HAPPENED', entity: { status: null } });
    // Every planned entry is planned by its status or by a date after its source's.
    for (const entry of all.nodes.filter((n) => n.occurrence === 'PLANNED')) {
      const byStatus = ['planned', 'being-drafted'].includes(entry.entity.status ?? '');
      expect(byStatus || (entry.reportedOn !== null && entry.start > entry.reportedOn)).toBe(true);
    }
  });

  it("an undated event sits on its source's date as SOURCE_DATED, with no stated time or precision", async () => {
    const all = await timeline();
    const byId = new Map(all.nodes.map((n) => [n.entity.id, n]));
    expect(words(TEXT)).toContain('two fruitful meetings have already been held in Moscow and Beijing');
    expect(byId.get('contact-group-meeting-moscow')).toMatchObject({
      occurrence: 'SOURCE_DATED',
      start: '2019-03-20',
      end: '2019-03-20',
      reportedOn: '2019-03-20',
      precision: null,
      time: null,
      entity: { status: 'held' },
    });
    // "The third one currently being planned": still SOURCE_DATED (no date), its status says planned.
    expect(byId.get('contact-group-meeting-third')).toMatchObject({
      occurrence: 'SOURCE_DATED',
      entity: { status: 'planned' },
    });
    for (const entry of all.nodes) {
      expect(entry.occurrence === 'SOURCE_DATED').toBe(
        entry.time === null || (entry.time.at === null && entry.time.from === null && entry.time.to === null),
      );
    }
  });

  it('in March 2019 the events that happened come before the year-only plans, not after them', async () => {
    const march = await timeline({ from: '2019-03', to: '2019-03' });
    const happened = march.nodes.filter((n) => n.occurrence === 'HAPPENED' && n.precision === 'DAY');
    const yearPlans = march.nodes.filter((n) => n.occurrence === 'PLANNED' && n.precision === 'YEAR');
    expect(happened.map((n) => n.entity.id)).toEqual(
      expect.arrayContaining(['un-sco-drugs-side-event-2019-03-14', 'norov-news-conference-2019-03-20']),
    );
    expect(yearPlans.length).toBeGreaterThanOrEqual(10);
    const at = (n: Entry) => ids(march).indexOf(n.entity.id);
    const lastHappened = Math.max(...happened.map(at));
    const firstYearPlan = Math.min(...yearPlans.map(at));
    expect(lastHappened).toBeLessThan(firstYearPlan);
    // The first page of March is March's events, not "some time in 2019".
    const firstPage = await timeline({ from: '2019-03', to: '2019-03', first: 3 });
    expect(firstPage.nodes.map((n) => n.precision)).toEqual(['DAY', 'DAY', 'DAY']);
  });

  it('filters by occurrence: HAPPENED leaves out plans, PLANNED keeps only them', async () => {
    const all = await timeline();
    const happened = await timeline({ occurrence: ['HAPPENED'] });
    const planned = await timeline({ occurrence: ['PLANNED'] });
    const sourceDated = await timeline({ occurrence: ['SOURCE_DATED'] });
    expect(happened.nodes.every((n) => n.occurrence === 'HAPPENED')).toBe(true);
    expect(planned.nodes.every((n) => n.occurrence === 'PLANNED')).toBe(true);
    expect(ids(happened)).toContain('qingdao-summit-2018');
    expect(ids(happened)).not.toContain('bishkek-summit-2019');
    expect(ids(planned)).toContain('bishkek-summit-2019');
    const count = (o: string) => all.nodes.filter((n) => n.occurrence === o).length;
    expect(happened.totalCount).toBe(count('HAPPENED'));
    expect(planned.totalCount).toBe(count('PLANNED'));
    expect(sourceDated.totalCount).toBe(count('SOURCE_DATED'));
    expect(happened.totalCount + planned.totalCount + sourceDated.totalCount).toBe(all.totalCount);
    for (const view of [happened, planned, sourceDated]) expect(view.totalCount).toBeGreaterThan(0);
    const both = await timeline({ occurrence: ['HAPPENED', 'PLANNED'] });
    expect(both.totalCount).toBe(happened.totalCount + planned.totalCount);
    // Empty: no filter.
    expect((await timeline({ occurrence: [] })).totalCount).toBe(all.totalCount);
  });

  it('filters by entity ids, and rejects a bad id or too many with BAD_USER_INPUT', async () => {
    const some = await timeline({ entities: ['bishkek-summit-2019', 'qingdao-summit-2018', 'sco'] });
    expect(ids(some)).toEqual(['qingdao-summit-2018', 'bishkek-summit-2019']);
    const bad = await api.graphql(TIMELINE, { entities: ['Not An Id'] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'entities' });
    const tooMany = await api.graphql(TIMELINE, { entities: Array.from({ length: 101 }, (_, i) => `e-${i}`) });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'entities' });
  });

  it('asOf the day before the source, nothing it reports is on the timeline, dated or not', async () => {
    expect((await timeline({ asOf: '2019-03-19' })).totalCount).toBe(0);
    const onTheDay = await timeline({ asOf: '2019-03-20' });
    expect(onTheDay.totalCount).toBe((await timeline()).totalCount);
  });
});

interface RelationTimeView {
  id: string;
  other: { id: string };
  timeKnown: string;
  time: { text: string | null; at: DateView | null; from: DateView | null; to: DateView | null } | null;
}

async function relations(id: string, field: string): Promise<RelationTimeView[]> {
  const { data, errors } = await api.graphql<{ entity: { answer: { nodes: RelationTimeView[] } } }>(
    `query ($id: ID!) { entity(id: $id) { answer: ${field} { nodes {
        id other { id } timeKnown time { text at { ${DATE} } from { ${DATE} } to { ${DATE} } }
    } } } }`,
    { id },
  );
  expect(errors).toBeUndefined();
  return data?.entity.answer.nodes ?? [];
}

describe('relations in a time window', () => {
  it('the SCO had contacts with UN agencies in the first quarter of 2019', async () => {
    const q1 = await relations(
      'sco',
      'relations(type: [COOPERATES_WITH], status: [CONTACTS], during: { from: "2019-Q1", to: "2019-Q1" })',
    );
    const contacts = q1.find((r) => r.time?.at?.value === '2019-Q1');
    expect(contacts?.other.id).toBe('un');
    expect(contacts?.time).toMatchObject({
      text: 'In the first quarter of this year alone',
      at: { precision: 'QUARTER', start: '2019-01-01', end: '2019-03-31' },
    });
    expect(words(TEXT)).toContain('In the first quarter of this year alone, the SCO had contacts with UN agencies');
    const later = await relations('sco', 'relations(type: [COOPERATES_WITH], during: { from: "2019-04" })');
    expect(later.map((r) => r.id)).not.toContain(contacts?.id);
  });

  it('an undated relation is only known to hold on the day the source asserts it, and says so', async () => {
    const members = 'relations(type: [MEMBER_OF], status: [MEMBER], direction: INCOMING';
    const onTheDay = await relations('sco', `${members}, during: { from: "2019-03-20", to: "2019-03-20" })`);
    expect(onTheDay).toHaveLength(8);
    expect(onTheDay.every((r) => r.time === null)).toBe(true);
    // Outside that day it still comes back by default (issue 15), marked by how its time is known...
    const before = await relations('sco', `${members}, during: { to: "2019-03-19" })`);
    expect(before.map((r) => r.timeKnown)).toEqual(Array(8).fill('SOURCE_DATE'));
    // ... or only on that day, or never, as the caller asks.
    const strictBefore = await relations('sco', `${members}, during: { to: "2019-03-19", undated: ON_SOURCE_DATE })`);
    expect(strictBefore).toHaveLength(0);
    const strictAfter = await relations('sco', `${members}, during: { from: "2019-03-21", undated: ON_SOURCE_DATE })`);
    expect(strictAfter).toHaveLength(0);
    const strictOnTheDay = await relations(
      'sco',
      `${members}, during: { from: "2019-03-20", to: "2019-03-20", undated: ON_SOURCE_DATE })`,
    );
    expect(strictOnTheDay).toHaveLength(8);
    const datedOnly = await relations('sco', `${members}, during: { from: "2019-03-20", undated: EXCLUDE })`);
    expect(datedOnly).toHaveLength(0);
  });

  it('rejects a window that ends before it starts with BAD_USER_INPUT', async () => {
    const { data, errors } = await api.graphql(
      '{ entity(id: "sco") { relations(during: { from: "2019-05", to: "2019-01" }) { totalCount } } }',
    );
    expect(data).toEqual({ entity: null });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'during' });
  });

  describe('periods open at one end', () => {
    // Test-only facts: "since June 2018" (no end) and "until December 2018" (no start), removed afterwards.
    const SINCE = 'PRESIDES:kyrgyzstan:sco:test-since-2018-06';
    const UNTIL = 'PRESIDES:kyrgyzstan:sco:test-until-2018-12';

    beforeAll(async () => {
      await api.db.writeTransaction('test-open-periods', (run) =>
        run(
          {
            name: 'test-open-periods',
            cypher: `
              MATCH (a:Entity {id: 'kyrgyzstan'})-[seeded:PRESIDES {key: 'PRESIDES:kyrgyzstan:sco'}]->(b:Entity {id: 'sco'})
              CREATE (a)-[since:PRESIDES]->(b) SET since = properties(seeded)
              SET since.key = $since, since.testOnly = true, since.timeText = 'since June 2018',
                  since.fromValue = '2018-06', since.fromPrecision = 'month', since.fromStart = '2018-06-01',
                  since.fromEnd = '2018-06-30', since.timeStart = '2018-06-01'
              CREATE (a)-[until:PRESIDES]->(b) SET until = properties(seeded)
              SET until.key = $until, until.testOnly = true, until.timeText = 'until December 2018',
                  until.toValue = '2018-12', until.toPrecision = 'month', until.toStart = '2018-12-01',
                  until.toEnd = '2018-12-31', until.timeEnd = '2018-12-31'`,
          },
          { since: SINCE, until: UNTIL },
        ),
      );
    });

    afterAll(async () => {
      await api.db.writeTransaction('test-open-periods-remove', (run) =>
        run({ name: 'test-open-periods-remove', cypher: 'MATCH ()-[r {testOnly: true}]->() DELETE r' }),
      );
    });

    it('"since June 2018" holds in 2019 and not in 2017', async () => {
      const in2019 = await relations(
        'kyrgyzstan',
        'relations(type: [PRESIDES], during: { from: "2019-01", to: "2019-01" })',
      );
      expect(in2019.map((r) => r.id)).toContain(SINCE);
      const since = in2019.find((r) => r.id === SINCE);
      expect(since?.time).toMatchObject({ from: { value: '2018-06', start: '2018-06-01' }, to: null, at: null });
      const in2017 = await relations('kyrgyzstan', 'relations(type: [PRESIDES], during: { from: "2017", to: "2017" })');
      expect(in2017.map((r) => r.id)).not.toContain(SINCE);
    });

    it('"until December 2018" holds in 2017 and mid-2018, not in 2019', async () => {
      const mid2018 = await relations(
        'kyrgyzstan',
        'relations(type: [PRESIDES], during: { from: "2018-06", to: "2018-06", undated: EXCLUDE })',
      );
      expect(mid2018.map((r) => r.id).sort()).toEqual([SINCE, UNTIL].sort());
      // Kyrgyzstan's undated presidency (known only on the 2019 source date) is left out: dated periods only.
      const in2017 = await relations(
        'kyrgyzstan',
        'relations(type: [PRESIDES], during: { to: "2017", undated: EXCLUDE })',
      );
      expect(in2017.map((r) => r.id)).toEqual([UNTIL]);
      const in2019 = await relations('kyrgyzstan', 'relations(type: [PRESIDES], during: { from: "2019" })');
      expect(in2019.map((r) => r.id)).not.toContain(UNTIL);
    });
  });
});
