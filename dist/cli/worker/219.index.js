export const id = 219;
export const ids = [219,627];
export const modules = {

/***/ 219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileParquetJob: () => (/* binding */ profileParquetJob)
});

// UNUSED EXPORTS: MIN_WORKER_BYTES, addParquet, inParquetWorker, profileParquetInWorker

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/readers/parquet.ts + 3 modules
var parquet = __webpack_require__(627);
// EXTERNAL MODULE: ./src/profile/profiler.ts + 10 modules
var profile_profiler = __webpack_require__(514);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/profile/thread.ts
// Running profiling jobs on a pool of worker threads of the bundled worker script
// (src/profile/worker.ts, bundled as dist/cli/worker/index.js): used for the parts of a big CSV
// file and for Parquet datasets.





/**
 * The bundled worker script: worker/index.js beside the running bundle (the CLI's), or the
 * CLI's from the action bundle (dist/index.js), which shares it. None when run from sources.
 */
function workerScript(bundleDir = path.dirname(fileURLToPath(import.meta.url))) {
    return [path.join(bundleDir, 'worker', 'index.js'), path.join(bundleDir, 'cli', 'worker', 'index.js')].find((file) => existsSync(file));
}
/** Below this a worker's start (≈ 40 ms) and the merge cost more than they save. */
const MIN_PARALLEL_BYTES = (/* unused pure expression or super */ null && (32 << 20));
const MAX_PARTS = 4;
/** How many parts to cut a plain (not gzip) CSV file of `bytes` into: one per core, at most MAX_PARTS; 1 means no workers. */
function partsForBytes(bytes) {
    return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(MAX_PARTS, availableParallelism());
}
/**
 * Young generation of a worker. With V8's default each isolate's heap grew to ≈ 150 MB and two
 * workers took the process to 280–330 MB on the 1M-row bench file; at 8 MB it stays low, with
 * no difference in time we could measure on the shared 2-core machine (16–64 MB tried).
 */
const WORKER_YOUNG_MB = 8;
function startWorker(script) {
    return new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}
/** Jobs run at most this many at a time per script: one per core, as the parts are cut. */
function poolSize() {
    return Math.max(1, Math.min(MAX_PARTS, availableParallelism()));
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
function thread_runInWorker(script, job, signal) {
    return new Promise((resolve, reject) => poolOf(script).run({ job, resolve: resolve, reject, signal }));
}

// EXTERNAL MODULE: ./src/profile/exact.ts + 2 modules
var exact = __webpack_require__(551);
;// CONCATENATED MODULE: ./src/profile/parquet.ts
// Profiling Parquet files: column by column within each row group, in this thread or, for a
// big dataset, in one worker thread with a small young generation.
//
// The worker is for memory, not speed. The main isolate's young generation cannot be limited at
// run time, and under Node 24 V8 grew it until profiling the 10M-row bench file took ≈ 300 MB
// (Node 20: ≈ 170 MB); in a worker with an 8 MB young generation it takes ≈ 190 MB (Node 20:
// ≈ 145 MB), for ≈ 0.1–0.2 s more CPU. Two workers over halves of the row groups were faster
// on a free machine but took 260–320 MB, so the dataset is not cut.






/** Below this a worker's start (≈ 40 ms) costs more than the memory it saves is worth. */
const MIN_WORKER_BYTES = (/* unused pure expression or super */ null && (8 << 20));
/** Adds the rows of `file` to `profiler`, numbering them from `firstRow`; returns how many. */
async function addParquet(profiler, file, firstRow, onIssue) {
    let rows = 0;
    for await (const part of (0,parquet.readParquetColumns)(file, firstRow, onIssue)) {
        // A page's nulls are the cells it lacks: `endRows` counts them as such.
        if (part.kind === 'values') {
            if (part.nested)
                profiler.declareNested(part.name, part.nested);
            profiler.addColumn(part.name, part.values, part.values.length);
        }
        else {
            profiler.endRows(part.length);
            rows += part.length;
        }
    }
    return rows;
}
/** The profile of a dataset of Parquet files, as plain data: what a worker sends back. */
async function profileParquetJob(job) {
    const issues = [];
    const profiler = new profile_profiler/* Profiler */.U({ nullValues: job.nullValues, exact: job.exact });
    let firstRow = 1;
    try {
        for (const file of job.parquet)
            firstRow += await addParquet(profiler, file, firstRow, (issue) => issues.push(issue));
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return { issues, problems: error.problems };
        throw error;
    }
    const profile = profiler.finish();
    return { issues, profile, ...(job.exact ? { exact: (0,exact/* exactTransferOf */.oW)(profile) } : {}) };
}
/** Runs the job in a fresh worker thread of `script` (the bundled src/profile/worker.ts). */
function inParquetWorker(script, signal) {
    return (job) => runInWorker(script, job, signal);
}
/**
 * The profile of the Parquet files `files` made by `run` (a worker), or undefined when they are
 * too small for it to pay, or cannot be looked at (the caller then profiles them in this thread,
 * which reports why). Issues and errors read exactly as in this thread.
 */
async function profileParquetInWorker(files, nullValues, onIssue, run, minBytes = MIN_WORKER_BYTES, exact = false) {
    let bytes = 0;
    try {
        for (const file of files)
            bytes += (await stat(file)).size;
    }
    catch {
        return undefined;
    }
    if (bytes < minBytes)
        return undefined;
    const result = await run({ parquet: files, nullValues, ...(exact ? { exact } : {}) });
    for (const issue of result.issues)
        onIssue(issue);
    if ('problems' in result)
        throw new UserError(result.problems);
    adoptExactTransfer(result.profile, result.exact);
    return result.profile;
}


/***/ }),

/***/ 627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readParquet: () => (/* binding */ readParquet),
  readParquetColumns: () => (/* binding */ readParquetColumns)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(992);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(286);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(522);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
;// CONCATENATED MODULE: ./src/readers/parquetCodecs.ts
// Decompressors for Parquet pages: hyparquet-compressors (pure JS and WASM, runs anywhere),
// with Node's native zstd where the runtime has it (Node ≥ 22.15, so the action's Node 24):
// the JS zstd decoder took a quarter of the time of profiling a zstd file.


/** Node's zstd, looked up rather than imported by name: older Node has no such export. */
function nativeZstd() {
    const decompress = external_node_zlib_.zstdDecompressSync;
    if (typeof decompress !== 'function')
        return undefined;
    // The page header's size bounds the output, so a corrupt frame cannot balloon memory.
    return (input, outputLength) => decompress(input, { maxOutputLength: Math.max(1, outputLength) });
}
function codecs() {
    const zstd = nativeZstd();
    return zstd ? { ...src/* compressors */.Vm, ZSTD: zstd } : src/* compressors */.Vm;
}
const compressors = codecs();

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(573);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(969);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(809);
;// CONCATENATED MODULE: ./src/readers/parquetValues.ts
// Parquet DECIMAL and TIME values as the text they stand for: `12333332.3220` as `12333332.322`
// (hyparquet multiplies by 10^-scale and gives 12333332.321999999), and a TIME's micro- or
// nanoseconds since midnight as `08:30:00.125` rather than a plain integer.
function textConversionOf(element) {
    const logical = element.logical_type;
    if (element.converted_type === 'DECIMAL' || logical?.type === 'DECIMAL') {
        return { kind: 'decimal', scale: element.scale ?? (logical?.type === 'DECIMAL' ? logical.scale : 0) ?? 0 };
    }
    if (logical?.type === 'TIME') {
        return { kind: 'time', perSecond: logical.unit === 'MILLIS' ? 1000n : logical.unit === 'MICROS' ? 1000000n : 1000000000n };
    }
    if (element.converted_type === 'TIME_MILLIS')
        return { kind: 'time', perSecond: 1000n };
    if (element.converted_type === 'TIME_MICROS')
        return { kind: 'time', perSecond: 1000000n };
    return undefined;
}
/** A big-endian two's-complement integer (FIXED_LEN_BYTE_ARRAY / BYTE_ARRAY decimals). */
function bigEndian(bytes) {
    let value = 0n;
    for (const byte of bytes)
        value = (value << 8n) | BigInt(byte);
    if (bytes.length > 0 && bytes[0] & 0x80)
        value -= 1n << BigInt(bytes.length * 8);
    return value;
}
function integerOf(raw) {
    if (typeof raw === 'bigint')
        return raw;
    if (typeof raw === 'number' && Number.isInteger(raw))
        return BigInt(raw);
    if (raw instanceof Uint8Array)
        return bigEndian(raw);
    return undefined;
}
/** The decimal text of an unscaled integer: `-0.0001`, `1.5`, trailing zeros of the fraction dropped. */
function decimalText(unscaled, scale) {
    const negative = unscaled < 0n;
    const digits = (negative ? -unscaled : unscaled).toString();
    if (scale <= 0)
        return (negative ? '-' : '') + digits + '0'.repeat(-scale);
    const padded = digits.padStart(scale + 1, '0');
    const fraction = padded.slice(padded.length - scale).replace(/0+$/, '');
    const whole = padded.slice(0, padded.length - scale);
    return (negative ? '-' : '') + whole + (fraction ? `.${fraction}` : '');
}
/** `HH:MM:SS` and the fraction of a second written, for a time of day in `perSecond` units. */
function timeText(units, perSecond) {
    const seconds = units / perSecond;
    const rest = units % perSecond;
    const two = (n) => n.toString().padStart(2, '0');
    const clock = `${two(seconds / 3600n)}:${two((seconds / 60n) % 60n)}:${two(seconds % 60n)}`;
    if (rest === 0n)
        return clock;
    const width = perSecond.toString().length - 1;
    return `${clock}.${rest.toString().padStart(width, '0').replace(/0+$/, '')}`;
}
/** One raw value as text under `conversion`; null stays null. */
function convertedText(raw, conversion) {
    const integer = integerOf(raw);
    if (integer === undefined)
        return raw === null || raw === undefined ? null : String(raw);
    return conversion.kind === 'decimal' ? decimalText(integer, conversion.scale) : timeText(integer, conversion.perSecond);
}

;// CONCATENATED MODULE: ./src/readers/parquetChunk.ts
// Decoding one flat column chunk of a Parquet file into its non-null values, page by page, for
// consumers that need no row alignment (the profiler). Built on hyparquet's page primitives, it
// skips what made hyparquet's row reader slow for profiling: placing nulls among the values
// (`assembleLists`, a boxed JS array per column), INT64 as BigInt, a Uint8Array and a
// TextDecoder call per string, and a JS array of dictionary indices per page.






function valueKind({ type, element }) {
    // DECIMAL and TIME: their raw integers as the text they stand for (parquetValues.ts).
    if (textConversionOf(element))
        return 'text';
    const converted = element.converted_type;
    const logical = element.logical_type;
    // The order follows hyparquet's `convert`, which decides what the other kinds become.
    if (type === 'INT64') {
        if (converted === 'TIMESTAMP_MILLIS')
            return 'millis';
        if (converted === 'TIMESTAMP_MICROS')
            return 'micros';
        if (converted !== undefined && converted !== 'INT_64')
            return 'other';
        if (logical?.type === 'TIMESTAMP')
            return logical.unit === 'MILLIS' ? 'millis' : logical.unit === 'MICROS' ? 'micros' : 'other';
        if (logical === undefined || (logical.type === 'INTEGER' && logical.isSigned))
            return 'int64';
        return 'other';
    }
    if (type === 'BYTE_ARRAY' && (converted === undefined || converted === 'UTF8') && (logical === undefined || logical.type === 'STRING'))
        return 'string';
    return 'other';
}
const TWO_32 = 4294967296;
/** |high word| below this keeps high · 2³² + low within ±2⁵³, where doubles are exact. */
const SAFE_HIGH = 1 << 21;
/**
 * INT64 values as doubles, from their two 32-bit halves (no BigInt per value); undefined when
 * one is beyond ±2⁵³, which the caller then keeps as BigInt so its text stays exact.
 */
function int64AsNumbers(values) {
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    const numbers = new Float64Array(values.length);
    for (let i = 0; i < numbers.length; i++) {
        const high = words[2 * i + 1];
        if (high >= SAFE_HIGH || high < -SAFE_HIGH)
            return undefined;
        numbers[i] = high * TWO_32 + (words[2 * i] >>> 0);
    }
    return numbers;
}
/**
 * Values decoded a block at a time. A page of a column chunk often holds a whole row group
 * (DuckDB writes one page of ≈ 125k values); decoded at once, its strings or Dates outlived a
 * young-generation collection or two and were promoted, which grew the old generation to
 * several times what is alive. Typed arrays (numbers) live outside the JS heap and come whole.
 */
const BLOCK = 4096;
function* inBlocks(count, block) {
    for (let start = 0; start < count; start += BLOCK)
        yield block(start, Math.min(count, start + BLOCK));
}
/** Timestamps as Dates, truncated to milliseconds toward zero as hyparquet's BigInt division does. */
function dates(millis, perMilli, start, end) {
    const block = new Array(end - start);
    for (let i = start; i < end; i++)
        block[i - start] = new Date(Math.trunc(millis[i] / perMilli));
    return block;
}
/**
 * `count` PLAIN BYTE_ARRAY values from `state.at` as strings, decoded straight from the page:
 * sliced from `ascii`, the page as text, when it is all ASCII (where bytes and characters line
 * up; a JS slice is about twice as fast as a decoder call per value), else each decoded as UTF-8.
 */
function plainStrings(page, ascii, state, count) {
    const strings = new Array(count);
    let at = state.at;
    for (let i = 0; i < count; i++) {
        if (at + 4 > page.length)
            throw new Error(`parquet string ${i} of ${count} starts beyond its page`);
        const length = page.readUInt32LE(at);
        at += 4;
        if (at + length > page.length)
            throw new Error(`parquet string ${i} of ${count} ends beyond its page`);
        strings[i] = ascii === undefined ? page.toString('utf8', at, at + length) : ascii.slice(at, at + length);
        at += length;
    }
    state.at = at;
    return strings;
}
/** Decoded physical values (PLAIN or from a fallback decoder) as cells, whole or in blocks. */
function cellsOf(data, decoder, kind) {
    const conversion = kind === 'text' ? textConversionOf(decoder.element) : undefined;
    if (conversion) {
        return inBlocks(data.length, (start, end) => {
            const block = new Array(end - start);
            for (let i = start; i < end; i++)
                block[i - start] = convertedText(data[i], conversion);
            return block;
        });
    }
    if (data instanceof BigInt64Array && kind !== 'other') {
        const numbers = int64AsNumbers(data);
        if (numbers && kind === 'int64')
            return [numbers];
        if (numbers) {
            const perMilli = kind === 'millis' ? 1 : 1000;
            return inBlocks(numbers.length, (start, end) => dates(numbers, perMilli, start, end));
        }
        if (kind === 'int64')
            return [data];
    }
    return [(0,convert/* convert */.C6)(data, decoder)];
}
/** `count` PLAIN values at `offset` of `page` as cells. */
function plainCells(page, offset, count, decoder, kind) {
    if (kind === 'string') {
        const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
        // Length prefixes under 128 are ASCII too, so short ASCII strings leave the values ASCII.
        // The text starts at the page's start (levels included, which need not be ASCII) so that
        // its offsets are the page's.
        const ascii = (0,external_node_buffer_.isAscii)(bytes.subarray(offset)) ? bytes.toString('latin1') : undefined;
        const state = { at: offset };
        return inBlocks(count, (start, end) => plainStrings(bytes, ascii, state, end - start));
    }
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset };
    return cellsOf((0,plain/* readPlain */.r)(reader, decoder.type, count, decoder.element.type_length), decoder, kind);
}
/** A dictionary page's entries, all at once: data pages pick from them by index. */
function dictionaryOf(page, count, decoder, kind) {
    const blocks = [...plainCells(page, 0, count, decoder, kind)];
    if (blocks.length === 1)
        return blocks[0];
    return blocks.flatMap((block) => Array.from(block));
}
/** Reads an unsigned LEB128 varint at `state.at`. */
function varint(bytes, state) {
    let value = 0;
    let shift = 0;
    for (;;) {
        if (state.at >= bytes.length)
            throw new Error('parquet run header beyond its page');
        const byte = bytes[state.at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80)
            return value;
        shift += 7;
        if (shift > 35)
            throw new Error('parquet run header too long');
    }
}
/** Set bits of each byte value: counting width-1 definition levels without unpacking them. */
const BITS = Uint8Array.from({ length: 256 }, (_, byte) => {
    let bits = 0;
    for (let rest = byte; rest > 0; rest >>= 1)
        bits += rest & 1;
    return bits;
});
/**
 * The RLE/bit-packed hybrid runs of `count` values of `width` (≤ 24) bits from `state.at`,
 * up to `end`, into `out`; without `out`, only their sum (for width-1 definition levels, the
 * non-null count).
 */
function hybrid(bytes, state, end, width, count, out) {
    let seen = 0;
    let sum = 0;
    const mask = (1 << width) - 1;
    const valueBytes = (width + 7) >> 3;
    while (seen < count) {
        if (state.at >= end)
            throw new Error(`parquet levels or indices end after ${seen} of ${count} values`);
        const header = varint(bytes, state);
        if (header % 2 === 0) {
            const run = Math.min(header / 2, count - seen);
            if (state.at + valueBytes > end)
                throw new Error('parquet run beyond its page');
            let value = 0;
            for (let b = 0; b < valueBytes; b++)
                value |= bytes[state.at++] << (8 * b);
            if (out)
                out.fill(value & mask, seen, seen + run);
            else
                sum += (value & mask) * run;
            seen += run;
        }
        else {
            const groupBytes = ((header - 1) / 2) * width;
            if (state.at + groupBytes > end)
                throw new Error('parquet bit-packed run beyond its page');
            // The last group may be padded past `count`: padding is neither counted nor stored.
            const take = Math.min(groupBytes * 8 / width, count - seen);
            let at = state.at;
            if (!out) {
                const whole = take >> 3;
                for (let b = 0; b < whole; b++)
                    sum += BITS[bytes[at + b]];
                if (take & 7)
                    sum += BITS[bytes[at + whole] & ((1 << (take & 7)) - 1)];
            }
            else {
                let bits = 0;
                let buffered = 0;
                for (let i = 0; i < take; i++) {
                    while (buffered < width) {
                        bits |= bytes[at++] << buffered;
                        buffered += 8;
                    }
                    out[seen + i] = bits & mask;
                    bits >>>= width;
                    buffered -= width;
                }
            }
            seen += take;
            state.at += groupBytes;
        }
    }
    return out ? seen : sum;
}
function outOfRange(index, size) {
    return new Error(`parquet dictionary index ${index} beyond its ${size} entries`);
}
/** Dictionary entries picked by `indices`: a typed array when the dictionary is one, else blocks. */
function dereference(dictionary, indices) {
    const size = dictionary.length;
    if (ArrayBuffer.isView(dictionary)) {
        const typed = dictionary;
        const values = new typed.constructor(indices.length);
        for (let i = 0; i < indices.length; i++) {
            const index = indices[i];
            if (index >= size)
                throw outOfRange(index, size);
            values[i] = typed[index];
        }
        return [values];
    }
    return inBlocks(indices.length, (start, end) => {
        const block = new Array(end - start);
        for (let i = start; i < end; i++) {
            const index = indices[i];
            if (index >= size)
                throw outOfRange(index, size);
            block[i - start] = dictionary[index];
        }
        return block;
    });
}
/** Encodings whose values this module decodes itself; others are left to hyparquet. */
function decodesItself(encoding, decoder) {
    return encoding === 'PLAIN' || ((encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') && decoder.type !== 'BOOLEAN');
}
/**
 * `defined` values of `encoding` from `offset` of `page`, decoded without materialising the
 * dictionary indices as a JS array. Undefined for what is left to hyparquet.
 */
function pageValues(page, offset, defined, encoding, decoder, kind, dictionary) {
    if (encoding === 'PLAIN')
        return plainCells(page, offset, defined, decoder, kind);
    if (!dictionary)
        throw new Error('parquet dictionary page missing');
    if (defined === 0)
        return [];
    if (offset >= page.length)
        throw new Error('parquet dictionary indices beyond their page');
    const state = { at: offset };
    const width = page[state.at++];
    // Wider indices (dictionaries over 16M entries) are left to hyparquet.
    if (width > 24)
        return undefined;
    const indices = new Int32Array(defined);
    if (width > 0)
        hybrid(page, state, page.length, width, defined, indices);
    return dereference(dictionary, indices);
}
/** A version 1 data page (decompressed) of a flat column, its definition levels counted in place. */
function fastPageV1(page, header, decoder, kind, dictionary, optional) {
    const daph = header.data_page_header;
    if (!daph || !decodesItself(daph.encoding, decoder))
        return undefined;
    if (optional && daph.definition_level_encoding !== 'RLE')
        return undefined;
    if (!optional)
        return pageValues(page, 0, daph.num_values, daph.encoding, decoder, kind, dictionary);
    if (page.length < 4)
        throw new Error('parquet definition levels beyond their page');
    const length = page[0] | (page[1] << 8) | (page[2] << 16) | (page[3] << 24);
    if (length < 0 || 4 + length > page.length)
        throw new Error('parquet definition levels beyond their page');
    const defined = hybrid(page, { at: 4 }, 4 + length, 1, daph.num_values);
    return pageValues(page, 4 + length, defined, daph.encoding, decoder, kind, dictionary);
}
/** A version 2 data page (compressed) of a flat column: its header counts the nulls, its levels come first and uncompressed. */
function fastPageV2(compressed, header, decoder, kind, dictionary) {
    const daph = header.data_page_header_v2;
    if (!daph || !decodesItself(daph.encoding, decoder))
        return undefined;
    const levels = daph.definition_levels_byte_length + daph.repetition_levels_byte_length;
    if (!(levels >= 0 && levels <= compressed.length))
        throw new Error('parquet levels beyond their page');
    const defined = daph.num_values - daph.num_nulls;
    if (!(defined >= 0))
        throw new Error(`parquet page of ${daph.num_values} values with ${daph.num_nulls} nulls`);
    const body = daph.is_compressed === false
        ? compressed.subarray(levels)
        : (0,datapage/* decompressPage */.tC)(compressed.subarray(levels), header.uncompressed_page_size - levels, decoder.codec, decoder.compressors);
    return pageValues(body, 0, defined, daph.encoding, decoder, kind, dictionary);
}
/** Non-null values of a data page that hyparquet decodes (other encodings). */
function slowDataPage(page, compressed, header, decoder, kind, dictionary) {
    const v1 = header.data_page_header;
    const v2 = header.data_page_header_v2;
    const encoding = v1?.encoding ?? v2?.encoding;
    let data;
    if (v1 && page)
        data = (0,datapage/* readDataPage */.kS)(page, v1, decoder).dataPage;
    else
        data = (0,datapage/* readDataPageV2 */.uD)(compressed, header, decoder).dataPage;
    if (dictionary && encoding?.endsWith('_DICTIONARY')) {
        const indices = Int32Array.from(data);
        return dereference(dictionary, indices);
    }
    return cellsOf(data, decoder, kind);
}
/** A page's decoders allocate the size its header declares before inflating anything. */
const MAX_PAGE_BYTES = 256 << 20;
/** Past this size, a page may inflate at most MAX_PAGE_RATIO times its compressed bytes. */
const PAGE_RATIO_FLOOR = 32 << 20;
const MAX_PAGE_RATIO = 1000;
/** Refuses a page whose header declares more than a real file's page holds (a decompression bomb, or a lie). */
function checkPageSize(header, compressedSize) {
    const inflated = header.uncompressed_page_size;
    if (!(inflated >= 0) || inflated > MAX_PAGE_BYTES || (inflated > PAGE_RATIO_FLOOR && inflated > compressedSize * MAX_PAGE_RATIO)) {
        throw new Error(`parquet page declares ${inflated} bytes from ${compressedSize} compressed (at most 256 MB, and 1,000× past 32 MB)`);
    }
}
/** Rows a data page holds (for a flat column, one value or null per row). */
function pageRows(header) {
    return header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
}
/**
 * The non-null values of each data page of a flat column chunk (`bytes`, from its first page to
 * its end), decoded a page or a block at a time as they are consumed; returns the rows the
 * chunk held.
 * NaN stays a value.
 */
function* chunkValues(bytes, decoder) {
    const kind = valueKind(decoder);
    const optional = decoder.element.repetition_type !== 'REQUIRED';
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    let dictionary;
    let rows = 0;
    while (reader.offset < bytes.length - 1) {
        const header = (0,column/* parquetHeader */.wK)(reader);
        const size = header.compressed_page_size;
        if (!(size >= 0) || reader.offset + size > bytes.length)
            throw new Error(`parquet page of ${size} bytes beyond its column chunk`);
        checkPageSize(header, size);
        const compressed = bytes.subarray(reader.offset, reader.offset + size);
        reader.offset += size;
        if (header.type === 'DICTIONARY_PAGE') {
            const count = header.dictionary_page_header?.num_values ?? 0;
            const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
            dictionary = dictionaryOf(page, count, decoder, kind);
        }
        else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
            let values;
            let page;
            if (header.type === 'DATA_PAGE') {
                page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
                values = fastPageV1(page, header, decoder, kind, dictionary, optional);
            }
            else
                values = fastPageV2(compressed, header, decoder, kind, dictionary);
            values ??= slowDataPage(page, compressed, header, decoder, kind, dictionary);
            rows += pageRows(header);
            for (const block of values)
                if (block.length > 0)
                    yield block;
        }
        else if (header.type !== 'INDEX_PAGE') {
            throw new Error(`parquet unsupported page type: ${String(header.type)}`);
        }
    }
    return rows;
}

// EXTERNAL MODULE: ./src/readers/text.ts + 1 modules
var readers_text = __webpack_require__(269);
// EXTERNAL MODULE: ./src/profile/nested.ts
var nested = __webpack_require__(970);
;// CONCATENATED MODULE: ./src/readers/parquet.ts
// Parquet via hyparquet, one row group at a time, so memory is bounded by the largest row group
// (or, column by column, by its largest column).
// Nested columns (lists, maps, structs) are read whole per row group, as `NestedValue`s.










/** A file as hyparquet's AsyncBuffer, reading byte ranges through one open handle. */
async function openParquet(file) {
    let handle;
    try {
        handle = await external_node_fs_.promises.open(file, 'r');
    }
    catch (error) {
        throw (0,readers_text/* readFailure */.f1)(file, error);
    }
    const { size } = await handle.stat();
    const buffer = {
        byteLength: size,
        async slice(start, end) {
            const stop = Math.min(end ?? size, size);
            const bytes = new Uint8Array(Math.max(0, stop - start));
            let done = 0;
            while (done < bytes.length) {
                const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return bytes.buffer;
        },
    };
    return { buffer, close: () => handle.close() };
}
function corrupt(file, error, row) {
    const detail = error instanceof Error ? error.message : String(error);
    return new errors/* UserError */.yo([{ file, row, message: `not a readable Parquet file (corrupt or truncated?): ${detail}` }]);
}
// DATE columns as ISO dates, so they profile as `date` rather than timestamps at midnight.
const parsers = {
    dateFromDays: (days) => new Date(days * 86_400_000).toISOString().slice(0, 10),
};
/** One column of a row group as a plain array: the decoded chunk itself when it is one already. */
function columnOf(parts, rows) {
    if (parts.length === 1 && parts[0].rowStart === 0 && parts[0].values.length === rows && Array.isArray(parts[0].values)) {
        return parts[0].values;
    }
    const column = new Array(rows).fill(null);
    for (const { rowStart, values } of parts) {
        for (let i = 0; i < values.length; i++) {
            const r = rowStart + i;
            if (r >= 0 && r < rows)
                column[r] = values[i];
        }
    }
    return column;
}
function nestedTypeOf(node) {
    const { converted_type: converted, logical_type: logical } = node.element;
    if (converted === 'LIST' || logical?.type === 'LIST')
        return 'list';
    if (converted === 'MAP' || converted === 'MAP_KEY_VALUE' || logical?.type === 'MAP')
        return 'map';
    return 'struct';
}
/** Metadata, and which columns are flat, nested, or DECIMAL/TIME read as text. */
async function layoutOf(buffer, file) {
    if (buffer.byteLength === 0)
        throw new errors/* UserError */.yo([{ file, message: 'empty file' }]);
    try {
        const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
        const tree = (0,src_metadata/* parquetSchema */.YR)(metadata);
        const columns = [];
        const flat = [];
        const nested = new Map();
        const conversions = new Map();
        const stripped = new Set();
        for (const child of tree.children) {
            const name = child.element.name;
            columns.push(name);
            if (child.children.length > 0)
                nested.set(name, nestedTypeOf(child));
            else {
                flat.push(name);
                const conversion = textConversionOf(child.element);
                if (conversion) {
                    conversions.set(name, conversion);
                    stripped.add(child.element);
                }
            }
        }
        const readMetadata = stripped.size === 0 ? metadata : {
            ...metadata,
            schema: metadata.schema.map((element) => {
                if (!stripped.has(element))
                    return element;
                const plain = { ...element };
                delete plain.converted_type;
                delete plain.logical_type;
                return plain;
            }),
        };
        return { metadata, columns, flat, nested, readMetadata, conversions };
    }
    catch (error) {
        throw corrupt(file, error);
    }
}
/** Entries of a decoded list or map (a map decodes as an object); undefined for a struct. */
function lengthOf(type, value) {
    if (type === 'list')
        return Array.isArray(value) ? value.length : undefined;
    if (type === 'map')
        return value instanceof Map ? value.size : typeof value === 'object' && value !== null ? Object.keys(value).length : undefined;
    return undefined;
}
/** A decoded cell of column `name` as the profiler and the contract read it. */
function cellOf(layout, name) {
    const type = layout.nested.get(name);
    if (type)
        return (value) => (value === null || value === undefined ? null : new nested/* NestedValue */.V$(type, value, lengthOf(type, value)));
    const conversion = layout.conversions.get(name);
    if (conversion)
        return (value) => convertedText(value, conversion);
    return undefined;
}
/** The decoded cells of `columns` over rows [rowStart, rowEnd) of the file, one array per column. */
async function readColumns(buffer, layout, columns, rowStart, rowEnd) {
    const rows = rowEnd - rowStart;
    const chunks = columns.map(() => []);
    const position = new Map(columns.map((name, index) => [name, index]));
    await (0,read/* parquetRead */.bA)({
        file: buffer, metadata: layout.readMetadata, columns, rowStart, rowEnd,
        compressors: compressors, parsers, rowFormat: 'array',
        onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
            const c = position.get(columnName);
            if (c !== undefined)
                chunks[c].push({ rowStart: chunkStart - rowStart, values: columnData });
        },
    });
    return chunks.map((parts, c) => {
        const column = columnOf(parts, rows);
        const convert = cellOf(layout, columns[c]);
        return convert ? column.map(convert) : column;
    });
}
async function* readParquet(file, firstRow, _onIssue) {
    const { buffer, close } = await openParquet(file);
    try {
        const layout = await layoutOf(buffer, file);
        const { columns } = layout;
        const nested = layout.nested.size > 0 ? { nested: Object.fromEntries(layout.nested) } : {};
        let groupStart = 0;
        let row = firstRow;
        for (const group of layout.metadata.row_groups) {
            const groupRows = Number(group.num_rows);
            if (groupRows > 0) {
                let data = [];
                if (columns.length > 0) {
                    try {
                        data = await readColumns(buffer, layout, columns, groupStart, groupStart + groupRows);
                    }
                    catch (error) {
                        throw corrupt(file, error, row);
                    }
                }
                yield { columns, data, length: groupRows, firstRow: row, file, ...nested };
                row += groupRows;
            }
            groupStart += groupRows;
        }
    }
    finally {
        await close();
    }
}
/** hyparquet's decoder settings for each flat column of a row group, by name. */
function decodersOf(layout, group) {
    const tree = (0,src_metadata/* parquetSchema */.YR)(layout.metadata);
    const decoders = new Map();
    for (const chunk of group.columns) {
        const meta = chunk.meta_data;
        if (!meta || chunk.file_path)
            throw new Error('parquet column chunk without metadata or in another file');
        const [name] = meta.path_in_schema;
        if (meta.path_in_schema.length !== 1 || !layout.flat.includes(name))
            continue;
        const schemaPath = (0,schema/* getTreePath */.st)(tree, meta.path_in_schema);
        const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
        decoders.set(name, {
            decoder: {
                pathInSchema: meta.path_in_schema, element: schemaPath[schemaPath.length - 1].element, schemaPath,
                type: meta.type, codec: meta.codec, compressors: compressors, parsers: { ...convert/* DEFAULT_PARSERS */.Rc, ...parsers },
            },
            start,
            end: start + Number(meta.total_compressed_size),
        });
    }
    return decoders;
}
/**
 * The file column by column within each row group, page by page, as the non-null values of
 * each page: every column of a group, then a `rows` part, after which a column's missing
 * cells are its nulls. Values are not placed at their rows, which profiling does not need and
 * which made reading a column several times slower. One column chunk's bytes and one page's
 * values are in memory at a time.
 */
async function* readParquetColumns(file, firstRow, _onIssue) {
    const { buffer, close } = await openParquet(file);
    try {
        const layout = await layoutOf(buffer, file);
        let row = firstRow;
        let groupStart = 0;
        for (const group of layout.metadata.row_groups) {
            const groupRows = Number(group.num_rows);
            groupStart += groupRows;
            if (groupRows === 0)
                continue;
            let decoders;
            try {
                decoders = decodersOf(layout, group);
            }
            catch (error) {
                throw corrupt(file, error, row);
            }
            const nested = await nestedParts(buffer, layout, row, groupStart, groupRows, file);
            for (const name of layout.columns) {
                const part = nested.get(name);
                if (part) {
                    yield part;
                    continue;
                }
                // Pages are yielded as they are decoded, so only one page of values is alive at a time.
                let pages;
                try {
                    const chunk = decoders.get(name);
                    if (!chunk)
                        throw new Error(`column "${name}" missing from the row group`);
                    pages = chunkValues(new Uint8Array(await buffer.slice(chunk.start, chunk.end)), chunk.decoder);
                }
                catch (error) {
                    throw corrupt(file, error, row);
                }
                for (;;) {
                    let next;
                    try {
                        next = pages.next();
                    }
                    catch (error) {
                        throw corrupt(file, error, row);
                    }
                    if (next.done) {
                        if (next.value !== groupRows)
                            throw corrupt(file, new Error(`column "${name}" has ${next.value} rows where its row group has ${groupRows}`), row);
                        break;
                    }
                    yield { kind: 'values', name, values: next.value };
                }
            }
            yield { kind: 'rows', length: groupRows };
            row += groupRows;
        }
    }
    finally {
        await close();
    }
}
/**
 * The non-null values of each nested column over one row group, read whole by hyparquet's row
 * reader (which assembles lists, structs and maps from their leaves): nested columns are rare
 * and small next to the flat ones, which keep the page-by-page decoder.
 */
async function nestedParts(buffer, layout, row, groupEnd, groupRows, file) {
    const parts = new Map();
    if (layout.nested.size === 0)
        return parts;
    const names = [...layout.nested.keys()];
    let data;
    try {
        data = await readColumns(buffer, layout, names, groupEnd - groupRows, groupEnd);
    }
    catch (error) {
        throw corrupt(file, error, row);
    }
    for (const [c, name] of names.entries()) {
        const values = data[c].filter((cell) => cell !== null && cell !== undefined);
        parts.set(name, { kind: 'values', name, values, nested: layout.nested.get(name) });
    }
    return parts;
}


/***/ })

};
