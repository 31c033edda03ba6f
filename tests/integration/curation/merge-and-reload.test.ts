/**
 * Merging two entities keeps everything on the kept node and undoing it restores the identical graph; a reload of
 * the seeds keeps what analysts curated through the API.
 */
import { graphChecksum, type GraphChecksum } from '../../../src/graph/checksum';
import { seedDatabase } from '../../../src/ingest/seed';
import { startTestApi, type TestApi } from '../../support/api';
import { resetAndSeed } from '../../support/db';
import { editorToken, testAuth } from '../../support/tokens';

const MERGE = `mutation($keep: ID!, $merge: ID!) {
  mergeEntities(keep: $keep, merge: $merge, reason: "test") { entity { id aliases } change { id action entityIds } } }`;
const UNDO = `mutation($id: ID!) { undoMerge(changeId: $id) { kept { id } restored { id name aliases } change { action } } }`;
const RELATIONS = `query($id: ID!) { entity(id: $id) { relations(first: 100) { totalCount nodes { id } } mentions(first: 100) { totalCount } } }`;

type Relations = {
  entity: { relations: { totalCount: number; nodes: { id: string }[] }; mentions: { totalCount: number } } | null;
};

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ config: { auth: testAuth() } });
  token = await editorToken('merger-mo');
});
afterAll(async () => {
  await resetAndSeed(api.db);
  await api.stop();
});

describe('mergeEntities / undoMerge', () => {
  let before: GraphChecksum;
  let csto: Relations['entity'];
  let cis: Relations['entity'];
  let changeId = '';

  it('merges: the kept entity gains names, relations and mentions; the merged one is gone', async () => {
    before = await graphChecksum(api.db, { includeHistory: false });
    csto = (await api.graphql<Relations>(RELATIONS, { id: 'csto' })).data?.entity ?? null;
    cis = (await api.graphql<Relations>(RELATIONS, { id: 'cis' })).data?.entity ?? null;
    const response = await api.graphql<{
      mergeEntities: { entity: { aliases: string[] }; change: { id: string; action: string; entityIds: string[] } };
    }>(MERGE, { keep: 'csto', merge: 'cis' }, { token });
    expect(response.errors).toBeUndefined();
    changeId = response.data?.mergeEntities.change.id ?? '';
    expect(response.data?.mergeEntities.change).toMatchObject({ action: 'MERGE_ENTITIES', entityIds: ['csto', 'cis'] });
    expect(response.data?.mergeEntities.entity.aliases).toEqual(['CSTO', 'Commonwealth of Independent States', 'CIS']);

    const after = (await api.graphql<Relations>(RELATIONS, { id: 'csto' })).data?.entity;
    expect((await api.graphql<Relations>(RELATIONS, { id: 'cis' })).data?.entity).toBeNull();
    const moved = (cis?.relations.nodes ?? []).map((n) => n.id.replace(/\bcis\b/g, 'csto'));
    for (const id of moved) expect(after?.relations.nodes.map((n) => n.id)).toContain(id);
    expect(after?.mentions.totalCount).toBeGreaterThanOrEqual(
      Math.max(csto?.mentions.totalCount ?? 0, cis?.mentions.totalCount ?? 0),
    );
    expect(await graphChecksum(api.db, { includeHistory: false })).not.toEqual(before);
  });

  it('refuses merging into itself, unknown ids, and different kinds', async () => {
    const unchanged = await graphChecksum(api.db);
    const code = async (keep: string, merge: string) =>
      (await api.graphql(MERGE, { keep, merge }, { token })).errors?.[0]?.extensions?.code;
    expect(await code('csto', 'csto')).toBe('BAD_USER_INPUT');
    expect(await code('csto', 'atlantis')).toBe('NOT_FOUND');
    expect(await code('csto', 'russia')).toBe('BAD_USER_INPUT');
    expect(await graphChecksum(api.db)).toEqual(unchanged);
  });

  it('undoes the merge: the identical graph (history aside)', async () => {
    const response = await api.graphql<{ undoMerge: { restored: { id: string; name: string; aliases: string[] } } }>(
      UNDO,
      { id: changeId },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.undoMerge.restored).toEqual({
      id: 'cis',
      name: 'Commonwealth of Independent States',
      aliases: ['CIS'],
    });
    expect(await graphChecksum(api.db, { includeHistory: false })).toEqual(before);
  });

  it('refuses to undo twice, and shows both in the history of each entity', async () => {
    expect((await api.graphql(UNDO, { id: changeId }, { token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const history = await api.graphql<{ history: { nodes: { action: string; undoneBy: string | null }[] } }>(
      `{ history(entityId: "cis") { nodes { action undoneBy } } }`,
    );
    expect(history.data?.history.nodes.map((n) => n.action)).toEqual(['UNDO_MERGE', 'MERGE_ENTITIES']);
    expect(history.data?.history.nodes[1]?.undoneBy).toEqual(expect.any(String));
  });
});

describe('a seed reload keeps curated edits', () => {
  it('keeps added, updated, re-statused and retired facts and entities', async () => {
    await resetAndSeed(api.db);
    const QUOTE = { passage: 'q9.p6', quote: 'three EAEU countries are also SCO members' };
    const run = async (query: string, variables: Record<string, unknown>) => {
      const response = await api.graphql(query, variables, { token });
      expect(response.errors).toBeUndefined();
    };
    await run(`mutation($i: EntityInput!) { updateEntity(input: $i) { id } }`, {
      i: {
        id: 'csto',
        kind: 'ORGANISATION',
        name: 'Collective Security Treaty Organisation',
        aliases: ['CSTO', 'ODKB'],
        description: 'Edited by an analyst.',
      },
    });
    await run(`mutation($i: RelationInput!) { addRelation(input: $i) { id } }`, {
      i: {
        type: 'COOPERATES_WITH',
        from: 'cis',
        to: 'csto',
        status: 'CONTACTS',
        source: 'sco-sg-news-conference-2019-03-20',
        evidence: [QUOTE],
      },
    });
    await run(`mutation { retireRelation(id: "MEMBER_OF:russia:sco", reason: "test") { id } }`, {});
    await run(
      `mutation($e: [EvidenceInput!]!) { setRelationStatus(id: "MEMBER_OF:india:sco", status: APPLICANT, evidence: $e) { id } }`,
      { e: [QUOTE] },
    );
    const curated = await graphChecksum(api.db);

    const report = await seedDatabase(api.db);
    expect(Object.values(report).reduce((sum, c) => sum + c.created + c.updated + c.removed, 0)).toBe(0);
    expect(await graphChecksum(api.db)).toEqual(curated);
    const read = await api.graphql<{ entity: { description: string; aliases: string[] } }>(
      `{ entity(id: "csto") { description aliases } }`,
    );
    expect(read.data?.entity).toEqual({ description: 'Edited by an analyst.', aliases: ['CSTO', 'ODKB'] });
  });
});
