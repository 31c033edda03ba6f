/**
 * Runs one offline import (`kg seed --offline`'s code) in a process of its own, so the benchmark measures this
 * process's peak memory and nothing else: `node importChild.js <seed-dir> <data-dir> <port> <heap> <page-cache>`.
 * The store must not hold a graph. Prints one JSON line: the time of each phase, what was written, this
 * process's peak resident set size (getrusage) and the importer's own account of its peak memory (a Java
 * process of its own).
 */
import { importSeedsIntoNewStore } from '../../ingest/bulk/storeImport';
import type { LoadMeasurement } from './loadChild';

async function main(): Promise<void> {
  const [seedDir, dataDir, port, heap, pageCache] = process.argv.slice(2);
  if (!seedDir || !dataDir || !port || !heap || !pageCache) {
    throw new Error('usage: node importChild.js <seed-dir> <data-dir> <port> <heap> <page-cache>');
  }
  const config = { port: Number(port), dataDir, heap, pageCache };
  const { spool, importer, timings } = await importSeedsIntoNewStore(seedDir, config, (line) =>
    process.stderr.write(`${line}\n`),
  );
  const measurement: LoadMeasurement = {
    validateMs: timings.spoolMs,
    writeMs: timings.importMs + timings.finishMs,
    importMs: timings.importMs,
    finishMs: timings.finishMs,
    finish: timings.finish,
    entities: spool.counts.entities,
    relationships: spool.counts.relationships,
    mentions: spool.counts.mentions,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    importerPeakMemory: importer.peakMemory,
    merge: spool.merge,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
