// What a reviewer needs to see for one column: before/after summary numbers, a shared-edge
// histogram for a small before/after chart, and for categories what appeared, vanished and moved.

import type { CategoryCounts, ColumnProfile, WeightedSample } from '../profile/types.js';
import type { DriftColumn, NumericEvidence } from '../report/types.js';
import { alignCategories, linearQuantile, OTHER_CATEGORY, sampleMoments } from '../stats/index.js';
import { runsOf } from '../stats/runs.js';

export const EVIDENCE_BINS = 16;
const LISTED_CATEGORIES = 10;
const LISTED_CHANGES = 5;

export function nullRate(column: ColumnProfile): number {
  const rows = column.count + column.nulls;
  return rows > 0 ? column.nulls / rows : 0;
}

export function numericEvidence(column: ColumnProfile, sample: WeightedSample | undefined): NumericEvidence {
  const evidence: NumericEvidence = { nullRate: nullRate(column) };
  if (!sample || sample.total <= 0) return evidence;
  evidence.p05 = column.quantiles?.p05 ?? linearQuantile(sample, 0.05);
  evidence.p50 = column.quantiles?.p50 ?? linearQuantile(sample, 0.5);
  evidence.p95 = column.quantiles?.p95 ?? linearQuantile(sample, 0.95);
  evidence.mean = typeof column.mean === 'number' ? column.mean : sampleMoments(sample).mean;
  return evidence;
}

/**
 * Shares of each side in EVIDENCE_BINS equal bins over the pooled 1st–99th percentile range
 * (the outer bins also hold the tails, so one outlier does not flatten the chart).
 */
export function sharedHistogram(baseline: WeightedSample, current: WeightedSample): NonNullable<DriftColumn['histogram']> {
  let low = Math.min(linearQuantile(baseline, 0.01), linearQuantile(current, 0.01));
  let high = Math.max(linearQuantile(baseline, 0.99), linearQuantile(current, 0.99));
  if (!(high > low)) {
    low = Math.min(linearQuantile(baseline, 0), linearQuantile(current, 0));
    high = Math.max(linearQuantile(baseline, 1), linearQuantile(current, 1));
  }
  if (!(high > low)) return { edges: [low, high], baseline: [1], current: [1] };
  const width = (high - low) / EVIDENCE_BINS;
  const edges = Array.from({ length: EVIDENCE_BINS + 1 }, (_, i) => (i === EVIDENCE_BINS ? high : low + i * width));
  const shares = (sample: WeightedSample): number[] => {
    const counts = new Array<number>(EVIDENCE_BINS).fill(0);
    let total = 0;
    const binOf = (value: number): number => Math.min(EVIDENCE_BINS - 1, Math.max(0, Math.floor((value - low) / width)));
    if (sample.unitWeights) {
      // Weights of 1 on sorted values (each of a file's parts' runs): a bin's count is where its
      // run ends (binOf never decreases along sorted values), found by bisection; counts of 1s are
      // the sums the loop below makes.
      for (const values of runsOf(sample)) {
        let start = 0;
        for (let bin = 0; bin < EVIDENCE_BINS - 1; bin += 1) {
          let lowIndex = start;
          let highIndex = values.length;
          while (lowIndex < highIndex) {
            const middle = (lowIndex + highIndex) >>> 1;
            if (binOf(values[middle]) > bin) highIndex = middle;
            else lowIndex = middle + 1;
          }
          counts[bin] += lowIndex - start;
          start = lowIndex;
        }
        counts[EVIDENCE_BINS - 1] += values.length - start;
        total += values.length;
      }
      return counts.map((count) => round(count / total));
    }
    for (let i = 0; i < sample.values.length; i += 1) {
      const bin = binOf(sample.values[i]);
      counts[bin] += sample.weights[i];
      total += sample.weights[i];
    }
    return counts.map((count) => round(count / total));
  };
  return { edges: edges.map(round), baseline: shares(baseline), current: shares(current) };
}

/** Appeared, disappeared, and the biggest share changes (shares of non-null values). */
export function categoryEvidence(baseline: CategoryCounts, current: CategoryCounts): NonNullable<DriftColumn['categories']> {
  const aligned = alignCategories(baseline, current);
  const baselineTotal = aligned.baseline.reduce((a, b) => a + b, 0);
  const currentTotal = aligned.current.reduce((a, b) => a + b, 0);
  const rows = aligned.categories.map((value, i) => ({
    value,
    baseline: baselineTotal > 0 ? aligned.baseline[i] / baselineTotal : 0,
    current: currentTotal > 0 ? aligned.current[i] / currentTotal : 0,
  }));
  const listed = rows.filter((row) => row.value !== OTHER_CATEGORY);
  // With a sketch, a category missing from one side's heavy hitters may still be in its remainder.
  const added = listed.filter((row) => row.baseline === 0 && baseline.exact).map((row) => row.value);
  const removed = listed.filter((row) => row.current === 0 && current.exact).map((row) => row.value);
  const changes = rows
    .map((row) => ({ value: row.value === OTHER_CATEGORY ? '(other)' : row.value, baseline: round(row.baseline), current: round(row.current), gap: Math.abs(row.current - row.baseline) }))
    .sort((a, b) => b.gap - a.gap || a.value.localeCompare(b.value))
    .slice(0, LISTED_CHANGES)
    .map(({ value, baseline: before, current: after }) => ({ value, baseline: before, current: after }));
  return { added: added.sort().slice(0, LISTED_CATEGORIES), removed: removed.sort().slice(0, LISTED_CATEGORIES), changes };
}

/** Six significant digits: enough to read and to chart, stable in snapshots. */
export function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : 0;
}
