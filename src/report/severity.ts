// How a violated rule reports, by its severity: shared by the gates and the contract's row checks.

import type { Severity } from './types.js';

/** error → fail, warn → warn: how a violated rule of a given severity reports. */
export function violated(severity: Severity | undefined): 'fail' | 'warn' {
  return severity === 'warn' ? 'warn' : 'fail';
}
