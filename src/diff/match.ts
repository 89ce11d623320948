// Diffs one partition: the baseline's records by key in a map, the current's streamed past it.
// A record is `key KEY_END values` (see cells.ts); within a side, records keep file order, so
// the first row of a key is the one diffed and later rows of the same key count as duplicates.

import { KEY_END } from './cells.js';
import { offer, tallyPair, type DiffLayout, type DiffTally } from './tally.js';

/** Marks a key the current side has had; no record's values are this text (they never hold U+001D). */
const MATCHED = KEY_END;

export function matchPartition(baseline: Iterable<string>, current: Iterable<string>, tally: DiffTally, layout: DiffLayout): void {
  const byKey = new Map<string, string>();
  for (const record of baseline) {
    const split = record.indexOf(KEY_END);
    const key = record.slice(0, split);
    tally.rows.baseline++;
    if (byKey.has(key)) {
      tally.duplicates.baseline++;
      offer(tally.duplicates.examples, key, () => null);
      continue;
    }
    byKey.set(key, record.slice(split + 1));
  }
  for (const record of current) {
    const split = record.indexOf(KEY_END);
    const key = record.slice(0, split);
    tally.rows.current++;
    const before = byKey.get(key);
    if (before === MATCHED) {
      tally.duplicates.current++;
      offer(tally.duplicates.examples, key, () => null);
      continue;
    }
    // Marked rather than deleted: a later row of the same key is a duplicate.
    byKey.set(key, MATCHED);
    const values = record.slice(split + 1);
    if (before === undefined) {
      tally.added++;
      offer(tally.addedExamples, key, () => values);
      continue;
    }
    tallyPair(tally, layout, key, before, values);
  }
  for (const [key, values] of byKey) {
    if (values === MATCHED) continue;
    tally.removed++;
    offer(tally.removedExamples, key, () => values);
  }
}
