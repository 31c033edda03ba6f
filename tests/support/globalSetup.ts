/**
 * Starts the real local Neo4j servers of an integration run: one per jest worker (one under --runInBand), each on
 * a free port with a temporary data directory of its own, so that test files running at the same time never share
 * a graph. `workerNeo4j.ts` hands each worker its server as TEST_NEO4J_URI; the teardown stops them all.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local';

declare global {
  var __TEST_NEO4J__: { server: LocalNeo4j; dataDir: string }[] | undefined;
}

/** More servers than workers would only cost memory; more than four workers do not help on any machine we run. */
const MAX_SERVERS = 4;

/**
 * For every Java process the tests start after the global setup (the Neo4j servers of the startup, outage,
 * restart and offline-import tests, neo4j-admin import, those of `npm start`, `kg` and the benchmark harness):
 * the JIT's first tier only. Each lives for seconds, most of them spent starting, and on this 2-core machine a
 * Neo4j start and stop took 14-15 s of CPU with both tiers and 9-10 s with the first only (docs/TEST-TIMINGS.md).
 * What the servers do is unchanged. Called once the test servers have started: they answer every other file's
 * queries and keep both tiers.
 */
function firstJitTierForShortLivedJvms(): void {
  const given = process.env.JAVA_TOOL_OPTIONS ?? '';
  if (!given.includes('TieredStopAtLevel')) {
    process.env.JAVA_TOOL_OPTIONS = `${given} -XX:TieredStopAtLevel=1`.trim();
  }
}

async function startOne(): Promise<{ server: LocalNeo4j; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-test-neo4j-'));
  const port = await freePort();
  const server = await startLocalNeo4j({ port, dataDir, heap: '1g', pageCache: '128m' }, (line) => console.log(line));
  return { server, dataDir };
}

export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const count = Math.max(1, Math.min(MAX_SERVERS, globalConfig.maxWorkers));
  const started = Date.now();
  const servers = await Promise.all(Array.from({ length: count }, startOne));
  globalThis.__TEST_NEO4J__ = servers;
  console.log(
    `\n${count} test Neo4j server(s) ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      servers.map((s) => `${s.server.boltUrl} (data: ${s.dataDir})`).join(', '),
  );
  process.env.TEST_NEO4J_URIS = servers.map((s) => s.server.boltUrl).join(',');
  process.env.TEST_NEO4J_DATA_DIRS = servers.map((s) => s.dataDir).join(',');
  // Under --runInBand the tests run in this process: the first server is theirs.
  process.env.TEST_NEO4J_URI = servers[0]?.server.boltUrl;
  process.env.TEST_NEO4J_DATA_DIR = servers[0]?.dataDir;
  firstJitTierForShortLivedJvms();
}
