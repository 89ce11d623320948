// The verdict line and the one-row-per-dataset-or-model table under it.

import type { GateResult } from '../types.js';
import { formatRows, STATUS_ICON } from '../format.js';
import { clip, markdownCode } from '../escape.js';
import type { Prepared } from '../prepare.js';
import { driftSummary, gateCounts, modelSummary, schemaSummary } from '../summaries.js';
import { markdownPhrase, table, take, moreNote, type Limits, type Tally } from './blocks.js';

export function verdictLine(prepared: Prepared, withReasons = true): string {
  const { icon, headline, short } = prepared.verdict;
  return `### ${icon} ${withReasons ? markdownPhrase(headline) : short}`;
}

export function overviewTable(prepared: Prepared, limits: Limits, tally: Tally): string {
  const rows: string[][] = [];
  for (const { dataset, gates } of prepared.datasets) {
    const changes = [`schema: ${schemaSummary(dataset)}`];
    const drift = driftSummary(dataset);
    if (drift) changes.push(`drift: ${drift}`);
    rows.push([STATUS_ICON[dataset.status], `${markdownCode(clip(dataset.name, limits.name))}`, formatRows(dataset.rows), changes.join(' · '), gateCounts(gates)]);
  }
  for (const { model, gates } of prepared.models) {
    rows.push([STATUS_ICON[model.status], `${markdownCode(clip(model.name, limits.name))} (model)`, '—', modelSummary(model), gateCounts(gates)]);
  }
  if (prepared.other.length) {
    rows.push([STATUS_ICON[worst(prepared.other)], 'other checks', '—', '—', gateCounts(prepared.other)]);
  }
  const { shown, hidden } = take(rows, Math.max(limits.failing, 10), tally);
  const body = table(['', 'Dataset / model', 'Rows', 'Changes', 'Gates'], 'clrll', shown);
  return hidden ? `${body}\n\n${moreNote(hidden, 'datasets and models')}` : body;
}

function worst(gates: GateResult[]): 'pass' | 'warn' | 'fail' {
  if (gates.some((g) => g.status === 'fail')) return 'fail';
  if (gates.some((g) => g.status === 'warn')) return 'warn';
  return 'pass';
}
