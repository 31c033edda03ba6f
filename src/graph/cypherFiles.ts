/**
 * Named Cypher statements kept as files under cypher/: one statement per file, named after its path
 * (`load/040-upsert-entities`). Tests run EXPLAIN on every one of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';
import type { NamedQuery } from './database';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, NamedQuery>();

export function cypherFile(name: string): NamedQuery {
  const cached = cache.get(name);
  if (cached) return cached;
  const cypher = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;$/, '');
  const query = { name, cypher };
  cache.set(name, query);
  return query;
}

/** Names of the single-statement files in a folder of cypher/, in order. */
export function cypherFilesIn(folder: string): string[] {
  return readdirSync(path.join(CYPHER_DIR, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `${folder}/${file.replace(/\.cypher$/, '')}`);
}
