// Contract gates: the row-by-row checks live in src/contract (they stream over batches rather
// than evaluate a summary); this is their entry in the gates folder.

export { ContractValidator, type ContractOptions, type FinishInput } from '../contract/validator.js';
export { contractProblems } from '../contract/validateConfig.js';
