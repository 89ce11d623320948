// The row diff by key in Markdown: the headline, changed rows side by side (only the differing
// cells, before → after), a per-column table, a few added and removed rows.

import type { DatasetReport } from '../types.js';
import type { DiffKey, DiffReport, DiffValue } from '../../diff/types.js';
import { clip, markdownCode } from '../escape.js';
import { formatNumber, formatPercent } from '../format.js';
import { changedColumns, diffHeadline, typicalChange, valueText } from '../diffLine.js';
import { details, markdownPhrase, moreNote, table, tablePhrase, take, type Limits, type Tally } from './blocks.js';

/** Columns of a changed-rows or added-rows table besides the key. */
const MAX_TABLE_COLUMNS = 6;

function cell(value: DiffValue, limits: Limits): string {
  const text = valueText(value);
  return text === undefined ? '_null_' : markdownCode(clip(text, limits.name));
}

function keyCells(key: DiffKey, names: string[], limits: Limits): string[] {
  return names.map((name) => cell(key[name] ?? null, limits));
}

function header(names: string[], limits: Limits): string[] {
  return names.map((name) => markdownCode(clip(name, limits.name)));
}

function changedRowsTable(diff: DiffReport, limits: Limits): string {
  // Example rows are a sample of the counts anyway: fewer of them is not a cut worth a note.
  const shown = diff.examples.changed.slice(0, limits.examples);
  if (shown.length === 0) return '';
  // Only the columns that differ in the rows shown, in the diff's column order.
  const differing = new Set(shown.flatMap((row) => row.changes.map((change) => change.column)));
  const columns = diff.columns.map((c) => c.name).filter((name) => differing.has(name)).slice(0, MAX_TABLE_COLUMNS);
  const rows = shown.map((row) => {
    const byColumn = new Map(row.changes.map((change) => [change.column, change]));
    return [...keyCells(row.key, diff.key, limits), ...columns.map((name) => {
      const change = byColumn.get(name);
      return change ? `${cell(change.before, limits)} → ${cell(change.after, limits)}` : '';
    })];
  });
  const more = diff.changed - shown.length;
  return [table(header([...diff.key, ...columns], limits), 'l'.repeat(diff.key.length + columns.length), rows), more > 0 ? moreNote(more, 'changed rows') : '']
    .filter(Boolean).join('\n\n');
}

function columnsTable(diff: DiffReport, limits: Limits, tally: Tally): string {
  const { shown, hidden } = take(changedColumns(diff), limits.failing, tally);
  if (shown.length === 0) return '';
  const rows = shown.map((column) => [
    markdownCode(clip(column.name, limits.name)), formatNumber(column.changed), formatPercent(column.share), tablePhrase(typicalChange(column, limits.name)),
  ]);
  return [table(['Column', 'Changed', 'Share', 'Typical change'], 'lrrl', rows), hidden ? moreNote(hidden, 'changed columns') : ''].filter(Boolean).join('\n\n');
}

function sideRowsTable(what: 'added' | 'removed', diff: DiffReport, limits: Limits): string {
  const shown = diff.examples[what].slice(0, limits.examples);
  if (shown.length === 0) return '';
  const columns = diff.columns.map((c) => c.name).slice(0, MAX_TABLE_COLUMNS);
  const rows = shown.map((row) => [...keyCells(row.key, diff.key, limits), ...columns.map((name) => cell(row.row[name] ?? null, limits))]);
  const more = diff[what] - shown.length;
  const title = `${what === 'added' ? 'Added' : 'Removed'} rows (${formatNumber(diff[what])})`;
  return [`${title}:`, table(header([...diff.key, ...columns], limits), 'l'.repeat(diff.key.length + columns.length), rows), more > 0 ? moreNote(more, `${what} rows`) : '']
    .filter(Boolean).join('\n\n');
}

function notes(diff: DiffReport, limits: Limits): string {
  const names = (list: string[]) => list.slice(0, 10).map((name) => markdownCode(clip(name, limits.name), 'text')).join(', ') + (list.length > 10 ? ` and ${formatNumber(list.length - 10)} more` : '');
  const lines: string[] = [];
  if (diff.notCompared.baseline.length) lines.push(`Only in the baseline, not compared: ${names(diff.notCompared.baseline)}.`);
  if (diff.notCompared.current.length) lines.push(`Only in the current snapshot, not compared: ${names(diff.notCompared.current)}.`);
  if (diff.notCompared.ignored.length) lines.push(`Ignored by the config: ${names(diff.notCompared.ignored)}.`);
  const { duplicateKeys: duplicates, nullKeys } = diff;
  if (duplicates.baseline + duplicates.current > 0) {
    const examples = duplicates.examples.slice(0, limits.examples)
      .map((key) => diff.key.map((name) => { const text = valueText(key[name] ?? null); return text === undefined ? 'null' : markdownCode(clip(text, limits.name), 'text'); }).join(' · '));
    lines.push(`Rows repeating an earlier row's key, not diffed: ${formatNumber(duplicates.baseline)} in the baseline, ${formatNumber(duplicates.current)} in the current snapshot${examples.length ? ` (keys ${examples.join(', ')})` : ''}.`);
  }
  if (nullKeys.baseline + nullKeys.current > 0) {
    lines.push(`Rows with a null key, not diffed: ${formatNumber(nullKeys.baseline)} in the baseline, ${formatNumber(nullKeys.current)} in the current snapshot.`);
  }
  return lines.join('<br>\n');
}

export function diffSection(dataset: DatasetReport, limits: Limits, tally: Tally): string {
  const diff = dataset.diff;
  if (!diff) return '';
  const keyNames = diff.key.map((name) => markdownCode(clip(name, limits.name), 'text')).join(', ');
  const parts = [`**Rows by key** (${keyNames}; ${formatNumber(diff.unchanged)} unchanged) — ${markdownPhrase(diffHeadline(clip(dataset.name, limits.name), diff))}`];
  parts.push(changedRowsTable(diff, limits));
  parts.push(columnsTable(diff, limits, tally));
  const sides = [sideRowsTable('added', diff, limits), sideRowsTable('removed', diff, limits)].filter(Boolean);
  if (sides.length) parts.push(details(`${formatNumber(diff.added)} added and ${formatNumber(diff.removed)} removed rows`, sides.join('\n\n')));
  parts.push(notes(diff, limits));
  return parts.filter(Boolean).join('\n\n');
}
