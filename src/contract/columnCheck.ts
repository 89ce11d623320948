// Every rule of one column, checked on every row as batches stream past; results at the end.

import type { ColumnRule } from '../config/schema.js';
import type { Cell } from '../readers/types.js';
import type { GateResult, Severity } from '../report/types.js';
import type { ColumnType } from '../profile/types.js';
import {
  KIND_BOOLEAN, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_STRING, KIND_TIMESTAMP, KIND_TYPES, cellNumber, cellText, cellTime, cellType,
  classifyRange, classifyText, parsedValue,
} from '../profile/values.js';
import { classifyFormatted } from '../profile/formats.js';
import { textTime } from '../profile/dates.js';
import { parseBound, typeAccepts, typeAcceptsRange, typeAcceptsText, type Bound } from './rules.js';
import { fieldCell, type FieldBatch } from './fields.js';
import { CANONICAL, NOT_PARSED } from '../profile/records.js';
import { TextSet } from './textSet.js';
import { detach } from './detach.js';
import { UniqueSet, canonicalInteger, type UniqueSetState } from './uniqueSet.js';
import { MAX_EXAMPLES, Violations, type RowsAt, type Shift, type ViolationsState } from './violations.js';
import { columnResults, type ColumnTally } from './columnResults.js';
import { compilePattern } from './pattern.js';

/** Distinct disallowed values kept to show as `observed`. */
const MAX_OBSERVED_VALUES = 10;
const SURROGATE = /[\uD800-\uDBFF]/;

export interface ColumnCheckContext {
  dataset: string;
  severity: Severity;
  isNull: (cell: Cell) => boolean;
  /** `isNull` of the CSV/TSV field text[start, end) (src/contract/fields.ts). */
  isNullRange: (text: string, start: number, end: number) => boolean;
  /** false: no null tokens, only the empty field is null (`isNullRange` need not be asked of others). */
  tokens?: boolean;
  /** Keep where each unique value was first seen, so the state of this part merges (src/contract/state.ts). */
  track?: boolean;
}

/** Where a part of a file read apart goes in the whole: rows and lines before it, its file, and whether it is the last. */
export interface PartPlace extends Shift { file: string; last: boolean }

/** A ColumnCheck's tallies as plain data, to cross a worker thread and merge in row order. */
export interface ColumnCheckState {
  present: boolean;
  nulls: ViolationsState;
  type?: ViolationsState;
  offendingTypes: ColumnType[];
  unique?: { seen: UniqueSetState; violations: ViolationsState };
  min?: { violations: ViolationsState; extreme: number | undefined };
  max?: { violations: ViolationsState; extreme: number | undefined };
  allowed?: { violations: ViolationsState; values: string[] };
  pattern?: ViolationsState;
  length: { min?: ViolationsState; max?: ViolationsState; shortest?: number; longest?: number };
}

interface BoundCheck {
  bound: Bound;
  violations: Violations;
  /** Lowest (min rule) or highest (max rule) value seen, comparable with the bound. */
  extreme: number | undefined;
}

export class ColumnCheck {
  /** The column appeared in at least one batch. */
  present = false;
  private readonly nulls = new Violations();
  private readonly typeViolations?: Violations;
  private readonly offendingTypes = new Set<ColumnType>();
  private readonly unique?: { seen: UniqueSet; violations: Violations };
  private readonly min?: BoundCheck;
  private readonly max?: BoundCheck;
  private readonly allowed?: { texts: Set<string>; ranges: TextSet; numbers: Set<number>; violations: Violations; values: Set<string> };
  private readonly pattern?: { regex: RegExp; violations: Violations };
  private readonly length: { min?: Violations; max?: Violations; shortest?: number; longest?: number } = {};
  private readonly needsText: boolean;
  /** A rule reads the field's type or value; a string column's allowed values, pattern and lengths read only its text. */
  private readonly needsKind: boolean;
  /** `addParsedFields`'s tables, made at its first batch. */
  private byKind: ParsedRules | undefined;
  /** Only the type, bounds and uniqueness read the column's fields: `addParsedFields` may check them by value. */
  private readonly byValue: boolean;
  /** Kinds the declared type accepts whatever the text (a bit per KIND_ constant); others ask `typeAcceptsRange`. */
  private readonly accepted: number;

  constructor(readonly name: string, readonly rule: ColumnRule, private readonly context: ColumnCheckContext) {
    if (rule.type) this.typeViolations = new Violations();
    if (rule.unique) this.unique = { seen: new UniqueSet(undefined, context.track), violations: new Violations() };
    this.min = boundCheck(rule.min);
    this.max = boundCheck(rule.max);
    if (rule.allowed) this.allowed = allowedCheck(rule.allowed, rule.type === 'string');
    // validateConfig has rejected patterns that do not compile before any data is read.
    if (rule.pattern !== undefined) this.pattern = { regex: compilePattern(rule.pattern), violations: new Violations() };
    if (rule.min_length !== undefined) this.length.min = new Violations();
    if (rule.max_length !== undefined) this.length.max = new Violations();
    this.needsText = Boolean(this.unique || this.allowed || this.pattern || this.length.min || this.length.max);
    this.accepted = acceptedKinds(rule.type);
    this.byValue = !this.allowed && !this.pattern && !this.length.min && !this.length.max;
    this.needsKind = Boolean((rule.type && rule.type !== 'string') || this.min || this.max || this.unique || (this.allowed && this.allowed.numbers.size > 0));
  }

  /** Checks the column's cells in one batch; `cells` is undefined when the batch lacks the column (all null). */
  add(batch: RowsAt & { length: number }, cells: Cell[] | undefined): void {
    if (!cells) {
      this.addAbsent(batch);
      return;
    }
    this.present = true;
    for (let index = 0; index < batch.length; index++) this.addCell(cells[index], batch, index);
  }

  /** Checks one cell, any kind: a string (CSV, TSV) or a typed value (JSON, Parquet, a formatted field). */
  private addCell(cell: Cell, batch: RowsAt, index: number): void {
    if (this.context.isNull(cell)) {
      this.nulls.add(batch, index, cellText(cell));
      return;
    }
    if (typeof cell === 'string') {
      this.addText(cell, batch, index);
      return;
    }
    const declared = this.rule.type;
    if (declared && !typeAccepts(declared, cell)) {
      this.typeViolations!.add(batch, index, cellText(cell));
      this.offendingTypes.add(cellType(cell));
    }
    if (this.min) checkBound(this.min, cell, batch, index, (value, bound) => value < bound);
    if (this.max) checkBound(this.max, cell, batch, index, (value, bound) => value > bound);
    if (!this.needsText) return;
    const text = cellText(cell);
    if (this.unique && !this.unique.seen.add(text, batch.firstRow + index, batch.lines?.[index])) this.unique.violations.add(batch, index, text);
    if (this.allowed && !isAllowed(this.allowed, text, cell)) {
      this.allowed.violations.add(batch, index, text);
      if (this.allowed.values.size < MAX_OBSERVED_VALUES) this.allowed.values.add(detach(text));
    }
    if (this.pattern && !this.pattern.regex.test(text)) this.pattern.violations.add(batch, index, text);
    if (this.length.min || this.length.max) this.checkLength(text, batch, index);
  }

  /**
   * `add` of column c of a batch of CSV/TSV field offsets (src/contract/fields.ts): the same
   * tallies as `add` of the string batch the fields would make, with no string per field.
   */
  addFields(batch: FieldBatch, c: number): void {
    this.present = true;
    // The profiler's kind and value of each field it classified (src/profile/records.ts SharedParse).
    const parse = batch.parse;
    const kinds = batch.formats[c] === undefined && parse !== undefined && parse.ready[c] === 1 ? parse.kinds[c] : undefined;
    const values = kinds !== undefined ? parse!.values[c] : undefined;
    if (kinds !== undefined && this.byValue) {
      this.addParsedFields(batch, c, kinds, values!);
      return;
    }
    const { text, length } = batch;
    const starts = batch.starts[c];
    const ends = batch.ends[c];
    const format = batch.formats[c];
    const isNullRange = this.context.isNullRange;
    for (let index = 0; index < length; index++) {
      const end = ends[index];
      if (end < 0 || format !== undefined) {
        this.addField(batch, c, index, kinds, values);
        continue;
      }
      const start = starts[index];
      if (isNullRange(text, start, end)) {
        this.nulls.addRange(batch, index, text, start, end);
        continue;
      }
      const shared = kinds !== undefined ? kinds[index] : NOT_PARSED;
      if (shared !== NOT_PARSED) this.addParsed(text, start, end, shared & (CANONICAL - 1), values![index], shared >= CANONICAL, batch, index);
      else this.addRange(text, start, end, batch, index);
    }
  }

  /** Field `index` of column c, its kind and value from the profiler's parse where it has them. */
  private addField(batch: FieldBatch, c: number, index: number, kinds: Uint8Array | undefined, values: Float64Array | undefined): void {
    const end = batch.ends[c][index];
    if (end < 0) {
      // Doubled quotes (a built value) and missing fields (null) take the cells' way.
      this.addCell(fieldCell(batch, c, index), batch, index);
      return;
    }
    const { text } = batch;
    const start = batch.starts[c][index];
    const format = batch.formats[c];
    if (format !== undefined) {
      const kind = classifyFormatted(text, start, end, format);
      if (kind !== KIND_STRING) {
        this.addCell(kind === KIND_BOOLEAN ? parsedValue.value === 1 : parsedValue.value, batch, index);
        return;
      }
    }
    if (this.context.isNullRange(text, start, end)) {
      this.nulls.addRange(batch, index, text, start, end);
      return;
    }
    // Null to the profiler (its tokens) but not to the contract: classified here.
    const shared = kinds !== undefined ? kinds[index] : NOT_PARSED;
    if (shared !== NOT_PARSED) this.addParsed(text, start, end, shared & (CANONICAL - 1), values![index], shared >= CANONICAL, batch, index);
    else this.addRange(text, start, end, batch, index);
  }

  /**
   * `addFields` of a column whose rules read only the type and value (`byValue`), from the
   * profiler's parse: a field of an accepted kind within both bounds passes here on its kind and
   * value alone, its extremes kept apart until the end of the batch (a minimum and a maximum
   * do not depend on order); any other field (null, a violation, a bound of another kind, a
   * text key) goes the way of `addField`, which tallies it as before.
   */
  private addParsedFields(batch: FieldBatch, c: number, kinds: Uint8Array, values: Float64Array): void {
    const { text, length, firstRow, lines } = batch;
    const starts = batch.starts[c];
    const ends = batch.ends[c];
    // Without null tokens a null field is an empty one, which `end <= start` sends to addField.
    const isNullRange = this.context.tokens === false ? undefined : this.context.isNullRange;
    const { min, max, unique } = this;
    const byKind = this.byKind ??= parsedRules(this.rule.type ? this.accepted : 0x3f, min?.bound, max?.bound, unique !== undefined);
    const { fast, low, high } = byKind;
    // Lowest and highest value per kind byte; the bounds' kinds among them make the extremes.
    const lowest = byKind.lowest.fill(Infinity);
    const highest = byKind.highest.fill(-Infinity);
    for (let index = 0; index < length; index++) {
      const end = ends[index];
      const start = starts[index];
      const shared = kinds[index];
      const value = values[index];
      // Zeros go addField's way, in row order: an extreme of 0 or -0 is the first one read, as there.
      if (end <= start || fast[shared] === 0 || value < low[shared] || value > high[shared] || value === 0 ||
        (isNullRange !== undefined && isNullRange(text, start, end))) {
        this.addField(batch, c, index, kinds, values);
        continue;
      }
      if (value < lowest[shared]) lowest[shared] = value;
      if (value > highest[shared]) highest[shared] = value;
      if (unique !== undefined && !unique.seen.addKey(value, '', firstRow + index, lines?.[index])) unique.violations.addRange(batch, index, text, start, end);
    }
    for (let shared = 0; shared < CANONICAL * 2; shared++) {
      const bit = 1 << (shared & (CANONICAL - 1));
      if (min && (byKind.minKinds & bit) !== 0 && lowest[shared] !== Infinity && (min.extreme === undefined || lowest[shared] < min.extreme)) min.extreme = lowest[shared];
      if (max && (byKind.maxKinds & bit) !== 0 && highest[shared] !== -Infinity && (max.extreme === undefined || highest[shared] > max.extreme)) max.extreme = highest[shared];
    }
  }

  /** `addText` of the non-null field text[start, end): a string only where a rule needs one. */
  private addRange(text: string, start: number, end: number, batch: RowsAt, index: number): void {
    const kind = this.needsKind ? classifyRange(text, start, end) : KIND_STRING;
    this.addParsed(text, start, end, kind, parsedValue.value, parsedValue.canonical, batch, index);
  }

  /** `addRange` of a field whose kind and value are known (`classifyRange`'s, here or the profiler's). */
  private addParsed(text: string, start: number, end: number, kind: number, value: number, canonical: boolean, batch: RowsAt, index: number): void {
    const declared = this.rule.type;
    if (declared && (this.accepted & (1 << kind)) === 0 && !typeAcceptsRange(declared, kind, text, start, end)) {
      this.typeViolations!.addRange(batch, index, text, start, end);
      this.offendingTypes.add(KIND_TYPES[kind]);
    }
    if (this.min || this.max) {
      const numeric = kind === KIND_INTEGER || kind === KIND_NUMBER;
      const temporal = kind === KIND_DATE || kind === KIND_TIMESTAMP;
      if (this.min) checkBoundRange(this.min, true, numeric, temporal, value, text, start, end, batch, index);
      if (this.max) checkBoundRange(this.max, false, numeric, temporal, value, text, start, end, batch, index);
    }
    if (!this.needsText) return;
    if (this.unique) {
      // Canonical integers go to the set by value; other integers (`007`, 16 digits) as `canonicalInteger` reads them.
      const key = kind !== KIND_INTEGER ? undefined : canonical ? value : canonicalInteger(text.slice(start, end));
      const row = batch.firstRow + index;
      const line = batch.lines?.[index];
      if (key !== undefined) {
        if (!this.unique.seen.addKey(key, '', row, line)) this.unique.violations.addRange(batch, index, text, start, end);
      } else {
        const field = text.slice(start, end);
        if (!this.unique.seen.addKey(undefined, field, row, line)) this.unique.violations.add(batch, index, field);
      }
    }
    const allowed = this.allowed;
    if (allowed && !allowed.ranges.hasRange(text, start, end) && !(allowed.numbers.size > 0 && (kind === KIND_INTEGER || kind === KIND_NUMBER) && allowed.numbers.has(value))) {
      allowed.violations.addRange(batch, index, text, start, end);
      if (allowed.values.size < MAX_OBSERVED_VALUES) allowed.values.add(detach(text.slice(start, end)));
    }
    if (this.pattern) {
      const field = text.slice(start, end);
      if (!this.pattern.regex.test(field)) this.pattern.violations.add(batch, index, field);
    }
    if (this.length.min || this.length.max) this.checkLengthRange(text, start, end, batch, index);
  }

  /**
   * `add` of one non-null text cell (CSV, TSV), classified once for every rule: the type, both
   * bounds and the unique key read the same parse (each used to parse it again).
   */
  private addText(text: string, batch: RowsAt, index: number): void {
    const kind = classifyText(text);
    const value = parsedValue.value;
    const canonical = parsedValue.canonical;
    const declared = this.rule.type;
    if (declared && !typeAcceptsText(declared, kind, text)) {
      this.typeViolations!.add(batch, index, text);
      this.offendingTypes.add(KIND_TYPES[kind]);
    }
    if (this.min || this.max) {
      const numeric = kind === KIND_INTEGER || kind === KIND_NUMBER;
      const temporal = kind === KIND_DATE || kind === KIND_TIMESTAMP;
      if (this.min) checkBoundValue(this.min, boundValue(this.min.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a < b);
      if (this.max) checkBoundValue(this.max, boundValue(this.max.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a > b);
    }
    if (!this.needsText) return;
    if (this.unique) {
      // A canonical integer of up to 15 digits was read by the parse; others as the set reads them.
      const key = kind === KIND_INTEGER && canonical ? value : canonicalInteger(text);
      if (!this.unique.seen.addKey(key, text, batch.firstRow + index, batch.lines?.[index])) this.unique.violations.add(batch, index, text);
    }
    if (this.allowed && !this.allowed.texts.has(text) && !(this.allowed.numbers.size > 0 && (kind === KIND_INTEGER || kind === KIND_NUMBER) && this.allowed.numbers.has(value))) {
      this.allowed.violations.add(batch, index, text);
      if (this.allowed.values.size < MAX_OBSERVED_VALUES) this.allowed.values.add(detach(text));
    }
    if (this.pattern && !this.pattern.regex.test(text)) this.pattern.violations.add(batch, index, text);
    if (this.length.min || this.length.max) this.checkLength(text, batch, index);
  }

  private addAbsent(batch: RowsAt & { length: number }): void {
    // Only the first few rows can become examples; the rest only count.
    const recorded = Math.min(batch.length, 5);
    for (let index = 0; index < recorded; index++) this.nulls.add(batch, index, '');
    this.nulls.count += batch.length - recorded;
  }

  private checkLength(text: string, batch: RowsAt, index: number): void {
    // Length in characters (code points), so an emoji counts once.
    const length = SURROGATE.test(text) ? [...text].length : text.length;
    if (this.length.shortest === undefined || length < this.length.shortest) this.length.shortest = length;
    if (this.length.longest === undefined || length > this.length.longest) this.length.longest = length;
    if (this.length.min && length < this.rule.min_length!) this.length.min.add(batch, index, text);
    if (this.length.max && length > this.rule.max_length!) this.length.max.add(batch, index, text);
  }

  private checkLengthRange(text: string, start: number, end: number, batch: RowsAt, index: number): void {
    const length = codePoints(text, start, end);
    if (this.length.shortest === undefined || length < this.length.shortest) this.length.shortest = length;
    if (this.length.longest === undefined || length > this.length.longest) this.length.longest = length;
    if (this.length.min && length < this.rule.min_length!) this.length.min.addRange(batch, index, text, start, end);
    if (this.length.max && length > this.rule.max_length!) this.length.max.addRange(batch, index, text, start, end);
  }

  toState(): ColumnCheckState {
    const length = this.length;
    return {
      present: this.present,
      nulls: this.nulls.toState(),
      ...(this.typeViolations ? { type: this.typeViolations.toState() } : {}),
      offendingTypes: [...this.offendingTypes],
      ...(this.unique ? { unique: { seen: this.unique.seen.toState(), violations: this.unique.violations.toState() } } : {}),
      ...(this.min ? { min: { violations: this.min.violations.toState(), extreme: this.min.extreme } } : {}),
      ...(this.max ? { max: { violations: this.max.violations.toState(), extreme: this.max.extreme } } : {}),
      ...(this.allowed ? { allowed: { violations: this.allowed.violations.toState(), values: [...this.allowed.values] } } : {}),
      ...(this.pattern ? { pattern: this.pattern.violations.toState() } : {}),
      length: {
        ...(length.min ? { min: length.min.toState() } : {}), ...(length.max ? { max: length.max.toState() } : {}),
        shortest: length.shortest, longest: length.longest,
      },
    };
  }

  /**
   * Adds the state of the next part of the data (parts absorbed in file order): the same tallies
   * as if this check had read that part's rows after its own.
   */
  absorb(state: ColumnCheckState, part: PartPlace): void {
    const shift = part;
    this.present ||= state.present;
    this.nulls.absorb(state.nulls, shift);
    if (this.typeViolations && state.type) this.typeViolations.absorb(state.type, shift);
    for (const type of state.offendingTypes) this.offendingTypes.add(type);
    if (this.unique && state.unique) absorbUnique(this.unique, state.unique, part);
    for (const [check, part, lower] of [[this.min, state.min, true], [this.max, state.max, false]] as const) {
      if (!check || !part) continue;
      check.violations.absorb(part.violations, shift);
      if (part.extreme !== undefined && (check.extreme === undefined || (lower ? part.extreme < check.extreme : part.extreme > check.extreme))) check.extreme = part.extreme;
    }
    if (this.allowed && state.allowed) {
      this.allowed.violations.absorb(state.allowed.violations, shift);
      for (const value of state.allowed.values) if (this.allowed.values.size < MAX_OBSERVED_VALUES) this.allowed.values.add(value);
    }
    if (this.pattern && state.pattern) this.pattern.violations.absorb(state.pattern, shift);
    const length = this.length;
    if (length.min && state.length.min) length.min.absorb(state.length.min, shift);
    if (length.max && state.length.max) length.max.absorb(state.length.max, shift);
    if (state.length.shortest !== undefined && (length.shortest === undefined || state.length.shortest < length.shortest)) length.shortest = state.length.shortest;
    if (state.length.longest !== undefined && (length.longest === undefined || state.length.longest > length.longest)) length.longest = state.length.longest;
  }

  /** One result per rule that ran, in COLUMN_RULES order (`required` is the validator's), worded by columnResults. */
  results(rows: number): GateResult[] {
    const { dataset, severity } = this.context;
    const length = this.length;
    const tally: ColumnTally = { nulls: this.nulls };
    if (this.typeViolations) tally.type = { violations: this.typeViolations, kinds: [...this.offendingTypes] };
    if (this.unique) tally.unique = { violations: this.unique.violations, distinct: this.unique.seen.size };
    if (this.min) tally.min = this.min;
    if (this.max) tally.max = this.max;
    if (this.allowed) tally.allowed = { violations: this.allowed.violations, values: [...this.allowed.values].sort() };
    if (this.pattern) tally.pattern = this.pattern.violations;
    if (length.min) tally.minLength = { violations: length.min, shortest: length.shortest };
    if (length.max) tally.maxLength = { violations: length.max, longest: length.longest };
    return columnResults(dataset, this.name, this.rule, severity, tally, rows);
  }
}

/**
 * A later part's unique values: its own repeats were counted in it; a value already seen in an
 * earlier part is a repeat at its first row in this part. Both kinds, in the part's row order.
 */
function absorbUnique(
  unique: { seen: UniqueSet; violations: Violations }, state: { seen: UniqueSetState; violations: ViolationsState }, part: PartPlace,
): void {
  const across = new Violations();
  unique.seen.absorb(state.seen, (key, row, line) => {
    across.recordByRow(row, () => ({ row, ...(line !== undefined ? { line } : {}), file: part.file, value: String(key) }));
  }, !part.last);
  unique.violations.absorb(mergedByRow(state.violations, across.toState()), part);
}

/** Two tallies of one part as one: counts add up, the first examples by row. */
export function mergedByRow(a: ViolationsState, b: ViolationsState): ViolationsState {
  if (b.count === 0) return a;
  if (a.count === 0) return b;
  const examples = [...a.examples, ...b.examples].sort((x, y) => x.row - y.row).slice(0, MAX_EXAMPLES);
  return { count: a.count + b.count, examples };
}

function boundCheck(limit: number | string | undefined): BoundCheck | undefined {
  if (limit === undefined) return undefined;
  const bound = parseBound(limit);
  // validateConfig rejects bounds that are neither numbers nor ISO dates before data is read.
  return bound ? { bound, violations: new Violations(), extreme: undefined } : undefined;
}

/** Compares a cell with a bound of its kind; cells of another kind are the type rule's business. */
function checkBound(check: BoundCheck, cell: Cell, batch: RowsAt, index: number, beyond: (value: number, bound: number) => boolean): void {
  // Dates in other formats (src/profile/dates.ts) too; `a/b/YYYY` as MM/DD/YYYY unless a > 12.
  const value = check.bound.kind === 'number' ? cellNumber(cell) : cellTime(cell) ?? (typeof cell === 'string' ? textTime(cell) : undefined);
  if (value === undefined) return;
  if (check.extreme === undefined || beyond(value, check.extreme)) check.extreme = value;
  if (beyond(value, check.bound.value)) check.violations.add(batch, index, cellText(cell));
}

/** A text's value for a bound of its kind, from its one parse; dates in other formats as `checkBound` reads them. */
function boundValue(bound: Bound, numeric: boolean, temporal: boolean, value: number, text: string): number | undefined {
  if (bound.kind === 'number') return numeric ? value : undefined;
  return temporal ? value : textTime(text);
}

function checkBoundValue(check: BoundCheck, value: number | undefined, text: string, batch: RowsAt, index: number, beyond: (value: number, bound: number) => boolean): void {
  if (value === undefined) return;
  if (check.extreme === undefined || beyond(value, check.extreme)) check.extreme = value;
  if (beyond(value, check.bound.value)) check.violations.add(batch, index, text);
}

/**
 * `checkBoundValue` of the field text[start, end) for a min (`lower`) or max rule: dates in other
 * formats are read from its string.
 */
function checkBoundRange(
  check: BoundCheck, lower: boolean, numeric: boolean, temporal: boolean, value: number, text: string, start: number, end: number,
  batch: RowsAt, index: number,
): void {
  const compared = check.bound.kind === 'number' ? (numeric ? value : undefined) : temporal ? value : textTime(text.slice(start, end));
  if (compared === undefined) return;
  const extreme = check.extreme;
  if (extreme === undefined || (lower ? compared < extreme : compared > extreme)) check.extreme = compared;
  if (lower ? compared < check.bound.value : compared > check.bound.value) check.violations.addRange(batch, index, text, start, end);
}

/** What `addParsedFields` decides by the profiler's kind byte (a KIND_ constant | CANONICAL; NOT_PARSED). */
interface ParsedRules {
  /** 1: a field of this byte passes the type, and the bounds compare its value (or do not apply); 0: addField decides. */
  fast: Uint8Array;
  /** Bounds a fast field's value must keep, per byte (±Infinity where a bound does not apply). */
  low: Float64Array;
  high: Float64Array;
  lowest: Float64Array;
  highest: Float64Array;
  minKinds: number;
  maxKinds: number;
}

function parsedRules(accepted: number, min: Bound | undefined, max: Bound | undefined, unique: boolean): ParsedRules {
  const minKinds = min ? boundKinds(min) : 0;
  const maxKinds = max ? boundKinds(max) : 0;
  // A time bound reads a field of another kind as a date in another format, from its text.
  const slow = (min?.kind === 'time' ? 0x3f & ~minKinds : 0) | (max?.kind === 'time' ? 0x3f & ~maxKinds : 0);
  const rules: ParsedRules = {
    fast: new Uint8Array(256), low: new Float64Array(256).fill(-Infinity), high: new Float64Array(256).fill(Infinity),
    lowest: new Float64Array(256), highest: new Float64Array(256), minKinds, maxKinds,
  };
  for (let shared = 0; shared < CANONICAL * 2; shared++) {
    const kind = shared & (CANONICAL - 1);
    if (kind > KIND_STRING) continue;
    const bit = 1 << kind;
    // A unique key by value is a canonical integer; other keys are texts.
    if ((accepted & bit) === 0 || (slow & bit) !== 0 || (unique && !(kind === KIND_INTEGER && shared >= CANONICAL))) continue;
    rules.fast[shared] = 1;
    if ((minKinds & bit) !== 0) rules.low[shared] = min!.value;
    if ((maxKinds & bit) !== 0) rules.high[shared] = max!.value;
  }
  return rules;
}

/** The kinds a bound compares by their parsed value: numbers for a number, dates and timestamps for a time. */
function boundKinds(bound: Bound): number {
  return bound.kind === 'number' ? (1 << KIND_INTEGER) | (1 << KIND_NUMBER) : (1 << KIND_DATE) | (1 << KIND_TIMESTAMP);
}

/** The kinds `typeAcceptsRange(declared, kind, …)` accepts for any text: a bit per KIND_ constant. */
function acceptedKinds(declared: ColumnType | undefined): number {
  switch (declared) {
    case 'string': return 0x3f;
    case 'integer': return 1 << KIND_INTEGER;
    case 'number': return (1 << KIND_INTEGER) | (1 << KIND_NUMBER);
    case 'boolean': return 1 << KIND_BOOLEAN;
    case 'date': return 1 << KIND_DATE;
    case 'timestamp': return (1 << KIND_DATE) | (1 << KIND_TIMESTAMP);
    default: return 0;
  }
}

/** Characters (code points) of text[start, end), as `[...text].length` counts them: a surrogate pair once. */
function codePoints(text: string, start: number, end: number): number {
  let length = end - start;
  for (let i = start; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) continue;
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      length--;
      i++;
    }
  }
  return length;
}

/** In a declared string column a number is a spelling (`12345` must not admit `012345`); elsewhere a value. */
function allowedCheck(allowed: (string | number | boolean)[], asText: boolean) {
  const texts = new Set<string>();
  const numbers = new Set<number>();
  for (const value of allowed) {
    if (typeof value === 'number' && !asText) numbers.add(value);
    else if (typeof value === 'number') texts.add(String(value));
    else if (typeof value === 'boolean') for (const spelling of booleanSpellings(value)) texts.add(spelling);
    else texts.add(value);
  }
  return { texts, ranges: new TextSet(texts), numbers, violations: new Violations(), values: new Set<string>() };
}

function booleanSpellings(value: boolean): string[] {
  return value ? ['true', 'True', 'TRUE'] : ['false', 'False', 'FALSE'];
}

/** Allowed by text, or by value for numbers (`5` allows `5.0`). */
function isAllowed(allowed: { texts: Set<string>; numbers: Set<number> }, text: string, cell: Cell): boolean {
  if (allowed.texts.has(text)) return true;
  if (allowed.numbers.size === 0) return false;
  const value = cellNumber(cell);
  return value !== undefined && allowed.numbers.has(value);
}

