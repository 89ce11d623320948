// Building and reading WeightedSample values: a sorted sample where an item of weight w counts as w
// copies of its value. Every statistic here is defined on that "expanded" sample, so an exact sample
// (all weights 1) gives SciPy's numbers and a sketch gives the same statistic on its weighted ECDF.

import type { WeightedSample } from '../profile/types.js';
import { firstOfRuns, lastOfRuns, twoRuns, valueAtRankOfRuns } from './runs.js';

/** An exact sample from raw values (non-finite values dropped), sorted ascending. */
export function exactSample(values: ArrayLike<number>): WeightedSample {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i += 1) if (Number.isFinite(values[i])) finite.push(values[i]);
  const sorted = Float64Array.from(finite).sort();
  return { values: sorted, weights: new Float64Array(sorted.length).fill(1), total: sorted.length, exact: true };
}

/** A weighted sample from (value, weight) pairs, sorted, zero weights dropped; `exact` false. */
export function weightedSample(values: ArrayLike<number>, weights: ArrayLike<number>): WeightedSample {
  const order: number[] = [];
  for (let i = 0; i < values.length; i += 1) if (weights[i] > 0 && Number.isFinite(values[i])) order.push(i);
  order.sort((i, j) => values[i] - values[j]);
  const sortedValues = Float64Array.from(order, (i) => values[i]);
  const sortedWeights = Float64Array.from(order, (i) => weights[i]);
  let total = 0;
  for (const w of sortedWeights) total += w;
  return { values: sortedValues, weights: sortedWeights, total, exact: false };
}

/** Mean and sample standard deviation (n − 1) of the expanded sample; std 0 below two values. */
export function sampleMoments(sample: WeightedSample): { mean: number; std: number } {
  const { values, weights, total } = sample;
  if (total <= 0) return { mean: 0, std: 0 };
  let mean = 0;
  let seen = 0;
  let sumSquares = 0;
  // Weighted Welford: stable for large totals and offset data.
  for (let i = 0; i < values.length; i += 1) {
    const w = weights[i];
    seen += w;
    const delta = values[i] - mean;
    mean += (w / seen) * delta;
    sumSquares += w * delta * (values[i] - mean);
  }
  const std = total > 1 ? Math.sqrt(Math.max(0, sumSquares) / (total - 1)) : 0;
  return { mean, std };
}

/**
 * numpy.quantile(x, q) with the default 'linear' method, on the expanded sample: virtual index
 * (N − 1)·q, then numpy's _lerp (which interpolates from the upper neighbour when the fraction
 * is ≥ 0.5, so results are bit-identical to numpy's).
 */
export function linearQuantile(sample: WeightedSample, q: number): number {
  const total = sample.total;
  if (sample.runs) {
    if (total === 0) return Number.NaN;
  } else if (sample.values.length === 0) return Number.NaN;
  const virtual = (total - 1) * q;
  if (virtual <= 0) return sample.runs ? firstOfRuns(...twoRuns(sample)) : sample.values[0];
  if (virtual >= total - 1) return sample.runs ? lastOfRuns(...twoRuns(sample)) : sample.values[sample.values.length - 1];
  const previous = Math.floor(virtual);
  const gamma = virtual - previous;
  const below = valueAtRank(sample, previous);
  const above = valueAtRank(sample, previous + 1);
  const difference = above - below;
  return gamma >= 0.5 ? above - difference * (1 - gamma) : below + difference * gamma;
}

/** The value at 0-based rank r of the expanded sample. */
export function valueAtRank(sample: WeightedSample, rank: number): number {
  if (sample.runs) return valueAtRankOfRuns(...twoRuns(sample), Math.min(sample.total - 1, Math.max(0, rank)));
  const values = sample.values;
  if (values.length === sample.total) return values[Math.min(values.length - 1, Math.max(0, rank))];
  const weights = sample.weights;
  let cumulative = 0;
  for (let i = 0; i < values.length; i += 1) {
    cumulative += weights[i];
    if (rank < cumulative) return values[i];
  }
  return values[values.length - 1];
}

/** Sum of the weights (equal to `total` for a well-formed sample; used so ECDFs always end at 1). */
export function weightSum(sample: WeightedSample): number {
  // n weights of 1 sum to n exactly (and an exact sample makes its weights only when read).
  if (sample.unitWeights) return sample.runs ? sample.total : sample.values.length;
  const weights = sample.weights;
  let sum = 0;
  // Indexed, not for…of: the iterator was 114 ms of the 1M-row comparison before it was optimized.
  for (let i = 0; i < weights.length; i += 1) sum += weights[i];
  return sum;
}

/**
 * Walks the pooled distinct values of two samples in ascending order, calling `visit` with each
 * value and both empirical CDFs just after it — the one loop KS and Wasserstein are built on.
 */
export function walkPooledCdfs(a: WeightedSample, b: WeightedSample, visit: (value: number, cdfA: number, cdfB: number) => void): void {
  let i = 0;
  let j = 0;
  let cumulativeA = 0;
  let cumulativeB = 0;
  const totalA = weightSum(a);
  const totalB = weightSum(b);
  while (i < a.values.length || j < b.values.length) {
    const next = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
    while (i < a.values.length && a.values[i] === next) cumulativeA += a.weights[i++];
    while (j < b.values.length && b.values[j] === next) cumulativeB += b.weights[j++];
    visit(next, cumulativeA / totalA, cumulativeB / totalB);
  }
}
