// `datagate init`: infer a starting contract from a snapshot.

export { inferContract, type InitOptions } from './inferContract.js';
export { nullTokensOf, type NullToken } from './nullTokens.js';
