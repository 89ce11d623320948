// `datagate compare`: two snapshots (data or profiles), schema diff and drift, as a report.

import path from 'node:path';
import { diffSchema, compareDrift, DEFAULT_METHOD, type DriftResult } from '../compare/index.js';
import type { GateResult } from '../gates/types.js';
import type { Profile } from '../profile/types.js';
import { evaluateGate } from '../gates/index.js';
import { IssueTally } from '../gates/read.js';
import type { Format } from '../readers/types.js';
import type { DatasetConfig } from '../config/schema.js';
import type { Report, SchemaDiff } from '../report/types.js';
import { loadSnapshotProfile } from './snapshot.js';
import { worstStatus } from './status.js';
import { VERSION } from '../version.js';

export interface CompareOptions {
  method?: NonNullable<DatasetConfig['drift']>['method'];
  format?: Format;
  /** CSV delimiter and decimal mark; detected from the first lines when absent. */
  delimiter?: string;
  decimal?: '.' | ',';
}

export async function compareSnapshots(baselinePath: string, currentPath: string, options: CompareOptions = {}): Promise<Report> {
  const issues = new IssueTally();
  const readOptions = { format: options.format, delimiter: options.delimiter, decimal: options.decimal };
  const baseline = await loadSnapshotProfile(path.resolve(baselinePath), readOptions, issues.add);
  const current = await loadSnapshotProfile(path.resolve(currentPath), readOptions, issues.add);
  const name = path.basename(currentPath);
  const { schema, drift, gates: compareGates } = compareProfiles(name, baseline, current, options);
  const gates = [...issues.gates(name), ...compareGates];
  const status = worstStatus(gates);
  return {
    version: 1,
    status,
    datasets: [{ name, status, rows: { baseline: baseline.rows, current: current.rows }, schema, drift, baseline: { source: baselinePath } }],
    models: [],
    gates,
    meta: { tool: 'datagate', version: VERSION },
  };
}

/** The comparison `compare` makes of two loaded profiles (also what bench/drift-real measures). */
export function compareProfiles(name: string, baseline: Profile, current: Profile, options: CompareOptions = {}): { schema: SchemaDiff; drift: DriftResult; gates: GateResult[] } {
  const schema = diffSchema(baseline, current);
  const drift = compareDrift(baseline, current, { method: options.method ?? DEFAULT_METHOD, share: 0.5, fdr: false, columns: {} });
  return { schema, drift, gates: [...evaluateGate('schema', undefined, { dataset: name, diff: schema }), ...evaluateGate('drift', undefined, { dataset: name, drift })] };
}
