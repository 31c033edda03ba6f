/**
 * Every Cypher statement kept as a file compiles on the real server: EXPLAIN plans it without running it.
 */
import { cypherFile, cypherFilesIn } from '../../src/graph/cypherFiles';
import type { GraphDatabase } from '../../src/graph/database';
import { applySchema, declaredSchemaNames, schemaIsApplied, schemaStatements } from '../../src/graph/schema';
import { openTestDatabase } from '../support/db';

let db: GraphDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db.close());

const PARAMS = { rows: [], sourceIds: [], keepIds: [], keepKeys: [], ids: [], refs: [] };

describe('cypher/load', () => {
  const names = [...cypherFilesIn('load'), ...cypherFilesIn('load/bulk')];

  it('holds the load statements', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  it.each(names)('%s plans with EXPLAIN', async (name) => {
    const query = cypherFile(name);
    await db.writeTransaction('explain', (run) =>
      run({ name: `explain ${name}`, cypher: `EXPLAIN ${query.cypher}` }, PARAMS),
    );
  });
});

describe('cypher/schema', () => {
  it('declares uniqueness on ids and full-text indexes over names, aliases and passage text', () => {
    const statements = schemaStatements().join('\n');
    expect(statements).toMatch(/FOR \(e:Entity\) REQUIRE e\.id IS UNIQUE/);
    expect(statements).toMatch(/FULLTEXT INDEX entity_names .* ON EACH \[e\.name, e\.aliasText\]/);
    expect(statements).toMatch(/FULLTEXT INDEX passage_text .* ON EACH \[p\.text\]/);
    expect(declaredSchemaNames()).toEqual(expect.arrayContaining(['entity_id', 'entity_names', 'passage_text']));
  });
});

describe('readiness', () => {
  it('reports the schema as applied only when every constraint and index is online', async () => {
    await applySchema(db);
    expect(await schemaIsApplied(db)).toBe(true);
    await db.runSchema('DROP INDEX passage_text');
    try {
      expect(await schemaIsApplied(db)).toBe(false);
    } finally {
      await applySchema(db);
    }
    expect(await schemaIsApplied(db)).toBe(true);
  });
});
