// Segment gate: a metric per segment (slice, group) must reach a floor, and the gap between the
// best and the worst segment must stay small (fairness). The report names the worst segment.

import type { ModelConfig } from '../config/schema.js';
import type { SegmentResult } from '../report/types.js';
import type { Gate, GateResult } from './types.js';
import { violated } from './types.js';
import { exceeds, formatNumber } from './modelText.js';

export type SegmentRule = Pick<NonNullable<ModelConfig['segments']>, 'min' | 'max' | 'max_gap' | 'severity'>;

export interface SegmentInput {
  model: string;
  metric: string;
  direction: 'higher' | 'lower';
  segments: { name: string; value: number }[];
  /** The gap between best and worst segment in the baseline, when there is one. */
  baselineGap?: number | null;
}

const LISTED = 5;

/** Worst first (by the metric's direction), ties by name, so output is stable. */
export function summariseSegments(input: SegmentInput): SegmentResult {
  const sign = input.direction === 'higher' ? 1 : -1;
  const segments = [...input.segments].sort((a, b) => sign * (a.value - b.value) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (segments.length === 0) return { metric: input.metric, segments, worst: null, best: null, gap: null };
  const worst = segments[0];
  const best = segments[segments.length - 1];
  return { metric: input.metric, segments, worst: worst.name, best: best.name, gap: Math.abs(best.value - worst.value) };
}

export function evaluateSegments(rule: SegmentRule, input: SegmentInput): { summary: SegmentResult; gates: GateResult[] } {
  const summary = summariseSegments(input);
  const { model, metric } = input;
  const base = { kind: 'segment', model, severity: rule.severity ?? 'error' } as const;
  const gates: GateResult[] = [];
  const failed = violated(rule.severity);
  const total = summary.segments.length;
  const worst = summary.segments[0];
  const describe = (list: { name: string; value: number }[]): string =>
    list.slice(0, LISTED).map((s) => `${s.name} ${formatNumber(s.value)}`).join(', ') + (list.length > LISTED ? `, … ${list.length - LISTED} more` : '');

  for (const bound of ['min', 'max'] as const) {
    const limit = rule[bound];
    if (limit === undefined) continue;
    const offending = summary.segments.filter((s) => (bound === 'min' ? exceeds(limit - s.value, 0) : exceeds(s.value - limit, 0)));
    const word = bound === 'min' ? 'below min' : 'above max';
    const ok = bound === 'min' ? '≥ min' : '≤ max';
    gates.push({
      ...base,
      id: `${model}.segment.${metric}.${bound}`,
      status: offending.length > 0 ? failed : 'pass',
      message: offending.length > 0
        ? `${metric} ${word} ${formatNumber(limit)} in ${offending.length} of ${total} segments: ${describe(offending)}`
        : `${metric} ${ok} ${formatNumber(limit)} in all ${total} segments; worst ${worst.name} ${formatNumber(worst.value)}`,
      count: offending.length,
      observed: worst.value,
      expected: limit,
    });
  }

  if (rule.max_gap !== undefined && summary.gap !== null) {
    const best = summary.segments[total - 1];
    const gap = summary.gap;
    const baselineText = input.baselineGap === undefined || input.baselineGap === null ? '' : ` (baseline gap ${formatNumber(input.baselineGap)})`;
    gates.push({
      ...base,
      id: `${model}.segment.${metric}.gap`,
      status: exceeds(gap, rule.max_gap) ? failed : 'pass',
      message: `${metric} gap ${formatNumber(gap)} between ${best.name} (${formatNumber(best.value)}, best) and ${worst.name} (${formatNumber(worst.value)}, worst), max gap ${formatNumber(rule.max_gap)}${baselineText}`,
      observed: gap,
      expected: rule.max_gap,
    });
  }
  return { summary, gates };
}

export const segmentGate: Gate<SegmentRule, SegmentInput> = {
  kind: 'segment',
  evaluate: (rule, input) => evaluateSegments(rule, input).gates,
};
