/**
 * `node dist/src/bench/query/cli.js --neo4j-uri bolt://127.0.0.1:7687 [options]`: runs the query benchmark on
 * a Neo4j already loaded with our model, writes the JSON result and prints the Markdown table.
 */
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { cpuProfileReport, newestCpuProfile, summariseCpuProfile } from './cpuProfileSummary';
import { profileBenchmarkQueries, profileReport } from './cypherProfile';
import { markdownTable } from './report';
import { runQueryBenchmark } from './runQueryBenchmark';

const seconds = (value: string): number => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('must be a positive number of seconds');
  return n;
};
const levels = (value: string): number[] => {
  const list = value.split(',').map(Number);
  if (!list.every((n) => Number.isInteger(n) && n >= 1 && n <= 256)) {
    throw new InvalidArgumentError('must be a comma-separated list of whole numbers from 1 to 256, e.g. 1,32');
  }
  return list;
};
const limit = (value: string, previous: Record<string, string> | undefined): Record<string, string> => {
  const match = /^(MAX_[A-Z_]+|QUERY_TIMEOUT_MS)=(\d+)$/.exec(value);
  if (!match?.[1] || !match[2]) throw new InvalidArgumentError('must be NAME=VALUE, e.g. MAX_COST=50000');
  return { ...previous, [match[1]]: match[2] };
};

const program = new Command('bench-query')
  .description('Times analyst queries: our Cypher via the driver, our API and @neo4j/graphql, on the same Neo4j.')
  .requiredOption('--neo4j-uri <url>', 'Bolt URL of a Neo4j loaded with our model')
  .option('--username <name>', 'Neo4j user (with --password)')
  .option('--password <secret>', 'Neo4j password')
  .option('--database <name>', 'database name', 'neo4j')
  .option('--duration <seconds>', 'timed length of each cell', seconds, 10)
  .option('--warmup <seconds>', 'warm-up before each cell (default: a fifth of the duration, 0.5 to 3 s)', seconds)
  .option('--smoke', 'a quick check: 1 s cells, 0.5 s warm-up')
  .option('--concurrency <levels>', 'concurrency levels', levels, [1, 32])
  .option('--query <name...>', 'only these queries')
  .option(
    '--our-limit <NAME=VALUE>',
    'set one of our API limits for this run (repeatable; default MAX_COST=1000000, see BENCHMARK_LIMIT_OVERRIDES)',
    limit,
  )
  .option('--cpu-prof-dir <dir>', 'profile our API with --cpu-prof into this directory')
  .option('--profile-cypher', 'time nothing: PROFILE each query of both sides once and print db hits and plans')
  .option('--out <file>', 'JSON result file', 'bench-query-result.json')
  .option('--markdown <file>', 'also write the Markdown table to this file');

async function main(): Promise<void> {
  const options = program.parse().opts<{
    neo4jUri: string;
    username?: string;
    password?: string;
    database: string;
    duration: number;
    warmup?: number;
    smoke?: boolean;
    concurrency: number[];
    query?: string[];
    ourLimit?: Record<string, string>;
    cpuProfDir?: string;
    profileCypher?: boolean;
    out: string;
    markdown?: string;
  }>();
  if (options.profileCypher) {
    const profiles = await profileBenchmarkQueries({
      neo4jUri: options.neo4jUri,
      username: options.username,
      password: options.password,
      database: options.database,
      queries: options.query,
      ourLimitOverrides: options.ourLimit,
    });
    process.stdout.write(profileReport(profiles));
    return;
  }
  const result = await runQueryBenchmark({
    neo4jUri: options.neo4jUri,
    username: options.username,
    password: options.password,
    database: options.database,
    durationMs: (options.smoke ? 1 : options.duration) * 1000,
    warmupMs: options.smoke ? 500 : options.warmup === undefined ? undefined : options.warmup * 1000,
    concurrency: options.concurrency,
    queries: options.query,
    ourLimitOverrides: options.ourLimit,
    ourCpuProfileDir: options.cpuProfDir,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  // Our API wrote its profile when it stopped: summarise where its CPU went.
  const profile = options.cpuProfDir ? newestCpuProfile(options.cpuProfDir) : null;
  if (profile)
    process.stderr.write(`\nCPU profile of our API (${profile}):\n\n${cpuProfileReport(summariseCpuProfile(profile))}`);
  const table = markdownTable(result);
  if (options.markdown) writeFileSync(options.markdown, table);
  process.stdout.write(table);
  process.stderr.write(`Result written to ${options.out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
