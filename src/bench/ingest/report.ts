/** The ingestion results as a Markdown table, one row a size. */
import type { IngestResult } from './runIngestBenchmark';

const thousands = (n: number): string => n.toLocaleString('en-US');

export function ingestTable(results: readonly IngestResult[]): string {
  const header = [
    '| size | entities | relationships | mentions | seed files | validate (s) | write (s) | total (s) | relationships/s (total) | relationships/s (write) | loader peak RSS (MB) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const rows = results.map((r) =>
    [
      r.size,
      thousands(r.entities),
      thousands(r.relationships),
      thousands(r.mentions),
      `${(r.seedBytes / 2 ** 20).toFixed(0)} MB`,
      (r.validateMs / 1000).toFixed(1),
      (r.writeMs / 1000).toFixed(1),
      (r.totalMs / 1000).toFixed(1),
      thousands(r.relationshipsPerSecond),
      thousands(r.writeRelationshipsPerSecond),
      thousands(r.peakRssMb),
    ].join(' | '),
  );
  return [...header, ...rows.map((row) => `| ${row} |`)].join('\n');
}
