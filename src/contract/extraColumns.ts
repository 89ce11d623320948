// The `allow_extra_columns: false` gate, one definition for files (validator.ts) and tables
// (src/warehouse/contract.ts): the columns seen beyond those the contract names.

import type { DatasetConfig } from '../config/schema.js';
import type { GateResult } from '../report/types.js';
import { violated } from '../report/severity.js';

export function extraColumnsResult(dataset: DatasetConfig, columns: string[]): GateResult | undefined {
  const schema = dataset.schema;
  if (!schema || schema.allow_extra_columns !== false) return undefined;
  const known = new Set([...Object.keys(schema.columns), ...(schema.required ?? [])]);
  const extra = columns.filter((name) => !known.has(name));
  const severity = schema.severity ?? 'error';
  return {
    id: `${dataset.name}.contract.extra_columns`, kind: 'contract', dataset: dataset.name, severity,
    status: extra.length > 0 ? violated(severity) : 'pass',
    message: extra.length > 0
      ? `${extra.length} column${extra.length > 1 ? 's' : ''} not in the contract: ${extra.map((name) => JSON.stringify(name)).join(', ')}`
      : 'no columns beyond the contract',
    observed: extra, expected: [...known],
    count: extra.length,
  };
}
