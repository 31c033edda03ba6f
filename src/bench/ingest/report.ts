/** The ingestion results as a Markdown table, one row a size and loader, and what its columns mean. */
import type { IngestResult } from './runIngestBenchmark';

const thousands = (n: number): string => n.toLocaleString('en-US');
const seconds = (ms: number | undefined): string => (ms === undefined ? '-' : (ms / 1000).toFixed(1));

export function ingestTable(results: readonly IngestResult[]): string {
  const header = [
    '| size | loader | entities | relationships | mentions | seed files | pass 1 (s) | pass 2 (s) | of which import (s) | total (s) | relationships/s | loader peak RSS (MB) | importer peak memory |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const rows = results.map((r) =>
    [
      r.size,
      r.loader,
      thousands(r.entities),
      thousands(r.relationships),
      thousands(r.mentions),
      `${(r.seedBytes / 2 ** 20).toFixed(0)} MB`,
      seconds(r.validateMs),
      seconds(r.writeMs),
      seconds(r.importMs),
      seconds(r.totalMs),
      thousands(r.relationshipsPerSecond),
      thousands(r.peakRssMb),
      r.importerPeakMemory ?? '-',
    ].join(' | '),
  );
  return [
    ...header,
    ...rows.map((row) => `| ${row} |`),
    '',
    'transactional: pass 1 validates (nothing written), pass 2 parses again and writes batches of transactions. ' +
      'offline: pass 1 validates and spools CSV, pass 2 is neo4j-admin import plus starting Neo4j for the schema, ' +
      'the values CSV cannot carry and the indexes, then stopping it. Relationships count facts, not mentions. ' +
      'Peak RSS is the loader process; the offline importer is a Java process of its own, with its own report.',
  ].join('\n');
}
