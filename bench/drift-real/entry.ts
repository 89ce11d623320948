// What the real-data drift harness needs from src/: the profile of a file and the comparison
// `datagate compare` makes of two profiles, compiled on the fly by bench/drift-real/run.mjs.

export { loadSnapshotProfile } from '../../src/run/snapshot.js';
export { compareProfiles } from '../../src/run/compare.js';
export { identifierReason, isCompared } from '../../src/compare/index.js';
export { chiSquareCritical, chiSquareSurvival, fSurvival, noncentralChiSquareSurvival, normalQuantile, studentTSurvival } from '../../src/stats/index.js';
