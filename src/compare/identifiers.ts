// Which columns are keys, from evidence only: the name (`id`, `*_id`, `uuid`, `key`, …) with
// mostly distinct values, integers that are all distinct and fill a dense range (a sequence, or a
// random share of one), text shaped like UUIDs or hashes. Money and counts are mostly distinct
// too, and are compared.

import type { ColumnProfile } from '../profile/types.js';
import { categoryCounts } from '../profile/index.js';
import { formatCount } from '../count.js';

const KEY_NAME = /^(id|uuid|guid|key|pk|row_?id|row_?number|index)$|[_\-\s.](id|uuid|guid|key)$|[a-z0-9](Id|ID|Uuid|UUID|Key)$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const HASH = /^(?:[0-9a-f]{16,}|[A-Za-z0-9_-]{20,}={0,2})$/;
const MIN_VALUES = 20;
/** A named key still counts only when at least half its values are distinct (a foreign key with few values is a category). */
const NAMED_DISTINCT_SHARE = 0.5;
/** All distinct integers within a range at most this many times their count: a sequence or a sample of one. */
const SEQUENCE_SPREAD = 4;

/** Why `column` is taken for an identifier, or undefined when it is compared. */
export function identifierReason(column: ColumnProfile): string | undefined {
  if (column.count < MIN_VALUES || column.distinct === undefined) return undefined;
  const distinctShare = column.distinct / column.count;
  if (KEY_NAME.test(column.name) && distinctShare >= NAMED_DISTINCT_SHARE && column.type !== 'number') {
    return `identifier by name (${formatCount(column.distinct)} distinct of ${formatCount(column.count)} values)`;
  }
  if (column.type === 'integer' && column.distinct >= column.count * 0.99 && typeof column.min === 'number' && typeof column.max === 'number') {
    const span = column.max - column.min + 1;
    if (span <= SEQUENCE_SPREAD * column.count) return `identifier: distinct integers filling ${column.min}–${column.max}, a sequence`;
  }
  if (column.type === 'string' && distinctShare >= 0.95) {
    const counts = categoryCounts(column);
    const values = counts ? [...counts.counts.keys()] : (column.top ?? []).map((entry) => entry.value);
    if (values.length >= MIN_VALUES && values.every((value) => UUID.test(value))) return 'identifier: UUID-shaped values';
    if (values.length >= MIN_VALUES && column.minLength === column.maxLength && values.every((value) => HASH.test(value) && /\d/.test(value))) {
      return 'identifier: hash-shaped values of one length';
    }
  }
  return undefined;
}
