// Probable renames: a removed and an added column of the same type whose profiles are nearly the
// same (null rate, distinct count, and location/spread or top values). Matched greedily, most
// similar pair first, each column used once, so two look-alike columns are never both claimed.

import type { ColumnProfile, Profile } from '../profile/types.js';

export interface Rename { from: ColumnProfile; to: ColumnProfile; distance: number }

/** Above this, two profiles are not "near-identical". */
const MAX_DISTANCE = 0.05;

const nullRate = (column: ColumnProfile): number => (column.count + column.nulls > 0 ? column.nulls / (column.count + column.nulls) : 0);

function relativeGap(a: number | undefined, b: number | undefined, scale: number): number {
  if (a === undefined || b === undefined) return a === b ? 0 : 1;
  if (a === b) return 0;
  return Math.abs(a - b) / (scale > 0 ? scale : Math.max(Math.abs(a), Math.abs(b), 1e-12));
}

/** 0 for identical summaries, growing with the largest difference found; Infinity when types differ. */
export function profileDistance(a: ColumnProfile, b: ColumnProfile, rowsA: number, rowsB: number): number {
  if (a.type !== b.type) return Number.POSITIVE_INFINITY;
  const gaps = [
    Math.abs(nullRate(a) - nullRate(b)),
    relativeGap(a.count / Math.max(rowsA, 1), b.count / Math.max(rowsB, 1), 1),
    relativeGap(a.distinct, b.distinct, 0),
  ];
  if (typeof a.mean === 'number' && typeof b.mean === 'number') {
    const spread = Math.max(a.std ?? 0, b.std ?? 0);
    gaps.push(relativeGap(a.mean, b.mean, spread), relativeGap(a.std, b.std, spread));
    for (const key of ['p05', 'p50', 'p95'] as const) gaps.push(relativeGap(a.quantiles?.[key], b.quantiles?.[key], spread));
  } else if (a.top && b.top && a.top.length > 0) {
    // Share of the baseline's top values (by count) that the other side's top list also holds.
    const other = new Map(b.top.map((entry) => [entry.value, entry.count]));
    const total = a.top.reduce((sum, entry) => sum + entry.count, 0);
    const kept = a.top.reduce((sum, entry) => sum + (other.has(entry.value) ? entry.count : 0), 0);
    gaps.push(total > 0 ? 1 - kept / total : 0);
  } else {
    gaps.push(a.min === b.min && a.max === b.max ? 0 : 1);
  }
  return Math.max(...gaps);
}

export function probableRenames(baseline: Profile, current: Profile, removed: ColumnProfile[], added: ColumnProfile[]): Rename[] {
  const candidates: Rename[] = [];
  for (const from of removed) {
    for (const to of added) {
      const distance = profileDistance(from, to, baseline.rows, current.rows);
      if (distance <= MAX_DISTANCE) candidates.push({ from, to, distance });
    }
  }
  candidates.sort((x, y) => x.distance - y.distance || x.from.name.localeCompare(y.from.name) || x.to.name.localeCompare(y.to.name));
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const renames: Rename[] = [];
  for (const candidate of candidates) {
    if (usedFrom.has(candidate.from.name) || usedTo.has(candidate.to.name)) continue;
    usedFrom.add(candidate.from.name);
    usedTo.add(candidate.to.name);
    renames.push(candidate);
  }
  return renames;
}
