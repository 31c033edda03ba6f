/**
 * Reading a file named on the command line; a missing or unreadable one is bad input, said in one line.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './failure';

export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? String(error));
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}
