import { describe, expect, it } from '@jest/globals';
import { accuracy, f1, logLoss, precision, recall, rocAuc, scoreOrder } from '../../src/models/metrics/classification.js';
import { mae, mse, r2, rmse } from '../../src/models/metrics/regression.js';
import { percentile } from '../../src/models/percentile.js';
import { directionOf } from '../../src/models/direction.js';
import { binaryData, expected, readColumns } from './helpers.js';

describe('binary classification metrics match the scikit-learn definitions', () => {
  for (const side of ['current', 'baseline'] as const) {
    const data = binaryData(`binary_${side}.csv`);
    const want = expected.binary[side];
    it(`reproduces accuracy, precision, recall, F1, ROC AUC (with tied scores) and log loss for ${side}`, () => {
      expect(accuracy(data)).toBeCloseTo(want.accuracy, 12);
      expect(precision(data)).toBeCloseTo(want.precision, 12);
      expect(recall(data)).toBeCloseTo(want.recall, 12);
      expect(f1(data)).toBeCloseTo(want.f1, 12);
      expect(rocAuc(data, scoreOrder(data.score as Float64Array))).toBeCloseTo(want.roc_auc, 12);
      expect(logLoss(data)).toBeCloseTo(want.log_loss, 12);
    });
  }

  it('treats integer weights as repeated examples', () => {
    const data = { classes: ['0', '1'], label: Int32Array.of(1, 0, 1), prediction: Int32Array.of(1, 1, 0), positive: 1, score: Float64Array.of(0.9, 0.8, 0.1) };
    const repeated = { ...data, label: Int32Array.of(1, 1, 0, 1), prediction: Int32Array.of(1, 1, 1, 0), score: Float64Array.of(0.9, 0.9, 0.8, 0.1) };
    const weights = [2, 1, 1];
    expect(accuracy(data, weights)).toBe(accuracy(repeated));
    expect(f1(data, weights)).toBe(f1(repeated));
    expect(rocAuc(data, scoreOrder(data.score), weights)).toBe(rocAuc(repeated, scoreOrder(repeated.score)));
    expect(logLoss(data, weights)).toBeCloseTo(logLoss(repeated), 15);
  });

  it('gives NaN for ROC AUC when only one class is present, and 0 for an empty precision', () => {
    const data = { classes: ['0', '1'], label: Int32Array.of(0, 0), prediction: Int32Array.of(0, 0), positive: 1, score: Float64Array.of(0.2, 0.3) };
    expect(rocAuc(data, scoreOrder(data.score))).toBeNaN();
    expect(precision(data)).toBe(0);
  });

  it('clips probabilities of 0 and 1 at machine epsilon in log loss, like scikit-learn', () => {
    const data = { classes: ['0', '1'], label: Int32Array.of(1), prediction: Int32Array.of(0), positive: 1, score: Float64Array.of(0) };
    expect(logLoss(data)).toBeCloseTo(-Math.log(2.220446049250313e-16), 12);
  });
});

describe('multiclass classification metrics', () => {
  it('macro-averages precision, recall and F1 over the sorted union of classes', () => {
    const columns = readColumns('multiclass.csv');
    const classes = ['bird', 'cat', 'dog'];
    const data = {
      classes, positive: null, score: null,
      label: Int32Array.from(columns.label, (c) => classes.indexOf(c)),
      prediction: Int32Array.from(columns.prediction, (c) => classes.indexOf(c)),
    };
    expect(accuracy(data)).toBeCloseTo(expected.multiclass.accuracy, 12);
    expect(precision(data)).toBeCloseTo(expected.multiclass.precision, 12);
    expect(recall(data)).toBeCloseTo(expected.multiclass.recall, 12);
    expect(f1(data)).toBeCloseTo(expected.multiclass.f1, 12);
  });
});

describe('regression metrics', () => {
  const columns = readColumns('regression.csv');
  const data = { label: Float64Array.from(columns.label, Number), prediction: Float64Array.from(columns.prediction, Number) };

  it('reproduces MAE, MSE, RMSE and R²', () => {
    expect(mae(data)).toBeCloseTo(expected.regression.mae, 10);
    expect(mse(data)).toBeCloseTo(expected.regression.mse, 10);
    expect(rmse(data)).toBeCloseTo(expected.regression.rmse, 10);
    expect(r2(data)).toBeCloseTo(expected.regression.r2, 12);
  });

  it('scores a constant label as scikit-learn does: 1 when perfect, else 0', () => {
    expect(r2({ label: Float64Array.of(3, 3), prediction: Float64Array.of(3, 3) })).toBe(1);
    expect(r2({ label: Float64Array.of(3, 3), prediction: Float64Array.of(3, 4) })).toBe(0);
  });
});

describe('percentile', () => {
  it('interpolates linearly like numpy.percentile', () => {
    const timings = Float64Array.from(readColumns('timings.csv').latency_ms, Number);
    expect(percentile(timings, 50)).toBeCloseTo(expected.timings.p50, 10);
    expect(percentile(timings, 95)).toBeCloseTo(expected.timings.p95, 10);
    expect(percentile(timings, 99)).toBeCloseTo(expected.timings.p99, 10);
    expect(percentile([1, 2, 3, 4], 25)).toBe(1.75);
  });
});

describe('direction by name', () => {
  it.each([
    ['log_loss', 'lower'], ['val_loss', 'lower'], ['logloss', 'lower'], ['error_rate', 'lower'],
    ['latency.p95_ms', 'lower'], ['meanAbsoluteError', 'lower'], ['rmse', 'lower'], ['train_time', 'lower'],
    ['duration', 'lower'], ['accuracy', 'higher'], ['recall', 'higher'], ['eval.roc_auc', 'higher'], ['r2', 'higher'],
  ])('%s is %s-is-better', (name, direction) => {
    expect(directionOf(name)).toBe(direction);
  });

  it('lets the config override the guess', () => {
    expect(directionOf('accuracy', 'lower')).toBe('lower');
  });
});

describe('the fast resampling forms', () => {
  it('equal the plain forms under bootstrap weights, for every metric', async () => {
    const { metricFunction, CLASSIFICATION_METRICS, REGRESSION_METRICS } = await import('../../src/models/metrics/index.js');
    const plain = { accuracy, precision, recall, f1, log_loss: logLoss, mae, mse, rmse, r2 } as Record<string, (data: never, w: ArrayLike<number>) => number>;
    const { seededRandom } = await import('../../src/models/random.js');
    const random = seededRandom(5);
    const binary = binaryData('binary_current.csv');
    const columns = readColumns('regression.csv');
    const regression = { label: Float64Array.from(columns.label, Number), prediction: Float64Array.from(columns.prediction, Number) };
    const weightsFor = (n: number) => Uint32Array.from({ length: n }, () => Math.floor(random() * 3));
    for (const name of CLASSIFICATION_METRICS) {
      const weights = weightsFor(binary.label.length);
      const fast = metricFunction({ task: 'classification', file: '', data: binary }, name);
      const reference = name === 'roc_auc' ? rocAuc(binary, scoreOrder(binary.score as Float64Array), weights) : plain[name](binary as never, weights);
      expect([name, fast?.(weights)]).toEqual([name, expect.closeTo(reference, 12)]);
    }
    for (const name of REGRESSION_METRICS) {
      const weights = weightsFor(regression.label.length);
      const fast = metricFunction({ task: 'regression', file: '', data: regression }, name);
      expect([name, fast?.(weights)]).toEqual([name, expect.closeTo(plain[name](regression as never, weights), 10)]);
    }
  });
});
