#!/usr/bin/env node
/**
 * `npm run test:fast`: the unit tests, then the integration tests of the area being changed, on the one Neo4j that
 * jest's global setup starts. The full suite (`npm test`) stays what CI runs.
 *
 *   npm run test:fast                      integration tests related to what changed since main (or HEAD)
 *   npm run test:fast -- api curation      the integration tests of these areas (see AREAS)
 *   npm run test:fast -- tests/integration/limits.test.ts   these files
 *   npm run test:fast -- --list [...]      only print which integration files would run
 *
 * "Related" is jest's own dependency graph (--findRelatedTests) for TypeScript files, plus the mapping below for
 * files that no test imports (the schema, Cypher, seeds, the web pages, the README's examples).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const AREAS = {
  api: ['tests/integration/api/'],
  cli: ['tests/integration/cli/'],
  curation: ['tests/integration/curation/'],
  e2e: ['tests/e2e/'],
  browser: ['tests/e2e/'],
  ingest: [
    'tests/integration/seed-loader.test.ts',
    'tests/integration/bulk-seeds.test.ts',
    'tests/integration/offline-import.test.ts',
    'tests/integration/malformed-seeds.test.ts',
    'tests/integration/ingestion-faults.test.ts',
    'tests/integration/graph-completeness.test.ts',
  ],
  limits: ['tests/integration/limits.test.ts', 'tests/integration/hostile-input.test.ts'],
  server: ['tests/integration/startup.test.ts', 'tests/integration/outage.test.ts', 'tests/integration/limits.test.ts'],
  bench: ['tests/integration/bench-smoke.test.ts', 'tests/integration/bench-query.test.ts'],
  neo4j: ['tests/integration/neo4j.test.ts', 'tests/integration/cypher-files.test.ts'],
  documents: [
    'tests/integration/cli/ingest.test.ts',
    'tests/integration/api/documents.test.ts',
    'tests/e2e/review.e2e.test.ts',
  ],
  statements: [
    'tests/integration/api/statements.test.ts',
    'tests/integration/curation/statements.test.ts',
    'tests/integration/cli/export-statements.test.ts',
    'tests/integration/examples-two-sources.test.ts',
  ],
};

/** Files that no test imports, and the tests that read them. */
const UNIMPORTED = [
  [/^schema\.graphql$/, ['tests/integration/api/root-fields.test.ts', 'tests/e2e/graphiql.e2e.test.ts']],
  [/^cypher\//, AREAS.neo4j.concat('tests/integration/seed-loader.test.ts')],
  [/^seeds\//, ['tests/integration/graph-completeness.test.ts', 'tests/integration/seed-loader.test.ts']],
  [/^web\//, AREAS.e2e],
  [
    /^(README\.md|examples\/)/,
    ['tests/integration/examples.test.ts', 'tests/integration/examples-two-sources.test.ts'],
  ],
  [/^tests\/fixtures\/second-source\//, AREAS.statements],
  [/^tests\/fixtures\/documents\//, AREAS.documents],
  [/^neo4j\//, AREAS.neo4j],
];

const SMOKE = ['tests/integration/api/root-fields.test.ts'];

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function changedFiles() {
  let base = 'HEAD';
  try {
    base = git('merge-base', 'HEAD', 'main');
  } catch {
    // No main branch in this clone: only the uncommitted changes count.
  }
  const committed = base === git('rev-parse', 'HEAD') ? [] : git('diff', '--name-only', `${base}..HEAD`).split('\n');
  const uncommitted = git('status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .map((line) => line.slice(3).replace(/^.* -> /, ''));
  return [...new Set([...committed, ...uncommitted].filter((file) => file && existsSync(file)))];
}

function jestBin() {
  return path.join('node_modules', '.bin', 'jest');
}

function relatedIntegrationTests(files) {
  const sources = files.filter((file) => /\.(ts|tsx|mjs|js)$/.test(file));
  if (sources.length === 0) return [];
  const listed = spawnSync(
    jestBin(),
    ['--selectProjects', 'integration', '--listTests', '--findRelatedTests', ...sources],
    { encoding: 'utf8' },
  );
  if (listed.status !== 0) {
    process.stderr.write(listed.stderr);
    throw new Error('jest --listTests --findRelatedTests failed (its output is above)');
  }
  return listed.stdout
    .split('\n')
    .filter((line) => line.endsWith('.ts'))
    .map((line) => path.relative(process.cwd(), line));
}

function selectTests(args) {
  if (args.length > 0) {
    return args.flatMap((arg) => {
      if (AREAS[arg]) return AREAS[arg];
      if (existsSync(arg)) return [arg];
      throw new Error(
        `test:fast: '${arg}' is neither an area (${Object.keys(AREAS).join(', ')}) nor a file; ` +
          'name an area or a test file',
      );
    });
  }
  const files = changedFiles();
  const mapped = files.flatMap((file) => UNIMPORTED.filter(([pattern]) => pattern.test(file)).flatMap(([, t]) => t));
  const integration = files.filter((file) => /^tests\/(integration|e2e)\/.*\.test\.ts$/.test(file));
  const selected = [...relatedIntegrationTests(files), ...mapped, ...integration];
  return selected.length > 0 ? selected : SMOKE;
}

/** Directories stand for the test files under them: jest's --runTestsByPath takes files only. */
function testFiles(entry) {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join(entry, name));
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const args = process.argv.slice(2);
const listOnly = args.includes('--list');
let tests;
try {
  tests = [...new Set(selectTests(args.filter((arg) => arg !== '--list')).flatMap(testFiles))].sort();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

console.log(`test:fast: unit tests, then ${tests.length} integration file(s):\n  ${tests.join('\n  ')}\n`);
if (listOnly) process.exit(0);
// Two workers: jest's default on two cores is one (cores - 1), which left a core idle (60.5 s against 39.1 s).
run(jestBin(), ['--selectProjects', 'unit', '--maxWorkers=2']);
run('npm', ['run', 'build', '--silent']);
run(jestBin(), ['--selectProjects', 'integration', '--runInBand', '--runTestsByPath', ...tests]);
