// What bench/warehouse.mjs runs, compiled by bench/compile.mjs: the pushed-down profile, the
// dialects, the clients, and the tests' throwaway PostgreSQL.
export { profileTable } from '../src/warehouse/profile.js';
export { dialectOf } from '../src/warehouse/dialect.js';
export { openDuckDb } from '../src/warehouse/clients/duckdb.js';
export { freshPostgres, stopPostgres } from '../__tests__/warehouse/engines.js';
