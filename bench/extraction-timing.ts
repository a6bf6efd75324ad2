/** Timing figures of one extractor over the benchmark pages. */
export interface TimingSummary {
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  pagesPerSecond: number;
}

/** The value at quantile q (0..1) of sorted values, nearest rank; 0 for none. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Median, p95, mean and throughput of per-page times in milliseconds. */
export function summariseTimes(times: readonly number[]): TimingSummary {
  const sorted = [...times].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  return {
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    meanMs: sorted.length ? total / sorted.length : 0,
    pagesPerSecond: total > 0 ? (sorted.length * 1000) / total : 0,
  };
}
