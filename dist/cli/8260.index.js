export const id = 8260;
export const ids = [8260,3970];
export const modules = {

/***/ 81452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ textTemporalType),
/* harmony export */   Z: () => (/* binding */ temporalReading),
/* harmony export */   rJ: () => (/* binding */ DateTally),
/* harmony export */   wR: () => (/* binding */ profiledNewest),
/* harmony export */   zI: () => (/* binding */ textTime)
/* harmony export */ });
/* unused harmony exports MDY, DMY, readDates, readEpoch */
// Dates and times as real files write them, beyond the ISO 8601 the value classifier reads:
// `YYYY/MM/DD[ HH:MM[:SS]]`, `DD.MM.YYYY`, `Mon DD YYYY` (`Jan 1 2000`, `January 1, 2000`),
// `DD Mon YYYY` / `DD-Mon-YYYY`, and `MM/DD/YYYY` or `DD/MM/YYYY`, decided by the column (a
// day above 12 in either place decides; when none does, MM/DD/YYYY and the profile says so).
// Each column tallies the texts that read in each format (count, min, max), so the tally merges
// across parts; the column is a date column when one format reads every text value. Integer
// epoch seconds or milliseconds are times only where the column's name says so (`*_at`,
// `timestamp`, `epoch`, `time`, `*_ms`, …) and the values fall in 1973–2286.
const YMD_SLASH = 'YYYY/MM/DD';
const DMY_DOT = 'DD.MM.YYYY';
const MON_DD_YYYY = 'Mon DD YYYY';
const DD_MON_YYYY = 'DD Mon YYYY';
const DD_MON_YYYY_DASH = 'DD-Mon-YYYY';
const MDY = 'MM/DD/YYYY';
const DMY = 'DD/MM/YYYY';
const FORMATS = [YMD_SLASH, DMY_DOT, MON_DD_YYYY, DD_MON_YYYY, DD_MON_YYYY_DASH, MDY, DMY];
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
function utcDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
        return Number.NaN;
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    return (era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468) * 86_400_000;
}
function daysIn(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** A small cursor over text[start, end). */
class Cursor {
    text = '';
    at = 0;
    end = 0;
    /** 1 to `max` digits; -1 when there is none. */
    digits(max) {
        let value = 0;
        const start = this.at;
        while (this.at < this.end && this.at - start < max) {
            const code = this.text.charCodeAt(this.at);
            if (code < 48 || code > 57)
                break;
            value = value * 10 + code - 48;
            this.at++;
        }
        return this.at === start ? -1 : value;
    }
    /** Exactly `count` digits; -1 otherwise. */
    fixed(count) {
        const start = this.at;
        const value = this.digits(count);
        return this.at - start === count ? value : -1;
    }
    is(code) {
        if (this.at < this.end && this.text.charCodeAt(this.at) === code) {
            this.at++;
            return true;
        }
        return false;
    }
    /** A month name or its three-letter abbreviation (any case, an optional `.`); 0 when none. */
    month() {
        let length = 0;
        while (this.at + length < this.end && ((this.text.charCodeAt(this.at + length) | 32) >= 97 && (this.text.charCodeAt(this.at + length) | 32) <= 122))
            length++;
        if (length < 3)
            return 0;
        const word = this.text.slice(this.at, this.at + length).toLowerCase();
        let month = length === 3 ? MONTHS.indexOf(word) + 1 : MONTH_NAMES.indexOf(word) + 1;
        if (month === 0 && length === 4 && word === 'sept')
            month = 9;
        if (month === 0)
            return 0;
        this.at += length;
        this.is(46);
        return month;
    }
    done() {
        return this.at === this.end;
    }
}
const cursor = new Cursor();
/** An optional time of day after a date: ` HH:MM[:SS[.fff]]` (or `T`), then an optional ` AM`/` PM`. */
function timeOfDay(c) {
    parsedDate.timeOfDay = 0;
    parsedDate.timed = false;
    if (c.done())
        return true;
    if (!c.is(32) && !c.is(84))
        return false;
    let hour = c.digits(2);
    if (hour < 0 || !c.is(58))
        return false;
    const minute = c.fixed(2);
    if (minute < 0 || minute > 59)
        return false;
    let second = 0;
    let millis = 0;
    if (c.is(58)) {
        second = c.fixed(2);
        if (second < 0 || second > 59)
            return false;
        if (c.is(46)) {
            let scale = 100;
            const start = c.at;
            while (!c.done() && c.text.charCodeAt(c.at) >= 48 && c.text.charCodeAt(c.at) <= 57) {
                millis += (c.text.charCodeAt(c.at) - 48) * scale;
                scale /= 10;
                c.at++;
            }
            if (c.at === start)
                return false;
            millis = Math.floor(millis);
        }
    }
    if (!c.done()) {
        c.is(32);
        const a = c.text.charCodeAt(c.at) | 32;
        const m = c.text.charCodeAt(c.at + 1) | 32;
        if ((a !== 97 && a !== 112) || m !== 109 || c.at + 2 !== c.end || hour < 1 || hour > 12)
            return false;
        c.at += 2;
        hour = (hour % 12) + (a === 112 ? 12 : 0);
    }
    if (hour > 23)
        return false;
    parsedDate.timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millis;
    parsedDate.timed = true;
    return true;
}
function ymd(year, month, day, format) {
    parsedDate.year = year;
    parsedDate.month = month;
    parsedDate.day = day;
    return Number.isNaN(utcDay(year, month, day)) ? -1 : format;
}
/**
 * The format text[start, end) is written in (an index into FORMATS, or F_SLASH for `a/b/YYYY`),
 * or -1; the date's parts go to `parsedDate`.
 */
function parseDateRange(text, start, end) {
    const length = end - start;
    if (length < 8 || length > 40)
        return -1;
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
            if (month < 0 || !c.is(47))
                return -1;
            const day = c.digits(2);
            if (day < 0 || !timeOfDay(c))
                return -1;
            return ymd(a, month, day, F_YMD);
        }
        if (afterA > 2)
            return -1;
        if (c.is(46)) {
            const month = c.digits(2);
            if (month < 0 || !c.is(46))
                return -1;
            const year = c.fixed(4);
            if (year < 0 || !timeOfDay(c))
                return -1;
            return ymd(year, month, a, F_DOT);
        }
        if (c.is(47)) {
            const b = c.digits(2);
            if (b < 0 || !c.is(47))
                return -1;
            const year = c.fixed(4);
            if (year < 0 || !timeOfDay(c))
                return -1;
            parsedDate.first = a;
            parsedDate.second = b;
            parsedDate.year = year;
            return F_SLASH;
        }
        const dash = c.is(45);
        if (!dash && !c.is(32))
            return -1;
        const month = c.month();
        if (month === 0 || !c.is(dash ? 45 : 32))
            return -1;
        const year = c.fixed(4);
        if (year < 0 || !timeOfDay(c))
            return -1;
        return ymd(year, month, a, dash ? F_DD_MON_DASH : F_DD_MON);
    }
    const month = c.month();
    if (month === 0 || !c.is(32))
        return -1;
    const day = c.digits(2);
    if (day < 0)
        return -1;
    c.is(44);
    if (!c.is(32))
        return -1;
    const year = c.fixed(4);
    if (year < 0 || !timeOfDay(c))
        return -1;
    return ymd(year, month, day, F_MON_DD);
}
/** Only texts that start with a digit or a letter of a month's name can be dates here. */
function mayBeDate(text, start, end) {
    const length = end - start;
    if (length < 8 || length > 40)
        return false;
    const code = text.charCodeAt(start) | 32;
    return (code >= 48 && code <= 57) || code === 97 || code === 100 || code === 102 || code === 106 || code === 109 || code === 110 || code === 111 || code === 115;
}
/** Texts that did not read as a date before the tally gives up on a column with none that did. */
const GIVE_UP_AFTER = 64;
/** A column's tally of the date formats its text values read in. */
class DateTally {
    slash = 0;
    counts = new Float64Array(FORMATS.length);
    timed = new Float64Array(FORMATS.length);
    mins = new Float64Array(FORMATS.length).fill(Infinity);
    maxes = new Float64Array(FORMATS.length).fill(-Infinity);
    misses = 0;
    hits = 0;
    /** False once a column's first GIVE_UP_AFTER texts were none of them dates. */
    get looking() {
        return this.hits > 0 || this.misses < GIVE_UP_AFTER;
    }
    /** Tallies a text value the classifier read as a plain string. */
    addRange(text, start, end) {
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
    record(format, day) {
        if (Number.isNaN(day))
            return;
        const time = day + parsedDate.timeOfDay;
        this.counts[format]++;
        if (parsedDate.timed)
            this.timed[format]++;
        if (time < this.mins[format])
            this.mins[format] = time;
        if (time > this.maxes[format])
            this.maxes[format] = time;
    }
    merge(other) {
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
    toState() {
        const formats = [];
        for (let f = 0; f < FORMATS.length; f++) {
            if (this.counts[f] > 0)
                formats.push({ format: FORMATS[f], count: this.counts[f], timed: this.timed[f], min: this.mins[f], max: this.maxes[f] });
        }
        return formats.length > 0 || this.slash > 0 ? { slash: this.slash, formats } : undefined;
    }
    static fromState(state) {
        const tally = new DateTally();
        if (!state)
            return tally;
        tally.slash = state.slash;
        for (const entry of state.formats) {
            const f = FORMATS.indexOf(entry.format);
            if (f < 0)
                continue;
            tally.counts[f] = entry.count;
            tally.timed[f] = entry.timed;
            tally.mins[f] = entry.min;
            tally.maxes[f] = entry.max;
            tally.hits += entry.count;
        }
        return tally;
    }
}
/**
 * The reading of a column whose `texts` non-null values the classifier left as strings: a date
 * column when one format reads all of them, else how many read as a date in some format.
 */
function readDates(state, texts) {
    if (!state || texts === 0)
        return { parsed: 0 };
    const byFormat = new Map(state.formats.map((entry) => [entry.format, entry]));
    const mdy = byFormat.get(MDY);
    const dmy = byFormat.get(DMY);
    // The slash reading that reads the most values (MM/DD/YYYY on a tie); both, when all read both ways.
    const slashReading = (mdy?.count ?? 0) >= (dmy?.count ?? 0) ? mdy : dmy;
    const ambiguous = state.slash > 0 && mdy?.count === state.slash && dmy?.count === state.slash;
    let parsed = slashReading?.count ?? 0;
    let best = slashReading;
    for (const entry of state.formats) {
        if (entry.format === MDY || entry.format === DMY)
            continue;
        parsed += entry.count;
        if (!best || entry.count > best.count)
            best = entry;
    }
    if (!best || best.count !== texts)
        return { parsed };
    const reading = { type: best.timed > 0 ? 'timestamp' : 'date', format: formatName(best), min: best.min, max: best.max };
    if (ambiguous && best === slashReading)
        reading.ambiguous = best.format === MDY ? DMY : MDY;
    return { reading, parsed };
}
/** The format with its time part, as the values write it. */
function formatName(entry) {
    if (entry.timed === 0)
        return entry.format;
    return entry.timed === entry.count ? `${entry.format} HH:MM[:SS]` : `${entry.format}[ HH:MM[:SS]]`;
}
/** Names that say a column holds times. */
const TIME_NAME = /(^|[_\s.-])(at|ts|ms|time|timestamp|epoch|datetime|date)$|^(time|timestamp|epoch|ts|date|datetime)([_\s.-]|$)|timestamp|epoch/i;
/** Epoch seconds and milliseconds from 1973-03-03 to 2286-11-20. */
const SECONDS = [1e8, 1e10];
const MILLISECONDS = [1e11, 1e13];
/** An integer column read as epoch seconds or milliseconds, when its name says it holds times. */
function readEpoch(name, min, max) {
    if (!TIME_NAME.test(name))
        return undefined;
    if (min >= SECONDS[0] && max < SECONDS[1])
        return { type: 'timestamp', format: 'epoch seconds', min: min * 1000, max: max * 1000 };
    if (min >= MILLISECONDS[0] && max < MILLISECONDS[1])
        return { type: 'timestamp', format: 'epoch milliseconds', min, max };
    return undefined;
}
/** Epoch milliseconds of a date text in any of these formats (`a/b/YYYY` as MM/DD/YYYY unless a > 12). */
function textTime(text) {
    const format = mayBeDate(text, 0, text.length) ? parseDateRange(text, 0, text.length) : -1;
    if (format < 0)
        return undefined;
    let day;
    if (format === F_SLASH) {
        const { first, second, year } = parsedDate;
        day = first > 12 ? utcDay(year, second, first) : utcDay(year, first, second);
    }
    else
        day = utcDay(parsedDate.year, parsedDate.month, parsedDate.day);
    return Number.isNaN(day) ? undefined : day + parsedDate.timeOfDay;
}
/**
 * A column's type and format once other date formats and epoch times are taken into account.
 * `kinds` are the classifier's counts per kind (integer, number, boolean, date, timestamp, string).
 */
function temporalReading(name, state, resolved) {
    const kinds = state.kinds;
    const total = kinds.reduce((sum, count) => sum + count, 0);
    const iso = kinds[3] + kinds[4];
    if (resolved.type === 'integer' && state.numeric) {
        const reading = readEpoch(name, state.numeric.min, state.numeric.max);
        if (reading)
            return { resolved: { type: reading.type }, reading, format: reading.format };
    }
    // ISO 8601 text (typed times, from Parquet or JSON, add no lengths and have no format).
    if (resolved.type === 'date' || resolved.type === 'timestamp') {
        return { resolved, ...(state.minLength !== undefined ? { format: resolved.type === 'date' ? 'YYYY-MM-DD' : 'ISO 8601' } : {}) };
    }
    if (resolved.type !== 'string')
        return { resolved };
    const { reading, parsed } = readDates(state.dates, kinds[5]);
    if (reading && kinds[5] === total)
        return { resolved: { type: reading.type }, reading, format: reading.format };
    // Mixed formats (or dates among other text): a string column, with the share that read as a date.
    const share = total > 0 ? (parsed + iso) / total : 0;
    if (parsed > 0 && share > (resolved.parsed?.share ?? 0)) {
        const timed = kinds[4] > 0 || (state.dates?.formats.some((entry) => entry.timed > 0) ?? false);
        return { resolved: { type: 'string', parsed: { type: timed ? 'timestamp' : 'date', share } } };
    }
    return { resolved };
}
/** The type a date text in one of these formats has, or undefined. */
function textTemporalType(text) {
    if (textTime(text) === undefined)
        return undefined;
    return parsedDate.timed ? 'timestamp' : 'date';
}
/**
 * The newest time of a column read in one of these formats or as epoch times, from its profile
 * (where the column decided between MM/DD and DD/MM); undefined for ISO 8601 and other columns.
 */
function profiledNewest(column) {
    if (typeof column?.format !== 'string' || column.format === 'ISO 8601' || column.format === 'YYYY-MM-DD' || typeof column.max !== 'string')
        return undefined;
    const time = Date.parse(column.max);
    return Number.isNaN(time) ? undefined : time;
}


/***/ }),

/***/ 13970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Su: () => (/* binding */ mergeLengths),
/* harmony export */   V$: () => (/* binding */ NestedValue),
/* harmony export */   h$: () => (/* binding */ emptyLengths),
/* harmony export */   ug: () => (/* binding */ addLength)
/* harmony export */ });
// Lists, structs and maps (Parquet's nested columns) as profile columns: counted, with nulls,
// and for lists and maps the distribution of their lengths. Their values are not profiled.
/**
 * A nested cell as the readers hand it over: its type from the file's schema (a JS object could
 * be a struct or a map), the decoded value, and for a list or map its number of entries.
 */
class NestedValue {
    type;
    value;
    length;
    constructor(type, value, length) {
        this.type = type;
        this.value = value;
        this.length = length;
    }
    /** The value's JSON: what a contract's text rules and examples show. */
    toJSON() {
        return this.value;
    }
}
function emptyLengths() {
    return { n: 0, min: 0, max: 0, sum: 0 };
}
function addLength(lengths, length) {
    if (lengths.n === 0 || length < lengths.min)
        lengths.min = length;
    if (lengths.n === 0 || length > lengths.max)
        lengths.max = length;
    lengths.n++;
    lengths.sum += length;
}
function mergeLengths(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    return { n: a.n + b.n, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), sum: a.sum + b.sum };
}


/***/ }),

/***/ 45373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gN: () => (/* binding */ KIND_BOOLEAN),
  UR: () => (/* binding */ KIND_DATE),
  Ec: () => (/* binding */ KIND_INTEGER),
  V: () => (/* binding */ KIND_NUMBER),
  jr: () => (/* binding */ KIND_STRING),
  mq: () => (/* binding */ KIND_TIMESTAMP),
  pC: () => (/* binding */ KIND_TYPES),
  W4: () => (/* binding */ cellNumber),
  Ie: () => (/* binding */ cellText),
  s3: () => (/* binding */ cellTime),
  T$: () => (/* binding */ cellType),
  iU: () => (/* binding */ classifyRange),
  oF: () => (/* binding */ classifyText),
  sM: () => (/* binding */ makeNullTest),
  X$: () => (/* binding */ parsedValue)
});

// UNUSED EXPORTS: textType

;// CONCATENATED MODULE: ./src/profile/decimal.ts
// Correctly rounded doubles for decimals of 16–19 significant digits, the floats that pandas,
// NumPy and JavaScript write (`repr` gives up to 17), without making a string for Number().
// The digits are split into exact parts, the quotient by a power of ten is taken in double-double
// arithmetic (Dekker's exact products), and the result is checked against the exact decimal: when
// it lies too near a halfway point to be sure, the caller falls back to Number().
const SPLITTER = 134_217_729; // 2^27 + 1, Veltkamp's split of a double into two 26-bit halves
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);
/** The rounding error of a * b: a * b = fl(a * b) + productError(a, b, fl(a * b)), exactly. */
function productError(a, b, product) {
    let c = SPLITTER * a;
    const aHigh = c - (c - a);
    const aLow = a - aHigh;
    c = SPLITTER * b;
    const bHigh = c - (c - b);
    const bLow = b - bHigh;
    return ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
}
/** Half the spacing of doubles at a positive normal `value`. */
function halfUlp(value) {
    bits[0] = value;
    const exponent = (words[1] >>> 20) & 0x7ff;
    words[1] = (exponent - 53) << 20;
    words[0] = 0;
    return bits[0];
}
/**
 * The value of the decimal in text[start, end) (an optional sign, digits, at most one `.`, no
 * exponent) when it has 16–19 significant digits and at most 22 after the point; NaN when
 * it does not, or when the answer is too close to call (the caller then uses Number()).
 */
function exactDecimal(text, start, end) {
    let i = start;
    const sign = text.charCodeAt(i);
    const negative = sign === 45;
    if (negative || sign === 43)
        i++;
    // The first 15 significant digits, exact in `high`; up to 4 more in `low`.
    let high = 0;
    let low = 0;
    let digits = 0;
    let lowDigits = 0;
    let fraction = 0;
    let point = false;
    for (; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === 46) {
            if (point)
                return NaN;
            point = true;
            continue;
        }
        if (code < 48 || code > 57)
            return NaN;
        if (point)
            fraction++;
        if (digits === 0 && code === 48)
            continue;
        if (digits < 15)
            high = high * 10 + code - 48;
        else if (lowDigits < 4) {
            low = low * 10 + code - 48;
            lowDigits++;
        }
        else
            return NaN;
        digits++;
    }
    if (lowDigits === 0 || fraction > 22)
        return NaN;
    // mantissa = high * 10^lowDigits + low, exactly, as the unevaluated sum sum + rest.
    const scale = POWERS_OF_TEN[lowDigits];
    const product = high * scale;
    const productRest = productError(high, scale, product);
    const sum = product + low;
    const rest = (low - (sum - product)) + productRest;
    // value = mantissa / 10^fraction
    const divisor = POWERS_OF_TEN[fraction];
    const estimate = sum / divisor;
    const back = estimate * divisor;
    const residual = ((sum - back) - productError(estimate, divisor, back)) + rest;
    const value = estimate + residual / divisor;
    // At a power of two the doubles below are twice as dense: too rare to handle, left to Number().
    bits[0] = value;
    if (words[0] === 0 && (words[1] & 0xfffff) === 0)
        return NaN;
    // Check: mantissa - value * divisor must be well inside half an ulp of value times divisor.
    const check = value * divisor;
    const miss = ((sum - check) - productError(value, divisor, check)) + rest;
    const bound = halfUlp(value) * divisor;
    if (!(Math.abs(miss) < bound * (1 - 2 ** -20)))
        return NaN;
    return negative ? -value : value;
}

// EXTERNAL MODULE: ./src/profile/nested.ts
var nested = __webpack_require__(13970);
;// CONCATENATED MODULE: ./src/profile/values.ts
// How one raw cell reads: null or not, its text form, and the narrowest type it parses as.
// Shared by the profiler and the contract checks so both agree on what a value is.
// The text classifier is a hand-written scanner rather than a chain of regular expressions:
// it runs once per cell of every file, and it parses the number or time while it checks.


/** Kinds as small integers, in the order of `KIND_TYPES`, for counting in typed arrays. */
const KIND_INTEGER = 0;
const KIND_NUMBER = 1;
const KIND_BOOLEAN = 2;
const KIND_DATE = 3;
const KIND_TIMESTAMP = 4;
const KIND_STRING = 5;
const KIND_TYPES = ['integer', 'number', 'boolean', 'date', 'timestamp', 'string'];
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
const parsedValue = new ParsedValue();
/** A test for null cells: empty field or JSON null, plus the configured tokens. */
function makeNullTest(nullValues = []) {
    const tokens = new Set(nullValues);
    return (cell) => cell === null || cell === undefined || cell === '' ||
        (typeof cell === 'number' && Number.isNaN(cell) && tokens.has('NaN')) ||
        (typeof cell === 'string' && tokens.size > 0 && tokens.has(cell));
}
/** The text form of a value: what categories, patterns and lengths are computed on. */
function cellText(cell) {
    if (typeof cell === 'string')
        return cell;
    if (cell === null || cell === undefined)
        return '';
    if (cell instanceof Date)
        return cell.toISOString();
    if (typeof cell === 'object')
        return JSON.stringify(cell, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
    return String(cell);
}
/** The narrowest type one non-null cell parses as. */
function cellType(cell) {
    switch (typeof cell) {
        case 'number': return Number.isInteger(cell) ? 'integer' : 'number';
        case 'bigint': return 'integer';
        case 'boolean': return 'boolean';
        case 'string': return textType(cell);
        default: return cell instanceof Date ? 'timestamp' : cell instanceof nested/* NestedValue */.V$ ? cell.type : 'string';
    }
}
function textType(text) {
    return KIND_TYPES[classifyText(text)];
}
/** The numeric value of a cell that reads as integer or number; undefined otherwise. */
function cellNumber(cell) {
    if (typeof cell === 'number')
        return Number.isFinite(cell) ? cell : undefined;
    if (typeof cell === 'bigint')
        return Number(cell);
    if (typeof cell === 'string') {
        const kind = classifyText(cell);
        return kind === KIND_INTEGER || kind === KIND_NUMBER ? parsedValue.value : undefined;
    }
    return undefined;
}
/** Milliseconds since the epoch for a date or timestamp cell; undefined otherwise. */
function cellTime(cell) {
    if (cell instanceof Date)
        return cell.getTime();
    if (typeof cell !== 'string')
        return undefined;
    const kind = classifyText(cell);
    return kind === KIND_DATE || kind === KIND_TIMESTAMP ? parsedValue.value : undefined;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
/** Value of the `count` digits at `at`, or -1 when one is not a digit. */
function digitsAt(text, at, count) {
    let value = 0;
    for (let i = at; i < at + count; i++) {
        const code = text.charCodeAt(i);
        if (code < 48 || code > 57)
            return -1;
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
function classifyText(text) {
    return classifyRange(text, 0, text.length);
}
/**
 * `classifyText` of text[start, end), read in place: the CSV profiler classifies fields inside
 * the decoded chunk, so a number or a time never becomes a string of its own.
 */
function classifyRange(text, start, end) {
    if (end <= start)
        return KIND_STRING;
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
        if (digits === 0)
            return KIND_STRING;
        // Beyond 15 digits the running sum may round differently from the parser.
        parsedValue.value = digits <= 15 ? (negative ? -value : value) : longNumber(text, start, end);
        // Not canonical: `+5`, `007`, `-0`, and beyond 15 digits (String may round or use e+).
        parsedValue.canonical = digits <= 15 && digitsStart === start + (negative ? 1 : 0) &&
            (digits === 1 ? !(negative && value === 0) : text.charCodeAt(digitsStart) !== 48);
        return KIND_INTEGER;
    }
    if (code === 46 || ((code === 101 || code === 69) && digits > 0))
        return numberTail(text, start, end, i, digits, value, negative);
    if (code === 45 && digits === 4 && digitsStart === start)
        return dateOrTimestamp(text, start, end);
    if (digitsStart === start && digits === 0 && end - start <= 5)
        return booleanAt(text, start, end);
    return KIND_STRING;
}
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
function isWordAt(text, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let i = 0; i < word.length; i++)
        if (text.charCodeAt(start + i) !== word.charCodeAt(i))
            return false;
    return true;
}
function booleanAt(text, start, end) {
    // `true` in three casings has 4 letters, `false` 5: most short texts fail on length or first letter.
    const length = end - start;
    const first = text.charCodeAt(start) | 32;
    const truth = length === 4 && first === 116;
    if (!truth && !(length === 5 && first === 102))
        return KIND_STRING;
    for (const word of truth ? TRUE_WORDS : FALSE_WORDS) {
        if (isWordAt(text, start, end, word)) {
            parsedValue.value = truth ? 1 : 0;
            return KIND_BOOLEAN;
        }
    }
    return KIND_STRING;
}
/** A decimal of more than 15 significant digits: read in place where exactDecimal can. */
function longNumber(text, start, end) {
    const value = exactDecimal(text, start, end);
    return Number.isNaN(value) ? Number(start === 0 && end === text.length ? text : text.slice(start, end)) : value;
}
/** Powers of ten that doubles hold exactly. */
const values_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const TWO_TO_53 = 2 ** 53;
/** The rest of a number after its integer digits: `.digits` and/or an exponent. */
function numberTail(text, start, end, at, integerDigits, integerValue, negative) {
    let i = at;
    let fraction = 0;
    let mantissa = integerValue;
    if (text.charCodeAt(i) === 46) {
        i++;
        let code;
        while (i < end && (code = text.charCodeAt(i)) >= 48 && code <= 57) {
            mantissa = mantissa * 10 + code - 48;
            i++;
            fraction++;
        }
        if (integerDigits === 0 && fraction === 0)
            return KIND_STRING;
        if (i === end && mantissa < TWO_TO_53 && fraction < values_POWERS_OF_TEN.length) {
            // Clinger's fast path: an exact integer over an exact power of ten, one correctly
            // rounded division, is the same double the full parser gives. Below 2^53 every step of
            // the digit loop was exact, so this also covers the 16–17 digit decimals that
            // Math.random() and float64 exports write, which the full parser takes ≈ 70 ns for.
            const value = mantissa / values_POWERS_OF_TEN[fraction];
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
        if (code !== 101 && code !== 69)
            return KIND_STRING;
        if (integerDigits === 0 && fraction === 0)
            return KIND_STRING;
        i++;
        const sign = text.charCodeAt(i);
        if (sign === 43 || sign === 45)
            i++;
        const exponentStart = i;
        while (i < end && isDigit(text.charCodeAt(i)))
            i++;
        if (i === exponentStart || i !== end)
            return KIND_STRING;
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
function utcDay(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}
/** Date or timestamp at text[s, end); offsets below are from `s`. */
function dateOrTimestamp(text, s, end) {
    const length = end - s;
    if (length < 10 || text.charCodeAt(s + 7) !== 45)
        return KIND_STRING;
    const year = digitsAt(text, s, 4);
    const month = digitsAt(text, s + 5, 2);
    const day = digitsAt(text, s + 8, 2);
    // Day 31 in a 30-day month passes, as Date.parse lets it (and rolls over).
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return KIND_STRING;
    const dayStart = utcDay(year, month, day);
    if (length === 10) {
        parsedValue.value = dayStart;
        return KIND_DATE;
    }
    const separator = text.charCodeAt(s + 10);
    if ((separator !== 84 && separator !== 32) || length < 16 || text.charCodeAt(s + 13) !== 58)
        return KIND_STRING;
    const hour = digitsAt(text, s + 11, 2);
    const minute = digitsAt(text, s + 14, 2);
    // 24:00 is the end of the day (ISO 8601, and Date.parse agrees); checked once seconds are read.
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || (hour === 24 && minute !== 0))
        return KIND_STRING;
    let i = s + 16;
    let millis = 0;
    let second = 0;
    // Bounds are checked against `end`: past it lies the next field, not this one.
    if (i < end && text.charCodeAt(i) === 58) {
        if (i + 3 > end)
            return KIND_STRING;
        second = digitsAt(text, i + 1, 2);
        if (second < 0 || second > 59)
            return KIND_STRING;
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
            if (i === start)
                return KIND_STRING;
            millis = Math.floor(millis);
        }
    }
    if (hour === 24 && (second !== 0 || millis !== 0))
        return KIND_STRING;
    let offsetMinutes = 0;
    if (i < end) {
        const zone = text.charCodeAt(i);
        if (zone === 90 && i + 1 === end) {
            // Z: UTC
        }
        else if (zone === 43 || zone === 45) {
            const hours = digitsAt(text, i + 1, 2);
            const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
            const minutes = digitsAt(text, i + 3 + colon, 2);
            if (hours < 0 || minutes < 0 || i + 5 + colon !== end)
                return KIND_STRING;
            offsetMinutes = (zone === 45 ? -1 : 1) * (hours * 60 + minutes);
        }
        else
            return KIND_STRING;
    }
    parsedValue.value = dayStart + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
    return KIND_TIMESTAMP;
}


/***/ })

};
