// A table's contract results from counts the engine returned: a column's rules worded by
// src/contract/columnResults.ts, as ColumnCheck words a file's; the required column and compound
// key results as ContractValidator gives them (the warehouse parity tests hold the two together).

import type { GateResult, Severity } from '../report/types.js';
import { violated } from '../gates/types.js';
import type { Violations } from '../contract/violations.js';

export { columnResults, type ColumnTally } from '../contract/columnResults.js';

export function presentResult(dataset: string, name: string, severity: Severity): GateResult {
  return {
    id: `${dataset}.contract.${name}.required`, kind: 'contract', dataset, column: name,
    status: 'pass', severity, message: `${JSON.stringify(name)} is present`, observed: 'present', expected: 'present',
  };
}

/** A contract column the table lacks: a failure when required, else its rules are skipped. */
export function absentResult(dataset: string, name: string, isRequired: boolean, severity: Severity, where: string, guess = ''): GateResult {
  return {
    id: `${dataset}.contract.${name}.required`, kind: 'contract', dataset, column: name, severity,
    status: isRequired ? violated(severity) : 'skip',
    message: isRequired
      ? `column ${JSON.stringify(name)} is missing from ${where}${guess}`
      : `optional column ${JSON.stringify(name)} is absent from ${where}: its rules did not run${guess}`,
    observed: 'missing', expected: isRequired ? 'present' : 'optional',
  };
}

export function compoundUniqueResult(dataset: string, columns: string[], severity: Severity, tally: { missing: string[]; violations: Violations; keys: number }): GateResult {
  const label = columns.join('+');
  const base = { id: `${dataset}.contract.${label}.unique`, kind: 'contract', dataset, column: label, severity };
  const { missing, violations, keys } = tally;
  if (missing.length > 0) {
    return {
      ...base, status: violated(severity),
      message: `unique key (${columns.join(', ')}): column${missing.length > 1 ? 's' : ''} ${missing.map((name) => JSON.stringify(name)).join(', ')} missing from the data`,
      observed: `missing: ${missing.join(', ')}`, expected: columns,
    };
  }
  const duplicates = violations.count;
  return {
    ...base,
    status: duplicates > 0 ? violated(severity) : 'pass',
    message: duplicates > 0
      ? `unique key (${columns.join(', ')}): ${duplicates} duplicate ${duplicates === 1 ? 'row' : 'rows'}`
      : `unique key (${columns.join(', ')}): all ${keys} keys unique`,
    observed: duplicates, expected: 0, count: duplicates,
    ...(duplicates > 0 ? { examples: violations.examples } : {}),
  };
}
