/**
 * What one benchmark cell measured, from every request's latency (kept whole: a few thousand numbers per cell,
 * so exact percentiles cost nothing and no histogram rounds sub-millisecond latencies).
 */
export interface CellMeasurement {
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(ascending: readonly number[], fraction: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * ascending.length);
  return ascending[Math.min(ascending.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Latencies of successful requests only; failures count as errors (and in throughput they do not count). */
export function measurement(latenciesMs: readonly number[], errors: number, elapsedMs: number): CellMeasurement {
  const ascending = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: ascending.length,
    errors,
    p50Ms: percentile(ascending, 0.5),
    p99Ms: percentile(ascending, 0.99),
    requestsPerSecond: elapsedMs > 0 ? (ascending.length * 1000) / elapsedMs : 0,
  };
}
