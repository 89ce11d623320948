// One gate = parameters in, results out. Rendering is elsewhere (src/report).

import type { GateResult, Severity } from '../report/types.js';

export type { GateResult, Severity };
export { violated } from '../report/severity.js';

export interface Gate<Rule, Input> {
  /** The gate family, also GateResult.kind. */
  kind: string;
  evaluate(rule: Rule, input: Input): GateResult[];
}
