// Date and timestamp columns are compared by their range and recency, not by a drift method:
// new rows bring new dates, so a distribution test on them fires without anything being wrong.

import type { ColumnProfile } from '../profile/types.js';
import { dateRangePhrases } from '../report/dateRange.js';
import type { DriftColumn } from '../report/types.js';

export function isTemporal(column: ColumnProfile): boolean {
  return column.type === 'date' || column.type === 'timestamp';
}

/** The range of both sides, when both have one; never a drift alarm. */
export function dateRangeColumn(before: ColumnProfile, after: ColumnProfile, base: Pick<DriftColumn, 'method' | 'threshold'>): DriftColumn | undefined {
  if (typeof before.min !== 'string' || typeof before.max !== 'string' || typeof after.min !== 'string' || typeof after.max !== 'string') return undefined;
  const range: NonNullable<DriftColumn['range']> = {
    baseline: { min: before.min, max: before.max },
    current: { min: after.min, max: after.max },
  };
  const format = after.format ?? before.format;
  const column: DriftColumn = {
    name: before.name, ...base, score: 0, pValue: null, drifted: false, status: 'pass', range,
    note: `compared by range: ${dateRangePhrases(range).join(', ')}${format ? ` (${format})` : ''}`,
  };
  return column;
}
