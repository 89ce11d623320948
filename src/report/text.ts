// The terminal report of the CLI: the verdict first, then each failing or warning gate with its
// message and where to look (file:line of a few offending rows), then the counts; 80 columns wide.

import type { Example, Report } from './types.js';
import { clip, terminalText } from './escape.js';
import { formatNumber } from './format.js';
import { sortGates } from './gates.js';
import { renderPhrase } from './phrase.js';
import { verdict } from './verdict.js';
import { costText } from './cost.js';

export interface TextOptions {
  /** Failing and warning gates listed before "… and N more" (default 50). */
  maxLines?: number;
  /** Example rows shown per gate (default 3). */
  maxExamples?: number;
  /** Line width to wrap at (default 80). */
  width?: number;
  /** ANSI colours; the CLI sets this only for a TTY without NO_COLOR. */
  color?: boolean;
}

const WORD = { fail: 'FAIL', warn: 'WARN', pass: 'PASS' } as const;
const SGR = { red: '31', yellow: '33', green: '32', bold: '1', dim: '2' } as const;

/** Plain text; data is passed through `terminalText` before any colour, so a value cannot inject escape sequences. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const { maxLines = 50, maxExamples = 3, width = 80, color = false } = options;
  const paint = (text: string, ...styles: (keyof typeof SGR)[]) =>
    color && text ? `\u001b[${styles.map((style) => SGR[style]).join(';')}m${text}\u001b[0m` : text;
  const result = verdict(report);
  const headline = renderPhrase(result.headline, { plain: (s) => s, code: (s) => terminalText(clip(s, 80)), text: (s) => terminalText(s) });
  const statusColor = result.status === 'fail' ? 'red' : result.status === 'warn' ? 'yellow' : 'green';
  const lead = 'datagate: ';
  const verdictLines = wrap(`${lead}${WORD[result.status]} — ${headline}`, width, '  ');
  verdictLines[0] = lead + paint(WORD[result.status], 'bold', statusColor) + verdictLines[0].slice(lead.length + WORD[result.status].length);
  const lines = [...verdictLines];

  const flagged = sortGates(report.gates).filter((gate) => gate.status === 'fail' || gate.status === 'warn');
  if (flagged.length > 0) lines.push('');
  for (const gate of flagged.slice(0, maxLines)) {
    const mark = gate.status === 'fail' ? paint('✗', 'red') : paint('!', 'yellow');
    lines.push(`${mark} ${paint(terminalText(clip(gate.id, width - 2)), 'bold')}`);
    lines.push(...wrap(terminalText(clip(gate.message, 400)), width, '    ', '    '));
    const examples = (gate.examples ?? []).slice(0, maxExamples);
    for (const example of examples) {
      const place = where(example);
      lines.push(`    ${paint(place, 'dim')}  ${shown(example.value, width - 6 - Array.from(place).length)}`);
    }
    const more = Math.max(gate.count ?? 0, gate.examples?.length ?? 0) - examples.length;
    if (examples.length > 0 && more > 0) lines.push(paint(`    … ${formatNumber(more)} more`, 'dim'));
  }
  if (flagged.length > maxLines) lines.push(`… and ${formatNumber(flagged.length - maxLines)} more; see the full report`);
  if (report.gates.length > 1 || flagged.length > 0) {
    const { counts } = result;
    const parts = [`${formatNumber(counts.pass)} passed`, paint(`${formatNumber(counts.fail)} failed`, counts.fail ? 'red' : 'dim'),
      paint(`${formatNumber(counts.warn)} ${counts.warn === 1 ? 'warning' : 'warnings'}`, counts.warn ? 'yellow' : 'dim')];
    const skipped = counts.skip ? `; ${formatNumber(counts.skip)} skipped` : '';
    lines.push('', `${formatNumber(counts.ran)} ${counts.ran === 1 ? 'gate' : 'gates'} ran: ${parts.join(', ')}${skipped}`);
  }
  for (const dataset of report.datasets) {
    if (dataset.cost) lines.push(...wrap(terminalText(`${clip(dataset.name, 40)} (${clip(dataset.source ?? 'table', 60)}): ${costText(dataset.cost)}`), width, '  '));
  }
  return lines.join('\n');
}

/** `data/train.csv:13`, or `row 12 (line 13)` without a file name. */
function where(example: Example): string {
  // A long path keeps its end: the file name is what one looks for.
  const points = example.file === undefined ? [] : Array.from(example.file);
  const file = example.file === undefined ? undefined : terminalText(points.length > 40 ? '…' + points.slice(-39).join('') : example.file);
  if (file !== undefined) return example.line !== undefined ? `${file}:${example.line}` : `${file} row ${example.row}`;
  return example.line !== undefined ? `row ${formatNumber(example.row)} (line ${formatNumber(example.line)})` : `row ${formatNumber(example.row)}`;
}

/** A value as JSON-quoted visible text, so blanks and spaces show; at most `room` characters. */
function shown(value: string, room: number): string {
  if (value === '') return '(empty)';
  return terminalText(clip(JSON.stringify(value), Math.max(12, room)));
}

/** Word-wraps one line; `first` indents the first line (after any text already in it), `rest` the others. */
function wrap(text: string, width: number, rest: string, first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && Array.from(line).length + 1 + Array.from(word).length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    let piece = word;
    // A word longer than a line (a path, a regex) is cut, so no line runs past the width.
    while (Array.from((empty ? line : line + ' ') + piece).length > width && Array.from(piece).length > width - rest.length) {
      const room = width - Array.from(empty ? line : line + ' ').length;
      const points = Array.from(piece);
      line += (empty ? '' : ' ') + points.slice(0, room).join('');
      lines.push(line);
      line = rest;
      empty = true;
      piece = points.slice(room).join('');
    }
    line += (empty ? '' : ' ') + piece;
    empty = false;
  }
  lines.push(line);
  return lines;
}
