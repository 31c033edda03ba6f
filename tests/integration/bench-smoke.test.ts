/**
 * `npm run bench` at the tiny size, end to end, so the harness keeps working: it generates a corpus, loads it
 * into new stores of its own with both loaders (offline import, then transactional batches), runs every query
 * four ways (the hand-written floor, our Cypher, our API, @neo4j/graphql) with two clients at once, and writes the results. Nothing here is timed; the numbers are only checked to be there and to add up.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchReport } from '../../src/bench/cli';
import { VARIANTS } from '../../src/bench/query/results';
import { runNode } from '../support/processes';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-bench-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('runs the ingestion and query benchmarks at the tiny size and writes JSON and Markdown', async () => {
  const out = path.join(work, 'results');
  const run = await runNode(
    'dist/src/bench/cli.js',
    [
      '--size',
      'tiny',
      // Cells of a fifth of a second: nothing here is timed, the harness only has to run every cell once.
      '--duration',
      '0.2',
      '--warmup',
      '0.05',
      '--concurrency',
      '2',
      '--heap',
      '512m',
      '--page-cache',
      '256m',
      '--out',
      out,
      '--work',
      work,
    ],
    { ...process.env, NODE_ENV: 'production' },
    600_000,
  );
  expect(run.stderr).not.toMatch(/error:/);
  expect(run.code).toBe(0);

  const report = JSON.parse(readFileSync(path.join(out, 'bench-tiny.json'), 'utf8')) as BenchReport;
  expect(report.ingest.map((r) => r.loader)).toEqual(['offline', 'transactional']);
  const [offline, transactional] = report.ingest;
  for (const ingest of report.ingest) {
    expect(ingest.relationships).toBeGreaterThanOrEqual(1000);
    expect(ingest.entities).toBe(200);
    expect(ingest.peakRssMb).toBeGreaterThan(0);
    expect(ingest.relationshipsPerSecond).toBeGreaterThan(0);
  }
  // Both loaders count the same corpus the same way.
  expect(offline?.relationships).toBe(transactional?.relationships);
  expect(offline?.mentions).toBe(transactional?.mentions);
  expect(offline?.importMs).toBeGreaterThan(0);
  expect(offline?.importerPeakMemory).toMatch(/^[\d.]+[KMG]iB$/);

  const queries = report.queries;
  expect(queries?.queries.length).toBeGreaterThanOrEqual(6);
  expect(queries?.cells.length).toBe((queries?.queries.length ?? 0) * VARIANTS.length);
  // Every hand-written statement gave our answer on the generated graph too (the run stops otherwise).
  expect(queries?.queries.filter((q) => q.expert !== null).length).toBe(queries?.queries.length);
  expect(queries?.servers.ours.peakRssMiB).toBeGreaterThan(0);

  const markdown = readFileSync(path.join(out, 'bench-tiny.md'), 'utf8');
  expect(markdown).toContain('### Ingestion');
  expect(markdown).toContain('### Queries');
  expect(markdown).toMatch(/\| tiny \| offline \| 200 \|/);
  expect(markdown).toMatch(/\| tiny \| transactional \| 200 \|/);
  expect(run.stdout).toBe(`${markdown}`);
}, 600_000);
