/**
 * Builds the HTTP application (Express 5 + Apollo Server 5) without binding a port, so tests can run it on any
 * port. Routes: /health (process up), /ready (Neo4j reachable and schema applied), /graphql, /graphiql.
 * Bearer tokens are verified for every /graphql request (src/server/auth.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express } from 'express';
import helmet from 'helmet';
import type { Config } from '../config';
import { ErrorCode } from '../errors';
import type { GraphDatabase } from '../graph/database';
import { schemaIsApplied } from '../graph/schema';
import { PROJECT_ROOT } from '../projectRoot';
import { resolvers } from '../resolvers';
import { createAuthenticator, requireViewer } from './auth';
import { createContext, type Context } from './context';
import { formatError } from './formatError';
import { explorerRouter } from './explorer';
import { reviewRouter } from './review';
import { graphiqlRouter } from './graphiql';
import { queryLimitProtection } from './limits';
import { queryCostPlugin } from './queryCost';

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

/**
 * Errors raised before GraphQL runs (a body over the size limit, malformed JSON): one JSON error with a code,
 * never Express's HTML page with a stack trace.
 */
function httpErrorHandler(maxBodyBytes: number): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than ${maxBodyBytes} bytes`,
            extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit: 'maxBodyBytes', limitValue: maxBodyBytes },
          },
        ],
      });
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message = status === 500 ? 'Internal server error' : 'The request body is not valid JSON';
    const code = status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT;
    if (status === 500) console.error(`[http] ${String(error)}`);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

async function readiness(db: GraphDatabase): Promise<{ ready: boolean; reason?: string }> {
  try {
    if (!(await schemaIsApplied(db))) return { ready: false, reason: 'schema not applied' };
    return { ready: true };
  } catch {
    return { ready: false, reason: 'neo4j unreachable' };
  }
}

export async function buildApp({ db, config }: AppDependencies): Promise<BuiltApp> {
  const protection = queryLimitProtection(config.limits);
  const authenticate = createAuthenticator(config.auth);
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM and stops Apollo in order; Apollo's own handlers (installed unless
    // NODE_ENV=test) would race it and leave the shutdown hanging with the local Neo4j still running.
    stopOnTerminationSignals: false,
    // CSRF prevention is on by default in Apollo Server 5: GETs and simple POSTs need a preflight-forcing header.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...protection.plugins,
      queryCostPlugin<Context>(config.limits.maxCost),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // An ETag is a hash of the whole body of every response, and GraphQL clients do not revalidate answers with it.
  app.set('etag', false);
  // Security headers; the GraphiQL, explorer and review pages set their own same-origin Content-Security-Policy.
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(cors({ origin: [...config.corsOrigins], methods: ['GET', 'POST'], maxAge: 600 }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const { ready, reason } = await readiness(db);
    res.status(ready ? 200 : 503).json(ready ? { status: 'ready' } : { status: 'unavailable', reason });
  });
  app.use(graphiqlRouter());
  app.use(explorerRouter());
  app.use(reviewRouter());
  app.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authentication = await authenticate(req.headers.authorization);
        // With reads closed, no operation runs without a valid token; writes check the editor role themselves.
        if (config.auth.readsRequireToken) requireViewer(authentication);
        return createContext(db, authentication, config.limits);
      },
    }),
  );
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: ErrorCode.NOT_FOUND } }] });
  });
  app.use(httpErrorHandler(config.limits.maxBodyBytes));
  return { app, apollo, stop: () => apollo.stop() };
}
