/**
 * The ingestion benchmark at one size: a synthetic corpus (generated once per size and seed, then reused), a
 * fresh Neo4j, and one bulk load through `kg seed`'s code in a child process that reports its own time and peak
 * memory. The Neo4j is handed back running, loaded, for the query benchmark.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local';
import { PROJECT_ROOT } from '../../projectRoot';
import { generateCorpus } from '../generate/corpus';
import type { BenchSize } from '../sizes';
import type { LoadMeasurement } from './loadChild';

export interface Neo4jSettings {
  readonly heap: string;
  readonly pageCache: string;
}

export interface IngestResult extends LoadMeasurement {
  readonly size: string;
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
    workDir?: string;
    log: (line: string) => void;
  },
): Promise<{ result: IngestResult; neo4j: LocalNeo4j; dataDir: string }> {
  const workDir = options.workDir ?? BENCH_DIR;
  const corpus = await corpusFor(size, options.seed, workDir, options.log);
  const dataDir = path.join(workDir, `neo4j-${size.name}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  options.log(`Starting a fresh Neo4j (heap ${options.neo4j.heap}, page cache ${options.neo4j.pageCache}) ...`);
  const neo4j = await startLocalNeo4j(
    { port, dataDir, heap: options.neo4j.heap, pageCache: options.neo4j.pageCache },
    options.log,
  );
  try {
    options.log(`Loading the ${size.name} corpus ...`);
    const started = performance.now();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(__dirname, 'loadChild.js'), corpus.dir, String(options.batchSize)],
      { env: { ...process.env, NEO4J_URI: neo4j.boltUrl }, maxBuffer: 1 << 20 },
    );
    const totalMs = performance.now() - started;
    const measurement = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LoadMeasurement;
    const result: IngestResult = {
      size: size.name,
      generateSeconds: corpus.seconds,
      ...measurement,
      totalMs: Math.round(totalMs),
      relationshipsPerSecond: Math.round(measurement.relationships / (totalMs / 1000)),
      writeRelationshipsPerSecond: Math.round(measurement.relationships / (measurement.writeMs / 1000)),
      seedBytes: folderBytes(corpus.dir),
    };
    return { result, neo4j, dataDir };
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
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
  return startLocalNeo4j({ port: await freePort(), dataDir, ...settings });
}
