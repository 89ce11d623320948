// Model metrics (baseline, current, delta with arrow, CI) and segments with the worst one named.

import type { GateResult, MetricResult, ModelReport } from '../types.js';
import { clip, markdownCode, markdownText } from '../escape.js';
import { compareText } from '../gates.js';
import { deltaArrow, formatDelta, formatInterval, formatNumber, STATUS_ICON, STATUS_RANK } from '../format.js';
import { details, moreNote, table, take, type Limits, type Tally } from './blocks.js';

function value(x: number | null): string {
  return x === null ? '—' : formatNumber(x);
}

function metricRow(metric: MetricResult, withInterval: boolean, limits: Limits): string[] {
  const arrow = deltaArrow(metric);
  const row = [STATUS_ICON[metric.status], markdownCode(clip(metric.name, limits.name)), value(metric.baseline), value(metric.current),
    `${arrow ? arrow + ' ' : ''}${formatDelta(metric)}`];
  if (withInterval) row.push(formatInterval(metric));
  return row;
}

export function sortMetrics(metrics: MetricResult[]): MetricResult[] {
  return metrics.slice().sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareText(a.name, b.name));
}

function segmentsPart(model: ModelReport, limits: Limits, tally: Tally): string {
  const segments = model.segments;
  if (!segments || segments.segments.length === 0) return '';
  const name = (s: string) => markdownCode(clip(s, limits.name), 'text');
  const byValue = new Map(segments.segments.map((segment) => [segment.name, segment.value]));
  const words = [`**Segments** by ${name(segments.metric)}`];
  if (segments.worst !== null) words.push(`worst ${name(segments.worst)} ${value(byValue.get(segments.worst) ?? null)}`);
  if (segments.best !== null) words.push(`best ${name(segments.best)} ${value(byValue.get(segments.best) ?? null)}`);
  if (segments.gap !== null) words.push(`gap ${formatNumber(segments.gap)}`);
  const sorted = segments.segments.slice().sort((a, b) => a.value - b.value || compareText(a.name, b.name));
  const { shown, hidden } = take(sorted, limits.passing, tally);
  const line = words.join(' · ');
  if (shown.length === 0) return line;
  const body = [table(['Segment', segments.metric === '' ? 'Value' : markdownCode(clip(segments.metric, limits.name))], 'lr',
    shown.map((segment) => [markdownCode(clip(segment.name, limits.name)), formatNumber(segment.value)])),
  hidden ? moreNote(hidden, 'segments') : ''].filter(Boolean).join('\n\n');
  return `${line}\n\n${details(`${formatNumber(segments.segments.length)} segments, worst first`, body)}`;
}

export function modelSection(model: ModelReport, gates: GateResult[], limits: Limits, tally: Tally): string {
  const parts: string[] = [];
  const sorted = sortMetrics(model.metrics);
  const withInterval = sorted.some((metric) => metric.ci !== undefined);
  const header = ['', 'Metric', 'Baseline', 'Current', 'Δ'];
  if (withInterval) header.push('Δ 95% CI');
  const align = withInterval ? 'clrrrr' : 'clrrr';
  const flagged = sorted.filter((metric) => metric.status === 'fail' || metric.status === 'warn');
  const quiet = sorted.filter((metric) => !(metric.status === 'fail' || metric.status === 'warn'));
  // Metrics are few and a reviewer wants all of them side by side, so passing ones share the table
  // until the budget says otherwise.
  const shownFlagged = take(flagged, limits.failing, tally);
  const shownQuiet = take(quiet, limits.passing, tally);
  const rows = [...shownFlagged.shown, ...shownQuiet.shown].map((metric) => metricRow(metric, withInterval, limits));
  if (rows.length) parts.push(table(header, align, rows));
  const hidden = shownFlagged.hidden + shownQuiet.hidden;
  if (hidden) parts.push(moreNote(hidden, 'metrics'));
  const problems = gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
  const shownProblems = take(problems, limits.failing, tally);
  if (shownProblems.shown.length) {
    parts.push(shownProblems.shown.map((gate) => `- ${STATUS_ICON[gate.status]} ${markdownText(clip(gate.message, limits.message))}`).join('\n'));
  }
  if (shownProblems.hidden) parts.push(moreNote(shownProblems.hidden, 'failed checks'));
  const skipped = gates.filter((gate) => gate.status === 'skip');
  if (skipped.length) {
    const shownSkipped = take(skipped, limits.evidence, tally);
    parts.push(shownSkipped.shown.map((gate) => `- ${STATUS_ICON.skip} ${markdownText(clip(gate.message, limits.message))}`).join('\n'));
    if (shownSkipped.hidden) parts.push(moreNote(shownSkipped.hidden, 'skipped checks'));
  }
  const segments = segmentsPart(model, limits, tally);
  if (segments) parts.push(segments);
  return parts.join('\n\n');
}
