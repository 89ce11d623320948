// How a date column's range moved, in words: "newest 2023-01-04 → 2023-02-01 (+28 days)".

import type { DriftColumn } from './types.js';

const DAY_MS = 86_400_000;

/** An ISO date or timestamp as a reviewer reads it: the date, then the time when there is one. */
function readable(iso: string): string {
  if (iso.length <= 10) return iso;
  const time = iso.slice(11, 19).replace(/:00$/, '');
  return `${iso.slice(0, 10)} ${time}`;
}

function moved(label: string, before: string, after: string): string {
  if (before === after) return `${label} ${readable(before)} (same)`;
  const days = (Date.parse(after) - Date.parse(before)) / DAY_MS;
  const shift = Number.isFinite(days) ? ` (${days > 0 ? '+' : ''}${Number.isInteger(days) ? days : days.toFixed(1)} ${Math.abs(days) === 1 ? 'day' : 'days'})` : '';
  return `${label} ${readable(before)} → ${readable(after)}${shift}`;
}

/** Newest first (recency is what a reviewer of a date column asks about), then oldest. */
export function dateRangePhrases(range: NonNullable<DriftColumn['range']>): string[] {
  return [moved('newest', range.baseline.max, range.current.max), moved('oldest', range.baseline.min, range.current.min)];
}
