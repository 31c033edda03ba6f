/**
 * The seed pipeline: read the folder, validate everything, and only then write it. A folder of YAML seeds is
 * written in one transaction; a folder with bulk JSON Lines seeds (entities/*.jsonl, facts/*.jsonl) is
 * streamed and written in batches (bulk/), so memory does not grow with the number of relationships.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { matchesAny, type GraphDatabase } from '../graph/database';
import { PROJECT_ROOT } from '../projectRoot';
import { loadPlan, type LoadOptions, type LoadReport } from './load';
import { splitPassages, type Passage } from './passages';
import { planLoad, statementsNote, type LoadPlan } from './plan';
import { writeBulkSeeds, DEFAULT_BATCH_SIZE } from './bulk/load';
import { validateBulkSeeds } from './bulk/validate';
import { readSeedFolder, SeedValidationError } from './seedFiles';
import { validateSeeds, type SeedGraph } from './validate';

export const DEFAULT_SEED_DIR = path.join(PROJECT_ROOT, 'seeds');

export { SeedValidationError };

export function checkSeeds(seedDir: string = DEFAULT_SEED_DIR): { graph: SeedGraph; plan: LoadPlan } {
  const result = validateSeeds(readSeedFolder(seedDir));
  if (!result.ok) throw new SeedValidationError(result.problems);
  return { graph: result.graph, plan: planLoad(result.graph) };
}

/** The sources of a seed folder with their passages, whether or not the rest of the seeds are valid. */
export function readSources(seedDir: string = DEFAULT_SEED_DIR): { id: string; passages: readonly Passage[] }[] {
  const folder = readSeedFolder(seedDir);
  return folder.sourceMetadata.flatMap((file) => {
    const data = file.data as { id?: unknown; file?: unknown } | null;
    const textFile = typeof data?.file === 'string' ? folder.textFiles.get(data.file) : undefined;
    return typeof data?.id === 'string' && textFile !== undefined
      ? [{ id: data.id, passages: splitPassages(readFileSync(textFile, 'utf8')) }]
      : [];
  });
}

export async function seedDatabase(
  db: GraphDatabase,
  seedDir: string = DEFAULT_SEED_DIR,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const { plan } = checkSeeds(seedDir);
  return loadPlan(db, plan, options);
}

export interface SeedOptions {
  /** Stream and write in batches even when the folder has only YAML seeds. */
  readonly bulk?: boolean;
  readonly batchSize?: number;
}

/** Seeds that passed validation, ready to load. */
export interface CheckedSeeds {
  /** One line: what the seeds hold. */
  readonly summary: string;
  load(
    db: GraphDatabase,
    onProgress?: (phase: string, done: number, total: number | null) => void,
  ): Promise<{ report: LoadReport; how: string }>;
}

/** True when the folder holds bulk seed files (JSON Lines), which are always streamed. */
export function hasBulkSeedFiles(seedDir: string): boolean {
  const folder = readSeedFolder(seedDir);
  return folder.entityLineFiles.length + folder.factLineFiles.length > 0;
}

const statementCount = (plan: LoadPlan): number =>
  plan.facts.reduce((n, fact) => n + (Number(fact.props.statementCount) || 1), 0);

/** Validates a seed folder (throws SeedValidationError, nothing written) and says how it will be loaded. */
export async function checkSeedFolder(seedDir: string, options: SeedOptions = {}): Promise<CheckedSeeds> {
  if (!options.bulk && !hasBulkSeedFiles(seedDir)) {
    const { graph, plan } = checkSeeds(seedDir);
    return {
      summary:
        `Seeds valid: ${graph.sources.length} source(s), ${graph.entities.length} entities, ` +
        `${plan.facts.length} relationships${statementsNote(plan.facts.length, statementCount(plan))}, ` +
        `${plan.mentions.length} mentions.`,
      load: async (db, onProgress) => ({
        report: await loadPlan(db, plan, { onProgress: (done, total) => onProgress?.('Loading', done, total) }),
        how: 'one transaction',
      }),
    };
  }
  const seeds = await validateBulkSeeds(seedDir);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return {
    summary:
      `Seeds valid: ${seeds.sources.size} source(s), ${seeds.index.entityCount} entities, ` +
      `${seeds.index.factCount} relationships${statementsNote(seeds.index.factCount, seeds.index.relationshipCount)} (bulk: streamed and written in batches).`,
    load: async (db, onProgress) => ({
      report: await writeBulkSeeds(db, seeds, { batchSize, onProgress }),
      how: `batches of up to ${batchSize} rows, one transaction each`,
    }),
  };
}

export async function graphIsEmpty(db: GraphDatabase): Promise<boolean> {
  return !(await matchesAny(db, 'graphIsEmpty', 'MATCH (e:Entity)'));
}

export function formatReport(report: LoadReport): string {
  const rows = Object.entries(report).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(12, ...rows.map(([name]) => name.length));
  const header = `${'kind'.padEnd(width)}  created  updated  unchanged  removed`;
  const lines = rows.map(
    ([name, c]) =>
      `${name.padEnd(width)}  ${String(c.created).padStart(7)}  ${String(c.updated).padStart(7)}  ${String(c.unchanged).padStart(9)}  ${String(c.removed).padStart(7)}`,
  );
  return [header, ...lines].join('\n');
}
