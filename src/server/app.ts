/**
 * Builds the HTTP application (Express 5 + Apollo Server 5) without binding a port, so tests can run it on any
 * port. Routes: /health (process up), /ready (Neo4j reachable and schema applied), /graphql, /graphiql.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Config } from '../config';
import type { GraphDatabase } from '../graph/database';
import { schemaIsApplied } from '../graph/schema';
import { PROJECT_ROOT } from '../projectRoot';
import { resolvers } from '../resolvers';
import { createContext, type Context } from './context';
import { formatError } from './formatError';
import { explorerRouter } from './explorer';
import { graphiqlRouter } from './graphiql';

export interface AppDependencies {
  readonly db: GraphDatabase;
  readonly config: Config;
}

export interface BuiltApp {
  readonly app: Express;
  readonly apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

export const typeDefs = readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');

async function readiness(db: GraphDatabase): Promise<{ ready: boolean; reason?: string }> {
  try {
    if (!(await schemaIsApplied(db))) return { ready: false, reason: 'schema not applied' };
    return { ready: true };
  } catch {
    return { ready: false, reason: 'neo4j unreachable' };
  }
}

export async function buildApp({ db, config }: AppDependencies): Promise<BuiltApp> {
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const { ready, reason } = await readiness(db);
    res.status(ready ? 200 : 503).json(ready ? { status: 'ready' } : { status: 'unavailable', reason });
  });
  app.use(graphiqlRouter());
  app.use(explorerRouter());
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(db) }),
  );
  return { app, apollo, stop: () => apollo.stop() };
}
