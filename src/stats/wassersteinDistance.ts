// First Wasserstein (earth mover's) distance between two 1-D samples, as
// scipy.stats.wasserstein_distance(u, v, u_weights, v_weights): ∫ |U(x) − V(x)| dx over the pooled
// support, U and V the weighted empirical CDFs. Weighted (sketch) samples use their weights the
// same way SciPy does. datagate's drift score divides this by the baseline's sample std.

import type { WeightedSample } from '../profile/types.js';
import { walkPooledCdfs } from './sample.js';

export function wassersteinDistance(a: WeightedSample, b: WeightedSample): number {
  if (!(a.total > 0 && b.total > 0)) throw new RangeError('wassersteinDistance needs two non-empty samples');
  let distance = 0;
  let previous = Number.NaN;
  let gap = 0;
  walkPooledCdfs(a, b, (value, cdfA, cdfB) => {
    if (!Number.isNaN(previous)) distance += gap * (value - previous);
    gap = Math.abs(cdfA - cdfB);
    previous = value;
  });
  return distance;
}
