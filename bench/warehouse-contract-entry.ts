// What bench/warehouse-contract.mjs runs: the pushed-down contract, and the file validator over rows pulled back.
export { contractGatesOfTable } from '../src/warehouse/contract.js';
export { ContractValidator } from '../src/contract/validator.js';
export { datasetSchema } from '../src/config/schema.js';
export { dialectOf } from '../src/warehouse/dialect.js';
export { openDuckDb } from '../src/warehouse/clients/duckdb.js';
export { openPostgres } from '../src/warehouse/clients/postgres.js';
