import { describe, expect, it } from '@jest/globals';
import { evaluateMetric } from '../../src/gates/metric.js';
import type { MetricInput } from '../../src/gates/metric.js';
import { evaluateSegments } from '../../src/gates/segment.js';
import { evaluateLatency } from '../../src/gates/latency.js';

const input = (overrides: Partial<MetricInput>): MetricInput => ({
  model: 'classifier', name: 'accuracy', direction: 'higher', current: 0.88, currentSource: 'metrics.json',
  baseline: { state: 'present', value: 0.91 }, ...overrides,
});

describe('metric gate', () => {
  it('fails a drop larger than max_drop, in points', () => {
    const { gate, result } = evaluateMetric({ max_drop: 0.01 }, input({}));
    expect(gate).toMatchObject({ id: 'classifier.metric.accuracy', kind: 'metric', status: 'fail', message: 'accuracy −3.0 pts (0.91 → 0.88), max drop 0.01' });
    expect(result).toMatchObject({ name: 'accuracy', baseline: 0.91, current: 0.88, direction: 'higher', status: 'fail' });
    expect(result.delta).toBeCloseTo(-0.03, 12);
  });

  it('forgives float noise at the limit: 0.91 → 0.90 with max_drop 0.01 passes', () => {
    const { gate } = evaluateMetric({ max_drop: 0.01 }, input({ current: 0.9 }));
    expect(gate.status).toBe('pass');
    expect(gate.message).toBe('accuracy −1.0 pts (0.91 → 0.9), within max drop 0.01');
  });

  it('warns instead of failing with severity warn', () => {
    expect(evaluateMetric({ max_drop: 0.01, severity: 'warn' }, input({})).gate).toMatchObject({ status: 'warn', severity: 'warn' });
  });

  it('reads lower-is-better metrics the other way and checks the relative drop', () => {
    const { gate } = evaluateMetric({ max_relative_drop: 0.05 }, input({ name: 'log_loss', direction: 'lower', current: 0.33, baseline: { state: 'present', value: 0.3 } }));
    expect(gate).toMatchObject({ status: 'fail', message: 'log_loss +0.03 (+10%) (0.3 → 0.33), max relative drop 5%' });
    expect(evaluateMetric({ max_relative_drop: 0.05 }, input({ name: 'log_loss', direction: 'lower', current: 0.2, baseline: { state: 'present', value: 0.3 } })).gate.status).toBe('pass');
  });

  it('checks absolute min and max without a baseline', () => {
    expect(evaluateMetric({ min: 0.9 }, input({ baseline: { state: 'none' } })).gate).toMatchObject({ status: 'fail', message: 'accuracy 0.88, below min 0.9' });
    expect(evaluateMetric({ max: 50 }, input({ name: 'latency.p95_ms', direction: 'lower', current: 62, baseline: { state: 'none' } })).gate.message).toBe('latency.p95_ms 62, above max 50');
  });

  it('fails a metric missing from the current file, naming it', () => {
    const { gate, result } = evaluateMetric({ min: 0.8 }, input({ current: null }));
    expect(gate).toMatchObject({ status: 'fail', message: 'accuracy missing from metrics.json' });
    expect(result.status).toBe('fail');
  });

  it('skips the comparison of a metric the baseline does not have, with a notice', () => {
    const { gate, result } = evaluateMetric({ max_drop: 0.01 }, input({ baseline: { state: 'missing' } }));
    expect(gate).toMatchObject({ status: 'skip', message: 'accuracy 0.88; new metric: not in the baseline, comparison skipped' });
    expect(result).toMatchObject({ status: 'skip', baseline: null, delta: null });
  });

  it('skips comparisons on a first run and still applies absolute thresholds', () => {
    expect(evaluateMetric({ max_drop: 0.01 }, input({ baseline: { state: 'none' } })).gate.status).toBe('skip');
    const { gate } = evaluateMetric({ min: 0.8, max_drop: 0.01 }, input({ baseline: { state: 'none' } }));
    expect(gate).toMatchObject({ status: 'pass', message: 'accuracy 0.88, ≥ min 0.8; no baseline yet: comparison skipped' });
  });

  describe('with significant: true', () => {
    const interval = { low: -0.063, high: 0.027, method: 'paired' as const, resamples: 1000 };

    it('passes a drop beyond max_drop whose interval includes 0, and says so', () => {
      const { gate, result } = evaluateMetric({ max_drop: 0.01, significant: true }, input({ interval }));
      expect(gate.status).toBe('pass');
      expect(gate.message).toBe('accuracy −3.0 pts (0.91 → 0.88), exceeds max drop 0.01 but not significant: 95% CI of the delta [−6.3, +2.7 pts] (paired bootstrap, 1000 resamples) includes 0');
      expect(result.ci).toEqual([-0.063, 0.027]);
    });

    it('fails a drop beyond max_drop whose interval excludes 0', () => {
      const { gate } = evaluateMetric({ max_drop: 0.01, significant: true }, input({ interval: { ...interval, low: -0.05, high: -0.01 } }));
      expect(gate.status).toBe('fail');
      expect(gate.message).toBe('accuracy −3.0 pts (0.91 → 0.88), max drop 0.01; significant: 95% CI of the delta [−5.0, −1.0 pts] (paired bootstrap, 1000 resamples) excludes 0');
    });

    it('passes a significant drop within max_drop', () => {
      expect(evaluateMetric({ max_drop: 0.05, significant: true }, input({ interval: { ...interval, high: -0.01 } })).gate.status).toBe('pass');
    });

    it('falls back to the plain rule when there are no predictions to bootstrap', () => {
      const { gate } = evaluateMetric({ max_drop: 0.01, significant: true }, input({}));
      expect(gate.status).toBe('fail');
      expect(gate.message).toContain('significance not tested');
    });

    it('reads the interval of a lower-is-better metric: worse means above 0', () => {
      const loss = input({ name: 'log_loss', direction: 'lower', current: 0.62, baseline: { state: 'present', value: 0.55 } });
      expect(evaluateMetric({ max_drop: 0.01, significant: true }, { ...loss, interval: { ...interval, low: 0.02, high: 0.12 } }).gate.status).toBe('fail');
      expect(evaluateMetric({ max_drop: 0.01, significant: true }, { ...loss, interval: { ...interval, low: -0.01, high: 0.12 } }).gate.status).toBe('pass');
    });
  });
});

describe('segment gates', () => {
  const segments = [{ name: 'US', value: 0.667 }, { name: 'DE', value: 0.74 }, { name: 'FR', value: 0.824 }];

  it('names the worst and best segments and fails a gap above max_gap', () => {
    const { summary, gates } = evaluateSegments({ max_gap: 0.05 }, { model: 'm', metric: 'recall', direction: 'higher', segments });
    expect(summary).toEqual({ metric: 'recall', segments, worst: 'US', best: 'FR', gap: expect.closeTo(0.157, 12) });
    expect(gates).toEqual([expect.objectContaining({
      id: 'm.segment.recall.gap', kind: 'segment', status: 'fail',
      message: 'recall gap 0.157 between FR (0.824, best) and US (0.667, worst), max gap 0.05',
    })]);
  });

  it('fails segments below min, listing them worst first', () => {
    const { gates } = evaluateSegments({ min: 0.75 }, { model: 'm', metric: 'recall', direction: 'higher', segments });
    expect(gates[0]).toMatchObject({ id: 'm.segment.recall.min', status: 'fail', count: 2, observed: 0.667, message: 'recall below min 0.75 in 2 of 3 segments: US 0.667, DE 0.74' });
    expect(evaluateSegments({ min: 0.6, severity: 'warn' }, { model: 'm', metric: 'recall', direction: 'higher', segments }).gates[0])
      .toMatchObject({ status: 'pass', message: 'recall ≥ min 0.6 in all 3 segments; worst US 0.667' });
  });

  it('takes the highest value as worst for a lower-is-better metric', () => {
    const { summary, gates } = evaluateSegments({ max: 0.8 }, { model: 'm', metric: 'error_rate', direction: 'lower', segments });
    expect(summary.worst).toBe('FR');
    expect(gates[0]).toMatchObject({ id: 'm.segment.error_rate.max', status: 'fail', count: 1 });
  });
});

describe('latency gates', () => {
  it('checks each configured percentile against its ceiling', () => {
    const gates = evaluateLatency({ p50: 25, p95: 40 }, { model: 'm', label: 'latency_ms', source: 'timings.csv', observed: { p50: 20.095, p95: 43.6235, p99: 63.8 } });
    expect(gates).toEqual([
      expect.objectContaining({ id: 'm.latency.p50', kind: 'latency', status: 'pass', message: 'latency_ms p50 20.09 ≤ max 25' }),
      expect.objectContaining({ id: 'm.latency.p95', status: 'fail', message: 'latency_ms p95 43.62 > max 40', observed: 43.6235, expected: 40 }),
    ]);
  });

  it('fails a configured percentile the file does not have', () => {
    expect(evaluateLatency({ p99: 80 }, { model: 'm', label: 'latency', source: 'latency.json', observed: { p95: 3 } })[0])
      .toMatchObject({ status: 'fail', message: 'latency p99 missing from latency.json' });
  });
});
