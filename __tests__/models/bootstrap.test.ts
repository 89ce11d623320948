import { describe, expect, it } from '@jest/globals';
import { bootstrapDelta, bootstrapDeltas } from '../../src/models/bootstrap.js';
import { accuracy, rocAuc, scoreOrder } from '../../src/models/metrics/classification.js';
import { metricFunction } from '../../src/models/metrics/index.js';
import type { ClassificationData, MetricFunction, Weights } from '../../src/models/metrics/index.js';
import { poissonWeights, seededRandom, seededState } from '../../src/models/random.js';
import { binaryData, expected } from './helpers.js';

const current = binaryData('binary_current.csv');
const baseline = binaryData('binary_baseline.csv');
const other = binaryData('binary_baseline_other.csv');
const side = (data: ClassificationData, metric: (d: ClassificationData, w: Weights) => number) =>
  ({ size: data.label.length, metric: (w: Weights) => metric(data, w) });
const auc = (data: ClassificationData) => {
  const order = scoreOrder(data.score as Float64Array);
  return { size: data.label.length, metric: (w: Weights) => rocAuc(data, order, w) };
};

// The reference intervals come from scripts/models/expected.py: numpy's own generator and
// 20,000 resamples, so they share nothing with ours but the definition. A 1,000-resample
// endpoint wanders around the true bootstrap endpoint with the standard deviation the script
// measured over 60 repetitions (*_sd, ≈ 0.002); four of those is a bound a correct
// implementation misses about once in 16,000, while an off-by-one in the percentile, a
// non-paired resample or a biased index draw moves an endpoint by 0.005–0.03.
function expectNear(actual: { low: number; high: number }, reference: { low: number; high: number; low_sd: number; high_sd: number }) {
  expect(Math.abs(actual.low - reference.low)).toBeLessThan(4 * reference.low_sd);
  expect(Math.abs(actual.high - reference.high)).toBeLessThan(4 * reference.high_sd);
}

describe('bootstrap interval of a metric delta', () => {
  it('matches an independent numpy percentile bootstrap for paired accuracy', () => {
    const interval = bootstrapDelta(side(current, accuracy), side(baseline, accuracy), { resamples: 1000, seed: 42, method: 'paired' });
    expectNear(interval, expected.intervals.accuracy_paired);
    expect(interval).toMatchObject({ method: 'paired', resamples: 1000, valid: 1000 });
  });

  it('agrees with the normal approximation of a paired difference of proportions', () => {
    const interval = bootstrapDelta(side(current, accuracy), side(baseline, accuracy), { resamples: 1000, seed: 42, method: 'paired' });
    const reference = expected.intervals.accuracy_paired;
    // Half-width is ≈ 0.045; the normal interval is exact to O(1/n) for a mean of paired differences.
    expect(Math.abs(interval.low - (reference.normal_low as number))).toBeLessThan(0.01);
    expect(Math.abs(interval.high - (reference.normal_high as number))).toBeLessThan(0.01);
  });

  it('matches an independent numpy bootstrap for paired ROC AUC, whose interval excludes 0', () => {
    const interval = bootstrapDelta(auc(current), auc(baseline), { resamples: 1000, seed: 42, method: 'paired' });
    expectNear(interval, expected.intervals.roc_auc_paired);
    expect(interval.high).toBeLessThan(0);
  });

  it('matches numpy and the normal approximation for independent test sets of different sizes', () => {
    const interval = bootstrapDelta(side(current, accuracy), side(other, accuracy), { resamples: 1000, seed: 42, method: 'independent' });
    const reference = expected.intervals.accuracy_independent;
    expectNear(interval, reference);
    expect(Math.abs(interval.low - (reference.normal_low as number))).toBeLessThan(0.01);
    expect(Math.abs(interval.high - (reference.normal_high as number))).toBeLessThan(0.01);
  });

  it('is narrower paired than independent on the same examples, since the two models err together', () => {
    const paired = bootstrapDelta(side(current, accuracy), side(baseline, accuracy), { resamples: 1000, seed: 7, method: 'paired' });
    const independent = bootstrapDelta(side(current, accuracy), side(baseline, accuracy), { resamples: 1000, seed: 7, method: 'independent' });
    expect(paired.high - paired.low).toBeLessThan(independent.high - independent.low);
  });

  it('is reproducible for a seed and changes with it', () => {
    const run = (seed: number) => bootstrapDelta(side(current, accuracy), side(baseline, accuracy), { resamples: 300, seed, method: 'paired' });
    expect(run(42)).toEqual(run(42));
    expect(run(43)).not.toEqual(run(42));
  });

  it('covers the true delta about 95% of the time (simulation, 300 test sets of 200 examples)', () => {
    // Two models, correct with probability 0.80 and 0.75, errors correlated through a shared
    // difficulty: the true accuracy delta is 0.05 by construction.
    const random = seededRandom(2024);
    const n = 200;
    let covered = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const label = new Int32Array(n).fill(1);
      const predictionA = new Int32Array(n);
      const predictionB = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const hard = random() < 0.3;
        predictionA[i] = random() < (hard ? 0.5 : 0.8 / 0.7 - 0.5 * 0.3 / 0.7) ? 1 : 0;
        predictionB[i] = random() < (hard ? 0.4 : 0.75 / 0.7 - 0.4 * 0.3 / 0.7) ? 1 : 0;
      }
      const make = (prediction: Int32Array): ClassificationData => ({ classes: ['0', '1'], label, prediction, positive: 1, score: null });
      const interval = bootstrapDelta(side(make(predictionA), accuracy), side(make(predictionB), accuracy), { resamples: 400, seed: t, method: 'paired' });
      if (interval.low <= 0.05 && 0.05 <= interval.high) covered++;
    }
    // Binomial sd of the coverage over 300 trials is 0.013; percentile intervals run slightly narrow at n = 200.
    expect(covered / trials).toBeGreaterThan(0.9);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

describe('Poisson bootstrap weights', () => {
  it('are Poisson(1) counts: mean 1, variance 1, a share e⁻¹ of zeros, reproducible per seed', () => {
    const draw = (seed: number) => {
      const weights = new Uint8Array(200_000);
      poissonWeights(weights, seededState(seed));
      return weights;
    };
    const weights = draw(42);
    let sum = 0;
    let squares = 0;
    let zeros = 0;
    for (const w of weights) {
      sum += w;
      squares += w * w;
      if (w === 0) zeros++;
    }
    const mean = sum / weights.length;
    // Standard errors at n = 200,000: mean 0.0022, variance ≈ 0.005, zero share 0.0011.
    expect(Math.abs(mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(squares / weights.length - mean * mean - 1)).toBeLessThan(0.02);
    expect(Math.abs(zeros / weights.length - Math.exp(-1))).toBeLessThan(0.005);
    expect(draw(42)).toEqual(weights);
    expect(draw(43)).not.toEqual(weights);
  });

  it('gives the same interval whether metrics share their sums or each makes its own pass', () => {
    const pairOf = (name: string) => ({ current: metricFunction({ task: 'classification', data: current, file: 'c' }, name), baseline: metricFunction({ task: 'classification', data: baseline, file: 'b' }, name) });
    const names = ['accuracy', 'precision', 'recall', 'f1', 'log_loss'];
    const shared = bootstrapDeltas(current.label.length, baseline.label.length, names.map((name) => {
      const { current: c, baseline: b } = pairOf(name);
      return { current: c as MetricFunction, baseline: b as MetricFunction };
    }), { resamples: 200, seed: 5, method: 'paired' });
    const separate = names.map((name) => {
      const { current: c, baseline: b } = pairOf(name);
      // Plain closures carry no `shared`: each evaluates on its own.
      return bootstrapDelta({ size: current.label.length, metric: (w) => (c as MetricFunction)(w) }, { size: baseline.label.length, metric: (w) => (b as MetricFunction)(w) }, { resamples: 200, seed: 5, method: 'paired' });
    });
    expect(shared).toEqual(separate);
    expect(new Set(shared.map((interval) => interval.low)).size).toBe(names.length);
  });
});
