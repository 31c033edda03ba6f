/**
 * The seed pipeline: read the folder, validate everything, and only then write it in one transaction.
 */
import path from 'node:path';
import type { GraphDatabase } from '../graph/database';
import { PROJECT_ROOT } from '../projectRoot';
import { loadPlan, type LoadOptions, type LoadReport } from './load';
import { splitPassages, type Passage } from './passages';
import { planLoad, type LoadPlan } from './plan';
import { formatProblem, readSeedFolder, type SeedProblem } from './seedFiles';
import { validateSeeds, type SeedGraph } from './validate';

export const DEFAULT_SEED_DIR = path.join(PROJECT_ROOT, 'seeds');

export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(readonly problems: readonly SeedProblem[]) {
    super(`${problems.length} problem(s) in the seeds:\n${problems.map(formatProblem).join('\n')}`);
  }
}

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
    const text = typeof data?.file === 'string' ? folder.texts.get(data.file) : undefined;
    return typeof data?.id === 'string' && text !== undefined ? [{ id: data.id, passages: splitPassages(text) }] : [];
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

export async function graphIsEmpty(db: GraphDatabase): Promise<boolean> {
  const result = await db.read<{ any: boolean }>({
    name: 'graphIsEmpty',
    cypher: 'MATCH (e:Entity) RETURN count(e) > 0 AS any',
  });
  return result.records[0]?.get('any') !== true;
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
