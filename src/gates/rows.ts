// Row count gates: bounds on the current snapshot, and its relative change against the baseline.

import type { DatasetConfig } from '../config/schema.js';
import { violated, type Gate, type GateResult } from './types.js';
import { percentOf } from './wording.js';

export type RowsRule = NonNullable<DatasetConfig['rows']>;

export interface RowCountInput {
  dataset: string;
  current: number;
  /** Rows of the baseline snapshot; null when there is none yet. */
  baseline: number | null;
}

export const rowCount: Gate<RowsRule, RowCountInput> = {
  kind: 'rows',
  evaluate(rule, { dataset, current, baseline }) {
    const severity = rule.severity ?? 'error';
    const base = { kind: 'rows', dataset, severity } as const;
    const results: GateResult[] = [];
    if (rule.min !== undefined) {
      const bad = current < rule.min;
      results.push({
        ...base, id: `${dataset}.rows.min`, status: bad ? violated(severity) : 'pass',
        message: bad ? `${current} rows < min ${rule.min}` : `${current} rows ≥ min ${rule.min}`,
        observed: current, expected: rule.min,
      });
    }
    if (rule.max !== undefined) {
      const bad = current > rule.max;
      results.push({
        ...base, id: `${dataset}.rows.max`, status: bad ? violated(severity) : 'pass',
        message: bad ? `${current} rows > max ${rule.max}` : `${current} rows ≤ max ${rule.max}`,
        observed: current, expected: rule.max,
      });
    }
    if (rule.max_change !== undefined) results.push(changeResult(rule.max_change, current, baseline, base));
    return results;
  },
};

function changeResult(
  maxChange: number, current: number, baseline: number | null,
  base: { kind: 'rows'; dataset: string; severity: 'error' | 'warn' },
): GateResult {
  const id = `${base.dataset}.rows.max_change`;
  if (baseline === null) {
    return { ...base, id, status: 'skip', message: 'no baseline yet: row count change not checked', expected: maxChange };
  }
  // From an empty baseline any row is an unbounded change; empty to empty is none.
  const change = baseline === 0 ? (current === 0 ? 0 : Infinity) : (current - baseline) / baseline;
  const bad = Math.abs(change) > maxChange;
  const shown = Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${percentOf(change)}` : 'from 0';
  return {
    ...base, id, status: bad ? violated(base.severity) : 'pass',
    message: `${baseline} → ${current} rows (${shown}) ${bad ? '>' : '≤'} ±${percentOf(maxChange)}`,
    // JSON has no Infinity: an unbounded change is reported as null.
    observed: Number.isFinite(change) ? change : null,
    expected: maxChange,
  };
}

/** Row count results for a dataset config (none when it has no `rows` rule). */
export function rowCountGates(dataset: DatasetConfig, current: number, baseline: number | null): GateResult[] {
  return dataset.rows ? rowCount.evaluate(dataset.rows, { dataset: dataset.name, current, baseline }) : [];
}
