/**
 * The floor: the statements our API sends for an operation, replayed straight through neo4j-driver in the same
 * sessions-and-waves shape (one session and read transaction per statement, as GraphDatabase.read does; the
 * statements of a wave concurrently), with no GraphQL, HTTP, resolvers or record mapping. A closed loop: N
 * concurrent workers each send the next operation as soon as the last one answered.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { CapturedStatement } from './cypherCapture';
import { measurement, type CellMeasurement } from './latency';

export class FloorMismatchError extends Error {
  override readonly name = 'FloorMismatchError';
}

function wavesOf(statements: readonly CapturedStatement[]): CapturedStatement[][] {
  const waves: CapturedStatement[][] = [];
  for (const statement of statements) (waves[statement.wave] ??= []).push(statement);
  return waves.filter(Boolean);
}

async function runStatement(driver: Driver, database: string, statement: CapturedStatement) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => tx.run(statement.cypher, statement.params));
  } finally {
    await session.close();
  }
}

/** One replay of the whole operation; returns each statement's records in capture order. */
export async function replayOperation(
  driver: Driver,
  database: string,
  statements: readonly CapturedStatement[],
): Promise<Map<CapturedStatement, Record<string, unknown>[]>> {
  const records = new Map<CapturedStatement, Record<string, unknown>[]>();
  for (const wave of wavesOf(statements)) {
    await Promise.all(
      wave.map(async (statement) => {
        const result = await runStatement(driver, database, statement);
        records.set(
          statement,
          result.records.map((record) => record.toObject()),
        );
      }),
    );
  }
  return records;
}

/** The replay must return what our resolvers got: otherwise the floor would not be the same work. */
export async function verifyReplay(
  driver: Driver,
  database: string,
  statements: readonly CapturedStatement[],
): Promise<void> {
  const replayed = await replayOperation(driver, database, statements);
  for (const statement of statements) {
    if (JSON.stringify(replayed.get(statement)) !== JSON.stringify(statement.records)) {
      throw new FloorMismatchError(`replaying ${statement.name} did not return what our API got`);
    }
  }
}

export async function runFloorLoad(
  driver: Driver,
  database: string,
  statements: readonly CapturedStatement[],
  concurrency: number,
  durationMs: number,
): Promise<CellMeasurement> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        await replayOperation(driver, database, statements);
        latencies.push(performance.now() - sent);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return measurement(latencies, errors, performance.now() - started);
}
