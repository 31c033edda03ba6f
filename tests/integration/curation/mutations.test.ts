/**
 * Each curation mutation on the real Neo4j: the happy path, and the seed loader's validation rules refusing bad
 * input with BAD_USER_INPUT naming the field while the graph stays exactly as it was.
 */
import { graphChecksum } from '../../../src/graph/checksum';
import { startTestApi, type TestApi } from '../../support/api';
import { resetAndSeed } from '../../support/db';
import { editorToken, testAuth } from '../../support/tokens';

const SOURCE = 'sco-sg-news-conference-2019-03-20';
const QUOTE = { passage: 'q9.p6', quote: 'three EAEU countries are also SCO members' };

const ADD_ENTITY = `mutation($input: EntityInput!) { addEntity(input: $input) { id name aliases kind status } }`;
const UPDATE_ENTITY = `mutation($input: EntityInput!) { updateEntity(input: $input) { id description aliases } }`;
const ADD_RELATION = `mutation($input: RelationInput!) {
  addRelation(input: $input) { id status curated from { id } to { id } evidence { quote passage { id } } } }`;
const SET_STATUS = `mutation($id: ID!, $status: RelationStatus!, $evidence: [EvidenceInput!]!) {
  setRelationStatus(id: $id, status: $status, evidence: $evidence) { id status curated evidence { quote } } }`;
const RETIRE = `mutation($id: ID!, $reason: String!) {
  retireRelation(id: $id, reason: $reason) { id retired { by reason at } } }`;

const newOrganisation = {
  id: 'eurasian-test-forum',
  kind: 'ORGANISATION',
  name: 'Eurasian Test Forum',
  aliases: ['ETF'],
  description: 'A body added by an analyst in a test.',
  status: 'active',
};
const cooperation = {
  type: 'COOPERATES_WITH',
  from: 'cis',
  to: 'csto',
  status: 'CONTACTS',
  source: SOURCE,
  evidence: [QUOTE],
};

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ config: { auth: testAuth() } });
  token = await editorToken('curator-cy');
});
afterAll(async () => {
  // Leave the shared database as the seeds make it.
  await resetAndSeed(api.db);
  await api.stop();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

/** Runs a mutation that must fail; returns its error after checking the graph did not move. */
async function refused(query: string, variables: Record<string, unknown>, code = 'BAD_USER_INPUT') {
  const before = await graphChecksum(api.db);
  const response = await api.graphql(query, variables, { token });
  const errors: Errors = response.errors;
  expect(errors?.[0]?.extensions?.code).toBe(code);
  expect(await graphChecksum(api.db)).toEqual(before);
  return errors?.[0] ?? { message: '', extensions: {} };
}

describe('addEntity / updateEntity', () => {
  it('adds an entity, curated, readable at once', async () => {
    const response = await api.graphql(ADD_ENTITY, { input: newOrganisation }, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      addEntity: {
        id: 'eurasian-test-forum',
        name: 'Eurasian Test Forum',
        aliases: ['ETF'],
        kind: 'ORGANISATION',
        status: 'active',
      },
    });
    const read = await api.graphql(`{ entity(id: "eurasian-test-forum") { name } }`);
    expect(read.data).toEqual({ entity: { name: 'Eurasian Test Forum' } });
  });

  it('updates an entity in place', async () => {
    const response = await api.graphql(
      UPDATE_ENTITY,
      { input: { ...newOrganisation, description: 'Corrected description.', aliases: ['ETF', 'Test Forum'] } },
      { token },
    );
    expect(response.data).toEqual({
      updateEntity: {
        id: 'eurasian-test-forum',
        description: 'Corrected description.',
        aliases: ['ETF', 'Test Forum'],
      },
    });
  });

  it('refuses an alias another entity claims (one name, one entity)', async () => {
    const error = await refused(ADD_ENTITY, {
      input: { ...newOrganisation, id: 'another-forum', name: 'Another', aliases: ['CSTO'] },
    });
    expect(error.extensions?.argument).toBe('input.aliases[0]');
    expect(error.message).toContain('"CSTO" already names entity "csto"');
  });

  it('refuses a status the kind does not allow, a bad id and an existing id', async () => {
    expect(
      (
        await refused(ADD_ENTITY, {
          input: { ...newOrganisation, id: 'x-forum', name: 'X Forum', aliases: [], status: 'held' },
        })
      ).extensions?.argument,
    ).toBe('input.status');
    expect(
      (await refused(ADD_ENTITY, { input: { ...newOrganisation, id: 'Not A Slug', name: 'Y', aliases: [] } }))
        .extensions?.argument,
    ).toBe('input.id');
    expect((await refused(ADD_ENTITY, { input: newOrganisation })).extensions?.argument).toBe('input.id');
  });

  it('refuses a statistic quote that is not verbatim', async () => {
    const error = await refused(ADD_ENTITY, {
      input: {
        id: 'eaeu-members-in-sco',
        kind: 'STATISTIC',
        name: 'EAEU countries in the SCO',
        description: 'A figure.',
        value: 3,
        bound: 'EXACTLY',
        unit: 'countries',
        counts: 'EAEU countries that are SCO members',
        subject: 'sco',
        evidence: [{ passage: 'q9.p6', quote: 'three EAEU states are also SCO members' }],
      },
    });
    expect(error.extensions?.argument).toBe('input.evidence[0].quote');
    expect(error.message).toContain('not found verbatim in passage q9.p6');
  });

  it('answers NOT_FOUND for updating an unknown entity', async () => {
    await refused(
      UPDATE_ENTITY,
      { input: { ...newOrganisation, id: 'no-such-entity', name: 'Nobody', aliases: [] } },
      'NOT_FOUND',
    );
  });
});

describe('addRelation', () => {
  it('adds a relation with its evidence, the quote stored as the source has it', async () => {
    const response = await api.graphql(ADD_RELATION, { input: cooperation }, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      addRelation: {
        id: 'COOPERATES_WITH:cis:csto',
        status: 'CONTACTS',
        curated: true,
        from: { id: 'cis' },
        to: { id: 'csto' },
        evidence: [
          {
            quote: expect.stringMatching(/^three\sEAEU\scountries\sare\salso\sSCO\smembers$/u),
            passage: { id: `${SOURCE}#q9.p6` },
          },
        ],
      },
    });
  });

  it.each([
    [
      'a quote that is not verbatim',
      { evidence: [{ passage: 'q9.p6', quote: 'three EAEU countries are SCO members' }] },
      'input.evidence[0].quote',
    ],
    [
      'a passage the source does not have',
      { evidence: [{ passage: 'q99.p1', quote: 'x' }] },
      'input.evidence[0].passage',
    ],
    ['a status the type does not allow', { status: 'SIGNED' }, 'input.status'],
    [
      'an endpoint of the wrong kind',
      { type: 'MEMBER_OF', from: 'vladimir-norov', to: 'sco', status: 'MEMBER' },
      'input.from',
    ],
    ['a period that ends before it starts', { key: 'dated', period: { from: '2020', to: '2019-Q1' } }, 'input.period'],
    ['a duplicate', {}, 'input.key'],
    ['no evidence', { key: 'bare', evidence: [] }, 'input.evidence'],
  ])('refuses %s, naming the field', async (_name, change, field) => {
    const error = await refused(ADD_RELATION, { input: { ...cooperation, ...change } });
    expect(error.extensions?.argument).toBe(field);
  });

  it('refuses a malformed partial date (the PartialDate scalar, dates.ts)', async () => {
    const error = await refused(ADD_RELATION, { input: { ...cooperation, key: 'dated', date: '2019-13' } });
    expect(error.message).toContain('"input.date"');
  });

  it('answers NOT_FOUND for unknown entities and sources', async () => {
    await refused(ADD_RELATION, { input: { ...cooperation, to: 'atlantis' } }, 'NOT_FOUND');
    await refused(ADD_RELATION, { input: { ...cooperation, source: 'no-such-source' } }, 'NOT_FOUND');
  });
});

describe('setRelationStatus / retireRelation', () => {
  it('sets a status with new evidence', async () => {
    const response = await api.graphql(
      SET_STATUS,
      { id: 'COOPERATES_WITH:cis:csto', status: 'DIALOGUE', evidence: [QUOTE] },
      { token },
    );
    expect(response.data).toMatchObject({ setRelationStatus: { status: 'DIALOGUE', curated: true } });
  });

  it('refuses a status the type does not allow and unknown relations', async () => {
    const error = await refused(SET_STATUS, { id: 'MEMBER_OF:russia:sco', status: 'SIGNED', evidence: [QUOTE] });
    expect(error.extensions?.argument).toBe('status');
    await refused(SET_STATUS, { id: 'MEMBER_OF:atlantis:sco', status: 'MEMBER', evidence: [QUOTE] }, 'NOT_FOUND');
    expect(
      (await refused(SET_STATUS, { id: 'not a relation', status: 'MEMBER', evidence: [QUOTE] })).extensions?.argument,
    ).toBe('id');
  });

  it('retires a relation: kept, hidden from reads unless asked', async () => {
    const response = await api.graphql(RETIRE, { id: 'MEMBER_OF:russia:sco', reason: 'wrong source' }, { token });
    expect(response.data).toMatchObject({ retireRelation: { retired: { by: 'curator-cy', reason: 'wrong source' } } });
    const read = (includeRetired: boolean) =>
      api.graphql<{ entity: { relations: { nodes: { id: string }[] } } }>(
        `query($r: Boolean) { entity(id: "russia") { relations(type: [MEMBER_OF], includeRetired: $r) { nodes { id } } } }`,
        { r: includeRetired },
      );
    expect((await read(false)).data?.entity.relations.nodes).not.toContainEqual({ id: 'MEMBER_OF:russia:sco' });
    expect((await read(true)).data?.entity.relations.nodes).toContainEqual({ id: 'MEMBER_OF:russia:sco' });
    const members = await api.graphql<{ entity: { members: { nodes: { other: { id: string } }[] } } }>(
      `{ entity(id: "sco") { ... on Organisation { members(first: 100) { nodes { other { id } } } } } }`,
    );
    expect(members.data?.entity.members.nodes.map((n) => n.other.id)).not.toContain('russia');
  });
});

describe('history', () => {
  it('lists the changes to an entity, newest first, Relay-paginated', async () => {
    type History = {
      history: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { action: string; by: string; before: string | null; after: string }[];
      };
    };
    const first = await api.graphql<History>(
      `{ history(entityId: "csto", first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { action by before after } } }`,
    );
    expect(first.data?.history.totalCount).toBe(2);
    expect(first.data?.history.nodes[0]).toMatchObject({ action: 'SET_RELATION_STATUS', by: 'curator-cy' });
    expect(JSON.parse(first.data?.history.nodes[0]?.before ?? '{}')).toMatchObject({ status: 'contacts' });
    const next = await api.graphql<History>(
      `query($after: String) { history(entityId: "csto", first: 5, after: $after) { nodes { action } } }`,
      { after: first.data?.history.pageInfo.endCursor },
    );
    expect(next.data?.history.nodes).toEqual([{ action: 'ADD_RELATION' }]);
  });
});
