// Inline SVG charts for the HTML report: before/after histograms and metric deltas. No scripts, no external resources.

import type { DriftColumn, MetricResult } from '../types.js';
import { clip, htmlText } from '../escape.js';
import { formatDelta, formatNumber, regressed } from '../format.js';
import { beforeAfter } from '../sparkline.js';

const BEFORE = '#8c959f';
const AFTER = '#0969da';

/** Rounded to 0.1 px: enough for the eye, and stable text for byte-identical output. */
const px = (value: number) => String(Math.round(value * 10) / 10);

/** Grouped bars, baseline grey and current blue, on a shared scale; labels under the first and last bin. */
export function histogramSvg(column: DriftColumn): string {
  const sides = beforeAfter(column, 24);
  if (!sides) return '';
  const width = 360;
  const height = 140;
  const top = 18;
  const bottom = 22;
  const plot = height - top - bottom;
  const bins = sides.baseline.length;
  const slot = width / bins;
  const bar = Math.max(1, (slot - 2) / 2);
  const max = Math.max(...sides.baseline, ...sides.current) || 1;
  const bars: string[] = [];
  for (let i = 0; i < bins; i++) {
    for (const [side, color, offset] of [[sides.baseline[i], BEFORE, 1], [sides.current[i], AFTER, 1 + bar]] as const) {
      const h = (side / max) * plot;
      bars.push(`<rect x="${px(i * slot + offset)}" y="${px(top + plot - h)}" width="${px(bar)}" height="${px(h)}" fill="${color}"/>`);
    }
  }
  const labels: string[] = [];
  const edges = column.histogram?.edges;
  if (column.histogram && edges && edges.length >= 2) {
    labels.push(`<text x="0" y="${height - 6}" font-size="11">${htmlText(formatNumber(edges[0]))}</text>`);
    labels.push(`<text x="${width}" y="${height - 6}" font-size="11" text-anchor="end">${htmlText(formatNumber(edges[edges.length - 1]))}</text>`);
  } else if (column.categories) {
    const shown = column.categories.changes.slice(0, bins);
    shown.forEach((change, i) => labels.push(
      `<text x="${px(i * slot + slot / 2)}" y="${height - 6}" font-size="10" text-anchor="middle">${htmlText(clip(change.value, Math.max(2, Math.floor(slot / 7))))}</text>`));
  }
  const legend = `<rect x="0" y="2" width="10" height="10" fill="${BEFORE}"/><text x="14" y="11" font-size="11">before</text>`
    + `<rect x="64" y="2" width="10" height="10" fill="${AFTER}"/><text x="78" y="11" font-size="11">after</text>`;
  const title = `<title>${htmlText(column.name)}: before and after</title>`;
  return `<svg class="histogram" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${title}${legend}`
    + `<line x1="0" y1="${top + plot + 0.5}" x2="${width}" y2="${top + plot + 0.5}" stroke="#d0d7de"/>${bars.join('')}${labels.join('')}</svg>`;
}

/**
 * Change of each metric relative to its baseline, as bars around zero: red when it went the wrong
 * way, green when it improved. Relative change puts accuracy and latency on one axis.
 */
export function metricDeltaSvg(metrics: MetricResult[]): string {
  const rows = metrics.filter((metric) => metric.delta !== null && metric.baseline !== null && metric.baseline !== 0);
  if (rows.length === 0) return '';
  const relative = rows.map((metric) => ((metric.delta ?? 0) / Math.abs(metric.baseline ?? 1)) * 100);
  const extent = Math.max(...relative.map(Math.abs)) || 1;
  const label = 150;
  const chart = 300;
  const value = 110;
  const rowHeight = 22;
  const width = label + chart + value;
  const height = rows.length * rowHeight + 20;
  const zero = label + chart / 2;
  const parts: string[] = [];
  rows.forEach((metric, i) => {
    const y = i * rowHeight + 4;
    const length = (Math.abs(relative[i]) / extent) * (chart / 2 - 4);
    const x = relative[i] < 0 ? zero - length : zero;
    const color = regressed(metric) ? '#cf222e' : '#1a7f37';
    parts.push(`<text x="${label - 8}" y="${y + 14}" font-size="12" text-anchor="end">${htmlText(clip(metric.name, 22))}</text>`);
    parts.push(`<rect x="${px(x)}" y="${y + 3}" width="${px(Math.max(length, 1))}" height="14" fill="${color}"/>`);
    parts.push(`<text x="${label + chart + 8}" y="${y + 14}" font-size="12">${htmlText(formatDelta(metric))}</text>`);
  });
  const axis = `<line x1="${zero}" y1="0" x2="${zero}" y2="${height - 16}" stroke="#57606a"/>`
    + `<text x="${label}" y="${height - 3}" font-size="10">${htmlText(formatNumber(-extent))}%</text>`
    + `<text x="${label + chart}" y="${height - 3}" font-size="10" text-anchor="end">+${htmlText(formatNumber(extent))}%</text>`;
  return `<svg class="deltas" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<title>Metric change relative to baseline</title>${axis}${parts.join('')}</svg>`;
}
