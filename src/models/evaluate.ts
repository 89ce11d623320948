// One model's report and gates from what was loaded: pure, so every rule is testable without files.

import type { ModelConfig, MetricRule } from '../config/schema.js';
import type { GateResult, MetricResult, ModelReport, SegmentResult, Status } from '../report/types.js';
import { evaluateMetric } from '../gates/metric.js';
import type { MetricInput, MetricInterval } from '../gates/metric.js';
import { evaluateSegments, summariseSegments } from '../gates/segment.js';
import { LATENCY_PERCENTILES } from '../gates/latency.js';
import { evaluateGate } from '../gates/index.js';
import { directionOf } from './direction.js';
import { deltaIntervals, predictedMetric } from './fromPredictions.js';
import type { MetricFunction } from './metrics/index.js';
import type { PredictionPair } from './fromPredictions.js';
import type { LatencyObservation } from './load/latencyFile.js';
import type { SegmentValue } from './load/segmentsFile.js';
import { lookupMetric } from './load/values.js';
import type { MetricTable } from './load/values.js';

export interface ModelInputs {
  /** The current metrics file; null when the model has none (metrics come from predictions). */
  current: MetricTable | null;
  /** The baseline metrics file; null on a first run or without a baseline. */
  baseline: MetricTable | null;
  predictions: PredictionPair | null;
  segments: { current: SegmentValue[]; baseline: SegmentValue[] | null } | null;
  latency: (LatencyObservation & { source: string; label: string }) | null;
}

interface Side { value: number | null; source: string; fn?: MetricFunction }

/** A metric's current and baseline values: predictions first for the metrics datagate computes, else the files. */
function resolveSide(name: string, table: MetricTable | null, loaded: PredictionPair['current'] | null): Side {
  const computed = loaded ? predictedMetric(loaded.predictions, name) : null;
  if (computed && 'fn' in computed) {
    const value = computed.fn(null);
    return { value: Number.isFinite(value) ? value : null, source: loaded?.predictions.file ?? '', fn: computed.fn };
  }
  const fromFile = table ? lookupMetric(table, name) : null;
  const why = computed && 'reason' in computed ? ` (${computed.reason})` : '';
  const source = table?.source ?? loaded?.predictions.file ?? 'the metrics';
  return { value: fromFile, source: `${source}${why}` };
}

function metricRows(model: ModelConfig, inputs: ModelInputs): { name: string; rule: MetricRule; gated: boolean }[] {
  const configured = Object.entries(model.metrics);
  if (configured.length > 0) return configured.map(([name, rule]) => ({ name, rule, gated: true }));
  // Nothing configured: show every metric the current side has, ungated, so the report still shows how they moved.
  const names = new Set<string>(inputs.current ? [...inputs.current.values.keys(), ...inputs.current.invalid.keys()] : []);
  if (inputs.predictions) {
    for (const name of ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss', 'mae', 'mse', 'rmse', 'r2']) {
      const found = predictedMetric(inputs.predictions.current.predictions, name);
      if (found && 'fn' in found) names.add(name);
    }
  }
  return [...names].sort().map((name) => ({ name, rule: {}, gated: false }));
}

export function evaluateModel(model: ModelConfig, inputs: ModelInputs): { report: ModelReport; gates: GateResult[] } {
  const gates: GateResult[] = [];
  const metrics: MetricResult[] = [];
  const pair = inputs.predictions;
  const hasBaseline = inputs.baseline !== null || (pair !== null && pair.baseline !== null);

  const rows = metricRows(model, inputs).map((row) => ({
    ...row,
    current: resolveSide(row.name, inputs.current, pair?.current ?? null),
    baseline: resolveSide(row.name, inputs.baseline, pair?.baseline ?? null),
  }));
  // Metrics computed from predictions on both sides get a delta interval, all from one bootstrap.
  const bootstrapped = rows.filter((row) => row.current.fn && row.baseline.fn && row.current.value !== null && row.baseline.value !== null);
  const intervals = new Map<string, MetricInterval>();
  if (pair) {
    const found = deltaIntervals(pair, bootstrapped.map((row) => ({ current: row.current.fn as MetricFunction, baseline: row.baseline.fn as MetricFunction })));
    found.forEach(({ low, high, method, resamples }, i) => {
      if (Number.isFinite(low) && Number.isFinite(high)) intervals.set(bootstrapped[i].name, { low, high, method, resamples });
    });
  }

  for (const { name, rule, gated, current, baseline } of rows) {
    const input: MetricInput = {
      model: model.name, name, direction: directionOf(name, rule.direction),
      current: current.value, currentSource: current.source,
      baseline: !hasBaseline ? { state: 'none' } : baseline.value === null ? { state: 'missing' } : { state: 'present', value: baseline.value },
      interval: intervals.get(name) ?? null,
    };
    const { gate, result } = evaluateMetric(rule, input);
    metrics.push(result);
    if (gated) gates.push(gate);
  }

  let segments: SegmentResult | undefined;
  if (model.segments && inputs.segments) {
    const direction = directionOf(model.segments.metric, model.segments.direction);
    const baselineGap = inputs.segments.baseline ? summariseSegments({ model: model.name, metric: model.segments.metric, direction, segments: inputs.segments.baseline }).gap : null;
    const evaluated = evaluateSegments(model.segments, { model: model.name, metric: model.segments.metric, direction, segments: inputs.segments.current, baselineGap });
    segments = evaluated.summary;
    gates.push(...evaluated.gates);
  }

  if (model.latency && inputs.latency) {
    const latencyGates = evaluateGate('latency', model.latency, { model: model.name, label: inputs.latency.label, source: inputs.latency.source, observed: inputs.latency.observed });
    gates.push(...latencyGates);
    for (const q of LATENCY_PERCENTILES) {
      const value = inputs.latency.observed[q];
      const gate = latencyGates.find((g) => g.id.endsWith(`.${q}`));
      if (value === undefined && !gate) continue;
      metrics.push({ name: `latency.${q}`, baseline: null, current: value ?? null, delta: null, direction: 'lower', status: gate?.status ?? 'pass' });
    }
  }

  const report: ModelReport = { name: model.name, status: worstStatus(gates), metrics, ...(segments ? { segments } : {}) };
  return { report, gates };
}

export function worstStatus(gates: GateResult[]): Status {
  if (gates.some((gate) => gate.status === 'fail')) return 'fail';
  return gates.some((gate) => gate.status === 'warn') ? 'warn' : 'pass';
}
