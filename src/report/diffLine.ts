// The row diff in words, shared by the comment, the summary and the terminal:
// "`orders`: +120 rows, −3, 1,204 changed: `price` 1,200, `status` 4".

import type { DiffColumn, DiffReport, DiffValue } from '../diff/types.js';
import { clip } from './escape.js';
import { formatNumber, formatSigned } from './format.js';
import { code, joinPhrases, type Phrase } from './phrase.js';

const MINUS = '\u2212';

/** Changed columns, most changed first (then by name), without the unchanged ones. */
export function changedColumns(diff: DiffReport): DiffColumn[] {
  return diff.columns.filter((c) => c.changed > 0).sort((a, b) => b.changed - a.changed || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The line a reviewer reads first; names at most `maxColumns` changed columns. */
export function diffHeadline(name: string, diff: DiffReport, maxColumns = 3): Phrase {
  const phrase: Phrase = [code(name), `: +${formatNumber(diff.added)} ${diff.added === 1 ? 'row' : 'rows'}, ${MINUS}${formatNumber(diff.removed)}, ${formatNumber(diff.changed)} changed`];
  const columns = changedColumns(diff);
  if (columns.length) {
    const shown = columns.slice(0, maxColumns).map((c): Phrase => [code(c.name), ` ${formatNumber(c.changed)}`]);
    phrase.push(': ', ...joinPhrases(shown, ', '));
    if (columns.length > maxColumns) phrase.push(` and ${formatNumber(columns.length - maxColumns)} more ${columns.length - maxColumns === 1 ? 'column' : 'columns'}`);
  }
  return phrase;
}

/** A value as shown in a cell: exact (1.504 stays 1.504), text as it is; null is undefined. */
export function valueText(value: DiffValue): string | undefined {
  if (value === null) return undefined;
  return String(value);
}

/** "mean +0.31" for numbers, "open → closed (3)" otherwise, as a phrase with values as code. */
export function typicalChange(column: DiffColumn, maxLength = 80): Phrase {
  if (column.meanDelta !== undefined) return [`mean ${formatSigned(column.meanDelta)}`];
  if (!column.typical) return [];
  const side = (value: DiffValue): Phrase => (value === null ? ['null'] : [code(clip(String(value), maxLength))]);
  return [...side(column.typical.before), ' → ', ...side(column.typical.after), ` (${formatNumber(column.typical.count)})`];
}
