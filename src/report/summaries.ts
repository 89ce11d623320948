// Short plain-words summaries of a dataset or model (counts, schema, drift), shared by every rendering.

import type { DatasetReport, GateResult, ModelReport } from './types.js';
import { countGates } from './gates.js';
import { formatNumber, formatPercent, regressed } from './format.js';
import { isCompared } from './driftColumn.js';

export function gateCounts(gates: GateResult[]): string {
  const counts = countGates(gates);
  const parts: string[] = [];
  if (counts.fail) parts.push(`${formatNumber(counts.fail)} failed`);
  if (counts.warn) parts.push(`${formatNumber(counts.warn)} ${counts.warn === 1 ? 'warning' : 'warnings'}`);
  if (counts.pass) parts.push(`${formatNumber(counts.pass)} passed`);
  if (counts.skip) parts.push(`${formatNumber(counts.skip)} skipped`);
  return parts.length ? parts.join(' · ') : '—';
}

export function schemaSummary(dataset: DatasetReport): string {
  const schema = dataset.schema;
  if (!schema) return 'no baseline';
  const all = [...schema.added, ...schema.removed, ...schema.changed, ...schema.renamed, ...schema.nullability];
  const breaking = all.filter((change) => change.breaking).length;
  if (all.length === 0) return schema.reordered ? 'columns reordered' : 'unchanged';
  const changes = `${formatNumber(all.length)} ${all.length === 1 ? 'change' : 'changes'}`;
  return breaking ? `${formatNumber(breaking)} breaking of ${changes}` : changes;
}

export function driftSummary(dataset: DatasetReport): string {
  const drift = dataset.drift;
  if (!drift) return '';
  const drifted = drift.columns.filter((column) => column.drifted).length;
  // Columns that could not be compared (ids, dates, retyped) do not count, as in the share.
  const compared = drift.columns.filter(isCompared).length;
  const of = `${formatNumber(drifted)} of ${formatNumber(compared)} columns drifted (${formatPercent(drift.share)})`;
  return drift.drifted ? `${of}, at least ${formatPercent(drift.threshold)}: dataset drifted` : of;
}

export function modelSummary(model: ModelReport): string {
  const worse = model.metrics.filter(regressed).length;
  const metrics = `${formatNumber(model.metrics.length)} ${model.metrics.length === 1 ? 'metric' : 'metrics'}`;
  return worse ? `${metrics}, ${formatNumber(worse)} worse than baseline` : metrics;
}
