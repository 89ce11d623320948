// The contract's checks on CSV/TSV field offsets: the parser hands over where each field lies in
// its decoded text, and the checks read the fields there, as the profiler does (src/profile/
// records.ts). A value becomes a string only where one is needed: an example, a pattern test, a
// text unique key, a miss of the allowed values. Splitting every checked field into a string
// cost ≈ 2 s of CPU (0.45 s of it GC) at 1M rows and 9 checked columns.

import { BUILT, type Fields } from '../readers/csv.js';
import type { Batch, Cell } from '../readers/types.js';
import { formattedCell, type ValueFormat } from '../profile/formats.js';
import { SharedParse, type RowFields } from '../profile/records.js';
import type { ContractValidator } from './validator.js';

/** Rows gathered before the checks read them, column by column. */
const ROWS = 1024;
/** `ends` of a field the record lacked (a ragged row): null. */
export const MISSING = -2;

/**
 * Rows of one decoded text: field r of column c is text[starts[c][r], ends[c][r]), or
 * built[c][r] when the end is BUILT (doubled quotes), or null when it is MISSING. Columns the
 * contract does not read have empty arrays.
 */
export interface FieldBatch {
  /** The file's header, in file order. */
  columns: string[];
  text: string;
  starts: Int32Array[];
  ends: Int32Array[];
  built: string[][];
  /** Per column, the format its text reads in (`1.234,56`, `Y`), as the profile read it. */
  formats: (ValueFormat | undefined)[];
  length: number;
  firstRow: number;
  /** 1-based line where each row starts. */
  lines: Int32Array;
  file: string;
  /** The profiler's kinds and values of these rows' fields, where it classified them plainly (src/profile/records.ts). */
  parse?: SharedParse;
}

/** A test for null fields: empty, or one of the configured tokens; the range form of `makeNullTest`. */
export function makeNullRangeTest(nullValues: readonly string[] = []): (text: string, start: number, end: number) => boolean {
  const tokens = [...new Set(nullValues)].filter((token) => token !== '');
  if (tokens.length === 0) return (_text, start, end) => end === start;
  // A bit per token length under 32, so most fields skip the comparisons.
  let lengths = 0;
  for (const token of tokens) lengths |= token.length < 32 ? 1 << token.length : 1 << 31;
  return (text, start, end) => {
    const length = end - start;
    if (length === 0) return true;
    if ((lengths & (length < 32 ? 1 << length : 1 << 31)) === 0) return false;
    for (const token of tokens) {
      if (token.length !== length) continue;
      let i = 0;
      while (i < length && token.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return true;
    }
    return false;
  };
}

/** Field r of column c as the string batch would hold it: text, null, or its format's value. */
export function fieldCell(batch: FieldBatch, c: number, r: number): Cell {
  const end = batch.ends[c][r];
  if (end === MISSING) return null;
  const text = end === BUILT ? batch.built[c][r] : batch.text.slice(batch.starts[c][r], end);
  const format = batch.formats[c];
  return format ? formattedCell(text, format) : text;
}

/** The string batch of `columns` (the others empty), for the checks that read whole values. */
export function batchOf(fields: FieldBatch, columns: readonly string[]): Batch {
  const data = fields.columns.map((name, c) => {
    if (!columns.includes(name)) return [];
    const cells: Cell[] = new Array<Cell>(fields.length);
    for (let r = 0; r < fields.length; r++) cells[r] = fieldCell(fields, c, r);
    return cells;
  });
  return { columns: fields.columns, data, length: fields.length, firstRow: fields.firstRow, lines: fields.lines, file: fields.file };
}

/**
 * Gathers the field offsets of the columns a validator reads, up to ROWS records, then hands
 * them to it (`ContractValidator.addFields`). One sink per file.
 */
export class ContractFieldSink implements RowFields {
  private header: string[] | undefined;
  /** Indexes of the columns the contract reads. */
  private read: number[] = [];
  private batch: FieldBatch | undefined;
  private text = '';
  private rows = 0;
  private file = '';
  private firstRow = 1;
  /** The profiler's offsets and parse of the same records: its flush runs this one's. */
  readonly parse: SharedParse;

  constructor(private readonly validator: ContractValidator, private readonly formats: ReadonlyMap<string, ValueFormat>) {
    this.parse = new SharedParse((name) => validator.reads(name));
    this.parse.onFlush = () => this.flush();
  }

  start(file: string, firstRow: number): void {
    this.file = file;
    this.firstRow = firstRow;
  }

  record(text: string, fields: Fields, count: number, header: string[], line: number): void {
    if (header !== this.header) this.useHeader(header);
    if (this.rows === ROWS) this.flush();
    const batch = this.batch!;
    const r = this.rows++;
    this.text = text;
    batch.lines[r] = line;
    // The profiler gathers the same offsets (SharedParse) and keeps them until this sink's flush.
    if (this.parse.attached) return;
    const { starts, ends, built } = fields;
    for (const c of this.read) {
      if (c >= count) {
        // A short (ragged) record: the parser reported it; its missing fields read as null.
        batch.ends[c][r] = MISSING;
        continue;
      }
      const end = ends[c];
      batch.starts[c][r] = starts[c];
      batch.ends[c][r] = end;
      if (end === BUILT) batch.built[c][r] = built[c];
    }
  }

  /** Checks the gathered rows; called before the parser's text changes. */
  flush(): void {
    const rows = this.rows;
    const batch = this.batch;
    if (rows === 0 || !batch) return;
    batch.text = this.text;
    batch.length = rows;
    batch.firstRow = this.firstRow;
    batch.file = this.file;
    const parse = this.parse;
    if (parse.attached) {
      // Run from the profiler's flush of these very rows: its offsets, and its parse where it has one.
      if (parse.header !== this.header || parse.rows !== rows) throw new Error('the contract and the profiler read different rows');
      const fields = { ...batch, starts: parse.starts, ends: parse.ends, built: parse.built, parse };
      this.validator.addFields(fields);
    } else this.validator.addFields(batch);
    this.firstRow += rows;
    this.rows = 0;
    this.text = '';
    batch.text = '';
    if (!parse.attached) for (const c of this.read) batch.built[c] = [];
  }

  private useHeader(header: string[]): void {
    this.flush();
    this.header = header;
    this.read = [];
    header.forEach((name, c) => {
      if (this.validator.reads(name)) this.read.push(c);
    });
    const wanted = new Set(this.read);
    this.batch = {
      columns: header, text: '',
      starts: header.map((_, c) => new Int32Array(wanted.has(c) ? ROWS : 0)),
      ends: header.map((_, c) => new Int32Array(wanted.has(c) ? ROWS : 0)),
      built: header.map(() => []),
      formats: header.map((name) => this.formats.get(name)),
      length: 0, firstRow: this.firstRow, lines: new Int32Array(ROWS), file: this.file,
    };
  }
}
