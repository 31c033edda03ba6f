/**
 * A Neo4j outage while the API runs: /ready turns 503, queries fail at once with UNAVAILABLE (no driver text),
 * and when Neo4j comes back the same API process answers again without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { connect } from '../../src/graph/connect';
import type { GraphDatabase } from '../../src/graph/database';
import { applySchema } from '../../src/graph/schema';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local';
import { buildApp, type BuiltApp } from '../../src/server/app';
import { listen, type Listener } from '../../src/server/listen';
import { cleanEnv, startNode } from '../support/processes';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-outage-'));
let port: number;
let neo4j: LocalNeo4j;
let db: GraphDatabase;
let built: BuiltApp;
let listener: Listener;

const SCO = 'Shanghai Cooperation Organisation';

const start = (): Promise<LocalNeo4j> => startLocalNeo4j({ port, dataDir, heap: '512m', pageCache: '64m' });

async function ask(): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${listener.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entity(id: "sco") { name } }' }),
  });
  return (await response.json()) as never;
}

beforeAll(async () => {
  port = await freePort();
  neo4j = await start();
  db = await connect({ uri: neo4j.boltUrl, database: 'neo4j', queryTimeoutMs: 5000 });
  await applySchema(db);
  // The one entity the test asks for: the outage and the recovery are the subject, not the seeds (loading them
  // into a server this cold took seconds, and the API's start-up below only needs a graph that is not empty).
  await db.writeTransaction('test: the SCO', (run) =>
    run(
      {
        name: 'test: the SCO',
        cypher: `CREATE (:Entity:Organisation {id: 'sco', kind: 'Organisation', name: $name, aliases: ['SCO']})`,
      },
      { name: SCO },
    ),
  );
  built = await buildApp({ db, config: loadConfig({}, { production: true }) });
  listener = await listen(built.app, '127.0.0.1', 0);
});

afterAll(async () => {
  await listener?.close(1000);
  await built?.stop();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('reports the outage, fails fast with UNAVAILABLE, and recovers by itself', async () => {
  expect(await ask()).toEqual({ data: { entity: { name: SCO } } });
  expect((await fetch(`${listener.url}/ready`)).status).toBe(200);

  await neo4j.stop();

  const ready = await fetch(`${listener.url}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'neo4j unreachable' });
  expect((await fetch(`${listener.url}/health`)).status).toBe(200);
  const failed = await ask();
  expect(failed.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
  expect(failed.errors?.[0]?.message).toBe('The graph database is unavailable; try again shortly.');
  expect(JSON.stringify(failed)).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:/);

  neo4j = await start();

  // The same API process, the same driver: the pool reconnects on its own.
  let recovered: Awaited<ReturnType<typeof ask>> = {};
  for (let attempt = 0; attempt < 40 && !recovered.data; attempt += 1) {
    recovered = await ask();
    if (!recovered.data) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(recovered).toEqual({ data: { entity: { name: SCO } } });
  expect((await fetch(`${listener.url}/ready`)).status).toBe(200);
});

it('start-up with Neo4j not yet up waits with backoff and a clear log line, then serves', async () => {
  await neo4j.stop();
  const apiPort = await freePort();
  const waiting = startNode(
    'dist/src/main.js',
    cleanEnv({ NEO4J_URI: `bolt://127.0.0.1:${port}`, PORT: String(apiPort), NEO4J_STARTUP_WAIT_MS: '120000' }),
    /is unreachable .* Retrying in [\d.]+ s/,
  );
  const server = await waiting;
  neo4j = await start();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: ${server.output()}`)), 90_000);
    const check = setInterval(() => {
      if (/Ready in [\d.]+ s/.test(server.output())) {
        clearTimeout(timer);
        clearInterval(check);
        resolve();
      }
    }, 200);
  });
  const response = await fetch(`http://127.0.0.1:${apiPort}/ready`);
  expect(response.status).toBe(200);
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
});
