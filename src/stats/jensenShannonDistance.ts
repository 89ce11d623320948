// Jensen–Shannon distance, base 2, as scipy.spatial.distance.jensenshannon(p, q, base=2):
// √(½ KL(p‖m) + ½ KL(q‖m)) / √ln 2 with m = (p + q)/2, p and q normalised to sum 1.
// Numeric columns: on numpy.histogram(x, bins=20, range=(min, max)) over the pooled min–max.

import type { CategoryCounts, WeightedSample } from '../profile/types.js';
import { alignCategories, sum } from './categories.js';
import { uniformHistogram } from './histogram.js';

export const JENSEN_SHANNON_BINS = 20;

/** rel_entr(x, y) = x·ln(x/y), 0 at x = 0. */
function relativeEntropy(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

/** Distance between two non-negative weight vectors over the same bins (normalised here). */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  const pTotal = sum(p);
  const qTotal = sum(q);
  if (!(pTotal > 0 && qTotal > 0)) throw new RangeError('jensenShannonDistance needs two non-empty distributions');
  let divergence = 0;
  for (let i = 0; i < p.length; i += 1) {
    const pi = p[i] / pTotal;
    const qi = q[i] / qTotal;
    const mi = (pi + qi) / 2;
    divergence += relativeEntropy(pi, mi) + relativeEntropy(qi, mi);
  }
  divergence /= Math.LN2;
  // Rounding can leave a tiny negative divergence for identical inputs; SciPy would return NaN there.
  return Math.sqrt(Math.max(0, divergence / 2));
}

export function categoricalJensenShannon(baseline: CategoryCounts, current: CategoryCounts): number {
  const aligned = alignCategories(baseline, current);
  return jensenShannonDistance(aligned.baseline, aligned.current);
}

/** Shared 20-bin histogram over the pooled range of both samples. */
export function pooledHistogram(baseline: WeightedSample, current: WeightedSample, bins = JENSEN_SHANNON_BINS): { edges: number[]; baseline: number[]; current: number[] } {
  const low = Math.min(baseline.values[0], current.values[0]);
  const high = Math.max(baseline.values[baseline.values.length - 1], current.values[current.values.length - 1]);
  const a = uniformHistogram(baseline, bins, low, high);
  const b = uniformHistogram(current, bins, low, high);
  return { edges: a.edges, baseline: a.counts, current: b.counts };
}

export function numericJensenShannon(baseline: WeightedSample, current: WeightedSample): number {
  if (!(baseline.total > 0 && current.total > 0)) throw new RangeError('numericJensenShannon needs two non-empty samples');
  const histogram = pooledHistogram(baseline, current);
  return jensenShannonDistance(histogram.baseline, histogram.current);
}
