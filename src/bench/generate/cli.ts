#!/usr/bin/env node
/**
 * `node dist/src/bench/generate/cli.js --out DIR [--entities N] [--relationships N] [--passages N] [--seed N]
 * [--format jsonl|yaml] [--max-items N] [--force]`: writes a synthetic seed folder for benchmarks and prints what it wrote.
 * Exit codes: 0 done, 1 bad arguments or an occupied folder, 2 anything else (a disk error, say).
 */
import { Command, CommanderError, Option } from 'commander';
import { wholeNumber } from '../../cli/wholeNumber';
import {
  CorpusOptionsError,
  DEFAULT_MAX_ITEMS_PER_FILE,
  generateCorpus,
  type CorpusSummary,
  type SeedFormat,
} from './corpus';

/** Counts and seeds: zero allowed. */
const count = wholeNumber(0);

/** Files are listed one by one only for a small corpus; a large one has hundreds. */
const LISTED_FILES = 30;

function describe(summary: CorpusSummary): string {
  const kinds = Object.entries(summary.entitiesByKind).map(([kind, count]) => `  ${kind.padEnd(13)}${count}`);
  const perFolder = new Map<string, number>();
  for (const file of summary.files) {
    const folder = file.split(/[\\/]/)[0] ?? '';
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
  }
  const folders = [...perFolder].map(([folder, count]) => `${folder}/ ${count}`).join(', ');
  const lines = [
    `Wrote a ${summary.format} corpus (seed ${summary.seed}) to ${summary.outDir}:`,
    `entities: ${summary.entities}`,
    ...kinds,
    `relationships: ${summary.relationships}`,
    `passages: ${summary.passages} paragraphs in ${summary.sources} source(s)`,
    `files: ${summary.files.length} (${folders})`,
    ...(summary.files.length <= LISTED_FILES ? summary.files.map((file) => `  ${file}`) : []),
    `seconds: ${summary.seconds.toFixed(2)}`,
  ];
  return `${lines.join('\n')}\n`;
}

function buildProgram(): Command {
  return new Command('generate-corpus')
    .description('Write a deterministic synthetic seed folder (documents, entities, facts) for scale benchmarks.')
    .requiredOption('--out <dir>', 'folder to write documents/, entities/ and facts/ into')
    .option('--entities <n>', 'number of entities', count, 1000)
    .option('--relationships <n>', 'number of relationships', count, 5000)
    .option('--passages <n>', 'number of paragraphs across all sources', count, 1000)
    .option('--seed <n>', 'random seed: the same options and seed give identical files', count, 1)
    .addOption(
      new Option('--format <format>', 'jsonl for scale, yaml for the checker')
        .choices(['jsonl', 'yaml'])
        .default('jsonl'),
    )
    .option(
      '--max-items <n>',
      'entities or relationships per file before it is split (a JSON Lines fact file adds its header line)',
      count,
      DEFAULT_MAX_ITEMS_PER_FILE,
    )
    .option('--force', 'replace a corpus already in --out')
    .exitOverride()
    .action(
      async (options: {
        out: string;
        entities: number;
        relationships: number;
        passages: number;
        seed: number;
        format: SeedFormat;
        maxItems: number;
        force?: boolean;
      }) => {
        const summary = await generateCorpus({
          outDir: options.out,
          entities: options.entities,
          relationships: options.relationships,
          passages: options.passages,
          seed: options.seed,
          format: options.format,
          maxItemsPerFile: options.maxItems,
          replace: options.force === true,
        });
        process.stdout.write(describe(summary));
      },
    );
}

buildProgram()
  .parseAsync(process.argv.slice(2), { from: 'user' })
  .catch((error: unknown) => {
    // Commander has already printed its own message for a bad argument.
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof CorpusOptionsError ? 1 : 2;
  });
