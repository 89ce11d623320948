import { describe, expect, it } from '@jest/globals';
import { checkModel } from '../../src/models/index.js';
import { modelSchema } from '../../src/config/schema.js';
import type { BaselineSpec } from '../../src/config/schema.js';
import { expected, FIXTURES } from './helpers.js';

// Baselines live under baseline/ with the current file's name; `{ git: base }` maps there.
const calls: [BaselineSpec, string][] = [];
const ctx = {
  cwd: FIXTURES,
  resolveBaseline: async (spec: BaselineSpec, currentPath: string) => {
    calls.push([spec, currentPath]);
    if (typeof spec === 'string') return spec;
    return 'git' in spec ? currentPath.replace(/^current\//, 'baseline/') : null;
  },
};
const firstRun = { ...ctx, resolveBaseline: async () => null };
const model = (config: unknown) => modelSchema.parse(config);

describe('checkModel with metrics files', () => {
  const config = model({
    name: 'classifier', current: 'current/metrics.json', baseline: { git: 'base' },
    metrics: {
      'eval.accuracy': { min: 0.85, max_drop: 0.01 },
      'eval.log_loss': { max_relative_drop: 0.05, severity: 'warn' },
      'latency.p95_ms': { max: 50 },
      'eval.f1': { max_drop: 0.01 },
      'eval.precision': { min: 0.5 },
    },
  });

  it('gates every configured metric against thresholds and the baseline', async () => {
    const { report, gates } = await checkModel(config, ctx);
    expect(calls).toContainEqual([{ git: 'base' }, 'current/metrics.json']);
    expect(gates.map((g) => [g.id, g.kind, g.status, g.message])).toEqual([
      ['classifier.metric.eval.accuracy', 'metric', 'fail', 'eval.accuracy −3.0 pts (0.91 → 0.88), max drop 0.01'],
      ['classifier.metric.eval.log_loss', 'metric', 'warn', 'eval.log_loss +0.03 (+10%) (0.3 → 0.33), max relative drop 5%'],
      ['classifier.metric.latency.p95_ms', 'metric', 'pass', 'latency.p95_ms +2 (+5%) (40 → 42), ≤ max 50'],
      ['classifier.metric.eval.f1', 'metric', 'skip', 'eval.f1 0.81; new metric: not in the baseline, comparison skipped'],
      ['classifier.metric.eval.precision', 'metric', 'fail', 'eval.precision missing from current/metrics.json'],
    ]);
    expect(report.status).toBe('fail');
    expect(report.metrics[0]).toEqual({ name: 'eval.accuracy', baseline: 0.91, current: 0.88, delta: expect.closeTo(-0.03, 12), direction: 'higher', status: 'fail' });
    expect(report.metrics[1].direction).toBe('lower');
  });

  it('skips comparisons on a first run and keeps the absolute thresholds', async () => {
    const { gates } = await checkModel(config, firstRun);
    expect(gates.map((g) => g.status)).toEqual(['pass', 'skip', 'pass', 'skip', 'fail']);
    expect(gates[1].message).toBe('eval.log_loss 0.33; no baseline yet: comparison skipped');
  });

  it('reports every metric of the file, ungated, when none is configured', async () => {
    const { report, gates } = await checkModel(model({ name: 'm', current: 'current/metrics.yaml', baseline: 'baseline/metrics.json' }), ctx);
    expect(gates).toEqual([]);
    expect(report.metrics.map((m) => [m.name, m.delta === null ? null : Number(m.delta.toFixed(6))])).toEqual([['eval.accuracy', -0.03], ['eval.log_loss', 0.03], ['latency.p95_ms', 2]]);
  });
});

describe('checkModel with predictions', () => {
  const predictions = { current: 'binary_current.csv', baseline: 'binary_baseline.csv', score: 'score', segment: 'segment' };

  it('fails only the drop whose bootstrap interval excludes 0 (paired: same examples)', async () => {
    const { report, gates } = await checkModel(model({
      name: 'clf', predictions,
      metrics: { accuracy: { max_drop: 0.01, significant: true }, roc_auc: { max_drop: 0.01, significant: true } },
    }), ctx);
    expect(gates.map((g) => g.status)).toEqual(['pass', 'fail']);
    expect(gates[0].message).toMatch(/^accuracy −1\.8 pts \(0\.7125 → 0\.695\), exceeds max drop 0\.01 but not significant: 95% CI of the delta \[−6\.\d, \+2\.\d pts\] \(paired bootstrap, 1000 resamples\) includes 0$/);
    expect(gates[1].message).toMatch(/^roc_auc −4\.7 pts \(0\.7904 → 0\.7437\), max drop 0\.01; significant: 95% CI of the delta \[−8\.\d, −1\.\d pts\] \(paired bootstrap, 1000 resamples\) excludes 0$/);
    const [accuracy, auc] = report.metrics;
    expect(accuracy.current).toBeCloseTo(expected.binary.current.accuracy, 12);
    expect(accuracy.baseline).toBeCloseTo(expected.binary.baseline.accuracy, 12);
    expect(auc.delta).toBeCloseTo(expected.binary.current.roc_auc - expected.binary.baseline.roc_auc, 12);
    // Within four Monte Carlo standard errors of numpy's own bootstrap (see bootstrap.test.ts).
    const reference = expected.intervals.roc_auc_paired;
    expect(Math.abs((auc.ci as [number, number])[0] - reference.low)).toBeLessThan(4 * reference.low_sd);
    expect(Math.abs((auc.ci as [number, number])[1] - reference.high)).toBeLessThan(4 * reference.high_sd);
  });

  it('resamples each side on its own when the test sets differ', async () => {
    const { gates } = await checkModel(model({
      name: 'clf', predictions: { ...predictions, baseline: 'binary_baseline_other.csv', segment: undefined },
      metrics: { accuracy: { max_drop: 0.001, significant: true } },
    }), ctx);
    expect(gates[0].message).toContain('(independent bootstrap, 1000 resamples) includes 0');
  });

  it('gives the same interval on every run for a seed', async () => {
    const config = model({ name: 'clf', predictions: { ...predictions, seed: 7, bootstrap: 200 }, metrics: { f1: {} } });
    const first = await checkModel(config, ctx);
    const second = await checkModel(config, ctx);
    expect(first.report.metrics[0].ci).toEqual(second.report.metrics[0].ci);
  });

  it('computes per-segment metrics from the segment column and names the worst segment', async () => {
    const { report, gates } = await checkModel(model({ name: 'clf', predictions, segments: { metric: 'recall', min: 0.7, max_gap: 0.1 } }), ctx);
    const want = expected.binary_segments_recall;
    expect(report.segments?.segments.map((s) => [s.name, Number(s.value.toFixed(12))])).toEqual(
      ['US', 'DE', 'FR'].map((name) => [name, Number(want[name].toFixed(12))]));
    expect(report.segments).toMatchObject({ worst: 'US', best: 'FR' });
    expect(gates.map((g) => [g.id, g.status])).toEqual([['clf.segment.recall.min', 'fail'], ['clf.segment.recall.gap', 'fail']]);
    expect(gates[1].message).toBe('recall gap 0.1569 between FR (0.8235, best) and US (0.6667, worst), max gap 0.1 (baseline gap 0.1552)');
  });
});

describe('checkModel with segment and latency files', () => {
  it('compares the segment gap with the baseline file', async () => {
    const { gates } = await checkModel(model({ name: 'm', baseline: { git: 'base' }, segments: { current: 'current/segments.json', metric: 'recall', max_gap: 0.05, severity: 'warn' } }), ctx);
    expect(gates).toEqual([expect.objectContaining({ id: 'm.segment.recall.gap', status: 'warn', message: 'recall gap 0.157 between FR (0.824, best) and US (0.667, worst), max gap 0.05 (baseline gap 0.03)' })]);
  });

  it('gates latency percentiles computed from timings and lists them as metrics', async () => {
    const { report, gates } = await checkModel(model({ name: 'm', latency: { current: 'timings.csv', p95: 40, p99: 80 } }), ctx);
    expect(gates.map((g) => [g.id, g.kind, g.status, g.message])).toEqual([
      ['m.latency.p95', 'latency', 'fail', 'latency_ms p95 43.62 > max 40'],
      ['m.latency.p99', 'latency', 'pass', 'latency_ms p99 63.84 ≤ max 80'],
    ]);
    expect(report.metrics.map((m) => [m.name, m.status])).toEqual([['latency.p50', 'pass'], ['latency.p95', 'fail'], ['latency.p99', 'pass']]);
    expect(report.status).toBe('fail');
  });
});
