// One drift method on one column: pick it (the `auto` rule), run it, and say whether it drifted.
// Thresholds and directions follow DESIGN.md's statistics table, plus one method of our own:
// `significant` — drifted only when the change is both statistically significant (KS, or χ² for
// categories, p < 0.05) and material (Wasserstein / baseline std > 0.1; for categories total
// variation distance > 0.05). It keeps `auto`'s behaviour on large numeric columns but does not
// fire on sampling noise in high-cardinality columns (bench/drift-rates.mjs measures both).
// `robust` (src/compare/robust.ts) is the default: `significant`'s idea with more tests, valid χ²
// on high-cardinality text, and Benjamini–Hochberg across the dataset's columns.

import type { CategoryCounts, WeightedSample } from '../profile/types.js';
import type { DriftColumn, DriftTest } from '../report/types.js';
import { pooledStd, robustCategorical, robustNumeric, ROBUST_CATEGORICAL_FLOOR, ROBUST_NUMERIC_FLOOR } from './robust.js';
import {
  alignCategories, categoricalJensenShannon, categoricalPsi, chiSquareFromCounts, chiSquareHomogeneity, ksTwoSample,
  numericJensenShannon, psi, sampleMoments, wassersteinDistance,
} from '../stats/index.js';

export type Method = DriftColumn['method'];
export type ConfiguredMethod = Method | 'auto';
export type Kind = 'numeric' | 'categorical';

/** Columns with at most this many non-null baseline values get the p-value tests under `auto`. */
export const AUTO_SMALL_SAMPLE = 1000;
export const PSI_FAIL = 0.25;

export const DEFAULT_THRESHOLDS: Record<Method, number> = {
  ks: 0.05, chisquare: 0.05, wasserstein: 0.1, psi: 0.1, jensenshannon: 0.1, significant: 0.1, robust: ROBUST_NUMERIC_FLOOR,
};
/** The method a dataset gets when the config names none (DESIGN.md: measured on real tables). */
export const DEFAULT_METHOD = 'robust' as const;
/** `significant` on categories measures total variation distance: 0.05 = 5% of rows changed category. */
export const SIGNIFICANT_CATEGORICAL_THRESHOLD = 0.05;
/** The significance level of the test inside `significant`. */
export const SIGNIFICANCE = 0.05;

export function defaultThreshold(method: Method, kind: Kind): number {
  if (method === 'robust' && kind === 'categorical') return ROBUST_CATEGORICAL_FLOOR;
  return method === 'significant' && kind === 'categorical' ? SIGNIFICANT_CATEGORICAL_THRESHOLD : DEFAULT_THRESHOLDS[method];
}

const APPLIES: Record<Method, Kind[]> = {
  ks: ['numeric'], wasserstein: ['numeric'], chisquare: ['categorical'], psi: ['numeric', 'categorical'], jensenshannon: ['numeric', 'categorical'],
  significant: ['numeric', 'categorical'], robust: ['numeric', 'categorical'],
};

/** Methods whose verdict rests on a p-value (so Benjamini–Hochberg applies). */
export const isPValueMethod = (method: Method): boolean => method === 'ks' || method === 'chisquare' || method === 'significant' || method === 'robust';

/** The `auto` rule (Evidently's): small baselines get the tests, large ones the distances. */
export function autoMethod(kind: Kind, baselineCount: number): Method {
  if (kind === 'numeric') return baselineCount <= AUTO_SMALL_SAMPLE ? 'ks' : 'wasserstein';
  return baselineCount <= AUTO_SMALL_SAMPLE ? 'chisquare' : 'jensenshannon';
}

/** The method to run; a configured method that does not apply to the kind falls back to `auto`. */
export function chooseMethod(configured: ConfiguredMethod, kind: Kind, baselineCount: number): { method: Method; note?: string } {
  if (configured === 'auto') return { method: autoMethod(kind, baselineCount) };
  if (APPLIES[configured].includes(kind)) return { method: configured };
  const method = autoMethod(kind, baselineCount);
  return { method, note: `${configured} does not apply to ${kind} columns; used ${method}` };
}

export interface Verdict { score: number; pValue: number | null; note?: string; tests?: DriftTest[] }

export type ColumnData =
  | { kind: 'numeric'; baseline: WeightedSample; current: WeightedSample; baselineStd?: number }
  | { kind: 'categorical'; baseline: CategoryCounts; current: CategoryCounts };

/** Runs `method` on two non-empty sides. */
export function runMethod(method: Method, data: ColumnData): Verdict {
  if (data.kind === 'numeric') {
    const { baseline, current } = data;
    switch (method) {
      case 'ks': {
        const result = ksTwoSample(baseline, current);
        return { score: result.statistic, pValue: result.pValue };
      }
      case 'wasserstein': return wassersteinScore(baseline, current, data.baselineStd);
      case 'psi': return { score: psi(baseline, current), pValue: null };
      case 'jensenshannon': return { score: numericJensenShannon(baseline, current), pValue: null };
      case 'significant': {
        const effect = wassersteinScore(baseline, current, data.baselineStd);
        return { ...effect, pValue: ksTwoSample(baseline, current).pValue };
      }
      case 'robust': return robustNumeric(baseline, current, data.baselineStd);
      default: throw new Error(`${method} is not a numeric method`);
    }
  }
  const { baseline, current } = data;
  switch (method) {
    case 'chisquare': {
      const result = chiSquareHomogeneity(baseline, current);
      return { score: result.statistic, pValue: result.pValue };
    }
    case 'psi': return { score: categoricalPsi(baseline, current), pValue: null };
    case 'jensenshannon': return { score: categoricalJensenShannon(baseline, current), pValue: null };
    case 'significant': {
      const aligned = alignCategories(baseline, current);
      return { score: totalVariationDistance(aligned.baseline, aligned.current), pValue: chiSquareFromCounts(aligned.baseline, aligned.current).pValue };
    }
    case 'robust': return robustCategorical(baseline, current);
    default: throw new Error(`${method} is not a categorical method`);
  }
}

/** Half the L1 distance between the two share vectors: the share of rows that changed category. */
function totalVariationDistance(baseline: readonly number[], current: readonly number[]): number {
  const baselineTotal = baseline.reduce((a, b) => a + b, 0);
  const currentTotal = current.reduce((a, b) => a + b, 0);
  let distance = 0;
  for (let i = 0; i < baseline.length; i += 1) distance += Math.abs(baseline[i] / baselineTotal - current[i] / currentTotal);
  return distance / 2;
}

/**
 * Wasserstein distance in units of the baseline's sample std. A constant baseline (std 0) is
 * measured in units of the pooled std instead, and two identical constants score 0.
 */
function wassersteinScore(baseline: WeightedSample, current: WeightedSample, baselineStd?: number): Verdict {
  const distance = wassersteinDistance(baseline, current);
  const std = baselineStd !== undefined && Number.isFinite(baselineStd) ? baselineStd : sampleMoments(baseline).std;
  if (std > 0) return { score: distance / std, pValue: null };
  if (distance === 0) return { score: 0, pValue: null, note: 'baseline is constant' };
  const pooled = pooledStd(baseline, current);
  return { score: distance / pooled, pValue: null, note: 'baseline is constant; distance in units of the pooled std' };
}

/** Drifted, and the column status: PSI warns between its threshold and 0.25, fails above. */
export function judge(method: Method, score: number, pValue: number | null, threshold: number): { drifted: boolean; status: DriftColumn['status'] } {
  if (method === 'significant' || method === 'robust') {
    // Drift must be both real (the test rejects) and material (the effect exceeds the threshold).
    const drifted = pValue !== null && pValue < SIGNIFICANCE && score > threshold;
    return { drifted, status: drifted ? 'fail' : 'pass' };
  }
  if (isPValueMethod(method)) {
    const drifted = pValue !== null && pValue < threshold;
    return { drifted, status: drifted ? 'fail' : 'pass' };
  }
  const drifted = score > threshold;
  if (!drifted) return { drifted, status: 'pass' };
  if (method === 'psi' && score <= Math.max(PSI_FAIL, threshold)) return { drifted, status: 'warn' };
  return { drifted, status: 'fail' };
}
