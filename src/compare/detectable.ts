// What a `robust` "no drift" could not have seen: the smallest mean shift (in baseline standard
// deviations) and the smallest move of rows between the two most common categories that the
// column's test catches 4 times in 5 at its sample sizes. The test is taken at the level `robust`
// holds it to when the column is the dataset's only change — 0.05 over the column's tests
// (Bonferroni) and over the dataset's Benjamini–Hochberg family — and the answer is never below
// the materiality floor, which no smaller change clears. Normal approximation: a shift of d
// stds between n₁ and n₂ values is a 1-dof χ² with noncentrality d² / (1/n₁ + 1/n₂); a move of
// δ of the rows from a category of share p₁ to one of p₂ gives the χ² of the k coarsened
// categories (k − 1 dof) the noncentrality δ² (1/m₁ + 1/m₂) / (1/n₁ + 1/n₂), m the two pooled
// shares after the move (Cohen's w² N). Simulated χ² tests reach 0.80 ± 0.01 at these changes.

import type { CategoryCounts } from '../profile/types.js';
import type { Detectable } from '../report/types.js';
import { alignCategories, coarsenCategories, requiredNoncentrality } from '../stats/index.js';
import { ROBUST_CATEGORICAL_FLOOR, ROBUST_NUMERIC_FLOOR } from './robust.js';
import { round } from './evidence.js';
import { SIGNIFICANCE } from './methods.js';

/** The probability of detection the smallest detectable change is defined by. */
export const DETECTABLE_POWER = 0.8;

/** Smallest mean shift, in standard deviations, a two-sided test at `alpha` sees with `power`. */
export function detectableMeanShift(baselineCount: number, currentCount: number, alpha: number, power = DETECTABLE_POWER): number {
  return Math.sqrt(requiredNoncentrality(1, alpha, power) * (1 / baselineCount + 1 / currentCount));
}

/**
 * Smallest share of rows moved from a category of baseline share `from` to one of share `to`
 * that a χ² test over `categories` cells at `alpha` sees with `power` (at most `from`: a column
 * too small to show even the whole category moving gets that).
 */
export function detectableCategoryMove(baselineCount: number, currentCount: number, from: number, to: number, categories: number, alpha: number, power = DETECTABLE_POWER): number {
  const lambda = requiredNoncentrality(categories - 1, alpha, power);
  const currentShare = currentCount / (baselineCount + currentCount);
  const noncentrality = (move: number): number => (move * move * (1 / (from - currentShare * move) + 1 / (to + currentShare * move))) / (1 / baselineCount + 1 / currentCount);
  // Increasing in the move; moving the whole category is the most there is to see.
  let low = 0;
  let high = from;
  if (noncentrality(high * (1 - 1e-12)) < lambda) return from;
  for (let i = 0; i < 100 && high - low > 1e-13; i += 1) {
    const middle = (low + high) / 2;
    if (noncentrality(middle) < lambda) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * The smallest changes `robust` would see in a numeric column (`tests` p-values, a Benjamini–
 * Hochberg family of `family`), or undefined when there is nothing to say.
 */
export function detectableNumeric(baselineCount: number, currentCount: number, tests: number, family: number): Detectable | undefined {
  if (!(baselineCount >= 2 && currentCount >= 2)) return undefined;
  const alpha = levelOf(tests, family);
  return { meanShift: round(Math.max(ROBUST_NUMERIC_FLOOR, detectableMeanShift(baselineCount, currentCount, alpha))), power: DETECTABLE_POWER, alpha: round(alpha) };
}

/** The same for a categorical column, between its two most common (coarsened) baseline categories. */
export function detectableCategorical(baseline: CategoryCounts, current: CategoryCounts, tests: number, family: number): Detectable | undefined {
  const aligned = alignCategories(baseline, current);
  const coarsened = coarsenCategories(aligned.categories, aligned.baseline, aligned.current);
  const baselineTotal = coarsened.baseline.reduce((a, b) => a + b, 0);
  const currentTotal = coarsened.current.reduce((a, b) => a + b, 0);
  const [from, to] = [...coarsened.baseline].sort((a, b) => b - a).map((count) => count / baselineTotal);
  if (coarsened.categories.length < 2 || !(to > 0) || !(currentTotal > 0)) return undefined;
  const alpha = levelOf(tests, family);
  const move = detectableCategoryMove(baselineTotal, currentTotal, from, to, coarsened.categories.length, alpha);
  return { categoryShare: round(Math.max(ROBUST_CATEGORICAL_FLOOR, move)), power: DETECTABLE_POWER, alpha: round(alpha) };
}

function levelOf(tests: number, family: number): number {
  return SIGNIFICANCE / (Math.max(1, tests) * Math.max(1, family));
}
