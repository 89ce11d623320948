// The row diff for a terminal: a few plain lines, data passed through `terminalText`.

import type { DiffKey, DiffReport, DiffValue } from '../diff/types.js';
import { clip, terminalText } from './escape.js';
import { formatNumber } from './format.js';
import { changedColumns, diffHeadline, typicalChange, valueText } from './diffLine.js';
import { renderPhrase, type Phrase } from './phrase.js';

const plain = (phrase: Phrase) => renderPhrase(phrase, { plain: (s) => s, code: (s) => terminalText(clip(s, 80)), text: (s) => terminalText(clip(s, 200)) });
const value = (v: DiffValue) => { const text = valueText(v); return text === undefined ? 'null' : terminalText(clip(text, 80)); };
const key = (diff: DiffReport, k: DiffKey) => diff.key.map((name) => `${terminalText(clip(name, 40))}=${value(k[name] ?? null)}`).join(', ');

export function renderDiffText(name: string, diff: DiffReport): string {
  const lines = [`${plain(diffHeadline(name, diff))}; ${formatNumber(diff.unchanged)} unchanged (rows ${formatNumber(diff.rows.baseline)} → ${formatNumber(diff.rows.current)})`];
  for (const column of changedColumns(diff).slice(0, 10)) {
    const typical = typicalChange(column);
    lines.push(`  ${terminalText(clip(column.name, 60))}: ${formatNumber(column.changed)} changed${typical.length ? `, ${plain(typical)}` : ''}`);
  }
  for (const row of diff.examples.changed.slice(0, 3)) {
    lines.push(`  ~ ${key(diff, row.key)}: ${row.changes.map((c) => `${terminalText(clip(c.column, 40))} ${value(c.before)} → ${value(c.after)}`).join('; ')}`);
  }
  for (const row of diff.examples.added.slice(0, 3)) lines.push(`  + ${key(diff, row.key)}`);
  for (const row of diff.examples.removed.slice(0, 3)) lines.push(`  - ${key(diff, row.key)}`);
  const names = (list: string[]) => list.map((n) => terminalText(clip(n, 60))).join(', ');
  if (diff.notCompared.baseline.length) lines.push(`  only in the baseline, not compared: ${names(diff.notCompared.baseline)}`);
  if (diff.notCompared.current.length) lines.push(`  only in the current snapshot, not compared: ${names(diff.notCompared.current)}`);
  const { duplicateKeys: d, nullKeys: n } = diff;
  if (d.baseline + d.current > 0) lines.push(`  not diffed, key repeats an earlier row: baseline ${formatNumber(d.baseline)}, current ${formatNumber(d.current)}`);
  if (n.baseline + n.current > 0) lines.push(`  not diffed, null key: baseline ${formatNumber(n.baseline)}, current ${formatNumber(n.current)}`);
  return lines.join('\n');
}
