// Latency gate: p50 / p95 / p99 of a model's serving or inference time under a ceiling.

import type { ModelConfig } from '../config/schema.js';
import type { Gate, GateResult } from './types.js';
import { violated } from './types.js';
import { exceeds, formatNumber } from './modelText.js';

export type LatencyRule = Pick<NonNullable<ModelConfig['latency']>, 'p50' | 'p95' | 'p99' | 'severity'>;
export const LATENCY_PERCENTILES = ['p50', 'p95', 'p99'] as const;
export type LatencyPercentile = (typeof LATENCY_PERCENTILES)[number];

export interface LatencyInput {
  model: string;
  /** What is measured, for the message: the timing column or `latency`. */
  label: string;
  /** Where the numbers came from, for a missing percentile. */
  source: string;
  observed: Partial<Record<LatencyPercentile, number>>;
}

export function evaluateLatency(rule: LatencyRule, input: LatencyInput): GateResult[] {
  const gates: GateResult[] = [];
  for (const percentile of LATENCY_PERCENTILES) {
    const limit = rule[percentile];
    if (limit === undefined) continue;
    const base = { id: `${input.model}.latency.${percentile}`, kind: 'latency', model: input.model, severity: rule.severity ?? 'error', expected: limit } as const;
    const value = input.observed[percentile];
    if (value === undefined) {
      gates.push({ ...base, status: 'fail', message: `${input.label} ${percentile} missing from ${input.source}` });
      continue;
    }
    const over = exceeds(value, limit);
    gates.push({
      ...base,
      status: over ? violated(rule.severity) : 'pass',
      message: `${input.label} ${percentile} ${formatNumber(value)} ${over ? '>' : '≤'} max ${formatNumber(limit)}`,
      observed: value,
    });
  }
  return gates;
}

export const latencyGate: Gate<LatencyRule, LatencyInput> = { kind: 'latency', evaluate: evaluateLatency };
