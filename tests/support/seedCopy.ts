/**
 * A throwaway copy of seeds/ that a test can edit, to feed the loader good and bad variants.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED_DIR } from '../../src/ingest/seed';

export interface SeedCopy {
  readonly dir: string;
  read(relative: string): string;
  write(relative: string, text: string): void;
  /** Replaces the first occurrence of `from` (which must exist) in a file. */
  replace(relative: string, from: string, to: string): void;
  remove(): void;
}

export function copySeeds(): SeedCopy {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sco-kg-seeds-'));
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  return {
    dir,
    read: (relative) => readFileSync(path.join(dir, relative), 'utf8'),
    write: (relative, text) => writeFileSync(path.join(dir, relative), text),
    replace(relative, from, to) {
      const text = this.read(relative);
      if (!text.includes(from)) throw new Error(`${relative} does not contain ${JSON.stringify(from)}`);
      this.write(relative, text.replace(from, to));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
