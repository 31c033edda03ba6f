/**
 * `npm run bench -- [--size 10k,100k,1m] [--loader offline,transactional] [--duration 10] [--concurrency 1,32]`:
 * the ingestion benchmark at each size (growth across sizes) with each loader, then the query benchmark on the
 * graph loaded last
 * (our API against the same Cypher through neo4j-driver and against @neo4j/graphql). Writes the results as JSON
 * and Markdown under --out and prints the Markdown. Not part of `npm test`; a tiny smoke run is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { markdownTable } from './query/report';
import { runQueryBenchmark } from './query/runQueryBenchmark';
import type { QueryBenchmarkResult } from './query/results';
import { ingestTable } from './ingest/report';
import {
  LOADERS,
  reopenBenchGraph,
  runIngestBenchmark,
  type IngestResult,
  type Loader,
  type Neo4jSettings,
} from './ingest/runIngestBenchmark';
import type { LocalNeo4j } from '../neo4j/local';
import { wholeNumber } from '../cli/wholeNumber';
import { benchSize, DEFAULT_SIZES } from './sizes';

interface BenchOptions {
  readonly size: string[];
  readonly loader: Loader[];
  readonly duration: number;
  readonly warmup?: number;
  readonly concurrency: number[];
  readonly out: string;
  readonly seed: number;
  readonly batchSize: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly queries: boolean;
  readonly work?: string;
  readonly reuseGraph?: boolean;
}

const list =
  <T>(parse: (item: string) => T) =>
  (value: string): T[] =>
    value.split(',').map((item) => parse(item.trim()));
const loader = (value: string): Loader => {
  const found = LOADERS.find((name) => name === value);
  if (!found) throw new InvalidArgumentError(`must be one of ${LOADERS.join(', ')}.`);
  return found;
};
const whole = wholeNumber(1);
/** Fractions too, as in bench-query's command line: the smoke test runs cells of a fraction of a second. */
const positiveSeconds = (value: string): number => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('must be a positive number of seconds.');
  return n;
};

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

export interface BenchReport {
  readonly command: string;
  readonly date: string;
  readonly machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  readonly neo4j: Neo4jSettings & { batchSize: number };
  readonly ingest: IngestResult[];
  readonly queries: QueryBenchmarkResult | null;
}

export function markdownReport(report: BenchReport): string {
  const { machine } = report;
  return [
    `Command: \`${report.command}\`  `,
    `Date: ${report.date}  `,
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}  `,
    `Neo4j: heap ${report.neo4j.heap}, page cache ${report.neo4j.pageCache}; bulk batches of ${report.neo4j.batchSize} rows`,
    '',
    ...(report.ingest.length > 0
      ? ['### Ingestion', '', ingestTable(report.ingest), '']
      : ['Ingestion skipped (--reuse-graph): the queries ran on the graph a previous run loaded.', '']),
    ...(report.queries ? ['### Queries', '', markdownTable(report.queries)] : []),
  ].join('\n');
}

async function bench(options: BenchOptions): Promise<void> {
  const sizes = options.size.map(benchSize);
  const neo4jSettings = { heap: options.heap, pageCache: options.pageCache };
  const ingest: IngestResult[] = [];
  let queries: QueryBenchmarkResult | null = null;
  for (const [i, size] of sizes.entries()) {
    const loaders = options.reuseGraph ? [null] : options.loader;
    for (const [j, loaderName] of loaders.entries()) {
      const queriedHere = options.queries && i === sizes.length - 1 && j === loaders.length - 1;
      let neo4j: LocalNeo4j | null;
      if (loaderName === null) {
        log(`Reusing the ${size.name} graph a previous run loaded ...`);
        neo4j = await reopenBenchGraph(size, neo4jSettings, options.work);
      } else {
        const ingested = await runIngestBenchmark(size, {
          seed: options.seed,
          neo4j: neo4jSettings,
          batchSize: options.batchSize,
          loader: loaderName,
          workDir: options.work,
          keepRunning: queriedHere,
          log,
        });
        neo4j = ingested.neo4j;
        const result = ingested.result;
        ingest.push(result);
        log(
          `${size.name} (${loaderName}): ${result.relationships} relationships in ${(result.totalMs / 1000).toFixed(1)} s (${result.relationshipsPerSecond}/s), loader peak RSS ${result.peakRssMb} MB`,
        );
      }
      try {
        if (queriedHere && neo4j) {
          log(`Query benchmark on the ${size.name} graph ...`);
          queries = await runQueryBenchmark({
            neo4jUri: neo4j.boltUrl,
            durationMs: options.duration * 1000,
            warmupMs: options.warmup === undefined ? undefined : options.warmup * 1000,
            concurrency: options.concurrency,
            log,
          });
        }
      } finally {
        await neo4j?.stop();
      }
    }
  }
  const report: BenchReport = {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    neo4j: { ...neo4jSettings, batchSize: options.batchSize },
    ingest,
    queries,
  };
  mkdirSync(options.out, { recursive: true });
  const stem = path.join(options.out, `bench-${sizes.map((s) => s.name).join('-')}`);
  writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = markdownReport(report);
  writeFileSync(`${stem}.md`, `${markdown}\n`);
  process.stdout.write(`${markdown}\n`);
  log(`Wrote ${stem}.json and ${stem}.md`);
}

new Command('bench')
  .description('Ingestion and query benchmarks on synthetic graphs (see docs/BENCHMARKS.md).')
  .option('--size <sizes>', `comma-separated sizes: tiny, 10k, 100k, 1m`, list(String), [...DEFAULT_SIZES])
  .option('--loader <loaders>', `comma-separated loaders: ${LOADERS.join(', ')}`, list(loader), [...LOADERS])
  .option('--duration <seconds>', 'timed seconds per query cell', positiveSeconds, 10)
  .option(
    '--warmup <seconds>',
    'warm-up before each cell (default: a fifth of the duration, 0.5 to 3 s)',
    positiveSeconds,
  )
  .option('--concurrency <levels>', 'comma-separated concurrency levels', list(whole), [1, 32])
  .option('--seed <n>', 'seed of the synthetic corpus', whole, 1)
  .option('--batch-size <rows>', 'rows per transaction of the bulk load', whole, 5000)
  .option('--heap <size>', 'Neo4j heap', '4g')
  .option('--page-cache <size>', 'Neo4j page cache', '4g')
  .option('--no-queries', 'run the ingestion benchmark only')
  .option('--out <dir>', 'where to write the results', 'bench-results')
  .option('--work <dir>', 'where corpora and Neo4j data go (default .cache/bench)')
  .option('--reuse-graph', 'skip ingestion: query the graph a previous run loaded for the (last) size')
  .action((options: BenchOptions) => bench(options))
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
