#!/usr/bin/env node
/**
 * `kg`: the analyst command line (package.json `bin`). Parses the arguments, runs one command, and ends with
 * the exit code of src/cli/failure.ts; a failure is printed as `error: ...` lines, never as a stack trace.
 */
import { failureOf } from './failure';
import { buildProgram } from './program';

// `kg export ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    const failure = failureOf(error);
    for (const line of failure.lines) process.stderr.write(`${line}\n`);
    return failure.exitCode;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
