// Row diff gates: bounds on rows added, removed and changed by key against the baseline, and a
// warning when rows could not be diffed (duplicate or null keys).

import type { DiffConfig } from '../config/schema.js';
import type { DiffReport } from '../diff/types.js';
import { violated, type Gate, type GateResult } from './types.js';
import { percentOf } from './wording.js';

export interface DiffGateInput { dataset: string; diff: DiffReport }

type Bound = 'added' | 'removed' | 'changed';

function rows(count: number): string {
  return `${count} ${count === 1 ? 'row' : 'rows'}`;
}

/** `+120 −3 ~1204 of 5000 rows by key (order_id)`. */
export function diffSummary(diff: DiffReport): string {
  return `${diff.added} added, ${diff.removed} removed, ${diff.changed} changed, ${diff.unchanged} unchanged by key (${diff.key.join(', ')})`;
}

export const diffGate: Gate<DiffConfig | undefined, DiffGateInput> = {
  kind: 'diff',
  evaluate(rule, { dataset, diff }) {
    const severity = rule?.severity ?? 'error';
    const base = { kind: 'diff', dataset, severity } as const;
    const results: GateResult[] = [];
    const bounds: [Bound, number | undefined][] = [['added', rule?.max_added], ['removed', rule?.max_removed], ['changed', rule?.max_changed]];
    for (const [what, max] of bounds) {
      if (max === undefined) continue;
      const observed = diff[what];
      const bad = observed > max;
      results.push({
        ...base, id: `${dataset}.diff.max_${what}`, status: bad ? violated(severity) : 'pass',
        message: `${rows(observed)} ${what} ${bad ? '>' : '≤'} max ${max}`, observed, expected: max, count: observed,
      });
    }
    if (rule?.max_changed_share !== undefined) {
      const matched = diff.changed + diff.unchanged;
      const share = matched ? diff.changed / matched : 0;
      const bad = share > rule.max_changed_share;
      results.push({
        ...base, id: `${dataset}.diff.max_changed_share`, status: bad ? violated(severity) : 'pass',
        message: `${percentOf(share)} of ${rows(matched)} on both sides changed (${diff.changed}) ${bad ? '>' : '≤'} max ${percentOf(rule.max_changed_share)}`,
        observed: share, expected: rule.max_changed_share, count: diff.changed,
      });
    }
    const duplicates = diff.duplicateKeys.baseline + diff.duplicateKeys.current;
    const nulls = diff.nullKeys.baseline + diff.nullKeys.current;
    if (duplicates || nulls) {
      const parts: string[] = [];
      if (duplicates) parts.push(`${rows(duplicates)} repeat an earlier row's key (baseline ${diff.duplicateKeys.baseline}, current ${diff.duplicateKeys.current})`);
      if (nulls) parts.push(`${rows(nulls)} have a null key (baseline ${diff.nullKeys.baseline}, current ${diff.nullKeys.current})`);
      results.push({
        ...base, id: `${dataset}.diff.keys`, severity: 'warn', status: 'warn',
        message: `${parts.join('; ')}: counted, not diffed`, count: duplicates + nulls,
      });
    }
    if (results.length === 0) results.push({ ...base, id: `${dataset}.diff`, status: 'pass', message: diffSummary(diff) });
    return results;
  },
};

export function diffGates(dataset: string, diff: DiffReport, rule: DiffConfig | undefined): GateResult[] {
  return diffGate.evaluate(rule, { dataset, diff });
}
