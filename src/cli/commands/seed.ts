/**
 * `kg check` validates the seed folder without writing; `kg seed` validates it and loads it into the configured
 * Neo4j (the schema applied first), then prints what changed per kind. YAML seeds load in one transaction; bulk
 * JSON Lines seeds (or `--bulk`) are streamed and written in batches. `kg seed --offline` writes a new local
 * store with neo4j-admin instead (bulk/storeImport.ts).
 */
import path from 'node:path';
import { loadConfig } from '../../config';
import { applySchema } from '../../graph/schema';
import { importSeedsIntoNewStore } from '../../ingest/bulk/storeImport';
import { checkSeedFolder, DEFAULT_SEED_DIR, formatReport } from '../../ingest/seed';
import { withConfiguredGraph } from '../configuredGraph';
import { UsageError } from '../failure';
import { writeStdout } from '../output';
import { stderrProgress } from '../progress';

export interface SeedOptions {
  readonly dir?: string;
  readonly bulk?: boolean;
  readonly batchSize?: number;
  readonly offline?: boolean;
}

const seedDirOf = (options: SeedOptions): string => (options.dir ? path.resolve(options.dir) : DEFAULT_SEED_DIR);

export async function checkCommand(options: SeedOptions): Promise<void> {
  const seeds = await checkSeedFolder(seedDirOf(options), options);
  await writeStdout(`${seeds.summary}\n`);
}

export async function seedCommand(options: SeedOptions): Promise<void> {
  if (options.offline) return offlineSeedCommand(options);
  const seeds = await checkSeedFolder(seedDirOf(options), options);
  await writeStdout(`${seeds.summary}\n`);
  const progress = stderrProgress();
  await withConfiguredGraph(progress, async (graph) => {
    progress.status('Applying the schema ...');
    await applySchema(graph.db);
    const started = Date.now();
    const { report, how } = await seeds.load(graph.db, (phase, done, total) =>
      total === null ? progress.status(`Loading ${phase}: ${done}`) : progress.count(`Loading ${phase}`, done, total),
    );
    progress.end();
    await writeStdout(`${formatReport(report)}\nLoaded into ${graph.uri} in ${Date.now() - started} ms (${how}).\n`);
  });
}

async function offlineSeedCommand(options: SeedOptions): Promise<void> {
  if (options.batchSize !== undefined)
    throw new UsageError('--batch-size applies to transactional loads, not --offline');
  const config = loadConfig();
  if (config.remote) {
    throw new UsageError(
      '--offline writes the files of the local store and cannot load into the Neo4j of NEO4J_URI; ' +
        'use `kg seed --bulk` for a remote server, or unset NEO4J_URI',
    );
  }
  const progress = stderrProgress();
  const started = Date.now();
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  try {
    const { spool, timings } = await importSeedsIntoNewStore(
      seedDirOf(options),
      config.local,
      (line) => progress.note(line),
      (summary) => progress.note(summary),
    );
    progress.end();
    await writeStdout(
      `${spool.summary}\n${formatReport(spool.report)}\n` +
        `Imported into the local store ${config.local.dataDir} in ${Date.now() - started} ms (offline: ` +
        `validate and spool ${seconds(timings.spoolMs)}, neo4j-admin import ${seconds(timings.importMs)}, ` +
        `schema and indexes ${seconds(timings.finishMs)}).\n`,
    );
  } finally {
    progress.end();
  }
}
