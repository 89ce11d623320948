// What the engines did for a table dataset, in one short line: queries, rows scanned, time.

import { formatNumber } from './format.js';
import type { QueryCost } from './types.js';

/** `3 queries, 6,000 rows scanned, 0.26 s`; with a row diff, `…, 608 rows pulled, …`. */
export function costText(cost: QueryCost): string {
  const seconds = cost.ms < 10_000 ? (cost.ms / 1000).toFixed(2) : (cost.ms / 1000).toFixed(0);
  const pulled = cost.rowsPulled === undefined ? '' : `, ${formatNumber(cost.rowsPulled)} rows pulled`;
  return `${formatNumber(cost.queries)} ${cost.queries === 1 ? 'query' : 'queries'}, ${formatNumber(cost.rowsScanned)} rows scanned${pulled}, ${seconds} s`;
}
