// Freshness: the newest value of a date/timestamp column must be younger than `max_age` at run time.

import type { DatasetConfig } from '../config/schema.js';
import { formatDuration, parseDuration } from '../config/duration.js';
import { violated, type Gate, type GateResult } from './types.js';

export { formatDuration, parseDuration };

export type FreshnessRule = NonNullable<DatasetConfig['freshness']>;

export interface FreshnessInput {
  dataset: string;
  /** Newest value of the column in ms since the epoch; undefined when none parsed as a time. */
  newest: number | undefined;
  /** False when no batch had the column at all. */
  present: boolean;
  now: Date;
}

export const freshness: Gate<FreshnessRule, FreshnessInput> = {
  kind: 'freshness',
  evaluate(rule, { dataset, newest, present, now }) {
    const severity = rule.severity ?? 'error';
    const column = JSON.stringify(rule.column);
    const base = { id: `${dataset}.freshness`, kind: 'freshness', dataset, column: rule.column, severity, expected: rule.max_age };
    if (!present) {
      return [{ ...base, status: violated(severity), message: `freshness column ${column} is missing from the data` }];
    }
    if (newest === undefined) {
      return [{ ...base, status: violated(severity), message: `freshness column ${column} has no date or timestamp values` }];
    }
    const maxAge = parseDuration(rule.max_age);
    const age = now.getTime() - newest;
    const newestText = new Date(newest).toISOString();
    if (maxAge === undefined) {
      // The config validation rejects such durations; reached only when it was bypassed.
      return [{ ...base, status: violated(severity), message: `unknown duration "${rule.max_age}"`, observed: newestText }];
    }
    const bad = age > maxAge;
    return [{
      ...base,
      status: bad ? violated(severity) : 'pass',
      message: `${column}: newest value ${newestText} is ${formatDuration(age)} old ${bad ? '>' : '≤'} ${rule.max_age}`,
      observed: newestText,
    }];
  },
};

export function freshnessGates(dataset: DatasetConfig, input: Omit<FreshnessInput, 'dataset'>): GateResult[] {
  return dataset.freshness ? freshness.evaluate(dataset.freshness, { ...input, dataset: dataset.name }) : [];
}
