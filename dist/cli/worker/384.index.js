export const id = 384;
export const ids = [384];
export const modules = {

/***/ 384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCsvPart: () => (/* binding */ scanCsvPart)
});

// EXTERNAL MODULE: ./src/profile/values.ts + 1 modules
var values = __webpack_require__(373);
;// CONCATENATED MODULE: ./src/report/severity.ts
// How a violated rule reports, by its severity: shared by the gates and the contract's row checks.
/** error → fail, warn → warn: how a violated rule of a given severity reports. */
function violated(severity) {
    return severity === 'warn' ? 'warn' : 'fail';
}

// EXTERNAL MODULE: ./src/profile/dates.ts
var dates = __webpack_require__(452);
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
    const actual = (0,values/* cellType */.T$)(cell);
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
        case 'integer': return kind === values/* KIND_INTEGER */.Ec;
        case 'number': return kind === values/* KIND_INTEGER */.Ec || kind === values/* KIND_NUMBER */.V;
        case 'boolean': return kind === values/* KIND_BOOLEAN */.gN || (kind === values/* KIND_INTEGER */.Ec && (text === '0' || text === '1'));
        case 'date': return kind === values/* KIND_DATE */.UR || (kind === values/* KIND_STRING */.jr && (0,dates/* textTemporalType */.ML)(text) === 'date');
        case 'timestamp': return kind === values/* KIND_TIMESTAMP */.mq || kind === values/* KIND_DATE */.UR || (kind === values/* KIND_STRING */.jr && (0,dates/* textTemporalType */.ML)(text) !== undefined);
        case 'list':
        case 'struct':
        case 'map': return false;
    }
}
/** A `min`/`max` rule value read as a bound; undefined when a string is not an ISO date/time. */
function parseBound(value) {
    if (typeof value === 'number')
        return { kind: 'number', value };
    const time = (0,values/* cellTime */.s3)(value.trim());
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
/** Growing row and line columns, one entry per key added. */
class Tracker {
    rows = new Int32Array(1024);
    lines = new Int32Array(1024);
    length = 0;
    push(row, line) {
        if (this.length === this.rows.length) {
            const rows = new Int32Array(this.length * 2);
            rows.set(this.rows);
            this.rows = rows;
            const lines = new Int32Array(this.length * 2);
            lines.set(this.lines);
            this.lines = lines;
        }
        this.rows[this.length] = row;
        this.lines[this.length++] = line;
    }
    state() {
        return { rows: this.rows.slice(0, this.length), lines: this.lines.slice(0, this.length) };
    }
}
/**
 * Safe integers by value: open addressing (at most half full) into a Float64Array of the keys in
 * insertion order. About twice as fast as a Set of numbers on a million ids (bench/check.mjs).
 */
class NumberSet {
    keys = new Float64Array(1024);
    size = 0;
    slots = new Int32Array(2048);
    mask = 2047;
    add(value) {
        const mask = this.mask;
        const slots = this.slots;
        let slot = hashNumber(value) & mask;
        for (let index = slots[slot]; index !== 0; index = slots[slot]) {
            if (this.keys[index - 1] === value)
                return false;
            slot = (slot + 1) & mask;
        }
        if (this.size === this.keys.length) {
            const keys = new Float64Array(this.size * 2);
            keys.set(this.keys);
            this.keys = keys;
        }
        this.keys[this.size++] = value;
        slots[slot] = this.size;
        // Half full at most, so probes stay short.
        if (this.size * 2 > mask)
            this.rehash();
        return true;
    }
    has(value) {
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
    rehash() {
        const size = (this.mask + 1) * 2;
        const slots = new Int32Array(size);
        const mask = size - 1;
        for (let index = 0; index < this.size; index++) {
            let slot = hashNumber(this.keys[index]) & mask;
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
                onDuplicate(key, state.numbersSeen?.rows[index] ?? 0, lineOf(state.numbersSeen, index));
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
                    onDuplicate(key, state.textsSeen?.rows[at] ?? 0, lineOf(state.textsSeen, at));
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
function lineOf(seen, index) {
    const line = seen?.lines[index] ?? -1;
    return line >= 0 ? line : undefined;
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
    }
    /** Checks the column's cells in one batch; `cells` is undefined when the batch lacks the column (all null). */
    add(batch, cells) {
        if (!cells) {
            this.addAbsent(batch);
            return;
        }
        this.present = true;
        const { isNull } = this.context;
        const declared = this.rule.type;
        for (let index = 0; index < batch.length; index++) {
            const cell = cells[index];
            if (isNull(cell)) {
                this.nulls.add(batch, index, (0,values/* cellText */.Ie)(cell));
                continue;
            }
            if (typeof cell === 'string') {
                this.addText(cell, batch, index);
                continue;
            }
            if (declared && !typeAccepts(declared, cell)) {
                this.typeViolations.add(batch, index, (0,values/* cellText */.Ie)(cell));
                this.offendingTypes.add((0,values/* cellType */.T$)(cell));
            }
            if (this.min)
                checkBound(this.min, cell, batch, index, (value, bound) => value < bound);
            if (this.max)
                checkBound(this.max, cell, batch, index, (value, bound) => value > bound);
            if (!this.needsText)
                continue;
            const text = (0,values/* cellText */.Ie)(cell);
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
    }
    /**
     * `add` of one non-null text cell (CSV, TSV), classified once for every rule: the type, both
     * bounds and the unique key read the same parse (each used to parse it again).
     */
    addText(text, batch, index) {
        const kind = (0,values/* classifyText */.oF)(text);
        const value = values/* parsedValue */.X$.value;
        const canonical = values/* parsedValue */.X$.canonical;
        const declared = this.rule.type;
        if (declared && !typeAcceptsText(declared, kind, text)) {
            this.typeViolations.add(batch, index, text);
            this.offendingTypes.add(values/* KIND_TYPES */.pC[kind]);
        }
        if (this.min || this.max) {
            const numeric = kind === values/* KIND_INTEGER */.Ec || kind === values/* KIND_NUMBER */.V;
            const temporal = kind === values/* KIND_DATE */.UR || kind === values/* KIND_TIMESTAMP */.mq;
            if (this.min)
                checkBoundValue(this.min, boundValue(this.min.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a < b);
            if (this.max)
                checkBoundValue(this.max, boundValue(this.max.bound, numeric, temporal, value, text), text, batch, index, (a, b) => a > b);
        }
        if (!this.needsText)
            return;
        if (this.unique) {
            // A canonical integer of up to 15 digits was read by the parse; others as the set reads them.
            const key = kind === values/* KIND_INTEGER */.Ec && canonical ? value : canonicalInteger(text);
            if (!this.unique.seen.addKey(key, text, batch.firstRow + index, batch.lines?.[index]))
                this.unique.violations.add(batch, index, text);
        }
        if (this.allowed && !this.allowed.texts.has(text) && !(this.allowed.numbers.size > 0 && (kind === values/* KIND_INTEGER */.Ec || kind === values/* KIND_NUMBER */.V) && this.allowed.numbers.has(value))) {
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
    /** One result per rule that ran, in COLUMN_RULES order (`required` is the validator's). */
    results(rows) {
        const { rule, name } = this;
        const out = [];
        const quoted = JSON.stringify(name);
        if (this.typeViolations) {
            const types = [...this.offendingTypes].sort();
            out.push(this.result('type', this.typeViolations, {
                observed: types.length > 0 ? types.join(', ') : rule.type,
                expected: rule.type,
                fail: `${quoted}: ${this.typeViolations.count} ${plural(this.typeViolations.count, 'value')} not of type ${rule.type} (found ${types.join(', ')})`,
                pass: `${quoted}: every value is of type ${rule.type}`,
            }));
        }
        if (rule.nullable === false) {
            out.push(this.result('nullable', this.nulls, {
                observed: this.nulls.count, expected: 0,
                fail: `${quoted}: ${this.nulls.count} null ${plural(this.nulls.count, 'value')}, none allowed`,
                pass: `${quoted}: no nulls`,
            }));
        }
        if (rule.max_null_fraction !== undefined) {
            const fraction = rows === 0 ? 0 : this.nulls.count / rows;
            const bad = fraction > rule.max_null_fraction;
            out.push(this.result('max_null_fraction', this.nulls, {
                observed: fraction, expected: rule.max_null_fraction, violated: bad,
                fail: `${quoted}: ${percentOf(fraction)} nulls (${this.nulls.count} of ${rows}) > ${percentOf(rule.max_null_fraction)}`,
                pass: `${quoted}: ${percentOf(fraction)} nulls ≤ ${percentOf(rule.max_null_fraction)}`,
            }));
        }
        if (this.unique) {
            const duplicates = this.unique.violations.count;
            out.push(this.result('unique', this.unique.violations, {
                observed: duplicates, expected: 0,
                fail: `${quoted}: ${duplicates} duplicate ${plural(duplicates, 'value')}`,
                pass: `${quoted}: all ${this.unique.seen.size} values unique`,
            }));
        }
        for (const [ruleName, check, limit] of [['min', this.min, rule.min], ['max', this.max, rule.max]]) {
            if (!check || limit === undefined)
                continue;
            const observed = check.extreme === undefined ? undefined : showBound(check.bound.kind, check.extreme);
            const word = ruleName === 'min' ? 'below' : 'above';
            const extremeWord = ruleName === 'min' ? 'lowest' : 'highest';
            out.push(this.result(ruleName, check.violations, {
                observed, expected: limit,
                fail: `${quoted}: ${check.violations.count} ${plural(check.violations.count, 'value')} ${word} ${ruleName} ${limit} (${extremeWord} ${observed})`,
                pass: `${quoted}: ${extremeWord} value ${observed ?? '(none)'} within ${ruleName} ${limit}`,
            }));
        }
        if (this.allowed) {
            const values = [...this.allowed.values].sort();
            out.push(this.result('allowed', this.allowed.violations, {
                observed: values, expected: rule.allowed,
                fail: `${quoted}: ${this.allowed.violations.count} ${plural(this.allowed.violations.count, 'value')} not allowed (${values.map((value) => JSON.stringify(value)).join(', ')})`,
                pass: `${quoted}: every value is allowed`,
            }));
        }
        if (this.pattern) {
            out.push(this.result('pattern', this.pattern.violations, {
                observed: this.pattern.violations.count, expected: rule.pattern,
                fail: `${quoted}: ${this.pattern.violations.count} ${this.pattern.violations.count === 1 ? 'value does' : 'values do'} not match /${rule.pattern}/`,
                pass: `${quoted}: every value matches /${rule.pattern}/`,
            }));
        }
        if (this.length.min) {
            out.push(this.result('min_length', this.length.min, {
                observed: this.length.shortest, expected: rule.min_length,
                fail: `${quoted}: ${this.length.min.count} ${plural(this.length.min.count, 'value')} shorter than ${rule.min_length} (shortest ${this.length.shortest})`,
                pass: `${quoted}: shortest value ${this.length.shortest ?? '(none)'} ≥ ${rule.min_length} characters`,
            }));
        }
        if (this.length.max) {
            out.push(this.result('max_length', this.length.max, {
                observed: this.length.longest, expected: rule.max_length,
                fail: `${quoted}: ${this.length.max.count} ${plural(this.length.max.count, 'value')} longer than ${rule.max_length} (longest ${this.length.longest})`,
                pass: `${quoted}: longest value ${this.length.longest ?? '(none)'} ≤ ${rule.max_length} characters`,
            }));
        }
        return out;
    }
    result(rule, violations, parts) {
        const bad = parts.violated ?? violations.count > 0;
        const { dataset, severity } = this.context;
        return {
            id: `${dataset}.contract.${this.name}.${rule}`,
            kind: 'contract',
            dataset,
            column: this.name,
            status: bad ? violated(severity) : 'pass',
            severity,
            message: bad ? parts.fail : parts.pass,
            ...(parts.observed !== undefined ? { observed: parts.observed } : {}),
            expected: parts.expected,
            count: violations.count,
            ...(bad ? { examples: violations.examples } : {}),
        };
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
    const value = check.bound.kind === 'number' ? (0,values/* cellNumber */.W4)(cell) : (0,values/* cellTime */.s3)(cell) ?? (typeof cell === 'string' ? (0,dates/* textTime */.zI)(cell) : undefined);
    if (value === undefined)
        return;
    if (check.extreme === undefined || beyond(value, check.extreme))
        check.extreme = value;
    if (beyond(value, check.bound.value))
        check.violations.add(batch, index, (0,values/* cellText */.Ie)(cell));
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
    return { texts, numbers, violations: new Violations(), values: new Set() };
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
    const value = (0,values/* cellNumber */.W4)(cell);
    return value !== undefined && allowed.numbers.has(value);
}
function showBound(kind, value) {
    return kind === 'number' ? value : new Date(value).toISOString();
}
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
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
                    const text = (0,values/* cellText */.Ie)(cell);
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

;// CONCATENATED MODULE: ./src/contract/validator.ts
// Checks every row of a snapshot against its dataset's contract as batches stream past.
// Memory is fixed per rule (counts and the first few examples), except uniqueness sets.
// Knows nothing of src/gates (a test keeps it so): the gates build on the contract, not back.







class ContractValidator {
    dataset;
    columns;
    compound;
    isNull;
    /** Every column name seen in any batch, in first-seen order. */
    seen = new Set();
    rows = 0;
    /** Files seen, and the line of the first one's header when it has one. */
    files = new Set();
    headerLine;
    freshness = { present: false, newest: undefined };
    constructor(dataset, options = {}) {
        this.dataset = dataset;
        this.isNull = (0,values/* makeNullTest */.sM)(options.nullValues ?? dataset.null_values ?? []);
        const context = (severity) => ({ dataset: dataset.name, severity, isNull: this.isNull, track: options.track });
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
        this.rows += batch.length;
        for (const name of batch.columns)
            this.seen.add(name);
        // A text file whose first data row is past line 1 has a header there (CSV, TSV; not JSON Lines).
        if (this.files.size === 0 && batch.lines && batch.length > 0 && batch.lines[0] > batch.firstRow)
            this.headerLine = 1;
        this.files.add(batch.file);
        for (const check of this.columns) {
            const index = batch.columns.indexOf(check.name);
            check.add(batch, index >= 0 ? batch.data[index] : undefined);
        }
        for (const check of this.compound)
            check.add(batch);
        if (this.dataset.freshness)
            this.trackNewest(batch, this.dataset.freshness.column);
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
            const time = (0,values/* cellTime */.s3)(cell);
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
            message: isRequired
                ? `column ${JSON.stringify(name)} is missing from ${where}`
                : `optional column ${JSON.stringify(name)} is absent from ${where}: its rules did not run`,
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

// EXTERNAL MODULE: ./src/profile/formats.ts
var profile_formats = __webpack_require__(441);
// EXTERNAL MODULE: ./src/profile/part.ts + 2 modules
var part = __webpack_require__(219);
;// CONCATENATED MODULE: ./src/scan/part.ts
// One part of a big CSV/TSV file read for `check`: the profiler and the contract validator are
// sinks of the same read, in a worker thread. Plain data in and out, as src/profile/part.ts.



async function scanCsvPart(job) {
    const validator = new ContractValidator(job.contract, { nullValues: job.contract.null_values, track: true });
    const formats = new Map(Object.entries(job.formats ?? {}));
    // As the one-pass read: only the columns the contract reads become strings, in their format's values.
    const result = await (0,part/* readCsvPart */.i)(job, { keep: (name) => validator.reads(name), add: (batch) => validator.add((0,profile_formats/* formatBatch */.w_)(batch, formats)) });
    return 'problems' in result ? result : { ...result, contract: validator.toState() };
}


/***/ })

};
