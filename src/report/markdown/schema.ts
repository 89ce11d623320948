// The schema diff as a `diff` code block: − removed, + added, ~ changed; breaking changes first.

import type { SchemaDiff } from '../types.js';
import { clip, visible } from '../escape.js';
import { compareText } from '../gates.js';
import { formatNumber } from '../format.js';
import { moreNote, take, type Limits, type Tally } from './blocks.js';

interface DiffLine { mark: '-' | '+' | '~'; text: string; breaking: boolean; order: number; key: string }

/**
 * Lines in a fenced block are shown literally, so untrusted names need only stay on one line; every
 * line starts with a mark, so none can close the fence.
 */
export function schemaLines(schema: SchemaDiff, nameLength: number): DiffLine[] {
  const name = (value: string) => visible(clip(value, nameLength));
  const lines: DiffLine[] = [
    ...schema.removed.map((c) => ({ mark: '-' as const, text: `${name(c.name)}: ${c.type}  (removed)`, breaking: c.breaking, order: 0, key: c.name })),
    ...schema.changed.map((c) => ({ mark: '~' as const, text: `${name(c.name)}: ${c.from} → ${c.to}  (type changed)`, breaking: c.breaking, order: 1, key: c.name })),
    ...schema.renamed.map((c) => ({ mark: '~' as const, text: `${name(c.from)} → ${name(c.to)}: ${c.type}  (renamed)`, breaking: c.breaking, order: 2, key: c.from })),
    ...schema.nullability.map((c) => ({
      mark: '~' as const,
      text: c.declared
        ? `${name(c.name)}: ${c.to ? 'NOT NULL dropped' : 'NOT NULL added'}  (declared)`
        : `${name(c.name)}: ${c.to ? 'nullable' : 'not nullable'}  (was ${c.from ? 'nullable' : 'not nullable'})`,
      breaking: c.breaking, order: 3, key: c.name,
    })),
    ...schema.added.map((c) => ({ mark: '+' as const, text: `${name(c.name)}: ${c.type}  (added)`, breaking: c.breaking, order: 4, key: c.name })),
  ];
  return lines.sort((a, b) => Number(b.breaking) - Number(a.breaking) || a.order - b.order || compareText(a.key, b.key));
}

export function schemaSection(schema: SchemaDiff | undefined, limits: Limits, tally: Tally): string {
  if (!schema) return '';
  const lines = schemaLines(schema, limits.name);
  if (lines.length === 0 && !schema.reordered) return '';
  const breaking = lines.filter((line) => line.breaking);
  const other = lines.filter((line) => !line.breaking);
  const shownBreaking = take(breaking, limits.failing, tally);
  const shownOther = take(other, limits.passing, tally);
  const text = [...shownBreaking.shown, ...shownOther.shown]
    .map((line) => `${line.mark} ${line.text}${line.breaking ? '  BREAKING' : ''}`);
  if (schema.reordered) text.push('~ column order changed');
  const count = breaking.length
    ? `${formatNumber(breaking.length)} breaking, ${formatNumber(other.length)} other`
    : `${formatNumber(lines.length)} ${lines.length === 1 ? 'change' : 'changes'}`;
  const hidden = shownBreaking.hidden + shownOther.hidden;
  const parts = [`**Schema** — ${count}`];
  if (text.length) parts.push('```diff\n' + text.join('\n') + '\n```');
  if (hidden) parts.push(moreNote(hidden, 'schema changes'));
  return parts.join('\n\n');
}
