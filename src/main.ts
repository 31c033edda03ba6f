/**
 * `npm start`: without NEO4J_URI, start the local Neo4j; apply the schema; load the seeds when the graph is
 * empty; serve the API. With NEO4J_URI, use that server and start nothing locally. Logs the time from start to
 * ready. SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the driver, stop the local Neo4j.
 */
import { ConfigError, loadConfig } from './config';
import { ConnectError } from './graph/connect';
import { openGraph, type OpenGraph } from './graph/open';
import { applySchema } from './graph/schema';
import { graphIsEmpty, seedDatabase, SeedValidationError, formatReport } from './ingest/seed';
import { LocalNeo4jError } from './neo4j/local';
import { buildApp } from './server/app';
import { listen, ListenError, type Listener } from './server/listen';

const log = (line: string): void => console.log(`[${new Date().toISOString()}] ${line}`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  log(
    config.remote
      ? `Using Neo4j at ${config.remote.uri}`
      : `Starting the local Neo4j on 127.0.0.1:${config.local.port} (data: ${config.local.dataDir}) ...`,
  );

  let graph: OpenGraph | null = null;
  let listener: Listener | null = null;
  let stopApp: (() => Promise<void>) | null = null;
  let shuttingDown = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: shutting down (finishing in-flight requests) ...`);
    // Still starting: main() sees the flag once Neo4j is up and stops it.
    if (!graph) return;
    await listener?.close();
    await stopApp?.();
    await graph?.close();
    log('Stopped.');
    process.exit(0);
  };
  // `on`, not `once`: a second signal (npm forwards Ctrl-C, a supervisor repeats SIGTERM) must not kill the process
  // with the default action half-way through the shutdown, orphaning the local Neo4j.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    graph = await openGraph(config, log);
    if (shuttingDown) {
      // A signal came while Neo4j was starting: stop what was started instead of leaving it orphaned.
      await graph.close();
      process.exit(0);
    }
    await applySchema(graph.db);
    if (config.seedOnEmpty && (await graphIsEmpty(graph.db))) {
      log('The graph is empty: loading the seeds ...');
      log(`\n${formatReport(await seedDatabase(graph.db))}`);
    }
    const built = await buildApp({ db: graph.db, config });
    stopApp = built.stop;
    listener = await listen(built.app, config.host, config.port);
  } catch (error) {
    await graph?.close();
    throw error;
  }
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL ${listener.url}/graphql, GraphiQL ${listener.url}/graphiql (Neo4j ${graph.uri})`,
  );
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof ConnectError ||
    error instanceof LocalNeo4jError ||
    error instanceof ListenError ||
    error instanceof SeedValidationError;
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  if (!known && error instanceof Error && process.env.DEBUG) console.error(error.stack);
  process.exit(1);
});
