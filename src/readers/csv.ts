// CSV and TSV per RFC 4180 (quoted fields, doubled quotes, newlines inside quotes, CRLF), parsed
// chunk by chunk on decoded text. Hand-written because it reports the line of every row (udsv and
// papaparse do not), at udsv's speed and 2.4× papaparse's on the bench file (bench/parsers.mjs:
// 0.67 s, udsv 0.61 s, papaparse 1.62 s); it passes csv-spectrum. And because it hands a record
// over as field positions in the chunk (`RecordSink`): the profiler reads fields in place, so
// most cells never become strings — splitting into strings and then typing them took twice as
// long (see bench/README.md).

import { UserError } from '../errors.js';
import type { Batch, Cell, ReadIssue } from './types.js';

const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;
/** A record longer than this is almost surely an unclosed quote swallowing the file. */
const MAX_RECORD_CHARS = 64 << 20;
/** An incomplete record longer than this waits for more text before it is parsed again. */
const PIECE_CHARS = 1 << 16;
const BATCH_ROWS = 2048;
/** A field's end in `Fields.ends` when its value had to be built (doubled quotes): see `built`. */
export const BUILT = -1;

/**
 * The fields of one record: field c is text[starts[c], ends[c]), or built[c] when ends[c] is
 * BUILT. Reused for every record; valid only during `RecordSink.record`.
 */
export interface Fields {
  starts: Int32Array;
  ends: Int32Array;
  built: string[];
}

/** Receives each complete data record (the header is the parser's). */
export interface RecordSink {
  /** `count` fields of the record at `line`, which starts at text[start]; `header` is the file's. */
  record(text: string, fields: Fields, count: number, header: string[], line: number, start?: number): void;
}

export interface CsvOptions {
  file: string;
  delimiter: string;
  firstRow: number;
  onIssue: (issue: ReadIssue) => void;
  /** Rows per batch at most (default 2048). */
  batchRows?: number;
  /** The header, when the text starts after it (a later part of a file split for workers). */
  header?: string[];
  /** Line of the first character of the text (default 1). */
  firstLine?: number;
}

/** Names for the header: empty ones get `column_N`, repeated ones a `_2`, `_3` suffix. */
export function uniqueNames(raw: string[], file: string, onIssue: (issue: ReadIssue) => void): string[] {
  const seen = new Set<string>();
  return raw.map((name, index) => {
    let unique = name === '' ? `column_${index + 1}` : name;
    for (let n = 2; seen.has(unique); n++) unique = `${name || `column_${index + 1}`}_${n}`;
    if (unique !== name) onIssue({ kind: 'other', file, line: 1, message: `header ${index + 1} "${name}" renamed to "${unique}" (empty or repeated)` });
    seen.add(unique);
    return unique;
  });
}

export class CsvParser {
  readonly file: string;
  private readonly delimiter: string;
  private readonly onIssue: (issue: ReadIssue) => void;
  private readonly batchRows: number;
  /** Text being parsed: an incomplete record carried over plus the latest chunk. */
  private text = '';
  /** Where parsing resumes in `text`. */
  private pos = 0;
  /** Line on which `pos` is. */
  private line = 1;
  private final = false;
  private header: string[] | undefined;
  private nextRow: number;
  private fields: Fields = { starts: new Int32Array(16), ends: new Int32Array(16), built: [] };
  /** Chunks held back while an incomplete record is long: see `push`. */
  private waiting: string[] = [];
  private waitingChars = 0;

  constructor(options: CsvOptions) {
    this.file = options.file;
    this.delimiter = options.delimiter;
    this.onIssue = options.onIssue;
    this.nextRow = options.firstRow;
    this.batchRows = Math.max(1, options.batchRows ?? BATCH_ROWS);
    this.header = options.header;
    this.line = options.firstLine ?? 1;
  }

  /** The header's names once read. */
  get columns(): string[] | undefined {
    return this.header;
  }

  /**
   * Whether text is left that is not a complete record: after the last chunk of a part of a
   * file, it says the part did not end on a record boundary.
   */
  get pending(): boolean {
    return this.pos < this.text.length || this.waitingChars > 0;
  }

  /** The line parsing stands on: once a part of a file has ended on a record boundary, its newlines + its first line. */
  get lineReached(): number {
    return this.line;
  }

  /** Rows parsed so far plus the first row number: where the next file's rows start. */
  get firstRowAfter(): number {
    return this.nextRow;
  }

  /** Adds a chunk of text; then call `next()` until it returns undefined, or `drain()`. */
  push(chunk: string): void {
    const rest = this.text.length - this.pos;
    if (rest > PIECE_CHARS) {
      // An incomplete record already scanned to its end: parsing it again after each chunk made
      // a long field or line quadratic (a 50 MB field took 59 s). Chunks wait until the text
      // after the record's start has doubled, so every character is scanned O(1) times.
      this.waiting.push(chunk);
      this.waitingChars += chunk.length;
      if (rest + this.waitingChars > MAX_RECORD_CHARS) this.tooLong();
      if (this.waitingChars < rest) return;
      chunk = this.takeWaiting();
    }
    if (rest + chunk.length > MAX_RECORD_CHARS && this.pos < this.text.length) this.tooLong();
    this.text = rest > 0 ? this.text.slice(this.pos) + chunk : chunk;
    this.pos = 0;
  }

  /** Marks the end of the file: `next()` or `drain()` then parse the last record too. */
  end(): void {
    if (this.waiting.length > 0) {
      this.text = this.text.slice(this.pos) + this.takeWaiting();
      this.pos = 0;
    }
    this.final = true;
  }

  private takeWaiting(): string {
    const text = this.waiting.join('');
    this.waiting = [];
    this.waitingChars = 0;
    return text;
  }

  private tooLong(): never {
    const quoted = this.text.charCodeAt(this.pos) === QUOTE || this.text.indexOf(`${this.delimiter}"`, this.pos) !== -1;
    throw new UserError([{
      file: this.file, line: this.line,
      message: `a record longer than 64 MB${quoted ? ': an unclosed quote?' : ' (no line break?)'}`,
    }]);
  }

  /**
   * The next batch of complete records, at most `batchRows` of them. Small batches keep the set
   * of live strings small, which is what makes V8's young-generation collections cheap.
   */
  next(): Batch | undefined {
    const sink = new BatchSink();
    const firstRow = this.nextRow;
    this.parse(this.batchRows, sink);
    this.checkNotEmpty();
    return sink.take(this.file, firstRow);
  }

  /** Hands every complete record to `sink`; returns how many there were. */
  drain(sink: RecordSink): number {
    const rows = this.parse(Infinity, sink);
    this.checkNotEmpty();
    return rows;
  }

  private checkNotEmpty(): void {
    if (this.final && this.header === undefined && this.pos >= this.text.length) {
      throw new UserError([{ file: this.file, line: 1, message: 'empty file: no header row' }]);
    }
  }

  private grow(): void {
    const { starts, ends, built } = this.fields;
    const size = starts.length * 2;
    this.fields = { starts: new Int32Array(size), ends: new Int32Array(size), built };
    this.fields.starts.set(starts);
    this.fields.ends.set(ends);
  }

  /**
   * Parses up to `limit` complete records from `pos`, handing each to `sink`; an incomplete
   * one is left for the next chunk unless `final`. Fields are cut with indexOf, which V8 runs
   * natively; the cached next-delimiter and next-newline positions make each field cost one
   * comparison on the common path.
   */
  private parse(limit: number, sink: RecordSink): number {
    const text = this.text;
    const final = this.final;
    const delimiter = this.delimiter;
    const delimiterCode = delimiter.charCodeAt(0);
    const length = text.length;
    let { starts, ends } = this.fields;
    const built = this.fields.built;
    let pos = this.pos;
    let line = this.line;
    let nextDelimiter = text.indexOf(delimiter, pos);
    let nextNewline = text.indexOf('\n', pos);
    let complete = 0;

    records: while (pos < length && complete < limit) {
      const recordStart = pos;
      const recordLine = line;
      let field = 0;
      // A blank line is no record (as pandas and DuckDB read it).
      if (text.charCodeAt(pos) === NEWLINE || (text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === NEWLINE)) {
        pos += text.charCodeAt(pos) === CR ? 2 : 1;
        line++;
        continue;
      }
      for (;;) {
        if (field === starts.length) {
          this.grow();
          ({ starts, ends } = this.fields);
        }
        let end: number;
        if (text.charCodeAt(pos) === QUOTE) {
          // Quoted field: runs to a quote not followed by another quote. Its value is the text
          // between the quotes unless a doubled quote or text after the closing one makes
          // `value` a string of its own.
          const quoteLine = line;
          const valueStart = pos + 1;
          let valueEnd = valueStart;
          let start = valueStart;
          let value: string | undefined;
          for (;;) {
            const close = text.indexOf('"', start);
            if (close === -1 || (close + 1 >= length && !final)) {
              if (!final) {
                pos = recordStart;
                line = recordLine;
                break records;
              }
              const column = this.header?.[field] ?? `${field + 1}`;
              throw new UserError([{ file: this.file, line: quoteLine, message: `unclosed quote in column "${column}"` }]);
            }
            if (text.charCodeAt(close + 1) === QUOTE) {
              value = (value ?? '') + text.slice(start, close + 1);
              start = close + 2;
              continue;
            }
            if (value !== undefined) value += text.slice(start, close);
            else valueEnd = close;
            // Newlines inside the quotes still advance the line count. The cached next newline
            // says whether there are any, without scanning the rest of the line for each field.
            if (nextNewline !== -1 && nextNewline < pos) nextNewline = text.indexOf('\n', pos);
            if (nextNewline !== -1 && nextNewline < close) {
              for (let nl = nextNewline; nl !== -1 && nl < close; nl = text.indexOf('\n', nl + 1)) line++;
            }
            pos = close + 1;
            break;
          }
          if (nextDelimiter !== -1 && nextDelimiter < pos) nextDelimiter = text.indexOf(delimiter, pos);
          if (nextNewline !== -1 && nextNewline < pos) nextNewline = text.indexOf('\n', pos);
          end = pos;
          const after = text.charCodeAt(pos);
          if (after !== delimiterCode && after !== NEWLINE && !(after === CR && text.charCodeAt(pos + 1) === NEWLINE) && pos < length) {
            // Text after the closing quote (`"a"b`): not RFC 4180; keep it, as most readers do.
            end = nextDelimiter === -1 ? (nextNewline === -1 ? length : nextNewline) : nextNewline === -1 ? nextDelimiter : Math.min(nextDelimiter, nextNewline);
            let tail = text.slice(pos, end);
            if (end === nextNewline && tail.charCodeAt(tail.length - 1) === CR) tail = tail.slice(0, -1);
            value = (value ?? text.slice(valueStart, valueEnd)) + tail;
          }
          if (value === undefined) {
            starts[field] = valueStart;
            ends[field] = valueEnd;
          } else {
            ends[field] = BUILT;
            built[field] = value;
          }
        } else {
          if (nextDelimiter !== -1 && nextDelimiter < pos) nextDelimiter = text.indexOf(delimiter, pos);
          if (nextNewline !== -1 && nextNewline < pos) nextNewline = text.indexOf('\n', pos);
          end = nextDelimiter !== -1 && (nextDelimiter < nextNewline || nextNewline === -1) ? nextDelimiter : nextNewline === -1 ? length : nextNewline;
          starts[field] = pos;
          ends[field] = (end === nextNewline || end === length) && end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        }
        field++;
        if (end < length && text.charCodeAt(end) === delimiterCode) {
          pos = end + 1;
          continue;
        }
        if (end >= length && !final) {
          pos = recordStart;
          line = recordLine;
          break records;
        }
        // End of record: the newline (or the end of the last chunk). A quoted field ends at the
        // CR of a CRLF (checked above to be followed by its LF): both are the record's end, or
        // the LF read as a blank line of its own and every later line number was one too high.
        pos = end >= length ? length : text.charCodeAt(end) === CR ? end + 2 : end + 1;
        if (end < length) line++;
        break;
      }

      if (this.header === undefined) {
        const names: string[] = [];
        for (let c = 0; c < field; c++) names.push(ends[c] === BUILT ? built[c] : text.slice(starts[c], ends[c]));
        this.header = uniqueNames(names, this.file, this.onIssue);
        continue;
      }
      if (field !== this.header.length) {
        this.onIssue({
          kind: 'ragged_row', file: this.file, line: recordLine, row: this.nextRow + complete,
          message: `expected ${this.header.length} fields, found ${field}`,
        });
      }
      sink.record(text, this.fields, field, this.header, recordLine, recordStart);
      complete++;
    }

    this.pos = pos;
    this.line = line;
    this.nextRow += complete;
    return complete;
  }
}

/**
 * Collects records into a columnar batch of strings; a short record's missing fields are null.
 * With `keep`, only the columns it accepts get cells (the others' arrays stay empty): the
 * contract checks read a few columns, and slicing every field into a string cost as much as
 * profiling it.
 */
export class BatchSink implements RecordSink {
  private header: string[] | undefined;
  private data: Cell[][] = [];
  private wanted: boolean[] = [];
  private lines: number[] = [];

  constructor(private readonly keep?: (name: string) => boolean) {}

  record(text: string, fields: Fields, count: number, header: string[], line: number): void {
    if (this.header !== header) {
      this.header = header;
      this.data = header.map(() => []);
      this.wanted = header.map((name) => this.keep?.(name) ?? true);
    }
    const { data, wanted } = this;
    const { starts, ends, built } = fields;
    const width = header.length;
    const present = count < width ? count : width;
    for (let c = 0; c < present; c++) if (wanted[c]) data[c].push(ends[c] === BUILT ? built[c] : text.slice(starts[c], ends[c]));
    for (let c = present; c < width; c++) if (wanted[c]) data[c].push(null);
    this.lines.push(line);
  }

  /** The records gathered since the last take, as a batch whose first row is `firstRow`. */
  take(file: string, firstRow: number): Batch | undefined {
    const { header, data, lines } = this;
    if (!header || lines.length === 0) return undefined;
    this.data = header.map(() => []);
    this.lines = [];
    return { columns: header, data, length: lines.length, firstRow, lines, file };
  }
}
