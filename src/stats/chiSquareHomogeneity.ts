// Pearson's χ² test of homogeneity on the 2 × k table of category counts, as
// scipy.stats.chi2_contingency(table, correction=False): expected = row total · column total / N,
// statistic Σ (observed − expected)² / expected, dof = k − 1, p = χ²(dof).sf(statistic).

import type { CategoryCounts } from '../profile/types.js';
import { alignCategories, sum } from './categories.js';
import { chiSquareSurvival } from './chiSquareDistribution.js';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  dof: number;
}

/** The test on two count vectors over the same categories (categories empty on both sides must be dropped first). */
export function chiSquareFromCounts(baseline: readonly number[], current: readonly number[]): ChiSquareResult {
  const baselineTotal = sum(baseline);
  const currentTotal = sum(current);
  const total = baselineTotal + currentTotal;
  if (!(baselineTotal > 0 && currentTotal > 0)) throw new RangeError('chiSquareHomogeneity needs two non-empty sides');
  const dof = baseline.length - 1;
  if (dof <= 0) return { statistic: 0, pValue: 1, dof: 0 };
  let statistic = 0;
  for (let i = 0; i < baseline.length; i += 1) {
    const column = baseline[i] + current[i];
    const expectedBaseline = (baselineTotal * column) / total;
    const expectedCurrent = (currentTotal * column) / total;
    statistic += (baseline[i] - expectedBaseline) ** 2 / expectedBaseline + (current[i] - expectedCurrent) ** 2 / expectedCurrent;
  }
  return { statistic, pValue: chiSquareSurvival(statistic, dof), dof };
}

export function chiSquareHomogeneity(baseline: CategoryCounts, current: CategoryCounts): ChiSquareResult {
  const aligned = alignCategories(baseline, current);
  return chiSquareFromCounts(aligned.baseline, aligned.current);
}
