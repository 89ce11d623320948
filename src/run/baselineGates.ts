// What a dataset's baseline gives, the same for a file and a table: the schema diff and drift
// in the report and their gates, or one `skip` gate saying why there was nothing to compare.

import type { DatasetConfig } from '../config/schema.js';
import { diffSchema, compareDrift } from '../compare/index.js';
import { evaluateGate } from '../gates/index.js';
import type { Profile } from '../profile/types.js';
import type { DatasetReport, GateResult } from '../report/types.js';

export function baselineGates(dataset: Pick<DatasetConfig, 'name' | 'baseline' | 'drift' | 'schema_changes' | 'schema'>, baseline: Profile | null, current: Profile, report: DatasetReport): GateResult[] {
  if (!baseline) {
    return [{
      id: `${dataset.name}.baseline`,
      kind: 'baseline',
      dataset: dataset.name,
      status: 'skip',
      message: dataset.baseline
        ? 'no baseline found yet (first run?): schema diff and drift skipped'
        : 'no baseline configured: schema diff and drift skipped',
    }];
  }
  report.schema = diffSchema(baseline, current, dataset.schema);
  report.drift = compareDrift(baseline, current, dataset.drift);
  return [
    ...evaluateGate('schema', dataset.schema_changes, { dataset: dataset.name, diff: report.schema }),
    ...evaluateGate('drift', dataset.drift?.severity, { dataset: dataset.name, drift: report.drift }),
  ];
}
