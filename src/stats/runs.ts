// An exact sample kept as the sorted runs of a file's parts (WeightedSample.runs): what the
// statistics read of it, answered from the runs as from their merge, bit for bit. The merge
// (src/profile/mergeSorted.ts) takes the first run's value first among equal ones; so do these,
// which matters only for the sign of a zero. At most two runs (src/profile/exact.ts merges more).

import type { WeightedSample } from '../profile/types.js';

const EMPTY = new Float64Array(0);

/** The sample's runs: its own, or its values as one. */
export function runsOf(sample: WeightedSample): readonly Float64Array[] {
  return sample.runs ?? [sample.values];
}

/** The first and second run, the second empty when there is one. */
export function twoRuns(sample: WeightedSample): [Float64Array, Float64Array] {
  const runs = runsOf(sample);
  if (runs.length > 2) throw new RangeError('an exact sample holds at most two runs');
  return [runs[0] ?? EMPTY, runs[1] ?? EMPTY];
}

/** The value at 0-based `rank` of merge(x, y), x's first among equal values. */
export function valueAtRankOfRuns(x: Float64Array, y: Float64Array, rank: number): number {
  const n = x.length;
  const m = y.length;
  if (m === 0) return x[rank];
  if (n === 0) return y[rank];
  // The merge's first `take` values hold `i` of x's: the largest i whose last x precedes y's next.
  const take = rank + 1;
  let low = Math.max(0, take - m);
  let high = Math.min(n, take);
  while (low < high) {
    const i = (low + high + 1) >>> 1;
    // x[i − 1] precedes y[take − i] when x[i − 1] <= y[take − i] (ties: x first).
    if (take - i >= m || x[i - 1] <= y[take - i]) low = i;
    else high = i - 1;
  }
  const i = low;
  const j = take - i;
  if (i === 0) return y[j - 1];
  if (j === 0) return x[i - 1];
  // The later of the two in the merge's order.
  return y[j - 1] < x[i - 1] ? x[i - 1] : y[j - 1];
}

/** The merge's first value. */
export function firstOfRuns(x: Float64Array, y: Float64Array): number {
  if (y.length === 0) return x[0];
  if (x.length === 0) return y[0];
  return y[0] < x[0] ? y[0] : x[0];
}

/** The merge's last value. */
export function lastOfRuns(x: Float64Array, y: Float64Array): number {
  if (y.length === 0) return x[x.length - 1];
  if (x.length === 0) return y[y.length - 1];
  return y[y.length - 1] < x[x.length - 1] ? x[x.length - 1] : y[y.length - 1];
}
