// How one raw cell reads: null or not, its text form, and the narrowest type it parses as.
// Shared by the profiler and the contract checks so both agree on what a value is.
// The text classifier is a hand-written scanner rather than a chain of regular expressions:
// it runs once per cell of every file, and it parses the number or time while it checks.

import type { Cell } from '../readers/types.js';
import { exactDecimal } from './decimal.js';
import { NestedValue } from './nested.js';
import type { ColumnType } from './types.js';

/** Kinds as small integers, in the order of `KIND_TYPES`, for counting in typed arrays. */
export const KIND_INTEGER = 0;
export const KIND_NUMBER = 1;
export const KIND_BOOLEAN = 2;
export const KIND_DATE = 3;
export const KIND_TIMESTAMP = 4;
export const KIND_STRING = 5;
export const KIND_TYPES: readonly ColumnType[] = ['integer', 'number', 'boolean', 'date', 'timestamp', 'string'];

/**
 * The value the last `classifyText` call parsed: the number, the epoch milliseconds, or 1/0;
 * and for a number, whether its text is the one `String(value)` gives (`canonical`), so that the
 * number can stand for the text (the profiler counts such categories by value, which is cheaper).
 * A class, not an object literal: V8 writes a double into a literal's field as a new heap number
 * on every store, and this one is written for every numeric and date cell (20M stores: 300
 * young-generation collections against none, and 2.5 times slower).
 */
class ParsedValue {
  value = 0;
  canonical = false;
}

export const parsedValue = new ParsedValue();

/** A test for null cells: empty field or JSON null, plus the configured tokens. */
export function makeNullTest(nullValues: readonly string[] = []): (cell: Cell) => boolean {
  const tokens = new Set(nullValues);
  return (cell) =>
    cell === null || cell === undefined || cell === '' ||
    (typeof cell === 'number' && Number.isNaN(cell) && tokens.has('NaN')) ||
    (typeof cell === 'string' && tokens.size > 0 && tokens.has(cell));
}

/** The text form of a value: what categories, patterns and lengths are computed on. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'object') return JSON.stringify(cell, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  return String(cell);
}

/** The narrowest type one non-null cell parses as. */
export function cellType(cell: Cell): ColumnType {
  switch (typeof cell) {
    case 'number': return Number.isInteger(cell) ? 'integer' : 'number';
    case 'bigint': return 'integer';
    case 'boolean': return 'boolean';
    case 'string': return textType(cell);
    default: return cell instanceof Date ? 'timestamp' : cell instanceof NestedValue ? cell.type : 'string';
  }
}

export function textType(text: string): ColumnType {
  return KIND_TYPES[classifyText(text)];
}

/** The numeric value of a cell that reads as integer or number; undefined otherwise. */
export function cellNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'bigint') return Number(cell);
  if (typeof cell === 'string') {
    const kind = classifyText(cell);
    return kind === KIND_INTEGER || kind === KIND_NUMBER ? parsedValue.value : undefined;
  }
  return undefined;
}

/** Milliseconds since the epoch for a date or timestamp cell; undefined otherwise. */
export function cellTime(cell: Cell): number | undefined {
  if (cell instanceof Date) return cell.getTime();
  if (typeof cell !== 'string') return undefined;
  const kind = classifyText(cell);
  return kind === KIND_DATE || kind === KIND_TIMESTAMP ? parsedValue.value : undefined;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Value of the `count` digits at `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

/**
 * Kind of a non-empty text (one of the KIND_ constants), parsing its value into `parsedValue`.
 * integer: `[+-]?\d+`; number: `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`; boolean: true/false in
 * three casings; date: `YYYY-MM-DD`; timestamp: date, `T` or space, `hh:mm[:ss[.fff]]`, optional
 * `Z` or `±hh[:]mm`. A time without a zone is UTC, so results do not depend on the runner.
 */
export function classifyText(text: string): number {
  return classifyRange(text, 0, text.length);
}

/**
 * `classifyText` of text[start, end), read in place: the CSV profiler classifies fields inside
 * the decoded chunk, so a number or a time never becomes a string of its own.
 */
export function classifyRange(text: string, start: number, end: number): number {
  if (end <= start) return KIND_STRING;
  let i = start;
  let code = text.charCodeAt(start);
  let negative = false;
  if (code === 43 || code === 45) {
    negative = code === 45;
    i++;
  }
  const digitsStart = i;
  let value = 0;
  while (i < end && (code = text.charCodeAt(i)) >= 48 && code <= 57) {
    value = value * 10 + code - 48;
    i++;
  }
  const digits = i - digitsStart;
  if (i === end) {
    if (digits === 0) return KIND_STRING;
    // Beyond 15 digits the running sum may round differently from the parser.
    parsedValue.value = digits <= 15 ? (negative ? -value : value) : longNumber(text, start, end);
    // Not canonical: `+5`, `007`, `-0`, and beyond 15 digits (String may round or use e+).
    parsedValue.canonical = digits <= 15 && digitsStart === start + (negative ? 1 : 0) &&
      (digits === 1 ? !(negative && value === 0) : text.charCodeAt(digitsStart) !== 48);
    return KIND_INTEGER;
  }
  if (code === 46 || ((code === 101 || code === 69) && digits > 0)) return numberTail(text, start, end, i, digits, value, negative);
  if (code === 45 && digits === 4 && digitsStart === start) return dateOrTimestamp(text, start, end);
  if (digitsStart === start && digits === 0 && end - start <= 5) return booleanAt(text, start, end);
  return KIND_STRING;
}

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

function isWordAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

function booleanAt(text: string, start: number, end: number): number {
  // `true` in three casings has 4 letters, `false` 5: most short texts fail on length or first letter.
  const length = end - start;
  const first = text.charCodeAt(start) | 32;
  const truth = length === 4 && first === 116;
  if (!truth && !(length === 5 && first === 102)) return KIND_STRING;
  for (const word of truth ? TRUE_WORDS : FALSE_WORDS) {
    if (isWordAt(text, start, end, word)) {
      parsedValue.value = truth ? 1 : 0;
      return KIND_BOOLEAN;
    }
  }
  return KIND_STRING;
}

/** A decimal of more than 15 significant digits: read in place where exactDecimal can. */
function longNumber(text: string, start: number, end: number): number {
  const value = exactDecimal(text, start, end);
  return Number.isNaN(value) ? Number(start === 0 && end === text.length ? text : text.slice(start, end)) : value;
}

/** Powers of ten that doubles hold exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const TWO_TO_53 = 2 ** 53;

/** The rest of a number after its integer digits: `.digits` and/or an exponent. */
function numberTail(text: string, start: number, end: number, at: number, integerDigits: number, integerValue: number, negative: boolean): number {
  let i = at;
  let fraction = 0;
  let mantissa = integerValue;
  if (text.charCodeAt(i) === 46) {
    i++;
    let code: number;
    while (i < end && (code = text.charCodeAt(i)) >= 48 && code <= 57) {
      mantissa = mantissa * 10 + code - 48;
      i++;
      fraction++;
    }
    if (integerDigits === 0 && fraction === 0) return KIND_STRING;
    if (i === end && mantissa < TWO_TO_53 && fraction < POWERS_OF_TEN.length) {
      // Clinger's fast path: an exact integer over an exact power of ten, one correctly
      // rounded division, is the same double the full parser gives. Below 2^53 every step of
      // the digit loop was exact, so this also covers the 16–17 digit decimals that
      // Math.random() and float64 exports write, which the full parser takes ≈ 70 ns for.
      const value = mantissa / POWERS_OF_TEN[fraction];
      parsedValue.value = negative ? -value : value;
      // With at most 15 significant digits no shorter decimal reads as the same double, so
      // String(value) gives these digits back, in fixed notation from 1e-6 on; `+`, `.5`,
      // `05.1` and a trailing zero are other texts of the same number.
      const digitsStart = at - integerDigits;
      parsedValue.canonical = mantissa < 1e15 && value >= 1e-6 && integerDigits > 0 && fraction > 0 &&
        text.charCodeAt(end - 1) !== 48 && digitsStart === start + (negative ? 1 : 0) &&
        (integerDigits === 1 || text.charCodeAt(digitsStart) !== 48);
      return KIND_NUMBER;
    }
    if (i === end) {
      parsedValue.value = longNumber(text, start, end);
      parsedValue.canonical = false;
      return KIND_NUMBER;
    }
  }
  if (i < end) {
    const code = text.charCodeAt(i);
    if (code !== 101 && code !== 69) return KIND_STRING;
    if (integerDigits === 0 && fraction === 0) return KIND_STRING;
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    const exponentStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === exponentStart || i !== end) return KIND_STRING;
  }
  parsedValue.value = Number(start === 0 && end === text.length ? text : text.slice(start, end));
  parsedValue.canonical = false;
  return KIND_NUMBER;
}

/**
 * Epoch milliseconds of a calendar day in the proleptic Gregorian calendar (Hinnant's
 * days_from_civil): plain arithmetic, several times faster than Date.UTC, which also maps
 * years 0–99 to 1900–1999. A day past the month's end rolls over, as Date.UTC does.
 */
function utcDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}

/** Date or timestamp at text[s, end); offsets below are from `s`. */
function dateOrTimestamp(text: string, s: number, end: number): number {
  const length = end - s;
  if (length < 10 || text.charCodeAt(s + 7) !== 45) return KIND_STRING;
  const year = digitsAt(text, s, 4);
  const month = digitsAt(text, s + 5, 2);
  const day = digitsAt(text, s + 8, 2);
  // Day 31 in a 30-day month passes, as Date.parse lets it (and rolls over).
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return KIND_STRING;
  const dayStart = utcDay(year, month, day);
  if (length === 10) {
    parsedValue.value = dayStart;
    return KIND_DATE;
  }
  const separator = text.charCodeAt(s + 10);
  if ((separator !== 84 && separator !== 32) || length < 16 || text.charCodeAt(s + 13) !== 58) return KIND_STRING;
  const hour = digitsAt(text, s + 11, 2);
  const minute = digitsAt(text, s + 14, 2);
  // 24:00 is the end of the day (ISO 8601, and Date.parse agrees); checked once seconds are read.
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || (hour === 24 && minute !== 0)) return KIND_STRING;
  let i = s + 16;
  let millis = 0;
  let second = 0;
  // Bounds are checked against `end`: past it lies the next field, not this one.
  if (i < end && text.charCodeAt(i) === 58) {
    if (i + 3 > end) return KIND_STRING;
    second = digitsAt(text, i + 1, 2);
    if (second < 0 || second > 59) return KIND_STRING;
    i += 3;
    if (i < end && text.charCodeAt(i) === 46) {
      i++;
      const start = i;
      let scale = 100;
      while (i < end && isDigit(text.charCodeAt(i))) {
        millis += (text.charCodeAt(i) - 48) * scale;
        scale /= 10;
        i++;
      }
      if (i === start) return KIND_STRING;
      millis = Math.floor(millis);
    }
  }
  if (hour === 24 && (second !== 0 || millis !== 0)) return KIND_STRING;
  let offsetMinutes = 0;
  if (i < end) {
    const zone = text.charCodeAt(i);
    if (zone === 90 && i + 1 === end) {
      // Z: UTC
    } else if (zone === 43 || zone === 45) {
      const hours = digitsAt(text, i + 1, 2);
      const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
      const minutes = digitsAt(text, i + 3 + colon, 2);
      if (hours < 0 || minutes < 0 || i + 5 + colon !== end) return KIND_STRING;
      offsetMinutes = (zone === 45 ? -1 : 1) * (hours * 60 + minutes);
    } else return KIND_STRING;
  }
  parsedValue.value = dayStart + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  return KIND_TIMESTAMP;
}
