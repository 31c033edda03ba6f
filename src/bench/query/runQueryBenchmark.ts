/**
 * The query benchmark: each analyst query (analystQueries.ts) as (a) our Cypher straight through neo4j-driver,
 * (b) our API over HTTP and (c) @neo4j/graphql over HTTP, on a Neo4j already loaded with our model. The answers
 * are checked to agree before anything is timed; then every query x variant x concurrency cell runs a warm-up
 * and a timed closed loop. Both servers run in their own processes, whose memory is read from /proc.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { freePort } from '../../neo4j/local';
import { askGraphql, assertSameAnswer } from './answers';
import { LoadMemory, measureQuery } from './measureCells';
import { benchmarkDriver, prepareBenchmark, type PreparedQuery } from './preparation';
import { BENCHMARK_LIMIT_OVERRIDES, serverEnv } from './serverEnvironment';
import type { Cell, QueryBenchmarkResult, ServerMemory } from './results';
import { startServerProcess, type ServerProcess } from './serverProcess';

export interface QueryBenchmarkOptions {
  /** Bolt URL of a Neo4j loaded with our model (seeds or a synthetic graph). */
  readonly neo4jUri: string;
  readonly username?: string;
  readonly password?: string;
  readonly database?: string;
  /** Timed length of each cell (default 10 s). */
  readonly durationMs?: number;
  /** Untimed load before each cell (default a fifth of the duration, 0.5 s to 3 s). */
  readonly warmupMs?: number;
  /** Concurrency levels (default 1 and 32). */
  readonly concurrency?: readonly number[];
  /** Names of the queries to run (default all). */
  readonly queries?: readonly string[];
  /** Limits of our API raised for this run (environment variables); default BENCHMARK_LIMIT_OVERRIDES. */
  readonly ourLimitOverrides?: Readonly<Record<string, string>>;
  /** Where the type definitions (and CPU profiles) go; default a new temporary directory. */
  readonly workDir?: string;
  /** When set, our API runs with `--cpu-prof` and writes its profile here on exit. */
  readonly ourCpuProfileDir?: string;
  readonly log?: (line: string) => void;
}

const DEFAULT_DURATION_MS = 10_000;

const DEFAULT_CONCURRENCY = [1, 32] as const;

async function describeEnvironment(driver: Driver, database: string): Promise<QueryBenchmarkResult['environment']> {
  const version = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
  const counts = await driver.executeQuery(
    'MATCH (e:Entity) WITH count(e) AS entities RETURN entities, COUNT { (:Entity)-[]->(:Entity) } AS relationships',
    {},
    { database },
  );
  const cpus = os.cpus();
  return {
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: { atStart: os.loadavg()[0] ?? 0, atEnd: 0 },
    neo4jVersion: String(version.records[0]?.get('version') ?? 'unknown'),
    graph: {
      entities: Number(counts.records[0]?.get('entities') ?? 0),
      relationships: Number(counts.records[0]?.get('relationships') ?? 0),
    },
  };
}

/** Our API over HTTP and @neo4j/graphql must both give the answer our resolvers gave in-process. */
async function verifyAnswers(prepared: readonly PreparedQuery[], ours: ServerProcess, theirs: ServerProcess) {
  for (const { query, captured, description } of prepared) {
    const oursData = await askGraphql(ours.graphqlUrl, query.ours, `${query.name} (our API)`);
    assertSameAnswer(query.name, description.answer, query.oursDigest(oursData), 'our API over HTTP');
    if (query.theirs.expressibility === 'not-expressible') continue;
    const theirsData = await askGraphql(
      theirs.graphqlUrl,
      query.theirs.request(captured),
      `${query.name} (@neo4j/graphql)`,
    );
    assertSameAnswer(query.name, description.answer, query.theirs.digest(theirsData), '@neo4j/graphql');
  }
}

export async function runQueryBenchmark(options: QueryBenchmarkOptions): Promise<QueryBenchmarkResult> {
  const startedAt = new Date().toISOString();
  const log = options.log ?? (() => undefined);
  const database = options.database ?? 'neo4j';
  const durationMs = options.durationMs ?? DEFAULT_DURATION_MS;
  const warmupMs = options.warmupMs ?? Math.min(3000, Math.max(500, durationMs / 5));
  const concurrency = [...(options.concurrency ?? DEFAULT_CONCURRENCY)];
  const workDir = options.workDir ?? mkdtempSync(path.join(os.tmpdir(), 'sco-kg-bench-query-'));
  const driver = benchmarkDriver(options);
  const servers: ServerProcess[] = [];
  try {
    const environment = await describeEnvironment(driver, database);
    const [ourPort, theirPort] = [await freePort(), await freePort()];
    const limitOverrides = options.ourLimitOverrides ?? BENCHMARK_LIMIT_OVERRIDES;
    const ourEnv = serverEnv(options, ourPort, { SEED_ON_EMPTY: 'false', ...limitOverrides });
    const { parameters, prepared, typeDefs } = await prepareBenchmark(driver, database, options.queries, ourEnv);
    log(`Parameters: ${JSON.stringify(parameters)}`);

    const typeDefsFile = path.join(workDir, 'neo4j-graphql-type-defs.graphql');
    writeFileSync(typeDefsFile, typeDefs);
    log('Starting our API and the @neo4j/graphql server ...');
    const ours = await startServerProcess({
      name: 'our API',
      script: 'dist/src/main.js',
      env: ourEnv,
      nodeOptions: options.ourCpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.ourCpuProfileDir}`] : [],
    });
    servers.push(ours);
    const theirs = await startServerProcess({
      name: '@neo4j/graphql server',
      script: 'dist/src/bench/query/neo4jGraphqlServer.js',
      args: ['--type-defs', typeDefsFile],
      env: serverEnv(options, theirPort),
    });
    servers.push(theirs);
    await verifyAnswers(prepared, ours, theirs);
    log('All variants agree on every answer.');

    const cells: Cell[] = [];
    const memory = new LoadMemory();
    const targets = { driver, database, ours, theirs, durationMs, warmupMs };
    for (const query of prepared) {
      for (const level of concurrency) {
        cells.push(...(await measureQuery(query, level, targets, memory)));
        log(`${query.query.name} at concurrency ${level}: done`);
      }
    }

    const memoryOf = (server: ServerProcess): ServerMemory => ({
      startupMs: server.startupMs,
      peakRssMiB: server.memory()?.peakRssMiB ?? null,
      maxRssUnderLoadMiB: memory.maxRssMiB(server),
    });
    return {
      startedAt,
      finishedAt: new Date().toISOString(),
      environment: { ...environment, loadAverage: { ...environment.loadAverage, atEnd: os.loadavg()[0] ?? 0 } },
      settings: { durationMs, warmupMs, concurrency, ourLimitOverrides: { ...limitOverrides } },
      parameters,
      queries: prepared.map((p) => p.description),
      cells,
      servers: { ours: memoryOf(ours), neo4jGraphql: memoryOf(theirs) },
    };
  } finally {
    for (const server of servers) await server.stop();
    await driver.close();
  }
}
