// Counts per text value: exact while the column has at most EXACT_CATEGORIES distinct values;
// beyond that a Misra–Gries summary (mergeable, Agarwal et al. 2012) of the heavy hitters plus
// a HyperLogLog for the distinct count. Every listed count is low by at most `error`.
// The table is open addressing over typed arrays rather than a Map: it runs once per cell of
// every column, and the hash it computes is reused by the HyperLogLog.

import { HyperLogLog } from './hll.js';
import { hashNumber, hashText } from './random.js';
import { selectKth } from './select.js';
import type { CategoryCounts } from './types.js';

/** Distinct values counted exactly. */
export const EXACT_CATEGORIES = 10_000;
/** Heavy hitters kept after the budget is exceeded (and stored in the profile). */
export const KEPT_CATEGORIES = 1024;
const MAX_SLOTS = 16_384;
/** Counters between purges once sketching: small, so each purge is cheap and cache-friendly. */
const SKETCH_CAPACITY = 4096;
const SKETCH_SLOTS = 8192;

/**
 * Key of an entry seen once while sketching. Such entries never survive a purge (the threshold
 * is at least 1), so their text is not kept: keeping it is what made young-generation garbage
 * collection expensive on high-cardinality columns. The key is filled in on a second sighting.
 * The empty string is never a category (an empty cell is null).
 */
const KEYLESS = '';

/** Reused by every purge: the counters are copied here to find the threshold. */
let scratch = new Float64Array(SKETCH_CAPACITY + 1);

export interface CategoryState {
  /** [value, count], by count descending then value. */
  items: [string, number][];
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

function compareEntries(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

export class CategoryCounter {
  /** A string, or a number for typed numbers (its text, String(key), is made only for output). */
  private keys: (string | number | undefined)[] = [];
  private hashes: Int32Array = new Int32Array(0);
  private counts: Float64Array = new Float64Array(0);
  private mask = 0;
  private size = 0;
  /** The arrays the last rehash moved out of, reused by the next one of the same size. */
  private spare: { keys: (string | number | undefined)[]; hashes: Int32Array; counts: Float64Array } | undefined;
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
      this.hashes = spare.hashes;
      this.counts = spare.counts;
    } else {
      this.keys = new Array<string | number | undefined>(slots).fill(undefined);
      this.hashes = new Int32Array(slots);
      this.counts = new Float64Array(slots);
    }
    this.spare = undefined;
    this.mask = slots - 1;
    this.size = 0;
  }

  add(text: string): void {
    this.addCount(text, hashText(text), 1);
  }

  /**
   * A typed number (JSON, Parquet), counted under the number itself: making its text for every
   * value was the slowest part of profiling Parquet. Its hash is of the bits, not the text, so a
   * distinct count merged across a CSV and a Parquet profile of the same values can overcount.
   */
  addNumber(value: number): void {
    this.addCount(value === 0 ? 0 : value, hashNumber(value), 1);
  }

  /**
   * A typed timestamp (Parquet), counted under its epoch milliseconds and listed as ISO text.
   * A column is one type in Parquet, so a counter never holds both numbers and times.
   */
  addTime(time: number): void {
    this.timeKeys = true;
    this.addCount(time, hashNumber(time), 1);
  }

  private timeKeys = false;

  private addCount(text: string | number, hash: number, count: number): void {
    this.total += count;
    const sketching = this.hll !== undefined;
    if (sketching) (this.hll as HyperLogLog).addHash(hash);
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = this.mask;
    // Stored hashes are never 0, so 0 marks an empty slot: probing reads only this small
    // Int32Array and touches the keys on a hash match, which keeps cache misses down.
    const stored = hash === 0 ? 1 : hash | 0;
    let slot = hash & mask;
    for (let probe = hashes[slot]; probe !== 0; probe = hashes[slot]) {
      if (probe === stored) {
        const key = keys[slot];
        if (key === text) {
          this.counts[slot] += count;
          return;
        }
        // While sketching a matching hash is taken as the same value (32-bit collisions are
        // within the sketch's error); the text is kept from the second sighting on.
        if (key === KEYLESS) {
          keys[slot] = typeof text === 'string' ? detach(text) : text;
          this.counts[slot] += count;
          return;
        }
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = typeof text !== 'string' ? text : !sketching || count > 1 ? detach(text) : KEYLESS;
    hashes[slot] = stored;
    this.counts[slot] = count;
    this.size++;
    if (this.size > (sketching ? SKETCH_CAPACITY : EXACT_CATEGORIES)) this.purge(KEPT_CATEGORIES);
    else if (this.size * 2 > keys.length && keys.length < MAX_SLOTS) this.rehash(keys.length * 2);
  }

  /**
   * Listed values as [text, count, hash of the text]. A typed number is listed under its text,
   * and a column holding both "5" and 5 (JSON) lists the value once.
   */
  private *entries(): Generator<[string, number, number]> {
    const folded = new Map<string, [number, number]>();
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot];
      if (this.hashes[slot] === 0 || key === undefined || key === KEYLESS) continue;
      const text = typeof key === 'string' ? key : this.timeKeys ? new Date(key).toISOString() : String(key);
      const hash = typeof key === 'string' ? this.hashes[slot] : hashText(text) | 0;
      const seen = folded.get(text);
      if (seen) seen[0] += this.counts[slot];
      else folded.set(text, [this.counts[slot], hash]);
    }
    for (const [text, [count, hash]] of folded) yield [text, count, hash];
  }

  /** Rebuilds the table with `slots` slots, keeping counters above `threshold`, lowered by it. */
  private rehash(slots: number, threshold = 0): void {
    const { keys, hashes, counts } = this;
    this.allocate(slots);
    for (let slot = 0; slot < keys.length; slot++) {
      if (hashes[slot] === 0 || counts[slot] <= threshold) continue;
      const key = keys[slot];
      if (key !== undefined) {
        // A survivor stays for long: stop it pinning the chunk it was sliced from.
        this.insertNew(threshold > 0 && typeof key === 'string' && key !== KEYLESS ? detach(key) : key, hashes[slot], counts[slot] - threshold);
      }
    }
    if (keys.length === slots) this.spare = { keys, hashes, counts };
  }

  private insertNew(key: string | number, hash: number, count: number): void {
    let slot = hash & this.mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.hashes[slot] = hash === 0 ? 1 : hash;
    this.counts[slot] = count;
    this.size++;
  }

  get exact(): boolean {
    return this.hll === undefined;
  }

  get distinct(): number {
    return this.hll ? Math.max(this.hll.estimate(), this.size) : this.size;
  }

  /** Misra–Gries reduction to at most `keep` counters: subtract the (keep+1)-th largest count. */
  purge(keep: number, finishing = false): void {
    const sketching = this.hll !== undefined;
    const { hashes, counts } = this;
    if (!sketching) {
      this.hll = new HyperLogLog();
      for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) this.hll.addHash(hashes[slot] >>> 0);
    }
    if (this.size <= keep && !(sketching && finishing)) return;
    // At least 1: entries seen once (possibly keyless) never survive. When at most `keep`
    // counters exceed 1, the rule on a high-cardinality column, 1 is the threshold and no
    // selection is needed.
    let aboveOne = 0;
    for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0 && counts[slot] > 1) aboveOne++;
    let threshold = 1;
    if (aboveOne > keep) {
      const scratchCounts = scratch.length >= this.size ? scratch : (scratch = new Float64Array(this.size));
      let i = 0;
      for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) scratchCounts[i++] = counts[slot];
      threshold = selectKth(scratchCounts, this.size, this.size - keep - 1);
    }
    this.rehash(sketching ? this.keys.length : SKETCH_SLOTS, threshold);
    this.error += threshold;
  }

  merge(other: CategoryCounter): void {
    const total = this.total + other.total;
    // Adding a value twice to a HyperLogLog changes nothing, so re-adding listed keys is safe.
    if (other.hll && !this.hll) {
      this.hll = new HyperLogLog();
      for (const [, , hash] of this.entries()) this.hll.addHash(hash >>> 0);
    }
    for (const [key, count, hash] of other.entries()) this.addCount(key, hash >>> 0, count);
    if (other.hll && this.hll) this.hll.merge(other.hll);
    this.total = total;
    this.error += other.error;
  }

  snapshot(): CategoryCounts {
    const counts = new Map<string, number>();
    let listed = 0;
    for (const [key, count] of this.sorted()) {
      counts.set(key, count);
      listed += count;
    }
    return { counts, other: this.total - listed, exact: this.exact };
  }

  /** Listed values by count descending, then value, for stable output. */
  sorted(): [string, number][] {
    return [...this.entries()].map(([key, count]): [string, number] => [key, count]).sort(compareEntries);
  }

  toState(): CategoryState {
    if (this.hll) this.purge(KEPT_CATEGORIES, true);
    const state: CategoryState = { items: this.sorted(), total: this.total, error: this.error, exact: this.exact };
    if (this.hll) state.hll = this.hll.toBase64();
    return state;
  }

  static fromState(state: CategoryState): CategoryCounter {
    let slots = 256;
    while (slots < state.items.length * 2 && slots < MAX_SLOTS) slots *= 2;
    const counter = new CategoryCounter(slots);
    if (state.hll) counter.hll = HyperLogLog.fromBase64(state.hll);
    for (const [key, count] of state.items) counter.insertNew(key, hashText(key), count);
    counter.total = state.total;
    counter.error = state.error;
    return counter;
  }
}
