// Model metric gate: absolute thresholds and regression against the baseline, optionally
// noise-aware (a drop fails only when its bootstrap interval excludes 0).

import type { MetricRule } from '../config/schema.js';
import type { MetricResult } from '../report/types.js';
import type { Gate, GateResult } from './types.js';
import { violated } from './types.js';
import { exceeds, formatNumber, formatPercent, formatPoints, formatSigned, isShare } from './modelText.js';

export interface MetricInterval {
  /** 95% interval of current − baseline. */
  low: number;
  high: number;
  method: 'paired' | 'independent';
  resamples: number;
}

export interface MetricInput {
  model: string;
  name: string;
  direction: 'higher' | 'lower';
  /** null when the current metrics do not have it. */
  current: number | null;
  /** Where the current value should have come from, for the message. */
  currentSource: string;
  /** `none`: no baseline at all (first run); `missing`: a baseline without this metric. */
  baseline: { state: 'present'; value: number } | { state: 'none' | 'missing' };
  interval?: MetricInterval | null;
}

interface Check { status: 'pass' | 'warn' | 'fail'; text: string }

export function evaluateMetric(rule: MetricRule, input: MetricInput): { gate: GateResult; result: MetricResult } {
  const { model, name, direction } = input;
  const base = { id: `${model}.metric.${name}`, kind: 'metric', model, severity: rule.severity ?? 'error' } as const;
  const baselineValue = input.baseline.state === 'present' ? input.baseline.value : null;
  const result: MetricResult = {
    name, baseline: baselineValue, current: input.current, delta: null, direction, status: 'pass',
    ...(input.interval ? { ci: [input.interval.low, input.interval.high] as [number, number] } : {}),
  };
  if (input.current === null) {
    result.status = 'fail';
    return { result, gate: { ...base, status: 'fail', message: `${name} missing from ${input.currentSource}`, expected: expectedOf(rule) } };
  }
  const current = input.current;
  const failed = violated(rule.severity);
  const checks: Check[] = [];
  const notes: string[] = [];

  if (rule.min !== undefined) {
    checks.push(current < rule.min && exceeds(rule.min - current, 0) ? { status: failed, text: `below min ${formatNumber(rule.min)}` } : { status: 'pass', text: `≥ min ${formatNumber(rule.min)}` });
  }
  if (rule.max !== undefined) {
    checks.push(current > rule.max && exceeds(current - rule.max, 0) ? { status: failed, text: `above max ${formatNumber(rule.max)}` } : { status: 'pass', text: `≤ max ${formatNumber(rule.max)}` });
  }

  let headline = `${name} ${formatNumber(current)}`;
  if (baselineValue !== null) {
    const delta = current - baselineValue;
    result.delta = delta;
    headline = `${name} ${describeDelta(delta, baselineValue, current, direction)} (${formatNumber(baselineValue)} → ${formatNumber(current)})`;
  }

  const compares = rule.max_drop !== undefined || rule.max_relative_drop !== undefined;
  if (compares && input.baseline.state === 'none') notes.push('no baseline yet: comparison skipped');
  if (compares && input.baseline.state === 'missing') notes.push('new metric: not in the baseline, comparison skipped');
  if (compares && baselineValue !== null) checks.push(compareCheck(rule, input, current, baselineValue, failed));

  const status = worst(checks.map((check) => check.status));
  result.status = checks.length === 0 && compares ? 'skip' : status;
  const shown = status === 'pass' ? checks.map((check) => check.text) : checks.filter((check) => check.status !== 'pass').map((check) => check.text);
  const message = [headline + (shown.length > 0 ? `, ${shown.join('; ')}` : ''), ...notes].join('; ');
  return {
    result,
    gate: { ...base, status: result.status, message, observed: current, expected: expectedOf(rule) },
  };
}

function compareCheck(rule: MetricRule, input: MetricInput, current: number, baseline: number, failed: 'fail' | 'warn'): Check {
  // Worsening in the metric's own direction; negative when it improved.
  const drop = input.direction === 'higher' ? baseline - current : current - baseline;
  const relativeDrop = baseline === 0 ? (drop > 0 ? Number.POSITIVE_INFINITY : 0) : drop / Math.abs(baseline);
  const limits: string[] = [];
  const exceeded: string[] = [];
  if (rule.max_drop !== undefined) {
    limits.push(`max drop ${formatNumber(rule.max_drop)}`);
    if (exceeds(drop, rule.max_drop)) exceeded.push(`max drop ${formatNumber(rule.max_drop)}`);
  }
  if (rule.max_relative_drop !== undefined) {
    limits.push(`max relative drop ${formatPercent(rule.max_relative_drop)}`);
    if (exceeds(relativeDrop, rule.max_relative_drop)) exceeded.push(`max relative drop ${formatPercent(rule.max_relative_drop)}`);
  }
  if (exceeded.length === 0) return { status: 'pass', text: `within ${limits.join(' and ')}` };
  if (!rule.significant) return { status: failed, text: exceeded.join('; ') };

  const interval = input.interval;
  if (!interval) return { status: failed, text: `${exceeded.join('; ')} (significance not tested: no per-example predictions for both sides)` };
  const significant = input.direction === 'higher' ? interval.high < 0 : interval.low > 0;
  const ciText = `95% CI of the delta ${describeInterval(interval, current, baseline)} (${interval.method} bootstrap, ${interval.resamples} resamples)`;
  return significant
    ? { status: failed, text: `${exceeded.join('; ')}; significant: ${ciText} excludes 0` }
    : { status: 'pass', text: `exceeds ${exceeded.join(' and ')} but not significant: ${ciText} includes 0` };
}

function describeDelta(delta: number, baseline: number, current: number, direction: 'higher' | 'lower'): string {
  if (direction === 'higher' && isShare(baseline, current)) return formatPoints(delta);
  return baseline === 0 ? formatSigned(delta) : `${formatSigned(delta)} (${formatSigned((delta / Math.abs(baseline)) * 100)}%)`;
}

function describeInterval(interval: MetricInterval, current: number, baseline: number): string {
  if (isShare(baseline, current) && isShare(Math.abs(interval.low), Math.abs(interval.high))) {
    return `[${formatPoints(interval.low).replace(' pts', '')}, ${formatPoints(interval.high)}]`;
  }
  return `[${formatSigned(interval.low)}, ${formatSigned(interval.high)}]`;
}

function expectedOf(rule: MetricRule): Record<string, number> {
  const expected: Record<string, number> = {};
  for (const key of ['min', 'max', 'max_drop', 'max_relative_drop'] as const) {
    if (rule[key] !== undefined) expected[key] = rule[key];
  }
  return expected;
}

function worst(statuses: ('pass' | 'warn' | 'fail')[]): 'pass' | 'warn' | 'fail' {
  if (statuses.includes('fail')) return 'fail';
  return statuses.includes('warn') ? 'warn' : 'pass';
}

export const metricGate: Gate<MetricRule, MetricInput> = {
  kind: 'metric',
  evaluate: (rule, input) => [evaluateMetric(rule, input).gate],
};
