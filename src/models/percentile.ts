// Percentiles as numpy.percentile computes them by default (method "linear").

/** The q-th percentile (0–100) of values already sorted ascending. */
export function sortedPercentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = ((n - 1) * q) / 100;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, n - 1);
  const fraction = position - lower;
  return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}

/** The q-th percentile (0–100) of unsorted values; the input is not modified. */
export function percentile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  return sortedPercentile(sorted, q);
}
