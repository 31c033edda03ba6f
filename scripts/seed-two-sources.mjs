#!/usr/bin/env node
/**
 * Loads the project's seeds PLUS the invented second source of the tests (tests/fixtures/second-source, dated
 * 2020-06-15: it restates, upgrades, contradicts and adds facts) into the configured Neo4j, to try the
 * many-sources queries (statements, asOf, conflicts). The fixture is invented for tests and demos and never
 * enters seeds/; `npm run seed` puts the real graph back.
 *
 * Usage: npm run seed:two-sources   while `npm start` runs: it loads into that service's Neo4j (the local one on
 * NEO4J_LOCAL_PORT, default 7687), or into NEO4J_URI when set.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'kg-two-sources-'));
try {
  cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/second-source'), dir, { recursive: true });
  const env = { ...process.env };
  env.NEO4J_URI ??= `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT ?? '7687'}`;
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/src/ingest/cli.js'), '--dir', dir], {
    stdio: 'inherit',
    env,
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
