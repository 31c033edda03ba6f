/**
 * One query at one concurrency, for each variant: an untimed warm-up, then a timed closed loop. While a server
 * is under load its resident set is sampled, so the result can report the most it used.
 */
import type { Driver } from 'neo4j-driver';
import { expertStatementFor, type ExpertStatement } from './expertFloor';
import { runFloorLoad } from './floorLoad';
import { runHttpLoad } from './httpLoad';
import type { CellMeasurement } from './latency';
import type { PreparedQuery } from './preparation';
import type { Cell, Variant } from './results';
import { sampleRssDuring, type ServerProcess } from './serverProcess';

export interface MeasurementTargets {
  readonly driver: Driver;
  readonly database: string;
  readonly ours: ServerProcess;
  readonly theirs: ServerProcess;
  readonly durationMs: number;
  readonly warmupMs: number;
}

/** The largest resident set sampled per server, across every cell. */
export class LoadMemory {
  private readonly largest = new Map<ServerProcess, number>();

  async during(server: ServerProcess, work: () => Promise<CellMeasurement>): Promise<CellMeasurement> {
    const { result, maxRssMiB } = await sampleRssDuring(server, work);
    if (maxRssMiB !== null) this.largest.set(server, Math.max(this.largest.get(server) ?? 0, maxRssMiB));
    return result;
  }

  maxRssMiB(server: ServerProcess): number | null {
    return this.largest.get(server) ?? null;
  }
}

/**
 * Waits (up to a minute) until Neo4j runs no query but this one: requests a client gave up on at the end of a
 * cell keep running in Neo4j, and would otherwise slow the next cell down (seen at 1M: 32 abandoned two-level
 * queries of @neo4j/graphql made the next cell's floor seven times slower).
 */
async function settled(targets: MeasurementTargets): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { records } = await targets.driver.executeQuery(
      `SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running`,
      {},
      { database: targets.database },
    );
    if (Number(records[0]?.get('running') ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function warmedUp(load: (ms: number) => Promise<CellMeasurement>, targets: MeasurementTargets) {
  await settled(targets);
  await load(targets.warmupMs);
  return load(targets.durationMs);
}

function expertOf(statement: ExpertStatement, prepared: PreparedQuery) {
  return { name: statement.name, cypher: statement.cypher, params: prepared.expertParams ?? {} };
}

export async function measureQuery(
  prepared: PreparedQuery,
  concurrency: number,
  targets: MeasurementTargets,
  memory: LoadMemory,
): Promise<Cell[]> {
  const { query, captured } = prepared;
  const key = (variant: Variant) => ({ query: query.name, variant, concurrency });
  const { driver, database, ours, theirs } = targets;

  // The hand-written statement runs through the same closed loop as our replayed Cypher: one statement, one wave.
  const expertStatement = expertStatementFor(query.name);
  const expert = expertStatement
    ? await warmedUp(
        (ms) =>
          runFloorLoad(
            driver,
            database,
            [{ ...expertOf(expertStatement, prepared), wave: 0, records: [] }],
            concurrency,
            ms,
          ),
        targets,
      )
    : null;
  const floor = await warmedUp((ms) => runFloorLoad(driver, database, captured.statements, concurrency, ms), targets);
  const ratio = (measured: CellMeasurement, variant: Variant): Cell => ({
    ...key(variant),
    ...measured,
    p50VsFloor: measured.p50Ms / floor.p50Ms,
    vsExpert: expert ? { p50: measured.p50Ms / expert.p50Ms, p99: measured.p99Ms / expert.p99Ms } : null,
  });
  const cells: Cell[] = [
    expert ? ratio(expert, 'expert') : { ...key('expert'), skipped: 'no hand-written statement for this query yet' },
    ratio(floor, 'floor'),
  ];

  const oursLoad = (ms: number) => memory.during(ours, () => runHttpLoad(ours.graphqlUrl, query.ours, concurrency, ms));
  cells.push(ratio(await warmedUp(oursLoad, targets), 'ours'));

  if (query.theirs.expressibility === 'not-expressible') {
    cells.push({ ...key('neo4jGraphql'), skipped: `not expressible: ${query.theirs.note}` });
    return cells;
  }
  const request = query.theirs.request(captured);
  const theirsLoad = (ms: number) =>
    memory.during(theirs, () => runHttpLoad(theirs.graphqlUrl, request, concurrency, ms));
  cells.push(ratio(await warmedUp(theirsLoad, targets), 'neo4jGraphql'));
  return cells;
}
