// What accepting a gate means for the config: the rule value that makes it pass on the current
// snapshot, or why it is not a config change (baseline gates) or not one made automatically.

import type { Config } from '../config/schema.js';
import { ruleConfigPath, type ConfigPath } from '../config/locate.js';
import type { GateResult } from '../report/types.js';

/** The contract keeps this many distinct disallowed values as `observed` (src/contract/columnCheck.ts). */
export const OBSERVED_VALUES_KEPT = 10;

export type Change =
  | { gate: string; kind: 'set'; path: ConfigPath; value: number | string }
  | { gate: string; kind: 'append'; path: ConfigPath; values: (string | number)[]; possiblyIncomplete: boolean };

export type Decision =
  | { kind: 'change'; change: Change }
  /** Not a config change: the baseline moves when the PR merges. */
  | { kind: 'baseline'; gate: string; message: string }
  /** A rule `accept` does not weaken on its own. */
  | { kind: 'manual'; gate: string; message: string };

const BASELINE_MOVES = 'compared with the baseline: accepted by the baseline moving when the PR merges, not by weakening the threshold';

export function decide(gate: GateResult, config: Config): Decision {
  const configPath = ruleConfigPath(gate, config);
  const manual = (why: string): Decision => ({ kind: 'manual', gate: gate.id, message: why });
  const set = (value: number | string): Decision => configPath ? { kind: 'change', change: { gate: gate.id, kind: 'set', path: configPath, value } } : manual('its rule is not in the config');
  const rule = configPath?.[configPath.length - 1];
  switch (gate.kind) {
    case 'drift':
    case 'schema':
      return { kind: 'baseline', gate: gate.id, message: BASELINE_MOVES };
    case 'rows':
      if (rule === 'max_change') return { kind: 'baseline', gate: gate.id, message: BASELINE_MOVES };
      if ((rule === 'min' || rule === 'max') && typeof gate.observed === 'number') return set(gate.observed);
      return manual('no observed row count');
    case 'latency':
      if (typeof rule === 'string' && /^p\d\d$/.test(rule) && typeof gate.observed === 'number') return set(tidy(gate.observed));
      return manual('no observed latency');
    case 'metric':
      return metricDecision(gate, configPath, manual);
    case 'segment': {
      const observed = gate.observed;
      const expected = gate.expected;
      if (typeof observed !== 'number' || typeof expected !== 'number') return manual('no observed segment value');
      // Only in the direction that accepts: a lower min, a higher max or gap.
      const accepts = rule === 'min' ? observed < expected : rule === 'max' || rule === 'max_gap' ? observed > expected : false;
      return accepts ? set(tidy(observed)) : manual('the worst segment does not show what to set; edit the segments rule by hand');
    }
    case 'contract':
      return contractDecision(gate, rule, configPath, set, manual);
    default:
      return manual(`${gate.kind} gates are not accepted automatically: edit the config by hand`);
  }
}

function contractDecision(
  gate: GateResult, rule: string | number | undefined, configPath: ConfigPath | undefined,
  set: (value: number | string) => Decision, manual: (why: string) => Decision,
): Decision {
  switch (rule) {
    case 'min':
    case 'max':
    case 'min_length':
    case 'max_length':
      return typeof gate.observed === 'number' || typeof gate.observed === 'string' ? set(gate.observed) : manual('no observed value');
    case 'max_null_fraction':
      return typeof gate.observed === 'number' ? set(roundUp(gate.observed)) : manual('no observed null fraction');
    case 'allowed': {
      if (!configPath || !Array.isArray(gate.observed) || gate.observed.length === 0) return manual('no observed values');
      const observed = gate.observed.map(String);
      const numeric = Array.isArray(gate.expected) && gate.expected.length > 0 && gate.expected.every((value) => typeof value === 'number');
      const values = observed.map((value) => (numeric && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value));
      return { kind: 'change', change: { gate: gate.id, kind: 'append', path: configPath, values, possiblyIncomplete: observed.length >= OBSERVED_VALUES_KEPT } };
    }
    default:
      return manual(`\`${String(rule ?? gate.id)}\` rules (types, nullability, uniqueness, patterns, columns) are not weakened automatically: edit the config by hand`);
  }
}

function metricDecision(
  gate: GateResult, configPath: ConfigPath | undefined, manual: (why: string) => Decision,
): Decision {
  if (typeof gate.observed !== 'number') return manual('the metric is missing from the current metrics');
  const expected = (gate.expected ?? {}) as Record<string, number | undefined>;
  const dropFailed = /(^|[,;] )max (relative )?drop /.test(gate.message);
  const value = gate.observed;
  const bound = expected.min !== undefined && value < expected.min ? 'min' : expected.max !== undefined && value > expected.max ? 'max' : undefined;
  if (bound && configPath) {
    const change: Change = { gate: gate.id, kind: 'set', path: [...configPath, bound], value: tidy(value) };
    return { kind: 'change', change };
  }
  if (dropFailed) return { kind: 'baseline', gate: gate.id, message: BASELINE_MOVES };
  return manual('no failing threshold found in the metric rule');
}

/**
 * Model values to 12 significant digits: `0.19`, not `0.19000000000000006` (a difference of
 * 0.81 − 0.62). Model gates compare with a relative tolerance of 1e-9 (src/gates/modelText.ts),
 * so the rounded value still passes; contract bounds compare exactly and keep the exact value.
 */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * A null fraction rounded up to 4 significant digits, never below the observed value: the rule
 * reads `0.0123` rather than `0.012345679012345678`, and the gate (`fraction > max`) passes.
 */
export function roundUp(fraction: number): number {
  if (fraction <= 0) return 0;
  const scale = 10 ** (3 - Math.floor(Math.log10(fraction)));
  let rounded = Math.ceil(fraction * scale) / scale;
  if (rounded < fraction) rounded = (Math.ceil(fraction * scale) + 1) / scale;
  return Math.min(1, Number(rounded.toPrecision(4)) >= fraction ? Number(rounded.toPrecision(4)) : rounded);
}
