// Population Stability Index, as DESIGN.md defines it: Σ (c − b)·ln(c / b) over bins, with the
// bin shares b (baseline) and c (current) floored at 0.0001 and not renormalised.
// Numeric bins are cut at the baseline's deciles (numpy.quantile, linear), duplicate edges merged,
// outer bins open, a value equal to an edge in the bin above it.

import type { CategoryCounts, WeightedSample } from '../profile/types.js';
import { alignCategories, sum } from './categories.js';
import { openBinCounts } from './histogram.js';
import { linearQuantile } from './sample.js';

export const PSI_FLOOR = 0.0001;
const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** PSI of two vectors of bin counts (same bins, same order). */
export function psiFromCounts(baseline: readonly number[], current: readonly number[]): number {
  const baselineTotal = sum(baseline);
  const currentTotal = sum(current);
  let score = 0;
  for (let i = 0; i < baseline.length; i += 1) {
    const b = Math.max(baseline[i] / baselineTotal, PSI_FLOOR);
    const c = Math.max(current[i] / currentTotal, PSI_FLOOR);
    score += (c - b) * Math.log(c / b);
  }
  return score;
}

/** The baseline's decile edges with duplicates merged. */
export function decileEdges(baseline: WeightedSample): number[] {
  const edges: number[] = [];
  for (const q of DECILES) {
    const edge = linearQuantile(baseline, q);
    if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/** Numeric PSI on baseline-decile bins. */
export function psi(baseline: WeightedSample, current: WeightedSample): number {
  if (!(baseline.total > 0 && current.total > 0)) throw new RangeError('psi needs two non-empty samples');
  const edges = decileEdges(baseline);
  return psiFromCounts(openBinCounts(baseline, edges), openBinCounts(current, edges));
}

/** Categorical PSI over the union of both sides' categories. */
export function categoricalPsi(baseline: CategoryCounts, current: CategoryCounts): number {
  const aligned = alignCategories(baseline, current);
  if (!(sum(aligned.baseline) > 0 && sum(aligned.current) > 0)) throw new RangeError('categoricalPsi needs two non-empty sides');
  return psiFromCounts(aligned.baseline, aligned.current);
}
