/**
 * The `@neo4j/graphql` side of the query benchmark, run in its own process (so that its memory is its own):
 * the library's generated API over the type definitions in the file given as `--type-defs`, on the same Neo4j
 * as our API, behind the same Apollo Server 5 + Express 5 setup as src/server/app.ts minus our query limits.
 *
 *   node dist/src/bench/query/neo4jGraphqlServer.js --type-defs FILE   (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
 *   NEO4J_DATABASE, HOST, PORT as for our API)
 *
 * Prints `Ready: GraphQL http://HOST:PORT/graphql` once it serves; SIGTERM/SIGINT stop it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import neo4j from 'neo4j-driver';
import { listen } from '../../server/listen';
import { STRING_RANGE_FILTERS } from './neo4jGraphqlFeatures';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required (the Bolt URL of the benchmark's Neo4j)`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'type-defs': { type: 'string' } } });
  const typeDefsFile = values['type-defs'];
  if (!typeDefsFile) throw new Error('--type-defs FILE is required');
  const username = process.env.NEO4J_USERNAME;
  const password = process.env.NEO4J_PASSWORD;
  // The same pool as our API's driver (src/graph/connect.ts), so that neither side waits on connections.
  const driver = neo4j.driver(
    requiredEnv('NEO4J_URI'),
    username && password ? neo4j.auth.basic(username, password) : undefined,
    { maxConnectionPoolSize: 50, connectionAcquisitionTimeout: 10_000, userAgent: 'sco-kg-bench-neo4j-graphql' },
  );
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const library = new Neo4jGraphQL({
    typeDefs: readFileSync(typeDefsFile, 'utf8'),
    driver,
    features: { filters: { String: STRING_RANGE_FILTERS } },
  });
  const apollo = new ApolloServer({
    schema: await library.getSchema(),
    introspection: true,
    allowBatchedHttpRequests: false,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(cors({ origin: [], methods: ['GET', 'POST'], maxAge: 600 }));
  app.use(
    '/graphql',
    express.json({ limit: 100 * 1024 }),
    expressMiddleware(apollo, { context: () => Promise.resolve({ sessionConfig: { database } }) }),
  );
  const listener = await listen(app, process.env.HOST ?? '127.0.0.1', Number(process.env.PORT ?? 4100));
  console.log(`Ready: GraphQL ${listener.url}/graphql`);

  const stop = async (): Promise<void> => {
    await listener.close(1000);
    await apollo.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
