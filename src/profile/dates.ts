// Dates and times as real files write them, beyond the ISO 8601 the value classifier reads:
// `YYYY/MM/DD[ HH:MM[:SS]]`, `DD.MM.YYYY`, `Mon DD YYYY` (`Jan 1 2000`, `January 1, 2000`),
// `DD Mon YYYY` / `DD-Mon-YYYY`, and `MM/DD/YYYY` or `DD/MM/YYYY`, decided by the column (a
// day above 12 in either place decides; when none does, MM/DD/YYYY and the profile says so).
// Each column tallies the texts that read in each format (count, min, max), so the tally merges
// across parts; the column is a date column when one format reads every text value. Integer
// epoch seconds or milliseconds are times only where the column's name says so (`*_at`,
// `timestamp`, `epoch`, `time`, `*_ms`, …) and the values fall in 1973–2286.

import type { ColumnType } from './types.js';

/** One format's tally in a column's state. */
export interface DateFormatTally {
  format: string;
  /** Values that read in this format (for the two slash readings: that read so). */
  count: number;
  /** Of them, values with a time of day. */
  timed: number;
  min: number;
  max: number;
}

export interface DateState {
  /** Values written `a/b/YYYY`, which the `MM/DD/YYYY` and `DD/MM/YYYY` tallies both read or not. */
  slash: number;
  formats: DateFormatTally[];
}

const YMD_SLASH = 'YYYY/MM/DD';
const DMY_DOT = 'DD.MM.YYYY';
const MON_DD_YYYY = 'Mon DD YYYY';
const DD_MON_YYYY = 'DD Mon YYYY';
const DD_MON_YYYY_DASH = 'DD-Mon-YYYY';
export const MDY = 'MM/DD/YYYY';
export const DMY = 'DD/MM/YYYY';
const FORMATS = [YMD_SLASH, DMY_DOT, MON_DD_YYYY, DD_MON_YYYY, DD_MON_YYYY_DASH, MDY, DMY] as const;
const F_YMD = 0;
const F_DOT = 1;
const F_MON_DD = 2;
const F_DD_MON = 3;
const F_DD_MON_DASH = 4;
const F_MDY = 5;
const F_DMY = 6;
/** Returned by the parser for `a/b/YYYY`: read `parsedDate.first`/`second` both ways. */
const F_SLASH = 7;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** What the last `parseDateRange` read (plain numbers, so nothing is allocated per value). */
const parsedDate = { year: 0, month: 0, day: 0, first: 0, second: 0, timeOfDay: 0, timed: false };

/** Days since the epoch, in ms (Hinnant's days_from_civil); the day is checked against its month. */
function utcDay(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return Number.NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return (era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468) * 86_400_000;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A small cursor over text[start, end). */
class Cursor {
  text = '';
  at = 0;
  end = 0;

  /** 1 to `max` digits; -1 when there is none. */
  digits(max: number): number {
    let value = 0;
    const start = this.at;
    while (this.at < this.end && this.at - start < max) {
      const code = this.text.charCodeAt(this.at);
      if (code < 48 || code > 57) break;
      value = value * 10 + code - 48;
      this.at++;
    }
    return this.at === start ? -1 : value;
  }

  /** Exactly `count` digits; -1 otherwise. */
  fixed(count: number): number {
    const start = this.at;
    const value = this.digits(count);
    return this.at - start === count ? value : -1;
  }

  is(code: number): boolean {
    if (this.at < this.end && this.text.charCodeAt(this.at) === code) {
      this.at++;
      return true;
    }
    return false;
  }

  /** A month name or its three-letter abbreviation (any case, an optional `.`); 0 when none. */
  month(): number {
    let length = 0;
    while (this.at + length < this.end && ((this.text.charCodeAt(this.at + length) | 32) >= 97 && (this.text.charCodeAt(this.at + length) | 32) <= 122)) length++;
    if (length < 3) return 0;
    const word = this.text.slice(this.at, this.at + length).toLowerCase();
    let month = length === 3 ? MONTHS.indexOf(word) + 1 : MONTH_NAMES.indexOf(word) + 1;
    if (month === 0 && length === 4 && word === 'sept') month = 9;
    if (month === 0) return 0;
    this.at += length;
    this.is(46);
    return month;
  }

  done(): boolean {
    return this.at === this.end;
  }
}

const cursor = new Cursor();

/** An optional time of day after a date: ` HH:MM[:SS[.fff]]` (or `T`), then an optional ` AM`/` PM`. */
function timeOfDay(c: Cursor): boolean {
  parsedDate.timeOfDay = 0;
  parsedDate.timed = false;
  if (c.done()) return true;
  if (!c.is(32) && !c.is(84)) return false;
  let hour = c.digits(2);
  if (hour < 0 || !c.is(58)) return false;
  const minute = c.fixed(2);
  if (minute < 0 || minute > 59) return false;
  let second = 0;
  let millis = 0;
  if (c.is(58)) {
    second = c.fixed(2);
    if (second < 0 || second > 59) return false;
    if (c.is(46)) {
      let scale = 100;
      const start = c.at;
      while (!c.done() && c.text.charCodeAt(c.at) >= 48 && c.text.charCodeAt(c.at) <= 57) {
        millis += (c.text.charCodeAt(c.at) - 48) * scale;
        scale /= 10;
        c.at++;
      }
      if (c.at === start) return false;
      millis = Math.floor(millis);
    }
  }
  if (!c.done()) {
    c.is(32);
    const a = c.text.charCodeAt(c.at) | 32;
    const m = c.text.charCodeAt(c.at + 1) | 32;
    if ((a !== 97 && a !== 112) || m !== 109 || c.at + 2 !== c.end || hour < 1 || hour > 12) return false;
    c.at += 2;
    hour = (hour % 12) + (a === 112 ? 12 : 0);
  }
  if (hour > 23) return false;
  parsedDate.timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  parsedDate.timed = true;
  return true;
}

function ymd(year: number, month: number, day: number, format: number): number {
  parsedDate.year = year;
  parsedDate.month = month;
  parsedDate.day = day;
  return Number.isNaN(utcDay(year, month, day)) ? -1 : format;
}

/**
 * The format text[start, end) is written in (an index into FORMATS, or F_SLASH for `a/b/YYYY`),
 * or -1; the date's parts go to `parsedDate`.
 */
function parseDateRange(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 8 || length > 40) return -1;
  const c = cursor;
  c.text = text;
  c.at = start;
  c.end = end;
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) {
    const a = c.digits(4);
    const afterA = c.at - start;
    if (afterA === 4 && c.is(47)) {
      const month = c.digits(2);
      if (month < 0 || !c.is(47)) return -1;
      const day = c.digits(2);
      if (day < 0 || !timeOfDay(c)) return -1;
      return ymd(a, month, day, F_YMD);
    }
    if (afterA > 2) return -1;
    if (c.is(46)) {
      const month = c.digits(2);
      if (month < 0 || !c.is(46)) return -1;
      const year = c.fixed(4);
      if (year < 0 || !timeOfDay(c)) return -1;
      return ymd(year, month, a, F_DOT);
    }
    if (c.is(47)) {
      const b = c.digits(2);
      if (b < 0 || !c.is(47)) return -1;
      const year = c.fixed(4);
      if (year < 0 || !timeOfDay(c)) return -1;
      parsedDate.first = a;
      parsedDate.second = b;
      parsedDate.year = year;
      return F_SLASH;
    }
    const dash = c.is(45);
    if (!dash && !c.is(32)) return -1;
    const month = c.month();
    if (month === 0 || !c.is(dash ? 45 : 32)) return -1;
    const year = c.fixed(4);
    if (year < 0 || !timeOfDay(c)) return -1;
    return ymd(year, month, a, dash ? F_DD_MON_DASH : F_DD_MON);
  }
  const month = c.month();
  if (month === 0 || !c.is(32)) return -1;
  const day = c.digits(2);
  if (day < 0) return -1;
  c.is(44);
  if (!c.is(32)) return -1;
  const year = c.fixed(4);
  if (year < 0 || !timeOfDay(c)) return -1;
  return ymd(year, month, day, F_MON_DD);
}

/** Only texts that start with a digit or a letter of a month's name can be dates here. */
function mayBeDate(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 8 || length > 40) return false;
  const code = text.charCodeAt(start) | 32;
  return (code >= 48 && code <= 57) || code === 97 || code === 100 || code === 102 || code === 106 || code === 109 || code === 110 || code === 111 || code === 115;
}

/** Texts that did not read as a date before the tally gives up on a column with none that did. */
const GIVE_UP_AFTER = 64;

/** A column's tally of the date formats its text values read in. */
export class DateTally {
  slash = 0;
  readonly counts = new Float64Array(FORMATS.length);
  readonly timed = new Float64Array(FORMATS.length);
  readonly mins = new Float64Array(FORMATS.length).fill(Infinity);
  readonly maxes = new Float64Array(FORMATS.length).fill(-Infinity);
  private misses = 0;
  private hits = 0;

  /** False once a column's first GIVE_UP_AFTER texts were none of them dates. */
  get looking(): boolean {
    return this.hits > 0 || this.misses < GIVE_UP_AFTER;
  }

  /** Tallies a text value the classifier read as a plain string. */
  addRange(text: string, start: number, end: number): void {
    const format = mayBeDate(text, start, end) ? parseDateRange(text, start, end) : -1;
    if (format < 0) {
      this.misses++;
      return;
    }
    this.hits++;
    if (format === F_SLASH) {
      this.slash++;
      const { first, second, year } = parsedDate;
      this.record(F_MDY, utcDay(year, first, second));
      this.record(F_DMY, utcDay(year, second, first));
      return;
    }
    this.record(format, utcDay(parsedDate.year, parsedDate.month, parsedDate.day));
  }

  private record(format: number, day: number): void {
    if (Number.isNaN(day)) return;
    const time = day + parsedDate.timeOfDay;
    this.counts[format]++;
    if (parsedDate.timed) this.timed[format]++;
    if (time < this.mins[format]) this.mins[format] = time;
    if (time > this.maxes[format]) this.maxes[format] = time;
  }

  merge(other: DateTally): void {
    this.slash += other.slash;
    this.hits += other.hits;
    this.misses += other.misses;
    for (let f = 0; f < FORMATS.length; f++) {
      this.counts[f] += other.counts[f];
      this.timed[f] += other.timed[f];
      this.mins[f] = Math.min(this.mins[f], other.mins[f]);
      this.maxes[f] = Math.max(this.maxes[f], other.maxes[f]);
    }
  }

  /** The state, or undefined when no value read as a date in these formats. */
  toState(): DateState | undefined {
    const formats: DateFormatTally[] = [];
    for (let f = 0; f < FORMATS.length; f++) {
      if (this.counts[f] > 0) formats.push({ format: FORMATS[f], count: this.counts[f], timed: this.timed[f], min: this.mins[f], max: this.maxes[f] });
    }
    return formats.length > 0 || this.slash > 0 ? { slash: this.slash, formats } : undefined;
  }

  static fromState(state: DateState | undefined): DateTally {
    const tally = new DateTally();
    if (!state) return tally;
    tally.slash = state.slash;
    for (const entry of state.formats) {
      const f = (FORMATS as readonly string[]).indexOf(entry.format);
      if (f < 0) continue;
      tally.counts[f] = entry.count;
      tally.timed[f] = entry.timed;
      tally.mins[f] = entry.min;
      tally.maxes[f] = entry.max;
      tally.hits += entry.count;
    }
    return tally;
  }
}

/** What a column's text values read as, when they are dates in one of these formats. */
export interface DateReading {
  type: ColumnType;
  format: string;
  /** The other format every value also read in (`DD/MM/YYYY` for an ambiguous `MM/DD/YYYY`). */
  ambiguous?: string;
  min: number;
  max: number;
}

/**
 * The reading of a column whose `texts` non-null values the classifier left as strings: a date
 * column when one format reads all of them, else how many read as a date in some format.
 */
export function readDates(state: DateState | undefined, texts: number): { reading?: DateReading; parsed: number } {
  if (!state || texts === 0) return { parsed: 0 };
  const byFormat = new Map(state.formats.map((entry) => [entry.format, entry]));
  const mdy = byFormat.get(MDY);
  const dmy = byFormat.get(DMY);
  // The slash reading that reads the most values (MM/DD/YYYY on a tie); both, when all read both ways.
  const slashReading = (mdy?.count ?? 0) >= (dmy?.count ?? 0) ? mdy : dmy;
  const ambiguous = state.slash > 0 && mdy?.count === state.slash && dmy?.count === state.slash;
  let parsed = slashReading?.count ?? 0;
  let best: DateFormatTally | undefined = slashReading;
  for (const entry of state.formats) {
    if (entry.format === MDY || entry.format === DMY) continue;
    parsed += entry.count;
    if (!best || entry.count > best.count) best = entry;
  }
  if (!best || best.count !== texts) return { parsed };
  const reading: DateReading = { type: best.timed > 0 ? 'timestamp' : 'date', format: formatName(best), min: best.min, max: best.max };
  if (ambiguous && best === slashReading) reading.ambiguous = best.format === MDY ? DMY : MDY;
  return { reading, parsed };
}

/** The format with its time part, as the values write it. */
function formatName(entry: DateFormatTally): string {
  if (entry.timed === 0) return entry.format;
  return entry.timed === entry.count ? `${entry.format} HH:MM[:SS]` : `${entry.format}[ HH:MM[:SS]]`;
}

/** Names that say a column holds times. */
const TIME_NAME = /(^|[_\s.-])(at|ts|ms|time|timestamp|epoch|datetime|date)$|^(time|timestamp|epoch|ts|date|datetime)([_\s.-]|$)|timestamp|epoch/i;
/** Epoch seconds and milliseconds from 1973-03-03 to 2286-11-20. */
const SECONDS = [1e8, 1e10];
const MILLISECONDS = [1e11, 1e13];

/** An integer column read as epoch seconds or milliseconds, when its name says it holds times. */
export function readEpoch(name: string, min: number, max: number): DateReading | undefined {
  if (!TIME_NAME.test(name)) return undefined;
  if (min >= SECONDS[0] && max < SECONDS[1]) return { type: 'timestamp', format: 'epoch seconds', min: min * 1000, max: max * 1000 };
  if (min >= MILLISECONDS[0] && max < MILLISECONDS[1]) return { type: 'timestamp', format: 'epoch milliseconds', min, max };
  return undefined;
}

/** Epoch milliseconds of a date text in any of these formats (`a/b/YYYY` as MM/DD/YYYY unless a > 12). */
export function textTime(text: string): number | undefined {
  const format = mayBeDate(text, 0, text.length) ? parseDateRange(text, 0, text.length) : -1;
  if (format < 0) return undefined;
  let day: number;
  if (format === F_SLASH) {
    const { first, second, year } = parsedDate;
    day = first > 12 ? utcDay(year, second, first) : utcDay(year, first, second);
  } else day = utcDay(parsedDate.year, parsedDate.month, parsedDate.day);
  return Number.isNaN(day) ? undefined : day + parsedDate.timeOfDay;
}

type Resolved = { type: ColumnType; parsed?: { type: ColumnType; share: number } };

/**
 * A column's type and format once other date formats and epoch times are taken into account.
 * `kinds` are the classifier's counts per kind (integer, number, boolean, date, timestamp, string).
 */
export function temporalReading(
  name: string,
  state: { kinds: number[]; dates?: DateState; numeric?: { min: number; max: number }; minLength?: number },
  resolved: Resolved,
): { resolved: Resolved; reading?: DateReading; format?: string } {
  const kinds = state.kinds;
  const total = kinds.reduce((sum, count) => sum + count, 0);
  const iso = kinds[3] + kinds[4];
  if (resolved.type === 'integer' && state.numeric) {
    const reading = readEpoch(name, state.numeric.min, state.numeric.max);
    if (reading) return { resolved: { type: reading.type }, reading, format: reading.format };
  }
  // ISO 8601 text (typed times, from Parquet or JSON, add no lengths and have no format).
  if (resolved.type === 'date' || resolved.type === 'timestamp') {
    return { resolved, ...(state.minLength !== undefined ? { format: resolved.type === 'date' ? 'YYYY-MM-DD' : 'ISO 8601' } : {}) };
  }
  if (resolved.type !== 'string') return { resolved };
  const { reading, parsed } = readDates(state.dates, kinds[5]);
  if (reading && kinds[5] === total) return { resolved: { type: reading.type }, reading, format: reading.format };
  // Mixed formats (or dates among other text): a string column, with the share that read as a date.
  const share = total > 0 ? (parsed + iso) / total : 0;
  if (parsed > 0 && share > (resolved.parsed?.share ?? 0)) {
    const timed = kinds[4] > 0 || (state.dates?.formats.some((entry) => entry.timed > 0) ?? false);
    return { resolved: { type: 'string', parsed: { type: timed ? 'timestamp' : 'date', share } } };
  }
  return { resolved };
}

/** The type a date text in one of these formats has, or undefined. */
export function textTemporalType(text: string): 'date' | 'timestamp' | undefined {
  if (textTime(text) === undefined) return undefined;
  return parsedDate.timed ? 'timestamp' : 'date';
}

/**
 * The newest time of a column read in one of these formats or as epoch times, from its profile
 * (where the column decided between MM/DD and DD/MM); undefined for ISO 8601 and other columns.
 */
export function profiledNewest(column: { format?: unknown; max?: number | string } | undefined): number | undefined {
  if (typeof column?.format !== 'string' || column.format === 'ISO 8601' || column.format === 'YYYY-MM-DD' || typeof column.max !== 'string') return undefined;
  const time = Date.parse(column.max);
  return Number.isNaN(time) ? undefined : time;
}
