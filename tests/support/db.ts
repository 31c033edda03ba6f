/**
 * The integration tests' way to the real Neo4j that the global setup started: connect, wipe, seed.
 */
import { connect } from '../../src/graph/connect';
import type { GraphDatabase } from '../../src/graph/database';
import { applySchema } from '../../src/graph/schema';
import { seedDatabase } from '../../src/ingest/seed';

export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri)
    throw new Error('TEST_NEO4J_URI is not set: run integration tests through jest (its global setup starts Neo4j)');
  return uri;
}

export async function openTestDatabase(): Promise<GraphDatabase> {
  return connect({ uri: testNeo4jUri(), database: 'neo4j', queryTimeoutMs: 20_000 });
}

export async function wipe(db: GraphDatabase): Promise<void> {
  await db.writeTransaction('wipe', (run) => run({ name: 'wipe', cypher: 'MATCH (n) DETACH DELETE n' }));
}

/** An empty graph with the schema applied, then the project's seeds loaded. */
export async function resetAndSeed(db: GraphDatabase): Promise<void> {
  await wipe(db);
  await applySchema(db);
  await seedDatabase(db);
}
