// The table of every gate datagate runs, and the one place the run evaluates them through. A gate
// is defined once, in its own file; adding one is that file and one line here. Every output
// (JSON, comment, summary, annotations, HTML) renders the GateResults these produce.

import { schemaChanges } from './schema.js';
import { driftGate } from './drift.js';
import { rowCount } from './rows.js';
import { freshness } from './freshness.js';
import { metricGate } from './metric.js';
import { segmentGate } from './segment.js';
import { latencyGate } from './latency.js';
import { diffGate } from './diff.js';
import type { Gate, GateResult } from './types.js';

/** Gates evaluated on summaries (profiles, diffs, metrics), by kind. */
export const gates = {
  schema: schemaChanges,
  drift: driftGate,
  rows: rowCount,
  freshness,
  metric: metricGate,
  segment: segmentGate,
  latency: latencyGate,
  diff: diffGate,
} as const;

export type SummaryGateKind = keyof typeof gates;
/** The rule (config) a gate of `kind` takes. */
export type RuleOf<K extends SummaryGateKind> = Parameters<(typeof gates)[K]['evaluate']>[0];
/** The summary a gate of `kind` reads. */
export type InputOf<K extends SummaryGateKind> = Parameters<(typeof gates)[K]['evaluate']>[1];

/** Evaluates the gate of `kind` from the table: how the run calls every summary gate. */
export function evaluateGate<K extends SummaryGateKind>(kind: K, rule: RuleOf<K>, input: InputOf<K>): GateResult[] {
  const gate = gates[kind] as unknown as Gate<RuleOf<K>, InputOf<K>>;
  return gate.evaluate(rule, input);
}

/**
 * Gates that need every row rather than a summary run inside one streaming pass:
 * `contract` (src/contract/validator.ts: types, nulls, ranges, allowed values, patterns,
 * lengths, uniqueness, compound keys, required and extra columns; with the row count and
 * freshness gates of this table, src/gates/contract.ts) and `read` (src/gates/read.ts: ragged
 * rows and unparseable values, counted and shown).
 */
export const ROW_GATE_KINDS = ['contract', 'read'] as const;

export type GateKind = SummaryGateKind | (typeof ROW_GATE_KINDS)[number] | 'baseline' | 'config';
