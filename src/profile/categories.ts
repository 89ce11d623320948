// Counts per text value: exact while the column has at most EXACT_CATEGORIES distinct values;
// beyond that a Misra–Gries summary (mergeable, Agarwal et al. 2012) of the heavy hitters plus
// a HyperLogLog for the distinct count. Every listed count is low by at most `error`.
// The table is open addressing over typed arrays rather than a Map: it runs once per cell of
// every column, and the hash it computes is reused by the HyperLogLog.

import { HyperLogLog } from './hll.js';
import { hashText } from './random.js';
import { selectKth } from './select.js';
import type { CategoryCounts } from './types.js';

/** Distinct values counted exactly. */
export const EXACT_CATEGORIES = 10_000;
/** Heavy hitters kept after the budget is exceeded (and stored in the profile). */
export const KEPT_CATEGORIES = 1024;
const MAX_SLOTS = 32_768;
/** Counters between purges once sketching: small, so each purge is cheap and cache-friendly. */
const SKETCH_CAPACITY = 8192;
const SKETCH_SLOTS = 16_384;

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
  private keys: (string | undefined)[] = [];
  private hashes: Int32Array = new Int32Array(0);
  private counts: Float64Array = new Float64Array(0);
  private mask = 0;
  private size = 0;
  /** The arrays the last rehash moved out of, reused by the next one of the same size. */
  private spare: { keys: (string | undefined)[]; hashes: Int32Array; counts: Float64Array } | undefined;
  total = 0;
  error = 0;
  hll: HyperLogLog | undefined;

  constructor(slots = 256) {
    this.allocate(slots);
  }

  private allocate(slots: number): void {
    const spare = this.spare;
    if (spare && spare.keys.length === slots) {
      // Only `keys` marks a slot as used, so the other two arrays need no clearing.
      spare.keys.fill(undefined);
      this.keys = spare.keys;
      this.hashes = spare.hashes;
      this.counts = spare.counts;
    } else {
      this.keys = new Array<string | undefined>(slots).fill(undefined);
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

  private addCount(text: string, hash: number, count: number): void {
    this.total += count;
    if (this.hll !== undefined) this.hll.addHash(hash);
    const keys = this.keys;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const key = keys[slot];
      if (key === undefined) break;
      if (this.hashes[slot] === (hash | 0) && key === text) {
        this.counts[slot] += count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = this.hll === undefined ? detach(text) : text;
    this.hashes[slot] = hash;
    this.counts[slot] = count;
    this.size++;
    if (this.size > (this.hll === undefined ? EXACT_CATEGORIES : SKETCH_CAPACITY)) this.purge(KEPT_CATEGORIES);
    else if (this.size * 2 > keys.length && keys.length < MAX_SLOTS) this.rehash(keys.length * 2);
  }

  private *entries(): Generator<[string, number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot];
      if (key !== undefined) yield [key, this.counts[slot], this.hashes[slot]];
    }
  }

  /** Rebuilds the table with `slots` slots, keeping counters above `threshold`, lowered by it. */
  private rehash(slots: number, threshold = 0): void {
    const { keys, hashes, counts } = this;
    this.allocate(slots);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== undefined && counts[slot] > threshold) {
        // A survivor stays for long: stop it pinning the chunk it was sliced from.
        this.insertNew(threshold > 0 ? detach(key) : key, hashes[slot], counts[slot] - threshold);
      }
    }
    if (keys.length === slots) this.spare = { keys, hashes, counts };
  }

  private insertNew(key: string, hash: number, count: number): void {
    let slot = hash & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.hashes[slot] = hash;
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
  purge(keep: number): void {
    const sketching = this.hll !== undefined;
    if (!sketching) {
      this.hll = new HyperLogLog();
      for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== undefined) this.hll.addHash(this.hashes[slot] >>> 0);
    }
    if (this.size <= keep) return;
    const counts = scratch.length >= this.size ? scratch : (scratch = new Float64Array(this.size));
    let i = 0;
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== undefined) counts[i++] = this.counts[slot];
    const threshold = selectKth(counts, this.size, this.size - keep - 1);
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
    if (this.hll) this.purge(KEPT_CATEGORIES);
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
