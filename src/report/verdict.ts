// The verdict line: what happened and why, in words ("2 of 31 gates failed: `age` drifted (Wasserstein 0.31), …").

import type { DatasetReport, DriftColumn, GateResult, MetricResult, ModelReport, Report, Status } from './types.js';
import { compareText, countGates, ownerOf, sortGates, type Counts } from './gates.js';
import { driftScore, driftSeverity, formatDelta, formatNumber, STATUS_ICON } from './format.js';
import { clip } from './escape.js';
import { code, joinPhrases, untrusted, type Phrase } from './phrase.js';

export interface Verdict {
  status: Status;
  icon: string;
  counts: Counts;
  /** Counts and reasons: "2 of 31 gates failed: `age` drifted (Wasserstein 0.31), …". */
  headline: Phrase;
  /** Counts only, no names: "2 of 31 gates failed; 1 warning". */
  short: string;
  /** Only the named gates: "`age` drifted (Wasserstein 0.31), `accuracy` −3.1 pts". */
  reasons: Phrase;
}

const plural = (n: number, one: string, many = one + 's') => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** The headline names at most `maxReasons` failing (or, when none fail, warning) gates. */
export function verdict(report: Report, maxReasons = 3): Verdict {
  const counts = countGates(report.gates);
  const reasons = (status: 'fail' | 'warn'): Phrase => {
    const chosen = report.gates.filter((gate) => gate.status === status);
    const shown = pickReasons(chosen, report, maxReasons).map((gate) => gateReason(gate, report));
    const rest = chosen.length - shown.length;
    return [...joinPhrases(shown, ', '), ...(rest > 0 ? [` and ${formatNumber(rest)} more`] : [])];
  };
  let lead: string;
  let why: Phrase = [];
  let tail = '';
  if (counts.fail > 0) {
    lead = `${formatNumber(counts.fail)} of ${plural(counts.ran, 'gate')} failed`;
    why = reasons('fail');
    if (counts.warn > 0) tail = `; ${plural(counts.warn, 'warning')}`;
  } else if (counts.warn > 0) {
    lead = `${formatNumber(counts.ran - counts.warn)} of ${plural(counts.ran, 'gate')} passed, ${plural(counts.warn, 'warning')}`;
    why = reasons('warn');
  } else if (counts.ran > 0) {
    lead = counts.ran === 1 ? 'The only gate passed' : `All ${formatNumber(counts.ran)} gates passed`;
  } else {
    lead = 'No gates ran';
  }
  if (counts.skip > 0) tail += ` (${formatNumber(counts.skip)} skipped)`;
  if (report.status === 'fail' && counts.fail === 0) tail += ' — the run failed';
  const headline: Phrase = why.length ? [lead, ': ', ...why, tail] : [lead + tail];
  return { status: report.status, icon: STATUS_ICON[report.status], counts, headline, short: lead + tail, reasons: why };
}

const KIND_ORDER = ['schema', 'metric', 'drift', 'contract', 'rows', 'freshness', 'segment'];

function kindRank(kind: string): number {
  const index = KIND_ORDER.indexOf(kind);
  return index === -1 ? KIND_ORDER.length : index;
}

/**
 * The gates the headline names: one of each kind in turn (schema, metric, drift, contract, …), so a
 * wall of contract failures does not hide a metric regression; within a kind the report's order,
 * the most drifted column first.
 */
export function pickReasons(gates: GateResult[], report: Report, max: number): GateResult[] {
  const ownerRank = (gate: GateResult) => {
    const owner = ownerOf(gate, report);
    if (owner?.kind === 'dataset') return report.datasets.indexOf(owner.dataset);
    if (owner?.kind === 'model') return report.datasets.length + report.models.indexOf(owner.model);
    return report.datasets.length + report.models.length;
  };
  const severity = (gate: GateResult) => {
    const owner = ownerOf(gate, report);
    const column = owner?.kind === 'dataset' ? driftColumnOf(gate, owner.dataset) : undefined;
    return column ? driftSeverity(column) : 0;
  };
  const groups = new Map<string, GateResult[]>();
  for (const gate of sortGates(gates)) groups.set(gate.kind, [...(groups.get(gate.kind) ?? []), gate]);
  const ordered = [...groups.entries()]
    .sort(([a], [b]) => kindRank(a) - kindRank(b) || compareText(a, b))
    .map(([, group]) => group.sort((a, b) => ownerRank(a) - ownerRank(b) || severity(b) - severity(a) || compareText(a.id, b.id)));
  const picked: GateResult[] = [];
  for (let round = 0; picked.length < max; round++) {
    const before = picked.length;
    for (const group of ordered) if (round < group.length && picked.length < max) picked.push(group[round]);
    if (picked.length === before) break;
  }
  return picked;
}

function multipleOwners(report: Report): boolean {
  return report.datasets.length + report.models.length > 1;
}

/** One gate in a few words, the names marked as code. */
export function gateReason(gate: GateResult, report: Report): Phrase {
  const owner = ownerOf(gate, report);
  const prefix = multipleOwners(report) && owner ? (owner.kind === 'dataset' ? owner.dataset.name : owner.model.name) + '.' : '';
  if (owner?.kind === 'dataset') {
    const specific = datasetReason(gate, owner.dataset, prefix);
    if (specific) return specific;
  }
  if (owner?.kind === 'model') {
    const specific = modelReason(gate, owner.model, prefix);
    if (specific) return specific;
  }
  const scope = prefix ? [code(prefix.slice(0, -1)), ': '] : [];
  return [...scope, untrusted(clip(gate.message, 120))];
}

export function driftColumnOf(gate: GateResult, dataset: DatasetReport): DriftColumn | undefined {
  if (gate.kind !== 'drift' || gate.column === undefined) return undefined;
  return dataset.drift?.columns.find((column) => column.name === gate.column);
}

function datasetReason(gate: GateResult, dataset: DatasetReport, prefix: string): Phrase | null {
  const drift = driftColumnOf(gate, dataset);
  if (drift) return [code(prefix + drift.name), ` drifted (${driftScore(drift)})`];
  const schema = dataset.schema;
  const column = gate.column;
  if (gate.kind === 'schema' && schema && column !== undefined) {
    if (schema.removed.some((c) => c.name === column)) return [code(prefix + column), ' removed'];
    const changed = schema.changed.find((c) => c.name === column);
    if (changed) return [code(prefix + column), ` ${changed.from} → ${changed.to}`];
    const renamed = schema.renamed.find((c) => c.from === column || c.to === column);
    if (renamed) return [code(prefix + renamed.from), ' renamed to ', code(renamed.to)];
    if (schema.nullability.some((c) => c.name === column && c.to)) return [code(prefix + column), ' became nullable'];
    if (schema.added.some((c) => c.name === column)) return [code(prefix + column), ' added'];
  }
  return null;
}

/** The metric a gate is about: its `column`, else the longest metric name its id ends with or continues with. */
export function metricOf(gate: GateResult, model: ModelReport): MetricResult | undefined {
  if (gate.kind !== 'metric') return undefined;
  const byColumn = model.metrics.find((metric) => metric.name === gate.column);
  if (byColumn) return byColumn;
  let best: MetricResult | undefined;
  for (const metric of model.metrics) {
    const matches = gate.id.endsWith('.' + metric.name) || gate.id.includes('.' + metric.name + '.');
    if (matches && (!best || metric.name.length > best.name.length)) best = metric;
  }
  return best;
}

function modelReason(gate: GateResult, model: ModelReport, prefix: string): Phrase | null {
  const metric = metricOf(gate, model);
  if (metric) {
    if (metric.delta !== null) return [code(prefix + metric.name), ' ' + formatDelta(metric)];
    if (metric.current !== null) return [code(prefix + metric.name), ` ${formatNumber(metric.current)}`];
    return [code(prefix + metric.name), ' missing'];
  }
  const segments = model.segments;
  if (gate.kind === 'segment' && segments && segments.worst !== null) {
    const worst = segments.segments.find((segment) => segment.name === segments.worst);
    const value = worst ? ` ${formatNumber(worst.value)}` : '';
    const gap = segments.gap !== null ? ` (gap ${formatNumber(segments.gap)})` : '';
    return [code(prefix + segments.metric), ' in segment ', code(segments.worst), value + gap];
  }
  return null;
}
