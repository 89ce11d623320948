// High-cardinality text judged by novelty: the share of current values never seen in the baseline,
// against what a no-change sample would show — the Good–Turing estimate of the baseline's missing
// mass, f₁ / n (values seen once, over the baseline's count). One-sided z-test on that share, its
// variance widened by the design effect of values repeated within the current and by the
// estimate's own variance.

import { chiSquareSurvival } from './chiSquareDistribution.js';

export interface UnseenResult {
  /** Share of the current's values absent from the baseline. */
  share: number;
  /** Good–Turing expectation of that share under no change. */
  expected: number;
  statistic: number;
  pValue: number;
}

/** `baseline` and `current` are counts over the same categories (0 where a side lacks one). */
export function unseenShare(baseline: readonly number[], current: readonly number[]): UnseenResult {
  let baselineTotal = 0;
  let singletons = 0;
  let doubletons = 0;
  let currentTotal = 0;
  let unseen = 0;
  let unseenSquares = 0;
  for (let i = 0; i < baseline.length; i += 1) {
    baselineTotal += baseline[i];
    currentTotal += current[i];
    if (baseline[i] === 1) singletons += 1;
    if (baseline[i] === 2) doubletons += 1;
    if (baseline[i] === 0) {
      unseen += current[i];
      unseenSquares += current[i] * current[i];
    }
  }
  if (!(baselineTotal > 0 && currentTotal > 0)) return { share: 0, expected: 0, statistic: 0, pValue: 1 };
  const share = unseen / currentTotal;
  // Never let the expectation reach 0 or 1: a baseline without singletons still misses something.
  const expected = Math.min(1 - 0.5 / baselineTotal, Math.max(singletons, 0.5) / baselineTotal);
  // A new value seen k times in the current counts k times: the binomial variance is inflated by
  // the mean cluster size of the unseen values (a design effect, ≥ 1).
  const designEffect = unseen > 0 ? Math.max(1, unseenSquares / unseen) : 1;
  // Plus the uncertainty of the estimate itself (Esty 1983): f₁/n² · (1 − f₁/n) + 2 f₂ / n².
  const estimateVariance = (singletons / baselineTotal ** 2) * (1 - singletons / baselineTotal) + (2 * doubletons) / baselineTotal ** 2;
  const statistic = (share - expected) / Math.sqrt((expected * (1 - expected) * designEffect) / currentTotal + estimateVariance);
  // One-sided normal tail: P(Z > z) = χ²₁(z²) / 2 for z > 0.
  const pValue = statistic > 0 ? chiSquareSurvival(statistic * statistic, 1) / 2 : 1;
  return { share, expected, statistic, pValue };
}
