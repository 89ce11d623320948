// The HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched), all text escaped.

import { isCompared } from '../driftColumn.js';
import { lowPowerClause } from '../detectable.js';
import type { DatasetReport, DriftColumn, GateResult, GateStatus, MetricResult, ModelReport, Report } from '../types.js';
import { htmlText, safeUrl } from '../escape.js';
import {
  deltaArrow, formatDelta, formatInterval, formatNumber, formatPValue, formatRows, formatValue, METHOD_NAME, STATUS_ICON, usesPValue,
} from '../format.js';
import { renderPhrase, type Phrase } from '../phrase.js';
import { prepare, type Prepared } from '../prepare.js';
import { driftSummary, gateCounts, modelSummary, schemaSummary } from '../summaries.js';
import { schemaLines } from '../markdown/schema.js';
import { sortMetrics } from '../markdown/models.js';
import { histogramSvg, metricDeltaSvg } from './svg.js';
import { STYLE } from './style.js';

const code = (value: string) => `<code>${htmlText(value)}</code>`;
const phrase = (words: Phrase) => renderPhrase(words, { plain: htmlText, code, text: htmlText });
const status = (value: GateStatus) => `<span class="status-${value}" title="${value}">${STATUS_ICON[value]}</span>`;

function table(header: string[], rows: string[][], numeric: number[] = []): string {
  const head = `<tr>${header.map((cell) => `<th>${cell}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function fold(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n${body}\n</details>`;
}

function overview(prepared: Prepared): string {
  const rows: string[][] = [];
  for (const { dataset, gates } of prepared.datasets) {
    const drift = driftSummary(dataset);
    rows.push([status(dataset.status), code(dataset.name), htmlText(formatRows(dataset.rows)),
      htmlText(`schema: ${schemaSummary(dataset)}${drift ? ` · drift: ${drift}` : ''}`), htmlText(gateCounts(gates))]);
  }
  for (const { model, gates } of prepared.models) {
    rows.push([status(model.status), `${code(model.name)} (model)`, '—', htmlText(modelSummary(model)), htmlText(gateCounts(gates))]);
  }
  return table(['', 'Dataset / model', 'Rows', 'Changes', 'Gates'], rows, [2]);
}

function schemaSection(dataset: DatasetReport): string {
  if (!dataset.schema) return '';
  const lines = schemaLines(dataset.schema, 500);
  if (lines.length === 0 && !dataset.schema.reordered) return '';
  const kind = { '-': 'removed', '+': 'added', '~': 'changed' } as const;
  const items = lines.map((line) => `<li class="${kind[line.mark]}">${line.mark} ${htmlText(line.text)}${line.breaking ? ' <span class="breaking">BREAKING</span>' : ''}</li>`);
  if (dataset.schema.reordered) items.push('<li class="changed">~ column order changed</li>');
  return `<h3>Schema</h3>\n<ul class="schema">\n${items.join('\n')}\n</ul>`;
}

function examples(gate: GateResult): string {
  const shown = (gate.examples ?? []).slice(0, 10).map((example) => {
    const where = `${example.file !== undefined ? htmlText(example.file) + ' ' : ''}row ${formatNumber(example.row)}${example.line !== undefined ? ` (line ${formatNumber(example.line)})` : ''}`;
    return `${where}: ${example.value === '' ? '(empty)' : code(example.value)}`;
  });
  return shown.join('<br>');
}

function checksSection(title: string, gates: GateResult[]): string {
  if (gates.length === 0) return '';
  const flagged = gates.filter((gate) => gate.status === 'fail' || gate.status === 'warn');
  const rest = gates.filter((gate) => !(gate.status === 'fail' || gate.status === 'warn'));
  const parts = [`<h3>${htmlText(title)}</h3>`];
  if (flagged.length) {
    parts.push(table(['', 'Check', 'Message', 'Observed', 'Expected', 'Rows', 'Examples'], flagged.map((gate) => [
      status(gate.status), code(gate.id), htmlText(gate.message),
      gate.observed === undefined ? '' : code(formatValue(gate.observed)), gate.expected === undefined ? '' : code(formatValue(gate.expected)),
      gate.count === undefined ? '' : formatNumber(gate.count), examples(gate),
    ]), [5]));
  }
  if (rest.length) {
    parts.push(fold(`${formatNumber(rest.length)} passing or skipped ${rest.length === 1 ? 'check' : 'checks'}`,
      table(['', 'Check', 'Message'], rest.map((gate) => [status(gate.status), code(gate.id), htmlText(gate.message)]))));
  }
  return parts.join('\n');
}

function evidenceText(column: DriftColumn): string {
  const parts: string[] = [];
  const { baseline, current } = column;
  if (baseline?.p50 !== undefined && current?.p50 !== undefined) parts.push(`median ${formatNumber(baseline.p50)} → ${formatNumber(current.p50)}`);
  if (baseline?.p95 !== undefined && current?.p95 !== undefined) parts.push(`p95 ${formatNumber(baseline.p95)} → ${formatNumber(current.p95)}`);
  if (baseline && current && baseline.nullRate !== current.nullRate) parts.push(`nulls ${formatNumber(baseline.nullRate * 100)}% → ${formatNumber(current.nullRate * 100)}%`);
  const text = parts.map(htmlText);
  if (column.categories?.added.length) text.push(`new: ${column.categories.added.slice(0, 10).map(code).join(', ')}`);
  if (column.categories?.removed.length) text.push(`gone: ${column.categories.removed.slice(0, 10).map(code).join(', ')}`);
  if (column.note) text.push(htmlText(column.note));
  const unseen = column.drifted ? undefined : lowPowerClause(column.detectable);
  if (unseen) text.push(htmlText(`too few values to rule out drift: ${unseen}`));
  return text.join(' · ');
}

function scoreText(column: DriftColumn): string {
  const p = column.pValue === null ? '' : ` (${formatPValue(column.pValue)})`;
  const threshold = usesPValue(column) ? `p < ${formatNumber(column.threshold)}` : `> ${formatNumber(column.threshold)}`;
  return `${METHOD_NAME[column.method]} ${formatNumber(column.score)}${p}, threshold ${threshold}`;
}

function driftSection(dataset: DatasetReport, sorted: DriftColumn[]): string {
  if (!dataset.drift || sorted.length === 0) return '';
  const flagged = sorted.filter((column) => column.status !== 'pass');
  const quiet = sorted.filter((column) => column.status === 'pass' && isCompared(column));
  const skipped = sorted.filter((column) => column.status === 'pass' && !isCompared(column));
  const parts = [`<h3>Drift</h3>\n<p>${htmlText(driftSummary(dataset))}</p>`];
  if (flagged.length) {
    const cards = flagged.map((column) => `<div class="card"><h4>${status(column.status)} ${code(column.name)}</h4>`
      + `${histogramSvg(column)}<p>${htmlText(scoreText(column))}</p><p>${evidenceText(column)}</p></div>`);
    parts.push(`<div class="cards">\n${cards.join('\n')}\n</div>`);
  }
  if (quiet.length) {
    parts.push(fold(`${formatNumber(quiet.length)} ${quiet.length === 1 ? 'column' : 'columns'} without drift`,
      table(['', 'Column', 'Score', 'Evidence'], quiet.map((column) => [status(column.status), code(column.name), htmlText(scoreText(column)), evidenceText(column)]))));
  }
  if (skipped.length) {
    parts.push(fold(`${formatNumber(skipped.length)} ${skipped.length === 1 ? 'column' : 'columns'} not compared`,
      table(['', 'Column', 'Why'], skipped.map((column) => [status('skip'), code(column.name), htmlText(column.notCompared ?? column.note ?? '')]))));
  }
  return parts.join('\n');
}

function metricRow(metric: MetricResult): string[] {
  const value = (x: number | null) => (x === null ? '—' : formatNumber(x));
  const arrow = deltaArrow(metric);
  return [status(metric.status), code(metric.name), value(metric.baseline), value(metric.current),
    htmlText(`${arrow ? arrow + ' ' : ''}${formatDelta(metric)}`), htmlText(formatInterval(metric))];
}

function modelSection(model: ModelReport, gates: GateResult[]): string {
  const parts = [`<h2>${status(model.status)} Model ${code(model.name)}</h2>`];
  parts.push(table(['', 'Metric', 'Baseline', 'Current', 'Δ', 'Δ 95% CI'], sortMetrics(model.metrics).map(metricRow), [2, 3, 4, 5]));
  parts.push(metricDeltaSvg(sortMetrics(model.metrics)));
  const problems = gates.filter((gate) => gate.status !== 'pass');
  if (problems.length) parts.push(`<ul>\n${problems.map((gate) => `<li>${status(gate.status)} ${htmlText(gate.message)}</li>`).join('\n')}\n</ul>`);
  const segments = model.segments;
  if (segments && segments.segments.length) {
    const sorted = segments.segments.slice().sort((a, b) => a.value - b.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const worst = segments.worst === null ? '' : ` · worst ${code(segments.worst)}`;
    const gap = segments.gap === null ? '' : ` · gap ${htmlText(formatNumber(segments.gap))}`;
    parts.push(`<h3>Segments by ${code(segments.metric)}${worst}${gap}</h3>`);
    parts.push(table(['Segment', htmlText(segments.metric)], sorted.map((segment) => [code(segment.name), formatNumber(segment.value)]), [1]));
  }
  return parts.join('\n');
}

function footer(report: Report): string {
  const meta = report.meta;
  const parts: string[] = [];
  const url = safeUrl(meta?.runUrl);
  if (url) parts.push(`<a href="${htmlText(url)}">Workflow run</a>`);
  if (meta) parts.push(htmlText(`${meta.tool} ${meta.version}`));
  if (meta?.baseCommit && meta.commit) parts.push(`compared ${code(meta.baseCommit.slice(0, 12))} → ${code(meta.commit.slice(0, 12))}`);
  if (meta?.config) parts.push(`config ${code(meta.config)}`);
  if (meta?.artifact) parts.push(`artifact ${code(meta.artifact)}`);
  return parts.length ? `<footer>${parts.join(' · ')}</footer>` : '';
}

/** The whole report as one HTML page; the Content-Security-Policy forbids scripts and any fetch. */
export function renderHtml(report: Report): string {
  const prepared = prepare(report);
  const { icon, reasons, short } = prepared.verdict;
  const body: string[] = [`<h1>${icon} ${htmlText(short)}</h1>`, reasons.length ? `<p class="reasons">${phrase(reasons)}</p>` : '', overview(prepared)];
  for (const { dataset, checks, drift } of prepared.datasets) {
    body.push(`<h2>${status(dataset.status)} Dataset ${code(dataset.name)}</h2>`);
    body.push(`<p>Rows: ${htmlText(formatRows(dataset.rows))}${dataset.baseline ? ` · baseline ${code(dataset.baseline.source)}${dataset.baseline.ref ? ` at ${code(dataset.baseline.ref)}` : ''}` : ''}</p>`);
    body.push(schemaSection(dataset), checksSection('Checks', checks), driftSection(dataset, drift));
  }
  for (const { model, gates } of prepared.models) body.push(modelSection(model, gates));
  if (prepared.other.length) body.push(checksSection('Other checks', prepared.other));
  body.push(footer(report));
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>datagate: ${htmlText(short)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body.filter(Boolean),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
