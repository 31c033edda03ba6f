/**
 * `kg export --format graphml|gexf|csv|json|cypher [--out FILE_OR_DIR]`: the whole graph in one of the formats
 * of docs/cli.md. JSON and Cypher carry everything (sources, passages and the curation history too) and load
 * back into the same graph; GraphML, GEXF and CSV carry the entities and facts for graph tools (no history).
 * Without --out a single-file format goes to stdout; CSV (two files) needs a folder.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatCsv } from '../../export/csv';
import { formatCypherScript } from '../../export/cypherScript';
import { formatGexf } from '../../export/gexf';
import { formatGraphml } from '../../export/graphml';
import { formatJsonExport, snapshotProblems } from '../../export/jsonFormat';
import { readGraphSnapshot, SNAPSHOT_PARTS, SnapshotCoverageError, type GraphSnapshot } from '../../graph/snapshot';
import { withConfiguredGraph } from '../configuredGraph';
import { UsageError } from '../failure';
import { writeFileAtomically, writeStdout } from '../output';
import { stderrProgress } from '../progress';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly out?: string;
}

// The files of each format, by the names they take in a folder; render() gives their texts in this order.
const FILE_NAMES: Readonly<Record<ExportFormat, readonly string[]>> = {
  graphml: ['sco-kg.graphml'],
  gexf: ['sco-kg.gexf'],
  csv: ['nodes.csv', 'edges.csv'],
  json: ['sco-kg.json'],
  cypher: ['sco-kg.cypher'],
};

function render(format: ExportFormat, snapshot: GraphSnapshot): string[] {
  switch (format) {
    case 'graphml':
      return [formatGraphml(snapshot)];
    case 'gexf':
      return [formatGexf(snapshot)];
    case 'json':
      return [formatJsonExport(snapshot)];
    case 'cypher':
      return [formatCypherScript(snapshot)];
    case 'csv': {
      const csv = formatCsv(snapshot);
      return [csv.nodes, csv.edges];
    }
  }
}

const isFolder = (out: string): boolean => existsSync(out) && statSync(out).isDirectory();

/** Where the files go, checked before any work: a folder takes the default names; one file may be named. */
function outputPaths(format: ExportFormat, out: string): string[] {
  const names = FILE_NAMES[format];
  if (names.length > 1 && existsSync(out) && !isFolder(out)) {
    throw new UsageError(`--out ${out}: --format ${format} writes ${names.join(' and ')}, so --out must be a folder`);
  }
  return names.length > 1 || isFolder(out) ? names.map((name) => path.join(out, name)) : [out];
}

function summary(format: ExportFormat, snapshot: GraphSnapshot): string {
  const graph = `${snapshot.entities.length} entities and ${snapshot.relationships.length} relationships`;
  if (format === 'json' || format === 'cypher') {
    const history = snapshot.changes.length > 0 ? ` (and ${snapshot.changes.length} curation change(s))` : '';
    return `${graph}, with ${snapshot.sources.length} source(s), ${snapshot.passages.length} passages and ${snapshot.mentions.length} mentions${history}`;
  }
  return graph;
}

export async function exportCommand(options: ExportOptions): Promise<void> {
  if (!options.out && FILE_NAMES[options.format].length > 1) {
    throw new UsageError(
      `--format ${options.format} writes ${FILE_NAMES[options.format].join(' and ')}: give a folder with --out DIR`,
    );
  }
  const paths = options.out ? outputPaths(options.format, options.out) : [];
  const progress = stderrProgress();
  const snapshot = await withConfiguredGraph(progress, (graph) =>
    readGraphSnapshot(graph.db, (part, index) =>
      progress.status(`Reading ${part} (${index + 1}/${SNAPSHOT_PARTS.length}) ...`),
    ),
  );
  // What an import would refuse is never written: the export would not load back.
  const problems = snapshotProblems(snapshot);
  if (problems.length > 0) {
    const [first] = problems;
    throw new SnapshotCoverageError(
      `the graph does not fit the export format (${problems.length} problem(s)); the first: ${first?.field}: ${first?.message}`,
    );
  }
  const texts = render(options.format, snapshot);
  if (paths.length === 0) {
    await writeStdout(texts[0] ?? '');
    return;
  }
  paths.forEach((file, i) => writeFileAtomically(file, texts[i] ?? ''));
  await writeStdout(`Exported ${summary(options.format, snapshot)} to ${paths.join(' and ')}.\n`);
}
