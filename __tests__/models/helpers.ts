// Test helpers: read the simple numeric fixture CSVs without the streaming readers.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ClassificationData } from '../../src/models/metrics/index.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'models');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export function readColumns(name: string): Record<string, string[]> {
  const [header, ...rows] = readFileSync(fixture(name), 'utf8').trim().split('\n');
  const names = header.split(',');
  const columns: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const row of rows) row.split(',').forEach((cell, c) => columns[names[c]].push(cell));
  return columns;
}

export interface Expected {
  binary: Record<'current' | 'baseline' | 'baseline_other', Record<string, number>>;
  binary_segments_recall: Record<string, number>;
  multiclass: Record<string, number>;
  regression: Record<string, number>;
  timings: Record<string, number>;
  intervals: Record<string, { low: number; high: number; low_sd: number; high_sd: number; normal_low?: number; normal_high?: number }>;
}

export const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as Expected;

/** Binary data with classes ['0', '1'] and positive '1', from a fixture with label/prediction/score. */
export function binaryData(name: string): ClassificationData {
  const columns = readColumns(name);
  return {
    classes: ['0', '1'],
    label: Int32Array.from(columns.label, Number),
    prediction: Int32Array.from(columns.prediction, Number),
    positive: 1,
    score: columns.score ? Float64Array.from(columns.score, Number) : null,
  };
}
