// Matching one partition's keys: the baseline's keys in a map, the current's streamed past it.
// Rows whose hashes agree are unchanged; the others become candidates, whose cells are read
// again and compared cell by cell (tallyPair). Within a side rows keep file order, so the first
// row of a key is the one diffed and later rows of the same key count as duplicates.

import type { KeyTable } from './keyTable.js';
import { offer, smallest, type Smallest } from './tally.js';

/** A partition's (or several partitions') counts by key; serialisable and mergeable. */
export interface KeyTally {
  rows: { baseline: number; current: number };
  added: number;
  removed: number;
  /** Keys on both sides whose rows hash alike. */
  unchanged: number;
  duplicates: { baseline: number; current: number; examples: Smallest<null> };
  /** Row numbers (current side) of the added keys among the smallest. */
  addedExamples: Smallest<number>;
  /** Row numbers (baseline side) of the removed keys among the smallest. */
  removedExamples: Smallest<number>;
  /** Keys on both sides whose rows hash apart, with the row number on each side. */
  candidates: { keys: string[]; baseline: number[]; current: number[] };
}

export function newKeyTally(examples: number): KeyTally {
  return {
    rows: { baseline: 0, current: 0 },
    added: 0, removed: 0, unchanged: 0,
    duplicates: { baseline: 0, current: 0, examples: smallest(examples) },
    addedExamples: smallest(examples), removedExamples: smallest(examples),
    candidates: { keys: [], baseline: [], current: [] },
  };
}

/** Marks a baseline key that the current side has had. */
const MATCHED = -1;

export function matchKeys(baseline: KeyTable, current: KeyTable, tally: KeyTally): void {
  const byKey = new Map<string, number>();
  const { keys: baselineKeys } = baseline;
  tally.rows.baseline += baseline.length;
  for (let i = 0; i < baseline.length; i++) {
    const key = baselineKeys[i];
    if (byKey.has(key)) {
      tally.duplicates.baseline++;
      offer(tally.duplicates.examples, key, () => null);
      continue;
    }
    byKey.set(key, i);
  }
  const { keys, lo, hi, rows } = current;
  const candidates = tally.candidates;
  tally.rows.current += current.length;
  for (let j = 0; j < current.length; j++) {
    const key = keys[j];
    const i = byKey.get(key);
    if (i === MATCHED) {
      tally.duplicates.current++;
      offer(tally.duplicates.examples, key, () => null);
      continue;
    }
    // Marked rather than deleted: a later row of the same key is a duplicate.
    byKey.set(key, MATCHED);
    if (i === undefined) {
      tally.added++;
      offer(tally.addedExamples, key, () => rows[j]);
    } else if (baseline.lo[i] === lo[j] && baseline.hi[i] === hi[j]) {
      tally.unchanged++;
    } else {
      candidates.keys.push(key);
      candidates.baseline.push(baseline.rows[i]);
      candidates.current.push(rows[j]);
    }
  }
  for (const [key, i] of byKey) {
    if (i === MATCHED) continue;
    tally.removed++;
    offer(tally.removedExamples, key, () => baseline.rows[i]);
  }
}

function mergeSmallest<T>(into: Smallest<T>, from: Smallest<T>): void {
  for (const entry of from.entries) offer(into, entry.key, () => entry.item);
}

export function mergeKeyTally(into: KeyTally, from: KeyTally): void {
  into.rows.baseline += from.rows.baseline;
  into.rows.current += from.rows.current;
  into.added += from.added;
  into.removed += from.removed;
  into.unchanged += from.unchanged;
  into.duplicates.baseline += from.duplicates.baseline;
  into.duplicates.current += from.duplicates.current;
  mergeSmallest(into.duplicates.examples, from.duplicates.examples);
  mergeSmallest(into.addedExamples, from.addedExamples);
  mergeSmallest(into.removedExamples, from.removedExamples);
  const { keys, baseline, current } = from.candidates;
  for (let i = 0; i < keys.length; i++) {
    into.candidates.keys.push(keys[i]);
    into.candidates.baseline.push(baseline[i]);
    into.candidates.current.push(current[i]);
  }
}
