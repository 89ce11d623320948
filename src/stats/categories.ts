// Lining up two category count maps on one ordered list of categories, for the categorical tests.

import type { CategoryCounts } from '../profile/types.js';

/** The bucket that holds a sketch's unattributed remainder, when either side has one. */
export const OTHER_CATEGORY = '\u0000other';

export interface AlignedCounts {
  categories: string[];
  baseline: number[];
  current: number[];
}

/**
 * Union of both sides' categories in a stable order (baseline's first-seen order, then new ones),
 * with a sketch's remainder as one extra bucket. Categories with zero count on both sides are
 * dropped: they carry no information and would make χ²'s expected frequency 0.
 */
export function alignCategories(baseline: CategoryCounts, current: CategoryCounts): AlignedCounts {
  const categories: string[] = [];
  const seen = new Set<string>();
  for (const key of [...baseline.counts.keys(), ...current.counts.keys()]) {
    if (seen.has(key)) continue;
    seen.add(key);
    if ((baseline.counts.get(key) ?? 0) + (current.counts.get(key) ?? 0) > 0) categories.push(key);
  }
  const baselineCounts = categories.map((key) => baseline.counts.get(key) ?? 0);
  const currentCounts = categories.map((key) => current.counts.get(key) ?? 0);
  if (baseline.other + current.other > 0) {
    categories.push(OTHER_CATEGORY);
    baselineCounts.push(baseline.other);
    currentCounts.push(current.other);
  }
  return { categories, baseline: baselineCounts, current: currentCounts };
}

/** Category counts from plain values (exact), for tests and small inputs. */
export function countCategories(values: Iterable<string>): CategoryCounts {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return { counts, other: 0, exact: true };
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
