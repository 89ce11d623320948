// KLL quantile sketch (Karnin, Lang, Liberty 2016), in the lazy form DataSketches uses: a stack
// of compactors, level h holding items of weight 2^h, capacities shrinking by 2/3 per level
// down from the top. Its rank error is uniform over the whole distribution, which is what a KS
// distance needs (a t-digest is accurate at the tails only; DDSketch bounds value, not rank, error).
// Coin flips come from a counter, so the same input always gives the same sketch.
//
// Speed (this runs once per value of every numeric column): level 0 is an unsorted buffer of at
// least BOTTOM items, halved as soon as it fills; the levels above are compacted lazily, as in
// DataSketches, once they outgrow the rest of the budget. Sorting and merging compare random
// doubles, so their branches mispredict about half the time; both pick items by index
// arithmetic instead (`sort8`, `mergeRuns`). `node bench/kll.mjs` measures speed and error.

import { mix32 } from './random.js';

const MIN_CAPACITY = 8;
const DECAY = 2 / 3;
/**
 * Level 0 never holds fewer than this before it is halved. DataSketches lets it shrink to 8 in a
 * deep sketch, so the sketch compacted every ~4 values; 64 spends 56 more items of memory to make
 * each compaction's fixed cost (coin flip, merge into level 1, budget check) 1/8 as frequent, and
 * fewer weight-1 compactions only lower the error. 16, 32, 128 and 256 measured no faster.
 */
const BOTTOM = 64;

export interface KllState {
  k: number;
  n: number;
  /** levels[h]: the items of weight 2^h. */
  levels: number[][];
  /** Compactions so far: the seed of the next coin flip. */
  compactions: number;
}

/**
 * Merges the sorted runs from[a, aEnd) and from[b, bEnd) into to[out, …), from both ends at
 * once. The comparisons pick the index to read instead of a branch to take (on random data a
 * branch here mispredicts half the time), and the two ends are independent chains of work that
 * the CPU overlaps. Front and back break ties the same way (run a first), so they never take
 * the same item.
 */
function mergeRuns(from: Float64Array, a: number, aEnd: number, b: number, bEnd: number, to: Float64Array, out: number): void {
  let aLast = aEnd - 1, bLast = bEnd - 1, back = out + (aEnd - a) + (bEnd - b) - 1;
  while (out < back && a <= aLast && b <= bLast) {
    const front = Number(from[a] <= from[b]);
    to[out++] = from[b + ((a - b) & -front)];
    a += front;
    b += 1 - front;
    const last = Number(from[aLast] > from[bLast]);
    to[back--] = from[bLast + ((aLast - bLast) & -last)];
    aLast -= last;
    bLast -= 1 - last;
  }
  while (a <= aLast && b <= bLast) {
    const front = Number(from[a] <= from[b]);
    to[out++] = from[b + ((a - b) & -front)];
    a += front;
    b += 1 - front;
  }
  while (a <= aLast) to[out++] = from[a++];
  while (b <= bLast) to[out++] = from[b++];
}

/**
 * Sorts items[o, o + 8) with Batcher's 19-comparator network. Each comparator orders a pair by
 * index arithmetic (d is 0, or the distance when the pair is out of order), without a branch;
 * written out, because TurboFan does not inline 19 calls of a helper.
 */
function sort8(items: Float64Array, o: number): void {
  let d: number, low: number;
  d = 2 & -Number(items[o + 0] > items[o + 2]); low = items[o + 0 + d]; items[o + 2] = items[o + 2 - d]; items[o + 0] = low;
  d = 2 & -Number(items[o + 1] > items[o + 3]); low = items[o + 1 + d]; items[o + 3] = items[o + 3 - d]; items[o + 1] = low;
  d = 2 & -Number(items[o + 4] > items[o + 6]); low = items[o + 4 + d]; items[o + 6] = items[o + 6 - d]; items[o + 4] = low;
  d = 2 & -Number(items[o + 5] > items[o + 7]); low = items[o + 5 + d]; items[o + 7] = items[o + 7 - d]; items[o + 5] = low;
  d = 4 & -Number(items[o + 0] > items[o + 4]); low = items[o + 0 + d]; items[o + 4] = items[o + 4 - d]; items[o + 0] = low;
  d = 4 & -Number(items[o + 1] > items[o + 5]); low = items[o + 1 + d]; items[o + 5] = items[o + 5 - d]; items[o + 1] = low;
  d = 4 & -Number(items[o + 2] > items[o + 6]); low = items[o + 2 + d]; items[o + 6] = items[o + 6 - d]; items[o + 2] = low;
  d = 4 & -Number(items[o + 3] > items[o + 7]); low = items[o + 3 + d]; items[o + 7] = items[o + 7 - d]; items[o + 3] = low;
  d = 1 & -Number(items[o + 0] > items[o + 1]); low = items[o + 0 + d]; items[o + 1] = items[o + 1 - d]; items[o + 0] = low;
  d = 1 & -Number(items[o + 2] > items[o + 3]); low = items[o + 2 + d]; items[o + 3] = items[o + 3 - d]; items[o + 2] = low;
  d = 1 & -Number(items[o + 4] > items[o + 5]); low = items[o + 4 + d]; items[o + 5] = items[o + 5 - d]; items[o + 4] = low;
  d = 1 & -Number(items[o + 6] > items[o + 7]); low = items[o + 6 + d]; items[o + 7] = items[o + 7 - d]; items[o + 6] = low;
  d = 2 & -Number(items[o + 2] > items[o + 4]); low = items[o + 2 + d]; items[o + 4] = items[o + 4 - d]; items[o + 2] = low;
  d = 2 & -Number(items[o + 3] > items[o + 5]); low = items[o + 3 + d]; items[o + 5] = items[o + 5 - d]; items[o + 3] = low;
  d = 3 & -Number(items[o + 1] > items[o + 4]); low = items[o + 1 + d]; items[o + 4] = items[o + 4 - d]; items[o + 1] = low;
  d = 3 & -Number(items[o + 3] > items[o + 6]); low = items[o + 3 + d]; items[o + 6] = items[o + 6 - d]; items[o + 3] = low;
  d = 1 & -Number(items[o + 1] > items[o + 2]); low = items[o + 1 + d]; items[o + 2] = items[o + 2 - d]; items[o + 1] = low;
  d = 1 & -Number(items[o + 3] > items[o + 4]); low = items[o + 3 + d]; items[o + 4] = items[o + 4 - d]; items[o + 3] = low;
  d = 1 & -Number(items[o + 5] > items[o + 6]); low = items[o + 5 + d]; items[o + 6] = items[o + 6 - d]; items[o + 5] = low;
}

/** Insertion-sorts items[from, to): a ragged last block of `sortBottom`. */
function insertionSort(items: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = items[i];
    let j = i - 1;
    while (j >= from && items[j] > value) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = value;
  }
}

/**
 * Sorts work[0, size): blocks of 8 by a network, then bottom-up merges that ping-pong between
 * the two halves of `work`. Returns where the sorted run starts (0 or half).
 */
function sortBottom(work: Float64Array, size: number): number {
  const half = work.length >> 1;
  let start = 0;
  for (; start + 8 <= size; start += 8) sort8(work, start);
  insertionSort(work, start, size);
  let from = 0, to = half;
  for (let width = 8; width < size; width *= 2) {
    for (start = 0; start < size; start += 2 * width) {
      const mid = Math.min(start + width, size), end = Math.min(start + 2 * width, size);
      mergeRuns(work, from + start, from + mid, from + mid, from + end, work, to + start);
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}

/**
 * Whether items[0, size) is already in order: ids and timestamps often arrive sorted, and the
 * network sorts them no faster than random data. On random data the loop stops at once.
 */
function isSorted(items: Float64Array, size: number): boolean {
  for (let i = 1; i < size; i++) if (items[i] < items[i - 1]) return false;
  return true;
}

export class KllSketch {
  readonly k: number;
  n = 0;
  /** Level 0 in work[0, size0), unsorted; the other half is the sort's scratch space. */
  private work: Float64Array;
  private size0 = 0;
  private capacity0 = BOTTOM;
  /** Levels 1 and up, each sorted; levels[0] is unused (level 0 lives in `work`). */
  private levels: Float64Array[] = [new Float64Array(0)];
  private sizes: number[] = [0];
  private capacities: number[] = [];
  /** Where each level's next merge is written; the two swap after every merge. */
  private spares: Float64Array[] = [new Float64Array(0)];
  private compactions = 0;
  /** Items above level 0, and the part of the budget they may use before one is compacted. */
  private retainedAbove = 0;
  private budgetAbove = 0;

  constructor(k: number) {
    this.k = k;
    this.work = new Float64Array(2 * Math.max(k, BOTTOM));
    this.setCapacities();
  }

  /** Capacities of a sketch `levels.length` high: the top holds k, each level below 2/3 of it. */
  private setCapacities(): void {
    const top = this.levels.length - 1;
    this.capacities = this.levels.map((_, h) => Math.max(MIN_CAPACITY, Math.ceil(this.k * DECAY ** (top - h))));
    const total = this.capacities.reduce((sum, capacity) => sum + capacity, 0);
    // Levels above 0 get the budget of a DataSketches sketch of this height, less its level 0.
    this.budgetAbove = total - this.capacities[0];
    this.capacities[0] = this.capacity0 = Math.max(BOTTOM, this.capacities[0]);
  }

  private addLevel(): void {
    this.levels.push(new Float64Array(MIN_CAPACITY));
    this.spares.push(new Float64Array(MIN_CAPACITY));
    this.sizes.push(0);
    this.setCapacities();
  }

  add(value: number): void {
    const size = this.size0;
    this.work[size] = value;
    this.size0 = size + 1;
    this.n++;
    if (size + 1 >= this.capacity0) this.compactBottom();
  }

  /** `add` of values[from, to), in order; its body written out, since a call per value would box the value. */
  addAll(values: Float64Array, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const size = this.size0;
      this.work[size] = values[i];
      this.size0 = size + 1;
      this.n++;
      if (size + 1 >= this.capacity0) this.compactBottom();
    }
  }

  /** Halves level 0 into level 1, then compacts the levels above while they are over budget. */
  private compactBottom(): void {
    const size = this.size0;
    const from = isSorted(this.work, size) ? 0 : sortBottom(this.work, size);
    this.promote(1, this.work, from, size);
    // An odd item out stays behind (the smallest), so the promoted half pairs up evenly.
    if (size % 2 === 1) this.work[0] = this.work[from];
    this.size0 = size % 2;
    this.compress();
  }

  /** Compacts the lowest full level above 0 until those levels fit their budget. */
  private compress(): void {
    while (this.retainedAbove >= this.budgetAbove) {
      let level = 1;
      while (level < this.levels.length && this.sizes[level] < this.capacities[level]) level++;
      if (level === this.levels.length) break;
      const size = this.sizes[level];
      this.promote(level + 1, this.levels[level], 0, size);
      this.retainedAbove -= size - (size % 2);
      this.sizes[level] = size % 2;
    }
  }

  /**
   * Merges every other item of the sorted run items[from, from + size) into `level`, starting
   * with the first or the second by a coin flip; a leading odd item is left out.
   */
  private promote(level: number, items: Float64Array, from: number, size: number): void {
    if (level === this.levels.length) this.addLevel();
    const start = from + (size % 2) + (mix32(this.compactions++ ^ 0x9e3779b9) & 1);
    const promoted = size >> 1;
    const kept = this.sizes[level];
    const total = kept + promoted;
    let current = this.levels[level];
    if (current.length < total) {
      const grown = new Float64Array(Math.max(total, 2 * current.length));
      grown.set(current.subarray(0, kept));
      this.levels[level] = current = grown;
    }
    let spare = this.spares[level];
    if (spare.length < total) spare = new Float64Array(current.length);
    // The promoted run goes right after the level's items, so one array holds both runs.
    for (let i = 0; i < promoted; i++) current[kept + i] = items[start + 2 * i];
    mergeRuns(current, 0, kept, kept, total, spare, 0);
    this.levels[level] = spare;
    this.spares[level] = current;
    this.sizes[level] = total;
    this.retainedAbove += promoted;
  }

  merge(other: KllSketch): void {
    while (this.levels.length < other.levels.length) this.addLevel();
    for (let i = 0; i < other.size0; i++) this.push0(other.work[i]);
    for (let h = 1; h < other.levels.length; h++) this.append(h, other.levels[h].subarray(0, other.sizes[h]));
    this.n += other.n;
    this.compactions += other.compactions;
    this.settle();
  }

  /** Adds to level 0 without compacting (merge and fromState compact once at the end). */
  private push0(value: number): void {
    if (this.size0 === this.work.length >> 1) {
      const grown = new Float64Array(2 * this.work.length);
      grown.set(this.work.subarray(0, this.size0));
      this.work = grown;
    }
    this.work[this.size0++] = value;
  }

  /** Appends items to a level above 0 and restores its order. */
  private append(level: number, items: ArrayLike<number>): void {
    const size = this.sizes[level];
    if (this.levels[level].length < size + items.length) {
      const grown = new Float64Array(Math.max(MIN_CAPACITY, 2 * (size + items.length)));
      grown.set(this.levels[level].subarray(0, size));
      this.levels[level] = grown;
    }
    this.levels[level].set(items, size);
    this.sizes[level] = size + items.length;
    this.levels[level].subarray(0, this.sizes[level]).sort();
    this.retainedAbove += items.length;
  }

  /** Restores the invariants after items were added in bulk: level 0 below its capacity, the rest within budget. */
  private settle(): void {
    if (this.size0 >= this.capacity0) this.compactBottom();
    else this.compress();
  }

  /** Items and their weights, sorted by value. */
  weighted(): { values: Float64Array; weights: Float64Array } {
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.size0; i++) pairs.push([this.work[i], 1]);
    for (let h = 1; h < this.levels.length; h++) {
      const weight = 2 ** h;
      const items = this.levels[h];
      for (let i = 0; i < this.sizes[h]; i++) pairs.push([items[i], weight]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return { values: Float64Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) };
  }

  toState(): KllState {
    const levels = [Array.from(this.work.subarray(0, this.size0)).sort((a, b) => a - b)];
    for (let h = 1; h < this.levels.length; h++) levels.push(Array.from(this.levels[h].subarray(0, this.sizes[h])));
    return { k: this.k, n: this.n, compactions: this.compactions, levels };
  }

  static fromState(state: KllState): KllSketch {
    const sketch = new KllSketch(state.k);
    while (sketch.levels.length < state.levels.length) sketch.addLevel();
    state.levels.forEach((items, h) => {
      if (h === 0) for (const item of items) sketch.push0(item);
      // Stored levels are sorted; `append` sorts anyway, so a hand-edited state cannot break the invariant.
      else sketch.append(h, items);
    });
    sketch.n = state.n;
    sketch.compactions = state.compactions;
    sketch.settle();
    return sketch;
  }
}
