/**
 * The project's seeds plus an INVENTED second source (tests/fixtures/second-source), copied into a temporary
 * seed folder: the many-sources tests load it; it never enters seeds/.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/database';
import { applySchema } from '../../src/graph/schema';
import { seedDatabase } from '../../src/ingest/seed';
import { wipe } from './db';

const ROOT = path.join(__dirname, '../..');
export const SECOND_SOURCE = 'invented-fixture-release-2020-06-15';
export const FIRST_SOURCE = 'sco-sg-news-conference-2019-03-20';

/** A seed folder holding the real seeds and the invented second source; `edit` may change its copies. */
export function twoSourceFolder(edit?: (dir: string) => void): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-two-sources-'));
  cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/second-source'), dir, { recursive: true });
  edit?.(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An empty graph, then the seeds and the invented second source. */
export async function seedTwoSources(db: GraphDatabase): Promise<void> {
  const folder = twoSourceFolder();
  try {
    await wipe(db);
    await applySchema(db);
    await seedDatabase(db, folder.dir);
  } finally {
    folder.remove();
  }
}
