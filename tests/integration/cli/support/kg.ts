/**
 * Runs the built `kg` (dist/src/cli/main.js) as a user would: a separate process, a clean environment with
 * NEO4J_URI pointing at the test Neo4j, and what it printed collected.
 */
import { cleanEnv, runNode, type Finished } from '../../../support/processes';
import { testNeo4jUri } from '../../../support/db';

export const KG = 'dist/src/cli/main.js';

export function kg(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  return runNode(KG, [...args], cleanEnv({ NEO4J_URI: testNeo4jUri(), ...env }), 120_000);
}

/** A Neo4j that is not there: nothing listens on port 1, and start-up does not retry. */
export const UNREACHABLE = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_STARTUP_WAIT_MS: '0' };

/** Every failure ends as `error: ...` lines on stderr, never with a stack trace. */
export function errorLines(stderr: string): string[] {
  expect(stderr).not.toMatch(/\n\s+at /);
  const lines = stderr.trim().split('\n');
  for (const line of lines) expect(line).toMatch(/^error: /);
  return lines;
}

/** `--help` of a command: exit 0, its usage on stdout. */
export async function expectHelp(command: string, usage: RegExp): Promise<void> {
  const result = await kg([command, '--help']);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(usage);
}
