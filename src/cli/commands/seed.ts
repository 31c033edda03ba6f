/**
 * `kg check` validates the seed folder without writing; `kg seed` validates it and loads it into the configured
 * Neo4j in one transaction (the schema applied first), then prints what changed per kind.
 */
import path from 'node:path';
import { applySchema } from '../../graph/schema';
import { checkSeeds, DEFAULT_SEED_DIR, formatReport, seedDatabase } from '../../ingest/seed';
import { withConfiguredGraph } from '../configuredGraph';
import { writeStdout } from '../output';
import { stderrProgress } from '../progress';

export interface SeedOptions {
  readonly dir?: string;
}

const seedDirOf = (options: SeedOptions): string => (options.dir ? path.resolve(options.dir) : DEFAULT_SEED_DIR);

/** Validates every seed file; throws SeedValidationError listing each problem as `file:line: field: message`. */
function validSeedsSummary(seedDir: string): string {
  const { graph, plan } = checkSeeds(seedDir);
  return (
    `Seeds valid: ${graph.sources.length} source(s), ${graph.entities.length} entities, ` +
    `${plan.facts.length} relationships, ${plan.mentions.length} mentions.`
  );
}

export async function checkCommand(options: SeedOptions): Promise<void> {
  await writeStdout(`${validSeedsSummary(seedDirOf(options))}\n`);
}

export async function seedCommand(options: SeedOptions): Promise<void> {
  const seedDir = seedDirOf(options);
  await writeStdout(`${validSeedsSummary(seedDir)}\n`);
  const progress = stderrProgress();
  await withConfiguredGraph(progress, async (graph) => {
    progress.status('Applying the schema ...');
    await applySchema(graph.db);
    const started = Date.now();
    const report = await seedDatabase(graph.db, seedDir, {
      onProgress: (done, total) => progress.count('Loading', done, total),
    });
    progress.end();
    await writeStdout(
      `${formatReport(report)}\nLoaded into ${graph.uri} in ${Date.now() - started} ms (one transaction).\n`,
    );
  });
}
