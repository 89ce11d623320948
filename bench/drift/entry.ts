// What the drift benchmarks need from src/, compiled on the fly by bench/drift-rates.mjs.

export { compareDrift } from '../../src/compare/index.js';
export { Profiler, numericSample } from '../../src/profile/index.js';
export { exactSample, ksStatistic, ksTwoSample } from '../../src/stats/index.js';
