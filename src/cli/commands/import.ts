/**
 * `kg import <file.json> [--replace]`: loads a JSON export (format sco-kg-export, version 2 or 1) into the
 * configured Neo4j in ONE write transaction, giving the graph that was exported. The file is checked whole before
 * anything is written; a graph that already holds something is refused unless --replace, which deletes it in the
 * same transaction (so a failed import leaves it as it was).
 */
import { parseJsonExport } from '../../export/jsonFormat';
import { applySchema } from '../../graph/schema';
import { writeGraphSnapshot } from '../../graph/snapshot';
import { withConfiguredGraph } from '../configuredGraph';
import { readTextFile } from '../inputFile';
import { writeStdout } from '../output';
import { stderrProgress } from '../progress';

export interface ImportOptions {
  readonly replace: boolean;
}

export async function importCommand(file: string, options: ImportOptions): Promise<void> {
  const snapshot = parseJsonExport(readTextFile(file), file);
  const progress = stderrProgress();
  await withConfiguredGraph(progress, async (graph) => {
    progress.status('Applying the schema ...');
    await applySchema(graph.db);
    const started = Date.now();
    const report = await writeGraphSnapshot(graph.db, snapshot, {
      replace: options.replace,
      onProgress: (done, total) => progress.count('Importing', done, total),
    });
    progress.end();
    const { written } = report;
    const lines = [
      ...(report.deleted > 0 ? [`Deleted the ${report.deleted} nodes the graph held (--replace).`] : []),
      `Imported ${written.entities} entities, ${written.relationships} relationships, ${written.sources} source(s), ` +
        `${written.passages} passages and ${written.mentions} mentions` +
        (written.changes > 0 ? ` (and ${written.changes} curation change(s))` : '') +
        ` into ${graph.uri} ` +
        `in ${Date.now() - started} ms (one transaction).`,
    ];
    await writeStdout(`${lines.join('\n')}\n`);
  });
}
