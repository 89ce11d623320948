// Grouping and counting gate results: which dataset or model a gate belongs to, and how many did what.

import type { DatasetReport, GateResult, GateStatus, ModelReport, Report } from './types.js';
import { STATUS_RANK } from './format.js';

export type Counts = Record<GateStatus, number> & { total: number; ran: number };

export function countGates(gates: GateResult[]): Counts {
  const counts: Counts = { pass: 0, warn: 0, fail: 0, skip: 0, total: gates.length, ran: 0 };
  for (const gate of gates) counts[gate.status] += 1;
  counts.ran = counts.total - counts.skip;
  return counts;
}

/** Fails first, then warnings, passes, skips; by id within a status, so order never depends on input order. */
export function sortGates(gates: GateResult[]): GateResult[] {
  return gates.slice().sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareText(a.id, b.id));
}

/** Code-unit order: deterministic and locale-free. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type Owner = { kind: 'dataset'; dataset: DatasetReport } | { kind: 'model'; model: ModelReport } | null;

/** The dataset or model a gate belongs to: its `dataset`/`model` field, else the longest name its id starts with. */
export function ownerOf(gate: GateResult, report: Report): Owner {
  if (gate.dataset !== undefined) {
    const dataset = report.datasets.find((d) => d.name === gate.dataset);
    if (dataset) return { kind: 'dataset', dataset };
  }
  if (gate.model !== undefined) {
    const model = report.models.find((m) => m.name === gate.model);
    if (model) return { kind: 'model', model };
  }
  let best: Owner = null;
  let bestLength = -1;
  for (const dataset of report.datasets) {
    if (gate.id.startsWith(dataset.name + '.') && dataset.name.length > bestLength) {
      best = { kind: 'dataset', dataset };
      bestLength = dataset.name.length;
    }
  }
  for (const model of report.models) {
    if (gate.id.startsWith(model.name + '.') && model.name.length > bestLength) {
      best = { kind: 'model', model };
      bestLength = model.name.length;
    }
  }
  return best;
}
