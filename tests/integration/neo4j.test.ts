/**
 * The local Neo4j is real: it writes and reads nodes, and its data survives a clean stop and a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { freePort, startLocalNeo4j, LocalNeo4jError } from '../../src/neo4j/local';
import { openTestDatabase } from '../support/db';

describe('the test Neo4j started by the global setup', () => {
  it('writes and reads nodes', async () => {
    const db = await openTestDatabase();
    try {
      const marker = `probe-${Date.now()}`;
      await db.writeTransaction('probe', (run) =>
        run({ name: 'probe', cypher: 'CREATE (:Probe {marker: $marker, n: 42})' }, { marker }),
      );
      const result = await db.read<{ n: number }>(
        { name: 'probe-read', cypher: 'MATCH (p:Probe {marker: $marker}) RETURN p.n AS n' },
        { marker },
      );
      expect(result.records.map((r) => r.get('n'))).toEqual([42]);
      await db.writeTransaction('probe-clean', (run) =>
        run({ name: 'probe-clean', cypher: 'MATCH (p:Probe) DELETE p' }),
      );
    } finally {
      await db.close();
    }
  });

  it('listens on 127.0.0.1 only', () => {
    expect(process.env.TEST_NEO4J_URI).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('a second local Neo4j with its own data directory', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data across a clean stop and a restart', async () => {
    const port = await freePort();
    const config = { port, dataDir, heap: '512m', pageCache: '64m' };
    const first = await startLocalNeo4j(config);
    const driver = neo4j.driver(first.boltUrl);
    await driver.executeQuery('CREATE (:Survivor {name: "kept"})', {}, { database: 'neo4j' });
    await driver.close();
    await first.stop();

    const second = await startLocalNeo4j(config);
    try {
      const again = neo4j.driver(second.boltUrl);
      const { records } = await again.executeQuery(
        'MATCH (s:Survivor) RETURN s.name AS name',
        {},
        { database: 'neo4j' },
      );
      await again.close();
      expect(records.map((r) => r.get('name'))).toEqual(['kept']);
    } finally {
      await second.stop();
    }
  });

  it('refuses a Bolt port that is taken, with one clear line', async () => {
    const taken = Number(new URL(process.env.TEST_NEO4J_URI ?? '').port);
    const attempt = startLocalNeo4j({ port: taken, dataDir, heap: '512m', pageCache: '64m' });
    await expect(attempt).rejects.toThrow(LocalNeo4jError);
    await expect(attempt).rejects.toThrow(`Bolt port ${taken} on 127.0.0.1 is already taken`);
  });
});
