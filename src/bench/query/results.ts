/**
 * The benchmark's result, as written to its JSON file and rendered by report.ts.
 */
import type { AnswerDigest, Expressibility } from './analystQueries';
import type { CellMeasurement } from './latency';
import type { BenchmarkParameters } from './parameters';

/**
 * (0) one hand-written Cypher statement per question (expertFloor.ts), the true floor; (a) our API's own Cypher
 * replayed straight through neo4j-driver; (b) our API over HTTP; (c) @neo4j/graphql over HTTP.
 */
export const VARIANTS = ['expert', 'floor', 'ours', 'neo4jGraphql'] as const;
export type Variant = (typeof VARIANTS)[number];

export const VARIANT_LABELS: Readonly<Record<Variant, string>> = {
  expert: '(0) hand-written Cypher',
  floor: '(a) our Cypher via driver',
  ours: '(b) our API',
  neo4jGraphql: '(c) @neo4j/graphql',
};

export interface QueryDescription {
  readonly name: string;
  readonly title: string;
  readonly neo4jGraphql: { readonly expressibility: Expressibility; readonly note: string };
  /** The statements our API sent for one request, in order, with the wave each ran in. */
  readonly ourStatements: readonly { readonly name: string; readonly wave: number }[];
  /** The answer all variants agreed on before timing. */
  readonly answer: AnswerDigest;
  /** The hand-written statement of the true floor; null where none is written (its cells say so). */
  readonly expert: { readonly name: string; readonly cypher: string } | null;
}

export type Cell =
  | (CellMeasurement & {
      readonly query: string;
      readonly variant: Variant;
      readonly concurrency: number;
      /** p50 of this variant over p50 of (a), our own Cypher, same query and concurrency. */
      readonly p50VsFloor: number;
      /** p50 and p99 of this variant over those of (0), the hand-written statement; null without one. */
      readonly vsExpert: { readonly p50: number; readonly p99: number } | null;
    })
  | {
      readonly query: string;
      readonly variant: Variant;
      readonly concurrency: number;
      readonly skipped: string;
    };

export interface ServerMemory {
  readonly startupMs: number;
  /** VmHWM at the end: the peak resident set since start (includes building the schema). */
  readonly peakRssMiB: number | null;
  /** Largest VmRSS sampled while this server was under load. */
  readonly maxRssUnderLoadMiB: number | null;
}

export interface QueryBenchmarkResult {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly totalMemoryGiB: number;
    /** 1-minute load average at the start and end: other work on the machine skews the numbers. */
    readonly loadAverage: { readonly atStart: number; readonly atEnd: number };
    readonly neo4jVersion: string;
    readonly graph: { readonly entities: number; readonly relationships: number };
  };
  readonly settings: {
    readonly durationMs: number;
    readonly warmupMs: number;
    readonly concurrency: readonly number[];
    /** Limits raised for our API for this run (environment variables), empty when none were. */
    readonly ourLimitOverrides: Readonly<Record<string, string>>;
  };
  readonly parameters: BenchmarkParameters;
  readonly queries: readonly QueryDescription[];
  readonly cells: readonly Cell[];
  readonly servers: { readonly ours: ServerMemory; readonly neo4jGraphql: ServerMemory };
}

export const isMeasured = (cell: Cell): cell is Extract<Cell, { p50Ms: number }> => !('skipped' in cell);
