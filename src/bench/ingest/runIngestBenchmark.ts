/**
 * The ingestion benchmark at one size: a synthetic corpus (generated once per size and seed, then reused), a
 * fresh Neo4j store, and one load in a child process that reports its own time and peak memory, by one of two
 * loaders: `transactional` (`kg seed --bulk`: batches of transactions into a running Neo4j) or `offline`
 * (`kg seed --offline`: validate and spool as CSV, neo4j-admin import, then schema, late values and indexes).
 * With `keepRunning` the Neo4j is handed back running, loaded, for the query benchmark; without, it is left
 * stopped (after an offline import it is then never started: one Neo4j start less for each graph not queried).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { connect } from '../../graph/connect';
import { createSchema, waitForIndexes } from '../../graph/schema';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local';
import { PROJECT_ROOT } from '../../projectRoot';
import { generateCorpus } from '../generate/corpus';
import type { BenchSize } from '../sizes';
import type { LoadMeasurement } from './loadChild';

export interface Neo4jSettings {
  readonly heap: string;
  readonly pageCache: string;
}

export type Loader = 'offline' | 'transactional';
export const LOADERS: readonly Loader[] = ['offline', 'transactional'];

export interface IngestResult extends LoadMeasurement {
  readonly size: string;
  readonly loader: Loader;
  readonly generateSeconds: number | null;
  readonly totalMs: number;
  readonly relationshipsPerSecond: number;
  readonly writeRelationshipsPerSecond: number;
  readonly seedBytes: number;
}

/** Where corpora (kept between runs) and the benchmark's Neo4j data go by default. */
export const BENCH_DIR = path.join(PROJECT_ROOT, '.cache', 'bench');

/** The corpus of a size, generated when it is not already on disk with the same parameters. */
async function corpusFor(
  size: BenchSize,
  seed: number,
  workDir: string,
  log: (line: string) => void,
): Promise<{ dir: string; seconds: number | null }> {
  const dir = path.join(workDir, `corpus-${size.name}-seed${seed}`);
  const stamp = path.join(dir, 'corpus.json');
  const wanted = JSON.stringify({ ...size, seed });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return { dir, seconds: null };
  log(`Generating the ${size.name} corpus (${size.relationships} relationships) into ${dir} ...`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const summary = await generateCorpus({ outDir: dir, ...size, seed, format: 'jsonl', replace: true });
  writeFileSync(stamp, wanted);
  return { dir, seconds: summary.seconds };
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

export async function runIngestBenchmark(
  size: BenchSize,
  options: {
    seed: number;
    neo4j: Neo4jSettings;
    batchSize: number;
    loader: Loader;
    workDir?: string;
    keepRunning: boolean;
    log: (line: string) => void;
  },
): Promise<{ result: IngestResult; neo4j: LocalNeo4j | null; dataDir: string }> {
  const workDir = options.workDir ?? BENCH_DIR;
  const corpus = await corpusFor(size, options.seed, workDir, options.log);
  const dataDir = path.join(workDir, `neo4j-${size.name}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const result = (measurement: LoadMeasurement, totalMs: number): IngestResult => ({
    size: size.name,
    loader: options.loader,
    generateSeconds: corpus.seconds,
    ...measurement,
    totalMs: Math.round(totalMs),
    relationshipsPerSecond: Math.round(measurement.relationships / (totalMs / 1000)),
    writeRelationshipsPerSecond: Math.round(measurement.relationships / (measurement.writeMs / 1000)),
    seedBytes: folderBytes(corpus.dir),
  });
  if (options.loader === 'offline') {
    options.log(`Importing the ${size.name} corpus offline into a new store ...`);
    const settings = { port, dataDir, ...options.neo4j };
    const started = performance.now();
    const measurement = await runChild(
      'importChild.js',
      [corpus.dir, dataDir, String(port), options.neo4j.heap, options.neo4j.pageCache],
      {},
    );
    const totalMs = performance.now() - started;
    const neo4j = options.keepRunning ? await startLocalNeo4j(settings) : null;
    return { result: result(measurement, totalMs), neo4j, dataDir };
  }
  options.log(`Starting a fresh Neo4j (heap ${options.neo4j.heap}, page cache ${options.neo4j.pageCache}) ...`);
  const neo4j = await startLocalNeo4j(
    { port, dataDir, heap: options.neo4j.heap, pageCache: options.neo4j.pageCache },
    options.log,
  );
  let measured: IngestResult;
  try {
    options.log(`Loading the ${size.name} corpus ...`);
    const started = performance.now();
    const measurement = await runChild('loadChild.js', [corpus.dir, String(options.batchSize)], {
      NEO4J_URI: neo4j.boltUrl,
    });
    measured = result(measurement, performance.now() - started);
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  if (options.keepRunning) return { result: measured, neo4j, dataDir };
  await neo4j.stop();
  return { result: measured, neo4j: null, dataDir };
}

/** Runs a loader child of this folder and reads the measurement it prints last. */
async function runChild(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<LoadMeasurement> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, script), ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LoadMeasurement;
}

/** Starts Neo4j again on the data a previous run of this size loaded (to rerun the query benchmark alone). */
export async function reopenBenchGraph(
  size: BenchSize,
  settings: Neo4jSettings,
  workDir: string = BENCH_DIR,
): Promise<LocalNeo4j> {
  const dataDir = path.join(workDir, `neo4j-${size.name}`);
  if (!existsSync(path.join(dataDir, 'data'))) {
    throw new Error(`no ${size.name} graph in ${dataDir}: run \`npm run bench -- --size ${size.name}\` first`);
  }
  const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir, ...settings });
  // A graph loaded by an older version lacks the indexes added since (issue 17's search indexes): create what the
  // schema files declare and wait for it, so that the queries run on the schema of today's code.
  const db = await connect({ uri: neo4j.boltUrl, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await createSchema(db);
    await waitForIndexes(db, 30 * 60_000);
  } catch (error) {
    await neo4j.stop();
    throw error;
  } finally {
    await db.close();
  }
  return neo4j;
}
