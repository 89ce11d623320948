// Drift gates: one per compared column (`<dataset>.drift.<column>`) and one for the dataset
// (`<dataset>.drift`, by share of drifted columns). `severity: warn` turns failures into warnings.

import { isCompared } from '../compare/drift.js';
import { SIGNIFICANCE } from '../compare/methods.js';
import type { DatasetReport, DriftColumn, Severity } from '../report/types.js';
import type { Gate, GateResult } from './types.js';
import { percentOf } from './wording.js';

type Drift = NonNullable<DatasetReport['drift']>;

/** Two significant digits, exponent form for tiny p-values: 0.31, 0.0042, 3.1e-7. */
export function formatStatistic(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-4 || magnitude >= 1e6) return value.toExponential(1).replace('e+', 'e');
  return String(Number(value.toPrecision(2)));
}

function columnMessage(column: DriftColumn): string {
  // `robust` verdicts and null-rate rises explain themselves in one line (src/compare/explain.ts).
  if (column.explanation && (column.method === 'robust' || column.nulls?.drifted)) return `${column.explanation}${column.approximate ? ' (from sketches)' : ''}`;
  const p = column.adjustedPValue ?? column.pValue;
  const pLabel = column.adjustedPValue !== undefined && column.adjustedPValue !== null ? 'adjusted p' : 'p';
  let test: string;
  if (column.method === 'significant') {
    const material = column.score > column.threshold;
    const real = p !== null && p < SIGNIFICANCE;
    test = `significant: effect ${formatStatistic(column.score)} ${material ? '>' : '≤'} ${formatStatistic(column.threshold)}, ${pLabel} ${p === null ? '–' : formatStatistic(p)} ${real ? '<' : '≥'} ${SIGNIFICANCE}`;
  } else if (p !== null && (column.method === 'ks' || column.method === 'chisquare')) {
    const statistic = column.method === 'ks' ? `D ${formatStatistic(column.score)}` : `χ² ${formatStatistic(column.score)}`;
    test = `${column.method} ${pLabel} ${formatStatistic(p)} ${column.drifted ? '<' : '≥'} ${formatStatistic(column.threshold)} (${statistic})`;
  } else {
    test = `${column.method} ${formatStatistic(column.score)} ${column.drifted ? '>' : '≤'} ${formatStatistic(column.threshold)}`;
  }
  const verdict = column.drifted ? (column.status === 'warn' ? 'drifted slightly' : 'drifted') : 'stable';
  const approximate = column.approximate ? ' (from sketches)' : '';
  const note = column.note ? `; ${column.note}` : '';
  if (!isCompared(column)) return `${column.name}: ${column.note}`;
  return `${column.name} ${verdict}: ${test}${approximate}${note}`;
}

export function driftGates(dataset: string, drift: Drift, severity: Severity = 'error'): GateResult[] {
  const downgrade = (status: DriftColumn['status']): GateResult['status'] => (status === 'fail' && severity === 'warn' ? 'warn' : status);
  const results: GateResult[] = drift.columns.map((column) => ({
    id: `${dataset}.drift.${column.name}`, kind: 'drift', dataset, column: column.name, severity,
    status: downgrade(column.status), message: columnMessage(column),
    observed: column.pValue !== null && (column.method === 'ks' || column.method === 'chisquare') ? (column.adjustedPValue ?? column.pValue) : column.score,
    // `significant` compares its effect size with the threshold; its p-value is in the message.
    expected: column.threshold,
  }));
  const drifted = drift.columns.filter((column) => column.drifted).length;
  const compared = drift.columns.filter(isCompared).length;
  const shown = percentOf(drift.share);
  results.push({
    id: `${dataset}.drift`, kind: 'drift', dataset, severity,
    status: drift.drifted ? downgrade('fail') : 'pass',
    message: `${drifted} of ${compared} columns drifted (${shown}); the dataset drifts at ${percentOf(drift.threshold)}`,
    observed: drift.share, expected: drift.threshold,
  });
  return results;
}

export const driftGate: Gate<Severity | undefined, { dataset: string; drift: Drift }> = {
  kind: 'drift',
  evaluate: (severity, { dataset, drift }) => driftGates(dataset, drift, severity),
};
