// Compare stage: what changed between a baseline and a current profile — shape and distribution.

export { diffSchema, hasBreakingChange, isWidening } from './schema.js';
export { compareDrift, isCompared, kindOf, DEFAULT_SHARE, NOT_COMPARED, type DriftConfig, type DriftResult } from './drift.js';
export {
  autoMethod, chooseMethod, DEFAULT_METHOD, DEFAULT_THRESHOLDS, defaultThreshold, PSI_FAIL, AUTO_SMALL_SAMPLE, SIGNIFICANCE,
  SIGNIFICANT_CATEGORICAL_THRESHOLD, type Method,
} from './methods.js';
export { probableRenames, profileDistance } from './renames.js';
export { identifierReason } from './identifiers.js';
export { nullRateCheck, NULL_RATE_FLOOR } from './nulls.js';
export { ROBUST_CATEGORICAL_FLOOR, ROBUST_NUMERIC_FLOOR } from './robust.js';
