// The table of every gate datagate runs. A gate is defined once, in its own file; adding one is
// that file and one line here. Every output (JSON, comment, summary, annotations, HTML) renders
// the GateResults these produce.

import { schemaChanges } from './schema.js';
import { driftGate } from './drift.js';
import { rowCount } from './rows.js';
import { freshness } from './freshness.js';
import { metricGate } from './metric.js';
import { segmentGate } from './segment.js';
import { latencyGate } from './latency.js';
import { diffGate } from './diff.js';

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

/**
 * Gates that need every row rather than a summary run inside one streaming pass:
 * `contract` (src/contract/validator.ts: types, nulls, ranges, allowed values, patterns,
 * lengths, uniqueness, compound keys, required and extra columns) and `read`
 * (src/gates/read.ts: ragged rows and unparseable values, counted and shown).
 */
export const ROW_GATE_KINDS = ['contract', 'read'] as const;

export type GateKind = keyof typeof gates | (typeof ROW_GATE_KINDS)[number] | 'baseline' | 'config';
