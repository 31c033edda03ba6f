/**
 * Opens the configured graph: the remote Neo4j of NEO4J_URI, or the local one (started here, and stopped by
 * `close`). Used by `npm start`, the seed command and the CLI.
 */
import type { Config } from '../config';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local';
import { connect } from './connect';
import type { GraphDatabase } from './database';

export interface OpenGraph {
  readonly db: GraphDatabase;
  readonly local: LocalNeo4j | null;
  readonly uri: string;
  close(): Promise<void>;
}

export async function openGraph(config: Config, log: (line: string) => void): Promise<OpenGraph> {
  const local = config.remote ? null : await startLocalNeo4j(config.local, log);
  const uri = config.remote?.uri ?? local?.boltUrl ?? '';
  try {
    const db = await connect({
      uri,
      username: config.remote?.username ?? undefined,
      password: config.remote?.password ?? undefined,
      database: config.database,
      queryTimeoutMs: config.queryTimeoutMs,
      waitMs: config.startupWaitMs,
      log,
    });
    return {
      db,
      local,
      uri,
      async close() {
        await db.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await local?.stop();
    throw error;
  }
}
