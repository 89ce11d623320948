// CSV/TSV records straight into the column accumulators: the parser hands over field positions
// in the decoded chunk and each accumulator reads its field there, so no batch of strings is
// built. Same profile as `Profiler.add` of the parser's batches, at about half the cost.

import { BUILT, BatchSink, CsvParser } from '../readers/csv.js';
import { readText } from '../readers/text.js';
import type { Fields, RecordSink } from '../readers/csv.js';
import type { Batch, ReadIssue } from '../readers/types.js';
import type { ColumnAccumulator } from './column.js';
import type { ValueFormat } from './formats.js';
import type { Profiler } from './profiler.js';
import { parsedValue } from './values.js';

/** Rows gathered before they are counted, column by column. */
const ROWS = 1024;
/** `ends` of a field the record lacked (a ragged row): null. */
const MISSING = -2;
/** A high surrogate: a chunk without one has no surrogate pair in any field. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** `SharedParse.kinds` of a field the profiler did not classify (null, doubled quotes, missing). */
export const NOT_PARSED = 255;
/** Bit of `SharedParse.kinds` set when the number's text is canonical (`parsedValue.canonical`). */
export const CANONICAL = 8;

/**
 * The profiler's field offsets and parse of the rows it counted last, for another sink of the
 * same records that would classify the same fields again (the contract, src/contract/fields.ts):
 * same text, same classifier, so the same kind and value. Both sinks see the same records; the
 * profiler's flush ends with the reader's (`onFlush`), before its next record overwrites row 0.
 */
export class SharedParse {
  header: string[] | undefined;
  /** The profiler's offsets (all columns), valid until its next record. */
  starts: Int32Array[] = [];
  ends: Int32Array[] = [];
  built: string[][] = [];
  /** Per wanted column: a KIND_ constant (| CANONICAL) or NOT_PARSED per row; empty for the others. */
  kinds: Uint8Array[] = [];
  values: Float64Array[] = [];
  /** Per column: 1 when the last flush classified it plainly (a column with a format is not shared). */
  ready = new Uint8Array(0);
  rows = 0;
  flushes = 0;
  /** A profiler sink fills this; without one the reader gathers and parses its fields itself. */
  attached = false;
  /** The reader's flush, run at the end of each of the profiler's, before its arrays change. */
  onFlush: (() => void) | undefined;

  constructor(private readonly wants: (name: string) => boolean) {}

  /** Called by the profiler sink on a new header. */
  useHeader(header: string[], starts: Int32Array[], ends: Int32Array[], built: string[][]): void {
    this.header = header;
    this.starts = starts;
    this.ends = ends;
    this.built = built;
    this.kinds = header.map((name) => new Uint8Array(this.wants(name) ? ROWS : 0));
    this.values = header.map((name) => new Float64Array(this.wants(name) ? ROWS : 0));
    this.ready = new Uint8Array(header.length);
    this.rows = 0;
  }
}

/**
 * Gathers the field offsets of up to ROWS records, then feeds each column its run of fields.
 * Column by column, one column's category table and sketch stay in cache for the whole run;
 * record by record, twelve columns' tables (≈ 2 MB) took turns in a 1 MB cache.
 */
class ProfilerSink implements RecordSink {
  private header: string[] | undefined;
  private columns: ColumnAccumulator[] = [];
  private starts: Int32Array[] = [];
  private ends: Int32Array[] = [];
  private built: string[][] = [];
  private text = '';
  private rows = 0;
  /** The last chunk tested for surrogates, and whether it had none. */
  private testedText = '';
  private surrogateFree = false;

  constructor(private readonly profiler: Profiler, private readonly parse?: SharedParse) {
    if (parse) parse.attached = true;
  }

  record(text: string, fields: Fields, count: number, header: string[]): void {
    if (header !== this.header) {
      this.flush();
      this.header = header;
      this.columns = this.profiler.columnsNamed(header);
      this.starts = header.map(() => new Int32Array(ROWS));
      this.ends = header.map(() => new Int32Array(ROWS));
      this.built = header.map(() => []);
      this.parse?.useHeader(header, this.starts, this.ends, this.built);
    }
    if (this.rows === ROWS) this.flush();
    const r = this.rows++;
    this.text = text;
    const width = this.columns.length;
    const present = count < width ? count : width;
    for (let c = 0; c < present; c++) {
      const end = fields.ends[c];
      this.starts[c][r] = fields.starts[c];
      this.ends[c][r] = end;
      if (end === BUILT) this.built[c][r] = fields.built[c];
    }
    // A short (ragged) record: the parser reported it; its missing fields read as null.
    for (let c = present; c < width; c++) this.ends[c][r] = MISSING;
  }

  /** Counts the gathered rows; called before the parser's text changes. */
  flush(): void {
    const rows = this.rows;
    if (rows === 0) return;
    const text = this.text;
    const parse = this.parse;
    if (text !== this.testedText) {
      this.testedText = text;
      this.surrogateFree = !HIGH_SURROGATE.test(text);
    }
    // Each column's rows in a function of its own: V8 compiled this loop on stack (OSR) before
    // the lines after it had run, and that code bailed out there at the end of each flush.
    for (let c = 0; c < this.columns.length; c++) {
      const column = this.columns[c];
      // A built field is the chunk's text unquoted: surrogate-free when the chunk is.
      column.surrogateFree = this.surrogateFree;
      if (column.format !== undefined) {
        this.flushFormatted(c, rows, text);
        if (parse) parse.ready[c] = 0;
      } else if (parse !== undefined && parse.kinds[c].length > 0) this.flushShared(c, rows, text, parse);
      else this.flushPlain(c, rows, text);
      column.surrogateFree = false;
    }
    this.rows = 0;
    this.text = '';
    if (parse) {
      parse.rows = rows;
      parse.flushes++;
      parse.onFlush?.();
    }
  }

  /** `flush` of column c. */
  private flushPlain(c: number, rows: number, text: string): void {
    const column = this.columns[c];
    const starts = this.starts[c];
    const ends = this.ends[c];
    for (let r = 0; r < rows; r++) {
      const end = ends[r];
      if (end >= 0) column.addRange(text, starts[r], end);
      else if (end === BUILT) {
        const value = this.built[c][r];
        column.addRange(value, 0, value.length);
      } else column.addMissing(1);
    }
  }

  /** `flush` of column c keeping each field's kind and value for the other sink (SharedParse). */
  private flushShared(c: number, rows: number, text: string, parse: SharedParse): void {
    const column = this.columns[c];
    const starts = this.starts[c];
    const ends = this.ends[c];
    const kinds = parse.kinds[c];
    const values = parse.values[c];
    for (let r = 0; r < rows; r++) {
      const end = ends[r];
      if (end >= 0) {
        const kind = column.addRangeKind(text, starts[r], end);
        if (kind < 0) kinds[r] = NOT_PARSED;
        else {
          kinds[r] = parsedValue.canonical ? kind | CANONICAL : kind;
          values[r] = parsedValue.value;
        }
        continue;
      }
      kinds[r] = NOT_PARSED;
      if (end === BUILT) {
        const value = this.built[c][r];
        column.addRange(value, 0, value.length);
      } else column.addMissing(1);
    }
    parse.ready[c] = 1;
  }

  /** `flush` of column c when it has a format (src/profile/formats.ts): kept apart from the plain loop. */
  private flushFormatted(c: number, rows: number, text: string): void {
    const column = this.columns[c];
    const format = column.format as ValueFormat;
    const starts = this.starts[c];
    const ends = this.ends[c];
    for (let r = 0; r < rows; r++) {
      const end = ends[r];
      if (end >= 0) column.addFormattedRange(text, starts[r], end, format);
      else if (end === BUILT) {
        const value = this.built[c][r];
        column.addFormattedRange(value, 0, value.length, format);
      } else column.addMissing(1);
    }
  }
}

/** Rows wanted as well, as string batches of the columns `keep` accepts. */
export interface RowBatches {
  keep: (name: string) => boolean;
  add: (batch: Batch) => void;
}

/**
 * Rows wanted as field offsets instead (the contract checks, src/contract/fields.ts): a record
 * sink told where each drain's rows start, and flushed before the parser's text changes.
 */
export interface RowFields extends RecordSink {
  start(file: string, firstRow: number): void;
  flush(): void;
  /** The profiler's offsets and parse of the same fields, when the sink would read them (SharedParse). */
  readonly parse?: SharedParse;
}

/** Another sink of the same records, told of each chunk of text before it is parsed (the row diff's key scan, src/diff/sideScan.ts). */
export interface ChunkSink extends RecordSink {
  chunk(text: string): void;
}

/** Hands each record to both sinks. */
class BothSinks implements RecordSink {
  constructor(private readonly first: RecordSink, private readonly second: RecordSink) {}

  record(text: string, fields: Fields, count: number, header: string[], line: number, start?: number): void {
    this.first.record(text, fields, count, header, line, start);
    this.second.record(text, fields, count, header, line, start);
  }
}

/**
 * Profiles the text `chunks` with `parser` into `profiler`, and hands `rows` the batches it
 * wants, and `tee` every record. Returns whether text was left over before the end, i.e. the text did not end on a
 * record boundary (see `CsvParser.pending`).
 */
export async function profileRecords(
  chunks: AsyncIterable<string>, parser: CsvParser, profiler: Profiler, rows?: RowBatches | RowFields, tee?: ChunkSink,
): Promise<boolean> {
  const fields = rows && 'record' in rows ? rows : undefined;
  const sink = new ProfilerSink(profiler, fields?.parse);
  const batches = rows && !fields ? new BatchSink((rows as RowBatches).keep) : undefined;
  const other = fields ?? batches;
  const profiled = other ? new BothSinks(sink, other) : sink;
  const both = tee ? new BothSinks(profiled, tee) : profiled;
  const drain = (): void => {
    const firstRow = parser.firstRowAfter;
    fields?.start(parser.file, firstRow);
    const count = parser.drain(both);
    sink.flush();
    fields?.flush();
    profiler.endRows(count);
    const batch = batches?.take(parser.file, firstRow);
    if (batch) (rows as RowBatches).add(batch);
  };
  for await (const chunk of chunks) {
    tee?.chunk(chunk);
    parser.push(chunk);
    drain();
  }
  const pending = parser.pending;
  parser.end();
  drain();
  return pending;
}

/**
 * Profiles the CSV/TSV `file` into `profiler`, its rows numbered from `firstRow` (a dataset of
 * several files), handing `rows` its batches; returns the number of the row after its last.
 */
export async function profileCsvFile(
  file: string, delimiter: string, firstRow: number, profiler: Profiler, onIssue: (issue: ReadIssue) => void,
  rows?: RowBatches | RowFields, tee?: ChunkSink, signal?: AbortSignal,
): Promise<number> {
  const parser = new CsvParser({ file, delimiter, firstRow, onIssue });
  await profileRecords(readText(file, undefined, signal), parser, profiler, rows, tee);
  return parser.firstRowAfter;
}
