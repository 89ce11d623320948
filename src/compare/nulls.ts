// Null rate as its own check: a rise is drift when it is real (the two-proportion test, i.e. χ²
// on the 2 × 2 table of nulls and values, rejects) and material (at least NULL_RATE_FLOOR more
// of the rows are null). A broken join shows up here first.

import type { ColumnProfile } from '../profile/types.js';
import type { NullRateCheck } from '../report/types.js';
import { chiSquareFromCounts } from '../stats/index.js';
import { nullRate, round } from './evidence.js';

/** 5 points of rows: below it a null-rate change is noted, never failed. */
export const NULL_RATE_FLOOR = 0.05;
export const NULL_RATE_SIGNIFICANCE = 0.05;

/** The check, or undefined when neither side has a null (nothing to test). */
export function nullRateCheck(before: ColumnProfile, after: ColumnProfile): NullRateCheck | undefined {
  if (before.nulls === 0 && after.nulls === 0) return undefined;
  const rowsBefore = before.count + before.nulls;
  const rowsAfter = after.count + after.nulls;
  if (rowsBefore === 0 || rowsAfter === 0) return undefined;
  const baseline = nullRate(before);
  const current = nullRate(after);
  // Both sides all null, or one column of the table only nulls: the χ² table has one column.
  const pValue = before.count + after.count === 0 ? 1 : chiSquareFromCounts([before.nulls, before.count], [after.nulls, after.count]).pValue;
  const check: NullRateCheck = { baseline: round(baseline), current: round(current), pValue: Number.isFinite(pValue) ? pValue : 1, drifted: false };
  check.drifted = isNullRise(check, check.pValue);
  return check;
}

export function isNullRise(check: NullRateCheck, pValue: number): boolean {
  return check.current - check.baseline >= NULL_RATE_FLOOR && pValue < NULL_RATE_SIGNIFICANCE;
}
