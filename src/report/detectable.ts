// How a "no drift" says what it could not have seen, where that matters: a column too small for
// the test to catch issue #12's changes (a 0.25-std mean shift, a 10-point category move).

import type { Detectable } from './types.js';
import { formatNumber } from './format.js';

/** Changes the default method is meant to catch; a column that could miss one is called out. */
export const LOW_POWER = { meanShift: 0.25, categoryShare: 0.1 };

export function isLowPower(detectable: Detectable | undefined): boolean {
  if (!detectable) return false;
  return (detectable.meanShift ?? 0) > LOW_POWER.meanShift || (detectable.categoryShare ?? 0) > LOW_POWER.categoryShare;
}

/** "a mean shift under 0.39 std" / "a 17-point move between the two most common categories". */
export function undetectedChange(detectable: Detectable): string | undefined {
  if (detectable.meanShift !== undefined) return `a mean shift under ${formatNumber(Number(detectable.meanShift.toPrecision(2)))} std`;
  if (detectable.categoryShare !== undefined) return `a move of under ${formatNumber(Math.round(100 * detectable.categoryShare))} points between the two most common categories`;
  return undefined;
}

/** The clause for a low-power column without drift, else undefined. */
export function lowPowerClause(detectable: Detectable | undefined): string | undefined {
  if (!detectable || !isLowPower(detectable)) return undefined;
  const change = undetectedChange(detectable);
  return change ? `${change} could go unseen` : undefined;
}
