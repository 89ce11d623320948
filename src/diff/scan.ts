// Reading a side of a diff: each row's key, and a 64-bit hash of its compared cells (scanSide);
// then, once the keys are matched, the cells of the few rows whose hashes differed (fetchRows).
// CSV and TSV rows are read in place from the parser's text (`RecordSink`): a value cell never
// becomes a string of its own, which is what made the diff slow (a string per cell and per row).
// Other formats go through their batches. Both reads number rows alike (0-based, every row read,
// null keys included), so a row number from the scan finds the same row in the fetch.

import { closeSync, openSync, readSync } from 'node:fs';
import { makeNullTest } from '../profile/values.js';
import { BUILT, CsvParser, type Fields, type RecordSink } from '../readers/csv.js';
import { csvDelimiter, detectFormat, readBatches } from '../readers/index.js';
import { isGzip } from '../readers/format.js';
import { readText } from '../readers/text.js';
import type { Batch, Cell, ReadIssue, ReadOptions } from '../readers/types.js';
import { encodeKey, encodeValue, FIELD, rawValue } from './cells.js';
import type { KeySink } from './keyTable.js';
import type { SideLayout } from './partition.js';

// Two lanes of FNV-1a-like hashing over the UTF-16 units of the cells (the second with another
// multiplier and an xorshift), 64 bits in all. Each step is a bijection of the state, so rows
// that differ in one character always hash apart; other differences collide with odds near 2⁻⁶⁴.
const SEED_LO = 0x811c9dc5 | 0;
const SEED_HI = 0x3c6ef372 | 0;
const PRIME_LO = 0x01000193;
const PRIME_HI = 0x5bd1e995;
/** Mixed in after each cell: beyond any UTF-16 unit, so cell boundaries cannot be forged by text. */
const END_OF_CELL = 0x10000;

/** The hash of a row, as two int32 lanes (`hashLo`, `hashHi` after `hashRow…`). */
let hashLo = 0;
let hashHi = 0;

function hashString(text: string, from: number, to: number): void {
  let lo = hashLo;
  let hi = hashHi;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    lo = Math.imul(lo ^ unit, PRIME_LO);
    hi = Math.imul(hi ^ unit, PRIME_HI);
    hi ^= hi >>> 15;
  }
  hashLo = Math.imul(lo ^ END_OF_CELL, PRIME_LO);
  hi = Math.imul(hi ^ END_OF_CELL, PRIME_HI);
  hashHi = hi ^ (hi >>> 15);
}

/** A side's counts as it is read. */
export interface ScanTarget {
  nullKeys: number;
  rows: number;
}

// Where a row is (`at`): its file's index in the side times AT_FILE, plus either AT_OFFSET and
// the byte offset of the row in the file (CSV/TSV read so far as ASCII, not gzipped: the row is
// read back with one small read), or its 0-based number in the file (read back by reading the
// file again up to it).
export const AT_FILE = 2 ** 41;
export const AT_OFFSET = 2 ** 40;

function locate(at: number): { file: number; offset?: number; row?: number } {
  const file = Math.floor(at / AT_FILE);
  const rest = at - file * AT_FILE;
  return rest >= AT_OFFSET ? { file, offset: rest - AT_OFFSET } : { file, row: rest };
}

/** 3 when the file starts with a UTF-8 BOM (readText drops it, so text offsets are 3 bytes short). */
export function bomBytes(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(3);
    const read = readSync(fd, head, 0, 3, 0);
    return read === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  } finally {
    closeSync(fd);
  }
}

/** Field index of each name in the header, or -1. */
function positions(header: string[], names: string[]): Int32Array<ArrayBuffer> {
  const index = new Map<string, number>();
  header.forEach((name, c) => { if (!index.has(name)) index.set(name, c); });
  return Int32Array.from(names, (name) => index.get(name) ?? -1);
}

/** An encoded key that is an integer "n<digits>" as `numberKeyText` writes it, as a number; else NaN. */
function numericKey(encoded: string): number {
  if (encoded.charCodeAt(0) !== 110) return NaN;
  const body = encoded.slice(1);
  const value = Number(body);
  return Number.isSafeInteger(value) && String(value) === body ? value : NaN;
}

/** The integer a key field's text is in its shortest form (`7`, `-12`, at most 15 digits); else NaN. */
function integerText(text: string, from: number, to: number): number {
  let i = from;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  if (i >= to || to - i > 15) return NaN;
  if (text.charCodeAt(i) === 48) return to - i === 1 && !negative ? 0 : NaN;
  let value = 0;
  for (; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

function addKey(sink: KeySink, encoded: string, at: number): void {
  const value = numericKey(encoded);
  if (value === value) sink.addNumber(value, hashLo, hashHi, at);
  else sink.addText(encoded, hashLo, hashHi, at);
}

/** A sink of a CSV parser's records that is also told of each chunk of text before it is parsed. */
export interface ChunkedRecordSink extends RecordSink {
  chunk(text: string): void;
}

/** A side's rows in place from a CSV parser's text, into key tables (`scanSide`, or a sink of another read, sideScan.ts). */
export class CsvScan implements ChunkedRecordSink {
  private header: string[] | undefined;
  private keyAt = new Int32Array(0);
  private valueAt = new Int32Array(0);
  private readonly tokens: Set<string>;
  private readonly keyCells: string[];
  /**
   * The current file (or part of a file): its `at` base, rows so far, whether offsets hold,
   * characters pushed, and the byte in the file where its text starts (a BOM's 3, or a part's start).
   */
  base = 0;
  fileRows = 0;
  ascii = false;
  pushed = 0;
  bom = 0;

  /** Starts the text of file `index` of the side, read from byte `offset` (its BOM, or where a part starts). */
  beginFile(index: number, ascii: boolean, offset: number): void {
    Object.assign(this, { base: index * AT_FILE, fileRows: 0, pushed: 0, ascii, bom: offset });
  }

  chunk(text: string): void {
    this.pushed += text.length;
    if (this.ascii && Buffer.byteLength(text, 'utf8') !== text.length) this.ascii = false;
  }

  constructor(private readonly layout: SideLayout, private readonly sink: KeySink, private readonly target: ScanTarget) {
    this.tokens = new Set(layout.nullValues ?? []);
    this.keyCells = new Array<string>(layout.key.length);
  }

  record(text: string, fields: Fields, count: number, header: string[], _line: number, start = 0): void {
    if (header !== this.header) {
      this.header = header;
      this.keyAt = positions(header, this.layout.key);
      this.valueAt = positions(header, this.layout.columns);
    }
    this.target.rows++;
    const at = this.ascii ? this.base + AT_OFFSET + this.bom + this.pushed - text.length + start : this.base + this.fileRows;
    this.fileRows++;
    const { starts, ends, built } = fields;
    const tokens = this.tokens;
    const keyCells = this.keyCells;
    let integer = NaN;
    for (let k = 0; k < keyCells.length; k++) {
      const c = this.keyAt[k];
      if (keyCells.length === 1 && c >= 0 && c < count && ends[c] !== BUILT && tokens.size === 0) {
        integer = integerText(text, starts[c], ends[c]);
        if (integer === integer) break;
      }
      const cell = c < 0 || c >= count ? '' : ends[c] === BUILT ? built[c] : text.slice(starts[c], ends[c]);
      if (cell === '' || (tokens.size > 0 && tokens.has(cell))) {
        this.target.nullKeys++;
        return;
      }
      keyCells[k] = encodeKey(cell);
    }
    // hashString, inlined with the state in locals: this loop runs over every character of the side.
    let lo = SEED_LO;
    let hi = SEED_HI;
    const valueAt = this.valueAt;
    const noTokens = tokens.size === 0;
    for (let v = 0; v < valueAt.length; v++) {
      const c = valueAt[v];
      let source = text;
      let from = 0;
      let to = 0;
      if (c >= 0 && c < count) {
        if (ends[c] === BUILT) {
          source = built[c];
          to = source.length;
        } else {
          from = starts[c];
          to = ends[c];
        }
        if (!noTokens && tokens.has(source.slice(from, to))) to = from;
      }
      for (let i = from; i < to; i++) {
        const unit = source.charCodeAt(i);
        lo = Math.imul(lo ^ unit, PRIME_LO);
        hi = Math.imul(hi ^ unit, PRIME_HI);
        hi ^= hi >>> 15;
      }
      lo = Math.imul(lo ^ END_OF_CELL, PRIME_LO);
      hi = Math.imul(hi ^ END_OF_CELL, PRIME_HI);
      hi ^= hi >>> 15;
    }
    hashLo = lo;
    hashHi = hi;
    if (integer === integer) this.sink.addNumber(integer, lo, hi, at);
    else addKey(this.sink, keyCells.length === 1 ? keyCells[0] : keyCells.join(FIELD), at);
  }
}

/** Scans a batch of a file whose rows' places start at `base` (the file's index times AT_FILE). */
export function scanBatch(batch: Batch, layout: SideLayout, isNull: (cell: Cell) => boolean, sink: KeySink, target: ScanTarget, base: number): void {
  const index = positions(batch.columns, [...layout.key, ...layout.columns]);
  const keyColumns = layout.key.map((_, k) => (index[k] < 0 ? undefined : batch.data[index[k]]));
  const valueColumns = layout.columns.map((_, v) => (index[layout.key.length + v] < 0 ? undefined : batch.data[index[layout.key.length + v]]));
  const keyCells = new Array<string>(keyColumns.length);
  rows: for (let r = 0; r < batch.length; r++) {
    const at = base + batch.firstRow - 1 + r;
    target.rows++;
    for (let k = 0; k < keyColumns.length; k++) {
      const cell = keyColumns[k]?.[r];
      if (isNull(cell)) {
        target.nullKeys++;
        continue rows;
      }
      keyCells[k] = encodeKey(cell);
    }
    hashLo = SEED_LO;
    hashHi = SEED_HI;
    for (let v = 0; v < valueColumns.length; v++) {
      const cell = valueColumns[v]?.[r];
      const text = isNull(cell) ? '' : rawValue(cell);
      hashString(text, 0, text.length);
    }
    addKey(sink, keyCells.length === 1 ? keyCells[0] : keyCells.join(FIELD), at);
  }
}

function isDelimited(file: string, options: ReadOptions): boolean {
  const format = detectFormat(file, options.format);
  return format === 'csv' || format === 'tsv';
}

async function delimiterOf(file: string, options: ReadOptions): Promise<string> {
  return csvDelimiter(file, detectFormat(file, options.format), options);
}

/** Reads a side's files into `sink`: every row's key, hash and place. */
export async function scanSide(files: string[], options: ReadOptions, layout: SideLayout, sink: KeySink, onIssue: (issue: ReadIssue) => void): Promise<ScanTarget> {
  const target: ScanTarget = { nullKeys: 0, rows: 0 };
  const isNull = makeNullTest(layout.nullValues);
  const scan = new CsvScan(layout, sink, target);
  for (let f = 0; f < files.length; f++) {
    const file = files[f];
    if (isDelimited(file, options)) {
      const parser = new CsvParser({ file, delimiter: await delimiterOf(file, options), firstRow: 1, onIssue });
      scan.beginFile(f, !isGzip(file), bomBytes(file));
      for await (const chunk of readText(file)) {
        scan.chunk(chunk);
        parser.push(chunk);
        parser.drain(scan);
      }
      parser.end();
      parser.drain(scan);
    } else {
      for await (const batch of readBatches([file], options, onIssue)) scanBatch(batch, layout, isNull, sink, target, f * AT_FILE);
    }
  }
  return target;
}

/** The values of a row as the diff compares them: encoded cells joined by FIELD (see cells.ts). */
function valuesOf(cells: Cell[], isNull: (cell: Cell) => boolean): string {
  return cells.map((cell) => (isNull(cell) ? '' : encodeValue(cell))).join(FIELD);
}

/** The values of row r of a batch. */
function batchValues(batch: Batch, layout: SideLayout, r: number, isNull: (cell: Cell) => boolean): string {
  return valuesOf(Array.from(positions(batch.columns, layout.columns), (c) => (c < 0 ? null : batch.data[c][r])), isNull);
}

const ignore = () => undefined;

/** The values of a record a parser handed over (its fields in `text`), the columns at `valueAt`. */
function recordValues(text: string, fields: Fields, count: number, valueAt: Int32Array, isNull: (cell: Cell) => boolean): string {
  return valuesOf(Array.from(valueAt, (c): Cell => (c < 0 || c >= count ? null : fields.ends[c] === BUILT ? fields.built[c] : text.slice(fields.starts[c], fields.ends[c]))), isNull);
}

/** Reads a CSV/TSV file again, taking the values of the given rows (0-based, ascending). */
class CsvRows implements RecordSink {
  values: string[] = [];
  private row = 0;
  private next = 0;
  constructor(private readonly rows: number[], private readonly layout: SideLayout, private readonly isNull: (cell: Cell) => boolean) {}

  get done(): boolean {
    return this.next >= this.rows.length;
  }

  record(text: string, fields: Fields, count: number, header: string[]): void {
    const row = this.row++;
    if (this.done || this.rows[this.next] !== row) return;
    this.values.push(recordValues(text, fields, count, positions(header, this.layout.columns), this.isNull));
    this.next++;
  }
}

async function csvRows(file: string, delimiter: string, rows: number[], layout: SideLayout, isNull: (cell: Cell) => boolean): Promise<string[]> {
  const sink = new CsvRows(rows, layout, isNull);
  const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue: ignore });
  const texts = readText(file);
  for await (const chunk of texts) {
    parser.push(chunk);
    parser.drain(sink);
    if (sink.done) {
      await texts.return(undefined);
      return sink.values;
    }
  }
  parser.end();
  parser.drain(sink);
  return sink.values;
}

async function batchRows(file: string, options: ReadOptions, rows: number[], layout: SideLayout, isNull: (cell: Cell) => boolean): Promise<string[]> {
  const values: string[] = [];
  let next = 0;
  const batches = readBatches([file], options, ignore);
  for await (const batch of batches) {
    const first = batch.firstRow - 1;
    while (next < rows.length && rows[next] < first + batch.length) values.push(batchValues(batch, layout, rows[next++] - first, isNull));
    if (next >= rows.length) {
      await batches.return(undefined);
      break;
    }
  }
  return values;
}

/** The header of a CSV/TSV file, as its reader names the columns. */
async function csvHeader(file: string, delimiter: string): Promise<string[]> {
  const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue: ignore, batchRows: 1 });
  const texts = readText(file);
  for await (const chunk of texts) {
    parser.push(chunk);
    parser.next();
    if (parser.columns) {
      await texts.return(undefined);
      return parser.columns;
    }
  }
  parser.end();
  parser.next();
  return parser.columns ?? [];
}

/**
 * Bytes read at once for the rows wanted near each other: one read serves every wanted row it
 * holds. A read a row cost 77–84 ms of system calls for the 11,000 rows a side of the bench diff.
 */
const FETCH_BLOCK = 64 << 10;

/** The rows of a CSV/TSV file that start at the given byte offsets (ascending), read a block at a time. */
async function csvOffsets(file: string, delimiter: string, offsets: number[], layout: SideLayout, isNull: (cell: Cell) => boolean): Promise<string[]> {
  const header = await csvHeader(file, delimiter);
  const valueAt = positions(header, layout.columns);
  const newParser = (): CsvParser => new CsvParser({ file, delimiter, firstRow: 1, onIssue: ignore, header });
  // One parser for the rows while each piece of text is one whole record or more (as the text to
  // a row's newline is): it stands at a record's start after each. A fresh one after any other.
  let parser = newParser();
  /** The first record of `text` (`final`: the file ends with it), as values; undefined while incomplete. */
  const recordOf = (text: string, final: boolean): string | undefined => {
    const sink = new FirstRecord(valueAt, isNull);
    parser.push(text);
    if (final) parser.end();
    parser.drain(sink);
    if (final || parser.pending) parser = newParser();
    return sink.value;
  };
  const values: string[] = [];
  const fd = openSync(file, 'r');
  try {
    const block = Buffer.allocUnsafe(FETCH_BLOCK);
    let blockStart = 0;
    let blockBytes = 0;
    for (const offset of offsets) {
      if (offset < blockStart || offset >= blockStart + blockBytes) {
        blockStart = offset;
        blockBytes = readSync(fd, block, 0, FETCH_BLOCK, offset);
      }
      // Within the block: to its first newline (the whole record, unless a quoted field holds one),
      // then from a short piece of text up; a record that runs past the block is read on its own.
      const from = offset - blockStart;
      const newline = block.indexOf(NEWLINE, from);
      let record = newline >= 0 && newline < blockBytes ? recordOf(block.toString('utf8', from, newline + 1), false) : undefined;
      for (let size = 512; record === undefined; size *= 2) {
        const to = Math.min(blockBytes, from + size);
        const final = to === blockBytes && blockBytes < FETCH_BLOCK;
        record = recordOf(block.toString('utf8', from, to), final);
        if (record === undefined && (final || to === blockBytes)) break;
      }
      values.push(record ?? longRecordAt(fd, offset, recordOf, file));
    }
  } finally {
    closeSync(fd);
  }
  return values;
}

const NEWLINE = 10;

/** The first record a parser hands it, as values: the cells of the columns at `valueAt`. */
class FirstRecord implements RecordSink {
  value: string | undefined;
  constructor(private readonly valueAt: Int32Array, private readonly isNull: (cell: Cell) => boolean) {}

  record(text: string, fields: Fields, count: number): void {
    if (this.value === undefined) this.value = recordValues(text, fields, count, this.valueAt, this.isNull);
  }
}

/** The record at `offset` read on its own, in windows doubling until it is whole. */
function longRecordAt(fd: number, offset: number, recordOf: (text: string, final: boolean) => string | undefined, file: string): string {
  for (let window = Buffer.alloc(FETCH_BLOCK * 2); ; window = Buffer.alloc(window.length * 2)) {
    const read = readSync(fd, window, 0, window.length, offset);
    const final = read < window.length;
    const record = recordOf(window.toString('utf8', 0, read), final);
    if (record !== undefined) return record;
    if (final) throw new Error(`diff: no row at byte ${offset} of ${file}`);
  }
}

function append(into: string[], from: string[]): void {
  for (const value of from) into.push(value);
}

/** The values (encoded, joined by FIELD) of the rows at the given places (`at`, ascending) of a side. */
export async function fetchRows(files: string[], options: ReadOptions, layout: SideLayout, at: ArrayLike<number>): Promise<string[]> {
  const isNull = makeNullTest(layout.nullValues);
  const values: string[] = [];
  for (let i = 0; i < at.length;) {
    const { file: f } = locate(at[i]);
    const offsets: number[] = [];
    const rows: number[] = [];
    for (; i < at.length && locate(at[i]).file === f; i++) {
      const place = locate(at[i]);
      if (place.offset !== undefined) offsets.push(place.offset);
      else rows.push(place.row!);
    }
    const file = files[f];
    // Rows by number come first in `at` (offsets are past AT_OFFSET), as they are pushed here.
    if (isDelimited(file, options)) {
      const delimiter = await delimiterOf(file, options);
      if (rows.length) append(values, await csvRows(file, delimiter, rows, layout, isNull));
      if (offsets.length) append(values, await csvOffsets(file, delimiter, offsets, layout, isNull));
    } else {
      append(values, await batchRows(file, options, rows, layout, isNull));
    }
  }
  return values;
}
