// Matching one partition's keys: the baseline's keys in a map, the current's streamed past it.
// Rows whose hashes agree are unchanged; the others become candidates, whose cells are read
// again and compared cell by cell (tallyPair). Within a side rows keep file order, so the first
// row of a key is the one diffed and later rows of the same key count as duplicates.

import { hashNumber, type KeyTable } from './keyTable.js';
import { offer, smallest, type Smallest } from './tally.js';

/** A partition's (or several partitions') counts by key; serialisable and mergeable. */
export interface KeyTally {
  rows: { baseline: number; current: number };
  added: number;
  removed: number;
  /** Keys on both sides whose rows hash alike. */
  unchanged: number;
  duplicates: { baseline: number; current: number; examples: Smallest<null> };
  /** Where (`at`, current side) the added keys among the smallest are. */
  addedExamples: Smallest<number>;
  /** Where (`at`, baseline side) the removed keys among the smallest are. */
  removedExamples: Smallest<number>;
  /** Keys on both sides whose rows hash apart, with where the row is on each side. */
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

/** An integer key as the diff encodes it (cells.ts): for examples and candidates. */
export function numberKeyText(key: number): string {
  return 'n' + String(key);
}

/** Marks a baseline key that the current side has had. */
const MATCHED = -1;

function matchTexts(baseline: KeyTable, current: KeyTable, tally: KeyTally): void {
  const byKey = new Map<string, number>();
  const { keys: baselineKeys } = baseline;
  for (let i = 0; i < baselineKeys.length; i++) {
    const key = baselineKeys[i];
    if (byKey.has(key)) {
      tally.duplicates.baseline++;
      offer(tally.duplicates.examples, key, () => null);
      continue;
    }
    byKey.set(key, i);
  }
  const { keys, hash, at } = current;
  const candidates = tally.candidates;
  for (let j = 0; j < keys.length; j++) {
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
      offerRow(tally.addedExamples, key, at, j);
    } else if (baseline.hash[2 * i] === hash[2 * j] && baseline.hash[2 * i + 1] === hash[2 * j + 1]) {
      tally.unchanged++;
    } else {
      candidates.keys.push(key);
      candidates.baseline.push(baseline.at[i]);
      candidates.current.push(at[j]);
    }
  }
  for (const [key, i] of byKey) {
    if (i === MATCHED) continue;
    tally.removed++;
    offerRow(tally.removedExamples, key, baseline.at, i);
  }
}

// Baseline row states while integer keys are matched.
const FIRST = 0;
const DUPLICATE = 1;
const PAIRED = 2;
// What became of a current row, where it is not the baseline row it pairs with (≥ 0).
const ADDED = -1;
const REPEATED = -2;

/**
 * The slot table, the baseline rows' states and the current rows' outcomes, kept from one
 * partition's match to the next: fresh memory a partition cost page faults (16 partitions of the
 * 1M-row bench diff: 4,000 faults, ≈ 45 ms).
 */
let slotBuffer = new Int32Array(0);
let stateBuffer = new Uint8Array(0);
let outcomeBuffer = new Int32Array(0);

function scratch<T extends Int32Array | Uint8Array>(buffer: T, size: number, make: (size: number) => T): T {
  return buffer.length >= size ? buffer : make(Math.max(size, 2 * buffer.length));
}

/**
 * Integer keys in an open-addressing table of typed arrays: no string and no Map entry per row.
 * A slot holds i + 1 for the baseline's row i, or −(j + 1) for the current's row j of a key the
 * baseline lacks (so that a later row of it is a duplicate).
 *
 * The probing loops touch typed arrays only; what they find is tallied by plain loops after them.
 * With the tally's objects in the probing loops, V8 compiled each loop on stack, then threw the
 * code away at the first added, repeated or changed row (a branch it had no feedback for), and so
 * again in the next partition: on a cold start the match took 4–5 times its warm time.
 */
function matchNumbers(baseline: KeyTable, current: KeyTable, tally: KeyTally): void {
  const b = baseline.nums;
  const c = current.nums;
  let bits = 4;
  while (1 << bits < 2 * (b.length + c.length)) bits++;
  slotBuffer = scratch(slotBuffer, 1 << bits, (size) => new Int32Array(size));
  stateBuffer = scratch(stateBuffer, b.length, (size) => new Uint8Array(size));
  outcomeBuffer = scratch(outcomeBuffer, c.length, (size) => new Int32Array(size));
  const slots = slotBuffer.subarray(0, 1 << bits).fill(0);
  const state = stateBuffer.subarray(0, b.length).fill(FIRST);
  const outcome = outcomeBuffer.subarray(0, c.length);
  probeNumbers(b, c, slots, bits, state, outcome);
  for (let i = 0; i < b.length; i++) {
    if (state[i] !== DUPLICATE) continue;
    tally.duplicates.baseline++;
    offer(tally.duplicates.examples, numberKeyText(b[i]), () => null);
  }
  const { numHash: hash, numAt: at } = current;
  const baselineHash = baseline.numHash;
  const candidates = tally.candidates;
  let unchanged = 0;
  for (let j = 0; j < c.length; j++) {
    const i = outcome[j];
    if (i >= 0) {
      if (baselineHash[2 * i] === hash[2 * j] && baselineHash[2 * i + 1] === hash[2 * j + 1]) unchanged++;
      else {
        candidates.keys.push(numberKeyText(c[j]));
        candidates.baseline.push(baseline.numAt[i]);
        candidates.current.push(at[j]);
      }
    } else if (i === ADDED) {
      tally.added++;
      offerRow(tally.addedExamples, numberKeyText(c[j]), at, j);
    } else {
      tally.duplicates.current++;
      offer(tally.duplicates.examples, numberKeyText(c[j]), () => null);
    }
  }
  tally.unchanged += unchanged;
  for (let i = 0; i < b.length; i++) {
    if (state[i] === DUPLICATE || state[i] === PAIRED) continue;
    tally.removed++;
    offerRow(tally.removedExamples, numberKeyText(b[i]), baseline.numAt, i);
  }
}

/**
 * `offer` of row `index`'s place: a closure over the loop's index would make V8 allocate the
 * loop body's scope on every turn of it, a million times a side.
 */
function offerRow(examples: Smallest<number>, key: string, places: Float64Array, index: number): void {
  offer(examples, key, () => places[index]);
}

/**
 * Both sides' keys through the slot table: each baseline row's state (first of its key, or a
 * duplicate; paired once the current has its key) and each current row's outcome (the baseline
 * row it pairs with, ADDED, or REPEATED for a later row of a key already seen). A function a
 * loop: V8 compiles a loop on stack, and one compiled with the next loop's code lost it on entering
 * that loop, for want of feedback there.
 */
function probeNumbers(b: Float64Array, c: Float64Array, slots: Int32Array, bits: number, state: Uint8Array, outcome: Int32Array): void {
  insertBaseline(b, c, slots, bits, state);
  probeCurrent(b, c, slots, bits, state, outcome);
}

function insertBaseline(b: Float64Array, c: Float64Array, slots: Int32Array, bits: number, state: Uint8Array): void {
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  // The probe (hash, then linear) is written out in both loops: as a closure it was not inlined.
  // Partitions are hash % parts (low bits), slots the high bits.
  for (let i = 0; i < b.length; i++) {
    const key = b[i];
    let s = hashNumber(key) >>> shift;
    for (let held = slots[s]; held !== 0 && (held > 0 ? b[held - 1] : c[-held - 1]) !== key; held = slots[s]) s = (s + 1) & mask;
    if (slots[s] !== 0) state[i] = DUPLICATE;
    else slots[s] = i + 1;
  }
}

function probeCurrent(b: Float64Array, c: Float64Array, slots: Int32Array, bits: number, state: Uint8Array, outcome: Int32Array): void {
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  for (let j = 0; j < c.length; j++) {
    const key = c[j];
    let s = hashNumber(key) >>> shift;
    for (let held = slots[s]; held !== 0 && (held > 0 ? b[held - 1] : c[-held - 1]) !== key; held = slots[s]) s = (s + 1) & mask;
    const held = slots[s];
    if (held === 0) {
      slots[s] = -(j + 1);
      outcome[j] = ADDED;
    } else if (held < 0 || state[held - 1] === PAIRED) outcome[j] = REPEATED;
    else {
      state[held - 1] = PAIRED;
      outcome[j] = held - 1;
    }
  }
}

export function matchKeys(baseline: KeyTable, current: KeyTable, tally: KeyTally): void {
  tally.rows.baseline += baseline.nums.length + baseline.keys.length;
  tally.rows.current += current.nums.length + current.keys.length;
  matchNumbers(baseline, current, tally);
  matchTexts(baseline, current, tally);
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
