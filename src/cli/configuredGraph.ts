/**
 * The graph a command works on: the configured Neo4j (NEO4J_URI, or the local one, started and stopped
 * around the command), closed whatever happens.
 */
import { loadConfig } from '../config';
import { openGraph, type OpenGraph } from '../graph/open';
import type { Progress } from './progress';

export async function withConfiguredGraph<T>(progress: Progress, work: (graph: OpenGraph) => Promise<T>): Promise<T> {
  const graph = await openGraph(loadConfig(), (line) => progress.note(line));
  try {
    return await work(graph);
  } finally {
    progress.end();
    await graph.close();
  }
}
