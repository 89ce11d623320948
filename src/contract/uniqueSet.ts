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

/** Rows and lines (−1: none) where each key of a tracking set was first seen, in insertion order. */
export interface FirstSeen { rows: Int32Array; lines: Int32Array }

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

/** Growing row and line columns, one entry per key added. */
class Tracker {
  rows = new Int32Array(1024);
  lines = new Int32Array(1024);
  length = 0;

  push(row: number, line: number): void {
    if (this.length === this.rows.length) {
      const rows = new Int32Array(this.length * 2);
      rows.set(this.rows);
      this.rows = rows;
      const lines = new Int32Array(this.length * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.rows[this.length] = row;
    this.lines[this.length++] = line;
  }

  state(): FirstSeen {
    return { rows: this.rows.slice(0, this.length), lines: this.lines.slice(0, this.length) };
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
      if (this.numbers.has(key)) onDuplicate(key, state.numbersSeen?.rows[index] ?? 0, lineOf(state.numbersSeen, index));
      else if (keep) this.numbers.add(key);
      else this.uncounted++;
    }
    let index = 0;
    for (const shard of state.texts) {
      for (const key of shard) {
        const at = index++;
        if (this.hasText(key)) onDuplicate(key, state.textsSeen?.rows[at] ?? 0, lineOf(state.textsSeen, at));
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

function lineOf(seen: FirstSeen | undefined, index: number): number | undefined {
  const line = seen?.lines[index] ?? -1;
  return line >= 0 ? line : undefined;
}

/** The number a text spells when it is the canonical form of a safe integer (`42`, `-7`). */
export function canonicalInteger(text: string): number | undefined {
  if (text.length === 0 || text.length > 16) return undefined;
  const first = text.charCodeAt(0);
  if (first !== 45 && (first < 48 || first > 57)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && String(value) === text ? value : undefined;
}
