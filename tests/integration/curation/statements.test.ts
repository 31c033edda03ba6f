/**
 * Issue 15: curating statements through the API, on the seeds plus the INVENTED second source. Adding a statement
 * re-derives the relation; retiring one leaves the relation while another supports it; both are audited and
 * undoable; refused writes leave the graph unchanged.
 */
import { exportCuration } from '../../../src/curation/exportSeeds';
import { graphChecksum } from '../../../src/graph/checksum';
import { startTestApi, type TestApi } from '../../support/api';
import { FIRST_SOURCE, SECOND_SOURCE, seedTwoSources } from '../../support/secondSource';
import { editorToken, readerToken, testAuth } from '../../support/tokens';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ seed: false, config: { auth: testAuth() } });
  await seedTwoSources(api.db);
  token = await editorToken();
}, 180_000);

afterAll(async () => {
  await api.stop();
});

const UNECE = 'COOPERATION_DOCUMENT_WITH:sco:unece';
const RELATION = `id status assertedOn curated sourceIds
  statements(includeRetired: true) { id source { id } status current curated retired { by reason } }
  statusHistory { status on }`;

interface RelationView {
  id: string;
  status: string;
  assertedOn: string;
  curated: boolean;
  sourceIds: string[];
  statements: {
    id: string;
    source: { id: string };
    status: string;
    current: boolean;
    curated: boolean;
    retired: { by: string; reason: string } | null;
  }[];
  statusHistory: { status: string; on: string }[];
}

interface StatementChange {
  relation: RelationView;
  statement: { id: string; current: boolean };
  change: { id: string; action: string; by: string };
}

async function write<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.graphql<T>(query, variables, { token });
  expect(errors).toBeUndefined();
  return data as T;
}

async function relation(id: string): Promise<RelationView> {
  const [type, from, to] = id.split(':');
  const { data } = await api.graphql<{ relations: { nodes: RelationView[] } }>(
    `query ($from: ID!, $to: ID!) { relations(type: [${type}], from: $from, to: $to) { nodes { ${RELATION} } } }`,
    { from, to },
  );
  const found = data?.relations.nodes[0];
  if (!found) throw new Error(`no relation ${id}`);
  return found;
}

const ADD = `mutation ($input: StatementInput!) { addStatement(input: $input) {
  relation { ${RELATION} } statement { id current } change { id action by } } }`;
const RETIRE = `mutation ($id: ID!, $reason: String!) { retireStatement(id: $id, reason: $reason) {
  relation { ${RELATION} } statement { id current } change { id action by } } }`;
const UNDO = `mutation ($changeId: ID!) { undoStatementChange(changeId: $changeId) { ${RELATION} } }`;

describe('statements through the API', () => {
  it('retires one statement: the relation stays, on the other source word; undo puts it back', async () => {
    const before = await graphChecksum(api.db, { includeHistory: false });
    const { retireStatement } = await write<{ retireStatement: StatementChange }>(RETIRE, {
      id: `${UNECE}@${SECOND_SOURCE}`,
      reason: 'the invented release is not reliable on this',
    });
    expect(retireStatement.change.action).toBe('RETIRE_STATEMENT');
    expect(retireStatement.relation).toMatchObject({
      status: 'BEING_WORKED_OUT',
      assertedOn: '2019-03-20',
      curated: true,
      sourceIds: [FIRST_SOURCE],
    });
    expect(retireStatement.relation.statements.map((s) => [s.source.id, s.current, s.retired?.reason ?? null])).toEqual(
      [
        [SECOND_SOURCE, false, 'the invented release is not reliable on this'],
        [FIRST_SOURCE, true, null],
      ],
    );
    expect(retireStatement.statement).toEqual({ id: `${UNECE}@${SECOND_SOURCE}`, current: false });
    // Reads see it too, and the history of the entity records it.
    expect((await relation(UNECE)).status).toBe('BEING_WORKED_OUT');
    const history = await api.graphql<{ history: { nodes: { action: string; relationId: string; by: string }[] } }>(
      `{ history(entityId: "unece", first: 1) { nodes { action relationId by } } }`,
    );
    expect(history.data?.history.nodes).toEqual([
      { action: 'RETIRE_STATEMENT', relationId: UNECE, by: retireStatement.change.by },
    ]);

    const undone = await write<{ undoStatementChange: RelationView }>(UNDO, { changeId: retireStatement.change.id });
    expect(undone.undoStatementChange.status).toBe('SIGNED');
    expect(undone.undoStatementChange.statements.every((s) => s.retired === null)).toBe(true);
    expect(await graphChecksum(api.db, { includeHistory: false })).toEqual(before);
  });

  it('refuses to retire the last statement of a relation, and an undo done twice', async () => {
    const before = await graphChecksum(api.db);
    const last = await api.graphql(RETIRE, { id: `MEMBER_OF:russia:sco@${FIRST_SOURCE}`, reason: 'test' }, { token });
    expect(last.errors?.[0]?.message).toMatch(/is the last one supporting MEMBER_OF:russia:sco: retire the relation/);
    expect(last.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.graphql(RETIRE, { id: `MEMBER_OF:russia:sco@no-such-source`, reason: 'test' }, { token });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await graphChecksum(api.db)).toEqual(before);
  });

  it('adds an analyst statement: the newest word gives the status, the history shows it; undo removes it', async () => {
    const before = await graphChecksum(api.db, { includeHistory: false });
    const input = {
      relation: 'MEMBER_OF:afghanistan:sco',
      source: FIRST_SOURCE,
      status: 'NOT_UNDER_CONSIDERATION',
      evidence: [await afghanistanEvidence()],
    };
    const { addStatement } = await write<{ addStatement: StatementChange }>(ADD, { input });
    expect(addStatement.change).toMatchObject({ action: 'ADD_STATEMENT' });
    expect(addStatement.statement.id).toMatch(/^MEMBER_OF:afghanistan:sco@curated-/);
    // An analyst's statement of a 2019 source is dated 2019: the 2020 source stays the newest word.
    expect(addStatement.relation.status).toBe('APPLICANT');
    expect(addStatement.relation.statements.map((s) => [s.source.id, s.curated])).toEqual([
      [SECOND_SOURCE, false],
      [FIRST_SOURCE, true],
      [FIRST_SOURCE, false],
    ]);
    const undone = await write<{ undoStatementChange: RelationView }>(UNDO, { changeId: addStatement.change.id });
    expect(undone.undoStatementChange.statements).toHaveLength(2);
    expect(await graphChecksum(api.db, { includeHistory: false })).toEqual(before);
  });

  it('export-curation writes each source its own word: a retired statement is listed as retired in its file', async () => {
    const { retireStatement } = await write<{ retireStatement: StatementChange }>(RETIRE, {
      id: `${UNECE}@${SECOND_SOURCE}`,
      reason: 'export test',
    });
    try {
      const curation = await exportCuration(api.db);
      expect(curation.retired.get(SECOND_SOURCE)).toEqual([{ key: UNECE, reason: 'export test' }]);
      const first = (curation.facts.get(FIRST_SOURCE) ?? []).filter(
        (f) => f.to === 'unece' && f.type === 'COOPERATION_DOCUMENT_WITH',
      );
      expect(first).toHaveLength(1);
      expect(first[0]).toMatchObject({ from: 'sco', status: 'being-worked-out' });
      expect((first[0]?.evidence as { source?: string }[]).every((e) => e.source === undefined)).toBe(true);
      expect(curation.facts.get(SECOND_SOURCE)?.some((f) => f.to === 'unece') ?? false).toBe(false);
    } finally {
      await write(UNDO, { changeId: retireStatement.change.id });
    }
  });

  it('refuses a statement whose quote is not in its source, or whose status the type does not allow', async () => {
    const before = await graphChecksum(api.db);
    const misquoted = await api.graphql(
      ADD,
      {
        input: {
          relation: UNECE,
          source: SECOND_SOURCE,
          status: 'SIGNED',
          evidence: [{ passage: 'q2.p2', quote: 'The SCO has never signed anything' }],
        },
      },
      { token },
    );
    expect(misquoted.errors?.[0]?.message).toMatch(/not found verbatim in passage q2\.p2/);
    expect(misquoted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badStatus = await api.graphql(
      ADD,
      {
        input: {
          relation: UNECE,
          source: SECOND_SOURCE,
          status: 'MEMBER',
          evidence: [{ passage: 'q2.p2', quote: 'The SCO has also signed' }],
        },
      },
      { token },
    );
    expect(badStatus.errors?.[0]?.message).toMatch(/"member" is not a status of COOPERATION_DOCUMENT_WITH/);
    const reader = await api.graphql(
      RETIRE,
      { id: `${UNECE}@${SECOND_SOURCE}`, reason: 'x' },
      { token: await readerToken() },
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphChecksum(api.db)).toEqual(before);
  });
});

/** The 2019 source's own evidence of Afghanistan's membership, as `{ passage, quote }`. */
async function afghanistanEvidence(): Promise<{ passage: string; quote: string }> {
  const { data } = await api.graphql<{
    relations: { nodes: { evidence: { quote: string; passage: { localId: string } }[] }[] };
  }>(
    `{ relations(type: [MEMBER_OF], from: "afghanistan", to: "sco", asOf: "2019-12-31") {
       nodes { evidence { quote passage { localId } } } } }`,
  );
  const first = data?.relations.nodes[0]?.evidence[0];
  if (!first) throw new Error('no 2019 evidence for MEMBER_OF:afghanistan:sco');
  return { passage: first.passage.localId, quote: first.quote };
}
