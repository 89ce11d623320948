// Drift per column, most severe first: method, score, threshold, a before/after sparkline and the evidence.

import type { DatasetReport, DriftColumn, NumericEvidence } from '../types.js';
import { clip, markdownCode, markdownText } from '../escape.js';
import { formatNumber, formatPercent, formatPValue, METHOD_NAME, STATUS_ICON, usesPValue } from '../format.js';
import { sparklinePair } from '../sparkline.js';
import { details, moreNote, table, take, type Limits, type Tally } from './blocks.js';
import { driftSummary } from '../summaries.js';
import { isCompared, NOT_COMPARED } from '../driftColumn.js';
import { dateRangePhrases } from '../dateRange.js';
import { isLowPower, LOW_POWER, lowPowerClause } from '../detectable.js';

function scoreCell(column: DriftColumn): string {
  const score = formatNumber(column.score);
  if (column.pValue === null) return score;
  const adjusted = column.adjustedPValue != null ? `, adj. ${formatPValue(column.adjustedPValue)}` : '';
  return `${score} (${formatPValue(column.pValue)}${adjusted})`;
}

function thresholdCell(column: DriftColumn): string {
  return usesPValue(column) ? `p < ${formatNumber(column.threshold)}` : `> ${formatNumber(column.threshold)}`;
}

function sparklineCell(column: DriftColumn): string {
  const pair = sparklinePair(column);
  // No-break spaces keep before → after on one line in narrow table columns.
  return pair ? `\`${pair.baseline}\`\u00a0→\u00a0\`${pair.current}\`` : '';
}

const QUANTILES: [keyof NumericEvidence, string][] = [['p50', 'median'], ['p95', 'p95'], ['mean', 'mean'], ['p05', 'p5']];

/** Shares may arrive as proportions (≤ 1) or as counts; counts are shown as they are. */
function share(value: number, asCounts: boolean): string {
  return asCounts ? formatNumber(value) : formatPercent(value);
}

/** Quantile shift, null rate change, categories gained and lost: why the score is what it is. */
export function evidence(column: DriftColumn, limits: Limits): string[] {
  const parts: string[] = column.range ? dateRangePhrases(column.range) : [];
  const before = column.baseline;
  const after = column.current;
  if (before && after) {
    for (const [key, label] of QUANTILES) {
      const b = before[key];
      const a = after[key];
      if (b === undefined || a === undefined) continue;
      parts.push(`${label} ${formatNumber(b)} → ${formatNumber(a)}`);
      if (parts.length >= 2) break;
    }
    if (before.nullRate !== after.nullRate) parts.push(`nulls ${formatPercent(before.nullRate)} → ${formatPercent(after.nullRate)}`);
  }
  const categories = column.categories;
  if (categories) {
    const names = (values: string[]) => {
      const shown = values.slice(0, limits.evidence).map((value) => markdownCode(clip(value, limits.name)));
      if (values.length > shown.length) shown.push(`+${formatNumber(values.length - shown.length)} more`);
      return shown.join(', ');
    };
    if (categories.added.length) parts.push(`new: ${names(categories.added)}`);
    if (categories.removed.length) parts.push(`gone: ${names(categories.removed)}`);
    const asCounts = categories.changes.some((change) => change.baseline > 1 || change.current > 1);
    for (const change of categories.changes.slice(0, Math.min(limits.evidence, 2))) {
      parts.push(`${markdownCode(clip(change.value, limits.name))} ${share(change.baseline, asCounts)} → ${share(change.current, asCounts)}`);
    }
  }
  if (column.approximate) parts.push('approximate (from sketches)');
  const unseen = column.drifted ? undefined : lowPowerClause(column.detectable);
  if (unseen) parts.push(`too few values to rule out drift: ${unseen}`);
  return parts;
}

function driftRow(column: DriftColumn, limits: Limits): string[] {
  return [
    STATUS_ICON[column.status],
    markdownCode(clip(column.name, limits.name)),
    // A date column is compared by its range, not by the method it would otherwise get.
    column.range ? 'date range' : METHOD_NAME[column.method],
    column.range ? '—' : scoreCell(column),
    column.range ? '' : thresholdCell(column),
    sparklineCell(column),
    evidence(column, limits).join(' · '),
  ];
}

const HEADER = ['', 'Column', 'Method', 'Score', 'Threshold', 'Before → after', 'Evidence'];
const ALIGN = 'cllrrll';

export function driftSection(dataset: DatasetReport, sorted: DriftColumn[], limits: Limits, tally: Tally): string {
  if (!dataset.drift || sorted.length === 0) return '';
  const flagged = sorted.filter((column) => column.status !== 'pass');
  // A column that was not compared has no score: it is listed with its reason, never as "no drift".
  const quiet = sorted.filter((column) => column.status === 'pass' && isCompared(column));
  const skipped = sorted.filter((column) => column.status === 'pass' && !isCompared(column));
  const parts = [`**Drift** — ${driftSummary(dataset)}`];
  const shownFlagged = take(flagged, limits.failing, tally);
  if (shownFlagged.shown.length) parts.push(table(HEADER, ALIGN, shownFlagged.shown.map((c) => driftRow(c, limits))));
  if (shownFlagged.hidden) parts.push(moreNote(shownFlagged.hidden, 'drifted columns'));
  if (quiet.length) {
    const lowPower = quiet.filter((column) => isLowPower(column.detectable)).length;
    // Said on the folded line, since the table is folded: a "no drift" on few rows is weak evidence.
    const caveat = lowPower ? ` (${formatNumber(lowPower)} of them too small to rule out a ${formatNumber(LOW_POWER.meanShift)}-std shift or a ${formatNumber(100 * LOW_POWER.categoryShare)}-point category move)` : '';
    const label = `${STATUS_ICON.pass} ${formatNumber(quiet.length)} ${quiet.length === 1 ? 'column' : 'columns'} without drift${caveat}`;
    const shownQuiet = take(quiet, limits.passing, tally);
    if (shownQuiet.shown.length === 0) {
      parts.push(`${label} (not listed here; see the full report)`);
    } else {
      const body = [table(HEADER, ALIGN, shownQuiet.shown.map((c) => driftRow(c, limits))), shownQuiet.hidden ? moreNote(shownQuiet.hidden, 'columns') : '']
        .filter(Boolean).join('\n\n');
      parts.push(details(label, body));
    }
  }
  if (skipped.length) {
    const shownSkipped = take(skipped, limits.passing, tally);
    const lines = shownSkipped.shown.map((column) => `- ${markdownCode(clip(column.name, limits.name), 'text')}: ${markdownText(clip(column.notCompared ?? column.note?.replace(NOT_COMPARED, '') ?? '', limits.message))}`);
    if (shownSkipped.hidden) lines.push(`- ${moreNote(shownSkipped.hidden, 'columns')}`);
    parts.push(details(`${STATUS_ICON.skip} ${formatNumber(skipped.length)} ${skipped.length === 1 ? 'column' : 'columns'} not compared`, lines.join('\n')));
  }
  return parts.join('\n\n');
}
