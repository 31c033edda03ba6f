/**
 * A real API server for HTTP and browser tests: the built app on a free loopback port, over the test Neo4j
 * (schema applied, seeds loaded).
 */
import { loadConfig, type Config } from '../../src/config';
import type { GraphDatabase } from '../../src/graph/database';
import { buildApp } from '../../src/server/app';
import { listen } from '../../src/server/listen';
import { openTestDatabase, resetAndSeed } from './db';

export interface TestApi {
  readonly url: string;
  readonly db: GraphDatabase;
  /** POSTs a GraphQL request (with a bearer token when given) and returns the parsed body and HTTP status. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[]; status: number }>;
  stop(): Promise<void>;
}

export async function startTestApi(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApi> {
  const db = await openTestDatabase();
  if (options.seed !== false) await resetAndSeed(db);
  const config = loadConfig({}, { host: '127.0.0.1', port: 0, production: false, ...options.config });
  const built = await buildApp({ db, config });
  const listener = await listen(built.app, '127.0.0.1', 0);
  return {
    url: listener.url,
    db,
    async graphql(query, variables, requestOptions) {
      const response = await fetch(`${listener.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions?.token !== undefined ? { authorization: `Bearer ${requestOptions.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Record<string, unknown>;
      return { ...body, status: response.status } as never;
    },
    async stop() {
      await listener.close(1000);
      await built.stop();
      await db.close();
    },
  };
}
