// Numbers and booleans as real files write them: `1.234,56`, `1,234.56`, `1 234,56`, `12%`,
// `Y`/`N`, `yes`/`no`, `T`/`F`. A column gets such a format from a sample of its first values
// (src/readers/sniff.ts) when they do not all read as plain values but all read so; the plain
// scanner (values.ts) stays as it is, so columns without a format pay nothing for this.

import type { Batch, Cell } from '../readers/types.js';
import { KIND_BOOLEAN, KIND_INTEGER, KIND_NUMBER, KIND_STRING, classifyText, parsedValue } from './values.js';

export interface NumberFormat {
  decimal: '.' | ',';
  /** The digit-group separator, when values use one: groups of three digits. */
  thousands?: ',' | '.' | ' ';
  /** Values end in `%` (read as the number written: `12%` is 12). */
  percent?: boolean;
}

export interface BooleanFormat {
  /** The tokens of the sample that read as true and as false (any casing of the pair is read). */
  true: string[];
  false: string[];
}

/** How a column's text reads, as recorded in its profile (`format`). */
export type ValueFormat = NumberFormat | BooleanFormat;

export function isBooleanFormat(format: ValueFormat): format is BooleanFormat {
  return 'true' in format;
}

const PERCENT = 37;
const SPACE = 32;
const NO_BREAK_SPACE = 160;
const NARROW_NO_BREAK_SPACE = 8239;

function isSpace(code: number): boolean {
  return code === SPACE || code === NO_BREAK_SPACE || code === NARROW_NO_BREAK_SPACE;
}

/**
 * Kind of text[start, end) under a number format (KIND_INTEGER, KIND_NUMBER or KIND_STRING), its
 * value in `parsedValue`: `[+-]?` digits in groups of three split by `thousands` (or ungrouped),
 * then `decimal` and digits, then `%` (an optional space before it) when the format has one.
 */
export function classifyNumber(text: string, start: number, end: number, format: NumberFormat): number {
  let stop = end;
  if (format.percent) {
    if (stop <= start || text.charCodeAt(stop - 1) !== PERCENT) return KIND_STRING;
    stop--;
    if (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
  }
  const decimal = format.decimal.charCodeAt(0);
  const thousands = format.thousands === undefined ? -1 : format.thousands.charCodeAt(0);
  let i = start;
  let sign = '';
  const first = text.charCodeAt(i);
  if (first === 43 || first === 45) {
    if (first === 45) sign = '-';
    i++;
  }
  let digits = '';
  let group = 0;
  let grouped = false;
  for (; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits += text[i];
      group++;
    } else if (code === thousands || (thousands === SPACE && isSpace(code))) {
      if (group === 0 || (grouped ? group !== 3 : group > 3)) return KIND_STRING;
      grouped = true;
      group = 0;
    } else break;
  }
  if (digits === '' || (grouped && group !== 3)) return KIND_STRING;
  let fraction = '';
  if (i < stop && text.charCodeAt(i) === decimal) {
    for (i++; i < stop; i++) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) break;
      fraction += text[i];
    }
    if (fraction === '') return KIND_STRING;
  }
  if (i !== stop) return KIND_STRING;
  parsedValue.value = Number(fraction === '' ? sign + digits : `${sign}${digits}.${fraction}`);
  parsedValue.canonical = false;
  return fraction === '' ? KIND_INTEGER : KIND_NUMBER;
}

/** Pairs of boolean words, lower case: a column of one pair's words (any casing) is boolean. */
const BOOLEAN_PAIRS: [string, string][] = [['y', 'n'], ['yes', 'no'], ['t', 'f']];

function lowerWord(text: string, start: number, end: number): string | undefined {
  return end - start <= 3 ? text.slice(start, end).toLowerCase() : undefined;
}

/** Kind of text[start, end) under a boolean format: KIND_BOOLEAN (value 1/0 in `parsedValue`) or KIND_STRING. */
export function classifyBoolean(text: string, start: number, end: number, format: BooleanFormat): number {
  const word = lowerWord(text, start, end);
  const pair = word === undefined ? undefined : pairOf(format);
  if (pair && (word === pair[0] || word === pair[1])) {
    parsedValue.value = word === pair[0] ? 1 : 0;
    parsedValue.canonical = false;
    return KIND_BOOLEAN;
  }
  return KIND_STRING;
}

function pairOf(format: BooleanFormat): [string, string] | undefined {
  const word = (format.true[0] ?? format.false[0])?.toLowerCase();
  return BOOLEAN_PAIRS.find(([yes, no]) => word === yes || word === no);
}

/** Kind of text[start, end) under a column's format. */
export function classifyFormatted(text: string, start: number, end: number, format: ValueFormat): number {
  return isBooleanFormat(format) ? classifyBoolean(text, start, end, format) : classifyNumber(text, start, end, format);
}

/**
 * A cell as a typed value when its column has a format and the text reads under it (`1.234,56`
 * → 1234.56, `Y` → true); other cells as they are. The contract checks read cells so, to agree
 * with the profile.
 */
export function formattedCell(cell: Cell, format: ValueFormat): Cell {
  if (typeof cell !== 'string') return cell;
  const kind = classifyFormatted(cell, 0, cell.length, format);
  if (kind === KIND_BOOLEAN) return parsedValue.value === 1;
  if (kind === KIND_INTEGER || kind === KIND_NUMBER) return parsedValue.value;
  return cell;
}

/** A batch whose cells of formatted columns are the values they read as (see `formattedCell`). */
export function formatBatch(batch: Batch, formats: ReadonlyMap<string, ValueFormat>): Batch {
  if (formats.size === 0) return batch;
  let data: Cell[][] | undefined;
  for (let c = 0; c < batch.columns.length; c++) {
    const format = formats.get(batch.columns[c]);
    if (!format || batch.data[c].length === 0) continue;
    data ??= [...batch.data];
    data[c] = batch.data[c].map((cell) => formattedCell(cell, format));
  }
  return data ? { ...batch, data } : batch;
}

const NUMBER_CANDIDATES: NumberFormat[] = [
  { decimal: '.', thousands: ',' },
  { decimal: ',' },
  { decimal: ',', thousands: '.' },
  { decimal: ',', thousands: ' ' },
  { decimal: '.', thousands: ' ' },
];

/** Every number format, with and without `%`, plain ones (percent only) included. */
const ALL_NUMBER_FORMATS: NumberFormat[] = [
  ...NUMBER_CANDIDATES,
  { decimal: '.', percent: true },
  ...NUMBER_CANDIDATES.map((format) => ({ ...format, percent: true })),
];

function readsAll(values: string[], format: ValueFormat): boolean {
  return values.every((value) => classifyFormatted(value, 0, value.length, format) !== KIND_STRING);
}

function booleanFormatOf(values: string[]): BooleanFormat | undefined {
  const seen = new Set(values);
  for (const [yes, no] of BOOLEAN_PAIRS) {
    const words = [...seen];
    if (!words.every((word) => word.length <= 3 && (word.toLowerCase() === yes || word.toLowerCase() === no))) continue;
    const format = { true: words.filter((word) => word.toLowerCase() === yes).sort(), false: words.filter((word) => word.toLowerCase() === no).sort() };
    // Both words seen: a column of only `N` or only `F` is as likely a code as a flag.
    if (format.true.length > 0 && format.false.length > 0) return format;
  }
  return undefined;
}

/** Whether some value holds `mark` where a format would read it as a separator (not only a `%` or sign). */
function uses(values: string[], mark: string): boolean {
  return values.some((value) => value.includes(mark) || (mark === ' ' && /[\u00a0\u202f]/.test(value)));
}

/** The formats of a sample column: those under which every value reads. */
function numberFormatsOf(values: string[]): NumberFormat[] {
  return ALL_NUMBER_FORMATS.filter((format) => readsAll(values, format))
    // A separator no value holds says nothing: keep the format without it.
    .filter((format) => format.thousands === undefined || uses(values, format.thousands));
}

export interface FormatHints {
  /** The decimal mark the user gave (`decimal:` / `--decimal`). */
  decimal?: '.' | ',';
  /** The file's delimiter: a `;` file writes decimal commas when nothing else tells. */
  delimiter: string;
}

/**
 * The columns of a sample that need a format to read as numbers or booleans, by name. A column
 * whose values all read as plain values keeps none, unless the user's `decimal: ','` reads it
 * otherwise (`1.234` is then 1234). Where several decimal marks read a column (`1,234`), the
 * given mark decides, else the mark the file's unambiguous columns use, else the delimiter.
 */
export function detectFormats(header: string[], samples: string[][], hints: FormatHints): Map<string, ValueFormat> {
  const choices = new Map<string, NumberFormat[] | BooleanFormat>();
  for (let c = 0; c < header.length; c++) {
    const values = [...new Set(samples[c] ?? [])];
    if (values.length === 0) continue;
    const plain = values.every((value) => classifyText(value) !== KIND_STRING);
    if (plain && !(hints.decimal === ',' && values.some((value) => /[.,]/.test(value)))) continue;
    const boolean = plain ? undefined : booleanFormatOf(values);
    if (boolean) {
      choices.set(header[c], boolean);
      continue;
    }
    let formats = numberFormatsOf(values);
    if (hints.decimal) formats = formats.filter((format) => format.decimal === hints.decimal || !uses(values, format.decimal));
    if (formats.length > 0) choices.set(header[c], formats);
  }
  const marks = { '.': 0, ',': 0 };
  for (const choice of choices.values()) {
    if (Array.isArray(choice) && new Set(choice.map((format) => format.decimal)).size === 1) marks[choice[0].decimal]++;
  }
  const preferred = hints.decimal ?? (marks[','] > marks['.'] ? ',' : marks['.'] > marks[','] ? '.' : hints.delimiter === ';' ? ',' : '.');
  const formats = new Map<string, ValueFormat>();
  for (const [name, choice] of choices) {
    if (!Array.isArray(choice)) formats.set(name, choice);
    else formats.set(name, choice.find((format) => format.decimal === preferred) ?? choice[0]);
  }
  return formats;
}

/** `with decimal "," and thousands "."` / `as Y (true) and N (false)`: a format in words. */
export function describeFormat(format: ValueFormat): string {
  if (isBooleanFormat(format)) return `as ${format.true.join(', ')} (true) and ${format.false.join(', ')} (false)`;
  const parts = [`with decimal ${JSON.stringify(format.decimal)}`];
  if (format.thousands) parts.push(`thousands ${JSON.stringify(format.thousands)}`);
  if (format.percent) parts.push('a % sign (the number before it is kept)');
  return parts.join(', ');
}
