// An exact set of seen keys for uniqueness checks: the one place where memory grows with rows.
//
// Keys are kept exactly rather than as 64-bit hashes: a hash set would take ~8 bytes a key
// instead of the string, but with 10M keys a 53-bit hash collides with probability ~0.5%, and
// a collision here is a false "duplicate" failure on somebody's pull request. Canonical integers
// (`42`, not `042`) are stored as numbers, which costs far less than their text. V8 caps one Set
// at 2^24 entries, so the keys spread over several sets once one is full; integers go to a
// hash table of doubles of their own (NumberSet).

import { detach } from './detach.js';

const SHARD_LIMIT = 8_000_000;

/**
 * Rows and lines (−1: none) where each key of a tracking set was first seen, in insertion order,
 * as runs: keys are added as rows are read, so in a column of unique values every key is one row
 * and one line after the last, and a part's million keys are one run, not two columns of a million.
 */
export interface FirstSeen {
  /** Index of each run's first key, ascending from 0. */
  starts: Int32Array;
  /** That key's row and line; the run's later keys are one more each (a line of −1 stays −1). */
  rows: Int32Array;
  lines: Int32Array;
}

/** Where the key at `index` was first seen (a binary search of the runs: it runs only for duplicates). */
export function firstSeenAt(seen: FirstSeen, index: number): { row: number; line: number } {
  let low = 0;
  let high = seen.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (seen.starts[mid] <= index) low = mid;
    else high = mid - 1;
  }
  const after = index - seen.starts[low];
  const line = seen.lines[low];
  return { row: seen.rows[low] + after, line: line < 0 ? -1 : line + after };
}

/**
 * A UniqueSet as plain data, to cross a worker thread: its integers in insertion order, its
 * texts in their sets, and for a tracking set where each was first seen.
 */
export interface UniqueSetState {
  numbers: Float64Array;
  texts: Set<string>[];
  numbersSeen?: FirstSeen;
  textsSeen?: FirstSeen;
}

/** The buffers of a set's state (its integers, where its keys were first seen): moved, not copied, from a worker. */
export function uniqueSetBuffers(state: UniqueSetState): ArrayBuffer[] {
  const seen = [state.numbersSeen, state.textsSeen].flatMap((runs) => (runs ? [runs.starts, runs.rows, runs.lines] : []));
  return [state.numbers, ...seen].map((array) => array.buffer as ArrayBuffer);
}

/** Growing runs of rows and lines, one key at a time. */
class Tracker {
  private starts: Int32Array = new Int32Array(16);
  private rows: Int32Array = new Int32Array(16);
  private lines: Int32Array = new Int32Array(16);
  private runs = 0;
  private keys = 0;
  /** The row and line that continue the last run. */
  private nextRow = -1;
  private nextLine = -1;

  push(row: number, line: number): void {
    const index = this.keys++;
    if (row === this.nextRow && line === this.nextLine) {
      this.nextRow++;
      if (line >= 0) this.nextLine++;
      return;
    }
    if (this.runs === this.starts.length) this.grow();
    this.starts[this.runs] = index;
    this.rows[this.runs] = row;
    this.lines[this.runs++] = line;
    this.nextRow = row + 1;
    this.nextLine = line >= 0 ? line + 1 : -1;
  }

  private grow(): void {
    const bigger = (array: Int32Array): Int32Array => {
      const grown = new Int32Array(array.length * 2);
      grown.set(array);
      return grown;
    };
    this.starts = bigger(this.starts);
    this.rows = bigger(this.rows);
    this.lines = bigger(this.lines);
  }

  state(): FirstSeen {
    return { starts: this.starts.slice(0, this.runs), rows: this.rows.slice(0, this.runs), lines: this.lines.slice(0, this.runs) };
  }
}

/** Integers a NumberSet keeps as bits: 2^24 of them (2 MB), placed around the first one added. */
const WINDOW = 1 << 24;
const WINDOW_BEFORE = 1 << 22;

/**
 * Safe integers by value: open addressing (at most half full) into a Float64Array of the keys in
 * insertion order. About twice as fast as a Set of numbers on a million ids (bench/check.mjs).
 * Ids are mostly dense runs, so integers near the first one are bits of a window instead: a
 * million sequential ids touch 128 KB of it, where the hash table's probes missed the cache.
 */
export class NumberSet {
  keys = new Float64Array(1024);
  size = 0;
  private slots = new Int32Array(2048);
  private mask = 2047;
  /** Keys in the hash table (those outside the window). */
  private hashed = 0;
  private bits: Int32Array | undefined;
  private base = NaN;

  add(value: number): boolean {
    if (this.bits === undefined && Number.isSafeInteger(value)) {
      this.bits = new Int32Array(WINDOW >>> 5);
      this.base = value - WINDOW_BEFORE;
    }
    const offset = value - this.base;
    if (offset >= 0 && offset < WINDOW) {
      const bits = this.bits!;
      const word = offset >>> 5;
      const bit = 1 << (offset & 31);
      if ((bits[word] & bit) !== 0) return false;
      bits[word] |= bit;
      this.push(value);
      return true;
    }
    const mask = this.mask;
    const slots = this.slots;
    let slot = hashNumber(value) & mask;
    for (let index = slots[slot]; index !== 0; index = slots[slot]) {
      if (this.keys[index - 1] === value) return false;
      slot = (slot + 1) & mask;
    }
    this.push(value);
    slots[slot] = this.size;
    // Half full at most, so probes stay short.
    if (++this.hashed * 2 > mask) this.rehash();
    return true;
  }

  has(value: number): boolean {
    const offset = value - this.base;
    if (offset >= 0 && offset < WINDOW) return (this.bits![offset >>> 5] & (1 << (offset & 31))) !== 0;
    const mask = this.mask;
    const slots = this.slots;
    let slot = hashNumber(value) & mask;
    for (let index = slots[slot]; index !== 0; index = slots[slot]) {
      if (this.keys[index - 1] === value) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private push(value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys[this.size++] = value;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let index = 0; index < this.size; index++) {
      const value = this.keys[index];
      const offset = value - this.base;
      if (offset >= 0 && offset < WINDOW) continue;
      let slot = hashNumber(value) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** The keys in insertion order (a view). */
  values(): Float64Array {
    return this.keys.subarray(0, this.size);
  }
}

/** Mixes the two 32-bit halves of a safe integer (murmur3's finaliser). */
function hashNumber(value: number): number {
  let h = (value | 0) ^ Math.imul((value / 4294967296) | 0, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class UniqueSet {
  private readonly numbers = new NumberSet();
  private shards: Set<string>[] = [new Set()];
  private current = this.shards[0];
  /** Keys of a last part counted but not kept (no later part could repeat them). */
  private uncounted = 0;
  /** With tracking on (a part of a file read in a worker): where each key was first seen. */
  private readonly numbersSeen?: Tracker;
  private readonly textsSeen?: Tracker;

  constructor(private readonly shardLimit = SHARD_LIMIT, track = false) {
    if (track) {
      this.numbersSeen = new Tracker();
      this.textsSeen = new Tracker();
    }
  }

  /** Adds a key; false when it was already there (a duplicate). `row` and `line` are kept when tracking. */
  add(text: string, row = 0, line = -1): boolean {
    return this.addKey(canonicalInteger(text), text, row, line);
  }

  /** `add`, the text's canonical integer (`canonicalInteger`) already known. */
  addKey(number: number | undefined, text: string, row = 0, line = -1): boolean {
    if (number !== undefined) {
      if (!this.numbers.add(number)) return false;
      this.numbersSeen?.push(row, line);
      return true;
    }
    if (this.hasText(text)) return false;
    this.insertText(detach(text));
    this.textsSeen?.push(row, line);
    return true;
  }

  get size(): number {
    return this.numbers.size + this.shards.reduce((sum, shard) => sum + shard.size, 0) + this.uncounted;
  }

  toState(): UniqueSetState {
    return {
      numbers: this.numbers.values(), texts: this.shards,
      ...(this.numbersSeen ? { numbersSeen: this.numbersSeen.state() } : {}),
      ...(this.textsSeen ? { textsSeen: this.textsSeen.state() } : {}),
    };
  }

  /**
   * Adds the keys of a later part of the data (a tracking set's state). A key seen before is a
   * duplicate at its first row in that part, which `onDuplicate` gets (integers and texts each
   * in row order). `keep: false` when no later part follows: its keys are counted, not stored.
   */
  absorb(state: UniqueSetState, onDuplicate: (key: string | number, row: number, line: number | undefined) => void, keep: boolean): void {
    const numbers = state.numbers;
    for (let index = 0; index < numbers.length; index++) {
      const key = numbers[index];
      if (this.numbers.has(key)) onDuplicate(key, ...placeOf(state.numbersSeen, index));
      else if (keep) this.numbers.add(key);
      else this.uncounted++;
    }
    let index = 0;
    for (const shard of state.texts) {
      for (const key of shard) {
        const at = index++;
        if (this.hasText(key)) onDuplicate(key, ...placeOf(state.textsSeen, at));
        else if (keep) this.insertText(key);
        else this.uncounted++;
      }
    }
  }

  private hasText(key: string): boolean {
    for (const shard of this.shards) if (shard.has(key)) return true;
    return false;
  }

  private insertText(key: string): void {
    if (this.current.size >= this.shardLimit) {
      this.current = new Set();
      this.shards.push(this.current);
    }
    this.current.add(key);
  }
}

/** Row and line (undefined: none) of the key at `index`, for `onDuplicate`. */
function placeOf(seen: FirstSeen | undefined, index: number): [number, number | undefined] {
  if (!seen) return [0, undefined];
  const { row, line } = firstSeenAt(seen, index);
  return [row, line >= 0 ? line : undefined];
}

/** The number a text spells when it is the canonical form of a safe integer (`42`, `-7`). */
export function canonicalInteger(text: string): number | undefined {
  if (text.length === 0 || text.length > 16) return undefined;
  const first = text.charCodeAt(0);
  if (first !== 45 && (first < 48 || first > 57)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && String(value) === text ? value : undefined;
}
