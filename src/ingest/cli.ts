/**
 * `npm run seed [-- --check] [-- --dir seeds]`: validates every seed file, then (without --check) loads them
 * into the configured Neo4j (YAML seeds in one transaction, bulk seeds in batches) and prints what changed.
 * Exit codes: 0 done, 1 invalid seeds (nothing written), 2 the database or the configuration failed.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { ConnectError } from '../graph/connect';
import { openGraph } from '../graph/open';
import { applySchema } from '../graph/schema';
import { LocalNeo4jError } from '../neo4j/local';
import { checkSeedFolder, DEFAULT_SEED_DIR, formatReport, readSources, SeedValidationError } from './seed';

const USAGE = `Usage: npm run seed -- [--check] [--passages] [--bulk] [--dir DIR]
  --check    validate the seed files and exit; nothing is written
  --bulk     stream and write in batches (always so for bulk JSON Lines seeds)
  --passages print every paragraph with the id that evidence cites (q3.p2 ...)
  --dir DIR  seed folder (default: seeds/)
Uses NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD when set, else starts the local Neo4j.`;

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done >= total) process.stderr.write('\n');
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const dirIndex = argv.indexOf('--dir');
  const seedDir = dirIndex >= 0 && argv[dirIndex + 1] ? path.resolve(argv[dirIndex + 1] ?? '') : DEFAULT_SEED_DIR;
  if (argv.includes('--passages')) {
    for (const source of readSources(seedDir)) {
      for (const passage of source.passages.filter((p) => p.kind === 'paragraph')) {
        console.log(`${source.id}#${passage.localId}  ${passage.text}\n`);
      }
    }
    return 0;
  }
  const seeds = await checkSeedFolder(seedDir, { bulk: argv.includes('--bulk') });
  console.log(seeds.summary);
  if (argv.includes('--check')) return 0;

  const graphHandle = await openGraph(loadConfig(), (line) => console.error(line));
  try {
    await applySchema(graphHandle.db);
    const started = Date.now();
    const { report, how } = await seeds.load(graphHandle.db, (_phase, done, total) => {
      if (total !== null) progress(done, total);
    });
    console.log(formatReport(report));
    console.log(`Loaded into ${graphHandle.uri} in ${Date.now() - started} ms (${how}).`);
  } finally {
    await graphHandle.close();
  }
  return 0;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      console.error('Nothing was written.');
      process.exit(1);
    }
    const known = error instanceof ConfigError || error instanceof ConnectError || error instanceof LocalNeo4jError;
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (!known && error instanceof Error && process.env.DEBUG) console.error(error.stack);
    process.exit(2);
  });
