/**
 * Curated edits made through the API go back into seed files: folded into a copy of seeds/, the folder passes
 * the seed validator, and a clean load of it states what the API edits said - nothing made in the API is lost.
 */
import { exportCuration, foldCuration } from '../../../src/curation/exportSeeds';
import { checkSeeds, seedDatabase } from '../../../src/ingest/seed';
import { applySchema } from '../../../src/graph/schema';
import { startTestApi, type TestApi } from '../../support/api';
import { resetAndSeed, wipe } from '../../support/db';
import { copySeeds, type SeedCopy } from '../../support/seedCopy';
import { editorToken, testAuth } from '../../support/tokens';

const SOURCE = 'sco-sg-news-conference-2019-03-20';
const QUOTE = { passage: 'q9.p6', quote: 'three EAEU countries are also SCO members' };

let api: TestApi;
let seeds: SeedCopy;
beforeAll(async () => {
  api = await startTestApi({ config: { auth: testAuth() } });
  seeds = copySeeds();
});
afterAll(async () => {
  seeds.remove();
  await resetAndSeed(api.db);
  await api.stop();
});

async function edit(query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await api.graphql(query, variables, { token: await editorToken('curator-export') });
  expect(response.errors).toBeUndefined();
}

it('exports curated edits as seed YAML that folds into the seeds and reloads to the same facts', async () => {
  await edit('mutation($input: EntityInput!) { addEntity(input: $input) { id } }', {
    input: {
      id: 'eurasian-test-forum',
      kind: 'ORGANISATION',
      name: 'Eurasian Test Forum',
      aliases: ['ETF'],
      description: 'Added in a test.',
    },
  });
  await edit('mutation($input: RelationInput!) { addRelation(input: $input) { id } }', {
    input: { type: 'COOPERATES_WITH', from: 'cis', to: 'csto', status: 'CONTACTS', source: SOURCE, evidence: [QUOTE] },
  });
  await edit(
    'mutation($id: ID!, $status: RelationStatus!, $evidence: [EvidenceInput!]!) { setRelationStatus(id: $id, status: $status, evidence: $evidence) { id } }',
    {
      id: 'MEMBER_OF:iran:sco',
      status: 'APPLICANT',
      evidence: [{ passage: 'q6.p6', quote: "We seek full consensus on Iran's full-fledged membership in the SCO" }],
    },
  );
  await edit('mutation($id: ID!, $reason: String!) { retireRelation(id: $id, reason: $reason) { id } }', {
    id: 'MEMBER_OF:russia:sco',
    reason: 'test retirement',
  });

  const curation = await exportCuration(api.db);
  expect(curation.entities.map((e) => e.id)).toEqual(['eurasian-test-forum']);
  expect(curation.retired.get(SOURCE)).toEqual([{ key: 'MEMBER_OF:russia:sco', reason: 'test retirement' }]);

  const { removed } = foldCuration(curation, seeds.dir);
  expect(removed).toBe(2); // the seed entries of MEMBER_OF:iran:sco and MEMBER_OF:russia:sco
  expect(seeds.read(`facts/${SOURCE}.curated.yaml`)).toContain('#   retired: MEMBER_OF:russia:sco (test retirement)');
  checkSeeds(seeds.dir); // throws SeedValidationError with file:line problems if the folded folder is invalid

  await wipe(api.db);
  await applySchema(api.db);
  await seedDatabase(api.db, seeds.dir);
  const facts = await api.db.read({
    name: 'foldedFacts',
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
             WHERE r.key IN ['COOPERATES_WITH:cis:csto', 'MEMBER_OF:iran:sco', 'MEMBER_OF:russia:sco']
             RETURN r.key AS key, r.status AS status ORDER BY key`,
  });
  expect(facts.records.map((r) => r.toObject())).toEqual([
    { key: 'COOPERATES_WITH:cis:csto', status: 'contacts' },
    { key: 'MEMBER_OF:iran:sco', status: 'applicant' },
  ]);
  const forum = await api.db.read({
    name: 'foldedEntity',
    cypher: "MATCH (e:Organisation {id: 'eurasian-test-forum'}) RETURN e.aliases AS aliases",
  });
  expect(forum.records[0]?.get('aliases')).toEqual(['ETF']);
});

it('folds a merge: the merged entity leaves the seeds and its facts follow the kept one', async () => {
  await resetAndSeed(api.db);
  const before = await api.db.read({
    name: 'europeFacts',
    cypher: "MATCH (:Entity {id: 'europe'})-[r]-(:Entity) RETURN count(r) AS n",
  });
  const europeFacts = Number(before.records[0]?.get('n'));
  expect(europeFacts).toBeGreaterThan(0);
  await edit(
    'mutation($keep: ID!, $merge: ID!, $reason: String) { mergeEntities(keep: $keep, merge: $merge, reason: $reason) { entity { id } } }',
    {
      keep: 'eurasia',
      merge: 'europe',
      reason: 'test merge',
    },
  );

  const curation = await exportCuration(api.db);
  expect(curation.merged).toEqual(new Map([['europe', 'eurasia']]));
  const folded = copySeeds();
  try {
    foldCuration(curation, folded.dir);
    checkSeeds(folded.dir);
    await wipe(api.db);
    await applySchema(api.db);
    await seedDatabase(api.db, folded.dir);
    const after = await api.db.read({
      name: 'foldedMerge',
      cypher: `OPTIONAL MATCH (gone:Entity {id: 'europe'})
               MATCH (kept:Entity {id: 'eurasia'})
               RETURN gone IS NULL AS gone, kept.aliases AS aliases, COUNT { (kept)-[]-(:Entity) } AS facts`,
    });
    const row = after.records[0]?.toObject() as { gone: boolean; aliases: string[]; facts: number };
    expect(row.gone).toBe(true);
    expect(row.aliases).toEqual(expect.arrayContaining(['Europe']));
    expect(row.facts).toBeGreaterThanOrEqual(europeFacts);
  } finally {
    folded.remove();
  }
});
