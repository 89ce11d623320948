// One column's streaming accumulator: every cell updates counts, type votes, lengths, moments,
// the numeric sample and the category counts. The loop here is the profiler's hot path.

import type { Cell } from '../readers/types.js';
import { CategoryCounter } from './categories.js';
import { DateTally } from './dates.js';
import type { ExactValues } from './exact.js';
import { emptyMoments, mergeMoments } from './moments.js';
import type { Moments } from './moments.js';
import { NumericSample } from './sample.js';
import { STATE_VERSION } from './stateVersion.js';
import type { ColumnState } from './state.js';
import { KIND_BOOLEAN, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_STRING, KIND_TIMESTAMP, cellText, classifyRange, parsedValue } from './values.js';
import { classifyFormatted } from './formats.js';
import type { ValueFormat } from './formats.js';
import { NestedValue, addLength, emptyLengths, mergeLengths } from './nested.js';
import type { NestedState } from './nested.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Numeric values gathered before the sample (and the exact values) take them: see `addNumber`. */
const PENDING_NUMBERS = 256;

/** UTF-16 surrogate pairs in text[start, end): each is one character of two units. */
export function surrogatePairs(text: string, start: number, end: number): number {
  let pairs = 0;
  for (let i = start; i < end - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return pairs;
}

/** The null tokens, and a bit per token length under 32 so most fields skip the lookup. */
interface NullTokens {
  tokens: string[];
  lengths: number;
}

function nullTokensOf(tokens: Set<string>): NullTokens {
  let lengths = 0;
  for (const token of tokens) lengths |= token.length < 32 ? 1 << token.length : 1 << 31;
  return { tokens: [...tokens], lengths };
}

function isToken(nulls: NullTokens, text: string, start: number, end: number): boolean {
  const length = end - start;
  if ((nulls.lengths & (length < 32 ? 1 << length : 1 << 31)) === 0) return false;
  for (const token of nulls.tokens) {
    if (token.length !== length) continue;
    let i = 0;
    while (i < length && token.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === length) return true;
  }
  return false;
}

export class ColumnAccumulator {
  count = 0;
  nulls = 0;
  readonly kinds = new Float64Array(6);
  minLength = Infinity;
  /**
   * Set by the CSV sink while it feeds a decoded chunk without a high surrogate (one regex test
   * per chunk): then no field of it has a pair, and the per-field count is skipped.
   */
  surrogateFree = false;
  maxLength = -Infinity;
  moments: Moments = emptyMoments();
  sample = new NumericSample();
  timeMin = Infinity;
  timeMax = -Infinity;
  /** The category counts, save the numbers still waiting in a run (`countNumber`): read them through `toState` or `merge`. */
  categories = new CategoryCounter();
  /** Text values in the date formats ISO 8601 is not (src/profile/dates.ts). */
  dates = new DateTally();
  /** Every numeric value, when the profile is for a comparison in this run (src/profile/exact.ts). */
  exact: ExactValues | undefined;
  /** How the column's text reads when not as plain values (`1.234,56`, `Y`/`N`): src/profile/formats.ts. */
  get format(): ValueFormat | undefined {
    return this.reading;
  }

  /** Sets how the next text reads (per file); the profile keeps the last format any file had. */
  set format(format: ValueFormat | undefined) {
    this.reading = format;
    if (format) this.formatSeen = format;
  }

  private reading: ValueFormat | undefined;
  private formatSeen: ValueFormat | undefined;
  /** Lists, structs and maps (Parquet): their type and lengths. */
  nested: NestedState | undefined;
  private readonly pending = new Float64Array(PENDING_NUMBERS);
  private pendingCount = 0;
  /** Numbers waiting to be counted as categories, in the order they came: see `countNumber`. */
  private readonly pendingKeys = new Float64Array(PENDING_NUMBERS);
  private pendingKeyCount = 0;

  private readonly nullTokens: NullTokens | undefined;

  constructor(readonly name: string, nullTokens: Set<string> | undefined) {
    this.nullTokens = nullTokens && nullTokens.size > 0 ? nullTokensOf(nullTokens) : undefined;
  }

  /** Adds `length` cells of one batch column. */
  addCells(cells: ArrayLike<Cell>, length: number): void {
    const format = this.format;
    if (format !== undefined) {
      for (let r = 0; r < length; r++) {
        const cell = cells[r];
        if (typeof cell === 'string') this.addFormattedRange(cell, 0, cell.length, format);
        else if (cell === null || cell === undefined) this.nulls++;
        else this.addTyped(cell);
      }
      return;
    }
    for (let r = 0; r < length; r++) {
      const cell = cells[r];
      if (typeof cell === 'string') this.addRange(cell, 0, cell.length);
      else if (cell === null || cell === undefined) this.nulls++;
      else this.addTyped(cell);
    }
  }

  /**
   * Adds the text cell text[start, end). The CSV profiler passes fields where they lie in the
   * decoded chunk: classifying, hashing and counting them in place means a number or a
   * repeated category never becomes a string of its own.
   */
  addRange(text: string, start: number, end: number): void {
    if (end === start || (this.nullTokens !== undefined && isToken(this.nullTokens, text, start, end))) this.nulls++;
    else this.addTextRange(text, start, end, classifyRange(text, start, end));
  }

  /**
   * `addRange` for a column with a format (`1.234,56`, `Y`): a method of its own, so that the
   * plain path of every other column stays as it was.
   */
  addFormattedRange(text: string, start: number, end: number, format: ValueFormat): void {
    if (end === start || (this.nullTokens !== undefined && isToken(this.nullTokens, text, start, end))) this.nulls++;
    else this.addTextRange(text, start, end, classifyFormatted(text, start, end, format));
  }

  /**
   * `addRange` that hands back the field's kind (−1: null), its parse left in `parsedValue`: for
   * a sink of the same records that reads the same parse (the contract, src/profile/records.ts).
   */
  addRangeKind(text: string, start: number, end: number): number {
    if (end === start || (this.nullTokens !== undefined && isToken(this.nullTokens, text, start, end))) {
      this.nulls++;
      return -1;
    }
    const kind = classifyRange(text, start, end);
    const { value, canonical } = parsedValue;
    this.addTextRange(text, start, end, kind);
    parsedValue.value = value;
    parsedValue.canonical = canonical;
    return kind;
  }

  private addTextRange(text: string, start: number, end: number, kind: number): void {
    this.count++;
    this.kinds[kind]++;
    // Length in characters (code points), as SQL's length() and Python's len() count, and as the
    // contract's min_length/max_length do: an emoji counts once. A text's units bound its code
    // points (units / 2 ≤ points ≤ units), so they are counted only when they could move a bound;
    // numbers, dates and booleans are ASCII.
    let length = end - start;
    if (kind === KIND_STRING && !this.surrogateFree && (length > this.maxLength || length < 2 * this.minLength)) length -= surrogatePairs(text, start, end);
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
    if (kind === KIND_INTEGER || kind === KIND_NUMBER) {
      this.addNumber(parsedValue.value);
      // A number whose text String() gives back is counted by value: same categories, listed
      // under the same text, without hashing or keeping the text.
      if (parsedValue.canonical) {
        this.countNumber(parsedValue.value);
        return;
      }
    } else if (kind === KIND_DATE || kind === KIND_TIMESTAMP) {
      const time = parsedValue.value;
      if (time < this.timeMin) this.timeMin = time;
      if (time > this.timeMax) this.timeMax = time;
    } else if (this.dates.looking) this.dates.addRange(text, start, end);
    if (this.pendingKeyCount > 0) this.countNumbers();
    this.categories.addRange(text, start, end);
  }

  private addText(text: string, kind: number): void {
    this.addTextRange(text, 0, text.length, kind);
  }

  private addNumber(value: number): void {
    // Welford's update.
    const moments = this.moments;
    const n = ++moments.n;
    const delta = value - moments.mean;
    moments.mean += delta / n;
    moments.m2 += delta * (value - moments.mean);
    if (value < moments.min) moments.min = value;
    if (value > moments.max) moments.max = value;
    // Handed on in runs: V8 passes a double to a call it does not inline (the sample's, several
    // levels down the profiler's loop) as a new heap number, one per value; written here, it is not.
    this.pending[this.pendingCount++] = value;
    if (this.pendingCount === PENDING_NUMBERS) this.settle();
  }

  /**
   * Counts a number as a category, in a run with the numbers before it: as a value passed to the
   * counter one at a time, it was a new heap number per cell (the counter's code is not inlined
   * here), and the numeric columns' counting took ≈ 5 % longer. A text or time counted meanwhile
   * takes the run first, so the counts come in the order of the cells.
   */
  private countNumber(value: number): void {
    this.pendingKeys[this.pendingKeyCount++] = value;
    if (this.pendingKeyCount === PENDING_NUMBERS) this.countNumbers();
  }

  /** Counts the waiting numbers: before any other value is counted, and before the counts are read. */
  private countNumbers(): void {
    const count = this.pendingKeyCount;
    this.pendingKeyCount = 0;
    this.categories.addNumbers(this.pendingKeys, count);
  }

  /** Hands the gathered numeric values to the sample, the exact values and the category counts: before any is read. */
  private settle(): void {
    if (this.pendingKeyCount > 0) this.countNumbers();
    const count = this.pendingCount;
    if (count === 0) return;
    this.pendingCount = 0;
    this.sample.addAll(this.pending, count);
    this.exact?.addAll(this.pending, count);
  }

  /**
   * Values typed by the file (JSON, Parquet). Numbers and times are counted as numbers, without
   * making their text (the slowest part of profiling Parquet), so they add nothing to the
   * lengths, which are of text cells.
   */
  private addTyped(cell: Exclude<Cell, string | null | undefined>): void {
    switch (typeof cell) {
      case 'number':
        // NaN is how pandas and Arrow spell a missing float.
        if (Number.isNaN(cell)) this.nulls++;
        else if (!Number.isFinite(cell)) this.addText(String(cell), KIND_STRING);
        else this.addTypedNumber(cell, Number.isInteger(cell) ? KIND_INTEGER : KIND_NUMBER);
        return;
      case 'bigint':
        // Beyond 2^53 the number is rounded, so count such a value by its exact text.
        if (cell <= MAX_SAFE && cell >= -MAX_SAFE) this.addTypedNumber(Number(cell), KIND_INTEGER);
        else {
          parsedValue.value = Number(cell);
          parsedValue.canonical = false;
          this.addText(cell.toString(), KIND_INTEGER);
        }
        return;
      case 'boolean':
        this.addText(cell ? 'true' : 'false', KIND_BOOLEAN);
        return;
      default:
        if (cell instanceof Date) {
          const time = cell.getTime();
          if (Number.isNaN(time)) this.addText(String(cell), KIND_STRING);
          else {
            this.count++;
            this.kinds[KIND_TIMESTAMP]++;
            if (time < this.timeMin) this.timeMin = time;
            if (time > this.timeMax) this.timeMax = time;
            if (this.pendingKeyCount > 0) this.countNumbers();
            this.categories.addTime(time);
          }
        } else if (cell instanceof NestedValue) this.addNested(cell);
        else this.addText(cellText(cell), KIND_STRING);
    }
  }

  /** A list, struct or map: counted, its length kept; no categories or text. */
  private addNested(cell: NestedValue): void {
    this.count++;
    this.nested ??= { type: cell.type, lengths: emptyLengths() };
    if (cell.length !== undefined) addLength(this.nested.lengths, cell.length);
  }

  private addTypedNumber(value: number, kind: number): void {
    this.count++;
    this.kinds[kind]++;
    this.addNumber(value);
    this.countNumber(value);
  }

  /** Rows in which this column was absent (a file or JSON objects without it) read as null. */
  addMissing(rows: number): void {
    this.nulls += rows;
  }

  merge(other: ColumnAccumulator): void {
    this.settle();
    other.settle();
    this.count += other.count;
    this.nulls += other.nulls;
    for (let k = 0; k < 6; k++) this.kinds[k] += other.kinds[k];
    this.minLength = Math.min(this.minLength, other.minLength);
    this.maxLength = Math.max(this.maxLength, other.maxLength);
    this.moments = mergeMoments(this.moments, other.moments);
    this.sample.merge(other.sample);
    this.timeMin = Math.min(this.timeMin, other.timeMin);
    this.timeMax = Math.max(this.timeMax, other.timeMax);
    this.categories.merge(other.categories);
    this.dates.merge(other.dates);
    this.formatSeen ??= other.formatSeen;
    if (other.nested) this.nested = this.nested ? { type: this.nested.type, lengths: mergeLengths(this.nested.lengths, other.nested.lengths) } : other.nested;
  }

  /** The column's state; its exact values (`exact`) are complete after it. */
  toState(): ColumnState {
    this.settle();
    const state: ColumnState = {
      v: STATE_VERSION, count: this.count, nulls: this.nulls, kinds: Array.from(this.kinds),
      categories: this.categories.toState(),
    };
    // Typed cells (Parquet, engine rows) have no text length: Infinity would not survive JSON.
    if (this.count > 0 && Number.isFinite(this.minLength)) {
      state.minLength = this.minLength;
      state.maxLength = this.maxLength;
    }
    if (this.moments.n > 0) {
      state.numeric = { ...this.moments };
      state.sample = this.sample.toState();
    }
    if (this.timeMin <= this.timeMax) state.time = { min: this.timeMin, max: this.timeMax };
    const dates = this.dates.toState();
    if (dates) state.dates = dates;
    if (this.formatSeen) state.format = this.formatSeen;
    if (this.nested) state.nested = this.nested;
    return state;
  }

  static fromState(name: string, state: ColumnState): ColumnAccumulator {
    const column = new ColumnAccumulator(name, undefined);
    column.count = state.count;
    column.nulls = state.nulls;
    column.kinds.set(state.kinds);
    if (state.minLength !== undefined) column.minLength = state.minLength;
    if (state.maxLength !== undefined) column.maxLength = state.maxLength;
    if (state.numeric) column.moments = { ...state.numeric };
    if (state.sample) column.sample = NumericSample.fromState(state.sample);
    if (state.time) {
      column.timeMin = state.time.min;
      column.timeMax = state.time.max;
    }
    column.categories = CategoryCounter.fromState(state.categories);
    column.dates = DateTally.fromState(state.dates);
    column.format = state.format;
    column.nested = state.nested;
    return column;
  }
}
