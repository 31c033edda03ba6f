/**
 * `npm run neo4j`: starts the local Neo4j on its own, prints the Bolt URL and stops it cleanly on Ctrl-C.
 * `npm run neo4j:fetch` (--fetch-only): fetches the jars into the cache and exits.
 */
import { ConfigError, loadConfig } from '../config';
import { ensureJars, javaCommand, LocalNeo4jError, startLocalNeo4j } from './local';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    log(
      'Usage: npm run neo4j [-- --fetch-only]\n  Env: NEO4J_LOCAL_PORT (7687), NEO4J_DATA_DIR (.data/neo4j), NEO4J_HEAP (1g), NEO4J_PAGECACHE (256m)',
    );
    return;
  }
  if (process.argv.includes('--fetch-only')) {
    await javaCommand();
    log(`Neo4j jars ready in ${await ensureJars(log)}`);
    return;
  }
  const config = loadConfig();
  const started = Date.now();
  const server = await startLocalNeo4j(config.local, log);
  log(
    `Neo4j ready at ${server.boltUrl} (data: ${config.local.dataDir}) in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops it.`,
  );
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping Neo4j ...`);
    void server.stop().then(() => {
      log('Neo4j stopped.');
      process.exit(0);
    });
  };
  // `on`, not `once`: a repeated signal must not kill this process before Neo4j has stopped.
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof LocalNeo4jError || error instanceof ConfigError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
