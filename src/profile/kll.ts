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

  private capacity(level: number): number {
    const depth = this.levels.length - 1 - level;
    return Math.max(MIN_CAPACITY, Math.ceil(this.k * DECAY ** depth));
  }

  private addLevel(): void {
    this.levels.push(new Float64Array(MIN_CAPACITY));
    this.sizes.push(0);
    let total = 0;
    for (let h = 0; h < this.levels.length; h++) total += this.capacity(h);
    this.capacityTotal = total;
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

  private compactLevel(level: number): void {
    if (level + 1 === this.levels.length) this.addLevel();
    const size = this.sizes[level];
    const items = this.levels[level].subarray(0, size).sort();
    // An odd item out stays behind (the smallest), so the promoted half pairs up evenly.
    const start = size % 2;
    const offset = mix32(this.compactions++ ^ 0x9e3779b9) & 1;
    for (let i = start + offset; i < size; i += 2) this.push(level + 1, items[i]);
    this.sizes[level] = start;
    this.retained -= (size - start) / 2;
  }

  merge(other: KllSketch): void {
    while (this.levels.length < other.levels.length) this.addLevel();
    for (let h = 0; h < other.levels.length; h++) {
      const items = other.levels[h];
      for (let i = 0; i < other.sizes[h]; i++) this.push(h, items[i]);
      this.retained += other.sizes[h];
    }
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
      for (const item of items) sketch.push(h, item);
      sketch.retained += items.length;
    });
    sketch.n = state.n;
    sketch.compactions = state.compactions;
    return sketch;
  }
}
