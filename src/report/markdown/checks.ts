// Contract violations and other checks: observed vs expected with a few example rows; passing ones folded.

import type { Example, GateResult } from '../types.js';
import { clip, markdownCode, markdownText } from '../escape.js';
import { formatNumber, formatValue, STATUS_ICON } from '../format.js';
import { details, moreNote, table, tablePhrase, take, type Limits, type Tally } from './blocks.js';
import { messagePhrase } from '../message.js';

/** The id without its owner's prefix (`train.contract.age.max` → `contract.age.max`), as code. */
function checkName(gate: GateResult, owner: string | null, limits: Limits): string {
  const id = owner !== null && gate.id.startsWith(owner + '.') ? gate.id.slice(owner.length + 1) : gate.id;
  return markdownCode(clip(id, limits.name));
}

/** The message in a table cell, names and patterns as code. */
function messageCell(gate: GateResult, limits: Limits): string {
  return tablePhrase(messagePhrase(gate, clip(gate.message, limits.message)));
}

function valueCell(value: unknown, limits: Limits): string {
  if (value === undefined) return '';
  return markdownCode(clip(formatValue(value), limits.name));
}

function exampleText(example: Example, limits: Limits): string {
  const where = example.file !== undefined
    ? `${markdownText(clip(example.file, limits.name))}${example.line !== undefined ? `:${example.line}` : ` row ${example.row}`}`
    : example.line !== undefined ? `row ${formatNumber(example.row)} (line ${formatNumber(example.line)})` : `row ${formatNumber(example.row)}`;
  return `${where}: ${example.value === '' ? '(empty)' : markdownCode(clip(example.value, limits.name))}`;
}

function examplesCell(gate: GateResult, limits: Limits): string {
  const examples = gate.examples ?? [];
  const shown = examples.slice(0, limits.examples).map((example) => exampleText(example, limits));
  const total = Math.max(gate.count ?? 0, examples.length);
  if (shown.length && total > shown.length) shown.push(`… ${formatNumber(total - shown.length)} more`);
  return shown.join('<br>');
}

export function failingChecksTable(gates: GateResult[], owner: string | null, limits: Limits, tally: Tally): string {
  const { shown, hidden } = take(gates, limits.failing, tally);
  if (shown.length === 0 && hidden === 0) return '';
  const withExamples = limits.examples > 0 && gates.some((gate) => gate.examples?.length);
  const rows = shown.map((gate) => {
    const row = [
      STATUS_ICON[gate.status],
      `${checkName(gate, owner, limits)}<br>${messageCell(gate, limits)}`,
      valueCell(gate.observed, limits),
      valueCell(gate.expected, limits),
      gate.count === undefined ? '' : formatNumber(gate.count),
    ];
    if (withExamples) row.push(examplesCell(gate, limits));
    return row;
  });
  const header = ['', 'Check', 'Observed', 'Expected', 'Rows'];
  if (withExamples) header.push('Examples');
  const body = shown.length ? table(header, withExamples ? 'cllrrl' : 'cllrr', rows) : '';
  return [body, hidden ? moreNote(hidden, 'failed checks') : ''].filter(Boolean).join('\n\n');
}

/** Passing and skipped checks, folded; a count only when the budget allows no rows. */
export function foldedChecks(gates: GateResult[], owner: string | null, limits: Limits, tally: Tally): string {
  const parts: string[] = [];
  for (const status of ['pass', 'skip'] as const) {
    const chosen = gates.filter((gate) => gate.status === status);
    if (chosen.length === 0) continue;
    const label = `${STATUS_ICON[status]} ${formatNumber(chosen.length)} ${status === 'pass' ? 'passing' : 'skipped'} ${chosen.length === 1 ? 'check' : 'checks'}`;
    const { shown, hidden } = take(chosen, limits.passing, tally);
    if (shown.length === 0) {
      parts.push(`${label} (not listed here; see the full report)`);
      continue;
    }
    const rows = shown.map((gate) => [checkName(gate, owner, limits), messageCell(gate, limits)]);
    const body = [table(['Check', status === 'pass' ? 'Result' : 'Why skipped'], 'll', rows), hidden ? moreNote(hidden, 'checks') : '']
      .filter(Boolean).join('\n\n');
    parts.push(details(label, body));
  }
  return parts.join('\n\n');
}

export function checksSection(title: string, gates: GateResult[], owner: string | null, limits: Limits, tally: Tally): string {
  if (gates.length === 0) return '';
  const failing = gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
  const parts = [`**${title}**`];
  const failingTable = failingChecksTable(failing, owner, limits, tally);
  if (failingTable) parts.push(failingTable);
  const folded = foldedChecks(gates, owner, limits, tally);
  if (folded) parts.push(folded);
  return parts.join('\n\n');
}
