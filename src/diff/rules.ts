// A column's diff rule from the config: `tolerance: 0.005` (absolute), `tolerance: 0.5%`
// (relative), `tolerance: 2s` (times, a duration), and `unit: s` (times compared to the second).

import { UserError } from '../errors.js';
import type { ColumnRule } from './types.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `0.5%`. */
export const RELATIVE_TOLERANCE = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
/** `250ms`, `2s`, `5m`, `1h`, `1d`, `1w`. */
export const DURATION_TOLERANCE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/;

export interface ColumnRuleConfig {
  tolerance?: number | string;
  unit?: 'ms' | 's' | 'm' | 'h' | 'd';
}

/** The rule, or a UserError naming the config path when the tolerance does not parse. */
export function columnRuleOf(config: ColumnRuleConfig, where = 'tolerance'): ColumnRule {
  const rule: ColumnRule = {};
  if (config.unit) rule.unitMs = UNIT_MS[config.unit];
  const tolerance = config.tolerance;
  if (typeof tolerance === 'number') rule.absolute = tolerance;
  else if (typeof tolerance === 'string') {
    const relative = RELATIVE_TOLERANCE.exec(tolerance);
    const duration = DURATION_TOLERANCE.exec(tolerance);
    if (relative) rule.relative = Number(relative[1]) / 100;
    else if (duration) rule.absolute = Number(duration[1]) * UNIT_MS[duration[2]];
    else throw new UserError([{ path: where, message: `expected a number, a percentage (0.5%) or a duration (2s); got ${JSON.stringify(tolerance)}` }]);
  }
  return rule;
}
