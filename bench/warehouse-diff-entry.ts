// What bench/warehouse-diff.mjs needs, compiled from the sources (bench/compile.mjs).
export { diffTableAndFile, diffTableSides } from '../src/warehouse/diff.js';
export { dialectOf } from '../src/warehouse/dialect.js';
export { duckdbMemory, freshPostgres, stopPostgres } from '../__tests__/warehouse/engines.js';
