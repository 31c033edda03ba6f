/**
 * Starts one real local Neo4j for the whole integration run: a free port, a temporary data directory. Tests
 * reach it through TEST_NEO4J_URI; the teardown stops it and deletes the directory.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local';

declare global {
  var __TEST_NEO4J__: { server: LocalNeo4j; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-test-neo4j-'));
  const port = await freePort();
  const started = Date.now();
  const server = await startLocalNeo4j({ port, dataDir, heap: '1g', pageCache: '128m' }, (line) => console.log(line));
  console.log(
    `\nTest Neo4j ready at ${server.boltUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`,
  );
  process.env.TEST_NEO4J_URI = server.boltUrl;
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
  globalThis.__TEST_NEO4J__ = { server, dataDir };
}
