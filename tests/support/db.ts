/**
 * The integration tests' way to the real Neo4j that the global setup started: connect, wipe, seed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { graphChecksum } from '../../src/graph/checksum';
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

/**
 * Where the checksum of the freshly seeded graph is kept for the run: beside the test store, since every test
 * file has a module registry of its own.
 */
function seededChecksumFile(): string | null {
  const dataDir = process.env.TEST_NEO4J_DATA_DIR;
  return dataDir ? path.join(dataDir, 'seeded-graph.sha256') : null;
}

/**
 * An empty graph with the schema applied, then the project's seeds loaded. When the graph still is exactly what
 * the last seed of this run left (same checksum over every node, relationship, property and change record), the
 * wipe and reload are skipped: the result is the same graph, and most test files only read it.
 */
export async function resetAndSeed(db: GraphDatabase): Promise<void> {
  const checksumFile = seededChecksumFile();
  if (checksumFile && existsSync(checksumFile)) {
    const current = await graphChecksum(db, { includeHistory: true });
    if (current.checksum === readFileSync(checksumFile, 'utf8')) {
      await applySchema(db);
      return;
    }
  }
  await wipe(db);
  await applySchema(db);
  await seedDatabase(db);
  if (checksumFile) writeFileSync(checksumFile, (await graphChecksum(db, { includeHistory: true })).checksum);
}
