/**
 * `npm run export-curation -- --out DIR` writes the edits made through the API as seed YAML of their own;
 * `npm run export-curation -- --fold seeds` folds them into a seed folder (replacing the entries they change), so
 * that the next `npm run seed` keeps them. Exit codes: 0 done, 1 bad arguments, 2 database or configuration.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { ConnectError } from '../graph/connect';
import { openGraph } from '../graph/open';
import { LocalNeo4jError } from '../neo4j/local';
import { exportCuration, foldCuration, writeCuration } from './exportSeeds';

const USAGE = `Usage: npm run export-curation -- (--out DIR | --fold SEED_DIR)
  --out DIR        write entities/curated.yaml and facts/<source>.curated.yaml under DIR
  --fold SEED_DIR  write them into the seed folder, removing the seed entries they replace
Uses NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD when set, else the local Neo4j.`;

function option(argv: string[], name: string): string | null {
  const index = argv.indexOf(name);
  return index >= 0 ? (argv[index + 1] ?? null) : null;
}

async function main(argv: string[]): Promise<number> {
  const out = option(argv, '--out');
  const fold = option(argv, '--fold');
  if (argv.includes('--help') || (out === null) === (fold === null)) {
    console.log(USAGE);
    return argv.includes('--help') ? 0 : 1;
  }
  const graph = await openGraph(loadConfig(), (line) => console.error(line));
  try {
    const curation = await exportCuration(graph.db);
    const facts = [...curation.facts.values()].reduce((n, list) => n + list.length, 0);
    const retired = [...curation.retired.values()].reduce((n, list) => n + list.length, 0);
    if (out !== null) {
      for (const file of writeCuration(curation, path.resolve(out))) console.log(`wrote ${file}`);
    } else {
      const result = foldCuration(curation, path.resolve(fold ?? ''));
      for (const file of result.written) console.log(`wrote ${file}`);
      console.log(`removed ${result.removed} seed entries that the curated ones replace`);
    }
    console.log(`${curation.entities.length} curated entities, ${facts} curated facts, ${retired} retired facts.`);
  } finally {
    await graph.close();
  }
  return 0;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const known = error instanceof ConfigError || error instanceof ConnectError || error instanceof LocalNeo4jError;
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (!known && error instanceof Error && process.env.DEBUG) console.error(error.stack);
    process.exit(2);
  });
