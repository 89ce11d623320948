// Contract gates: the row-by-row checks live in src/contract (they stream over batches rather
// than evaluate a summary); this is their entry in the gates folder, and where the dataset's
// row count and freshness gates (from the table) join them.

import type { ContractValidator, FinishInput } from '../contract/validator.js';
import type { GateResult } from './types.js';
import { evaluateGate } from './index.js';

export { ContractValidator, type ContractOptions, type FinishInput } from '../contract/validator.js';
export { contractProblems } from '../contract/validateConfig.js';

/** A dataset's contract results once every row went through `validator`, then its row count and freshness gates. */
export function contractGates(validator: ContractValidator, { current, baseline, now }: FinishInput): GateResult[] {
  const dataset = validator.dataset;
  return [
    ...validator.finish(),
    ...(dataset.rows ? evaluateGate('rows', dataset.rows, { dataset: dataset.name, current: current.rows, baseline: baseline?.rows ?? null }) : []),
    ...(dataset.freshness ? evaluateGate('freshness', dataset.freshness, { dataset: dataset.name, ...validator.freshnessOf(current), now }) : []),
  ];
}
