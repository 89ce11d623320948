// Before/after histograms as Unicode block sparklines (▁▂▃▄▅▆▇█), which render in any comment.

import type { DriftColumn } from './types.js';

const BLOCKS = '▂▃▄▅▆▇█';
const EMPTY = '▁';

/** At most `width` bins: adjacent bins are summed so the shape survives. */
export function mergeBins(counts: number[], width: number): number[] {
  if (counts.length <= width) return counts.slice();
  const size = Math.ceil(counts.length / width);
  const merged: number[] = [];
  for (let start = 0; start < counts.length; start += size) {
    merged.push(counts.slice(start, start + size).reduce((sum, count) => sum + count, 0));
  }
  return merged;
}

function shares(counts: number[]): number[] {
  const total = counts.reduce((sum, count) => sum + Math.max(0, count), 0);
  return counts.map((count) => (total > 0 ? Math.max(0, count) / total : 0));
}

/** One line of blocks; heights are relative to `max` so two lines drawn with the same max compare. */
export function sparkline(values: number[], max: number): string {
  return values
    .map((value) => {
      if (!(value > 0) || !(max > 0)) return EMPTY;
      const level = Math.min(BLOCKS.length - 1, Math.floor((value / max) * BLOCKS.length - 1e-9));
      return BLOCKS[Math.max(0, level)];
    })
    .join('');
}

export interface BeforeAfter { baseline: number[]; current: number[] }

/**
 * The two sides of a drift column as shares on a common scale: the histogram when there is one,
 * else the category shares with the biggest changes. Null when there is nothing to draw.
 */
export function beforeAfter(column: DriftColumn, width = 16): BeforeAfter | null {
  if (column.histogram && column.histogram.baseline.length > 0) {
    return {
      baseline: shares(mergeBins(column.histogram.baseline, width)),
      current: shares(mergeBins(column.histogram.current, width)),
    };
  }
  const changes = column.categories?.changes ?? [];
  if (changes.length > 0) {
    const shown = changes.slice(0, width);
    return { baseline: shown.map((c) => c.baseline), current: shown.map((c) => c.current) };
  }
  return null;
}

/** `▁▂▅█▃` → `▁▁▃▅█`, null when the column has no histogram or categories. */
export function sparklinePair(column: DriftColumn, width = 16): { baseline: string; current: string } | null {
  const sides = beforeAfter(column, width);
  if (!sides) return null;
  const max = Math.max(...sides.baseline, ...sides.current);
  return { baseline: sparkline(sides.baseline, max), current: sparkline(sides.current, max) };
}
