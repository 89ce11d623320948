// Counts per text value: exact while the column has at most EXACT_CATEGORIES distinct values;
// beyond that a Misra–Gries summary (mergeable, Agarwal et al. 2012) of the heavy hitters plus
// a HyperLogLog for the distinct count. Every listed count is low by at most `error`.
// The table is open addressing over typed arrays rather than a Map: it runs once per cell of
// every column, and the hash it computes is reused by the HyperLogLog.

import { HyperLogLog, rankOf, registerOf } from './hll.js';
import { hashNumber, hashRange, hashText } from './random.js';
import { selectKth } from './select.js';
import type { CategoryCounts } from './types.js';

/** Distinct values counted exactly. */
export const EXACT_CATEGORIES = 10_000;
/** Heavy hitters kept after the budget is exceeded (and stored in the profile). */
export const KEPT_CATEGORIES = 1024;
const MAX_SLOTS = 16_384;
/**
 * Counters between purges once sketching: small, so each purge is cheap and the table stays in
 * a core's cache (twelve columns' tables of 4,096 slots are ≈ 1.3 MB; of 8,192 they were twice
 * that, and 2,048 counters measured 5–12 % faster on the bench file, on one thread or two).
 */
const SKETCH_CAPACITY = 2048;
const SKETCH_SLOTS = 4096;

/**
 * Key of an entry seen once while sketching. Such entries never survive a purge (the threshold
 * is at least 1), so their text is not kept: keeping it is what made young-generation garbage
 * collection expensive on high-cardinality columns. The key is filled in on a second sighting.
 * The empty string is never a category (an empty cell is null).
 */
const KEYLESS = '';

/** Reused by every purge: candidate slots, their counts (to find the threshold), the survivors. */
let candidateSlots = new Int32Array(SKETCH_SLOTS);
let scratch = new Float64Array(SKETCH_SLOTS);
const survivorKeys: Key[] = [];
const survivorNumbers = new Float64Array(KEPT_CATEGORIES + 1);
const survivorHashes = new Int32Array(KEPT_CATEGORIES + 1);

/**
 * A slot's key: its text, or NUMBER when the key is the number in `numbers` at that slot —
 * kept in a Float64Array because a double stored in a plain array is a heap object of its own,
 * and allocating one per counted number kept V8's young-generation collector busy.
 */
type Key = string | null | undefined;
const NUMBER = null;

/** A listed value: its text, count, hash, and the number when it is counted as one. */
export interface Entry {
  text: string;
  count: number;
  hash: number;
  number: number | undefined;
}

export interface CategoryState {
  /** [value, count], by count descending then value. */
  items: [string, number][];
  /**
   * Indexes of the items counted as numbers (hashed by value, not text): how a merge of this
   * state hashes them again, so distinct counts agree. Absent when none.
   */
  numbers?: number[];
  /** The numbers are epoch milliseconds, listed as ISO text (Parquet timestamps). */
  times?: boolean;
  total: number;
  /** Upper bound on how much any listed count is too low (0 when exact). */
  error: number;
  exact: boolean;
  /** Base64 HyperLogLog registers, once the column outgrew the exact budget. */
  hll?: string;
}

/**
 * A copy of a string that does not keep its source alive: V8 slices share the parent string,
 * and a key kept for the whole run must not pin a megabyte chunk of the file. Concatenating
 * and slicing forces a fresh flat string of just this text.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** The text of text[start, end) to keep as a key: detached from the chunk it lies in. */
function keep(text: string, start: number, end: number): string {
  return detach(start === 0 && end === text.length ? text : text.slice(start, end));
}

/** A hash as stored in the table: never 0, which marks an empty slot. */
function storedHash(hash: number): number {
  return hash === 0 ? 1 : hash | 0;
}

/** Whether `key` equals text[start, end), compared in place. */
function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function compareEntries(a: Entry, b: Entry): number {
  return b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

// The purge's loops are functions of their own: inside one long method, V8 compiled the hot first
// loop on stack (OSR) before the later loops had run, and that code bailed out at them on every
// purge of a column with survivors (≈ 100 deoptimizations a part).

/** The slots whose counter is above 1, into `candidateSlots`; how many. */
function collectCandidates(hashes: Int32Array, counts: Float64Array): number {
  let candidates = 0;
  for (let slot = 0; slot < hashes.length; slot++) if (counts[slot] > 1 && hashes[slot] !== 0) candidateSlots[candidates++] = slot;
  return candidates;
}

/** The (keep+1)-th largest count of the candidates. */
function thresholdOf(counts: Float64Array, candidates: number, keep: number): number {
  for (let i = 0; i < candidates; i++) scratch[i] = counts[candidateSlots[i]];
  return selectKth(scratch, candidates, candidates - keep - 1);
}

/** The candidates above `threshold` into the survivor arrays, their counts lowered by it (in `scratch`); how many. */
function copySurvivors(keys: Key[], numbers: Float64Array, hashes: Int32Array, counts: Float64Array, candidates: number, threshold: number): number {
  let survivors = 0;
  for (let i = 0; i < candidates; i++) {
    const slot = candidateSlots[i];
    if (counts[slot] <= threshold) continue;
    const key = keys[slot];
    // A survivor stays for long: stop it pinning the chunk it was sliced from.
    survivorKeys[survivors] = typeof key === 'string' && key !== KEYLESS ? detach(key) : key;
    survivorNumbers[survivors] = numbers[slot];
    survivorHashes[survivors] = hashes[slot];
    scratch[survivors++] = counts[slot] - threshold;
  }
  return survivors;
}

export class CategoryCounter {
  /** Text keys, or NUMBER for a number (its text, String(key), is made only for output). */
  private keys: Key[] = [];
  private numbers: Float64Array = new Float64Array(0);
  private hashes: Int32Array = new Int32Array(0);
  private counts: Float64Array = new Float64Array(0);
  private mask = 0;
  private size = 0;
  /** The arrays the last rehash moved out of, reused by the next one of the same size. */
  private spare: { keys: Key[]; numbers: Float64Array; hashes: Int32Array; counts: Float64Array } | undefined;
  total = 0;
  error = 0;
  hll: HyperLogLog | undefined;

  constructor(slots = 256) {
    this.allocate(slots);
  }

  private allocate(slots: number): void {
    const spare = this.spare;
    if (spare && spare.keys.length === slots) {
      // `hashes` alone marks used slots: a memset. The keys left in free slots are small
      // detached strings (at most one table's worth), and clearing them cost more than the
      // rest of a purge.
      spare.hashes.fill(0);
      this.keys = spare.keys;
      this.numbers = spare.numbers;
      this.hashes = spare.hashes;
      this.counts = spare.counts;
    } else {
      this.keys = new Array<Key>(slots).fill(undefined);
      this.numbers = new Float64Array(slots);
      this.hashes = new Int32Array(slots);
      this.counts = new Float64Array(slots);
    }
    this.spare = undefined;
    this.mask = slots - 1;
    this.size = 0;
  }

  add(text: string): void {
    this.addText(text, 0, text.length, hashText(text), 1);
  }

  /** `add` of text[start, end): the CSV profiler counts fields inside the decoded chunk. */
  addRange(text: string, start: number, end: number): void {
    this.addText(text, start, end, hashRange(text, start, end), 1);
  }

  /**
   * A number, counted under the number itself: a typed one (JSON, Parquet), whose text was the
   * slowest part of profiling Parquet to make, or a CSV field whose text is the number's own
   * (`parsedValue.canonical`). Its hash is of the bits, so CSV and Parquet profiles of the same
   * numbers merge into the same distinct count.
   */
  addNumber(value: number): void {
    this.addKey(value === 0 ? 0 : value, hashNumber(value), 1);
  }

  /**
   * `addNumber` of values[0, count), in order: a column hands its numbers on in runs, since a
   * double passed to a call V8 does not inline is a new heap number (src/profile/column.ts).
   */
  addNumbers(values: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) {
      const value = values[i];
      this.addKey(value === 0 ? 0 : value, hashNumber(value), 1);
    }
  }

  /**
   * A typed timestamp (Parquet), counted under its epoch milliseconds and listed as ISO text.
   * A column is one type in Parquet, so a counter never holds both numbers and times.
   */
  addTime(time: number): void {
    this.timeKeys = true;
    this.addKey(time, hashNumber(time), 1);
  }

  private timeKeys = false;

  // Stored hashes are never 0, so 0 marks an empty slot: probing reads only the small hashes
  // array and touches the keys on a hash match, which keeps cache misses down.

  /** Counts text[start, end) `count` times; its text is copied only when it must be kept. */
  private addText(text: string, start: number, end: number, hash: number, count: number): void {
    this.tally(hash, count);
    const { keys, hashes, mask } = this;
    const stored = storedHash(hash);
    let slot = hash & mask;
    for (let probe = hashes[slot]; probe !== 0; probe = hashes[slot]) {
      const key = keys[slot];
      // While sketching a matching hash is taken as the same value (32-bit collisions are
      // within the sketch's error); the text is kept from the second sighting on.
      if (probe === stored && (key === KEYLESS || (typeof key === 'string' && sameText(key, text, start, end)))) {
        if (key === KEYLESS) keys[slot] = keep(text, start, end);
        this.counts[slot] += count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.insertAt(slot, this.hll === undefined || count > 1 ? keep(text, start, end) : KEYLESS, 0, stored, count);
  }

  /** Counts a typed number or time `count` times. */
  private addKey(key: number, hash: number, count: number): void {
    this.tally(hash, count);
    const { keys, hashes, mask } = this;
    const stored = storedHash(hash);
    let slot = hash & mask;
    for (let probe = hashes[slot]; probe !== 0; probe = hashes[slot]) {
      if (probe === stored && ((keys[slot] === NUMBER && this.numbers[slot] === key) || keys[slot] === KEYLESS)) {
        keys[slot] = NUMBER;
        this.numbers[slot] = key;
        this.counts[slot] += count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.insertAt(slot, NUMBER, key, stored, count);
  }

  /** Every counted value: the total, and the distinct count once sketching. */
  private tally(hash: number, count: number): void {
    this.total += count;
    // Register and rank, not the hash: see HyperLogLog.raise.
    this.hll?.raise(registerOf(hash), rankOf(hash));
  }

  /** Fills the free `slot`, then purges or grows the table when it is full. */
  private insertAt(slot: number, key: string | null, number: number, stored: number, count: number): void {
    this.keys[slot] = key;
    this.numbers[slot] = number;
    this.hashes[slot] = stored;
    this.counts[slot] = count;
    this.size++;
    if (this.size > (this.hll !== undefined ? SKETCH_CAPACITY : EXACT_CATEGORIES)) this.purge(KEPT_CATEGORIES);
    else if (this.size * 2 > this.keys.length && this.keys.length < MAX_SLOTS) this.rehash(this.keys.length * 2);
  }

  /**
   * Listed values. A number is listed under its text; should a column hold a number and the
   * same text (JSON `5` and `"5.0"` are two, but a typed 1e21 and the text "1e+21" one), the
   * value is listed once.
   */
  private entries(): Entry[] {
    const folded = new Map<string, Entry>();
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot];
      if (this.hashes[slot] === 0 || key === undefined || key === KEYLESS) continue;
      const number = key === NUMBER ? this.numbers[slot] : undefined;
      const text = number === undefined ? key as string : this.timeKeys ? new Date(number).toISOString() : String(number);
      const seen = folded.get(text);
      if (seen) seen.count += this.counts[slot];
      else folded.set(text, { text, count: this.counts[slot], hash: this.hashes[slot], number });
    }
    return [...folded.values()];
  }

  /** Rebuilds the table with `slots` slots, keeping counters above `threshold`, lowered by it. */
  private rehash(slots: number, threshold = 0): void {
    const { keys, numbers, hashes, counts } = this;
    this.allocate(slots);
    for (let slot = 0; slot < keys.length; slot++) {
      if (hashes[slot] === 0 || counts[slot] <= threshold) continue;
      const key = keys[slot];
      if (key !== undefined) {
        // A survivor stays for long: stop it pinning the chunk it was sliced from.
        this.insertNew(threshold > 0 && typeof key === 'string' && key !== KEYLESS ? detach(key) : key, numbers[slot], hashes[slot], counts[slot] - threshold);
      }
    }
    if (keys.length === slots) this.spare = { keys, numbers, hashes, counts };
  }

  private insertNew(key: string | null, number: number, hash: number, count: number): void {
    let slot = hash & this.mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.numbers[slot] = number;
    this.hashes[slot] = storedHash(hash);
    this.counts[slot] = count;
    this.size++;
  }

  /** Read from a state that lists only the most frequent values without a HyperLogLog (an engine's top values). */
  private truncated = false;

  get exact(): boolean {
    return this.hll === undefined && !this.truncated;
  }

  get distinct(): number {
    return this.hll ? Math.max(this.hll.estimate(), this.size) : this.size;
  }

  /** Misra–Gries reduction to at most `keep` counters: subtract the (keep+1)-th largest count. */
  purge(keep: number, finishing = false): void {
    const sketching = this.hll !== undefined;
    const { hashes, counts, keys } = this;
    if (!sketching) {
      this.hll = new HyperLogLog();
      for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) this.hll.addHash(hashes[slot] >>> 0);
    }
    if (this.size <= keep && !(sketching && finishing)) return;
    // The threshold is at least 1, so entries seen once (possibly keyless) never survive and
    // only counters above 1 are candidates: one pass finds them. On a high-cardinality column
    // there are few, and the purge is that pass plus clearing the hashes.
    if (candidateSlots.length < hashes.length) candidateSlots = new Int32Array(hashes.length);
    if (scratch.length < hashes.length) scratch = new Float64Array(hashes.length);
    const candidates = collectCandidates(hashes, counts);
    const threshold = candidates > keep ? thresholdOf(counts, candidates, keep) : 1;
    this.error += threshold;
    if (!sketching) {
      this.rehash(SKETCH_SLOTS, threshold);
      return;
    }
    // Same table size: copy the survivors out, clear, put them back.
    const survivors = copySurvivors(keys, this.numbers, hashes, counts, candidates, threshold);
    hashes.fill(0);
    this.size = 0;
    for (let i = 0; i < survivors; i++) this.insertNew(survivorKeys[i] as string | null, survivorNumbers[i], survivorHashes[i], scratch[i]);
  }

  merge(other: CategoryCounter): void {
    const total = this.total + other.total;
    // Adding a value twice to a HyperLogLog changes nothing, so re-adding listed keys is safe.
    if (other.hll && !this.hll) {
      this.hll = new HyperLogLog();
      for (const { hash } of this.entries()) this.hll.addHash(hash >>> 0);
    }
    if (other.timeKeys) this.timeKeys = true;
    if (other.truncated) this.truncated = true;
    for (const { text, count, hash, number } of other.entries()) {
      if (number === undefined) this.addText(text, 0, text.length, hash >>> 0, count);
      else this.addKey(number, hash >>> 0, count);
    }
    if (other.hll && this.hll) this.hll.merge(other.hll);
    this.total = total;
    this.error += other.error;
  }

  snapshot(): CategoryCounts {
    const counts = new Map<string, number>();
    let listed = 0;
    for (const { text, count } of this.sorted()) {
      counts.set(text, count);
      listed += count;
    }
    return { counts, other: this.total - listed, exact: this.exact };
  }

  /** Listed values by count descending, then value, for stable output. */
  sorted(): Entry[] {
    return this.entries().sort(compareEntries);
  }

  toState(): CategoryState {
    if (this.hll) this.purge(KEPT_CATEGORIES, true);
    const sorted = this.sorted();
    const state: CategoryState = { items: sorted.map(({ text, count }): [string, number] => [text, count]), total: this.total, error: this.error, exact: this.exact };
    const numbers = sorted.flatMap((entry, index) => (entry.number === undefined ? [] : [index]));
    if (numbers.length > 0) state.numbers = numbers;
    if (this.timeKeys) state.times = true;
    if (this.hll) state.hll = this.hll.toBase64();
    return state;
  }

  static fromState(state: CategoryState): CategoryCounter {
    let slots = 256;
    while (slots < state.items.length * 2 && slots < MAX_SLOTS) slots *= 2;
    const counter = new CategoryCounter(slots);
    if (state.hll) counter.hll = HyperLogLog.fromBase64(state.hll);
    counter.timeKeys = state.times === true;
    const numbers = new Set(state.numbers ?? []);
    state.items.forEach(([text, count], index) => {
      if (!numbers.has(index)) counter.insertNew(text, 0, hashText(text), count);
      else {
        // String() of a double reads back as the same double; ISO text as the same millisecond.
        const number = counter.timeKeys ? Date.parse(text) : Number(text);
        counter.insertNew(NUMBER, number, hashNumber(number), count);
      }
    });
    counter.total = state.total;
    counter.error = state.error;
    counter.truncated = !state.exact && !state.hll;
    return counter;
  }
}
