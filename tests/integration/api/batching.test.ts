/**
 * Issue 4: no N+1. Nested fields are fetched per level for all parents at once, so the number of Cypher round
 * trips of a request depends on the depth of the query, not on how many entities it returns.
 */
import { loadConfig } from '../../../src/config';
import { startTestApi, type TestApi } from '../../support/api';

let api: TestApi;

beforeAll(async () => {
  // The subject is round trips, not limits: 40 entities three levels deep estimate past the default cost limit
  // (20,000; tests/integration/limits.test.ts covers it), so this server allows more.
  const limits = loadConfig({}).limits;
  api = await startTestApi({ config: { limits: { ...limits, maxCost: 100_000 } } });
});

afterAll(async () => {
  await api.stop();
});

interface Counted {
  roundTrips: number;
  entities: number;
  relations: number;
  members: number;
}

async function countRoundTrips(query: string, variables: Record<string, unknown>): Promise<Counted> {
  api.db.roundTrips = 0;
  const { data, errors } = await api.graphql<{
    entities: {
      nodes: { relations: { nodes: { other: { members?: { nodes: { other: { name: string } }[] } } }[] } }[];
    };
  }>(query, variables);
  const roundTrips = api.db.roundTrips;
  expect(errors).toBeUndefined();
  const nodes = data?.entities.nodes ?? [];
  const relations = nodes.flatMap((n) => n.relations.nodes);
  return {
    roundTrips,
    entities: nodes.length,
    relations: relations.length,
    members: relations.flatMap((r) => r.other.members?.nodes ?? []).length,
  };
}

const THREE_LEVELS = `
  query ($first: Int) {
    entities(first: $first) { nodes { id
      relations { nodes { id evidence { quote passage { id } }
        other { id ... on Organisation { members { nodes { other { name } } } } }
      } }
    } }
  }`;

describe('round trips per request', () => {
  it('do not grow with the number of entities: 5 and 40 entities, three levels deep', async () => {
    const five = await countRoundTrips(THREE_LEVELS, { first: 5 });
    const forty = await countRoundTrips(THREE_LEVELS, { first: 40 });
    expect(five.entities).toBe(5);
    expect(forty.entities).toBe(40);
    // The larger request really does more work at every level ...
    expect(forty.relations).toBeGreaterThan(five.relations);
    expect(forty.members).toBeGreaterThan(0);
    // ... with the same number of queries: one per level and field, whatever the number of parents.
    expect(forty.roundTrips).toBe(five.roundTrips);
    expect(forty.roundTrips).toBeLessThanOrEqual(8);
  });

  it('typed fields of many entities are batched as well', async () => {
    // By id, the first five already hold states and organisations with relations, figures and mentions: both
    // requests run every field at every level.
    const query = `
      query ($first: Int) {
        entities(kind: [ORGANISATION, STATE], orderBy: { field: ID }, first: $first) { nodes {
          ... on Organisation { bodies { nodes { other { id } } } cooperationDocuments { nodes { other { name } } } }
          ... on State { memberships { nodes { other { name } } } presidencies { totalCount } }
          statistics { nodes { ... on Statistic { value subject { id } } } }
          mentions(first: 3) { nodes { passage { id } spans { text } } }
        } }
      }`;
    api.db.roundTrips = 0;
    expect((await api.graphql(query, { first: 5 })).errors).toBeUndefined();
    const few = api.db.roundTrips;
    api.db.roundTrips = 0;
    expect((await api.graphql(query, { first: 45 })).errors).toBeUndefined();
    expect(api.db.roundTrips).toBe(few);
  });
});
