// Tests of a change in location and in spread between two numeric samples, on the expanded
// weighted sample (exact samples give SciPy's numbers):
// - Welch's t-test, as scipy.stats.ttest_ind(a, b, equal_var=False);
// - the Brown–Forsythe test, as scipy.stats.levene(a, b, center='median').

import type { WeightedSample } from '../profile/types.js';
import { fSurvival, studentTSurvival } from './betaDistribution.js';
import { linearQuantile, sampleMoments } from './sample.js';

export interface TestResult { statistic: number; pValue: number }

/**
 * Welch's two-sided t-test. Where SciPy returns NaN (fewer than two values on a side, or both
 * sides constant) this defines the result: no evidence (p = 1) unless two constants differ (p = 0).
 */
export function welchTTest(a: WeightedSample, b: WeightedSample): TestResult {
  return welchFromMoments(sampleMoments(a), sampleMoments(b), a.total, b.total);
}

/** Welch's test from both sides' sampleMoments and totals. */
export function welchFromMoments(ma: { mean: number; std: number }, mb: { mean: number; std: number }, totalA: number, totalB: number): TestResult {
  if (totalA < 2 || totalB < 2) return { statistic: 0, pValue: 1 };
  const va = (ma.std * ma.std) / totalA;
  const vb = (mb.std * mb.std) / totalB;
  const se = Math.sqrt(va + vb);
  if (!(se > 0)) return ma.mean === mb.mean ? { statistic: 0, pValue: 1 } : { statistic: Math.sign(ma.mean - mb.mean) * Number.MAX_VALUE, pValue: 0 };
  const statistic = (ma.mean - mb.mean) / se;
  const dof = (va + vb) ** 2 / (va ** 2 / (totalA - 1) + vb ** 2 / (totalB - 1));
  return { statistic, pValue: Math.min(1, 2 * studentTSurvival(Math.abs(statistic), dof)) };
}

/**
 * Brown–Forsythe (Levene on absolute deviations from each side's median), two groups:
 * W = (N − 2) · Σ nᵢ (z̄ᵢ − z̄)² / Σ Σ (zᵢⱼ − z̄ᵢ)², p = F(1, N − 2).sf(W). Both sides without
 * spread (denominator 0) are no evidence (p = 1) — SciPy returns NaN there.
 */
export function brownForsythe(a: WeightedSample, b: WeightedSample): TestResult {
  if (a.total < 2 || b.total < 2) return { statistic: 0, pValue: 1 };
  return brownForsytheFrom(medianDeviations(a), medianDeviations(b), a.total, b.total);
}

/** Each side's absolute deviations from its median: their mean and within-group sum of squares. */
export interface Deviations { mean: number; sumSquares: number }

/** The Brown–Forsythe test from both sides' medianDeviations and totals (pooledScan gives them for ranks). */
export function brownForsytheFrom(da: Deviations, db: Deviations, totalA: number, totalB: number): TestResult {
  const total = totalA + totalB;
  if (totalA < 2 || totalB < 2) return { statistic: 0, pValue: 1 };
  const grand = (da.mean * totalA + db.mean * totalB) / total;
  const between = totalA * (da.mean - grand) ** 2 + totalB * (db.mean - grand) ** 2;
  const within = da.sumSquares + db.sumSquares;
  if (!(within > 0)) return { statistic: 0, pValue: between > 0 ? 0 : 1 };
  const statistic = ((total - 2) * between) / within;
  return { statistic, pValue: fSurvival(statistic, 1, total - 2) };
}

/** Mean and within-group sum of squares of |x − median|. */
export function medianDeviations(sample: WeightedSample): Deviations {
  const median = linearQuantile(sample, 0.5);
  let mean = 0;
  let seen = 0;
  let sumSquares = 0;
  if (sample.unitWeights) {
    // The loop below with w = 1 (w / seen and w · delta are exact there), without reading weights.
    const values = sample.values;
    for (let i = 0; i < values.length; i += 1) {
      const z = Math.abs(values[i] - median);
      seen += 1;
      const delta = z - mean;
      mean += (1 / seen) * delta;
      sumSquares += delta * (z - mean);
    }
    return { mean, sumSquares: Math.max(0, sumSquares) };
  }
  for (let i = 0; i < sample.values.length; i += 1) {
    const w = sample.weights[i];
    const z = Math.abs(sample.values[i] - median);
    seen += w;
    const delta = z - mean;
    mean += (w / seen) * delta;
    sumSquares += w * delta * (z - mean);
  }
  return { mean, sumSquares: Math.max(0, sumSquares) };
}
