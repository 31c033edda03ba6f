/**
 * The benchmark's result as Markdown, for docs/BENCHMARKS.md: one row per query x variant x concurrency, then the
 * servers' memory and what @neo4j/graphql could not express.
 */
import { isMeasured, VARIANT_LABELS, VARIANTS, type Cell, type QueryBenchmarkResult } from './results';

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '-');
const mib = (value: number | null): string => (value === null ? '-' : `${value.toFixed(0)} MiB`);

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

const ratio = (value: number | undefined): string =>
  value === undefined ? '-' : Number.isFinite(value) ? value.toFixed(2) : 'no reply in the cell';

function cellRow(title: string, cell: Cell | undefined, variant: (typeof VARIANTS)[number], concurrency: number) {
  const label = VARIANT_LABELS[variant];
  if (!cell) return row([title, label, String(concurrency), 'not run', '', '', '', '', '', '']);
  if (!isMeasured(cell)) {
    const why = variant === 'expert' ? 'no hand-written statement' : 'not expressible';
    return row([title, label, String(concurrency), why, '-', '-', '-', '-', '-', '-']);
  }
  return row([
    title,
    label,
    String(concurrency),
    ms(cell.p50Ms),
    ms(cell.p99Ms),
    cell.requestsPerSecond.toFixed(0),
    String(cell.errors),
    variant === 'floor'
      ? '1.00'
      : Number.isFinite(cell.p50VsFloor)
        ? cell.p50VsFloor.toFixed(2)
        : 'no reply in the cell',
    ratio(cell.vsExpert?.p50),
    ratio(cell.vsExpert?.p99),
  ]);
}

/** The goal of issue 18: our API within 1.3x of the hand-written statement on every query, p50 and p99. */
export const FLOOR_GOAL = 1.3;

/** Our API over the true floor, one row per query: p50 and p99 at each concurrency, and whether the goal holds. */
export function floorTable(result: QueryBenchmarkResult): string {
  const levels = result.settings.concurrency;
  const lines = [
    row(['query', ...levels.flatMap((c) => [`c=${c} p50 (b)/(0)`, `c=${c} p99 (b)/(0)`]), `within ${FLOOR_GOAL}x`]),
    row(['---', ...levels.flatMap(() => ['---:', '---:']), '---']),
  ];
  for (const query of result.queries) {
    const ratios = levels.map((concurrency) => {
      const cell = result.cells.find(
        (c) => c.query === query.name && c.variant === 'ours' && c.concurrency === concurrency,
      );
      return cell && isMeasured(cell) ? cell.vsExpert : null;
    });
    const values = ratios.flatMap((r) => (r ? [r.p50, r.p99] : []));
    const verdict = ratios.some((r) => r === null)
      ? 'no hand-written statement'
      : values.every((v) => v <= FLOOR_GOAL)
        ? 'yes'
        : 'no';
    lines.push(row([query.name, ...ratios.flatMap((r) => [ratio(r?.p50), ratio(r?.p99)]), verdict]));
  }
  return lines.join('\n');
}

export function markdownTable(result: QueryBenchmarkResult): string {
  const { environment: env, settings, parameters } = result;
  const lines = [
    `Neo4j ${env.neo4jVersion}, ${env.graph.entities} entities and ${env.graph.relationships} relationships; ` +
      `Node ${env.node}; ${env.cpus} x ${env.cpuModel}, ${env.totalMemoryGiB} GiB (client, servers and Neo4j share ` +
      `the machine; load average ${env.loadAverage.atStart.toFixed(1)} at the start, ` +
      `${env.loadAverage.atEnd.toFixed(1)} at the end). Cells of ${settings.durationMs / 1000} s after ${settings.warmupMs / 1000} s of warm-up; ` +
      `closed loop at concurrency ${settings.concurrency.join(' and ')}.`,
    '',
    `Parameters read from the graph: hub \`${parameters.hubId}\`, search "${parameters.searchText}", paths ` +
      `\`${parameters.pathFromId}\` to \`${parameters.pathToId}\` (${parameters.pathHops} hops), window ` +
      `${parameters.windowFrom} to ${parameters.windowTo}.`,
    '',
    row([
      'query',
      'variant',
      'concurrency',
      'p50 ms',
      'p99 ms',
      'req/s',
      'errors',
      'p50 / (a)',
      'p50 / (0)',
      'p99 / (0)',
    ]),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const query of result.queries) {
    for (const concurrency of settings.concurrency) {
      for (const variant of VARIANTS) {
        const cell = result.cells.find(
          (c) => c.query === query.name && c.variant === variant && c.concurrency === concurrency,
        );
        lines.push(cellRow(query.name, cell, variant, concurrency));
      }
    }
  }
  const overrides = Object.entries(settings.ourLimitOverrides);
  lines.push(
    '',
    `Our API (b) over the hand-written statement (0), the true floor (goal: within ${FLOOR_GOAL}x):`,
    '',
    floorTable(result),
    '',
    row(['server', 'start-up', 'peak RSS (VmHWM)', 'max RSS under load']),
    row(['---', '---:', '---:', '---:']),
    row([
      VARIANT_LABELS.ours,
      `${(result.servers.ours.startupMs / 1000).toFixed(1)} s`,
      mib(result.servers.ours.peakRssMiB),
      mib(result.servers.ours.maxRssUnderLoadMiB),
    ]),
    row([
      VARIANT_LABELS.neo4jGraphql,
      `${(result.servers.neo4jGraphql.startupMs / 1000).toFixed(1)} s`,
      mib(result.servers.neo4jGraphql.peakRssMiB),
      mib(result.servers.neo4jGraphql.maxRssUnderLoadMiB),
    ]),
    '',
    'Queries, and how @neo4j/graphql expresses each:',
    '',
    ...result.queries.map(
      (q) => `- \`${q.name}\`: ${q.title}. (c) ${q.neo4jGraphql.expressibility}: ${q.neo4jGraphql.note}.`,
    ),
    '',
    overrides.length > 0
      ? `Our API ran with raised limits: ${overrides.map(([name, value]) => `${name}=${value}`).join(', ')}.`
      : 'Our API ran with its default query limits.',
  );
  return `${lines.join('\n')}\n`;
}
