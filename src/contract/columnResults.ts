// The wording of a contract column's results, for files (ColumnCheck) and tables
// (src/warehouse/contract.ts) alike: ids, statuses, messages, observed and expected values from
// what was counted, so a table and its CSV export read the same (the warehouse parity tests).

import type { ColumnRule } from '../config/schema.js';
import type { ColumnType } from '../profile/types.js';
import { percentOf as percent } from '../report/percent.js';
import { violated } from '../report/severity.js';
import type { GateResult, Severity } from '../report/types.js';
import type { Bound, ColumnRuleName } from './rules.js';
import type { Violations } from './violations.js';

/** What was counted for one column, by ColumnCheck over a file or by an engine over a table; a field is present when its rule ran. */
export interface ColumnTally {
  nulls: Violations;
  type?: { violations: Violations; kinds: ColumnType[] };
  unique?: { violations: Violations; distinct: number };
  min?: { violations: Violations; bound: Bound; extreme: number | undefined };
  max?: { violations: Violations; bound: Bound; extreme: number | undefined };
  allowed?: { violations: Violations; values: string[] };
  pattern?: Violations;
  minLength?: { violations: Violations; shortest: number | undefined };
  maxLength?: { violations: Violations; longest: number | undefined };
}

/** One result per rule that ran, in COLUMN_RULES order (`required` is the caller's). */
export function columnResults(dataset: string, name: string, rule: ColumnRule, severity: Severity, tally: ColumnTally, rows: number): GateResult[] {
  const out: GateResult[] = [];
  const quoted = JSON.stringify(name);
  const result = (ruleName: ColumnRuleName, violations: Violations, parts: { observed: unknown; expected: unknown; fail: string; pass: string; violated?: boolean }): GateResult => {
    const bad = parts.violated ?? violations.count > 0;
    return {
      id: `${dataset}.contract.${name}.${ruleName}`, kind: 'contract', dataset, column: name,
      status: bad ? violated(severity) : 'pass', severity,
      message: bad ? parts.fail : parts.pass,
      ...(parts.observed !== undefined ? { observed: parts.observed } : {}),
      expected: parts.expected,
      count: violations.count,
      ...(bad ? { examples: violations.examples } : {}),
    };
  };
  if (tally.type) {
    const { violations, kinds } = tally.type;
    const types = [...kinds].sort();
    out.push(result('type', violations, {
      observed: types.length > 0 ? types.join(', ') : rule.type, expected: rule.type,
      fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} not of type ${rule.type} (found ${types.join(', ')})`,
      pass: `${quoted}: every value is of type ${rule.type}`,
    }));
  }
  const nulls = tally.nulls;
  if (rule.nullable === false) {
    out.push(result('nullable', nulls, {
      observed: nulls.count, expected: 0,
      fail: `${quoted}: ${nulls.count} null ${plural(nulls.count, 'value')}, none allowed`,
      pass: `${quoted}: no nulls`,
    }));
  }
  if (rule.max_null_fraction !== undefined) {
    const fraction = rows === 0 ? 0 : nulls.count / rows;
    out.push(result('max_null_fraction', nulls, {
      observed: fraction, expected: rule.max_null_fraction, violated: fraction > rule.max_null_fraction,
      fail: `${quoted}: ${percent(fraction)} nulls (${nulls.count} of ${rows}) > ${percent(rule.max_null_fraction)}`,
      pass: `${quoted}: ${percent(fraction)} nulls ≤ ${percent(rule.max_null_fraction)}`,
    }));
  }
  if (tally.unique) {
    const duplicates = tally.unique.violations.count;
    out.push(result('unique', tally.unique.violations, {
      observed: duplicates, expected: 0,
      fail: `${quoted}: ${duplicates} duplicate ${plural(duplicates, 'value')}`,
      pass: `${quoted}: all ${tally.unique.distinct} values unique`,
    }));
  }
  for (const [ruleName, check, limit] of [['min', tally.min, rule.min], ['max', tally.max, rule.max]] as const) {
    if (!check || limit === undefined) continue;
    const observed = check.extreme === undefined ? undefined : showBound(check.bound.kind, check.extreme);
    const word = ruleName === 'min' ? 'below' : 'above';
    const extremeWord = ruleName === 'min' ? 'lowest' : 'highest';
    out.push(result(ruleName, check.violations, {
      observed, expected: limit,
      fail: `${quoted}: ${check.violations.count} ${plural(check.violations.count, 'value')} ${word} ${ruleName} ${limit} (${extremeWord} ${observed})`,
      pass: `${quoted}: ${extremeWord} value ${observed ?? '(none)'} within ${ruleName} ${limit}`,
    }));
  }
  if (tally.allowed) {
    const { violations, values } = tally.allowed;
    out.push(result('allowed', violations, {
      observed: values, expected: rule.allowed,
      fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} not allowed (${values.map((value) => JSON.stringify(value)).join(', ')})`,
      pass: `${quoted}: every value is allowed`,
    }));
  }
  if (tally.pattern) {
    const count = tally.pattern.count;
    out.push(result('pattern', tally.pattern, {
      observed: count, expected: rule.pattern,
      fail: `${quoted}: ${count} ${count === 1 ? 'value does' : 'values do'} not match /${rule.pattern}/`,
      pass: `${quoted}: every value matches /${rule.pattern}/`,
    }));
  }
  if (tally.minLength) {
    const { violations, shortest } = tally.minLength;
    out.push(result('min_length', violations, {
      observed: shortest, expected: rule.min_length,
      fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} shorter than ${rule.min_length} (shortest ${shortest})`,
      pass: `${quoted}: shortest value ${shortest ?? '(none)'} ≥ ${rule.min_length} characters`,
    }));
  }
  if (tally.maxLength) {
    const { violations, longest } = tally.maxLength;
    out.push(result('max_length', violations, {
      observed: longest, expected: rule.max_length,
      fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} longer than ${rule.max_length} (longest ${longest})`,
      pass: `${quoted}: longest value ${longest ?? '(none)'} ≤ ${rule.max_length} characters`,
    }));
  }
  return out;
}

function showBound(kind: Bound['kind'], value: number): number | string {
  return kind === 'number' ? value : new Date(value).toISOString();
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
