// One side of a row diff scanned as a sink of another read (`check`'s profiling pass, src/scan/):
// each CSV/TSV record's key, hash and place from the profiler's parser (CsvScan), other formats'
// batches as they are profiled. In parts, each worker scans its byte range into key tables of its
// own (in memory, or in files of its own beyond the budget) and this thread joins them in file
// order, placing their rows in the whole file, so the tables are those of one pass.

import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { isGzip } from '../readers/format.js';
import type { Batch } from '../readers/types.js';
import { makeNullTest } from '../profile/values.js';
import { block, KeySink, keyFile, readKeyTable, type KeyTable } from './keyTable.js';
import type { Side, SideLayout } from './partition.js';
import { AT_FILE, AT_OFFSET, bomBytes, CsvScan, scanBatch, type ChunkedRecordSink, type ScanTarget } from './scan.js';

/** What a side's key scan needs: plain data, so a worker can scan a part of the file. */
export interface KeyScanSpec {
  layout: SideLayout;
  /** Partitions of the key tables. */
  parts: number;
  /** Bytes of key tables held before they go to disk (a worker's part: its share). */
  budget: number;
  /** The diff's temp folder. */
  dir: string;
  side: Side;
  /** Write to disk from the start: the side is known to be far beyond the budget. */
  spill: boolean;
}

/** A part's key tables: handed back within its budget, else in its files (`piece`). */
export interface KeyPartState {
  nullKeys: number;
  rows: number;
  tables?: KeyTable[];
  piece?: string;
}

/** A side once scanned: its tables in memory, or (none here) in its partition files. */
export interface ScannedSide {
  nullKeys: number;
  tables?: KeyTable[];
}

/** Pieces started in this thread: with the thread and the part's start, a name no other part's files have. */
let pieces = 0;

/** The key scan of the part of a file that starts at byte `start`, in a worker (src/scan/part.ts). */
export function scanPart(spec: KeyScanSpec, file: string, start: number): { sink: ChunkedRecordSink; finish: () => KeyPartState } {
  // Unique even beside a part of a stopped read that is still writing (a cut that was not a record boundary).
  const piece = `${start}.${threadId}.${++pieces}`;
  const keys = new KeySink({ parts: spec.parts, budget: spec.budget, dir: spec.dir, side: spec.side, spill: spec.spill, piece });
  const target: ScanTarget = { nullKeys: 0, rows: 0 };
  const scan = new CsvScan(spec.layout, keys, target);
  // Rows are numbered from the part's first; offsets are the file's (a part starts at a record).
  scan.beginFile(0, !isGzip(file), start === 0 ? bomBytes(file) : start);
  return {
    sink: scan,
    finish() {
      keys.close();
      const tables = keys.tables()?.map(trimmed);
      return tables ? { nullKeys: target.nullKeys, rows: target.rows, tables } : { nullKeys: target.nullKeys, rows: target.rows, piece };
    },
  };
}

/** A table in arrays of its own length: the part's growable arrays are up to twice as long, and are moved to the parent thread whole. */
function trimmed(table: KeyTable): KeyTable {
  return { nums: table.nums.slice(), numAt: table.numAt.slice(), numHash: table.numHash.slice(), keys: table.keys, at: table.at.slice(), hash: table.hash.slice() };
}

/** Rows placed by number (not by byte offset) move down by the rows of the parts before theirs. */
function placeRows(table: KeyTable, rowsBefore: number): KeyTable {
  if (rowsBefore === 0) return table;
  for (const at of [table.numAt, table.at]) {
    for (let i = 0; i < at.length; i++) if (at[i] % AT_FILE < AT_OFFSET) at[i] += rowsBefore;
  }
  return table;
}

function concatFloats(parts: Float64Array[]): Float64Array<ArrayBuffer> {
  const out = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function concatInts(parts: Int32Array[]): Int32Array<ArrayBuffer> {
  const out = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One partition's tables of consecutive parts, in their order. */
function concatTables(tables: KeyTable[]): KeyTable {
  if (tables.length === 1) return tables[0];
  return {
    nums: concatFloats(tables.map((t) => t.nums)), numAt: concatFloats(tables.map((t) => t.numAt)), numHash: concatInts(tables.map((t) => t.numHash)),
    keys: tables.flatMap((t) => t.keys), at: concatFloats(tables.map((t) => t.at)), hash: concatInts(tables.map((t) => t.hash)),
  };
}

function tableBytes(table: KeyTable): number {
  let bytes = 24 * (table.nums.length + table.at.length);
  for (const key of table.keys) bytes += key.length;
  return bytes;
}

/** A side's key scan fed by another read: in one pass on this thread, or joined from parts. */
export class KeyScan {
  private readonly keys: KeySink;
  private readonly target: ScanTarget = { nullKeys: 0, rows: 0 };
  private readonly csv: CsvScan;
  private readonly isNull: ReturnType<typeof makeNullTest>;
  /** Set when the side was read in parts and joined. */
  private joined: ScannedSide | undefined;

  constructor(readonly spec: KeyScanSpec) {
    this.keys = new KeySink({ parts: spec.parts, budget: spec.budget, dir: spec.dir, side: spec.side, spill: spec.spill });
    this.csv = new CsvScan(spec.layout, this.keys, this.target);
    this.isNull = makeNullTest(spec.layout.nullValues);
  }

  /** The sink of the records of CSV/TSV file `index` of the side, read whole. */
  csvFile(index: number, file: string): ChunkedRecordSink {
    this.csv.beginFile(index, !isGzip(file), bomBytes(file));
    return this.csv;
  }

  /** A batch of file `index` of the side, whose first row is numbered `fileFirstRow` in the side's batches. */
  batch(batch: Batch, index: number, fileFirstRow: number): void {
    scanBatch(batch, this.spec.layout, this.isNull, this.keys, this.target, index * AT_FILE - (fileFirstRow - 1));
  }

  /** The spec of the key scan of each of `parts` parts of a file: the budget is shared. */
  partSpec(parts: number): KeyScanSpec {
    return { ...this.spec, budget: Math.max(1, Math.floor(this.spec.budget / parts)) };
  }

  /** Joins the parts of the side's one file, in file order, `rowsBefore` each. */
  join(states: KeyPartState[], rowsBefore: number[]): void {
    const { parts, dir, side, budget } = this.spec;
    const nullKeys = states.reduce((n, state) => n + state.nullKeys, 0);
    const inMemory = states.every((state) => state.tables) && !this.spec.spill &&
      states.reduce((n, state) => n + state.tables!.reduce((m, table) => m + tableBytes(table), 0), 0) <= budget;
    if (inMemory) {
      const tables = Array.from({ length: parts }, (_, p) => concatTables(states.map((state, k) => placeRows(state.tables![p], rowsBefore[k]))));
      this.joined = { nullKeys, tables };
      return;
    }
    // Beyond the budget: each partition's file is the parts' blocks in order, one piece in memory at a time.
    for (let p = 0; p < parts; p++) {
      const fd = openSync(keyFile(dir, side, p), 'w');
      try {
        states.forEach((state, k) => {
          const pieceFile = state.piece === undefined ? undefined : keyFile(dir, side, p, state.piece);
          const table = state.tables?.[p] ?? readKeyTable(pieceFile!);
          if (table.nums.length + table.keys.length) writeSync(fd, block(placeRows(table, rowsBefore[k])));
          if (pieceFile) rmSync(pieceFile, { force: true });
        });
      } finally {
        closeSync(fd);
      }
    }
    this.joined = { nullKeys };
  }

  /** The side's key tables: in memory, or in its partition files. */
  finish(): ScannedSide {
    if (this.joined) return this.joined;
    this.keys.close();
    const tables = this.keys.tables();
    return tables ? { nullKeys: this.target.nullKeys, tables } : { nullKeys: this.target.nullKeys };
  }
}
