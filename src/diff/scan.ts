// Reading a side of a diff: each row's key, and a 64-bit hash of its compared cells (scanSide);
// then, once the keys are matched, the cells of the few rows whose hashes differed (fetchRows).
// CSV and TSV rows are read in place from the parser's text (`RecordSink`): a value cell never
// becomes a string of its own, which is what made the diff slow (a string per cell and per row).
// Other formats go through their batches. Both reads number rows alike (0-based, every row read,
// null keys included), so a row number from the scan finds the same row in the fetch.

import { makeNullTest } from '../profile/values.js';
import { BUILT, CsvParser, type Fields, type RecordSink } from '../readers/csv.js';
import { csvDelimiter, detectFormat, readBatches } from '../readers/index.js';
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

/** Where a side's rows go as they are read: a null-key row is counted, the others are added. */
export interface ScanTarget {
  nullKeys: number;
  rows: number;
}

/** Field index of each name in the header, or -1. */
function positions(header: string[], names: string[]): Int32Array<ArrayBuffer> {
  const index = new Map<string, number>();
  header.forEach((name, c) => { if (!index.has(name)) index.set(name, c); });
  return Int32Array.from(names, (name) => index.get(name) ?? -1);
}

class CsvScan implements RecordSink {
  private header: string[] | undefined;
  private keyAt = new Int32Array(0);
  private valueAt = new Int32Array(0);
  private readonly tokens: Set<string>;
  private readonly keyCells: string[];

  constructor(private readonly layout: SideLayout, private readonly sink: KeySink, private readonly target: ScanTarget) {
    this.tokens = new Set(layout.nullValues ?? []);
    this.keyCells = new Array<string>(layout.key.length);
  }

  record(text: string, fields: Fields, count: number, header: string[]): void {
    if (header !== this.header) {
      this.header = header;
      this.keyAt = positions(header, this.layout.key);
      this.valueAt = positions(header, this.layout.columns);
    }
    const row = this.target.rows++;
    const { starts, ends, built } = fields;
    const tokens = this.tokens;
    const keyCells = this.keyCells;
    for (let k = 0; k < keyCells.length; k++) {
      const c = this.keyAt[k];
      const cell = c < 0 || c >= count ? '' : ends[c] === BUILT ? built[c] : text.slice(starts[c], ends[c]);
      if (cell === '' || (tokens.size > 0 && tokens.has(cell))) {
        this.target.nullKeys++;
        return;
      }
      keyCells[k] = encodeKey(cell);
    }
    hashLo = SEED_LO;
    hashHi = SEED_HI;
    const valueAt = this.valueAt;
    for (let v = 0; v < valueAt.length; v++) {
      const c = valueAt[v];
      if (c < 0 || c >= count) hashString('', 0, 0);
      else if (ends[c] === BUILT) {
        const cell = built[c];
        if (tokens.size > 0 && tokens.has(cell)) hashString('', 0, 0);
        else hashString(cell, 0, cell.length);
      } else if (tokens.size > 0 && tokens.has(text.slice(starts[c], ends[c]))) hashString('', 0, 0);
      else hashString(text, starts[c], ends[c]);
    }
    this.sink.add(keyCells.length === 1 ? keyCells[0] : keyCells.join(FIELD), hashLo, hashHi, row);
  }
}

function scanBatch(batch: Batch, layout: SideLayout, isNull: (cell: Cell) => boolean, sink: KeySink, target: ScanTarget): void {
  const index = positions(batch.columns, [...layout.key, ...layout.columns]);
  const keyColumns = layout.key.map((_, k) => (index[k] < 0 ? undefined : batch.data[index[k]]));
  const valueColumns = layout.columns.map((_, v) => (index[layout.key.length + v] < 0 ? undefined : batch.data[index[layout.key.length + v]]));
  const keyCells = new Array<string>(keyColumns.length);
  rows: for (let r = 0; r < batch.length; r++) {
    const row = target.rows++;
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
    sink.add(keyCells.length === 1 ? keyCells[0] : keyCells.join(FIELD), hashLo, hashHi, row);
  }
}

/** Feeds every CSV/TSV record of `file` to `sink`; false from `more` stops the read. */
async function drainCsv(file: string, delimiter: string, sink: RecordSink, onIssue: (issue: ReadIssue) => void, more: () => boolean): Promise<void> {
  const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue });
  const texts = readText(file);
  for await (const chunk of texts) {
    parser.push(chunk);
    parser.drain(sink);
    if (!more()) {
      await texts.return(undefined);
      return;
    }
  }
  parser.end();
  parser.drain(sink);
}

function isDelimited(file: string, options: ReadOptions): boolean {
  const format = detectFormat(file, options.format);
  return format === 'csv' || format === 'tsv';
}

/** Reads a side's files into `sink`: every row's key, hash and number. */
export async function scanSide(files: string[], options: ReadOptions, layout: SideLayout, sink: KeySink, onIssue: (issue: ReadIssue) => void): Promise<ScanTarget> {
  const target: ScanTarget = { nullKeys: 0, rows: 0 };
  const isNull = makeNullTest(layout.nullValues);
  for (const file of files) {
    if (isDelimited(file, options)) {
      const delimiter = await csvDelimiter(file, detectFormat(file, options.format), options);
      await drainCsv(file, delimiter, new CsvScan(layout, sink, target), onIssue, () => true);
    } else {
      for await (const batch of readBatches([file], options, onIssue)) scanBatch(batch, layout, isNull, sink, target);
    }
  }
  return target;
}

/** The values of a row as the diff compares them: encoded cells joined by FIELD (see cells.ts). */
function valuesOf(cells: Cell[], isNull: (cell: Cell) => boolean): string {
  return cells.map((cell) => (isNull(cell) ? '' : encodeValue(cell))).join(FIELD);
}

/** Collects the values of the wanted rows (sorted row numbers) in their order. */
class Wanted {
  values: string[] = [];
  next = 0;
  row = 0;
  constructor(readonly rows: ArrayLike<number>) {}
  get done(): boolean {
    return this.next >= this.rows.length;
  }
}

class CsvFetch implements RecordSink {
  private header: string[] | undefined;
  private valueAt = new Int32Array(0);
  constructor(private readonly layout: SideLayout, private readonly wanted: Wanted, private readonly isNull: (cell: Cell) => boolean) {}

  record(text: string, fields: Fields, count: number, header: string[]): void {
    const wanted = this.wanted;
    const row = wanted.row++;
    if (wanted.done || wanted.rows[wanted.next] !== row) return;
    if (header !== this.header) {
      this.header = header;
      this.valueAt = positions(header, this.layout.columns);
    }
    const cells = Array.from(this.valueAt, (c): Cell => (c < 0 || c >= count ? null : fields.ends[c] === BUILT ? fields.built[c] : text.slice(fields.starts[c], fields.ends[c])));
    wanted.values.push(valuesOf(cells, this.isNull));
    wanted.next++;
  }
}

/** The values (encoded, joined by FIELD) of the given rows of a side, rows sorted ascending. */
export async function fetchRows(files: string[], options: ReadOptions, layout: SideLayout, rows: ArrayLike<number>): Promise<string[]> {
  const wanted = new Wanted(rows);
  const isNull = makeNullTest(layout.nullValues);
  const ignore = () => undefined;
  for (const file of files) {
    if (wanted.done) break;
    if (isDelimited(file, options)) {
      const delimiter = await csvDelimiter(file, detectFormat(file, options.format), options);
      await drainCsv(file, delimiter, new CsvFetch(layout, wanted, isNull), ignore, () => !wanted.done);
      continue;
    }
    const batches = readBatches([file], options, ignore);
    for await (const batch of batches) {
      const index = positions(batch.columns, layout.columns);
      const first = wanted.row;
      wanted.row += batch.length;
      while (!wanted.done && wanted.rows[wanted.next] < wanted.row) {
        const r = wanted.rows[wanted.next] - first;
        wanted.values.push(valuesOf(Array.from(index, (c) => (c < 0 ? null : batch.data[c][r])), isNull));
        wanted.next++;
      }
      if (wanted.done) {
        await batches.return(undefined);
        break;
      }
    }
  }
  return wanted.values;
}
