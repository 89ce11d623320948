// KLL quantile sketch (Karnin, Lang, Liberty 2016), in the lazy form DataSketches uses: a stack
// of compactors, level h holding items of weight 2^h, capacities shrinking by 2/3 per level
// down from the top. Its rank error is uniform over the whole distribution, which is what a KS
// distance needs (a t-digest is accurate at the tails only; DDSketch bounds value, not rank, error).
// Coin flips come from a counter, so the same input always gives the same sketch.

import { mix32 } from './random.js';

const MIN_CAPACITY = 8;
const DECAY = 2 / 3;

export interface KllState {
  k: number;
  n: number;
  /** levels[h]: the items of weight 2^h. */
  levels: number[][];
  /** Compactions so far: the seed of the next coin flip. */
  compactions: number;
}

/**
 * Sorts items[0, size). Once the sketch is deep, level 0 is compacted every few values at 8 to
 * a few dozen items, where an inline insertion sort beats `subarray().sort()` (≈ 15% of the
 * sketch's time at 1M values).
 */
function sortPrefix(items: Float64Array, size: number): void {
  if (size > 48) {
    items.subarray(0, size).sort();
    return;
  }
  for (let i = 1; i < size; i++) {
    const value = items[i];
    let j = i - 1;
    while (j >= 0 && items[j] > value) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = value;
  }
}

export class KllSketch {
  readonly k: number;
  n = 0;
  private levels: Float64Array[] = [];
  private sizes: number[] = [];
  private compactions = 0;
  private capacityTotal = 0;
  private retained = 0;

  constructor(k: number) {
    this.k = k;
    this.addLevel();
  }

  private capacities: number[] = [];

  private capacity(level: number): number {
    return this.capacities[level];
  }

  private addLevel(): void {
    this.levels.push(new Float64Array(MIN_CAPACITY));
    this.sizes.push(0);
    const top = this.levels.length - 1;
    this.capacities = this.levels.map((_, h) => Math.max(MIN_CAPACITY, Math.ceil(this.k * DECAY ** (top - h))));
    this.capacityTotal = this.capacities.reduce((sum, capacity) => sum + capacity, 0);
  }

  private push(level: number, value: number): void {
    let items = this.levels[level];
    const size = this.sizes[level];
    if (size === items.length) {
      const grown = new Float64Array(items.length * 2);
      grown.set(items);
      this.levels[level] = items = grown;
    }
    items[size] = value;
    this.sizes[level] = size + 1;
  }

  add(value: number): void {
    // Level 0 inline: this runs once per value of every numeric column.
    const items = this.levels[0];
    const size = this.sizes[0];
    if (size < items.length) {
      items[size] = value;
      this.sizes[0] = size + 1;
    } else this.push(0, value);
    this.n++;
    if (++this.retained >= this.capacityTotal) this.compress();
  }

  /** Compacts the lowest over-full level until the sketch fits its total capacity. */
  private compress(): void {
    while (this.retained >= this.capacityTotal) {
      let level = 0;
      while (level < this.levels.length && this.sizes[level] < this.capacity(level)) level++;
      if (level === this.levels.length) break;
      this.compactLevel(level);
    }
  }

  /** Room for `extra` more items at `level`. */
  private reserve(level: number, extra: number): Float64Array {
    let items = this.levels[level];
    const needed = this.sizes[level] + extra;
    if (needed > items.length) {
      const grown = new Float64Array(Math.max(needed, items.length * 2));
      grown.set(items.subarray(0, this.sizes[level]));
      this.levels[level] = items = grown;
    }
    return items;
  }

  /**
   * Halves `level` into `level + 1`. Levels above 0 are kept sorted (each promotion merges a
   * sorted run into a sorted level), so only level 0 is ever sorted: most of the speed.
   */
  private compactLevel(level: number): void {
    if (level + 1 === this.levels.length) this.addLevel();
    const size = this.sizes[level];
    const items = this.levels[level];
    if (level === 0) sortPrefix(items, size);
    // An odd item out stays behind (the smallest), so the promoted half pairs up evenly.
    const start = size % 2;
    const offset = mix32(this.compactions++ ^ 0x9e3779b9) & 1;
    const promoted = (size - start) >> 1;
    // Merge the promoted run (items start+offset, +2, …) into the sorted level above, from the back.
    const above = this.reserve(level + 1, promoted);
    let write = this.sizes[level + 1] + promoted - 1;
    let mine = this.sizes[level + 1] - 1;
    let theirs = start + offset + 2 * (promoted - 1);
    while (theirs >= start + offset) {
      if (mine >= 0 && above[mine] > items[theirs]) above[write--] = above[mine--];
      else {
        above[write--] = items[theirs];
        theirs -= 2;
      }
    }
    this.sizes[level + 1] += promoted;
    this.sizes[level] = start;
    this.retained -= promoted;
  }

  merge(other: KllSketch): void {
    while (this.levels.length < other.levels.length) this.addLevel();
    for (let h = 0; h < other.levels.length; h++) {
      const items = other.levels[h];
      for (let i = 0; i < other.sizes[h]; i++) this.push(h, items[i]);
      this.retained += other.sizes[h];
    }
    // Appending broke the sorted order above level 0: restore it once.
    for (let h = 1; h < this.levels.length; h++) this.levels[h].subarray(0, this.sizes[h]).sort();
    this.n += other.n;
    this.compactions += other.compactions;
    this.compress();
  }

  /** Items and their weights, sorted by value. */
  weighted(): { values: Float64Array; weights: Float64Array } {
    const pairs: [number, number][] = [];
    for (let h = 0; h < this.levels.length; h++) {
      const weight = 2 ** h;
      const items = this.levels[h];
      for (let i = 0; i < this.sizes[h]; i++) pairs.push([items[i], weight]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return { values: Float64Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) };
  }

  toState(): KllState {
    return {
      k: this.k, n: this.n, compactions: this.compactions,
      levels: this.levels.map((items, h) => Array.from(items.subarray(0, this.sizes[h])).sort((a, b) => a - b)),
    };
  }

  static fromState(state: KllState): KllSketch {
    const sketch = new KllSketch(state.k);
    while (sketch.levels.length < state.levels.length) sketch.addLevel();
    state.levels.forEach((items, h) => {
      // Stored levels are sorted; sort anyway so a hand-edited state cannot break the invariant.
      for (const item of items.slice().sort((a, b) => a - b)) sketch.push(h, item);
      sketch.retained += items.length;
    });
    sketch.n = state.n;
    sketch.compactions = state.compactions;
    return sketch;
  }
}
