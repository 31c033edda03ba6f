/**
 * `npm start` as a user meets it: on the local Neo4j it applies the schema, seeds an empty graph, serves the API,
 * logs its time to ready and shuts down cleanly; bad set-ups end with one clear line and a non-zero exit.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j } from '../../src/neo4j/local';
import { cleanEnv, runNode, startNode } from '../support/processes';

const MAIN = 'dist/src/main.js';

/** One line on stderr, no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/**
 * The local store of the `npm start` tests: seeded by the first, reused by the others (seeding again is what the
 * second test shows does not happen, and the signal test is about the shutdown, not the seeding).
 */
const storeDir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-start-'));
afterAll(() => rmSync(storeDir, { recursive: true, force: true }));

describe('npm start on the local Neo4j', () => {
  it('starts Neo4j, seeds the empty graph, answers GraphQL, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const boltPort = await freePort();
    const server = await startNode(
      MAIN,
      cleanEnv({
        PORT: String(port),
        NEO4J_LOCAL_PORT: String(boltPort),
        NEO4J_DATA_DIR: storeDir,
        NEO4J_HEAP: '512m',
      }),
      /Ready in [\d.]+ s/,
    );
    expect(server.output()).toContain('The graph is empty: loading the seeds');
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "sco") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { entity: { name: 'Shanghai Cooperation Organisation' } } });

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Stopped.');
  });

  it('reuses the data on the next start: no second seeding', async () => {
    const server = await startNode(
      MAIN,
      cleanEnv({
        PORT: String(await freePort()),
        NEO4J_LOCAL_PORT: String(await freePort()),
        NEO4J_DATA_DIR: storeDir,
        NEO4J_HEAP: '512m',
      }),
      /Ready in [\d.]+ s/,
    );
    expect(server.output()).not.toContain('The graph is empty');
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });
});

describe('bad set-ups give one clear line and a non-zero exit', () => {
  it('malformed NEO4J_URI', async () => {
    const result = await runNode(MAIN, [], cleanEnv({ NEO4J_URI: 'http//nope' }));
    expect(result.code).not.toBe(0);
    expectOneLine(result.stderr, /^error: NEO4J_URI: "http\/\/nope" must be a URL .* \(example: NEO4J_URI=/);
  });

  it('a bad PORT', async () => {
    const result = await runNode(MAIN, [], cleanEnv({ PORT: 'eighty' }));
    expect(result.code).not.toBe(0);
    expectOneLine(result.stderr, /^error: PORT: "eighty" must be a whole number \(example: PORT=4000\)$/);
  });

  it('unreachable NEO4J_URI', async () => {
    const port = await freePort();
    const result = await runNode(
      MAIN,
      [],
      cleanEnv({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_STARTUP_WAIT_MS: '1000' }),
    );
    expect(result.code).not.toBe(0);
    const lastLine = result.stderr.trim().split('\n').pop() ?? '';
    expect(lastLine).toMatch(new RegExp(`^error: Neo4j at bolt://127.0.0.1:${port} is unreachable .*check NEO4J_URI`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('Java missing', async () => {
    const result = await runNode('dist/src/neo4j/cli.js', [], cleanEnv({ PATH: '/nonexistent', JAVA_HOME: '' }));
    expect(result.code).not.toBe(0);
    expectOneLine(result.stderr, /^error: Java was not found .*Java 17 or newer/);
  });

  it('Bolt port taken', async () => {
    const taken = new URL(process.env.TEST_NEO4J_URI ?? '').port;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-port-'));
    try {
      const result = await runNode(
        MAIN,
        [],
        cleanEnv({ NEO4J_LOCAL_PORT: taken, NEO4J_DATA_DIR: dataDir, PORT: String(await freePort()) }),
      );
      expect(result.code).not.toBe(0);
      const lastLine = result.stderr.trim().split('\n').pop() ?? '';
      expect(lastLine).toBe(
        `error: Bolt port ${taken} on 127.0.0.1 is already taken (another Neo4j?). Stop that process or choose another port, e.g. NEO4J_LOCAL_PORT=${Number(taken) + 1}.`,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('against a server with authentication', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-auth-'));
    let stop: () => Promise<void> = async () => undefined;
    let uri = '';
    beforeAll(async () => {
      const server = await startLocalNeo4j({
        port: await freePort(),
        dataDir,
        heap: '512m',
        pageCache: '64m',
        authEnabled: true,
      });
      stop = () => server.stop();
      uri = server.boltUrl;
    });
    afterAll(async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('wrong password', async () => {
      const result = await runNode(
        MAIN,
        [],
        cleanEnv({ NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'wrong-password' }),
      );
      expect(result.code).not.toBe(0);
      expectOneLine(
        result.stderr,
        new RegExp(
          `^error: Neo4j at ${uri} refused the credentials of user "neo4j": check NEO4J_USERNAME and NEO4J_PASSWORD\\.$`,
        ),
      );
      expect(result.stdout + result.stderr).not.toContain('wrong-password');
    });
  });
});

describe('repeated signals', () => {
  it('a second SIGINT during shutdown (npm forwarding Ctrl-C) still stops Neo4j cleanly', async () => {
    const server = await startNode(
      MAIN,
      cleanEnv({
        PORT: String(await freePort()),
        NEO4J_LOCAL_PORT: String(await freePort()),
        NEO4J_DATA_DIR: storeDir,
        NEO4J_HEAP: '512m',
      }),
      /Ready in [\d.]+ s/,
    );
    server.child.kill('SIGINT');
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Stopped.');
    // The store's console log is appended to at every start: its end is this run's.
    expect(readFileSync(path.join(storeDir, 'logs', 'console.log'), 'utf8')).toMatch(/Stopped\.\s*$/);
  });
});
