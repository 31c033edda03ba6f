/**
 * The floor of the benchmark is "the same Cypher our API sends". Rather than copy our statements (and drift from
 * them), we run each GraphQL operation once through our real resolvers in-process, over a GraphDatabase that
 * records every statement with its parameters, its results and its wave: statements started while an earlier one
 * was still running (DataLoaders of one level firing together) share a wave and are replayed concurrently.
 */
import { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { loadConfig } from '../../config';
import { GraphDatabase, type NamedQuery, type Params } from '../../graph/database';
import { buildApp } from '../../server/app';
import { createContext } from '../../server/context';

export interface CapturedStatement {
  readonly name: string;
  readonly cypher: string;
  readonly params: Params;
  /** Statements of one wave ran concurrently in the API; waves ran one after another. */
  readonly wave: number;
  /** The records as plain objects: the replay must return exactly these. */
  readonly records: readonly Record<string, unknown>[];
}

export interface CapturedOperation {
  /** The GraphQL response our resolvers produced (`data` and `errors`). */
  readonly response: { data?: unknown; errors?: readonly { message: string }[] };
  readonly statements: readonly CapturedStatement[];
}

class RecordingGraphDatabase extends GraphDatabase {
  private completed = 0;
  statements: CapturedStatement[] = [];

  override async read<R extends RecordShape = RecordShape>(query: NamedQuery, params: Params = {}) {
    const wave = this.completed;
    const result: QueryResult<R> = await super.read<R>(query, params);
    this.completed += 1;
    this.statements.push({
      name: query.name,
      cypher: query.cypher,
      params,
      wave,
      records: result.records.map((record) => record.toObject()),
    });
    return result;
  }

  reset(): void {
    this.completed = 0;
    this.statements = [];
  }
}

export interface OperationCapturer {
  capture(query: string, variables: Record<string, unknown>): Promise<CapturedOperation>;
  stop(): Promise<void>;
}

/**
 * Our app, built in-process over `driver` (which the caller keeps and closes) with the configuration our server
 * process gets from `serverEnv`. The driver must be made as ours is (`disableLosslessIntegers: true`) so that the
 * captured records are what our resolvers saw.
 */
export async function startOperationCapturer(
  driver: Driver,
  database: string,
  serverEnv: NodeJS.ProcessEnv,
): Promise<OperationCapturer> {
  // The limits and timeout our server process runs with: the environment it is given.
  const config = loadConfig(serverEnv, { host: '127.0.0.1', port: 1, remote: null });
  const db = new RecordingGraphDatabase(driver, database, config.queryTimeoutMs);
  const built = await buildApp({ db, config });
  return {
    async capture(query, variables) {
      db.reset();
      const response = await built.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db, undefined, config.limits) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single GraphQL result');
      const { data, errors } = response.body.singleResult;
      // Waves are numbered by completions; renumber them 0, 1, 2 ... for readability.
      const waves = [...new Set(db.statements.map((s) => s.wave))].sort((a, b) => a - b);
      return {
        response: { data, errors: errors?.map((e) => ({ message: e.message })) },
        statements: db.statements.map((s) => ({ ...s, wave: waves.indexOf(s.wave) })),
      };
    },
    stop: () => built.stop(),
  };
}
