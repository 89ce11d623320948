// One line per drift verdict, for a reviewer: what moved and by how much, on how many values,
// how sure — "price: mean 12.1 → 14.9 (+0.6 std), 3,200 vs 3,150 values, p < 0.001".

import type { ColumnProfile } from '../profile/types.js';
import type { DriftColumn } from '../report/types.js';
import { formatNumber, formatPercent, formatSigned } from '../report/format.js';
import { lowPowerClause } from '../report/detectable.js';

/** p shown the way a reviewer reads it: p < 0.001 below that, else two significant digits. */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${Number(p.toPrecision(2))}`;
}

export function explainColumn(column: DriftColumn, before: ColumnProfile, after: ColumnProfile): string {
  const parts: string[] = [];
  if (column.notCompared) parts.push(`not compared: ${column.notCompared}`);
  else {
    const change = describeChange(column, before);
    if (change) parts.push(change);
    parts.push(`${formatNumber(before.count)} vs ${formatNumber(after.count)} values`);
    const p = column.adjustedPValue ?? column.pValue;
    if (p !== null) parts.push(column.adjustedPValue !== undefined && column.adjustedPValue !== null ? `${formatP(p)} adjusted` : formatP(p));
  }
  if (column.nulls) {
    const { baseline, current } = column.nulls;
    if (column.nulls.drifted || Math.abs(current - baseline) >= 0.01) {
      const p = column.nulls.adjustedPValue ?? column.nulls.pValue;
      parts.push(`nulls ${formatPercent(baseline)} → ${formatPercent(current)} (${formatP(p)})`);
    }
  }
  const verdict = column.drifted ? (column.nulls?.drifted && !distributionDrifted(column) ? 'null rate rose' : 'drifted') : 'stable';
  // Only where the column is too small to catch the changes the default is meant to catch.
  const unseen = column.drifted ? undefined : lowPowerClause(column.detectable);
  return `${column.name}: ${column.notCompared ? '' : `${verdict} — `}${parts.join(', ')}${unseen ? `; at these sizes ${unseen}` : ''}`;
}

function distributionDrifted(column: DriftColumn): boolean {
  return column.drifted && !(column.nulls?.drifted && column.score <= column.threshold);
}

function describeChange(column: DriftColumn, before: ColumnProfile): string | undefined {
  if (column.baseline?.mean !== undefined && column.current?.mean !== undefined) {
    const std = before.std !== undefined && before.std > 0 ? before.std : undefined;
    const shift = std ? ` (${formatSigned((column.current.mean - column.baseline.mean) / std, 2)} std)` : '';
    const ks = column.tests?.find((test) => test.name === 'ks');
    const massMoved = column.method === 'robust' && ks && column.score === ks.statistic ? `, KS D ${formatNumber(ks.statistic)}` : '';
    const distance = massMoved || (column.method === 'robust' || column.method === 'significant' || column.method === 'wasserstein' ? `, distance ${formatNumber(column.score)} std` : '');
    return `mean ${formatNumber(column.baseline.mean)} → ${formatNumber(column.current.mean)}${shift}${distance}`;
  }
  const changes = column.categories?.changes.filter((change) => change.baseline !== change.current).slice(0, 2) ?? [];
  if (changes.length === 0) return undefined;
  const moved = changes.map((change) => `${change.value} ${formatPercent(change.baseline)} → ${formatPercent(change.current)}`).join(', ');
  const share = column.method === 'robust' || column.method === 'significant' ? ` (${formatPercent(column.score)} of values moved)` : '';
  return moved + share;
}
