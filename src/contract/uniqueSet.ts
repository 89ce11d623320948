// An exact set of seen keys for uniqueness checks: the one place where memory grows with rows.
//
// Keys are kept exactly rather than as 64-bit hashes: a hash set would take ~8 bytes a key
// instead of the string, but with 10M keys a 53-bit hash collides with probability ~0.5%, and
// a collision here is a false "duplicate" failure on somebody's pull request. Canonical integers
// (`42`, not `042`) are stored as numbers, which costs far less than their text. V8 caps one Set
// at 2^24 entries, so the keys spread over several sets once one is full.

import { detach } from './detach.js';

const SHARD_LIMIT = 8_000_000;

/**
 * A UniqueSet as plain data, to cross a worker thread: its sets, and for a set that tracks them,
 * the row and line (−1: none) of each key's first occurrence, in insertion order.
 */
export interface UniqueSetState {
  shards: Set<string | number>[];
  rows?: Int32Array;
  lines?: Int32Array;
}

export class UniqueSet {
  private shards: Set<string | number>[] = [new Set()];
  private current = this.shards[0];
  /** Keys of later parts counted but not kept (no part after them could repeat them). */
  private uncounted = 0;
  /** With tracking on (a part of a file read in a worker): where each key was first seen. */
  private rows?: Int32Array;
  private lines?: Int32Array;
  private added = 0;

  constructor(private readonly shardLimit = SHARD_LIMIT, track = false) {
    if (track) {
      this.rows = new Int32Array(1024);
      this.lines = new Int32Array(1024);
    }
  }

  /** Adds a key; false when it was already there (a duplicate). `row` and `line` are kept when tracking. */
  add(text: string, row = 0, line = -1): boolean {
    const key = canonicalInteger(text) ?? text;
    for (const shard of this.shards) if (shard.has(key)) return false;
    if (this.current.size >= this.shardLimit) {
      this.current = new Set();
      this.shards.push(this.current);
    }
    this.current.add(typeof key === 'string' ? detach(key) : key);
    if (this.rows) this.track(row, line);
    return true;
  }

  private track(row: number, line: number): void {
    if (this.added === this.rows!.length) {
      const rows = new Int32Array(this.added * 2);
      rows.set(this.rows!);
      this.rows = rows;
      const lines = new Int32Array(this.added * 2);
      lines.set(this.lines!);
      this.lines = lines;
    }
    this.rows![this.added] = row;
    this.lines![this.added] = line;
    this.added++;
  }

  get size(): number {
    return this.shards.reduce((sum, shard) => sum + shard.size, 0) + this.uncounted;
  }

  toState(): UniqueSetState {
    return { shards: this.shards, ...(this.rows ? { rows: this.rows.slice(0, this.added), lines: this.lines!.slice(0, this.added) } : {}) };
  }

  /**
   * Adds the keys of a later part of the data (a tracking set's state). A key seen before is a
   * duplicate at its first row in that part: `onDuplicate` gets it in the part's row order.
   * `keep: false` when no later part follows: its keys are then counted without being stored.
   */
  absorb(state: UniqueSetState, onDuplicate: (key: string | number, row: number, line: number | undefined) => void, keep: boolean): void {
    if (this.size === 0 && this.current.size === 0) {
      // The first part: its sets become this set's (its keys cannot repeat each other).
      this.shards = [...state.shards];
      this.current = this.shards[this.shards.length - 1] ?? new Set();
      if (this.shards.length === 0) this.shards.push(this.current);
      return;
    }
    let index = 0;
    for (const shard of state.shards) {
      for (const key of shard) {
        const at = index++;
        if (this.has(key)) {
          const line = state.lines?.[at] ?? -1;
          onDuplicate(key, state.rows?.[at] ?? 0, line >= 0 ? line : undefined);
        } else if (keep) this.insert(key);
        else this.uncounted++;
      }
    }
  }

  private has(key: string | number): boolean {
    for (const shard of this.shards) if (shard.has(key)) return true;
    return false;
  }

  private insert(key: string | number): void {
    if (this.current.size >= this.shardLimit) {
      this.current = new Set();
      this.shards.push(this.current);
    }
    this.current.add(key);
  }
}

/** The number a text spells when it is the canonical form of a safe integer (`42`, `-7`). */
function canonicalInteger(text: string): number | undefined {
  if (text.length === 0 || text.length > 16) return undefined;
  const first = text.charCodeAt(0);
  if (first !== 45 && (first < 48 || first > 57)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && String(value) === text ? value : undefined;
}
