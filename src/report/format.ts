// Number and label formatting shared by every rendering. Locale-free, so output is byte-identical everywhere.

import { groupThousands } from '../count.js';
import type { DriftColumn, GateStatus, MetricResult } from './types.js';

export { formatCount } from '../count.js';

const MINUS = '\u2212';

function stripZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** About three significant digits, thousands grouped, exponent for tiny values: 1,040 · 41.2 · 0.312 · 1.2e−30. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : MINUS + '∞';
  if (value === 0) return '0';
  const sign = value < 0 ? MINUS : '';
  const abs = Math.abs(value);
  if (abs < 0.001 || abs >= 1e15) {
    const [mantissa, exponent] = abs.toExponential(2).split('e');
    const power = Number(exponent);
    return `${sign}${stripZeros(mantissa)}e${power < 0 ? MINUS : ''}${Math.abs(power)}`;
  }
  if (Number.isInteger(abs)) return sign + groupThousands(String(abs));
  const integerDigits = Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.min(6, Math.max(0, 3 - integerDigits));
  const fixed = stripZeros(abs.toFixed(decimals));
  const [whole, fraction] = fixed.split('.');
  if (fixed === '0') return '0';
  return sign + groupThousands(whole) + (fraction ? '.' + fraction : '');
}

/** With an explicit sign: +4 · −3.1. */
export function formatSigned(value: number, decimals?: number): string {
  const text = decimals === undefined ? formatNumber(Math.abs(value)) : Math.abs(value).toFixed(decimals);
  if (Number(text.replace(/,/g, '')) === 0) return text;
  return (value < 0 ? MINUS : '+') + text;
}

/** A share as a percentage: 0.25 → 25%, 0.0412 → 4.12%. */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100)}%`;
}

/** A p-value: p = 0.003 · p < 1e−300. */
export function formatPValue(p: number): string {
  if (p === 0) return 'p < 1e' + MINUS + '300';
  return `p = ${formatNumber(p)}`;
}

/** Row counts with the change: 1,000 → 1,040 (+4%). */
export function formatRows(rows: { baseline: number | null; current: number }): string {
  if (rows.baseline === null) return `${formatNumber(rows.current)} (no baseline)`;
  const change = rows.baseline === 0 ? '' : ` (${formatSigned(((rows.current - rows.baseline) / rows.baseline) * 100)}%)`;
  return `${formatNumber(rows.baseline)} → ${formatNumber(rows.current)}${change}`;
}

export const STATUS_ICON: Record<GateStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
export const STATUS_WORD: Record<GateStatus, string> = { pass: 'pass', warn: 'warning', fail: 'fail', skip: 'skipped' };

export const METHOD_NAME: Record<DriftColumn['method'], string> = {
  ks: 'KS', psi: 'PSI', wasserstein: 'Wasserstein', jensenshannon: 'Jensen–Shannon', chisquare: 'χ²', significant: 'significant', robust: 'robust',
};

/** Methods whose verdict is a p-value below the threshold (DESIGN.md, Statistics). */
export function usesPValue(column: DriftColumn): boolean {
  return (column.method === 'ks' || column.method === 'chisquare') && column.pValue !== null;
}

/** "Wasserstein 0.31" or "KS p = 0.003": the number that decided the column. */
export function driftScore(column: DriftColumn): string {
  if (usesPValue(column)) return `${METHOD_NAME[column.method]} ${formatPValue(column.adjustedPValue ?? column.pValue ?? 1)}`;
  return `${METHOD_NAME[column.method]} ${formatNumber(column.score)}`;
}

/**
 * How far past its threshold a column is, comparable across methods (1 = at the threshold):
 * score / threshold, or for p-value methods log p / log threshold.
 */
export function driftSeverity(column: DriftColumn): number {
  // A null-rate rise counts by its size over the 5-point floor, like an effect over its threshold.
  const nullRise = column.nulls?.drifted ? (column.nulls.current - column.nulls.baseline) / 0.05 : 0;
  return Math.max(nullRise, distributionSeverity(column));
}

function distributionSeverity(column: DriftColumn): number {
  if (usesPValue(column)) {
    const p = column.adjustedPValue ?? column.pValue ?? 1;
    if (p <= 0) return Number.POSITIVE_INFINITY;
    const threshold = column.threshold > 0 && column.threshold < 1 ? column.threshold : 0.05;
    return Math.log10(p) / Math.log10(threshold);
  }
  return column.threshold > 0 ? column.score / column.threshold : column.score;
}

export const STATUS_RANK: Record<GateStatus, number> = { fail: 0, warn: 1, pass: 2, skip: 3 };

const LOWER_IS_BETTER = /(loss|error|err\b|mse|mae|rmse|mape|latency|_ms\b|seconds|time|perplexity|brier)/i;

/** Whether a metric should go up; names like `log_loss` or `latency.p95_ms` go down unless stated. */
export function metricDirection(metric: MetricResult): 'higher' | 'lower' {
  return metric.direction ?? (LOWER_IS_BETTER.test(metric.name) ? 'lower' : 'higher');
}

/** Rates in [0, 1] where higher is better change in percentage points; everything else in its own unit. */
export function usesPoints(metric: MetricResult): boolean {
  const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);
  return metricDirection(metric) === 'higher' && inUnit(metric.baseline) && inUnit(metric.current)
    && (metric.baseline !== null || metric.current !== null);
}

/** −3.1 pts · +12 (+24%) · — */
export function formatDelta(metric: MetricResult): string {
  if (metric.delta === null) return '—';
  if (usesPoints(metric)) return `${formatSigned(metric.delta * 100, 1)} pts`;
  const relative = metric.baseline ? ` (${formatSigned((metric.delta / Math.abs(metric.baseline)) * 100, 1)}%)` : '';
  return formatSigned(metric.delta) + relative;
}

/** The CI of the delta in the delta's unit: [−4.2, −2.0] pts. */
export function formatInterval(metric: MetricResult): string {
  if (!metric.ci) return '—';
  const [low, high] = metric.ci;
  if (usesPoints(metric)) return `[${formatSigned(low * 100, 1)}, ${formatSigned(high * 100, 1)}] pts`;
  return `[${formatSigned(low)}, ${formatSigned(high)}]`;
}

/** ▲ up, ▼ down, = unchanged; the arrow shows the change, the status icon whether it is good. */
export function deltaArrow(metric: MetricResult): string {
  if (metric.delta === null || metric.delta === 0) return '';
  return metric.delta > 0 ? '▲' : '▼';
}

/** Whether the change goes the wrong way for this metric (regardless of tolerance). */
export function regressed(metric: MetricResult): boolean {
  if (metric.delta === null || metric.delta === 0) return false;
  return metricDirection(metric) === 'higher' ? metric.delta < 0 : metric.delta > 0;
}

/** Observed/expected values of a gate are free-form JSON: a compact, stable text form. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}
