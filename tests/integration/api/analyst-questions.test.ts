/**
 * Issue 4: every analyst question of the reviewer's checklist (tests/fixtures/completeness.yaml, written from the
 * text independently of the seeds), asked through the API rather than through Cypher: the generic `relations`
 * field for relationships, the `statistics` root field for figures.
 */
import {
  checklist,
  isStatisticQuestion,
  type RelationshipQuestion,
  type StatisticQuestion,
} from '../../support/checklist';
import { startTestApi, type TestApi } from '../../support/api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

const enumName = (value: string): string => value.toUpperCase().replace(/-/g, '_');

interface RelationView {
  id: string;
  status: string;
  role: string | null;
  other: { id: string };
  evidence: { quote: string }[];
}

const RELATIONS = `
  query ($id: ID!, $type: RelationType!, $status: [RelationStatus!], $direction: Direction!) {
    entity(id: $id) {
      relations(type: [$type], status: $status, direction: $direction, first: 100) {
        totalCount nodes { id status role other { id } evidence { quote } }
      }
    }
  }`;

const relationshipQuestions = checklist.questions.filter((q): q is RelationshipQuestion => !isStatisticQuestion(q));
const statisticQuestions = checklist.questions.filter(isStatisticQuestion);

describe('relationship questions, through the relations field', () => {
  it.each(relationshipQuestions.map((q) => [q.question, q] as const))('%s', async (_question, q) => {
    const id = q.from ?? q.to;
    if (!id) throw new Error(`question "${q.question}" names neither end`);
    const { data, errors } = await api.graphql<{
      entity: { relations: { totalCount: number; nodes: RelationView[] } } | null;
    }>(RELATIONS, {
      id,
      type: q.type,
      status: q.status ? [enumName(q.status)] : null,
      direction: q.from ? 'OUTGOING' : 'INCOMING',
    });
    expect(errors).toBeUndefined();
    const relations = (data?.entity?.relations.nodes ?? [])
      .filter((r) => q.role === undefined || r.role === q.role)
      .filter((r) => q.key === undefined || r.id.endsWith(`:${q.key}`));
    expect([...new Set(relations.map((r) => r.other.id))].sort()).toEqual([...q.expect].sort());
    for (const relation of relations) {
      if (q.status) expect(relation.status).toBe(enumName(q.status));
      expect(relation.evidence.length).toBeGreaterThan(0);
    }
  });
});

interface StatisticView {
  id: string;
  value: number;
  bound: string;
  unit: string;
  counts: string;
  total: number | null;
  time: {
    text: string | null;
    at: { value: string } | null;
    from: { value: string } | null;
    to: { value: string } | null;
  } | null;
}

describe('figures, through the statistics root field', () => {
  it.each(statisticQuestions.map((q) => [q.question, q] as const))('%s', async (_question, q: StatisticQuestion) => {
    const { data, errors } = await api.graphql<{ statistics: { nodes: StatisticView[] } }>(
      `query ($subject: ID!) { statistics(subject: $subject, first: 100) { nodes { ... on Statistic {
          id value bound unit counts total time { text at { value } from { value } to { value } }
      } } } }`,
      { subject: q.statistic.subject },
    );
    expect(errors).toBeUndefined();
    const matching = (data?.statistics.nodes ?? []).filter(
      (s) => s.unit === q.statistic.unit && (q.statistic.counts === undefined || s.counts === q.statistic.counts),
    );
    expect(matching).toHaveLength(1);
    const [figure] = matching;
    expect(figure).toMatchObject({ value: q.expect.value, bound: enumName(q.expect.bound) });
    if (q.expect.total !== undefined) expect(figure?.total).toBe(q.expect.total);
    if (q.expect.date !== undefined) expect(figure?.time?.at?.value).toBe(q.expect.date);
    if (q.expect.dateText !== undefined) expect(figure?.time?.text).toBe(q.expect.dateText);
    if (q.expect.period?.from !== undefined) expect(figure?.time?.from?.value).toBe(q.expect.period.from);
    if (q.expect.period?.to !== undefined) expect(figure?.time?.to?.value).toBe(q.expect.period.to);
  });
});
