/**
 * The only code that touches neo4j-driver. Sessions open with an explicit database, reads run as auto-commit
 * statements in READ sessions with a timeout, sessions close in `finally`, and driver errors become our error
 * codes here. Every query has a name (for logs and round-trip counting) and takes parameters only.
 */
import neo4j, { type Driver, Neo4jError, type QueryResult, type RecordShape } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';

export interface NamedQuery {
  readonly name: string;
  readonly cypher: string;
}

export type Params = Record<string, unknown>;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a driver error to the API's error codes; the driver's text never reaches a client. */
export function mapDriverError(error: unknown, queryName: string): AppError {
  if (error instanceof AppError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  if (UNAVAILABLE_CODES.has(code) || /connect|ECONNREFUSED|ECONNRESET|socket/i.test(String(error))) {
    return new AppError(ErrorCode.UNAVAILABLE, 'The graph database is unavailable; try again shortly.', {
      query: queryName,
    });
  }
  if (TIMEOUT_CODES.has(code)) {
    return new AppError(ErrorCode.QUERY_TIMEOUT, 'The query took too long and was stopped; narrow it down.', {
      query: queryName,
    });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new AppError(ErrorCode.UNAVAILABLE, 'The service cannot authenticate to its graph database.', {
      query: queryName,
    });
  }
  // The client gets a neutral message; the operator's log gets the driver's own words.
  console.error(
    `[graph] query ${queryName} failed: ${code || 'no code'}: ${error instanceof Error ? error.message : String(error)}`,
  );
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error while reading the graph.', { query: queryName });
}

export class GraphDatabase {
  /** Number of queries sent: lets tests prove that nested fields are batched. */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly timeoutMs: number,
  ) {}

  /**
   * Runs one read statement as an auto-commit transaction: a managed one (`executeRead`) would add a COMMIT round
   * trip to every statement, and a single statement gains nothing from an explicit transaction. What it gives up
   * is the driver's retry of transient errors, which connect.ts already limits to a second (an outage must
   * answer UNAVAILABLE at once).
   */
  async read<R extends RecordShape = RecordShape>(query: NamedQuery, params: Params = {}): Promise<QueryResult<R>> {
    this.roundTrips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.run<R>(query.cypher, params, {
        timeout: this.timeoutMs,
        metadata: { app: 'sco-kg', query: query.name },
      });
    } catch (error) {
      throw mapDriverError(error, query.name);
    } finally {
      await session.close();
    }
  }

  /**
   * Streams the records of a read, pulled as they are consumed (the driver fetches them in batches), so a read
   * of a million rows never sits in memory whole. Not bounded by the query timeout: it is for bulk jobs.
   */
  async *stream<R extends RecordShape = RecordShape>(query: NamedQuery, params: Params = {}): AsyncGenerator<R> {
    this.roundTrips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      for await (const record of session.run<R>(query.cypher, params)) yield record.toObject();
    } catch (error) {
      throw mapDriverError(error, query.name);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async writeTransaction<T>(
    name: string,
    work: (run: TransactionRunner) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) =>
          work(async <R extends RecordShape>(query: NamedQuery, params: Params = {}) => {
            this.roundTrips += 1;
            return tx.run<R>(query.cypher, params);
          }),
        { timeout: timeoutMs ?? this.timeoutMs * 30, metadata: { app: 'sco-kg', query: name } },
      );
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one auto-commit statement (schema changes cannot share a transaction with writes, nor can
   * `CALL ... IN TRANSACTIONS`); `timeoutMs` overrides the server's transaction timeout for it.
   */
  async runSchema(statement: string, timeoutMs?: number): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(statement, {}, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    await this.read({ name: 'ping', cypher: 'RETURN 1 AS ok' });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export type TransactionRunner = <R extends RecordShape = RecordShape>(
  query: NamedQuery,
  params?: Params,
) => Promise<QueryResult<R>>;

/** Whether `match` (a MATCH clause, with its WHERE) finds anything; it stops at the first match. */
export async function matchesAny(
  db: GraphDatabase,
  name: string,
  match: string,
  params: Params = {},
): Promise<boolean> {
  const result = await db.read<{ any: boolean }>(
    { name, cypher: `${match} WITH 1 AS found LIMIT 1 RETURN count(found) > 0 AS any` },
    params,
  );
  return result.records[0]?.get('any') === true;
}
