// Freshness: the newest value of a date/timestamp column must be younger than `max_age` at run time.

import type { DatasetConfig } from '../config/schema.js';
import { durationPattern } from '../config/schema.js';
import { violated, type Gate, type GateResult } from './types.js';

export type FreshnessRule = NonNullable<DatasetConfig['freshness']>;

export interface FreshnessInput {
  dataset: string;
  /** Newest value of the column in ms since the epoch; undefined when none parsed as a time. */
  newest: number | undefined;
  /** False when no batch had the column at all. */
  present: boolean;
  now: Date;
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** `2d` → 172800000 ms; undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = durationPattern.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** 93784000 ms → `1d 2h 3m`: the two or three largest units, for messages. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms) / 1000);
  const parts: string[] = [];
  for (const [unit, seconds] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    const amount = Math.floor(rest / seconds);
    rest -= amount * seconds;
    if (amount > 0 || (unit === 's' && parts.length === 0)) parts.push(`${amount}${unit}`);
  }
  return sign + parts.slice(0, 3).join(' ');
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
