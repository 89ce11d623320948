// The null-token proposal of `datagate init` over one file, for run.mjs.
export { nullTokensOf } from '../../src/init/nullTokens.js';
export { loadSnapshotProfile } from '../../src/run/snapshot.js';
