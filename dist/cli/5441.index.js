export const id = 5441;
export const ids = [5441,3970];
export const modules = {

/***/ 45441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ classifyFormatted),
/* harmony export */   R7: () => (/* binding */ formattedCell),
/* harmony export */   _f: () => (/* binding */ detectFormats),
/* harmony export */   describeFormat: () => (/* binding */ describeFormat)
/* harmony export */ });
/* unused harmony exports isBooleanFormat, classifyNumber, classifyBoolean, formatBatch */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45373);
// Numbers and booleans as real files write them: `1.234,56`, `1,234.56`, `1 234,56`, `12%`,
// `Y`/`N`, `yes`/`no`, `T`/`F`. A column gets such a format from a sample of its first values
// (src/readers/sniff.ts) when they do not all read as plain values but all read so; the plain
// scanner (values.ts) stays as it is, so columns without a format pay nothing for this.

function isBooleanFormat(format) {
    return 'true' in format;
}
const PERCENT = 37;
const SPACE = 32;
const NO_BREAK_SPACE = 160;
const NARROW_NO_BREAK_SPACE = 8239;
function isSpace(code) {
    return code === SPACE || code === NO_BREAK_SPACE || code === NARROW_NO_BREAK_SPACE;
}
/**
 * Kind of text[start, end) under a number format (KIND_INTEGER, KIND_NUMBER or KIND_STRING), its
 * value in `parsedValue`: `[+-]?` digits in groups of three split by `thousands` (or ungrouped),
 * then `decimal` and digits, then `%` (an optional space before it) when the format has one.
 */
function classifyNumber(text, start, end, format) {
    let stop = end;
    if (format.percent) {
        if (stop <= start || text.charCodeAt(stop - 1) !== PERCENT)
            return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr;
        stop--;
        if (stop > start && isSpace(text.charCodeAt(stop - 1)))
            stop--;
    }
    const decimal = format.decimal.charCodeAt(0);
    const thousands = format.thousands === undefined ? -1 : format.thousands.charCodeAt(0);
    let i = start;
    let sign = '';
    const first = text.charCodeAt(i);
    if (first === 43 || first === 45) {
        if (first === 45)
            sign = '-';
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
        }
        else if (code === thousands || (thousands === SPACE && isSpace(code))) {
            if (group === 0 || (grouped ? group !== 3 : group > 3))
                return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr;
            grouped = true;
            group = 0;
        }
        else
            break;
    }
    if (digits === '' || (grouped && group !== 3))
        return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr;
    let fraction = '';
    if (i < stop && text.charCodeAt(i) === decimal) {
        for (i++; i < stop; i++) {
            const code = text.charCodeAt(i);
            if (code < 48 || code > 57)
                break;
            fraction += text[i];
        }
        if (fraction === '')
            return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr;
    }
    if (i !== stop)
        return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr;
    _values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value = Number(fraction === '' ? sign + digits : `${sign}${digits}.${fraction}`);
    _values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.canonical = false;
    return fraction === '' ? _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_INTEGER */ .Ec : _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NUMBER */ .V;
}
/** Pairs of boolean words, lower case: a column of one pair's words (any casing) is boolean. */
const BOOLEAN_PAIRS = [['y', 'n'], ['yes', 'no'], ['t', 'f']];
function lowerWord(text, start, end) {
    return end - start <= 3 ? text.slice(start, end).toLowerCase() : undefined;
}
/** Kind of text[start, end) under a boolean format: KIND_BOOLEAN (value 1/0 in `parsedValue`) or KIND_STRING. */
function classifyBoolean(text, start, end, format) {
    const word = lowerWord(text, start, end);
    const pair = word === undefined ? undefined : pairOf(format);
    if (pair && (word === pair[0] || word === pair[1])) {
        _values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value = word === pair[0] ? 1 : 0;
        _values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.canonical = false;
        return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_BOOLEAN */ .gN;
    }
    return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr;
}
function pairOf(format) {
    const word = (format.true[0] ?? format.false[0])?.toLowerCase();
    return BOOLEAN_PAIRS.find(([yes, no]) => word === yes || word === no);
}
/** Kind of text[start, end) under a column's format. */
function classifyFormatted(text, start, end, format) {
    return isBooleanFormat(format) ? classifyBoolean(text, start, end, format) : classifyNumber(text, start, end, format);
}
/**
 * A cell as a typed value when its column has a format and the text reads under it (`1.234,56`
 * → 1234.56, `Y` → true); other cells as they are. The contract checks read cells so, to agree
 * with the profile.
 */
function formattedCell(cell, format) {
    if (typeof cell !== 'string')
        return cell;
    const kind = classifyFormatted(cell, 0, cell.length, format);
    if (kind === _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_BOOLEAN */ .gN)
        return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value === 1;
    if (kind === _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_INTEGER */ .Ec || kind === _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NUMBER */ .V)
        return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$.value;
    return cell;
}
/** A batch whose cells of formatted columns are the values they read as (see `formattedCell`). */
function formatBatch(batch, formats) {
    if (formats.size === 0)
        return batch;
    let data;
    for (let c = 0; c < batch.columns.length; c++) {
        const format = formats.get(batch.columns[c]);
        if (!format || batch.data[c].length === 0)
            continue;
        data ??= [...batch.data];
        data[c] = batch.data[c].map((cell) => formattedCell(cell, format));
    }
    return data ? { ...batch, data } : batch;
}
const NUMBER_CANDIDATES = [
    { decimal: '.', thousands: ',' },
    { decimal: ',' },
    { decimal: ',', thousands: '.' },
    { decimal: ',', thousands: ' ' },
    { decimal: '.', thousands: ' ' },
];
/** Every number format, with and without `%`, plain ones (percent only) included. */
const ALL_NUMBER_FORMATS = [
    ...NUMBER_CANDIDATES,
    { decimal: '.', percent: true },
    ...NUMBER_CANDIDATES.map((format) => ({ ...format, percent: true })),
];
function readsAll(values, format) {
    return values.every((value) => classifyFormatted(value, 0, value.length, format) !== _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr);
}
function booleanFormatOf(values) {
    const seen = new Set(values);
    for (const [yes, no] of BOOLEAN_PAIRS) {
        const words = [...seen];
        if (!words.every((word) => word.length <= 3 && (word.toLowerCase() === yes || word.toLowerCase() === no)))
            continue;
        const format = { true: words.filter((word) => word.toLowerCase() === yes).sort(), false: words.filter((word) => word.toLowerCase() === no).sort() };
        // Both words seen: a column of only `N` or only `F` is as likely a code as a flag.
        if (format.true.length > 0 && format.false.length > 0)
            return format;
    }
    return undefined;
}
/** Whether some value holds `mark` where a format would read it as a separator (not only a `%` or sign). */
function uses(values, mark) {
    return values.some((value) => value.includes(mark) || (mark === ' ' && /[\u00a0\u202f]/.test(value)));
}
/** The formats of a sample column: those under which every value reads. */
function numberFormatsOf(values) {
    return ALL_NUMBER_FORMATS.filter((format) => readsAll(values, format))
        // A separator no value holds says nothing: keep the format without it.
        .filter((format) => format.thousands === undefined || uses(values, format.thousands));
}
/**
 * The columns of a sample that need a format to read as numbers or booleans, by name. A column
 * whose values all read as plain values keeps none, unless the user's `decimal: ','` reads it
 * otherwise (`1.234` is then 1234). Where several decimal marks read a column (`1,234`), the
 * given mark decides, else the mark the file's unambiguous columns use, else the delimiter.
 */
function detectFormats(header, samples, hints) {
    const choices = new Map();
    for (let c = 0; c < header.length; c++) {
        const values = [...new Set(samples[c] ?? [])];
        if (values.length === 0)
            continue;
        const plain = values.every((value) => (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyText */ .oF)(value) !== _values_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_STRING */ .jr);
        if (plain && !(hints.decimal === ',' && values.some((value) => /[.,]/.test(value))))
            continue;
        const boolean = plain ? undefined : booleanFormatOf(values);
        if (boolean) {
            choices.set(header[c], boolean);
            continue;
        }
        let formats = numberFormatsOf(values);
        if (hints.decimal)
            formats = formats.filter((format) => format.decimal === hints.decimal || !uses(values, format.decimal));
        if (formats.length > 0)
            choices.set(header[c], formats);
    }
    const marks = { '.': 0, ',': 0 };
    for (const choice of choices.values()) {
        if (Array.isArray(choice) && new Set(choice.map((format) => format.decimal)).size === 1)
            marks[choice[0].decimal]++;
    }
    const preferred = hints.decimal ?? (marks[','] > marks['.'] ? ',' : marks['.'] > marks[','] ? '.' : hints.delimiter === ';' ? ',' : '.');
    const formats = new Map();
    for (const [name, choice] of choices) {
        if (!Array.isArray(choice))
            formats.set(name, choice);
        else
            formats.set(name, choice.find((format) => format.decimal === preferred) ?? choice[0]);
    }
    return formats;
}
/** `with decimal "," and thousands "."` / `as Y (true) and N (false)`: a format in words. */
function describeFormat(format) {
    if (isBooleanFormat(format))
        return `as ${format.true.join(', ')} (true) and ${format.false.join(', ')} (false)`;
    const parts = [`with decimal ${JSON.stringify(format.decimal)}`];
    if (format.thousands)
        parts.push(`thousands ${JSON.stringify(format.thousands)}`);
    if (format.percent)
        parts.push('a % sign (the number before it is kept)');
    return parts.join(', ');
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
