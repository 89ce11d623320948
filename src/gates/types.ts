// One gate = parameters in, results out. Rendering is elsewhere (src/report).

import type { GateResult, Severity } from '../report/types.js';

export type { GateResult, Severity };

export interface Gate<Rule, Input> {
  /** The gate family, also GateResult.kind. */
  kind: string;
  evaluate(rule: Rule, input: Input): GateResult[];
}

/** error → fail, warn → warn: how a violated rule of a given severity reports. */
export function violated(severity: Severity | undefined): 'fail' | 'warn' {
  return severity === 'warn' ? 'warn' : 'fail';
}
