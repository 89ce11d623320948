// One side of a diff as key tables: per row its encoded key, a 64-bit hash of its compared cells
// and its number in the side (0-based, null-key rows counted), hash-partitioned by key. No row's
// values are kept: rows whose hashes differ are read again later (fetch.ts). A partition lives in
// memory while the side fits the budget, else in a file of binary blocks appended in row order.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Side } from './partition.js';
import { partitionOf } from './partition.js';

/** Rows of one partition: keys[i] with hashes lo[i], hi[i] and row number rows[i]. */
export interface KeyTable {
  keys: string[];
  lo: Int32Array;
  hi: Int32Array;
  rows: Int32Array;
  length: number;
}

export function emptyTable(): KeyTable {
  return { keys: [], lo: new Int32Array(0), hi: new Int32Array(0), rows: new Int32Array(0), length: 0 };
}

/** Growable columns of one partition's rows while a side is read. */
class Rows {
  keys: string[] = [];
  ints = new Int32Array(3 * 256);
  length = 0;

  push(key: string, lo: number, hi: number, row: number): void {
    const at = 3 * this.length;
    if (at + 3 > this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2);
      grown.set(this.ints);
      this.ints = grown;
    }
    this.ints[at] = lo;
    this.ints[at + 1] = hi;
    this.ints[at + 2] = row;
    this.keys.push(key);
    this.length++;
  }

  table(): KeyTable {
    return tableOf(this.keys, this.ints, this.length);
  }
}

function tableOf(keys: string[], ints: Int32Array, length: number): KeyTable {
  const lo = new Int32Array(length);
  const hi = new Int32Array(length);
  const rows = new Int32Array(length);
  for (let i = 0, at = 0; i < length; i++, at += 3) {
    lo[i] = ints[at];
    hi[i] = ints[at + 1];
    rows[i] = ints[at + 2];
  }
  return { keys, lo, hi, rows, length };
}

export function keyFile(dir: string, side: Side, part: number): string {
  return path.join(dir, `${side}-${part}.keys`);
}

/** Bytes buffered between writes of a side that is on disk: small writes keep memory flat. */
const FLUSH_BYTES = 4 << 20;
/** What a row costs in the budget besides its key's characters. */
const ROW_BYTES = 12;

export interface KeySinkOptions {
  parts: number;
  /** Bytes of key tables held before they go to disk. */
  budget: number;
  /** Where partition files go (created by the caller); without it the side stays in memory. */
  dir?: string;
  side: Side;
  /** Write to disk even when the side would fit the budget (its partitions are read by other threads). */
  spill?: boolean;
}

/** Receives a side's rows (key, hash, row number) and partitions them. */
export class KeySink {
  private buffers: Rows[];
  private buffered = 0;
  private files: number[] | undefined;

  constructor(private readonly options: KeySinkOptions) {
    this.buffers = Array.from({ length: options.parts }, () => new Rows());
  }

  get spilled(): boolean {
    return this.files !== undefined;
  }

  add(key: string, lo: number, hi: number, row: number): void {
    this.buffers[partitionOf(key, this.options.parts)].push(key, lo, hi, row);
    this.buffered += key.length + ROW_BYTES;
    const limit = this.files || this.options.spill ? Math.min(FLUSH_BYTES, this.options.budget) : this.options.budget;
    if (this.buffered > limit && this.options.dir) this.flush();
  }

  /** Appends each partition's buffered rows to its file as one block. */
  private flush(): void {
    const dir = this.options.dir;
    if (!dir) return;
    this.files ??= this.buffers.map((_, p) => openSync(keyFile(dir, this.options.side, p), 'w'));
    this.buffers.forEach((rows, p) => {
      if (rows.length) writeSync(this.files![p], block(rows));
      this.buffers[p] = new Rows();
    });
    this.buffered = 0;
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
    return readKeyTable(keyFile(this.options.dir!, this.options.side, p));
  }

  /** Frees a partition in memory once it is diffed. */
  release(p: number): void {
    this.buffers[p] = new Rows();
  }
}

// A block: u32 rows, u32 key bytes (padded to 4), rows × (lo, hi, row) int32, the keys in UTF-8
// joined by newlines (an encoded key holds none: cells.ts escapes them).
function block(rows: Rows): Buffer {
  const keys = Buffer.from(rows.keys.join('\n'), 'utf8');
  const padded = (keys.length + 3) & ~3;
  const out = Buffer.allocUnsafe(8 + 12 * rows.length + padded);
  out.writeUInt32LE(rows.length, 0);
  out.writeUInt32LE(keys.length, 4);
  Buffer.from(rows.ints.buffer, rows.ints.byteOffset, 12 * rows.length).copy(out, 8);
  keys.copy(out, 8 + 12 * rows.length);
  out.fill(0, 8 + 12 * rows.length + keys.length);
  return out;
}

export function readKeyTable(file: string): KeyTable {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    // A side that wrote nothing to this partition (no rows at all) has no file.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyTable();
    throw error;
  }
  let total = 0;
  for (let at = 0; at < data.length; at += 8 + 12 * data.readUInt32LE(at) + ((data.readUInt32LE(at + 4) + 3) & ~3)) total += data.readUInt32LE(at);
  const ints = new Int32Array(3 * total);
  const keys: string[] = [];
  let filled = 0;
  for (let at = 0; at < data.length;) {
    const count = data.readUInt32LE(at);
    const keyBytes = data.readUInt32LE(at + 4);
    const intsAt = at + 8;
    // Copied out: the block's ints need not be 4-byte aligned in the Buffer's pool.
    new Uint8Array(ints.buffer, 12 * filled, 12 * count).set(data.subarray(intsAt, intsAt + 12 * count));
    const keysAt = intsAt + 12 * count;
    const text = data.toString('utf8', keysAt, keysAt + keyBytes);
    for (const key of text.split('\n')) keys.push(key);
    filled += count;
    at = keysAt + ((keyBytes + 3) & ~3);
  }
  return tableOf(keys, ints, total);
}
