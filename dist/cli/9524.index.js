export const id = 9524;
export const ids = [9524,78];
export const modules = {

/***/ 60550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ columnResults)
/* harmony export */ });
/* harmony import */ var _report_percent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23747);
/* harmony import */ var _report_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59179);
// The wording of a contract column's results, for files (ColumnCheck) and tables
// (src/warehouse/contract.ts) alike: ids, statuses, messages, observed and expected values from
// what was counted, so a table and its CSV export read the same (the warehouse parity tests).


/** One result per rule that ran, in COLUMN_RULES order (`required` is the caller's). */
function columnResults(dataset, name, rule, severity, tally, rows) {
    const out = [];
    const quoted = JSON.stringify(name);
    const result = (ruleName, violations, parts) => {
        const bad = parts.violated ?? violations.count > 0;
        return {
            id: `${dataset}.contract.${name}.${ruleName}`, kind: 'contract', dataset, column: name,
            status: bad ? (0,_report_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .violated */ .b)(severity) : 'pass', severity,
            message: bad ? parts.fail : parts.pass,
            ...(parts.observed !== undefined ? { observed: parts.observed } : {}),
            expected: parts.expected,
            count: violations.count,
            ...(bad ? { examples: violations.examples } : {}),
        };
    };
    if (tally.type) {
        const { violations, kinds } = tally.type;
        const types = [...kinds].sort();
        out.push(result('type', violations, {
            observed: types.length > 0 ? types.join(', ') : rule.type, expected: rule.type,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} not of type ${rule.type} (found ${types.join(', ')})`,
            pass: `${quoted}: every value is of type ${rule.type}`,
        }));
    }
    const nulls = tally.nulls;
    if (rule.nullable === false) {
        out.push(result('nullable', nulls, {
            observed: nulls.count, expected: 0,
            fail: `${quoted}: ${nulls.count} null ${plural(nulls.count, 'value')}, none allowed`,
            pass: `${quoted}: no nulls`,
        }));
    }
    if (rule.max_null_fraction !== undefined) {
        const fraction = rows === 0 ? 0 : nulls.count / rows;
        out.push(result('max_null_fraction', nulls, {
            observed: fraction, expected: rule.max_null_fraction, violated: fraction > rule.max_null_fraction,
            fail: `${quoted}: ${(0,_report_percent_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .p)(fraction)} nulls (${nulls.count} of ${rows}) > ${(0,_report_percent_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .p)(rule.max_null_fraction)}`,
            pass: `${quoted}: ${(0,_report_percent_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .p)(fraction)} nulls ≤ ${(0,_report_percent_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .p)(rule.max_null_fraction)}`,
        }));
    }
    if (tally.unique) {
        const duplicates = tally.unique.violations.count;
        out.push(result('unique', tally.unique.violations, {
            observed: duplicates, expected: 0,
            fail: `${quoted}: ${duplicates} duplicate ${plural(duplicates, 'value')}`,
            pass: `${quoted}: all ${tally.unique.distinct} values unique`,
        }));
    }
    for (const [ruleName, check, limit] of [['min', tally.min, rule.min], ['max', tally.max, rule.max]]) {
        if (!check || limit === undefined)
            continue;
        const observed = check.extreme === undefined ? undefined : showBound(check.bound.kind, check.extreme);
        const word = ruleName === 'min' ? 'below' : 'above';
        const extremeWord = ruleName === 'min' ? 'lowest' : 'highest';
        out.push(result(ruleName, check.violations, {
            observed, expected: limit,
            fail: `${quoted}: ${check.violations.count} ${plural(check.violations.count, 'value')} ${word} ${ruleName} ${limit} (${extremeWord} ${observed})`,
            pass: `${quoted}: ${extremeWord} value ${observed ?? '(none)'} within ${ruleName} ${limit}`,
        }));
    }
    if (tally.allowed) {
        const { violations, values } = tally.allowed;
        out.push(result('allowed', violations, {
            observed: values, expected: rule.allowed,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} not allowed (${values.map((value) => JSON.stringify(value)).join(', ')})`,
            pass: `${quoted}: every value is allowed`,
        }));
    }
    if (tally.pattern) {
        const count = tally.pattern.count;
        out.push(result('pattern', tally.pattern, {
            observed: count, expected: rule.pattern,
            fail: `${quoted}: ${count} ${count === 1 ? 'value does' : 'values do'} not match /${rule.pattern}/`,
            pass: `${quoted}: every value matches /${rule.pattern}/`,
        }));
    }
    if (tally.minLength) {
        const { violations, shortest } = tally.minLength;
        out.push(result('min_length', violations, {
            observed: shortest, expected: rule.min_length,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} shorter than ${rule.min_length} (shortest ${shortest})`,
            pass: `${quoted}: shortest value ${shortest ?? '(none)'} ≥ ${rule.min_length} characters`,
        }));
    }
    if (tally.maxLength) {
        const { violations, longest } = tally.maxLength;
        out.push(result('max_length', violations, {
            observed: longest, expected: rule.max_length,
            fail: `${quoted}: ${violations.count} ${plural(violations.count, 'value')} longer than ${rule.max_length} (longest ${longest})`,
            pass: `${quoted}: longest value ${longest ?? '(none)'} ≤ ${rule.max_length} characters`,
        }));
    }
    return out;
}
function showBound(kind, value) {
    return kind === 'number' ? value : new Date(value).toISOString();
}
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}


/***/ }),

/***/ 85257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ extraColumnsResult)
/* harmony export */ });
/* harmony import */ var _report_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59179);
// The `allow_extra_columns: false` gate, one definition for files (validator.ts) and tables
// (src/warehouse/contract.ts): the columns seen beyond those the contract names.

function extraColumnsResult(dataset, columns) {
    const schema = dataset.schema;
    if (!schema || schema.allow_extra_columns !== false)
        return undefined;
    const known = new Set([...Object.keys(schema.columns), ...(schema.required ?? [])]);
    const extra = columns.filter((name) => !known.has(name));
    const severity = schema.severity ?? 'error';
    return {
        id: `${dataset.name}.contract.extra_columns`, kind: 'contract', dataset: dataset.name, severity,
        status: extra.length > 0 ? (0,_report_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .violated */ .b)(severity) : 'pass',
        message: extra.length > 0
            ? `${extra.length} column${extra.length > 1 ? 's' : ''} not in the contract: ${extra.map((name) => JSON.stringify(name)).join(', ')}`
            : 'no columns beyond the contract',
        observed: extra, expected: [...known],
        count: extra.length,
    };
}


/***/ }),

/***/ 39877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ batchOf),
/* harmony export */   P0: () => (/* binding */ fieldCell),
/* harmony export */   Rj: () => (/* binding */ makeNullRangeTest),
/* harmony export */   _$: () => (/* binding */ ContractFieldSink)
/* harmony export */ });
/* unused harmony export MISSING */
/* harmony import */ var _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23296);
/* harmony import */ var _profile_formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45441);
/* harmony import */ var _profile_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58747);
// The contract's checks on CSV/TSV field offsets: the parser hands over where each field lies in
// its decoded text, and the checks read the fields there, as the profiler does (src/profile/
// records.ts). A value becomes a string only where one is needed: an example, a pattern test, a
// text unique key, a miss of the allowed values. Splitting every checked field into a string
// cost ≈ 2 s of CPU (0.45 s of it GC) at 1M rows and 9 checked columns.



/** Rows gathered before the checks read them, column by column. */
const ROWS = 1024;
/** `ends` of a field the record lacked (a ragged row): null. */
const MISSING = -2;
/** A test for null fields: empty, or one of the configured tokens; the range form of `makeNullTest`. */
function makeNullRangeTest(nullValues = []) {
    const tokens = [...new Set(nullValues)].filter((token) => token !== '');
    if (tokens.length === 0)
        return (_text, start, end) => end === start;
    // A bit per token length under 32, so most fields skip the comparisons.
    let lengths = 0;
    for (const token of tokens)
        lengths |= token.length < 32 ? 1 << token.length : 1 << 31;
    return (text, start, end) => {
        const length = end - start;
        if (length === 0)
            return true;
        if ((lengths & (length < 32 ? 1 << length : 1 << 31)) === 0)
            return false;
        for (const token of tokens) {
            if (token.length !== length)
                continue;
            let i = 0;
            while (i < length && token.charCodeAt(i) === text.charCodeAt(start + i))
                i++;
            if (i === length)
                return true;
        }
        return false;
    };
}
/** Field r of column c as the string batch would hold it: text, null, or its format's value. */
function fieldCell(batch, c, r) {
    const end = batch.ends[c][r];
    if (end === MISSING)
        return null;
    const text = end === _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT */ .BT ? batch.built[c][r] : batch.text.slice(batch.starts[c][r], end);
    const format = batch.formats[c];
    return format ? (0,_profile_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .formattedCell */ .R7)(text, format) : text;
}
/** The string batch of `columns` (the others empty), for the checks that read whole values. */
function batchOf(fields, columns) {
    const data = fields.columns.map((name, c) => {
        if (!columns.includes(name))
            return [];
        const cells = new Array(fields.length);
        for (let r = 0; r < fields.length; r++)
            cells[r] = fieldCell(fields, c, r);
        return cells;
    });
    return { columns: fields.columns, data, length: fields.length, firstRow: fields.firstRow, lines: fields.lines, file: fields.file };
}
/**
 * Gathers the field offsets of the columns a validator reads, up to ROWS records, then hands
 * them to it (`ContractValidator.addFields`). One sink per file.
 */
class ContractFieldSink {
    validator;
    formats;
    header;
    /** Indexes of the columns the contract reads. */
    read = [];
    batch;
    text = '';
    rows = 0;
    file = '';
    firstRow = 1;
    /** The profiler's offsets and parse of the same records: its flush runs this one's. */
    parse;
    constructor(validator, formats) {
        this.validator = validator;
        this.formats = formats;
        this.parse = new _profile_records_js__WEBPACK_IMPORTED_MODULE_2__/* .SharedParse */ .db((name) => validator.reads(name));
        this.parse.onFlush = () => this.flush();
    }
    start(file, firstRow) {
        this.file = file;
        this.firstRow = firstRow;
    }
    record(text, fields, count, header, line) {
        if (header !== this.header)
            this.useHeader(header);
        if (this.rows === ROWS)
            this.flush();
        const batch = this.batch;
        const r = this.rows++;
        this.text = text;
        batch.lines[r] = line;
        // The profiler gathers the same offsets (SharedParse) and keeps them until this sink's flush.
        if (this.parse.attached)
            return;
        const { starts, ends, built } = fields;
        for (const c of this.read) {
            if (c >= count) {
                // A short (ragged) record: the parser reported it; its missing fields read as null.
                batch.ends[c][r] = MISSING;
                continue;
            }
            const end = ends[c];
            batch.starts[c][r] = starts[c];
            batch.ends[c][r] = end;
            if (end === _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT */ .BT)
                batch.built[c][r] = built[c];
        }
    }
    /** Checks the gathered rows; called before the parser's text changes. */
    flush() {
        const rows = this.rows;
        const batch = this.batch;
        if (rows === 0 || !batch)
            return;
        batch.text = this.text;
        batch.length = rows;
        batch.firstRow = this.firstRow;
        batch.file = this.file;
        const parse = this.parse;
        if (parse.attached) {
            // Run from the profiler's flush of these very rows: its offsets, and its parse where it has one.
            if (parse.header !== this.header || parse.rows !== rows)
                throw new Error('the contract and the profiler read different rows');
            const fields = { ...batch, starts: parse.starts, ends: parse.ends, built: parse.built, parse };
            this.validator.addFields(fields);
        }
        else
            this.validator.addFields(batch);
        this.firstRow += rows;
        this.rows = 0;
        this.text = '';
        batch.text = '';
        if (!parse.attached)
            for (const c of this.read)
                batch.built[c] = [];
    }
    useHeader(header) {
        this.flush();
        this.header = header;
        this.read = [];
        header.forEach((name, c) => {
            if (this.validator.reads(name))
                this.read.push(c);
        });
        const wanted = new Set(this.read);
        this.batch = {
            columns: header, text: '',
            starts: header.map((_, c) => new Int32Array(wanted.has(c) ? ROWS : 0)),
            ends: header.map((_, c) => new Int32Array(wanted.has(c) ? ROWS : 0)),
            built: header.map(() => []),
            formats: header.map((name) => this.formats.get(name)),
            length: 0, firstRow: this.firstRow, lines: new Int32Array(ROWS), file: this.file,
        };
    }
}


/***/ }),

/***/ 75395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ColumnGuesser)
/* harmony export */ });
/* harmony import */ var _config_hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59636);
// "Did you mean …?" for a contract column the data lacks: the data's column it most likely
// misspells (`Country` for `country`, `agee` for `age`), in bounded work on untrusted names.

/** Absent columns of one dataset that get a guess, and the data's columns compared with each. */
const GUESSED_COLUMNS = 50;
const GUESS_CANDIDATES = 2000;
class ColumnGuesser {
    asked = 0;
    /** `: did you mean "age"?`, or nothing when no column of `columns` is that close. */
    guess(name, columns) {
        if (++this.asked > GUESSED_COLUMNS)
            return '';
        const found = (0,_config_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(name, [...columns].slice(0, GUESS_CANDIDATES));
        return found === undefined ? '' : `: did you mean ${JSON.stringify(found)}?`;
    }
}


/***/ }),

/***/ 36234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ ContractValidator)
});

// UNUSED EXPORTS: contractBuffers

// EXTERNAL MODULE: ./src/profile/values.ts + 1 modules
var profile_values = __webpack_require__(45373);
// EXTERNAL MODULE: ./src/report/severity.ts
var report_severity = __webpack_require__(59179);
// EXTERNAL MODULE: ./src/profile/dates.ts
var dates = __webpack_require__(81452);
// EXTERNAL MODULE: ./src/profile/formats.ts
var formats = __webpack_require__(45441);
// EXTERNAL MODULE: ./src/contract/rules.ts
var rules = __webpack_require__(44057);
// EXTERNAL MODULE: ./src/contract/fields.ts
var fields = __webpack_require__(39877);
// EXTERNAL MODULE: ./src/profile/records.ts
var records = __webpack_require__(58747);
;// CONCATENATED MODULE: ./src/contract/textSet.ts
// A set of texts looked up by a range of a larger text (a CSV field in its chunk), so a lookup
// builds no string: the allowed values of a column, checked on every field. An open-addressing
// table of small integers rather than a Map: a 32-bit hash is no small integer to a Map, and
// its lookup cost more than the comparison.
class TextSet {
    texts;
    /** Index + 1 of a text in `texts`, at its hash (linear probing); 0: empty. A quarter full at most. */
    slots;
    mask;
    constructor(texts) {
        this.texts = [...new Set(texts)];
        let size = 8;
        while (size < this.texts.length * 4)
            size *= 2;
        this.slots = new Int32Array(size);
        this.mask = size - 1;
        this.texts.forEach((text, index) => {
            let slot = hashRange(text, 0, text.length) & this.mask;
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.slots[slot] = index + 1;
        });
    }
    /** Whether text[start, end) is one of the set's texts. */
    hasRange(text, start, end) {
        const { slots, mask } = this;
        const length = end - start;
        let slot = hashRange(text, start, end) & mask;
        for (let entry = slots[slot]; entry !== 0; entry = slots[slot]) {
            const candidate = this.texts[entry - 1];
            if (candidate.length === length) {
                let i = 0;
                while (i < length && candidate.charCodeAt(i) === text.charCodeAt(start + i))
                    i++;
                if (i === length)
                    return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }
}
/** FNV-1a over the UTF-16 code units of text[start, end), as a signed 32-bit integer. */
function hashRange(text, start, end) {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash;
}

// EXTERNAL MODULE: ./src/contract/detach.ts
var detach = __webpack_require__(47843);
;// CONCATENATED MODULE: ./src/contract/uniqueSet.ts
// An exact set of seen keys for uniqueness checks: the one place where memory grows with rows.
//
// Keys are kept exactly rather than as 64-bit hashes: a hash set would take ~8 bytes a key
// instead of the string, but with 10M keys a 53-bit hash collides with probability ~0.5%, and
// a collision here is a false "duplicate" failure on somebody's pull request. Canonical integers
// (`42`, not `042`) are stored as numbers, which costs far less than their text. V8 caps one Set
// at 2^24 entries, so the keys spread over several sets once one is full; integers go to a
// hash table of doubles of their own (NumberSet).

const SHARD_LIMIT = 8_000_000;
/** Where the key at `index` was first seen (a binary search of the runs: it runs only for duplicates). */
function firstSeenAt(seen, index) {
    let low = 0;
    let high = seen.starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >>> 1;
        if (seen.starts[mid] <= index)
            low = mid;
        else
            high = mid - 1;
    }
    const after = index - seen.starts[low];
    const line = seen.lines[low];
    return { row: seen.rows[low] + after, line: line < 0 ? -1 : line + after };
}
/** The buffers of a set's state (its integers, where its keys were first seen): moved, not copied, from a worker. */
function uniqueSet_uniqueSetBuffers(state) {
    const seen = [state.numbersSeen, state.textsSeen].flatMap((runs) => (runs ? [runs.starts, runs.rows, runs.lines] : []));
    return [state.numbers, ...seen].map((array) => array.buffer);
}
/** Growing runs of rows and lines, one key at a time. */
class Tracker {
    starts = new Int32Array(16);
    rows = new Int32Array(16);
    lines = new Int32Array(16);
    runs = 0;
    keys = 0;
    /** The row and line that continue the last run. */
    nextRow = -1;
    nextLine = -1;
    push(row, line) {
        const index = this.keys++;
        if (row === this.nextRow && line === this.nextLine) {
            this.nextRow++;
            if (line >= 0)
                this.nextLine++;
            return;
        }
        if (this.runs === this.starts.length)
            this.grow();
        this.starts[this.runs] = index;
        this.rows[this.runs] = row;
        this.lines[this.runs++] = line;
        this.nextRow = row + 1;
        this.nextLine = line >= 0 ? line + 1 : -1;
    }
    grow() {
        const bigger = (array) => {
            const grown = new Int32Array(array.length * 2);
            grown.set(array);
            return grown;
        };
        this.starts = bigger(this.starts);
        this.rows = bigger(this.rows);
        this.lines = bigger(this.lines);
    }
    state() {
        return { starts: this.starts.slice(0, this.runs), rows: this.rows.slice(0, this.runs), lines: this.lines.slice(0, this.runs) };
    }
}
/** Integers a NumberSet keeps as bits: 2^24 of them (2 MB), placed around the first one added. */
const WINDOW = 1 << 24;
const WINDOW_BEFORE = 1 << 22;
/**
 * Safe integers by value: open addressing (at most half full) into a Float64Array of the keys in
 * insertion order. About twice as fast as a Set of numbers on a million ids (bench/check.mjs).
 * Ids are mostly dense runs, so integers near the first one are bits of a window instead: a
 * million sequential ids touch 128 KB of it, where the hash table's probes missed the cache.
 */
class NumberSet {
    keys = new Float64Array(1024);
    size = 0;
    slots = new Int32Array(2048);
    mask = 2047;
    /** Keys in the hash table (those outside the window). */
    hashed = 0;
    bits;
    base = NaN;
    add(value) {
        if (this.bits === undefined && Number.isSafeInteger(value)) {
            this.bits = new Int32Array(WINDOW >>> 5);
            this.base = value - WINDOW_BEFORE;
        }
        const offset = value - this.base;
        if (offset >= 0 && offset < WINDOW) {
            const bits = this.bits;
            const word = offset >>> 5;
            const bit = 1 << (offset & 31);
            if ((bits[word] & bit) !== 0)
                return false;
            bits[word] |= bit;
            this.push(value);
            return true;
        }
        const mask = this.mask;
        const slots = this.slots;
        let slot = hashNumber(value) & mask;
        for (let index = slots[slot]; index !== 0; index = slots[slot]) {
            if (this.keys[index - 1] === value)
                return false;
            slot = (slot + 1) & mask;
        }
        this.push(value);
        slots[slot] = this.size;
        // Half full at most, so probes stay short.
        if (++this.hashed * 2 > mask)
            this.rehash();
        return true;
    }
    has(value) {
        const offset = value - this.base;
        if (offset >= 0 && offset < WINDOW)
            return (this.bits[offset >>> 5] & (1 << (offset & 31))) !== 0;
        const mask = this.mask;
        const slots = this.slots;
        let slot = hashNumber(value) & mask;
        for (let index = slots[slot]; index !== 0; index = slots[slot]) {
            if (this.keys[index - 1] === value)
                return true;
            slot = (slot + 1) & mask;
        }
        return false;
    }
    push(value) {
        if (this.size === this.keys.length) {
            const keys = new Float64Array(this.size * 2);
            keys.set(this.keys);
            this.keys = keys;
        }
        this.keys[this.size++] = value;
    }
    rehash() {
        const size = (this.mask + 1) * 2;
        const slots = new Int32Array(size);
        const mask = size - 1;
        for (let index = 0; index < this.size; index++) {
            const value = this.keys[index];
            const offset = value - this.base;
            if (offset >= 0 && offset < WINDOW)
                continue;
            let slot = hashNumber(value) & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = index + 1;
        }
        this.slots = slots;
        this.mask = mask;
    }
    /** The keys in insertion order (a view). */
    values() {
        return this.keys.subarray(0, this.size);
    }
}
/** Mixes the two 32-bit halves of a safe integer (murmur3's finaliser). */
function hashNumber(value) {
    let h = (value | 0) ^ Math.imul((value / 4294967296) | 0, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
class UniqueSet {
    shardLimit;
    numbers = new NumberSet();
    shards = [new Set()];
    current = this.shards[0];
    /** Keys of a last part counted but not kept (no later part could repeat them). */
    uncounted = 0;
    /** With tracking on (a part of a file read in a worker): where each key was first seen. */
    numbersSeen;
    textsSeen;
    constructor(shardLimit = SHARD_LIMIT, track = false) {
        this.shardLimit = shardLimit;
        if (track) {
            this.numbersSeen = new Tracker();
            this.textsSeen = new Tracker();
        }
    }
    /** Adds a key; false when it was already there (a duplicate). `row` and `line` are kept when tracking. */
    add(text, row = 0, line = -1) {
        return this.addKey(canonicalInteger(text), text, row, line);
    }
    /** `add`, the text's canonical integer (`canonicalInteger`) already known. */
    addKey(number, text, row = 0, line = -1) {
        if (number !== undefined) {
            if (!this.numbers.add(number))
                return false;
            this.numbersSeen?.push(row, line);
            return true;
        }
        if (this.hasText(text))
            return false;
        this.insertText((0,detach/* detach */.Y)(text));
        this.textsSeen?.push(row, line);
        return true;
    }
    get size() {
        return this.numbers.size + this.shards.reduce((sum, shard) => sum + shard.size, 0) + this.uncounted;
    }
    toState() {
        return {
            numbers: this.numbers.values(), texts: this.shards,
            ...(this.numbersSeen ? { numbersSeen: this.numbersSeen.state() } : {}),
            ...(this.textsSeen ? { textsSeen: this.textsSeen.state() } : {}),
        };
    }
    /**
     * Adds the keys of a later part of the data (a tracking set's state). A key seen before is a
     * duplicate at its first row in that part, which `onDuplicate` gets (integers and texts each
     * in row order). `keep: false` when no later part follows: its keys are counted, not stored.
     */
    absorb(state, onDuplicate, keep) {
        const numbers = state.numbers;
        for (let index = 0; index < numbers.length; index++) {
            const key = numbers[index];
            if (this.numbers.has(key))
                onDuplicate(key, ...placeOf(state.numbersSeen, index));
            else if (keep)
                this.numbers.add(key);
            else
                this.uncounted++;
        }
        let index = 0;
        for (const shard of state.texts) {
            for (const key of shard) {
                const at = index++;
                if (this.hasText(key))
                    onDuplicate(key, ...placeOf(state.textsSeen, at));
                else if (keep)
                    this.insertText(key);
                else
                    this.uncounted++;
            }
        }
    }
    hasText(key) {
        for (const shard of this.shards)
            if (shard.has(key))
                return true;
        return false;
    }
    insertText(key) {
        if (this.current.size >= this.shardLimit) {
            this.current = new Set();
            this.shards.push(this.current);
        }
        this.current.add(key);
    }
}
/** Row and line (undefined: none) of the key at `index`, for `onDuplicate`. */
function placeOf(seen, index) {
    if (!seen)
        return [0, undefined];
    const { row, line } = firstSeenAt(seen, index);
    return [row, line >= 0 ? line : undefined];
}
/** The number a text spells when it is the canonical form of a safe integer (`42`, `-7`). */
function canonicalInteger(text) {
    if (text.length === 0 || text.length > 16)
        return undefined;
    const first = text.charCodeAt(0);
    if (first !== 45 && (first < 48 || first > 57))
        return undefined;
    const value = Number(text);
    return Number.isSafeInteger(value) && String(value) === text ? value : undefined;
}

// EXTERNAL MODULE: ./src/contract/violations.ts
var violations = __webpack_require__(81968);
// EXTERNAL MODULE: ./src/contract/columnResults.ts
var columnResults = __webpack_require__(60550);
// EXTERNAL MODULE: ./src/contract/pattern.ts
var pattern = __webpack_require__(7352);
;// CONCATENATED MODULE: ./src/contract/columnCheck.ts
// Every rule of one column, checked on every row as batches stream past; results at the end.












/** Distinct disallowed values kept to show as `observed`. */
const MAX_OBSERVED_VALUES = 10;
const SURROGATE = /[\uD800-\uDBFF]/;
class ColumnCheck {
    name;
    rule;
    context;
    /** The column appeared in at least one batch. */
    present = false;
    nulls = new violations/* Violations */.nP();
    typeViolations;
    offendingTypes = new Set();
    unique;
    min;
    max;
    allowed;
    pattern;
    length = {};
    needsText;
    /** A rule reads the field's type or value; a string column's allowed values, pattern and lengths read only its text. */
    needsKind;
    /** `addParsedFields`'s tables, made at its first batch. */
    byKind;
    /** Only the type, bounds and uniqueness read the column's fields: `addParsedFields` may check them by value. */
    byValue;
    /** Kinds the declared type accepts whatever the text (a bit per KIND_ constant); others ask `typeAcceptsRange`. */
    accepted;
    constructor(name, rule, context) {
        this.name = name;
        this.rule = rule;
        this.context = context;
        if (rule.type)
            this.typeViolations = new violations/* Violations */.nP();
        if (rule.unique)
            this.unique = { seen: new UniqueSet(undefined, context.track), violations: new violations/* Violations */.nP() };
        this.min = boundCheck(rule.min);
        this.max = boundCheck(rule.max);
        if (rule.allowed)
            this.allowed = allowedCheck(rule.allowed, rule.type === 'string');
        // validateConfig has rejected patterns that do not compile before any data is read.
        if (rule.pattern !== undefined)
            this.pattern = { regex: (0,pattern/* compilePattern */.E)(rule.pattern), violations: new violations/* Violations */.nP() };
        if (rule.min_length !== undefined)
            this.length.min = new violations/* Violations */.nP();
        if (rule.max_length !== undefined)
            this.length.max = new violations/* Violations */.nP();
        this.needsText = Boolean(this.unique || this.allowed || this.pattern || this.length.min || this.length.max);
        this.accepted = acceptedKinds(rule.type);
        this.byValue = !this.allowed && !this.pattern && !this.length.min && !this.length.max;
        this.needsKind = Boolean((rule.type && rule.type !== 'string') || this.min || this.max || this.unique || (this.allowed && this.allowed.numbers.size > 0));
    }
    /** Checks the column's cells in one batch; `cells` is undefined when the batch lacks the column (all null). */
    add(batch, cells) {
        if (!cells) {
            this.addAbsent(batch);
            return;
        }
        this.present = true;
        for (let index = 0; index < batch.length; index++)
            this.addCell(cells[index], batch, index);
    }
    /** Checks one cell, any kind: a string (CSV, TSV) or a typed value (JSON, Parquet, a formatted field). */
    addCell(cell, batch, index) {
        if (this.context.isNull(cell)) {
            this.nulls.add(batch, index, (0,profile_values/* cellText */.Ie)(cell));
            return;
        }
        if (typeof cell === 'string') {
            this.addText(cell, batch, index);
            return;
        }
        const declared = this.rule.type;
        if (declared && !(0,rules/* typeAccepts */.CP)(declared, cell)) {
            this.typeViolations.add(batch, index, (0,profile_values/* cellText */.Ie)(cell));
            this.offendingTypes.add((0,profile_values/* cellType */.T$)(cell));
        }
        if (this.min)
            checkBound(this.min, cell, batch, index, (value, bound) => value < bound);
        if (this.max)
            checkBound(this.max, cell, batch, index, (value, bound) => value > bound);
        if (!this.needsText)
            return;
        const text = (0,profile_values/* cellText */.Ie)(cell);
        if (this.unique && !this.unique.seen.add(text, batch.firstRow + index, batch.lines?.[index]))
            this.unique.violations.add(batch, index, text);
        if (this.allowed && !isAllowed(this.allowed, text, cell)) {
            this.allowed.violations.add(batch, index, text);
            if (this.allowed.values.size < MAX_OBSERVED_VALUES)
                this.allowed.values.add((0,detach/* detach */.Y)(text));
        }
        if (this.pattern && !this.pattern.regex.test(text))
            this.pattern.violations.add(batch, index, text);
        if (this.length.min || this.length.max)
            this.checkLength(text, batch, index);
    }
    /**
     * `add` of column c of a batch of CSV/TSV field offsets (src/contract/fields.ts): the same
     * tallies as `add` of the string batch the fields would make, with no string per field.
     */
    addFields(batch, c) {
        this.present = true;
        // The profiler's kind and value of each field it classified (src/profile/records.ts SharedParse).
        const parse = batch.parse;
        const kinds = batch.formats[c] === undefined && parse !== undefined && parse.ready[c] === 1 ? parse.kinds[c] : undefined;
        const values = kinds !== undefined ? parse.values[c] : undefined;
        if (kinds !== undefined && this.byValue) {
            this.addParsedFields(batch, c, kinds, values);
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
            const shared = kinds !== undefined ? kinds[index] : records/* NOT_PARSED */.ks;
            if (shared !== records/* NOT_PARSED */.ks)
                this.addParsed(text, start, end, shared & (records/* CANONICAL */.zb - 1), values[index], shared >= records/* CANONICAL */.zb, batch, index);
            else
                this.addRange(text, start, end, batch, index);
        }
    }
    /** Field `index` of column c, its kind and value from the profiler's parse where it has them. */
    addField(batch, c, index, kinds, values) {
        const end = batch.ends[c][index];
        if (end < 0) {
            // Doubled quotes (a built value) and missing fields (null) take the cells' way.
            this.addCell((0,fields/* fieldCell */.P0)(batch, c, index), batch, index);
            return;
        }
        const { text } = batch;
        const start = batch.starts[c][index];
        const format = batch.formats[c];
        if (format !== undefined) {
            const kind = (0,formats/* classifyFormatted */.$p)(text, start, end, format);
            if (kind !== profile_values/* KIND_STRING */.jr) {
                this.addCell(kind === profile_values/* KIND_BOOLEAN */.gN ? profile_values/* parsedValue */.X$.value === 1 : profile_values/* parsedValue */.X$.value, batch, index);
                return;
            }
        }
        if (this.context.isNullRange(text, start, end)) {
            this.nulls.addRange(batch, index, text, start, end);
            return;
        }
        // Null to the profiler (its tokens) but not to the contract: classified here.
        const shared = kinds !== undefined ? kinds[index] : records/* NOT_PARSED */.ks;
        if (shared !== records/* NOT_PARSED */.ks)
            this.addParsed(text, start, end, shared & (records/* CANONICAL */.zb - 1), values[index], shared >= records/* CANONICAL */.zb, batch, index);
        else
            this.addRange(text, start, end, batch, index);
    }
    /**
     * `addFields` of a column whose rules read only the type and value (`byValue`), from the
     * profiler's parse: a field of an accepted kind within both bounds passes here on its kind and
     * value alone, its extremes kept apart until the end of the batch (a minimum and a maximum
     * do not depend on order); any other field (null, a violation, a bound of another kind, a
     * text key) goes the way of `addField`, which tallies it as before.
     */
    addParsedFields(batch, c, kinds, values) {
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
            if (value < lowest[shared])
                lowest[shared] = value;
            if (value > highest[shared])
                highest[shared] = value;
            if (unique !== undefined && !unique.seen.addKey(value, '', firstRow + index, lines?.[index]))
                unique.violations.addRange(batch, index, text, start, end);
        }
        for (let shared = 0; shared < records/* CANONICAL */.zb * 2; shared++) {
            const bit = 1 << (shared & (records/* CANONICAL */.zb - 1));
            if (min && (byKind.minKinds & bit) !== 0 && lowest[shared] !== Infinity && (min.extreme === undefined || lowest[shared] < min.extreme))
                min.extreme = lowest[shared];
            if (max && (byKind.maxKinds & bit) !== 0 && highest[shared] !== -Infinity && (max.extreme === undefined || highest[shared] > max.extreme))
                max.extreme = highest[shared];
        }
    }
    /** `addText` of the non-null field text[start, end): a string only where a rule needs one. */
    addRange(text, start, end, batch, index) {
        const kind = this.needsKind ? (0,profile_values/* classifyRange */.iU)(text, start, end) : profile_values/* KIND_STRING */.jr;
        this.addParsed(text, start, end, kind, profile_values/* parsedValue */.X$.value, profile_values/* parsedValue */.X$.canonical, batch, index);
    }
    /** `addRange` of a field whose kind and value are known (`classifyRange`'s, here or the profiler's). */
    addParsed(text, start, end, kind, value, canonical, batch, index) {
        const declared = this.rule.type;
        if (declared && (this.accepted & (1 << kind)) === 0 && !(0,rules/* typeAcceptsRange */.hR)(declared, kind, text, start, end)) {
            this.typeViolations.addRange(batch, index, text, start, end);
            this.offendingTypes.add(profile_values/* KIND_TYPES */.pC[kind]);
        }
        if (this.min || this.max) {
            const numeric = kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V;
            const temporal = kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq;
            if (this.min)
                checkBoundRange(this.min, true, numeric, temporal, value, text, start, end, batch, index);
            if (this.max)
                checkBoundRange(this.max, false, numeric, temporal, value, text, start, end, batch, index);
        }
        if (!this.needsText)
            return;
        if (this.unique) {
            // Canonical integers go to the set by value; other integers (`007`, 16 digits) as `canonicalInteger` reads them.
            const key = kind !== profile_values/* KIND_INTEGER */.Ec ? undefined : canonical ? value : canonicalInteger(text.slice(start, end));
            const row = batch.firstRow + index;
            const line = batch.lines?.[index];
            if (key !== undefined) {
                if (!this.unique.seen.addKey(key, '', row, line))
                    this.unique.violations.addRange(batch, index, text, start, end);
            }
            else {
                const field = text.slice(start, end);
                if (!this.unique.seen.addKey(undefined, field, row, line))
                    this.unique.violations.add(batch, index, field);
            }
        }
        const allowed = this.allowed;
        if (allowed && !allowed.ranges.hasRange(text, start, end) && !(allowed.numbers.size > 0 && (kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V) && allowed.numbers.has(value))) {
            allowed.violations.addRange(batch, index, text, start, end);
            if (allowed.values.size < MAX_OBSERVED_VALUES)
                allowed.values.add((0,detach/* detach */.Y)(text.slice(start, end)));
        }
        if (this.pattern) {
            const field = text.slice(start, end);
            if (!this.pattern.regex.test(field))
                this.pattern.violations.add(batch, index, field);
        }
        if (this.length.min || this.length.max)
            this.checkLengthRange(text, start, end, batch, index);
    }
    /**
     * `add` of one non-null text cell (CSV, TSV), classified once for every rule: the type, both
     * bounds and the unique key read the same parse (each used to parse it again).
     */
    addText(text, batch, index) {
        const kind = (0,profile_values/* classifyText */.oF)(text);
        const value = profile_values/* parsedValue */.X$.value;
        const canonical = profile_values/* parsedValue */.X$.canonical;
        const declared = this.rule.type;
        if (declared && !(0,rules/* typeAcceptsText */.dk)(declared, kind, text)) {
            this.typeViolations.add(batch, index, text);
            this.offendingTypes.add(profile_values/* KIND_TYPES */.pC[kind]);
        }
        if (this.min || this.max) {
            const numeric = kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V;
            const temporal = kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq;
            if (this.min)
                checkBoundValue(this.min, boundValue(this.min.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a < b);
            if (this.max)
                checkBoundValue(this.max, boundValue(this.max.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a > b);
        }
        if (!this.needsText)
            return;
        if (this.unique) {
            // A canonical integer of up to 15 digits was read by the parse; others as the set reads them.
            const key = kind === profile_values/* KIND_INTEGER */.Ec && canonical ? value : canonicalInteger(text);
            if (!this.unique.seen.addKey(key, text, batch.firstRow + index, batch.lines?.[index]))
                this.unique.violations.add(batch, index, text);
        }
        if (this.allowed && !this.allowed.texts.has(text) && !(this.allowed.numbers.size > 0 && (kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V) && this.allowed.numbers.has(value))) {
            this.allowed.violations.add(batch, index, text);
            if (this.allowed.values.size < MAX_OBSERVED_VALUES)
                this.allowed.values.add((0,detach/* detach */.Y)(text));
        }
        if (this.pattern && !this.pattern.regex.test(text))
            this.pattern.violations.add(batch, index, text);
        if (this.length.min || this.length.max)
            this.checkLength(text, batch, index);
    }
    addAbsent(batch) {
        // Only the first few rows can become examples; the rest only count.
        const recorded = Math.min(batch.length, 5);
        for (let index = 0; index < recorded; index++)
            this.nulls.add(batch, index, '');
        this.nulls.count += batch.length - recorded;
    }
    checkLength(text, batch, index) {
        // Length in characters (code points), so an emoji counts once.
        const length = SURROGATE.test(text) ? [...text].length : text.length;
        if (this.length.shortest === undefined || length < this.length.shortest)
            this.length.shortest = length;
        if (this.length.longest === undefined || length > this.length.longest)
            this.length.longest = length;
        if (this.length.min && length < this.rule.min_length)
            this.length.min.add(batch, index, text);
        if (this.length.max && length > this.rule.max_length)
            this.length.max.add(batch, index, text);
    }
    checkLengthRange(text, start, end, batch, index) {
        const length = codePoints(text, start, end);
        if (this.length.shortest === undefined || length < this.length.shortest)
            this.length.shortest = length;
        if (this.length.longest === undefined || length > this.length.longest)
            this.length.longest = length;
        if (this.length.min && length < this.rule.min_length)
            this.length.min.addRange(batch, index, text, start, end);
        if (this.length.max && length > this.rule.max_length)
            this.length.max.addRange(batch, index, text, start, end);
    }
    toState() {
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
    absorb(state, part) {
        const shift = part;
        this.present ||= state.present;
        this.nulls.absorb(state.nulls, shift);
        if (this.typeViolations && state.type)
            this.typeViolations.absorb(state.type, shift);
        for (const type of state.offendingTypes)
            this.offendingTypes.add(type);
        if (this.unique && state.unique)
            absorbUnique(this.unique, state.unique, part);
        for (const [check, part, lower] of [[this.min, state.min, true], [this.max, state.max, false]]) {
            if (!check || !part)
                continue;
            check.violations.absorb(part.violations, shift);
            if (part.extreme !== undefined && (check.extreme === undefined || (lower ? part.extreme < check.extreme : part.extreme > check.extreme)))
                check.extreme = part.extreme;
        }
        if (this.allowed && state.allowed) {
            this.allowed.violations.absorb(state.allowed.violations, shift);
            for (const value of state.allowed.values)
                if (this.allowed.values.size < MAX_OBSERVED_VALUES)
                    this.allowed.values.add(value);
        }
        if (this.pattern && state.pattern)
            this.pattern.violations.absorb(state.pattern, shift);
        const length = this.length;
        if (length.min && state.length.min)
            length.min.absorb(state.length.min, shift);
        if (length.max && state.length.max)
            length.max.absorb(state.length.max, shift);
        if (state.length.shortest !== undefined && (length.shortest === undefined || state.length.shortest < length.shortest))
            length.shortest = state.length.shortest;
        if (state.length.longest !== undefined && (length.longest === undefined || state.length.longest > length.longest))
            length.longest = state.length.longest;
    }
    /** One result per rule that ran, in COLUMN_RULES order (`required` is the validator's), worded by columnResults. */
    results(rows) {
        const { dataset, severity } = this.context;
        const length = this.length;
        const tally = { nulls: this.nulls };
        if (this.typeViolations)
            tally.type = { violations: this.typeViolations, kinds: [...this.offendingTypes] };
        if (this.unique)
            tally.unique = { violations: this.unique.violations, distinct: this.unique.seen.size };
        if (this.min)
            tally.min = this.min;
        if (this.max)
            tally.max = this.max;
        if (this.allowed)
            tally.allowed = { violations: this.allowed.violations, values: [...this.allowed.values].sort() };
        if (this.pattern)
            tally.pattern = this.pattern.violations;
        if (length.min)
            tally.minLength = { violations: length.min, shortest: length.shortest };
        if (length.max)
            tally.maxLength = { violations: length.max, longest: length.longest };
        return (0,columnResults/* columnResults */.P)(dataset, this.name, this.rule, severity, tally, rows);
    }
}
/**
 * A later part's unique values: its own repeats were counted in it; a value already seen in an
 * earlier part is a repeat at its first row in this part. Both kinds, in the part's row order.
 */
function absorbUnique(unique, state, part) {
    const across = new violations/* Violations */.nP();
    unique.seen.absorb(state.seen, (key, row, line) => {
        across.recordByRow(row, () => ({ row, ...(line !== undefined ? { line } : {}), file: part.file, value: String(key) }));
    }, !part.last);
    unique.violations.absorb(mergedByRow(state.violations, across.toState()), part);
}
/** Two tallies of one part as one: counts add up, the first examples by row. */
function mergedByRow(a, b) {
    if (b.count === 0)
        return a;
    if (a.count === 0)
        return b;
    const examples = [...a.examples, ...b.examples].sort((x, y) => x.row - y.row).slice(0, violations/* MAX_EXAMPLES */.Nq);
    return { count: a.count + b.count, examples };
}
function boundCheck(limit) {
    if (limit === undefined)
        return undefined;
    const bound = (0,rules/* parseBound */.aM)(limit);
    // validateConfig rejects bounds that are neither numbers nor ISO dates before data is read.
    return bound ? { bound, violations: new violations/* Violations */.nP(), extreme: undefined } : undefined;
}
/** Compares a cell with a bound of its kind; cells of another kind are the type rule's business. */
function checkBound(check, cell, batch, index, beyond) {
    // Dates in other formats (src/profile/dates.ts) too; `a/b/YYYY` as MM/DD/YYYY unless a > 12.
    const value = check.bound.kind === 'number' ? (0,profile_values/* cellNumber */.W4)(cell) : (0,profile_values/* cellTime */.s3)(cell) ?? (typeof cell === 'string' ? (0,dates/* textTime */.zI)(cell) : undefined);
    if (value === undefined)
        return;
    if (check.extreme === undefined || beyond(value, check.extreme))
        check.extreme = value;
    if (beyond(value, check.bound.value))
        check.violations.add(batch, index, (0,profile_values/* cellText */.Ie)(cell));
}
/** A text's value for a bound of its kind, from its one parse; dates in other formats as `checkBound` reads them. */
function boundValue(bound, numeric, temporal, value, text) {
    if (bound.kind === 'number')
        return numeric ? value : undefined;
    return temporal ? value : (0,dates/* textTime */.zI)(text);
}
function checkBoundValue(check, value, text, batch, index, beyond) {
    if (value === undefined)
        return;
    if (check.extreme === undefined || beyond(value, check.extreme))
        check.extreme = value;
    if (beyond(value, check.bound.value))
        check.violations.add(batch, index, text);
}
/**
 * `checkBoundValue` of the field text[start, end) for a min (`lower`) or max rule: dates in other
 * formats are read from its string.
 */
function checkBoundRange(check, lower, numeric, temporal, value, text, start, end, batch, index) {
    const compared = check.bound.kind === 'number' ? (numeric ? value : undefined) : temporal ? value : (0,dates/* textTime */.zI)(text.slice(start, end));
    if (compared === undefined)
        return;
    const extreme = check.extreme;
    if (extreme === undefined || (lower ? compared < extreme : compared > extreme))
        check.extreme = compared;
    if (lower ? compared < check.bound.value : compared > check.bound.value)
        check.violations.addRange(batch, index, text, start, end);
}
function parsedRules(accepted, min, max, unique) {
    const minKinds = min ? boundKinds(min) : 0;
    const maxKinds = max ? boundKinds(max) : 0;
    // A time bound reads a field of another kind as a date in another format, from its text.
    const slow = (min?.kind === 'time' ? 0x3f & ~minKinds : 0) | (max?.kind === 'time' ? 0x3f & ~maxKinds : 0);
    const rules = {
        fast: new Uint8Array(256), low: new Float64Array(256).fill(-Infinity), high: new Float64Array(256).fill(Infinity),
        lowest: new Float64Array(256), highest: new Float64Array(256), minKinds, maxKinds,
    };
    for (let shared = 0; shared < records/* CANONICAL */.zb * 2; shared++) {
        const kind = shared & (records/* CANONICAL */.zb - 1);
        if (kind > profile_values/* KIND_STRING */.jr)
            continue;
        const bit = 1 << kind;
        // A unique key by value is a canonical integer; other keys are texts.
        if ((accepted & bit) === 0 || (slow & bit) !== 0 || (unique && !(kind === profile_values/* KIND_INTEGER */.Ec && shared >= records/* CANONICAL */.zb)))
            continue;
        rules.fast[shared] = 1;
        if ((minKinds & bit) !== 0)
            rules.low[shared] = min.value;
        if ((maxKinds & bit) !== 0)
            rules.high[shared] = max.value;
    }
    return rules;
}
/** The kinds a bound compares by their parsed value: numbers for a number, dates and timestamps for a time. */
function boundKinds(bound) {
    return bound.kind === 'number' ? (1 << profile_values/* KIND_INTEGER */.Ec) | (1 << profile_values/* KIND_NUMBER */.V) : (1 << profile_values/* KIND_DATE */.UR) | (1 << profile_values/* KIND_TIMESTAMP */.mq);
}
/** The kinds `typeAcceptsRange(declared, kind, …)` accepts for any text: a bit per KIND_ constant. */
function acceptedKinds(declared) {
    switch (declared) {
        case 'string': return 0x3f;
        case 'integer': return 1 << profile_values/* KIND_INTEGER */.Ec;
        case 'number': return (1 << profile_values/* KIND_INTEGER */.Ec) | (1 << profile_values/* KIND_NUMBER */.V);
        case 'boolean': return 1 << profile_values/* KIND_BOOLEAN */.gN;
        case 'date': return 1 << profile_values/* KIND_DATE */.UR;
        case 'timestamp': return (1 << profile_values/* KIND_DATE */.UR) | (1 << profile_values/* KIND_TIMESTAMP */.mq);
        default: return 0;
    }
}
/** Characters (code points) of text[start, end), as `[...text].length` counts them: a surrogate pair once. */
function codePoints(text, start, end) {
    let length = end - start;
    for (let i = start; i < end - 1; i++) {
        const code = text.charCodeAt(i);
        if (code < 0xd800 || code > 0xdbff)
            continue;
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
            length--;
            i++;
        }
    }
    return length;
}
/** In a declared string column a number is a spelling (`12345` must not admit `012345`); elsewhere a value. */
function allowedCheck(allowed, asText) {
    const texts = new Set();
    const numbers = new Set();
    for (const value of allowed) {
        if (typeof value === 'number' && !asText)
            numbers.add(value);
        else if (typeof value === 'number')
            texts.add(String(value));
        else if (typeof value === 'boolean')
            for (const spelling of booleanSpellings(value))
                texts.add(spelling);
        else
            texts.add(value);
    }
    return { texts, ranges: new TextSet(texts), numbers, violations: new violations/* Violations */.nP(), values: new Set() };
}
function booleanSpellings(value) {
    return value ? ['true', 'True', 'TRUE'] : ['false', 'False', 'FALSE'];
}
/** Allowed by text, or by value for numbers (`5` allows `5.0`). */
function isAllowed(allowed, text, cell) {
    if (allowed.texts.has(text))
        return true;
    if (allowed.numbers.size === 0)
        return false;
    const value = (0,profile_values/* cellNumber */.W4)(cell);
    return value !== undefined && allowed.numbers.has(value);
}

;// CONCATENATED MODULE: ./src/contract/compoundUnique.ts
// A uniqueness check over a key of several columns (`unique: [[user_id, signup_at]]`).





class CompoundUniqueCheck {
    columns;
    context;
    seen;
    violations = new violations/* Violations */.nP();
    present = new Set();
    constructor(columns, context) {
        this.columns = columns;
        this.context = context;
        this.seen = new UniqueSet(undefined, context.track);
    }
    add(batch) {
        const cells = this.columns.map((name) => {
            const index = batch.columns.indexOf(name);
            if (index >= 0)
                this.present.add(name);
            return index >= 0 ? batch.data[index] : undefined;
        });
        const { isNull } = this.context;
        const parts = new Array(cells.length);
        for (let row = 0; row < batch.length; row++) {
            let allNull = true;
            let key = '';
            for (let part = 0; part < cells.length; part++) {
                const cell = cells[part]?.[row];
                if (isNull(cell)) {
                    parts[part] = null;
                    key += '~';
                }
                else {
                    const text = (0,profile_values/* cellText */.Ie)(cell);
                    parts[part] = text;
                    // Length-prefixed parts cannot run into each other, whatever the values contain.
                    key += `${text.length}:${text}`;
                    allNull = false;
                }
            }
            // As Great Expectations does: a key that is null in every column identifies nothing.
            if (allNull)
                continue;
            if (!this.seen.add(key, batch.firstRow + row, batch.lines?.[row]))
                this.violations.add(batch, row, parts.map((part) => part ?? 'null').join(', '));
        }
    }
    toState() {
        return { seen: this.seen.toState(), violations: this.violations.toState(), present: [...this.present] };
    }
    /** Adds the state of the next part of the data, as ColumnCheck.absorb does for one column. */
    absorb(state, part) {
        for (const name of state.present)
            this.present.add(name);
        const across = new violations/* Violations */.nP();
        this.seen.absorb(state.seen, (key, row, line) => {
            across.recordByRow(row, () => ({ row, ...(line !== undefined ? { line } : {}), file: part.file, value: shownKey(String(key)) }));
        }, !part.last);
        this.violations.absorb(mergedByRow(state.violations, across.toState()), part);
    }
    result() {
        const { dataset, severity } = this.context;
        const label = this.columns.join('+');
        const base = { id: `${dataset}.contract.${label}.unique`, kind: 'contract', dataset, column: label, severity };
        const missing = this.columns.filter((name) => !this.present.has(name));
        if (missing.length > 0) {
            return {
                ...base,
                status: (0,report_severity/* violated */.b)(severity),
                message: `unique key (${this.columns.join(', ')}): column${missing.length > 1 ? 's' : ''} ${missing.map((name) => JSON.stringify(name)).join(', ')} missing from the data`,
                observed: `missing: ${missing.join(', ')}`,
                expected: this.columns,
            };
        }
        const duplicates = this.violations.count;
        return {
            ...base,
            status: duplicates > 0 ? (0,report_severity/* violated */.b)(severity) : 'pass',
            message: duplicates > 0
                ? `unique key (${this.columns.join(', ')}): ${duplicates} duplicate ${duplicates === 1 ? 'row' : 'rows'}`
                : `unique key (${this.columns.join(', ')}): all ${this.seen.size} keys unique`,
            observed: duplicates,
            expected: 0,
            count: duplicates,
            ...(duplicates > 0 ? { examples: this.violations.examples } : {}),
        };
    }
}
/** A key as `add` builds it (`~` for a null part, else `length:text`) shown as its examples are: `7, null`. */
function shownKey(key) {
    const parts = [];
    for (let at = 0; at < key.length;) {
        if (key[at] === '~') {
            parts.push('null');
            at++;
            continue;
        }
        const colon = key.indexOf(':', at);
        const length = Number(key.slice(at, colon));
        parts.push(key.slice(colon + 1, colon + 1 + length));
        at = colon + 1 + length;
    }
    return parts.join(', ');
}

// EXTERNAL MODULE: ./src/contract/extraColumns.ts
var extraColumns = __webpack_require__(85257);
// EXTERNAL MODULE: ./src/contract/guess.ts
var guess = __webpack_require__(75395);
;// CONCATENATED MODULE: ./src/contract/validator.ts
// Checks every row of a snapshot against its dataset's contract as batches stream past.
// Memory is fixed per rule (counts and the first few examples), except uniqueness sets.
// Knows nothing of src/gates (a test keeps it so): the gates build on the contract, not back.











/** The buffers of a part's contract state worth moving between threads: its uniqueness sets'. */
function contractBuffers(state) {
    const sets = [...state.columns.map((column) => column.unique?.seen), ...state.compound.map((check) => check.seen)];
    return sets.flatMap((set) => (set ? uniqueSetBuffers(set) : []));
}
class ContractValidator {
    dataset;
    columns;
    compound;
    isNull;
    isNullRange;
    /** Every column name seen in any batch, in first-seen order. */
    seen = new Set();
    rows = 0;
    /** Files seen, and the line of the first one's header when it has one. */
    files = new Set();
    guesser = new guess/* ColumnGuesser */.R();
    headerLine;
    freshness = { present: false, newest: undefined };
    constructor(dataset, options = {}) {
        this.dataset = dataset;
        this.isNull = (0,profile_values/* makeNullTest */.sM)(options.nullValues ?? dataset.null_values ?? []);
        this.isNullRange = (0,fields/* makeNullRangeTest */.Rj)(options.nullValues ?? dataset.null_values ?? []);
        const context = (severity) => ({
            dataset: dataset.name, severity, isNull: this.isNull, isNullRange: this.isNullRange, track: options.track,
            tokens: (options.nullValues ?? dataset.null_values ?? []).some((token) => token !== ''),
        });
        this.columns = Object.entries(dataset.schema?.columns ?? {}).map(([name, rule]) => new ColumnCheck(name, rule, context((0,rules/* ruleSeverity */.uK)(dataset, rule))));
        this.compound = (dataset.unique ?? []).map((key) => new CompoundUniqueCheck(key, context(dataset.schema?.severity ?? 'error')));
    }
    /** Whether any check reads the cells of column `name`; batches may leave the others empty. */
    reads(name) {
        return this.columns.some((check) => check.name === name) ||
            this.compound.some((check) => check.columns.includes(name)) ||
            this.dataset.freshness?.column === name;
    }
    add(batch) {
        this.addRows(batch);
        for (const check of this.columns) {
            const index = batch.columns.indexOf(check.name);
            check.add(batch, index >= 0 ? batch.data[index] : undefined);
        }
        for (const check of this.compound)
            check.add(batch);
        if (this.dataset.freshness)
            this.trackNewest(batch, this.dataset.freshness.column);
    }
    /**
     * `add` of a batch of CSV/TSV field offsets (src/contract/fields.ts): the same tallies as `add`
     * of the string batch it would make. Compound keys read the strings of their columns.
     */
    addFields(batch) {
        this.addRows(batch);
        for (const check of this.columns) {
            const index = batch.columns.indexOf(check.name);
            if (index >= 0)
                check.addFields(batch, index);
            else
                check.add(batch, undefined);
        }
        if (this.compound.length > 0) {
            const strings = (0,fields/* batchOf */.Kb)(batch, this.compound.flatMap((check) => check.columns));
            for (const check of this.compound)
                check.add(strings);
        }
        if (this.dataset.freshness)
            this.trackNewestFields(batch, this.dataset.freshness.column);
    }
    /** What every batch tells whatever its form: rows, columns, file, header line. */
    addRows(batch) {
        this.rows += batch.length;
        for (const name of batch.columns)
            this.seen.add(name);
        // A text file whose first data row is past line 1 has a header there (CSV, TSV; not JSON Lines).
        if (this.files.size === 0 && batch.lines && batch.length > 0 && batch.lines[0] > batch.firstRow)
            this.headerLine = 1;
        this.files.add(batch.file);
    }
    toState() {
        return {
            rows: this.rows, seen: [...this.seen], files: [...this.files], headerLine: this.headerLine, freshness: { ...this.freshness },
            columns: this.columns.map((check) => check.toState()), compound: this.compound.map((check) => check.toState()),
        };
    }
    /**
     * Adds the state of the next part of the data, parts in file order (the first one absorbed
     * into a fresh validator): the results are then those of one validator that read every part's
     * rows in turn, with `shift` placing the part's rows and lines in the whole. `last`: no part
     * follows (its unique values are then counted, not kept).
     */
    absorb(state, shift, last) {
        if (this.files.size === 0)
            this.headerLine = state.headerLine;
        this.rows += state.rows;
        for (const name of state.seen)
            this.seen.add(name);
        for (const file of state.files)
            this.files.add(file);
        const [file = ''] = state.files;
        const place = { ...shift, file, last };
        this.columns.forEach((check, k) => check.absorb(state.columns[k], place));
        this.compound.forEach((check, k) => check.absorb(state.compound[k], place));
        this.freshness.present ||= state.freshness.present;
        const newest = state.freshness.newest;
        if (newest !== undefined && (this.freshness.newest === undefined || newest > this.freshness.newest))
            this.freshness.newest = newest;
    }
    trackNewest(batch, column) {
        const index = batch.columns.indexOf(column);
        if (index < 0)
            return;
        this.freshness.present = true;
        const cells = batch.data[index];
        let newest = this.freshness.newest ?? -Infinity;
        for (let row = 0; row < batch.length; row++) {
            const cell = cells[row];
            if (this.isNull(cell))
                continue;
            const time = (0,profile_values/* cellTime */.s3)(cell);
            if (time !== undefined && time > newest)
                newest = time;
        }
        if (newest > -Infinity)
            this.freshness.newest = newest;
    }
    /** `trackNewest` of a batch of field offsets: ISO times read in place. */
    trackNewestFields(batch, column) {
        const c = batch.columns.indexOf(column);
        if (c < 0)
            return;
        this.freshness.present = true;
        const { text } = batch;
        const starts = batch.starts[c];
        const ends = batch.ends[c];
        const format = batch.formats[c];
        // The profiler's parse of the column, where it read it plainly (src/profile/records.ts SharedParse).
        const parse = batch.parse;
        const kinds = format === undefined && parse !== undefined && parse.ready[c] === 1 ? parse.kinds[c] : undefined;
        const values = kinds !== undefined ? parse.values[c] : undefined;
        let newest = this.freshness.newest ?? -Infinity;
        for (let row = 0; row < batch.length; row++) {
            const end = ends[row];
            let time;
            if (end < 0 || format !== undefined) {
                // Built and missing values, and those of a column with a format, as the string batch has them.
                const cell = (0,fields/* fieldCell */.P0)(batch, c, row);
                if (!this.isNull(cell))
                    time = (0,profile_values/* cellTime */.s3)(cell);
            }
            else {
                const start = starts[row];
                if (this.isNullRange(text, start, end))
                    continue;
                const shared = kinds !== undefined ? kinds[row] : records/* NOT_PARSED */.ks;
                const kind = shared !== records/* NOT_PARSED */.ks ? shared & (records/* CANONICAL */.zb - 1) : (0,profile_values/* classifyRange */.iU)(text, start, end);
                if (kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq)
                    time = shared !== records/* NOT_PARSED */.ks ? values[row] : profile_values/* parsedValue */.X$.value;
            }
            if (time !== undefined && time > newest)
                newest = time;
        }
        if (newest > -Infinity)
            this.freshness.newest = newest;
    }
    /**
     * The contract's results: per column rule, required and extra columns, compound keys. The row
     * count and freshness gates, which read summaries, come from the gates table
     * (`contractGates` in src/gates/contract.ts gives all of them, in the report's order).
     */
    finish(_input) {
        const results = [];
        const required = new Set((0,rules/* requiredColumns */.J1)(this.dataset));
        const checked = new Set();
        for (const check of this.columns) {
            checked.add(check.name);
            const severity = (0,rules/* ruleSeverity */.uK)(this.dataset, check.rule);
            if (!check.present) {
                results.push(this.absent(check.name, required.has(check.name), severity));
                continue;
            }
            if (required.has(check.name))
                results.push(this.presentResult(check.name, severity));
            results.push(...check.results(this.rows));
        }
        // Columns required by `schema.required` without rules of their own.
        for (const name of required) {
            if (checked.has(name))
                continue;
            const severity = (0,rules/* ruleSeverity */.uK)(this.dataset, undefined);
            results.push(this.seen.has(name) ? this.presentResult(name, severity) : this.absent(name, true, severity));
        }
        const extra = this.extraColumns();
        if (extra)
            results.push(extra);
        for (const check of this.compound)
            results.push(check.result());
        return results;
    }
    /**
     * What the freshness gate reads: whether the column was there, and its newest time — the
     * profile's, read as the column decided (dates in other formats than ISO 8601, epoch times),
     * else the newest ISO time the rows held.
     */
    freshnessOf(current) {
        const column = this.dataset.freshness ? current.columns.find((each) => each.name === this.dataset.freshness?.column) : undefined;
        return { present: this.freshness.present, newest: (0,dates/* profiledNewest */.wR)(column) ?? this.freshness.newest };
    }
    presentResult(name, severity) {
        const { dataset } = this;
        return {
            id: `${dataset.name}.contract.${name}.required`, kind: 'contract', dataset: dataset.name, column: name,
            status: 'pass', severity, message: `${JSON.stringify(name)} is present`, observed: 'present', expected: 'present',
        };
    }
    /**
     * A contract naming a column the data lacks. Only the data's header can tell, so this is a
     * failed gate rather than a config error; an optional column (`required: false`) is skipped.
     */
    absent(name, isRequired, severity) {
        const { dataset } = this;
        const where = this.where();
        const [file] = this.files;
        // A text file's header is the line to annotate; row 0 means "the header", not a data row.
        const examples = isRequired && file !== undefined && this.headerLine !== undefined
            ? { examples: [{ row: 0, line: this.headerLine, file, value: [...this.seen].join(',') }] }
            : {};
        return {
            id: `${dataset.name}.contract.${name}.required`, kind: 'contract', dataset: dataset.name, column: name,
            severity,
            status: isRequired ? (0,report_severity/* violated */.b)(severity) : 'skip',
            message: (isRequired
                ? `column ${JSON.stringify(name)} is missing from ${where}`
                : `optional column ${JSON.stringify(name)} is absent from ${where}: its rules did not run`) + this.guesser.guess(name, this.seen),
            observed: 'missing', expected: isRequired ? 'present' : 'optional',
            ...examples,
        };
    }
    /** `data/a.csv (columns: id, name)`: where the column was looked for. */
    where() {
        if (this.files.size === 0)
            return 'the data (no rows read)';
        const [first] = this.files;
        const files = this.files.size === 1 ? first : `${first} and ${this.files.size - 1} more file${this.files.size > 2 ? 's' : ''}`;
        const names = [...this.seen];
        return `${files} (columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''})`;
    }
    extraColumns() {
        return (0,extraColumns/* extraColumnsResult */.Z)(this.dataset, [...this.seen]);
    }
}


/***/ }),

/***/ 68287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   hP: () => (/* binding */ columnList),
/* harmony export */   jv: () => (/* binding */ jsonParseProblem),
/* harmony export */   np: () => (/* binding */ clipQuote)
/* harmony export */ });
/* unused harmony export MAX_QUOTE */
// What a parse error may say about a file: where and what went wrong, never the file's content.
// A config or metrics path can name any file the process can read (a docker config.json, a
// credentials file), and the message lands in a public log, summary or PR comment.
/** Quoted text from a file in a message: at most this many characters, as a data example is cut. */
const MAX_QUOTE = 200;
/** JSON.parse's message without V8's quoted snippet of the text, and the line it points at. */
function jsonParseProblem(error, text) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8: `Unexpected token 's', "{"a": secretvalu"... is not valid JSON` (the snippet is the file's).
    let message = raw.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, '');
    const position = /at position (\d+)/.exec(message);
    message = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    return { line, message: clipQuote(message) };
}
/** The first line of a parser's message, cut to MAX_QUOTE characters. */
function clipQuote(message) {
    const first = message.split('\n')[0];
    return first.length > MAX_QUOTE ? `${first.slice(0, MAX_QUOTE)}…` : first;
}
/** A value from a file in a message: as JSON (escaped, one line), cut to MAX_QUOTE characters. */
function quoted(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
}
/** A file's column names in a message: each cut to 40 characters, MAX_QUOTE characters in all. */
function columnList(columns) {
    const shown = [];
    let length = 0;
    for (const column of columns) {
        const name = column.length > 40 ? `${column.slice(0, 40)}…` : column;
        if (shown.length > 0 && length + name.length + 2 > MAX_QUOTE)
            break;
        shown.push(name);
        length += name.length + 2;
    }
    return `${shown.join(', ')}${shown.length < columns.length ? `, … (${columns.length} in all)` : ''}`;
}


/***/ }),

/***/ 49524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(68458);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/run/dataset.ts + 1 modules
var run_dataset = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/config/connections.ts
var connections = __webpack_require__(25467);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
;// CONCATENATED MODULE: ./src/github/redact.ts
// Text about to reach the log, with anything credential-like taken out: the token itself, a URL's
// user:password, signed-URL and token query values. A net under messages we do not write
// ourselves (errors from Octokit, @actions/artifact, git).
function redactSecrets(text, secrets = []) {
    let out = text;
    // Short strings would blank out ordinary words; real tokens are long.
    for (const secret of secrets)
        if (secret.length >= 8)
            out = out.split(secret).join('***');
    return out
        .replace(/(\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@')
        .replace(/([?&](?:sig|token|access_token|X-Amz-Signature|X-Amz-Credential)=)[^&\s"']+/gi, '$1***')
        .replace(/\b(authorization:\s*(?:token|bearer|basic)\s+)\S+/gi, '$1***');
}

// EXTERNAL MODULE: ./src/workspace/index.ts
var workspace = __webpack_require__(40161);
// EXTERNAL MODULE: ./src/warehouse/dialect.ts
var dialect = __webpack_require__(68181);
;// CONCATENATED MODULE: ./src/warehouse/failure.ts
// What went wrong with an engine, in words a user can act on: the client libraries' errors
// (PostgreSQL SQLSTATE codes, Node socket codes, DuckDB's "Catalog Error: …") mapped to a cause,
// with the engine's own first line kept after it.
/** SQLSTATE → cause (PostgreSQL, Redshift; the codes other engines share). */
const SQLSTATE = {
    '28P01': 'login refused: wrong user or password',
    '28000': 'login refused: this user may not connect',
    '3D000': 'the database does not exist',
    '42P01': 'the table does not exist',
    '3F000': 'the schema does not exist',
    '42703': 'a column does not exist',
    '42501': 'permission denied: the connection\'s role may not read this',
    '42601': 'the SQL is not valid',
    '42883': 'a function does not exist in this engine',
    '53300': 'the server has no free connection slots',
    '57P01': 'the server shut down during the query',
    '25006': 'datagate reads only: the query tried to write',
};
const NODE_CODES = {
    ECONNREFUSED: 'the server refused the connection (nothing listens at that host and port?)',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved (DNS)',
    ETIMEDOUT: 'the server did not answer',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ECONNRESET: 'the server closed the connection',
};
/** DuckDB (and engines with message-only errors): patterns of their first line. */
const MESSAGES = [
    [/^Catalog Error: Table with name .* does not exist/i, 'the table does not exist'],
    [/^Catalog Error: Schema with name .* does not exist/i, 'the schema does not exist'],
    [/^Binder Error: Referenced column .* not found/i, 'a column does not exist'],
    [/^Parser Error:/i, 'the SQL is not valid'],
    [/^INTERRUPT Error/i, 'the query timed out'],
    [/^Permission Error:/i, 'permission denied'],
    [/read-only mode/i, 'datagate reads only: the query tried to write'],
    [/connection timeout/i, 'the server did not answer in time'],
    [/Connection terminated unexpectedly/i, 'the server closed the connection'],
    [/password authentication failed|SASL|client password must be a string/i, 'login refused: wrong user or password'],
];
function describeEngineFailure(error, timeout) {
    const { code, message } = firstCause(error);
    const engineSays = firstLine(message);
    let cause;
    if (code === '57014')
        cause = `the query timed out (timeout: ${timeout})`;
    else if (typeof code === 'string')
        cause = SQLSTATE[code] ?? NODE_CODES[code];
    if (!cause) {
        const found = MESSAGES.find(([pattern]) => pattern.test(engineSays));
        if (found)
            cause = found[1] === 'the query timed out' || found[1] === 'the server did not answer in time' ? `${found[1]} (timeout: ${timeout})` : found[1];
    }
    cause ??= 'the query failed';
    return engineSays && engineSays !== cause ? `${cause} (${engineSays})` : cause;
}
/** Node reports a failed connect to a name with several addresses as an AggregateError of each. */
function firstCause(error) {
    const like = (error ?? {});
    if (Array.isArray(like.errors) && like.errors.length > 0 && !like.message)
        return firstCause(like.errors[0]);
    const message = typeof like.message === 'string' && like.message ? like.message : typeof like.code === 'string' ? like.code : String(error);
    return { code: like.code, message };
}
function firstLine(text) {
    const line = text.split('\n')[0].trim();
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

// EXTERNAL MODULE: ./src/warehouse/meter.ts
var meter = __webpack_require__(8146);
;// CONCATENATED MODULE: ./src/warehouse/connect.ts
// The config's connections for one run: each opened on first use (a client module loads only
// then), every failure a UserError naming the connection and table with the credentials taken
// out, and all of them closed at the end whatever happened.










class Connections {
    configs;
    options;
    opened = new Map();
    /** Each dataset's cost, shared by the clients of its sides. */
    costs = new Map();
    /** Resolved credential values, taken out of every message. */
    secrets = [];
    constructor(configs, options) {
        this.configs = configs;
        this.options = options;
    }
    /** The client for one dataset side, opening its connection on first use. */
    async forSource(source, dataset) {
        const config = Object.hasOwn(this.configs, source.connection) ? this.configs[source.connection] : undefined;
        // The config's own check refuses unknown names first; this is the net under it.
        if (!config)
            throw new errors/* UserError */.yo([{ file: this.options.configFile, message: `dataset ${dataset}: no connection named "${source.connection}" under connections:` }]);
        const where = `dataset ${dataset}: connection ${source.connection} (${config.engine}), ${source.table !== undefined ? `table ${source.table}` : 'query'}`;
        let opening = this.opened.get(source.connection);
        if (!opening) {
            opening = this.open(source.connection, config);
            this.opened.set(source.connection, opening);
        }
        let opened;
        try {
            opened = await opening;
        }
        catch (error) {
            throw this.failure(error, where, timeoutOf(config));
        }
        const client = {
            engine: opened.client.engine,
            query: async (sql) => {
                try {
                    return await opened.client.query(sql);
                }
                catch (error) {
                    throw this.failure(error, where, opened.timeoutMs);
                }
            },
            // The connection is shared by the sides that name it: closeAll closes it once.
            close: async () => { },
        };
        const describe = opened.client.describe?.bind(opened.client);
        if (describe) {
            client.describe = async (sql) => {
                try {
                    return await describe(sql);
                }
                catch (error) {
                    throw this.failure(error, where, opened.timeoutMs);
                }
            };
        }
        // Every statement of the dataset, on any of its sides, counts in its one cost (meter.ts).
        return { client: new meter/* MeteredClient */.a6(client, this.meterOf(dataset)), dialect: (0,dialect/* dialectOf */.E3)(config.engine) };
    }
    /** What a dataset's statements cost so far (queries, rows scanned, ms); undefined before its first connection. */
    costOf(dataset) {
        const cost = this.costs.get(dataset);
        return cost ? { ...cost, ms: Math.round(cost.ms) } : undefined;
    }
    meterOf(dataset) {
        let cost = this.costs.get(dataset);
        if (!cost) {
            cost = { queries: 0, rowsScanned: 0, ms: 0 };
            this.costs.set(dataset, cost);
        }
        return cost;
    }
    /** Messages about a connection with every credential of this run taken out. */
    redact(text) {
        return redactSecrets(text, this.secrets);
    }
    /** Closes every connection that was opened; failures to close are not the run's failure. */
    async closeAll() {
        const opened = [...this.opened.values()];
        this.opened.clear();
        await Promise.all(opened.map(async (opening) => {
            try {
                await (await opening).client.close();
            }
            catch {
                // Opening failed (already reported) or the server went away: nothing is left to close.
            }
        }));
    }
    async open(name, config) {
        const timeoutMs = timeoutOf(config);
        switch (config.engine) {
            case 'postgres':
            case 'redshift': {
                const url = this.credential(name, 'url', config.url);
                const { openPostgres } = await __webpack_require__.e(/* import() */ 8473).then(__webpack_require__.bind(__webpack_require__, 58473));
                const client = await openPostgres(url, { timeoutMs });
                // Defence in depth under the role's own rights: a `query:` from a pull request reads, never writes.
                if (config.engine === 'postgres')
                    await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
                return { client, timeoutMs };
            }
            case 'duckdb': {
                const memory = config.path === ':memory:';
                const file = memory ? config.path : external_node_path_default().resolve(this.options.dir, config.path);
                if (!memory) {
                    (0,workspace.confinedRead)(this.options.workspace, file, config.path);
                    // DuckDB would create a missing file: a typo must not become an empty database.
                    if (!(0,external_node_fs_.existsSync)(file))
                        throw new errors/* UserError */.yo([{ file: config.path, message: `connection ${name}: DuckDB database file not found` }]);
                }
                const { openDuckDb } = await __webpack_require__.e(/* import() */ 3341).then(__webpack_require__.bind(__webpack_require__, 53341));
                const client = await openDuckDb(file, { readOnly: !memory, timeoutMs });
                if (this.options.workspace) {
                    // A `query:` may read files (read_csv, read_parquet): only those in the workspace.
                    const root = this.options.workspace.root.replaceAll("'", "''");
                    await client.query(`SET allowed_directories = ['${root}']; SET enable_external_access = false; SET lock_configuration = true;`);
                }
                return { client, timeoutMs };
            }
            // Not yet run against a live engine in CI: their clients are tested against fake servers.
            case 'bigquery': {
                const { openBigQuery } = await __webpack_require__.e(/* import() */ 8384).then(__webpack_require__.bind(__webpack_require__, 98384));
                const credentials = config.credentials === undefined ? undefined : this.credential(name, 'credentials', config.credentials);
                return { client: await openBigQuery({ project: config.project, location: config.location, credentials, timeoutMs }), timeoutMs };
            }
            case 'snowflake': {
                const { openSnowflake } = await __webpack_require__.e(/* import() */ 3408).then(__webpack_require__.bind(__webpack_require__, 83408));
                const password = config.password === undefined ? undefined : this.credential(name, 'password', config.password);
                const privateKey = config.private_key === undefined ? undefined : this.credential(name, 'private_key', config.private_key);
                return {
                    client: await openSnowflake({
                        account: config.account, user: config.user, password, private_key: privateKey, warehouse: config.warehouse,
                        database: config.database, schema: config.schema, role: config.role, timeoutMs,
                    }),
                    timeoutMs,
                };
            }
            case 'databricks': {
                const { openDatabricks } = await __webpack_require__.e(/* import() */ 1620).then(__webpack_require__.bind(__webpack_require__, 41620));
                const token = this.credential(name, 'token', config.token);
                return { client: await openDatabricks({ host: config.host, path: config.path, token, timeoutMs }), timeoutMs };
            }
            case 'trino': {
                const { openTrino } = await __webpack_require__.e(/* import() */ 9866).then(__webpack_require__.bind(__webpack_require__, 49866));
                const password = config.password === undefined ? undefined : this.credential(name, 'password', config.password);
                return { client: await openTrino({ server: config.server, user: config.user, password, catalog: config.catalog, schema: config.schema, timeoutMs }), timeoutMs };
            }
        }
    }
    /** `env:NAME` → the variable's value (remembered, to be redacted); a literal (a password-less URL) as is. */
    credential(connection, field, value) {
        const match = connections/* envReferencePattern */.jb.exec(value);
        if (!match)
            return value;
        const resolved = (this.options.env ?? process.env)[match[1]];
        if (resolved === undefined || resolved === '') {
            throw new errors/* UserError */.yo([{ file: this.options.configFile, path: `connections.${connection}.${field}`, message: `environment variable ${match[1]} is not set` }]);
        }
        this.secrets.push(...secretParts(resolved));
        return resolved;
    }
    failure(error, where, timeoutMs) {
        if (error instanceof errors/* UserError */.yo) {
            // A client's own message ("Trino at …: can't connect") gains which dataset, connection and table.
            return new errors/* UserError */.yo(error.problems.map((problem) => ({
                ...problem, message: this.redact(problem.file !== undefined || problem.path !== undefined || problem.message.startsWith('dataset ') ? problem.message : `${where}: ${problem.message}`),
            })));
        }
        const described = describeEngineFailure(error, (0,duration/* formatDuration */.a)(timeoutMs));
        return new errors/* UserError */.yo([{ file: this.options.configFile, message: this.redact(`${where}: ${described}`) }]);
    }
}
function timeoutOf(config) {
    return (0,duration/* parseDuration */.E)(config.timeout) ?? 300_000;
}
/** A credential and, for a URL, its password and user:password as they may appear on their own (encoded or not). */
function secretParts(value) {
    const parts = [value];
    try {
        const url = new URL(value);
        if (url.password)
            parts.push(url.password, decodeURIComponent(url.password));
        const password = url.searchParams.get('password');
        if (password)
            parts.push(password, encodeURIComponent(password));
    }
    catch {
        // Not a URL: the whole value is the secret.
    }
    return parts;
}

// EXTERNAL MODULE: ./src/run/status.ts
var run_status = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run/check.ts
// `datagate check`: every dataset and model of a config through the gates, into one report.









async function runCheck(options) {
    (0,workspace.confinedRead)(options.workspace, external_node_path_default().resolve(options.cwd ?? process.cwd(), options.configPath), options.configPath);
    const { config, dir, file } = await (0,load/* loadConfig */.Z9)(options.configPath, options.cwd, options.configText);
    const now = options.now ?? new Date();
    const report = {
        version: 1, status: 'pass', datasets: [], models: [], gates: [],
        meta: { tool: 'datagate', version: version/* VERSION */.x, config: options.configPath },
    };
    const profiles = [];
    // Opened only for the datasets that name them, and closed whatever happens.
    const connections = new Connections(config.connections ?? {}, { dir, configFile: options.configPath, workspace: options.workspace, env: options.env });
    // A mistake in one dataset or model (a wrong path, a file that does not read) does not hide the
    // others': each is checked, and the run fails at the end with every problem found (exit 2).
    const problems = [];
    const orProblems = async (work) => {
        try {
            return await work();
        }
        catch (error) {
            if (!(0,errors/* isUserError */.iU)(error))
                throw error;
            // Data files named as the report names them, relative to the config's folder; the config as it was given.
            const dataFile = (file) => file !== undefined && file !== options.configPath && external_node_path_default().isAbsolute(file);
            problems.push(...error.problems.map((problem) => (dataFile(problem.file) ? { ...problem, file: (0,paths/* shownPath */.p)(dir, problem.file) } : problem)));
            return undefined;
        }
    };
    try {
        for (const dataset of config.datasets) {
            const outcome = await orProblems(() => (0,run_dataset/* checkDataset */.$)(dataset, { dir, baselineResolver: options.baselineResolver, now, workspace: options.workspace, connections, begun: options.begun }));
            if (!outcome)
                continue;
            report.datasets.push(outcome.report);
            report.gates.push(...outcome.gates);
            profiles.push({ dataset: dataset.name, profile: outcome.profile });
        }
    }
    finally {
        await connections.closeAll();
    }
    if (config.models.length > 0) {
        // Loaded only for a config with models: a check of datasets alone starts its reads sooner.
        const { checkModel } = await Promise.all(/* import() */[__webpack_require__.e(4484), __webpack_require__.e(987)]).then(__webpack_require__.bind(__webpack_require__, 30987));
        for (const model of config.models) {
            const outcome = await orProblems(() => checkModel(model, {
                cwd: dir,
                workspace: options.workspace,
                resolveBaseline: async (spec, currentPath) => (await options.baselineResolver(spec, currentPath, { name: model.name, kind: 'model' }))?.path ?? null,
            }));
            if (!outcome)
                continue;
            for (const gate of outcome.gates)
                gate.model ??= model.name;
            report.models.push(outcome.report);
            report.gates.push(...outcome.gates);
        }
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo(problems);
    if (config.datasets.length === 0 && config.models.length === 0) {
        report.gates.push(nothingToCheck(options.configPath));
    }
    report.status = (0,run_status.worstStatus)(report.gates);
    return {
        report, profiles, dir, configFile: file, reportConfigured: config.report !== undefined,
        outputs: { json: config.report?.json ?? 'datagate-report.json', markdown: config.report?.markdown, html: config.report?.html, junit: config.report?.junit, sarif: config.report?.sarif },
    };
}
function nothingToCheck(configPath) {
    return { id: 'config', kind: 'config', status: 'warn', severity: 'warn', message: `${configPath} lists no datasets and no models: nothing was checked` };
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ checkDataset),
  M: () => (/* binding */ readOptionsOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/connections.ts
var connections = __webpack_require__(25467);
// EXTERNAL MODULE: ./src/readers/index.ts + 5 modules
var readers = __webpack_require__(72822);
// EXTERNAL MODULE: ./src/profile/exact.ts + 2 modules
var exact = __webpack_require__(16551);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/contract/validator.ts + 4 modules
var contract_validator = __webpack_require__(36234);
// EXTERNAL MODULE: ./src/profile/profiler.ts + 1 modules
var profile_profiler = __webpack_require__(99198);
// EXTERNAL MODULE: ./src/profile/records.ts
var records = __webpack_require__(58747);
// EXTERNAL MODULE: ./src/profile/csvReading.ts
var csvReading = __webpack_require__(22893);
// EXTERNAL MODULE: ./src/contract/fields.ts
var fields = __webpack_require__(39877);
// EXTERNAL MODULE: ./src/profile/parallel.ts + 2 modules
var parallel = __webpack_require__(14481);
// EXTERNAL MODULE: ./src/profile/thread.ts
var thread = __webpack_require__(85601);
;// CONCATENATED MODULE: ./src/scan/index.ts
// One read of a dataset's snapshot for `check`: the profiler, the contract validator and the row
// diff's key scan (with a key and a data baseline; the baseline is read so too) are sinks of the
// same pass. A single big CSV/TSV file is cut into parts read by worker threads,
// as `profile` does, and the sinks' states merge (profiles as profiles do; the contract's counts,
// uniqueness sets and examples in row order, src/contract/validator.ts). Anything else, or a part
// that went wrong, is read in one pass on this thread, which reports what is wrong.









async function scanDataset(dataset, files, options, onIssue, scan) {
    return await scanInParts(dataset, files, options, onIssue, scan) ?? scanInOnePass(dataset, files, options, onIssue, scan);
}
async function scanInParts(dataset, files, options, onIssue, scan) {
    if (files.length !== 1)
        return undefined;
    const [file] = files;
    const format = (0,readers.detectFormat)(file, options.format);
    if (format !== 'csv' && format !== 'tsv')
        return undefined;
    const script = scan.run ? undefined : (0,thread.workerScript)();
    const queue = scan.run ?? (script ? (0,parallel/* inWorkers */.Lr)(script) : undefined);
    if (!queue)
        return undefined;
    // The parts are queued in one go, so the first is the signal that all are.
    const run = (job, signal) => {
        const result = queue(job, signal);
        scan.begun?.();
        return result;
    };
    let bytes;
    try {
        bytes = (await (0,promises_.stat)(file)).size;
    }
    catch {
        return undefined;
    }
    const parts = scan.parts ?? (0,parallel/* partsFor */._c)(file, bytes);
    if (parts < 2)
        return undefined;
    // The workers start while this thread reads the file's first lines for its delimiter and formats.
    if (script)
        (0,thread.prewarmWorkers)(script, parts);
    const reading = await (0,csvReading/* csvReadingOf */.K)(file, format, options);
    const read = await (0,parallel/* readCsvInParts */.Cb)(file, reading.delimiter, options.nullValues, parts, onIssue, run, scan.exact, Object.fromEntries(reading.formats), { contract: dataset, ...(scan.diff ? { diff: scan.diff.partSpec(parts) } : {}) });
    if (!read)
        return undefined;
    const validator = new contract_validator/* ContractValidator */.z(dataset, { nullValues: dataset.null_values });
    for (const [k, { result, shift }] of read.parts.entries()) {
        const { contract, diff } = result;
        if (!contract || (scan.diff && !diff))
            return undefined;
        validator.absorb(contract, shift, k === read.parts.length - 1);
    }
    scan.diff?.join(read.parts.map(({ result }) => result.diff), read.parts.map(({ shift }) => shift.rows));
    return { profile: read.profile, validator, delimiter: reading.delimiter };
}
async function scanInOnePass(dataset, files, options, onIssue, scan) {
    scan.begun?.();
    const profiler = new profile_profiler/* Profiler */.U({ nullValues: dataset.null_values, exact: scan.exact });
    const validator = new contract_validator/* ContractValidator */.z(dataset, { nullValues: dataset.null_values });
    let firstRow = 1;
    let delimiter;
    for (const [index, file] of files.entries()) {
        const format = (0,readers.detectFormat)(file, options.format);
        if (format === 'csv' || format === 'tsv') {
            const reading = await (0,csvReading/* csvReadingOf */.K)(file, format, options);
            delimiter ??= reading.delimiter;
            profiler.useFormats(reading.formats);
            // Fields are profiled and checked in place; those of a column with a format (`1.234,56`,
            // `Y`) are checked as the values the profile read. The row diff's key scan, when there is
            // one, is a third sink of the same records.
            firstRow = await (0,records/* profileCsvFile */.I5)(file, reading.delimiter, firstRow, profiler, onIssue, new fields/* ContractFieldSink */._$(validator, reading.formats), scan.diff?.csvFile(index, file));
            continue;
        }
        const fileFirstRow = firstRow;
        for await (const batch of (0,readers.readBatches)([file], options, onIssue, firstRow)) {
            profiler.add(batch);
            validator.add(batch);
            scan.diff?.batch(batch, index, fileFirstRow);
            firstRow = batch.firstRow + batch.length;
        }
    }
    return { profile: profiler.finish(), validator, ...(delimiter !== undefined ? { delimiter } : {}) };
}

// EXTERNAL MODULE: ./src/gates/read.ts
var read = __webpack_require__(10858);
// EXTERNAL MODULE: ./src/run/snapshot.ts + 2 modules
var snapshot = __webpack_require__(90078);
// EXTERNAL MODULE: ./src/run/datasetKey.ts
var datasetKey = __webpack_require__(26186);
// EXTERNAL MODULE: ./src/run/status.ts
var run_status = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/workspace/index.ts
var workspace = __webpack_require__(40161);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/run/dataset.ts
// One dataset through the whole flow: read once (profile + contract + the row diff's key scan in
// the same pass, src/scan/), load the baseline (a data baseline with a key: read once too),
// compare, gate.











/**
 * What judges a dataset once it is read, loaded while the read runs rather than before it starts:
 * for a big file this thread only waits for its workers then, and `check` reaches its first part
 * sooner (bench/README, "Issue 13, December 5").
 */
async function loadJudges() {
    // One after the other: jest's ESM loader fails two imports that link the same module at once.
    const { baselineGates } = await Promise.all(/* import() */[__webpack_require__.e(4484), __webpack_require__.e(6932)]).then(__webpack_require__.bind(__webpack_require__, 16932));
    const { contractGates } = await Promise.all(/* import() */[__webpack_require__.e(4484), __webpack_require__.e(6528)]).then(__webpack_require__.bind(__webpack_require__, 56528));
    return { baselineGates, contractGates };
}
function readOptionsOf(dataset) {
    return { format: dataset.format, delimiter: dataset.delimiter, decimal: dataset.decimal, nullValues: dataset.null_values };
}
async function checkDataset(dataset, context) {
    const { current, baseline } = dataset;
    if (!(0,connections/* isTableSource */._h)(current) && !(0,connections/* isTableSource */._h)(baseline))
        return checkFileDataset({ ...dataset, current, baseline }, context);
    const { checkTableDataset } = await Promise.all(/* import() */[__webpack_require__.e(4484), __webpack_require__.e(1478), __webpack_require__.e(118)]).then(__webpack_require__.bind(__webpack_require__, 30118));
    return checkTableDataset(dataset, context);
}
async function checkFileDataset(dataset, context) {
    const options = readOptionsOf(dataset);
    // The pattern first (for a glob: its nearest existing folder), so nothing outside is even listed.
    (0,workspace.confinedRead)(context.workspace, external_node_path_default().resolve(context.dir, dataset.current), dataset.current);
    const files = await (0,readers.resolveFiles)(dataset.current, context.dir);
    for (const file of files) {
        // Named as the config wrote it, or for a file of a glob or folder, relative to the config.
        const shown = external_node_path_default().resolve(context.dir, dataset.current) === file ? dataset.current : external_node_path_default().relative(context.dir, file).split((external_node_path_default()).sep).join('/');
        (0,workspace.confinedRead)(context.workspace, file, shown);
    }
    const key = (0,datasetKey/* keyOf */.T)(dataset);
    const resolveBaseline = async () => (dataset.baseline ? await context.baselineResolver(dataset.baseline, dataset.current, { name: dataset.name, kind: 'dataset' }) : null);
    // With a key the baseline comes first: the row diff's scans are sinks of both sides' reads.
    const early = key ? await resolveBaseline() : undefined;
    const rowDiff = key ? await (await Promise.all(/* import() */[__webpack_require__.e(4484), __webpack_require__.e(1478), __webpack_require__.e(5890)]).then(__webpack_require__.bind(__webpack_require__, 75890))).prepareRowDiff(dataset, key, files, early ?? null, options, context.diff) : undefined;
    try {
        return await checkScannedDataset(dataset, context, files, options, rowDiff, early === undefined ? resolveBaseline : async () => early);
    }
    finally {
        await rowDiff?.prepared?.close();
    }
}
async function checkScannedDataset(dataset, context, files, options, rowDiff, resolveBaseline) {
    const issues = new read/* IssueTally */.s();
    const prepared = rowDiff?.prepared;
    // Without a key scan, the baseline is read as soon as the current's read has begun: its parts
    // queue behind the current's on the same workers (src/profile/thread.ts) and are read while
    // this thread merges the current's. A current whose read cannot begin never starts it.
    let begun = () => undefined;
    const started = new Promise((resolve) => { begun = resolve; });
    const judges = started.then(() => {
        context.begun?.();
        return loadJudges();
    });
    // Awaited once the read is done, which begins it first.
    judges.catch(() => undefined);
    // A current that fails stops the baseline's read: nothing waits for a read whose result is moot.
    const stop = new AbortController();
    const loading = prepared ? undefined : started.then(() => loadBaseline(resolveBaseline, (file) => (0,snapshot.loadSnapshotProfile)(file, options, undefined, stop.signal)));
    // Awaited after the current's read, whose errors come first.
    loading?.catch(() => undefined);
    // One read of the current snapshot: profile and contract (in parallel parts for a big CSV file), and the row diff's key scan.
    let scan;
    try {
        scan = await scanDataset(dataset, files, options, issues.add, { exact: dataset.baseline !== undefined, ...context.scan, diff: prepared?.scans.current, begun });
    }
    catch (error) {
        stop.abort();
        throw error;
    }
    const validator = scan.validator;
    const profile = { ...scan.profile, ...(scan.delimiter !== undefined ? { delimiter: scan.delimiter } : {}), source: files.map((file) => (0,paths/* shownPath */.p)(context.dir, file)) };
    const { file: baselineFile, profile: baseline } = loading ? await loading : await loadBaseline(resolveBaseline, (file) => scanBaseline(dataset, file, options, { exact: true, ...context.scan, diff: prepared?.scans.baseline }));
    const { baselineGates, contractGates } = await judges;
    const gates = issues.gates(dataset.name);
    const report = {
        name: dataset.name,
        status: 'pass',
        rows: { baseline: baseline?.rows ?? null, current: profile.rows },
        files: profile.source,
        baseline: baselineFile ? { source: baselineFile.source, ...(baselineFile.ref ? { ref: baselineFile.ref } : {}) } : null,
    };
    gates.push(...baselineGates(dataset, baseline, profile, report));
    if (baseline) {
        (0,exact/* releaseExactValues */.$e)(baseline);
        (0,exact/* releaseExactValues */.$e)(profile);
    }
    gates.push(...contractGates(validator, { current: profile, baseline, now: context.now }));
    if (prepared) {
        const { finishRowDiff } = await Promise.all(/* import() */[__webpack_require__.e(4484), __webpack_require__.e(1478), __webpack_require__.e(5890)]).then(__webpack_require__.bind(__webpack_require__, 75890));
        const finished = await finishRowDiff(dataset, prepared);
        report.diff = finished.diff;
        gates.push(...finished.gates);
    }
    else if (rowDiff)
        gates.push(...rowDiff.gates);
    // Like every path in the report, files are named relative to the config's folder: in examples,
    // and in messages (a runner's /home/runner/work/… says nothing to a reviewer).
    const shown = files.map((file) => [file, (0,paths/* shownPath */.p)(context.dir, file)]).filter(([file, name]) => file !== name);
    for (const gate of gates) {
        gate.dataset ??= dataset.name;
        for (const example of gate.examples ?? [])
            if (example.file)
                example.file = (0,paths/* shownPath */.p)(context.dir, external_node_path_default().resolve(context.dir, example.file));
        for (const [file, name] of shown)
            if (gate.message.includes(file))
                gate.message = gate.message.split(file).join(name);
    }
    report.status = (0,run_status.worstStatus)(gates);
    return { report, gates, profile };
}
/** The baseline file, when there is one, and its profile as `read` makes it. */
async function loadBaseline(resolveBaseline, read) {
    const file = await resolveBaseline();
    return { file, profile: file ? await read(file.path) : null };
}
/**
 * A data baseline read once for its profile and the row diff's key scan: the profile is that of
 * `loadSnapshotProfile` (every numeric value kept, parts for a big CSV file); read problems are
 * not the pull request's, so none is reported, as there.
 */
async function scanBaseline(dataset, file, options, scan) {
    // No contract checks the baseline: only the profile and the key scan read it.
    const profileOnly = { ...dataset, schema: undefined, unique: undefined, freshness: undefined };
    const outcome = await scanDataset(profileOnly, [file], options, () => undefined, scan);
    return { ...outcome.profile, ...(outcome.delimiter !== undefined ? { delimiter: outcome.delimiter } : {}), source: [external_node_path_default().relative(process.cwd(), file) || file] };
}


/***/ }),

/***/ 26186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ keyOf)
/* harmony export */ });
// A dataset's key as a list of columns: the config allows one name or several.
function keyOf(dataset) {
    return typeof dataset.key === 'string' ? [dataset.key] : dataset.key;
}


/***/ }),

/***/ 90078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSnapshotProfile: () => (/* binding */ loadSnapshotProfile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/parseErrors.ts
var parseErrors = __webpack_require__(68287);
// EXTERNAL MODULE: ./src/profile/index.ts
var profile = __webpack_require__(40733);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/profile/stateVersion.ts
var stateVersion = __webpack_require__(76462);
;// CONCATENATED MODULE: ./src/profile/state.ts
// The JSON form of a column's mergeable state, and its zod schema for profiles read from disk.



const finite = schemas/* number */.aig().finite();
const count = schemas/* number */.aig().int().nonnegative();
const kllSchema = schemas/* object */.Ikc({
    k: count.min(8),
    n: count,
    levels: schemas/* array */.YOg(schemas/* array */.YOg(finite)),
    compactions: count,
});
const columnStateSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(stateVersion/* STATE_VERSION */.n),
    count,
    nulls: count,
    kinds: schemas/* array */.YOg(count).length(6),
    minLength: count.optional(),
    maxLength: count.optional(),
    numeric: schemas/* object */.Ikc({ n: count, mean: finite, m2: finite, min: finite, max: finite }).optional(),
    sample: schemas/* union */.KCZ([schemas/* object */.Ikc({ exact: schemas/* array */.YOg(finite) }), schemas/* object */.Ikc({ kll: kllSchema })]).optional(),
    time: schemas/* object */.Ikc({ min: finite, max: finite }).optional(),
    dates: schemas/* object */.Ikc({
        slash: count,
        formats: schemas/* array */.YOg(schemas/* object */.Ikc({ format: schemas/* string */.YjP().max(40), count, timed: count, min: finite, max: finite })).max(16),
    }).optional(),
    categories: schemas/* object */.Ikc({
        items: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), count])),
        numbers: schemas/* array */.YOg(count).optional(),
        times: schemas/* boolean */.zMY().optional(),
        total: count,
        error: count,
        exact: schemas/* boolean */.zMY(),
        hll: schemas/* string */.YjP().optional(),
    }),
    format: schemas/* union */.KCZ([
        schemas/* object */.Ikc({ decimal: schemas/* enum */.k5n(['.', ',']), thousands: schemas/* enum */.k5n([',', '.', ' ']).optional(), percent: schemas/* boolean */.zMY().optional() }),
        schemas/* object */.Ikc({ true: schemas/* array */.YOg(schemas/* string */.YjP()), false: schemas/* array */.YOg(schemas/* string */.YjP()) }),
    ]).optional(),
    nested: schemas/* object */.Ikc({
        type: schemas/* enum */.k5n(['list', 'struct', 'map']),
        lengths: schemas/* object */.Ikc({ n: count, min: count, max: count, sum: count }),
    }).optional(),
});

// EXTERNAL MODULE: ./src/profile/profileFile.ts
var profileFile = __webpack_require__(26394);
;// CONCATENATED MODULE: ./src/profile/load.ts
// Profiles on disk: telling a profile JSON from a data file, and validating one that was read.




const columnTypes = ['integer', 'number', 'boolean', 'string', 'date', 'timestamp', 'list', 'struct', 'map'];
const quantile = schemas/* number */.aig();
const profileSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    rows: schemas/* number */.aig().int().nonnegative(),
    source: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    delimiter: schemas/* string */.YjP().optional(),
    columns: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        type: schemas/* enum */.k5n(columnTypes),
        count: schemas/* number */.aig().int().nonnegative(),
        nulls: schemas/* number */.aig().int().nonnegative(),
        distinct: schemas/* number */.aig().int().nonnegative().optional(),
        min: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        max: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        mean: schemas/* number */.aig().optional(),
        std: schemas/* number */.aig().optional(),
        quantiles: schemas/* object */.Ikc({ p01: quantile, p05: quantile, p25: quantile, p50: quantile, p75: quantile, p95: quantile, p99: quantile }).optional(),
        top: schemas/* array */.YOg(schemas/* object */.Ikc({ value: schemas/* string */.YjP(), count: schemas/* number */.aig() })).optional(),
        parsed: schemas/* object */.Ikc({ type: schemas/* enum */.k5n(columnTypes), share: schemas/* number */.aig() }).optional(),
        ambiguousFormat: schemas/* string */.YjP().optional(),
        minLength: schemas/* number */.aig().optional(),
        maxLength: schemas/* number */.aig().optional(),
        histogram: schemas/* object */.Ikc({ edges: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(schemas/* number */.aig()) }).optional(),
        format: schemas/* union */.KCZ([schemas/* string */.YjP().max(40), columnStateSchema.shape.format.unwrap()]).optional(),
        length: schemas/* object */.Ikc({ min: schemas/* number */.aig(), max: schemas/* number */.aig(), mean: schemas/* number */.aig() }).optional(),
        state: columnStateSchema.optional(),
    })),
});
/** A parsed profile JSON, checked; a UserError naming `file` and the bad field otherwise. */
function loadProfile(json, file) {
    const result = profileSchema.safeParse(json);
    if (!result.success) {
        throw new errors/* UserError */.yo(result.error.issues.slice(0, 5).map((issue) => ({
            file,
            path: issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, ''),
            message: `not a valid datagate profile: ${issue.message}`,
        })));
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/run/snapshot.ts
// A baseline or compare input is either a stored profile JSON or a data file to profile.





/** A stored profile, or the profile of a data file; `signal` stops the read (src/profile/index.ts). */
async function loadSnapshotProfile(file, options = {}, onIssue = () => { }, signal) {
    if (await (0,profile.isProfileFile)(file)) {
        let json;
        const text = await (0,promises_.readFile)(file, 'utf8');
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            const problem = (0,parseErrors/* jsonParseProblem */.jv)(error, text);
            throw new errors/* UserError */.yo([{ file, line: problem.line, message: `not valid JSON: ${problem.message}` }]);
        }
        return loadProfile(json, file);
    }
    // Compared in this run: keep every numeric value for exact drift statistics.
    return (0,profile.profileFiles)([file], options, onIssue, { exact: true, signal });
}


/***/ }),

/***/ 68181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ dialectOf),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   jK: () => (/* binding */ relationSql),
/* harmony export */   vg: () => (/* binding */ tableParts)
/* harmony export */ });
// Dialects: quoting and literals per engine. Everything from a config or the data that reaches
// SQL goes through these, never through string concatenation of raw names.
function doubleQuoted(name) {
    return `"${name.replaceAll('"', '""')}"`;
}
function backticked(name) {
    return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
}
/** Spark SQL (Databricks) escapes a backtick in an identifier by doubling it; a backslash is plain there. */
function doubledBackticks(name) {
    return `\`${name.replaceAll('`', '``')}\``;
}
function singleQuoted(value) {
    return `'${value.replaceAll("'", "''")}'`;
}
/**
 * A literal for engines whose strings read backslash escapes (BigQuery, Databricks, Snowflake):
 * a raw backslash would escape the closing quote, and BigQuery refuses a raw line break.
 */
function backslashEscaped(value) {
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r')}'`;
}
/** Redshift's strings read backslash escapes too (its QUOTE_LITERAL doubles backslashes). */
function redshiftQuoted(value) {
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
/** Splits `a.b.c` on dots outside double quotes or backticks (a doubled quote inside is one quote). */
function tableParts(name) {
    const parts = [];
    let current = '';
    let quote = null;
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (quote) {
            if (char === quote && name[i + 1] === quote) {
                current += char;
                i++;
            }
            else if (char === quote)
                quote = null;
            else
                current += char;
        }
        else if (char === '"' || char === '`')
            quote = char;
        else if (char === '.') {
            parts.push(current);
            current = '';
        }
        else
            current += char;
    }
    parts.push(current);
    return parts;
}
function dialectWith(engine, quote, literal = singleQuoted) {
    return {
        engine,
        quoteIdent: quote,
        quoteTable: (name) => tableParts(name).map(quote).join('.'),
        literal,
    };
}
const dialects = {
    postgres: dialectWith('postgres', doubleQuoted),
    redshift: dialectWith('redshift', doubleQuoted, redshiftQuoted),
    duckdb: dialectWith('duckdb', doubleQuoted),
    snowflake: dialectWith('snowflake', doubleQuoted, backslashEscaped),
    trino: dialectWith('trino', doubleQuoted),
    bigquery: dialectWith('bigquery', backticked, backslashEscaped),
    databricks: dialectWith('databricks', doubledBackticks, backslashEscaped),
};
function dialectOf(engine) {
    return dialects[engine];
}
/** The relation a dataset side reads: a quoted table, or the query as a subquery. */
function relationSql(dialect, source) {
    if (source.table !== undefined)
        return dialect.quoteTable(source.table);
    if (source.query !== undefined)
        return `(${source.query.trim().replace(/;\s*$/, '')}) AS datagate_source`;
    throw new Error('a table source needs `table` or `query`');
}
/** How a side is named in messages: `pg: analytics.orders` or `pg: query`. */
function sourceLabel(source) {
    return `${source.connection}: ${source.table ?? 'query'}`;
}


/***/ }),

/***/ 8146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ metered),
/* harmony export */   P9: () => (/* binding */ snapshot),
/* harmony export */   a6: () => (/* binding */ MeteredClient),
/* harmony export */   iD: () => (/* binding */ costSince)
/* harmony export */ });
// What a dataset's SQL cost, counted in one place: every statement through a metered client (the
// run's Connections hands one to each dataset, shared by its sides) adds a query and its time;
// the step that knows how many rows a statement read adds them. The report's `datasets[].cost`
// is the dataset's meter; profileTable, contractGatesOfTable and diffTableSides also return their
// own share of it (the difference across the call).
class MeteredClient {
    client;
    cost;
    engine;
    describe;
    constructor(client, cost = { queries: 0, rowsScanned: 0, ms: 0 }) {
        this.client = client;
        this.cost = cost;
        this.engine = client.engine;
        const describe = client.describe?.bind(client);
        if (describe)
            this.describe = (sql) => this.timed(() => describe(sql));
    }
    query(sql) {
        return this.timed(() => this.client.query(sql));
    }
    /** Rows a statement read, added by the step that knows them. */
    scanned(rows) {
        this.cost.rowsScanned += rows;
    }
    close() {
        return this.client.close();
    }
    async timed(statement) {
        this.cost.queries++;
        const started = performance.now();
        try {
            return await statement();
        }
        finally {
            this.cost.ms += performance.now() - started;
        }
    }
}
/** The client metered: itself when it already is (a dataset's client from Connections), else a new meter around it. */
function metered(client) {
    return client instanceof MeteredClient ? client : new MeteredClient(client);
}
/** A copy of the cost now, to take the difference after a step. */
function costSince(meter, before) {
    return { queries: meter.cost.queries - before.queries, rowsScanned: meter.cost.rowsScanned - before.rowsScanned, ms: Math.round(meter.cost.ms - before.ms) };
}
function snapshot(meter) {
    return { ...meter.cost };
}


/***/ })

};
