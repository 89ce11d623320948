// χ² on categories coarsened until the test is valid: categories whose expected count on either
// side is below 5 are lumped into one "other" cell (merged into the smallest kept category when
// that cell is itself too small), so thousands of near-empty cells do not make sampling noise
// look like drift. The statistic is then scipy.stats.chi2_contingency(correction=False) on the
// coarsened 2 × k table.

import { chiSquareFromCounts } from './chiSquareHomogeneity.js';
import { sum } from './categories.js';

export const MIN_EXPECTED = 5;
export const LUMPED = '(other)';

export interface Coarsened { categories: string[]; baseline: number[]; current: number[]; lumped: number }

/** Keeps categories by combined count (descending, then by name) while every expected count is ≥ 5. */
export function coarsenCategories(categories: readonly string[], baseline: readonly number[], current: readonly number[], lumpAlways: ReadonlySet<string> = new Set()): Coarsened {
  const baselineTotal = sum(baseline);
  const currentTotal = sum(current);
  const total = baselineTotal + currentTotal;
  const smaller = Math.min(baselineTotal, currentTotal);
  // Expected count of a category on the smaller side: smaller · combined / total ≥ 5.
  const minCombined = smaller > 0 ? (MIN_EXPECTED * total) / smaller : Number.POSITIVE_INFINITY;
  const order = categories.map((_, i) => i).sort((i, j) => baseline[j] + current[j] - (baseline[i] + current[i]) || (categories[i] < categories[j] ? -1 : categories[i] > categories[j] ? 1 : 0));
  const kept: Coarsened = { categories: [], baseline: [], current: [], lumped: 0 };
  let otherBaseline = 0;
  let otherCurrent = 0;
  for (const i of order) {
    if (baseline[i] + current[i] >= minCombined && !lumpAlways.has(categories[i])) {
      kept.categories.push(categories[i]);
      kept.baseline.push(baseline[i]);
      kept.current.push(current[i]);
    } else {
      otherBaseline += baseline[i];
      otherCurrent += current[i];
      if (baseline[i] + current[i] > 0) kept.lumped += 1;
    }
  }
  if (otherBaseline + otherCurrent > 0) {
    if (otherBaseline + otherCurrent >= minCombined || kept.categories.length === 0) {
      kept.categories.push(LUMPED);
      kept.baseline.push(otherBaseline);
      kept.current.push(otherCurrent);
    } else {
      const last = kept.categories.length - 1;
      kept.categories[last] = `${kept.categories[last]} + ${LUMPED}`;
      kept.baseline[last] += otherBaseline;
      kept.current[last] += otherCurrent;
    }
  }
  return kept;
}

/** χ² test of homogeneity on the coarsened table; one cell left means no test (p = 1). */
export function coarsenedChiSquare(categories: readonly string[], baseline: readonly number[], current: readonly number[]): { statistic: number; pValue: number; dof: number; coarsened: Coarsened } {
  const coarsened = coarsenCategories(categories, baseline, current);
  if (coarsened.categories.length < 2 || sum(coarsened.baseline) <= 0 || sum(coarsened.current) <= 0) return { statistic: 0, pValue: 1, dof: 0, coarsened };
  return { ...chiSquareFromCounts(coarsened.baseline, coarsened.current), coarsened };
}

/** Half the L1 distance between the share vectors: the share of rows that changed category. */
export function totalVariation(baseline: readonly number[], current: readonly number[]): number {
  const baselineTotal = sum(baseline);
  const currentTotal = sum(current);
  if (!(baselineTotal > 0 && currentTotal > 0)) return 0;
  let distance = 0;
  for (let i = 0; i < baseline.length; i += 1) distance += Math.abs(baseline[i] / baselineTotal - current[i] / currentTotal);
  return distance / 2;
}
