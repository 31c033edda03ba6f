/**
 * The graph sizes the benchmarks run at. Entities, relationships and passages keep the same proportions (one
 * entity per ten relationships, one paragraph per twenty), so the growth across sizes is the growth of the data.
 */
export interface BenchSize {
  readonly name: string;
  readonly entities: number;
  readonly relationships: number;
  readonly passages: number;
}

export const BENCH_SIZES: readonly BenchSize[] = [
  { name: 'tiny', entities: 200, relationships: 1_000, passages: 100 },
  { name: '10k', entities: 1_000, relationships: 10_000, passages: 500 },
  { name: '100k', entities: 10_000, relationships: 100_000, passages: 5_000 },
  { name: '1m', entities: 100_000, relationships: 1_000_000, passages: 50_000 },
];

/** The sizes `npm run bench` runs by default: three, so that growth is visible. */
export const DEFAULT_SIZES = ['10k', '100k', '1m'] as const;

export function benchSize(name: string): BenchSize {
  const size = BENCH_SIZES.find((s) => s.name === name);
  if (!size) throw new Error(`unknown size "${name}"; one of ${BENCH_SIZES.map((s) => s.name).join(', ')}`);
  return size;
}
