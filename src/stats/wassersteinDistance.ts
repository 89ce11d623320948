// First Wasserstein (earth mover's) distance between two 1-D samples, as
// scipy.stats.wasserstein_distance(u, v, u_weights, v_weights): ∫ |U(x) − V(x)| dx over the pooled
// support, U and V the weighted empirical CDFs. Weighted (sketch) samples use their weights the
// same way SciPy does. datagate's drift score divides this by the baseline's sample std.

import type { WeightedSample } from '../profile/types.js';
import { weightSum } from './sample.js';

export function wassersteinDistance(a: WeightedSample, b: WeightedSample): number {
  if (!(a.total > 0 && b.total > 0)) throw new RangeError('wassersteinDistance needs two non-empty samples');
  let i = 0;
  let j = 0;
  let cumulativeA = 0;
  let cumulativeB = 0;
  const totalA = weightSum(a);
  const totalB = weightSum(b);
  let distance = 0;
  let previous = Number.NaN;
  let gap = 0;
  while (i < a.values.length || j < b.values.length) {
    const next = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
    if (!Number.isNaN(previous)) distance += gap * (next - previous);
    while (i < a.values.length && a.values[i] === next) cumulativeA += a.weights[i++];
    while (j < b.values.length && b.values[j] === next) cumulativeB += b.weights[j++];
    gap = Math.abs(cumulativeA / totalA - cumulativeB / totalB);
    previous = next;
  }
  return distance;
}
