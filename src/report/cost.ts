// What the engines did for a table dataset, in one short line: queries, rows scanned, time.

import { formatNumber } from './format.js';
import type { QueryCost } from './types.js';

/** `3 queries, 6,000 rows scanned, 0.26 s`. */
export function costText(cost: QueryCost): string {
  const seconds = cost.ms < 10_000 ? (cost.ms / 1000).toFixed(2) : (cost.ms / 1000).toFixed(0);
  return `${formatNumber(cost.queries)} ${cost.queries === 1 ? 'query' : 'queries'}, ${formatNumber(cost.rowsScanned)} rows scanned, ${seconds} s`;
}
