// One side of a diff as key tables: per row its key, a 64-bit hash of its compared cells and
// where it is (`at`, see scan.ts), hash-partitioned by key. No row's values are kept: rows whose
// hashes differ are read again later. A key that is an integer (a key column of ids, the common
// case) is held as a number, never as a string; other keys as their encoded text (cells.ts). A
// partition lives in memory while the side fits the budget, else in a file of binary blocks
// appended in row order.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Side } from './partition.js';
import { partitionOf } from './partition.js';

/**
 * Rows of one partition in file order. Integer keys: nums[i] with at numAt[i] and hash
 * numHash[2i], numHash[2i+1]. Other keys: keys[i], at[i], hash[2i], hash[2i+1].
 */
export interface KeyTable {
  nums: Float64Array;
  numAt: Float64Array;
  numHash: Int32Array;
  keys: string[];
  at: Float64Array;
  hash: Int32Array;
}

/** Growable columns of one partition's rows while a side is read. */
class Rows {
  nums = new Float64Array(1024);
  numAt = new Float64Array(1024);
  numHash = new Int32Array(2048);
  numLength = 0;
  keys: string[] = [];
  at = new Float64Array(64);
  hash = new Int32Array(128);

  pushNumber(key: number, lo: number, hi: number, at: number): void {
    const n = this.numLength;
    if (n === this.nums.length) {
      this.nums = growFloats(this.nums, n * 2);
      this.numAt = growFloats(this.numAt, n * 2);
      this.numHash = growInts(this.numHash, n * 4);
    }
    this.nums[n] = key;
    this.numAt[n] = at;
    this.numHash[2 * n] = lo;
    this.numHash[2 * n + 1] = hi;
    this.numLength = n + 1;
  }

  pushText(key: string, lo: number, hi: number, at: number): void {
    const n = this.keys.length;
    if (n === this.at.length) {
      this.at = growFloats(this.at, n * 2);
      this.hash = growInts(this.hash, n * 4);
    }
    this.keys.push(key);
    this.at[n] = at;
    this.hash[2 * n] = lo;
    this.hash[2 * n + 1] = hi;
  }

  get length(): number {
    return this.numLength + this.keys.length;
  }

  /** Empties the rows, keeping the arrays (a side on disk fills them again after each write). */
  reset(): void {
    this.numLength = 0;
    this.keys = [];
  }

  table(): KeyTable {
    const n = this.numLength;
    const m = this.keys.length;
    return { nums: this.nums.subarray(0, n), numAt: this.numAt.subarray(0, n), numHash: this.numHash.subarray(0, 2 * n), keys: this.keys, at: this.at.subarray(0, m), hash: this.hash.subarray(0, 2 * m) };
  }
}

function growFloats(array: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(size);
  grown.set(array);
  return grown;
}

function growInts(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}

/**
 * A 32-bit hash of an integer key (safe integers: both 32-bit halves), murmur3's finaliser: every
 * bit of the key moves every bit of the hash, so the low bits (partitions) and the high bits (the
 * match's table slots) are both even. A plain multiplicative hash left the low bits to the key's
 * low bits: each partition held one residue of the keys, and the table slots clustered.
 */
export function hashNumber(key: number): number {
  let h = (key | 0) ^ Math.imul((key / 4294967296) | 0, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The partition of an integer key. */
export function partitionOfNumber(key: number, parts: number): number {
  if (parts === 1) return 0;
  return (hashNumber(key) >>> 0) % parts;
}

/** A partition's file; `piece` names the file one part of a file split for workers wrote (sideScan.ts). */
export function keyFile(dir: string, side: Side, part: number, piece?: string): string {
  return path.join(dir, piece === undefined ? `${side}-${part}.keys` : `${side}-${part}.${piece}.keys`);
}

/** Bytes buffered between writes of a side that is on disk: small writes keep memory flat. */
const FLUSH_BYTES = 4 << 20;
/** Rows a partition's arrays may keep between writes. */
const KEEP_ROWS = 1 << 16;
/** What a row costs in the budget besides a text key's characters. */
const ROW_BYTES = 24;

export interface KeySinkOptions {
  parts: number;
  /** Bytes of key tables held before they go to disk. */
  budget: number;
  /** Where partition files go (created by the caller); without it the side stays in memory. */
  dir?: string;
  side: Side;
  /** Write to disk even when the side would fit the budget (its partitions are read by other threads). */
  spill?: boolean;
  /** The piece of the side these rows are (one part of a file split for workers): its own files. */
  piece?: string;
}

/** Receives a side's rows (key, hash, where) and partitions them. */
export class KeySink {
  private buffers: Rows[];
  private buffered = 0;
  private files: number[] | undefined;
  private limit: number;

  constructor(private readonly options: KeySinkOptions) {
    this.buffers = Array.from({ length: options.parts }, () => new Rows());
    this.limit = options.dir ? (options.spill ? Math.min(FLUSH_BYTES, options.budget) : options.budget) : Infinity;
  }

  get spilled(): boolean {
    return this.files !== undefined;
  }

  addNumber(key: number, lo: number, hi: number, at: number): void {
    this.buffers[partitionOfNumber(key, this.options.parts)].pushNumber(key, lo, hi, at);
    this.buffered += ROW_BYTES;
    if (this.buffered > this.limit) this.flush();
  }

  addText(key: string, lo: number, hi: number, at: number): void {
    this.buffers[partitionOf(key, this.options.parts)].pushText(key, lo, hi, at);
    this.buffered += ROW_BYTES + key.length;
    if (this.buffered > this.limit) this.flush();
  }

  /** Appends each partition's buffered rows to its file as one block. */
  private flush(): void {
    const dir = this.options.dir!;
    this.files ??= this.buffers.map((_, p) => openSync(keyFile(dir, this.options.side, p, this.options.piece), 'w'));
    this.buffers.forEach((rows, p) => {
      if (rows.length) writeSync(this.files![p], block(rows.table()));
      // Arrays grown while the side was held in memory are dropped: from now on writes are small.
      if (rows.nums.length > KEEP_ROWS || rows.at.length > KEEP_ROWS) this.buffers[p] = new Rows();
      else rows.reset();
    });
    this.buffered = 0;
    // Once a side goes to disk it goes in small writes.
    this.limit = Math.min(FLUSH_BYTES, this.options.budget);
  }

  /** Ends writing: a spilled side goes to disk entirely; a side in memory stays there. */
  close(): void {
    if (this.options.spill && !this.files) this.flush();
    if (!this.files) return;
    this.flush();
    for (const fd of this.files) closeSync(fd);
  }

  /** Partition `p`'s rows in the order they were added. */
  table(p: number): KeyTable {
    if (!this.spilled) return this.buffers[p].table();
    return readKeyTable(keyFile(this.options.dir!, this.options.side, p, this.options.piece));
  }

  /** Every partition's rows, when the side stayed in memory. */
  tables(): KeyTable[] | undefined {
    return this.spilled ? undefined : this.buffers.map((rows) => rows.table());
  }

  /** Frees a partition in memory once it is diffed. */
  release(p: number): void {
    this.buffers[p] = new Rows();
  }
}

const HEADER = 16;

// A block: u32 integer-key rows n, u32 text-key rows m, u32 key bytes, u32 0; then n keys (f64),
// n at (f64), 2n hash (i32), m at (f64), 2m hash (i32), the text keys in UTF-8 joined by newlines
// (an encoded key holds none: cells.ts escapes them), padded to 8 bytes.
export function block(table: KeyTable): Buffer {
  const n = table.nums.length;
  const m = table.keys.length;
  const keys = m ? Buffer.from(table.keys.join('\n'), 'utf8') : Buffer.alloc(0);
  const size = HEADER + 24 * n + 16 * m + ((keys.length + 7) & ~7);
  const out = Buffer.allocUnsafe(size);
  out.writeUInt32LE(n, 0);
  out.writeUInt32LE(m, 4);
  out.writeUInt32LE(keys.length, 8);
  let at = HEADER;
  for (const part of [table.nums, table.numAt, table.numHash, table.at, table.hash]) {
    const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    out.set(bytes, at);
    at += bytes.length;
  }
  keys.copy(out, at);
  out.fill(0, at + keys.length);
  return out;
}

function blockSize(data: Buffer, at: number): number {
  return HEADER + 24 * data.readUInt32LE(at) + 16 * data.readUInt32LE(at + 4) + ((data.readUInt32LE(at + 8) + 7) & ~7);
}

/** Writes a side's in-memory tables to its partition files (for match jobs that read them). */
export function writeKeyTables(dir: string, side: Side, tables: KeyTable[]): void {
  tables.forEach((table, p) => {
    const fd = openSync(keyFile(dir, side, p), 'w');
    try {
      if (table.nums.length + table.keys.length) writeSync(fd, block(table));
    } finally {
      closeSync(fd);
    }
  });
}

/** The ArrayBuffers of tables, to transfer them to another thread rather than copy them. */
export function tableBuffers(tables: KeyTable[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const table of tables) for (const part of [table.nums, table.numAt, table.numHash, table.at, table.hash]) buffers.add(part.buffer as ArrayBuffer);
  return [...buffers];
}

export function readKeyTable(file: string): KeyTable {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    // A side that wrote nothing (no rows at all) has no files.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') data = Buffer.alloc(0);
    else throw error;
  }
  let n = 0;
  let m = 0;
  for (let at = 0; at < data.length; at += blockSize(data, at)) {
    n += data.readUInt32LE(at);
    m += data.readUInt32LE(at + 4);
  }
  const table: KeyTable = { nums: new Float64Array(n), numAt: new Float64Array(n), numHash: new Int32Array(2 * n), keys: [], at: new Float64Array(m), hash: new Int32Array(2 * m) };
  let filledN = 0;
  let filledM = 0;
  // Copied out byte by byte: a block's arrays need not be aligned in the Buffer's pool.
  const copy = (into: Float64Array | Int32Array, offset: number, from: number, bytes: number) => {
    new Uint8Array(into.buffer, into.byteOffset + offset * into.BYTES_PER_ELEMENT, bytes).set(data.subarray(from, from + bytes));
    return from + bytes;
  };
  for (let at = 0; at < data.length;) {
    const count = data.readUInt32LE(at);
    const texts = data.readUInt32LE(at + 4);
    const keyBytes = data.readUInt32LE(at + 8);
    let from = at + HEADER;
    from = copy(table.nums, filledN, from, 8 * count);
    from = copy(table.numAt, filledN, from, 8 * count);
    from = copy(table.numHash, 2 * filledN, from, 8 * count);
    from = copy(table.at, filledM, from, 8 * texts);
    from = copy(table.hash, 2 * filledM, from, 8 * texts);
    if (texts) for (const key of data.toString('utf8', from, from + keyBytes).split('\n')) table.keys.push(key);
    filledN += count;
    filledM += texts;
    at = from + ((keyBytes + 7) & ~7);
  }
  return table;
}
