// A cell as the diff compares it: one short text per value, equal when the values are equal
// across formats (`1.50` in a CSV and 1.5 in Parquet, "2024-01-02" and a Parquet date, "true"
// and true). Rows travel as these texts joined by separators, in memory and in partition files.

import type { Cell } from '../readers/types.js';
import { classifyText, KIND_BOOLEAN, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_TIMESTAMP, parsedValue } from '../profile/values.js';
import type { DiffValue } from './types.js';

/** Between the cells of a row (and the columns of a key). */
export const FIELD = '\u001f';
/** Between a record's key and its values. */
export const KEY_END = '\u001d';
const ESCAPE = '\u001e';
// eslint-disable-next-line no-control-regex -- the separators are control characters on purpose
const SPECIAL = /[\n\u001d\u001e\u001f]/;
// eslint-disable-next-line no-control-regex -- as above
const SPECIAL_ALL = /[\n\u001d\u001e\u001f]/g;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPED_ALL = /\u001e(.)/g;
const ESCAPES: Record<string, string> = { '\n': ESCAPE + 'n', '\u001d': ESCAPE + 'k', '\u001e': ESCAPE + 'e', '\u001f': ESCAPE + 'f' };
const UNESCAPES: Record<string, string> = { n: '\n', k: '\u001d', e: '\u001e', f: '\u001f' };

// Tags: the first character of an encoded non-null cell. A null is the empty text.
export const TAG_NUMBER = 'n';
export const TAG_TIME = 't';
export const TAG_BOOLEAN = 'b';
export const TAG_TEXT = 's';

function text(value: string): string {
  return TAG_TEXT + (SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value);
}

/** An integer's digits without sign clutter: `+007` → `7`, `-0` → `0`. */
function integerDigits(value: string): string {
  let start = 0;
  let negative = false;
  if (value[0] === '+' || value[0] === '-') {
    negative = value[0] === '-';
    start = 1;
  }
  while (start < value.length - 1 && value.charCodeAt(start) === 48) start++;
  const digits = value.slice(start);
  return negative && digits !== '0' ? '-' + digits : digits;
}

/** Beyond 2^53 a double cannot tell integers apart: keep the digits, as bigint gives them. */
const SAFE_DIGITS = 15;

function number(value: number): string {
  return TAG_NUMBER + (Object.is(value, -0) ? '0' : String(value));
}

/**
 * The comparable text of a non-null text cell: numbers by value, dates and times as epoch ms,
 * booleans. For a key this must be exact (keys are matched by their text), so a number that is
 * not already in its shortest form is rewritten (`1.50` → `1.5`).
 */
export function encodeKeyText(value: string): string {
  const kind = classifyText(value);
  if (kind === KIND_INTEGER) {
    const digits = value.length - (value[0] === '+' || value[0] === '-' ? 1 : 0);
    if (digits > SAFE_DIGITS) return TAG_NUMBER + integerDigits(value);
    return parsedValue.canonical ? TAG_NUMBER + value : number(parsedValue.value);
  }
  if (kind === KIND_NUMBER) return parsedValue.canonical ? TAG_NUMBER + value : number(parsedValue.value);
  return encodeOther(value, kind);
}

/**
 * A value cell stays text, unread and untagged: equal texts are equal values (the common case,
 * compared as one line per row), and only cells whose texts differ are read (`settleCell`) and
 * compared by value. This spares the classification, and a tagged copy, of every cell.
 */
function escapeText(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value;
}

function unescape(body: string): string {
  return body.includes(ESCAPE) ? body.replace(ESCAPED_ALL, (_m, c: string) => UNESCAPES[c] ?? c) : body;
}

/** A value cell (text, see encodeValue) read as its value, tagged as keys are; null stays ''. */
export function settleCell(value: string): string {
  return value === '' ? '' : encodeKeyText(unescape(value));
}

function encodeOther(value: string, kind: number): string {
  if (kind === KIND_DATE || kind === KIND_TIMESTAMP) return TAG_TIME + parsedValue.value;
  if (kind === KIND_BOOLEAN) return parsedValue.value ? 'b1' : 'b0';
  return text(value);
}

function jsonText(cell: object): string {
  return JSON.stringify(cell, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

/** A key cell, tagged and exact (keys are matched by this text); `isNull` already said it is not null. */
export function encodeKey(cell: Cell): string {
  switch (typeof cell) {
    case 'string': return encodeKeyText(cell);
    case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? TAG_NUMBER + BigInt(cell).toString() : number(cell);
    case 'bigint': return TAG_NUMBER + cell.toString();
    case 'boolean': return cell ? 'b1' : 'b0';
    default:
      if (cell instanceof Date) return TAG_TIME + cell.getTime();
      return text(jsonText(cell as object));
  }
}

/** A value cell as text that `settleCell` reads back to the value; `isNull` already said it is not null. */
export function encodeValue(cell: Cell): string {
  switch (typeof cell) {
    case 'string': return escapeText(cell);
    case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? BigInt(cell).toString() : String(cell);
    case 'bigint': return cell.toString();
    case 'boolean': return cell ? 'true' : 'false';
    default:
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
      return escapeText(jsonText(cell as object));
  }
}

/**
 * A value cell's text before escaping: what a row's hash is computed over (scan.ts). Equal for a
 * text cell and a typed cell that `encodeValue` writes alike (`5` in a CSV, 5 in Parquet).
 */
export function rawValue(cell: Cell): string {
  switch (typeof cell) {
    case 'string': return cell;
    case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? BigInt(cell).toString() : String(cell);
    case 'bigint': return cell.toString();
    case 'boolean': return cell ? 'true' : 'false';
    default:
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
      return jsonText(cell as object);
  }
}

/** A value cell's value, for the report. */
export function decodeValue(value: string): DiffValue {
  return decodeCell(settleCell(value));
}

/** The value of an encoded cell, for the report. */
export function decodeCell(encoded: string): DiffValue {
  if (encoded === '') return null;
  const tag = encoded[0];
  const body = encoded.slice(1);
  if (tag === TAG_NUMBER) {
    const value = Number(body);
    // Integers beyond 2^53 stay exact as text.
    return Number.isSafeInteger(value) || !/^-?\d+$/.test(body) ? value : body;
  }
  if (tag === TAG_TIME) return timeText(Number(body));
  if (tag === TAG_BOOLEAN) return body === '1';
  return unescape(body);
}

/** ISO text of epoch milliseconds; a whole UTC day shows as the date alone. */
export function timeText(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return String(ms);
  const iso = date.toISOString();
  return ms % 86_400_000 === 0 ? iso.slice(0, 10) : iso;
}

/** The number an encoded cell holds, or undefined when it is not a number. */
export function numberOf(encoded: string): number | undefined {
  return encoded.charCodeAt(0) === 110 ? Number(encoded.slice(1)) : undefined;
}

/** The epoch milliseconds an encoded cell holds, or undefined when it is not a time. */
export function timeOf(encoded: string): number | undefined {
  return encoded.charCodeAt(0) === 116 ? Number(encoded.slice(1)) : undefined;
}

/**
 * Orders encoded keys (cells joined by FIELD): cell by cell, nulls first, numbers and times by
 * value before text, so examples come out as a reader expects (key 9 before key 10).
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const left = a.split(FIELD);
  const right = b.split(FIELD);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareCells(left[i], right[i]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function compareCells(a: string, b: string): number {
  if (a === b) return 0;
  const tagA = a.charCodeAt(0) || 0;
  const tagB = b.charCodeAt(0) || 0;
  const numericA = tagA === 110 || tagA === 116;
  const numericB = tagB === 110 || tagB === 116;
  if (numericA && numericB && tagA === tagB) {
    const difference = Number(a.slice(1)) - Number(b.slice(1));
    if (difference !== 0) return difference;
  }
  if (numericA !== numericB) return numericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
