import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadMetricsFile } from '../../src/models/load/metricsFile.js';
import { loadSegmentsFile } from '../../src/models/load/segmentsFile.js';
import { loadLatency } from '../../src/models/load/latencyFile.js';
import { loadPredictions } from '../../src/models/load/predictionsFile.js';
import { lookupMetric, sanitizeJson } from '../../src/models/load/values.js';
import { computeAll } from '../../src/models/metrics/index.js';
import { UserError } from '../../src/errors.js';
import { expected, fixture } from './helpers.js';

const metrics = (name: string) => loadMetricsFile(fixture(`current/${name}`), `current/${name}`);

describe('metrics files', () => {
  it('flattens nested JSON into dotted paths (DVC metrics.json)', async () => {
    const table = await metrics('metrics.json');
    expect(lookupMetric(table, 'eval.accuracy')).toBe(0.88);
    expect(lookupMetric(table, 'latency.p95_ms')).toBe(42);
    expect(lookupMetric(table, 'epochs.1')).toBe(0.33);
    expect(lookupMetric(table, 'eval.precision')).toBeNull();
  });

  it('reads YAML, metric,value CSV rows and a one-row TSV to the same numbers', async () => {
    for (const [file, prefix] of [['metrics.yaml', 'eval.'], ['metrics_rows.csv', ''], ['metrics_wide.tsv', '']] as const) {
      const table = await metrics(file);
      expect([lookupMetric(table, `${prefix}accuracy`), lookupMetric(table, `${prefix}log_loss`), lookupMetric(table, 'latency.p95_ms')]).toEqual([0.88, 0.33, 42]);
    }
  });

  it('reports NaN and infinities (as Python writes them) by file and key', async () => {
    const table = await metrics('python_nan.json');
    expect(lookupMetric(table, 'recall')).toBe(0.7);
    expect(() => lookupMetric(table, 'accuracy')).toThrow(new UserError([{ file: 'current/python_nan.json', path: 'accuracy', message: 'is NaN' }]));
    expect(() => lookupMetric(table, 'val_loss')).toThrow('current/python_nan.json: val_loss: is infinite');
    expect(() => lookupMetric(table, 'grad')).toThrow('current/python_nan.json: grad: is infinite');
    expect(() => lookupMetric(table, 'note')).toThrow('current/python_nan.json: note: is not a number: "NaN stays text"');
  });

  it('leaves NaN inside strings alone when sanitising', () => {
    expect(sanitizeJson('{"a": "NaN", "NaNo": 1, "b": NaN}')).toBe('{"a": "NaN", "NaNo": 1, "b": "\\u0000NaN"}');
  });

  it('reports a non-numeric CSV value by file and key', async () => {
    const table = await metrics('text_value.csv');
    expect(() => lookupMetric(table, 'log_loss')).toThrow('current/text_value.csv: log_loss: is not a number: "fast"');
  });

  it('names the file and line of invalid JSON', async () => {
    await expect(metrics('broken.json')).rejects.toThrow(/^current\/broken\.json:4: invalid JSON/);
  });

  it('names a missing file', async () => {
    await expect(metrics('nope.json')).rejects.toThrow('current/nope.json: no such file');
  });
});

describe('segment files', () => {
  const want = [{ name: 'US', value: 0.667 }, { name: 'DE', value: 0.74 }, { name: 'FR', value: 0.824 }];
  it('reads a JSON map, a wide CSV with a named segment column and a long CSV alike', async () => {
    expect(await loadSegmentsFile(fixture('current/segments.json'), 'segments.json', 'recall')).toEqual(want);
    expect(await loadSegmentsFile(fixture('current/segments_wide.csv'), 'segments_wide.csv', 'recall', 'group')).toEqual(want);
    expect(await loadSegmentsFile(fixture('current/segments_long.csv'), 'segments_long.csv', 'recall')).toEqual(want);
  });

  it('names the segment that lacks the metric or holds a non-number', async () => {
    await expect(loadSegmentsFile(fixture('current/segments.json'), 'segments.json', 'precision')).rejects.toThrow('segments.json: DE: segment "DE" has no metric "precision"');
    await expect(loadSegmentsFile(fixture('current/segments_bad.csv'), 'segments_bad.csv', 'recall')).rejects.toThrow('segments_bad.csv:3: recall of segment "DE" is not a number: "n/a"');
  });
});

describe('bad rows in segment and latency files', () => {
  async function write(name: string, text: string): Promise<string> {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'datagate-models-')), name);
    await writeFile(file, text);
    return file;
  }

  it('names every bad segment row: values that are not numbers and segments that appear twice', async () => {
    const file = await write('segments.csv', 'segment,recall\nUS,0.6\nDE,n/a\nUS,0.7\nFR,-\n');
    const error = await loadSegmentsFile(file, 'segments.csv', 'recall').catch((caught: unknown) => caught) as UserError;
    expect(error.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [3, 'recall of segment "DE" is not a number: "n/a"'],
      [4, 'segment "US" appears twice'],
      [5, 'recall of segment "FR" is not a number: "-"'],
    ]);
  });

  it('names every timing that is not a number, in a CSV column and in a JSON array', async () => {
    const csv = await write('timings.csv', 'latency_ms\n12\nslow\n\n15\nfast\n');
    const error = await loadLatency(csv, 'timings.csv', 'latency_ms').catch((caught: unknown) => caught) as UserError;
    expect(error.problems.map((problem) => [problem.line, problem.message])).toEqual([[3, 'latency_ms is not a number: "slow"'], [6, 'latency_ms is not a number: "fast"']]);
    const json = await write('timings.json', '[12, "slow", 15, "fast"]');
    await expect(loadLatency(json, 'timings.json', 'latency_ms')).rejects.toThrow('timings.json: [1]: timing is not a number: "slow"\ntimings.json: [3]: timing is not a number: "fast"');
  });
});

describe('latency files', () => {
  it('computes numpy-linear percentiles from a CSV column or a JSON array of timings', async () => {
    for (const file of ['timings.csv', 'current/timings.json']) {
      const latency = await loadLatency(fixture(file), file, 'latency_ms');
      expect(latency.count).toBe(1000);
      expect(latency.observed.p50).toBeCloseTo(expected.timings.p50, 10);
      expect(latency.observed.p95).toBeCloseTo(expected.timings.p95, 10);
      expect(latency.observed.p99).toBeCloseTo(expected.timings.p99, 10);
    }
  });

  it('reads precomputed percentiles from a metrics file', async () => {
    expect(await loadLatency(fixture('current/latency.json'), 'latency.json', 'latency_ms')).toEqual({ observed: { p50: 12.5, p95: 38, p99: 71 } });
  });

  it('skips empty timings and names the row of a non-numeric one', async () => {
    await expect(loadLatency(fixture('current/timings_bad.csv'), 'timings_bad.csv', 'latency_ms')).rejects.toThrow('timings_bad.csv:5: latency_ms is not a number: "slow"');
  });
});

describe('prediction files', () => {
  const config = { task: 'classification' as const, label: 'label', prediction: 'prediction', score: 'score', segment: 'segment', bootstrap: 1000, seed: 42, current: '' };

  it('encodes 0/1 labels with 1 as the positive class and reproduces the SciPy numbers', async () => {
    const loaded = await loadPredictions([fixture('binary_current.csv')], 'binary_current.csv', config);
    expect(loaded.segments).toHaveLength(400);
    expect(loaded.segments?.[0]).toBe('DE');
    const values = computeAll(loaded.predictions);
    for (const [name, value] of Object.entries(expected.binary.current)) expect(values[name]).toBeCloseTo(value, 12);
  });

  it('reads the same predictions from Parquet (typed columns, several row groups)', async () => {
    const loaded = await loadPredictions([fixture('binary_current.parquet')], 'binary_current.parquet', config);
    expect(loaded.segments).toHaveLength(400);
    const values = computeAll(loaded.predictions);
    for (const [name, value] of Object.entries(expected.binary.current)) expect(values[name]).toBeCloseTo(value, 12);
  });

  it('macro-averages string classes without a positive class, and computes no score metrics', async () => {
    const loaded = await loadPredictions([fixture('multiclass.csv')], 'multiclass.csv', { ...config, score: undefined, segment: undefined });
    const values = computeAll(loaded.predictions);
    expect(Object.keys(values).sort()).toEqual(['accuracy', 'f1', 'precision', 'recall']);
    expect(values.f1).toBeCloseTo(expected.multiclass.f1, 12);
  });

  it('reads regression labels and predictions as numbers', async () => {
    const loaded = await loadPredictions([fixture('regression.csv')], 'regression.csv', { ...config, task: 'regression', score: undefined, segment: undefined });
    expect(computeAll(loaded.predictions).r2).toBeCloseTo(expected.regression.r2, 12);
  });

  it('reports every bad row, not the first: empty labels and predictions, scores that are not numbers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'datagate-predictions-'));
    const file = path.join(dir, 'predictions.csv');
    await writeFile(file, 'label,prediction,score\n1,1,0.9\n,0,0.2\n0,,0.1\n1,1,high\n0,0,0.3\n');
    const error = await loadPredictions([file], 'predictions.csv', { ...config, segment: undefined }).catch((caught: unknown) => caught) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.problems).toEqual([
      { file: 'predictions.csv', row: 2, line: 3, message: 'label is empty' },
      { file: 'predictions.csv', row: 3, line: 4, message: 'prediction is empty' },
      { file: 'predictions.csv', row: 4, line: 5, message: 'score is not a number: "high"' },
    ]);
  });

  it('names the first 20 bad rows and counts the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'datagate-predictions-'));
    const file = path.join(dir, 'regression.csv');
    await writeFile(file, ['label,prediction', ...Array.from({ length: 30 }, (_, i) => `${i},n/a`)].join('\n'));
    const error = await loadPredictions([file], 'regression.csv', { ...config, task: 'regression', score: undefined, segment: undefined }).catch((caught: unknown) => caught) as UserError;
    expect(error.problems).toHaveLength(21);
    expect(error.problems[0]).toEqual({ file: 'regression.csv', row: 1, line: 2, message: 'prediction is not a number: "n/a"' });
    expect(error.problems[20]).toEqual({ file: 'regression.csv', message: '10 more rows with a problem (30 in all)' });
  });

  it('names every missing column at once', async () => {
    await expect(loadPredictions([fixture('regression.csv')], 'regression.csv', { ...config, label: 'y', score: 'proba' }))
      .rejects.toThrow('regression.csv: no column "y" (columns: label, prediction)\nregression.csv: no column "proba" (columns: label, prediction)');
  });

  it('names a missing column and lists the ones there are', async () => {
    await expect(loadPredictions([fixture('regression.csv')], 'regression.csv', { ...config, score: 'proba' }))
      .rejects.toThrow('regression.csv: no column "proba" (columns: label, prediction)');
  });
});

describe('what cannot be computed', () => {
  it('says why log loss and ROC AUC are missing', async () => {
    const { predictedMetric } = await import('../../src/models/fromPredictions.js');
    const margins = { task: 'classification' as const, file: 'p.csv', data: { classes: ['0', '1'], label: Int32Array.of(0, 1), prediction: Int32Array.of(0, 1), positive: 1, score: Float64Array.of(-2.5, 3.1) } };
    expect(predictedMetric(margins, 'log_loss')).toEqual({ reason: 'log_loss needs probabilities of the positive class in [0, 1]' });
    expect(predictedMetric(margins, 'auc')).toHaveProperty('fn');
    expect(predictedMetric({ ...margins, data: { ...margins.data, score: null } }, 'roc_auc')).toEqual({ reason: 'roc_auc needs a score column (predictions.score)' });
    expect(predictedMetric({ ...margins, data: { ...margins.data, positive: null } }, 'log_loss')).toEqual({ reason: 'log_loss needs a binary task: set predictions.positive' });
    expect(predictedMetric(margins, 'eval.accuracy')).toBeNull();
  });
});
