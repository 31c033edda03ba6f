/**
 * Opens the driver to the configured Neo4j and proves it answers. Start-up problems become one clear line
 * (what is wrong and what to change) through ConnectError; an unreachable server is retried with backoff.
 */
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { GraphDatabase } from './database';

export class ConnectError extends Error {
  override readonly name = 'ConnectError';
}

export interface ConnectOptions {
  readonly uri: string;
  readonly username?: string;
  readonly password?: string;
  readonly database: string;
  readonly queryTimeoutMs: number;
  /** How long to keep retrying an unreachable server before giving up. */
  readonly waitMs?: number;
  readonly log?: (line: string) => void;
}

function makeDriver(options: ConnectOptions): Driver {
  const auth =
    options.username !== undefined && options.password !== undefined
      ? neo4j.auth.basic(options.username, options.password)
      : undefined;
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5000,
    connectionAcquisitionTimeout: 10_000,
    // Fail fast when Neo4j is away (UNAVAILABLE at once) instead of retrying a read for the default 30 s;
    // the pool reconnects by itself when the server is back.
    maxTransactionRetryTime: 1000,
    maxConnectionPoolSize: 50,
    userAgent: 'sco-knowledge-graph',
  });
}

function describe(error: unknown, options: ConnectOptions): { message: string; retry: boolean } {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return {
      message: `Neo4j at ${options.uri} refused the credentials of user "${options.username ?? ''}": check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      retry: false,
    };
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return {
      message: `Neo4j at ${options.uri} has no database "${options.database}": check NEO4J_DATABASE.`,
      retry: false,
    };
  }
  const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    message: `Neo4j at ${options.uri} is unreachable (${text}): check NEO4J_URI and that the server is running.`,
    retry: true,
  };
}

export async function connect(options: ConnectOptions): Promise<GraphDatabase> {
  let driver: Driver;
  try {
    driver = makeDriver(options);
  } catch (error) {
    throw new ConnectError(
      `NEO4J_URI ${options.uri} is not usable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const database = new GraphDatabase(driver, options.database, options.queryTimeoutMs);
  const deadline = Date.now() + (options.waitMs ?? 0);
  let delay = 500;
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1 AS ok', {}, { database: options.database });
      return database;
    } catch (error) {
      const problem = describe(error, options);
      if (!problem.retry || Date.now() + delay > deadline) {
        await driver.close();
        throw new ConnectError(problem.message);
      }
      options.log?.(`${problem.message} Retrying in ${(delay / 1000).toFixed(1)} s ...`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 8000);
    }
  }
}
