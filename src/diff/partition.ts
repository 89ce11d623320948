// One side of a diff, from batches of cells to records `key KEY_END values`, hash-partitioned
// by key. Records stay in memory while the side fits the budget; beyond it every partition is
// appended to its own file in a temp folder, so memory stays bounded by the budget whatever
// the size of the file.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Batch, Cell } from '../readers/types.js';
import { makeNullTest } from '../profile/values.js';
import { encodeKey, encodeValue, FIELD, KEY_END } from './cells.js';

export type Side = 'baseline' | 'current';

/** FNV-1a over the UTF-16 units of the key: cheap, and spreads keys of one shape evenly. */
export function partitionOf(key: string, parts: number): number {
  if (parts === 1) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

/** Characters buffered between writes of a side that is on disk. */
const FLUSH_CHARS = 4 << 20;

export interface SinkOptions {
  parts: number;
  /** Characters of records held before they go to disk. */
  budget: number;
  /** Where partition files go (created by the caller); without it the side stays in memory. */
  dir?: string;
  side: Side;
  /** Write to disk even when the side would fit the budget (its partitions are read by other threads). */
  spill?: boolean;
}

export function partitionFile(dir: string, side: Side, part: number): string {
  return path.join(dir, `${side}-${part}.records`);
}

export class PartitionSink {
  private buffers: string[][];
  private buffered = 0;
  private files: number[] | undefined;
  constructor(private readonly options: SinkOptions) {
    this.buffers = Array.from({ length: options.parts }, () => []);
  }

  get spilled(): boolean {
    return this.files !== undefined;
  }

  add(key: string, values: string): void {
    const record = key + KEY_END + values;
    this.buffers[partitionOf(key, this.options.parts)].push(record);
    this.buffered += record.length + 1;
    // Once a side goes to disk it goes in small writes: records then die young, cheap to collect.
    const limit = this.files || this.options.spill ? Math.min(FLUSH_CHARS, this.options.budget) : this.options.budget;
    if (this.buffered > limit && this.options.dir) this.flush();
  }

  /** Appends what is buffered to the partition files. */
  flush(): void {
    const dir = this.options.dir;
    if (!dir) return;
    this.files ??= this.buffers.map((_, p) => openSync(partitionFile(dir, this.options.side, p), 'w'));
    this.buffers.forEach((records, p) => {
      if (records.length) writeSync(this.files![p], records.join('\n') + '\n');
      this.buffers[p] = [];
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

  /** The records of partition `p`, in the order they were added. */
  records(p: number): string[] {
    if (!this.spilled) return this.buffers[p];
    return readRecords(partitionFile(this.options.dir!, this.options.side, p));
  }

  /** Frees a partition in memory once it is diffed. */
  release(p: number): void {
    this.buffers[p] = [];
  }
}

export function readRecords(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (text.length === 0) return [];
  const records = text.split('\n');
  records.pop();
  return records;
}

/** Which columns of a side a diff reads: the key, then the compared columns, by name. */
export interface SideLayout { key: string[]; columns: string[]; nullValues?: string[] }

/** Encodes the rows of batches into records; rows with a null key are counted, not kept. */
export class SideEncoder {
  nullKeys = 0;
  private readonly isNull: (cell: Cell) => boolean;
  constructor(private readonly layout: SideLayout, private readonly sink: PartitionSink) {
    this.isNull = makeNullTest(layout.nullValues);
  }

  add(batch: Batch): void {
    const index = new Map(batch.columns.map((name, c) => [name, c]));
    const column = (name: string): Cell[] | undefined => {
      const c = index.get(name);
      return c === undefined ? undefined : batch.data[c];
    };
    const keyColumns = this.layout.key.map(column);
    const valueColumns = this.layout.columns.map(column);
    const isNull = this.isNull;
    const keyCells: string[] = new Array<string>(keyColumns.length);
    const valueCells: string[] = new Array<string>(valueColumns.length);
    rows: for (let r = 0; r < batch.length; r++) {
      for (let k = 0; k < keyColumns.length; k++) {
        const cell = keyColumns[k]?.[r];
        if (isNull(cell)) {
          this.nullKeys++;
          continue rows;
        }
        keyCells[k] = encodeKey(cell);
      }
      for (let c = 0; c < valueColumns.length; c++) {
        const cell = valueColumns[c]?.[r];
        valueCells[c] = isNull(cell) ? '' : encodeValue(cell);
      }
      this.sink.add(keyCells.length === 1 ? keyCells[0] : keyCells.join(FIELD), valueCells.join(FIELD));
    }
  }
}
