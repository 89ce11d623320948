// Sorting and grouping done once per report, before the (possibly repeated) rendering under a budget.

import type { DatasetReport, DriftColumn, GateResult, ModelReport, Report } from './types.js';
import { compareText, ownerOf, sortGates } from './gates.js';
import { driftSeverity, STATUS_RANK } from './format.js';
import { verdict, type Verdict } from './verdict.js';

export interface PreparedDataset {
  dataset: DatasetReport;
  gates: GateResult[];
  /** Gates not shown by the schema diff or the drift table: contract, rows, freshness, … */
  checks: GateResult[];
  /** Most severe first: status, then how far past the threshold, then name. */
  drift: DriftColumn[];
}

export interface PreparedModel { model: ModelReport; gates: GateResult[] }

export interface Prepared {
  report: Report;
  verdict: Verdict;
  datasets: PreparedDataset[];
  models: PreparedModel[];
  /** Gates that belong to no dataset or model. */
  other: GateResult[];
  /** More than one dataset or model: names get qualified. */
  multi: boolean;
}

export function sortDrift(columns: DriftColumn[]): DriftColumn[] {
  return columns.slice().sort((a, b) =>
    STATUS_RANK[a.status] - STATUS_RANK[b.status]
    || driftSeverity(b) - driftSeverity(a)
    || compareText(a.name, b.name));
}

function schemaNames(dataset: DatasetReport): Set<string> {
  const schema = dataset.schema;
  if (!schema) return new Set();
  return new Set([
    ...schema.added.map((c) => c.name), ...schema.removed.map((c) => c.name), ...schema.changed.map((c) => c.name),
    ...schema.nullability.map((c) => c.name), ...schema.renamed.flatMap((c) => [c.from, c.to]),
  ]);
}

export function prepare(report: Report): Prepared {
  const byDataset = new Map<DatasetReport, GateResult[]>(report.datasets.map((d) => [d, []]));
  const byModel = new Map<ModelReport, GateResult[]>(report.models.map((m) => [m, []]));
  const other: GateResult[] = [];
  for (const gate of sortGates(report.gates)) {
    const owner = ownerOf(gate, report);
    if (owner?.kind === 'dataset') byDataset.get(owner.dataset)?.push(gate);
    else if (owner?.kind === 'model') byModel.get(owner.model)?.push(gate);
    else other.push(gate);
  }
  const datasets = report.datasets.map((dataset) => {
    const gates = byDataset.get(dataset) ?? [];
    const driftNames = new Set((dataset.drift?.columns ?? []).map((c) => c.name));
    const diffNames = schemaNames(dataset);
    const checks = gates.filter((gate) => !(
      (gate.kind === 'drift' && gate.column !== undefined && driftNames.has(gate.column))
      || (gate.kind === 'schema' && gate.column !== undefined && diffNames.has(gate.column))));
    return { dataset, gates, checks, drift: sortDrift(dataset.drift?.columns ?? []) };
  });
  const models = report.models.map((model) => ({ model, gates: byModel.get(model) ?? [] }));
  return { report, verdict: verdict(report), datasets, models, other, multi: report.datasets.length + report.models.length > 1 };
}
