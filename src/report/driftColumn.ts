// What a DriftColumn's note says about it: columns without a score note why they were not compared.

import type { DriftColumn } from './types.js';

/** Notes of columns that got no score start with this; they do not count towards the share. */
export const NOT_COMPARED = 'not compared: ';

export function isCompared(column: DriftColumn): boolean {
  return column.notCompared === undefined && !column.note?.startsWith(NOT_COMPARED) && column.range === undefined;
}
