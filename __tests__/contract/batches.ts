// Builds reader-shaped batches by hand: rows in, columnar `data[c][r]` out.

import type { Batch, Cell } from '../../src/readers/types.js';
import type { DatasetConfig } from '../../src/config/schema.js';
import { datasetSchema } from '../../src/config/schema.js';
import type { Profile } from '../../src/profile/types.js';

export function batch(columns: string[], rows: Cell[][], options: { firstRow?: number; file?: string; text?: boolean } = {}): Batch {
  const firstRow = options.firstRow ?? 1;
  const text = options.text ?? true;
  return {
    columns,
    data: columns.map((_, c) => rows.map((row) => row[c])),
    length: rows.length,
    firstRow,
    // A CSV with a header on line 1: data row n is on line n + 1.
    ...(text ? { lines: rows.map((_, r) => firstRow + r + 1) } : {}),
    file: options.file ?? 'data/train.csv',
  };
}

/** A dataset config as the loader hands it over (zod defaults applied). */
export function dataset(config: Record<string, unknown>): DatasetConfig {
  return datasetSchema.parse({ name: 'train', current: 'data/train.csv', ...config });
}

export function profile(rows: number): Profile {
  return { version: 1, rows, columns: [] };
}

export const NOW = new Date('2024-06-10T12:00:00Z');
