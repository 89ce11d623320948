// A dataset's key as a list of columns: the config allows one name or several.

import type { DatasetConfig } from '../config/schema.js';

export function keyOf(dataset: Pick<DatasetConfig, 'key'>): string[] | undefined {
  return typeof dataset.key === 'string' ? [dataset.key] : dataset.key;
}
