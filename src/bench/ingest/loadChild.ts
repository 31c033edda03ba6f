/**
 * Runs one seed load in a process of its own, so the benchmark measures the loader's peak memory and nothing
 * else: `node loadChild.js <seed-dir> <batch-size>` with NEO4J_URI set. Prints one JSON line with the time of
 * each pass, the rows written and the process's peak resident set size (getrusage).
 */
import { connect } from '../../graph/connect';
import { applySchema } from '../../graph/schema';
import type { FinishTimings } from '../../ingest/bulk/storeImport';
import type { LoadReport } from '../../ingest/load';
import { checkSeedFolder } from '../../ingest/seed';
import { ENTITY_KINDS, RELATIONSHIP_TYPE_NAMES } from '../../ingest/vocabulary';

export interface LoadMeasurement {
  readonly validateMs: number;
  readonly writeMs: number;
  readonly relationships: number;
  readonly entities: number;
  readonly mentions: number;
  readonly peakRssMb: number;
  /** Offline imports: the importer's run, and the schema, late values and indexes after it (both in writeMs). */
  readonly importMs?: number;
  readonly finishMs?: number;
  readonly finish?: FinishTimings & { readonly startMs: number; readonly stopMs: number };
  readonly importerPeakMemory?: string | null;
  /** Offline imports: statements merged by fact key (part of validateMs), the runs spilled to disk, the time. */
  readonly merge?: { readonly statements: number; readonly runs: number; readonly ms: number };
}

const KINDS = new Set<string>(ENTITY_KINDS);
const FACT_TYPES = new Set<string>(RELATIONSHIP_TYPE_NAMES);

function created(report: LoadReport, keep: (group: string) => boolean): number {
  return Object.entries(report)
    .filter(([group]) => keep(group))
    .reduce((sum, [, counts]) => sum + counts.created + counts.updated + counts.unchanged, 0);
}

async function main(): Promise<void> {
  const [seedDir, batchSize] = process.argv.slice(2);
  const uri = process.env.NEO4J_URI;
  if (!seedDir || !uri) throw new Error('usage: NEO4J_URI=bolt://... node loadChild.js <seed-dir> [batch-size]');
  const db = await connect({ uri, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await applySchema(db);
    const validating = performance.now();
    const seeds = await checkSeedFolder(seedDir, { bulk: true, batchSize: Number(batchSize ?? 5000) });
    const writing = performance.now();
    const { report } = await seeds.load(db);
    const done = performance.now();
    const measurement: LoadMeasurement = {
      validateMs: Math.round(writing - validating),
      writeMs: Math.round(done - writing),
      entities: created(report, (group) => KINDS.has(group)),
      relationships: created(report, (group) => FACT_TYPES.has(group)),
      mentions: created(report, (group) => group === 'MENTIONS'),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    process.stdout.write(`${JSON.stringify(measurement)}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
