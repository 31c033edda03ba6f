/**
 * Opens the configured graph: the remote Neo4j of NEO4J_URI, or the local one (started here, and stopped by
 * `close`). Used by `npm start`, the seed command and the CLI.
 */
import type { Config, LocalNeo4jConfig } from '../config';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local';
import { connect, type ConnectOptions } from './connect';
import type { GraphDatabase } from './database';

export interface OpenGraph {
  readonly db: GraphDatabase;
  readonly local: LocalNeo4j | null;
  readonly uri: string;
  close(): Promise<void>;
}

export async function openGraph(config: Config, log: (line: string) => void): Promise<OpenGraph> {
  const options = { database: config.database, queryTimeoutMs: config.queryTimeoutMs, waitMs: config.startupWaitMs };
  if (!config.remote) return openLocalGraph(config.local, log, options);
  const { uri, username, password } = config.remote;
  const db = await connect({ ...options, uri, username: username ?? undefined, password: password ?? undefined, log });
  return { db, local: null, uri, close: () => db.close() };
}

/** Starts the local Neo4j of `local` and connects to it; `close` closes the driver and stops Neo4j. */
export async function openLocalGraph(
  local: LocalNeo4jConfig,
  log: (line: string) => void,
  options: Omit<ConnectOptions, 'uri' | 'log'>,
): Promise<OpenGraph> {
  const neo4j = await startLocalNeo4j(local, log);
  const uri = neo4j.boltUrl;
  try {
    const db = await connect({ ...options, uri, log });
    return {
      db,
      local: neo4j,
      uri,
      async close() {
        try {
          await db.close();
        } finally {
          await neo4j.stop();
        }
      },
    };
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}
