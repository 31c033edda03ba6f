/**
 * The graph sizes the benchmarks run at. Entities, relationships and passages keep the same proportions (one
 * entity per ten relationships, one paragraph per twenty), so the growth across sizes is the growth of the data.
 */
export interface BenchSize {
  readonly name: string;
  readonly entities: number;
  readonly relationships: number;
  readonly passages: number;
  /**
   * Share of the relationships (statements) that restate a fact another source states: 1/3 gives 1.5 statements
   * per fact. Absent: every relationship is a fact of its own.
   */
  readonly restatementShare?: number;
}

export const BENCH_SIZES: readonly BenchSize[] = [
  { name: 'tiny', entities: 200, relationships: 1_000, passages: 100 },
  { name: '10k', entities: 1_000, relationships: 10_000, passages: 500 },
  { name: '100k', entities: 10_000, relationships: 100_000, passages: 5_000 },
  { name: '1m', entities: 100_000, relationships: 1_000_000, passages: 50_000 },
  // Issue 15: about 1M facts with 1.5M statements (a third of the relationships restate a fact of another source).
  { name: '1m-statements', entities: 100_000, relationships: 1_500_000, passages: 75_000, restatementShare: 1 / 3 },
  { name: 'tiny-statements', entities: 200, relationships: 1_500, passages: 800, restatementShare: 1 / 3 },
];

/** The sizes `npm run bench` runs by default: three, so that growth is visible. */
export const DEFAULT_SIZES = ['10k', '100k', '1m'] as const;

export function benchSize(name: string): BenchSize {
  const size = BENCH_SIZES.find((s) => s.name === name);
  if (!size) throw new Error(`unknown size "${name}"; one of ${BENCH_SIZES.map((s) => s.name).join(', ')}`);
  return size;
}
