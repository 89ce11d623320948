export const id = 971;
export const ids = [971];
export const modules = {

/***/ 971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanBuffers: () => (/* binding */ scanBuffers),
  scanCsvPart: () => (/* binding */ scanCsvPart)
});

// EXTERNAL MODULE: ./src/profile/values.ts + 1 modules
var profile_values = __webpack_require__(373);
;// CONCATENATED MODULE: ./src/report/severity.ts
// How a violated rule reports, by its severity: shared by the gates and the contract's row checks.
/** error → fail, warn → warn: how a violated rule of a given severity reports. */
function violated(severity) {
    return severity === 'warn' ? 'warn' : 'fail';
}

// EXTERNAL MODULE: ./src/profile/dates.ts
var dates = __webpack_require__(452);
// EXTERNAL MODULE: ./src/profile/formats.ts
var formats = __webpack_require__(441);
;// CONCATENATED MODULE: ./src/contract/rules.ts
// What the contract's rule values mean: type compatibility, bounds, severities. Shared by the
// row checks and the config validation so both read a rule the same way.


/** Rule names in the order their results are reported. */
const COLUMN_RULES = (/* unused pure expression or super */ null && ([
    'required', 'type', 'nullable', 'max_null_fraction', 'unique', 'min', 'max', 'allowed', 'pattern',
    'min_length', 'max_length',
]));
const DAY_MS = 86_400_000;
/** Does one non-null cell satisfy a declared column type? Wider types accept narrower values. */
function typeAccepts(declared, cell) {
    if (declared === 'string')
        return true;
    const actual = (0,profile_values/* cellType */.T$)(cell);
    switch (declared) {
        case 'integer': return actual === 'integer';
        case 'number': return actual === 'integer' || actual === 'number';
        // A 0/1 flag is a boolean to a contract; its profile stays integer, so baselines and drift keep their type.
        case 'boolean': return actual === 'boolean' || (actual === 'integer' && (cell === 0 || cell === 1 || cell === '0' || cell === '1'));
        // A decoded Date (Parquet, JSON) is a date when it falls on midnight UTC.
        case 'date': return actual === 'date' || (cell instanceof Date && cell.getTime() % DAY_MS === 0) || (actual === 'string' && (0,dates/* textTemporalType */.ML)(cell) === 'date');
        case 'timestamp': return actual === 'timestamp' || actual === 'date' || (actual === 'string' && (0,dates/* textTemporalType */.ML)(cell) !== undefined);
        case 'list':
        case 'struct':
        case 'map': return actual === declared;
    }
}
/**
 * `typeAccepts` of a text cell whose kind `classifyText` already gave (one parse per cell): the
 * same answers, for CSV/TSV fields.
 */
function typeAcceptsText(declared, kind, text) {
    switch (declared) {
        case 'string': return true;
        case 'integer': return kind === profile_values/* KIND_INTEGER */.Ec;
        case 'number': return kind === profile_values/* KIND_INTEGER */.Ec || kind === profile_values/* KIND_NUMBER */.V;
        case 'boolean': return kind === profile_values/* KIND_BOOLEAN */.gN || (kind === profile_values/* KIND_INTEGER */.Ec && (text === '0' || text === '1'));
        case 'date': return kind === profile_values/* KIND_DATE */.UR || (kind === profile_values/* KIND_STRING */.jr && (0,dates/* textTemporalType */.ML)(text) === 'date');
        case 'timestamp': return kind === profile_values/* KIND_TIMESTAMP */.mq || kind === profile_values/* KIND_DATE */.UR || (kind === profile_values/* KIND_STRING */.jr && (0,dates/* textTemporalType */.ML)(text) !== undefined);
        case 'list':
        case 'struct':
        case 'map': return false;
    }
}
/** `typeAcceptsText` of the field text[start, end), which becomes a string only for a date in another format. */
function typeAcceptsRange(declared, kind, text, start, end) {
    switch (declared) {
        case 'boolean': {
            const code = text.charCodeAt(start);
            return kind === profile_values/* KIND_BOOLEAN */.gN || (kind === profile_values/* KIND_INTEGER */.Ec && end - start === 1 && (code === 48 || code === 49));
        }
        case 'date':
        case 'timestamp':
            return kind === profile_values/* KIND_STRING */.jr ? typeAcceptsText(declared, kind, text.slice(start, end)) : typeAcceptsText(declared, kind, '');
        default: return typeAcceptsText(declared, kind, '');
    }
}
/** A `min`/`max` rule value read as a bound; undefined when a string is not an ISO date/time. */
function parseBound(value) {
    if (typeof value === 'number')
        return { kind: 'number', value };
    const time = (0,profile_values/* cellTime */.s3)(value.trim());
    return time === undefined ? undefined : { kind: 'time', value: time };
}
/** Which kind of bound a declared type can be compared with; undefined when no bound applies. */
function boundKindOf(type) {
    if (type === undefined)
        return 'any';
    if (type === 'integer' || type === 'number')
        return 'number';
    if (type === 'date' || type === 'timestamp')
        return 'time';
    return undefined;
}
/** A column rule's severity: its own, else the schema's, else error. */
function ruleSeverity(dataset, rule) {
    return rule?.severity ?? dataset.schema?.severity ?? 'error';
}
/** The columns the contract expects to exist: listed columns (unless `required: false`) and `schema.required`. */
function requiredColumns(dataset) {
    const names = new Set();
    for (const [name, rule] of Object.entries(dataset.schema?.columns ?? {})) {
        if (rule.required !== false)
            names.add(name);
    }
    for (const name of dataset.schema?.required ?? [])
        names.add(name);
    return [...names];
}

// EXTERNAL MODULE: ./src/readers/csv.ts
var csv = __webpack_require__(296);
// EXTERNAL MODULE: ./src/profile/records.ts
var records = __webpack_require__(747);
;// CONCATENATED MODULE: ./src/contract/fields.ts
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
    const text = end === csv/* BUILT */.BT ? batch.built[c][r] : batch.text.slice(batch.starts[c][r], end);
    const format = batch.formats[c];
    return format ? (0,formats/* formattedCell */.R7)(text, format) : text;
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
        this.parse = new records/* SharedParse */.db((name) => validator.reads(name));
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
            if (end === csv/* BUILT */.BT)
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

;// CONCATENATED MODULE: ./src/contract/detach.ts
// Copies of strings kept past their batch, so they do not keep the batch's text alive.
/**
 * A flat copy of a string. A reader's cell is often a slice of a megabyte chunk of the file, and a
 * built key a concatenation of such slices: kept as they are, each would pin its whole chunk
 * (measured: 300 keys of 30 characters held 357 MB; copied, 4 MB).
 */
function detach(text) {
    // Short slices are copies already (V8 slices only strings of 13 characters or more).
    return text.length < 13 ? text : (' ' + text).slice(1);
}

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
function uniqueSetBuffers(state) {
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
        this.insertText(detach(text));
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

;// CONCATENATED MODULE: ./src/contract/violations.ts
// A tally of offending rows: a count and the first few rows, so a million bad rows cost no memory.

const MAX_EXAMPLES = 5;
/** Long values are cut in examples; the report shows them, it does not archive them. */
const MAX_EXAMPLE_LENGTH = 200;
/** An example of a part moved to its place in the whole file. */
function shifted(example, shift) {
    return { ...example, row: example.row + shift.rows, ...(example.line !== undefined ? { line: example.line + shift.lines } : {}) };
}
class Violations {
    count = 0;
    examples = [];
    /** Records row `index` of `batch` with the offending value as text. */
    add(batch, index, value) {
        const line = batch.lines?.[index];
        this.record(() => ({ row: batch.firstRow + index, ...(line !== undefined ? { line } : {}), file: batch.file, value }));
    }
    /** `add` of the value text[start, end), which becomes a string only for an example. */
    addRange(batch, index, text, start, end) {
        if (this.examples.length >= MAX_EXAMPLES) {
            this.count++;
            return;
        }
        this.add(batch, index, text.slice(start, end));
    }
    /** Counts one offence; the example is only built while fewer than MAX_EXAMPLES are kept. */
    record(example) {
        this.count++;
        if (this.examples.length >= MAX_EXAMPLES)
            return;
        const { value, ...where } = example();
        this.examples.push({ ...where, value: detach(value.length > MAX_EXAMPLE_LENGTH ? value.slice(0, MAX_EXAMPLE_LENGTH) + '…' : value) });
    }
    /**
     * Counts one offence at `row` when offences arrive out of row order: the examples kept are
     * those of the lowest rows.
     */
    recordByRow(row, example) {
        const examples = this.examples;
        if (examples.length >= MAX_EXAMPLES) {
            if (row >= examples[examples.length - 1].row) {
                this.count++;
                return;
            }
            examples.pop();
        }
        this.record(example);
        examples.sort((a, b) => a.row - b.row);
    }
    toState() {
        return { count: this.count, examples: this.examples };
    }
    /** Adds the tally of a later part of the data: counts add up, examples stay in row order. */
    absorb(state, shift) {
        this.count += state.count;
        for (const example of state.examples) {
            if (this.examples.length >= MAX_EXAMPLES)
                break;
            this.examples.push(shifted(example, shift));
        }
    }
}

;// CONCATENATED MODULE: ./src/report/percent.ts
// A share as every message writes it (gates, drift, the contract's checks, `init`).
/** A share as a percentage with three significant digits: 0.571 → 57.1%, 0.5 → 50%. */
function percentOf(share) {
    return `${Number((share * 100).toPrecision(3))}%`;
}

;// CONCATENATED MODULE: ./src/contract/columnResults.ts
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
            status: bad ? violated(severity) : 'pass', severity,
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
            fail: `${quoted}: ${percentOf(fraction)} nulls (${nulls.count} of ${rows}) > ${percentOf(rule.max_null_fraction)}`,
            pass: `${quoted}: ${percentOf(fraction)} nulls ≤ ${percentOf(rule.max_null_fraction)}`,
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

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
;// CONCATENATED MODULE: ./src/contract/pattern.ts
// Contract patterns in bounded time. A pattern comes from a config a pull request can change and
// runs on every cell, so `^(a+)+$` over one long cell must not backtrack for hours. Patterns run
// in V8's usual backtracking engine and fall back, per match, to V8's linear-time engine once a
// match has backtracked 50,000 times (V8's default threshold); a pattern the linear engine cannot
// run at all (lookaround, backreferences) is refused when the config is read.

let enabled = false;
/** V8's linear-time engine, process-wide: the `l` flag, and the fallback after excessive backtracking. */
function enableLinearEngine() {
    if (enabled)
        return;
    external_node_v8_default().setFlagsFromString('--enable-experimental-regexp-engine');
    external_node_v8_default().setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
    enabled = true;
}
/** Why `pattern` cannot be a contract pattern, or undefined when it can. */
function patternProblem(pattern) {
    try {
        new RegExp(pattern);
    }
    catch (error) {
        return `invalid regular expression: ${error.message}`;
    }
    enableLinearEngine();
    try {
        // eslint-disable-next-line no-invalid-regexp -- 'l' is V8's linear-time flag, enabled above
        new RegExp(pattern, 'l');
    }
    catch {
        return 'this pattern cannot run in linear time (lookahead, lookbehind or a backreference): a long value could make it run for hours; write it without them';
    }
    return undefined;
}
/** The compiled contract pattern; call `patternProblem` first. */
function compilePattern(pattern) {
    enableLinearEngine();
    return new RegExp(pattern);
}

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
    nulls = new Violations();
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
            this.typeViolations = new Violations();
        if (rule.unique)
            this.unique = { seen: new UniqueSet(undefined, context.track), violations: new Violations() };
        this.min = boundCheck(rule.min);
        this.max = boundCheck(rule.max);
        if (rule.allowed)
            this.allowed = allowedCheck(rule.allowed, rule.type === 'string');
        // validateConfig has rejected patterns that do not compile before any data is read.
        if (rule.pattern !== undefined)
            this.pattern = { regex: compilePattern(rule.pattern), violations: new Violations() };
        if (rule.min_length !== undefined)
            this.length.min = new Violations();
        if (rule.max_length !== undefined)
            this.length.max = new Violations();
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
        if (declared && !typeAccepts(declared, cell)) {
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
                this.allowed.values.add(detach(text));
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
            this.addCell(fieldCell(batch, c, index), batch, index);
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
        if (declared && (this.accepted & (1 << kind)) === 0 && !typeAcceptsRange(declared, kind, text, start, end)) {
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
                allowed.values.add(detach(text.slice(start, end)));
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
        if (declared && !typeAcceptsText(declared, kind, text)) {
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
                this.allowed.values.add(detach(text));
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
        return columnResults(dataset, this.name, this.rule, severity, tally, rows);
    }
}
/**
 * A later part's unique values: its own repeats were counted in it; a value already seen in an
 * earlier part is a repeat at its first row in this part. Both kinds, in the part's row order.
 */
function absorbUnique(unique, state, part) {
    const across = new Violations();
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
    const examples = [...a.examples, ...b.examples].sort((x, y) => x.row - y.row).slice(0, MAX_EXAMPLES);
    return { count: a.count + b.count, examples };
}
function boundCheck(limit) {
    if (limit === undefined)
        return undefined;
    const bound = parseBound(limit);
    // validateConfig rejects bounds that are neither numbers nor ISO dates before data is read.
    return bound ? { bound, violations: new Violations(), extreme: undefined } : undefined;
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
    return { texts, ranges: new TextSet(texts), numbers, violations: new Violations(), values: new Set() };
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
    violations = new Violations();
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
        const across = new Violations();
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
                status: violated(severity),
                message: `unique key (${this.columns.join(', ')}): column${missing.length > 1 ? 's' : ''} ${missing.map((name) => JSON.stringify(name)).join(', ')} missing from the data`,
                observed: `missing: ${missing.join(', ')}`,
                expected: this.columns,
            };
        }
        const duplicates = this.violations.count;
        return {
            ...base,
            status: duplicates > 0 ? violated(severity) : 'pass',
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

;// CONCATENATED MODULE: ./src/contract/extraColumns.ts
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
        status: extra.length > 0 ? violated(severity) : 'pass',
        message: extra.length > 0
            ? `${extra.length} column${extra.length > 1 ? 's' : ''} not in the contract: ${extra.map((name) => JSON.stringify(name)).join(', ')}`
            : 'no columns beyond the contract',
        observed: extra, expected: [...known],
        count: extra.length,
    };
}

;// CONCATENATED MODULE: ./src/config/hints.ts
// "Did you mean …?" for a config's misspelt keys and values: the keys the schema allows where the
// unknown one stands, and the nearest of them (or of an enum's values) by edit distance.
function defOf(schema) {
    return schema._zod.def;
}
/** The schemas a value at `path` below `schema` may be checked against (every option of a union). */
function schemasAt(schema, path, depth = 0) {
    // A config schema is a few levels deep; the bound only guards a recursive (lazy) one.
    if (depth > 64)
        return [];
    const def = defOf(schema);
    const wrapped = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? def.getter?.();
    if (wrapped)
        return schemasAt(wrapped, path, depth + 1);
    if (def.type === 'union' && def.options)
        return def.options.flatMap((option) => schemasAt(option, path, depth + 1));
    if (def.type === 'intersection' && def.left && def.right)
        return [...schemasAt(def.left, path, depth + 1), ...schemasAt(def.right, path, depth + 1)];
    if (path.length === 0)
        return [schema];
    const [head, ...rest] = path;
    if (def.type === 'object' && def.shape && typeof head === 'string' && Object.hasOwn(def.shape, head))
        return schemasAt(def.shape[head], rest, depth + 1);
    if (def.type === 'array' && def.element && typeof head === 'number')
        return schemasAt(def.element, rest, depth + 1);
    if (def.type === 'record' && def.valueType)
        return schemasAt(def.valueType, rest, depth + 1);
    return [];
}
/** The keys an object at `path` may have: those of every object schema that could apply there. */
function keysAt(schema, path) {
    const keys = new Set();
    for (const found of schemasAt(schema, path)) {
        const def = defOf(found);
        if (def.type === 'object' && def.shape)
            for (const key of Object.keys(def.shape))
                keys.add(key);
    }
    return [...keys];
}
/** Levenshtein distance, stopping early once every path is past `limit`. */
function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            best = Math.min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
        previous = row;
    }
    return previous[b.length];
}
/**
 * The candidate `word` most likely misspells: within two edits (one for a word of four letters
 * or fewer), ignoring case, or undefined when none is that close. Config text is untrusted and
 * may be long: a word past 64 characters is no typo of a key.
 */
function nearest(word, candidates) {
    if (word.length > 64)
        return undefined;
    const limit = word.length <= 4 ? 1 : 2;
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate.length > 64)
            continue;
        const found = distance(word.toLowerCase(), candidate.toLowerCase(), limit);
        if (found < bestDistance) {
            best = candidate;
            bestDistance = found;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/contract/guess.ts
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
        const found = nearest(name, [...columns].slice(0, GUESS_CANDIDATES));
        return found === undefined ? '' : `: did you mean ${JSON.stringify(found)}?`;
    }
}

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
    guesser = new ColumnGuesser();
    headerLine;
    freshness = { present: false, newest: undefined };
    constructor(dataset, options = {}) {
        this.dataset = dataset;
        this.isNull = (0,profile_values/* makeNullTest */.sM)(options.nullValues ?? dataset.null_values ?? []);
        this.isNullRange = makeNullRangeTest(options.nullValues ?? dataset.null_values ?? []);
        const context = (severity) => ({
            dataset: dataset.name, severity, isNull: this.isNull, isNullRange: this.isNullRange, track: options.track,
            tokens: (options.nullValues ?? dataset.null_values ?? []).some((token) => token !== ''),
        });
        this.columns = Object.entries(dataset.schema?.columns ?? {}).map(([name, rule]) => new ColumnCheck(name, rule, context(ruleSeverity(dataset, rule))));
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
            const strings = batchOf(batch, this.compound.flatMap((check) => check.columns));
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
                const cell = fieldCell(batch, c, row);
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
        const required = new Set(requiredColumns(this.dataset));
        const checked = new Set();
        for (const check of this.columns) {
            checked.add(check.name);
            const severity = ruleSeverity(this.dataset, check.rule);
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
            const severity = ruleSeverity(this.dataset, undefined);
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
            status: isRequired ? violated(severity) : 'skip',
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
        return extraColumnsResult(this.dataset, [...this.seen]);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
// EXTERNAL MODULE: ./src/readers/format.ts
var format = __webpack_require__(185);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/diff/cells.ts
// A cell as the diff compares it: one short text per value, equal when the values are equal
// across formats (`1.50` in a CSV and 1.5 in Parquet, "2024-01-02" and a Parquet date, "true"
// and true). Rows travel as these texts joined by separators, in memory and in partition files.

/** Between the cells of a row (and the columns of a key). */
const cells_FIELD = '\u001f';
/** Between a record's key and its values. */
const cells_KEY_END = '\u001d';
const ESCAPE = '\u001e';
// eslint-disable-next-line no-control-regex -- the separators are control characters on purpose
const SPECIAL = /[\n\u001d\u001e\u001f]/;
// eslint-disable-next-line no-control-regex -- as above
const SPECIAL_ALL = /[\n\u001d\u001e\u001f]/g;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPED_ALL = /\u001e(.)/g;
const ESCAPES = { '\n': ESCAPE + 'n', '\u001d': ESCAPE + 'k', '\u001e': ESCAPE + 'e', '\u001f': ESCAPE + 'f' };
const UNESCAPES = { n: '\n', k: '\u001d', e: '\u001e', f: '\u001f' };
// Tags: the first character of an encoded non-null cell. A null is the empty text.
const TAG_NUMBER = 'n';
const TAG_TIME = 't';
const TAG_BOOLEAN = 'b';
const TAG_TEXT = 's';
function cells_text(value) {
    return TAG_TEXT + (SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value);
}
/** An integer's digits without sign clutter: `+007` → `7`, `-0` → `0`. */
function integerDigits(value) {
    let start = 0;
    let negative = false;
    if (value[0] === '+' || value[0] === '-') {
        negative = value[0] === '-';
        start = 1;
    }
    while (start < value.length - 1 && value.charCodeAt(start) === 48)
        start++;
    const digits = value.slice(start);
    return negative && digits !== '0' ? '-' + digits : digits;
}
/** Beyond 2^53 a double cannot tell integers apart: keep the digits, as bigint gives them. */
const SAFE_DIGITS = 15;
function number(value) {
    return TAG_NUMBER + (Object.is(value, -0) ? '0' : String(value));
}
/**
 * The comparable text of a non-null text cell: numbers by value, dates and times as epoch ms,
 * booleans. For a key this must be exact (keys are matched by their text), so a number that is
 * not already in its shortest form is rewritten (`1.50` → `1.5`).
 */
function encodeKeyText(value) {
    const kind = (0,profile_values/* classifyText */.oF)(value);
    if (kind === profile_values/* KIND_INTEGER */.Ec) {
        const digits = value.length - (value[0] === '+' || value[0] === '-' ? 1 : 0);
        if (digits > SAFE_DIGITS)
            return TAG_NUMBER + integerDigits(value);
        return profile_values/* parsedValue */.X$.canonical ? TAG_NUMBER + value : number(profile_values/* parsedValue */.X$.value);
    }
    if (kind === profile_values/* KIND_NUMBER */.V)
        return profile_values/* parsedValue */.X$.canonical ? TAG_NUMBER + value : number(profile_values/* parsedValue */.X$.value);
    return encodeOther(value, kind);
}
/**
 * A value cell stays text, unread and untagged: equal texts are equal values (the common case,
 * compared as one line per row), and only cells whose texts differ are read (`settleCell`) and
 * compared by value. This spares the classification, and a tagged copy, of every cell.
 */
function escapeText(value) {
    return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value;
}
function cells_unescape(body) {
    return body.includes(ESCAPE) ? body.replace(ESCAPED_ALL, (_m, c) => UNESCAPES[c] ?? c) : body;
}
/** A value cell (text, see encodeValue) read as its value, tagged as keys are; null stays ''. */
function settleCell(value) {
    return value === '' ? '' : encodeKeyText(cells_unescape(value));
}
function encodeOther(value, kind) {
    if (kind === profile_values/* KIND_DATE */.UR || kind === profile_values/* KIND_TIMESTAMP */.mq)
        return TAG_TIME + profile_values/* parsedValue */.X$.value;
    if (kind === profile_values/* KIND_BOOLEAN */.gN)
        return profile_values/* parsedValue */.X$.value ? 'b1' : 'b0';
    return cells_text(value);
}
function jsonText(cell) {
    return JSON.stringify(cell, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
}
/** A key cell, tagged and exact (keys are matched by this text); `isNull` already said it is not null. */
function cells_encodeKey(cell) {
    switch (typeof cell) {
        case 'string': return encodeKeyText(cell);
        case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? TAG_NUMBER + BigInt(cell).toString() : number(cell);
        case 'bigint': return TAG_NUMBER + cell.toString();
        case 'boolean': return cell ? 'b1' : 'b0';
        default:
            if (cell instanceof Date)
                return TAG_TIME + cell.getTime();
            return cells_text(jsonText(cell));
    }
}
/** A value cell as text that `settleCell` reads back to the value; `isNull` already said it is not null. */
function cells_encodeValue(cell) {
    switch (typeof cell) {
        case 'string': return escapeText(cell);
        case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? BigInt(cell).toString() : String(cell);
        case 'bigint': return cell.toString();
        case 'boolean': return cell ? 'true' : 'false';
        default:
            if (cell instanceof Date)
                return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
            return escapeText(jsonText(cell));
    }
}
/**
 * A value cell's text before escaping: what a row's hash is computed over (scan.ts). Equal for a
 * text cell and a typed cell that `encodeValue` writes alike (`5` in a CSV, 5 in Parquet).
 */
function cells_rawValue(cell) {
    switch (typeof cell) {
        case 'string': return cell;
        case 'number': return Number.isInteger(cell) && Math.abs(cell) > Number.MAX_SAFE_INTEGER ? BigInt(cell).toString() : String(cell);
        case 'bigint': return cell.toString();
        case 'boolean': return cell ? 'true' : 'false';
        default:
            if (cell instanceof Date)
                return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
            return jsonText(cell);
    }
}
/** A value cell's value, for the report. */
function decodeValue(value) {
    return decodeCell(settleCell(value));
}
/** The value of an encoded cell, for the report. */
function decodeCell(encoded) {
    if (encoded === '')
        return null;
    const tag = encoded[0];
    const body = encoded.slice(1);
    if (tag === TAG_NUMBER) {
        const value = Number(body);
        // Integers beyond 2^53 stay exact as text.
        return Number.isSafeInteger(value) || !/^-?\d+$/.test(body) ? value : body;
    }
    if (tag === TAG_TIME)
        return timeText(Number(body));
    if (tag === TAG_BOOLEAN)
        return body === '1';
    return cells_unescape(body);
}
/** ISO text of epoch milliseconds; a whole UTC day shows as the date alone. */
function timeText(ms) {
    const date = new Date(ms);
    if (Number.isNaN(date.getTime()))
        return String(ms);
    const iso = date.toISOString();
    return ms % 86_400_000 === 0 ? iso.slice(0, 10) : iso;
}
/** The number an encoded cell holds, or undefined when it is not a number. */
function numberOf(encoded) {
    return encoded.charCodeAt(0) === 110 ? Number(encoded.slice(1)) : undefined;
}
/** The epoch milliseconds an encoded cell holds, or undefined when it is not a time. */
function timeOf(encoded) {
    return encoded.charCodeAt(0) === 116 ? Number(encoded.slice(1)) : undefined;
}
/**
 * Orders encoded keys (cells joined by FIELD): cell by cell, nulls first, numbers and times by
 * value before text, so examples come out as a reader expects (key 9 before key 10).
 */
function compareKeys(a, b) {
    if (a === b)
        return 0;
    const left = a.split(cells_FIELD);
    const right = b.split(cells_FIELD);
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const order = compareCells(left[i], right[i]);
        if (order !== 0)
            return order;
    }
    return left.length - right.length;
}
function compareCells(a, b) {
    if (a === b)
        return 0;
    const tagA = a.charCodeAt(0) || 0;
    const tagB = b.charCodeAt(0) || 0;
    const numericA = tagA === 110 || tagA === 116;
    const numericB = tagB === 110 || tagB === 116;
    if (numericA && numericB && tagA === tagB) {
        const difference = Number(a.slice(1)) - Number(b.slice(1));
        if (difference !== 0)
            return difference;
    }
    if (numericA !== numericB)
        return numericA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/diff/partition.ts
// One side of a diff, from batches of cells to records `key KEY_END values`, hash-partitioned
// by key. Records stay in memory while the side fits the budget; beyond it every partition is
// appended to its own file in a temp folder, so memory stays bounded by the budget whatever
// the size of the file.




/** FNV-1a over the UTF-16 units of the key: cheap, and spreads keys of one shape evenly. */
function partitionOf(key, parts) {
    if (parts === 1)
        return 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++)
        hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return (hash >>> 0) % parts;
}
/** Characters buffered between writes of a side that is on disk. */
const FLUSH_CHARS = (/* unused pure expression or super */ null && (4 << 20));
function partitionFile(dir, side, part) {
    return path.join(dir, `${side}-${part}.records`);
}
class PartitionSink {
    options;
    buffers;
    buffered = 0;
    files;
    constructor(options) {
        this.options = options;
        this.buffers = Array.from({ length: options.parts }, () => []);
    }
    get spilled() {
        return this.files !== undefined;
    }
    add(key, values) {
        const record = key + KEY_END + values;
        this.buffers[partitionOf(key, this.options.parts)].push(record);
        this.buffered += record.length + 1;
        // Once a side goes to disk it goes in small writes: records then die young, cheap to collect.
        const limit = this.files || this.options.spill ? Math.min(FLUSH_CHARS, this.options.budget) : this.options.budget;
        if (this.buffered > limit && this.options.dir)
            this.flush();
    }
    /** Appends what is buffered to the partition files. */
    flush() {
        const dir = this.options.dir;
        if (!dir)
            return;
        this.files ??= this.buffers.map((_, p) => openSync(partitionFile(dir, this.options.side, p), 'w'));
        this.buffers.forEach((records, p) => {
            if (records.length)
                writeSync(this.files[p], records.join('\n') + '\n');
            this.buffers[p] = [];
        });
        this.buffered = 0;
    }
    /** Ends writing: a spilled side goes to disk entirely; a side in memory stays there. */
    close() {
        if (this.options.spill && !this.files)
            this.flush();
        if (!this.files)
            return;
        this.flush();
        for (const fd of this.files)
            closeSync(fd);
    }
    /** The records of partition `p`, in the order they were added. */
    records(p) {
        if (!this.spilled)
            return this.buffers[p];
        return readRecords(partitionFile(this.options.dir, this.options.side, p));
    }
    /** Frees a partition in memory once it is diffed. */
    release(p) {
        this.buffers[p] = [];
    }
}
function readRecords(file) {
    const text = readFileSync(file, 'utf8');
    if (text.length === 0)
        return [];
    const records = text.split('\n');
    records.pop();
    return records;
}
/** Encodes the rows of batches into records; rows with a null key are counted, not kept. */
class SideEncoder {
    layout;
    sink;
    nullKeys = 0;
    isNull;
    constructor(layout, sink) {
        this.layout = layout;
        this.sink = sink;
        this.isNull = makeNullTest(layout.nullValues);
    }
    add(batch) {
        const index = new Map(batch.columns.map((name, c) => [name, c]));
        const column = (name) => {
            const c = index.get(name);
            return c === undefined ? undefined : batch.data[c];
        };
        const keyColumns = this.layout.key.map(column);
        const valueColumns = this.layout.columns.map(column);
        const isNull = this.isNull;
        const keyCells = new Array(keyColumns.length);
        const valueCells = new Array(valueColumns.length);
        rows: for (let r = 0; r < batch.length; r++) {
            for (let k = 0; k < keyColumns.length; k++) {
                const cell = keyColumns[k]?.[r];
                if (isNull(cell)) {
                    this.nullKeys++;
                    continue rows;
                }
                keyCells[k] = encodeKey(cell);
            }
            for (let c = 0; c < valueColumns.length; c++) {
                const cell = valueColumns[c]?.[r];
                valueCells[c] = isNull(cell) ? '' : encodeValue(cell);
            }
            this.sink.add(keyCells.length === 1 ? keyCells[0] : keyCells.join(FIELD), valueCells.join(FIELD));
        }
    }
}

;// CONCATENATED MODULE: ./src/diff/keyTable.ts
// One side of a diff as key tables: per row its key, a 64-bit hash of its compared cells and
// where it is (`at`, see scan.ts), hash-partitioned by key. No row's values are kept: rows whose
// hashes differ are read again later. A key that is an integer (a key column of ids, the common
// case) is held as a number, never as a string; other keys as their encoded text (cells.ts). A
// partition lives in memory while the side fits the budget, else in a file of binary blocks
// appended in row order.



/** Growable columns of one partition's rows while a side is read. */
class Rows {
    nums = new Float64Array(1024);
    numAt = new Float64Array(1024);
    numHash = new Int32Array(2048);
    numLength = 0;
    keys = [];
    at = new Float64Array(64);
    hash = new Int32Array(128);
    pushNumber(key, lo, hi, at) {
        const n = this.numLength;
        if (n === this.nums.length) {
            this.nums = growFloats(this.nums, n * 2);
            this.numAt = growFloats(this.numAt, n * 2);
            this.numHash = growInts(this.numHash, n * 4);
        }
        this.nums[n] = key;
        this.numAt[n] = at;
        this.numHash[2 * n] = lo;
        this.numHash[2 * n + 1] = hi;
        this.numLength = n + 1;
    }
    pushText(key, lo, hi, at) {
        const n = this.keys.length;
        if (n === this.at.length) {
            this.at = growFloats(this.at, n * 2);
            this.hash = growInts(this.hash, n * 4);
        }
        this.keys.push(key);
        this.at[n] = at;
        this.hash[2 * n] = lo;
        this.hash[2 * n + 1] = hi;
    }
    get length() {
        return this.numLength + this.keys.length;
    }
    /** Empties the rows, keeping the arrays (a side on disk fills them again after each write). */
    reset() {
        this.numLength = 0;
        this.keys = [];
    }
    table() {
        const n = this.numLength;
        const m = this.keys.length;
        return { nums: this.nums.subarray(0, n), numAt: this.numAt.subarray(0, n), numHash: this.numHash.subarray(0, 2 * n), keys: this.keys, at: this.at.subarray(0, m), hash: this.hash.subarray(0, 2 * m) };
    }
}
function growFloats(array, size) {
    const grown = new Float64Array(size);
    grown.set(array);
    return grown;
}
function growInts(array, size) {
    const grown = new Int32Array(size);
    grown.set(array);
    return grown;
}
/**
 * A 32-bit hash of an integer key (safe integers: both 32-bit halves), murmur3's finaliser: every
 * bit of the key moves every bit of the hash, so the low bits (partitions) and the high bits (the
 * match's table slots) are both even. A plain multiplicative hash left the low bits to the key's
 * low bits: each partition held one residue of the keys, and the table slots clustered.
 */
function keyTable_hashNumber(key) {
    let h = (key | 0) ^ Math.imul((key / 4294967296) | 0, 0x27d4eb2f);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** The partition of an integer key. */
function partitionOfNumber(key, parts) {
    if (parts === 1)
        return 0;
    return (keyTable_hashNumber(key) >>> 0) % parts;
}
/** A partition's file; `piece` names the file one part of a file split for workers wrote (sideScan.ts). */
function keyTable_keyFile(dir, side, part, piece) {
    return external_node_path_default().join(dir, piece === undefined ? `${side}-${part}.keys` : `${side}-${part}.${piece}.keys`);
}
/** Bytes buffered between writes of a side that is on disk: small writes keep memory flat. */
const FLUSH_BYTES = 4 << 20;
/** Rows a partition's arrays may keep between writes. */
const KEEP_ROWS = 1 << 16;
/** What a row costs in the budget besides a text key's characters. */
const ROW_BYTES = 24;
/** Receives a side's rows (key, hash, where) and partitions them. */
class keyTable_KeySink {
    options;
    buffers;
    buffered = 0;
    files;
    limit;
    constructor(options) {
        this.options = options;
        this.buffers = Array.from({ length: options.parts }, () => new Rows());
        this.limit = options.dir ? (options.spill ? Math.min(FLUSH_BYTES, options.budget) : options.budget) : Infinity;
    }
    get spilled() {
        return this.files !== undefined;
    }
    addNumber(key, lo, hi, at) {
        this.buffers[partitionOfNumber(key, this.options.parts)].pushNumber(key, lo, hi, at);
        this.buffered += ROW_BYTES;
        if (this.buffered > this.limit)
            this.flush();
    }
    addText(key, lo, hi, at) {
        this.buffers[partitionOf(key, this.options.parts)].pushText(key, lo, hi, at);
        this.buffered += ROW_BYTES + key.length;
        if (this.buffered > this.limit)
            this.flush();
    }
    /** Appends each partition's buffered rows to its file as one block. */
    flush() {
        const dir = this.options.dir;
        this.files ??= this.buffers.map((_, p) => (0,external_node_fs_.openSync)(keyTable_keyFile(dir, this.options.side, p, this.options.piece), 'w'));
        this.buffers.forEach((rows, p) => {
            if (rows.length)
                (0,external_node_fs_.writeSync)(this.files[p], keyTable_block(rows.table()));
            // Arrays grown while the side was held in memory are dropped: from now on writes are small.
            if (rows.nums.length > KEEP_ROWS || rows.at.length > KEEP_ROWS)
                this.buffers[p] = new Rows();
            else
                rows.reset();
        });
        this.buffered = 0;
        // Once a side goes to disk it goes in small writes.
        this.limit = Math.min(FLUSH_BYTES, this.options.budget);
    }
    /** Ends writing: a spilled side goes to disk entirely; a side in memory stays there. */
    close() {
        if (this.options.spill && !this.files)
            this.flush();
        if (!this.files)
            return;
        this.flush();
        for (const fd of this.files)
            (0,external_node_fs_.closeSync)(fd);
    }
    /** Partition `p`'s rows in the order they were added. */
    table(p) {
        if (!this.spilled)
            return this.buffers[p].table();
        return keyTable_readKeyTable(keyTable_keyFile(this.options.dir, this.options.side, p, this.options.piece));
    }
    /** Every partition's rows, when the side stayed in memory. */
    tables() {
        return this.spilled ? undefined : this.buffers.map((rows) => rows.table());
    }
    /** Frees a partition in memory once it is diffed. */
    release(p) {
        this.buffers[p] = new Rows();
    }
}
const HEADER = 16;
// A block: u32 integer-key rows n, u32 text-key rows m, u32 key bytes, u32 0; then n keys (f64),
// n at (f64), 2n hash (i32), m at (f64), 2m hash (i32), the text keys in UTF-8 joined by newlines
// (an encoded key holds none: cells.ts escapes them), padded to 8 bytes.
function keyTable_block(table) {
    const n = table.nums.length;
    const m = table.keys.length;
    const keys = m ? Buffer.from(table.keys.join('\n'), 'utf8') : Buffer.alloc(0);
    const size = HEADER + 24 * n + 16 * m + ((keys.length + 7) & ~7);
    const out = Buffer.allocUnsafe(size);
    out.writeUInt32LE(n, 0);
    out.writeUInt32LE(m, 4);
    out.writeUInt32LE(keys.length, 8);
    let at = HEADER;
    for (const part of [table.nums, table.numAt, table.numHash, table.at, table.hash]) {
        const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
        out.set(bytes, at);
        at += bytes.length;
    }
    keys.copy(out, at);
    out.fill(0, at + keys.length);
    return out;
}
function blockSize(data, at) {
    return HEADER + 24 * data.readUInt32LE(at) + 16 * data.readUInt32LE(at + 4) + ((data.readUInt32LE(at + 8) + 7) & ~7);
}
/** Writes a side's in-memory tables to its partition files (for match jobs that read them). */
function writeKeyTables(dir, side, tables) {
    tables.forEach((table, p) => {
        const fd = openSync(keyTable_keyFile(dir, side, p), 'w');
        try {
            if (table.nums.length + table.keys.length)
                writeSync(fd, keyTable_block(table));
        }
        finally {
            closeSync(fd);
        }
    });
}
/** The ArrayBuffers of tables, to transfer them to another thread rather than copy them. */
function tableBuffers(tables) {
    const buffers = new Set();
    for (const table of tables)
        for (const part of [table.nums, table.numAt, table.numHash, table.at, table.hash])
            buffers.add(part.buffer);
    return [...buffers];
}
function keyTable_readKeyTable(file) {
    let data;
    try {
        data = (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        // A side that wrote nothing (no rows at all) has no files.
        if (error.code === 'ENOENT')
            data = Buffer.alloc(0);
        else
            throw error;
    }
    let n = 0;
    let m = 0;
    for (let at = 0; at < data.length; at += blockSize(data, at)) {
        n += data.readUInt32LE(at);
        m += data.readUInt32LE(at + 4);
    }
    const table = { nums: new Float64Array(n), numAt: new Float64Array(n), numHash: new Int32Array(2 * n), keys: [], at: new Float64Array(m), hash: new Int32Array(2 * m) };
    let filledN = 0;
    let filledM = 0;
    // Copied out byte by byte: a block's arrays need not be aligned in the Buffer's pool.
    const copy = (into, offset, from, bytes) => {
        new Uint8Array(into.buffer, into.byteOffset + offset * into.BYTES_PER_ELEMENT, bytes).set(data.subarray(from, from + bytes));
        return from + bytes;
    };
    for (let at = 0; at < data.length;) {
        const count = data.readUInt32LE(at);
        const texts = data.readUInt32LE(at + 4);
        const keyBytes = data.readUInt32LE(at + 8);
        let from = at + HEADER;
        from = copy(table.nums, filledN, from, 8 * count);
        from = copy(table.numAt, filledN, from, 8 * count);
        from = copy(table.numHash, 2 * filledN, from, 8 * count);
        from = copy(table.at, filledM, from, 8 * texts);
        from = copy(table.hash, 2 * filledM, from, 8 * texts);
        if (texts)
            for (const key of data.toString('utf8', from, from + keyBytes).split('\n'))
                table.keys.push(key);
        filledN += count;
        filledM += texts;
        at = from + ((keyBytes + 7) & ~7);
    }
    return table;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/readers/text.ts + 1 modules
var readers_text = __webpack_require__(269);
;// CONCATENATED MODULE: ./src/readers/json.ts
// A JSON array of objects, streamed: the top-level array is split into its elements by a small
// scanner (strings, escapes, nesting), and each element is parsed on its own.




const BATCH_ROWS = 8192;
const MAX_ELEMENT_CHARS = (/* unused pure expression or super */ null && (64 << 20));
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;
function isSpace(code) {
    return code === 32 || code === 10 || code === 13 || code === 9;
}
async function* json_readJsonArray(file, firstRow, batchSize = BATCH_ROWS) {
    const builder = new RowBatchBuilder(file);
    let state = 'start';
    let rest = '';
    let line = 1;
    let row = firstRow;
    let sawText = false;
    let elements = 0;
    const fail = (at, message) => {
        throw new UserError([{ file, line: at, message }]);
    };
    // An unfinished element is scanned again once the text after it has doubled, not after every
    // piece, which was quadratic in its length.
    const pieces = joinWhileLong(readText(file), () => rest.length, MAX_ELEMENT_CHARS, () => fail(line, 'an array element longer than 64 MB'));
    for await (const chunk of pieces) {
        const text = rest + chunk;
        const length = text.length;
        let pos = 0;
        rest = '';
        while (pos < length) {
            const code = text.charCodeAt(pos);
            if (isSpace(code)) {
                if (code === NEWLINE)
                    line++;
                pos++;
                continue;
            }
            sawText = true;
            if (state === 'done')
                fail(line, 'unexpected text after the closing ]');
            if (state === 'start') {
                if (code !== OPEN_BRACKET)
                    fail(line, code === OPEN_BRACE ? 'expected a JSON array of objects, found one object (a profile JSON is read as a profile, not data)' : 'expected a JSON array of objects');
                state = 'element';
                pos++;
                continue;
            }
            if (state === 'separator') {
                if (code === COMMA) {
                    state = 'element';
                    pos++;
                    continue;
                }
                if (code === CLOSE_BRACKET) {
                    state = 'done';
                    pos++;
                    continue;
                }
                fail(line, 'expected , or ] between array elements');
            }
            // state === 'element'
            if (code === CLOSE_BRACKET && elements === 0) {
                state = 'done';
                pos++;
                continue;
            }
            if (code !== OPEN_BRACE)
                fail(line, 'expected an object as each array element');
            // Find the end of this object.
            let depth = 0;
            let inString = false;
            let newlines = 0;
            let end = -1;
            for (let i = pos; i < length; i++) {
                const c = text.charCodeAt(i);
                if (inString) {
                    if (c === BACKSLASH)
                        i++;
                    else if (c === QUOTE)
                        inString = false;
                    else if (c === NEWLINE)
                        newlines++;
                }
                else if (c === QUOTE)
                    inString = true;
                else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                    if (++depth > MAX_JSON_NESTING)
                        fail(line + newlines, TOO_DEEP);
                }
                else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                    depth--;
                    if (depth === 0) {
                        end = i + 1;
                        break;
                    }
                }
                else if (c === NEWLINE)
                    newlines++;
            }
            if (end === -1) {
                rest = text.slice(pos);
                if (rest.length > MAX_ELEMENT_CHARS)
                    fail(line, 'an array element longer than 64 MB');
                break;
            }
            let value;
            try {
                value = JSON.parse(text.slice(pos, end));
            }
            catch (error) {
                fail(line, `invalid JSON: ${error.message}`);
            }
            builder.add(value, line);
            elements++;
            line += newlines;
            pos = end;
            state = 'separator';
            if (builder.size >= batchSize) {
                const batch = builder.take(row);
                if (batch) {
                    row += batch.length;
                    yield batch;
                }
            }
        }
    }
    if (!sawText)
        fail(1, 'empty file');
    if (rest.length > 0 || state !== 'done')
        fail(line, 'the JSON array is not closed: truncated file?');
    const batch = builder.take(row);
    if (batch)
        yield batch;
}

;// CONCATENATED MODULE: ./src/readers/jsonl.ts
// JSON Lines: one JSON object per line; blank lines are skipped; anything else is an error.




const jsonl_BATCH_ROWS = 8192;
const MAX_LINE_CHARS = (/* unused pure expression or super */ null && (64 << 20));
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
async function* jsonl_readJsonl(file, firstRow, batchSize = jsonl_BATCH_ROWS) {
    const builder = new RowBatchBuilder(file);
    let rest = '';
    let line = 0;
    let row = firstRow;
    // Each line stands alone, so a bad one does not stop the read: it fails at the end with all of them.
    const problems = new ProblemList(file, 'lines that are not JSON objects');
    const refuse = (message) => problems.add({ file, line, message });
    const parseLine = (text) => {
        line++;
        const trimmed = text.trim();
        if (trimmed === '')
            return;
        if (nestsTooDeep(trimmed))
            return refuse(TOO_DEEP);
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (error) {
            return refuse(`invalid JSON: ${error.message}`);
        }
        if (!isObject(value))
            return refuse('expected a JSON object on each line');
        builder.add(value, line);
    };
    // The pieces of a line that has not ended yet: joined once it ends, not once per piece.
    let waiting = [];
    let waitingChars = 0;
    for await (const piece of readText(file)) {
        const newline = piece.indexOf('\n');
        if (newline === -1 || waiting.length > 0) {
            if (rest.length + waitingChars + piece.length > MAX_LINE_CHARS) {
                throw new UserError([{ file, line: line + 1, message: 'a line longer than 64 MB' }]);
            }
            if (newline === -1) {
                waiting.push(piece);
                waitingChars += piece.length;
                continue;
            }
        }
        const chunk = waiting.length > 0 ? waiting.join('') + piece : piece;
        waiting = [];
        waitingChars = 0;
        const text = rest + chunk;
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
            parseLine(text.slice(start, end));
            start = end + 1;
            if (builder.size >= batchSize) {
                const batch = builder.take(row);
                if (batch) {
                    row += batch.length;
                    yield batch;
                }
            }
        }
        rest = text.slice(start);
    }
    if (waiting.length > 0)
        rest += waiting.join('');
    if (rest.length > 0)
        parseLine(rest);
    problems.throwIfAny();
    if (line === 0)
        throw new UserError([{ file, line: 1, message: 'empty file' }]);
    const batch = builder.take(row);
    if (batch)
        yield batch;
}

;// CONCATENATED MODULE: ./src/readers/sniff.ts
// The delimiter of a CSV file and a sample of its first records, read from its first lines as
// Python's csv.Sniffer and DuckDB's sniffer do: each candidate splits the sample (quotes
// respected), and the one whose records agree with the header on their field count wins.



/** Delimiters tried, in the order that breaks ties. */
const CANDIDATE_DELIMITERS = (/* unused pure expression or super */ null && ([',', ';', '\t', '|']));
/** Text read for the value formats: a thousand records or more of a typical file. */
const SAMPLE_CHARS = (/* unused pure expression or super */ null && (128 << 10));
/** Text the delimiter candidates are tried on: a few hundred lines. */
const DELIMITER_CHARS = (/* unused pure expression or super */ null && (32 << 10));
/** Records whose values are kept for the value formats (src/profile/formats.ts). */
const SAMPLE_RECORDS = 2048;
/** The first `SAMPLE_CHARS` of a file's text, cut after its last complete line (whole when shorter). */
async function sampleText(file) {
    let text = '';
    for await (const piece of readText(file)) {
        text += piece;
        if (text.length >= SAMPLE_CHARS) {
            const newline = text.lastIndexOf('\n');
            return { text: newline > 0 ? text.slice(0, newline + 1) : text, whole: false };
        }
    }
    return { text, whole: true };
}
/** Counts each record's fields against the header's, and keeps up to SAMPLE_RECORDS records' values. */
class SampleSink {
    keepValues;
    header;
    records = 0;
    agreeing = 0;
    values = [];
    constructor(keepValues) {
        this.keepValues = keepValues;
    }
    record(text, fields, count, header) {
        if (this.header === undefined) {
            this.header = header;
            this.values = header.map(() => new Set());
        }
        this.records++;
        if (count === header.length)
            this.agreeing++;
        if (!this.keepValues || this.records > SAMPLE_RECORDS)
            return;
        const width = Math.min(count, header.length);
        for (let c = 0; c < width; c++) {
            const value = fields.ends[c] === BUILT ? fields.built[c] : text.slice(fields.starts[c], fields.ends[c]);
            if (value !== '')
                this.values[c].add(value);
        }
    }
}
/** The header and records of `text` split on `delimiter`; a sample cut inside a quote keeps what parsed. */
function split(file, text, delimiter, keepValues) {
    const sink = new SampleSink(keepValues);
    const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue: () => undefined });
    parser.push(text);
    parser.end();
    try {
        parser.drain(sink);
    }
    catch {
        // An unclosed quote (or an empty file) under this delimiter: judged on the records before it.
    }
    return Object.assign(sink, { columns: parser.columns ?? [] });
}
/**
 * The delimiter among CANDIDATE_DELIMITERS that splits the sample most consistently: more than
 * one column, the largest share of records with the header's field count, then more columns,
 * then the candidates' order. A file no candidate splits is read with `fallback`.
 */
function sniffDelimiter(file, text, fallback) {
    let best;
    const cut = text.length > DELIMITER_CHARS ? text.lastIndexOf('\n', DELIMITER_CHARS) : -1;
    const head = cut > 0 ? text.slice(0, cut + 1) : text;
    for (const delimiter of CANDIDATE_DELIMITERS) {
        const sink = split(file, head, delimiter, false);
        const width = sink.columns.length;
        if (width < 2)
            continue;
        const share = sink.records === 0 ? 1 : sink.agreeing / sink.records;
        if (!best || share > best.share || (share === best.share && width > best.width))
            best = { delimiter, share, width };
    }
    return best?.delimiter ?? fallback;
}
/**
 * The delimiter (given, or sniffed when `given` is undefined) and a sample of the first records
 * of a CSV/TSV file. Unreadable files give an empty sample: the read itself then says why.
 */
async function sniff_sampleCsv(file, given, fallback) {
    let text;
    try {
        ({ text } = await sampleText(file));
    }
    catch {
        return { delimiter: given ?? fallback, detected: false, header: [], values: [] };
    }
    const delimiter = given ?? sniffDelimiter(file, text, fallback);
    const sink = split(file, text, delimiter, true);
    return { delimiter, detected: given === undefined, header: sink.columns, values: sink.values.map((values) => [...values]) };
}

;// CONCATENATED MODULE: ./src/readers/files.ts
// Which files a dataset is: a file, a glob, or a folder of parts (a partitioned dataset).





/** Files and folders that tools write beside the parts and that are never data. */
function isHidden(name) {
    return name.startsWith('.') || name.startsWith('_');
}
async function walk(folder, keep, found) {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
        if (isHidden(entry.name))
            continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory())
            await walk(full, keep, found);
        else if (entry.isFile() && keep(full))
            found.push(full);
    }
}
async function statOrUndefined(file) {
    try {
        return await fs.stat(file);
    }
    catch {
        return undefined;
    }
}
/** Sorted absolute paths of the data files `pattern` names, relative to `cwd`. */
async function resolveFiles(pattern, cwd) {
    const absolute = path.resolve(cwd, pattern);
    const stat = await statOrUndefined(absolute);
    if (stat?.isFile())
        return [absolute];
    if (stat?.isDirectory()) {
        const found = [];
        await walk(absolute, isDataFile, found);
        if (found.length === 0)
            throw new UserError([{ file: pattern, message: 'the folder holds no data files (.csv, .tsv, .jsonl, .json, .parquet)' }]);
        return found.sort();
    }
    const scan = picomatch.scan(pattern.replace(/\\/g, '/'));
    if (!scan.isGlob)
        throw new UserError([{ file: pattern, message: 'no such file or folder' }]);
    const base = path.resolve(cwd, scan.base || '.');
    const isMatch = picomatch(scan.glob, { dot: false });
    const found = [];
    if ((await statOrUndefined(base))?.isDirectory()) {
        await walk(base, (file) => isMatch(path.relative(base, file).split(path.sep).join('/')), found);
    }
    if (found.length === 0)
        throw new UserError([{ file: pattern, message: 'no files match this pattern' }]);
    return found.sort();
}

;// CONCATENATED MODULE: ./src/readers/index.ts
// The readers' public face: which files, which format, and their rows as a stream of batches.









async function* readDelimited(file, delimiter, firstRow, onIssue, batchRows) {
    const parser = new CsvParser({ file, delimiter, firstRow, onIssue, batchRows });
    for await (const chunk of readText(file)) {
        parser.push(chunk);
        for (let batch = parser.next(); batch; batch = parser.next())
            yield batch;
    }
    parser.end();
    for (let batch = parser.next(); batch; batch = parser.next())
        yield batch;
}
function delimiterFor(format, options) {
    const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        throw new UserError(`delimiter must be one character other than a quote or a newline, got ${JSON.stringify(delimiter)}`);
    }
    return delimiter;
}
/** The delimiter of a CSV/TSV file: given, the format's (TSV), or sniffed from its first lines (CSV). */
async function readers_csvDelimiter(file, format, options) {
    const fallback = delimiterFor(format, options);
    if (options.delimiter !== undefined || format === 'tsv')
        return fallback;
    return (await sampleCsv(file, undefined, fallback)).delimiter;
}
/**
 * The rows of `files`, in order, as batches. Memory stays bounded by a batch (a chunk of text or
 * one Parquet row group). `firstRow` runs on across files; problems that leave the file readable
 * go to `onIssue`, the rest throw a UserError naming file and line. `firstRow` is the number of
 * the first row when these files continue a dataset.
 */
async function* readers_readBatches(files, options, onIssue, firstRow = 1) {
    for (const file of files) {
        const format = detectFormat(file, options.format);
        let reader;
        if (format === 'csv' || format === 'tsv')
            reader = readDelimited(file, await readers_csvDelimiter(file, format, options), firstRow, onIssue, options.batchSize);
        else if (format === 'jsonl')
            reader = readJsonl(file, firstRow, options.batchSize);
        else if (format === 'json')
            reader = readJsonArray(file, firstRow, options.batchSize);
        // The Parquet reader (and its codecs) loads only for a Parquet file: most checks read none.
        else
            reader = (await Promise.all(/* import() */[__webpack_require__.e(783), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 627))).readParquet(file, firstRow, onIssue);
        for await (const batch of reader) {
            yield batch;
            firstRow = batch.firstRow + batch.length;
        }
    }
}

;// CONCATENATED MODULE: ./src/diff/scan.ts
// Reading a side of a diff: each row's key, and a 64-bit hash of its compared cells (scanSide);
// then, once the keys are matched, the cells of the few rows whose hashes differed (fetchRows).
// CSV and TSV rows are read in place from the parser's text (`RecordSink`): a value cell never
// becomes a string of its own, which is what made the diff slow (a string per cell and per row).
// Other formats go through their batches. Both reads number rows alike (0-based, every row read,
// null keys included), so a row number from the scan finds the same row in the fetch.







// Two lanes of FNV-1a-like hashing over the UTF-16 units of the cells (the second with another
// multiplier and an xorshift), 64 bits in all. Each step is a bijection of the state, so rows
// that differ in one character always hash apart; other differences collide with odds near 2⁻⁶⁴.
const SEED_LO = 0x811c9dc5 | 0;
const SEED_HI = 0x3c6ef372 | 0;
const PRIME_LO = 0x01000193;
const PRIME_HI = 0x5bd1e995;
/** Mixed in after each cell: beyond any UTF-16 unit, so cell boundaries cannot be forged by text. */
const END_OF_CELL = 0x10000;
/** The hash of a row, as two int32 lanes (`hashLo`, `hashHi` after `hashRow…`). */
let hashLo = 0;
let hashHi = 0;
function hashString(text, from, to) {
    let lo = hashLo;
    let hi = hashHi;
    for (let i = from; i < to; i++) {
        const unit = text.charCodeAt(i);
        lo = Math.imul(lo ^ unit, PRIME_LO);
        hi = Math.imul(hi ^ unit, PRIME_HI);
        hi ^= hi >>> 15;
    }
    hashLo = Math.imul(lo ^ END_OF_CELL, PRIME_LO);
    hi = Math.imul(hi ^ END_OF_CELL, PRIME_HI);
    hashHi = hi ^ (hi >>> 15);
}
// Where a row is (`at`): its file's index in the side times AT_FILE, plus either AT_OFFSET and
// the byte offset of the row in the file (CSV/TSV read so far as ASCII, not gzipped: the row is
// read back with one small read), or its 0-based number in the file (read back by reading the
// file again up to it).
const scan_AT_FILE = 2 ** 41;
const scan_AT_OFFSET = 2 ** 40;
function locate(at) {
    const file = Math.floor(at / scan_AT_FILE);
    const rest = at - file * scan_AT_FILE;
    return rest >= scan_AT_OFFSET ? { file, offset: rest - scan_AT_OFFSET } : { file, row: rest };
}
/** 3 when the file starts with a UTF-8 BOM (readText drops it, so text offsets are 3 bytes short). */
function scan_bomBytes(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const head = Buffer.alloc(3);
        const read = (0,external_node_fs_.readSync)(fd, head, 0, 3, 0);
        return read === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Field index of each name in the header, or -1. */
function positions(header, names) {
    const index = new Map();
    header.forEach((name, c) => { if (!index.has(name))
        index.set(name, c); });
    return Int32Array.from(names, (name) => index.get(name) ?? -1);
}
/** An encoded key that is an integer "n<digits>" as `numberKeyText` writes it, as a number; else NaN. */
function numericKey(encoded) {
    if (encoded.charCodeAt(0) !== 110)
        return NaN;
    const body = encoded.slice(1);
    const value = Number(body);
    return Number.isSafeInteger(value) && String(value) === body ? value : NaN;
}
/** The integer a key field's text is in its shortest form (`7`, `-12`, at most 15 digits); else NaN. */
function integerText(text, from, to) {
    let i = from;
    const negative = text.charCodeAt(i) === 45;
    if (negative)
        i++;
    if (i >= to || to - i > 15)
        return NaN;
    if (text.charCodeAt(i) === 48)
        return to - i === 1 && !negative ? 0 : NaN;
    let value = 0;
    for (; i < to; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return NaN;
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}
function addKey(sink, encoded, at) {
    const value = numericKey(encoded);
    if (value === value)
        sink.addNumber(value, hashLo, hashHi, at);
    else
        sink.addText(encoded, hashLo, hashHi, at);
}
/** A side's rows in place from a CSV parser's text, into key tables (`scanSide`, or a sink of another read, sideScan.ts). */
class scan_CsvScan {
    layout;
    sink;
    target;
    header;
    keyAt = new Int32Array(0);
    valueAt = new Int32Array(0);
    tokens;
    keyCells;
    /**
     * The current file (or part of a file): its `at` base, rows so far, whether offsets hold,
     * characters pushed, and the byte in the file where its text starts (a BOM's 3, or a part's start).
     */
    base = 0;
    fileRows = 0;
    ascii = false;
    pushed = 0;
    bom = 0;
    /** Starts the text of file `index` of the side, read from byte `offset` (its BOM, or where a part starts). */
    beginFile(index, ascii, offset) {
        Object.assign(this, { base: index * scan_AT_FILE, fileRows: 0, pushed: 0, ascii, bom: offset });
    }
    chunk(text) {
        this.pushed += text.length;
        if (this.ascii && Buffer.byteLength(text, 'utf8') !== text.length)
            this.ascii = false;
    }
    constructor(layout, sink, target) {
        this.layout = layout;
        this.sink = sink;
        this.target = target;
        this.tokens = new Set(layout.nullValues ?? []);
        this.keyCells = new Array(layout.key.length);
    }
    record(text, fields, count, header, _line, start = 0) {
        if (header !== this.header) {
            this.header = header;
            this.keyAt = positions(header, this.layout.key);
            this.valueAt = positions(header, this.layout.columns);
        }
        this.target.rows++;
        const at = this.ascii ? this.base + scan_AT_OFFSET + this.bom + this.pushed - text.length + start : this.base + this.fileRows;
        this.fileRows++;
        const { starts, ends, built } = fields;
        const tokens = this.tokens;
        const keyCells = this.keyCells;
        let integer = NaN;
        for (let k = 0; k < keyCells.length; k++) {
            const c = this.keyAt[k];
            if (keyCells.length === 1 && c >= 0 && c < count && ends[c] !== csv/* BUILT */.BT && tokens.size === 0) {
                integer = integerText(text, starts[c], ends[c]);
                if (integer === integer)
                    break;
            }
            const cell = c < 0 || c >= count ? '' : ends[c] === csv/* BUILT */.BT ? built[c] : text.slice(starts[c], ends[c]);
            if (cell === '' || (tokens.size > 0 && tokens.has(cell))) {
                this.target.nullKeys++;
                return;
            }
            keyCells[k] = cells_encodeKey(cell);
        }
        // hashString, inlined with the state in locals: this loop runs over every character of the side.
        let lo = SEED_LO;
        let hi = SEED_HI;
        const valueAt = this.valueAt;
        const noTokens = tokens.size === 0;
        for (let v = 0; v < valueAt.length; v++) {
            const c = valueAt[v];
            let source = text;
            let from = 0;
            let to = 0;
            if (c >= 0 && c < count) {
                if (ends[c] === csv/* BUILT */.BT) {
                    source = built[c];
                    to = source.length;
                }
                else {
                    from = starts[c];
                    to = ends[c];
                }
                if (!noTokens && tokens.has(source.slice(from, to)))
                    to = from;
            }
            for (let i = from; i < to; i++) {
                const unit = source.charCodeAt(i);
                lo = Math.imul(lo ^ unit, PRIME_LO);
                hi = Math.imul(hi ^ unit, PRIME_HI);
                hi ^= hi >>> 15;
            }
            lo = Math.imul(lo ^ END_OF_CELL, PRIME_LO);
            hi = Math.imul(hi ^ END_OF_CELL, PRIME_HI);
            hi ^= hi >>> 15;
        }
        hashLo = lo;
        hashHi = hi;
        if (integer === integer)
            this.sink.addNumber(integer, lo, hi, at);
        else
            addKey(this.sink, keyCells.length === 1 ? keyCells[0] : keyCells.join(cells_FIELD), at);
    }
}
/** Scans a batch of a file whose rows' places start at `base` (the file's index times AT_FILE). */
function scan_scanBatch(batch, layout, isNull, sink, target, base) {
    const index = positions(batch.columns, [...layout.key, ...layout.columns]);
    const keyColumns = layout.key.map((_, k) => (index[k] < 0 ? undefined : batch.data[index[k]]));
    const valueColumns = layout.columns.map((_, v) => (index[layout.key.length + v] < 0 ? undefined : batch.data[index[layout.key.length + v]]));
    const keyCells = new Array(keyColumns.length);
    rows: for (let r = 0; r < batch.length; r++) {
        const at = base + batch.firstRow - 1 + r;
        target.rows++;
        for (let k = 0; k < keyColumns.length; k++) {
            const cell = keyColumns[k]?.[r];
            if (isNull(cell)) {
                target.nullKeys++;
                continue rows;
            }
            keyCells[k] = encodeKey(cell);
        }
        hashLo = SEED_LO;
        hashHi = SEED_HI;
        for (let v = 0; v < valueColumns.length; v++) {
            const cell = valueColumns[v]?.[r];
            const text = isNull(cell) ? '' : rawValue(cell);
            hashString(text, 0, text.length);
        }
        addKey(sink, keyCells.length === 1 ? keyCells[0] : keyCells.join(FIELD), at);
    }
}
function isDelimited(file, options) {
    const format = detectFormat(file, options.format);
    return format === 'csv' || format === 'tsv';
}
async function delimiterOf(file, options) {
    return csvDelimiter(file, detectFormat(file, options.format), options);
}
/** Reads a side's files into `sink`: every row's key, hash and place. */
async function scanSide(files, options, layout, sink, onIssue) {
    const target = { nullKeys: 0, rows: 0 };
    const isNull = makeNullTest(layout.nullValues);
    const scan = new scan_CsvScan(layout, sink, target);
    for (let f = 0; f < files.length; f++) {
        const file = files[f];
        if (isDelimited(file, options)) {
            const parser = new CsvParser({ file, delimiter: await delimiterOf(file, options), firstRow: 1, onIssue });
            scan.beginFile(f, !isGzip(file), scan_bomBytes(file));
            for await (const chunk of readText(file)) {
                scan.chunk(chunk);
                parser.push(chunk);
                parser.drain(scan);
            }
            parser.end();
            parser.drain(scan);
        }
        else {
            for await (const batch of readBatches([file], options, onIssue))
                scan_scanBatch(batch, layout, isNull, sink, target, f * scan_AT_FILE);
        }
    }
    return target;
}
/** The values of a row as the diff compares them: encoded cells joined by FIELD (see cells.ts). */
function valuesOf(cells, isNull) {
    return cells.map((cell) => (isNull(cell) ? '' : encodeValue(cell))).join(FIELD);
}
/** The values of row r of a batch. */
function batchValues(batch, layout, r, isNull) {
    return valuesOf(Array.from(positions(batch.columns, layout.columns), (c) => (c < 0 ? null : batch.data[c][r])), isNull);
}
const ignore = () => undefined;
/** The values of a record a parser handed over (its fields in `text`), the columns at `valueAt`. */
function recordValues(text, fields, count, valueAt, isNull) {
    return valuesOf(Array.from(valueAt, (c) => (c < 0 || c >= count ? null : fields.ends[c] === BUILT ? fields.built[c] : text.slice(fields.starts[c], fields.ends[c]))), isNull);
}
/** Reads a CSV/TSV file again, taking the values of the given rows (0-based, ascending). */
class CsvRows {
    rows;
    layout;
    isNull;
    values = [];
    row = 0;
    next = 0;
    constructor(rows, layout, isNull) {
        this.rows = rows;
        this.layout = layout;
        this.isNull = isNull;
    }
    get done() {
        return this.next >= this.rows.length;
    }
    record(text, fields, count, header) {
        const row = this.row++;
        if (this.done || this.rows[this.next] !== row)
            return;
        this.values.push(recordValues(text, fields, count, positions(header, this.layout.columns), this.isNull));
        this.next++;
    }
}
async function csvRows(file, delimiter, rows, layout, isNull) {
    const sink = new CsvRows(rows, layout, isNull);
    const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue: ignore });
    const texts = readText(file);
    for await (const chunk of texts) {
        parser.push(chunk);
        parser.drain(sink);
        if (sink.done) {
            await texts.return(undefined);
            return sink.values;
        }
    }
    parser.end();
    parser.drain(sink);
    return sink.values;
}
async function batchRows(file, options, rows, layout, isNull) {
    const values = [];
    let next = 0;
    const batches = readBatches([file], options, ignore);
    for await (const batch of batches) {
        const first = batch.firstRow - 1;
        while (next < rows.length && rows[next] < first + batch.length)
            values.push(batchValues(batch, layout, rows[next++] - first, isNull));
        if (next >= rows.length) {
            await batches.return(undefined);
            break;
        }
    }
    return values;
}
/** The header of a CSV/TSV file, as its reader names the columns. */
async function csvHeader(file, delimiter) {
    const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue: ignore, batchRows: 1 });
    const texts = readText(file);
    for await (const chunk of texts) {
        parser.push(chunk);
        parser.next();
        if (parser.columns) {
            await texts.return(undefined);
            return parser.columns;
        }
    }
    parser.end();
    parser.next();
    return parser.columns ?? [];
}
/**
 * Bytes read at once for the rows wanted near each other: one read serves every wanted row it
 * holds. A read a row cost 77–84 ms of system calls for the 11,000 rows a side of the bench diff.
 */
const FETCH_BLOCK = (/* unused pure expression or super */ null && (64 << 10));
/** The rows of a CSV/TSV file that start at the given byte offsets (ascending), read a block at a time. */
async function csvOffsets(file, delimiter, offsets, layout, isNull) {
    const header = await csvHeader(file, delimiter);
    const valueAt = positions(header, layout.columns);
    const newParser = () => new CsvParser({ file, delimiter, firstRow: 1, onIssue: ignore, header });
    // One parser for the rows while each piece of text is one whole record or more (as the text to
    // a row's newline is): it stands at a record's start after each. A fresh one after any other.
    let parser = newParser();
    /** The first record of `text` (`final`: the file ends with it), as values; undefined while incomplete. */
    const recordOf = (text, final) => {
        const sink = new FirstRecord(valueAt, isNull);
        parser.push(text);
        if (final)
            parser.end();
        parser.drain(sink);
        if (final || parser.pending)
            parser = newParser();
        return sink.value;
    };
    const values = [];
    const fd = openSync(file, 'r');
    try {
        const block = Buffer.allocUnsafe(FETCH_BLOCK);
        let blockStart = 0;
        let blockBytes = 0;
        for (const offset of offsets) {
            if (offset < blockStart || offset >= blockStart + blockBytes) {
                blockStart = offset;
                blockBytes = readSync(fd, block, 0, FETCH_BLOCK, offset);
            }
            // Within the block: to its first newline (the whole record, unless a quoted field holds one),
            // then from a short piece of text up; a record that runs past the block is read on its own.
            const from = offset - blockStart;
            const newline = block.indexOf(scan_NEWLINE, from);
            let record = newline >= 0 && newline < blockBytes ? recordOf(block.toString('utf8', from, newline + 1), false) : undefined;
            for (let size = 512; record === undefined; size *= 2) {
                const to = Math.min(blockBytes, from + size);
                const final = to === blockBytes && blockBytes < FETCH_BLOCK;
                record = recordOf(block.toString('utf8', from, to), final);
                if (record === undefined && (final || to === blockBytes))
                    break;
            }
            values.push(record ?? longRecordAt(fd, offset, recordOf, file));
        }
    }
    finally {
        closeSync(fd);
    }
    return values;
}
const scan_NEWLINE = 10;
/** The first record a parser hands it, as values: the cells of the columns at `valueAt`. */
class FirstRecord {
    valueAt;
    isNull;
    value;
    constructor(valueAt, isNull) {
        this.valueAt = valueAt;
        this.isNull = isNull;
    }
    record(text, fields, count) {
        if (this.value === undefined)
            this.value = recordValues(text, fields, count, this.valueAt, this.isNull);
    }
}
/** The record at `offset` read on its own, in windows doubling until it is whole. */
function longRecordAt(fd, offset, recordOf, file) {
    for (let window = Buffer.alloc(FETCH_BLOCK * 2);; window = Buffer.alloc(window.length * 2)) {
        const read = readSync(fd, window, 0, window.length, offset);
        const final = read < window.length;
        const record = recordOf(window.toString('utf8', 0, read), final);
        if (record !== undefined)
            return record;
        if (final)
            throw new Error(`diff: no row at byte ${offset} of ${file}`);
    }
}
function append(into, from) {
    for (const value of from)
        into.push(value);
}
/** The values (encoded, joined by FIELD) of the rows at the given places (`at`, ascending) of a side. */
async function fetchRows(files, options, layout, at) {
    const isNull = makeNullTest(layout.nullValues);
    const values = [];
    for (let i = 0; i < at.length;) {
        const { file: f } = locate(at[i]);
        const offsets = [];
        const rows = [];
        for (; i < at.length && locate(at[i]).file === f; i++) {
            const place = locate(at[i]);
            if (place.offset !== undefined)
                offsets.push(place.offset);
            else
                rows.push(place.row);
        }
        const file = files[f];
        // Rows by number come first in `at` (offsets are past AT_OFFSET), as they are pushed here.
        if (isDelimited(file, options)) {
            const delimiter = await delimiterOf(file, options);
            if (rows.length)
                append(values, await csvRows(file, delimiter, rows, layout, isNull));
            if (offsets.length)
                append(values, await csvOffsets(file, delimiter, offsets, layout, isNull));
        }
        else {
            append(values, await batchRows(file, options, rows, layout, isNull));
        }
    }
    return values;
}

;// CONCATENATED MODULE: ./src/diff/sideScan.ts
// One side of a row diff scanned as a sink of another read (`check`'s profiling pass, src/scan/):
// each CSV/TSV record's key, hash and place from the profiler's parser (CsvScan), other formats'
// batches as they are profiled. In parts, each worker scans its byte range into key tables of its
// own (in memory, or in files of its own beyond the budget) and this thread joins them in file
// order, placing their rows in the whole file, so the tables are those of one pass.






/** Pieces started in this thread: with the thread and the part's start, a name no other part's files have. */
let pieces = 0;
/** The key scan of the part of a file that starts at byte `start`, in a worker (src/scan/part.ts). */
function scanPart(spec, file, start) {
    // Unique even beside a part of a stopped read that is still writing (a cut that was not a record boundary).
    const piece = `${start}.${external_node_worker_threads_.threadId}.${++pieces}`;
    const keys = new keyTable_KeySink({ parts: spec.parts, budget: spec.budget, dir: spec.dir, side: spec.side, spill: spec.spill, piece });
    const target = { nullKeys: 0, rows: 0 };
    const scan = new scan_CsvScan(spec.layout, keys, target);
    // Rows are numbered from the part's first; offsets are the file's (a part starts at a record).
    scan.beginFile(0, !(0,format/* isGzip */.bf)(file), start === 0 ? scan_bomBytes(file) : start);
    return {
        sink: scan,
        finish() {
            keys.close();
            const tables = keys.tables()?.map(trimmed);
            return tables ? { nullKeys: target.nullKeys, rows: target.rows, tables } : { nullKeys: target.nullKeys, rows: target.rows, piece };
        },
    };
}
/** A table in arrays of its own length: the part's growable arrays are up to twice as long, and are moved to the parent thread whole. */
function trimmed(table) {
    return { nums: table.nums.slice(), numAt: table.numAt.slice(), numHash: table.numHash.slice(), keys: table.keys, at: table.at.slice(), hash: table.hash.slice() };
}
/** Rows placed by number (not by byte offset) move down by the rows of the parts before theirs. */
function placeRows(table, rowsBefore) {
    if (rowsBefore === 0)
        return table;
    for (const at of [table.numAt, table.at]) {
        for (let i = 0; i < at.length; i++)
            if (at[i] % AT_FILE < AT_OFFSET)
                at[i] += rowsBefore;
    }
    return table;
}
function concatFloats(parts) {
    const out = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
function concatInts(parts) {
    const out = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
/** One partition's tables of consecutive parts, in their order. */
function concatTables(tables) {
    if (tables.length === 1)
        return tables[0];
    return {
        nums: concatFloats(tables.map((t) => t.nums)), numAt: concatFloats(tables.map((t) => t.numAt)), numHash: concatInts(tables.map((t) => t.numHash)),
        keys: tables.flatMap((t) => t.keys), at: concatFloats(tables.map((t) => t.at)), hash: concatInts(tables.map((t) => t.hash)),
    };
}
function tableBytes(table) {
    let bytes = 24 * (table.nums.length + table.at.length);
    for (const key of table.keys)
        bytes += key.length;
    return bytes;
}
/** A side's key scan fed by another read: in one pass on this thread, or joined from parts. */
class KeyScan {
    spec;
    keys;
    target = { nullKeys: 0, rows: 0 };
    csv;
    isNull;
    /** Set when the side was read in parts and joined. */
    joined;
    constructor(spec) {
        this.spec = spec;
        this.keys = new KeySink({ parts: spec.parts, budget: spec.budget, dir: spec.dir, side: spec.side, spill: spec.spill });
        this.csv = new CsvScan(spec.layout, this.keys, this.target);
        this.isNull = makeNullTest(spec.layout.nullValues);
    }
    /** The sink of the records of CSV/TSV file `index` of the side, read whole. */
    csvFile(index, file) {
        this.csv.beginFile(index, !isGzip(file), bomBytes(file));
        return this.csv;
    }
    /** A batch of file `index` of the side, whose first row is numbered `fileFirstRow` in the side's batches. */
    batch(batch, index, fileFirstRow) {
        scanBatch(batch, this.spec.layout, this.isNull, this.keys, this.target, index * AT_FILE - (fileFirstRow - 1));
    }
    /** The spec of the key scan of each of `parts` parts of a file: the budget is shared. */
    partSpec(parts) {
        return { ...this.spec, budget: Math.max(1, Math.floor(this.spec.budget / parts)) };
    }
    /** Joins the parts of the side's one file, in file order, `rowsBefore` each. */
    join(states, rowsBefore) {
        const { parts, dir, side, budget } = this.spec;
        const nullKeys = states.reduce((n, state) => n + state.nullKeys, 0);
        const inMemory = states.every((state) => state.tables) && !this.spec.spill &&
            states.reduce((n, state) => n + state.tables.reduce((m, table) => m + tableBytes(table), 0), 0) <= budget;
        if (inMemory) {
            const tables = Array.from({ length: parts }, (_, p) => concatTables(states.map((state, k) => placeRows(state.tables[p], rowsBefore[k]))));
            this.joined = { nullKeys, tables };
            return;
        }
        // Beyond the budget: each partition's file is the parts' blocks in order, one piece in memory at a time.
        for (let p = 0; p < parts; p++) {
            const fd = openSync(keyFile(dir, side, p), 'w');
            try {
                states.forEach((state, k) => {
                    const pieceFile = state.piece === undefined ? undefined : keyFile(dir, side, p, state.piece);
                    const table = state.tables?.[p] ?? readKeyTable(pieceFile);
                    if (table.nums.length + table.keys.length)
                        writeSync(fd, block(placeRows(table, rowsBefore[k])));
                    if (pieceFile)
                        rmSync(pieceFile, { force: true });
                });
            }
            finally {
                closeSync(fd);
            }
        }
        this.joined = { nullKeys };
    }
    /** The side's key tables: in memory, or in its partition files. */
    finish() {
        if (this.joined)
            return this.joined;
        this.keys.close();
        const tables = this.keys.tables();
        return tables ? { nullKeys: this.target.nullKeys, tables } : { nullKeys: this.target.nullKeys };
    }
}

// EXTERNAL MODULE: ./src/profile/part.ts
var part = __webpack_require__(68);
;// CONCATENATED MODULE: ./src/scan/part.ts
// One part of a big CSV/TSV file read for `check`: the profiler, the contract validator and (with
// a key and a data baseline) the row diff's key scan are sinks of the same read, in a worker
// thread. Plain data in and out, as src/profile/part.ts.




async function scanCsvPart(job) {
    const validator = new ContractValidator(job.contract, { nullValues: job.contract.null_values, track: true });
    const formats = new Map(Object.entries(job.formats ?? {}));
    const keys = job.diff ? scanPart(job.diff, job.file, job.start) : undefined;
    // As the one-pass read: the contract reads its columns' fields in place, in their formats.
    const result = await (0,part/* readCsvPart */.i)(job, new ContractFieldSink(validator, formats), keys?.sink);
    if ('problems' in result)
        return result;
    return { ...result, contract: validator.toState(), ...(keys ? { diff: keys.finish() } : {}) };
}
/**
 * The buffers of a part's result to move, not copy, to the thread that merges it: the row diff's
 * key tables and the uniqueness sets (a million ids in a part are 8 MB, which a copy wrote twice
 * while the worker's next part waited: bench/README, "Issue 13, December 5").
 */
function scanBuffers(result) {
    const tables = result.diff?.tables?.flatMap((table) => [table.nums, table.numAt, table.numHash, table.at, table.hash].map((part) => part.buffer)) ?? [];
    return [...tables, ...(result.contract ? contractBuffers(result.contract) : [])];
}


/***/ })

};
