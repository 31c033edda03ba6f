/**
 * `kg check` validates the seed folder without writing; `kg seed` validates it and loads it into the configured
 * Neo4j (the schema applied first), then prints what changed per kind. YAML seeds load in one transaction; bulk
 * JSON Lines seeds (or `--bulk`) are streamed and written in batches.
 */
import path from 'node:path';
import { applySchema } from '../../graph/schema';
import { checkSeedFolder, DEFAULT_SEED_DIR, formatReport } from '../../ingest/seed';
import { withConfiguredGraph } from '../configuredGraph';
import { writeStdout } from '../output';
import { stderrProgress } from '../progress';

export interface SeedOptions {
  readonly dir?: string;
  readonly bulk?: boolean;
  readonly batchSize?: number;
}

const seedDirOf = (options: SeedOptions): string => (options.dir ? path.resolve(options.dir) : DEFAULT_SEED_DIR);

export async function checkCommand(options: SeedOptions): Promise<void> {
  const seeds = await checkSeedFolder(seedDirOf(options), options);
  await writeStdout(`${seeds.summary}\n`);
}

export async function seedCommand(options: SeedOptions): Promise<void> {
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
