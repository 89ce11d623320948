export const id = 733;
export const ids = [733,5601];
export const modules = {

/***/ 68759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zM: () => (/* binding */ CategoryCounter),
  nP: () => (/* binding */ EXACT_CATEGORIES),
  gK: () => (/* binding */ KEPT_CATEGORIES)
});

// EXTERNAL MODULE: ./src/profile/random.ts
var random = __webpack_require__(84718);
;// CONCATENATED MODULE: ./src/profile/hll.ts
// HyperLogLog distinct counting (Flajolet et al. 2007) with 2^12 registers: standard error
// 1.04/√4096 ≈ 1.6%, and linear counting for small cardinalities. Used only once a column has
// more distinct values than the exact budget; merging is a register-wise max.

const HLL_PRECISION = 12;
const REGISTERS = 1 << HLL_PRECISION;
const ALPHA = 0.7213 / (1 + 1.079 / REGISTERS);
/** The register of a 32-bit hash: its top bits. */
function registerOf(hash) {
    return hash >>> (32 - HLL_PRECISION);
}
/** The rank of a 32-bit hash: the leading zeros of its remaining 20 bits, plus one. */
function rankOf(hash) {
    return Math.clz32((hash << HLL_PRECISION) | (1 << (HLL_PRECISION - 1))) + 1;
}
class HyperLogLog {
    registers;
    constructor(registers) {
        this.registers = registers ?? new Uint8Array(REGISTERS);
    }
    add(text) {
        this.addHash((0,random/* hashText */.qj)(text));
    }
    addHash(hash) {
        this.raise(registerOf(hash), rankOf(hash));
    }
    /**
     * `addHash` from the hash's register and rank, both small integers: a hot caller passes these
     * rather than the hash, which V8 passes to a call it did not inline as a new heap number
     * (any hash of 2^30 or more, most of them).
     */
    raise(register, rank) {
        if (rank > this.registers[register])
            this.registers[register] = rank;
    }
    merge(other) {
        const mine = this.registers;
        const theirs = other.registers;
        for (let i = 0; i < REGISTERS; i++)
            if (theirs[i] > mine[i])
                mine[i] = theirs[i];
    }
    estimate() {
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < REGISTERS; i++) {
            const r = this.registers[i];
            sum += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const raw = (ALPHA * REGISTERS * REGISTERS) / sum;
        if (raw <= 2.5 * REGISTERS && zeros > 0)
            return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
        return Math.round(raw);
    }
    toBase64() {
        return Buffer.from(this.registers).toString('base64');
    }
    static fromBase64(text) {
        const bytes = Buffer.from(text, 'base64');
        if (bytes.length !== REGISTERS)
            throw new Error(`HyperLogLog state has ${bytes.length} registers, expected ${REGISTERS}`);
        return new HyperLogLog(new Uint8Array(bytes));
    }
}

;// CONCATENATED MODULE: ./src/profile/select.ts
// The k-th smallest of an array in linear expected time (Hoare's quickselect), for the
// Misra–Gries purge, which needs one order statistic of the counters, not a sorted list.
/** The k-th smallest (0-based) of `values[0..length)`; reorders `values`. */
function selectKth(values, length, k) {
    let left = 0;
    let right = length - 1;
    while (right > left) {
        // Middle element as pivot: counters arrive in hash order, which is as good as random.
        const pivot = values[(left + right) >> 1];
        let i = left;
        let j = right;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                const swap = values[i];
                values[i] = values[j];
                values[j] = swap;
                i++;
                j--;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return values[k];
    }
    return values[k];
}

;// CONCATENATED MODULE: ./src/profile/categories.ts
// Counts per text value: exact while the column has at most EXACT_CATEGORIES distinct values;
// beyond that a Misra–Gries summary (mergeable, Agarwal et al. 2012) of the heavy hitters plus
// a HyperLogLog for the distinct count. Every listed count is low by at most `error`.
// The table is open addressing over typed arrays rather than a Map: it runs once per cell of
// every column, and the hash it computes is reused by the HyperLogLog.



/** Distinct values counted exactly. */
const EXACT_CATEGORIES = 10_000;
/** Heavy hitters kept after the budget is exceeded (and stored in the profile). */
const KEPT_CATEGORIES = 1024;
const MAX_SLOTS = 16_384;
/**
 * Counters between purges once sketching: small, so each purge is cheap and the table stays in
 * a core's cache (twelve columns' tables of 4,096 slots are ≈ 1.3 MB; of 8,192 they were twice
 * that, and 2,048 counters measured 5–12 % faster on the bench file, on one thread or two).
 */
const SKETCH_CAPACITY = 2048;
const SKETCH_SLOTS = 4096;
/**
 * Key of an entry seen once while sketching. Such entries never survive a purge (the threshold
 * is at least 1), so their text is not kept: keeping it is what made young-generation garbage
 * collection expensive on high-cardinality columns. The key is filled in on a second sighting.
 * The empty string is never a category (an empty cell is null).
 */
const KEYLESS = '';
/** Reused by every purge: candidate slots, their counts (to find the threshold), the survivors. */
let candidateSlots = new Int32Array(SKETCH_SLOTS);
let scratch = new Float64Array(SKETCH_SLOTS);
const survivorKeys = [];
const survivorNumbers = new Float64Array(KEPT_CATEGORIES + 1);
const survivorHashes = new Int32Array(KEPT_CATEGORIES + 1);
const NUMBER = null;
/**
 * A copy of a string that does not keep its source alive: V8 slices share the parent string,
 * and a key kept for the whole run must not pin a megabyte chunk of the file. Concatenating
 * and slicing forces a fresh flat string of just this text.
 */
function detach(text) {
    return text.length < 13 ? text : (' ' + text).slice(1);
}
/** The text of text[start, end) to keep as a key: detached from the chunk it lies in. */
function keep(text, start, end) {
    return detach(start === 0 && end === text.length ? text : text.slice(start, end));
}
/** A hash as stored in the table: never 0, which marks an empty slot. */
function storedHash(hash) {
    return hash === 0 ? 1 : hash | 0;
}
/** Whether `key` equals text[start, end), compared in place. */
function sameText(key, text, start, end) {
    if (key.length !== end - start)
        return false;
    for (let i = 0; i < key.length; i++)
        if (key.charCodeAt(i) !== text.charCodeAt(start + i))
            return false;
    return true;
}
function compareEntries(a, b) {
    return b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}
// The purge's loops are functions of their own: inside one long method, V8 compiled the hot first
// loop on stack (OSR) before the later loops had run, and that code bailed out at them on every
// purge of a column with survivors (≈ 100 deoptimizations a part).
/** The slots whose counter is above 1, into `candidateSlots`; how many. */
function collectCandidates(hashes, counts) {
    let candidates = 0;
    for (let slot = 0; slot < hashes.length; slot++)
        if (counts[slot] > 1 && hashes[slot] !== 0)
            candidateSlots[candidates++] = slot;
    return candidates;
}
/** The (keep+1)-th largest count of the candidates. */
function thresholdOf(counts, candidates, keep) {
    for (let i = 0; i < candidates; i++)
        scratch[i] = counts[candidateSlots[i]];
    return selectKth(scratch, candidates, candidates - keep - 1);
}
/** The candidates above `threshold` into the survivor arrays, their counts lowered by it (in `scratch`); how many. */
function copySurvivors(keys, numbers, hashes, counts, candidates, threshold) {
    let survivors = 0;
    for (let i = 0; i < candidates; i++) {
        const slot = candidateSlots[i];
        if (counts[slot] <= threshold)
            continue;
        const key = keys[slot];
        // A survivor stays for long: stop it pinning the chunk it was sliced from.
        survivorKeys[survivors] = typeof key === 'string' && key !== KEYLESS ? detach(key) : key;
        survivorNumbers[survivors] = numbers[slot];
        survivorHashes[survivors] = hashes[slot];
        scratch[survivors++] = counts[slot] - threshold;
    }
    return survivors;
}
class CategoryCounter {
    /** Text keys, or NUMBER for a number (its text, String(key), is made only for output). */
    keys = [];
    numbers = new Float64Array(0);
    hashes = new Int32Array(0);
    counts = new Float64Array(0);
    mask = 0;
    size = 0;
    /** The arrays the last rehash moved out of, reused by the next one of the same size. */
    spare;
    total = 0;
    error = 0;
    hll;
    constructor(slots = 256) {
        this.allocate(slots);
    }
    allocate(slots) {
        const spare = this.spare;
        if (spare && spare.keys.length === slots) {
            // `hashes` alone marks used slots: a memset. The keys left in free slots are small
            // detached strings (at most one table's worth), and clearing them cost more than the
            // rest of a purge.
            spare.hashes.fill(0);
            this.keys = spare.keys;
            this.numbers = spare.numbers;
            this.hashes = spare.hashes;
            this.counts = spare.counts;
        }
        else {
            this.keys = new Array(slots).fill(undefined);
            this.numbers = new Float64Array(slots);
            this.hashes = new Int32Array(slots);
            this.counts = new Float64Array(slots);
        }
        this.spare = undefined;
        this.mask = slots - 1;
        this.size = 0;
    }
    add(text) {
        this.addText(text, 0, text.length, (0,random/* hashText */.qj)(text), 1);
    }
    /** `add` of text[start, end): the CSV profiler counts fields inside the decoded chunk. */
    addRange(text, start, end) {
        this.addText(text, start, end, (0,random/* hashRange */.Uk)(text, start, end), 1);
    }
    /**
     * A number, counted under the number itself: a typed one (JSON, Parquet), whose text was the
     * slowest part of profiling Parquet to make, or a CSV field whose text is the number's own
     * (`parsedValue.canonical`). Its hash is of the bits, so CSV and Parquet profiles of the same
     * numbers merge into the same distinct count.
     */
    addNumber(value) {
        this.addKey(value === 0 ? 0 : value, (0,random/* hashNumber */.YR)(value), 1);
    }
    /**
     * `addNumber` of values[0, count), in order: a column hands its numbers on in runs, since a
     * double passed to a call V8 does not inline is a new heap number (src/profile/column.ts).
     */
    addNumbers(values, count) {
        for (let i = 0; i < count; i++) {
            const value = values[i];
            this.addKey(value === 0 ? 0 : value, (0,random/* hashNumber */.YR)(value), 1);
        }
    }
    /**
     * A typed timestamp (Parquet), counted under its epoch milliseconds and listed as ISO text.
     * A column is one type in Parquet, so a counter never holds both numbers and times.
     */
    addTime(time) {
        this.timeKeys = true;
        this.addKey(time, (0,random/* hashNumber */.YR)(time), 1);
    }
    timeKeys = false;
    // Stored hashes are never 0, so 0 marks an empty slot: probing reads only the small hashes
    // array and touches the keys on a hash match, which keeps cache misses down.
    /** Counts text[start, end) `count` times; its text is copied only when it must be kept. */
    addText(text, start, end, hash, count) {
        this.tally(hash, count);
        const { keys, hashes, mask } = this;
        const stored = storedHash(hash);
        let slot = hash & mask;
        for (let probe = hashes[slot]; probe !== 0; probe = hashes[slot]) {
            const key = keys[slot];
            // While sketching a matching hash is taken as the same value (32-bit collisions are
            // within the sketch's error); the text is kept from the second sighting on.
            if (probe === stored && (key === KEYLESS || (typeof key === 'string' && sameText(key, text, start, end)))) {
                if (key === KEYLESS)
                    keys[slot] = keep(text, start, end);
                this.counts[slot] += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
        this.insertAt(slot, this.hll === undefined || count > 1 ? keep(text, start, end) : KEYLESS, 0, stored, count);
    }
    /** Counts a typed number or time `count` times. */
    addKey(key, hash, count) {
        this.tally(hash, count);
        const { keys, hashes, mask } = this;
        const stored = storedHash(hash);
        let slot = hash & mask;
        for (let probe = hashes[slot]; probe !== 0; probe = hashes[slot]) {
            if (probe === stored && ((keys[slot] === NUMBER && this.numbers[slot] === key) || keys[slot] === KEYLESS)) {
                keys[slot] = NUMBER;
                this.numbers[slot] = key;
                this.counts[slot] += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
        this.insertAt(slot, NUMBER, key, stored, count);
    }
    /** Every counted value: the total, and the distinct count once sketching. */
    tally(hash, count) {
        this.total += count;
        // Register and rank, not the hash: see HyperLogLog.raise.
        this.hll?.raise(registerOf(hash), rankOf(hash));
    }
    /** Fills the free `slot`, then purges or grows the table when it is full. */
    insertAt(slot, key, number, stored, count) {
        this.keys[slot] = key;
        this.numbers[slot] = number;
        this.hashes[slot] = stored;
        this.counts[slot] = count;
        this.size++;
        if (this.size > (this.hll !== undefined ? SKETCH_CAPACITY : EXACT_CATEGORIES))
            this.purge(KEPT_CATEGORIES);
        else if (this.size * 2 > this.keys.length && this.keys.length < MAX_SLOTS)
            this.rehash(this.keys.length * 2);
    }
    /**
     * Listed values. A number is listed under its text; should a column hold a number and the
     * same text (JSON `5` and `"5.0"` are two, but a typed 1e21 and the text "1e+21" one), the
     * value is listed once.
     */
    entries() {
        const folded = new Map();
        for (let slot = 0; slot < this.keys.length; slot++) {
            const key = this.keys[slot];
            if (this.hashes[slot] === 0 || key === undefined || key === KEYLESS)
                continue;
            const number = key === NUMBER ? this.numbers[slot] : undefined;
            const text = number === undefined ? key : this.timeKeys ? new Date(number).toISOString() : String(number);
            const seen = folded.get(text);
            if (seen)
                seen.count += this.counts[slot];
            else
                folded.set(text, { text, count: this.counts[slot], hash: this.hashes[slot], number });
        }
        return [...folded.values()];
    }
    /** Rebuilds the table with `slots` slots, keeping counters above `threshold`, lowered by it. */
    rehash(slots, threshold = 0) {
        const { keys, numbers, hashes, counts } = this;
        this.allocate(slots);
        for (let slot = 0; slot < keys.length; slot++) {
            if (hashes[slot] === 0 || counts[slot] <= threshold)
                continue;
            const key = keys[slot];
            if (key !== undefined) {
                // A survivor stays for long: stop it pinning the chunk it was sliced from.
                this.insertNew(threshold > 0 && typeof key === 'string' && key !== KEYLESS ? detach(key) : key, numbers[slot], hashes[slot], counts[slot] - threshold);
            }
        }
        if (keys.length === slots)
            this.spare = { keys, numbers, hashes, counts };
    }
    insertNew(key, number, hash, count) {
        let slot = hash & this.mask;
        while (this.hashes[slot] !== 0)
            slot = (slot + 1) & this.mask;
        this.keys[slot] = key;
        this.numbers[slot] = number;
        this.hashes[slot] = storedHash(hash);
        this.counts[slot] = count;
        this.size++;
    }
    /** Read from a state that lists only the most frequent values without a HyperLogLog (an engine's top values). */
    truncated = false;
    get exact() {
        return this.hll === undefined && !this.truncated;
    }
    get distinct() {
        return this.hll ? Math.max(this.hll.estimate(), this.size) : this.size;
    }
    /** Misra–Gries reduction to at most `keep` counters: subtract the (keep+1)-th largest count. */
    purge(keep, finishing = false) {
        const sketching = this.hll !== undefined;
        const { hashes, counts, keys } = this;
        if (!sketching) {
            this.hll = new HyperLogLog();
            for (let slot = 0; slot < hashes.length; slot++)
                if (hashes[slot] !== 0)
                    this.hll.addHash(hashes[slot] >>> 0);
        }
        if (this.size <= keep && !(sketching && finishing))
            return;
        // The threshold is at least 1, so entries seen once (possibly keyless) never survive and
        // only counters above 1 are candidates: one pass finds them. On a high-cardinality column
        // there are few, and the purge is that pass plus clearing the hashes.
        if (candidateSlots.length < hashes.length)
            candidateSlots = new Int32Array(hashes.length);
        if (scratch.length < hashes.length)
            scratch = new Float64Array(hashes.length);
        const candidates = collectCandidates(hashes, counts);
        const threshold = candidates > keep ? thresholdOf(counts, candidates, keep) : 1;
        this.error += threshold;
        if (!sketching) {
            this.rehash(SKETCH_SLOTS, threshold);
            return;
        }
        // Same table size: copy the survivors out, clear, put them back.
        const survivors = copySurvivors(keys, this.numbers, hashes, counts, candidates, threshold);
        hashes.fill(0);
        this.size = 0;
        for (let i = 0; i < survivors; i++)
            this.insertNew(survivorKeys[i], survivorNumbers[i], survivorHashes[i], scratch[i]);
    }
    merge(other) {
        const total = this.total + other.total;
        // Adding a value twice to a HyperLogLog changes nothing, so re-adding listed keys is safe.
        if (other.hll && !this.hll) {
            this.hll = new HyperLogLog();
            for (const { hash } of this.entries())
                this.hll.addHash(hash >>> 0);
        }
        if (other.timeKeys)
            this.timeKeys = true;
        if (other.truncated)
            this.truncated = true;
        for (const { text, count, hash, number } of other.entries()) {
            if (number === undefined)
                this.addText(text, 0, text.length, hash >>> 0, count);
            else
                this.addKey(number, hash >>> 0, count);
        }
        if (other.hll && this.hll)
            this.hll.merge(other.hll);
        this.total = total;
        this.error += other.error;
    }
    snapshot() {
        const counts = new Map();
        let listed = 0;
        for (const { text, count } of this.sorted()) {
            counts.set(text, count);
            listed += count;
        }
        return { counts, other: this.total - listed, exact: this.exact };
    }
    /** Listed values by count descending, then value, for stable output. */
    sorted() {
        return this.entries().sort(compareEntries);
    }
    toState() {
        if (this.hll)
            this.purge(KEPT_CATEGORIES, true);
        const sorted = this.sorted();
        const state = { items: sorted.map(({ text, count }) => [text, count]), total: this.total, error: this.error, exact: this.exact };
        const numbers = sorted.flatMap((entry, index) => (entry.number === undefined ? [] : [index]));
        if (numbers.length > 0)
            state.numbers = numbers;
        if (this.timeKeys)
            state.times = true;
        if (this.hll)
            state.hll = this.hll.toBase64();
        return state;
    }
    static fromState(state) {
        let slots = 256;
        while (slots < state.items.length * 2 && slots < MAX_SLOTS)
            slots *= 2;
        const counter = new CategoryCounter(slots);
        if (state.hll)
            counter.hll = HyperLogLog.fromBase64(state.hll);
        counter.timeKeys = state.times === true;
        const numbers = new Set(state.numbers ?? []);
        state.items.forEach(([text, count], index) => {
            if (!numbers.has(index))
                counter.insertNew(text, 0, (0,random/* hashText */.qj)(text), count);
            else {
                // String() of a double reads back as the same double; ISO text as the same millisecond.
                const number = counter.timeKeys ? Date.parse(text) : Number(text);
                counter.insertNew(NUMBER, number, (0,random/* hashNumber */.YR)(number), count);
            }
        });
        counter.total = state.total;
        counter.error = state.error;
        counter.truncated = !state.exact && !state.hll;
        return counter;
    }
}


/***/ }),

/***/ 22893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ csvReadingOf)
/* harmony export */ });
/* harmony import */ var _readers_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72822);
/* harmony import */ var _readers_sniff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28292);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45441);
// How one CSV/TSV file is read: its delimiter (given, or sniffed from its first lines) and the
// columns whose numbers or booleans are written in a format of their own (`1.234,56`, `Y`).



async function csvReadingOf(file, format, options) {
    const fallback = (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_0__.delimiterFor)(format, options);
    const given = options.delimiter !== undefined || format === 'tsv' ? fallback : undefined;
    const sample = await (0,_readers_sniff_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleCsv */ .po)(file, given, fallback);
    const nulls = new Set(options.nullValues ?? []);
    const values = nulls.size === 0 ? sample.values : sample.values.map((column) => column.filter((value) => !nulls.has(value)));
    const formats = (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .detectFormats */ ._f)(sample.header, values, { decimal: options.decimal, delimiter: sample.delimiter });
    return { delimiter: sample.delimiter, detected: sample.detected, formats };
}


/***/ }),

/***/ 16551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ou: () => (/* binding */ EXACT_COLUMN_VALUES),
  $B: () => (/* binding */ EXACT_PROFILE_VALUES),
  T$: () => (/* binding */ ExactBudget),
  yH: () => (/* binding */ ExactValues),
  Hq: () => (/* binding */ adoptExactTransfer),
  "do": () => (/* binding */ attachExactValues),
  lt: () => (/* binding */ exactSampleOf),
  oW: () => (/* binding */ exactTransferOf),
  iI: () => (/* binding */ mergeExactValues),
  $e: () => (/* binding */ releaseExactValues)
});

// UNUSED EXPORTS: exactValuesOf

;// CONCATENATED MODULE: ./src/profile/mergeSorted.ts
// Merging the sorted runs of a file's parts (each sorted in its worker) into one sorted column.
/**
 * Two ascending runs as one; on equal values `a`'s come first (so −0 and +0 keep their sides'
 * order). Runs that do not overlap (ids, dates: parts are ranges) are two copies; otherwise one
 * walk (a select in place of the branch measured slower in V8: bench/sort-merge.mjs), the rest copied.
 *
 * `reuse`: `a` is not read again, and its buffer holds the result when it has room past `a` (a
 * part's values grow into the column's whole bound: src/profile/exact.ts). Only `b`'s length of
 * memory is then new, not both: fresh pages were most of a merge's time (bench/README, "Issue 13,
 * December 5").
 */
function mergeSorted(a, b, reuse = false) {
    const na = a.length;
    const nb = b.length;
    if (reuse && (a.buffer.byteLength - a.byteOffset) / Float64Array.BYTES_PER_ELEMENT >= na + nb)
        return mergeInto(a, b);
    const merged = new Float64Array(na + nb);
    if (na === 0 || nb === 0 || !(b[0] < a[na - 1])) {
        merged.set(a);
        merged.set(b, na);
        return merged;
    }
    if (b[nb - 1] < a[0]) {
        merged.set(b);
        merged.set(a, nb);
        return merged;
    }
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < na && j < nb)
        merged[k++] = b[j] < a[i] ? b[j++] : a[i++];
    if (i < na)
        merged.set(a.subarray(i), k);
    else
        merged.set(b.subarray(j), k);
    return merged;
}
/** `mergeSorted` into `a`'s buffer, which has room for both. */
function mergeInto(a, b) {
    const na = a.length;
    const nb = b.length;
    const merged = new Float64Array(a.buffer, a.byteOffset, na + nb);
    if (na === 0 || nb === 0 || !(b[0] < a[na - 1])) {
        merged.set(b, na);
        return merged;
    }
    if (b[nb - 1] < a[0]) {
        merged.copyWithin(nb, 0, na);
        merged.set(b);
        return merged;
    }
    // From the end, so each of a's values is read before its place is written (k > i throughout);
    // on equal values b's go last, so a's come first, as in the forward merge.
    let i = na - 1;
    let j = nb - 1;
    let k = na + nb - 1;
    while (i >= 0 && j >= 0)
        merged[k--] = a[i] > b[j] ? a[i--] : b[j--];
    // a's rest is in place already; b's goes in front.
    if (j >= 0)
        merged.set(b.subarray(0, j + 1));
    return merged;
}

;// CONCATENATED MODULE: ./src/profile/sortFloat64.ts
// Sorting a column's values for exact drift: an LSD radix sort on the raw bits of the doubles,
// six passes of 11 bits (2,048 buckets, which the scatter keeps in cache where 65,536 did not),
// every digit counted in one read, passes whose digit is the same for every value skipped (ages
// and counts use three of six), and input that is already in order (ids) left as it is. Measured
// against Float64Array.prototype.sort and the former 16-bit sort by bench/sort-merge.mjs.
const RADIX_MIN = 2048;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const PASSES = 6;
/** Top digit (the high word's bits 23–31: sign and exponent) at or above this: a negative value. */
const NEGATIVE_DIGIT = 256;
/** The scatter's second buffer, kept for the next column: a fresh one per column cost more in page faults than its passes. */
let scratch = new Float64Array(0);
function scratchOf(n) {
    if (scratch.length < n)
        scratch = new Float64Array(Math.max(n, Math.min(2 * scratch.length, 1 << 21)));
    return scratch.subarray(0, n);
}
/** Digit `pass` (0 the lowest) of the double whose words are `low`, `high`. */
function digit(low, high, pass) {
    switch (pass) {
        case 0: return low & 0x7ff;
        case 1: return (low >>> 11) & 0x7ff;
        case 2: return (low >>> 22) | ((high & 1) << 10);
        case 3: return (high >>> 1) & 0x7ff;
        case 4: return (high >>> 12) & 0x7ff;
        default: return high >>> 23;
    }
}
/**
 * Sorts `values` ascending in place, as Float64Array.prototype.sort does (−0 before +0). NaN, which
 * exact values never hold, goes where its sign bit says: after +Infinity, or before −Infinity.
 */
function sortFloat64(values) {
    const n = values.length;
    if (n < RADIX_MIN) {
        values.sort();
        return;
    }
    if (inOrder(values))
        return;
    // Unsigned order of the raw bits is the order of the positives, then the negatives by
    // magnitude: the last pass lays the negatives out backwards, ahead of the positives.
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
    const counts = new Uint32Array(PASSES * BUCKETS);
    for (let i = 0; i < n; i++) {
        const low = words[2 * i];
        const high = words[2 * i + 1];
        counts[low & 0x7ff]++;
        counts[BUCKETS + ((low >>> 11) & 0x7ff)]++;
        counts[2 * BUCKETS + ((low >>> 22) | ((high & 1) << 10))]++;
        counts[3 * BUCKETS + ((high >>> 1) & 0x7ff)]++;
        counts[4 * BUCKETS + ((high >>> 12) & 0x7ff)]++;
        counts[5 * BUCKETS + (high >>> 23)]++;
    }
    let source = values;
    let sourceWords = words;
    let target = scratchOf(n);
    let targetWords = new Uint32Array(target.buffer, target.byteOffset, 2 * n);
    const offsets = new Int32Array(BUCKETS);
    for (let pass = 0; pass < PASSES; pass++) {
        const base = pass * BUCKETS;
        const last = pass === PASSES - 1;
        // A pass where every value has the same digit changes nothing (but the negatives' order).
        if (counts[base + digit(sourceWords[0], sourceWords[1], pass)] === n) {
            if (last && sourceWords[1] >>> 23 >= NEGATIVE_DIGIT)
                source.reverse();
            continue;
        }
        // Negatives are scattered from the end of their bucket down: ascending raw bits, descending values.
        let offset = 0;
        if (last) {
            for (let d = BUCKETS - 1; d >= NEGATIVE_DIGIT; d--) {
                offset += counts[base + d];
                offsets[d] = offset - 1;
            }
        }
        for (let d = 0; d < (last ? NEGATIVE_DIGIT : BUCKETS); d++) {
            offsets[d] = offset;
            offset += counts[base + d];
        }
        if (last) {
            for (let i = 0; i < n; i++) {
                const d = sourceWords[2 * i + 1] >>> 23;
                target[d >= NEGATIVE_DIGIT ? offsets[d]-- : offsets[d]++] = source[i];
            }
        }
        else
            scatter(source, sourceWords, target, offsets, n, pass);
        [source, target] = [target, source];
        [sourceWords, targetWords] = [targetWords, sourceWords];
    }
    if (source !== values)
        values.set(source);
}
/** One stable pass on digit `pass`; a loop per digit so each stays monomorphic and branch-free. */
function scatter(source, words, target, offsets, n, pass) {
    switch (pass) {
        case 0:
            for (let i = 0; i < n; i++)
                target[offsets[words[2 * i] & 0x7ff]++] = source[i];
            return;
        case 1:
            for (let i = 0; i < n; i++)
                target[offsets[(words[2 * i] >>> 11) & 0x7ff]++] = source[i];
            return;
        case 2:
            for (let i = 0; i < n; i++)
                target[offsets[(words[2 * i] >>> 22) | ((words[2 * i + 1] & 1) << 10)]++] = source[i];
            return;
        case 3:
            for (let i = 0; i < n; i++)
                target[offsets[(words[2 * i + 1] >>> 1) & 0x7ff]++] = source[i];
            return;
        default:
            for (let i = 0; i < n; i++)
                target[offsets[(words[2 * i + 1] >>> 12) & 0x7ff]++] = source[i];
    }
}
/** True when the values are already ascending as the sort would leave them (−0 before +0 included). */
function inOrder(values) {
    let previous = values[0];
    if (previous !== previous)
        return false;
    for (let i = 1; i < values.length; i++) {
        const value = values[i];
        if (value < previous || value !== value)
            return false;
        // Equal zeros: a −0 after a +0 is out of order.
        if (value === 0 && previous === 0 && 1 / value < 0 && 1 / previous > 0)
            return false;
        previous = value;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/profile/exact.ts
// Every numeric value of a column, kept in memory for the run when two data files are compared,
// so drift statistics are exact (as SciPy computes them) far beyond the sketches' 2,048 values.
// Never written into profile JSON: a stored profile keeps its sketches. Bounded twice: per
// column (EXACT_COLUMN_VALUES) and per profile (EXACT_PROFILE_VALUES, shared by its columns);
// a column that would pass either bound drops its values and falls back to its sketch.


/** Values kept per numeric column: 2^21 ≈ 2.1M values, 16 MB as a Float64Array. */
const EXACT_COLUMN_VALUES = 1 << 21;
/** Values kept over all columns of one profile: 2^24 ≈ 16.8M values, 128 MB. */
const EXACT_PROFILE_VALUES = 1 << 24;
const FIRST_CAPACITY = 1024;
/** What the columns of one profile may still reserve, in values. */
class ExactBudget {
    remaining;
    constructor(remaining = EXACT_PROFILE_VALUES) {
        this.remaining = remaining;
    }
}
/**
 * The numeric values of one column in arrival order, while they fit both bounds. The budget is
 * charged for a capacity that doubles, as the bounds are defined; the buffer behind it grows
 * eightfold, since memory the column has not written yet costs nothing (pages are mapped when first
 * written) while every regrowth copies and writes fresh pages (bench/README "Exact values").
 */
class ExactValues {
    budget;
    values = new Float64Array(0);
    /** The capacity charged to the budget: the values may not pass it without a new charge. */
    capacity = 0;
    length = 0;
    constructor(budget) {
        this.budget = budget;
    }
    /** False once the values no longer fit: the column's drift then comes from its sketch. */
    get kept() {
        return this.values !== undefined;
    }
    add(value) {
        const values = this.values;
        if (values === undefined)
            return;
        if (this.length === this.capacity && !this.grow(this.length + 1))
            return;
        this.values[this.length++] = value;
    }
    /** `add` of values[0, count), in order. */
    addAll(values, count) {
        if (this.values === undefined)
            return;
        if (this.length + count > this.capacity && !this.grow(this.length + count))
            return;
        this.values.set(count === values.length ? values : values.subarray(0, count), this.length);
        this.length += count;
    }
    /** Makes room for `needed` values, doubling; drops everything when a bound says no. */
    grow(needed) {
        const values = this.values;
        const capacity = Math.min(EXACT_COLUMN_VALUES, Math.max(needed, FIRST_CAPACITY, this.capacity * 2));
        if (needed > EXACT_COLUMN_VALUES || capacity - this.capacity > this.budget.remaining) {
            this.drop();
            return false;
        }
        this.budget.remaining -= capacity - this.capacity;
        this.capacity = capacity;
        if (capacity > values.length) {
            // Its third size is the column's whole bound: a part's values then have room for the other
            // parts', merged into them in place (mergeExactValues).
            const eightfold = Math.max(capacity, FIRST_CAPACITY * 8, values.length * 8);
            const grown = new Float64Array(eightfold > FIRST_CAPACITY * 64 ? EXACT_COLUMN_VALUES : eightfold);
            grown.set(values.subarray(0, this.length));
            this.values = grown;
        }
        return true;
    }
    drop() {
        if (this.values)
            this.budget.remaining += this.capacity;
        this.values = undefined;
        this.capacity = 0;
        this.length = 0;
    }
    /** The values, trimmed to their count: a view, not a copy. */
    toArray() {
        if (!this.values)
            return undefined;
        return this.values.length === this.length ? this.values : this.values.subarray(0, this.length);
    }
}
/**
 * The in-memory values of the columns of profiles made in this run. A WeakMap rather than a
 * field: JSON.stringify and copies of a profile do not carry them, so nothing stored grows.
 */
const exactByColumn = new WeakMap();
function attachExactValues(column, values, sorted = false) {
    exactByColumn.set(column, { runs: [values], sorted });
}
/** Attaches sorted runs (kept apart: each is read as it is, and merged only when one array is asked for). */
function attachExactRuns(column, runs) {
    exactByColumn.set(column, { runs, sorted: true });
}
/** The entry's values as one array: its runs merged, once. */
function valuesOf(entry) {
    if (entry.runs.length > 1)
        entry.runs = [entry.runs.reduce((merged, run) => mergeSorted(merged, run))];
    return entry.runs[0];
}
function lengthOf(entry) {
    return entry.runs.reduce((sum, run) => sum + run.length, 0);
}
/** The column's raw values (arrival order, or sorted once a sample or a worker sorted them), when this run kept them. */
function exactValuesOf(column) {
    const entry = exactByColumn.get(column);
    return entry ? valuesOf(entry) : undefined;
}
/**
 * The exact sorted sample of a column whose values this run kept; sorted once, in place. Sorted
 * runs stay runs (`WeightedSample.runs`), their merge made only if a statistic reads `values`.
 */
function exactSampleOf(column) {
    const entry = exactByColumn.get(column);
    if (!entry || lengthOf(entry) !== column.count)
        return undefined;
    if (!entry.sorted) {
        sortFloat64(valuesOf(entry));
        entry.sorted = true;
    }
    const total = lengthOf(entry);
    // The weights of 1 are made when a statistic reads them: those of `robust` count instead.
    return {
        get values() {
            return valuesOf(entry);
        },
        get weights() {
            return ones(total);
        },
        total,
        exact: true,
        unitWeights: true,
        ...(entry.runs.length > 1 ? { runs: entry.runs } : {}),
    };
}
/** Weights of 1, shared by every exact sample (the statistics only read them). */
let sharedOnes = new Float64Array(0);
function ones(length) {
    // A power of two: columns of one file differ by a few values, and each regrowth fills megabytes anew.
    if (sharedOnes.length < length)
        sharedOnes = new Float64Array(2 ** Math.ceil(Math.log2(length))).fill(1);
    return sharedOnes.subarray(0, length);
}
/**
 * The exact values of a profile's columns, to send. `sort`: sorted first, in the worker, so the
 * parts of a file sort in parallel and their merge is a linear merge of sorted runs.
 */
function exactTransferOf(profile, sort = false) {
    const transfer = [];
    for (const column of profile.columns) {
        const values = exactValuesOf(column);
        if (!values)
            continue;
        if (sort)
            sortFloat64(values);
        transfer.push([column.name, values, sort]);
    }
    return transfer;
}
/** Attaches the values a worker sent to the columns of the profile it sent with them. */
function adoptExactTransfer(profile, transfer) {
    if (!transfer)
        return;
    const byName = new Map(transfer.map(([name, values, sorted]) => [name, { values, sorted: sorted === true }]));
    for (const column of profile.columns) {
        const entry = byName.get(column.name);
        if (entry)
            attachExactValues(column, entry.values, entry.sorted);
    }
}
/**
 * Attaches to the columns of `merged` (mergeProfiles(a, b)) the values of both sides, where
 * every side that has the column kept them and together they fit the bounds. `consume`: neither
 * side's values are read again (a file's parts), so `a`'s sorted values may be merged in place.
 */
function mergeExactValues(a, b, merged, consume = false) {
    const budget = new ExactBudget();
    const side = (profile) => new Map(profile.columns.map((column) => [column.name, column]));
    const before = side(a);
    const after = side(b);
    for (const column of merged.columns) {
        const parts = [before.get(column.name), after.get(column.name)].filter((part) => part !== undefined);
        const entries = parts.map((part) => exactByColumn.get(part));
        if (entries.some((entry) => entry === undefined))
            continue;
        const sides = entries;
        const total = sides.reduce((sum, entry) => sum + lengthOf(entry), 0);
        if (total > EXACT_COLUMN_VALUES || total > budget.remaining)
            continue;
        budget.remaining -= total;
        if (sides.length === 2 && sides.every((entry) => entry.sorted)) {
            // Sorted sides stay runs, not merged (`robust` walks them apart): at most two, the first
            // two merged (in place, for a file's parts read once) when a third comes.
            const runs = sides.flatMap((entry) => entry.runs);
            while (runs.length > 2)
                runs.splice(0, 2, mergeSorted(runs[0], runs[1], consume));
            attachExactRuns(column, runs);
            continue;
        }
        // One allocation of the exact size; the parts' arrays are let go after the merge.
        const arrays = sides.map(valuesOf);
        const values = new Float64Array(total);
        let offset = 0;
        for (const part of arrays) {
            values.set(part, offset);
            offset += part.length;
        }
        attachExactValues(column, values);
    }
}
/** Lets the values of a profile's columns go once its comparison is done (a check keeps its profiles). */
function releaseExactValues(profile) {
    for (const column of profile.columns)
        exactByColumn.delete(column);
}


/***/ }),

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

/***/ 40733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXACT_CATEGORIES: () => (/* reexport safe */ _categories_js__WEBPACK_IMPORTED_MODULE_3__.nP),
/* harmony export */   EXACT_COLUMN_VALUES: () => (/* reexport safe */ _exact_js__WEBPACK_IMPORTED_MODULE_5__.ou),
/* harmony export */   EXACT_PROFILE_VALUES: () => (/* reexport safe */ _exact_js__WEBPACK_IMPORTED_MODULE_5__.$B),
/* harmony export */   EXACT_VALUES: () => (/* reexport safe */ _sample_js__WEBPACK_IMPORTED_MODULE_4__.dB),
/* harmony export */   KEPT_CATEGORIES: () => (/* reexport safe */ _categories_js__WEBPACK_IMPORTED_MODULE_3__.gK),
/* harmony export */   KLL_K: () => (/* reexport safe */ _sample_js__WEBPACK_IMPORTED_MODULE_4__.K),
/* harmony export */   Profiler: () => (/* reexport safe */ _profiler_js__WEBPACK_IMPORTED_MODULE_8__.U),
/* harmony export */   categoryCounts: () => (/* binding */ categoryCounts),
/* harmony export */   csvReadings: () => (/* binding */ csvReadings),
/* harmony export */   isProfileFile: () => (/* reexport safe */ _profileFile_js__WEBPACK_IMPORTED_MODULE_11__.O),
/* harmony export */   mergeProfiles: () => (/* reexport safe */ _profiler_js__WEBPACK_IMPORTED_MODULE_8__.N),
/* harmony export */   numericSample: () => (/* binding */ numericSample),
/* harmony export */   profileFiles: () => (/* binding */ profileFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _readers_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72822);
/* harmony import */ var _categories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68759);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65386);
/* harmony import */ var _exact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16551);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14481);
/* harmony import */ var _thread_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85601);
/* harmony import */ var _profiler_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99198);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58747);
/* harmony import */ var _csvReading_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(22893);
/* harmony import */ var _profileFile_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(26394);
// The profile stage's public face: profile files or batches, merge profiles, read them back,
// and hand the drift code the numeric sample and category counts a column's state holds.
















/**
 * The profile of the dataset `files`, its rows in one streaming pass. Parquet files are read
 * column by column within each row group, which the profiler allows and which keeps only one
 * decoded column in memory instead of a whole row group; a big dataset of Parquet files is
 * profiled so in a worker thread, for memory (src/profile/parquet.ts). One big CSV/TSV file is
 * cut into parts profiled by worker threads (and this one, with `thisThread`). Workers only where
 * the bundled worker exists (the CLI).
 */
async function profileFiles(files, options, onIssue, run = {}) {
    const { exact = false, signal, thisThread = false } = run;
    signal?.throwIfAborted();
    if (files.length === 1)
        await prewarmParts(files[0], options, thisThread);
    const readings = await csvReadings(files, options);
    const parallel = files.length === 1 ? await profileInParts(files[0], options, readings, onIssue, exact, signal, thisThread) : undefined;
    const parquet = parallel ?? await profileParquetFiles(files, options, onIssue, exact, signal);
    const profile = parquet ?? await profileInOnePass(files, options, readings, onIssue, exact, signal);
    const [first] = readings.values();
    if (first)
        profile.delimiter = first.delimiter;
    profile.source = files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(process.cwd(), file) || file);
    return profile;
}
/** How each CSV/TSV file of `files` reads (delimiter, value formats), from its first lines. */
async function csvReadings(files, options) {
    const readings = new Map();
    for (const file of files) {
        const format = (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_2__.detectFormat)(file, options.format);
        if (format === 'csv' || format === 'tsv')
            readings.set(file, await (0,_csvReading_js__WEBPACK_IMPORTED_MODULE_10__/* .csvReadingOf */ .K)(file, format, options));
    }
    return readings;
}
/** Starts the workers of a big CSV file's parts before its first lines are read for its delimiter and formats. */
async function prewarmParts(file, options, thisThread) {
    const format = (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_2__.detectFormat)(file, options.format);
    const script = (0,_thread_js__WEBPACK_IMPORTED_MODULE_7__.workerScript)();
    if (!script || (format !== 'csv' && format !== 'tsv'))
        return;
    const parts = (0,_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .partsFor */ ._c)(file, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then((found) => found.size, () => 0));
    if (parts > 1)
        (0,_thread_js__WEBPACK_IMPORTED_MODULE_7__.prewarmWorkers)(script, thisThread ? parts - 1 : parts);
}
async function profileInParts(file, options, readings, onIssue, exact, signal, thisThread) {
    const reading = readings.get(file);
    const script = (0,_thread_js__WEBPACK_IMPORTED_MODULE_7__.workerScript)();
    if (!reading || !script)
        return undefined;
    let bytes;
    try {
        bytes = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
    }
    catch {
        return undefined;
    }
    const run = thisThread ? (0,_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .withThisThread */ .X3)((0,_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .inWorkers */ .Lr)(script)) : (0,_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .inWorkers */ .Lr)(script);
    return (0,_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .profileCsvInParts */ .p_)(file, reading.delimiter, options.nullValues, (0,_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .partsFor */ ._c)(file, bytes), onIssue, stoppable(run, signal), exact, Object.fromEntries(reading.formats));
}
/** `run`, its parts also stopped by `signal`. */
function stoppable(run, signal) {
    if (!signal)
        return run;
    return (job, stop) => run(job, stop ? AbortSignal.any([stop, signal]) : signal);
}
/** A dataset of Parquet files only, profiled in a worker where the bundled worker exists (the CLI). */
async function profileParquetFiles(files, options, onIssue, exact, signal) {
    const script = (0,_thread_js__WEBPACK_IMPORTED_MODULE_7__.workerScript)();
    if (!script || files.length === 0 || files.some((file) => (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_2__.detectFormat)(file, options.format) !== 'parquet'))
        return undefined;
    // Loaded only for Parquet, as the readers' Parquet reader.
    const { inParquetWorker, profileParquetInWorker } = await Promise.all(/* import() */[__webpack_require__.e(783), __webpack_require__.e(4627), __webpack_require__.e(1265)]).then(__webpack_require__.bind(__webpack_require__, 1265));
    return profileParquetInWorker(files, options.nullValues, onIssue, inParquetWorker(script, signal), undefined, exact);
}
async function profileInOnePass(files, options, readings, onIssue, exact, signal) {
    const profiler = new _profiler_js__WEBPACK_IMPORTED_MODULE_8__/* .Profiler */ .U({ nullValues: options.nullValues, exact });
    let firstRow = 1;
    for (const file of files) {
        signal?.throwIfAborted();
        const format = (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_2__.detectFormat)(file, options.format);
        if (format === 'parquet') {
            const { addParquet } = await Promise.all(/* import() */[__webpack_require__.e(783), __webpack_require__.e(4627), __webpack_require__.e(1265)]).then(__webpack_require__.bind(__webpack_require__, 1265));
            firstRow += await addParquet(profiler, file, firstRow, onIssue);
        }
        else if (format === 'csv' || format === 'tsv') {
            const reading = readings.get(file) ?? await (0,_csvReading_js__WEBPACK_IMPORTED_MODULE_10__/* .csvReadingOf */ .K)(file, format, options);
            profiler.useFormats(reading.formats);
            firstRow = await (0,_records_js__WEBPACK_IMPORTED_MODULE_9__/* .profileCsvFile */ .I5)(file, reading.delimiter, firstRow, profiler, onIssue, undefined, undefined, signal);
        }
        else {
            for await (const batch of (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_2__.readBatches)([file], options, onIssue, firstRow)) {
                signal?.throwIfAborted();
                profiler.add(batch);
                firstRow = batch.firstRow + batch.length;
            }
        }
    }
    return profiler.finish();
}
function stateOf(column) {
    return column.state;
}
/**
 * Sorted non-null values of a numeric column: every value when this run kept them (a data file
 * profiled for a comparison, src/profile/exact.ts), else exact under the sketch's budget and KLL
 * items beyond it.
 */
function numericSample(column) {
    const state = stateOf(column);
    if ((column.type !== 'integer' && column.type !== 'number') || !state?.sample)
        return undefined;
    const exact = (0,_exact_js__WEBPACK_IMPORTED_MODULE_5__/* .exactSampleOf */ .lt)(column);
    if (exact)
        return exact;
    return _sample_js__WEBPACK_IMPORTED_MODULE_4__/* .NumericSample */ .md.fromState(state.sample).weighted();
}
/** Counts per text value: exact under the budget, heavy hitters plus `other` beyond it. */
function categoryCounts(column) {
    const state = stateOf(column);
    if (!state)
        return undefined;
    return _categories_js__WEBPACK_IMPORTED_MODULE_3__/* .CategoryCounter */ .zM.fromState(state.categories).snapshot();
}


/***/ }),

/***/ 24980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iQ: () => (/* binding */ mergeMoments),
/* harmony export */   rC: () => (/* binding */ emptyMoments),
/* harmony export */   yE: () => (/* binding */ sampleStd)
/* harmony export */ });
// Count, mean and the sum of squared deviations, streamed (Welford) and merged (Chan et al.),
// which stay accurate where the textbook sum-of-squares formula cancels catastrophically.
/** A class so that V8 updates the doubles in place; an object literal's would be new heap numbers on every value. */
class RunningMoments {
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
}
function emptyMoments() {
    return new RunningMoments();
}
function mergeMoments(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    const n = a.n + b.n;
    const delta = b.mean - a.mean;
    return {
        n,
        mean: a.mean + (delta * b.n) / n,
        m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
    };
}
/** Sample standard deviation (n − 1); undefined below two values. */
function sampleStd(moments) {
    return moments.n < 2 ? undefined : Math.sqrt(Math.max(0, moments.m2) / (moments.n - 1));
}


/***/ }),

/***/ 14481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lr: () => (/* binding */ inWorkers),
  _c: () => (/* binding */ partsFor),
  p_: () => (/* binding */ profileCsvInParts),
  Cb: () => (/* binding */ readCsvInParts),
  X3: () => (/* binding */ withThisThread)
});

// UNUSED EXPORTS: MIN_PARALLEL_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/readers/csv.ts
var csv = __webpack_require__(23296);
// EXTERNAL MODULE: ./src/readers/format.ts
var format = __webpack_require__(88185);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/readers/split.ts
// Cutting a CSV file into byte ranges that start on record boundaries, so that workers can
// read the parts in parallel. A newline inside quotes is no boundary, so the quotes before the
// cut are counted: a newline after an even number of them ends a record in RFC 4180 text.
// A file with stray quotes (`a"b`) can fool the count; the first part's parser then ends
// inside a record, which the caller checks (`CsvParser.pending`) before trusting the cut.

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;
const WINDOW_BYTES = 1 << 16;
/** Byte offsets where parts start: 0, then the first record boundary at or after each ideal cut. */
async function recordBoundaries(file, parts) {
    const handle = await external_node_fs_.promises.open(file, 'r');
    try {
        const { size } = await handle.stat();
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const starts = [0];
        let quotes = 0;
        let position = 0;
        let part = 1;
        let target = Math.floor((size * part) / parts);
        while (position < size && part < parts) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, size - position), position);
            if (bytesRead === 0)
                break;
            let i = 0;
            while (i < bytesRead && part < parts) {
                // Before the cut only quotes matter; after it, the first newline at even parity.
                const cut = target - position;
                if (i < cut) {
                    const quote = buffer.indexOf(QUOTE, i);
                    if (quote === -1 || quote >= Math.min(cut, bytesRead)) {
                        i = Math.min(cut, bytesRead);
                        continue;
                    }
                    quotes++;
                    i = quote + 1;
                    continue;
                }
                const quote = buffer.indexOf(QUOTE, i);
                const newline = buffer.indexOf(NEWLINE, i);
                if (newline !== -1 && (quote === -1 || newline < quote) && newline < bytesRead) {
                    if (quotes % 2 === 0) {
                        const start = position + newline + 1;
                        if (start < size)
                            starts.push(start);
                        part++;
                        target = Math.max(start, Math.floor((size * part) / parts));
                    }
                    i = newline + 1;
                }
                else if (quote !== -1 && quote < bytesRead) {
                    quotes++;
                    i = quote + 1;
                }
                else
                    i = bytesRead;
            }
            position += bytesRead;
        }
        return starts;
    }
    finally {
        await handle.close();
    }
}
/**
 * Byte offsets where parts would start if no newline near a cut were quoted: 0, then just after
 * the first newline at or after each ideal cut. Reads a few kilobytes around each cut, where
 * `recordBoundaries` reads the file up to the last cut; a caller starts on these and checks
 * them against `recordBoundaries` meanwhile.
 */
async function lineBoundaries(file, parts) {
    const handle = await external_node_fs_.promises.open(file, 'r');
    try {
        const { size } = await handle.stat();
        const buffer = Buffer.allocUnsafe(WINDOW_BYTES);
        const starts = [0];
        for (let part = 1; part < parts; part++) {
            let position = Math.max(starts[starts.length - 1], Math.floor((size * part) / parts));
            let start = -1;
            while (start === -1 && position < size) {
                const { bytesRead } = await handle.read(buffer, 0, Math.min(WINDOW_BYTES, size - position), position);
                if (bytesRead === 0)
                    break;
                const newline = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
                if (newline !== -1)
                    start = position + newline + 1;
                position += bytesRead;
            }
            if (start === -1 || start >= size)
                break;
            if (start > starts[starts.length - 1])
                starts.push(start);
        }
        return starts;
    }
    finally {
        await handle.close();
    }
}
/** Lines that start before byte `end`: 1 + the newlines in [0, end). For line numbers of a later part. */
async function lineAt(file, end) {
    const handle = await external_node_fs_.promises.open(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        let line = 1;
        for (let position = 0; position < end;) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
            if (bytesRead === 0)
                break;
            for (let i = buffer.indexOf(NEWLINE); i !== -1 && i < bytesRead; i = buffer.indexOf(NEWLINE, i + 1))
                line++;
            position += bytesRead;
        }
        return line;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/readers/text.ts
var readers_text = __webpack_require__(3833);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/profile/exact.ts + 2 modules
var profile_exact = __webpack_require__(16551);
// EXTERNAL MODULE: ./src/profile/profiler.ts + 1 modules
var profile_profiler = __webpack_require__(99198);
// EXTERNAL MODULE: ./src/profile/records.ts
var records = __webpack_require__(58747);
;// CONCATENATED MODULE: ./src/profile/part.ts
// Profiling one byte range of a CSV/TSV file: the work of one worker thread. Plain data in and
// out, so it runs the same in a worker and, in tests, in-process.






/** Profiles one part; an aborted `signal` stops the read at its next megabyte (the promise rejects). */
async function profileCsvPart(job, signal) {
    return readCsvPart(job, undefined, undefined, signal);
}
/** One part of a CSV/TSV file through the profiler, and through `rows` and `tee` when given (src/scan/part.ts). */
async function readCsvPart(job, rows, tee, signal) {
    const issues = [];
    const profiler = new profile_profiler/* Profiler */.U({ nullValues: job.nullValues, exact: job.exact });
    if (job.formats)
        profiler.useFormats(job.formats);
    const parser = new csv/* CsvParser */.C2({ file: job.file, delimiter: job.delimiter, firstRow: 1, onIssue: (issue) => issues.push(issue), header: job.header });
    let pending;
    try {
        // Text left over before the end means the part ends inside a record.
        pending = await (0,records/* profileRecords */.kf)((0,readers_text/* readText */.yR)(job.file, { start: job.start, end: job.end }, signal), parser, profiler, rows, tee);
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return { problems: error.problems };
        throw error;
    }
    // States only: the caller merges the parts and summarises the whole file once.
    const profile = profiler.finish(false);
    return { profile, issues, header: parser.columns, pending, lines: parser.lineReached - 1, ...(job.exact !== undefined ? { exact: (0,profile_exact/* exactTransferOf */.oW)(profile, true) } : {}) };
}

// EXTERNAL MODULE: ./src/profile/thread.ts
var thread = __webpack_require__(85601);
;// CONCATENATED MODULE: ./src/profile/parallel.ts
// Profiling one big CSV/TSV file with worker threads: the file is cut at record boundaries,
// each part is profiled in its own thread, and the part profiles are merged (profiles are
// mergeable: exact for counts and moments, within the sketch bounds for the rest). Anything
// unusual (a problem in a part, a cut that proved not to be a record boundary) falls back to
// the one-pass read, so errors read exactly as without workers.










/** Runs each part in a fresh worker thread of `script`. */
function inWorkers(script) {
    return (job, signal) => (0,thread/* runInWorker */.$)(script, job, signal);
}
/**
 * The first part on this thread, the others by `run`: for a command that does nothing else
 * meanwhile (`profile`), where this thread would only wait. It saves a worker's start (≈ 0.1 s of
 * CPU) and its warm-up, on a machine whose cores the parts already fill.
 */
function withThisThread(run) {
    return (job, signal) => (job.start === 0 ? profileCsvPart(job, signal) : run(job, signal));
}
/** How many parts to cut a file of `bytes` into: one per core, at most MAX_PARTS; 1 means no workers. */
function partsFor(file, bytes) {
    return (0,format/* isGzip */.bf)(file) ? 1 : (0,thread.partsForBytes)(bytes);
}
/** The header's names, or undefined when the file has none or it cannot be read (the one-pass read then reports why). */
async function headerOf(file, delimiter, end) {
    const parser = new csv/* CsvParser */.C2({ file, delimiter, firstRow: 1, onIssue: () => undefined, batchRows: 1 });
    try {
        for await (const chunk of (0,readers_text/* readText */.yR)(file, { start: 0, end })) {
            parser.push(chunk);
            parser.next();
            if (parser.columns)
                return parser.columns;
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/** The parts' results, or undefined when the header cannot be read. */
async function runParts(file, delimiter, nullValues, starts, run, signal, exact = false, formats, extra) {
    const { size } = await (0,promises_.stat)(file);
    const header = await headerOf(file, delimiter, starts[1]);
    if (!header)
        return undefined;
    const jobs = starts.map((start, k) => ({
        file, delimiter, nullValues, start, end: k + 1 < starts.length ? starts[k + 1] : size, ...(formats ? { formats } : {}),
        ...(k > 0 ? { header } : {}),
        // The parts share the budget of one profile.
        ...(exact ? { exact: Math.floor(profile_exact/* EXACT_PROFILE_VALUES */.$B / starts.length) } : {}),
        ...extra,
    }));
    return Promise.all(jobs.map((job) => run(job, signal)));
}
function sameStarts(a, b) {
    return a.length === b.length && a.every((start, k) => start === b[k]);
}
/**
 * The profile of `file` made by `parts` workers, or undefined when it should be read in one
 * pass instead. Issues reach `onIssue` in file order, with rows and lines of the whole file.
 *
 * The parts start at once on cuts after the first newline past each ideal cut, while this
 * thread, idle otherwise, counts quotes up to the cuts to find the record boundaries
 * (`recordBoundaries` reads half the file: 35 ms per 1M bench rows, before the workers could
 * start). Where a quoted newline made the quick cut wrong, the parts are stopped and run again
 * on the true boundaries.
 */
async function profileCsvInParts(file, delimiter, nullValues, parts, onIssue, run, keepExact = false, formats) {
    return (await readCsvInParts(file, delimiter, nullValues, parts, onIssue, run, keepExact, formats))?.profile;
}
/**
 * `profileCsvInParts`, with the parts themselves: `extra` goes into every part's job (more sinks
 * of the same read, src/scan/part.ts), and each part comes back placed in the whole file, so the
 * caller merges the sinks' states as the profiles are merged here.
 */
async function readCsvInParts(file, delimiter, nullValues, parts, onIssue, run, keepExact = false, formats, extra) {
    if (parts < 2)
        return undefined;
    // A file that cannot be cut is read in one pass, which says what is wrong with it.
    const exact = recordBoundaries(file, parts).catch(() => [0]);
    const guess = await lineBoundaries(file, parts).catch(() => [0]);
    const controller = new AbortController();
    const running = guess.length < 2 ? undefined : runParts(file, delimiter, nullValues, guess, run, controller.signal, keepExact, formats, extra);
    // A rejection while the guess is being checked is handled below, not left unhandled.
    running?.catch(() => undefined);
    const starts = await exact;
    let results;
    if (running && sameStarts(starts, guess))
        results = await running;
    else {
        controller.abort();
        if (starts.length < 2)
            return undefined;
        results = await runParts(file, delimiter, nullValues, starts, run, undefined, keepExact, formats, extra);
    }
    if (!results)
        return undefined;
    const done = [];
    for (const [k, result] of results.entries()) {
        if ('problems' in result)
            return undefined;
        if (result.pending && k + 1 < results.length)
            return undefined;
        (0,profile_exact/* adoptExactTransfer */.Hq)(result.profile, result.exact);
        done.push(result);
    }
    const placed = [];
    let rowsBefore = 0;
    // Lines before each part, as its parser counted them (other sinks' examples carry lines too);
    // read from the file only for a part that did not say.
    let counted = 0;
    for (const [k, result] of done.entries()) {
        const linesBefore = counted ?? (k > 0 && (extra || result.issues.some((issue) => issue.line !== undefined)) ? (await lineAt(file, starts[k])) - 1 : 0);
        counted = counted === undefined || result.lines === undefined ? undefined : counted + result.lines;
        for (const issue of result.issues) {
            onIssue({
                ...issue,
                ...(issue.row !== undefined ? { row: issue.row + rowsBefore } : {}),
                ...(issue.line !== undefined ? { line: issue.line + linesBefore } : {}),
            });
        }
        placed.push({ result, shift: { rows: rowsBefore, lines: linesBefore } });
        rowsBefore += result.profile.rows;
    }
    // The parts' profiles are merged once and dropped: their values may be merged in place.
    return { profile: done.map((result) => result.profile).reduce((merged, next) => (0,profile_profiler/* mergeProfiles */.N)(merged, next, true)), parts: placed };
}


/***/ }),

/***/ 26394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isProfileFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Telling a stored profile JSON from a data file, without loading the profile's schema (zod):
// `profile` and the workers never need it.

/** True for a `.json` file whose top level is an object with `version` and `columns`. */
async function isProfileFile(file) {
    if (!/\.json$/i.test(file))
        return false;
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, 'r');
    }
    catch {
        return false;
    }
    try {
        // A data JSON is an array; only an object at the top level is worth parsing whole.
        const head = Buffer.alloc(256);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const first = head.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
        if (first !== '{')
            return false;
        const text = await handle.readFile('utf8');
        const parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
        return typeof parsed === 'object' && parsed !== null && 'version' in parsed && 'columns' in parsed;
    }
    catch {
        return false;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 99198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ Profiler),
  N: () => (/* binding */ mergeProfiles)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/profile/categories.ts + 2 modules
var categories = __webpack_require__(68759);
// EXTERNAL MODULE: ./src/profile/dates.ts
var dates = __webpack_require__(81452);
// EXTERNAL MODULE: ./src/profile/moments.ts
var moments = __webpack_require__(24980);
// EXTERNAL MODULE: ./src/profile/sample.ts + 1 modules
var sample = __webpack_require__(65386);
// EXTERNAL MODULE: ./src/profile/stateVersion.ts
var stateVersion = __webpack_require__(76462);
// EXTERNAL MODULE: ./src/profile/values.ts + 1 modules
var values = __webpack_require__(45373);
// EXTERNAL MODULE: ./src/profile/formats.ts
var formats = __webpack_require__(45441);
// EXTERNAL MODULE: ./src/profile/nested.ts
var nested = __webpack_require__(13970);
;// CONCATENATED MODULE: ./src/profile/column.ts
// One column's streaming accumulator: every cell updates counts, type votes, lengths, moments,
// the numeric sample and the category counts. The loop here is the profiler's hot path.








const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Numeric values gathered before the sample (and the exact values) take them: see `addNumber`. */
const PENDING_NUMBERS = 256;
/** UTF-16 surrogate pairs in text[start, end): each is one character of two units. */
function surrogatePairs(text, start, end) {
    let pairs = 0;
    for (let i = start; i < end - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                pairs++;
                i++;
            }
        }
    }
    return pairs;
}
function nullTokensOf(tokens) {
    let lengths = 0;
    for (const token of tokens)
        lengths |= token.length < 32 ? 1 << token.length : 1 << 31;
    return { tokens: [...tokens], lengths };
}
function isToken(nulls, text, start, end) {
    const length = end - start;
    if ((nulls.lengths & (length < 32 ? 1 << length : 1 << 31)) === 0)
        return false;
    for (const token of nulls.tokens) {
        if (token.length !== length)
            continue;
        let i = 0;
        while (i < length && token.charCodeAt(i) === text.charCodeAt(start + i))
            i++;
        if (i === length)
            return true;
    }
    return false;
}
class ColumnAccumulator {
    name;
    count = 0;
    nulls = 0;
    kinds = new Float64Array(6);
    minLength = Infinity;
    /**
     * Set by the CSV sink while it feeds a decoded chunk without a high surrogate (one regex test
     * per chunk): then no field of it has a pair, and the per-field count is skipped.
     */
    surrogateFree = false;
    maxLength = -Infinity;
    moments = (0,moments/* emptyMoments */.rC)();
    sample = new sample/* NumericSample */.md();
    timeMin = Infinity;
    timeMax = -Infinity;
    /** The category counts, save the numbers still waiting in a run (`countNumber`): read them through `toState` or `merge`. */
    categories = new categories/* CategoryCounter */.zM();
    /** Text values in the date formats ISO 8601 is not (src/profile/dates.ts). */
    dates = new dates/* DateTally */.rJ();
    /** Every numeric value, when the profile is for a comparison in this run (src/profile/exact.ts). */
    exact;
    /** How the column's text reads when not as plain values (`1.234,56`, `Y`/`N`): src/profile/formats.ts. */
    get format() {
        return this.reading;
    }
    /** Sets how the next text reads (per file); the profile keeps the last format any file had. */
    set format(format) {
        this.reading = format;
        if (format)
            this.formatSeen = format;
    }
    reading;
    formatSeen;
    /** Lists, structs and maps (Parquet): their type and lengths. */
    nested;
    pending = new Float64Array(PENDING_NUMBERS);
    pendingCount = 0;
    /** Numbers waiting to be counted as categories, in the order they came: see `countNumber`. */
    pendingKeys = new Float64Array(PENDING_NUMBERS);
    pendingKeyCount = 0;
    nullTokens;
    constructor(name, nullTokens) {
        this.name = name;
        this.nullTokens = nullTokens && nullTokens.size > 0 ? nullTokensOf(nullTokens) : undefined;
    }
    /** Adds `length` cells of one batch column. */
    addCells(cells, length) {
        const format = this.format;
        if (format !== undefined) {
            for (let r = 0; r < length; r++) {
                const cell = cells[r];
                if (typeof cell === 'string')
                    this.addFormattedRange(cell, 0, cell.length, format);
                else if (cell === null || cell === undefined)
                    this.nulls++;
                else
                    this.addTyped(cell);
            }
            return;
        }
        for (let r = 0; r < length; r++) {
            const cell = cells[r];
            if (typeof cell === 'string')
                this.addRange(cell, 0, cell.length);
            else if (cell === null || cell === undefined)
                this.nulls++;
            else
                this.addTyped(cell);
        }
    }
    /**
     * Adds the text cell text[start, end). The CSV profiler passes fields where they lie in the
     * decoded chunk: classifying, hashing and counting them in place means a number or a
     * repeated category never becomes a string of its own.
     */
    addRange(text, start, end) {
        if (end === start || (this.nullTokens !== undefined && isToken(this.nullTokens, text, start, end)))
            this.nulls++;
        else
            this.addTextRange(text, start, end, (0,values/* classifyRange */.iU)(text, start, end));
    }
    /**
     * `addRange` for a column with a format (`1.234,56`, `Y`): a method of its own, so that the
     * plain path of every other column stays as it was.
     */
    addFormattedRange(text, start, end, format) {
        if (end === start || (this.nullTokens !== undefined && isToken(this.nullTokens, text, start, end)))
            this.nulls++;
        else
            this.addTextRange(text, start, end, (0,formats/* classifyFormatted */.$p)(text, start, end, format));
    }
    /**
     * `addRange` that hands back the field's kind (−1: null), its parse left in `parsedValue`: for
     * a sink of the same records that reads the same parse (the contract, src/profile/records.ts).
     */
    addRangeKind(text, start, end) {
        if (end === start || (this.nullTokens !== undefined && isToken(this.nullTokens, text, start, end))) {
            this.nulls++;
            return -1;
        }
        const kind = (0,values/* classifyRange */.iU)(text, start, end);
        const { value, canonical } = values/* parsedValue */.X$;
        this.addTextRange(text, start, end, kind);
        values/* parsedValue */.X$.value = value;
        values/* parsedValue */.X$.canonical = canonical;
        return kind;
    }
    addTextRange(text, start, end, kind) {
        this.count++;
        this.kinds[kind]++;
        // Length in characters (code points), as SQL's length() and Python's len() count, and as the
        // contract's min_length/max_length do: an emoji counts once. A text's units bound its code
        // points (units / 2 ≤ points ≤ units), so they are counted only when they could move a bound;
        // numbers, dates and booleans are ASCII.
        let length = end - start;
        if (kind === values/* KIND_STRING */.jr && !this.surrogateFree && (length > this.maxLength || length < 2 * this.minLength))
            length -= surrogatePairs(text, start, end);
        if (length < this.minLength)
            this.minLength = length;
        if (length > this.maxLength)
            this.maxLength = length;
        if (kind === values/* KIND_INTEGER */.Ec || kind === values/* KIND_NUMBER */.V) {
            this.addNumber(values/* parsedValue */.X$.value);
            // A number whose text String() gives back is counted by value: same categories, listed
            // under the same text, without hashing or keeping the text.
            if (values/* parsedValue */.X$.canonical) {
                this.countNumber(values/* parsedValue */.X$.value);
                return;
            }
        }
        else if (kind === values/* KIND_DATE */.UR || kind === values/* KIND_TIMESTAMP */.mq) {
            const time = values/* parsedValue */.X$.value;
            if (time < this.timeMin)
                this.timeMin = time;
            if (time > this.timeMax)
                this.timeMax = time;
        }
        else if (this.dates.looking)
            this.dates.addRange(text, start, end);
        if (this.pendingKeyCount > 0)
            this.countNumbers();
        this.categories.addRange(text, start, end);
    }
    addText(text, kind) {
        this.addTextRange(text, 0, text.length, kind);
    }
    addNumber(value) {
        // Welford's update.
        const moments = this.moments;
        const n = ++moments.n;
        const delta = value - moments.mean;
        moments.mean += delta / n;
        moments.m2 += delta * (value - moments.mean);
        if (value < moments.min)
            moments.min = value;
        if (value > moments.max)
            moments.max = value;
        // Handed on in runs: V8 passes a double to a call it does not inline (the sample's, several
        // levels down the profiler's loop) as a new heap number, one per value; written here, it is not.
        this.pending[this.pendingCount++] = value;
        if (this.pendingCount === PENDING_NUMBERS)
            this.settle();
    }
    /**
     * Counts a number as a category, in a run with the numbers before it: as a value passed to the
     * counter one at a time, it was a new heap number per cell (the counter's code is not inlined
     * here), and the numeric columns' counting took ≈ 5 % longer. A text or time counted meanwhile
     * takes the run first, so the counts come in the order of the cells.
     */
    countNumber(value) {
        this.pendingKeys[this.pendingKeyCount++] = value;
        if (this.pendingKeyCount === PENDING_NUMBERS)
            this.countNumbers();
    }
    /** Counts the waiting numbers: before any other value is counted, and before the counts are read. */
    countNumbers() {
        const count = this.pendingKeyCount;
        this.pendingKeyCount = 0;
        this.categories.addNumbers(this.pendingKeys, count);
    }
    /** Hands the gathered numeric values to the sample, the exact values and the category counts: before any is read. */
    settle() {
        if (this.pendingKeyCount > 0)
            this.countNumbers();
        const count = this.pendingCount;
        if (count === 0)
            return;
        this.pendingCount = 0;
        this.sample.addAll(this.pending, count);
        this.exact?.addAll(this.pending, count);
    }
    /**
     * Values typed by the file (JSON, Parquet). Numbers and times are counted as numbers, without
     * making their text (the slowest part of profiling Parquet), so they add nothing to the
     * lengths, which are of text cells.
     */
    addTyped(cell) {
        switch (typeof cell) {
            case 'number':
                // NaN is how pandas and Arrow spell a missing float.
                if (Number.isNaN(cell))
                    this.nulls++;
                else if (!Number.isFinite(cell))
                    this.addText(String(cell), values/* KIND_STRING */.jr);
                else
                    this.addTypedNumber(cell, Number.isInteger(cell) ? values/* KIND_INTEGER */.Ec : values/* KIND_NUMBER */.V);
                return;
            case 'bigint':
                // Beyond 2^53 the number is rounded, so count such a value by its exact text.
                if (cell <= MAX_SAFE && cell >= -MAX_SAFE)
                    this.addTypedNumber(Number(cell), values/* KIND_INTEGER */.Ec);
                else {
                    values/* parsedValue */.X$.value = Number(cell);
                    values/* parsedValue */.X$.canonical = false;
                    this.addText(cell.toString(), values/* KIND_INTEGER */.Ec);
                }
                return;
            case 'boolean':
                this.addText(cell ? 'true' : 'false', values/* KIND_BOOLEAN */.gN);
                return;
            default:
                if (cell instanceof Date) {
                    const time = cell.getTime();
                    if (Number.isNaN(time))
                        this.addText(String(cell), values/* KIND_STRING */.jr);
                    else {
                        this.count++;
                        this.kinds[values/* KIND_TIMESTAMP */.mq]++;
                        if (time < this.timeMin)
                            this.timeMin = time;
                        if (time > this.timeMax)
                            this.timeMax = time;
                        if (this.pendingKeyCount > 0)
                            this.countNumbers();
                        this.categories.addTime(time);
                    }
                }
                else if (cell instanceof nested/* NestedValue */.V$)
                    this.addNested(cell);
                else
                    this.addText((0,values/* cellText */.Ie)(cell), values/* KIND_STRING */.jr);
        }
    }
    /** A list, struct or map: counted, its length kept; no categories or text. */
    addNested(cell) {
        this.count++;
        this.nested ??= { type: cell.type, lengths: (0,nested/* emptyLengths */.h$)() };
        if (cell.length !== undefined)
            (0,nested/* addLength */.ug)(this.nested.lengths, cell.length);
    }
    addTypedNumber(value, kind) {
        this.count++;
        this.kinds[kind]++;
        this.addNumber(value);
        this.countNumber(value);
    }
    /** Rows in which this column was absent (a file or JSON objects without it) read as null. */
    addMissing(rows) {
        this.nulls += rows;
    }
    merge(other) {
        this.settle();
        other.settle();
        this.count += other.count;
        this.nulls += other.nulls;
        for (let k = 0; k < 6; k++)
            this.kinds[k] += other.kinds[k];
        this.minLength = Math.min(this.minLength, other.minLength);
        this.maxLength = Math.max(this.maxLength, other.maxLength);
        this.moments = (0,moments/* mergeMoments */.iQ)(this.moments, other.moments);
        this.sample.merge(other.sample);
        this.timeMin = Math.min(this.timeMin, other.timeMin);
        this.timeMax = Math.max(this.timeMax, other.timeMax);
        this.categories.merge(other.categories);
        this.dates.merge(other.dates);
        this.formatSeen ??= other.formatSeen;
        if (other.nested)
            this.nested = this.nested ? { type: this.nested.type, lengths: (0,nested/* mergeLengths */.Su)(this.nested.lengths, other.nested.lengths) } : other.nested;
    }
    /** The column's state; its exact values (`exact`) are complete after it. */
    toState() {
        this.settle();
        const state = {
            v: stateVersion/* STATE_VERSION */.n, count: this.count, nulls: this.nulls, kinds: Array.from(this.kinds),
            categories: this.categories.toState(),
        };
        // Typed cells (Parquet, engine rows) have no text length: Infinity would not survive JSON.
        if (this.count > 0 && Number.isFinite(this.minLength)) {
            state.minLength = this.minLength;
            state.maxLength = this.maxLength;
        }
        if (this.moments.n > 0) {
            state.numeric = { ...this.moments };
            state.sample = this.sample.toState();
        }
        if (this.timeMin <= this.timeMax)
            state.time = { min: this.timeMin, max: this.timeMax };
        const dates = this.dates.toState();
        if (dates)
            state.dates = dates;
        if (this.formatSeen)
            state.format = this.formatSeen;
        if (this.nested)
            state.nested = this.nested;
        return state;
    }
    static fromState(name, state) {
        const column = new ColumnAccumulator(name, undefined);
        column.count = state.count;
        column.nulls = state.nulls;
        column.kinds.set(state.kinds);
        if (state.minLength !== undefined)
            column.minLength = state.minLength;
        if (state.maxLength !== undefined)
            column.maxLength = state.maxLength;
        if (state.numeric)
            column.moments = { ...state.numeric };
        if (state.sample)
            column.sample = sample/* NumericSample */.md.fromState(state.sample);
        if (state.time) {
            column.timeMin = state.time.min;
            column.timeMax = state.time.max;
        }
        column.categories = categories/* CategoryCounter */.zM.fromState(state.categories);
        column.dates = dates/* DateTally */.rJ.fromState(state.dates);
        column.format = state.format;
        column.nested = state.nested;
        return column;
    }
}

// EXTERNAL MODULE: ./src/profile/exact.ts + 2 modules
var profile_exact = __webpack_require__(16551);
// EXTERNAL MODULE: ./src/profile/summary.ts
var summary = __webpack_require__(14777);
;// CONCATENATED MODULE: ./src/profile/profiler.ts
// Streams batches into per-column accumulators and finishes them into a Profile; merges profiles.




class Profiler {
    columns = new Map();
    nullTokens;
    rows = 0;
    exactBudget;
    formats = new Map();
    constructor(options = {}) {
        this.nullTokens = options.nullValues && options.nullValues.length > 0 ? new Set(options.nullValues) : undefined;
        if (options.exact !== undefined && options.exact !== false)
            this.exactBudget = options.exact === true ? new profile_exact/* ExactBudget */.T$() : new profile_exact/* ExactBudget */.T$(options.exact);
    }
    add(batch) {
        for (let c = 0; c < batch.columns.length; c++)
            this.addColumn(batch.columns[c], batch.data[c], batch.length);
        if (batch.nested)
            for (const [name, type] of Object.entries(batch.nested))
                this.declareNested(name, type);
        this.endRows(batch.length);
    }
    /**
     * One column of the next `length` rows, for readers that go column by column (Parquet);
     * call `endRows(length)` once every column of those rows is in.
     */
    addColumn(name, cells, length) {
        this.column(name).addCells(cells, length);
    }
    /** The accumulators of `names`, for readers that feed cells themselves (src/profile/records.ts). */
    columnsNamed(names) {
        return names.map((name) => this.column(name));
    }
    /**
     * How the text of the next rows' columns reads (src/profile/formats.ts), by column name; a
     * column not named reads plainly. Set before each CSV file, from its first lines.
     */
    useFormats(formats) {
        this.formats = formats instanceof Map ? formats : new Map(Object.entries(formats));
        for (const column of this.columns.values())
            column.format = this.formats.get(column.name);
    }
    /** A nested column (Parquet list, struct, map) by its schema, so that one of nulls only keeps its type. */
    declareNested(name, type) {
        this.column(name).nested ??= { type, lengths: { n: 0, min: 0, max: 0, sum: 0 } };
    }
    column(name) {
        let column = this.columns.get(name);
        if (!column) {
            column = new ColumnAccumulator(name, this.nullTokens);
            if (this.exactBudget)
                column.exact = new profile_exact/* ExactValues */.yH(this.exactBudget);
            column.addMissing(this.rows);
            column.format = this.formats.get(name);
            this.columns.set(name, column);
        }
        return column;
    }
    /** Ends `length` rows: a column that got no cells for them reads as null there. */
    endRows(length) {
        this.rows += length;
        for (const column of this.columns.values()) {
            const missing = this.rows - column.count - column.nulls;
            if (missing > 0)
                column.addMissing(missing);
        }
    }
    /**
     * The profile. `summaries: false` gives each column its state, counts and kind-resolved type
     * only: what a merge reads (a part of a file, src/profile/part.ts), whose summary, top values
     * and quantiles would be made only to be thrown away; the merged profile is summarised once.
     */
    finish(summaries = true) {
        const columns = [...this.columns.values()].map((column) => {
            const state = column.toState();
            const profile = summaries ? (0,summary/* summarise */.fS)(column.name, state) : { name: column.name, type: (0,summary/* resolveType */.r)(state.kinds).type, count: state.count, nulls: state.nulls, state };
            const exact = column.exact?.toArray();
            if (exact)
                (0,profile_exact/* attachExactValues */["do"])(profile, exact);
            return profile;
        });
        return { version: 1, rows: this.rows, columns };
    }
}
function stateOf(column) {
    if (column.state === undefined) {
        throw new errors/* UserError */.yo(`column "${column.name}" of the profile has no sketch state (made by another tool?), so it cannot be merged`);
    }
    return column.state;
}
/** The profile of the union of the two snapshots the profiles summarise. */
/**
 * A merged column's declared nullability (tables' catalogs): NOT NULL only where both sides
 * have the column and declare it so; nullable where both declare and one allows nulls; none
 * where a side declares nothing (a file) or lacks the column (its rows add nulls).
 */
function mergeDeclared(merged, a, b) {
    const declared = (side) => new Map(side.columns.map((column) => [column.name, column.declaredNullable]));
    const [before, after] = [declared(a), declared(b)];
    for (const column of merged.columns) {
        const [x, y] = [before.get(column.name), after.get(column.name)];
        if (x !== undefined && y !== undefined)
            column.declaredNullable = x || y;
    }
}
/** `consume`: a and b are not read again (a file's parts), so their exact values may be merged in place. */
function mergeProfiles(a, b, consume = false) {
    const merged = new Map();
    for (const column of a.columns) {
        const accumulator = ColumnAccumulator.fromState(column.name, stateOf(column));
        accumulator.addMissing(b.rows);
        merged.set(column.name, accumulator);
    }
    for (const column of b.columns) {
        const other = ColumnAccumulator.fromState(column.name, stateOf(column));
        const mine = merged.get(column.name);
        if (mine) {
            // Undo the placeholder nulls: this column exists on both sides.
            mine.nulls -= b.rows;
            mine.merge(other);
        }
        else {
            other.addMissing(a.rows);
            merged.set(column.name, other);
        }
    }
    const profile = {
        version: 1,
        rows: a.rows + b.rows,
        columns: [...merged.values()].map((column) => (0,summary/* summarise */.fS)(column.name, column.toState())),
    };
    const delimiter = a.delimiter ?? b.delimiter;
    if (delimiter !== undefined)
        profile.delimiter = delimiter;
    if (a.source || b.source)
        profile.source = [...(a.source ?? []), ...(b.source ?? [])];
    mergeDeclared(profile, a, b);
    (0,profile_exact/* mergeExactValues */.iI)(a, b, profile, consume);
    return profile;
}


/***/ }),

/***/ 84718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ mix32),
/* harmony export */   Uk: () => (/* binding */ hashRange),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   qj: () => (/* binding */ hashText)
/* harmony export */ });
// Deterministic bits for the sketches: a 32-bit mix of a counter, so a profile is the same on
// every run and the coin flips need no stored generator state.
/** murmur3's 32-bit finaliser: a well-spread 32-bit value for a 32-bit input. */
function mix32(input) {
    let h = input | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** FNV-1a over the UTF-16 code units, finished with `mix32`: the hash behind distinct counts. */
function hashText(text) {
    return hashRange(text, 0, text.length);
}
/**
 * `hashText` of text[start, end), without making that string. Two code units per step, FNV-1a
 * over 32-bit words: half the multiplications, and `mix32` spreads the high half's bits down.
 */
function hashRange(text, start, end) {
    let h = 0x811c9dc5;
    let i = start;
    for (; i + 1 < end; i += 2)
        h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
    if (i < end)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return mix32(h);
}
const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);
/** A 32-bit hash of a double's bits: the hash of a typed number, with no text made for it. */
function hashNumber(value) {
    // -0 and 0 are one value (their text is "0").
    bits[0] = value === 0 ? 0 : value;
    return mix32(words[0] ^ mix32(words[1] ^ 0x27d4eb2f));
}


/***/ }),

/***/ 58747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ profileCsvFile),
/* harmony export */   db: () => (/* binding */ SharedParse),
/* harmony export */   kf: () => (/* binding */ profileRecords),
/* harmony export */   ks: () => (/* binding */ NOT_PARSED),
/* harmony export */   zb: () => (/* binding */ CANONICAL)
/* harmony export */ });
/* harmony import */ var _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23296);
/* harmony import */ var _readers_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3833);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45373);
// CSV/TSV records straight into the column accumulators: the parser hands over field positions
// in the decoded chunk and each accumulator reads its field there, so no batch of strings is
// built. Same profile as `Profiler.add` of the parser's batches, at about half the cost.



/** Rows gathered before they are counted, column by column. */
const ROWS = 1024;
/** `ends` of a field the record lacked (a ragged row): null. */
const MISSING = -2;
/** A high surrogate: a chunk without one has no surrogate pair in any field. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
/** `SharedParse.kinds` of a field the profiler did not classify (null, doubled quotes, missing). */
const NOT_PARSED = 255;
/** Bit of `SharedParse.kinds` set when the number's text is canonical (`parsedValue.canonical`). */
const CANONICAL = 8;
/**
 * The profiler's field offsets and parse of the rows it counted last, for another sink of the
 * same records that would classify the same fields again (the contract, src/contract/fields.ts):
 * same text, same classifier, so the same kind and value. Both sinks see the same records; the
 * profiler's flush ends with the reader's (`onFlush`), before its next record overwrites row 0.
 */
class SharedParse {
    wants;
    header;
    /** The profiler's offsets (all columns), valid until its next record. */
    starts = [];
    ends = [];
    built = [];
    /** Per wanted column: a KIND_ constant (| CANONICAL) or NOT_PARSED per row; empty for the others. */
    kinds = [];
    values = [];
    /** Per column: 1 when the last flush classified it plainly (a column with a format is not shared). */
    ready = new Uint8Array(0);
    rows = 0;
    flushes = 0;
    /** A profiler sink fills this; without one the reader gathers and parses its fields itself. */
    attached = false;
    /** The reader's flush, run at the end of each of the profiler's, before its arrays change. */
    onFlush;
    constructor(wants) {
        this.wants = wants;
    }
    /** Called by the profiler sink on a new header. */
    useHeader(header, starts, ends, built) {
        this.header = header;
        this.starts = starts;
        this.ends = ends;
        this.built = built;
        this.kinds = header.map((name) => new Uint8Array(this.wants(name) ? ROWS : 0));
        this.values = header.map((name) => new Float64Array(this.wants(name) ? ROWS : 0));
        this.ready = new Uint8Array(header.length);
        this.rows = 0;
    }
}
/**
 * Gathers the field offsets of up to ROWS records, then feeds each column its run of fields.
 * Column by column, one column's category table and sketch stay in cache for the whole run;
 * record by record, twelve columns' tables (≈ 2 MB) took turns in a 1 MB cache.
 */
class ProfilerSink {
    profiler;
    parse;
    header;
    columns = [];
    starts = [];
    ends = [];
    built = [];
    text = '';
    rows = 0;
    /** The last chunk tested for surrogates, and whether it had none. */
    testedText = '';
    surrogateFree = false;
    constructor(profiler, parse) {
        this.profiler = profiler;
        this.parse = parse;
        if (parse)
            parse.attached = true;
    }
    record(text, fields, count, header) {
        if (header !== this.header) {
            this.flush();
            this.header = header;
            this.columns = this.profiler.columnsNamed(header);
            this.starts = header.map(() => new Int32Array(ROWS));
            this.ends = header.map(() => new Int32Array(ROWS));
            this.built = header.map(() => []);
            this.parse?.useHeader(header, this.starts, this.ends, this.built);
        }
        if (this.rows === ROWS)
            this.flush();
        const r = this.rows++;
        this.text = text;
        const width = this.columns.length;
        const present = count < width ? count : width;
        for (let c = 0; c < present; c++) {
            const end = fields.ends[c];
            this.starts[c][r] = fields.starts[c];
            this.ends[c][r] = end;
            if (end === _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT */ .BT)
                this.built[c][r] = fields.built[c];
        }
        // A short (ragged) record: the parser reported it; its missing fields read as null.
        for (let c = present; c < width; c++)
            this.ends[c][r] = MISSING;
    }
    /** Counts the gathered rows; called before the parser's text changes. */
    flush() {
        const rows = this.rows;
        if (rows === 0)
            return;
        const text = this.text;
        const parse = this.parse;
        if (text !== this.testedText) {
            this.testedText = text;
            this.surrogateFree = !HIGH_SURROGATE.test(text);
        }
        // Each column's rows in a function of its own: V8 compiled this loop on stack (OSR) before
        // the lines after it had run, and that code bailed out there at the end of each flush.
        for (let c = 0; c < this.columns.length; c++) {
            const column = this.columns[c];
            // A built field is the chunk's text unquoted: surrogate-free when the chunk is.
            column.surrogateFree = this.surrogateFree;
            if (column.format !== undefined) {
                this.flushFormatted(c, rows, text);
                if (parse)
                    parse.ready[c] = 0;
            }
            else if (parse !== undefined && parse.kinds[c].length > 0)
                this.flushShared(c, rows, text, parse);
            else
                this.flushPlain(c, rows, text);
            column.surrogateFree = false;
        }
        this.rows = 0;
        this.text = '';
        if (parse) {
            parse.rows = rows;
            parse.flushes++;
            parse.onFlush?.();
        }
    }
    /** `flush` of column c. */
    flushPlain(c, rows, text) {
        const column = this.columns[c];
        const starts = this.starts[c];
        const ends = this.ends[c];
        for (let r = 0; r < rows; r++) {
            const end = ends[r];
            if (end >= 0)
                column.addRange(text, starts[r], end);
            else if (end === _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT */ .BT) {
                const value = this.built[c][r];
                column.addRange(value, 0, value.length);
            }
            else
                column.addMissing(1);
        }
    }
    /** `flush` of column c keeping each field's kind and value for the other sink (SharedParse). */
    flushShared(c, rows, text, parse) {
        const column = this.columns[c];
        const starts = this.starts[c];
        const ends = this.ends[c];
        const kinds = parse.kinds[c];
        const values = parse.values[c];
        for (let r = 0; r < rows; r++) {
            const end = ends[r];
            if (end >= 0) {
                const kind = column.addRangeKind(text, starts[r], end);
                if (kind < 0)
                    kinds[r] = NOT_PARSED;
                else {
                    kinds[r] = _values_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedValue */ .X$.canonical ? kind | CANONICAL : kind;
                    values[r] = _values_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedValue */ .X$.value;
                }
                continue;
            }
            kinds[r] = NOT_PARSED;
            if (end === _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT */ .BT) {
                const value = this.built[c][r];
                column.addRange(value, 0, value.length);
            }
            else
                column.addMissing(1);
        }
        parse.ready[c] = 1;
    }
    /** `flush` of column c when it has a format (src/profile/formats.ts): kept apart from the plain loop. */
    flushFormatted(c, rows, text) {
        const column = this.columns[c];
        const format = column.format;
        const starts = this.starts[c];
        const ends = this.ends[c];
        for (let r = 0; r < rows; r++) {
            const end = ends[r];
            if (end >= 0)
                column.addFormattedRange(text, starts[r], end, format);
            else if (end === _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT */ .BT) {
                const value = this.built[c][r];
                column.addFormattedRange(value, 0, value.length, format);
            }
            else
                column.addMissing(1);
        }
    }
}
/** Hands each record to both sinks. */
class BothSinks {
    first;
    second;
    constructor(first, second) {
        this.first = first;
        this.second = second;
    }
    record(text, fields, count, header, line, start) {
        this.first.record(text, fields, count, header, line, start);
        this.second.record(text, fields, count, header, line, start);
    }
}
/**
 * Profiles the text `chunks` with `parser` into `profiler`, and hands `rows` the batches it
 * wants, and `tee` every record. Returns whether text was left over before the end, i.e. the text did not end on a
 * record boundary (see `CsvParser.pending`).
 */
async function profileRecords(chunks, parser, profiler, rows, tee) {
    const fields = rows && 'record' in rows ? rows : undefined;
    const sink = new ProfilerSink(profiler, fields?.parse);
    const batches = rows && !fields ? new _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .BatchSink */ .Mz(rows.keep) : undefined;
    const other = fields ?? batches;
    const profiled = other ? new BothSinks(sink, other) : sink;
    const both = tee ? new BothSinks(profiled, tee) : profiled;
    const drain = () => {
        const firstRow = parser.firstRowAfter;
        fields?.start(parser.file, firstRow);
        const count = parser.drain(both);
        sink.flush();
        fields?.flush();
        profiler.endRows(count);
        const batch = batches?.take(parser.file, firstRow);
        if (batch)
            rows.add(batch);
    };
    for await (const chunk of chunks) {
        tee?.chunk(chunk);
        parser.push(chunk);
        drain();
    }
    const pending = parser.pending;
    parser.end();
    drain();
    return pending;
}
/**
 * Profiles the CSV/TSV `file` into `profiler`, its rows numbered from `firstRow` (a dataset of
 * several files), handing `rows` its batches; returns the number of the row after its last.
 */
async function profileCsvFile(file, delimiter, firstRow, profiler, onIssue, rows, tee, signal) {
    const parser = new _readers_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvParser */ .C2({ file, delimiter, firstRow, onIssue });
    await profileRecords((0,_readers_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(file, undefined, signal), parser, profiler, rows, tee);
    return parser.firstRowAfter;
}


/***/ }),

/***/ 65386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dB: () => (/* binding */ EXACT_VALUES),
  K: () => (/* binding */ KLL_K),
  md: () => (/* binding */ NumericSample)
});

// EXTERNAL MODULE: ./src/profile/random.ts
var random = __webpack_require__(84718);
;// CONCATENATED MODULE: ./src/profile/kll.ts
// KLL quantile sketch (Karnin, Lang, Liberty 2016), in the lazy form DataSketches uses: a stack
// of compactors, level h holding items of weight 2^h, capacities shrinking by 2/3 per level
// down from the top. Its rank error is uniform over the whole distribution, which is what a KS
// distance needs (a t-digest is accurate at the tails only; DDSketch bounds value, not rank, error).
// Coin flips come from a counter, so the same input always gives the same sketch.
//
// Speed (this runs once per value of every numeric column): level 0 is an unsorted buffer of at
// least BOTTOM items, halved as soon as it fills; the levels above are compacted lazily, as in
// DataSketches, once they outgrow the rest of the budget. Sorting and merging compare random
// doubles, so their branches mispredict about half the time; both pick items by index
// arithmetic instead (`sort8`, `mergeRuns`). `node bench/kll.mjs` measures speed and error.

const MIN_CAPACITY = 8;
const DECAY = 2 / 3;
/**
 * Level 0 never holds fewer than this before it is halved. DataSketches lets it shrink to 8 in a
 * deep sketch, so the sketch compacted every ~4 values; 64 spends 56 more items of memory to make
 * each compaction's fixed cost (coin flip, merge into level 1, budget check) 1/8 as frequent, and
 * fewer weight-1 compactions only lower the error. 16, 32, 128 and 256 measured no faster.
 */
const BOTTOM = 64;
/**
 * Merges the sorted runs from[a, aEnd) and from[b, bEnd) into to[out, …), from both ends at
 * once. The comparisons pick the index to read instead of a branch to take (on random data a
 * branch here mispredicts half the time), and the two ends are independent chains of work that
 * the CPU overlaps. Front and back break ties the same way (run a first), so they never take
 * the same item.
 */
function mergeRuns(from, a, aEnd, b, bEnd, to, out) {
    let aLast = aEnd - 1, bLast = bEnd - 1, back = out + (aEnd - a) + (bEnd - b) - 1;
    while (out < back && a <= aLast && b <= bLast) {
        const front = Number(from[a] <= from[b]);
        to[out++] = from[b + ((a - b) & -front)];
        a += front;
        b += 1 - front;
        const last = Number(from[aLast] > from[bLast]);
        to[back--] = from[bLast + ((aLast - bLast) & -last)];
        aLast -= last;
        bLast -= 1 - last;
    }
    while (a <= aLast && b <= bLast) {
        const front = Number(from[a] <= from[b]);
        to[out++] = from[b + ((a - b) & -front)];
        a += front;
        b += 1 - front;
    }
    while (a <= aLast)
        to[out++] = from[a++];
    while (b <= bLast)
        to[out++] = from[b++];
}
/**
 * Sorts items[o, o + 8) with Batcher's 19-comparator network. Each comparator orders a pair by
 * index arithmetic (d is 0, or the distance when the pair is out of order), without a branch;
 * written out, because TurboFan does not inline 19 calls of a helper.
 */
function sort8(items, o) {
    let d, low;
    d = 2 & -Number(items[o + 0] > items[o + 2]);
    low = items[o + 0 + d];
    items[o + 2] = items[o + 2 - d];
    items[o + 0] = low;
    d = 2 & -Number(items[o + 1] > items[o + 3]);
    low = items[o + 1 + d];
    items[o + 3] = items[o + 3 - d];
    items[o + 1] = low;
    d = 2 & -Number(items[o + 4] > items[o + 6]);
    low = items[o + 4 + d];
    items[o + 6] = items[o + 6 - d];
    items[o + 4] = low;
    d = 2 & -Number(items[o + 5] > items[o + 7]);
    low = items[o + 5 + d];
    items[o + 7] = items[o + 7 - d];
    items[o + 5] = low;
    d = 4 & -Number(items[o + 0] > items[o + 4]);
    low = items[o + 0 + d];
    items[o + 4] = items[o + 4 - d];
    items[o + 0] = low;
    d = 4 & -Number(items[o + 1] > items[o + 5]);
    low = items[o + 1 + d];
    items[o + 5] = items[o + 5 - d];
    items[o + 1] = low;
    d = 4 & -Number(items[o + 2] > items[o + 6]);
    low = items[o + 2 + d];
    items[o + 6] = items[o + 6 - d];
    items[o + 2] = low;
    d = 4 & -Number(items[o + 3] > items[o + 7]);
    low = items[o + 3 + d];
    items[o + 7] = items[o + 7 - d];
    items[o + 3] = low;
    d = 1 & -Number(items[o + 0] > items[o + 1]);
    low = items[o + 0 + d];
    items[o + 1] = items[o + 1 - d];
    items[o + 0] = low;
    d = 1 & -Number(items[o + 2] > items[o + 3]);
    low = items[o + 2 + d];
    items[o + 3] = items[o + 3 - d];
    items[o + 2] = low;
    d = 1 & -Number(items[o + 4] > items[o + 5]);
    low = items[o + 4 + d];
    items[o + 5] = items[o + 5 - d];
    items[o + 4] = low;
    d = 1 & -Number(items[o + 6] > items[o + 7]);
    low = items[o + 6 + d];
    items[o + 7] = items[o + 7 - d];
    items[o + 6] = low;
    d = 2 & -Number(items[o + 2] > items[o + 4]);
    low = items[o + 2 + d];
    items[o + 4] = items[o + 4 - d];
    items[o + 2] = low;
    d = 2 & -Number(items[o + 3] > items[o + 5]);
    low = items[o + 3 + d];
    items[o + 5] = items[o + 5 - d];
    items[o + 3] = low;
    d = 3 & -Number(items[o + 1] > items[o + 4]);
    low = items[o + 1 + d];
    items[o + 4] = items[o + 4 - d];
    items[o + 1] = low;
    d = 3 & -Number(items[o + 3] > items[o + 6]);
    low = items[o + 3 + d];
    items[o + 6] = items[o + 6 - d];
    items[o + 3] = low;
    d = 1 & -Number(items[o + 1] > items[o + 2]);
    low = items[o + 1 + d];
    items[o + 2] = items[o + 2 - d];
    items[o + 1] = low;
    d = 1 & -Number(items[o + 3] > items[o + 4]);
    low = items[o + 3 + d];
    items[o + 4] = items[o + 4 - d];
    items[o + 3] = low;
    d = 1 & -Number(items[o + 5] > items[o + 6]);
    low = items[o + 5 + d];
    items[o + 6] = items[o + 6 - d];
    items[o + 5] = low;
}
/** Insertion-sorts items[from, to): a ragged last block of `sortBottom`. */
function insertionSort(items, from, to) {
    for (let i = from + 1; i < to; i++) {
        const value = items[i];
        let j = i - 1;
        while (j >= from && items[j] > value) {
            items[j + 1] = items[j];
            j--;
        }
        items[j + 1] = value;
    }
}
/**
 * Sorts work[0, size): blocks of 8 by a network, then bottom-up merges that ping-pong between
 * the two halves of `work`. Returns where the sorted run starts (0 or half).
 */
function sortBottom(work, size) {
    const half = work.length >> 1;
    let start = 0;
    for (; start + 8 <= size; start += 8)
        sort8(work, start);
    insertionSort(work, start, size);
    let from = 0, to = half;
    for (let width = 8; width < size; width *= 2) {
        for (start = 0; start < size; start += 2 * width) {
            const mid = Math.min(start + width, size), end = Math.min(start + 2 * width, size);
            mergeRuns(work, from + start, from + mid, from + mid, from + end, work, to + start);
        }
        const swap = from;
        from = to;
        to = swap;
    }
    return from;
}
/**
 * Whether items[0, size) is already in order: ids and timestamps often arrive sorted, and the
 * network sorts them no faster than random data. On random data the loop stops at once.
 */
function isSorted(items, size) {
    for (let i = 1; i < size; i++)
        if (items[i] < items[i - 1])
            return false;
    return true;
}
class KllSketch {
    k;
    n = 0;
    /** Level 0 in work[0, size0), unsorted; the other half is the sort's scratch space. */
    work;
    size0 = 0;
    capacity0 = BOTTOM;
    /** Levels 1 and up, each sorted; levels[0] is unused (level 0 lives in `work`). */
    levels = [new Float64Array(0)];
    sizes = [0];
    capacities = [];
    /** Where each level's next merge is written; the two swap after every merge. */
    spares = [new Float64Array(0)];
    compactions = 0;
    /** Items above level 0, and the part of the budget they may use before one is compacted. */
    retainedAbove = 0;
    budgetAbove = 0;
    constructor(k) {
        this.k = k;
        this.work = new Float64Array(2 * Math.max(k, BOTTOM));
        this.setCapacities();
    }
    /** Capacities of a sketch `levels.length` high: the top holds k, each level below 2/3 of it. */
    setCapacities() {
        const top = this.levels.length - 1;
        this.capacities = this.levels.map((_, h) => Math.max(MIN_CAPACITY, Math.ceil(this.k * DECAY ** (top - h))));
        const total = this.capacities.reduce((sum, capacity) => sum + capacity, 0);
        // Levels above 0 get the budget of a DataSketches sketch of this height, less its level 0.
        this.budgetAbove = total - this.capacities[0];
        this.capacities[0] = this.capacity0 = Math.max(BOTTOM, this.capacities[0]);
    }
    addLevel() {
        this.levels.push(new Float64Array(MIN_CAPACITY));
        this.spares.push(new Float64Array(MIN_CAPACITY));
        this.sizes.push(0);
        this.setCapacities();
    }
    add(value) {
        const size = this.size0;
        this.work[size] = value;
        this.size0 = size + 1;
        this.n++;
        if (size + 1 >= this.capacity0)
            this.compactBottom();
    }
    /** `add` of values[from, to), in order; its body written out, since a call per value would box the value. */
    addAll(values, from, to) {
        for (let i = from; i < to; i++) {
            const size = this.size0;
            this.work[size] = values[i];
            this.size0 = size + 1;
            this.n++;
            if (size + 1 >= this.capacity0)
                this.compactBottom();
        }
    }
    /** Halves level 0 into level 1, then compacts the levels above while they are over budget. */
    compactBottom() {
        const size = this.size0;
        const from = isSorted(this.work, size) ? 0 : sortBottom(this.work, size);
        this.promote(1, this.work, from, size);
        // An odd item out stays behind (the smallest), so the promoted half pairs up evenly.
        if (size % 2 === 1)
            this.work[0] = this.work[from];
        this.size0 = size % 2;
        this.compress();
    }
    /** Compacts the lowest full level above 0 until those levels fit their budget. */
    compress() {
        while (this.retainedAbove >= this.budgetAbove) {
            let level = 1;
            while (level < this.levels.length && this.sizes[level] < this.capacities[level])
                level++;
            if (level === this.levels.length)
                break;
            const size = this.sizes[level];
            this.promote(level + 1, this.levels[level], 0, size);
            this.retainedAbove -= size - (size % 2);
            this.sizes[level] = size % 2;
        }
    }
    /**
     * Merges every other item of the sorted run items[from, from + size) into `level`, starting
     * with the first or the second by a coin flip; a leading odd item is left out.
     */
    promote(level, items, from, size) {
        if (level === this.levels.length)
            this.addLevel();
        const start = from + (size % 2) + ((0,random/* mix32 */.QV)(this.compactions++ ^ 0x9e3779b9) & 1);
        const promoted = size >> 1;
        const kept = this.sizes[level];
        const total = kept + promoted;
        let current = this.levels[level];
        if (current.length < total) {
            const grown = new Float64Array(Math.max(total, 2 * current.length));
            grown.set(current.subarray(0, kept));
            this.levels[level] = current = grown;
        }
        let spare = this.spares[level];
        if (spare.length < total)
            spare = new Float64Array(current.length);
        // The promoted run goes right after the level's items, so one array holds both runs.
        for (let i = 0; i < promoted; i++)
            current[kept + i] = items[start + 2 * i];
        mergeRuns(current, 0, kept, kept, total, spare, 0);
        this.levels[level] = spare;
        this.spares[level] = current;
        this.sizes[level] = total;
        this.retainedAbove += promoted;
    }
    merge(other) {
        while (this.levels.length < other.levels.length)
            this.addLevel();
        for (let i = 0; i < other.size0; i++)
            this.push0(other.work[i]);
        for (let h = 1; h < other.levels.length; h++)
            this.append(h, other.levels[h].subarray(0, other.sizes[h]));
        this.n += other.n;
        this.compactions += other.compactions;
        this.settle();
    }
    /** Adds to level 0 without compacting (merge and fromState compact once at the end). */
    push0(value) {
        if (this.size0 === this.work.length >> 1) {
            const grown = new Float64Array(2 * this.work.length);
            grown.set(this.work.subarray(0, this.size0));
            this.work = grown;
        }
        this.work[this.size0++] = value;
    }
    /** Appends items to a level above 0 and restores its order. */
    append(level, items) {
        const size = this.sizes[level];
        if (this.levels[level].length < size + items.length) {
            const grown = new Float64Array(Math.max(MIN_CAPACITY, 2 * (size + items.length)));
            grown.set(this.levels[level].subarray(0, size));
            this.levels[level] = grown;
        }
        this.levels[level].set(items, size);
        this.sizes[level] = size + items.length;
        this.levels[level].subarray(0, this.sizes[level]).sort();
        this.retainedAbove += items.length;
    }
    /** Restores the invariants after items were added in bulk: level 0 below its capacity, the rest within budget. */
    settle() {
        if (this.size0 >= this.capacity0)
            this.compactBottom();
        else
            this.compress();
    }
    /** Items and their weights, sorted by value. */
    weighted() {
        const pairs = [];
        for (let i = 0; i < this.size0; i++)
            pairs.push([this.work[i], 1]);
        for (let h = 1; h < this.levels.length; h++) {
            const weight = 2 ** h;
            const items = this.levels[h];
            for (let i = 0; i < this.sizes[h]; i++)
                pairs.push([items[i], weight]);
        }
        pairs.sort((a, b) => a[0] - b[0]);
        return { values: Float64Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) };
    }
    toState() {
        const levels = [Array.from(this.work.subarray(0, this.size0)).sort((a, b) => a - b)];
        for (let h = 1; h < this.levels.length; h++)
            levels.push(Array.from(this.levels[h].subarray(0, this.sizes[h])));
        return { k: this.k, n: this.n, compactions: this.compactions, levels };
    }
    static fromState(state) {
        const sketch = new KllSketch(state.k);
        while (sketch.levels.length < state.levels.length)
            sketch.addLevel();
        state.levels.forEach((items, h) => {
            if (h === 0)
                for (const item of items)
                    sketch.push0(item);
            // Stored levels are sorted; `append` sorts anyway, so a hand-edited state cannot break the invariant.
            else
                sketch.append(h, items);
        });
        sketch.n = state.n;
        sketch.compactions = state.compactions;
        sketch.settle();
        return sketch;
    }
}

;// CONCATENATED MODULE: ./src/profile/sample.ts
// The numeric values of a column: kept exactly up to a budget, a KLL sketch beyond it.

/** Values kept exactly: small columns get exact KS, PSI and quantiles. */
const EXACT_VALUES = 2048;
/** KLL k: measured rank error ≤ 0.0035 per sketch at 1M values, so KS D from two sketches is within ±0.01. */
const KLL_K = 512;
class NumericSample {
    exact = [];
    sketch;
    add(value) {
        if (this.exact !== undefined) {
            this.exact.push(value);
            if (this.exact.length > EXACT_VALUES)
                this.toSketch();
        }
        else
            this.sketch.add(value);
    }
    /** `add` of values[0, count), in order; written out, since a call per value would box the value. */
    addAll(values, count) {
        let i = 0;
        for (; i < count && this.exact !== undefined; i++) {
            this.exact.push(values[i]);
            if (this.exact.length > EXACT_VALUES)
                this.toSketch();
        }
        if (i < count)
            this.sketch.addAll(values, i, count);
    }
    get count() {
        return this.exact?.length ?? this.sketch.n;
    }
    toSketch() {
        const sketch = new KllSketch(KLL_K);
        for (const value of this.exact ?? [])
            sketch.add(value);
        this.exact = undefined;
        this.sketch = sketch;
    }
    merge(other) {
        if (other.exact !== undefined) {
            for (const value of other.exact)
                this.add(value);
            return;
        }
        if (this.exact !== undefined)
            this.toSketch();
        this.sketch.merge(other.sketch);
    }
    weighted() {
        if (this.exact !== undefined) {
            const values = Float64Array.from(this.exact).sort();
            return { values, weights: new Float64Array(values.length).fill(1), total: values.length, exact: true };
        }
        const sketch = this.sketch;
        return { ...sketch.weighted(), total: sketch.n, exact: false };
    }
    toState() {
        if (this.exact !== undefined)
            return { exact: this.exact.slice().sort((a, b) => a - b) };
        return { kll: this.sketch.toState() };
    }
    static fromState(state) {
        const sample = new NumericSample();
        if ('exact' in state)
            sample.exact = state.exact.slice();
        else {
            sample.exact = undefined;
            sample.sketch = KllSketch.fromState(state.kll);
        }
        return sample;
    }
}


/***/ }),

/***/ 76462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ STATE_VERSION)
/* harmony export */ });
// The version of a column's state JSON (src/profile/state.ts), apart from its zod schema: the
// profiler writes it, and neither it nor the workers load zod.
const STATE_VERSION = 1;


/***/ }),

/***/ 14777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ weightedQuantile),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   r: () => (/* binding */ resolveType)
/* harmony export */ });
/* unused harmony export histogram */
/* harmony import */ var _categories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68759);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81452);
/* harmony import */ var _moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24980);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65386);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45373);
// From a column's state to the readable fields of its profile: type, moments, quantiles,
// histogram, top values. Pure; the same for a fresh profile and a merged one.





const QUANTILES = [['p01', 0.01], ['p05', 0.05], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p95', 0.95], ['p99', 0.99]];
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;
/** The narrowest type all values read as, and for string columns the best other type and its share. */
function resolveType(kinds) {
    const numeric = kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_INTEGER */ .Ec] + kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_NUMBER */ .V];
    const temporal = kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_DATE */ .UR] + kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_TIMESTAMP */ .mq];
    const boolean = kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_BOOLEAN */ .gN];
    const total = numeric + temporal + boolean + kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_STRING */ .jr];
    const families = [
        [numeric, kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_NUMBER */ .V] > 0 ? 'number' : 'integer'],
        [temporal, kinds[_values_js__WEBPACK_IMPORTED_MODULE_3__/* .KIND_TIMESTAMP */ .mq] > 0 ? 'timestamp' : 'date'],
        [boolean, 'boolean'],
    ];
    for (const [count, type] of families)
        if (count > 0 && count === total)
            return { type };
    let best;
    for (const family of families)
        if (family[0] > 0 && (!best || family[0] > best[0]))
            best = family;
    return best ? { type: 'string', parsed: { type: best[1], share: best[0] / total } } : { type: 'string' };
}
/**
 * Quantile q of a weighted sample, interpolating linearly between order statistics as
 * `numpy.quantile` does (an item of weight w stands for w equal values).
 */
function weightedQuantile(sample, q) {
    const { values, weights, total } = sample;
    const rank = q * (total - 1);
    const lower = Math.floor(rank);
    const fraction = rank - lower;
    let cumulative = 0;
    for (let i = 0; i < values.length; i++) {
        cumulative += weights[i];
        if (cumulative > lower) {
            // The order statistic after `lower` is this item again or the next one.
            const next = cumulative > lower + 1 || i + 1 === values.length ? values[i] : values[i + 1];
            return values[i] + fraction * (next - values[i]);
        }
    }
    return values[values.length - 1];
}
/** Equal-width bins over [min, max]; the last bin is closed, as in `numpy.histogram`. */
function histogram(sample, min, max, bins = HISTOGRAM_BINS) {
    if (min === max)
        return { edges: [min, max], counts: [sample.total] };
    const width = (max - min) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
    const counts = new Array(bins).fill(0);
    for (let i = 0; i < sample.values.length; i++) {
        const bin = Math.min(bins - 1, Math.max(0, Math.floor((sample.values[i] - min) / width)));
        counts[bin] += sample.weights[i];
    }
    return { edges, counts };
}
function isoTime(time, type) {
    const iso = new Date(time).toISOString();
    return type === 'date' ? iso.slice(0, 10) : iso;
}
function summarise(name, state) {
    const resolved = resolveType(state.kinds);
    // Dates in formats other than ISO 8601, and epoch times in columns named for them.
    const temporal = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .temporalReading */ .Z)(name, state, resolved);
    const type = state.nested?.type ?? temporal.resolved.type;
    const parsed = state.nested ? undefined : temporal.resolved.parsed;
    const categories = _categories_js__WEBPACK_IMPORTED_MODULE_0__/* .CategoryCounter */ .zM.fromState(state.categories);
    const profile = { name, type, count: state.count, nulls: state.nulls, distinct: categories.distinct };
    const numeric = state.numeric;
    if ((type === 'integer' || type === 'number') && numeric && state.sample) {
        const sample = _sample_js__WEBPACK_IMPORTED_MODULE_2__/* .NumericSample */ .md.fromState(state.sample).weighted();
        profile.min = numeric.min;
        profile.max = numeric.max;
        profile.mean = numeric.mean;
        const std = (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .sampleStd */ .yE)(numeric);
        if (std !== undefined)
            profile.std = std;
        profile.quantiles = Object.fromEntries(QUANTILES.map(([key, q]) => [key, weightedQuantile(sample, q)]));
        profile.histogram = histogram(sample, numeric.min, numeric.max);
    }
    const range = temporal.reading ?? state.time;
    if ((type === 'date' || type === 'timestamp') && range) {
        profile.min = isoTime(range.min, type);
        profile.max = isoTime(range.max, type);
    }
    if (temporal.format)
        profile.format = temporal.format;
    if (temporal.reading?.ambiguous)
        profile.ambiguousFormat = temporal.reading.ambiguous;
    profile.top = categories.sorted().slice(0, TOP_VALUES).map(({ text, count }) => ({ value: text, count }));
    if (parsed)
        profile.parsed = parsed;
    if (state.format && !temporal.format)
        profile.format = state.format;
    if (state.nested) {
        // Values of a list, struct or map are not counted one by one: no distinct count, no top values.
        delete profile.distinct;
        delete profile.top;
        if (state.nested.lengths.n > 0) {
            const { min, max, sum, n } = state.nested.lengths;
            profile.length = { min, max, mean: sum / n };
        }
    }
    if (state.minLength !== undefined)
        profile.minLength = state.minLength;
    if (state.maxLength !== undefined)
        profile.maxLength = state.maxLength;
    profile.state = state;
    return profile;
}


/***/ }),

/***/ 85601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ runInWorker),
/* harmony export */   partsForBytes: () => (/* binding */ partsForBytes),
/* harmony export */   prewarmWorkers: () => (/* binding */ prewarmWorkers),
/* harmony export */   workerScript: () => (/* binding */ workerScript)
/* harmony export */ });
/* unused harmony export MIN_PARALLEL_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
// Running profiling jobs on a pool of worker threads of the bundled worker script
// (src/profile/worker.ts, bundled as dist/cli/worker/index.js): used for the parts of a big CSV
// file and for Parquet datasets.





/**
 * The bundled worker script: worker/index.js beside the running bundle (the CLI's), or the
 * CLI's from the action bundle (dist/index.js), which shares it. None when run from sources.
 */
function workerScript(bundleDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url))) {
    return [node_path__WEBPACK_IMPORTED_MODULE_2___default().join(bundleDir, 'worker', 'index.js'), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(bundleDir, 'cli', 'worker', 'index.js')].find((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
}
/** Below this a worker's start (≈ 40 ms) and the merge cost more than they save. */
const MIN_PARALLEL_BYTES = 32 << 20;
const MAX_PARTS = 4;
/** How many parts to cut a plain (not gzip) CSV file of `bytes` into: one per core, at most MAX_PARTS; 1 means no workers. */
function partsForBytes(bytes) {
    return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(MAX_PARTS, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)());
}
/**
 * Young generation of a worker. With V8's default each isolate's heap grew to ≈ 150 MB and two
 * workers took the process to 280–330 MB on the 1M-row bench file; at 8 MB it stays low, with
 * no difference in time we could measure on the shared 2-core machine (16–64 MB tried).
 */
const WORKER_YOUNG_MB = 8;
function startWorker(script) {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}
/** Jobs run at most this many at a time per script: one per core, as the parts are cut. */
function poolSize() {
    return Math.max(1, Math.min(MAX_PARTS, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()));
}
/**
 * The workers of one script. Jobs queue here so that no more run than there are cores, and a
 * worker that ends a job while another waits takes it: `check` reads the current snapshot's
 * parts and then the baseline's on the same two workers, whose start (≈ 0.1 s of CPU each) and
 * compiled code are paid once. Prewarmed workers are unreferenced until a job takes them, so they
 * never hold the process.
 */
class Pool {
    script;
    idle = [];
    busy = new Set();
    queue = [];
    constructor(script) {
        this.script = script;
    }
    /** Starts workers until `count` exist (at most one per core). */
    warm(count) {
        while (this.idle.length + this.busy.size < Math.min(count, poolSize()))
            this.idle.push(this.start());
    }
    run(pending) {
        const { signal } = pending;
        if (signal?.aborted) {
            pending.reject(new Error('profiling job aborted'));
            return;
        }
        // A job stopped while it waits leaves the queue at once, not when a worker would take it.
        if (signal) {
            pending.onQueuedAbort = () => {
                const at = this.queue.indexOf(pending);
                if (at < 0)
                    return;
                this.queue.splice(at, 1);
                pending.reject(new Error('profiling job aborted'));
            };
            signal.addEventListener('abort', pending.onQueuedAbort, { once: true });
        }
        this.queue.push(pending);
        this.next();
    }
    /** The next waiting job, no longer listening for an abort while queued (`assign` listens from now on). */
    dequeue() {
        const pending = this.queue.shift();
        if (pending?.onQueuedAbort)
            pending.signal?.removeEventListener('abort', pending.onQueuedAbort);
        return pending;
    }
    start() {
        const worker = startWorker(this.script);
        worker.unref();
        // A worker that fails to start is dropped; a job then starts a fresh one and sees why.
        worker.on('error', () => this.drop(worker));
        worker.on('exit', () => this.drop(worker));
        return worker;
    }
    drop(worker) {
        const at = this.idle.indexOf(worker);
        if (at >= 0)
            this.idle.splice(at, 1);
        this.busy.delete(worker);
    }
    next() {
        while (this.queue.length > 0 && (this.idle.length > 0 || this.busy.size < poolSize())) {
            this.assign(this.idle.shift() ?? this.start(), this.dequeue());
        }
    }
    /**
     * A worker that ended its job takes the next waiting one, or ends: kept idle, it would hold its
     * heap (a part's garbage, hundreds of MB for a file of huge fields) while this thread merges.
     */
    reuse(worker) {
        const pending = this.dequeue();
        if (pending)
            this.assign(worker, pending);
        else
            void worker.terminate();
    }
    assign(worker, { job, resolve, reject, signal }) {
        this.busy.add(worker);
        worker.ref();
        const settle = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            signal?.removeEventListener('abort', onAbort);
        };
        const onMessage = (message) => {
            settle();
            this.busy.delete(worker);
            if (message !== null && typeof message === 'object' && 'bug' in message)
                reject(new Error(`profiling worker failed: ${String(message.bug)}`));
            else
                resolve(message);
            this.reuse(worker);
        };
        const onError = (error) => {
            settle();
            void worker.terminate();
            reject(error);
            this.next();
        };
        const onExit = (code) => {
            settle();
            reject(new Error(`profiling worker stopped (exit code ${code})`));
            this.next();
        };
        // A stopped job's worker may still be reading a part: it is ended, not kept.
        const onAbort = () => {
            settle();
            this.drop(worker);
            void worker.terminate();
            reject(new Error('profiling job aborted'));
            this.next();
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            worker.postMessage(job);
        }
        catch (error) {
            // A job that cannot be sent (not cloneable): its worker would wait, referenced, forever.
            settle();
            this.drop(worker);
            void worker.terminate();
            reject(error);
            this.next();
        }
    }
}
const pools = new Map();
function poolOf(script) {
    let pool = pools.get(script);
    if (!pool)
        pools.set(script, pool = new Pool(script));
    return pool;
}
/**
 * Starts `count` workers of `script` now (at most one per core): each spends ≈ 70–100 ms
 * compiling its bundle, which then overlaps this thread's own start (loading modules, sniffing
 * the file's delimiter and formats) instead of following it.
 */
function prewarmWorkers(script, count) {
    poolOf(script).warm(count);
}
/** Runs `job` on a worker of `script`, queued while every core's worker is busy; an aborted `signal` stops it and rejects. */
function runInWorker(script, job, signal) {
    return new Promise((resolve, reject) => poolOf(script).run({ job, resolve: resolve, reject, signal }));
}


/***/ })

};
