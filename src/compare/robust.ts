// `robust`, the default drift method: a change must be both real and material, on one test.
// Real: the test rejects after Bonferroni within the column and Benjamini–Hochberg across the
// dataset (numeric: KS, and Welch's t and Brown–Forsythe on pooled ranks, so one huge value in
// money or counts is not a shift; categorical: χ² on categories coarsened to expected counts ≥ 5,
// and — with exact counts, where rare categories were lumped — the share of values never seen in
// the baseline against its Good–Turing expectation). Material: that test's effect clears a floor
// (Wasserstein / std or KS D > 0.1; for categories 5 points of rows moved, or 5 points more unseen values
// than expected).
// Measured on real tables by bench/drift-real (README "Drift on real tables").

import type { CategoryCounts, WeightedSample } from '../profile/types.js';
import type { DriftTest } from '../report/types.js';
import {
  alignCategories, brownForsytheFrom, coarsenedChiSquare, ksFromStatistic, OTHER_CATEGORY, pooledScan, sampleMoments, totalVariation, unseenShare,
  welchFromMoments,
} from '../stats/index.js';

export const ROBUST_NUMERIC_FLOOR = 0.1;
export const ROBUST_CATEGORICAL_FLOOR = 0.05;

export interface RobustVerdict { score: number; pValue: number; tests: DriftTest[]; note?: string }

/**
 * The column's score and p-value from its tests: among the tests whose effect is material, the
 * most significant one (Bonferroni over all the column's tests); with none material, the
 * largest effect and the smallest p, which cannot drift.
 */
function decide(tests: DriftTest[], effects: number[], floor: number): { score: number; pValue: number } {
  const bonferroni = (p: number): number => Math.min(1, tests.length * p);
  const material = tests.map((_, i) => i).filter((i) => effects[i] > floor);
  if (material.length === 0) return { score: Math.max(0, ...effects), pValue: bonferroni(Math.min(...tests.map((test) => test.pValue))) };
  const best = material.reduce((i, j) => (tests[j].pValue < tests[i].pValue ? j : i));
  return { score: effects[best], pValue: bonferroni(tests[best].pValue) };
}

export function robustNumeric(baseline: WeightedSample, current: WeightedSample, baselineStd?: number): RobustVerdict {
  if (!(baseline.total > 0 && current.total > 0)) throw new RangeError('robustNumeric needs two non-empty samples');
  // One merge walk gives KS D, the Wasserstein distance and the ranks' moments and deviations.
  const scan = pooledScan(baseline, current);
  const ks = ksFromStatistic(baseline, current, scan.ks);
  const welch = welchFromMoments(scan.rankMoments.a, scan.rankMoments.b, baseline.total, current.total);
  const spread = brownForsytheFrom(scan.rankDeviations.a, scan.rankDeviations.b, baseline.total, current.total);
  const std = baselineStd !== undefined && Number.isFinite(baselineStd) && baselineStd > 0 ? baselineStd : pooledStd(baseline, current);
  const distance = scan.wasserstein;
  // Material when the values moved (Wasserstein in baseline stds) or the mass did (KS D, the
  // largest gap between the two CDFs): on money and counts with a heavy tail the std is so
  // large that a change to the bulk of the rows barely registers in std units.
  const score = Math.max(std > 0 ? distance / std : 0, ks.statistic);
  const tests: DriftTest[] = [
    { name: 'ks', statistic: ks.statistic, pValue: ks.pValue },
    { name: 'rank-welch', statistic: welch.statistic, pValue: welch.pValue },
    { name: 'rank-brown-forsythe', statistic: spread.statistic, pValue: spread.pValue },
  ];
  // One effect for all three: how far the distribution moved.
  return { score, pValue: decide(tests, tests.map(() => score), ROBUST_NUMERIC_FLOOR).pValue, tests, note: std > 0 ? undefined : 'both sides constant' };
}

export function robustCategorical(baseline: CategoryCounts, current: CategoryCounts): RobustVerdict {
  const aligned = alignCategories(baseline, current);
  const chi = coarsenedChiSquare(aligned.categories, aligned.baseline, aligned.current);
  const moved = totalVariation(chi.coarsened.baseline, chi.coarsened.current);
  const tests: DriftTest[] = [{ name: 'chisquare', statistic: chi.statistic, pValue: chi.pValue, effect: moved }];
  const notes: string[] = [];
  if (chi.coarsened.lumped > 0) notes.push(`${chi.coarsened.lumped} rare categories lumped`);
  // Novelty needs exact counts (a sketch's remainder may hold the "new" values), and matters only
  // where rare categories were lumped: with every category kept, χ² already sees a new one.
  if (baseline.exact && current.exact && !aligned.categories.includes(OTHER_CATEGORY) && chi.coarsened.lumped > 0) {
    const unseen = unseenShare(aligned.baseline, aligned.current);
    const excess = unseen.share - unseen.expected;
    tests.push({ name: 'unseen', statistic: unseen.statistic, pValue: unseen.pValue, effect: excess });
    if (unseen.share > 0) notes.push(`${Math.round(100 * unseen.share)}% of values unseen in the baseline (${Math.round(100 * unseen.expected)}% expected)`);
  }
  const { score, pValue } = decide(tests, tests.map((test) => test.effect ?? 0), ROBUST_CATEGORICAL_FLOOR);
  return { score, pValue, tests, note: notes.join(', ') || undefined };
}

/** The standard deviation of both samples together (moments do not depend on order). */
export function pooledStd(a: WeightedSample, b: WeightedSample): number {
  const values = new Float64Array(a.values.length + b.values.length);
  values.set(a.values);
  values.set(b.values, a.values.length);
  const weights = new Float64Array(values.length);
  weights.set(a.weights);
  weights.set(b.weights, a.weights.length);
  return sampleMoments({ values, weights, total: a.total + b.total, exact: false }).std;
}
